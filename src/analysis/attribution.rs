//! Who said it: a pipeline of small sieves, each of which records why it decided.
//!
//! The article is read block by block, sentence by sentence. Names are registered as actors when
//! they appear; role nouns and pronouns are resolved to the most salient actor that fits. For each
//! quotation the sieves are tried in order, most explicit first:
//!
//! 1. `quote, verb, name`: „…“, sagte Lawrow / "…," she said / "…," said the minister
//! 2. `name, verb: quote`: Sullivan sagte: „…“ / Trump said, "…"
//! 3. `according to`: laut X, X zufolge, nach Angaben von X, according to X
//! 4. `speaker of the sentence`: a fragment in a sentence whose verb of saying has a subject
//! 5. `continuation`: no cue, but the previous speaker goes on (same or next paragraph)

use std::collections::HashSet;

use super::discourse::{Discourse, Place};
use super::lang::Language;
use super::mentions::{self, mention_at, mention_ending_at, Known, Mention, MentionKind};
use super::quotes::Quotation;
use super::sentences;
use super::tokens::{tokenize, Token, TokenKind};
use crate::model::{Actor, BlockKind, Span};

/// A decision of one sieve.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub actor: usize,
    pub mention: Span,
    pub cue: Option<Span>,
    pub sieve: &'static str,
}

/// What a sieve made of a quotation: a speaker, a cue whose speaker cannot be named (the
/// quotation then stays unattributed: a guess would probably be wrong), or nothing to go on.
enum Outcome {
    Decided(Attribution),
    Unnamed,
    Pass,
}

impl From<Option<Attribution>> for Outcome {
    fn from(found: Option<Attribution>) -> Self {
        found.map_or(Outcome::Pass, Outcome::Decided)
    }
}

/// What attribution found: the actors, and for each quotation (by index) who said it. A
/// quotation split by its attribution ("„A“, sagte sie, „B“") names the quotation it continues.
pub struct Attributed {
    pub actors: Vec<Actor>,
    pub speakers: Vec<Option<Attribution>>,
    pub continues: Vec<Option<usize>>,
}

/// Words after which a noun phrase opens a clause, so that it can be a verb's subject.
const CLAUSE_WORDS: &[&str] = &[
    "und", "aber", "doch", "wie", "dass", "als", "and", "but", "as", "that", "while",
];

/// Words that join two verbs of one subject.
const COORDINATORS: &[&str] = &["und", "sowie", "aber", "and", "but"];

/// Words that may stand between a verb of saying and its subject.
const FILLERS: &[&str] = &[
    "sich",
    "auch",
    "jedoch",
    "hingegen",
    "aber",
    "nun",
    "dann",
    "zudem",
    "dabei",
    "erneut",
    "bereits",
    "noch",
    "allerdings",
    "indes",
    "indessen",
    "ebenfalls",
    "außerdem",
    "daraufhin",
    "später",
    "zuvor",
    "gestern",
    "heute",
    "also",
    "however",
    "too",
    "then",
    "later",
    "again",
    "himself",
    "herself",
    "themselves",
    "repeatedly",
    "recently",
    "previously",
    "earlier",
];

/// One block as the sieves see it.
struct BlockView<'b> {
    index: usize,
    toks: &'b [Token],
    /// The block before, when it is a paragraph.
    prev: Option<&'b [Token]>,
}

struct Reader<'t> {
    text: &'t str,
    quotations: &'t [Quotation],
    lang: &'t Language,
    surnames: HashSet<String>,
    discourse: Discourse,
    /// The last speaker: actor, block, and the mention that named them.
    last_speaker: Option<(usize, usize)>,
}

