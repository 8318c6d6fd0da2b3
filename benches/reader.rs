//! How fast the reader is on a long text: prints figures, asserts nothing.
//!
//!     cargo bench --bench reader [-- PATH...]
//!
//! PATH defaults to the two novels in `samples/long/`. For each: the layout (wrapping) at 80 and
//! 160 columns with every section open and with all folded, one frame at 120×40 in the middle,
//! and the actions a reader feels, each followed by the frame it causes. Under
//! `cargo test --benches` it makes one quick pass so the code stays compiled and working.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use quoth::reader::layout::Layout;
use quoth::reader::stats::Stats;
use quoth::reader::{draw, update, Action, App, Options};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

/// The mean time of `runs` calls of `f` (after one warm-up call), and the last result.
fn time<T>(runs: u32, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut out = f();
    let start = Instant::now();
    for _ in 0..runs {
        out = f();
    }
    (start.elapsed() / runs.max(1), out)
}

fn row(what: &str, d: Duration, note: &str) {
    println!("  {what:<44} {:>9.3} ms   {note}", d.as_secs_f64() * 1000.0);
}

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
    for path in &paths {
        let text = match std::fs::read(path)
            .ok()
            .and_then(|b| quoth::input::decode(&b).ok())
        {
            Some(d) => d.text,
            None => {
                println!("{path}: not readable, skipped");
                continue;
            }
        };
        bench_text(path.rsplit('/').next().unwrap_or(path), text, runs, quick);
    }
}

fn bench_text(name: &str, text: String, runs: u32, quick: bool) {
    println!(
        "{name}: {:.2} MB, mean of {runs} runs each",
        text.len() as f64 / 1e6
    );
    let analysis = quoth::analyze(&text, &quoth::Options::default());
    println!(
        "  ({} blocks, {} sections, {} statements)",
        analysis.blocks.len(),
        analysis.sections.len(),
        analysis.statements.len()
    );
    let (t, stats) = time(runs, || Stats::new(&text, &analysis));
    row("speaker statistics, once per article", t, "");
    for width in [80, 160] {
        for (state, folded) in [("open", false), ("all folded", true)] {
            let folds = vec![folded; analysis.sections.len()];
            let (t, layout) = time(runs, || {
                Layout::new(&text, &analysis, &stats.fold_summaries, width, &folds)
            });
            row(
                &format!("layout at {width} columns, {state}"),
                t,
                &format!("{} lines", layout.len()),
            );
        }
    }

    let word = word_near(&text, 500);
    let mut app = App::new(name, text, analysis, Options::default(), (120, 40));
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("test terminal");
    let frames = if quick { 3 } else { 200 };
    let mut frame = |app: &App| {
        terminal.draw(|f| draw(f, app)).expect("frame");
    };
    update(&mut app, Action::Top);
    let pages = app.layout.len() / 2 / app.page().max(1);
    update(&mut app, Action::Page(isize::try_from(pages).unwrap_or(0)));
    let (t, ()) = time(frames, || frame(&app));
    row("one frame at 120x40, middle of the text", t, "");
    let (t, ()) = time(frames, || {
        update(&mut app, Action::Page(1));
        frame(&app);
    });
    row("page down + frame", t, "");

    // Near the end: the next statement, and past the last one back to the first.
    update(&mut app, Action::Bottom);
    update(&mut app, Action::Page(-3));
    let (t, ()) = time(frames, || {
        update(&mut app, Action::NextStatement);
        frame(&app);
    });
    row("next statement at the end + frame", t, "");
    let (t, ()) = time(frames.min(20), || {
        update(&mut app, Action::NextSpeaker);
        frame(&app);
    });
    row("next speaker + frame", t, "");
    let (t, ()) = time(runs, || {
        update(&mut app, Action::FoldAll);
        frame(&app);
    });
    row("fold all + frame", t, "");
    let (t, ()) = time(runs, || {
        update(&mut app, Action::UnfoldAll);
        frame(&app);
    });
    row("unfold all + frame", t, "");
    let mut width = 120;
    let (t, ()) = time(runs, || {
        width = if width == 120 { 100 } else { 120 };
        update(&mut app, Action::Resize(width, 40));
        frame(&app);
    });
    row("resize 120 <-> 100 columns + frame", t, "");
    let (t, ()) = time(runs, || {
        update(&mut app, Action::SearchStart);
        for c in word.chars() {
            update(&mut app, Action::SearchChar(c));
        }
        update(&mut app, Action::SearchSubmit);
        frame(&app);
    });
    row(
        &format!("search \"{word}\" + frame"),
        t,
        &format!("{} matches", app.search.matches.len()),
    );
    let (t, ()) = time(frames, || {
        update(&mut app, Action::SearchNext);
        frame(&app);
    });
    row("next match + frame", t, "");
}

/// A lower-case word of at least four letters that occurs about `n` times.
fn word_near(text: &str, n: usize) -> String {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in text.split(|c: char| !c.is_alphabetic()) {
        if w.chars().count() >= 4 && w.chars().all(char::is_lowercase) {
            *counts.entry(w).or_default() += 1;
        }
    }
    let mut best: Vec<(&str, usize)> = counts.into_iter().collect();
    best.sort_by_key(|(w, c)| (c.abs_diff(n), *w));
    best.first().map_or("the", |(w, _)| w).to_string()
}
