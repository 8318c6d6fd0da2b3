//! Hostile and odd input through `--plain` and through the reader in a pseudo-terminal: nothing
//! panics or hangs, and no escape sequence or other control character from the input reaches the
//! terminal.
//!
//! How the reader's check is sound: the reader legitimately writes escape sequences to draw, so
//! the raw bytes it writes cannot simply be searched for ESC. Instead:
//! 1. Its own output has a known grammar: text, CR, LF, and CSI sequences (`ESC [` parameters
//!    final byte), which is all crossterm and ratatui ever send. Every ESC in the raw stream must
//!    open a well-formed CSI; any other C0 or C1 control character, any OSC (`ESC ]`: hyperlinks,
//!    clipboard, title), DCS, APC or PM fails the test. So no non-CSI sequence from the input
//!    can have passed, whatever the reader does.
//! 2. A CSI from the input is indistinguishable by form from the reader's own, so each one in the
//!    input is followed by a marker word of its own: the screen must show the sequence as text,
//!    its ESC replaced by the stand-in `␛`, right before its marker, and the raw stream must
//!    never hold the sequence right before its marker (it was drawn, not obeyed).
//! 3. The terminal emulator (vt100) itself reports no bell, title, clipboard write or sequence it
//!    did not understand, and its screen holds no control character.
//!
//! The cases have the sizes of the issue (a 10 MB line, 100 000 paragraphs, a 10 MB page); each
//! run of quoth is killed at a deadline, which catches hangs and says nothing about speed (the
//! bench `benches/input.rs` measures that).

mod input_cases;
mod input_run;

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use input_cases::{Case, CLIPBOARD_PAYLOAD, SEQUENCES};
use input_run::{quoth, stderr, HANG_DEADLINE};
use portable_pty::{native_pty_system, CommandBuilder, PtySize};
use quoth::input::sanitize;

/// Control characters that may appear in output: the line end only.
fn is_forbidden_control(c: char) -> bool {
    c.is_control() && c != '\n'
}

/// Writes each case to a file named as the case (so `.html` and `.md` are read as such).
fn case_files(scale: f64) -> (tempfile::TempDir, Vec<(Case, String)>) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let files = input_cases::all(scale)
        .into_iter()
        .map(|case| {
            let path = dir.path().join(case.name);
            std::fs::write(&path, &case.bytes).expect("the case is written");
            let path = path.to_str().expect("a UTF-8 path").to_string();
            (case, path)
        })
        .collect();
    (dir, files)
}

/// Checks `--plain` output of one case: plain text with no control character but newlines, and
/// every input escape sequence shown as text before its marker.
fn check_plain(case: &Case, path: &str) {
    let o = quoth(&["--plain", path], None);
    if let Some(message) = case.refused {
        assert_eq!(o.status.code(), Some(2), "{}: {}", case.name, stderr(&o));
        assert!(
            stderr(&o).contains(message),
            "{}: {}",
            case.name,
            stderr(&o)
        );
        assert!(o.stdout.is_empty());
        return;
    }
    assert!(o.status.success(), "{}: {}", case.name, stderr(&o));
    let out = String::from_utf8(o.stdout).expect("UTF-8 output");
    if let Some(bad) = out.chars().find(|c| is_forbidden_control(*c)) {
        panic!(
            "{}: control character {:?} in --plain output",
            case.name, bad
        );
    }
    assert!(!out.contains(CLIPBOARD_PAYLOAD) || out.contains("␛]52;c;"));
    if case.name == "escapes.txt" {
        for (seq, marker) in SEQUENCES {
            let shown = format!("{}{marker}", sanitize(seq));
            assert!(out.contains(&shown), "{shown:?} is shown as text:\n{out}");
        }
    }
    // With colour, quoth's own sequences are SGR only; everything else is as above. (Not on the
    // cases of many megabytes: their size tests time, and their bytes are the small ones'.)
    if case.bytes.len() > 1_000_000 {
        return;
    }
    let o = quoth(&["--plain", "--color", "always", path], None);
    let out = String::from_utf8(o.stdout).expect("UTF-8 output");
    assert_terminal_grammar(case.name, &out, |csi| csi.ends_with('m'));
}

