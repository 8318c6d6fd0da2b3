//! Where the quotations are, and which of them are speech.
//!
//! Marks are paired per paragraph with a stack: a mark closes the innermost open quotation it can
//! close, or opens a new one. Straight marks (`"` and `'`) and the typographic apostrophe are
//! told apart by what stands on either side. A quotation left open at a paragraph's end either
//! continues (the next paragraph reopens it, the old convention for long quotations) or is cut at
//! the paragraph's end and marked `unclosed`: a missing mark never swallows the rest of the article.

use super::lang::Language;
use crate::model::{Block, BlockKind, Span};

/// What a quotation is: speech (whole or fragment) or words the author only mentions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteRole {
    /// A whole utterance in quotation marks.
    Direct,
    /// A quoted fragment inside the author's sentence.
    Partial,
    /// A term the author mentions ("die sogenannte „Schuldenbremse“").
    Term,
    /// A name or title: a newspaper, a film, a campaign ("sagte er „Bild“").
    Title,
}

impl QuoteRole {
    pub fn is_speech(self) -> bool {
        matches!(self, QuoteRole::Direct | QuoteRole::Partial)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quotation {
    /// One span a paragraph, marks included.
    pub spans: Vec<Span>,
    pub role: QuoteRole,
    /// The closing mark was missing; the last span ends at its paragraph's end.
    pub unclosed: bool,
    /// Inside another quotation.
    pub nested: bool,
}

impl Quotation {
    pub fn extent(&self) -> Span {
        Span::new(self.spans[0].start, self.spans[self.spans.len() - 1].end)
    }
}

pub fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '„'
            | '“'
            | '”'
            | '‚'
            | '‘'
            | '’'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '「'
            | '」'
            | '『'
            | '』'
    )
}

/// The quotation marks of `s`, with their byte offsets: the ASCII marks and those that begin
/// with the lead bytes of U+00AB, U+00BB, U+2018–U+203A and U+300C–U+300F.
fn quote_marks(s: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    super::tokens::chars_by_lead(
        s,
        |b| matches!(b, b'"' | b'\'' | 0xC2 | 0xE2 | 0xE3),
        is_quote_mark,
    )
}

/// Can `close` end a quotation opened with `open`? Mixed pairs seen in real text are allowed.
fn closes(open: char, close: char) -> bool {
    match open {
        '„' => matches!(close, '“' | '”' | '"'),
        '‚' => matches!(close, '‘' | '’' | '\''),
        '“' => matches!(close, '”' | '"'),
        '‘' => matches!(close, '’' | '\''),
        '"' => matches!(close, '"' | '”' | '“'),
        '\'' => matches!(close, '\'' | '’'),
        '»' => close == '«',
        '«' => close == '»',
        '›' => close == '‹',
        '‹' => close == '›',
        '「' => close == '」',
        '『' => close == '』',
        _ => false,
    }
}

fn opens_before(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':')
        || is_quote_mark(c)
}

/// Could the mark at this place open a quotation?
fn can_open(mark: char, prev: Option<char>, next: Option<char>) -> bool {
    let Some(next) = next else { return false };
    if next.is_whitespace() && !matches!(mark, '«' | '»' | '‹' | '›') {
        return false;
    }
    match mark {
        '„' | '‚' | '「' | '『' => true,
        '”' | '’' | '」' | '』' => false,
        // The symmetric and English marks open only at a word's start.
        _ => prev.is_none_or(opens_before),
    }
}

/// Could the mark at this place close a quotation?
fn can_close(mark: char, prev: Option<char>, next: Option<char>) -> bool {
    if matches!(mark, '„' | '‚' | '「' | '『') {
        return false;
    }
    let Some(prev) = prev else { return false };
    if matches!(mark, '"' | '\'' | '’') {
        // "don't": a straight or curly apostrophe between letters is no closing mark.
        !prev.is_whitespace() && next.is_none_or(|n| !n.is_alphanumeric())
    } else {
        !prev.is_whitespace() || matches!(mark, '«' | '»' | '“' | '”')
    }
}

/// An apostrophe, not a quotation mark: "it's", "geht's", "'90s", "'n'".
fn is_apostrophe(
    text: &str,
    at: usize,
    mark: char,
    prev: Option<char>,
    next: Option<char>,
    lang: &Language,
) -> bool {
    if !matches!(mark, '\'' | '’') {
        return false;
    }
    if prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric) {
        return true;
    }
    if prev.is_none_or(|p| !p.is_alphanumeric()) && next.is_some_and(|n| n.is_ascii_digit()) {
        return true;
    }
    if prev.is_none_or(|p| !p.is_alphanumeric()) {
        let rest = &text[at + mark.len_utf8()..];
        let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        let after = rest[word.len()..].chars().next();
        if !word.is_empty()
            && lang
                .leading_elisions
                .iter()
                .any(|e| e.eq_ignore_ascii_case(&word))
        {
            // "'n'" in "rock 'n' roll" is closed by a mark that is an apostrophe too.
            return after.is_none_or(|a| !a.is_alphanumeric());
        }
    }
    false
}

/// The most quotations open at once in a paragraph. Prose nests two or three deep; a mark that
/// would open one more is no quotation mark. Without a bound, every closing mark would search a
/// stack as long as the paragraph, and every nested quotation be read whole by `classify`: time
/// that grows with the square of the paragraph.
const MAX_OPEN_QUOTATIONS: usize = 8;

struct Open {
    mark: char,
    at: usize,
    /// Spans in earlier paragraphs, for a quotation that runs on.
    carried: Vec<Span>,
}

/// A quotation left open at a paragraph's end that the next paragraph reopens: its opening mark
/// and its spans so far.
type RunOn = (char, Vec<Span>);

/// A quotation as the pairing finds it: every one a fragment until `classify` tells its role.
fn found_quotation(mut spans: Vec<Span>, unclosed: bool, nested: bool) -> Quotation {
    // Grown by pushes, the vector holds room for four spans; nearly every quotation has one,
    // and an article of many short quotations keeps them all (issue 14: memory).
    spans.shrink_to_fit();
    Quotation {
        spans,
        role: QuoteRole::Partial,
        unclosed,
        nested,
    }
}

/// Finds every quotation in the article's blocks.
pub fn find_quotations(text: &str, blocks: &[Block], lang: &Language) -> Vec<Quotation> {
    let mut found: Vec<Quotation> = Vec::new();
    let mut carried: Option<RunOn> = None;
    for (bi, block) in blocks.iter().enumerate() {
        if block.kind == BlockKind::Date {
            continue;
        }
        let stack = pair_marks(text, block.span, lang, &mut carried, &mut found);
        // An earlier paragraph's quotation that this one did not reopen ends there, unclosed.
        if let Some((_, spans)) = carried.take() {
            found.push(found_quotation(spans, true, false));
        }
        carried = end_paragraph(text, blocks, bi, stack, &mut found);
    }
    if let Some((_, spans)) = carried {
        found.push(found_quotation(spans, true, false));
    }
    found.sort_by_key(|q| q.spans[0].start);
    mark_nested(&mut found);
    for q in found.iter_mut() {
        q.role = classify(text, blocks, q, lang);
    }
    demote_unspoken_fragments(text, blocks, &mut found, lang);
    demote_repeated_names(text, &mut found);
    found
}

