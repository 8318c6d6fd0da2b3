//! The analysis as JSON, as `spec/analysis-json.md` of the shared folder says: offsets in Unicode
//! scalar values (Rust `char`s) into the text as read.

use serde::Serialize;
use serde_json::Value;

use crate::model::{ActorKind, Analysis, BlockKind, Gender, Lang, Span, StatementKind};

/// Converts byte offsets to char offsets in O(1) after a linear setup.
pub struct CharOffsets<'t> {
    text: &'t str,
    /// chars before byte `k * STRIDE`
    checkpoints: Vec<usize>,
}

const STRIDE: usize = 256;

impl<'t> CharOffsets<'t> {
    pub fn new(text: &'t str) -> Self {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / STRIDE + 1);
        let mut count = 0;
        for (i, b) in bytes.iter().enumerate() {
            if i % STRIDE == 0 {
                checkpoints.push(count);
            }
            if b & 0xC0 != 0x80 {
                count += 1;
            }
        }
        checkpoints.push(count);
        CharOffsets { text, checkpoints }
    }

    /// The char offset of a byte offset (which must lie on a char boundary, or is rounded down).
    pub fn of(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let k = byte / STRIDE;
        let base = self.checkpoints.get(k).copied().unwrap_or(0);
        base + self.text.as_bytes()[k * STRIDE..byte]
            .iter()
            .filter(|b| *b & 0xC0 != 0x80)
            .count()
    }

    pub fn span(&self, span: Span) -> [usize; 2] {
        [self.of(span.start), self.of(span.end)]
    }
}

// Fields in the byte order of their names: the order in which they are written, as before when
// the document went through a `serde_json::Value`, whose map sorts its keys.

#[derive(Serialize)]
struct JsonAnalysis<'a> {
    actors: Vec<JsonActor<'a>>,
    /// Not in the contract's core: the blocks (title, date, heading, paragraph) for scripts.
    blocks: Vec<JsonBlock>,
    /// For a page or Markdown file: its format, and (below) the text the offsets refer to.
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a Value>,
    lang: Lang,
    /// For a page or Markdown file: its links, by the span of their words.
    #[serde(skip_serializing_if = "Option::is_none")]
    links: Option<Vec<JsonLink<'a>>>,
    sections: Vec<JsonSection<'a>>,
    statements: Vec<JsonStatement<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    title: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonSection<'a> {
    end: usize,
    heading: Option<&'a str>,
    start: usize,
}

#[derive(Serialize)]
struct JsonLink<'a> {
    end: usize,
    start: usize,
    url: &'a str,
}

#[derive(Serialize)]
struct JsonBlock {
    #[serde(skip_serializing_if = "Option::is_none")]
    dateline: Option<[usize; 2]>,
    end: usize,
    kind: BlockKind,
    start: usize,
}

#[derive(Serialize)]
struct JsonActor<'a> {
    gender: Option<Gender>,
    id: &'a str,
    kind: ActorKind,
    mentions: Vec<[usize; 2]>,
    name: &'a str,
    roles: &'a [String],
}

#[derive(Serialize)]
struct JsonStatement<'a> {
    attributed_by: Option<&'a str>,
    cue: Option<[usize; 2]>,
    id: &'a str,
    kind: StatementKind,
    section: usize,
    spans: Vec<[usize; 2]>,
    speaker: Option<&'a str>,
    speaker_mention: Option<[usize; 2]>,
    text: String,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    unclosed: bool,
}

/// What a JSON document says besides the analysis.
#[derive(Default, Clone, Copy)]
pub struct Extra<'a> {
    /// The `id` a `--jsonl` line gave.
    pub id: Option<&'a Value>,
    /// For a page or Markdown file: its format's name; the document then carries the text.
    pub format: Option<&'a str>,
    /// For a page or Markdown file: its links.
    pub links: Option<&'a [crate::input::Link]>,
}