/// Every control character in `out` is a newline, CR, or part of a CSI sequence that `allowed`
/// accepts (given the sequence without its ESC and `[`).
fn assert_terminal_grammar(case: &str, out: &str, allowed: impl Fn(&str) -> bool) {
    let mut chars = out.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c == '\x1b' {
            assert_eq!(
                chars.next().map(|(_, c)| c),
                Some('['),
                "{case}: an ESC that opens no CSI at byte {at}: {:?}",
                context(out, at)
            );
            let mut csi = String::new();
            loop {
                match chars.next() {
                    Some((_, p)) if ('\x20'..='\x3f').contains(&p) => csi.push(p),
                    Some((_, f)) if ('\x40'..='\x7e').contains(&f) => {
                        csi.push(f);
                        break;
                    }
                    other => panic!("{case}: a broken CSI at byte {at}: {other:?}"),
                }
            }
            assert!(allowed(&csi), "{case}: CSI {csi:?} is not quoth's own");
        } else if c != '\r' && is_forbidden_control(c) {
            panic!(
                "{case}: control character {c:?} at byte {at}: {:?}",
                context(out, at)
            );
        }
    }
}

fn context(s: &str, at: usize) -> &str {
    let mut start = at.saturating_sub(40);
    while !s.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (at + 40).min(s.len());
    while !s.is_char_boundary(end) {
        end += 1;
    }
    &s[start..end]
}

#[test]
fn hostile_input_through_plain_output() {
    let (_dir, files) = case_files(1.0);
    for (case, path) in &files {
        check_plain(case, path);
    }
}

/// What the terminal emulator was asked to do besides drawing.
#[derive(Default)]
struct Events(Vec<String>);

impl vt100::Callbacks for Events {
    fn audible_bell(&mut self, _: &mut vt100::Screen) {
        self.0.push("bell".into());
    }
    fn set_window_title(&mut self, _: &mut vt100::Screen, title: &[u8]) {
        self.0.push(format!("title {title:?}"));
    }
    fn set_window_icon_name(&mut self, _: &mut vt100::Screen, name: &[u8]) {
        self.0.push(format!("icon name {name:?}"));
    }
    fn copy_to_clipboard(&mut self, _: &mut vt100::Screen, _ty: &[u8], data: &[u8]) {
        self.0.push(format!("clipboard {data:?}"));
    }
    fn unhandled_control(&mut self, _: &mut vt100::Screen, b: u8) {
        self.0.push(format!("control {b:#x}"));
    }
    fn unhandled_osc(&mut self, _: &mut vt100::Screen, params: &[&[u8]]) {
        self.0.push(format!("osc {params:?}"));
    }
}

const ROWS: u16 = 60;
const COLS: u16 = 120;

/// The reader on one file in a pseudo-terminal: everything it wrote, and the screens it showed.
struct Run {
    raw: Vec<u8>,
    screens: Vec<String>,
    events: Vec<String>,
}

