//! Whole-process figures: prints them, asserts nothing.
//!
//!     cargo bench --bench startup [-- NOVEL...]
//!
//! - `quoth --json NOVEL > /dev/null`: wall time and peak memory (the child's maximum resident
//!   set, from `wait4`), best and median of several runs;
//! - the time from starting `quoth NOVEL` in a 120×40 pseudo-terminal to its first full screen,
//!   next to `less NOVEL` measured the same way. A screen is full when its last row, the status
//!   line of quoth and the prompt of less, both drawn last, holds text.
//!
//! NOVEL defaults to the two novels in `samples/long/`. Under `cargo test --benches` it makes
//! one quick pass.

use std::io::Read;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use portable_pty::{native_pty_system, CommandBuilder, PtySize};

const QUOTH: &str = env!("CARGO_BIN_EXE_quoth");
const ROWS: u16 = 40;
const COLS: u16 = 120;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let quick = !args.iter().any(|a| a == "--bench");
    let mut paths: Vec<String> = args
        .iter()
        .filter(|a| !a.starts_with('-'))
        .cloned()
        .collect();
    if paths.is_empty() {
        for novel in ["dickens-bleak-house.txt", "fontane-vor-dem-sturm.txt"] {
            paths.push(format!(
                "{}/samples/long/{novel}",
                env!("CARGO_MANIFEST_DIR")
            ));
        }
    }
    let runs = if quick { 1 } else { 10 };
    println!("quoth: {QUOTH}");
    println!(
        "{:<28} {:>6} {:>14} {:>14} {:>12}",
        "quoth --json", "MB", "best ms", "median ms", "peak MB"
    );
    for path in &paths {
        let name = path.rsplit('/').next().unwrap_or(path);
        let Ok(meta) = std::fs::metadata(path) else {
            println!("{name}: not found, skipped");
            continue;
        };
        let mut walls = Vec::new();
        let mut peak = 0;
        for _ in 0..runs {
            let (wall, rss) = json_run(path);
            walls.push(wall);
            peak = peak.max(rss);
        }
        let (best, median) = best_and_median(&mut walls);
        println!(
            "{:<28} {:>6.2} {:>14.1} {:>14.1} {:>12.1}",
            name,
            meta.len() as f64 / 1e6,
            ms(best),
            ms(median),
            peak as f64 / 1024.0
        );
    }
    println!();
    println!(
        "{:<28} {:>8} {:>14} {:>14}",
        "first full screen, 120x40", "program", "best ms", "median ms"
    );
    for path in &paths {
        let name = path.rsplit('/').next().unwrap_or(path);
        if std::fs::metadata(path).is_err() {
            continue;
        }
        for (program, argv) in [("quoth", vec![QUOTH, path]), ("less", vec!["less", path])] {
            let mut times: Vec<Duration> = (0..runs).filter_map(|_| first_screen(&argv)).collect();
            if times.is_empty() {
                println!("{name:<28} {program:>8}   did not draw a screen");
                continue;
            }
            let (best, median) = best_and_median(&mut times);
            println!(
                "{:<28} {:>8} {:>14.1} {:>14.1}",
                name,
                program,
                ms(best),
                ms(median)
            );
        }
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn best_and_median(times: &mut [Duration]) -> (Duration, Duration) {
    times.sort();
    (times[0], times[times.len() / 2])
}

/// One `quoth --json PATH > /dev/null`: its wall time and peak resident set in kB.
// The child is reaped by `wait4`, which gives its resource usage; clippy knows only `wait`.
#[allow(clippy::zombie_processes)]
fn json_run(path: &str) -> (Duration, i64) {
    let start = Instant::now();
    let child = Command::new(QUOTH)
        .args(["--json", path])
        .stdout(Stdio::null())
        .spawn()
        .expect("quoth starts");
    let mut status = 0;
    // SAFETY: `rusage` is plain data that wait4 fills; the pid is our own unwaited child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = start.elapsed();
    assert_eq!(waited, pid, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "quoth --json {path} failed"
    );
    (wall, usage.ru_maxrss)
}

/// Starts `argv` in a 120×40 pseudo-terminal and returns how long it took until the screen's
/// last row held text; the program is killed after.
fn first_screen(argv: &[&str]) -> Option<Duration> {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: ROWS,
            cols: COLS,
            pixel_width: 0,
            pixel_height: 0,
        })
        .ok()?;
    let mut cmd = CommandBuilder::new(argv[0]);
    cmd.args(&argv[1..]);
    cmd.env("TERM", "xterm-256color");
    cmd.env("LESS", "");
    let mut reader = pty.master.try_clone_reader().ok()?;
    let (done, when) = mpsc::channel();
    // The reader thread parses as bytes arrive and notes the moment the screen is full, so the
    // figure does not depend on how often anyone looks.
    std::thread::spawn(move || {
        let rows = std::num::NonZeroU16::new(ROWS).expect("rows");
        let cols = std::num::NonZeroU16::new(COLS).expect("cols");
        let mut parser = vt100::Parser::new(rows, cols, 0);
        let mut buf = [0u8; 65536];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            parser.process(&buf[..n]);
            let screen = parser.screen();
            let last = screen.rows(0, COLS).last().unwrap_or_default();
            if !last.trim().is_empty() {
                let _ = done.send(Instant::now());
                break;
            }
        }
    });
    let start = Instant::now();
    let mut child = pty.slave.spawn_command(cmd).ok()?;
    drop(pty.slave);
    let full = when.recv_timeout(Duration::from_secs(10)).ok();
    let _ = child.kill();
    let _ = child.wait();
    full.map(|t| t.saturating_duration_since(start))
}
