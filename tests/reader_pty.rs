//! The real binary in a pseudo-terminal: keys in, screen text out, and the terminal given back.
//! Every wait polls the screen until a deadline, so a loaded machine makes the test slower, not
//! flaky.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{native_pty_system, Child, CommandBuilder, MasterPty, PtySize};

const DEADLINE: Duration = Duration::from_secs(30);
const ROWS: NonZeroU16 = NonZeroU16::new(40).unwrap();
const COLS: NonZeroU16 = NonZeroU16::new(120).unwrap();

struct Session {
    parser: Arc<Mutex<vt100::Parser>>,
    /// Every byte quoth wrote, for what the screen does not keep (OSC 52).
    raw: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
    /// Config and state folders of this session alone, never the user's.
    _home: tempfile::TempDir,
}

impl Session {
    /// Runs `sh -c SCRIPT quoth ARGS...` (so `"$0"` is quoth) in a 120×40 terminal.
    fn start(script: &str, args: &[&str], env: &[(&str, &str)]) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 40,
                cols: 120,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pty");
        let mut cmd = CommandBuilder::new("sh");
        cmd.args(["-c", script, env!("CARGO_BIN_EXE_quoth")]);
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        cmd.env_remove("COLORTERM");
        let home = tempfile::tempdir().expect("a temporary folder");
        cmd.env("XDG_CONFIG_HOME", home.path().join("config"));
        cmd.env("XDG_STATE_HOME", home.path().join("state"));
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).expect("quoth starts");
        drop(pty.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(ROWS, COLS, 0)));
        let mut reader = pty.master.try_clone_reader().expect("pty reader");
        let sink = Arc::clone(&parser);
        let raw = Arc::new(Mutex::new(Vec::new()));
        let raw_sink = Arc::clone(&raw);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let Ok(mut r) = raw_sink.lock() {
                    r.extend_from_slice(&buf[..n]);
                }
                if let Ok(mut p) = sink.lock() {
                    p.process(&buf[..n]);
                }
            }
        });
        let writer = pty.master.take_writer().expect("pty writer");
        Session {
            parser,
            raw,
            writer,
            child,
            _master: pty.master,
            _home: home,
        }
    }

    fn reader(args: &[&str]) -> Session {
        Session::start(r#""$0" "$@"; echo "exit=$?"; stty -a"#, args, &[])
    }

    fn screen(&self) -> String {
        self.parser.lock().expect("parser").screen().contents()
    }

    /// Waits until the screen satisfies `ok`; panics with the screen at the deadline.
    fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ok(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < DEADLINE,
                "waited for {what}; the screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(40));
        }
    }

    fn wait_text(&self, text: &str) -> String {
        self.wait_for(text, |s| s.contains(text))
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("keys");
        self.writer.flush().expect("flush");
    }

    fn status_line(&self) -> String {
        self.screen().lines().nth(39).unwrap_or("").to_string()
    }

    /// Waits for the shell around quoth to end.
    fn wait_exit(&mut self) {
        let start = Instant::now();
        while self.child.try_wait().expect("try_wait").is_none() {
            assert!(
                start.elapsed() < DEADLINE,
                "quoth did not end:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(40));
        }
    }
}

