//! `--jsonl` throughput: documents and megabytes a second on one thread and on every core, over
//! the dev corpora of the shared folder (`de-wikinews.dev`, `en-polnear.dev`, `quoth-gold.dev`,
//! each line as `{"id", "lang", "text"}`) repeated to at least 20 MB. Prints figures, asserts
//! nothing but that every thread count gives the same bytes.
//!
//!     cargo bench --bench jsonl
//!
//! Under `cargo test --benches` it makes one quick pass over one copy. Without the shared folder
//! it reads the samples of `samples/de` and `samples/en` instead.

use std::io::Cursor;
use std::time::Instant;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// One copy of the documents, as JSON lines.
fn documents() -> String {
    let corpora = ["de-wikinews.dev", "en-polnear.dev", "quoth-gold.dev"];
    let mut out = String::new();
    for name in corpora {
        let path = format!("{ROOT}/../shared/eval/corpora/{name}.jsonl");
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        for line in text.lines() {
            let Ok(doc) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let slim =
                serde_json::json!({"id": doc["id"], "lang": doc["lang"], "text": doc["text"]});
            out.push_str(&slim.to_string());
            out.push('\n');
        }
    }
    if out.is_empty() {
        for dir in ["samples/de", "samples/en"] {
            for entry in std::fs::read_dir(format!("{ROOT}/{dir}"))
                .into_iter()
                .flatten()
                .flatten()
            {
                let path = entry.path();
                if path.extension().is_some_and(|e| e == "txt") {
                    let text = std::fs::read_to_string(&path).unwrap_or_default();
                    out.push_str(
                        &serde_json::json!({"id": path.to_string_lossy(), "text": text})
                            .to_string(),
                    );
                    out.push('\n');
                }
            }
        }
    }
    out
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let one = documents();
    let copies = if full {
        20_000_000 / one.len().max(1) + 1
    } else {
        1
    };
    let input = one.repeat(copies);
    let docs = input.lines().count();
    let mb = input.len() as f64 / 1e6;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("{docs} documents, {mb:.1} MB ({copies} copies of the dev corpora)");
    println!(
        "{:>8} {:>9} {:>12} {:>8} {:>9}",
        "threads", "seconds", "documents/s", "MB/s", "speed-up"
    );
    let mut first: Option<(f64, Vec<u8>)> = None;
    let mut counts = vec![1];
    if cores > 1 {
        counts.push(cores);
    }
    for threads in counts {
        let mut out = Vec::with_capacity(input.len() * 2);
        let start = Instant::now();
        quoth::jsonl::run(Cursor::new(input.clone()), &mut out, threads, |_| {})
            .expect("the run ends");
        let seconds = start.elapsed().as_secs_f64();
        let speedup = first.as_ref().map_or(1.0, |(s, _)| s / seconds);
        println!(
            "{threads:>8} {seconds:>9.2} {:>12.0} {:>8.2} {speedup:>8.2}x",
            docs as f64 / seconds,
            mb / seconds
        );
        match &first {
            None => first = Some((seconds, out)),
            Some((_, bytes)) => assert!(*bytes == out, "{threads} threads gave other bytes"),
        }
    }
}
