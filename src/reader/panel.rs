//! The actors panel: who speaks, how much, where; the selected speaker's statements below them.
//! Rows, scrolling and hit-testing live here so drawing and the mouse agree.

use ratatui::layout::Rect;

use super::app::{App, Focus};
use super::geometry::PanelSide;
use super::nav;

/// Lines above the first row: the title and a legend.
pub const HEADER: u16 = 2;
/// Lines a speaker takes: name and count, role, share of words and where they speak.
pub const SPEAKER_LINES: u16 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// An entry of `stats.speakers`.
    Speaker(usize),
    /// A statement of the selected speaker: (speaker, statement index).
    Statement(usize, usize),
}

impl Row {
    pub fn height(self) -> u16 {
        match self {
            Row::Speaker(_) => SPEAKER_LINES,
            Row::Statement(..) => 1,
        }
    }
}

/// Every speaker; the selected one followed by their statements.
pub fn rows(app: &App) -> Vec<Row> {
    let mut rows = Vec::new();
    for (i, sp) in app.stats.speakers.iter().enumerate() {
        rows.push(Row::Speaker(i));
        if app.selected == Some(i) {
            rows.extend(sp.statements.iter().map(|&st| Row::Statement(i, st)));
        }
    }
    rows
}

/// The panel's columns less its rule and a space: (x, width), and the rule's column. The rule is
/// on the edge next to the article.
pub fn columns(panel: Rect, side: PanelSide) -> (u16, u16, u16) {
    match side {
        PanelSide::Right => {
            let x = panel.x.saturating_add(2).min(panel.right());
            (x, panel.right() - x, panel.x)
        }
        PanelSide::Left => {
            let x = panel.x.saturating_add(1).min(panel.right());
            let rule = panel.right().saturating_sub(1);
            (x, rule.saturating_sub(1).saturating_sub(x), rule)
        }
    }
}

/// Where the rows go: the panel less its rule and header.
pub fn body(panel: Rect, side: PanelSide) -> Rect {
    let (x, width, _) = columns(panel, side);
    Rect::new(
        x,
        panel.y.saturating_add(HEADER).min(panel.bottom()),
        width,
        panel.height.saturating_sub(HEADER),
    )
}

/// The first row shown: the least scrolling that keeps the cursor's row in view.
pub fn first_row(rows: &[Row], cursor: usize, height: u16) -> usize {
    let cursor = cursor.min(rows.len().saturating_sub(1));
    let mut first = cursor;
    let mut used = rows.get(cursor).map_or(0, |r| r.height());
    while first > 0 {
        let above = rows[first - 1].height();
        if used + above > height {
            break;
        }
        used += above;
        first -= 1;
    }
    first
}

/// The rows on screen with the line each starts at.
pub fn placed(app: &App, panel: Rect) -> Vec<(Row, usize, u16)> {
    let rows = rows(app);
    let area = body(panel, app.geometry().panel_side);
    let mut y = area.y;
    let mut out = Vec::new();
    if rows.is_empty() {
        return out;
    }
    for (i, row) in rows
        .iter()
        .enumerate()
        .skip(first_row(&rows, app.panel_cursor, area.height))
    {
        if y >= area.bottom() {
            break;
        }
        out.push((*row, i, y));
        y = y.saturating_add(row.height());
    }
    out
}

/// The row (and its index) under a screen line of the panel.
pub fn row_at(app: &App, panel: Rect, y: u16) -> Option<(Row, usize)> {
    placed(app, panel)
        .into_iter()
        .find(|(row, _, top)| y >= *top && y < top + row.height())
        .map(|(row, i, _)| (row, i))
}

/// Moves the panel's cursor; landing on a speaker selects (and expands) them.
pub fn move_cursor(app: &mut App, down: bool) {
    let rows = rows(app);
    if rows.is_empty() {
        return;
    }
    let cursor = app.panel_cursor.min(rows.len() - 1);
    let next = if down {
        (cursor + 1).min(rows.len() - 1)
    } else {
        cursor.saturating_sub(1)
    };
    set_cursor(app, &rows, next);
}

fn set_cursor(app: &mut App, rows: &[Row], index: usize) {
    match rows.get(index) {
        Some(Row::Speaker(sp)) if app.selected != Some(*sp) => nav::select_speaker(app, *sp),
        Some(_) => app.panel_cursor = index,
        None => {}
    }
}

pub fn enter(app: &mut App) {
    let rows = rows(app);
    match rows.get(app.panel_cursor) {
        Some(Row::Statement(_, st)) => nav::jump_to(app, *st),
        Some(Row::Speaker(sp)) => {
            app.selected = Some(*sp);
            nav::next_of_speaker(app, true);
            // At the last statement, Enter starts over at the speaker's first.
            if app.message.is_some() {
                if let Some(first) = app.stats.speakers[*sp].statements.first().copied() {
                    app.message = None;
                    nav::jump_to(app, first);
                }
            }
        }
        None => {}
    }
}

/// A click in the panel: on a speaker selects them, on a statement goes there.
pub fn click(app: &mut App, panel: Rect, y: u16) {
    app.focus = Focus::Panel;
    let Some((row, index)) = row_at(app, panel, y) else {
        return;
    };
    match row {
        Row::Speaker(sp) => {
            if app.selected == Some(sp) {
                app.panel_cursor = index;
            } else {
                nav::select_speaker(app, sp);
            }
        }
        Row::Statement(_, st) => {
            app.panel_cursor = index;
            nav::jump_to(app, st);
        }
    }
}

/// The first words of a statement, on one line, made harmless.
pub fn first_words(app: &App, statement: usize) -> String {
    let Some(st) = app.analysis.statements.get(statement) else {
        return String::new();
    };
    let text = st.spans.first().map_or("", |s| s.slice(&app.text));
    let words: Vec<&str> = text.split_whitespace().take(12).collect();
    crate::input::sanitize_line(&words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cursor_row_is_always_in_view() {
        let rows: Vec<Row> = (0..5)
            .map(Row::Speaker)
            .chain((0..30).map(|i| Row::Statement(4, i)))
            .collect();
        for height in [1u16, 3, 4, 10, 40] {
            for cursor in 0..rows.len() {
                let first = first_row(&rows, cursor, height);
                assert!(first <= cursor);
                let used: u16 = rows[first..=cursor].iter().map(|r| r.height()).sum();
                assert!(
                    used <= height.max(rows[cursor].height()),
                    "{height} {cursor}"
                );
                // No needless scrolling: one more row above would not fit.
                if first > 0 {
                    assert!(used + rows[first - 1].height() > height);
                }
            }
        }
    }
}