impl<'t> Reader<'t> {
    fn word(&self, toks: &[Token], i: usize) -> Option<&'t str> {
        let t = toks.get(i)?;
        t.is_word().then(|| t.span.slice(self.text))
    }

    fn lower(&self, toks: &[Token], i: usize) -> Option<String> {
        self.word(toks, i).map(str::to_lowercase)
    }

    /// A verb of saying at `i`; for a separable verb ("fügte … hinzu"), its particle must
    /// close the clause.
    fn is_speech_verb(&self, toks: &[Token], i: usize) -> bool {
        let Some(w) = self.lower(toks, i) else {
            return false;
        };
        // In German a capitalised word inside a sentence is a noun: "in Frage", not "frage".
        let sentence_start = i == 0 || toks[i - 1].sentence != toks[i].sentence;
        if self.lang.lang == crate::model::Lang::De
            && !sentence_start
            && self
                .word(toks, i)
                .is_some_and(|w| w.starts_with(char::is_uppercase))
        {
            return false;
        }
        if (self.lang.is_speech_verb)(&w) {
            return true;
        }
        let Some(particle) = (self.lang.separable_particle)(&w) else {
            return false;
        };
        (i + 1..(i + 15).min(toks.len()))
            .take_while(|k| toks[*k].is_word() || toks[*k].is_punct('.'))
            .any(|k| self.lower(toks, k).as_deref() == Some(particle))
    }

    fn is_aux(&self, toks: &[Token], i: usize) -> bool {
        self.lower(toks, i)
            .is_some_and(|w| self.lang.auxiliaries.contains(&w.as_str()))
    }

    /// Does a clause open right before token `i`?
    fn clause_opens_before(&self, toks: &[Token], i: usize) -> bool {
        if i == 0 || toks[i - 1].sentence != toks[i].sentence {
            return true;
        }
        match toks[i - 1].kind {
            TokenKind::Quote(_) => true,
            TokenKind::Punct(c) => matches!(c, ',' | ':' | ';' | '-' | '–' | '—'),
            TokenKind::Word => self
                .lower(toks, i - 1)
                .is_some_and(|w| CLAUSE_WORDS.contains(&w.as_str())),
        }
    }

    fn mention_at(&self, toks: &[Token], i: usize) -> Option<Mention> {
        // A newspaper or programme named in quotation marks speaks too: schrieb „Die Zeit“.
        if let Some(TokenKind::Quote(qi)) = toks.get(i).map(|t| t.kind) {
            return self.title_mention(i, qi);
        }
        let known = Known {
            surnames: &self.surnames,
        };
        let m = mention_at(self.text, toks, i, self.lang, &known, true)?;
        Some(m).filter(|m| {
            toks[m.tokens.0..m.tokens.1]
                .iter()
                .all(|t| t.sentence == toks[i].sentence)
        })
    }

    fn title_mention(&self, i: usize, qi: usize) -> Option<Mention> {
        let q = &self.quotations[qi];
        if q.role != super::quotes::QuoteRole::Title {
            return None;
        }
        let inner = super::quotes::inner_text(self.text, q.spans[0]);
        let start = q.spans[0].start + q.spans[0].slice(self.text).find(inner).unwrap_or(0);
        let span = Span::new(start, start + inner.len());
        Some(Mention {
            kind: MentionKind::Name,
            span,
            tokens: (i, i + 1),
            name: Some(span),
            role: None,
            role_head: None,
            gender: None,
            plural: false,
            person: false,
            org: true,
            case_marked: false,
        })
    }

    fn mention_ending_at(&self, toks: &[Token], end: usize) -> Option<Mention> {
        let known = Known {
            surnames: &self.surnames,
        };
        mention_ending_at(self.text, toks, end, self.lang, &known, true)
    }

    /// The subject of the verb of saying at `v`: the phrase before it when that phrase opens a
    /// clause ("Sullivan sagte", "…," she said), else the phrase after it ("sagte Lawrow"); for
    /// a perfect ("hat … gesagt"), around the auxiliary.
    fn subject_of(&self, toks: &[Token], v: usize) -> Option<Mention> {
        // Adverbs and the reflexive may stand between verb and subject: "äußerte sich der
        // Minister", "Die Kanadier hingegen sagen".
        let mut before = v;
        loop {
            if before > 0 && self.is_filler(toks, before - 1) {
                before -= 1;
            } else if before > 2 && toks[before - 1].is_punct(')') {
                // "Renate Schmidt (SPD) äußerte": a party or place in brackets.
                match (before.saturating_sub(6)..before - 1)
                    .rev()
                    .find(|k| toks[*k].is_punct('('))
                {
                    Some(open) => before = open,
                    None => break,
                }
            } else {
                break;
            }
        }
        let mut after = v + 1;
        while after < toks.len() && self.is_filler(toks, after) {
            after += 1;
        }
        // English puts the subject after the verb only after a quotation ("…," said Smith).
        let inverted_ok = self.lang.lang == crate::model::Lang::De
            || (v > 0 && matches!(toks[v - 1].kind, TokenKind::Quote(_)))
            || (v > 1
                && toks[v - 1].is_punct(',')
                && matches!(toks[v - 2].kind, TokenKind::Quote(_)));
        let right = self
            .mention_at(toks, after)
            .filter(|m| self.can_follow_verb(toks, m) && inverted_ok);
        // "Einzelheiten nannte er nicht": a pronoun after the verb is its subject.
        if let Some(m) = right.as_ref().filter(|m| m.kind == MentionKind::Pronoun) {
            return Some(m.clone());
        }
        let left = self
            .mention_ending_at(toks, before)
            .filter(|m| self.clause_opens_before(toks, m.tokens.0));
        if let Some(m) = left.or(right) {
            return Some(m);
        }
        // "Lawrow hat … gesagt", "„…“, hat Lawrow gesagt"
        let sentence = toks[v].sentence;
        let aux = (v.saturating_sub(25)..v)
            .rev()
            .take_while(|k| toks[*k].sentence == sentence)
            .find(|k| self.is_aux(toks, *k));
        if let Some(aux) = aux {
            let found = self
                .mention_ending_at(toks, aux)
                .filter(|m| self.clause_opens_before(toks, m.tokens.0))
                .or_else(|| {
                    self.mention_at(toks, aux + 1)
                        .filter(|m| self.can_follow_verb(toks, m))
                });
            if found.is_some() {
                return found;
            }
        }
        // "Vogt äußerte Vorbehalte und sagte: …": a second verb shares the first one's subject.
        if before > 0
            && self
                .lower(toks, before - 1)
                .is_some_and(|w| COORDINATORS.contains(&w.as_str()))
        {
            let first = (0..v)
                .rev()
                .take_while(|k| toks[*k].sentence == sentence)
                .last()
                .unwrap_or(v);
            return (first..v).find_map(|k| self.mention_at(toks, k).filter(|m| !m.case_marked));
        }
        // A verb at the clause's end ("…, weil die Regierung es „X“ genannt hat"): the first
        // phrase of the clause.
        let start = (0..v)
            .rev()
            .take_while(|k| toks[*k].sentence == sentence)
            .find(|k| self.clause_opens_before(toks, *k) && toks[*k].is_word())?;
        (start..v).find_map(|k| self.mention_at(toks, k).filter(|m| !m.case_marked))
    }

    /// Words that may stand between a verb of saying and its subject.
    fn is_filler(&self, toks: &[Token], i: usize) -> bool {
        self.lower(toks, i)
            .is_some_and(|w| FILLERS.contains(&w.as_str()))
    }

    /// A phrase after the verb can be its subject; in German, only in the nominative
    /// ("sagte der Minister", not "verlangte einen Rückzug"), and a capitalised word no name
    /// is known for only when the clause ends after it ("meint Barth:", not "äußerte Vorbehalte").
    fn can_follow_verb(&self, toks: &[Token], m: &Mention) -> bool {
        if self.lang.lang != crate::model::Lang::De {
            return true;
        }
        let unknown_word = m.kind == MentionKind::Name && !m.person && !m.org;
        let clause_ends = toks.get(m.tokens.1).is_none_or(|t| !t.is_word());
        !m.case_marked && (!unknown_word || clause_ends)
    }

    /// The actor a speaker phrase names, resolving roles and pronouns.
    fn actor_for(&mut self, m: &Mention, place: Place) -> Option<usize> {
        match m.kind {
            MentionKind::Pronoun => {
                let actor = self.discourse.resolve(m, place, self.lang)?;
                self.discourse.note(actor, m.span, place);
                self.discourse.set_pronoun_gender(actor, m.gender);
                Some(actor)
            }
            MentionKind::Role => {
                let actor = match self.discourse.resolve(m, place, self.lang) {
                    Some(a) => {
                        self.discourse.learn_role(a, self.text, m);
                        self.discourse.note(a, m.span, place);
                        a
                    }
                    None => self.discourse.add_unnamed(self.text, m, place, self.lang),
                };
                Some(actor)
            }
            MentionKind::Group => Some(self.discourse.add_unnamed(self.text, m, place, self.lang)),
            MentionKind::Name | MentionKind::Org => self.discourse.register(self.text, m, place),
        }
    }

    fn place(&self, block: &BlockView, toks_index: usize, prominent: bool) -> Place {
        let t = &block.toks[toks_index];
        Place {
            block: block.index,
            sentence: t.sentence,
            offset: t.span.start,
            prominent,
        }
    }

    fn decide(
        &mut self,
        block: &BlockView,
        m: Mention,
        cue: Option<Span>,
        sieve: &'static str,
    ) -> Option<Attribution> {
        let place = self.place(block, m.tokens.0, true);
        let actor = self.actor_for(&m, place)?;
        Some(Attribution {
            actor,
            mention: m.span,
            cue,
            sieve,
        })
    }

    /// Sieve 1: the quotation, then its verb of saying and speaker.
    fn quote_verb_name(&mut self, block: &BlockView, q: usize) -> Outcome {
        let toks = block.toks;
        let sentence = toks[q].sentence;
        let mut i = q + 1;
        if toks.get(i).is_some_and(|t| t.is_punct(',')) {
            i += 1;
        }
        let same = |k: usize| {
            toks.get(k)
                .is_some_and(|t| t.sentence == sentence || k == q + 1)
        };
        if !same(i) {
            return Outcome::Pass;
        }
        // „…“, sagte Lawrow / "…," said the minister / „…“, zitiert ndr.de Sprecher Meyer
        if self.is_speech_verb(toks, i) {
            let found = (i + 1..(i + 4).min(toks.len())).find_map(|k| self.mention_at(toks, k));
            return match found {
                Some(m) => self
                    .decide(block, m, Some(toks[i].span), "quote, verb, name")
                    .into(),
                None => Outcome::Unnamed,
            };
        }
        // „…“, hat Lawrow gesagt
        if self.is_aux(toks, i) {
            if let Some(m) = self.mention_at(toks, i + 1) {
                let v = m.tokens.1;
                if self.is_speech_verb(toks, v) {
                    return self
                        .decide(block, m, Some(toks[v].span), "quote, verb, name")
                        .into();
                }
            }
            return Outcome::Pass;
        }
        // „…“, so Lawrow.
        if self
            .lower(toks, i)
            .is_some_and(|w| self.lang.so_markers.contains(&w.as_str()))
        {
            return match self.mention_at(toks, i + 1) {
                Some(m) => self
                    .decide(block, m, Some(toks[i].span), "quote, so, name")
                    .into(),
                None => Outcome::Pass,
            };
        }
        // "…," she said / "…," the minister said / "…," Smith, a spokesman, said
        let Some(m) = self.mention_at(toks, i) else {
            return Outcome::Pass;
        };
        let mut v = m.tokens.1;
        if toks.get(v).is_some_and(|t| t.is_punct(',')) {
            // An apposition: skip to its closing comma.
            match (v + 1..(v + 12).min(toks.len())).find(|k| toks[*k].is_punct(',')) {
                Some(close) => v = close + 1,
                None => return Outcome::Pass,
            }
        }
        if self.is_aux(toks, v) {
            v += 1;
        }
        if self.is_speech_verb(toks, v) && same(v) {
            return self
                .decide(block, m, Some(toks[v].span), "quote, name, verb")
                .into();
        }
        Outcome::Pass
    }

    /// Sieve 2: the speaker and verb before the quotation, closed by a colon or comma
    /// ("Sullivan sagte: „…“"), or a verb right before it; for a fragment, any verb of saying
    /// before it in the sentence. A quotation that opens a paragraph after one that ended with a
    /// colon is introduced by that paragraph's last sentence.
    fn name_verb_quote(&mut self, block: &BlockView, q: usize, direct: bool) -> Outcome {
        let toks = block.toks;
        let sentence = toks[q].sentence;
        if q == 0 {
            return self.introduced_by_previous_paragraph(block);
        }
        if toks[q - 1].sentence != sentence {
            return Outcome::Pass;
        }
        let introduced = toks[q - 1].is_punct(':') || toks[q - 1].is_punct(',');
        let verb_right_before = (q.saturating_sub(3)..q).any(|k| self.is_speech_verb(toks, k));
        if direct && !introduced && !verb_right_before {
            return Outcome::Pass;
        }
        let lowest = q.saturating_sub(if direct { 30 } else { 40 });
        let Some(v) = (lowest..q)
            .rev()
            .take_while(|k| toks[*k].sentence == sentence)
            .find(|k| self.is_speech_verb(toks, *k))
        else {
            // "Paolo hatte mit den Worten abgelehnt: „…“": a colon introduces the words of the
            // sentence's subject even without a verb of saying.
            if direct && toks[q - 1].is_punct(':') {
                let start = (0..q)
                    .rev()
                    .take_while(|k| toks[*k].sentence == sentence)
                    .last()
                    .unwrap_or(q);
                if let Some(m) = (start..q).find_map(|k| self.mention_at(toks, k)) {
                    return self
                        .decide(block, m, Some(toks[q - 1].span), "name: quote")
                        .into();
                }
            }
            return Outcome::Pass;
        };
        match self.subject_of(toks, v) {
            Some(m) => self
                .decide(block, m, Some(toks[v].span), "name, verb: quote")
                .into(),
            None if toks[q - 1].is_punct(':') => Outcome::Unnamed,
            None => Outcome::Pass,
        }
    }

    fn introduced_by_previous_paragraph(&mut self, block: &BlockView) -> Outcome {
        let Some(prev) = block.prev else {
            return Outcome::Pass;
        };
        if !prev.last().is_some_and(|t| t.is_punct(':')) {
            return Outcome::Pass;
        }
        let sentence = prev[prev.len() - 1].sentence;
        let first = prev
            .iter()
            .position(|t| t.sentence == sentence)
            .unwrap_or(0);
        let prev_view = BlockView {
            index: block.index.saturating_sub(1),
            toks: prev,
            prev: None,
        };
        let verb = (first..prev.len()).find(|k| self.is_speech_verb(prev, *k));
        let subject = match verb {
            Some(v) => self.subject_of(prev, v),
            None => (first..prev.len()).find_map(|k| self.mention_at(prev, k)),
        };
        match subject {
            Some(m) => self
                .decide(
                    &prev_view,
                    m,
                    verb.map(|v| prev[v].span),
                    "name, verb: ¶ quote",
                )
                .into(),
            None => Outcome::Unnamed,
        }
    }

    /// Sieve 3: "laut X", "X zufolge", "according to X" in the quotation's sentence.
    fn according_to(&mut self, block: &BlockView, q: usize) -> Option<Attribution> {
        let toks = block.toks;
        let sentence = toks[q].sentence;
        let range: Vec<usize> = (0..toks.len())
            .filter(|k| toks[*k].sentence == sentence)
            .collect();
        for &k in &range {
            let Some(w) = self.lower(toks, k) else {
                continue;
            };
            for phrase in self.lang.source_before {
                let words: Vec<&str> = phrase.split(' ').collect();
                if words[0] != w {
                    continue;
                }
                let matches = words
                    .iter()
                    .enumerate()
                    .all(|(n, pw)| self.lower(toks, k + n).as_deref() == Some(*pw));
                // "wie X mitteilte" needs its verb; the other phrases are cues of their own.
                if !matches || (*phrase == "wie" && !self.clause_has_verb_after(toks, k)) {
                    continue;
                }
                let mut after = k + words.len();
                if self
                    .lower(toks, after)
                    .is_some_and(|w| matches!(w.as_str(), "von" | "vom"))
                {
                    after += 1;
                }
                if let Some(m) = self.mention_at(toks, after) {
                    let cue = Span::new(toks[k].span.start, toks[after - 1].span.end);
                    return self.decide(block, m, Some(cue), "according to");
                }
            }
            if self.lang.source_after.contains(&w.as_str()) {
                if let Some(m) = self.mention_ending_at(toks, k) {
                    return self.decide(block, m, Some(toks[k].span), "according to");
                }
            }
        }
        None
    }

    fn clause_has_verb_after(&self, toks: &[Token], k: usize) -> bool {
        (k + 1..(k + 8).min(toks.len()))
            .take_while(|i| !toks[*i].is_punct(','))
            .any(|i| self.is_speech_verb(toks, i))
    }

    /// Sieve 4: a verb of saying anywhere in the fragment's sentence, and its subject.
    fn speaker_of_sentence(&mut self, block: &BlockView, q: usize) -> Option<Attribution> {
        let toks = block.toks;
        let sentence = toks[q].sentence;
        let v = (0..toks.len())
            .filter(|k| toks[*k].sentence == sentence)
            .find(|k| self.is_speech_verb(toks, *k))?;
        let m = self.subject_of(toks, v)?;
        self.decide(block, m, Some(toks[v].span), "speaker of the sentence")
    }

    /// Sieve 5: the previous speaker goes on, in the same or the next paragraph, when nobody
    /// else has been named as a sentence's subject since.
    fn continuation(&mut self, block: &BlockView) -> Option<Attribution> {
        let (actor, at_block) = self.last_speaker?;
        if block.index > at_block + 1 {
            return None;
        }
        let mention = *self.discourse.actors[actor].mentions.last()?;
        Some(Attribution {
            actor,
            mention,
            cue: None,
            sieve: "continuation",
        })
    }
}