#[test]
fn a_session_from_start_to_quit() {
    let mut s = Session::reader(&[]);
    let screen = s.wait_text("WHO SPEAKS");
    assert!(screen.contains("Die Verhandlungen der USA"), "{screen}");
    assert!(s.parser.lock().unwrap().screen().alternate_screen());

    s.send("]");
    s.wait_for("] to mark the first statement as current", |scr| {
        scr.lines()
            .any(|l| l.contains("▶ „Wir warten auf eine Antwort"))
    });
    let status = s.status_line();
    assert!(
        status.contains("s0") && status.contains("„Wir warten"),
        "{status}"
    );

    s.send("s");
    s.wait_for("s to select a speaker", |scr| {
        scr.lines().nth(39).is_some_and(|l| l.contains("quotation"))
    });
    assert!(s.screen().contains('▶'), "the selected speaker is marked");

    s.send("}");
    let status = s.wait_for("} to move to the speaker's next statement", |scr| {
        scr.lines()
            .nth(39)
            .is_some_and(|l| l.contains("│ s") && !l.contains("quotations"))
    });
    assert!(status.contains('„'), "{status}");

    s.send("zM");
    let screen = s.wait_text("paragraphs");
    assert!(screen.contains("▸ USA warnen vor Eskalation"), "{screen}");
    s.send("zR");
    let screen = s.wait_for("zR to unfold", |scr| !scr.contains("paragraphs,"));
    assert!(screen.contains("▾ USA warnen vor Eskalation"), "{screen}");

    s.send("/Nato\r");
    s.wait_text("match 1 of");
    s.send("n");
    s.wait_text("match 2 of");

    s.send("?");
    s.wait_text("Keys · any key closes");
    s.send("x");
    s.wait_for("the help to close", |scr| !scr.contains("Keys · any key"));

    s.send("q");
    s.wait_exit();
    let screen = s.wait_text("exit=");
    assert!(screen.contains("exit=0"), "{screen}");
    let vt = s.parser.lock().unwrap();
    let term = vt.screen();
    assert!(!term.alternate_screen(), "left the alternate screen");
    assert!(!term.hide_cursor(), "the cursor is shown again");
    assert_eq!(term.mouse_protocol_mode(), vt100::MouseProtocolMode::None);
    // stty after quoth: the line discipline is cooked again.
    let words: Vec<&str> = screen.split_whitespace().collect();
    assert!(
        words.contains(&"icanon") && words.contains(&"echo"),
        "{screen}"
    );
}

#[test]
fn sigterm_gives_the_terminal_back() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let pidfile = dir.path().join("quoth.pid");
    let pidfile = pidfile.to_str().expect("a UTF-8 path");
    let mut s = Session::start(
        r#""$0" "$@" & echo $! > "$PIDFILE"; wait $!; echo "exit=$?"; stty -a"#,
        &[],
        &[("PIDFILE", pidfile)],
    );
    // Once quoth has drawn, its signal handlers are in place.
    s.wait_text("WHO SPEAKS");
    let pid = std::fs::read_to_string(pidfile).expect("the pid file");
    signal("TERM", pid.trim());
    s.wait_exit();
    let screen = s.wait_text("exit=");
    assert!(screen.contains("exit=143"), "{screen}");
    assert!(!s.parser.lock().unwrap().screen().alternate_screen());
    let words: Vec<&str> = screen.split_whitespace().collect();
    assert!(
        words.contains(&"icanon") && words.contains(&"echo"),
        "{screen}"
    );
}

#[test]
fn no_color_means_no_colour_on_screen() {
    let mut s = Session::start(r#""$0" "$@""#, &[], &[("NO_COLOR", "1")]);
    s.wait_text("WHO SPEAKS");
    s.send("]");
    s.wait_text("s0");
    {
        let vt = s.parser.lock().unwrap();
        let term = vt.screen();
        for row in 0..40 {
            for col in 0..120 {
                if let Some(cell) = term.cell(row, col) {
                    assert_eq!(cell.fgcolor(), vt100::Color::Default, "({row}, {col})");
                }
            }
        }
    }
    s.send("q");
    s.wait_exit();
}

/// A copy of the dpa article in `dir`, to be remembered by its path.
fn article_in(dir: &std::path::Path) -> String {
    let path = dir.join("dpa.txt");
    let dpa = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/samples/de/dpa-ukraine-verhandlungen.txt"
    );
    std::fs::copy(dpa, &path).expect("a copy of the article");
    path.to_str().expect("a UTF-8 path").to_string()
}

fn first_line(screen: &str) -> String {
    screen.lines().next().unwrap_or("").trim_end().to_string()
}

