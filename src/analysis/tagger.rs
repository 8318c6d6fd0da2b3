//! Word classes (Universal Dependencies UPOS) by a greedy left-to-right averaged perceptron, in the
//! classic design of Honnibal's "A good part-of-speech tagger in about 200 lines of Python", learned
//! from the UD treebanks (`examples/train_tagger.rs`) and shipped inside the binary.
//!
//! The model is read where it lies: `Tagger::from_bytes` checks a header and keeps slices into the
//! bytes; every lookup reads the bytes directly. Layout (all little-endian):
//!
//! ```text
//! header  24 bytes: b"QTAG", version u16, flags u16, feature slots u32, lexicon slots u32,
//!                   pool bytes u32, classes u32
//! features  slots × (fingerprint u32, pool offset u32)   open addressing, linear probing,
//! lexicon   slots × (fingerprint u32, payload u32)       fingerprint 0 = empty slot
//! pool      per feature: count u8, count × (class u8, weight i16)
//! ```
//!
//! A slot is found from the low 32 bits of a feature's 64-bit hash (scaled to the table's length);
//! its fingerprint is the high 32 bits (with the lowest bit set so it is never 0). The lexicon holds the tag dictionary (frequent words
//! that always took one class in training: bits 0-4 hold the class + 1) and, for languages with the
//! closed-class rule (flag 1), the function words and adverbs (bit 8).

mod features;
pub mod train;

use crate::model::Lang;
use features::{best, features, lower_key, raw_key, walk, walk_while, Context, CLASSES};
use std::sync::LazyLock;

/// A universal part-of-speech tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Upos {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    #[default]
    X,
}

impl Upos {
    /// All tags, in the order of their class numbers in the model.
    pub const ALL: [Upos; CLASSES] = [
        Upos::Adj,
        Upos::Adp,
        Upos::Adv,
        Upos::Aux,
        Upos::Cconj,
        Upos::Det,
        Upos::Intj,
        Upos::Noun,
        Upos::Num,
        Upos::Part,
        Upos::Pron,
        Upos::Propn,
        Upos::Punct,
        Upos::Sconj,
        Upos::Sym,
        Upos::Verb,
        Upos::X,
    ];

    /// The tag as the treebanks write it ("NOUN").
    pub fn as_str(self) -> &'static str {
        const NAMES: [&str; CLASSES] = [
            "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
            "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
        ];
        NAMES[self as usize]
    }

    pub fn from_ud(s: &str) -> Option<Upos> {
        Upos::ALL.into_iter().find(|u| u.as_str() == s)
    }
}

/// The word form callers pass for a whole quotation standing as one token inside a sentence
/// ("He said \u{1}Q yesterday"). The treebanks never show it: it is an unseen word, tagged from its
/// neighbours (mostly NOUN or PROPN-like; do not rely on its own class, rely on it not disturbing
/// the classes around it).
pub const QUOTE: &str = "\u{1}Q";

const MAGIC: &[u8; 4] = b"QTAG";
const VERSION: u16 = 1;
const HEADER: usize = 24;
/// Flag: apply the closed-class rule to capitalised sentence-initial words.
const FLAG_CLOSED_RULE: u16 = 1;
const LEX_CLOSED: u32 = 1 << 8;

#[inline(always)]
fn rd32(b: &[u8], o: usize) -> u32 {
    match b.get(o..o + 4) {
        Some(&[a, b, c, d]) => u32::from_le_bytes([a, b, c, d]),
        _ => 0,
    }
}

/// The home slot of a hash in a table of `len` slots (from the low 32 bits; the fingerprint is
/// the high 32).
#[inline(always)]
fn slot_of(h: u64, len: usize) -> usize {
    (((h & 0xffff_ffff) * len as u64) >> 32) as usize
}

/// The fingerprint a table stores for a hash; never 0, which marks an empty slot.
#[inline(always)]
fn fingerprint(h: u64) -> u32 {
    (h >> 32) as u32 | 1
}

/// An open-addressing table of 32-bit values keyed by 64-bit hashes.
#[derive(Debug, Clone, Copy)]
struct Table {
    slots: &'static [u8],
    len: usize,
}

impl Table {
    const EMPTY: Table = Table {
        slots: &[0; 8],
        len: 1,
    };

    #[inline(always)]
    fn get(&self, h: u64) -> Option<u32> {
        let fp = fingerprint(h);
        let mut i = slot_of(h, self.len);
        // Bounded, so corrupt bytes (a table with no empty slot) cannot loop forever.
        for _ in 0..self.len {
            let key = rd32(self.slots, i * 8);
            if key == fp {
                return Some(rd32(self.slots, i * 8 + 4));
            }
            if key == 0 {
                return None;
            }
            i += 1;
            if i == self.len {
                i = 0;
            }
        }
        None
    }
}

/// A part-of-speech tagger over a model in the byte format above.
#[derive(Debug, Clone)]
pub struct Tagger {
    features: Table,
    lexicon: Table,
    pool: &'static [u8],
    closed_rule: bool,
}

