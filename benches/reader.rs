//! How fast the reader is on a long text: prints figures, asserts nothing.
//!
//!     cargo bench --bench reader [-- PATH]
//!
//! PATH defaults to the 2 MB novel in `../shared/samples/long/`. Under `cargo test --benches`
//! it makes one quick pass so the code stays compiled and working.

use std::time::{Duration, Instant};

use quoth::reader::layout::Layout;
use quoth::reader::stats::Stats;
use quoth::reader::{draw, update, Action, App, Options};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn time<T>(runs: u32, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut out = f();
    let start = Instant::now();
    for _ in 0..runs {
        out = f();
    }
    (start.elapsed() / runs.max(1), out)
}

fn ms(d: Duration) -> String {
    format!("{:8.3} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let quick = !args.iter().any(|a| a == "--bench");
    let default = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/samples/long/dickens-bleak-house.txt"
    );
    let path = args
        .iter()
        .find(|a| !a.starts_with('-'))
        .map_or(default, String::as_str);
    let text = match std::fs::read(path)
        .ok()
        .and_then(|b| quoth::input::decode(&b).ok())
    {
        Some(d) => d.text,
        None => {
            eprintln!("{path} not readable: using a made-up long text");
            "„Ein Satz“, sagte sie. Und noch einer, der länger ist als der erste.\n\n"
                .repeat(30_000)
        }
    };
    let runs = if quick { 1 } else { 5 };
    println!("text: {} bytes, {} runs each", text.len(), runs);

    let (t, analysis) = time(runs.min(2), || {
        quoth::analyze(&text, &quoth::Options::default())
    });
    println!(
        "analysis (not the reader's)        {}   {} blocks, {} statements",
        ms(t),
        analysis.blocks.len(),
        analysis.statements.len()
    );
    let (t, stats) = time(runs, || Stats::new(&text, &analysis));
    println!("reader stats, once per article     {}", ms(t));
    let folded = vec![false; analysis.sections.len()];
    for width in [40, 70, 100, 160] {
        let (t, layout) = time(runs, || {
            Layout::new(&text, &analysis, &stats.fold_summaries, width, &folded)
        });
        println!(
            "layout at width {width:3}                {}   {} lines",
            ms(t),
            layout.len()
        );
    }

    let mut app = App::new(
        "novel",
        text.clone(),
        analysis,
        Options::default(),
        (120, 40),
    );
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("test terminal");
    let frames = if quick { 3 } else { 200 };
    let mut frame = |app: &App| {
        terminal.draw(|f| draw(f, app)).expect("frame");
    };
    for (name, action) in [
        ("top", Action::Top),
        ("middle", Action::Page(2_000)),
        ("bottom", Action::Bottom),
    ] {
        update(&mut app, action);
        let (t, ()) = time(frames, || frame(&app));
        println!("frame at the {name:6} (120x40)        {}", ms(t));
    }
    update(&mut app, Action::Top);
    let (t, ()) = time(frames, || {
        update(&mut app, Action::Page(1));
        frame(&app);
    });
    println!("page down + frame                  {}", ms(t));
    let (t, ()) = time(frames, || {
        update(&mut app, Action::NextStatement);
        frame(&app);
    });
    println!("next statement + frame             {}", ms(t));
    let (t, ()) = time(frames.min(20), || {
        update(&mut app, Action::NextSpeaker);
        frame(&app);
    });
    println!("next speaker + frame               {}", ms(t));
    let (t, ()) = time(runs, || {
        update(&mut app, Action::FoldAll);
        frame(&app);
        update(&mut app, Action::UnfoldAll);
        frame(&app);
    });
    println!("fold all + unfold all, 2 frames    {}", ms(t));
    let (t, ()) = time(runs, || {
        update(&mut app, Action::Resize(100, 40));
        update(&mut app, Action::Resize(120, 40));
    });
    println!("two resizes (two layouts)          {}", ms(t));
    let (t, ()) = time(runs, || {
        update(&mut app, Action::SearchStart);
        for c in "the".chars() {
            update(&mut app, Action::SearchChar(c));
        }
        update(&mut app, Action::SearchSubmit);
        frame(&app);
    });
    println!(
        "search \"the\" + frame               {}   {} matches",
        ms(t),
        app.search.matches.len()
    );
    let (t, ()) = time(frames, || {
        update(&mut app, Action::SearchNext);
        frame(&app);
    });
    println!("next match + frame                 {}", ms(t));
}
