//! Learning a tagger model from CoNLL-U treebanks, and measuring one. Used by
//! `examples/train_tagger.rs` and by the tests; never at run time.

use super::features::{best, features, lower_key, raw_key, walk, CLASSES};
use super::VERSION;
use super::{fingerprint, slot_of, Tagger, Upos, FLAG_CLOSED_RULE, HEADER, LEX_CLOSED, MAGIC};
use rustc_hash::FxHashMap;
use std::path::Path;

/// One treebank sentence: its words and their gold classes.
#[derive(Debug, Clone, Default)]
pub struct Sentence {
    pub words: Vec<String>,
    pub tags: Vec<Upos>,
}

/// Reads a CoNLL-U file; the error names the file and line.
pub fn read_conllu(path: &Path) -> Result<Vec<Sentence>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse_conllu(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Parses CoNLL-U text: comment lines, multiword-token lines (`1-2`) and empty nodes (`1.1`)
/// are skipped.
pub fn parse_conllu(text: &str) -> Result<Vec<Sentence>, String> {
    let mut out = Vec::new();
    let mut sentence = Sentence::default();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !sentence.words.is_empty() {
                out.push(std::mem::take(&mut sentence));
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 4 {
            return Err(format!("line {}: fewer than 4 columns", n + 1));
        }
        if cols[0].contains(['-', '.']) {
            continue;
        }
        let tag = Upos::from_ud(cols[3])
            .ok_or_else(|| format!("line {}: unknown UPOS {:?}", n + 1, cols[3]))?;
        sentence.words.push(cols[1].to_string());
        sentence.tags.push(tag);
    }
    if !sentence.words.is_empty() {
        out.push(sentence);
    }
    Ok(out)
}

/// How to train.
#[derive(Debug, Clone)]
pub struct Options {
    pub iterations: usize,
    pub seed: u64,
    /// Apply the closed-class rule to capitalised sentence-initial words (see `features::best`).
    pub closed_rule: bool,
    /// Averaged weights smaller than this are dropped.
    pub prune: f64,
    /// A word goes into the tag dictionary when seen this often...
    pub dict_min_count: u32,
    /// ... with this share of its occurrences in one class.
    pub dict_min_share: f64,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            iterations: 8,
            seed: 0x5eed,
            closed_rule: false,
            prune: 0.5,
            dict_min_count: 20,
            dict_min_share: 0.97,
        }
    }
}

/// Classes whose words make the closed list of the closed-class rule.
const CLOSED: [Upos; 8] = [
    Upos::Adv,
    Upos::Adp,
    Upos::Cconj,
    Upos::Sconj,
    Upos::Det,
    Upos::Pron,
    Upos::Aux,
    Upos::Part,
];

/// Tag dictionary (raw-word key → class) and closed list (lowercase key) of a training set.
fn lexicon(sentences: &[Sentence], opts: &Options) -> (FxHashMap<u64, usize>, FxHashMap<u64, ()>) {
    let mut counts: FxHashMap<u64, [u32; CLASSES]> = FxHashMap::default();
    let mut closed = FxHashMap::default();
    for s in sentences {
        for (w, &t) in s.words.iter().zip(&s.tags) {
            let info = super::features::WordInfo::new(w);
            counts.entry(raw_key(&info)).or_insert([0; CLASSES])[t as usize] += 1;
            if opts.closed_rule && CLOSED.contains(&t) {
                closed.insert(lower_key(&info), ());
            }
        }
    }
    let dict = counts
        .into_iter()
        .filter_map(|(k, c)| {
            let total: u32 = c.iter().sum();
            let (best, &n) = c.iter().enumerate().max_by_key(|&(_, n)| *n)?;
            let ok = total >= opts.dict_min_count && n as f64 >= opts.dict_min_share * total as f64;
            ok.then_some((k, best))
        })
        .collect();
    (dict, closed)
}

/// The averaged perceptron being trained: `w` the current weights, `u` the updates weighted by
/// the time they were made, so the average is `w - u / time` (Daumé's trick).
#[derive(Default)]
struct Perceptron {
    index: FxHashMap<u64, u32>,
    w: Vec<[i32; CLASSES]>,
    u: Vec<[i64; CLASSES]>,
    time: i64,
}

