//! A Markdown article as text: headings stay `#` lines (the analysis reads them as title and
//! subheadings), emphasis, links and images are reduced to their words, block quotes and list items
//! become paragraphs of their own, inline HTML is dropped, a paragraph wrapped over several lines
//! becomes one line (a hard break, two spaces or a backslash at a line's end, stays). pulldown-cmark parses in linear time.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use super::blocks::{compose, TextBlock};

/// The article's text.
pub fn to_text(markdown: &str) -> String {
    let mut blocks: Vec<TextBlock> = Vec::new();
    let mut current = String::new();
    // Inside an image its alt text is no part of the article.
    let mut image_depth = 0usize;
    let mut heading: Option<u8> = None;
    let mut bullet_pending = false;
    let flush = |current: &mut String, blocks: &mut Vec<TextBlock>| {
        if !current.trim().is_empty() {
            blocks.push(TextBlock::Paragraph(std::mem::take(current)));
        }
        current.clear();
    };
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Image { .. }) => image_depth += 1,
            Event::End(TagEnd::Image) => image_depth = image_depth.saturating_sub(1),
            _ if image_depth > 0 => {}
            Event::Start(Tag::Heading { level, .. }) => {
                flush(&mut current, &mut blocks);
                heading = Some(level_number(level));
            }
            Event::End(TagEnd::Heading(_)) => {
                let level = heading.take().unwrap_or(1);
                blocks.push(TextBlock::Heading(level, std::mem::take(&mut current)));
            }
            Event::Start(Tag::Item) => {
                flush(&mut current, &mut blocks);
                bullet_pending = true;
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
            | Event::Rule => flush(&mut current, &mut blocks),
            Event::Text(t) | Event::Code(t) => {
                if bullet_pending {
                    current.push_str("• ");
                    bullet_pending = false;
                }
                current.push_str(&t);
            }
            // A soft break is how the file was wrapped, not where the author broke the line.
            Event::SoftBreak => current.push(' '),
            Event::HardBreak => current.push('\n'),
            _ => {}
        }
    }
    flush(&mut current, &mut blocks);
    compose(None, blocks)
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
            to_text(md),
            "# The big news\n\nShe said: “We stay.”\n\n## Reactions\n\nMore.\n"
        );
    }

    #[test]
    fn block_quotes_and_lists_are_paragraphs() {
        let md = "Intro.\n\n> “We stay,” she said.\n> Then she left.\n\n- one\n- two\n";
        assert_eq!(
            to_text(md),
            "Intro.\n\n“We stay,” she said. Then she left.\n\n• one\n\n• two\n"
        );
    }

    #[test]
    fn setext_headings_images_and_html_go_to_words() {
        let md = "Title\n=====\n\nText ![a photo](p.jpg) <span>on</span>.\n\nSub\n---\n\nEnd.";
        assert_eq!(to_text(md), "# Title\n\nText  on.\n\n## Sub\n\nEnd.\n");
    }

    #[test]
    fn control_characters_are_left_for_sanitize() {
        assert_eq!(to_text("a \u{1b}[31m b"), "a \u{1b}[31m b\n");
    }
}