/// Pairs the marks of one paragraph with a stack: a mark closes the innermost open quotation it
/// can close ("„Er rief ‚Halt!‘ …“" closes the inner one first), or else opens a new one. A
/// quotation `carried` from the paragraph before goes on only if this paragraph opens with its
/// mark; otherwise it is left for the caller to end. Returns the quotations still open at the
/// paragraph's end, outermost first.
fn pair_marks(
    text: &str,
    block: Span,
    lang: &Language,
    carried: &mut Option<RunOn>,
    found: &mut Vec<Quotation>,
) -> Vec<Open> {
    let mut stack: Vec<Open> = Vec::new();
    let s = block.slice(text);
    for (i, c) in quote_marks(s) {
        let prev = s[..i].chars().next_back();
        let next = s[i + c.len_utf8()..].chars().next();
        let at = block.start + i;
        let is_apos = is_apostrophe(text, at, c, prev, next, lang);
        let close_at = if is_apos {
            None
        } else {
            closed_depth(&stack, s, i, c, prev, next)
        };
        if let Some(depth) = close_at {
            // Inner quotations still open cannot outlive this one.
            stack.truncate(depth + 1);
            if let Some(open) = stack.pop() {
                let mut spans = open.carried;
                spans.push(Span::new(open.at, at + c.len_utf8()));
                found.push(found_quotation(spans, false, depth > 0));
            }
        } else if !is_apos && can_open(c, prev, next) && stack.len() < MAX_OPEN_QUOTATIONS {
            let carried_spans = match carried.take() {
                Some((mark, spans)) if stack.is_empty() && i == 0 && mark == c => spans,
                other => {
                    *carried = other;
                    Vec::new()
                }
            };
            stack.push(Open {
                mark: c,
                at,
                carried: carried_spans,
            });
        }
    }
    stack
}

/// Which open quotation, counted from the outermost, the mark `c` at byte `i` of the paragraph
/// `s` closes: the innermost whose opening mark it matches, if it stands where a closing mark
/// can. None if it closes nothing, and then it may open a quotation instead.
fn closed_depth(
    stack: &[Open],
    s: &str,
    i: usize,
    c: char,
    prev: Option<char>,
    next: Option<char>,
) -> Option<usize> {
    // "… 'Title Sponsor,' \"": a closing mark may follow an inner one after a space.
    let after_inner = prev.is_some_and(char::is_whitespace)
        && s[..i].trim_end().ends_with(['\'', '’'])
        && stack.len() == 1
        && c == '"'
        && next.is_none_or(|n| !n.is_alphanumeric());
    if !(can_close(c, prev, next) || after_inner) {
        return None;
    }
    stack.iter().rposition(|o| closes(o.mark, c))
}

/// What becomes of the quotations still open at the end of paragraph `bi`. Only the outermost
/// lives on: it runs on into the next paragraph if that paragraph opens with the same mark (the
/// old convention for a long quotation), and is returned to be carried there; else it ends with
/// its paragraph, unclosed, and a missing mark swallows no more than that.
fn end_paragraph(
    text: &str,
    blocks: &[Block],
    bi: usize,
    stack: Vec<Open>,
    found: &mut Vec<Quotation>,
) -> Option<RunOn> {
    let outer = stack.into_iter().next()?;
    let mut spans = outer.carried;
    spans.push(Span::new(outer.at, blocks[bi].span.end));
    let reopened = blocks
        .get(bi + 1)
        .filter(|b| b.kind == BlockKind::Paragraph)
        .and_then(|b| b.span.slice(text).chars().next())
        == Some(outer.mark);
    if reopened {
        return Some((outer.mark, spans));
    }
    if outer.mark != '\'' {
        // A lone straight single mark is far more often an apostrophe than a quotation.
        found.push(found_quotation(spans, true, false));
    }
    None
}

/// A short capitalised quotation inside a sentence whose words the article quotes again, word
/// for word, is the name of a thing ("„Tranquility“", "„Aktion Deutschland hilft“"), not words
/// someone said: a phrase is rarely quoted twice. A quotation that is a sentence of its own
/// ("„Ja“, sagte sie.") stays speech: dialogue says "Ja" and "No" again and again.
fn demote_repeated_names(text: &str, found: &mut [Quotation]) {
    let short = |q: &Quotation| {
        !q.nested
            && q.spans.len() == 1
            && q.role == QuoteRole::Partial
            && inner_text(text, q.spans[0]).starts_with(char::is_uppercase)
            && few_words(inner_text(text, q.spans[0]))
    };
    let mut seen: rustc_hash::FxHashMap<&str, usize> = Default::default();
    for q in found.iter().filter(|q| short(q)) {
        *seen.entry(inner_text(text, q.spans[0])).or_default() += 1;
    }
    for q in found.iter_mut() {
        if short(q)
            && seen
                .get(inner_text(text, q.spans[0]))
                .is_some_and(|n| *n > 1)
        {
            q.role = QuoteRole::Term;
        }
    }
}

/// The longest fragment (in words) that needs a sign of speech around it to count as speech.
const MAX_BARE_FRAGMENT_WORDS: usize = 4;

/// At most `MAX_BARE_FRAGMENT_WORDS` words: counted no further than that, for a quotation may
/// be a page long.
fn few_words(s: &str) -> bool {
    s.split_whitespace().nth(MAX_BARE_FRAGMENT_WORDS).is_none()
}

/// A short quoted fragment in a sentence with no verb of saying, no reported mood and no
/// "according to" is the author's own scare-quoted word or a name: a term, not speech.
fn demote_unspoken_fragments(
    text: &str,
    blocks: &[Block],
    found: &mut [Quotation],
    lang: &Language,
) {
    let extents: Vec<Span> = found
        .iter()
        .filter(|q| !q.nested)
        .map(|q| q.extent())
        .collect();
    // Words that mark speech ("sagte", "laut"), in a piece of text.
    let speech_words = |span: Span| {
        span.slice(text)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .filter(|w| {
                let w = w.to_lowercase();
                (lang.is_speech_verb)(&w)
                    || (lang.is_speech_mood)(&w)
                    || lang.source_markers.contains(&w.as_str())
            })
            .count()
    };
    // The block whose sentences are known, and per sentence its speech words once counted.
    let mut cached: Option<(usize, Vec<Span>, Vec<Option<usize>>)> = None;
    for q in found.iter_mut() {
        if q.role != QuoteRole::Partial || q.nested || q.spans.len() > 1 {
            continue;
        }
        let span = q.spans[0];
        if !few_words(inner_text(text, span)) {
            continue;
        }
        let bi = blocks.partition_point(|b| b.span.end < span.end);
        let Some(block) = blocks.get(bi).filter(|b| b.span.encloses(span)) else {
            continue;
        };
        // A block's sentences are found once, however many fragments it holds.
        if cached.as_ref().is_none_or(|(i, _, _)| *i != bi) {
            let sentences = super::sentences::sentences(text, block.span, &extents);
            let counts = vec![None; sentences.len()];
            cached = Some((bi, sentences, counts));
        }
        let Some((_, sentences, counts)) = cached.as_mut() else {
            continue;
        };
        let at = sentences.partition_point(|s| s.end < span.end);
        let Some(&sentence) = sentences.get(at).filter(|s| s.encloses(span)) else {
            continue;
        };
        // A speech word in the sentence outside the fragment: those of the whole sentence, counted
        // once however many fragments it holds, less the fragment's own. The fragment begins and
        // ends with a quotation mark, so no word straddles its edges.
        let in_sentence = *counts[at].get_or_insert_with(|| speech_words(sentence));
        let spoken = in_sentence > speech_words(span);
        if !spoken {
            q.role = QuoteRole::Term;
        }
    }
}

