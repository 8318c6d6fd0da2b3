//! What the HTML parser would build from a page, estimated in one pass before it is parsed, so
//! that pages that would make it take time or memory beyond all proportion are refused instead.
//!
//! Two things grow without bound in a parser that follows the HTML standard:
//! - **Depth.** The parser checks its stack of open elements at every tag, so a page of a million
//!   unclosed `<div>`s takes time that grows with the square of its size. Browsers cap the depth
//!   too (Chromium at 512). Real news pages stay far below `MAX_DEPTH`.
//! - **Reopened formatting elements.** A `<b>` or `<font>` left open when its enclosing element
//!   closes stays "active": the parser opens a copy of it before every later piece of text or
//!   element. A thousand distinct `<b id=…>` left open, then a thousand `<div>x</div>`, is a
//!   million elements from 23 KB. The pass counts the copies as the standard makes them (with its
//!   limit of three alike, and the markers that table cells and objects set) and refuses a page
//!   that would make more than `MAX_REOPENED`.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

/// Deeper than this, a page is refused.
pub const MAX_DEPTH: usize = 1000;

/// More copies of formatting elements than this, and one for every `BYTES_PER_COPY` bytes of the
/// page, and a page is refused. Copies in proportion to the page are linear work; a sloppy real
/// page makes a few hundred. Hostile ones make a thousand times more than their bytes.
pub const MAX_REOPENED: usize = 20_000;
pub const BYTES_PER_COPY: usize = 8;

/// More start tags than this, and one for every `BYTES_PER_ELEMENT` bytes of the page, and a page
/// is refused: the parser's tree and the paragraphs made of it take hundreds of bytes an element,
/// so a page of tiny elements (`<p>x` is four bytes) would take a hundred times its size. Real
/// pages spend thirty bytes and more on an element.
pub const MAX_ELEMENTS: usize = 100_000;
pub const BYTES_PER_ELEMENT: usize = 32;

/// More levels than this in all, and `DEPTH_PER_BYTE` for every byte of the page, and a page is
/// refused: the parser looks down its stack of open elements at many tags (is a `<p>` open to
/// end? a `<div>` to close?), so a page of a thousand open elements and a hundred thousand
/// `<div>`s in them takes a hundred million steps from 3 MB. Summed over every start tag, the
/// depth it starts at is a tenth to a fifth of the page's bytes on real pages.
pub const MAX_LEVELS: usize = 1_000_000;
pub const LEVELS_PER_BYTE: usize = 4;

/// The levels allowed in all in a page of `bytes` (see `MAX_LEVELS`).
pub fn level_limit(bytes: usize) -> usize {
    MAX_LEVELS + bytes * LEVELS_PER_BYTE
}

/// The elements allowed in a page of `bytes`.
pub fn element_limit(bytes: usize) -> usize {
    MAX_ELEMENTS + bytes / BYTES_PER_ELEMENT
}

/// The copies of formatting elements allowed in a page of `bytes`.
pub fn reopen_limit(bytes: usize) -> usize {
    MAX_REOPENED + bytes / BYTES_PER_COPY
}

/// Why a page is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Its elements nest deeper than `MAX_DEPTH`.
    TooDeep,
    /// The parser would open more copies of formatting elements than the limit it holds.
    TooManyReopened(usize),
    /// It has more start tags than the limit it holds (see `element_limit`).
    Crowded(usize),
    /// Its start tags stand deeper, all added up, than the limit it holds (see `level_limit`).
    DeepThroughout(usize),
}

/// Elements with no end tag, and table and select parts whose end tag the parser supplies when
/// the next one starts: neither makes a page deeper. (Paragraphs and list items end the same
/// way, but what is open inside them is closed with them: they are kept on the stack.)
const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot",
    "colgroup", "caption", "rb", "rt", "rp", "html", "head", "body",
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

/// The formatting elements of the HTML standard: the ones the parser reopens.
const FORMATTING: &[&str] = &[
    "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
];

