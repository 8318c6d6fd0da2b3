//! `o`: the article's links. The link on the current line (the current statement's when it is on
//! screen, else the top line of the text) or the first below it on screen is opened with the
//! system's opener, or, where there is none (over ssh, on a console), put on the clipboard through
//! OSC 52 as `y` does.

use std::process::{Command, Stdio};

use super::app::App;
use super::layout::LineKind;
use crate::input::sanitize_line;

/// The program that opens a web address on this machine, with its arguments before the
/// address: `$BROWSER` when set; else `open` on macOS; else `xdg-open` where a desktop session
/// runs here (a display, and not a login over ssh, where a browser would open on the far side).
pub fn system_opener() -> Option<Vec<String>> {
    if let Some(browser) = std::env::var_os("BROWSER").filter(|b| !b.is_empty()) {
        let words: Vec<String> = browser
            .to_string_lossy()
            .split_whitespace()
            .map(str::to_string)
            .collect();
        return (!words.is_empty()).then_some(words);
    }
    if cfg!(target_os = "macos") {
        return Some(vec!["open".into()]);
    }
    let set = |name| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    let desktop = set("DISPLAY") || set("WAYLAND_DISPLAY");
    if desktop && !set("SSH_CONNECTION") && on_path("xdg-open") {
        return Some(vec!["xdg-open".into()]);
    }
    None
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// The link `o` acts on: the first that ends after the start of the current line and starts
/// before the end of the screen.
pub fn link_here(app: &App) -> Option<usize> {
    let visible = app.visible();
    let line = app
        .current_statement_line()
        .filter(|l| visible.contains(l))
        .or_else(|| {
            visible
                .clone()
                .find(|&i| app.layout.lines[i].kind != LineKind::Blank)
        })?;
    let from = app.layout.lines.get(line)?.start;
    let to = visible
        .rev()
        .map(|i| app.layout.lines[i])
        .find(|l| l.from_article())
        .map_or(from, |l| l.end);
    let first = app.links.partition_point(|l| l.span.end <= from);
    app.links
        .get(first)
        .filter(|l| l.span.start < to)
        .map(|_| first)
}

/// `o`: opens the link here, or copies it where nothing opens links.
pub fn open_link(app: &mut App) {
    let Some(link) = link_here(app).map(|i| app.links[i].clone()) else {
        app.message = Some(if app.links.is_empty() {
            "This article has no links.".into()
        } else {
            "No link on this screen.".into()
        });
        return;
    };
    let url = sanitize_line(&link.url);
    if app.options.opener.is_some() {
        app.message = Some(format!("Opening {url}"));
        app.open = Some(link.url);
    } else {
        // The address first: it is what a narrow status line must keep.
        app.message = Some(format!("Link copied: {url} (nothing here opens links)"));
        app.clipboard = Some(link.url);
    }
}

/// Starts the opener on what `o` left on `app.open`, apart from the terminal: no input, its
/// output and errors dropped, not waited for. A failure to start is said on the status line.
pub fn send_open(app: &mut App) {
    let (Some(url), Some(opener)) = (app.open.take(), app.options.opener.as_ref()) else {
        return;
    };
    let Some((program, args)) = opener.split_first() else {
        return;
    };
    let started = Command::new(program)
        .args(args)
        .arg(&url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    match started {
        // Reaped by a thread of its own, so that no zombie is left while the reader runs.
        Ok(mut child) => {
            std::thread::spawn(move || child.wait());
        }
        Err(e) => {
            app.message = Some(format!("Cannot start {}: {e}", sanitize_line(program)));
        }
    }
}