/// A quotation inside another one is nested, whichever pass found it.
fn mark_nested(found: &mut [Quotation]) {
    let mut outer_end = 0;
    for q in found.iter_mut() {
        let ext = q.extent();
        if ext.start < outer_end {
            q.nested = true;
        } else {
            q.nested = false;
            outer_end = ext.end;
        }
    }
}

/// The words of a quotation, without its marks.
pub fn inner_text(text: &str, span: Span) -> &str {
    span.slice(text)
        .trim_matches(|c: char| is_quote_mark(c) || c.is_whitespace())
}

/// The span of `inner_text`.
pub fn inner_span(text: &str, span: Span) -> Span {
    let whole = span.slice(text);
    let inner = inner_text(text, span);
    let start = span.start + (inner.as_ptr() as usize - whole.as_ptr() as usize);
    Span::new(start, start + inner.len())
}

/// The text of the block before `at`, and after `at`.
fn context<'t>(text: &'t str, blocks: &[Block], span: Span) -> (&'t str, &'t str) {
    let i = blocks.partition_point(|b| b.span.end < span.start);
    // The dateline ("Berlin (dpa) - ") is not part of the first sentence.
    let block = blocks.get(i).map_or(Span::new(0, text.len()), |b| {
        Span::new(
            b.dateline
                .filter(|d| d.end <= span.start)
                .map_or(b.span.start, |d| d.end),
            b.span.end,
        )
    });
    let before = text
        .get(block.start.min(span.start)..span.start)
        .unwrap_or("");
    let after = text.get(span.end..block.end.max(span.end)).unwrap_or("");
    (before, after)
}

/// Words before the quotation, skipping articles, nearest first.
fn words_before(before: &str, n: usize) -> Vec<&str> {
    before
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .take(n)
        .collect()
}

/// Small words inside German names and titles: „Ärzte ohne Grenzen“, „Bild am Sonntag“.
const NAME_SMALL_WORDS: &[&str] = &[
    "der", "die", "das", "des", "dem", "den", "und", "für", "von", "vom", "im", "am", "an", "zur",
    "zum", "mit", "ohne", "gegen", "in", "auf", "unter", "über", "aus", "bei", "e", "V", "of",
    "the", "and", "for", "de", "la", "le", "du", "et", "a", "ein", "eine", "einer", "eines", "um",
];

/// Words that link the parts of a German name: „Rat für nationale Sicherheit“.
const NAME_LINK_WORDS: &[&str] = &[
    "für", "zur", "zum", "der", "des", "von", "vom", "mit", "gegen", "ohne", "um", "in", "an",
    "auf", "am", "im", "aus", "über", "unter",
];

/// A single word with digits, inner capitals or punctuation: a product, site or brand.
fn odd_word(word: &str) -> bool {
    let inner_capital =
        word.chars().skip(1).any(char::is_uppercase) && word.chars().any(char::is_lowercase);
    let digit = word.chars().any(|c| c.is_ascii_digit()) && word.chars().any(char::is_alphabetic);
    let punct = word
        .chars()
        .any(|c| matches!(c, '.' | '!' | '@' | '_' | '/'));
    inner_capital || digit || punct
}

/// Term markers that introduce titles, which may be long.
const TITLE_MARKERS: &[&str] = &[
    "titled",
    "entitled",
    "headlined",
    "titel",
    "motto",
    "überschrift",
];

/// How many words before a quotation a verb of naming makes it a name, and in how many bytes.
const MAX_NAMING_DISTANCE: usize = 8;
const MAX_NAMING_BYTES: usize = 200;

/// Words right before a one-word quotation that make it a medium's name.
const MEDIUM_SLOT: &[&str] = &["dem", "laut", "gegenüber", "im", "vom", "told", "to"];

const ARTICLES: &[&str] = &[
    "der", "die", "das", "dem", "den", "des", "the", "a", "an", "eine", "einer", "einem", "ein",
];

/// Speech or not, and which: a quotation is a term or a name when something marks it as one (a
/// marker word before it, the form of its words, the place it stands in), and else words said,
/// a whole utterance or a fragment. The first test that answers decides, in this order.
fn classify(text: &str, blocks: &[Block], q: &Quotation, lang: &Language) -> QuoteRole {
    let inner: std::borrow::Cow<str> = match q.spans.as_slice() {
        [one] => inner_text(text, *one).into(),
        spans => spans
            .iter()
            .map(|s| inner_text(text, *s))
            .collect::<Vec<_>>()
            .join(" ")
            .into(),
    };
    // "„…“", "„2:1“": no word in it, nothing anyone said.
    if !inner.chars().any(char::is_alphabetic) {
        return QuoteRole::Term;
    }
    let (before, _) = context(text, blocks, q.spans[0]);
    let (_, after) = context(text, blocks, q.spans[q.spans.len() - 1]);
    let quoted = Quoted::new(&inner, before, after);
    if let Some(role) = after_marker(&quoted, lang) {
        return role;
    }
    if name_by_form_or_place(&quoted, lang)
        || capitalised_name(&quoted, lang)
        || names_a_medium(&quoted, lang)
    {
        return QuoteRole::Title;
    }
    quoted.speech_role()
}

/// What the tests of `classify` read of a quotation: its words, and its block's text on either
/// side of it.
struct Quoted<'a> {
    /// The words without their marks; a quotation over several paragraphs joined by spaces.
    inner: &'a str,
    /// Its first words: no test counts further than `MAX_COUNTED_WORDS`, so a page-long
    /// quotation is not split whole.
    words: Vec<&'a str>,
    /// The inner words without the punctuation at their end.
    trimmed_inner: &'a str,
    /// Punctuation inside the words, not only at their end: "Ja, gern" has some, "Gern." none.
    inner_has_punct: bool,
    /// At most six words and no sentence punctuation, or at most two words, whatever they hold.
    short: bool,
    /// Its block's text before it, from the dateline's end on, and after it.
    before: &'a str,
    after: &'a str,
    /// `before` without the space before the opening mark.
    before_trim: &'a str,
    /// Nothing or a sentence's end before it: "… gehetzt. „Landser“ habe …".
    opens: bool,
}

