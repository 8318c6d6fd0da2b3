//! Which attribution sieve misleads: for an annotated corpus, each sieve's statements (by their
//! `attributed_by`), how many of them the gold has, and how often their speaker is right.
//!
//! ```text
//! cargo run --release --example sieve_report -- CORPUS.jsonl [--task quotes|all] [--lang de|en] [--limit N]
//! ```
//!
//! The corpus format is in `../shared/eval/README.md`. Matching and the speaker rule are those of
//! `../shared/eval/score.py`, replicated here so that the totals printed at the end are its own
//! (it runs `quoth --jsonl`, which calls the same `quoth::analyze` with each document's `lang`).
//!
//! Gold offsets are Python `str` indices (chars), quoth's are bytes. The gold is turned into bytes
//! once, and a "set of characters" below is the set of byte offsets at which those chars start:
//! its size is the number of chars, and every comparison of offsets gives the answer it gives in
//! chars, so nothing is converted back.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::io::Write;
use std::process::ExitCode;
use std::sync::OnceLock;

use quoth::model::{Actor, Analysis, Lang, Statement, StatementKind};
use regex::Regex;
use serde::Deserialize;

/// score.py's QUOTE_MARKS: ignored at the ends of a span, as is white space.
const QUOTE_MARKS: &str = "\"'„“”‚‘’«»‹›「」『』";

#[derive(Clone, Copy, PartialEq, Debug)]
enum Task {
    Quotes,
    All,
}

struct Args {
    corpus: String,
    task: Task,
    lang: Option<Lang>,
    limit: usize,
}

const USAGE: &str =
    "usage: sieve_report CORPUS.jsonl [--task quotes|all] [--lang de|en] [--limit N]";

fn parse_args(mut it: impl Iterator<Item = String>) -> Result<Args, String> {
    let (mut corpus, mut task, mut lang, mut limit) = (None, Task::Quotes, None, 0);
    while let Some(arg) = it.next() {
        let mut value = || it.next().ok_or(format!("{arg} needs a value\n{USAGE}"));
        match arg.as_str() {
            "--task" => {
                task = match value()?.as_str() {
                    "quotes" => Task::Quotes,
                    "all" => Task::All,
                    other => return Err(format!("--task is quotes or all, not {other:?}")),
                }
            }
            "--lang" => {
                lang = match value()?.as_str() {
                    "de" => Some(Lang::De),
                    "en" => Some(Lang::En),
                    other => return Err(format!("--lang is de or en, not {other:?}")),
                }
            }
            "--limit" => {
                let v = value()?;
                limit = v
                    .parse()
                    .map_err(|_| format!("--limit needs a number, not {v:?}"))?;
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            _ if arg.starts_with('-') => return Err(format!("unknown option {arg}\n{USAGE}")),
            _ if corpus.is_none() => corpus = Some(arg),
            _ => return Err(format!("one corpus only, not also {arg:?}\n{USAGE}")),
        }
    }
    let corpus = corpus.ok_or_else(|| USAGE.to_string())?;
    Ok(Args {
        corpus,
        task,
        lang,
        limit,
    })
}

// ---------------------------------------------------------------------------------------------
// The corpus

#[derive(Deserialize)]
struct RawDoc {
    /// Required, as score.py reads `d["id"]`; only used to warn of ids it would confuse.
    id: serde_json::Value,
    #[serde(default)]
    lang: Option<String>,
    text: String,
    statements: Vec<RawGold>,
}

#[derive(Deserialize, Clone)]
struct RawGold {
    spans: Vec<(i64, i64)>,
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    speaker: Option<String>,
    #[serde(default)]
    speaker_spans: Option<Vec<(i64, i64)>>,
    #[serde(default)]
    nested: Option<bool>,
    #[serde(default)]
    fragments: Option<Vec<(i64, i64)>>,
}

/// A gold statement the task scores, its offsets in bytes.
struct Gold {
    spans: Vec<(i64, i64)>,
    /// None when the gold names nobody (then the pair's speaker is not scored).
    speaker: Option<String>,
    speaker_spans: Vec<(i64, i64)>,
}

struct Doc {
    text: String,
    lang: Option<Lang>,
    gold: Vec<Gold>,
}

/// The corpus's documents in the language asked for, with the gold the task scores.
fn read_corpus(args: &Args) -> Result<Vec<Doc>, String> {
    let path = &args.corpus;
    let raw = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let mut docs = Vec::new();
    let mut ids = HashSet::new();
    for (n, line) in raw.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let doc: RawDoc =
            serde_json::from_str(line).map_err(|e| format!("{path}, line {}: {e}", n + 1))?;
        if args
            .lang
            .is_some_and(|l| doc.lang.as_deref() != Some(l.code()))
        {
            continue;
        }
        // score.py keys the analyses by id: two documents with one id get the same analysis.
        let id = doc.id.as_str().map_or(doc.id.to_string(), str::to_string);
        if !ids.insert(id.clone()) {
            eprintln!("warning: id {id:?} twice: score.py scores both against one analysis");
        }
        docs.push(to_doc(doc, args.task));
        if args.limit > 0 && docs.len() == args.limit {
            break;
        }
    }
    Ok(docs)
}

