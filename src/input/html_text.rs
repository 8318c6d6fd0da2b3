//! An HTML tree as article text: a block a paragraph, headings as Markdown `##` lines, list items
//! with a bullet, block quotes as their paragraphs. What is not text (scripts, styles, forms,
//! navigation, hidden elements) is left out. The walk keeps its own stack, so deeply nested markup
//! cannot overflow the program's.

use dom_query::NodeRef;

use super::blocks::TextBlock;
use super::links::{self, Marks};

/// Elements that hold no article text, or hold page furniture rather than the article.
const SKIPPED: &[&str] = &[
    "head", "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "button",
    "select", "input", "textarea", "label", "svg", "math", "iframe", "object", "embed", "canvas",
    "video", "audio", "picture", "img", "map", "dialog", "menu",
];

/// Elements that end the text before them and start a new block.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "blockquote",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "pre",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "figure",
    "figcaption",
    "address",
    "hr",
    "details",
    "summary",
    "center",
    "body",
    "html",
];

/// The article's blocks under `root`, in document order, with the words of its links between
/// marks (see `links`), and the links' addresses by number.
pub fn blocks(root: &NodeRef) -> (Vec<TextBlock>, Vec<String>) {
    let mut out = Collector::default();
    let mut stack = vec![Step::Enter(*root)];
    while let Some(step) = stack.pop() {
        match step {
            Step::Enter(node) => {
                if node.is_text() {
                    out.text(&node.text());
                    continue;
                }
                if node.is_comment() || node.is_doctype() {
                    continue;
                }
                let name = node.node_name().map(|n| n.to_ascii_lowercase());
                let name = name.as_deref().unwrap_or("");
                if node.is_element() && (SKIPPED.contains(&name) || is_hidden(&node)) {
                    continue;
                }
                out.open(name);
                if name == "a" {
                    if let Some(href) = node.attr("href") {
                        out.marks.open(&href, &mut out.current);
                    }
                }
                stack.push(Step::Leave(node));
                let children = node.children();
                stack.extend(children.into_iter().rev().map(Step::Enter));
            }
            Step::Leave(node) => {
                let name = node.node_name().map(|n| n.to_ascii_lowercase());
                let name = name.as_deref().unwrap_or("");
                if name == "a" {
                    out.marks.close(&mut out.current);
                }
                out.close(name);
            }
        }
    }
    out.flush();
    let urls = out.marks.urls().to_vec();
    (out.blocks, urls)
}

enum Step<'a> {
    Enter(NodeRef<'a>),
    Leave(NodeRef<'a>),
}

/// Hidden by the page itself: `hidden`, `aria-hidden="true"` or an inline `display: none`. Cookie
/// banners and consent dialogs are often kept in the page this way until a script shows them.
fn is_hidden(node: &NodeRef) -> bool {
    if node.has_attr("hidden") {
        return true;
    }
    if node
        .attr("aria-hidden")
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return true;
    }
    node.attr("style").is_some_and(|style| {
        let style: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        style.contains("display:none") || style.contains("visibility:hidden")
    })
}

fn heading_level(name: &str) -> Option<u8> {
    match name {
        "h1" => Some(1),
        "h2" => Some(2),
        "h3" => Some(3),
        "h4" => Some(4),
        "h5" => Some(5),
        "h6" => Some(6),
        _ => None,
    }
}

/// Gathers inline text and cuts it into blocks where block elements begin and end.
#[derive(Default)]
struct Collector {
    blocks: Vec<TextBlock>,
    /// The inline text of the block being read, white space already collapsed.
    current: String,
    /// Open list items, to put a bullet before each item's first words.
    bullet_pending: bool,
    /// Open `<figure>` and `<figcaption>` elements: a heading inside one is a caption, no
    /// section's heading.
    in_figure: usize,
    /// The links met.
    marks: Marks,
}

