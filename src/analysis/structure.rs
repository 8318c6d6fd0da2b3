//! What an article is made of: title, date lines, paragraphs, headings, sections, datelines.

use std::sync::LazyLock;

use regex::Regex;

use super::lang::Language;
use crate::model::{Block, BlockKind, Section, Span};

/// The longest line (in chars) that can be a subheading.
const MAX_HEADING_CHARS: usize = 90;
const MAX_HEADING_WORDS: usize = 12;
const MAX_TITLE_CHARS: usize = 200;
/// The longest line (in chars) that can be a date line.
const MAX_DATE_CHARS: usize = 60;

/// Lines of the text as spans without their line ends; `\n`, `\r\n` and `\r` all end a line.
pub fn lines(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while let Some(found) = memchr::memchr2(b'\n', b'\r', &bytes[i..]) {
        i += found;
        out.push(Span::new(start, i));
        if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            i += 1;
        }
        i += 1;
        start = i;
    }
    if start < bytes.len() {
        out.push(Span::new(start, bytes.len()));
    }
    out
}

/// A Markdown ATX heading ("## Title"): the span of its words.
fn markdown_heading(text: &str, line: Span) -> Option<Span> {
    let s = line.slice(text);
    let indent = s.len() - s.trim_start_matches(' ').len();
    if indent > 3 {
        return None;
    }
    let rest = &s[indent..];
    let hashes = rest.len() - rest.trim_start_matches('#').len();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let after = &rest[hashes..];
    if !after.is_empty() && !after.starts_with([' ', '\t']) {
        return None;
    }
    let words = after.trim().trim_end_matches('#').trim_end();
    if words.is_empty() {
        return None;
    }
    let start = line.start + indent + hashes + (after.len() - after.trim_start().len());
    Some(Span::new(start, start + words.len()))
}

/// Trims white space from both ends of a span.
pub fn trim_span(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let start = span.start + (s.len() - s.trim_start().len());
    let end = span.start + s.trim_end().len();
    Span::new(start, end.max(start))
}

/// Runs of non-blank lines; a Markdown heading line is always a run of its own.
fn raw_blocks(text: &str) -> Vec<(Span, usize, Option<Span>)> {
    let mut blocks = Vec::new();
    let mut current: Option<(Span, usize)> = None;
    for line in lines(text) {
        let blank = line.slice(text).trim().is_empty();
        let heading = if blank {
            None
        } else {
            markdown_heading(text, line)
        };
        if blank || heading.is_some() {
            if let Some((span, n)) = current.take() {
                blocks.push((trim_span(text, span), n, None));
            }
            if let Some(words) = heading {
                blocks.push((words, 1, Some(words)));
            }
            continue;
        }
        current = Some(match current {
            Some((span, n)) => (Span::new(span.start, line.end), n + 1),
            None => (line, 1),
        });
    }
    if let Some((span, n)) = current {
        blocks.push((trim_span(text, span), n, None));
    }
    blocks
}

fn ends_like_sentence(s: &str) -> bool {
    let trimmed = s.trim_end_matches(|c: char| {
        super::quotes::is_quote_mark(c) || c == ')' || c.is_whitespace()
    });
    trimmed.ends_with(['.', '!', '?', ':', ';', ',', '…'])
}

/// A short line with no final punctuation that starts like a phrase: "USA warnen vor Eskalation".
fn reads_like_heading(s: &str) -> bool {
    // A paragraph may be one long line: count no further than a heading can be long.
    if s.chars().nth(MAX_HEADING_CHARS).is_some() {
        return false;
    }
    // "CHAPTER I. IN CHANCERY.": a short line in capitals is a heading, full stop or not.
    let shouted = s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase);
    if shouted && s.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
        return true;
    }
    let words = s.split_whitespace().count();
    let first = s.chars().next().unwrap_or(' ');
    words <= MAX_HEADING_WORDS
        && (first.is_uppercase() || first.is_numeric())
        && s.chars().any(char::is_alphabetic)
        && !ends_like_sentence(s)
}

