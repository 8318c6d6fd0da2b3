//! Article text as the analysis reads it, put together from blocks: the title on the first line as
//! a Markdown `#` heading, subheadings as `##` lines, a blank line between blocks. HTML and Markdown
//! input both end here, so both read alike.

/// One block of article text, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextBlock {
    /// A heading of level 1 to 6; its words on one line.
    Heading(u8, String),
    /// A paragraph, a block quote's paragraph, a list item or a table row; lines kept where the
    /// source broke them.
    Paragraph(String),
}

/// The article's text. A first heading that repeats the title is dropped; without a title, a
/// first heading becomes it. Blocks never hold a blank line (that would split them).
pub fn compose(title: Option<&str>, body: Vec<TextBlock>) -> String {
    let title = title.map(one_line).filter(|t| !t.is_empty());
    let mut parts: Vec<String> = Vec::with_capacity(body.len() + 1);
    if let Some(t) = &title {
        parts.push(format!("# {t}"));
    }
    for (i, block) in body.into_iter().enumerate() {
        match block {
            TextBlock::Heading(_, words) => {
                let words = one_line(&words);
                let same_as_title =
                    || title.as_deref() == Some(&*super::links::without_marks(&words));
                if words.is_empty() || (i == 0 && same_as_title()) {
                    continue;
                }
                let marks = if parts.is_empty() { "#" } else { "##" };
                parts.push(format!("{marks} {words}"));
            }
            TextBlock::Paragraph(p) => {
                let lines: Vec<&str> = p.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
                if !lines.is_empty() {
                    parts.push(lines.join("\n"));
                }
            }
        }
    }
    let mut text = parts.join("\n\n");
    if !text.is_empty() {
        text.push('\n');
    }
    text
}

/// White space collapsed to single spaces, ends trimmed.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(s: &str) -> TextBlock {
        TextBlock::Paragraph(s.into())
    }

    #[test]
    fn the_headline_is_not_repeated() {
        let text = compose(
            Some("Big  news"),
            vec![
                TextBlock::Heading(1, "Big news".into()),
                para("Text."),
                TextBlock::Heading(3, "More".into()),
            ],
        );
        assert_eq!(text, "# Big news\n\nText.\n\n## More\n");
    }

    #[test]
    fn without_a_title_the_first_heading_is_it() {
        let text = compose(None, vec![TextBlock::Heading(2, "Head".into()), para("a")]);
        assert_eq!(text, "# Head\n\na\n");
    }

    #[test]
    fn blank_lines_inside_a_block_go() {
        let text = compose(None, vec![para("a\n \n\nb"), para("  ")]);
        assert_eq!(text, "a\nb\n");
    }

    #[test]
    fn nothing_is_empty_text() {
        assert_eq!(compose(None, Vec::new()), "");
        assert_eq!(compose(Some(" "), Vec::new()), "");
    }
}
