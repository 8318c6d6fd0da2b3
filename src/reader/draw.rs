//! Drawing the article and the status line: pure functions of `&App` that touch only the lines on
//! screen. Every character from the article passes through `display_char` (see `wrap::shown`).

use ratatui::buffer::Buffer;
use ratatui::style::Style;
use ratatui::Frame;
use unicode_segmentation::UnicodeSegmentation;

use crate::input::sanitize_line;
use crate::model::StatementKind;

use super::app::App;
use super::geometry::Geometry;
use super::layout::{LineKind, VisualLine};
use super::{help, panel, panel_view, search, wrap};

pub fn draw(frame: &mut Frame, app: &App) {
    let g = app.geometry();
    let buf = frame.buffer_mut();
    for (row, i) in app.visible().enumerate() {
        let y = g.article.y + row as u16;
        if let Some(line) = app.layout.lines.get(i) {
            draw_line(buf, app, &g, y, line);
        }
    }
    if let Some(p) = g.panel {
        panel_view::draw(buf, app, p);
    }
    draw_status(buf, app, &g);
    if app.help {
        help::draw(buf, app);
    }
}

/// Writes `s` at (x, y) in at most `max` columns, clipped to the buffer; returns the next column.
pub fn put(buf: &mut Buffer, x: u16, y: u16, s: &str, max: u16, style: Style) -> u16 {
    let area = buf.area;
    if y < area.top() || y >= area.bottom() || x < area.left() || x >= area.right() {
        return x;
    }
    buf.set_stringn(x, y, s, usize::from(max), style).0
}

fn draw_line(buf: &mut Buffer, app: &App, g: &Geometry, y: u16, line: &VisualLine) {
    let theme = app.theme();
    match line.kind {
        LineKind::Blank => {}
        LineKind::FoldSummary => {
            let summary = app
                .stats
                .fold_summaries
                .get(line.section)
                .and_then(|s| s.get(line.start..line.end))
                .unwrap_or("");
            let style = theme.quiet().add_modifier(ratatui::style::Modifier::ITALIC);
            put(buf, g.text_x, y, summary, g.text_width, style);
        }
        _ => {
            draw_text(buf, app, g, y, line);
            draw_gutter(buf, app, g, y, line);
        }
    }
}

fn base_style(app: &App, kind: LineKind) -> Style {
    let theme = app.theme();
    match kind {
        LineKind::Title => theme.title(),
        LineKind::Heading => theme.heading(),
        LineKind::Date => theme.date(),
        _ => Style::new(),
    }
}

/// The style of an article character: its line's, its statement's, focus mode, search.
fn style_at(app: &App, base: Style, statement: Option<usize>, search_match: Option<bool>) -> Style {
    let theme = app.theme();
    let mut style = base;
    if let Some(st) = statement {
        let rank = app.stats.speaker_of(st).and_then(|s| s.rank);
        let kind = app.analysis.statements[st].kind;
        style = base.patch(theme.statement(rank, kind));
        if app.current == Some(st) {
            style = theme.current(style);
        }
    }
    if app.focus_mode && !said_by_selected(app, statement) {
        style = theme.dimmed(style);
    }
    match search_match {
        Some(true) => theme.current_match(style),
        Some(false) => theme.search_match(style),
        None => style,
    }
}

fn said_by_selected(app: &App, statement: Option<usize>) -> bool {
    match (statement, app.selected) {
        (Some(st), Some(sel)) => app.stats.speaker_of_statement.get(st) == Some(&sel),
        _ => false,
    }
}

fn draw_text(buf: &mut Buffer, app: &App, g: &Geometry, y: u16, line: &VisualLine) {
    let Some(body) = app.text.get(line.start..line.end) else {
        return;
    };
    let base = base_style(app, line.kind);
    let spans = app.stats.spans_in(line.start, line.end);
    let matches = &app.search.matches;
    let (mut m, m_end) = search::matches_in(matches, line.start, line.end);
    let links = &app.links;
    let mut k = links.partition_point(|l| l.span.end <= line.start);
    let mut s = 0;
    let mut x = g.text_x;
    let right = g.text_x.saturating_add(g.text_width);
    let mut col = 0;
    let mut run = String::new();
    let mut run_style = base;
    for (i, grapheme) in wrap::graphemes(body) {
        let at = line.start + i;
        while s < spans.len() && spans[s].0.end <= at {
            s += 1;
        }
        let statement = spans.get(s).filter(|(sp, _)| sp.start <= at).map(|p| p.1);
        while m < m_end && matches[m].1 <= at {
            m += 1;
        }
        let in_match = (m < m_end && matches[m].0 <= at).then(|| app.search.current == Some(m));
        while k < links.len() && links[k].span.end <= at {
            k += 1;
        }
        let mut style = style_at(app, base, statement, in_match);
        if links.get(k).is_some_and(|l| l.span.start <= at) {
            // A link's words are underlined, as a browser shows them.
            style = style.add_modifier(ratatui::style::Modifier::UNDERLINED);
        }
        if style != run_style && !run.is_empty() {
            x = put(buf, x, y, &run, right.saturating_sub(x), run_style);
            run.clear();
        }
        run_style = style;
        if wrap::is_space(grapheme) {
            let w = wrap::space_width(grapheme, col);
            col += w;
            run.extend(std::iter::repeat_n(' ', w));
        } else {
            col += wrap::width_of(grapheme);
            run.push_str(&wrap::shown(grapheme));
        }
    }
    if !run.is_empty() {
        put(buf, x, y, &run, right.saturating_sub(x), run_style);
    }
}

