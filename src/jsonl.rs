//! `--jsonl`: one document a line in, one analysis a line out, for corpora.
//!
//! Every input line gives exactly one output line, in input order: an analysis with the `id` the
//! line gave, or `{"id": …, "error": "…"}` for a line that cannot be analysed (not JSON, no
//! `text`, a `lang` quoth does not read, an empty line, a line longer than the article limit).
//! A line is read with a bound: an endless line without a newline is never held whole.

use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};
use std::sync::{mpsc, Arc, Mutex};

use serde_json::Value;

use crate::input::MAX_INPUT_BYTES;
use crate::model::Lang;
use crate::{analyze, json, Options};

/// The longest line read: an article's limit, as for a file.
pub const MAX_LINE_BYTES: usize = MAX_INPUT_BYTES;

/// Why a run stopped early: its input could not be read, or its output not written.
#[derive(Debug)]
pub enum Failure {
    Read(io::Error),
    Write(io::Error),
}

/// Reads documents from `input` and writes one line for each to `out`, in input order, the
/// documents analysed on `threads` threads. After each line written, `progress` hears how many
/// bytes of input its document took (its line end included). Returns whether any line got an
/// error.
///
/// With more than one thread, a reader thread reads lines, workers analyse them, and this thread
/// writes the answers in order. At most `WINDOW_PER_THREAD` documents a thread are read and not
/// yet written, so an endless stream takes bounded memory however long one document takes. The
/// reader thread is not waited for: when the output closes, the run ends at once, even with the
/// reader blocked on its input.
pub fn run(
    input: impl BufRead + Send + 'static,
    mut out: impl Write,
    threads: usize,
    mut progress: impl FnMut(u64),
) -> Result<bool, Failure> {
    if threads <= 1 {
        return run_on_one_thread(input, out, progress);
    }
    let window = WINDOW_PER_THREAD * threads;
    let (tickets, ticket_rx) = mpsc::sync_channel::<()>(window);
    for _ in 0..window {
        let _ = tickets.send(());
    }
    let (work_tx, work_rx) = mpsc::sync_channel::<Job>(window);
    std::thread::spawn(move || read_lines(input, &ticket_rx, &work_tx));
    let work_rx = Arc::new(Mutex::new(work_rx));
    let (done_tx, done_rx) = mpsc::channel::<(u64, Result<(Answer, u64), io::Error>)>();
    for _ in 0..threads {
        let work_rx = Arc::clone(&work_rx);
        let done_tx = done_tx.clone();
        std::thread::spawn(move || loop {
            let job = match work_rx.lock() {
                Ok(rx) => rx.recv(),
                Err(_) => return,
            };
            let Ok((index, read, line)) = job else { return };
            let answer = line.map(|line| (answer(line.as_deref()), read));
            if done_tx.send((index, answer)).is_err() {
                return;
            }
        });
    }
    drop(done_tx);
    let mut failed = false;
    let mut next = 0u64;
    let mut waiting: BTreeMap<u64, Result<(Answer, u64), io::Error>> = BTreeMap::new();
    for (index, answer) in done_rx {
        waiting.insert(index, answer);
        while let Some(answer) = waiting.remove(&next) {
            let (answer, read) = answer.map_err(Failure::Read)?;
            failed |= answer.failed;
            out.write_all(&answer.line).map_err(Failure::Write)?;
            progress(read);
            next += 1;
            let _ = tickets.send(());
        }
    }
    out.flush().map_err(Failure::Write)?;
    Ok(failed)
}

/// Documents a thread read ahead of the writing: enough to keep every thread busy while one
/// document takes long.
const WINDOW_PER_THREAD: usize = 4;

/// A line read, by its number and the bytes of input it took: its bytes, `None` for a line over
/// the bound, or the read error.
type Job = (u64, u64, Result<Option<Vec<u8>>, io::Error>);

/// One output line (with its line end), and whether it is an error line.
struct Answer {
    line: Vec<u8>,
    failed: bool,
}

