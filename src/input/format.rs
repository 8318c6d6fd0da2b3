//! What kind of document an input is: plain text, an HTML page or Markdown. A file's extension or a
//! server's content type says so when it can; otherwise the first bytes do.

use std::path::Path;

/// The kinds of document quoth reads. Each becomes the text the analysis sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
    Markdown,
}

impl Format {
    /// The name used in messages and in `--json` output.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
            Format::Markdown => "markdown",
        }
    }
}

/// The format a file name's extension names, if it names one.
pub fn by_extension(path: &str) -> Option<Format> {
    let ext = Path::new(path).extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" | "xhtml" | "shtml" => Some(Format::Html),
        "md" | "markdown" | "mdown" | "mkd" | "mkdn" => Some(Format::Markdown),
        "txt" | "text" => Some(Format::Text),
        _ => None,
    }
}

/// What a server's `Content-Type` (its media type, without parameters) says: a format quoth reads,
/// Ok(None) when it says nothing useful, or Err when it names something that is no article.
pub fn by_media_type(media_type: &str) -> Result<Option<Format>, ()> {
    let media_type = media_type.trim().to_ascii_lowercase();
    match media_type.as_str() {
        "text/html" | "application/xhtml+xml" => Ok(Some(Format::Html)),
        "text/markdown" | "text/x-markdown" => Ok(Some(Format::Markdown)),
        "text/plain" => Ok(None),
        "" | "application/octet-stream" => Ok(None),
        t if t.starts_with("text/") => Ok(None),
        _ => Err(()),
    }
}

/// How much of the start of a document is looked at.
const SNIFF_BYTES: usize = 4096;

/// Guesses the format from the text itself: markup at the start means HTML; links, strong emphasis
/// or block quotes in Markdown syntax mean Markdown. Plain text with `#` headings stays text (the
/// analysis reads those headings itself).
pub fn sniff(text: &str) -> Format {
    if looks_like_html(text) {
        Format::Html
    } else if looks_like_markdown(text) {
        Format::Markdown
    } else {
        Format::Text
    }
}

fn head(text: &str, bytes: usize) -> &str {
    let mut end = text.len().min(bytes);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Tags that can open an HTML page (after a doctype, comments or an XML declaration).
const OPENING_TAGS: &[&str] = &[
    "!doctype html",
    "html",
    "head",
    "body",
    "meta",
    "title",
    "link",
    "script",
    "style",
    "article",
    "main",
    "div",
    "p",
];

fn looks_like_html(text: &str) -> bool {
    let mut rest = head(text, SNIFF_BYTES).trim_start_matches(['\u{feff}']);
    loop {
        rest = rest.trim_start();
        let skipped = if rest.starts_with("<!--") {
            rest.find("-->").map(|end| &rest[end + 3..])
        } else if rest.starts_with("<?") {
            rest.find("?>").map(|end| &rest[end + 2..])
        } else {
            None
        };
        match skipped {
            Some(after) => rest = after,
            None => break,
        }
    }
    let Some(tag) = rest.strip_prefix('<') else {
        return false;
    };
    OPENING_TAGS.iter().any(|name| {
        tag.get(..name.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(name))
            && tag[name.len()..].starts_with([' ', '>', '/', '\n', '\r', '\t'])
    })
}

fn looks_like_markdown(text: &str) -> bool {
    let start = head(text, SNIFF_BYTES * 4);
    let link = start.contains("](") && start.contains('[');
    let strong = start.contains("**") || start.contains("__");
    let quote_lines = start.lines().filter(|l| l.starts_with("> ")).count();
    link || strong || quote_lines > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions_name_formats() {
        assert_eq!(by_extension("page.HTML"), Some(Format::Html));
        assert_eq!(by_extension("dir.v2/notes.md"), Some(Format::Markdown));
        assert_eq!(by_extension("a.txt"), Some(Format::Text));
        assert_eq!(by_extension("article"), None);
        assert_eq!(by_extension("-"), None);
    }

    #[test]
    fn media_types() {
        assert_eq!(by_media_type("text/html"), Ok(Some(Format::Html)));
        assert_eq!(by_media_type("TEXT/HTML"), Ok(Some(Format::Html)));
        assert_eq!(by_media_type("text/plain"), Ok(None));
        assert_eq!(by_media_type("text/markdown"), Ok(Some(Format::Markdown)));
        assert!(by_media_type("image/png").is_err());
        assert!(by_media_type("application/pdf").is_err());
    }

    #[test]
    fn html_is_recognised_by_its_start() {
        assert_eq!(sniff("\n  <!DOCTYPE html><html><body>x"), Format::Html);
        assert_eq!(sniff("<html lang=\"de\">"), Format::Html);
        assert_eq!(sniff("<!-- saved --><html>"), Format::Html);
        assert_eq!(
            sniff("<3 is a heart, said the <html> tutorial"),
            Format::Text
        );
        assert_eq!(sniff("Title\n\nSome <b>bold</b> text."), Format::Text);
    }

    #[test]
    fn markdown_is_recognised_by_its_markup() {
        assert_eq!(sniff("# Title\n\nSee [this](http://x)."), Format::Markdown);
        assert_eq!(sniff("Title\n\n> A quote\n"), Format::Markdown);
        assert_eq!(sniff("It was **big**."), Format::Markdown);
        assert_eq!(sniff("# Title\n\nA plain article."), Format::Text);
        assert_eq!(sniff("„Wir warten“, sagte Korbin."), Format::Text);
    }

    #[test]
    fn sniffing_a_multibyte_start_does_not_split_a_char() {
        let text = "ü".repeat(SNIFF_BYTES * 3);
        assert_eq!(sniff(&text), Format::Text);
    }
}