#[test]
fn the_place_in_a_file_survives_a_restart() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let state = dir.path().join("state");
    let state = state.to_str().expect("a UTF-8 path");
    let file = article_in(dir.path());
    let env = [("XDG_STATE_HOME", state)];
    let script = r#""$0" "$@"; echo "exit=$?""#;

    // Fold the last section, read on from the top by a few lines, quit.
    let mut s = Session::start(script, &[&file], &env);
    let start = first_line(&s.wait_text("WHO SPEAKS"));
    s.send("Gza");
    s.wait_text("paragraphs,");
    s.send("gjjjjj");
    let screen = s.wait_for("five lines down", |scr| {
        first_line(scr) != start && !scr.contains("paragraphs,")
    });
    let top = first_line(&screen);
    assert!(!top.trim().is_empty(), "{screen}");
    s.send("q");
    s.wait_exit();
    s.wait_text("exit=0");
    assert!(
        std::path::Path::new(state)
            .join("quoth/positions.json")
            .is_file(),
        "the place is kept in the state folder"
    );

    // The same file again: the same line at the top, the sections folded.
    let mut s = Session::start(script, &[&file], &env);
    s.wait_for("the remembered place", |scr| {
        scr.contains("WHO SPEAKS") && first_line(scr) == top
    });
    s.send("G");
    s.wait_for("the fold to be back", |scr| scr.contains("paragraphs,"));
    s.send("q");
    s.wait_exit();

    // --no-remember starts at the top with nothing folded.
    let mut s = Session::start(script, &["--no-remember", &file], &env);
    let screen = s.wait_text("WHO SPEAKS");
    assert_eq!(first_line(&screen), start);
    assert!(!screen.contains("paragraphs,"), "{screen}");
    s.send("q");
    s.wait_exit();
}

#[test]
fn a_broken_config_is_named_and_the_reader_starts_with_defaults() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        "theme = \"dark\"\nmouse = 3\n[keys]\nnext-statement = [\"Pgdown\"]\n",
    )
    .expect("a config");
    let config = config.to_str().expect("a UTF-8 path");
    let mut s = Session::start(r#""$0" "$@"; echo "exit=$?""#, &["--config", config], &[]);
    s.wait_for("the status line to count the problems", |scr| {
        scr.lines()
            .nth(39)
            .is_some_and(|l| l.contains("2 problems in the config"))
    });
    // ] is still the next statement.
    s.send("]");
    s.wait_for("] to mark the first statement", |scr| {
        scr.lines()
            .any(|l| l.contains("▶ „Wir warten auf eine Antwort"))
    });
    s.send("q");
    s.wait_exit();
    let screen = s.wait_text("exit=0");
    // After the reader, the messages it printed before it opened are on the screen again.
    assert!(
        screen.contains(&format!("quoth: {config}:2: mouse: expected true or false")),
        "{screen}"
    );
    assert!(
        screen.contains(&format!(
            "quoth: {config}:4: keys.next-statement: unknown key name"
        )),
        "{screen}"
    );
}

#[test]
fn mouse_false_leaves_the_mouse_to_the_terminal() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for (config, reported) in [("mouse = true\n", true), ("mouse = false\n", false)] {
        let path = dir.path().join("config.toml");
        std::fs::write(&path, config).expect("a config");
        let path = path.to_str().expect("a UTF-8 path");
        let mut s = Session::start(r#""$0" "$@""#, &["--config", path], &[]);
        s.wait_text("WHO SPEAKS");
        let mode = s.parser.lock().unwrap().screen().mouse_protocol_mode();
        assert_eq!(
            mode != vt100::MouseProtocolMode::None,
            reported,
            "{config}: {mode:?}"
        );
        s.send("q");
        s.wait_exit();
    }
}