fn to_doc(doc: RawDoc, task: Task) -> Doc {
    let offsets = CharToByte::new(&doc.text);
    let bytes = |spans: &[(i64, i64)]| -> Vec<(i64, i64)> {
        spans
            .iter()
            .map(|&(a, b)| (offsets.byte(a), offsets.byte(b)))
            .collect()
    };
    let gold = gold_items(doc.statements, task)
        .into_iter()
        .map(|g| Gold {
            spans: bytes(&g.spans),
            speaker: g.speaker.filter(|s| !s.is_empty()),
            speaker_spans: bytes(g.speaker_spans.as_deref().unwrap_or_default()),
        })
        .collect();
    let lang = match doc.lang.as_deref() {
        Some("de") => Some(Lang::De),
        Some("en") => Some(Lang::En),
        _ => None, // as `quoth --jsonl`: detected
    };
    Doc {
        text: doc.text,
        lang,
        gold,
    }
}

/// The gold statements a task scores, as score.py's `gold_items`: for `quotes`, a `mixed`
/// statement counts by each of its quoted fragments; for `all`, nested statements and stand-alone
/// fragments (`partial`) are parts of others and not counted again.
fn gold_items(statements: Vec<RawGold>, task: Task) -> Vec<RawGold> {
    let mut out = Vec::new();
    for g in statements {
        match task {
            Task::All if !g.nested.unwrap_or(false) && g.kind != "partial" => out.push(g),
            Task::All => {}
            Task::Quotes if g.kind == "mixed" => {
                for &f in g.fragments.as_deref().unwrap_or_default() {
                    out.push(RawGold {
                        spans: vec![f],
                        ..g.clone()
                    });
                }
            }
            Task::Quotes if g.kind == "direct" || g.kind == "partial" => out.push(g),
            Task::Quotes => {}
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Offsets and sets of characters

/// Char offsets (Python `str` indices) to byte offsets in one text.
struct CharToByte {
    /// The byte offset of each char, then the text's length.
    starts: Vec<usize>,
}

impl CharToByte {
    fn new(text: &str) -> Self {
        let mut starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        starts.push(text.len());
        CharToByte { starts }
    }

    /// Strictly increasing over all integers, past either end too: score.py compares raw gold
    /// offsets, so an offset out of the text must keep its order against every other.
    fn byte(&self, c: i64) -> i64 {
        let chars = self.starts.len() as i64 - 1;
        match usize::try_from(c) {
            Err(_) => c,
            Ok(i) => match self.starts.get(i) {
                Some(&b) => b as i64,
                None => *self.starts.last().unwrap_or(&0) as i64 + (c - chars),
            },
        }
    }
}

/// Python's `str.isspace`: Unicode white space and the ASCII separators U+001C..U+001F.
fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// The first char boundary at or after a byte offset, inside the text. A byte offset inside a
/// char stands for the next char, as `quoth::json::CharOffsets` counts it.
fn snap(text: &str, byte: i64) -> usize {
    let mut b = usize::try_from(byte).unwrap_or(0).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    b
}

/// score.py's `trimmed`: without quotation marks and white space at either end, nor a closing
/// `.,;:`, which differ in the gold and the output without changing what was said.
fn trimmed(text: &str, mut a: usize, mut b: usize) -> (usize, usize) {
    while let Some(c) = text[a..b].chars().next() {
        if !(is_space(c) || QUOTE_MARKS.contains(c)) {
            break;
        }
        a += c.len_utf8();
    }
    while let Some(c) = text[a..b].chars().next_back() {
        if !(is_space(c) || QUOTE_MARKS.contains(c) || ".,;:".contains(c)) {
            break;
        }
        b -= c.len_utf8();
    }
    (a, b)
}

/// score.py's `charset`, as the sorted byte offsets of the chars the spans cover, trimmed.
fn charset(text: &str, spans: impl IntoIterator<Item = (i64, i64)>) -> Vec<usize> {
    let mut out = Vec::new();
    for (a, b) in spans {
        let (a, b) = (snap(text, a), snap(text, b));
        if a >= b {
            continue;
        }
        let (a, b) = trimmed(text, a, b);
        out.extend(text[a..b].char_indices().map(|(i, _)| a + i));
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The size of the intersection of two sorted sets.
fn shared(a: &[usize], b: &[usize]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => (i, j, n) = (i + 1, j + 1, n + 1),
        }
    }
    n
}

/// score.py's `overlaps` of one span with any of others.
fn overlaps((a, b): (i64, i64), others: &[(i64, i64)]) -> bool {
    others.iter().any(|&(c, d)| a < d && c < b)
}

/// score.py's matching: a pair may match when the chars it shares are at least half of each;
/// pairs are taken greedily, best shared/union first, one to one. Ties go as Python's reverse
/// sort of `(score, i, j)` takes them: higher gold index first, then higher predicted index.
fn match_pairs(gold: &[Vec<usize>], pred: &[Vec<usize>]) -> Vec<(usize, usize)> {
    let mut cands = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        for (j, p) in pred.iter().enumerate() {
            let n = shared(g, p);
            if !g.is_empty() && !p.is_empty() && n * 2 >= g.len() && n * 2 >= p.len() {
                cands.push((n as f64 / (g.len() + p.len() - n) as f64, i, j));
            }
        }
    }
    cands.sort_by(|x, y| y.0.total_cmp(&x.0).then(y.1.cmp(&x.1)).then(y.2.cmp(&x.2)));
    let (mut gold_used, mut pred_used) = (HashSet::new(), HashSet::new());
    let mut pairs = Vec::new();
    for (_, i, j) in cands {
        if !gold_used.contains(&i) && !pred_used.contains(&j) {
            gold_used.insert(i);
            pred_used.insert(j);
            pairs.push((i, j));
        }
    }
    pairs
}

// ---------------------------------------------------------------------------------------------
// Names

/// score.py's WORD, `[^\W\d_][\w\-']*`, in Python's sense of Unicode: `\w` is a letter or a
/// number (categories L and N) or `_`, `\d` a decimal digit (Nd). Rust's `char::is_alphanumeric`
/// would also take the combining marks of the Alphabetic property, which Python's `\w` does not.
fn words(s: &str) -> impl Iterator<Item = &str> {
    static WORD: OnceLock<Regex> = OnceLock::new();
    let re = WORD.get_or_init(|| {
        Regex::new(r"[\p{L}\p{Nl}\p{No}][\p{L}\p{N}_\-']*").expect("a constant, valid pattern")
    });
    re.find_iter(s).map(|m| m.as_str())
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Python's `str.isupper`: a cased char, and none lowercase or titlecase (category Lt, listed).
fn is_upper_word(w: &str) -> bool {
    let title = |c: char| {
        matches!(
            c,
            '\u{1c5}' | '\u{1c8}' | '\u{1cb}' | '\u{1f2}' | '\u{1fbc}' | '\u{1fcc}' | '\u{1ffc}'
        ) || (('\u{1f88}'..='\u{1faf}').contains(&c) && (c as u32 & 0xf) >= 8)
    };
    !w.chars().any(|c| c.is_lowercase() || title(c)) && w.chars().any(char::is_uppercase)
}

/// score.py's `name_words`: the capitalised words of three letters or more, lowercased.
fn name_words(s: &str) -> BTreeSet<String> {
    words(s)
        .filter(|w| w.chars().count() >= 3 && starts_upper(w))
        .map(str::to_lowercase)
        .collect()
}

/// score.py's `acronyms`: the initials of a name's capitalised words ('Syrian Democratic Forces'
/// -> 'sdf'), and the all-capital words it holds ('SDF').
fn acronyms(s: &str) -> BTreeSet<String> {
    let all: Vec<&str> = words(s).collect();
    let caps: Vec<&str> = all.iter().copied().filter(|w| starts_upper(w)).collect();
    let mut out: BTreeSet<String> = all
        .iter()
        .filter(|w| w.chars().count() >= 2 && is_upper_word(w))
        .map(|w| w.to_lowercase())
        .collect();
    if caps.len() >= 2 {
        let initials: String = caps.iter().filter_map(|w| w.chars().next()).collect();
        out.insert(initials.to_lowercase());
    }
    out
}

/// score.py's `same_name`: a shared capitalised word, or an inflected or compounded form of one
/// of five letters or more ('Innenministeriums', 'Innenministerium'), or a shared acronym.
fn same_name(pred_words: &BTreeSet<String>, pred_acronyms: &BTreeSet<String>, gold: &str) -> bool {
    let gold_words = name_words(gold);
    let prefix = |p: &String, g: &String| {
        let (short, long) = if g.chars().count() < p.chars().count() {
            (g, p)
        } else {
            (p, g)
        };
        short.chars().count() >= 5 && long.starts_with(short.as_str())
    };
    !pred_words.is_disjoint(&gold_words)
        || pred_words
            .iter()
            .any(|p| gold_words.iter().any(|g| prefix(p, g)))
        || !pred_acronyms.is_disjoint(&acronyms(gold))
}

// ---------------------------------------------------------------------------------------------
// Scoring

/// The actor the JSON names as speaker: score.py finds it by id, and the last actor with that id
/// wins, as in its dict.
fn actor_of<'a>(analysis: &'a Analysis, p: &Statement) -> Option<&'a Actor> {
    let id = &analysis.actors.get(p.speaker?)?.id;
    analysis.actors.iter().rev().find(|a| &a.id == id)
}

/// score.py's speaker rule: the predicted mention overlaps a gold speaker span, or the actor's
/// name or one of its mentions names the gold speaker.
fn speaker_right(text: &str, analysis: &Analysis, p: &Statement, g: &Gold, speaker: &str) -> bool {
    if let Some(m) = p.speaker_mention {
        if overlaps((m.start as i64, m.end as i64), &g.speaker_spans) {
            return true;
        }
    }
    let Some(actor) = actor_of(analysis, p) else {
        return false;
    };
    let (mut words, mut acros) = (name_words(&actor.name), acronyms(&actor.name));
    for m in &actor.mentions {
        let (a, b) = (snap(text, m.start as i64), snap(text, m.end as i64));
        let s = text.get(a..b).unwrap_or("");
        words.extend(name_words(s));
        acros.extend(acronyms(s));
    }
    same_name(&words, &acros, speaker)
}

/// The predicted statements a task scores, with their sets of chars. For `all`, one that lies
/// inside another is part of it and dropped.
fn predicted<'a>(
    text: &str,
    analysis: &'a Analysis,
    task: Task,
) -> Vec<(&'a Statement, Vec<usize>)> {
    let kept: Vec<_> = analysis
        .statements
        .iter()
        .filter(|s| {
            task == Task::All || matches!(s.kind, StatementKind::Direct | StatementKind::Partial)
        })
        .map(|s| {
            (
                s,
                charset(
                    text,
                    s.spans.iter().map(|sp| (sp.start as i64, sp.end as i64)),
                ),
            )
        })
        .collect();
    if task == Task::Quotes {
        return kept;
    }
    let inside = |i: usize, j: usize| {
        let (a, b) = (&kept[i].1, &kept[j].1);
        i != j && !a.is_empty() && a.len() < b.len() && shared(a, b) == a.len()
    };
    (0..kept.len())
        .filter(|&i| !(0..kept.len()).any(|j| inside(i, j)))
        .map(|i| kept[i].clone())
        .collect()
}

