//! Trains the part-of-speech taggers shipped in the binary from the Universal Dependencies
//! treebanks, writes `src/analysis/lang/models/{en,de}.tagger` and prints their accuracy.
//!
//! ```text
//! cargo run --release --example train_tagger -- [UD_DIR] [--eval] [--iterations N] [--prune X]
//!     [--closed-rule LANGS] [--errors]
//!     [--cross-validate]
//! ```
//!
//! UD_DIR defaults to `../shared/ud` next to the repository. `--eval` trains nothing: it measures
//! the model files in the source tree on the held-back sentences. `--closed-rule` lists the
//! languages (comma-separated, default `en,de`) whose capitalised sentence-initial words outside the
//! treebank's closed classes may not become adverbs, adpositions, determiners, pronouns or
//! conjunctions. `--errors` lists the commonest mistakes on capitalised sentence-initial words;
//! `--cross-validate` measures the German options by 7-fold cross-validation and writes nothing.
//!
//! Splits: English trains on EWT train + dev and is measured on EWT test. German (no GSD train
//! split here) pools GSD dev, GSD test and PUD test, holds back every 7th sentence (14%) for
//! measuring and trains on the rest.

use quoth::analysis::tagger::train::{self, evaluate, read_conllu, Options, Sentence};
use quoth::analysis::tagger::Tagger;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

struct Lang {
    code: &'static str,
    train: Vec<Sentence>,
    held_back: Vec<Sentence>,
    opts: Options,
}

fn load(dir: &Path, files: &[&str]) -> Result<Vec<Sentence>, String> {
    let mut out = Vec::new();
    for f in files {
        out.extend(read_conllu(&dir.join(f)).map_err(|e| {
            format!("{e}\n(pass the directory of the UD treebanks as the first argument)")
        })?);
    }
    Ok(out)
}

const DE_FILES: [&str; 3] = [
    "de_gsd-ud-dev.conllu",
    "de_gsd-ud-test.conllu",
    "de_pud-ud-test.conllu",
];

fn languages(dir: &Path, base: &Options) -> Result<Vec<Lang>, String> {
    let en = Lang {
        code: "en",
        train: load(dir, &["en_ewt-ud-train.conllu", "en_ewt-ud-dev.conllu"])?,
        held_back: load(dir, &["en_ewt-ud-test.conllu"])?,
        opts: base.clone(),
    };
    let all = load(dir, &DE_FILES)?;
    let (held_back, train): (Vec<_>, Vec<_>) =
        all.into_iter().enumerate().partition(|(i, _)| i % 7 == 6);
    let de = Lang {
        code: "de",
        train: train.into_iter().map(|(_, s)| s).collect(),
        held_back: held_back.into_iter().map(|(_, s)| s).collect(),
        opts: base.clone(),
    };
    Ok(vec![en, de])
}

fn tokens(s: &[Sentence]) -> usize {
    s.iter().map(|s| s.words.len()).sum()
}

fn report(lang: &Lang, model: &'static [u8]) -> Result<(), String> {
    let tagger = Tagger::from_bytes(model).map_err(|e| format!("{}: {e}", lang.code))?;
    let t = Instant::now();
    let s = evaluate(&tagger, &lang.held_back);
    let rate = s.tokens as f64 / t.elapsed().as_secs_f64();
    println!(
        "{}: training tokens {}, held-back tokens {}, UPOS accuracy {:.2}%, \
         capitalised sentence start {:.2}% (of {}), PROPN+NOUN {:.2}% exact / {:.2}% as noun-or-name \
         (of {}), model {} bytes, {:.2} M tokens/s",
        lang.code,
        tokens(&lang.train),
        s.tokens,
        s.accuracy(),
        s.start_caps_accuracy(),
        s.start_caps,
        s.nouns_accuracy(),
        s.nouns_nominal_accuracy(),
        s.nouns,
        model.len(),
        rate / 1e6,
    );
    Ok(())
}

