//! How fast the analysis is: prints figures per input, asserts nothing.
//!
//!     cargo bench --bench analysis [-- PATH...]
//!
//! By default: the built-in dpa article, all samples in `samples/de` and `samples/en` analysed
//! one after the other, the two novels in `samples/long/`, generated inputs that once took
//! quadratic time (MB/s should not fall as they grow), and the scaling series: 0.5, 1, 2, 4 and
//! 8 MB of the English novel repeated, whose time should grow in proportion. Under
//! `cargo test --benches` it makes one quick pass.

use std::time::{Duration, Instant};

use quoth::{analyze, Options};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let quick = !args.iter().any(|a| a == "--bench");
    let mut paths: Vec<String> = args
        .iter()
        .filter(|a| !a.starts_with('-'))
        .cloned()
        .collect();
    let mut inputs: Vec<(String, Option<String>)> = Vec::new();
    let defaults = paths.is_empty();
    if defaults {
        paths.push(format!("{ROOT}/samples/de/dpa-ukraine-verhandlungen.txt"));
        for novel in ["dickens-bleak-house.txt", "fontane-vor-dem-sturm.txt"] {
            paths.push(format!("{ROOT}/samples/long/{novel}"));
        }
        // Each quotation differs, so that none is taken for a name quoted again.
        let line = |n: usize| -> String {
            (0..n)
                .map(|i| format!("„Wir warten seit {i} Tagen“, sagte Korbin. "))
                .collect()
        };
        inputs.push(("one line, 12 000 quotations".into(), Some(line(12_000))));
        inputs.push(("one line, 48 000 quotations".into(), Some(line(48_000))));
        inputs.push((
            "100 000 tiny paragraphs".into(),
            Some("Kurzer Absatz „hier“.\n\n".repeat(100_000)),
        ));
    }
    let files = paths.iter().map(|p| {
        let name = p.rsplit('/').next().unwrap_or(p).to_string();
        (name, read(p))
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
        measure(&name, &[text], quick, "");
    }
    if !defaults {
        return;
    }
    // Every sample article, each analysed on its own, as a reader of the news meets them.
    let samples: Vec<String> = ["de", "en"]
        .iter()
        .flat_map(|lang| {
            let mut files: Vec<_> = std::fs::read_dir(format!("{ROOT}/samples/{lang}"))
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect();
            files.sort();
            files
        })
        .filter_map(|p| read(&p.to_string_lossy()))
        .collect();
    measure(
        &format!("all {} samples, one by one", samples.len()),
        &samples,
        quick,
        "",
    );
    println!();
    println!("scaling: the English novel repeated");
    let Some(novel) = read(&format!("{ROOT}/samples/long/dickens-bleak-house.txt")) else {
        return;
    };
    let mut times = Vec::new();
    for mb in [0.5, 1.0, 2.0, 4.0, 8.0] {
        let text = prefix_of_repeats(&novel, (mb * 1e6) as usize);
        let note = times.last().map_or(String::new(), |(_, p): &(f64, f64)| {
            format!("(half: {p:.1} ms)")
        });
        let ms = measure(&format!("{mb} MB"), &[text], quick, &note);
        times.push((mb, ms));
    }
    let at = |mb: f64| times.iter().find(|(m, _)| *m == mb).map(|(_, t)| *t);
    if let (Some(two), Some(eight)) = (at(2.0), at(8.0)) {
        println!(
            "8 MB take {:.2} times as long as 2 MB (linear: 4)",
            eight / two
        );
    }
}

fn read(path: &str) -> Option<String> {
    std::fs::read(path)
        .ok()
        .map(|b| String::from_utf8_lossy(&b).into_owned())
}

/// `text` repeated until it is `len` bytes long, cut at a paragraph.
fn prefix_of_repeats(text: &str, len: usize) -> String {
    let mut out = String::with_capacity(len + text.len());
    while out.len() < len {
        out.push_str(text);
        out.push_str("\n\n");
    }
    let cut = out[..len].rfind("\n\n").unwrap_or(len);
    out.truncate(cut);
    out
}

/// Analyses each of `texts` in turn (best of several runs of the whole set); prints a row and
/// returns the milliseconds.
fn measure(name: &str, texts: &[String], quick: bool, note: &str) -> f64 {
    let bytes: usize = texts.iter().map(String::len).sum();
    let runs = if quick {
        1
    } else if bytes > 3_000_000 {
        2
    } else if bytes > 100_000 {
        5
    } else {
        50
    };
    let mut best = Duration::MAX;
    let mut counts = (0, 0);
    for _ in 0..runs {
        let start = Instant::now();
        counts = (0, 0);
        for text in texts {
            let a = analyze(text, &Options::default());
            counts.0 += a.statements.len();
            counts.1 += a.actors.len();
        }
        best = best.min(start.elapsed());
    }
    let mb = bytes as f64 / 1e6;
    println!(
        "{:<32} {:>9.2} {:>12.1} {:>9.2} {:>10} {:>8} {note}",
        name,
        mb,
        best.as_secs_f64() * 1000.0,
        mb / best.as_secs_f64(),
        counts.0,
        counts.1
    );
    best.as_secs_f64() * 1000.0
}
