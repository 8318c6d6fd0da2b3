//! The help overlay: the keymap table as a list, and what the mouse does.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Block, Borders, Clear, Widget};

use super::app::App;
use super::draw::{put, truncate};
use super::keymap::{Context, Keymap};

const KEYS_WIDTH: usize = 17;
const MOUSE: [(&str, &str); 3] = [
    ("wheel", "scroll"),
    ("click actor", "select the speaker"),
    ("click heading", "fold / unfold"),
];

/// The lines of the overlay: (keys, what they do); a heading has empty keys.
pub fn lines(keymap: &Keymap) -> Vec<(String, String)> {
    let rows = keymap.help_rows();
    let mut out = Vec::new();
    for context in [Context::Reader, Context::Panel] {
        if context == Context::Panel {
            out.push((String::new(), "In the panel (Tab):".to_string()));
        }
        for (keys, help, c) in &rows {
            if *c == context {
                // An action the config left without keys still gets its row, not a heading's.
                let keys = if keys.is_empty() {
                    "—"
                } else {
                    keys.as_str()
                };
                out.push((keys.to_string(), (*help).to_string()));
            }
        }
    }
    out.push((String::new(), "Mouse:".to_string()));
    for (keys, help) in MOUSE {
        out.push((keys.to_string(), help.to_string()));
    }
    out
}

/// A column: keys, a space, what they do (at most 24 columns), a space.
const COLUMN: usize = KEYS_WIDTH + 1 + 24 + 1;

/// How the overlay's lines fall on a screen of `width` × `height`: the columns, the lines in
/// each, and how many of those rows fit inside the border.
fn shape(count: usize, width: u16, height: u16) -> (usize, usize, usize) {
    let inner_w = usize::from(width.saturating_sub(2));
    let columns = if count + 3 > usize::from(height) && inner_w >= 2 * COLUMN {
        2
    } else {
        1
    };
    let per_column = count.div_ceil(columns);
    let rows = usize::from(height.saturating_sub(3)).min(per_column);
    (columns, per_column, rows)
}

/// The furthest the overlay scrolls: its last line at the bottom of the screen.
pub fn max_scroll(app: &App) -> usize {
    let (_, per_column, rows) = shape(lines(app.keymap()).len(), app.width, app.height);
    per_column - rows
}

pub fn draw(buf: &mut Buffer, app: &App) {
    let theme = app.theme();
    let screen = buf.area;
    let lines = lines(app.keymap());
    let column = COLUMN;
    let (columns, per_column, rows) = shape(lines.len(), screen.width, screen.height);
    let last = per_column - rows;
    let scroll = app.help_scroll.min(last);
    let want_w = (column * columns + 2).min(usize::from(screen.width));
    let want_h = (per_column + 3).min(usize::from(screen.height));
    let area = Rect::new(
        screen.x + (screen.width - want_w as u16) / 2,
        screen.y + (screen.height - want_h as u16) / 2,
        want_w as u16,
        want_h as u16,
    );
    Clear.render(area, buf);
    let title = if last > 0 {
        " Keys · any key closes · j k scroll "
    } else {
        " Keys · any key closes "
    };
    let block = Block::default().borders(Borders::ALL).title(title);
    let inner = block.inner(area);
    block.render(area, buf);
    let col_w = (usize::from(inner.width) / columns).max(1);
    for (i, (keys, help)) in lines.iter().enumerate() {
        let (c, r) = (i / per_column, i % per_column);
        let Some(r) = r.checked_sub(scroll) else {
            continue;
        };
        let y = inner.y + r as u16;
        if y >= inner.bottom() {
            continue;
        }
        let x = inner.x + (c * col_w) as u16;
        let room = col_w.saturating_sub(1) as u16;
        if keys.is_empty() {
            let style = Style::new().add_modifier(Modifier::BOLD);
            put(buf, x, y, help, room, style);
            continue;
        }
        let k = truncate(keys, KEYS_WIDTH.min(usize::from(room)));
        put(buf, x, y, &k, room, theme.help_key());
        let hx = x + (KEYS_WIDTH as u16 + 1).min(room);
        let hroom = room.saturating_sub(KEYS_WIDTH as u16 + 1);
        put(buf, hx, y, help, hroom, Style::new());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn an_action_without_keys_keeps_its_row() {
        let (config, problems) = crate::reader::config::parse("[keys]\nnext-statement = [\"n\"]\n");
        // Taking n from search-next is applied (and said).
        assert!(problems.iter().all(|p| p.applied), "{problems:?}");
        let rows = lines(&config.keymap);
        let row = rows
            .iter()
            .find(|(_, help)| help == "next match")
            .expect("the row of search-next");
        assert_eq!(row.0, "—");
    }

    #[test]
    fn every_row_fits_its_column() {
        for (keys, help) in lines(&Keymap::default()) {
            assert!(keys.width() <= KEYS_WIDTH, "{keys}");
            assert!(keys.is_empty() || help.width() <= 24, "{help}");
        }
    }
}
