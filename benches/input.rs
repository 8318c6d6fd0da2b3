//! How time grows with hostile input: every case of `tests/input_cases` at three sizes, through
//! reading (decoding, HTML or Markdown extraction), the analysis, the `--plain` view and the
//! reader's layout. Prints figures, asserts nothing: time that doubles with the size is linear.
//!
//!     cargo bench --bench input
//!
//! Under `cargo test --benches` it makes one quick pass at a small size. Arguments that are
//! numbers are the scales to run instead (1 = the sizes of the issue); other words pick the cases
//! whose names contain them: `cargo bench --bench input -- 0.1 0.2 long-line`.

use std::time::{Duration, Instant};

use quoth::{analyze, input, plain, reader, Options};

#[path = "../tests/input_cases/mod.rs"]
mod input_cases;

fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let value = f();
    (value, start.elapsed())
}

fn ms(d: Duration) -> String {
    format!("{:.0}", d.as_secs_f64() * 1000.0)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let full = args.iter().any(|a| a == "--bench");
    let mut scales: Vec<f64> = args.iter().filter_map(|a| a.parse().ok()).collect();
    if scales.is_empty() {
        scales = if full {
            vec![0.25, 0.5, 1.0]
        } else {
            vec![0.01]
        };
    }
    let picked: Vec<&String> = args
        .iter()
        .filter(|a| !a.starts_with('-') && a.parse::<f64>().is_err())
        .collect();
    println!(
        "{:<24} {:>6} {:>10} {:>9} {:>11} {:>9} {:>10} {:>10} {:>9} {:>7}",
        "case",
        "scale",
        "bytes",
        "read ms",
        "analyse ms",
        "plain ms",
        "layout ms",
        "statements",
        "json MB",
        "×input"
    );
    let dir = std::env::temp_dir().join(format!("quoth-bench-input-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    for &scale in &scales {
        for case in input_cases::all(scale) {
            if !picked.is_empty() && !picked.iter().any(|p| case.name.contains(p.as_str())) {
                continue;
            }
            let (source, read) = timed(|| input::from_bytes(case.name.to_string(), &case.bytes));
            let source = match source {
                Ok(s) => s,
                Err(e) => {
                    println!(
                        "{:<24} {scale:>6} {:>10} {:>9} refused: {e}",
                        case.name,
                        case.bytes.len(),
                        ms(read)
                    );
                    continue;
                }
            };
            let path = dir.join(case.name);
            let peak = std::fs::write(&path, &case.bytes)
                .ok()
                .and_then(|()| peak_rss(&path));
            let (analysis, analyse) = timed(|| analyze(&source.text, &Options::default()));
            let (_, plain_time) = timed(|| plain::render(&source.text, &analysis, false));
            let statements = analysis.statements.len();
            let (_, layout) = timed(|| {
                reader::App::new(
                    case.name,
                    source.text.clone(),
                    analysis,
                    reader::Options::default(),
                    (120, 40),
                )
            });
            let (peak_mb, times) = match peak {
                Some(bytes) => (
                    format!("{:.0}", bytes as f64 / 1e6),
                    format!("{:.1}", bytes as f64 / case.bytes.len() as f64),
                ),
                None => ("-".into(), "-".into()),
            };
            println!(
                "{:<24} {scale:>6} {:>10} {:>9} {:>11} {:>9} {:>10} {:>10} {:>9} {:>7}",
                case.name,
                case.bytes.len(),
                ms(read),
                ms(analyse),
                ms(plain_time),
                ms(layout),
                statements,
                peak_mb,
                times
            );
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The peak resident memory, in bytes, of `quoth --json FILE`, as GNU time (`/usr/bin/time`)
/// counts it; None where there is none. Through time, not straight from this process: a child
/// forked from the bench would count the bench's own pages as its peak.
fn peak_rss(file: &std::path::Path) -> Option<u64> {
    let report = file.with_extension("peak");
    let status = std::process::Command::new("/usr/bin/time")
        .arg("-f")
        .arg("%M")
        .arg("-o")
        .arg(&report)
        .arg(env!("CARGO_BIN_EXE_quoth"))
        .arg("--json")
        .arg(file)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .ok()?;
    let kb: u64 = std::fs::read_to_string(&report).ok()?.trim().parse().ok()?;
    status.success().then_some(kb * 1000)
}