/// The most frequent (gold, got) confusions on capitalised sentence-initial words.
fn start_errors(tagger: &Tagger, sentences: &[Sentence]) {
    let mut counts = std::collections::BTreeMap::<(&str, &str), Vec<String>>::new();
    let mut out = Vec::new();
    for s in sentences {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        tagger.tag(&words, &mut out);
        let Some(i) = words
            .iter()
            .position(|w| w.chars().any(char::is_alphanumeric))
        else {
            continue;
        };
        if words[i].chars().next().is_some_and(char::is_uppercase) && s.tags[i] != out[i] {
            let e = counts
                .entry((s.tags[i].as_str(), out[i].as_str()))
                .or_default();
            e.push(format!("{} {}", words[i], words.get(i + 1).unwrap_or(&"")));
        }
    }
    let mut v: Vec<_> = counts.into_iter().collect();
    v.sort_by_key(|(_, w)| std::cmp::Reverse(w.len()));
    for ((gold, got), words) in v.iter().take(8) {
        println!(
            "   {gold} -> {got}: {} ({})",
            words.len(),
            words[..words.len().min(6)].join(", ")
        );
    }
}

/// Seven-fold cross-validation of the German options (each fold trains on the other six), for
/// decisions steadier than one held-back seventh allows.
fn cross_validate(dir: &Path, opts: &Options) -> Result<(), String> {
    let all = load(dir, &DE_FILES)?;
    let mut total = train::Scores::default();
    for fold in 0..7 {
        let (held, rest): (Vec<_>, Vec<_>) = all
            .iter()
            .cloned()
            .enumerate()
            .partition(|(i, _)| i % 7 == fold);
        let rest: Vec<Sentence> = rest.into_iter().map(|(_, s)| s).collect();
        let held: Vec<Sentence> = held.into_iter().map(|(_, s)| s).collect();
        let model = Box::leak(train::train(&rest, opts).into_boxed_slice());
        let s = evaluate(&Tagger::from_bytes(model)?, &held);
        total.tokens += s.tokens;
        total.correct += s.correct;
        total.start_caps += s.start_caps;
        total.start_caps_correct += s.start_caps_correct;
        total.nouns += s.nouns;
        total.nouns_correct += s.nouns_correct;
        total.nouns_as_nominal += s.nouns_as_nominal;
    }
    println!(
        "de 7-fold: UPOS {:.2}%, capitalised sentence start {:.2}% (of {}), PROPN+NOUN {:.2}% / {:.2}%",
        total.accuracy(),
        total.start_caps_accuracy(),
        total.start_caps,
        total.nouns_accuracy(),
        total.nouns_nominal_accuracy()
    );
    Ok(())
}

fn run() -> Result<(), String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut dir = root.join("../shared/ud");
    let mut eval_only = false;
    let mut errors = false;
    let mut cv = false;
    let mut opts = Options::default();
    // Languages with the closed-class rule for capitalised sentence-initial words.
    let mut closed = "en,de".to_string();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut num = |what: &str| -> Result<f64, String> {
            let v = args.next().ok_or(format!("{what} needs a value"))?;
            v.parse().map_err(|_| format!("{what}: not a number: {v}"))
        };
        match a.as_str() {
            "--eval" => eval_only = true,
            "--errors" => errors = true,
            "--cross-validate" => cv = true,
            "--iterations" => opts.iterations = num("--iterations")? as usize,
            "--prune" => opts.prune = num("--prune")?,
            "--closed-rule" => closed = args.next().unwrap_or_default(),
            _ if a.starts_with("--") => return Err(format!("unknown option {a}")),
            _ => dir = PathBuf::from(a),
        }
    }
    if cv {
        let opts = Options {
            closed_rule: closed.split(',').any(|c| c == "de"),
            ..opts
        };
        return cross_validate(&dir, &opts);
    }
    let models = root.join("src/analysis/lang/models");
    for mut lang in languages(&dir, &opts)? {
        lang.opts.closed_rule = closed.split(',').any(|c| c == lang.code);
        let path = models.join(format!("{}.tagger", lang.code));
        let bytes = if eval_only {
            std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?
        } else {
            let t = Instant::now();
            let bytes = train::train(&lang.train, &lang.opts);
            std::fs::write(&path, &bytes).map_err(|e| format!("{}: {e}", path.display()))?;
            eprintln!(
                "{}: trained in {:.1} s",
                lang.code,
                t.elapsed().as_secs_f64()
            );
            bytes
        };
        let bytes = Box::leak(bytes.into_boxed_slice());
        report(&lang, bytes)?;
        if errors {
            start_errors(&Tagger::from_bytes(bytes)?, &lang.held_back);
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train_tagger: {e}");
            ExitCode::FAILURE
        }
    }
}