impl Collector {
    /// Inline text, white space collapsed as if the links' marks were not there; a space or
    /// bullet that comes where a link opens goes before its mark.
    fn text(&mut self, s: &str) {
        for c in s.chars() {
            if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c') {
                let words = self.current.trim_end_matches(links::is_mark);
                if !words.is_empty() && !words.ends_with([' ', '\n']) {
                    let at = links::insertion_point(&self.current);
                    self.current.insert(at, ' ');
                }
            } else {
                if self.bullet_pending {
                    let at = links::insertion_point(&self.current);
                    self.current.insert_str(at, "• ");
                    self.bullet_pending = false;
                }
                self.current.push(links::clean(c));
            }
        }
    }

    fn open(&mut self, name: &str) {
        if matches!(name, "figure" | "figcaption") {
            self.in_figure += 1;
        }
        match name {
            "br" => {
                let trimmed = self.current.trim_end_matches(' ').len();
                self.current.truncate(trimmed);
                if !self.current.is_empty() {
                    self.current.push('\n');
                }
            }
            "li" => {
                self.flush();
                self.bullet_pending = true;
            }
            "td" | "th" if !self.current.is_empty() && !self.current.ends_with(' ') => {
                self.current.push(' ');
            }
            _ if heading_level(name).is_some() || BLOCKS.contains(&name) => self.flush(),
            _ => {}
        }
    }

    fn close(&mut self, name: &str) {
        if matches!(name, "figure" | "figcaption") {
            self.in_figure = self.in_figure.saturating_sub(1);
        }
        if heading_level(name).is_some() && self.in_figure > 0 {
            self.flush();
        } else if let Some(level) = heading_level(name) {
            let words = self
                .current
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            self.current.clear();
            if !words.is_empty() {
                self.blocks.push(TextBlock::Heading(level, words));
            }
        } else if name == "li" || BLOCKS.contains(&name) {
            self.flush();
        }
    }

    /// Ends the block being read: blank lines inside it go (a blank line would split it), and
    /// each line loses the spaces at its ends.
    fn flush(&mut self) {
        self.bullet_pending = false;
        if self.current.is_empty() {
            return;
        }
        let lines: Vec<&str> = self
            .current
            .split('\n')
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        if !lines.is_empty() {
            self.blocks.push(TextBlock::Paragraph(lines.join("\n")));
        }
        self.current.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dom_query::Document;

    fn of(html: &str) -> Vec<TextBlock> {
        let doc = Document::from(html);
        blocks(&doc.root()).0
    }

    fn para(s: &str) -> TextBlock {
        TextBlock::Paragraph(s.into())
    }

    #[test]
    fn a_heading_in_a_figure_is_its_caption_not_a_section() {
        let blocks = of("<h2>Die Lage</h2><p>Eins.</p><figure><img src=x>\
            <figcaption><h3>Demonstranten in Kiew</h3>Foto: dpa</figcaption></figure><p>Zwei.</p>");
        assert_eq!(
            blocks,
            [
                TextBlock::Heading(2, "Die Lage".into()),
                para("Eins."),
                para("Demonstranten in Kiew"),
                para("Foto: dpa"),
                para("Zwei."),
            ]
        );
    }

    #[test]
    fn paragraphs_headings_and_inline_markup() {
        let got =
            of("<h2>Die  Lage</h2><p>Er <b>sagte</b>:\n  <a href=x>„Gut“</a>.</p><p>Zwei</p>");
        assert_eq!(
            got,
            vec![
                TextBlock::Heading(2, "Die Lage".into()),
                para("Er sagte: „Gut“."),
                para("Zwei")
            ]
        );
    }

    #[test]
    fn block_quotes_lists_and_line_breaks() {
        let got = of("<blockquote><p>“We stay,” she said.</p></blockquote>\
             <ul><li>One <i>item</i></li><li>Two</li></ul><p>a<br>b<br><br>c</p>");
        assert_eq!(
            got,
            vec![
                para("“We stay,” she said."),
                para("• One item"),
                para("• Two"),
                para("a\nb\nc")
            ]
        );
    }

    #[test]
    fn scripts_forms_and_hidden_elements_are_left_out() {
        let got = of(
            "<p>Text</p><script>var x = '<p>no</p>';</script><style>p{}</style>\
             <div hidden>Cookies?</div><div style=\"DISPLAY: none\">Ads</div>\
             <div aria-hidden=\"true\">x</div><form><p>Sign up</p></form><p>More</p>",
        );
        assert_eq!(got, vec![para("Text"), para("More")]);
    }

    #[test]
    fn text_in_a_div_between_blocks_is_a_block() {
        let got = of("<div>Lead words<p>Para</p>tail words</div>");
        assert_eq!(
            got,
            vec![para("Lead words"), para("Para"), para("tail words")]
        );
    }

    #[test]
    fn deep_nesting_does_not_overflow_the_stack() {
        let depth = 900;
        let html = format!(
            "{}deep{}",
            "<div><span>".repeat(depth),
            "</span></div>".repeat(depth)
        );
        assert_eq!(of(&html), vec![para("deep")]);
    }

    #[test]
    fn control_characters_stay_for_sanitize_to_show() {
        // Entities can smuggle an ESC into text; it stays in the text, and `sanitize` shows it.
        let got = of("<p>a&#27;[31mb</p>");
        assert_eq!(got, vec![para("a\u{1b}[31mb")]);
    }
}
