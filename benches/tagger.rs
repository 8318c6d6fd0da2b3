//! How fast the part-of-speech tagger is: tags the two novels in `samples/long/` (cut crudely into
//! sentences at . ! ? and into words and punctuation) and prints tokens/s; asserts nothing.
//!
//!     cargo bench --bench tagger [-- PATH...]
//!
//! Under `cargo test --benches` it makes one quick pass.

use std::time::Instant;

use quoth::analysis::tagger::{for_lang, Upos};
use quoth::model::Lang;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Words and punctuation, cut into sentences after . ! and ?.
fn sentences(text: &str) -> Vec<Vec<&str>> {
    let mut out = vec![Vec::new()];
    for chunk in text.split_whitespace() {
        let mut rest = chunk;
        while !rest.is_empty() {
            let cut = rest
                .char_indices()
                .find(|&(_, c)| !c.is_alphanumeric() && c != '\'' && c != '-')
                .map_or(rest.len(), |(i, c)| if i == 0 { c.len_utf8() } else { i });
            let (token, tail) = rest.split_at(cut);
            let sentence = out.last_mut().expect("never empty");
            sentence.push(token);
            if matches!(token, "." | "!" | "?") {
                out.push(Vec::new());
            }
            rest = tail;
        }
    }
    out.retain(|s| !s.is_empty());
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let quick = !args.iter().any(|a| a == "--bench");
    let mut paths: Vec<(String, Lang)> = args
        .iter()
        .filter(|a| !a.starts_with('-'))
        .map(|p| (p.clone(), Lang::En))
        .collect();
    if paths.is_empty() {
        paths.push((
            format!("{ROOT}/samples/long/dickens-bleak-house.txt"),
            Lang::En,
        ));
        paths.push((
            format!("{ROOT}/samples/long/fontane-vor-dem-sturm.txt"),
            Lang::De,
        ));
    }
    let start = Instant::now();
    let _ = for_lang(Lang::En);
    let _ = for_lang(Lang::De);
    println!("load both models: {:?}", start.elapsed());
    for (path, lang) in paths {
        let Ok(text) = std::fs::read_to_string(&path) else {
            println!("{path}: cannot read, skipped");
            continue;
        };
        let sents = sentences(&text);
        let tokens: usize = sents.iter().map(Vec::len).sum();
        let tagger = for_lang(lang);
        let mut out: Vec<Upos> = Vec::new();
        let rounds = if quick { 1 } else { 5 };
        let mut best = f64::INFINITY;
        let mut nouns = 0;
        for _ in 0..rounds {
            let t = Instant::now();
            nouns = 0;
            for s in &sents {
                tagger.tag(s, &mut out);
                nouns += out.iter().filter(|&&u| u == Upos::Noun).count();
            }
            best = best.min(t.elapsed().as_secs_f64());
        }
        let name = path.rsplit('/').next().unwrap_or(&path);
        println!(
            "{name}: {tokens} tokens in {} sentences, {:.1} ms, {:.2} M tokens/s, {:.0} ns/token \
             ({nouns} NOUN)",
            sents.len(),
            best * 1e3,
            tokens as f64 / best / 1e6,
            best * 1e9 / tokens as f64,
        );
    }
}
