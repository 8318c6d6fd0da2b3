//! Moving through the article: scrolling, jumping to statements and speakers, folding.

use super::app::App;
use super::layout::LineKind;

/// Lines of context kept above a jump's target.
fn context(app: &App) -> usize {
    (app.page() / 4).min(3)
}

pub fn scroll(app: &mut App, lines: isize) {
    let top = app.top.saturating_add_signed(lines);
    app.top = top.min(app.max_top());
}

/// Brings a line into view, with a little context above, unless it is already well in view (not
/// in the bottom quarter, where what follows it would be out of sight).
pub fn show_line(app: &mut App, line: usize) {
    let page = app.page();
    let bottom_room = (page / 4).max(usize::from(page > 4) * 2);
    let in_view = line >= app.top && line + bottom_room < app.top + page;
    if !in_view {
        app.top = line.saturating_sub(context(app));
    }
    app.top = app.top.min(app.max_top());
}

/// The section holding an article offset.
pub fn section_of_offset(app: &App, offset: usize) -> Option<usize> {
    app.analysis
        .sections
        .iter()
        .position(|s| s.span.contains(offset))
}

/// Shows an article offset: unfolds its section if needed and scrolls it into view.
pub fn show_offset(app: &mut App, offset: usize) {
    if let Some(section) = section_of_offset(app, offset) {
        if app.folded.get(section).copied().unwrap_or(false) {
            app.folded[section] = false;
            app.refold();
        }
    }
    let line = app.layout.line_of_offset(offset);
    show_line(app, line);
}

pub fn jump_to(app: &mut App, statement: usize) {
    let Some(start) = app
        .analysis
        .statements
        .get(statement)
        .map(|s| s.extent().start)
    else {
        return;
    };
    app.current = Some(statement);
    show_offset(app, start);
}

/// Where "next" and "previous" count from: the current statement when it is on screen, else the
/// top of the screen. The flag says which.
fn cursor(app: &App) -> (usize, bool) {
    if let (Some(st), Some(line)) = (app.current, app.current_statement_line()) {
        if app.visible().contains(&line) {
            let start = app.analysis.statements[st].extent().start;
            return (start, true);
        }
    }
    (app.anchor(), false)
}

/// The next (or previous) statement among `candidates` (indices, in text order) from the cursor.
fn step(app: &App, candidates: &[usize], forward: bool) -> Option<usize> {
    let start = |i: &usize| app.analysis.statements[*i].extent().start;
    let (at, on_statement) = cursor(app);
    if forward {
        let k = if on_statement {
            candidates.partition_point(|i| start(i) <= at)
        } else {
            candidates.partition_point(|i| start(i) < at)
        };
        candidates.get(k).copied()
    } else {
        let k = candidates.partition_point(|i| start(i) < at);
        k.checked_sub(1).map(|k| candidates[k])
    }
}

pub fn next_statement(app: &mut App, forward: bool) {
    let order = std::mem::take(&mut app.stats.order);
    let target = step(app, &order, forward);
    app.stats.order = order;
    match target {
        Some(st) => jump_to(app, st),
        None if app.analysis.statements.is_empty() => {
            app.message = Some("This article has no statements.".into())
        }
        None if forward => app.message = Some("No more statements below.".into()),
        None => app.message = Some("No more statements above.".into()),
    }
}

/// `}` and `{`: within the selected speaker's statements; with nobody selected, the speaker of the
/// current statement.
pub fn next_of_speaker(app: &mut App, forward: bool) {
    if app.selected.is_none() {
        app.selected = app
            .current
            .and_then(|st| app.stats.speaker_of_statement.get(st).copied());
    }
    let Some(sel) = app.selected else {
        app.message = Some("No speaker selected: press s to choose one.".into());
        return;
    };
    let Some(statements) = app.stats.speakers.get(sel).map(|s| s.statements.clone()) else {
        return;
    };
    match step(app, &statements, forward) {
        Some(st) => jump_to(app, st),
        None => {
            let who = &app.stats.speakers[sel].short;
            let dir = if forward { "below" } else { "above" };
            app.message = Some(format!("No more statements of {who} {dir}."));
        }
    }
}

