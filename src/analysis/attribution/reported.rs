//! Reported speech: what people said without quotation marks.
//!
//! What counts (the README says the same):
//! - a verb of saying with a clause after a comma: "sagte, es gebe keine Gespräche", "warnte,
//!   dass …", "forderte Moskau auf, die Truppen zu reduzieren" (a demand or warning counts when
//!   it has a clause; "warnte vor einer Eskalation" names a topic, not words, and does not);
//! - English "X said (that) …", "X told Y (that) …", "X warned that …";
//! - the clause before "…, sagte Korbin." / "…, Smith said.";
//! - a source phrase: "laut X, …", "X zufolge", "nach Angaben von X", "according to X";
//! - German Konjunktiv I sentences with no verb of saying, which go on reporting the last
//!   speaker of this or the previous paragraph ("Das sei eine künstliche Erweiterung."); a
//!   sentence in the indicative is never part of them.
//!
//! Each is one `indirect` statement whose span is the reported content; quoted fragments inside it
//! stay statements of their own.

use super::pipeline::Reason;
use super::{Attribution, BlockView, Reader};
use crate::analysis::mentions::MentionKind;
use crate::analysis::quotes::{Quotation, QuoteRole};
use crate::analysis::tokens::{Token, TokenKind};
use crate::model::Span;

/// An indirect statement: its content and who said it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reported {
    /// The reported content: one span, or two around a source phrase inside it.
    pub spans: Vec<Span>,
    pub who: Attribution,
}

/// Words that open a reported clause.
const CLAUSE_OPENERS: &[&str] = &["dass", "ob", "that", "whether"];

/// The most tokens before a cue inserted between commas that may be the start of the clause
/// it reports.
const MAX_INSERTED_CUE_LEAD: usize = 20;

/// The most words a cue inserted between commas has besides its subject and verb.
const MAX_CUE_EXTRA_WORDS: usize = 2;

/// The fewest words a reported content has.
const MIN_CONTENT_WORDS: usize = 3;