/// Elements whose start tag does not reopen formatting elements: they go in as they are, and
/// the text in them reopens what was closed. These and every element of `CLOSES_P`.
const NOT_REOPENING: &[&str] = &[
    "html", "head", "body", "caption", "col", "colgroup", "tbody", "thead", "tfoot", "tr", "td",
    "th", "frameset", "textarea", "iframe", "noembed", "noframes", "noscript", "title", "style",
    "script", "template", "svg", "math",
];

/// Elements whose start tag ends an open `<p>` (one in button scope), and with it the formatting
/// elements open inside it: `<p><b id=1>…<b id=990><p>x<p>x` makes the parser reopen every
/// `<b>` in every later paragraph.
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "header",
    "hgroup",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "search",
    "section",
    "summary",
    "ul",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "listing",
    "form",
    "li",
    "dd",
    "dt",
    "plaintext",
    "table",
    "hr",
    "xmp",
];

/// Open elements that hide a `<p>` below them from a start tag that would end it (the
/// standard's "button scope").
const P_SCOPE: &[&str] = &[
    "applet", "caption", "table", "td", "th", "marquee", "object", "template", "button",
];

/// Does an open `name` hide a list item below it from the next `<li>`, `<dd>` or `<dt>`? The
/// standard's special elements do, but `address`, `div` and `p` (the items themselves are
/// counted apart): those that end a paragraph or bound its scope, and `select`.
fn hides_items(name: &str) -> bool {
    !matches!(name, "address" | "div" | "p" | "li" | "dd" | "dt")
        && (CLOSES_P.contains(&name) || P_SCOPE.contains(&name) || name == "select")
}

/// Elements that set a marker in the list of active formatting elements: what was opened before
/// them is not reopened inside them. Table cells and captions only within a table.
const MARKERS: &[&str] = &["applet", "object", "marquee", "template"];
const TABLE_MARKERS: &[&str] = &["td", "th", "caption"];

/// The parser's list of active formatting elements, as far as the cost of reopening them goes.
/// Entries are numbered in the order they were added; a number is never used again.
#[derive(Default)]
struct Active {
    /// The live entries by number.
    entries: BTreeMap<usize, Entry>,
    /// The number the next entry gets.
    next: usize,
    /// Numbers of the elements (not markers) per name and attributes, oldest first.
    alike: FxHashMap<String, Vec<usize>>,
    /// Numbers of the elements per name, oldest first.
    by_name: FxHashMap<String, Vec<usize>>,
    /// Numbers of the markers, in order.
    markers: Vec<usize>,
    /// Elements no longer on the stack of open elements: the next text or element reopens them.
    closed: Vec<usize>,
    /// Copies made so far.
    reopened: usize,
}

enum Entry {
    Marker,
    Element { name: String, key: String },
}

impl Active {
    /// The first number after the last marker.
    fn since(&self) -> usize {
        self.markers.last().map_or(0, |m| m + 1)
    }

    /// Adds a formatting element, removing the oldest of three alike after the last marker (the
    /// standard's "Noah's Ark" clause). Returns its number.
    fn push(&mut self, name: &str, key: String) -> usize {
        let since = self.since();
        if let Some(alike) = self.alike.get(&key) {
            if alike.len() >= 3 && alike[alike.len() - 3] >= since {
                self.remove(alike[alike.len() - 3]);
            }
        }
        let at = self.next;
        self.next += 1;
        self.alike.entry(key.clone()).or_default().push(at);
        self.by_name.entry(name.to_string()).or_default().push(at);
        let name = name.to_string();
        self.entries.insert(at, Entry::Element { name, key });
        at
    }

    fn push_marker(&mut self) {
        self.markers.push(self.next);
        self.entries.insert(self.next, Entry::Marker);
        self.next += 1;
    }

    /// Removes the entries after the last marker, and the marker.
    fn clear_to_marker(&mut self) {
        let marker = self.markers.pop().unwrap_or(0);
        for (_, entry) in self.entries.split_off(&marker) {
            if let Entry::Element { name, key } = entry {
                for list in [self.alike.get_mut(&key), self.by_name.get_mut(&name)]
                    .into_iter()
                    .flatten()
                {
                    list.retain(|i| *i < marker);
                }
                self.forget_if_empty(&name, &key);
            }
        }
        self.closed.retain(|i| *i < marker);
    }