/// Attributes every speech quotation in `quotations` (top-level ones; others are skipped).
pub fn attribute(
    text: &str,
    blocks: &[crate::model::Block],
    quotations: &[Quotation],
    lang: &Language,
) -> Attributed {
    let mut reader = Reader {
        text,
        quotations,
        lang,
        surnames: HashSet::new(),
        discourse: Discourse::default(),
        last_speaker: None,
    };
    let mut speakers: Vec<Option<Attribution>> = vec![None; quotations.len()];
    let mut continues: Vec<Option<usize>> = vec![None; quotations.len()];
    // Every top-level quotation span, sorted, with its quotation's index.
    let mut spans: Vec<(Span, usize)> = quotations
        .iter()
        .enumerate()
        .filter(|(_, q)| !q.nested)
        .flat_map(|(i, q)| q.spans.iter().map(move |s| (*s, i)))
        .collect();
    spans.sort_by_key(|(s, _)| s.start);
    let extents: Vec<Span> = spans.iter().map(|(s, _)| *s).collect();
    let mut tokens: Vec<Vec<Token>> = Vec::with_capacity(blocks.len());
    for b in blocks {
        let ends = if b.kind == BlockKind::Paragraph {
            sentences::sentence_ends(text, b.span, &extents)
        } else {
            Vec::new()
        };
        tokens.push(tokenize(text, b.span, &spans, &ends));
    }
    for toks in &tokens {
        mentions::collect_surnames(text, toks, lang, &mut reader.surnames);
    }
    for (bi, b) in blocks.iter().enumerate() {
        if b.kind == BlockKind::Date {
            continue;
        }
        let toks = &tokens[bi];
        let prev = (bi > 0 && blocks[bi - 1].kind == BlockKind::Paragraph)
            .then(|| tokens[bi - 1].as_slice());
        let block = BlockView {
            index: bi,
            toks,
            prev,
        };
        read_block(
            &mut reader,
            &block,
            quotations,
            &mut speakers,
            &mut continues,
        );
    }
    Attributed {
        actors: reader.discourse.actors,
        speakers,
        continues,
    }
}