impl Perceptron {
    fn score(&self, feats: &[u64]) -> [i32; CLASSES] {
        let mut scores = [0; CLASSES];
        for f in feats {
            if let Some(&i) = self.index.get(f) {
                for (s, w) in scores.iter_mut().zip(&self.w[i as usize]) {
                    *s += w;
                }
            }
        }
        scores
    }

    fn update(&mut self, feats: &[u64], truth: usize, guess: usize) {
        for &f in feats {
            let next = self.w.len() as u32;
            let i = *self.index.entry(f).or_insert(next) as usize;
            if i == self.w.len() {
                self.w.push([0; CLASSES]);
                self.u.push([0; CLASSES]);
            }
            self.w[i][truth] += 1;
            self.w[i][guess] -= 1;
            self.u[i][truth] += self.time;
            self.u[i][guess] -= self.time;
        }
    }

    /// Averaged, pruned weights of every feature that keeps any.
    fn averaged(&self, prune: f64) -> Vec<(u64, Vec<(u8, f64)>)> {
        let t = self.time.max(1) as f64;
        let mut out: Vec<_> = self
            .index
            .iter()
            .filter_map(|(&h, &i)| {
                let (w, u) = (&self.w[i as usize], &self.u[i as usize]);
                let kept: Vec<(u8, f64)> = (0..CLASSES)
                    .map(|k| (k as u8, w[k] as f64 - u[k] as f64 / t))
                    .filter(|&(_, a)| a.abs() >= prune)
                    .collect();
                (!kept.is_empty()).then_some((h, kept))
            })
            .collect();
        out.sort_unstable_by_key(|&(h, _)| h);
        out
    }
}

/// A small deterministic PRNG (splitmix64) for shuffling.
fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Trains a model and returns it in the byte format of `Tagger::from_bytes`.
pub fn train(sentences: &[Sentence], opts: &Options) -> Vec<u8> {
    let (dict, closed) = lexicon(sentences, opts);
    let mut p = Perceptron::default();
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    let mut rng = opts.seed;
    let mut feats = Vec::with_capacity(32);
    for _ in 0..opts.iterations {
        for &si in &order {
            let s = &sentences[si];
            let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
            let mut i = 0;
            walk(&words, |cx| {
                let truth = s.tags[i] as usize;
                i += 1;
                p.time += 1;
                if let Some(&k) = dict.get(&raw_key(cx.this)) {
                    return k;
                }
                feats.clear();
                features(cx, |h| feats.push(h));
                let ban = opts.closed_rule
                    && cx.first
                    && cx.this.capitalised
                    && !closed.contains_key(&lower_key(cx.this));
                let guess = best(&p.score(&feats), ban);
                if guess != truth {
                    p.update(&feats, truth, guess);
                }
                guess
            });
        }
        // Fisher-Yates with the seeded PRNG.
        for i in (1..order.len()).rev() {
            order.swap(i, (splitmix(&mut rng) % (i as u64 + 1)) as usize);
        }
    }
    let mut lex: Vec<(u64, u32)> = dict.iter().map(|(&k, &t)| (k, t as u32 + 1)).collect();
    lex.extend(closed.keys().map(|&k| (k, LEX_CLOSED)));
    lex.sort_unstable();
    let flags = if opts.closed_rule {
        FLAG_CLOSED_RULE
    } else {
        0
    };
    write(&p.averaged(opts.prune), &lex, flags)
}