impl Reader<'_> {
    /// The reported speech of one sentence of a block, if any.
    pub(super) fn reported_speech(
        &mut self,
        block: &BlockView,
        sentence: usize,
        quotations: &[Quotation],
    ) -> Option<Reported> {
        let toks = block.toks;
        let range = crate::analysis::tokens::sentence_range(toks, sentence);
        if range.is_empty() {
            return None;
        }
        let (first, last) = (range.start, range.end - 1);
        let verbs: Vec<usize> = range.filter(|k| self.is_speech_verb(toks, *k)).collect();
        for &v in &verbs {
            // "Officials said three people died; their names …": a semicolon ends the clause.
            let clause_last = self.reported_clause_last(toks, v, last);
            if let Some(found) = self.clause_after_verb(block, v, clause_last, quotations) {
                return Some(found);
            }
            if let Some(found) = self.clause_before_verb(block, v, first, quotations) {
                return Some(found);
            }
        }
        if let Some((m, cue, (start, end))) = self.source_phrase(toks, sentence) {
            let parts = source_content(
                self.text,
                toks,
                (self.lang.relative_pronouns, self.lang.determiners),
                (first, last + 1),
                (start, end),
                start > first + 1 && self.breaks_off(toks, first, start - 1),
            );
            let spans: Option<Vec<Span>> = parts
                .iter()
                .map(|(a, b)| self.content_part(toks, *a, *b, quotations, 1))
                .collect();
            let words: usize = parts
                .iter()
                .map(|(a, b)| content_words(&toks[*a..*b]))
                .sum();
            if let Some(spans) = spans.filter(|s| !s.is_empty() && words >= MIN_CONTENT_WORDS) {
                let who = self.decide(block, m, Some(cue), Reason::AccordingTo)?;
                return Some(Reported { spans, who });
            }
        }
        if verbs.is_empty() {
            return self.reported_mood(block, first, last, quotations);
        }
        None
    }

    /// Does the clause `[first, end)` break off, its last word one that needs more after it
    /// (a verb, an auxiliary, a preposition, an article: "One child was")?
    fn breaks_off(&self, toks: &[Token], first: usize, end: usize) -> bool {
        use crate::analysis::tagger::Upos;
        let tags = self.tags(toks, first..end);
        matches!(
            tags.last(),
            Some(Upos::Verb | Upos::Aux | Upos::Adp | Upos::Det | Upos::Cconj | Upos::Sconj)
        )
    }

    /// "sagte, es gebe …" / "said (that) …" / "told reporters that …"
    fn clause_after_verb(
        &mut self,
        block: &BlockView,
        v: usize,
        last: usize,
        quotations: &[Quotation],
    ) -> Option<Reported> {
        let toks = block.toks;
        // "Was vom Richter verkündet wurde, führte zu Jubel": after a passive, the words
        // are not what was said.
        if self.is_passive(toks, v) {
            return None;
        }
        let english = !self.lang.verb_second;
        // The clause starts after a comma within a few words of the verb (its subject, an
        // addressee, an adverb may come between), or in English right after the verb.
        let mut start = self.clause_after_comma(toks, v, last);
        if english && start.is_none() {
            start = Some(self.clause_right_after_verb(toks, v, last)?);
        }
        // "bezeichnete die Lösung als Irrweg", "described the plan as reckless": the object and
        // what it is called, up to the clause's end, with no verb of its own.
        let characterising = self.characterising(toks, v);
        // „bezeichnete die Angaben als vorläufig, da der Tatort noch nicht abgesucht sei“, „…
        // als die Wahl zwischen einer faulen Banane, einem faulen Apfel …“: what follows a comma
        // after what the object is called ("als …") goes on with the characterisation (a
        // reason, an infinitive, the rest of a list), up to the clause's end.
        let called_before_comma = |from: usize| {
            start.is_some_and(|comma_after| {
                (from..comma_after).any(|k| {
                    self.lower(toks, k)
                        .is_some_and(|w| self.lang.characterising_markers.contains(&w.as_ref()))
                })
            })
        };
        let (start, last) = match characterising {
            Some((from, _)) if !english && called_before_comma(from) => (from, last),
            Some((from, to)) if start.is_none() || english => (from, to),
            _ => (start?, last),
        };
        if start > last {
            return None;
        }
        // "vor der Gefahr, die von dem Fluss ausgehe": a relative clause after the comma, not the
        // words said. Those put their verb second: "das sei falsch", "der Plan habe …".
        if !english
            && self
                .lower(toks, start)
                .is_some_and(|w| self.lang.relative_pronouns.contains(&w.as_ref()))
        {
            let next = toks.get(start + 1);
            let verb_second = next.is_some_and(|t| {
                t.class.speech_mood() || t.class.reported_mood() || self.is_aux(toks, start + 1)
            });
            let lower = self
                .word(toks, start + 1)
                .is_some_and(|w| w.starts_with(char::is_lowercase));
            // "die neue Sorge sei groß": an article, an adjective, its noun.
            let adjective = self
                .word(toks, start + 1)
                .is_some_and(crate::analysis::lang::adjective_ending)
                && self
                    .word(toks, start + 2)
                    .is_some_and(|w| w.starts_with(char::is_uppercase));
            if lower && !verb_second && !adjective {
                return None;
            }
        }
        // A colon or a quotation right after the comma is a direct quotation's business.
        if let TokenKind::Quote(qi) = toks[start].kind {
            if quotations[qi as usize].role == QuoteRole::Direct {
                return None;
            }
        }
        if characterising.is_none() && !self.has_verb(toks, v, start, last) {
            return None;
        }
        let m = self.subject_of(toks, v)?;
        // „Die Lage, sagte Müller, sei ernst“, "The fuel, officials said, ignited": a cue between
        // commas inside the clause it reports; the words before it are said too.
        let spans = match self.inserted_cue_lead(toks, v, start, m.tokens) {
            Some((lead, comma)) => {
                let words = content_words(&toks[lead..comma]) + content_words(&toks[start..=last]);
                let before = self.content_part(toks, lead, comma, quotations, 1)?;
                let after = self.content_part(toks, start, last + 1, quotations, 1)?;
                (words >= MIN_CONTENT_WORDS).then(|| vec![before, after])?
            }
            None => vec![self.content_span(toks, start, last + 1, quotations)?],
        };
        let who = self.decide(block, m, Some(toks[v].span()), Reason::VerbReportedClause)?;
        Some(Reported { spans, who })
    }

    /// For a cue between commas inside a clause („Die Lage, sagte Müller, sei ernst“, "The
    /// fuel, officials said, ignited") that goes on at `start`: where the clause starts (the
    /// sentence's start, or after a semicolon) and the comma that opens the cue, when the words
    /// between have no verb of their own (a clause of the author's would).
    fn inserted_cue_lead(
        &self,
        toks: &[Token],
        v: usize,
        start: usize,
        subject: (usize, usize),
    ) -> Option<(usize, usize)> {
        use crate::analysis::tagger::Upos;
        if start == 0 || !toks[start - 1].is_punct(',') {
            return None;
        }
        let cue_start = subject.0.min(v);
        if cue_start == 0 || !toks[cue_start - 1].is_punct(',') {
            return None;
        }
        // The cue is its subject and verb alone (and a word or two: "officials said later").
        let cue_tokens = start - 1 - cue_start;
        if cue_tokens > subject.1 - subject.0 + 1 + MAX_CUE_EXTRA_WORDS {
            return None;
        }
        let comma = cue_start - 1;
        let sentence_start =
            crate::analysis::tokens::sentence_range(toks, toks[v].sentence()).start;
        let lead = (sentence_start..comma)
            .rev()
            .take(MAX_INSERTED_CUE_LEAD)
            .find(|k| toks[*k].is_punct(';'))
            .map_or(sentence_start, |semicolon| semicolon + 1);
        if comma <= lead || comma - lead > MAX_INSERTED_CUE_LEAD {
            return None;
        }
        let quotation = toks[lead..comma]
            .iter()
            .any(|t| !t.is_word() && !t.is_punct(',') || matches!(t.kind, TokenKind::Quote(_)));
        if quotation {
            return None;
        }
        let tags = self.tags(toks, lead..comma);
        let verb = tags.iter().any(|t| matches!(t, Upos::Verb | Upos::Aux));
        (!verb).then_some((lead, comma))
    }

    /// The last token a clause reported by the verb at `v` may take, up to `last`: before a
    /// semicolon ("Officials said three people died; their names …"), and before a comma and a
    /// conjunction that opens a clause of the author's ("… should be opened up, and his critics
    /// blame him"), unless a complementizer follows it (", and that …"). (German marks what
    /// goes on being reported by its mood: „…, und er habe …“ is reported still.)
    fn reported_clause_last(&self, toks: &[Token], v: usize, last: usize) -> usize {
        let by_conjunction = !self.lang.verb_second;
        let is = |k: usize, words: &[&str]| {
            self.lower(toks, k)
                .is_some_and(|w| words.contains(&w.as_ref()))
        };
        (v + 1..last)
            .find(|k| {
                toks[*k].is_punct(';')
                    || (by_conjunction
                        && toks[*k].is_punct(',')
                        && is(k + 1, self.lang.coordinators)
                        && !is(k + 2, self.lang.complementizers))
            })
            .map_or(last, |end| end - 1)
    }

    /// The first token from `k` on that the tagger does not read as an adverb, at most
    /// `last`.
    fn past_adverbs(&self, toks: &[Token], k: usize, last: usize) -> usize {
        use crate::analysis::tagger::Upos;
        let end = (k + 3).min(last + 1);
        if k >= end {
            return k;
        }
        let tags = self.tags(toks, k.saturating_sub(2)..end);
        let offset = k - k.saturating_sub(2);
        let adverbs = tags[offset..]
            .iter()
            .take_while(|t| **t == Upos::Adv)
            .count();
        (k + adverbs).min(last)
    }

    /// Does an object follow the verb at `v`, not a preposition or particle ("called for",
    /// "called on")?
    fn object_follows(&self, toks: &[Token], v: usize) -> bool {
        use crate::analysis::tagger::Upos;
        // "described as reckless": what it is called may follow the verb at once.
        if self
            .lower(toks, v + 1)
            .is_some_and(|w| self.lang.characterising_markers.contains(&w.as_ref()))
        {
            return true;
        }
        if !toks
            .get(v + 1)
            .is_some_and(|t| t.is_word() && !t.class.preposition())
        {
            return false;
        }
        let from = v.saturating_sub(3);
        let tags = self.tags(toks, from..v + 2);
        !matches!(tags.get(v + 1 - from), Some(Upos::Adp | Upos::Part))
    }

    /// For a verb that characterises something ("bezeichnete", "described"): the tokens
    /// `[start, last]` of its object and complement, past a subject after the verb and up to
    /// the clause's end.
    fn characterising(&self, toks: &[Token], v: usize) -> Option<(usize, usize)> {
        let w = self.lower(toks, v)?;
        if !self
            .lang
            .characterising_verbs
            .iter()
            .any(|s| w.starts_with(s))
            || !self.object_follows(toks, v)
        {
            return None;
        }
        // „…“, beschreibt ein Reporter das Ereignis: the quotation is what the verb reports.
        let after_quote =
            (v.saturating_sub(2)..v).any(|k| matches!(toks[k].kind, TokenKind::Quote(_)));
        if after_quote {
            return None;
        }
        let sentence = toks[v].sentence();
        let mut start = v + 1;
        // „Als Irrweg bezeichnete der Verband die Lösung“: past the subject after the verb.
        // (A pronoun there may be the object: „bezeichnete sie als Eingriff“.)
        if let Some(m) = self
            .subject_of(toks, v)
            .filter(|m| m.tokens.0 == start && m.kind != MentionKind::Pronoun)
        {
            start = m.tokens.1;
        }
        // Up to a punctuation mark or a conjunction that opens the next clause ("… und kündigte
        // an").
        let end = (start..toks.len())
            .take_while(|k| toks[*k].sentence() == sentence)
            .find(|k| {
                matches!(
                    toks[*k].kind,
                    TokenKind::Punct(',' | ';' | ':' | '.' | '!' | '?')
                ) || self
                    .lower(toks, *k)
                    .is_some_and(|w| self.lang.coordinators.contains(&w.as_ref()))
            })
            .unwrap_or_else(|| crate::analysis::tokens::sentence_range(toks, sentence).end);
        (end > start + 1).then_some((start, end - 1))
    }

    /// Where a clause after a comma within a few words of the verb at `v` starts ("sagte am
    /// Montag, es gebe …"), or in English after "that" ("told reporters that …").
    fn clause_after_comma(&self, toks: &[Token], v: usize, last: usize) -> Option<usize> {
        let english = !self.lang.verb_second;
        for k in v + 1..(v + 10).min(last + 1) {
            match toks[k].kind {
                TokenKind::Punct(',') => {
                    return Some(k + 1);
                }
                TokenKind::Punct(_) | TokenKind::Quote(_) => break,
                TokenKind::Word => {
                    let w = self.lower(toks, k).unwrap_or_default();
                    if english && CLAUSE_OPENERS.contains(&w.as_ref()) {
                        return Some(k + 1);
                    }
                }
            }
        }
        None
    }

    /// "Hallam said the process was messy": in English, where a clause right after the verb
    /// at `v` starts; None when the verb is passive or an infinitive ("was said", "to say"),
    /// follows a quotation (its words then name the speaker) or says what it was about ("said
    /// of the course").
    fn clause_right_after_verb(&self, toks: &[Token], v: usize, last: usize) -> Option<usize> {
        // "Hallam said the process was messy": a clause right after the verb, unless the verb
        // is passive or an infinitive ("was said", "to say").
        let before = v
            .checked_sub(1)
            .and_then(|k| self.lower(toks, k))
            .unwrap_or_default();
        let passive = matches!(
            before.as_ref(),
            "was" | "were" | "is" | "are" | "been" | "be" | "to"
        );
        let next = toks.get(v + 1)?;
        if passive || !next.is_word() || self.lower(toks, v + 1).is_some_and(|w| w == "to") {
            return None;
        }
        // "“…,” said Tom J. Quill": after a quotation the words after the verb name its
        // speaker; "said of the course" says what it was about, not what was said.
        let after_quote =
            (v.saturating_sub(2)..v).any(|k| matches!(toks[k].kind, TokenKind::Quote(_)));
        let about = self
            .lower(toks, v + 1)
            .is_some_and(|w| matches!(w.as_ref(), "of" | "about"));
        if after_quote || about {
            return None;
        }
        // "has said publicly the forest …": past adverbs after the verb.
        Some(self.past_adverbs(toks, v + 1, last))
    }

    /// Does the clause `[start, last]` after the verb of saying at `v` have a verb of its own, as
    /// the tagger reads the sentence from the verb on? "told the paper after the verdict" names
    /// whom and when, and says nothing. A quotation in it may hold the verb.
    fn has_verb(&self, toks: &[Token], v: usize, start: usize, last: usize) -> bool {
        use crate::analysis::tagger::Upos;
        if (start..=last).any(|k| matches!(toks[k].kind, TokenKind::Quote(_))) {
            return true;
        }
        let verb = |at: usize, t: Upos| at >= start - v && matches!(t, Upos::Verb | Upos::Aux);
        let tags =
            crate::analysis::tokens::tag_range_until(self.text, toks, v..last + 1, self.lang, verb);
        tags.last().is_some_and(|t| verb(tags.len() - 1, *t))
    }

    /// "Es gebe keine Gespräche, sagte Sedow." / "The talks failed, Smith said."
    fn clause_before_verb(
        &mut self,
        block: &BlockView,
        v: usize,
        first: usize,
        quotations: &[Quotation],
    ) -> Option<Reported> {
        let toks = block.toks;
        let english = !self.lang.verb_second;
        // German: ", sagte X"; English: ", X said" (the subject between comma and verb).
        let comma = if english {
            let m = self.mention_ending_at(toks, v)?;
            m.tokens.0.checked_sub(1)?
        } else {
            // ", so vermutet die Zeitung": "so" may stand between comma and verb.
            let so = v
                .checked_sub(1)
                .and_then(|k| self.lower(toks, k))
                .is_some_and(|w| self.lang.so_markers.contains(&w.as_ref()));
            v.checked_sub(if so { 2 } else { 1 })?
        };
        if comma <= first || !toks[comma].is_punct(',') {
            return None;
        }
        // "Standing by the river, Hale said the water was rising": the verb has its words
        // after it; what stands before the comma only sets the scene.
        if english && !self.only_a_cue_after(toks, v) {
            return None;
        }
        // Before a direct quotation the quote sieves have spoken.
        if toks[first..comma].iter().any(
            |t| matches!(t.kind, TokenKind::Quote(qi) if quotations[qi as usize].role == QuoteRole::Direct),
        ) {
            return None;
        }
        let span = self.content_span(toks, first, comma, quotations)?;
        let m = self.subject_of(toks, v)?;
        // German puts the speaker after the verb here (", sagte Korbin"); a subject before it
        // means the comma ended an apposition or joined two verbs of one subject.
        if !english && m.tokens.0 < v {
            return None;
        }
        // English: a subject that starts before the comma ("Dan Rowe, the current president,
        // wrote") had an apposition after it, and what stands before the comma is no content.
        if english && m.tokens.0 <= comma {
            return None;
        }
        let who = self.decide(block, m, Some(toks[v].span()), Reason::ReportedClauseVerb)?;
        Some(Reported {
            spans: vec![span],
            who,
        })
    }

    /// A German sentence in Konjunktiv I with no verb of saying goes on reporting the last speaker.
    fn reported_mood(
        &mut self,
        block: &BlockView,
        first: usize,
        last: usize,
        quotations: &[Quotation],
    ) -> Option<Reported> {
        let toks = block.toks;
        let mood = (first..=last).any(|k| {
            toks[k].is_word()
                && !self
                    .word(toks, k)
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
                && toks[k].class.reported_mood()
        });
        if !mood {
            return None;
        }
        let span = self.content_span(toks, first, last + 1, quotations)?;
        let mut who = self.continuation(block)?;
        who.reason = Reason::ReportedMood;
        Some(Reported {
            spans: vec![span],
            who,
        })
    }

    /// The content between tokens `[start, end)`: cut before a direct quotation inside it and
    /// without final punctuation; None when fewer than a few words remain.
    fn content_span(
        &self,
        toks: &[Token],
        start: usize,
        end: usize,
        quotations: &[Quotation],
    ) -> Option<Span> {
        self.content_part(toks, start, end, quotations, MIN_CONTENT_WORDS)
    }

    /// As `content_span`, with at least `min_words` words (a quotation counts as two).
    fn content_part(
        &self,
        toks: &[Token],
        start: usize,
        end: usize,
        quotations: &[Quotation],
        min_words: usize,
    ) -> Option<Span> {
        let mut end = end;
        if let Some(k) = (start..end).find(|k| matches!(toks[*k].kind, TokenKind::Quote(qi) if quotations[qi as usize].role == QuoteRole::Direct)) {
            end = k;
        }
        while end > start && matches!(toks[end - 1].kind, TokenKind::Punct(_)) {
            end -= 1;
        }
        let words = content_words(&toks[start..end]);
        (words >= min_words.max(1))
            .then(|| Span::new(toks[start].span().start, toks[end - 1].span().end))
    }
}