/// The reader thread: a line for each ticket, numbered; `None` for a line over the bound. A read
/// error is passed on in order and ends the reading.
fn read_lines(mut input: impl BufRead, tickets: &mpsc::Receiver<()>, work: &mpsc::SyncSender<Job>) {
    let mut index = 0u64;
    while tickets.recv().is_ok() {
        let mut line = Vec::new();
        let mut read = 0;
        let job = match read_line(&mut input, &mut line, MAX_LINE_BYTES, &mut read) {
            Ok(Line::End) => return,
            Ok(Line::TooLong) => Ok(None),
            Ok(Line::Read) => Ok(Some(line)),
            Err(e) => Err(e),
        };
        let stop = job.is_err();
        if work.send((index, read, job)).is_err() || stop {
            return;
        }
        index += 1;
    }
}

fn run_on_one_thread(
    mut input: impl BufRead,
    mut out: impl Write,
    mut progress: impl FnMut(u64),
) -> Result<bool, Failure> {
    let mut failed = false;
    let mut line = Vec::new();
    loop {
        let mut read = 0;
        let found =
            read_line(&mut input, &mut line, MAX_LINE_BYTES, &mut read).map_err(Failure::Read)?;
        let answer = match found {
            Line::End => break,
            Line::TooLong => answer(None),
            Line::Read => answer(Some(&line)),
        };
        failed |= answer.failed;
        out.write_all(&answer.line).map_err(Failure::Write)?;
        progress(read);
    }
    out.flush().map_err(Failure::Write)?;
    Ok(failed)
}

/// The output line for one input line (its line end, if any, left out), without its line end,
/// and whether it is an error line: what `--jsonl` writes for it. This is the Python package's
/// `analyze_jsonl`, and its `analyze_many` for a document given as a mapping.
pub fn answer_to(line: &[u8]) -> (Vec<u8>, bool) {
    // As `read_line` gives it: without its line end, and passed over when longer than the bound.
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let Answer { mut line, failed } = answer((line.len() <= MAX_LINE_BYTES).then_some(line));
    line.pop();
    (line, failed)
}

/// The output line for one input line (`None`: a line over the bound).
fn answer(line: Option<&[u8]>) -> Answer {
    let mut out = Vec::new();
    let result = match line {
        None => Err((
            Value::Null,
            format!(
                "line longer than {} MB, quoth's limit for one article",
                MAX_LINE_BYTES / 1_000_000
            ),
        )),
        // A bug that panics on one document costs that document its line, not the run the
        // rest of its lines.
        Some(line) => {
            let analysed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                analyse_line(line, &mut out)
            }));
            analysed.unwrap_or_else(|_| {
                out.clear();
                Err((
                    Value::Null,
                    "quoth failed on this document (a bug: please report it)".to_string(),
                ))
            })
        }
    };
    let failed = result.is_err();
    if let Err((id, error)) = result {
        let value = serde_json::json!({"id": id, "error": error});
        let _ = json::write_json(&mut out, &value, false);
    }
    out.push(b'\n');
    Answer { line: out, failed }
}

/// What `read_line` found.
#[derive(Debug, PartialEq, Eq)]
enum Line {
    /// A line, in the buffer without its line end.
    Read,
    /// A line longer than the bound: passed over to its end, not kept.
    TooLong,
    /// The end of the input.
    End,
}

/// Reads one line into `buf` (emptied first), holding no more than `max` bytes of it; adds the
/// bytes it took from `input` to `read`.
fn read_line(
    input: &mut impl BufRead,
    buf: &mut Vec<u8>,
    max: usize,
    read: &mut u64,
) -> io::Result<Line> {
    buf.clear();
    let mut too_long = false;
    let mut any = false;
    loop {
        let chunk = match input.fill_buf() {
            Ok(chunk) => chunk,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            break;
        }
        any = true;
        let (part, used, ended) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (&chunk[..i], i + 1, true),
            None => (chunk, chunk.len(), false),
        };
        if !too_long && buf.len() + part.len() <= max {
            buf.extend_from_slice(part);
        } else {
            too_long = true;
            buf.clear();
        }
        input.consume(used);
        *read += used as u64;
        if ended {
            break;
        }
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(match (any, too_long) {
        (false, _) => Line::End,
        (true, true) => Line::TooLong,
        (true, false) => Line::Read,
    })
}