/// The margin: a speaker's tag where their statement starts and a mark on every line of it (so
/// colour is never the only signal); a fold arrow beside headings.
fn draw_gutter(buf: &mut Buffer, app: &App, g: &Geometry, y: u16, line: &VisualLine) {
    let theme = app.theme();
    let mark_x = g.gutter_x + g.gutter_width.saturating_sub(2);
    if line.kind == LineKind::Heading {
        if line.first {
            let folded = app.folded.get(line.section).copied().unwrap_or(false);
            let arrow = if folded { "▸" } else { "▾" };
            put(buf, mark_x, y, arrow, 1, theme.heading());
        }
        return;
    }
    let spans = app.stats.spans_in(line.start, line.end);
    let Some(&(_, first)) = spans.first() else {
        return;
    };
    let statements = &app.analysis.statements;
    let mark_style = |st: usize| {
        let style = theme.mark(app.stats.speaker_of(st).and_then(|s| s.rank));
        if app.focus_mode && !said_by_selected(app, Some(st)) {
            theme.dimmed(style)
        } else {
            style
        }
    };
    // Tags of the statements that start on this line.
    let mut tags: Vec<(String, usize)> = Vec::new();
    for &(sp, st) in spans {
        let starts_here = statements[st].spans.first().map(|f| f.start) == Some(sp.start);
        if starts_here && sp.start >= line.start {
            let Some(speaker) = app.stats.speaker_of(st) else {
                continue;
            };
            let tag = if g.gutter_width >= 10 {
                speaker.short.clone()
            } else {
                speaker.letter.to_string()
            };
            if !tags.iter().any(|(t, _)| *t == tag) {
                tags.push((tag, st));
            }
        }
    }
    // On the top row, a statement that began above the screen is named too.
    if tags.is_empty() && y == g.article.y {
        if let Some(speaker) = app.stats.speaker_of(first) {
            let tag = if g.gutter_width >= 10 {
                speaker.short.clone()
            } else {
                speaker.letter.to_string()
            };
            tags.push((tag, first));
        }
    }
    let room = g.gutter_width.saturating_sub(2);
    let joined = tags
        .iter()
        .map(|(t, _)| t.as_str())
        .collect::<Vec<_>>()
        .join(if g.gutter_width >= 10 { "/" } else { "" });
    let shown = truncate(&joined, usize::from(room));
    let width = unicode_width::UnicodeWidthStr::width(shown.as_str()) as u16;
    let tag_style = tags
        .first()
        .map_or(theme.quiet(), |(_, st)| mark_style(*st));
    put(
        buf,
        mark_x - width.min(mark_x - g.gutter_x),
        y,
        &shown,
        room,
        tag_style,
    );
    let mark = if app.current == Some(first) && tags.iter().any(|(_, st)| *st == first) {
        "▶"
    } else if statements[first].kind == StatementKind::Indirect {
        "┆"
    } else {
        "▌"
    };
    put(buf, mark_x, y, mark, 1, mark_style(first));
}

/// The first `max` columns of a string, with "…" when cut.
pub fn truncate(s: &str, max: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    if s.width() <= max {
        return s.to_string();
    }
    let mut out = String::new();
    let mut w = 0;
    for g in s.graphemes(true) {
        let gw = g.width();
        if w + gw + 1 > max {
            break;
        }
        out.push_str(g);
        w += gw;
    }
    if max > 0 {
        out.push('…');
    }
    out
}

