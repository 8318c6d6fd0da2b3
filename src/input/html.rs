//! A saved or fetched web page as an article: dom_smoothie (a port of Mozilla's Readability) finds
//! the article in the page and drops navigation, ads, banners, comments and related links; the
//! article's tree becomes text the analysis understands: the title as a `#` line, subheadings as
//! `##` lines, paragraphs separated by a blank line.

use dom_query::Document;
use dom_smoothie::Readability;
use encoding_rs::Encoding;

use super::blocks::{compose, one_line};
use super::html_text::blocks;
use super::links::{unmark, Link};

/// The article of a page, as text, and its links.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    pub title: Option<String>,
    pub text: String,
    pub links: Vec<Link>,
}

impl Article {
    fn new(title: Option<String>, body: (Vec<super::blocks::TextBlock>, Vec<String>)) -> Self {
        let (blocks, urls) = body;
        let (text, links) = unmark(&compose(title.as_deref(), blocks), &urls);
        Article { title, text, links }
    }
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

/// The article in a page that came from `address` (None for a saved page, whose own canonical
/// address stands in). Readability finds it when it can; a page too small or too odd for it is
/// read whole, less what is never article text (scripts, navigation, forms, hidden parts). Links
/// relative to the page are made absolute against its address; without one they are dropped.
pub fn article(html: &str, address: Option<&str>) -> Article {
    let page = without_banners(Document::from(html));
    let headline = first_headline(&page);
    match readable(html, page, address) {
        Some(found) => {
            let content = Document::from(found.content);
            let title = best_title(&found.title, headline);
            Article::new(title, blocks(&content.root()))
        }
        None => {
            // Readability has taken the page apart: read it again, whole.
            let page = without_banners(Document::from(html));
            let title = page
                .select("title")
                .iter()
                .next()
                .map(|t| one_line(&t.text()))
                .filter(|t| !t.is_empty());
            Article::new(title, blocks(&page.root()))
        }
    }
}

/// What Readability finds the article of `page` (parsed from `html`) to be, or None when it
/// finds none. Readability rewrites the page (a `<div>` that holds only text becomes a `<p>`),
/// and what it writes can cost the parser far more than the page did: `<div>` and a thousand
/// `<b>`s, then `<div>x</div>` again and again, becomes `<p><b>…<p>x</p><p>x</p>`, where every
/// `<p>` ends the `<b>`s and the parser copies them all into the next. Such an article is not
/// taken (see `nesting::refusal`): the page, which has passed, is read whole.
fn readable(html: &str, page: Document, address: Option<&str>) -> Option<dom_smoothie::Article> {
    let address = address
        .map(str::to_string)
        .or_else(|| canonical_address(&page));
    let readability = match Readability::with_document(page, address.as_deref(), None) {
        Ok(r) => Ok(r),
        // An address Readability does not take is no address.
        Err(_) => Readability::with_document(without_banners(Document::from(html)), None, None),
    };
    let found = readability.and_then(|mut r| r.parse()).ok()?;
    super::nesting::refusal(&found.content)
        .is_none()
        .then_some(found)
}

/// The address a saved page gives for itself: `<link rel="canonical">` or `og:url`, when it is an
/// absolute web address.
fn canonical_address(page: &Document) -> Option<String> {
    let canonical = page.select(r#"link[rel="canonical"]"#).attr("href");
    let og = page.select(r#"meta[property="og:url"]"#).attr("content");
    [canonical, og]
        .into_iter()
        .flatten()
        .map(|a| a.trim().to_string())
        .find(|a| super::is_url(a))
}

/// Cookie and consent banners and dialogs, which a page keeps outside its article and
/// Readability can take for its first paragraph: elements named so by id or class, or that say
/// they are dialogs. Only short ones go (a banner is a sentence or two and its buttons), never one
/// that holds the headline.
const BANNERS: &str = r#"[id*="cookie" i], [class*="cookie" i], [id*="consent" i],
    [class*="consent" i], [id*="gdpr" i], [class*="gdpr" i], [role="dialog"],
    [role="alertdialog"], [aria-modal="true"]"#;

/// The longest text, in characters, of a banner `without_banners` takes out.
const MAX_BANNER_CHARS: usize = 1_500;

/// The page without its cookie and consent banners (see `BANNERS`).
fn without_banners(page: Document) -> Document {
    let found = page.select(BANNERS);
    for node in found.nodes() {
        let short = node.text().chars().nth(MAX_BANNER_CHARS).is_none();
        let headline = node
            .descendants()
            .iter()
            .any(|d| d.node_name().is_some_and(|n| n.eq_ignore_ascii_case("h1")));
        if short && !headline {
            node.remove_from_parent();
        }
    }
    page
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
    fn an_article_that_would_cost_the_parser_more_than_its_page_is_not_taken() {
        let page = |inner: &str| {
            let open: String = (0..500).map(|i| format!("<b id={i}>")).collect();
            format!(
                "<html><head><title>T</title></head><body><article><div>{open}{}</div>\
                 </article></body></html>",
                inner.repeat(200)
            )
        };
        // Each text in a <div> of its own: Readability makes paragraphs of them, which would
        // copy the 500 <b>s each.
        let costly = page("<div>We stayed, and the council met again in the old town hall.</div>");
        assert_eq!(
            crate::input::nesting::refusal(&costly),
            None,
            "the page passes"
        );
        let parsed = Document::from(costly.as_str());
        assert!(readable(&costly, parsed, None).is_none());
        let a = article(&costly, None);
        assert_eq!(a.text.matches("We stayed").count(), 200, "{}", a.text);
        // The same words in spans stay as they are: Readability's article is taken.
        let cheap =
            page("<span>We stayed, and the council met again in the old town hall. </span>");
        let parsed = Document::from(cheap.as_str());
        assert!(readable(&cheap, parsed, None).is_some());
    }

    #[test]
    fn a_tiny_page_is_read_whole() {
        let a = article(
            "<html><head><title>Short news</title></head><body><nav>Home</nav>\
             <p>\u{201c}We stay,\u{201d} she said.</p></body></html>",
            None,
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
    fn links_keep_their_words_and_absolute_addresses() {
        let page = "<html><head><title>Links</title>\
            <link rel=\"canonical\" href=\"https://news.example.org/politics/article.html\">\
            </head><body><p>The <a href=\"report.pdf\">new  report</a> and \
            <a href=\"https://other.example.com/x\"> <b>its</b> critics </a>, \
            <a href=\"#top\">top</a>, <a href=\"mailto:desk@example.org\">the desk</a>.</p>\
            <ul><li><a href=\"/more\">More</a> news</li></ul></body></html>";
        let a = article(page, None);
        let links: Vec<(&str, &str)> = a
            .links
            .iter()
            .map(|l| (l.span.slice(&a.text), l.url.as_str()))
            .collect();
        assert_eq!(
            a.text,
            "# Links\n\nThe new report and its critics , top, the desk.\n\n• More news\n"
        );
        assert_eq!(
            links,
            [
                ("new report", "https://news.example.org/politics/report.pdf"),
                ("its critics", "https://other.example.com/x"),
                ("the desk", "mailto:desk@example.org"),
                ("More", "https://news.example.org/more"),
            ]
        );
        // The address it was fetched from counts over the page's own.
        let fetched = article(page, Some("https://mirror.example.net/a/b.html"));
        assert_eq!(fetched.text, a.text);
        assert_eq!(
            fetched.links[0].url,
            "https://mirror.example.net/a/report.pdf"
        );
        // Saved with no address of its own, relative links cannot be followed: they go.
        let bare = page.replace("rel=\"canonical\"", "rel=\"x\"");
        let b = article(&bare, None);
        let urls: Vec<&str> = b.links.iter().map(|l| l.url.as_str()).collect();
        assert_eq!(
            urls,
            ["https://other.example.com/x", "mailto:desk@example.org"]
        );
    }

    #[test]
    fn cookie_banners_and_dialogs_are_no_part_of_the_article() {
        let story = "<p>Der Stadtrat hat am Dienstag den Bau einer neuen Linie beschlossen. \
            „Wir bauen bis 2028“, sagte Bürgermeisterin Anna Weber.</p>";
        let page = |banner: &str| {
            format!(
                "<html><head><title>Neue Linie</title></head><body>{banner}<main>\
                 <h1>Neue Linie</h1>{story}</main></body></html>"
            )
        };
        for banner in [
            "<div id=\"cookie-banner\"><p>Wir verwenden Cookies. <button>Akzeptieren</button></p></div>",
            "<section class=\"CMP-Consent-Layer\"><p>We use cookies to improve your experience.</p></section>",
            "<div role=\"dialog\"><p>Jetzt den Newsletter abonnieren!</p></div>",
        ] {
            let a = article(&page(banner), None);
            assert!(a.text.starts_with("# Neue Linie\n\nDer Stadtrat"), "{}", a.text);
            assert!(!a.text.contains("ookie") && !a.text.contains("Newsletter"), "{}", a.text);
        }
        // A long text or one that holds the headline is no banner, whatever its name.
        let long = format!("<div class=\"consent-law\"><h1>Neue Linie</h1>{story}</div>");
        assert!(article(&page(&long), None).text.contains("Der Stadtrat"));
        let essay = format!("<div class=\"cookies-essay\">{}</div>", story.repeat(20));
        let kept = without_banners(Document::from(page(&essay).as_str()));
        assert_eq!(kept.select(".cookies-essay").nodes().len(), 1);
        let gone = without_banners(Document::from(page("<div id=\"gdpr\">ok</div>").as_str()));
        assert_eq!(gone.select("#gdpr").nodes().len(), 0);
    }

    #[test]
    fn an_empty_page_is_empty_text() {
        assert_eq!(article("", None).text, "");
        assert_eq!(
            article("<html><body><script>x()</script></body></html>", None).text,
            ""
        );
    }
}
