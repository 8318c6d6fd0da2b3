//! How deep a page nests its elements, estimated in one pass before it is parsed. The HTML parser
//! checks its stack of open elements at every tag, so a page of a million unclosed `<div>`s takes
//! time that grows with the square of its size; quoth refuses such a page instead of hanging.
//! Browsers cap the depth too (Chromium at 512). Real news pages stay far below the cap.

use std::collections::HashMap;

/// Deeper than this, a page is refused.
pub const MAX_DEPTH: usize = 1000;

/// Elements with no end tag, and elements whose end tag the parser supplies when the next one
/// starts: neither makes a page deeper.
const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup",
    "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rp", "html", "head", "body",
];

/// Elements whose content is text, not markup, up to their end tag.
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "noembed",
    "noframes",
    "noscript",
    "iframe",
    "plaintext",
];

/// Whether the page's elements nest deeper than `MAX_DEPTH`. A close tag pops the open elements
/// down to its own, as the parser does. The pass is linear in the page's size: a close tag whose
/// element is not open is passed over at once (by the count of open elements of each name), and
/// the stack is only searched as deep as it is then popped.
pub fn too_deep(html: &str) -> bool {
    let bytes = html.as_bytes();
    let mut open: Vec<String> = Vec::new();
    let mut open_count: HashMap<String, usize> = HashMap::new();
    let mut i = 0;
    while let Some(lt) = memchr(b'<', &bytes[i..]) {
        i += lt + 1;
        let rest = &html[i..];
        if rest.starts_with("!--") {
            i += rest.find("-->").map_or(rest.len(), |e| e + 3);
            continue;
        }
        if rest.starts_with(['!', '?']) {
            i += rest.find('>').map_or(rest.len(), |e| e + 1);
            continue;
        }
        let closing = rest.starts_with('/');
        let name_start = usize::from(closing);
        let name: String = rest[name_start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if name.is_empty() || !rest[name_start..].starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        let tag_len = tag_end(&rest[name_start..]);
        let self_closing = rest[name_start..name_start + tag_len].ends_with("/>");
        i += name_start + tag_len;
        if closing {
            if open_count.get(&name).is_some_and(|n| *n > 0) {
                while let Some(top) = open.pop() {
                    if let Some(n) = open_count.get_mut(&top) {
                        *n = n.saturating_sub(1);
                    }
                    if top == name {
                        break;
                    }
                }
            }
        } else if RAW_TEXT.contains(&name.as_str()) {
            i += raw_text_len(&bytes[i..], name.as_bytes());
        } else if !self_closing && !NOT_NESTING.contains(&name.as_str()) {
            *open_count.entry(name.clone()).or_default() += 1;
            open.push(name);
            if open.len() > MAX_DEPTH {
                return true;
            }
        }
    }
    false
}

/// The length of raw text up to its end tag `</name` (any case), or to the end.
fn raw_text_len(bytes: &[u8], name: &[u8]) -> usize {
    let mut at = 0;
    while let Some(lt) = memchr(b'<', &bytes[at..]) {
        let start = at + lt;
        let after = &bytes[start + 1..];
        if after.first() == Some(&b'/')
            && after
                .get(1..=name.len())
                .is_some_and(|n| n.eq_ignore_ascii_case(name))
        {
            return start;
        }
        at = start + 1;
    }
    bytes.len()
}

/// The length of a tag up to and including its `>`, quoted attribute values skipped.
fn tag_end(tag: &str) -> usize {
    let mut quote: Option<char> = None;
    for (i, c) in tag.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return i + 1,
            (None, _) => {}
        }
    }
    tag.len()
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|b| *b == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_are_not_too_deep() {
        let page = "<!DOCTYPE html><html><head><script>if (a<b) { x('<div>'); }</script>\
            <title>T</title></head><body><div class=\"a>b\"><p>One<p>Two<br><img src=x>\
            <ul><li>a<li>b</ul><span>x</div><!-- <div><div> --></body></html>";
        assert!(!too_deep(page));
        let many_siblings = "<div><span>x</span></div>".repeat(10_000);
        assert!(!too_deep(&many_siblings));
        let unclosed_spans = "<div><span>x</div>".repeat(10_000);
        assert!(
            !too_deep(&unclosed_spans),
            "a close tag pops what it encloses"
        );
    }

    #[test]
    fn deep_nesting_is_found() {
        assert!(too_deep(&"<div>".repeat(MAX_DEPTH + 1)));
        assert!(!too_deep(&"<div>".repeat(MAX_DEPTH)));
        assert!(too_deep(&"<b><i>".repeat(MAX_DEPTH)));
        assert!(
            !too_deep(&"<p>".repeat(100_000)),
            "paragraphs close each other"
        );
    }

    #[test]
    fn odd_markup_ends_the_pass() {
        for odd in [
            "<",
            "<!--",
            "<div",
            "<div class='",
            "<script>",
            "</",
            "<1>",
            "<é>",
        ] {
            assert!(!too_deep(odd), "{odd}");
        }
    }
}
