//! Words and punctuation of a block, with each quotation as one token: the attribution sieves
//! read the author's sentence around a quotation, never the words inside it.

use super::lang::{WordClass, WordClasses};
use crate::model::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Punct(char),
    /// A quotation, by its index in the list of quotations.
    Quote(u32),
}

/// Twenty-four bytes: every token of an article is held at once, so its offsets are kept as
/// `u32` (`attribution` reads no text past `u32::MAX` bytes; quoth opens at most 20 MB).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    start: u32,
    end: u32,
    pub kind: TokenKind,
    /// Index of the sentence within the block (see `sentence`): four bytes, for every token of
    /// an article is held at once.
    sentence_index: u32,
    /// What the lexicon says of a word (see `classify`); nothing for punctuation and quotations.
    pub class: WordClass,
}

impl Token {
    /// A token of `kind` over `span`, in the block's sentence `sentence`.
    pub fn new(span: Span, kind: TokenKind, sentence: usize) -> Token {
        let offset = |at: usize| u32::try_from(at).unwrap_or(u32::MAX);
        Token {
            start: offset(span.start),
            end: offset(span.end),
            kind,
            sentence_index: u32::try_from(sentence).unwrap_or(u32::MAX),
            class: WordClass::default(),
        }
    }
    /// Where the token is in the text.
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }
    /// Index of the sentence within the block.
    pub fn sentence(&self) -> usize {
        self.sentence_index as usize
    }
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct(c)
    }
}

/// The tokens `[start, end)` of one sentence; tokens are in sentence order, so this is a binary
/// search, not a scan of the block.
pub fn sentence_range(toks: &[Token], sentence: usize) -> std::ops::Range<usize> {
    toks.partition_point(|t| t.sentence() < sentence)
        ..toks.partition_point(|t| t.sentence() <= sentence)
}

fn word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// A block longer than this is tokenized twice, once to count: its tokens then take exactly the
/// room they need, not up to twice that as a growing vector would.
const COUNTED_FROM_BYTES: usize = 64 * 1024;

/// Tokens of `block`; `quotes` are (extent, index) pairs sorted by start, and `sentence_ends` the
/// byte offsets where the block's sentences end.
pub fn tokenize(
    text: &str,
    block: Span,
    quotes: &[(Span, usize)],
    sentence_ends: &[usize],
) -> Vec<Token> {
    let capacity = if block.len() > COUNTED_FROM_BYTES {
        let mut n = 0;
        each_token(text, block, quotes, sentence_ends, |_| n += 1);
        n
    } else {
        // About one token in six bytes of prose.
        block.len() / 6 + 1
    };
    let mut out = Vec::with_capacity(capacity);
    each_token(text, block, quotes, sentence_ends, |t| out.push(t));
    // A hundred thousand short paragraphs: each vector grown to twice its tokens would double
    // what they take.
    out.shrink_to_fit();
    out
}

/// Gives each token of `block` to `emit`, in order (see `tokenize`).
fn each_token(
    text: &str,
    block: Span,
    quotes: &[(Span, usize)],
    sentence_ends: &[usize],
    mut emit: impl FnMut(Token),
) {
    let mut q = quotes.partition_point(|(s, _)| s.end <= block.start);
    let mut sentence = SentenceIndex::default();
    let mut ended = 0;
    let mut at = block.start;
    let bytes_end = block.end;
    while at < bytes_end {
        while ended < sentence_ends.len() && sentence_ends[ended] <= at {
            ended += 1;
            sentence.end();
        }
        if q < quotes.len() && quotes[q].0.start <= at {
            let (span, index) = quotes[q];
            if span.end > at {
                emit(Token::new(
                    Span::new(span.start.max(block.start), span.end.min(block.end)),
                    TokenKind::Quote(u32::try_from(index).unwrap_or(u32::MAX)),
                    sentence.next_token(),
                ));
                at = span.end.min(block.end);
            }
            q += 1;
            continue;
        }
        let next_quote = quotes
            .get(q)
            .map_or(bytes_end, |(s, _)| s.start.min(bytes_end));
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        if c.is_whitespace() {
            at += c.len_utf8();
            continue;
        }
        if word_char(c) {
            let end = at + word_len(&text[at..next_quote]);
            emit(Token::new(
                Span::new(at, end),
                TokenKind::Word,
                sentence.next_token(),
            ));
            at = end;
        } else {
            // A run of more than `MAX_PUNCT_RUN` marks ("!!!!!", "[[[[[…") is one token: no
            // rule reads marks so far apart, and a page of them would be a token a byte.
            let run = punct_run(&text[at..next_quote]);
            let end = if run.1 > MAX_PUNCT_RUN {
                at + run.0
            } else {
                at + c.len_utf8()
            };
            emit(Token::new(
                Span::new(at, end),
                TokenKind::Punct(c),
                sentence.next_token(),
            ));
            at = end;
        }
    }
}