/// Quantises the weights to i16 and lays out the tables.
fn write(weights: &[(u64, Vec<(u8, f64)>)], lex: &[(u64, u32)], flags: u16) -> Vec<u8> {
    let max = weights
        .iter()
        .flat_map(|(_, ws)| ws.iter().map(|w| w.1.abs()))
        .fold(1e-9, f64::max);
    let scale = 32767.0 / max;
    let mut pool: Vec<u8> = Vec::new();
    // Identical weight lists (common among rare words) are stored once.
    let mut shared: FxHashMap<Vec<u8>, u32> = FxHashMap::default();
    let mut entries = Vec::with_capacity(weights.len());
    for (h, ws) in weights {
        let mut e = vec![0u8];
        for &(k, w) in ws {
            let q = (w * scale).round() as i16;
            if q != 0 {
                e.push(k);
                e.extend(q.to_le_bytes());
                e[0] += 1;
            }
        }
        if e[0] == 0 {
            continue;
        }
        let off = *shared.entry(e).or_insert_with_key(|e| {
            pool.extend_from_slice(e);
            (pool.len() - e.len()) as u32
        });
        entries.push((*h, off));
    }
    let feat_table = table(&entries, 0.6);
    let lex_table = table(lex, 0.5);
    let mut out = Vec::with_capacity(HEADER + feat_table.len() + lex_table.len() + pool.len());
    out.extend_from_slice(MAGIC);
    out.extend(VERSION.to_le_bytes());
    out.extend(flags.to_le_bytes());
    for n in [
        feat_table.len() / 8,
        lex_table.len() / 8,
        pool.len(),
        CLASSES,
    ] {
        out.extend((n as u32).to_le_bytes());
    }
    out.extend(feat_table);
    out.extend(lex_table);
    out.extend(pool);
    out
}

/// An open-addressing table of (hash, value) at the given load.
fn table(entries: &[(u64, u32)], load: f64) -> Vec<u8> {
    let len = ((entries.len() as f64 / load) as usize).max(entries.len() + 1);
    let mut slots = vec![0u8; len * 8];
    for &(h, v) in entries {
        let mut i = slot_of(h, len);
        while slots[i * 8..i * 8 + 4] != [0; 4] {
            i = (i + 1) % len;
        }
        slots[i * 8..i * 8 + 4].copy_from_slice(&fingerprint(h).to_le_bytes());
        slots[i * 8 + 4..i * 8 + 8].copy_from_slice(&v.to_le_bytes());
    }
    slots
}

/// Accuracy figures of a tagger on gold sentences.
#[derive(Debug, Clone, Copy, Default)]
pub struct Scores {
    pub tokens: usize,
    pub correct: usize,
    /// Capitalised words with no word before them in the sentence.
    pub start_caps: usize,
    pub start_caps_correct: usize,
    /// Words whose gold class is NOUN or PROPN, and how many got exactly that class...
    pub nouns: usize,
    pub nouns_correct: usize,
    /// ... and how many got either of the two.
    pub nouns_as_nominal: usize,
}

fn pct(n: usize, of: usize) -> f64 {
    100.0 * n as f64 / of.max(1) as f64
}

impl Scores {
    pub fn accuracy(&self) -> f64 {
        pct(self.correct, self.tokens)
    }
    pub fn start_caps_accuracy(&self) -> f64 {
        pct(self.start_caps_correct, self.start_caps)
    }
    pub fn nouns_accuracy(&self) -> f64 {
        pct(self.nouns_correct, self.nouns)
    }
    pub fn nouns_nominal_accuracy(&self) -> f64 {
        pct(self.nouns_as_nominal, self.nouns)
    }
}

/// Tags the sentences and compares with their gold classes.
pub fn evaluate(tagger: &Tagger, sentences: &[Sentence]) -> Scores {
    let mut s = Scores::default();
    let mut out = Vec::new();
    for sent in sentences {
        let words: Vec<&str> = sent.words.iter().map(String::as_str).collect();
        tagger.tag(&words, &mut out);
        let mut first = true;
        for ((w, &gold), &got) in words.iter().zip(&sent.tags).zip(&out) {
            s.tokens += 1;
            s.correct += (gold == got) as usize;
            if first && w.chars().next().is_some_and(char::is_uppercase) {
                s.start_caps += 1;
                s.start_caps_correct += (gold == got) as usize;
            }
            first &= !w.chars().any(char::is_alphanumeric);
            if matches!(gold, Upos::Noun | Upos::Propn) {
                s.nouns += 1;
                s.nouns_correct += (gold == got) as usize;
                s.nouns_as_nominal += matches!(got, Upos::Noun | Upos::Propn) as usize;
            }
        }
    }
    s
}