fn read_block(
    reader: &mut Reader,
    block: &BlockView,
    quotations: &[Quotation],
    speakers: &mut [Option<Attribution>],
    continues: &mut [Option<usize>],
) {
    let toks = block.toks;
    let known_mentions = {
        let known = Known {
            surnames: &reader.surnames,
        };
        mentions::scan_block(reader.text, toks, reader.lang, &known)
    };
    let sentence_count = toks.last().map_or(0, |t| t.sentence + 1);
    let mut next_mention = 0;
    for sentence in 0..sentence_count {
        // Names first: a speaker named after the quotation is known when the quotation is read.
        let mut first_in_sentence = true;
        while next_mention < known_mentions.len()
            && toks[known_mentions[next_mention].tokens.0].sentence <= sentence
        {
            let m = &known_mentions[next_mention];
            let place = reader.place(block, m.tokens.0, first_in_sentence);
            first_in_sentence = false;
            match m.kind {
                MentionKind::Name | MentionKind::Org => {
                    reader.discourse.register(reader.text, m, place);
                }
                MentionKind::Role => {
                    if let Some(a) = reader.discourse.resolve(m, place, reader.lang) {
                        reader.discourse.learn_role(a, reader.text, m);
                        reader.discourse.note(a, m.span, place);
                    }
                }
                _ => {}
            }
            next_mention += 1;
        }
        let quotes_here: Vec<usize> = (0..toks.len())
            .filter(|k| {
                toks[*k].sentence == sentence && matches!(toks[*k].kind, TokenKind::Quote(_))
            })
            .collect();
        for q in quotes_here {
            let TokenKind::Quote(qi) = toks[q].kind else {
                continue;
            };
            let quotation = &quotations[qi];
            if !quotation.role.is_speech() || speakers[qi].is_some() {
                continue;
            }
            // Only the quotation's first span looks for a cue; later paragraphs continue it.
            if quotation.spans[0].start != toks[q].span.start {
                continue;
            }
            let direct = quotation.role == super::quotes::QuoteRole::Direct;
            let found = match reader.quote_verb_name(block, q) {
                Outcome::Pass => match reader.name_verb_quote(block, q, direct) {
                    Outcome::Pass => reader
                        .according_to(block, q)
                        .or_else(|| {
                            if direct {
                                None
                            } else {
                                reader.speaker_of_sentence(block, q)
                            }
                        })
                        .or_else(|| reader.continuation(block)),
                    Outcome::Decided(a) => Some(a),
                    Outcome::Unnamed => None,
                },
                Outcome::Decided(a) => Some(a),
                Outcome::Unnamed => None,
            };
            if let Some(a) = &found {
                reader.last_speaker = Some((a.actor, block.index));
                reader.discourse.speakers.insert(a.actor);
                reader.discourse.last_speaker = Some(a.actor);
                // „A“, sagte sie, „B“: the second part continues the first.
                if a.sieve.starts_with("quote,") {
                    if let Some(next) = split_continuation(reader, block, q, quotations) {
                        continues[next] = Some(qi);
                        speakers[next] = Some(Attribution {
                            sieve: "split quotation",
                            ..a.clone()
                        });
                    }
                }
            }
            speakers[qi] = found;
        }
        // A sentence with a verb of saying and a clear subject makes that subject the speaker
        // whose words may go on in the next sentences.
        update_last_speaker(reader, block, sentence);
    }
}