/// Analyses one line and writes its analysis; or says why it cannot, with the line's `id` when
/// it has one. The outer error is a failure to write.
fn analyse_line(line: &[u8], out: &mut Vec<u8>) -> Result<(), (Value, String)> {
    let line = String::from_utf8_lossy(line);
    if line.trim().is_empty() {
        return Err((Value::Null, "empty line: no document".to_string()));
    }
    let doc = match serde_json::from_str::<Value>(&line) {
        Ok(doc) => doc,
        Err(e) => return Err((Value::Null, format!("not valid JSON: {e}"))),
    };
    let id = doc.get("id").cloned().unwrap_or(Value::Null);
    let Some(text) = doc.get("text").and_then(Value::as_str) else {
        return Err((id, "no \"text\" string in this line".to_string()));
    };
    let lang = match lang_of(&doc) {
        Ok(lang) => lang,
        Err(why) => return Err((id, why)),
    };
    match json::refused(text, lang) {
        Some(json::Refused::Language(language)) => {
            let why = format!(
                "the text seems to be in {language}, and quoth reads \"de\" and \"en\" \
                 (a \"lang\" of \"de\" or \"en\" reads it anyway)"
            );
            return Err((id, why));
        }
        Some(json::Refused::TooManyParagraphs) => {
            let why = format!(
                "more than {} paragraphs, more than any article or book",
                crate::input::MAX_PARAGRAPHS
            );
            return Err((id, why));
        }
        None => {}
    }
    let analysis = analyze(text, &Options { lang });
    let extra = json::Extra {
        id: Some(&id),
        ..json::Extra::default()
    };
    // Writing to memory does not fail.
    let _ = json::write(out, text, &analysis, extra, false);
    Ok(())
}

