//! A Markdown article as text: headings stay `#` lines (the analysis reads them as title and
//! subheadings), emphasis, links and images are reduced to their words, block quotes and list items
//! become paragraphs of their own, inline HTML is dropped, a paragraph wrapped over several lines
//! becomes one line (a hard break, two spaces or a backslash at a line's end, stays). pulldown-cmark parses in linear time.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use super::blocks::{compose, TextBlock};
use super::links::{self, unmark, Link, Marks};

/// A paragraph (a run of lines with no blank line) longer than this is taken as plain text, not
/// parsed: prose never runs so long without a break, and the parser keeps a node for every
/// bracket, backtick or asterisk of a paragraph (170 bytes for each of ten million `[`).
pub const MAX_PARAGRAPH_BYTES: usize = 64 * 1024;

/// A document longer than this is parsed in pieces of about this size, cut at blank lines outside
/// fenced code and before an unindented line, so that the parser's memory stays bounded. A link
/// whose reference is defined in another piece then keeps its brackets.
pub const PIECE_BYTES: usize = 256 * 1024;

/// The article's text, and its links.
pub fn to_text(markdown: &str) -> (String, Vec<Link>) {
    let mut text = Collector::default();
    for piece in pieces(markdown) {
        match piece {
            Piece::Markdown(md) => text.feed(Parser::new(md)),
            Piece::Plain(words) => {
                text.flush();
                let words = words.chars().map(links::clean).collect();
                text.blocks.push(TextBlock::Paragraph(words));
            }
        }
    }
    text.flush();
    unmark(&compose(None, text.blocks), text.marks.urls())
}

/// The blocks of text the parser's events make.
#[derive(Default)]
struct Collector {
    blocks: Vec<TextBlock>,
    current: String,
    /// Inside an image its alt text is no part of the article.
    image_depth: usize,
    heading: Option<u8>,
    bullet_pending: bool,
    /// The links met.
    marks: Marks,
}

impl Collector {
    fn flush(&mut self) {
        if !self.current.trim().is_empty() {
            self.blocks
                .push(TextBlock::Paragraph(std::mem::take(&mut self.current)));
        }
        self.current.clear();
    }

    fn feed<'a>(&mut self, events: impl Iterator<Item = Event<'a>>) {
        for event in events {
            match event {
                Event::Start(Tag::Image { .. }) => self.image_depth += 1,
                Event::End(TagEnd::Image) => {
                    self.image_depth = self.image_depth.saturating_sub(1);
                }
                _ if self.image_depth > 0 => {}
                Event::Start(Tag::Heading { level, .. }) => {
                    self.flush();
                    self.heading = Some(level_number(level));
                }
                Event::End(TagEnd::Heading(_)) => {
                    let level = self.heading.take().unwrap_or(1);
                    let words = std::mem::take(&mut self.current);
                    self.blocks.push(TextBlock::Heading(level, words));
                }
                Event::Start(Tag::Item) => {
                    self.flush();
                    self.bullet_pending = true;
                }
                Event::Start(
                    Tag::Paragraph | Tag::BlockQuote(_) | Tag::CodeBlock(_) | Tag::List(_),
                )
                | Event::End(
                    TagEnd::Paragraph
                    | TagEnd::BlockQuote(_)
                    | TagEnd::CodeBlock
                    | TagEnd::List(_)
                    | TagEnd::Item,
                )
                | Event::Rule => self.flush(),
                Event::Start(Tag::Link { dest_url, .. }) => {
                    self.marks.open(&dest_url, &mut self.current);
                }
                Event::End(TagEnd::Link) => self.marks.close(&mut self.current),
                Event::Text(t) | Event::Code(t) => {
                    if self.bullet_pending {
                        // Before a link's mark, so that the bullet is no word of the link.
                        let at = links::insertion_point(&self.current);
                        self.current.insert_str(at, "• ");
                        self.bullet_pending = false;
                    }
                    self.current.extend(t.chars().map(links::clean));
                }
                // A soft break is how the file was wrapped, not where the author broke the line.
                Event::SoftBreak => self.current.push(' '),
                Event::HardBreak => self.current.push('\n'),
                _ => {}
            }
        }
    }
}

