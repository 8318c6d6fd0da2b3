//! `quoth._quoth`: the native half of the Python package. It hands texts to the quoth crate and
//! gives back the JSON `quoth --json` and `quoth --jsonl` write, as `str`; `quoth/__init__.py`
//! parses it and raises the errors. The GIL is released while Rust works.

use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;

use quoth::Lang;

/// A `lang` argument: None (detect), "de" or "en".
fn lang_of(lang: Option<&str>) -> PyResult<Option<Lang>> {
    match lang {
        None => Ok(None),
        Some(code) => Lang::from_code(code).map(Some).ok_or_else(|| {
            PyValueError::new_err(format!(
                "quoth reads \"de\" and \"en\" (or None: detect), not lang={code:?}"
            ))
        }),
    }
}

/// What became of one document.
enum Outcome {
    /// The JSON of its analysis, or its `--jsonl` line (an error line included).
    Json(Vec<u8>),
    /// A text quoth will not read, and why.
    Refused(quoth::json::Refused),
    /// quoth panicked on it: a bug.
    Failed,
}

/// One document: a text, or a `--jsonl` line.
fn outcome(item: &(bool, String), lang: Option<Lang>) -> Outcome {
    let (is_line, payload) = item;
    let run = std::panic::catch_unwind(|| {
        if *is_line {
            Ok(quoth::jsonl::answer_to(payload.as_bytes()).0)
        } else {
            quoth::json::of_text(payload, lang)
        }
    });
    match run {
        Ok(Ok(json)) => Outcome::Json(json),
        Ok(Err(why)) => Outcome::Refused(why),
        Err(_) => Outcome::Failed,
    }
}

/// The JSON of an outcome, or the exception it raises, its message after `place` ("item 3: ").
fn into_result(outcome: Outcome, place: &str) -> PyResult<String> {
    match outcome {
        // The crate writes JSON with serde_json: UTF-8 always.
        Outcome::Json(json) => String::from_utf8(json)
            .map_err(|e| PyRuntimeError::new_err(format!("quoth wrote invalid UTF-8: {e}"))),
        Outcome::Refused(quoth::json::Refused::Language(language)) => {
            Err(PyValueError::new_err(format!(
                "{place}the text seems to be in {language}, and quoth reads German and English \
                 (lang=\"de\" or lang=\"en\" reads it anyway)"
            )))
        }
        Outcome::Refused(quoth::json::Refused::TooManyParagraphs) => {
            Err(PyValueError::new_err(format!(
                "{place}the text has more than {} paragraphs, more than any article or book",
                quoth::input::MAX_PARAGRAPHS
            )))
        }
        Outcome::Failed => Err(PyRuntimeError::new_err(format!(
            "{place}quoth failed on this text (a bug: please report it)"
        ))),
    }
}

/// The analysis of one text as the JSON `quoth --json` prints for a text file.
#[pyfunction]
#[pyo3(signature = (text, lang=None))]
fn analyze_json(py: Python<'_>, text: String, lang: Option<&str>) -> PyResult<String> {
    let lang = lang_of(lang)?;
    let item = (false, text);
    into_result(py.detach(|| outcome(&item, lang)), "")
}

/// The analyses of a batch, in order, on `threads` threads. Each item is `(is_line, payload)`: a
/// `--jsonl` line (answered as `--jsonl` answers it, error lines included) or a text (analysed as
/// `analyze_json` does, with `lang`). The first text that cannot be analysed raises, naming its
/// place among all the caller's items: `first` is the place of this batch's first.
#[pyfunction]
#[pyo3(signature = (items, lang=None, threads=1, first=0))]
fn analyze_batch_json(
    py: Python<'_>,
    items: Vec<(bool, String)>,
    lang: Option<&str>,
    threads: usize,
    first: usize,
) -> PyResult<Vec<String>> {
    let lang = lang_of(lang)?;
    let outcomes =
        py.detach(|| quoth::parallel::map_each(&items, threads.max(1), |item| outcome(item, lang)));
    outcomes
        .into_iter()
        .enumerate()
        .map(|(i, outcome)| into_result(outcome, &format!("item {}: ", first + i)))
        .collect()
}

/// The cores this machine offers: the default number of threads.
#[pyfunction]
fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

#[pymodule]
fn _quoth(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(analyze_json, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_batch_json, m)?)?;
    m.add_function(wrap_pyfunction!(cores, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