#[test]
fn y_puts_the_citation_on_the_clipboard_through_the_terminal() {
    use base64::Engine as _;
    let mut s = Session::reader(&[]);
    s.wait_text("WHO SPEAKS");
    s.send("]y");
    s.wait_for("the copy to be reported", |scr| {
        scr.lines()
            .nth(39)
            .is_some_and(|l| l.contains("copied 1 statement"))
    });
    // The sequence may reach the pty after the frame that reports it: wait for its end.
    let began = Instant::now();
    let raw = loop {
        let raw = String::from_utf8_lossy(&s.raw.lock().unwrap()).into_owned();
        let whole = raw
            .find("\x1b]52;c;")
            .is_some_and(|at| raw[at..].contains('\x07'));
        if whole || began.elapsed() > DEADLINE {
            break raw;
        }
        std::thread::sleep(Duration::from_millis(40));
    };
    let start = raw.find("\x1b]52;c;").expect("an OSC 52 sequence") + "\x1b]52;c;".len();
    let end = start + raw[start..].find('\x07').expect("ended by BEL");
    let text = base64::engine::general_purpose::STANDARD
        .decode(&raw[start..end])
        .expect("base64");
    let text = String::from_utf8(text).expect("UTF-8");
    assert!(text.starts_with("„Wir warten auf eine Antwort"), "{text}");
    s.send("q");
    s.wait_exit();
}

/// A novel takes a while to analyse in a debug build: its first page is on screen before, and
/// keys typed then act once the reader is ready.
#[test]
fn a_long_article_shows_its_text_at_once_and_keeps_the_keys_typed_meanwhile() {
    let novel = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/samples/long/dickens-bleak-house.txt"
    );
    let mut s = Session::reader(&["--no-remember", novel]);
    let first = s.wait_text("reading who says what");
    assert!(first.contains("Bleak House"), "{first}");
    assert!(!first.contains("WHO SPEAKS"), "{first}");
    s.send("G");
    // One whole frame: the panel drawn and the status line at the end. (The screen may be
    // caught halfway through a frame, its panel drawn and its status line not yet.)
    let screen = s.wait_for("the analysis shown and G at the end", |scr| {
        scr.contains("WHO SPEAKS") && scr.lines().nth(39).is_some_and(|l| l.contains("100%"))
    });
    assert!(!screen.contains("reading who says what"), "{screen}");
    s.send("q");
    s.wait_exit();
    assert!(s.wait_text("exit=").contains("exit=0"));
}

#[test]
fn q_before_the_analysis_is_done_quits() {
    let novel = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/samples/long/fontane-vor-dem-sturm.txt"
    );
    let mut s = Session::reader(&["--no-remember", novel]);
    s.wait_text("reading who says what");
    s.send("q");
    s.wait_exit();
    let screen = s.wait_text("exit=");
    assert!(screen.contains("exit=0"), "{screen}");
    assert!(!s.parser.lock().unwrap().screen().alternate_screen());
}

/// The state letter of a process ('T' when stopped), from /proc.
fn process_state(pid: &str) -> Option<char> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    stat.rsplit_once(") ")?.1.chars().next()
}

fn signal(sig: &str, pid: &str) {
    let sent = std::process::Command::new("sh")
        .args(["-c", "kill -s \"$1\" \"$2\"", "sh", sig, pid])
        .status()
        .expect("kill runs");
    assert!(sent.success());
}

/// Whether the terminal is in canonical mode with echo, as a shell leaves it (not raw).
fn cooked(s: &Session) -> bool {
    let termios = s._master.get_termios().expect("termios of the pty");
    let flags = termios.local_flags.bits();
    flags & libc::ICANON != 0 && flags & libc::ECHO != 0
}