/// The most tokens the analysis reads as one sentence. Its rules look across a sentence, some
/// from each of its words, so a runaway "sentence" (a megabyte without a full stop) would take
/// time in the square of its length; it is read in pieces of this many tokens. No sentence of
/// prose comes near it: the longest in the two novels of the samples and in the corpora have
/// about 220.
pub const MAX_SENTENCE_TOKENS: usize = 500;

/// The sentence index of each token in turn: it moves on at a sentence's end (never twice
/// between two tokens), and within a sentence after every `MAX_SENTENCE_TOKENS` tokens.
#[derive(Default)]
struct SentenceIndex {
    index: usize,
    /// Tokens given the current index so far.
    tokens: usize,
    ended: bool,
}

impl SentenceIndex {
    fn end(&mut self) {
        self.ended = self.tokens > 0;
    }

    fn next_token(&mut self) -> usize {
        if self.ended || self.tokens == MAX_SENTENCE_TOKENS {
            self.index += 1;
            self.tokens = 0;
            self.ended = false;
        }
        self.tokens += 1;
        self.index
    }
}

/// The most punctuation marks in a row that are each a token of their own.
const MAX_PUNCT_RUN: usize = 3;

/// The bytes and the number of the punctuation marks that `s` begins with.
fn punct_run(s: &str) -> (usize, usize) {
    let mut bytes = 0;
    let mut count = 0;
    for c in s.chars() {
        if c.is_whitespace() || word_char(c) {
            break;
        }
        bytes += c.len_utf8();
        count += 1;
    }
    (bytes, count)
}

/// The characters of `s` that `keep` takes, with their byte offsets. Only the bytes that `lead`
/// takes are decoded: text is mostly letters, and the marks looked for begin with a few bytes
/// (ASCII, or a lead byte of a longer character; never a continuation byte, so each is a
/// character boundary).
pub fn chars_by_lead<'s>(
    s: &'s str,
    lead: impl Fn(u8) -> bool + 's,
    keep: impl Fn(char) -> bool + 's,
) -> impl Iterator<Item = (usize, char)> + 's {
    let bytes = s.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || loop {
        let i = at + bytes[at..].iter().position(|b| lead(*b))?;
        let c = s[i..].chars().next()?;
        at = i + 1;
        if keep(c) {
            return Some((i, c));
        }
    })
}

/// Gives every word token its `WordClass`, so that the sieves read it off the token instead of
/// asking the lexicon again each time they look at the word.
pub fn classify(text: &str, toks: &mut [Token], words: &WordClasses) {
    for t in toks.iter_mut().filter(|t| t.is_word()) {
        t.class = words.get(t.span().slice(text));
    }
}

/// The word classes the tagger reads for the tokens `range` of a block (a quotation counts as
/// one word, `tagger::QUOTE`), up to the first word whose (index in `range`, class) `stop`
/// takes. Asked for a few sentences only: tagging is the dearest step.
pub fn tag_range_until(
    text: &str,
    toks: &[Token],
    range: std::ops::Range<usize>,
    lang: &super::lang::Language,
    stop: impl Fn(usize, super::tagger::Upos) -> bool,
) -> Vec<super::tagger::Upos> {
    let words: Vec<&str> = toks[range]
        .iter()
        .map(|t| match t.kind {
            TokenKind::Quote(_) => super::tagger::QUOTE,
            _ => t.span().slice(text),
        })
        .collect();
    let mut tags = Vec::with_capacity(words.len());
    super::tagger::for_lang(lang.lang).tag_until(&words, &mut tags, stop);
    tags
}

/// The length in bytes of the word that `rest` starts with: letters and digits, and the marks
/// that join two parts of a word ("Nato-Staaten", "don't", "U.S", "AT&T").
fn word_len(rest: &str) -> usize {
    let bytes = rest.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Most of a word is ASCII letters: no need to decode them.
        if bytes[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let Some(ch) = rest[i..].chars().next() else {
            break;
        };
        let len = ch.len_utf8();
        let joins = matches!(ch, '-' | '\'' | '’' | '.' | '&')
            && rest[i + len..].chars().next().is_some_and(word_char)
            && i > 0;
        if word_char(ch) || (joins && (ch != '.' || is_dotted_acronym(&rest[..i]))) {
            i += len;
        } else {
            break;
        }
    }
    // "U.S. Court", "U.S. officials": inside a sentence, an acronym of dotted letters keeps its
    // last dot, which ends no sentence (`sentences::is_abbreviation`).
    let dotted = rest[..i].contains('.') && is_dotted_acronym(&rest[..i]);
    if dotted && rest[i..].starts_with(". ") && rest[i + 2..].chars().next().is_some_and(word_char)
    {
        i += 1;
    }
    i
}