impl<'a> Quoted<'a> {
    fn new(inner: &'a str, before: &'a str, after: &'a str) -> Self {
        let words: Vec<&str> = inner
            .split_whitespace()
            .take(MAX_COUNTED_WORDS + 1)
            .collect();
        let short =
            words.len() <= 6 && !inner.contains(['.', '!', '?', ';', ':']) || words.len() <= 2;
        let trimmed_inner = inner.trim_end_matches(['.', ',', '!', '?']);
        let inner_has_punct = trimmed_inner.contains(['.', '!', '?', ';', ':', ',']);
        let before_trim = before.trim_end();
        let opens = before_trim.is_empty() || before_trim.ends_with(['.', '!', '?']);
        Quoted {
            inner,
            words,
            trimmed_inner,
            inner_has_punct,
            short,
            before,
            after,
            before_trim,
            opens,
        }
    }

    /// Does the quotation start a sentence: after nothing, a sentence's end or a colon, or after
    /// a quotation that ended with one or with a comma ("„Nein.“ „Niemals.“")? Wider than
    /// `opens`.
    fn sentence_start(&self) -> bool {
        let b = self.before_trim;
        b.is_empty()
            || b.ends_with(['.', '!', '?', ':', '…'])
            || b.ends_with(|c: char| is_quote_mark(c))
                && b.trim_end_matches(is_quote_mark)
                    .ends_with(['.', '!', '?', '…', ','])
    }

    /// Speech, once nothing made it a term or a name: a whole utterance if it begins with a
    /// capital where a sentence begins ("sagte er: „Wir kommen.“") or reads as a sentence of its
    /// own; else a fragment of the author's sentence ("sei „kritisch“").
    fn speech_role(&self) -> QuoteRole {
        let starts_upper = self
            .inner
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| c.is_uppercase() || c.is_numeric());
        let ends_sentence = self.inner.ends_with(['.', '!', '?', '…']);
        let colon_or_comma = self.before_trim.ends_with([':', ',']);
        if starts_upper
            && (self.sentence_start() || colon_or_comma || (ends_sentence && self.words.len() >= 3))
        {
            QuoteRole::Direct
        } else {
            QuoteRole::Partial
        }
    }
}

/// Is the word's first letter a capital, whatever stands before it: "(Bild)", "2Raumwohnung"?
fn capitalised(w: &&str) -> bool {
    w.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_uppercase)
}

/// The letters of a word without the punctuation around it.
fn bare(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphabetic())
}

/// A term or title right after its marker word, articles skipped: "die sogenannte
/// „Schuldenbremse“" is a term, "die Zeitung „Die Welt“" a title. Only a short quotation: a
/// sentence after the marker is what was said ("schrieb die Zeitung „Wir bleiben hier.“").
/// Titles may be long: "an article titled „…“".
fn after_marker(q: &Quoted, lang: &Language) -> Option<QuoteRole> {
    // "Er kam zum Verein. „Es war …“": a marker ends at its sentence's end.
    if q.before.trim_end().ends_with(['.', '!', '?', '…']) {
        return None;
    }
    let near: Vec<&str> = words_before(q.before, 3);
    let marker = near
        .iter()
        .copied()
        .find(|w| !ARTICLES.iter().any(|a| a.eq_ignore_ascii_case(w)))
        .unwrap_or("");
    let titled = TITLE_MARKERS.contains(&marker.to_lowercase().as_str())
        && q.words.len() <= MAX_COUNTED_WORDS;
    if (q.short || titled)
        && lang
            .term_markers
            .iter()
            .any(|m| m.eq_ignore_ascii_case(marker))
    {
        return Some(QuoteRole::Term);
    }
    // "named the virus that causes it "…"": a verb of naming earlier in the clause (looked for
    // in the last few hundred bytes only: a paragraph of many quotations stays linear).
    let mut from = q.before.len().saturating_sub(MAX_NAMING_BYTES);
    while !q.before.is_char_boundary(from) {
        from += 1;
    }
    let clause = q.before[from..]
        .rsplit(['.', '!', '?', ';', ':', ','])
        .next()
        .unwrap_or("");
    if q.short
        && words_before(clause, MAX_NAMING_DISTANCE)
            .iter()
            .any(|w| lang.naming_verbs.contains(w))
    {
        return Some(QuoteRole::Term);
    }
    if q.short
        && lang
            .title_nouns
            .iter()
            .any(|m| m.eq_ignore_ascii_case(marker))
    {
        return Some(QuoteRole::Title);
    }
    None
}

/// A name told by its form or its place rather than by a marker word: it looks like no word, a
/// noun before it says what it names, it stands as a label or as its sentence's subject, or it
/// is glued to a compound. Quoted speech seldom has that form or stands in those places.
fn name_by_form_or_place(q: &Quoted, lang: &Language) -> bool {
    let words = &q.words;
    // German: a short quotation right after a noun names what the noun is: "die
    // Fluggesellschaft „Condor“", "die Modelle „Touareg“", "der Wirbelsturm „Nargis“".
    if lang.capitalises_nouns
        && words.len() <= 3
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && after_noun(q.before, lang)
    {
        return true;
    }
    // A name that reads like no word: "E!Online", „tagesschau.de“, „DotAsia“, „Muslix64“.
    if words.len() == 1 && odd_word(q.trimmed_inner) {
        return true;
    }
    // An interview's speaker label or a list's heading: "''Pau'': Das Maut-System …",
    // "… beitragen. 'Börse': Manager müssen …".
    if words.len() <= 3 && q.opens && q.after.starts_with(':') {
        return true;
    }
    // A name as the subject of its sentence: "„Landser“ habe in seinen Liedern …", "„Bild“
    // berichtete": a short capitalised quotation that opens the sentence, a verb right after.
    if words.len() <= 3
        && q.opens
        && !q.inner.contains(['.', '!', '?', ',', ':'])
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && q.after
            .strip_prefix(' ')
            .is_some_and(|a| a.starts_with(char::is_lowercase))
    {
        return true;
    }
    // A member's organisation: "Anna Novak of "Have no fear"":
    // a short capitalised quotation after a name and the preposition that joins them.
    if q.short && words.len() <= 4 && words[0].starts_with(char::is_uppercase) {
        let near = words_before(q.before, 2);
        let joined = near
            .first()
            .is_some_and(|p| lang.membership_prepositions.contains(p));
        let after_name = near
            .get(1)
            .is_some_and(|w| w.starts_with(char::is_uppercase));
        if joined && after_name && !q.before.trim_end().ends_with([',', ':', '.']) {
            return true;
        }
    }
    // Glued to a compound: „Bild“-Zeitung, "Fox"-Interview.
    q.short && q.after.starts_with('-') && q.after[1..].starts_with(char::is_alphabetic)
}

