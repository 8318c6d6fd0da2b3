//! The feature templates of the tagger, shared by training and tagging so the two can never drift:
//! each feature is a 64-bit hash of (template, pieces), built incrementally without allocating.

/// Number of word classes (the 17 UPOS tags).
pub const CLASSES: usize = 17;
/// The "tag" of the positions before the sentence start.
const START: u64 = CLASSES as u64;
/// How many trailing characters make suffix features.
pub const SUFFIXES: usize = 5;

const K: u64 = 0x517c_c1b7_2722_0a95;

/// One step of an FxHash-style hash; the function is fixed here (not taken from a crate) because
/// the hashes are stored in the model files.
#[inline(always)]
pub fn step(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(K)
}

/// Mixes the high bits down, since the table takes its slot from the low bits.
#[inline(always)]
pub fn finish(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^ (h >> 33)
}

#[inline(always)]
fn lower(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

/// What a tagger needs to know of one word, computed once per word.
#[derive(Debug, Clone, Copy, Default)]
pub struct WordInfo {
    /// Hash of the lowercased word.
    pub word: u64,
    /// Hash of the word as written.
    pub raw: u64,
    pub suffix: [u64; SUFFIXES],
    pub suffixes: usize,
    pub prefix: [u64; 2],
    pub prefixes: usize,
    pub shape: u8,
    pub capitalised: bool,
    /// Has a letter or a digit (a word, not punctuation).
    pub alnum: bool,
}

// Word shapes.
const LOWER: u8 = 1;
const CAPITALISED: u8 = 2;
const UPPER: u8 = 3;
const UPPER_DOT: u8 = 4;
const MIXED: u8 = 5;
const DIGITS: u8 = 6;
const HAS_DIGIT: u8 = 7;
const HYPHENATED: u8 = 8;
const PUNCT: u8 = 9;
const OTHER: u8 = 10;

/// The hashes of a word's affixes of one, two, … characters (`chars` from the end for
/// suffixes), each hash built on the one before from `seed`; how many there are.
fn affix_hashes(chars: impl Iterator<Item = char>, seed: u64, out: &mut [u64]) -> usize {
    let mut n = 0;
    for c in chars.take(out.len()) {
        let prev = if n == 0 { seed } else { out[n - 1] };
        out[n] = step(prev, lower(c) as u64);
        n += 1;
    }
    n
}

impl WordInfo {
    pub fn new(word: &str) -> WordInfo {
        let mut info = WordInfo::default();
        info.suffixes = affix_hashes(word.chars().rev().take(SUFFIXES), 0x51, &mut info.suffix);
        info.prefixes = affix_hashes(word.chars().take(2), 0x9f, &mut info.prefix);
        let (mut upper, mut lower_n, mut digit, mut dot, mut hyphen, mut other) =
            (0, 0, 0, 0, 0, 0);
        let (mut lh, mut rh) = (0x9e37, 0x9e37);
        for c in word.chars() {
            lh = step(lh, lower(c) as u64);
            rh = step(rh, c as u64);
            match c {
                _ if c.is_uppercase() => upper += 1,
                _ if c.is_lowercase() => lower_n += 1,
                _ if c.is_numeric() => digit += 1,
                '.' => dot += 1,
                '-' => hyphen += 1,
                _ => other += 1,
            }
        }
        (info.word, info.raw) = (lh, rh);
        let letters = upper + lower_n;
        info.capitalised = word.chars().next().is_some_and(char::is_uppercase);
        info.alnum = letters + digit > 0;
        info.shape = match () {
            _ if !info.alnum => PUNCT,
            _ if digit > 0 && letters == 0 && hyphen + other == 0 => DIGITS,
            _ if digit > 0 => HAS_DIGIT,
            _ if hyphen > 0 => HYPHENATED,
            _ if upper > 0 && dot > 0 => UPPER_DOT,
            _ if other > 0 => OTHER,
            _ if upper == 0 => LOWER,
            _ if lower_n == 0 => UPPER,
            _ if info.capitalised && upper == 1 => CAPITALISED,
            _ => MIXED,
        };
        info
    }
}

/// The neighbourhood of the word being tagged.
pub struct Context<'a> {
    pub prev2: Option<&'a WordInfo>,
    pub prev: Option<&'a WordInfo>,
    pub this: &'a WordInfo,
    pub next: Option<&'a WordInfo>,
    pub next2: Option<&'a WordInfo>,
    /// Tags of the two words before (None before the sentence start).
    pub tags: [Option<usize>; 2],
    /// No word (only punctuation, if anything) comes before this one.
    pub first: bool,
}