    /// The latest element named `name` after the last marker, if any.
    fn find(&self, name: &str) -> Option<usize> {
        let at = *self.by_name.get(name)?.last()?;
        (at >= self.since()).then_some(at)
    }

    fn remove(&mut self, at: usize) {
        let Some(Entry::Element { name, key }) = self.entries.remove(&at) else {
            return;
        };
        for list in [self.alike.get_mut(&key), self.by_name.get_mut(&name)]
            .into_iter()
            .flatten()
        {
            if let Some(k) = list.iter().rposition(|i| *i == at) {
                list.remove(k);
            }
        }
        self.forget_if_empty(&name, &key);
        self.closed.retain(|i| *i != at);
    }

    /// Drops the lists of a name and of attributes once empty: a page of a million distinct
    /// `<b id=…></b>` keeps none.
    fn forget_if_empty(&mut self, name: &str, key: &str) {
        if self.alike.get(key).is_some_and(Vec::is_empty) {
            self.alike.remove(key);
        }
        if self.by_name.get(name).is_some_and(Vec::is_empty) {
            self.by_name.remove(name);
        }
    }

    fn is_live(&self, at: usize) -> bool {
        matches!(self.entries.get(&at), Some(Entry::Element { .. }))
    }
}

/// The stack of open elements, with the active entry each formatting element stands for.
#[derive(Default)]
struct Stack {
    open: Vec<(String, Option<usize>)>,
    count: FxHashMap<String, usize>,
    /// Where on the stack the open elements of each `Kept` kind are, lowest first: whether a
    /// paragraph or list item is in scope is then known at once, however deep the page.
    kept: [Vec<usize>; Kept::COUNT],
}

/// Kinds of open elements whose places on the stack are kept.
#[derive(Clone, Copy)]
enum Kept {
    P,
    Li,
    /// `dd` or `dt`.
    Definition,
    /// One of `P_SCOPE`.
    PScope,
    /// One that `hides_items`.
    ItemScope,
}

impl Kept {
    const COUNT: usize = 5;
    fn of(name: &str) -> impl Iterator<Item = Kept> {
        [
            (name == "p").then_some(Kept::P),
            (name == "li").then_some(Kept::Li),
            matches!(name, "dd" | "dt").then_some(Kept::Definition),
            P_SCOPE.contains(&name).then_some(Kept::PScope),
            hides_items(name).then_some(Kept::ItemScope),
        ]
        .into_iter()
        .flatten()
    }
}

impl Stack {
    fn push(&mut self, name: String, entry: Option<usize>) {
        for kind in Kept::of(&name) {
            self.kept[kind as usize].push(self.open.len());
        }
        *self.count.entry(name.clone()).or_default() += 1;
        self.open.push((name, entry));
    }

    /// The place of the innermost open element of `kind`, unless one of `hiding` is open above it.
    fn in_scope(&self, kind: Kept, hiding: &[Kept]) -> Option<usize> {
        let at = *self.kept[kind as usize].last()?;
        hiding
            .iter()
            .all(|h| self.kept[*h as usize].last().is_none_or(|b| *b < at))
            .then_some(at)
    }

    /// Pops the element at `at` and everything above it; the formatting elements popped stay
    /// active, to be reopened.
    fn pop_to(&mut self, at: usize, active: &mut Active) {
        while self.open.len() > at {
            self.pop(active);
        }
    }

    fn pop(&mut self, active: &mut Active) -> Option<String> {
        let (top, entry) = self.open.pop()?;
        let at = self.open.len();
        for kept in &mut self.kept {
            if kept.last() == Some(&at) {
                kept.pop();
            }
        }
        if let Some(n) = self.count.get_mut(&top) {
            *n = n.saturating_sub(1);
        }
        if let Some(at) = entry {
            if active.is_live(at) {
                active.closed.push(at);
            }
        }
        Some(top)
    }