/// "U.S" in "U.S.": single letters joined by dots.
fn is_dotted_acronym(before: &str) -> bool {
    let last = before.rsplit('.').next().unwrap_or("");
    last.chars().count() == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every token of an article is held at once: a line of ten million bytes has millions.
    #[test]
    fn a_long_block_takes_the_room_of_its_tokens() {
        let text = "[ ".repeat(COUNTED_FROM_BYTES);
        let toks = tokenize(&text, Span::new(0, text.len()), &[], &[]);
        assert_eq!(toks.len(), COUNTED_FROM_BYTES);
        assert_eq!(toks.capacity(), toks.len());
    }

    /// A sentence of millions of words was read whole: rules that look across a sentence from
    /// each of its verbs took time in its square (10 MB without a full stop: 11 minutes).
    #[test]
    fn a_sentence_that_never_ends_is_read_in_pieces_of_bounded_length() {
        let text = "und er sagte ".repeat(MAX_SENTENCE_TOKENS) + "Ende. Neu hier.";
        let ends = [text.len() - "Neu hier.".len()];
        let toks = tokenize(&text, Span::new(0, text.len()), &[], &ends);
        let index: Vec<usize> = toks.iter().map(Token::sentence).collect();
        let n = MAX_SENTENCE_TOKENS;
        assert!(index[..n].iter().all(|&s| s == 0));
        assert!(index[n..2 * n].iter().all(|&s| s == 1));
        assert!(index[2 * n..3 * n].iter().all(|&s| s == 2));
        // Its last word and full stop, then the next sentence.
        assert_eq!(index[3 * n..], [3, 3, 4, 4, 4]);
        for s in 0..=4 {
            assert!(sentence_range(&toks, s).len() <= n);
        }
    }

    #[test]
    fn sentences_without_tokens_take_no_index() {
        let text = "A. . . B.";
        let ends = [3, 5, 7];
        let toks = tokenize(text, Span::new(0, text.len()), &[], &ends);
        let index: Vec<usize> = toks.iter().map(Token::sentence).collect();
        assert_eq!(index, [0, 0, 1, 2, 3, 3]);
    }

    #[test]
    fn a_long_run_of_marks_is_one_token() {
        let text = "Ja... nein!!!! [[[[[]]]]] ?!";
        let toks = tokenize(text, Span::new(0, text.len()), &[], &[]);
        let spans: Vec<&str> = toks.iter().map(|t| t.span().slice(text)).collect();
        assert_eq!(
            spans,
            ["Ja", ".", ".", ".", "nein", "!!!!", "[[[[[]]]]]", "?", "!"]
        );
    }

    #[test]
    fn a_token_takes_24_bytes() {
        assert!(
            std::mem::size_of::<Token>() <= 24,
            "{}",
            std::mem::size_of::<Token>()
        );
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, Span::new(0, text.len()), &[], &[])
            .iter()
            .map(|t| t.span().slice(text))
            .collect()
    }

    #[test]
    fn compounds_and_apostrophes_stay_whole() {
        assert_eq!(
            words("Der US-Sicherheitsberater sagte: O'Brien's U.S. plan."),
            [
                "Der",
                "US-Sicherheitsberater",
                "sagte",
                ":",
                "O'Brien's",
                "U.S.",
                "plan",
                "."
            ]
        );
    }

    #[test]
    fn dotted_initials_keep_their_last_dot_inside_a_sentence_only() {
        assert_eq!(words("the U.S. Court"), ["the", "U.S.", "Court"]);
        assert_eq!(words("J.K. Rowling"), ["J.K.", "Rowling"]);
        // At the block's end the dot is a full stop.
        assert_eq!(words("in the U.S."), ["in", "the", "U.S", "."]);
        // A single initial is no dotted acronym: "F. Ham" keeps its dot apart.
        assert_eq!(words("F. Ham"), ["F", ".", "Ham"]);
    }

    #[test]
    fn a_quotation_is_one_token() {
        let text = "„Wir kommen, sagen wir.“, sagte er.";
        let end = text.find('“').unwrap() + '“'.len_utf8();
        let toks = tokenize(
            text,
            Span::new(0, text.len()),
            &[(Span::new(0, end), 3)],
            &[],
        );
        assert_eq!(toks[0].kind, TokenKind::Quote(3));
        assert_eq!(
            toks.iter()
                .map(|t| t.span().slice(text))
                .collect::<Vec<_>>()[1..],
            [",", "sagte", "er", "."]
        );
    }
}