fn run_reader(path: &str, keys: &[&str]) -> Run {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: ROWS,
            cols: COLS,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pty");
    let mut cmd = CommandBuilder::new("sh");
    cmd.args([
        "-c",
        r#""$0" "$@"; echo "exit=$?""#,
        env!("CARGO_BIN_EXE_quoth"),
    ]);
    cmd.arg(path);
    cmd.env("TERM", "xterm-256color");
    cmd.env_remove("NO_COLOR");
    let mut child = pty.slave.spawn_command(cmd).expect("quoth starts");
    drop(pty.slave);
    let rows = NonZeroU16::new(ROWS).expect("rows");
    let cols = NonZeroU16::new(COLS).expect("cols");
    let parser = Arc::new(Mutex::new(vt100::Parser::new_with_callbacks(
        rows,
        cols,
        0,
        Events::default(),
    )));
    let raw = Arc::new(Mutex::new(Vec::new()));
    let mut reader = pty.master.try_clone_reader().expect("pty reader");
    let (sink, raw_sink) = (Arc::clone(&parser), Arc::clone(&raw));
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            if let (Ok(mut p), Ok(mut r)) = (sink.lock(), raw_sink.lock()) {
                p.process(&buf[..n]);
                r.extend_from_slice(&buf[..n]);
            }
        }
    });
    let mut writer = pty.master.take_writer().expect("pty writer");
    let screen = || parser.lock().expect("parser").screen().contents();
    let name = Path::new(path)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("")
        .to_string();
    let wait_for = |what: &str, ok: &dyn Fn(&str) -> bool| {
        let start = Instant::now();
        loop {
            let s = screen();
            if ok(&s) {
                return s;
            }
            assert!(
                start.elapsed() < HANG_DEADLINE,
                "{name}: waited for {what}:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(40));
        }
    };
    // The status line names the file once the reader has drawn.
    let mut screens = vec![wait_for("the reader", &|s: &str| {
        s.lines()
            .nth(usize::from(ROWS) - 1)
            .is_some_and(|l| l.contains(&name))
    })];
    for key in keys {
        writer.write_all(key.as_bytes()).expect("keys");
        writer.flush().expect("flush");
        // Each key redraws; the status line stays.
        std::thread::sleep(Duration::from_millis(150));
        screens.push(wait_for("a redraw", &|s: &str| s.contains(&name)));
    }
    writer.write_all(b"q").expect("q");
    writer.flush().expect("flush");
    let end = wait_for("quoth to end", &|s: &str| s.contains("exit="));
    assert!(end.contains("exit=0"), "{name}: {end}");
    let start = Instant::now();
    while child.try_wait().expect("try_wait").is_none() {
        assert!(start.elapsed() < HANG_DEADLINE, "the shell ends");
        std::thread::sleep(Duration::from_millis(20));
    }
    let raw = raw.lock().expect("raw").clone();
    let events = parser.lock().expect("parser").callbacks().0.clone();
    Run {
        raw,
        screens,
        events,
    }
}

fn check_reader(case: &Case, path: &str) {
    let run = run_reader(path, &["G", "g", "]", "j"]);
    let out = String::from_utf8_lossy(&run.raw);
    // crossterm and ratatui send CSI only: cursor moves, SGR, modes (`?1049h`, `?25l`, mouse).
    assert_terminal_grammar(case.name, &out, |_| true);
    assert!(run.events.is_empty(), "{}: {:?}", case.name, run.events);
    for screen in &run.screens {
        if let Some(bad) = screen.chars().find(|c| is_forbidden_control(*c)) {
            panic!("{}: control character {bad:?} on screen", case.name);
        }
    }
    for (seq, marker) in SEQUENCES {
        let obeyed = format!("{seq}{marker}");
        assert!(
            !out.contains(&obeyed),
            "{}: {obeyed:?} reached the terminal",
            case.name
        );
    }
    assert!(!out.contains("\x1b]52"), "no clipboard write");
    assert!(!out.contains("\x1b]8;"), "no hyperlink");
    if case.name == "escapes.txt" {
        let first = &run.screens[0];
        for (seq, marker) in SEQUENCES {
            let shown = format!("{}{marker}", sanitize(seq));
            assert!(out.contains(&shown), "{shown:?} drawn as text");
            // vt100 draws no U+REPLACEMENT CHARACTER (the stand-in for C1 controls); the rest of
            // the sequence is on screen as text all the same.
            let on_screen = shown.replace('\u{fffd}', "");
            assert!(
                first.contains(&on_screen),
                "{on_screen:?} on screen:\n{first}"
            );
        }
    }
}

#[test]
fn hostile_input_through_the_reader() {
    let (_dir, files) = case_files(1.0);
    for (case, path) in files.iter().filter(|(case, _)| case.refused.is_none()) {
        check_reader(case, path);
    }
}

#[test]
fn messages_that_echo_input_are_harmless() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let hostile = "\x1b]52;c;cXVvdGg=\x07\x1b[2J\u{9b}31m\u{202e}";
    let missing = dir.path().join(format!("missing{hostile}.txt"));
    let missing = missing.to_str().expect("a UTF-8 path");
    let bogus_option = format!("--bogus{hostile}");
    let runs = [
        vec![missing],
        vec!["--lang", hostile],
        vec![bogus_option.as_str()],
        vec!["http://127.0.0.1:1/\x1b[2J"],
    ];
    for args in runs {
        let o = quoth(&args, None);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        assert!(!err.is_empty(), "{args:?} says what is wrong");
        if let Some(bad) = err.chars().find(|c| is_forbidden_control(*c)) {
            panic!("{args:?}: control character {bad:?} in {err:?}");
        }
    }
}