fn reads_like_title(s: &str) -> bool {
    let first = s
        .chars()
        .find(|c| !super::quotes::is_quote_mark(*c))
        .unwrap_or(' ');
    s.chars().count() <= MAX_TITLE_CHARS
        && (first.is_uppercase() || first.is_numeric())
        && !s.trim_end().ends_with([',', ';', '.'])
        // A title is one sentence at most: "Russland ist unzufrieden. Die USA warnen." is a teaser.
        && !has_inner_sentence_end(s)
}

fn has_inner_sentence_end(s: &str) -> bool {
    let body = s.trim_end().trim_end_matches(['.', '!', '?', '…']);
    SENTENCE_END.is_match(body)
}

static SENTENCE_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{Ll}{2,}[.!?] +\p{Lu}\p{Ll}").expect("static regex"));

static NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}/\d{1,2}/\d{2,4}")
        .expect("static regex")
});

/// A line that gives a date and little else: "2009-10-09", "Tuesday, October 8, 2019",
/// "Freitag, 14. Januar 2022, 15:30 Uhr".
fn reads_like_date(s: &str, lang: &Language, other: &Language) -> bool {
    if s.chars().nth(MAX_DATE_CHARS).is_some() {
        return false;
    }
    let words: Vec<&str> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return false;
    }
    let calendar = |w: &str| {
        let lower = w.to_lowercase();
        lang.calendar_words.contains(&lower.as_str())
            || other.calendar_words.contains(&lower.as_str())
    };
    let has_year_or_date = NUMERIC_DATE.is_match(s)
        || words
            .iter()
            .any(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()));
    let all_dateish = words
        .iter()
        .all(|w| w.chars().all(|c| c.is_ascii_digit()) || calendar(w));
    has_year_or_date && all_dateish
}

/// "Washington/Moskau (dpa) - ", "BERLIN (AFP) – ", "WASHINGTON — ": a place and an agency
/// in front of the first paragraph. The lengths of its parts are checked in `dateline`, not
/// counted in the pattern: a counted repetition of a Unicode class compiles to that many copies of
/// it, which made this one pattern cost 30 ms at every start.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?<place>\p{Lu}[\p{L}.'’\-]*(?:[ /\-]\p{Lu}[\p{L}.'’\-]*)*)(?<region>, [\p{L}. ]+)? ?\((?<agency>[\p{L}\-/ .]+)\)|\p{Lu}\p{Lu}(?<caps>[\p{Lu} .,/\-]*)) ?[-–—] ",
    )
    .expect("static regex")
});

/// The dateline at the start of `s`, as a length in bytes.
fn dateline(s: &str) -> Option<usize> {
    let found = DATELINE.captures(s)?;
    let chars = |name: &str| found.name(name).map_or(0, |m| m.as_str().chars().count());
    let agency = found.name("agency").is_none() || (2..=25).contains(&chars("agency"));
    // At most five words of a place: "Washington/Moskau" is two.
    let place_words = found.name("place").map_or(0, |m| {
        m.as_str()
            .split([' ', '/', '-'])
            .filter(|w| w.starts_with(char::is_uppercase))
            .count()
    });
    let fits = agency && place_words <= 5 && chars("region") <= 32 && chars("caps") <= 40;
    fits.then(|| found.get(0).map_or(0, |m| m.end()))
}

