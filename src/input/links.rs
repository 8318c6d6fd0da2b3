//! An article's links: the words that carry each, and where it goes.
//!
//! While a page or a Markdown file becomes text, the words of a link are put between marks that
//! no text holds: before them a character of Unicode's private use plane 15 that numbers the link
//! (`U+F0000 + n`), after them `U+10FFFD`. The text then goes through the usual steps (white space
//! collapsed, lines trimmed, blocks joined, headings dropped) and the marks travel with their
//! words; `unmark` finally takes them out and gives each link its span in the finished text.

use crate::model::Span;

/// A link of the article: the byte span of its words in the text, and its address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub span: Span,
    pub url: String,
}

/// The first opening mark; link `n` opens with `FIRST_OPEN + n`.
const FIRST_OPEN: u32 = 0xF0000;
/// Links numbered: the opening marks run to U+FFFFD.
const MAX_LINKS: usize = 0xFFFFD - 0xF0000 + 1;
/// The closing mark.
pub const CLOSE: char = '\u{10FFFD}';

/// Whether a character is a mark (or a character of the planes the marks use, which input text
/// never keeps: see `clean`).
pub fn is_mark(c: char) -> bool {
    matches!(c, '\u{F0000}'..='\u{10FFFF}')
}

/// A character of the input as the collected text takes it: the private use planes the marks
/// live in become U+FFFD, so that no input can forge a mark.
pub fn clean(c: char) -> char {
    if is_mark(c) {
        '\u{fffd}'
    } else {
        c
    }
}

/// Where words put at the end of `text` now go: before a link's opening mark that ends it, so
/// that a space or a bullet put there is no word of the link, else at the end.
pub fn insertion_point(text: &str) -> usize {
    match text.chars().next_back() {
        Some(c) if is_mark(c) && c != CLOSE => text.len() - c.len_utf8(),
        _ => text.len(),
    }
}

/// The links of a text being collected, by number.
#[derive(Debug, Default)]
pub struct Marks {
    urls: Vec<String>,
    /// Whether the link last opened is open (a link never holds another).
    open: bool,
}

impl Marks {
    /// Opens a link to `url` at the end of `text`, when the address is one a reader can follow
    /// (http, https or mailto) and there is a number left for it.
    pub fn open(&mut self, url: &str, text: &mut String) {
        let url = url.trim();
        if self.open || self.urls.len() >= MAX_LINKS || !followable(url) {
            return;
        }
        let Some(mark) = char::from_u32(FIRST_OPEN + self.urls.len() as u32) else {
            return;
        };
        self.urls.push(url.to_string());
        text.push(mark);
        self.open = true;
    }

    /// Closes the open link at the end of `text`, before the spaces it ends with; a link that
    /// holds no words is taken out again.
    pub fn close(&mut self, text: &mut String) {
        if !self.open {
            return;
        }
        self.open = false;
        let words_end = text.trim_end_matches(' ').len();
        let last = text[..words_end].chars().next_back();
        if last.is_some_and(|c| is_mark(c) && c != CLOSE) {
            // Nothing between the marks: no link.
            let mark_at = words_end - last.map_or(0, char::len_utf8);
            text.replace_range(mark_at..words_end, "");
            return;
        }
        text.insert(words_end, CLOSE);
    }

    /// The addresses, by number.
    pub fn urls(&self) -> &[String] {
        &self.urls
    }
}

/// Whether a reader can follow an address: an absolute http, https or mailto address.
fn followable(url: &str) -> bool {
    let mailto = url
        .get(..7)
        .is_some_and(|s| s.eq_ignore_ascii_case("mailto:"));
    (super::is_url(url) || mailto) && !url.chars().any(char::is_control)
}