/// A name in capitals: words in title case ("Don't Hug Cacti", „Ärzte ohne Grenzen“) inside a
/// sentence. At a sentence's start capitals prove nothing, so there only a German name counts,
/// and only without a cue after it: „Alles Gute“, sagte er, is speech.
fn capitalised_name(q: &Quoted, lang: &Language) -> bool {
    let words = &q.words;
    let german_name = german_name(q, lang);
    let title_case = !q.inner_has_punct && words.len() <= 6 && capitalised(&words[0]) && {
        if lang.capitalises_nouns {
            german_name
        } else {
            words
                .iter()
                .filter(|w| w.chars().count() >= 4)
                .all(capitalised)
        }
    };
    let sentence_start = q.sentence_start();
    let cue_follows = q.after.trim_start().starts_with(',');
    let german = lang.capitalises_nouns;
    (title_case && !sentence_start) || (german && german_name && (!sentence_start || !cue_follows))
}

/// Words shaped as a German name. German capitalises nouns, so every word but the small ones
/// (articles, prepositions) must be: „Ärzte ohne Grenzen“, „Gewalt gegen Kinder“. A name with a
/// linking word inside may hold adjectives before its nouns too: „Gesetz zur Bekämpfung
/// finanzieller Unterstützung“, „Kampagne für ein Freies Tibet“.
fn german_name(q: &Quoted, lang: &Language) -> bool {
    let words = &q.words;
    let linked = words
        .iter()
        .skip(1)
        .any(|w| NAME_LINK_WORDS.contains(&bare(w)));
    // "bezeichnete er als einen „Akt des politischen Verbrechertums“": after a verb of saying,
    // words said. Asked only of the few quotations that need it.
    let spoken_before = std::cell::OnceCell::new();
    let attributive = |i: usize| {
        let w = bare(words[i]);
        linked
            && w.chars().all(char::is_lowercase)
            && super::lang::adjective_ending(w)
            && words.get(i + 1).is_some_and(capitalised)
            && !*spoken_before.get_or_init(|| {
                words_before(q.before, 6)
                    .iter()
                    .any(|w| (lang.is_speech_verb)(&w.to_lowercase()))
            })
    };
    words.len() >= 2
        && words.len() <= 12
        && capitalised(&words[0])
        && !q.inner.contains(['!', '?'])
        && words.iter().enumerate().all(|(i, w)| {
            capitalised(w)
                || w.chars().any(|c| c.is_numeric())
                || !w.chars().any(char::is_alphabetic)
                || NAME_SMALL_WORDS.contains(&bare(w))
                || attributive(i)
        })
}

/// A medium's name where the one spoken to or the one who says stands: after a dative article
/// or preposition, after a speech verb and its speaker, or right after a verb of saying. None
/// follows a comma or colon, after which the words are what was said ("sagte er: „Bild …“").
fn names_a_medium(q: &Quoted, lang: &Language) -> bool {
    let words = &q.words;
    // A newspaper or broadcaster after a dative article or preposition: "sagte dem „Spiegel“",
    // "laut „Kurier“", "gegenüber der „Welt“".
    let prev = words_before(q.before, 1)
        .first()
        .map(|w| w.to_lowercase())
        .unwrap_or_default();
    if words.len() == 1
        && capitalised(&words[0])
        && !q.before_trim.ends_with([',', ':'])
        && MEDIUM_SLOT.contains(&prev.as_str())
    {
        return true;
    }
    // An addressee in quotation marks right after a speech verb and its speaker: "sagte er „Bild“".
    if title_case_or_single(words, capitalised)
        && !q.inner_has_punct
        && after_speaker_slot(q.before)
    {
        return true;
    }
    // "schreibt die „Netzwoche“", "schrieb „Die Woche“ in einem Leitartikel": a short name right
    // after a verb of saying, or after the verb and an article, is the medium that says it.
    words.len() <= 3
        && words.iter().all(capitalised)
        && !q.inner_has_punct
        && after_verb_of_saying(q.before_trim, words[0], lang)
}

/// The most words any test of `classify` counts to: "titled „…“" takes up to 20.
const MAX_COUNTED_WORDS: usize = 20;

/// German nouns for words someone says, whose quotation is speech: "die Bezeichnung „X“".
const WORD_NOUNS: &[&str] = &[
    "bezeichnung",
    "wort",
    "worte",
    "worten",
    "begriff",
    "ausdruck",
    "parole",
    "parolen",
    "ruf",
    "rufe",
    "rufen",
    "äußerung",
    "formulierung",
    "vorwurf",
    "satz",
];

/// Does `before` end in a capitalised word, a noun in German, that does not open its sentence
/// and is no determiner or pronoun ("Das „X“", "Sie „Y“")?
fn after_noun(before: &str, lang: &Language) -> bool {
    let before = before.trim_end();
    let Some(last) = before.chars().last() else {
        return false;
    };
    if !last.is_alphanumeric() {
        return false;
    }
    let w = words_before(before, 2);
    let Some(prev) = w.first() else {
        return false;
    };
    let head = before[..before.len() - prev.len()].trim_end();
    let opens_sentence = head.is_empty() || head.ends_with(['.', '!', '?', ':', '…']);
    let lower = prev.to_lowercase();
    // "die Bezeichnung „Gesindel“", "mit dem Wort „Skandal“": the noun names words someone used.
    let words_noun = WORD_NOUNS.iter().any(|n| lower.ends_with(n));
    // "nannten den Ort „Wüste“": what someone called a thing.
    let named = words_before(before, 4).iter().any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "nannte" | "nannten" | "nennt" | "nennen" | "genannt"
        )
    });
    !words_noun
        && !named
        && prev.chars().next().is_some_and(char::is_uppercase)
        && prev.chars().any(char::is_lowercase)
        && !opens_sentence
        && !lang.determiners.contains(&lower.as_str())
        && !lang.pronouns.iter().any(|p| p.0 == lower)
        && !lang.function_words.contains(&lower.as_str())
}

fn title_case_or_single(words: &[&str], capitalised: impl Fn(&&str) -> bool) -> bool {
    words.len() <= 4 && words.iter().all(capitalised)
}

/// Does the quotation stand where a medium's name stands after a verb of saying: an article
/// between them ("schreibt die „Netzwoche“"), or one that opens the name ("schrieb „Die
/// Woche“")? A bare word after the verb is as often what was said: "sagte „Niemals“".
fn after_verb_of_saying(before: &str, first_word: &str, lang: &Language) -> bool {
    if before.ends_with([',', ':', '.', '!', '?', ';']) {
        return false;
    }
    let speech = |w: &str| (lang.is_speech_verb)(&w.to_lowercase());
    let article = |w: &str| ARTICLES.iter().any(|x| x.eq_ignore_ascii_case(w));
    match words_before(before, 2).as_slice() {
        [v, ..] if speech(v) => article(first_word),
        [a, v, ..] => article(a) && speech(v),
        _ => false,
    }
}