    /// What a start tag `name` ends before it opens: an open list item for a new one, an open
    /// paragraph for a block.
    fn end_implied_by(&mut self, name: &str, active: &mut Active) {
        let item = match name {
            "li" => self.in_scope(Kept::Li, &[Kept::ItemScope, Kept::Definition]),
            "dd" | "dt" => self.in_scope(Kept::Definition, &[Kept::ItemScope, Kept::Li]),
            _ => None,
        };
        if let Some(at) = item {
            self.pop_to(at, active);
        }
        if CLOSES_P.contains(&name) {
            if let Some(at) = self.in_scope(Kept::P, &[Kept::PScope]) {
                self.pop_to(at, active);
            }
        }
    }

    fn has(&self, name: &str) -> bool {
        self.count.get(name).is_some_and(|n| *n > 0)
    }

    /// Pops down to the innermost `name`, if it is open; the formatting elements popped stay
    /// active, to be reopened.
    fn close(&mut self, name: &str, active: &mut Active) {
        if !self.has(name) {
            return;
        }
        while let Some(top) = self.pop(active) {
            if top == name {
                break;
            }
        }
    }

    /// Reopens every active formatting element that is no longer open, as the parser does
    /// before text or an element.
    fn reopen(&mut self, active: &mut Active) {
        let mut closed = std::mem::take(&mut active.closed);
        closed.sort_unstable();
        active.reopened += closed.len();
        for at in closed {
            if let Some(Entry::Element { name, .. }) = active.entries.get(&at) {
                let name = name.clone();
                self.push(name, Some(at));
            }
        }
    }
}

/// Whether the parser would build something out of all proportion to the page: elements nested
/// deeper than `MAX_DEPTH`, or more than `MAX_REOPENED` copies of formatting elements. A close
/// tag pops the open elements down to its own, as the parser does. The pass is linear in the
/// page's size: a close tag whose element is not open is passed over at once (by the count of
/// open elements of each name), the stack is only searched as deep as it is then popped, and
/// the copies it counts are bounded.
pub fn refusal(html: &str) -> Option<Refusal> {
    let bytes = html.as_bytes();
    let mut stack = Stack::default();
    let mut active = Active::default();
    let limit = reopen_limit(html.len());
    let mut elements = 0usize;
    let element_limit = element_limit(html.len());
    let mut levels = 0usize;
    let level_limit = level_limit(html.len());
    let mut i = 0;
    while let Some(lt) = memchr::memchr(b'<', &bytes[i..]) {
        // Text before the tag is put in the open element, with copies of what was closed.
        if !active.closed.is_empty() && bytes[i..i + lt].iter().any(|b| !b.is_ascii_whitespace()) {
            stack.reopen(&mut active);
        }
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
        let tag = &rest[name_start..name_start + tag_len];
        // "<div/>" opens a div like "<div>": only in SVG and MathML does "/>" close an element.
        let self_closing = tag.ends_with("/>") && (stack.has("svg") || stack.has("math"));
        i += name_start + tag_len;
        let is_marker = MARKERS.contains(&name.as_str())
            || TABLE_MARKERS.contains(&name.as_str()) && stack.has("table");
        if closing {
            if FORMATTING.contains(&name.as_str()) {
                if let Some(at) = active.find(&name) {
                    active.remove(at);
                }
            }
            if is_marker && !active.markers.is_empty() {
                active.clear_to_marker();
            }
            stack.close(&name, &mut active);
        } else if RAW_TEXT.contains(&name.as_str()) {
            i += raw_text_len(&bytes[i..], name.as_bytes());
        } else {
            elements += 1;
            if elements > element_limit {
                return Some(Refusal::Crowded(element_limit));
            }
            stack.end_implied_by(&name, &mut active);
            levels += stack.open.len();
            if levels > level_limit {
                return Some(Refusal::DeepThroughout(level_limit));
            }
            if !NOT_REOPENING.contains(&name.as_str()) && !CLOSES_P.contains(&name.as_str()) {
                stack.reopen(&mut active);
            }
            if is_marker {
                // A cell's start ends the cell before it.
                if TABLE_MARKERS.contains(&name.as_str()) && !active.markers.is_empty() {
                    active.clear_to_marker();
                }
                active.push_marker();
            }
            if FORMATTING.contains(&name.as_str()) {
                // A second <a> or <nobr> ends the first.
                if matches!(name.as_str(), "a" | "nobr") {
                    if let Some(at) = active.find(&name) {
                        active.remove(at);
                        stack.close(&name, &mut active);
                    }
                }
                let attributes = tag[name.len()..].trim_end_matches('>').trim();
                let key = format!("{name} {attributes}");
                let at = active.push(&name, key);
                stack.push(name, Some(at));
            } else if !self_closing && !NOT_NESTING.contains(&name.as_str()) {
                stack.push(name, None);
            }
        }
        if stack.open.len() > MAX_DEPTH {
            return Some(Refusal::TooDeep);
        }
        if active.reopened > limit {
            return Some(Refusal::TooManyReopened(limit));
        }
    }
    None
}