/// A line's `lang`: a language quoth reads, or none (missing or null: detect it).
fn lang_of(doc: &Value) -> Result<Option<Lang>, String> {
    match doc.get("lang") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(code)) => Lang::from_code(code).map(Some).ok_or_else(|| {
            format!(
                "quoth reads \"de\" and \"en\", not \"lang\": {}",
                Value::from(code.as_str())
            )
        }),
        Some(other) => Err(format!("\"lang\" is a language code, not {other}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &str) -> (Vec<Value>, bool) {
        let mut out = Vec::new();
        let failed = run(io::Cursor::new(input.to_string()), &mut out, 1, |_| {}).unwrap();
        let out = String::from_utf8(out).unwrap();
        let values = out
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        (values, failed)
    }

    #[test]
    fn every_line_gives_one_line_in_order() {
        let input = "{\"id\":1,\"text\":\"„Ja“, sagte sie.\"}\n\n   \n{\"id\":2,\"text\":\"b\"}\r\nnot json\n{\"id\":3}\n";
        let (out, failed) = lines(input);
        assert!(failed);
        assert_eq!(out.len(), 6);
        assert_eq!(out[0]["id"], 1);
        assert_eq!(out[0]["statements"][0]["kind"], "direct");
        assert!(out[1]["error"].as_str().unwrap().contains("empty line"));
        assert!(out[2]["error"].is_string());
        assert_eq!(out[3]["id"], 2);
        assert!(out[3]["error"].is_null());
        assert!(out[4]["error"].as_str().unwrap().contains("not valid JSON"));
        assert_eq!(out[5]["id"], 3);
        assert!(out[5]["error"].as_str().unwrap().contains("text"));
        let (out, failed) = lines("{\"id\":1,\"text\":\"a\"}");
        assert!(!failed, "a last line without a line end is a line");
        assert_eq!(out.len(), 1);
    }

    #[test]
    fn every_thread_count_gives_the_same_lines_in_order() {
        let mut input = String::new();
        for i in 0..60 {
            match i % 6 {
                0 => input.push('\n'),
                1 => input.push_str("not json\n"),
                _ => input.push_str(&format!(
                    "{{\"id\":{i},\"text\":\"„Ja {i}“, sagte Anna Weber. Er sagte: „Nein.“ {}\"}}\n",
                    "Wort ".repeat(i * 7)
                )),
            }
        }
        let answer = |threads| {
            let mut out = Vec::new();
            let failed = run(io::Cursor::new(input.clone()), &mut out, threads, |_| {}).unwrap();
            (out, failed)
        };
        let one = answer(1);
        assert_eq!(one.0.iter().filter(|b| **b == b'\n').count(), 60);
        for threads in [2, 3, 8] {
            assert_eq!(answer(threads), one, "{threads} threads");
        }
    }

    #[test]
    fn progress_hears_of_every_line_written_and_the_bytes_it_took() {
        /// Output that the progress callback can look at.
        struct Shared(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);
        impl Write for Shared {
            fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
                self.0.borrow_mut().write(buf)
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let input = "{\"text\":\"a\"}\n\nnot json\r\n{\"text\":\"„Ja“\"}";
        for threads in [1, 2] {
            let out = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
            let mut heard = Vec::new();
            let lines_written = || out.borrow().iter().filter(|b| **b == b'\n').count();
            run(
                io::Cursor::new(input),
                Shared(out.clone()),
                threads,
                |read| heard.push((read, lines_written())),
            )
            .unwrap();
            // Once a line, each time after the line is written.
            let written: Vec<usize> = heard.iter().map(|(_, lines)| *lines).collect();
            assert_eq!(written, [1, 2, 3, 4], "{threads} threads");
            let read: Vec<u64> = heard.iter().map(|(read, _)| *read).collect();
            assert_eq!(read, [13, 1, 10, 19], "{threads} threads");
            assert_eq!(read.iter().sum::<u64>(), input.len() as u64);
        }
    }

    #[test]
    fn a_language_quoth_does_not_read_is_an_error_line() {
        let input = "{\"id\":\"f\",\"lang\":\"fr\",\"text\":\"« Oui », dit-elle.\"}\n\
            {\"id\":\"n\",\"lang\":5,\"text\":\"x\"}\n\
            {\"id\":\"d\",\"lang\":null,\"text\":\"„Ja“, sagte sie.\"}\n\
            {\"id\":\"e\",\"lang\":\"en\",\"text\":\"“Yes,” she said.\"}\n";
        let (out, _) = lines(input);
        assert_eq!(out[0]["id"], "f");
        assert!(out[0]["error"].as_str().unwrap().contains("\"fr\""));
        assert!(out[1]["error"].as_str().unwrap().contains("language code"));
        assert_eq!(out[2]["lang"], "de");
        assert_eq!(out[3]["lang"], "en");
    }

    #[test]
    fn a_text_of_too_many_paragraphs_is_an_error_line() {
        let text = "a\n\n".repeat(crate::input::MAX_PARAGRAPHS + 1);
        let line = serde_json::json!({"id": 9, "text": text}).to_string();
        let (out, failed) = lines(&format!("{line}\n"));
        assert!(failed);
        assert_eq!(out[0]["id"], 9);
        assert!(out[0]["error"].as_str().unwrap().contains("paragraphs"));
    }

    #[test]
    fn a_line_longer_than_the_bound_is_passed_over_not_held() {
        let mut input: &[u8] = b"0123456789\nabc\n0123456789";
        let mut buf = Vec::new();
        assert_eq!(
            read_line(&mut input, &mut buf, 5, &mut 0).unwrap(),
            Line::TooLong
        );
        assert!(buf.is_empty());
        assert_eq!(
            read_line(&mut input, &mut buf, 5, &mut 0).unwrap(),
            Line::Read
        );
        assert_eq!(buf, b"abc");
        assert_eq!(
            read_line(&mut input, &mut buf, 5, &mut 0).unwrap(),
            Line::TooLong
        );
        assert_eq!(
            read_line(&mut input, &mut buf, 5, &mut 0).unwrap(),
            Line::End
        );
        // Through small reads, the bound holds as well.
        let long = format!("{}\n{{\"id\":7,\"text\":\"x\"}}\n", "x".repeat(100));
        let mut small = io::BufReader::with_capacity(8, long.as_bytes());
        assert_eq!(
            read_line(&mut small, &mut buf, 50, &mut 0).unwrap(),
            Line::TooLong
        );
        assert!(buf.capacity() <= 64, "{}", buf.capacity());
        assert_eq!(
            read_line(&mut small, &mut buf, 50, &mut 0).unwrap(),
            Line::Read
        );
    }
}