/// What one sieve did: predicted statements it decided, how many the gold has, how many of those
/// have a gold speaker, and on how many of these it named the right one.
#[derive(Default, Clone, Copy)]
struct Row {
    predicted: usize,
    matched: usize,
    with_speaker: usize,
    right: usize,
}

/// Scores one document into the rows, keyed by `attributed_by`; returns its number of gold items.
fn score_doc(doc: &Doc, task: Task, rows: &mut BTreeMap<String, Row>) -> usize {
    let analysis = quoth::analyze(&doc.text, &quoth::Options { lang: doc.lang });
    let pred = predicted(&doc.text, &analysis, task);
    let gold_sets: Vec<_> = doc
        .gold
        .iter()
        .map(|g| charset(&doc.text, g.spans.iter().copied()))
        .collect();
    let pred_sets: Vec<_> = pred.iter().map(|(_, set)| set.clone()).collect();
    let mut gold_of = vec![None; pred.len()];
    for (i, j) in match_pairs(&gold_sets, &pred_sets) {
        gold_of[j] = Some(i);
    }
    for ((p, _), gold) in pred.iter().zip(gold_of) {
        let label = p
            .attributed_by
            .clone()
            .unwrap_or_else(|| "(none)".to_string());
        let row = rows.entry(label).or_default();
        row.predicted += 1;
        let Some(g) = gold.and_then(|i| doc.gold.get(i)) else {
            continue;
        };
        row.matched += 1;
        if let Some(speaker) = &g.speaker {
            row.with_speaker += 1;
            row.right += usize::from(speaker_right(&doc.text, &analysis, p, g, speaker));
        }
    }
    doc.gold.len()
}