impl Tagger {
    /// A tagger with no model: every word comes out as the first class. Only a fallback.
    fn empty() -> Tagger {
        Tagger {
            features: Table::EMPTY,
            lexicon: Table::EMPTY,
            pool: &[],
            closed_rule: false,
        }
    }

    /// Checks the header and the sizes; reads nothing else.
    pub fn from_bytes(bytes: &'static [u8]) -> Result<Tagger, String> {
        if bytes.len() < HEADER || &bytes[..4] != MAGIC {
            return Err("not a quoth tagger model".into());
        }
        let version = u16::from_le_bytes([bytes[4], bytes[5]]);
        let flags = u16::from_le_bytes([bytes[6], bytes[7]]);
        if version != VERSION {
            return Err(format!(
                "tagger model version {version}, expected {VERSION}"
            ));
        }
        let [feat_slots, lex_slots, pool_len, classes] =
            [8, 12, 16, 20].map(|o| rd32(bytes, o) as usize);
        if classes != CLASSES || feat_slots == 0 || lex_slots == 0 {
            return Err("tagger model header is corrupt".into());
        }
        let total = feat_slots
            .checked_add(lex_slots)
            .and_then(|n| n.checked_mul(8))
            .and_then(|n| n.checked_add(pool_len))
            .and_then(|n| n.checked_add(HEADER));
        if total != Some(bytes.len()) {
            return Err("tagger model has the wrong length".into());
        }
        let (feats, rest) = bytes[HEADER..].split_at(feat_slots * 8);
        let (lex, pool) = rest.split_at(lex_slots * 8);
        Ok(Tagger {
            features: Table {
                slots: feats,
                len: feat_slots,
            },
            lexicon: Table {
                slots: lex,
                len: lex_slots,
            },
            pool,
            closed_rule: flags & FLAG_CLOSED_RULE != 0,
        })
    }

    /// Tags one sentence: `out` is cleared and gets one tag per word. Words are as written, with
    /// punctuation as tokens of its own.
    pub fn tag(&self, words: &[&str], out: &mut Vec<Upos>) {
        out.clear();
        out.reserve(words.len());
        walk(words, |cx| {
            let k = self.choose(cx);
            out.push(Upos::ALL[k]);
            k
        });
    }

    /// Tags words from the start of `words` until `stop` takes a word's (index, tag), that
    /// word included: `out` gets the tags so far.
    pub fn tag_until(
        &self,
        words: &[&str],
        out: &mut Vec<Upos>,
        stop: impl Fn(usize, Upos) -> bool,
    ) {
        out.clear();
        let out = std::cell::RefCell::new(out);
        walk_while(
            words,
            |cx| {
                let k = self.choose(cx);
                out.borrow_mut().push(Upos::ALL[k]);
                k
            },
            |k| {
                let at = out.borrow().len() - 1;
                !stop(at, Upos::ALL[k])
            },
        );
    }

    #[inline]
    fn choose(&self, cx: &Context) -> usize {
        if let Some(v) = self.lexicon.get(raw_key(cx.this)) {
            let k = (v & 0x1f) as usize;
            if (1..=CLASSES).contains(&k) {
                return k - 1;
            }
        }
        let mut scores = [0i32; CLASSES];
        features(cx, |h| {
            if let Some(off) = self.features.get(h) {
                self.add(off as usize, &mut scores);
            }
        });
        best(&scores, self.banned(cx))
    }

    #[inline(always)]
    fn add(&self, o: usize, scores: &mut [i32; CLASSES]) {
        let Some(&n) = self.pool.get(o) else { return };
        let Some(entries) = self.pool.get(o + 1..o + 1 + 3 * n as usize) else {
            return;
        };
        for e in entries.chunks_exact(3) {
            if let Some(s) = scores.get_mut(e[0] as usize) {
                *s += i16::from_le_bytes([e[1], e[2]]) as i32;
            }
        }
    }

    fn banned(&self, cx: &Context) -> bool {
        self.closed_rule
            && cx.first
            && cx.this.capitalised
            && self
                .lexicon
                .get(lower_key(cx.this))
                .is_none_or(|v| v & LEX_CLOSED == 0)
    }
}

/// The shipped tagger of a language (its model is a field of the `Language`).
pub fn for_lang(lang: Lang) -> &'static Tagger {
    static TAGGERS: LazyLock<Vec<Tagger>> = LazyLock::new(|| {
        // A corrupt model is a build mistake; tagging then degrades instead of panicking.
        crate::analysis::lang::ALL
            .iter()
            .map(|l| {
                Tagger::from_bytes(crate::analysis::lang::language(*l).tagger_model)
                    .unwrap_or_else(|_| Tagger::empty())
            })
            .collect()
    });
    let at = crate::analysis::lang::ALL
        .iter()
        .position(|l| *l == lang)
        .unwrap_or(0);
    &TAGGERS[at]
}

#[cfg(test)]
mod tests;
