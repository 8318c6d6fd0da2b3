//! Drawing the actors panel: a swatch, letter, name and count per speaker, their role, a bar of
//! their share of quoted words and a strip of where in the article they speak.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use crate::model::StatementKind;

use super::app::{App, Focus};
use super::draw::{put, truncate};
use super::panel::{self, Row};
use super::stats::Speaker;

/// Cells of the share bar.
const BAR: usize = 8;

pub fn draw(buf: &mut Buffer, app: &App, area: Rect) {
    let theme = app.theme();
    let (inner_x, width, rule_x) = panel::columns(area, app.geometry().panel_side);
    for y in area.top()..area.bottom() {
        put(buf, rule_x, y, "│", 1, theme.quiet());
    }
    let focused = app.focus == Focus::Panel;
    let title = if focused {
        "WHO SPEAKS ◂"
    } else {
        "WHO SPEAKS"
    };
    let title_style = Style::new().add_modifier(Modifier::BOLD);
    put(buf, inner_x, area.y, title, width, title_style);
    if app.stats.speakers.is_empty() {
        put(
            buf,
            inner_x,
            area.y + 2,
            "No statements found.",
            width,
            theme.quiet(),
        );
        return;
    }
    let legend = "quotations +reported";
    put(buf, inner_x, area.y + 1, legend, width, theme.quiet());
    for (row, index, y) in panel::placed(app, area) {
        let is_cursor = index == app.panel_cursor;
        match row {
            Row::Speaker(s) => draw_speaker(
                buf,
                app,
                &app.stats.speakers[s],
                s,
                inner_x,
                y,
                width,
                is_cursor,
            ),
            Row::Statement(_, st) => {
                let mark = if app.current == Some(st) {
                    "▸"
                } else {
                    "›"
                };
                let text = format!("   {mark} {}", panel::first_words(app, st));
                let mut style = Style::new();
                if is_cursor && focused {
                    style = theme.selected();
                }
                put(
                    buf,
                    inner_x,
                    y,
                    &truncate(&text, usize::from(width)),
                    width,
                    style,
                );
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn draw_speaker(
    buf: &mut Buffer,
    app: &App,
    speaker: &Speaker,
    index: usize,
    x: u16,
    y: u16,
    width: u16,
    is_cursor: bool,
) {
    let theme = app.theme();
    let colour = speaker.rank.and_then(|r| theme.speaker_color(r));
    let swatch_style = colour.map_or(Style::new(), |c| Style::new().fg(c));
    let swatch = if colour.is_some() { "██" } else { "  " };
    put(buf, x, y, swatch, 2, swatch_style);
    let selected = app.selected == Some(index);
    let mut name_style = theme.mark(speaker.rank).add_modifier(Modifier::BOLD);
    if selected {
        name_style = name_style.add_modifier(Modifier::UNDERLINED);
    }
    if is_cursor && app.focus == Focus::Panel {
        name_style = theme.selected().add_modifier(Modifier::BOLD);
    }
    let count = if speaker.reported > 0 {
        format!("{} +{}", speaker.quotations, speaker.reported)
    } else {
        speaker.quotations.to_string()
    };
    let count_w = count.chars().count() as u16;
    let name_room = width.saturating_sub(5 + count_w + 1);
    let pointer = if selected { "▶" } else { " " };
    let name = format!("{} {}", speaker.letter, speaker.name);
    put(buf, x + 2, y, pointer, 1, name_style);
    put(
        buf,
        x + 3,
        y,
        &truncate(&name, usize::from(name_room)),
        name_room,
        name_style,
    );
    let right = x + width;
    put(
        buf,
        right.saturating_sub(count_w + 1),
        y,
        &count,
        count_w,
        Style::new(),
    );

    let role = speaker.role.as_deref().unwrap_or("");
    let room = width.saturating_sub(5);
    put(
        buf,
        x + 5,
        y + 1,
        &truncate(role, usize::from(room)),
        room,
        theme.quiet(),
    );

    let strip_x = x + 5;
    let mut strip_room = width.saturating_sub(6);
    if speaker.actor.is_some() && app.stats.total_quoted_words > 0 {
        let share = speaker.quoted_words as f64 / app.stats.total_quoted_words as f64;
        let bar = share_bar(share, BAR);
        let label = format!("{bar}{:>4}% ", (share * 100.0).round() as usize);
        let style = colour.map_or(Style::new(), |c| Style::new().fg(c));
        put(buf, strip_x, y + 2, &label, strip_room, style);
        strip_room = strip_room.saturating_sub(BAR as u16 + 6);
        draw_strip(
            buf,
            app,
            speaker,
            strip_x + BAR as u16 + 6,
            y + 2,
            strip_room,
        );
    } else {
        draw_strip(buf, app, speaker, strip_x, y + 2, strip_room);
    }
}

/// A bar of `cells` cells filled in eighths.
pub fn share_bar(share: f64, cells: usize) -> String {
    const EIGHTHS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
    let eighths = (share.clamp(0.0, 1.0) * (cells * 8) as f64).round() as usize;
    let mut bar: String = "█".repeat(eighths / 8);
    if eighths / 8 < cells {
        bar.push(EIGHTHS[eighths % 8]);
    }
    while bar.chars().count() < cells {
        bar.push(' ');
    }
    bar
}

/// Where in the article the speaker speaks: the article squeezed into `width` cells, a block where
/// a quotation starts, a hollow block where only reported speech does.
fn draw_strip(buf: &mut Buffer, app: &App, speaker: &Speaker, x: u16, y: u16, width: u16) {
    let cells = usize::from(width);
    if cells == 0 {
        return;
    }
    let len = app.text.len().max(1);
    let mut marks = vec![None::<bool>; cells];
    for &st in &speaker.statements {
        let statement = &app.analysis.statements[st];
        let cell = (statement.extent().start * cells / len).min(cells - 1);
        let quoted = statement.kind != StatementKind::Indirect;
        marks[cell] = Some(marks[cell].unwrap_or(false) || quoted);
    }
    let theme = app.theme();
    let style = theme.mark(speaker.rank);
    for (i, m) in marks.iter().enumerate() {
        let (ch, st) = match m {
            Some(true) => ("▮", style),
            Some(false) => ("▯", style),
            None => ("·", theme.quiet()),
        };
        put(buf, x + i as u16, y, ch, 1, st);
    }
}

#[cfg(test)]
mod tests {
    use super::share_bar;

    #[test]
    fn bars_fill_in_eighths() {
        assert_eq!(share_bar(0.0, 4), "    ");
        assert_eq!(share_bar(1.0, 4), "████");
        assert_eq!(share_bar(0.5, 4), "██  ");
        assert_eq!(share_bar(0.25 + 1.0 / 32.0, 4), "█▏  ");
    }
}
