//! How fast the analysis is: prints figures per input, asserts nothing.
//!
//!     cargo bench --bench analysis [-- PATH...]
//!
//! By default: the built-in dpa article, the two novels in `../shared/samples/long/` when they
//! are there, and generated inputs that once took quadratic time (MB/s should not fall as they
//! grow). Under `cargo test --benches` it makes one quick pass.

use std::time::{Duration, Instant};

use quoth::{analyze, Options};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let quick = !args.iter().any(|a| a == "--bench");
    let mut paths: Vec<String> = args
        .iter()
        .filter(|a| !a.starts_with('-'))
        .cloned()
        .collect();
    let mut inputs: Vec<(String, Option<String>)> = Vec::new();
    if paths.is_empty() {
        let long = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/samples/long/");
        paths.push(
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/samples/de/dpa-ukraine-verhandlungen.txt"
            )
            .into(),
        );
        for novel in ["dickens-bleak-house.txt", "fontane-vor-dem-sturm.txt"] {
            paths.push(format!("{long}{novel}"));
        }
        let line = "„Wir warten“, sagte Lawrow. ";
        inputs.push((
            "one line, 12 000 quotations".into(),
            Some(line.repeat(12_000)),
        ));
        inputs.push((
            "one line, 48 000 quotations".into(),
            Some(line.repeat(48_000)),
        ));
        inputs.push((
            "100 000 tiny paragraphs".into(),
            Some("Kurzer Absatz „hier“.\n\n".repeat(100_000)),
        ));
    }
    let files = paths.iter().map(|p| {
        let name = p.rsplit('/').next().unwrap_or(p).to_string();
        (
            name,
            std::fs::read(p)
                .ok()
                .map(|b| String::from_utf8_lossy(&b).into_owned()),
        )
    });
    let inputs: Vec<(String, Option<String>)> = files.chain(inputs).collect();
    println!(
        "{:<32} {:>9} {:>12} {:>9} {:>10} {:>8}",
        "input", "MB", "analyse ms", "MB/s", "statements", "actors"
    );
    for (name, text) in inputs {
        let Some(text) = text else {
            println!("{name}: not found, skipped");
            continue;
        };
        let runs = if quick {
            1
        } else if text.len() > 100_000 {
            3
        } else {
            50
        };
        let mut best = Duration::MAX;
        let mut result = None;
        for _ in 0..runs {
            let start = Instant::now();
            let a = analyze(&text, &Options::default());
            best = best.min(start.elapsed());
            result = Some(a);
        }
        let Some(a) = result else { continue };
        let mb = text.len() as f64 / 1e6;
        println!(
            "{:<32} {:>9.2} {:>12.1} {:>9.2} {:>10} {:>8}",
            name,
            mb,
            best.as_secs_f64() * 1000.0,
            mb / best.as_secs_f64(),
            a.statements.len(),
            a.actors.len()
        );
    }
}