/// `s` and `S`: select the next (previous) speaker and go to their next statement, or their first.
pub fn next_speaker(app: &mut App, forward: bool) {
    let n = app.stats.speakers.len();
    if n == 0 {
        app.message = Some("Nobody speaks in this article.".into());
        return;
    }
    let sel = match (app.selected, forward) {
        (None, true) => 0,
        (None, false) => n - 1,
        (Some(s), true) => (s + 1) % n,
        (Some(s), false) => (s + n - 1) % n,
    };
    select_speaker(app, sel);
    let statements = app.stats.speakers[sel].statements.clone();
    if let Some(st) = step(app, &statements, true).or_else(|| statements.first().copied()) {
        jump_to(app, st);
    }
    let sp = &app.stats.speakers[sel];
    app.message = Some(format!(
        "{}: {} {}{}",
        sp.name,
        sp.quotations,
        if sp.quotations == 1 {
            "quotation"
        } else {
            "quotations"
        },
        if sp.reported > 0 {
            format!(", {} reported", sp.reported)
        } else {
            String::new()
        }
    ));
}

/// Selects a speaker and puts the panel's cursor on them.
pub fn select_speaker(app: &mut App, speaker: usize) {
    app.selected = Some(speaker);
    app.panel_cursor = super::panel::rows(app)
        .iter()
        .position(|r| *r == super::panel::Row::Speaker(speaker))
        .unwrap_or(0);
}

pub fn toggle_fold(app: &mut App) {
    let mut section = app.section_at_cursor();
    let has_heading = |app: &App, i: usize| {
        app.analysis
            .sections
            .get(i)
            .is_some_and(|s| s.heading.is_some())
    };
    if !has_heading(app, section) {
        // The lead at the top, a heading further down the screen: that heading's section.
        let heading_in_view = app
            .visible()
            .map(|i| app.layout.lines[i])
            .find(|l| l.kind == LineKind::Heading && has_heading(app, l.section));
        match heading_in_view {
            Some(l) => section = l.section,
            None if section < app.analysis.sections.len() => {
                app.message = Some("The lead has no heading to fold under.".into());
                return;
            }
            None => return,
        }
    }
    toggle_section(app, section);
}

/// Folds or unfolds `section`, its heading left on the row of the screen it was on (so that the
/// text being read stays where it is); a heading out of view is brought into it.
fn toggle_section(app: &mut App, section: usize) {
    let Some(folded) = app.folded.get(section).copied() else {
        return;
    };
    let heading_line = |app: &App| {
        app.layout
            .lines
            .iter()
            .position(|l| l.section == section && l.kind == LineKind::Heading)
    };
    let row = heading_line(app)
        .filter(|l| app.visible().contains(l))
        .map(|l| l - app.top);
    app.folded[section] = !folded;
    app.refold();
    match (row, heading_line(app)) {
        (Some(row), Some(line)) => app.top = line.saturating_sub(row).min(app.max_top()),
        _ => show_heading(app, section),
    }
}

/// Keeps a section's heading on screen after its fold changed.
fn show_heading(app: &mut App, section: usize) {
    let line = app
        .layout
        .lines
        .iter()
        .position(|l| l.section == section && l.kind == LineKind::Heading);
    if let Some(line) = line {
        show_line(app, line);
    }
}

pub fn fold_all(app: &mut App, fold: bool) {
    let section = app.section_at_cursor();
    for (i, s) in app.analysis.sections.iter().enumerate() {
        app.folded[i] = fold && s.heading.is_some();
    }
    app.refold();
    if fold {
        show_heading(app, section);
    }
}

/// A click on a heading or its fold summary folds or unfolds its section.
pub fn click_line(app: &mut App, line: usize) {
    let Some(l) = app.layout.lines.get(line).copied() else {
        return;
    };
    if matches!(l.kind, LineKind::Heading | LineKind::FoldSummary) {
        toggle_section(app, l.section);
    }
}
