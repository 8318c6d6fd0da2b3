//! The first screen, while the analysis is still running: the article's text from where the reader
//! will open it, wrapped in the column where the reader will draw it, and "reading who says what…"
//! in the status line. A novel takes a tenth of a second to analyse; its first page is there at
//! once, as in `less`, and takes its colours when the analysis is done.

use ratatui::Frame;

use super::app::Options;
use super::draw::put;
use super::geometry::arrange;
use super::wrap;

/// What the first screen shows.
pub struct Preview {
    pub name: String,
    /// The article's text, or of a long one the part around `from` that a screen can show.
    pub text: String,
    /// The byte offset in `text` to show first (a remembered place); the line it is in starts
    /// the screen.
    pub from: usize,
    pub options: Options,
}

/// How much text after the place to show a preview holds: more than any screen shows.
const WINDOW_BYTES: usize = 256 * 1024;

impl Preview {
    /// The preview of `text` from byte `from`, holding a copy of only the part a screen can show
    /// (from the start of the paragraph's line on), so that a novel is not copied before its
    /// first page is drawn.
    pub fn new(name: &str, text: &str, from: usize, options: Options) -> Preview {
        let mut from = from.min(text.len());
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let start = text[..from].rfind('\n').map_or(0, |i| i + 1);
        let mut end = (from + WINDOW_BYTES).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        Preview {
            name: name.to_string(),
            text: text[start..end].to_string(),
            from: from - start,
            options,
        }
    }

    /// The screen's lines as byte ranges of the text, `None` for a blank line: the paragraphs
    /// (runs of non-empty lines, wrapped as one, as the reader does) from the line that holds
    /// `from` on, one blank line between them, at most `rows` lines.
    pub fn lines(&self, width: usize, rows: usize) -> Vec<Option<(usize, usize)>> {
        let text = self.text.as_str();
        let mut from = self.from.min(text.len());
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let mut at = text[..from].rfind('\n').map_or(0, |i| i + 1);
        let mut out: Vec<Option<(usize, usize)>> = Vec::with_capacity(rows);
        let mut paragraph: Option<(usize, usize)> = None;
        let flush = |paragraph: &mut Option<(usize, usize)>, out: &mut Vec<_>| {
            if let Some((start, end)) = paragraph.take() {
                if !out.is_empty() {
                    out.push(None);
                }
                // No more of a long paragraph than the screen can show (a 10 MB line is wrapped
                // in full only by the reader's layout).
                let mut end = end.min(start + (rows + 1) * (width + 1) * 8);
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                out.extend(wrap::wrap(text, start, end, width).into_iter().map(Some));
            }
        };
        while out.len() < rows && at < text.len() {
            let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
            let line = text[at..end].trim_end();
            if line.trim().is_empty() {
                flush(&mut paragraph, &mut out);
            } else {
                let line_end = at + line.len();
                paragraph = Some(paragraph.map_or((at, line_end), |(start, _)| (start, line_end)));
            }
            at = end + 1;
        }
        flush(&mut paragraph, &mut out);
        out.truncate(rows);
        out
    }
}

/// Draws the preview: the text in the reader's column, and the status line.
pub fn draw_preview(frame: &mut Frame, preview: &Preview) {
    let area = frame.area();
    let g = arrange(area.width, area.height, &preview.options.arrangement());
    let theme = preview.options.theme;
    let buf = frame.buffer_mut();
    let lines = preview.lines(usize::from(g.text_width), usize::from(g.article.height));
    for (row, line) in lines.iter().enumerate() {
        let Some((start, end)) = *line else { continue };
        let y = g.article.y + row as u16;
        put(
            buf,
            g.text_x,
            y,
            &shown(&preview.text[start..end]),
            g.text_width,
            ratatui::style::Style::new(),
        );
    }
    let status = g.status;
    if status.height > 0 {
        let file = preview.name.rsplit('/').next().unwrap_or(&preview.name);
        let text = format!(
            " {} │ reading who says what…",
            super::draw::truncate(&crate::input::sanitize_line(file), 24)
        );
        put(
            buf,
            status.x,
            status.y,
            &format!("{text:<width$}", width = usize::from(status.width)),
            status.width,
            theme.status(),
        );
    }
}

/// A line of text as the reader draws it: tabs to their stops, every character made harmless.
fn shown(body: &str) -> String {
    let mut col = 0;
    let mut out = String::with_capacity(body.len());
    for (_, g) in wrap::graphemes(body) {
        if wrap::is_space(g) {
            let w = wrap::space_width(g, col);
            col += w;
            out.extend(std::iter::repeat_n(' ', w));
        } else {
            col += wrap::width_of(g);
            out.push_str(&wrap::shown(g));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::{draw, App};
    use ratatui::backend::TestBackend;
    use ratatui::Terminal;

    const TEXT: &str = "A title\n\nThe first paragraph is long enough to be wrapped on a narrow screen, and it goes on.\n\n\n\nA heading\n\nThe second paragraph\tholds a tab and a „quotation“, sagte sie.\n";

    fn screen(draw: impl FnOnce(&mut Frame)) -> Vec<String> {
        let mut terminal = Terminal::new(TestBackend::new(70, 14)).expect("terminal");
        terminal.draw(draw).expect("frame");
        let buf = terminal.backend().buffer().clone();
        (0..buf.area.height)
            .map(|y| {
                (0..buf.area.width)
                    .map(|x| buf[(x, y)].symbol().to_string())
                    .collect::<String>()
            })
            .collect()
    }

    #[test]
    fn the_preview_shows_the_words_where_the_reader_will() {
        let preview = Preview {
            name: "dir/article.txt".into(),
            text: TEXT.into(),
            from: 0,
            options: Options::default(),
        };
        let before = screen(|f| draw_preview(f, &preview));
        let analysis = crate::analyze(TEXT, &crate::Options::default());
        let app = App::new(
            "article.txt",
            TEXT.into(),
            analysis,
            Options::default(),
            (70, 14),
        );
        let after = screen(|f| draw(f, &app));
        let g = app.geometry();
        let column = |row: &String| -> String {
            row.chars()
                .skip(usize::from(g.text_x))
                .take(usize::from(g.text_width))
                .collect::<String>()
                .trim_end()
                .to_string()
        };
        let rows = usize::from(g.article.height);
        let text_before: Vec<String> = before.iter().take(rows).map(column).collect();
        let text_after: Vec<String> = after.iter().take(rows).map(column).collect();
        assert!(
            text_before.iter().any(|r| r.contains("holds a tab")),
            "{text_before:#?}"
        );
        assert_eq!(text_before, text_after);
        assert!(before[13].contains("article.txt") && before[13].contains("reading"));
    }

    #[test]
    fn a_remembered_place_opens_the_preview_at_its_line() {
        let from = TEXT.find("second paragraph").expect("in the text");
        let preview = Preview::new("a.txt", TEXT, from, Options::default());
        // It holds the text from the place's line on, not the whole article.
        assert!(preview.text.starts_with("The second paragraph"));
        let lines = preview.lines(40, 5);
        let (start, _) = lines[0].expect("a text line");
        assert!(preview.text[start..].starts_with("The second paragraph"));
        // Past the end, or inside a character, is no place to panic.
        let inside = TEXT.find('„').expect("mark") + 1;
        let odd = Preview::new("a.txt", TEXT, inside, Options::default());
        assert!(odd.lines(40, 5)[0].is_some());
        let past = Preview::new("a.txt", TEXT, 10_000, Options::default());
        assert!(past.lines(40, 5).len() <= 5);
    }
}
