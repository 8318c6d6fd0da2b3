//! `update`: the only place the reader's state changes.

use ratatui::crossterm::event::KeyEvent;

use super::action::Action;
use super::app::{App, Focus};
use super::keymap::{self, Outcome};
use super::{copy, nav, panel, search};

pub fn update(app: &mut App, action: Action) {
    app.message = None;
    app.pending.clear();
    let half = (app.page() / 2).max(1) as isize;
    let page = app.page().saturating_sub(1).max(1) as isize;
    match action {
        Action::Scroll(n) => nav::scroll(app, n),
        Action::HalfPage(n) => nav::scroll(app, n * half),
        Action::Page(n) => nav::scroll(app, n * page),
        Action::Top => app.top = 0,
        Action::Bottom => app.top = app.max_top(),
        Action::NextStatement => nav::next_statement(app, true),
        Action::PrevStatement => nav::next_statement(app, false),
        Action::NextOfSpeaker => nav::next_of_speaker(app, true),
        Action::PrevOfSpeaker => nav::next_of_speaker(app, false),
        Action::NextSpeaker => nav::next_speaker(app, true),
        Action::PrevSpeaker => nav::next_speaker(app, false),
        Action::JumpTo(st) => nav::jump_to(app, st),
        Action::ToggleFocusMode => toggle_focus_mode(app),
        Action::ToggleFold => nav::toggle_fold(app),
        Action::FoldAll => nav::fold_all(app, true),
        Action::UnfoldAll => nav::fold_all(app, false),
        Action::SwitchFocus => switch_focus(app),
        Action::PanelDown => panel::move_cursor(app, true),
        Action::PanelUp => panel::move_cursor(app, false),
        Action::PanelEnter => panel::enter(app),
        Action::SearchStart => app.search.input = Some(String::new()),
        Action::SearchChar(c) => {
            if let Some(input) = app.search.input.as_mut() {
                input.push(c);
            }
        }
        Action::SearchBackspace => {
            if let Some(input) = app.search.input.as_mut() {
                if input.pop().is_none() {
                    app.search.input = None;
                }
            }
        }
        Action::SearchSubmit => search::submit(app),
        Action::SearchCancel => app.search.input = None,
        Action::SearchNext => search::next(app, true),
        Action::SearchPrev => search::next(app, false),
        Action::CopyStatement => copy::copy_statement(app),
        Action::CopySpeaker => copy::copy_speaker(app),
        Action::OpenLink => super::links::open_link(app),
        Action::ToggleHelp => {
            app.help = !app.help;
            app.help_scroll = 0;
        }
        Action::CloseHelp => app.help = false,
        Action::HelpScroll(n) => {
            // Help that fits has nothing to scroll: the key closes it, as its title says.
            let last = super::help::max_scroll(app);
            if last == 0 {
                app.help = false;
            }
            app.help_scroll = app.help_scroll.saturating_add_signed(n).min(last);
        }
        Action::Quit => app.quit = true,
        Action::Suspend | Action::Redraw => app.terminal_request = Some(action),
        Action::Resize(w, h) => app.resize(w, h),
        Action::Click(x, y) => click(app, x, y),
        Action::Wheel(_, _, n) => wheel(app, n),
        Action::Nothing => {}
    }
}

/// A key press: through the keymap to an action, or held as the start of a sequence.
pub fn handle_key(app: &mut App, event: KeyEvent) {
    match keymap::translate(app, event) {
        Outcome::Act(action) => update(app, action),
        Outcome::Prefix(key) => {
            app.pending.push(key);
            let typed: String = app.pending.iter().map(|k| k.label()).collect();
            app.message = Some(format!("{typed}…"));
        }
        Outcome::Ignore => {}
        // As less does: say so, and how to find the keys.
        Outcome::Unknown(typed) => {
            update(app, Action::Nothing);
            app.message = Some(format!("{typed}: no such key, ? for help"));
        }
    }
}

fn toggle_focus_mode(app: &mut App) {
    if app.selected.is_none() {
        app.selected = app
            .current
            .and_then(|st| app.stats.speaker_of_statement.get(st).copied());
    }
    match app.selected.and_then(|s| app.stats.speakers.get(s)) {
        None => app.message = Some("No speaker selected: press s to choose one.".into()),
        Some(sp) => {
            app.focus_mode = !app.focus_mode;
            if app.focus_mode {
                app.message = Some(format!("Focus on {}; f to leave.", sp.name));
            }
        }
    }
}

fn switch_focus(app: &mut App) {
    if app.geometry().panel.is_none() {
        app.message = Some("The screen is too narrow for the panel.".into());
        return;
    }
    app.focus = match app.focus {
        Focus::Article => {
            if app.selected.is_none() && !app.stats.speakers.is_empty() {
                nav::select_speaker(app, 0);
            }
            Focus::Panel
        }
        Focus::Panel => Focus::Article,
    };
}

fn click(app: &mut App, x: u16, y: u16) {
    let g = app.geometry();
    if let Some(p) = g.panel.filter(|p| p.contains((x, y).into())) {
        panel::click(app, p, y);
    } else if g.article.contains((x, y).into()) {
        app.focus = Focus::Article;
        nav::click_line(app, app.top + usize::from(y - g.article.y));
    }
}

/// The wheel scrolls the article wherever it turns: the panel follows the keys, not the wheel, so
/// that a turn never changes which speaker is selected.
fn wheel(app: &mut App, lines: isize) {
    nav::scroll(app, lines);
}