fn document<'a>(text: &'a str, analysis: &'a Analysis, extra: Extra<'a>) -> JsonAnalysis<'a> {
    let chars = CharOffsets::new(text);
    JsonAnalysis {
        id: extra.id,
        format: extra.format,
        links: extra.links.map(|links| {
            links
                .iter()
                .map(|l| JsonLink {
                    start: chars.of(l.span.start),
                    end: chars.of(l.span.end),
                    url: &l.url,
                })
                .collect()
        }),
        text: extra.format.map(|_| text),
        lang: analysis.lang,
        title: analysis.title.map(|t| t.slice(text)),
        sections: analysis
            .sections
            .iter()
            .map(|s| JsonSection {
                heading: s.heading.as_deref(),
                start: chars.of(s.span.start),
                end: chars.of(s.span.end),
            })
            .collect(),
        actors: analysis
            .actors
            .iter()
            .map(|a| JsonActor {
                id: &a.id,
                name: &a.name,
                kind: a.kind,
                gender: a.gender,
                roles: &a.roles,
                mentions: a.mentions.iter().map(|m| chars.span(*m)).collect(),
            })
            .collect(),
        statements: analysis
            .statements
            .iter()
            .map(|s| JsonStatement {
                id: &s.id,
                kind: s.kind,
                spans: s.spans.iter().map(|sp| chars.span(*sp)).collect(),
                text: s
                    .spans
                    .iter()
                    .map(|sp| sp.slice(text))
                    .collect::<Vec<_>>()
                    .join(" … "),
                speaker: s
                    .speaker
                    .and_then(|i| analysis.actors.get(i))
                    .map(|a| a.id.as_str()),
                speaker_mention: s.speaker_mention.map(|m| chars.span(m)),
                cue: s.cue.map(|c| chars.span(c)),
                section: s.section,
                attributed_by: s.attributed_by.as_deref(),
                unclosed: s.unclosed,
            })
            .collect(),
        blocks: analysis
            .blocks
            .iter()
            .map(|b| JsonBlock {
                kind: b.kind,
                start: chars.of(b.span.start),
                end: chars.of(b.span.end),
                dateline: b.dateline.map(|d| chars.span(d)),
            })
            .collect(),
    }
}

/// Writes the analysis as one JSON document, indented when `pretty` (`--json`), else on one
/// line (`--jsonl`), straight from the analysis: no `Value` is built in between.
pub fn write(
    out: impl std::io::Write,
    text: &str,
    analysis: &Analysis,
    extra: Extra,
    pretty: bool,
) -> std::io::Result<()> {
    write_json(out, &document(text, analysis, extra), pretty)
}

/// Writes any value as JSON, on one line or indented, with the characters a terminal may act on
/// escaped (see `TerminalSafe`).
pub fn write_json(
    out: impl std::io::Write,
    value: &impl Serialize,
    pretty: bool,
) -> std::io::Result<()> {
    if pretty {
        let formatter = TerminalSafe(serde_json::ser::PrettyFormatter::new());
        value.serialize(&mut serde_json::Serializer::with_formatter(out, formatter))?;
    } else {
        let formatter = TerminalSafe(serde_json::ser::CompactFormatter);
        value.serialize(&mut serde_json::Serializer::with_formatter(out, formatter))?;
    }
    Ok(())
}

