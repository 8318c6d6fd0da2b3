//! `y` and `Y`: statements as citations, put on the clipboard through OSC 52, which the terminal
//! carries out, so it works over ssh and in tmux (with `set-clipboard on`).

use std::io::{self, Write};

use base64::Engine as _;

use crate::input::sanitize_line;

use super::app::App;
use super::draw::statement_on_screen;

/// A statement's words on one line: its spans joined by " … " where the attribution cut it.
fn words(app: &App, statement: usize) -> String {
    let Some(st) = app.analysis.statements.get(statement) else {
        return String::new();
    };
    let parts: Vec<String> = st
        .spans
        .iter()
        .map(|s| {
            s.slice(&app.text)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    sanitize_line(&parts.join(" … "))
}

/// "Sergej Korbin, Russlands Außenminister": the name and the first role the article gives them
/// that is short enough for a citation (at most four words; else the shortest); None for the
/// unattributed.
fn attribution(app: &App, statement: usize) -> Option<String> {
    let speaker = app.stats.speaker_of(statement)?;
    let actor = app.analysis.actors.get(speaker.actor?)?;
    let role = actor
        .roles
        .iter()
        .find(|r| r.split_whitespace().count() <= 4)
        .or_else(|| actor.roles.iter().min_by_key(|r| r.chars().count()));
    Some(match role {
        Some(role) => format!("{}, {}", speaker.name, sanitize_line(role)),
        None => speaker.name.clone(),
    })
}

/// "„Wir warten …“ — Sergej Korbin, Russlands Außenminister"
pub fn citation(app: &App, statement: usize) -> String {
    let words = words(app, statement);
    match attribution(app, statement) {
        Some(who) => format!("{words} — {who}"),
        None => words,
    }
}

/// `y`: the statement under the cursor (the current one, else the first on screen).
pub fn copy_statement(app: &mut App) {
    match statement_on_screen(app) {
        None => app.message = Some("No statement here to copy.".into()),
        Some(st) => {
            app.clipboard = Some(citation(app, st));
            app.message = Some("copied 1 statement".into());
        }
    }
}

/// `Y`: every statement of the selected speaker (or of the current statement's), one a line,
/// then who said them.
pub fn copy_speaker(app: &mut App) {
    let selected = app.selected.or_else(|| {
        app.current
            .and_then(|st| app.stats.speaker_of_statement.get(st).copied())
    });
    let Some(speaker) = selected.and_then(|s| app.stats.speakers.get(s)) else {
        app.message = Some("No speaker selected: press s to choose one.".into());
        return;
    };
    // A quotation inside a reported statement of the same speaker is copied once, with it.
    let statements: Vec<usize> = speaker
        .statements
        .iter()
        .copied()
        .filter(|&st| !inside_another(app, st, &speaker.statements))
        .collect();
    let short = speaker.short.clone();
    let mut lines: Vec<String> = statements.iter().map(|&st| words(app, st)).collect();
    if let Some(who) = statements.first().and_then(|&st| attribution(app, st)) {
        lines.push(format!("— {who}"));
    }
    app.clipboard = Some(lines.join("\n"));
    let n = statements.len();
    let s = if n == 1 { "" } else { "s" };
    app.message = Some(format!("copied {n} statement{s} of {short}"));
}

/// Does every span of `statement` lie within a span of another of `among`?
fn inside_another(app: &App, statement: usize, among: &[usize]) -> bool {
    let spans = |st: usize| {
        app.analysis
            .statements
            .get(st)
            .map_or(&[][..], |s| s.spans.as_slice())
    };
    let own = spans(statement);
    !own.is_empty()
        && among.iter().any(|&other| {
            other != statement
                && own
                    .iter()
                    .all(|s| spans(other).iter().any(|o| o.encloses(*s) && o != s))
        })
}

/// The OSC 52 sequence that asks the terminal to put `text` on the clipboard.
pub fn osc52(text: &str) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    format!("\x1b]52;c;{encoded}\x07")
}

/// Sends what `y` or `Y` left on `app.clipboard` to the terminal, through the writer the reader
/// draws with.
pub fn send_clipboard(app: &mut App, out: &mut impl Write) -> io::Result<()> {
    if let Some(text) = app.clipboard.take() {
        out.write_all(osc52(&text).as_bytes())?;
        out.flush()?;
    }
    Ok(())
}