// ---------------------------------------------------------------------------------------------
// Report

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Precision, recall and F1, as score.py's `prf`.
fn prf(tp: usize, pred: usize, gold: usize) -> (f64, f64, f64) {
    let (p, r) = (ratio(tp, pred), ratio(tp, gold));
    (
        p,
        r,
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        },
    )
}

fn cell(a: usize, b: usize) -> String {
    if b == 0 {
        "-".to_string()
    } else {
        format!("{:.3}", ratio(a, b))
    }
}

/// The table, one row a sieve, most statements first.
fn table(rows: &BTreeMap<String, Row>, out: &mut String) {
    let wrong_all: usize = rows.values().map(|r| r.with_speaker - r.right).sum();
    let mut sorted: Vec<_> = rows.iter().collect();
    sorted.sort_by(|a, b| b.1.predicted.cmp(&a.1.predicted).then(a.0.cmp(b.0)));
    let w = sorted
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0)
        .max(13);
    out.push_str(&format!(
        "{:<w$}  {:>9}  {:>7}  {:>12}  {:>5}  {:>5}  {:>9}  {:>14}\n",
        "attributed_by",
        "predicted",
        "matched",
        "gold speaker",
        "right",
        "wrong",
        "precision",
        "share of wrong"
    ));
    for (label, r) in sorted {
        let wrong = r.with_speaker - r.right;
        out.push_str(&format!(
            "{label:<w$}  {:>9}  {:>7}  {:>12}  {:>5}  {:>5}  {:>9}  {:>14}\n",
            r.predicted,
            r.matched,
            r.with_speaker,
            r.right,
            wrong,
            cell(r.right, r.with_speaker),
            cell(wrong, wrong_all)
        ));
    }
}