/// `text` without its marks, and its links with their spans in it. Each line loses the white
/// space at its ends as if the marks were not there, and a line that held only marks goes.
pub fn unmark(text: &str, urls: &[String]) -> (String, Vec<Link>) {
    if !text.chars().any(is_mark) {
        return (text.to_string(), Vec::new());
    }
    let mut out = String::with_capacity(text.len());
    let mut links = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    let mut lines = text.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        let (body, end) = match line.strip_suffix('\n') {
            Some(body) => (body, "\n"),
            None => (line, ""),
        };
        let words = body.trim_matches(|c: char| c.is_whitespace() || is_mark(c));
        if words.is_empty() && body.chars().any(is_mark) {
            // Marks alone on a line (a link around blocks): the marks act, the line goes, and
            // so does a blank line it leaves doubled.
            for c in body.chars().filter(|c| is_mark(*c)) {
                take(c, out.len(), &mut open, urls, &mut links);
            }
            if (out.is_empty() || out.ends_with("\n\n")) && lines.peek() == Some(&"\n") {
                lines.next();
            }
            continue;
        }
        let first = body.find(|c: char| !c.is_whitespace() && !is_mark(c));
        let last = body.rfind(|c: char| !c.is_whitespace() && !is_mark(c));
        for (i, c) in body.char_indices() {
            if is_mark(c) {
                take(c, out.len(), &mut open, urls, &mut links);
            } else if c.is_whitespace()
                && (first.is_none_or(|f| i < f) || last.is_none_or(|l| i > l))
            {
                // White space at the line's ends, marks aside.
            } else {
                out.push(c);
            }
        }
        out.push_str(end);
    }
    (out, links)
}

/// A mark met at `at` in the unmarked text: an opening one starts link `n`, the closing one ends
/// the link open.
fn take(
    mark: char,
    at: usize,
    open: &mut Option<(usize, usize)>,
    urls: &[String],
    links: &mut Vec<Link>,
) {
    if mark == CLOSE {
        if let Some((n, start)) = open.take() {
            if let Some(url) = urls.get(n).filter(|_| at > start) {
                links.push(Link {
                    span: Span::new(start, at),
                    url: url.clone(),
                });
            }
        }
    } else {
        *open = Some(((mark as u32 - FIRST_OPEN) as usize, at));
    }
}

/// The text with its marks taken out, links forgotten: for words compared, not shown.
pub fn without_marks(text: &str) -> String {
    text.chars().filter(|c| !is_mark(*c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(parts: &[(&str, Option<&str>)]) -> (String, Vec<Link>) {
        let mut marks = Marks::default();
        let mut text = String::new();
        for (words, url) in parts {
            match url {
                Some(url) => {
                    marks.open(url, &mut text);
                    text.push_str(words);
                    marks.close(&mut text);
                }
                None => text.push_str(words),
            }
        }
        unmark(&text, marks.urls())
    }

    fn shown(text: &str, links: &[Link]) -> Vec<(String, String)> {
        links
            .iter()
            .map(|l| (l.span.slice(text).to_string(), l.url.clone()))
            .collect()
    }

    #[test]
    fn a_link_is_the_span_of_its_words() {
        let (text, links) = collect(&[
            ("Read ", None),
            ("the report ", Some("https://example.org/r")),
            ("by ", None),
            ("Anna", Some("mailto:anna@example.org")),
            (".", None),
        ]);
        assert_eq!(text, "Read the report by Anna.");
        assert_eq!(
            shown(&text, &links),
            [
                ("the report".into(), "https://example.org/r".into()),
                ("Anna".into(), "mailto:anna@example.org".into())
            ]
        );
    }

    #[test]
    fn only_links_a_reader_can_follow_and_never_empty_ones() {
        let (text, links) = collect(&[
            ("top", Some("#top")),
            (" ", None),
            ("x", Some("javascript:alert(1)")),
            (" ", None),
            ("", Some("https://example.org/empty")),
            ("rel", Some("/relative/path")),
            (" ", None),
            ("ok", Some("HTTPS://example.org/")),
        ]);
        assert_eq!(text, "top x rel ok");
        assert_eq!(
            shown(&text, &links),
            [("ok".into(), "HTTPS://example.org/".into())]
        );
    }

    #[test]
    fn lines_lose_their_end_spaces_as_if_the_marks_were_not_there() {
        let mut marks = Marks::default();
        let mut text = String::from("a\n");
        marks.open("https://x.org/", &mut text);
        text.push_str("  link words  ");
        marks.close(&mut text);
        text.push_str("\n\nb ");
        marks.open("https://y.org/", &mut text);
        text.push_str("  ");
        marks.close(&mut text);
        let (out, links) = unmark(&text, marks.urls());
        assert_eq!(out, "a\nlink words\n\nb\n".trim_end_matches('\n'));
        assert_eq!(
            shown(&out, &links),
            [("link words".into(), "https://x.org/".into())]
        );
    }

    #[test]
    fn input_cannot_forge_a_mark() {
        let forged: String = ['\u{F0000}', 'x', CLOSE]
            .iter()
            .map(|c| clean(*c))
            .collect();
        assert_eq!(forged, "\u{fffd}x\u{fffd}");
        let (text, links) = unmark("plain text", &[]);
        assert_eq!(text, "plain text");
        assert!(links.is_empty());
    }
}