/// Splits an article into blocks and sections.
pub fn structure(
    text: &str,
    lang: &Language,
    other: &Language,
) -> (Option<Span>, Vec<Block>, Vec<Section>) {
    let raw = raw_blocks(text);
    let mut blocks: Vec<Block> = Vec::with_capacity(raw.len());
    let mut title = None;
    let last = raw.len().saturating_sub(1);
    for (i, (span, line_count, md_heading)) in raw.iter().enumerate() {
        let s = span.slice(text);
        let kind = if md_heading.is_some() {
            if i == 0 {
                BlockKind::Title
            } else {
                BlockKind::Heading
            }
        } else if *line_count == 1 && reads_like_date(s, lang, other) && i <= 3 {
            BlockKind::Date
        } else if i == 0 && *line_count == 1 && raw.len() > 1 && reads_like_title(s) {
            BlockKind::Title
        } else if *line_count == 1
            && i > 0
            && i < last
            && reads_like_heading(s)
            && !starts_with_quote(s)
        {
            BlockKind::Heading
        } else {
            BlockKind::Paragraph
        };
        if kind == BlockKind::Title {
            title = Some(*span);
        }
        blocks.push(Block {
            kind,
            span: *span,
            section: 0,
            dateline: None,
        });
    }
    // Two headings in a row: the first is a heading only if the next is not (a run of short
    // lines is a list or a poem, not a heading each).
    let was_heading: Vec<bool> = blocks
        .iter()
        .map(|b| b.kind == BlockKind::Heading)
        .collect();
    for (i, block) in blocks.iter_mut().enumerate() {
        let in_run = was_heading.get(i + 1) == Some(&true) || (i > 0 && was_heading[i - 1]);
        let next_md = raw.get(i + 1).is_some_and(|r| r.2.is_some());
        if was_heading[i] && raw[i].2.is_none() && in_run && !next_md {
            block.kind = BlockKind::Paragraph;
        }
    }
    // The dateline opens the body's first paragraph.
    if let Some(first_para) = blocks
        .iter_mut()
        .take(6)
        .find(|b| b.kind == BlockKind::Paragraph)
    {
        if let Some(end) = dateline(first_para.span.slice(text)) {
            first_para.dateline = Some(Span::new(
                first_para.span.start,
                first_para.span.start + end,
            ));
        }
    }
    let mut sections = vec![Section {
        heading: None,
        heading_span: None,
        span: Span::new(0, text.len()),
    }];
    for block in blocks.iter_mut() {
        if block.kind == BlockKind::Heading {
            if let Some(prev) = sections.last_mut() {
                prev.span.end = block.span.start;
            }
            sections.push(Section {
                heading: Some(block.span.slice(text).to_string()),
                heading_span: Some(block.span),
                span: Span::new(block.span.start, text.len()),
            });
        }
        block.section = sections.len() - 1;
    }
    (title, blocks, sections)
}

fn starts_with_quote(s: &str) -> bool {
    s.chars().next().is_some_and(super::quotes::is_quote_mark)
}