/// The totals, worded as score.py prints them.
fn totals(rows: &BTreeMap<String, Row>, gold: usize, out: &mut String) {
    let sum = rows.values().fold(Row::default(), |s, r| Row {
        predicted: s.predicted + r.predicted,
        matched: s.matched + r.matched,
        with_speaker: s.with_speaker + r.with_speaker,
        right: s.right + r.right,
    });
    let (p, r, f) = prf(sum.matched, sum.predicted, gold);
    // joint: matched pairs without a gold speaker count as right, as in score.py
    let joint = sum.right + (sum.matched - sum.with_speaker);
    let (jp, jr, jf) = prf(joint, sum.predicted, gold);
    out.push_str(&format!(
        "\ngold={gold}  predicted={}  matched={}\nstatements      P {p:.3}  R {r:.3}  F1 {f:.3}\n",
        sum.predicted, sum.matched
    ));
    out.push_str(&format!(
        "speaker right on matched: {:.3}  ({}/{})\njoint           P {jp:.3}  R {jr:.3}  F1 {jf:.3}  (F1 {jf:.4})\n",
        ratio(sum.right, sum.with_speaker),
        sum.right,
        sum.with_speaker
    ));
}

fn run(args: &Args) -> Result<(), String> {
    let docs = read_corpus(args)?;
    let mut rows = BTreeMap::new();
    let gold: usize = docs
        .iter()
        .map(|d| score_doc(d, args.task, &mut rows))
        .sum();
    let name = args.corpus.rsplit('/').next().unwrap_or(&args.corpus);
    let lang = args
        .lang
        .map_or(String::new(), |l| format!(" ({})", l.code()));
    let task = format!("{:?}", args.task).to_lowercase();
    let mut out = format!("{name}{lang}  task={task}  docs={}\n\n", docs.len());
    table(&rows, &mut out);
    totals(&rows, gold, &mut out);
    std::io::stdout()
        .write_all(out.as_bytes())
        .map_err(|e| format!("cannot write the report: {e}"))
}

