//! Sentences: where one ends and the next begins, never inside a quotation.

use crate::model::Span;

/// Short words that end with a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "dr", "prof", "mr", "mrs", "ms", "st", "sr", "jr", "nr", "bzw", "vgl", "ca", "etc", "usw", "z",
    "b", "u", "a", "d", "h", "s", "o", "v", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
    "no", "vs", "inc", "ltd", "co", "corp", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
    "dipl", "ing", "abs", "art", "hl", "mio", "mrd", "min", "max", "evtl", "ggf", "inkl", "bspw",
    "sog", "zit", "zb", "ua", "dh",
];

/// Where sentences end in `span` of `text`: a `.`, `!`, `?` or `…` followed by white space and
/// an upper-case letter, digit or quotation mark, outside every span of `quotes`.
pub fn sentence_ends(text: &str, span: Span, quotes: &[Span]) -> Vec<usize> {
    let s = span.slice(text);
    let mut ends = Vec::new();
    let mut q = quotes.partition_point(|x| x.end <= span.start);
    for (i, c) in end_marks(s) {
        let at = span.start + i;
        while q < quotes.len() && quotes[q].end <= at {
            q += 1;
        }
        if q < quotes.len() && quotes[q].start < at {
            // Inside a quotation only its final punctuation, right before the closing mark, counts.
            let close = text[..quotes[q].end]
                .chars()
                .next_back()
                .map_or(0, char::len_utf8);
            if at + c.len_utf8() < quotes[q].end - close {
                continue;
            }
        }
        let end = at + c.len_utf8();
        let rest = &text[end..span.end];
        let rest_trim = rest
            .trim_start_matches(|c: char| super::quotes::is_quote_mark(c) && !"„‚»«".contains(c));
        let after_marks = end + (rest.len() - rest_trim.len());
        let ws = rest_trim.len() - rest_trim.trim_start().len();
        if ws == 0 && !rest_trim.is_empty() && !missing_space(&s[..i], rest_trim) {
            continue;
        }
        let next = rest_trim.trim_start().chars().next();
        if next.is_some_and(|n| {
            !(n.is_uppercase() || n.is_numeric() || super::quotes::is_quote_mark(n))
        }) {
            continue;
        }
        if c == '.' && is_abbreviation(&s[..i]) {
            continue;
        }
        ends.push(after_marks);
    }
    ends
}

/// "sagte Moser.Als Chance …": a sentence end whose space was lost. Before the mark, a word whose
/// last four characters are letters, the last in lower case ("Moser", not "z", "U.S" or "www");
/// after it, a capital and then a lower-case letter ("Als", not "NATO" or "de").
fn missing_space(before: &str, after: &str) -> bool {
    let word: Vec<char> = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .take(4)
        .collect();
    let mut next = after.chars();
    word.len() == 4
        && word[0].is_lowercase()
        && next.next().is_some_and(char::is_uppercase)
        && next.next().is_some_and(char::is_lowercase)
}

/// The marks that may end a sentence (`.`, `!`, `?`, `…`), with their byte offsets (U+2026
/// begins with the byte E2).
fn end_marks(s: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    super::tokens::chars_by_lead(
        s,
        |b| matches!(b, b'.' | b'!' | b'?' | 0xE2),
        |c| matches!(c, '.' | '!' | '?' | '…'),
    )
}

fn is_abbreviation(before: &str) -> bool {
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric())
        .last()
        .map_or(before.len(), |(i, _)| i);
    let word = &before[start..];
    if word.is_empty() {
        return false;
    }
    // Ordinals ("5. Mai") and initials ("J. Smith").
    if word.chars().all(|c| c.is_ascii_digit()) && word.len() <= 2 {
        return true;
    }
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true;
    }
    // The abbreviations are ASCII: no lower-case copy is needed to compare.
    ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// The sentences of a block, as spans (trimmed of leading white space).
pub fn sentences(text: &str, block: Span, quotes: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = block.start;
    for end in sentence_ends(text, block, quotes)
        .into_iter()
        .chain(std::iter::once(block.end))
    {
        let sp = super::structure::trim_span(text, Span::new(start, end));
        if !sp.is_empty() {
            out.push(sp);
        }
        start = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text, Span::new(0, text.len()), &[])
            .iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn end_marks_are_found_among_any_characters() {
        let s = "Ä. b! – c? d… «e». ";
        let found: Vec<(usize, char)> = end_marks(s).collect();
        let expected: Vec<(usize, char)> = s
            .char_indices()
            .filter(|(_, c)| matches!(c, '.' | '!' | '?' | '…'))
            .collect();
        assert_eq!(found, expected);
        assert_eq!(found.len(), 5);
    }

    #[test]
    fn a_lost_space_after_a_full_stop_still_ends_a_sentence() {
        assert_eq!(
            split("Das sagte Moser.Als Chance sah es Weber."),
            ["Das sagte Moser.", "Als Chance sah es Weber."]
        );
        // Domains, initials and acronyms keep their stops.
        assert_eq!(
            split("Er las tagesschau.de heute."),
            ["Er las tagesschau.de heute."]
        );
        assert_eq!(split("Es kam Dr.Weber."), ["Es kam Dr.Weber."]);
    }

    #[test]
    fn splits_at_sentence_ends() {
        assert_eq!(
            split("Er kam. Sie ging! Wer blieb? Niemand."),
            ["Er kam.", "Sie ging!", "Wer blieb?", "Niemand."]
        );
    }

    #[test]
    fn abbreviations_ordinals_and_initials_do_not_end_sentences() {
        assert_eq!(
            split("Am 5. Mai kam Dr. Müller, z. B. mit J. Smith. Dann nicht."),
            [
                "Am 5. Mai kam Dr. Müller, z. B. mit J. Smith.",
                "Dann nicht."
            ]
        );
    }

    #[test]
    fn a_quotation_is_never_split() {
        let text = "„Wir kommen. Wir bleiben.“ Er sagte das. Dann ging er.";
        let q = [Span::new(0, text.find('“').unwrap() + '“'.len_utf8())];
        let got: Vec<&str> = sentences(text, Span::new(0, text.len()), &q)
            .iter()
            .map(|s| s.slice(text))
            .collect();
        assert_eq!(
            got,
            [
                "„Wir kommen. Wir bleiben.“",
                "Er sagte das.",
                "Dann ging er."
            ]
        );
        let text = "\"We will come.\" He said it.";
        assert_eq!(split(text), ["\"We will come.\"", "He said it."]);
    }
}