/// The section that holds a byte offset.
pub fn section_at(sections: &[Section], offset: usize) -> usize {
    sections
        .partition_point(|s| s.span.start <= offset)
        .saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::lang::{de, en};

    fn run(text: &str) -> (Option<Span>, Vec<Block>, Vec<Section>) {
        structure(text, &de::LANGUAGE, &en::LANGUAGE)
    }

    fn kinds(text: &str) -> Vec<BlockKind> {
        run(text).1.iter().map(|b| b.kind).collect()
    }

    #[test]
    fn all_line_ends_split_lines() {
        let text = "a\nb\r\nc\rd";
        let got: Vec<&str> = lines(text).iter().map(|s| s.slice(text)).collect();
        assert_eq!(got, ["a", "b", "c", "d"]);
        let text = "a\nb\r\nc\rd\n\r\n\re\n";
        let got: Vec<&str> = lines(text).iter().map(|s| s.slice(text)).collect();
        assert_eq!(got, ["a", "b", "c", "d", "", "", "e"]);
        assert!(lines("").is_empty());
        assert_eq!(lines("\r\n").len(), 1);
    }

    #[test]
    fn title_date_paragraphs_and_heading() {
        use BlockKind::*;
        let text = "Friedensnobelpreis geht an Hallam\n\n2009-10-09\n\nDer Preis geht an Hallam. Er freut sich.\n\nReaktionen aus aller Welt\n\nDie Reaktionen sind gemischt.\n";
        assert_eq!(kinds(text), [Title, Date, Paragraph, Heading, Paragraph]);
        let (title, _, sections) = run(text);
        assert_eq!(
            title.unwrap().slice(text),
            "Friedensnobelpreis geht an Hallam"
        );
        assert_eq!(sections.len(), 2);
        assert_eq!(sections[0].heading, None);
        assert_eq!(
            sections[1].heading.as_deref(),
            Some("Reaktionen aus aller Welt")
        );
        assert_eq!(sections[0].span.end, sections[1].span.start);
        assert_eq!(sections[1].span.end, text.len());
    }

    #[test]
    fn english_date_line() {
        use BlockKind::*;
        let text = "Hallam announces withdrawal\n\nTuesday, October 8, 2019\n\nLate on Sunday, the president said so.";
        assert_eq!(kinds(text), [Title, Date, Paragraph]);
    }

    #[test]
    fn a_teaser_of_two_sentences_is_not_a_title() {
        let text = "Die Verhandlungen haben keinen Durchbruch gebracht. Russland ist unzufrieden.\n\nWashington (dpa) - Der Text.";
        assert_eq!(kinds(text), [BlockKind::Paragraph, BlockKind::Paragraph]);
        assert_eq!(run(text).0, None);
    }

    #[test]
    fn crlf_and_cr_paragraphs() {
        let text =
            "Erster Absatz hier.\r\n\r\nZwischentitel ohne Punkt\r\n\r\nZweiter Absatz hier.";
        assert_eq!(kinds(text)[1], BlockKind::Heading);
        let cr = text.replace("\r\n", "\r");
        assert_eq!(kinds(&cr).len(), 3);
        assert_eq!(
            run(&cr).2[1].heading.as_deref(),
            Some("Zwischentitel ohne Punkt")
        );
    }

    #[test]
    fn markdown_headings() {
        let text = "# Der Titel\n\nErster Absatz.\n## Zweiter Teil ##\nMehr Text.";
        let (title, blocks, sections) = run(text);
        assert_eq!(title.unwrap().slice(text), "Der Titel");
        assert_eq!(blocks[2].kind, BlockKind::Heading);
        assert_eq!(sections[1].heading.as_deref(), Some("Zweiter Teil"));
    }

    #[test]
    fn a_short_line_in_capitals_is_a_heading() {
        let text = "BLEAK HOUSE\n\nCHAPTER I. IN CHANCERY.\n\nLondon. Michaelmas term lately over.";
        assert_eq!(kinds(text)[1], BlockKind::Heading);
    }

    #[test]
    fn a_short_sentence_is_not_a_heading() {
        let text = "Erster Absatz.\n\nDas war es.\n\nLetzter Absatz.";
        assert_eq!(kinds(text)[1], BlockKind::Paragraph);
        let text = "Erster Absatz.\n\n„Wir kommen wieder“\n\nLetzter Absatz.";
        assert_eq!(kinds(text)[1], BlockKind::Paragraph);
    }

    #[test]
    fn a_list_of_short_lines_is_not_a_heading_each() {
        let text = "Einleitung.\n\nÄpfel\n\nBirnen\n\nPflaumen\n\nSchluss.";
        assert!(kinds(text).iter().all(|k| *k == BlockKind::Paragraph));
    }

    #[test]
    fn dateline_is_known() {
        let text = "Titel der Meldung\n\nWashington/Moskau (dpa) - Russlands Außenminister hat etwas gefordert.";
        let (_, blocks, _) = run(text);
        let dateline = blocks[1].dateline.unwrap();
        assert_eq!(dateline.slice(text), "Washington/Moskau (dpa) - ");
        let text = "WASHINGTON — The president said it.";
        assert_eq!(
            run(text).1[0].dateline.unwrap().slice(text),
            "WASHINGTON — "
        );
        let text = "Der Minister - so heißt es - kommt.";
        assert_eq!(run(text).1[0].dateline, None);
    }

    #[test]
    fn empty_text_has_one_empty_section() {
        let (title, blocks, sections) = run("");
        assert!(title.is_none() && blocks.is_empty());
        assert_eq!(sections.len(), 1);
    }
}