/// The length of raw text up to its end tag `</name` (any case), or to the end.
fn raw_text_len(bytes: &[u8], name: &[u8]) -> usize {
    let mut at = 0;
    while let Some(lt) = memchr::memchr(b'<', &bytes[at..]) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_are_not_refused() {
        let page = "<!DOCTYPE html><html><head><script>if (a<b) { x('<div>'); }</script>\
            <title>T</title></head><body><div class=\"a>b\"><p>One<p>Two<br><img src=x>\
            <ul><li>a<li>b</ul><span>x</div><!-- <div><div> --><svg><path/><path/></svg>\
            </body></html>";
        assert_eq!(refusal(page), None);
        let many_siblings = "<div><span>x</span></div>".repeat(10_000);
        assert_eq!(refusal(&many_siblings), None);
        let unclosed_spans = "<div><span>x</div>".repeat(10_000);
        assert_eq!(
            refusal(&unclosed_spans),
            None,
            "a close tag pops what it encloses"
        );
        // Old pages leave formatting open everywhere; alike elements are kept three at most.
        let sloppy = "<div><font face=Arial><b>x</div>".repeat(1_000);
        assert_eq!(refusal(&sloppy), None);
        let cells = "<table><tr><td><b id=1><i id=2>x<td><b id=3>y</table>".repeat(10_000);
        assert_eq!(
            refusal(&cells),
            None,
            "a cell's end forgets what opened in it"
        );
        let closed = (0..100_000)
            .map(|i| format!("<b id={i}>x</b>"))
            .collect::<String>();
        assert_eq!(refusal(&closed), None);
    }

    #[test]
    fn a_page_of_too_many_elements_is_refused() {
        let tiny = |n: usize| format!("<article>{}</article>", "<p>x".repeat(n));
        let limit = |n: usize| element_limit(tiny(n).len());
        // Four bytes an element: refused once they outnumber the limit the bytes allow.
        let n = 2 * MAX_ELEMENTS;
        assert_eq!(refusal(&tiny(n)), Some(Refusal::Crowded(limit(n))));
        assert_eq!(refusal(&tiny(MAX_ELEMENTS)), None);
        // Forty bytes an element, as real pages have: read, however many.
        let roomy = "<p>a sentence of thirty bytes.".repeat(4 * MAX_ELEMENTS);
        assert_eq!(refusal(&roomy), None);
    }

    #[test]
    fn deep_nesting_is_found() {
        assert_eq!(
            refusal(&"<div>".repeat(MAX_DEPTH + 1)),
            Some(Refusal::TooDeep)
        );
        assert_eq!(refusal(&"<div>".repeat(MAX_DEPTH)), None);
        assert_eq!(refusal(&"<b><i>".repeat(MAX_DEPTH)), Some(Refusal::TooDeep));
        assert_eq!(
            refusal(&"<p>".repeat(100_000)),
            None,
            "paragraphs close each other"
        );
    }

    #[test]
    fn a_page_deep_all_through_is_refused() {
        // Nine hundred levels, then a block in them again and again: each block start makes
        // the parser look down nine hundred levels.
        let deep =
            |blocks: usize| format!("{}{}", "<div>".repeat(900), "<div>x</div>".repeat(blocks));
        let page = deep(3_000);
        assert_eq!(
            refusal(&page),
            Some(Refusal::DeepThroughout(level_limit(page.len())))
        );
        assert_eq!(
            refusal(&deep(500)),
            None,
            "a deep page, but not all through"
        );
        // As deep as real pages go, and as long as the largest page read.
        let nested = "<div><section><ul><li><p><span><a href=x>a link</a> in a sentence that \
            goes on for a while, as sentences in articles do, and then some more.</span></p>\
            </li></ul></section></div>";
        let page = format!("{}{}", "<div>".repeat(30), nested.repeat(20_000));
        assert_eq!(refusal(&page), None);
    }

    #[test]
    fn a_slash_closes_no_html_element() {
        assert_eq!(
            refusal(&"<div/>".repeat(MAX_DEPTH + 1)),
            Some(Refusal::TooDeep)
        );
        assert_eq!(
            refusal(&format!("<svg>{}</svg>", "<g/>".repeat(MAX_DEPTH + 1))),
            None
        );
    }

    #[test]
    fn formatting_reopened_beyond_the_bound_is_found() {
        // Distinct <b>s left open in a <div>, then text in one <div> after another: the parser
        // copies every <b> into every later <div>.
        let open: String = (0..500).map(|i| format!("<b id={i}>")).collect();
        let page = format!(
            "<div>{open}</div>{}",
            "<div>x</div>".repeat(reopen_limit(50_000) / 400)
        );
        assert_eq!(
            refusal(&page),
            Some(Refusal::TooManyReopened(reopen_limit(page.len())))
        );
        let page = format!(
            "<div>{open}</div>{}",
            "<div>x</div>".repeat(MAX_REOPENED / 600)
        );
        assert_eq!(refusal(&page), None);
        // Inside an object they are reopened once, not in each <div>: a marker stands between.
        let divs = "<div>x</div>".repeat(reopen_limit(50_000) / 400);
        let page = format!("<div>{open}</div><object>{divs}</object>");
        assert_eq!(refusal(&page), None);
    }

    #[test]
    fn formatting_closed_with_its_paragraph_or_list_item_is_reopened() {
        let open: String = (0..500).map(|i| format!("<b id={i}>")).collect();
        let many = reopen_limit(50_000) / 400;
        // A new paragraph ends the open one, and the <b>s in it.
        let page = format!("<p>{open}{}", "<p>x".repeat(many));
        assert_eq!(
            refusal(&page),
            Some(Refusal::TooManyReopened(reopen_limit(page.len())))
        );
        // So does a block, and `</p>` itself.
        let page = format!("<p>{open}{}", "<div>x</div>".repeat(many));
        assert!(refusal(&page).is_some());
        let page = format!("<p>{open}</p>{}", "<div>x</div>".repeat(many));
        assert!(refusal(&page).is_some());
        // A new item ends the open one, in a list or a definition list.
        let page = format!("<ul><li>{open}{}</ul>", "<li>x".repeat(many));
        assert!(refusal(&page).is_some());
        let page = format!("<dl><dt>{open}{}</dl>", "<dd>x".repeat(many));
        assert!(refusal(&page).is_some());
    }

    #[test]
    fn a_paragraph_or_item_out_of_scope_is_not_ended() {
        let open: String = (0..500).map(|i| format!("<b id={i}>")).collect();
        let many = reopen_limit(50_000) / 400;
        // A button hides the paragraph from the blocks in it: the <b>s stay open.
        let page = format!("<p>{open}<button>{}", "<div>x</div>".repeat(many));
        assert_eq!(refusal(&page), None);
        // A nested list hides the outer item from the inner items.
        let page = format!("<ul><li>{open}<ol>{}</ol></ul>", "<li>x".repeat(many));
        assert_eq!(refusal(&page), None);
        // Paragraphs in list items, items in lists: what real pages do, unrefused.
        let page = "<ul><li><p><b>One</b> point.<li><p><em>Another</em> one.<p>And a third.</ul>"
            .repeat(5_000);
        assert_eq!(refusal(&page), None);
        // Old pages leave formatting open in every paragraph: copied into the next, linear.
        let sloppy =
            "<p><font face=Arial><b>A paragraph of an old page, as long as most.".repeat(20_000);
        assert_eq!(refusal(&sloppy), None);
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
            assert_eq!(refusal(odd), None, "{odd}");
        }
    }
}