/// A piece of a Markdown document: Markdown to parse, or a paragraph too long to parse.
#[derive(Debug, PartialEq, Eq)]
enum Piece<'a> {
    Markdown(&'a str),
    Plain(&'a str),
}

/// Cuts a document into pieces (see `PIECE_BYTES`, `MAX_PARAGRAPH_BYTES`); a document of
/// ordinary size is one piece.
fn pieces(markdown: &str) -> Vec<Piece<'_>> {
    if markdown.len() <= PIECE_BYTES {
        return vec![Piece::Markdown(markdown)];
    }
    let mut out = Vec::new();
    // Where the current Markdown piece starts, and the fence it is inside, if any.
    let mut piece_start = 0;
    let mut fence: Option<(u8, usize)> = None;
    let mut at = 0;
    while at < markdown.len() {
        // One paragraph: the lines up to a blank line.
        let para_start = at;
        let mut para_fenced = false;
        while at < markdown.len() {
            let end = line_end(markdown, at);
            let line = &markdown[at..end];
            if line.trim().is_empty() && fence.is_none() {
                break;
            }
            fence = next_fence(fence, line);
            para_fenced |= fence.is_some();
            at = end;
        }
        let para_end = at;
        // The blank lines after it.
        while at < markdown.len() {
            let end = line_end(markdown, at);
            if !markdown[at..end].trim().is_empty() {
                break;
            }
            at = end;
        }
        if para_end - para_start > MAX_PARAGRAPH_BYTES && !para_fenced {
            if piece_start < para_start {
                out.push(Piece::Markdown(&markdown[piece_start..para_start]));
            }
            out.push(Piece::Plain(&markdown[para_start..para_end]));
            piece_start = at;
            continue;
        }
        let next_unindented = markdown[at..].starts_with(|c: char| !c.is_whitespace());
        if at - piece_start >= PIECE_BYTES && fence.is_none() && next_unindented {
            out.push(Piece::Markdown(&markdown[piece_start..at]));
            piece_start = at;
        }
    }
    if piece_start < markdown.len() {
        out.push(Piece::Markdown(&markdown[piece_start..]));
    }
    out
}

/// Where the line that starts at `at` ends, its line end included.
fn line_end(s: &str, at: usize) -> usize {
    memchr::memchr(b'\n', &s.as_bytes()[at..]).map_or(s.len(), |i| at + i + 1)
}

/// The fence a code block is inside after `line`: a line of three or more backticks or tildes
/// (indented at most three spaces) opens one, and a line of at least as many of the same closes it.
fn next_fence(fence: Option<(u8, usize)>, line: &str) -> Option<(u8, usize)> {
    let trimmed = line.trim_start_matches(' ');
    if line.len() - trimmed.len() > 3 {
        return fence;
    }
    let mark = match trimmed.as_bytes().first() {
        Some(&m @ (b'`' | b'~')) => m,
        _ => return fence,
    };
    let run = trimmed.bytes().take_while(|b| *b == mark).count();
    if run < 3 {
        return fence;
    }
    match fence {
        None => Some((mark, run)),
        Some((m, n)) if m == mark && run >= n && trimmed[run..].trim().is_empty() => None,
        open => open,
    }
}

fn level_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_emphasis_and_links_become_plain_text() {
        let md = "# The *big* news\n\nShe said: **“We [stay](https://x.org).”**\n\n## Reactions\n\nMore.\n";
        assert_eq!(
            to_text(md).0,
            "# The big news\n\nShe said: “We stay.”\n\n## Reactions\n\nMore.\n"
        );
    }

    #[test]
    fn block_quotes_and_lists_are_paragraphs() {
        let md = "Intro.\n\n> “We stay,” she said.\n> Then she left.\n\n- one\n- two\n";
        assert_eq!(
            to_text(md).0,
            "Intro.\n\n“We stay,” she said. Then she left.\n\n• one\n\n• two\n"
        );
    }

    #[test]
    fn setext_headings_images_and_html_go_to_words() {
        let md = "Title\n=====\n\nText ![a photo](p.jpg) <span>on</span>.\n\nSub\n---\n\nEnd.";
        assert_eq!(to_text(md).0, "# Title\n\nText  on.\n\n## Sub\n\nEnd.\n");
    }

    #[test]
    fn a_long_document_is_parsed_in_pieces_that_read_as_the_whole() {
        let para = "She said: **“We [stay](https://x.org).”**\n\n";
        let mut md = String::from("# Title\n\n");
        md.push_str("```\ncode\n\n\nmore code\n```\n\n");
        while md.len() < 3 * PIECE_BYTES {
            md.push_str(para);
            md.push_str("- item\n\n  still the item\n\n");
        }
        let pieces = pieces(&md);
        assert!(pieces.len() >= 3, "{}", pieces.len());
        let mut whole = Collector::default();
        whole.feed(Parser::new(&md));
        whole.flush();
        let (text, links) = to_text(&md);
        assert_eq!(
            (text.clone(), links.clone()),
            unmark(&compose(None, whole.blocks), whole.marks.urls())
        );
        // Every link of every piece, each on its word.
        assert_eq!(links.len(), md.matches("](https://x.org)").count());
        assert!(links.iter().all(|l| l.span.slice(&text) == "stay"));
    }

    #[test]
    fn a_paragraph_too_long_to_parse_is_kept_as_plain_text() {
        let brackets = "[".repeat(MAX_PARAGRAPH_BYTES + 1);
        let md = format!("# T\n\n{}\n\n**After.**\n", brackets).repeat(3);
        let text = to_text(&md).0;
        assert_eq!(text.matches(&brackets).count(), 3, "no text lost");
        assert!(text.contains("\n\nAfter.\n"), "Markdown around it is read");
        // Inside a fence, a long run is code, and read as such.
        let fenced = format!("```\n{}\n```\n", "`` x ".repeat(MAX_PARAGRAPH_BYTES));
        assert_eq!(
            pieces(&fenced.repeat(4))
                .iter()
                .filter(|p| matches!(p, Piece::Plain(_)))
                .count(),
            0
        );
    }

    #[test]
    fn control_characters_are_left_for_sanitize() {
        assert_eq!(to_text("a \u{1b}[31m b").0, "a \u{1b}[31m b\n");
    }
}
