//! A saved or fetched web page as an article: dom_smoothie (a port of Mozilla's Readability) finds
//! the article in the page and drops navigation, ads, banners, comments and related links; the
//! article's tree becomes text the analysis understands: the title as a `#` line, subheadings as
//! `##` lines, paragraphs separated by a blank line.

use dom_query::Document;
use dom_smoothie::{Config, Readability};
use encoding_rs::Encoding;

use super::blocks::{compose, one_line};
use super::html_text::blocks;

/// The article of a page, as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    pub title: Option<String>,
    pub text: String,
}

/// The encoding a page declares in its first bytes (`<meta charset=...>` or
/// `<meta http-equiv="Content-Type" content="...; charset=...">`), as the HTML standard's prescan
/// finds it, in short.
pub fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"charset") {
        let mut i = from + at + b"charset".len();
        from = i;
        while lower.get(i).is_some_and(|b| b.is_ascii_whitespace()) {
            i += 1;
        }
        if lower.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while lower
            .get(i)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'"' || *b == b'\'')
        {
            i += 1;
        }
        let end = lower[i..]
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')))
            .map_or(lower.len(), |n| i + n);
        if let Some(encoding) = Encoding::for_label(&lower[i..end]) {
            return Some(encoding);
        }
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The article in a page. Readability finds it when it can; a page too small or too odd for it
/// is read whole, less what is never article text (scripts, navigation, forms, hidden parts).
pub fn article(html: &str) -> Article {
    let config = Config {
        // The page's own URL is not needed: links are reduced to their words.
        ..Config::default()
    };
    let page = Document::from(html);
    let headline = first_headline(&page);
    let extracted =
        Readability::with_document(page, None, Some(config)).and_then(|mut r| r.parse());
    match extracted {
        Ok(found) => {
            let content = Document::from(found.content);
            let body = blocks(&content.root());
            let title = best_title(&found.title, headline);
            Article {
                text: compose(title.as_deref(), body),
                title,
            }
        }
        Err(_) => {
            // Readability has taken the page apart: read it again, whole.
            let page = Document::from(html);
            let title = page
                .select("title")
                .iter()
                .next()
                .map(|t| one_line(&t.text()))
                .filter(|t| !t.is_empty());
            Article {
                text: compose(title.as_deref(), blocks(&page.root())),
                title,
            }
        }
    }
}

/// The page's first `<h1>`, on one line.
fn first_headline(page: &Document) -> Option<String> {
    let h1 = page.select("h1");
    let first = h1.iter().next()?;
    Some(one_line(&first.text())).filter(|t| !t.is_empty())
}

/// The article's headline: Readability's title (from metadata or `<title>`, with the site's name
/// cut off as well as it can), or the page's `<h1>` when that is the same title without the
/// site's name ("Headline - Section - Site").
fn best_title(readability: &str, headline: Option<String>) -> Option<String> {
    let title = one_line(readability);
    match headline {
        Some(h1) if title.is_empty() || (title.contains(&h1) && h1.len() < title.len()) => Some(h1),
        _ => Some(title).filter(|t| !t.is_empty()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charset_from_meta_tags() {
        let meta = b"<html><head><meta charset=\"ISO-8859-1\"><title>x";
        assert_eq!(
            declared_charset(meta).map(|e| e.name()),
            Some("windows-1252")
        );
        let http_equiv = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">";
        assert_eq!(
            declared_charset(http_equiv).map(|e| e.name()),
            Some("UTF-8")
        );
        assert_eq!(declared_charset(b"<p>charset is a word</p>"), None);
        assert_eq!(declared_charset(b"<meta charset=bogus>"), None);
    }

    #[test]
    fn a_tiny_page_is_read_whole() {
        let a = article(
            "<html><head><title>Short news</title></head><body><nav>Home</nav>\
             <p>\u{201c}We stay,\u{201d} she said.</p></body></html>",
        );
        assert_eq!(a.title.as_deref(), Some("Short news"));
        assert_eq!(
            a.text,
            "# Short news\n\n\u{201c}We stay,\u{201d} she said.\n"
        );
    }

    #[test]
    fn the_headline_is_the_title_without_the_site() {
        let h1 = || Some("Big news".to_string());
        assert_eq!(
            best_title("Big news - Politics", h1()).as_deref(),
            Some("Big news")
        );
        assert_eq!(best_title("Big news", h1()).as_deref(), Some("Big news"));
        assert_eq!(best_title("Other", h1()).as_deref(), Some("Other"));
        assert_eq!(best_title("", h1()).as_deref(), Some("Big news"));
        assert_eq!(best_title(" ", None), None);
    }

    #[test]
    fn an_empty_page_is_empty_text() {
        assert_eq!(article("").text, "");
        assert_eq!(
            article("<html><body><script>x()</script></body></html>").text,
            ""
        );
    }
}