#[test]
fn suspended_the_reader_gives_the_terminal_back_and_takes_it_again_on_fg() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let pidfile = dir.path().join("quoth.pid");
    let pidfile = pidfile.to_str().expect("a UTF-8 path");
    let mut s = Session::start(
        r#""$0" "$@" & echo $! > "$PIDFILE"; wait $!; echo "exit=$?""#,
        &[],
        &[("PIDFILE", pidfile)],
    );
    s.wait_text("WHO SPEAKS");
    let pid = std::fs::read_to_string(pidfile).expect("the pid file");
    let pid = pid.trim();
    // SIGTSTP from outside, then Ctrl-z typed: both stop quoth with the terminal as it was.
    for stop in ["TSTP", "Ctrl-z"] {
        assert!(!cooked(&s), "raw mode while reading");
        if stop == "TSTP" {
            signal("TSTP", pid);
        } else {
            s.send("\x1a");
        }
        let start = Instant::now();
        while process_state(pid) != Some('T') {
            assert!(start.elapsed() < DEADLINE, "quoth stops on {stop}");
            std::thread::sleep(Duration::from_millis(40));
        }
        // What quoth wrote before it stopped may still be on its way to the emulator.
        s.wait_for("the main screen and the cursor", |_| {
            let vt = s.parser.lock().unwrap();
            !vt.screen().alternate_screen() && !vt.screen().hide_cursor()
        });
        {
            let vt = s.parser.lock().unwrap();
            let screen = vt.screen();
            assert!(
                !screen.alternate_screen(),
                "{stop}: the main screen is back"
            );
            assert!(!screen.hide_cursor(), "{stop}: the cursor shows");
            assert_eq!(
                screen.mouse_protocol_mode(),
                vt100::MouseProtocolMode::None,
                "{stop}: the mouse is the terminal's"
            );
        }
        assert!(cooked(&s), "{stop}: the shell's terminal modes");
        signal("CONT", pid);
        s.wait_for("the reader again", |_| {
            s.parser.lock().unwrap().screen().alternate_screen()
        });
        s.wait_text("WHO SPEAKS");
        let start = Instant::now();
        while cooked(&s) {
            assert!(start.elapsed() < DEADLINE, "raw mode again after {stop}");
            std::thread::sleep(Duration::from_millis(40));
        }
    }
    s.send("q");
    s.wait_exit();
    assert!(s.wait_text("exit=").contains("exit=0"));
}

#[test]
fn jsonl_shows_its_progress_on_a_terminal_and_writes_only_answers_to_its_output() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let input = dir.path().join("in.jsonl");
    let output = dir.path().join("out.jsonl");
    let line = "{\"text\":\"„Ja“, sagte Anna Weber.\"}\n";
    std::fs::write(&input, line.repeat(40)).expect("input written");
    let script = r#""$0" --jsonl < "$1" > "$2"; echo "exit=$?""#;
    let mut s = Session::start(
        script,
        &[input.to_str().unwrap(), output.to_str().unwrap()],
        &[],
    );
    let screen = s.wait_text("exit=0");
    s.wait_exit();
    // The last count stays: every document, and the megabytes they took.
    let expected_mb = format!("{:.1} MB", (line.len() * 40) as f64 / 1e6);
    assert!(
        screen.contains("40 documents") && screen.contains(&expected_mb),
        "{screen}"
    );
    assert!(screen.contains("documents/s"), "{screen}");
    let out = std::fs::read_to_string(&output).expect("output");
    assert_eq!(out.lines().count(), 40);
    assert!(out.lines().all(|l| l.starts_with("{\"actors\"")), "{out}");
}

/// A saved page whose links point somewhere: its canonical address makes the relative one whole.
fn page_with_links(dir: &std::path::Path) -> std::path::PathBuf {
    let para = "<p>The council met on Tuesday. \u{201c}We will build the line,\u{201d} said \
                Mayor Anna Weber, who spoke for an hour about the plan and its cost.</p>";
    let page = format!(
        "<html><head><title>Tram line approved</title>\
         <link rel=\"canonical\" href=\"https://news.example.org/city/tram.html\"></head>\
         <body><article><h1>Tram line approved</h1>\
         <p>Read <a href=\"plan.pdf\">the plan</a> and \
         <a href=\"https://council.example.org/vote\">the vote</a>.</p>{}</article></body></html>",
        para.repeat(6)
    );
    let path = dir.join("tram.html");
    std::fs::write(&path, page).expect("the page written");
    path
}