/// Lexicon key of a word as written (tag dictionary).
pub fn raw_key(w: &WordInfo) -> u64 {
    feat(30, w.raw, 0)
}

/// Lexicon key of a lowercased word (closed-class list).
pub fn lower_key(w: &WordInfo) -> u64 {
    feat(31, w.word, 0)
}

#[inline(always)]
fn feat(template: u64, a: u64, b: u64) -> u64 {
    finish(step(
        step(template.wrapping_mul(0x2545_f491_4f6c_dd1d), a),
        b,
    ))
}

fn tag_id(t: Option<usize>) -> u64 {
    t.map_or(START, |t| t as u64)
}

/// Calls `emit` with the hash of every feature of the word in context.
#[inline]
pub fn features(cx: &Context, mut emit: impl FnMut(u64)) {
    let w = cx.this;
    let (t1, t2) = (tag_id(cx.tags[0]), tag_id(cx.tags[1]));
    emit(feat(0, 0, 0));
    emit(feat(1, w.word, 0));
    for (k, &s) in w.suffix[..w.suffixes].iter().enumerate() {
        emit(feat(2 + k as u64, s, 0));
    }
    for (k, &p) in w.prefix[..w.prefixes].iter().enumerate() {
        emit(feat(8 + k as u64, p, 0));
    }
    emit(feat(10, w.shape as u64, 0));
    emit(feat(11, cx.first as u64, w.capitalised as u64));
    emit(feat(12, t1, 0));
    emit(feat(13, t1, t2));
    emit(feat(14, t1, w.word));
    match cx.prev {
        Some(p) => {
            emit(feat(15, p.word, 0));
            emit(feat(16, p.suffix[p.suffixes.min(3).saturating_sub(1)], 0));
        }
        None => emit(feat(15, 0, 1)),
    }
    match cx.next {
        Some(n) => {
            emit(feat(17, n.word, 0));
            emit(feat(18, n.shape as u64, 0));
            emit(feat(19, n.suffix[n.suffixes.min(3).saturating_sub(1)], 0));
        }
        None => emit(feat(17, 0, 1)),
    }
    emit(feat(20, cx.prev2.map_or(1, |p| p.word), 0));
    emit(feat(21, cx.next2.map_or(1, |n| n.word), 0));
}

/// Classes a capitalised sentence-initial word outside the closed classes cannot take: an unseen
/// name before a verb-second verb ("Zudem wird" / "Merkel wird") must not come out as an adverb.
pub const OPEN_START_BANNED: [usize; 6] = [1, 2, 5, 10, 13, 4]; // ADP ADV DET PRON SCONJ CCONJ

/// The best class of `scores`, skipping the banned ones.
#[inline]
pub fn best(scores: &[i32; CLASSES], ban: bool) -> usize {
    let mut best = 0;
    let mut top = i32::MIN;
    for (k, &s) in scores.iter().enumerate() {
        if s > top && !(ban && OPEN_START_BANNED.contains(&k)) {
            best = k;
            top = s;
        }
    }
    best
}

/// Goes through a sentence left to right, giving `choose` each word in its context (with the
/// classes it chose for the words before) and taking the class it returns.
pub fn walk(words: &[&str], choose: impl FnMut(&Context) -> usize) {
    walk_while(words, choose, |_| true);
}

/// `walk`, stopping after the word whose tag `go_on` refuses: a caller that looks for one
/// class need not tag the rest of the sentence.
pub fn walk_while(
    words: &[&str],
    mut choose: impl FnMut(&Context) -> usize,
    go_on: impl Fn(usize) -> bool,
) {
    let info = |i: usize| words.get(i).map(|w| WordInfo::new(w));
    // The window: words i-2 .. i+2.
    let mut win: [Option<WordInfo>; 5] = [None, None, info(0), info(1), info(2)];
    let mut tags = [None, None];
    let mut first = true;
    for i in 0..words.len() {
        let Some(this) = &win[2] else { break };
        let cx = Context {
            prev2: win[0].as_ref(),
            prev: win[1].as_ref(),
            this,
            next: win[3].as_ref(),
            next2: win[4].as_ref(),
            tags,
            first,
        };
        let tag = choose(&cx);
        if !go_on(tag) {
            break;
        }
        first &= !this.alnum;
        tags = [Some(tag), tags[0]];
        win.rotate_left(1);
        win[4] = info(i + 3);
    }
}