/// The quotation stands where an addressee stands: after a verb and a pronoun or name, with no
/// comma, colon or sentence end in between ("sagte er „Bild“", "told „Fox News“").
fn after_speaker_slot(before: &str) -> bool {
    let b = before.trim_end();
    if b.ends_with([',', ':', '.', '!', '?']) {
        return false;
    }
    let w = words_before(b, 4);
    let pronoun = |s: &str| {
        matches!(
            s.to_lowercase().as_str(),
            "er" | "sie" | "es" | "he" | "she" | "they" | "it" | "der" | "dem" | "the" | "to"
        )
    };
    let speaker_like = |s: &str| pronoun(s) || s.chars().next().is_some_and(char::is_uppercase);
    let verb_like = |s: &str| {
        let l = s.to_lowercase();
        [
            "sagte",
            "sagten",
            "sagt",
            "erklärte",
            "betonte",
            "told",
            "tells",
            "said",
            "says",
        ]
        .contains(&l.as_str())
    };
    let article = |s: &str| matches!(s.to_lowercase().as_str(), "der" | "dem" | "the" | "to");
    // "told „Fox News“" / "sagte er „Bild“" / "sagte sie der „Zeit“" / "said Smith to the „Times“"
    match w.as_slice() {
        [v, ..] if v.eq_ignore_ascii_case("told") => true,
        [p, v, ..] if speaker_like(p) && verb_like(v) => true,
        [a, p, v, ..] if article(a) && speaker_like(p) && verb_like(v) => true,
        [a, b, p, v, ..] if article(a) && article(b) && speaker_like(p) && verb_like(v) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_marks_are_found_among_any_characters() {
        let s = "a \"b\" – „c“ ‚d‘ «e» ‹f› 「g」 ’ é … 'h'";
        let found: Vec<char> = quote_marks(s).map(|(_, c)| c).collect();
        assert_eq!(
            found,
            [
                '"', '"', '„', '“', '‚', '‘', '«', '»', '‹', '›', '「', '」', '’', '\'', '\''
            ]
        );
        for (i, c) in quote_marks(s) {
            assert_eq!(s[i..].chars().next(), Some(c));
        }
    }
    use crate::analysis::lang::{de, en, Language};
    use crate::analysis::structure::structure;

    fn quotes(text: &str, lang: &Language) -> Vec<(String, QuoteRole, bool)> {
        let (_, blocks, _) = structure(text, lang, &en::LANGUAGE);
        find_quotations(text, &blocks, lang)
            .into_iter()
            .filter(|q| !q.nested)
            .map(|q| {
                (
                    q.spans
                        .iter()
                        .map(|s| s.slice(text))
                        .collect::<Vec<_>>()
                        .join("|"),
                    q.role,
                    q.unclosed,
                )
            })
            .collect()
    }

    fn speech(text: &str, lang: &Language) -> Vec<String> {
        quotes(text, lang)
            .into_iter()
            .filter(|q| q.1.is_speech())
            .map(|q| q.0)
            .collect()
    }

    #[test]
    fn german_low_high_marks() {
        let t =
            "„Wir warten auf eine Antwort“, sagte Korbin. Das sei eine „künstliche Erweiterung“.";
        let q = quotes(t, &de::LANGUAGE);
        assert_eq!(
            q[0],
            (
                "„Wir warten auf eine Antwort“".into(),
                QuoteRole::Direct,
                false
            )
        );
        assert_eq!(
            q[1],
            ("„künstliche Erweiterung“".into(), QuoteRole::Partial, false)
        );
    }

    #[test]
    fn all_the_usual_marks() {
        for (t, want) in [
            ("Er sagte: »Das ist gut.« Dann ging er.", "»Das ist gut.«"),
            ("Er sagte: «Das ist gut.» Dann ging er.", "«Das ist gut.»"),
            (
                "She said: “That is good.” Then she left.",
                "“That is good.”",
            ),
            (
                "She said: ‘That is good.’ Then she left.",
                "‘That is good.’",
            ),
            (
                "She said: \"That is good.\" Then she left.",
                "\"That is good.\"",
            ),
            (
                "She said: 'That is good.' Then she left.",
                "'That is good.'",
            ),
            ("Er sagte: ‚Das ist gut.‘ Dann ging er.", "‚Das ist gut.‘"),
        ] {
            let lang = if t.starts_with("Er") {
                &de::LANGUAGE
            } else {
                &en::LANGUAGE
            };
            assert_eq!(speech(t, lang), [want], "in {t}");
        }
    }

    #[test]
    fn quotations_nest_no_deeper_than_the_bound() {
        let depth = 3 * MAX_OPEN_QUOTATIONS;
        let t = format!("{}Halt{} sagte er.", "„‚".repeat(depth), "‘“".repeat(depth));
        let (_, blocks, _) = structure(&t, &de::LANGUAGE, &en::LANGUAGE);
        let found = find_quotations(&t, &blocks, &de::LANGUAGE);
        let within = |q: &Quotation| {
            let e = q.extent();
            found
                .iter()
                .filter(|o| {
                    let f = o.extent();
                    f.start <= e.start && e.end <= f.end && f != e
                })
                .count()
        };
        let deepest = found.iter().map(within).max();
        assert_eq!(deepest, Some(MAX_OPEN_QUOTATIONS - 1));
    }

    #[test]
    fn a_name_quoted_twice_is_no_speech() {
        let t = "Die Mondfähre „Tranquility“ landete, sagte der Sprecher. Später sagte er, die „Tranquility“ sei „in gutem Zustand“ und „Tranquility“ bleibe dort.";
        assert_eq!(speech(t, &de::LANGUAGE), ["„in gutem Zustand“"]);
        // Lower-case words quoted twice may well be said twice.
        let t = "He called it \"fake news\", he said. Later he said \"fake news\" again.";
        assert_eq!(speech(t, &en::LANGUAGE).len(), 2);
    }

    #[test]
    fn a_reply_said_twice_is_speech_twice() {
        // A quotation that stands as its own sentence is said, however often: dialogue repeats
        // "Yes." and "No," (a name is quoted inside a sentence of the author's).
        let t = "„Ja“, sagte sie. Er fragte noch einmal. „Ja“, sagte sie.";
        assert_eq!(speech(t, &de::LANGUAGE), ["„Ja“", "„Ja“"]);
        let t = "\u{201c}No,\u{201d} he said.\n\n\u{201c}No,\u{201d} she said.";
        assert_eq!(speech(t, &en::LANGUAGE).len(), 2);
    }

    #[test]
    fn nested_quotation_is_inside_the_outer() {
        let t = "„Er rief ‚Halt!‘ und lief weg“, sagte die Zeugin.";
        let (_, blocks, _) = structure(t, &de::LANGUAGE, &en::LANGUAGE);
        let all = find_quotations(t, &blocks, &de::LANGUAGE);
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].spans[0].slice(t), "„Er rief ‚Halt!‘ und lief weg“");
        assert!(!all[0].nested);
        assert_eq!(all[1].spans[0].slice(t), "‚Halt!‘");
        assert!(all[1].nested);
        let t = "\"He told me 'never again' and left,\" she said.";
        assert_eq!(
            speech(t, &en::LANGUAGE),
            ["\"He told me 'never again' and left,\""]
        );
    }

    #[test]
    fn a_quotation_over_several_paragraphs_is_one_statement() {
        let t = "The paper reports:\n\n\"First part of the quote.\n\n\"Second part of the quote.\"\n\nThen more text.";
        let q = quotes(t, &en::LANGUAGE);
        assert_eq!(q.len(), 1);
        assert_eq!(
            q[0].0,
            "\"First part of the quote.|\"Second part of the quote.\""
        );
        assert!(!q[0].2);
    }

    #[test]
    fn apostrophes_are_not_quotes_english() {
        let t = "It's Peter's car, from the '90s, and it isn't rock 'n' roll. The players' union agreed.";
        assert!(
            quotes(t, &en::LANGUAGE).is_empty(),
            "{:?}",
            quotes(t, &en::LANGUAGE)
        );
        let t = "It’s Peter’s car from the ’90s.";
        assert!(quotes(t, &en::LANGUAGE).is_empty());
        let t = "Hallam says he 'can' and 'may' act, and it's 'serious'.";
        assert_eq!(speech(t, &en::LANGUAGE), ["'can'", "'may'", "'serious'"]);
    }

    #[test]
    fn apostrophes_are_not_quotes_german() {
        let t = "Wie geht's? Gib's ihm, sagte er, so'n Quatsch, und Andrea's Laden ist zu.";
        assert!(
            quotes(t, &de::LANGUAGE).is_empty(),
            "{:?}",
            quotes(t, &de::LANGUAGE)
        );
        let t = "Er hat ’s gesagt: „Wie geht’s?“";
        assert_eq!(speech(t, &de::LANGUAGE), ["„Wie geht’s?“"]);
    }

    #[test]
    fn unbalanced_mark_is_bound_to_its_paragraph() {
        let t = "Er sagte: „Wir kommen wieder und bleiben lange.\n\nDer nächste Absatz hat „Zitate“ wie gewohnt.\n\nEin dritter Absatz.";
        let q = quotes(t, &de::LANGUAGE);
        assert_eq!(
            q[0],
            (
                "„Wir kommen wieder und bleiben lange.".into(),
                QuoteRole::Direct,
                true
            )
        );
        assert_eq!(q[1].0, "„Zitate“");
        assert!(!q[1].2);
        assert_eq!(q.len(), 2);
        let t = "He said \"we will never leave, and walked on.\n\nA \"second\" paragraph.";
        let q = quotes(t, &en::LANGUAGE);
        assert_eq!(q[0].0, "\"we will never leave, and walked on.");
        assert!(q[0].2);
        assert_eq!(q[1].0, "\"second\"");
    }

    #[test]
    fn a_stray_closing_mark_opens_nothing() {
        let t = "Das war alles“, sagte er, und dann „ging es weiter“.";
        assert_eq!(speech(t, &de::LANGUAGE), ["„ging es weiter“"]);
    }

    #[test]
    fn thousands_of_unbalanced_marks_stay_in_their_paragraphs() {
        let t = "„ offen „ offen „\n\n".repeat(2000);
        let (_, blocks, _) = structure(&t, &de::LANGUAGE, &en::LANGUAGE);
        let q = find_quotations(&t, &blocks, &de::LANGUAGE);
        assert!(q
            .iter()
            .all(|q| q.spans.len() == 1 && q.spans[0].len() < 40));
    }

    #[test]
    fn a_short_capitalised_quotation_after_a_name_and_of_names_an_organisation() {
        let t =
            "Anna Novak of \"Never Alone\", a support charity, told Reuters \"it is too late\".";
        let q = quotes(t, &en::LANGUAGE);
        assert_eq!(q[0].1, QuoteRole::Title);
        assert_eq!(q[1].1, QuoteRole::Partial);
        // Not after a word that is no name.
        let t = "The minister spoke of \"Treason against the voters\" on Monday.";
        assert_ne!(quotes(t, &en::LANGUAGE)[0].1, QuoteRole::Title);
    }

    #[test]
    fn a_title_noun_that_ends_the_sentence_before_marks_no_title() {
        let t = "Er kam im Mai zum Verein. „Es war immer mein Traum“, sagte er.";
        assert_eq!(quotes(t, &de::LANGUAGE)[0].1, QuoteRole::Direct);
        let t = "Er kam zum Verein „Eintracht Nord“.";
        assert_eq!(quotes(t, &de::LANGUAGE)[0].1, QuoteRole::Title);
        let t = "She read the newspaper. \"It was my dream,\" she said.";
        assert_eq!(quotes(t, &en::LANGUAGE)[0].1, QuoteRole::Direct);
    }

    #[test]
    fn newspaper_after_speech_verb_is_not_speech() {
        let t = "„Diese Position ist schwer zu verstehen“, sagte er „Bild“.";
        let q = quotes(t, &de::LANGUAGE);
        assert_eq!(q[0].1, QuoteRole::Direct);
        assert_eq!(q[1], ("„Bild“".into(), QuoteRole::Title, false));
        let t = "Das sagte sie der „Süddeutschen Zeitung“.";
        assert_eq!(quotes(t, &de::LANGUAGE)[0].1, QuoteRole::Title);
        let t = "Er sprach mit der Zeitung „Die Welt“ über den „Rettungsschirm“.";
        let q = quotes(t, &de::LANGUAGE);
        assert_eq!(q[0].1, QuoteRole::Title);
        assert_eq!(q[1].1, QuoteRole::Partial);
    }

    #[test]
    fn german_names_and_titles_of_capitalised_words() {
        let t = "Die Hilfsorganisation „Ärzte ohne Grenzen“ warnte vor einer „humanitären Katastrophe“.";
        let q = quotes(t, &de::LANGUAGE);
        assert_eq!(q[0].1, QuoteRole::Title);
        assert_eq!(q[1].1, QuoteRole::Partial);
        let t = "Das sagte der Minister dem „Spiegel“.";
        assert_eq!(quotes(t, &de::LANGUAGE)[0].1, QuoteRole::Title);
    }

    #[test]
    fn a_german_name_after_its_noun_is_no_speech() {
        let t = "Laut Polizei meldete die Fluggesellschaft „Condor“ einen Defekt, sagte er.";
        assert_eq!(quotes(t, &de::LANGUAGE)[0].1, QuoteRole::Title);
        let t = "Er sagte, der Wirbelsturm „Nargis“ habe die Küste getroffen.";
        assert_eq!(quotes(t, &de::LANGUAGE)[0].1, QuoteRole::Title);
        // A noun for words keeps them speech, and so does an article before them.
        let t = "Der Minister verteidigte die Bezeichnung „Gesindel“, sagte er.";
        assert_ne!(quotes(t, &de::LANGUAGE)[0].1, QuoteRole::Title);
        let t = "Der Minister nannte das einen „Vertrauensbruch“, sagte er.";
        assert_ne!(quotes(t, &de::LANGUAGE)[0].1, QuoteRole::Title);
    }

    #[test]
    fn a_label_or_a_name_that_opens_its_sentence_is_no_speech() {
        let t = "Das soll helfen. 'Börse': Manager müssen ihr Gehalt offenlegen, sagte er.";
        assert_eq!(quotes(t, &de::LANGUAGE)[0].1, QuoteRole::Title);
        let t = "Die Band wurde verurteilt. „Landser“ habe in seinen Liedern gehetzt, sagte er.";
        assert_eq!(quotes(t, &de::LANGUAGE)[0].1, QuoteRole::Title);
        let t = "He paused. \"Broad City\" was his favourite, he said.";
        assert_eq!(quotes(t, &en::LANGUAGE)[0].1, QuoteRole::Title);
        // A short quotation with its cue is speech.
        let t = "He paused. \"Really,\" she said.";
        assert!(quotes(t, &en::LANGUAGE)[0].1.is_speech());
        let t = "Er zögerte. „Niemals“, sagte sie.";
        assert!(quotes(t, &de::LANGUAGE)[0].1.is_speech());
    }

    #[test]
    fn german_names_may_hold_adjectives_after_a_linking_word() {
        let t = "Die Banken sind nach einem „Gesetz zur Bekämpfung finanzieller Unterstützung \
                 des Terrors“ verpflichtet, sagte er.";
        assert_eq!(quotes(t, &de::LANGUAGE)[0].1, QuoteRole::Title);
        let t = "Er werde sich in den „Rat für nationale Sicherheit“ einbringen, sagte sie.";
        assert_eq!(quotes(t, &de::LANGUAGE)[0].1, QuoteRole::Title);
        // After a verb of saying, the same shape is words said.
        let t = "Den Betrug bezeichnete er als einen „Akt des politischen Verbrechertums“.";
        assert!(quotes(t, &de::LANGUAGE)[0].1.is_speech());
        // Without a linking word, an adjective and a noun are words said.
        let t = "Das sei „Ein guter Start“, sagte er.";
        assert!(quotes(t, &de::LANGUAGE)[0].1.is_speech());
    }

    #[test]
    fn terms_are_not_speech() {
        let t = "Die sogenannte „Schuldenbremse“ gilt weiter.";
        assert_eq!(quotes(t, &de::LANGUAGE)[0].1, QuoteRole::Term);
        let t = "The so-called “deep state” was blamed. The film “Black Panther” won.";
        let q = quotes(t, &en::LANGUAGE);
        assert_eq!(q[0].1, QuoteRole::Term);
        assert_eq!(q[1].1, QuoteRole::Title);
    }

    #[test]
    fn a_short_quotation_in_the_clause_of_a_verb_of_naming_is_the_name_given() {
        let t = "The board named the comet that passed in May \"Ribbon of Tarn\" on Friday.";
        assert_eq!(quotes(t, &en::LANGUAGE)[0].1, QuoteRole::Term);
        let t = "Die Forscher tauften den Kometen „Band von Tarn“, sagte er.";
        assert_eq!(quotes(t, &de::LANGUAGE)[0].1, QuoteRole::Term);
        // In a clause of its own after the naming, a quotation is words said.
        let t = "The board named the comet. Its chair said it was \"a fine sight\".";
        assert!(quotes(t, &en::LANGUAGE)[0].1.is_speech());
    }

    #[test]
    fn a_short_fragment_with_no_sign_of_speech_is_a_term() {
        let t = "Das Schiff „Bruno“ lief aus. Die Opposition sprach von einem „Dammbruch“.";
        let q = quotes(t, &de::LANGUAGE);
        assert_eq!(q[0].1, QuoteRole::Title);
        assert_eq!(q[1].1, QuoteRole::Partial);
        let t = "Die Besucher nannten den Ort „Wüste“. Die Kinder spielten im „Garten“ des Hauses.";
        let q = quotes(t, &de::LANGUAGE);
        assert_eq!(q[0].1, QuoteRole::Partial, "nannten is a verb of saying");
        assert!(!q[1].1.is_speech());
        let t = "Die Lage sei „kritisch“, hieß es.";
        assert_eq!(quotes(t, &de::LANGUAGE)[0].1, QuoteRole::Partial);
    }

    #[test]
    fn a_closing_mark_after_an_inner_one_and_a_space() {
        let t = "\"He is the 'Title Sponsor,' \" Eric wrote of the gift. Then \"more\" came.";
        let q = quotes(t, &en::LANGUAGE);
        assert_eq!(q[0].0, "\"He is the 'Title Sponsor,' \"");
    }

    #[test]
    fn a_long_title_after_titled() {
        let t = "She wrote an article titled \"Hallam Does Best Where Voting Machines Flunk Hacking Tests.\"";
        assert_eq!(quotes(t, &en::LANGUAGE)[0].1, QuoteRole::Term);
    }

    #[test]
    fn odd_words_and_interview_labels_are_names() {
        let t = "Laut „tagesschau.de“ und „DotAsia“ sei die Lage „ernst“.";
        let q = quotes(t, &de::LANGUAGE);
        assert_eq!(
            (q[0].1, q[1].1, q[2].1),
            (QuoteRole::Title, QuoteRole::Title, QuoteRole::Partial)
        );
        let t = "Eine Frage.\n\n''Pau'': Das System wurde nur dafür gebaut.";
        assert_eq!(quotes(t, &de::LANGUAGE)[0].1, QuoteRole::Title);
    }

    #[test]
    fn english_title_case_names() {
        let t = "The co-owners of costume builders \"Don't Hug Cacti\" attended.";
        assert_eq!(quotes(t, &en::LANGUAGE)[0].1, QuoteRole::Title);
    }

    #[test]
    fn direct_versus_partial() {
        let t = "Kino Gabriel said, \"The statement was a surprise.\" The group said it had \"assurances from the US\" before.";
        let q = quotes(t, &en::LANGUAGE);
        assert_eq!(q[0].1, QuoteRole::Direct);
        assert_eq!(q[1].1, QuoteRole::Partial);
        let t = "Die Geheimdienste seien nicht zu der Einschätzung gekommen, „dass die Russen sich entschieden haben“.";
        assert_eq!(quotes(t, &de::LANGUAGE)[0].1, QuoteRole::Partial);
        let t = "Russland sei offen für „Gegenvorschläge“.";
        assert_eq!(quotes(t, &de::LANGUAGE)[0].1, QuoteRole::Partial);
    }
}