/// How many words a content has; a quotation in it counts as two.
fn content_words(toks: &[Token]) -> usize {
    toks.iter()
        .map(|t| match t.kind {
            TokenKind::Word => 1,
            TokenKind::Quote(_) => 2,
            TokenKind::Punct(_) => 0,
        })
        .sum()
}

/// The content of a sentence `[first, end)` with a source phrase `[start, stop)`: the sentence
/// without the phrase. After a phrase that opens it, the rest ("According to the team, …");
/// before one that closes it, what comes before ("The game was hard, according to the coach");
/// around one between commas, both parts ("One child was, according to the fire service, among
/// the dead"). A phrase inside a clause with no commas leaves the sentence whole ("Das Buch ist
/// laut einem Jury-Mitglied eine …").
fn source_content(
    text: &str,
    toks: &[Token],
    (relative_pronouns, determiners): (&[&str], &[&str]),
    (first, end): (usize, usize),
    (start, stop): (usize, usize),
    incomplete_before: bool,
) -> Vec<(usize, usize)> {
    let only_punct = |a: usize, b: usize| {
        toks[a..b]
            .iter()
            .all(|t| matches!(t.kind, TokenKind::Punct(_)))
    };
    let after_comma = start > first && toks[start - 1].is_punct(',');
    let parts = if start == first {
        vec![(stop, end)]
    } else if only_punct(stop.min(end), end) {
        vec![(first, start)]
    } else if after_comma && toks.get(stop).is_some_and(|t| t.is_punct(',')) {
        // "…, so Celebi, die auch angab, …", "according to Lily Batchelder, a former aide": a
        // relative clause or an apposition after it is about the source. Only a clause that
        // breaks off before it ("One child was, …, among the dead") goes on after it.
        let about_source = toks.get(stop + 1).is_some_and(|t| {
            let w = t.span().slice(text).to_lowercase();
            relative_pronouns.contains(&w.as_str()) || determiners.contains(&w.as_str())
        });
        if about_source || !incomplete_before {
            vec![(first, start)]
        } else {
            vec![(first, start), (stop, end)]
        }
    } else if after_comma {
        // "…, according to an analysis by Lily Batchelder": the phrase runs on to the end.
        vec![(first, start)]
    } else {
        vec![(first, end)]
    };
    parts
        .into_iter()
        .map(|(a, b)| trim_phrase(toks, a, b))
        .filter(|(a, b)| a < b)
        .collect()
}

/// Trims leading and trailing punctuation from a token range.
fn trim_phrase(toks: &[Token], mut start: usize, mut end: usize) -> (usize, usize) {
    while start < end && matches!(toks[start].kind, TokenKind::Punct(_)) {
        start += 1;
    }
    while end > start && matches!(toks[end - 1].kind, TokenKind::Punct(_)) {
        end -= 1;
    }
    (start, end)
}