/// Whether a character that JSON may carry raw is better escaped: the C1 controls (U+0080 to
/// U+009F), which a terminal that reads 8-bit controls obeys, DEL, and the bidirectional
/// embeddings, overrides and isolates, which reorder what a terminal shows. serde_json escapes
/// only the C0 controls, quotes and backslashes.
fn needs_escape(c: char) -> bool {
    matches!(c, '\u{7f}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// A JSON formatter that writes `needs_escape` characters as `\uXXXX`: the document is the same
/// when parsed, and harmless when printed to a terminal.
struct TerminalSafe<F>(F);

impl<F: serde_json::ser::Formatter> serde_json::ser::Formatter for TerminalSafe<F> {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let mut rest = fragment;
        while let Some((at, c)) = rest.char_indices().find(|(_, c)| needs_escape(*c)) {
            writer.write_all(&rest.as_bytes()[..at])?;
            write!(writer, "\\u{:04x}", u32::from(c))?;
            rest = &rest[at + c.len_utf8()..];
        }
        writer.write_all(rest.as_bytes())
    }

    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn end_object_key<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_key(w)
    }
    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// Why `of_text` does not analyse a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// It is clearly in this language, which quoth does not read (and no `lang` was given).
    Language(&'static str),
    /// It has more paragraphs than `input::MAX_PARAGRAPHS`.
    TooManyParagraphs,
}

/// Why a text given as text (`--jsonl`, Python) is not analysed, as a file holding it would not
/// be: a language quoth does not read (unless `lang` names one it does), or too many paragraphs.
pub fn refused(text: &str, lang: Option<crate::Lang>) -> Option<Refused> {
    if lang.is_none() {
        if let Some(language) = crate::analysis::lang::unsupported(text) {
            return Some(Refused::Language(language));
        }
    }
    crate::input::too_many_paragraphs(text).then_some(Refused::TooManyParagraphs)
}

/// What `quoth --json` prints for a text file holding `text`, on one line and without a line end;
/// or why it refuses the text, as it refuses the file. This is the Python package's `analyze`.
pub fn of_text(text: &str, lang: Option<crate::Lang>) -> Result<Vec<u8>, Refused> {
    if let Some(why) = refused(text, lang) {
        return Err(why);
    }
    let analysis = crate::analyze(text, &crate::Options { lang });
    let mut out = Vec::new();
    // Writing to memory does not fail.
    let _ = write(&mut out, text, &analysis, Extra::default(), false);
    Ok(out)
}

/// The analysis as a JSON value; `id` is the one a `--jsonl` line gave.
pub fn to_value(text: &str, analysis: &Analysis, id: Option<&Value>) -> Value {
    let extra = Extra {
        id,
        ..Extra::default()
    };
    serde_json::to_value(document(text, analysis, extra)).unwrap_or(Value::Null)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_a_terminal_acts_on_are_escaped() {
        let text = "C1 \u{9b}2J \u{85} del \u{7f} rlo \u{202e} isolate \u{2066} é ok";
        for pretty in [false, true] {
            let mut out = Vec::new();
            write_json(&mut out, &serde_json::json!({ "text": text }), pretty).unwrap();
            let out = String::from_utf8(out).unwrap();
            assert!(!out.contains(needs_escape), "{out}");
            assert!(out.contains("\\u009b2J") && out.contains("\\u202e") && out.contains('é'));
            let back: Value = serde_json::from_str(&out).unwrap();
            assert_eq!(back["text"], text, "the same when parsed");
        }
    }

    #[test]
    fn char_offsets_count_scalar_values() {
        let text = "„Grüße“ aus Köln — 🙂 und mehr".repeat(40);
        let chars = CharOffsets::new(&text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(chars.of(bi), ci);
        }
        assert_eq!(chars.of(text.len()), text.chars().count());
    }

    /// Written straight from the analysis, the document is the one a `Value` gives, key for key
    /// and in the same order: the fields are declared sorted, as the `Value`'s map sorts them.
    #[test]
    fn written_documents_equal_their_values_byte_for_byte() {
        let text = crate::input::builtin_sample().text;
        let analysis = crate::analyze(&text, &crate::Options::default());
        assert!(analysis.statements.iter().any(|s| s.cue.is_some()));
        let id = Value::from("doc-1");
        let mut value = to_value(&text, &analysis, Some(&id));
        let mut line = Vec::new();
        let extra = Extra {
            id: Some(&id),
            ..Extra::default()
        };
        write(&mut line, &text, &analysis, extra, false).unwrap();
        assert_eq!(String::from_utf8(line).unwrap(), value.to_string());

        if let Value::Object(fields) = &mut value {
            fields.remove("id");
            fields.insert("format".into(), "html".into());
            fields.insert("text".into(), text.as_str().into());
        }
        let mut pretty = Vec::new();
        let extra = Extra {
            format: Some("html"),
            ..Extra::default()
        };
        write(&mut pretty, &text, &analysis, extra, true).unwrap();
        let expected = serde_json::to_string_pretty(&value).unwrap();
        assert_eq!(String::from_utf8(pretty).unwrap(), expected);
    }
}