/// The statement the status line talks about: the current one when on screen, else the first
/// that starts on screen.
pub fn statement_on_screen(app: &App) -> Option<usize> {
    if let (Some(st), Some(line)) = (app.current, app.current_statement_line()) {
        if app.visible().contains(&line) {
            return Some(st);
        }
    }
    let visible = app.visible();
    let from = app.layout.lines.get(visible.start)?.pos;
    let to = app.layout.lines.get(visible.end.checked_sub(1)?)?.end;
    let order = &app.stats.order;
    let k = order.partition_point(|&i| app.analysis.statements[i].extent().start < from);
    order
        .get(k)
        .copied()
        .filter(|&i| app.analysis.statements[i].extent().start < to)
}

fn draw_status(buf: &mut Buffer, app: &App, g: &Geometry) {
    let theme = app.theme();
    let area = g.status;
    if area.height == 0 {
        return;
    }
    let style = theme.status();
    put(
        buf,
        area.x,
        area.y,
        &" ".repeat(usize::from(area.width)),
        area.width,
        style,
    );
    if let Some(input) = &app.search.input {
        put(
            buf,
            area.x,
            area.y,
            &format!("/{}▏", sanitize_line(input)),
            area.width,
            style,
        );
        return;
    }
    let section = app.section_at_cursor();
    let heading = app
        .analysis
        .sections
        .get(section)
        .and_then(|s| s.heading.as_deref())
        .map_or_else(|| "Lead".to_string(), sanitize_line);
    let file = app.name.rsplit('/').next().unwrap_or(&app.name);
    let mut parts = vec![
        truncate(file, 24),
        truncate(&heading, 28),
        format!("{}%", app.percent()),
    ];
    if area.width < 50 {
        // Little room: where we are and what is said, before names.
        parts.drain(..2);
    }
    let mut why = String::new();
    if let Some(message) = &app.message {
        parts.push(message.clone());
    } else if let Some(st) = statement_on_screen(app) {
        let (said, reason) = describe(app, st);
        parts.push(said);
        why = reason;
    }
    if app.focus_mode {
        parts.push("focus".into());
    }
    let text = status_text(&parts, &why, usize::from(area.width));
    put(buf, area.x, area.y, &text, area.width, style);
}

/// The status line in `width` columns: the statement's "why" (`why`, after the last but
/// focus) only where it fits whole, and a line too long cut after a whole word, with "…".
fn status_text(parts: &[String], why: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    let line = |why: &str| {
        let mut parts = parts.to_vec();
        if let Some(i) = parts.iter().rposition(|p| p != "focus") {
            parts[i].push_str(why);
        }
        format!(" {}", parts.join(" │ "))
    };
    let full = line(why);
    if full.width() <= width {
        return full;
    }
    cut_at_word(&line(""), width)
}

/// `s` in at most `max` columns, cut after a whole word and ended with "…" where it is longer.
fn cut_at_word(s: &str, max: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    if s.width() <= max {
        return s.to_string();
    }
    let cut = truncate(s, max);
    let kept = cut.trim_end_matches('…');
    // Back to the last space, unless the line would lose more than half its room.
    match kept.rfind(' ') {
        Some(i) if kept[..i].width() * 2 >= max => format!("{}…", kept[..i].trim_end()),
        _ => cut,
    }
}

/// "s3 Korbin: „Wir warten auf…“", and why: " · quote, verb, name".
fn describe(app: &App, st: usize) -> (String, String) {
    let statement = &app.analysis.statements[st];
    let who = app
        .stats
        .speaker_of(st)
        .map_or("?".to_string(), |s| s.short.clone());
    let kind = match statement.kind {
        StatementKind::Direct => "",
        StatementKind::Partial => " (partial)",
        StatementKind::Indirect => " (reported)",
    };
    let why = statement
        .attributed_by
        .as_deref()
        .map(|w| format!(" · {}", sanitize_line(w)))
        .unwrap_or_default();
    let said = format!(
        "{} {who}{kind}: {}",
        sanitize_line(&statement.id),
        truncate(&panel::first_words(app, st), 40)
    );
    (said, why)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_status_line_drops_why_before_cutting_and_cuts_whole_words() {
        let parts = vec![
            "article.txt".to_string(),
            "Lead".to_string(),
            "43%".to_string(),
            "s0 Trump (reported): US troops would be leaving Syria".to_string(),
        ];
        let why = " · verb, reported clause";
        // Room for all: all.
        let wide = status_text(&parts, why, 120);
        assert!(wide.ends_with("Syria · verb, reported clause"), "{wide}");
        // Not for the why: the why goes, whole.
        let narrow = status_text(&parts, why, 90);
        assert!(narrow.ends_with("leaving Syria"), "{narrow}");
        assert!(!narrow.contains('·'), "{narrow}");
        // Not for the statement: cut after a whole word.
        let tight = status_text(&parts, why, 60);
        assert!(tight.ends_with("troops…"), "{tight}");
    }
}