#[test]
fn o_opens_the_link_with_the_browser_named_in_browser() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let page = page_with_links(dir.path());
    let opened = dir.path().join("opened");
    let browser = dir.path().join("browser");
    std::fs::write(
        &browser,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n",
            opened.display()
        ),
    )
    .expect("the browser written");
    std::fs::set_permissions(
        &browser,
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .expect("executable");
    let mut s = Session::start(
        r#""$0" "$@"; echo "exit=$?""#,
        &[page.to_str().unwrap()],
        &[("BROWSER", browser.to_str().unwrap())],
    );
    s.wait_text("the plan");
    s.send("o");
    s.wait_for("the opening reported", |scr| {
        scr.contains("Opening https://news.example.org/city/plan.pdf")
    });
    let began = Instant::now();
    while !opened.exists() && began.elapsed() < DEADLINE {
        std::thread::sleep(Duration::from_millis(40));
    }
    let got = std::fs::read_to_string(&opened).expect("the browser ran");
    assert_eq!(got, "https://news.example.org/city/plan.pdf\n");
    s.send("q");
    s.wait_text("exit=0");
    s.wait_exit();
}

#[test]
fn o_copies_the_link_where_nothing_opens_links() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let page = page_with_links(dir.path());
    // No BROWSER, no display: nothing here opens links.
    let mut s = Session::start(
        r#"unset BROWSER DISPLAY WAYLAND_DISPLAY; "$0" "$@"; echo "exit=$?""#,
        &[page.to_str().unwrap()],
        &[],
    );
    s.wait_text("the plan");
    s.send("o");
    s.wait_for("the copy reported", |scr| {
        scr.contains("Link copied: https://news")
    });
    let began = Instant::now();
    let sequence = format!("\x1b]52;c;{}\x07", {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD.encode("https://news.example.org/city/plan.pdf")
    });
    while !String::from_utf8_lossy(&s.raw.lock().unwrap()).contains(&sequence) {
        assert!(began.elapsed() < DEADLINE, "no OSC 52 with the link");
        std::thread::sleep(Duration::from_millis(40));
    }
    s.send("q");
    s.wait_text("exit=0");
    s.wait_exit();
}

/// A long text file opens on its beginning while it is read whole; reopened at a place kept far
/// past that beginning, the first screen is that place, read from the whole file.
#[test]
fn a_long_file_reopens_at_its_place_past_the_beginning() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let state = dir.path().join("state");
    let state = state.to_str().expect("a UTF-8 path");
    let mut text = String::new();
    for i in 0..20000 {
        text.push_str(&format!(
            "Paragraph {i} of a long file, read as it is kept.\n\n"
        ));
    }
    let file = dir.path().join("long.txt");
    std::fs::write(&file, &text).expect("the file written");
    assert!(text.len() > 4 * quoth::input::BEGINNING_BYTES);
    let file = file.to_str().expect("a UTF-8 path");
    let env = [("XDG_STATE_HOME", state)];
    let script = r#""$0" "$@"; echo "exit=$?""#;
    let mut s = Session::start(script, &[file], &env);
    s.wait_text("Paragraph 0 of");
    s.send("G");
    s.wait_for("the end", |scr| scr.contains("Paragraph 19999 of"));
    s.send("q");
    s.wait_text("exit=0");
    s.wait_exit();
    let mut s = Session::start(script, &[file], &env);
    // The first screen, drawn before the analysis (a megabyte takes seconds in a debug build),
    // is already the place kept.
    let first = s.wait_text("reading who says what");
    assert!(first.contains("Paragraph 19999 of"), "{first}");
    s.send("q");
    s.wait_text("exit=0");
    s.wait_exit();
}