fn main() -> ExitCode {
    match parse_args(std::env::args().skip(1)).and_then(|args| run(&args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sieve_report: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_become_byte_offsets_with_umlauts_and_low_quotes() {
        let text = "„Grüße“, sagte Müller.";
        let o = CharToByte::new(text);
        let chars: Vec<char> = text.chars().collect();
        for a in 0..=chars.len() {
            for b in a..=chars.len() {
                let (x, y) = (o.byte(a as i64) as usize, o.byte(b as i64) as usize);
                assert_eq!(text[x..y], chars[a..b].iter().collect::<String>());
            }
        }
        assert_eq!(o.byte(1), 3); // „ takes three bytes
        assert_eq!(&text[o.byte(1) as usize..o.byte(6) as usize], "Grüße");
        // Out of the text the order is kept, as raw offsets compare in score.py.
        let end = text.len() as i64;
        assert_eq!((o.byte(-1), o.byte(chars.len() as i64 + 2)), (-1, end + 2));
    }

    #[test]
    fn sets_of_chars_ignore_marks_and_space_and_count_chars() {
        let text = "Er sagte: „Grüße aus Köln.“ ";
        let o = CharToByte::new(text);
        // the gold's char offsets of „Grüße aus Köln.“ and the space after it
        let set = charset(text, [(o.byte(10), o.byte(28))]);
        assert_eq!(set.len(), "Grüße aus Köln".chars().count());
        // with a byte offset inside „, the span starts at the next char, as quoth's JSON counts it
        assert_eq!(charset(text, [(o.byte(10) + 1, o.byte(28))]), set);
        assert_eq!(set.first().copied(), text.find('G'));
    }

    #[test]
    fn a_pair_matches_when_it_shares_half_of_each() {
        let gold = vec![(0..10).collect::<Vec<usize>>()];
        assert_eq!(match_pairs(&gold, &[(5..10).collect()]), vec![(0, 0)]);
        assert!(match_pairs(&gold, &[(6..10).collect()]).is_empty());
        // half of the gold, but less than half of the prediction
        assert!(match_pairs(&gold, &[(5..16).collect()]).is_empty());
        // one to one, the best overlap first
        let pairs = match_pairs(&gold, &[(4..10).collect(), (0..9).collect()]);
        assert_eq!(pairs, vec![(0, 1)]);
        assert!(overlaps((3, 5), &[(4, 9)]) && !overlaps((3, 5), &[(5, 9)]));
    }

    fn named(pred: &str, gold: &str) -> bool {
        same_name(&name_words(pred), &acronyms(pred), gold)
    }

    #[test]
    fn names_match_by_word_inflection_and_acronym() {
        assert!(named("Lawrow", "Russlands Außenminister Sergej Lawrow"));
        assert!(named("Innenministeriums", "Innenministerium"));
        assert!(named("das Innenministerium", "des Innenministeriums"));
        assert!(named("SDF", "Syrian Democratic Forces"));
        assert!(named("Syrian Democratic Forces", "the SDF"));
        assert!(!named("Merkel", "Scholz"));
        assert!(!named("Ang", "Angela")); // inflection only from five letters
        assert!(!named("innenministerium", "Innenministerium")); // capitalised words only
        assert_eq!(
            name_words("Ökonomin Äbtissin"),
            ["äbtissin", "ökonomin"].map(String::from).into()
        );
    }
}