/// After „A“, sagte sie, the next token run of the same sentence (or the next sentence's start)
/// is a quotation „B“ that continues A.
fn split_continuation(
    reader: &Reader,
    block: &BlockView,
    q: usize,
    quotations: &[Quotation],
) -> Option<usize> {
    let toks = block.toks;
    let first = match toks[q].kind {
        TokenKind::Quote(i) => &quotations[i],
        _ => return None,
    };
    if first.role != super::quotes::QuoteRole::Direct {
        return None;
    }
    // The cue clause is short: up to 8 words, then "," or "." and the next quotation.
    for k in q + 1..(q + 12).min(toks.len()) {
        if let TokenKind::Quote(next) = toks[k].kind {
            let prev_punct =
                toks[k - 1].is_punct(',') || toks[k - 1].is_punct('.') || toks[k - 1].is_punct(':');
            let q2 = &quotations[next];
            // „A“, sagte sie, „und B.“: after a comma, the second part may start in lower case.
            let fits = (q2.role == super::quotes::QuoteRole::Direct || toks[k - 1].is_punct(','))
                && q2.role.is_speech()
                && prev_punct
                && !q2.nested;
            // The second part must not have a cue of its own.
            let own_cue = toks.get(k + 1).is_some_and(|t| t.is_punct(','))
                && (reader.is_speech_verb(toks, k + 2) || reader.is_speech_verb(toks, k + 3));
            return (fits && !own_cue).then_some(next);
        }
        if toks[k].is_word()
            && k > q + 1
            && toks[k - 1].is_punct('.')
            && toks[k].sentence != toks[q].sentence
        {
            return None;
        }
    }
    None
}

