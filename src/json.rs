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

#[derive(Serialize)]
struct JsonAnalysis<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a Value>,
    lang: Lang,
    title: Option<&'a str>,
    sections: Vec<JsonSection<'a>>,
    actors: Vec<JsonActor<'a>>,
    statements: Vec<JsonStatement<'a>>,
    /// Not in the contract's core: the blocks (title, date, heading, paragraph) for scripts.
    blocks: Vec<JsonBlock>,
}

#[derive(Serialize)]
struct JsonSection<'a> {
    heading: Option<&'a str>,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct JsonBlock {
    kind: BlockKind,
    start: usize,
    end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    dateline: Option<[usize; 2]>,
}

#[derive(Serialize)]
struct JsonActor<'a> {
    id: &'a str,
    name: &'a str,
    kind: ActorKind,
    gender: Option<Gender>,
    roles: &'a [String],
    mentions: Vec<[usize; 2]>,
}

#[derive(Serialize)]
struct JsonStatement<'a> {
    id: &'a str,
    kind: StatementKind,
    spans: Vec<[usize; 2]>,
    text: String,
    speaker: Option<&'a str>,
    speaker_mention: Option<[usize; 2]>,
    cue: Option<[usize; 2]>,
    section: usize,
    attributed_by: Option<&'a str>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    unclosed: bool,
}

/// The analysis as a JSON value; `id` is the one a `--jsonl` line gave.
pub fn to_value(text: &str, analysis: &Analysis, id: Option<&Value>) -> Value {
    let chars = CharOffsets::new(text);
    let doc = JsonAnalysis {
        id,
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
    };
    serde_json::to_value(doc).unwrap_or(Value::Null)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_scalar_values() {
        let text = "„Grüße“ aus Köln — 🙂 und mehr".repeat(40);
        let chars = CharOffsets::new(&text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(chars.of(bi), ci);
        }
        assert_eq!(chars.of(text.len()), text.chars().count());
    }
}