fn update_last_speaker(reader: &mut Reader, block: &BlockView, sentence: usize) {
    let toks = block.toks;
    let Some(v) = (0..toks.len())
        .filter(|k| toks[*k].sentence == sentence)
        .find(|k| {
            reader.is_speech_verb(toks, *k)
                && !matches!(
                    toks.get(k.wrapping_sub(1)).map(|t| t.kind),
                    Some(TokenKind::Quote(_))
                )
        })
    else {
        return;
    };
    let Some(m) = reader.subject_of(toks, v) else {
        return;
    };
    if m.kind == MentionKind::Org && reader.last_speaker.is_some() {
        return;
    }
    let place = reader.place(block, m.tokens.0, true);
    if let Some(actor) = reader.actor_for(&m, place) {
        if reader.discourse.actors[actor].kind != crate::model::ActorKind::Organization {
            reader.last_speaker = Some((actor, block.index));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Lang, StatementKind};
    use crate::{analyze, Options};

    /// (statement text, speaker name or None, sieve) for each quotation.
    fn who(text: &str, lang: Lang) -> Vec<(String, Option<String>, Option<String>)> {
        let a = analyze(text, &Options { lang: Some(lang) });
        a.statements
            .iter()
            .filter(|s| s.kind != StatementKind::Indirect)
            .map(|s| {
                let said = s
                    .spans
                    .iter()
                    .map(|sp| sp.slice(text))
                    .collect::<Vec<_>>()
                    .join("|");
                (
                    said,
                    s.speaker.map(|i| a.actors[i].name.clone()),
                    s.attributed_by.clone(),
                )
            })
            .collect()
    }

    fn speakers(text: &str, lang: Lang) -> Vec<Option<String>> {
        who(text, lang).into_iter().map(|w| w.1).collect()
    }

    #[test]
    fn quote_verb_name_german_and_english() {
        let de = who(
            "„Wir warten auf eine Antwort“, sagte Sergej Lawrow am Freitag.",
            Lang::De,
        );
        assert_eq!(de[0].1.as_deref(), Some("Sergej Lawrow"));
        assert_eq!(de[0].2.as_deref(), Some("quote, verb, name"));
        let en = who(
            "Jane Miller spoke first. \"We will not wait,\" she said.",
            Lang::En,
        );
        assert_eq!(en[0].1.as_deref(), Some("Jane Miller"));
        let en = who(
            "\"We will not wait,\" said Tom Baker, a spokesman for the council.",
            Lang::En,
        );
        assert_eq!(en[0].1.as_deref(), Some("Tom Baker"));
        let en = who("\"It is over,\" Peter Hall told reporters.", Lang::En);
        assert_eq!(en[0].1.as_deref(), Some("Peter Hall"));
    }

    #[test]
    fn name_verb_colon_quote() {
        let de = who(
            "Der Minister Thomas Weber sagte: „Die Lage ist ernst.“",
            Lang::De,
        );
        assert_eq!(de[0].1.as_deref(), Some("Thomas Weber"));
        assert_eq!(de[0].2.as_deref(), Some("name, verb: quote"));
        let en = who(
            "President Anna Novak said, \"The talks were useful.\"",
            Lang::En,
        );
        assert_eq!(en[0].1.as_deref(), Some("Anna Novak"));
    }

    #[test]
    fn according_to_phrases() {
        let de = who(
            "Laut Innenminister Klaus Berger ist die Lage „unter Kontrolle“.",
            Lang::De,
        );
        assert_eq!(de[0].1.as_deref(), Some("Klaus Berger"));
        assert_eq!(de[0].2.as_deref(), Some("according to"));
        let en = who(
            "According to Maria Lopez, the plan is \"dead on arrival\".",
            Lang::En,
        );
        assert_eq!(en[0].1.as_deref(), Some("Maria Lopez"));
    }

    #[test]
    fn a_role_noun_resolves_to_its_person() {
        let text = "Außenministerin Julia Brandt reiste nach Paris. „Wir bleiben im Gespräch“, sagte die Ministerin.";
        assert_eq!(speakers(text, Lang::De), [Some("Julia Brandt".into())]);
        let a = analyze(
            text,
            &Options {
                lang: Some(Lang::De),
            },
        );
        let actor = &a.actors[a.statements[0].speaker.unwrap()];
        assert!(
            actor.mentions.len() >= 2,
            "the role noun is a mention of hers"
        );
    }

    #[test]
    fn pronouns_resolve_by_gender_across_sentences() {
        let text = "Bürgermeister Peter Hahn traf Senatorin Eva Roth. Sie sprachen lange. \
                    „Das war ein gutes Treffen“, sagte sie. „Wir machen weiter“, sagte er.";
        assert_eq!(
            speakers(text, Lang::De),
            [Some("Eva Roth".into()), Some("Peter Hahn".into())]
        );
        let text =
            "Mayor John Carter met Senator Alice Wong on Monday. \"It went well,\" she said.";
        assert_eq!(speakers(text, Lang::En), [Some("Alice Wong".into())]);
    }

    #[test]
    fn a_split_quotation_is_one_statement_with_two_spans() {
        let got = who(
            "„Wir kommen“, sagte Maria Schulz, „und wir bleiben.“",
            Lang::De,
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, "„Wir kommen“|„und wir bleiben.“");
        assert_eq!(got[0].1.as_deref(), Some("Maria Schulz"));
        let got = who("\"We came,\" said John Reed. \"And we stay.\"", Lang::En);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1.as_deref(), Some("John Reed"));
    }

    #[test]
    fn continuation_goes_to_the_previous_speaker() {
        let text =
            "„Das ist gut“, sagte Anna Weiß.\n\n„Wir sind zufrieden.“\n\nDer Tag endete ruhig.";
        let got = who(text, Lang::De);
        assert_eq!(got[1].1.as_deref(), Some("Anna Weiß"));
        assert_eq!(got[1].2.as_deref(), Some("continuation"));
    }

    #[test]
    fn a_partial_quotation_goes_to_its_sentence_subject() {
        let text = "Ministerin Sabine Koch warf der Opposition eine „gezielte Kampagne“ vor.";
        assert_eq!(speakers(text, Lang::De), [Some("Sabine Koch".into())]);
        let text = "Senator Mark Ellis called the plan \"a total disaster\" on Tuesday.";
        assert_eq!(speakers(text, Lang::En), [Some("Mark Ellis".into())]);
    }

    #[test]
    fn nobody_to_name_stays_null() {
        assert_eq!(
            speakers(
                "Und dann, ganz leise: „Nie wieder Krieg!“ Dann regnete es.",
                Lang::De
            ),
            [None]
        );
        assert_eq!(
            speakers(
                "\"Stop the war!\" The crowd grew quiet after that.",
                Lang::En
            ),
            [None]
        );
    }

    #[test]
    fn a_colon_introduces_the_subjects_words() {
        let text = "Kurt Vogel hatte den Auftrag mit den Worten abgelehnt: „Das mache ich nicht.“";
        assert_eq!(who(text, Lang::De)[0].1.as_deref(), Some("Kurt Vogel"));
        assert_eq!(who(text, Lang::De)[0].2.as_deref(), Some("name: quote"));
    }

    #[test]
    fn a_noun_after_the_verb_is_no_speaker_unless_the_clause_ends() {
        let text = "Ministerin Renate Vogt (SPD) äußerte Vorbehalte und sagte: „Das geht nicht.“";
        assert_eq!(speakers(text, Lang::De), [Some("Renate Vogt".into())]);
    }

    #[test]
    fn a_pronoun_with_no_antecedent_stays_null() {
        assert_eq!(speakers("„Das ist falsch“, sagte er.", Lang::De), [None]);
    }
}
