//! The sieves: each looks at a quotation and its sentence and decides who said it, or passes.

use super::pipeline::Reason;
use super::{Attribution, BlockView, Outcome, Reader, SourcePhrase};
use crate::analysis::mentions::{Mention, MentionKind};
use crate::analysis::quotes::{Quotation, QuoteRole};
use crate::analysis::tokens::{Token, TokenKind};
use crate::model::Span;

/// The most words after a verb in a sentence that is only a cue: "said in a short statement to
/// the local paper on Monday", "said, looking out over the hall".
const MAX_CUE_TAIL_WORDS: usize = 10;

/// The most tokens a cue that closes a sentence has after its comma: ", said the mayor of the
/// old town".
const MAX_CLOSING_CUE_TOKENS: usize = 6;

/// The most words between a verb of saying and the quotation it introduces with no colon.
const MAX_WORDS_VERB_TO_QUOTE: usize = 8;

/// The most tokens after the first of a list that are read for its coordinator.
const MAX_ENUMERATION_TOKENS: usize = 40;

/// The most tokens of a phrase that opens a sentence before its subject: "In a statement
/// released after the attack on the base,".
const MAX_OPENING_PHRASE_TOKENS: usize = 12;

/// The most tokens between a speaker phrase after its verb and a person named in its apposition.
const MAX_APPOSITION_TOKENS: usize = 16;

impl Reader<'_> {
    /// Sieve 1: the quotation, then its verb of saying and speaker.
    pub(super) fn quote_verb_name(&mut self, block: &BlockView, q: usize) -> Outcome {
        let toks = block.toks;
        let sentence = toks[q].sentence();
        let mut i = q + 1;
        if toks.get(i).is_some_and(|t| t.is_punct(',')) {
            i += 1;
        }
        let same = |k: usize| {
            toks.get(k)
                .is_some_and(|t| t.sentence() == sentence || k == q + 1)
        };
        if !same(i) {
            return Outcome::Pass;
        }
        // „…“, sagte Korbin / "…," said the minister / „…“, zitiert radio.example Sprecher Lentzen;
        // not "“…,” saying the city …", whose speaker comes before.
        let participle = self
            .lang
            .participle_ending
            .is_some_and(|e| self.lower(toks, i).is_some_and(|w| w.ends_with(e)));
        if self.is_speech_verb(toks, i) && !participle {
            return self.verb_after_quote(block, q, i);
        }
        // „…“, hat Korbin gesagt / „…“, hatte Konzernchef Kastner in einem Interview erklärt
        if self.is_aux(toks, i) {
            if let Some(m) = self.mention_at(toks, i + 1) {
                let end = (m.tokens.1..(m.tokens.1 + 8).min(toks.len()))
                    .take_while(|k| toks[*k].is_word())
                    .last()
                    .map_or(m.tokens.1, |k| k + 1);
                if let Some(v) = (m.tokens.1..end).find(|k| self.is_speech_verb(toks, *k)) {
                    return self
                        .decide(block, m, Some(toks[v].span()), Reason::QuoteVerbName)
                        .into();
                }
            }
            return Outcome::Pass;
        }
        // „…“, so Korbin.
        if self
            .lower(toks, i)
            .is_some_and(|w| self.lang.so_markers.contains(&w.as_ref()))
        {
            return self.so_after_quote(block, i);
        }
        // "…," she said / "…," the minister said / "…," Smith, a spokesman, said. German puts
        // the verb first after a quotation („…“, sagte sie); „…“, Löw bezeichnete … opens a
        // clause of its own.
        if self.lang.verb_second {
            return Outcome::Pass;
        }
        let Some(m) = self.mention_at(toks, i) else {
            return Outcome::Pass;
        };
        let mut v = m.tokens.1;
        if toks.get(v).is_some_and(|t| t.is_punct(',')) {
            if self.is_speech_verb(toks, v + 1) {
                // "the press secretary, Tom Quill, said": the phrase took in its apposition,
                // and this comma closes it.
                v += 1;
            } else {
                // An apposition: skip to its closing comma.
                match (v + 1..(v + 12).min(toks.len())).find(|k| toks[*k].is_punct(',')) {
                    Some(close) => v = close + 1,
                    None => return Outcome::Pass,
                }
            }
        }
        if self.is_aux(toks, v) {
            v += 1;
        }
        // "“…!” Hale said.": after a quotation that ends its sentence, a sentence that is
        // only its cue belongs to it too.
        if self.is_speech_verb(toks, v)
            && (same(v) || (self.only_a_cue_after(toks, v) && !self.cue_before(toks, q)))
        {
            return self
                .decide(block, m, Some(toks[v].span()), Reason::QuoteNameVerb)
                .into();
        }
        Outcome::Pass
    }

    /// Does the sentence of the verb at `v` end after it, but for a few words of time, place or
    /// manner ("said on Monday", "said in a statement", "said, smiling")? Then it says nothing
    /// but who spoke.
    /// „…“, sagte Korbin / "…," said the minister: the verb of saying at `i` right after the
    /// quotation `q`, and its subject after it.
    fn verb_after_quote(&mut self, block: &BlockView, q: usize, i: usize) -> Outcome {
        let toks = block.toks;
        // "said master of ceremonies Karim Al-Fadli": the name may come a few words later.
        // A medium's name in quotation marks may follow: „…“, schrieb „Die Woche“.
        let found = (i + 1..(i + 7).min(toks.len()))
            .take_while(|k| toks[*k].is_word() || matches!(toks[*k].kind, TokenKind::Quote(_)))
            .find_map(|k| self.mention_at(toks, k));
        let found = match found {
            Some(m) if self.speaker_rank(toks, &m) > 0 => {
                Some(self.person_in_apposition_after(toks, &m).unwrap_or(m))
            }
            other => other,
        };
        match found {
            Some(m) => self
                .decide(block, m, Some(toks[i].span()), Reason::QuoteVerbName)
                .into(),
            // "Oberle hatte die Zustimmung „trotz einiger Vorbehalte“ bekanntgegeben": a
            // fragment inside the clause of a verb at its end has the clause's subject.
            None if i == q + 1 && !self.is_direct_quote(toks, q) => {
                match self.subject_of(toks, i) {
                    Some(m) => self
                        .decide(block, m, Some(toks[i].span()), Reason::NameQuoteVerb)
                        .into(),
                    None => Outcome::Unnamed,
                }
            }
            None => Outcome::Unnamed,
        }
    }

    /// „…“, so Korbin / „…“, so urteilte Hollis: the marker at `i` after the quotation.
    fn so_after_quote(&mut self, block: &BlockView, i: usize) -> Outcome {
        let toks = block.toks;
        // „…“, so urteilte Hollis: the verb may come first.
        if self.is_speech_verb(toks, i + 1) {
            return match self.subject_of(toks, i + 1) {
                Some(m) => self
                    .decide(block, m, Some(toks[i + 1].span()), Reason::QuoteSoVerbName)
                    .into(),
                None => Outcome::Pass,
            };
        }
        match self.mention_at(toks, i + 1) {
            Some(m) => self
                .decide(block, m, Some(toks[i].span()), Reason::QuoteSoName)
                .into(),
            None => Outcome::Pass,
        }
    }

    /// "said University of Lakeside, Northport's chancellor, Lena Obi": after an organisation
    /// or a thing, a person named after a comma in the same clause is who the phrase is about.
    fn person_in_apposition_after(&self, toks: &[Token], m: &Mention) -> Option<Mention> {
        let sentence = toks[m.tokens.0].sentence();
        (m.tokens.1 + 1..(m.tokens.1 + MAX_APPOSITION_TOKENS).min(toks.len()))
            .take_while(|k| {
                toks[*k].sentence() == sentence && !matches!(toks[*k].kind, TokenKind::Quote(_))
            })
            .filter(|k| toks[*k].is_word() && toks[*k - 1].is_punct(','))
            .find_map(|k| {
                self.mention_at(toks, k)
                    .filter(|n| n.kind != MentionKind::Pronoun && self.speaker_rank(toks, n) == 0)
            })
    }

    pub(super) fn only_a_cue_after(&self, toks: &[Token], v: usize) -> bool {
        let end = crate::analysis::tokens::sentence_range(toks, toks[v].sentence()).end;
        let rest = &toks[v + 1..end];
        let first = rest.first();
        let time_or_place = first.is_none_or(|t| {
            t.is_punct('.')
                || t.is_punct(',')
                || (t.is_word() && t.class.preposition())
                || self.lower(toks, v + 1).is_some_and(|w| {
                    self.lang.calendar_words.contains(&w.as_ref())
                        || self.lang.subordinators.contains(&w.as_ref())
                })
        });
        // Counted no further than the most a cue may have.
        let words = rest
            .iter()
            .filter(|t| t.is_word())
            .take(MAX_CUE_TAIL_WORDS + 1)
            .count();
        time_or_place
            && words <= MAX_CUE_TAIL_WORDS
            && rest.len() <= 3 * MAX_CUE_TAIL_WORDS
            && !rest.iter().any(|t| matches!(t.kind, TokenKind::Quote(_)))
    }

    /// Is there a verb of saying before the quotation at `q` in its sentence ("Voss asserted
    /// that „…“")? Then the quotation has its cue.
    fn cue_before(&self, toks: &[Token], q: usize) -> bool {
        let start = crate::analysis::tokens::sentence_range(toks, toks[q].sentence()).start;
        (start..q).any(|k| self.is_speech_verb(toks, k))
    }

    fn is_direct_quote(&self, toks: &[Token], q: usize) -> bool {
        matches!(toks[q].kind, TokenKind::Quote(qi) if self.quotations[qi as usize].role == QuoteRole::Direct)
    }

    /// Sieve 2: the speaker and verb before the quotation, closed by a colon or comma
    /// ("Morland sagte: „…“"), or a verb right before it; for a fragment, any verb of saying
    /// before it in the sentence. A quotation that opens a paragraph after one that ended with a
    /// colon is introduced by that paragraph's last sentence.
    pub(super) fn name_verb_quote(&mut self, block: &BlockView, q: usize, direct: bool) -> Outcome {
        let toks = block.toks;
        let sentence = toks[q].sentence();
        if q == 0 {
            return self.introduced_by_previous_paragraph(block);
        }
        if toks[q - 1].sentence() != sentence {
            return Outcome::Pass;
        }
        if let Some(outcome) = self.name_bracket_quote(block, q) {
            return outcome;
        }
        // "she knows that “LeBron will always be the king.”": a quotation after "that" is the
        // content of the sentence's verb.
        let introduced = toks[q - 1].is_punct(':')
            || toks[q - 1].is_punct(',')
            || self
                .lower(toks, q - 1)
                .is_some_and(|w| matches!(w.as_ref(), "that" | "dass"));
        // "told the paper after the verdict “…”": the verb's object and adverbs may stand
        // between it and the quotation, but no punctuation.
        let verb_right_before = (q.saturating_sub(MAX_WORDS_VERB_TO_QUOTE)..q)
            .rev()
            .take_while(|k| toks[*k].is_word())
            .any(|k| self.is_speech_verb(toks, k));
        if direct && !introduced && !verb_right_before {
            return Outcome::Pass;
        }
        let lowest = q.saturating_sub(if direct { 30 } else { 40 });
        // "In a statement released on Monday, …": a verb in the phrase that opens the sentence
        // is no verb of its clause.
        let clause_start = self.after_opening_phrase(
            toks,
            crate::analysis::tokens::sentence_range(toks, sentence),
        );
        let mut verbs = (lowest.max(clause_start)..q)
            .rev()
            .take_while(|k| toks[*k].sentence() == sentence)
            .filter(|k| self.is_speech_verb(toks, *k));
        let nearest = verbs.next();
        // "Holzer kritisiert, die Aktion erinnere „fatal an …“": of several verbs, the nearest
        // one whose subject can speak.
        let person_verb = nearest.and_then(|first| {
            std::iter::once(first).chain(verbs).find_map(|v| {
                self.subject_of(toks, v)
                    .filter(|m| self.speaker_rank(toks, m) <= 1)
                    .map(|m| (v, m))
            })
        });
        if let Some((v, m)) = person_verb {
            return self
                .decide(block, m, Some(toks[v].span()), Reason::NameVerbQuote)
                .into();
        }
        let Some(v) = nearest else {
            // "Enzo hatte mit den Worten abgelehnt: „…“": a colon introduces the words of the
            // sentence's subject even without a verb of saying.
            if direct && toks[q - 1].is_punct(':') {
                let start = (0..q)
                    .rev()
                    .take_while(|k| toks[*k].sentence() == sentence)
                    .last()
                    .unwrap_or(q);
                // The clause's subject first: "the ministry justified the strike, which the
                // president approved, as follows: …".
                let opener = self
                    .subject_start(toks, clause_start..q)
                    .and_then(|k| self.subject_at(toks, k))
                    .filter(|m| m.tokens.1 < q && self.speaker_rank(toks, m) <= 1);
                // "… und der norwegische Ministerpräsident Jens Stoltenberg: „…“": a person
                // named right before the colon comes first.
                let named = self.person_named_right_before(toks, q - 1);
                if let Some(m) = named
                    .or(opener)
                    .or_else(|| self.likeliest_speaker(toks, start, q, 1))
                {
                    return self
                        .decide(block, m, Some(toks[q - 1].span()), Reason::NameQuote)
                        .into();
                }
            }
            return Outcome::Pass;
        };
        match self.subject_of(toks, v) {
            // "Die Sperrung sei nach Ansicht der Umweltgruppe nötig …": a plain noun as
            // the subject yields to a source the sentence names.
            Some(m)
                if self.speaker_rank(toks, &m) == 2
                    && self.source_phrase(toks, sentence).is_some() =>
            {
                Outcome::Pass
            }
            Some(m) => self
                .decide(block, m, Some(toks[v].span()), Reason::NameVerbQuote)
                .into(),
            None if toks[q - 1].is_punct(':') => Outcome::Unnamed,
            None => Outcome::Pass,
        }
    }

    pub(super) fn introduced_by_previous_paragraph(&mut self, block: &BlockView) -> Outcome {
        let Some(prev) = block.prev else {
            return Outcome::Pass;
        };
        if !prev.last().is_some_and(|t| t.is_punct(':')) {
            return Outcome::Pass;
        }
        let sentence = prev[prev.len() - 1].sentence();
        let first = prev
            .iter()
            .position(|t| t.sentence() == sentence)
            .unwrap_or(0);
        let prev_view = BlockView {
            index: block.index.saturating_sub(1),
            toks: prev,
            prev: None,
            heading: false,
        };
        let verb = (first..prev.len()).find(|k| self.is_speech_verb(prev, *k));
        let subject = match verb {
            Some(v) => self.subject_of(prev, v),
            None => self.likeliest_speaker(prev, first, prev.len(), 1),
        };
        match subject {
            Some(m) => self
                .decide(
                    &prev_view,
                    m,
                    verb.map(|v| prev[v].span()),
                    Reason::NameVerbParagraphQuote,
                )
                .into(),
            None => Outcome::Unnamed,
        }
    }

    /// "according to a memo posted online by Senator Ana Ruiz": a text that is no speaker of
    /// its own, then a participle whose agent wrote it: the agent.
    fn author_of_document(&self, toks: &[Token], m: &Mention) -> Option<Mention> {
        if m.kind != MentionKind::Role || self.speaker_rank(toks, m) == 0 {
            return None;
        }
        let participle = m.tokens.1;
        if !self
            .lower(toks, participle)
            .is_some_and(|w| (self.lang.is_participle)(&w))
        {
            return None;
        }
        let sentence = toks[participle].sentence();
        let marker = (participle + 1..(participle + 4).min(toks.len()))
            .take_while(|k| toks[*k].is_word() && toks[*k].sentence() == sentence)
            .find(|k| {
                self.lower(toks, *k)
                    .is_some_and(|w| self.lang.passive_agent_markers.contains(&w.as_ref()))
            })?;
        self.mention_at(toks, marker + 1)
            .filter(|a| self.speaker_rank(toks, a) <= 1)
    }

    /// Sieve 3: "laut X", "X zufolge", "according to X" in the quotation's sentence.
    pub(super) fn according_to(&mut self, block: &BlockView, q: usize) -> Option<Attribution> {
        let (m, cue, _) = self.source_phrase(block.toks, block.toks[q].sentence())?;
        self.decide(block, m, Some(cue), Reason::AccordingTo)
    }

    /// "laut X", "X zufolge", "according to X" in a sentence: the source, the cue, and the
    /// tokens `[start, end)` of the whole phrase.
    /// "Mohammed ElBaradei („Mir fällt niemand ein …“)": a quotation in brackets right after a
    /// person's name is theirs.
    fn name_bracket_quote(&mut self, block: &BlockView, q: usize) -> Option<Outcome> {
        let toks = block.toks;
        if !toks[q - 1].is_punct('(') {
            return None;
        }
        let m = self.person_named_right_before(toks, q - 1)?;
        Some(self.decide(block, m, None, Reason::NameQuote).into())
    }

    /// A person's name (with any role before it) that ends right before token `end`.
    fn person_named_right_before(&self, toks: &[Token], end: usize) -> Option<Mention> {
        // (Not "opposed Macron's statement:", whose name is an owner's.)
        self.mention_ending_at_if(toks, end, |m| {
            m.kind == MentionKind::Name
                && m.person
                && m.tokens.1 == end
                && m.name.is_some_and(|n| n.end == m.span.end)
        })
    }

    /// „gratulierten Obama, so der Ministerpräsident Berlusconi, der Leiter der IAEA, … und
    /// der Ministerpräsident Jens Stoltenberg“: after "so", the first of a list that a
    /// coordinator closes gives examples of the sentence's subject; it is no source.
    fn enumerates(&self, toks: &[Token], m: &Mention) -> bool {
        let end = m.tokens.1;
        if !toks.get(end).is_some_and(|t| t.is_punct(',')) {
            return false;
        }
        let sentence = toks[end].sentence();
        (end + 1..(end + MAX_ENUMERATION_TOKENS).min(toks.len()))
            .take_while(|k| toks[*k].sentence() == sentence)
            .any(|k| {
                self.lower(toks, k)
                    .is_some_and(|w| self.lang.coordinators.contains(&w.as_ref()))
                    && self
                        .mention_at(toks, k + 1)
                        .is_some_and(|n| self.speaker_rank(toks, &n) == 0)
            })
    }

    pub(super) fn source_phrase(&self, toks: &[Token], sentence: usize) -> Option<SourcePhrase> {
        let key = (toks.as_ptr() as usize, toks.len(), sentence);
        if let Some((k, found)) = self.source_phrase.borrow().as_ref() {
            if *k == key {
                return found.clone();
            }
        }
        let found = self.find_source_phrase(toks, sentence);
        *self.source_phrase.borrow_mut() = Some((key, found.clone()));
        found
    }

    fn find_source_phrase(&self, toks: &[Token], sentence: usize) -> Option<SourcePhrase> {
        for k in crate::analysis::tokens::sentence_range(toks, sentence) {
            if !toks[k].class.source()
                && !toks[k].span().slice(self.text).eq_ignore_ascii_case("nach")
            {
                continue;
            }
            let Some(w) = self.lower(toks, k) else {
                continue;
            };
            // "…, so Kallweit, …" and "…, so der Verband.": the source between commas or at the end.
            if k > 0 && toks[k - 1].is_punct(',') && self.lang.so_markers.contains(&&*w) {
                if let Some(m) = self.mention_at(toks, k + 1) {
                    // "…, so der Schriftsteller Amos Leroy in einem Blogeintrag, …"
                    let closed = toks.get(m.tokens.1).is_none_or(|t| {
                        t.is_punct(',') || t.is_punct('.') || t.class.preposition()
                    });
                    if closed && m.kind != MentionKind::Pronoun && !self.enumerates(toks, &m) {
                        let end = m.tokens.1;
                        return Some((m, toks[k].span(), (k, end)));
                    }
                }
            }
            for phrase in self.lang.source_before {
                if phrase.split(' ').next() != Some(&*w) {
                    continue;
                }
                let words: Vec<&str> = phrase.split(' ').collect();
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
                    .is_some_and(|w| matches!(w.as_ref(), "von" | "vom"))
                {
                    after += 1;
                }
                if let Some(m) = self.mention_at(toks, after) {
                    let cue = Span::new(toks[k].span().start, toks[after - 1].span().end);
                    let m = self.author_of_document(toks, &m).unwrap_or(m);
                    let end = m.tokens.1;
                    return Some((m, cue, (k, end)));
                }
            }
            if self.lang.source_after.contains(&w.as_ref()) {
                // "Dem Sender Radio Nord zufolge": the phrase may run on past its noun.
                let found = self.mention_ending_at(toks, k).or_else(|| {
                    (k.saturating_sub(4)..k)
                        .filter(|i| toks[*i].sentence() == sentence)
                        .find_map(|i| self.mention_at(toks, i))
                });
                if let Some(m) = found {
                    let start = m.tokens.0;
                    return Some((m, toks[k].span(), (start, k + 1)));
                }
            }
            if w == "nach" {
                if let Some(found) = self.source_noun_phrase(toks, k) {
                    return Some(found);
                }
            }
        }
        None
    }

    /// "nach ersten Angaben der Polizei", "nach einer ersten Analyse": the source is the
    /// genitive or "von" phrase after the noun, or else the noun phrase itself.
    fn source_noun_phrase(
        &self,
        toks: &[Token],
        k: usize,
    ) -> Option<(Mention, Span, (usize, usize))> {
        let noun = (k + 1..(k + 5).min(toks.len()))
            .take_while(|i| toks[*i].is_word())
            .find(|i| {
                self.lower(toks, *i)
                    .is_some_and(|w| self.lang.source_nouns.contains(&w.as_ref()))
            })?;
        let cue = Span::new(toks[k].span().start, toks[noun].span().end);
        let mut after = noun + 1;
        if self
            .lower(toks, after)
            .is_some_and(|w| matches!(w.as_ref(), "von" | "vom"))
        {
            after += 1;
        }
        let m = match self.mention_at(toks, after) {
            Some(m) => m,
            // "nach seiner Ansicht": the possessive is a pronoun of the source.
            None if noun == k + 2 && self.possessive(toks, k + 1).is_some() => Mention {
                kind: MentionKind::Pronoun,
                span: toks[k + 1].span(),
                tokens: (k + 1, k + 2),
                name: None,
                role: None,
                role_head: None,
                gender: self.possessive(toks, k + 1),
                plural: false,
                person: true,
                org: false,
                case_marked: false,
            },
            // "nach einer ersten Analyse" names the analysis itself.
            None => {
                let mut m = self
                    .mention_at(toks, k + 1)
                    .or_else(|| self.mention_at(toks, noun))?;
                m.span = Span::new(toks[k + 1].span().start, toks[noun].span().end);
                m.tokens = (k + 1, noun + 1);
                m
            }
        };
        let end = m.tokens.1.max(noun + 1);
        Some((m, cue, (k, end)))
    }

    /// The gender of a possessive that points back to one person ("seiner", "ihrer", "his").
    pub(super) fn possessive(&self, toks: &[Token], i: usize) -> Option<crate::model::Gender> {
        use crate::model::Gender;
        match self.lower(toks, i)?.as_ref() {
            "seiner" | "seinen" | "seinem" | "seine" | "his" => Some(Gender::Male),
            "ihrer" | "ihren" | "ihrem" | "ihre" | "her" => Some(Gender::Female),
            _ => None,
        }
    }

    pub(super) fn clause_has_verb_after(&self, toks: &[Token], k: usize) -> bool {
        (k + 1..(k + 8).min(toks.len()))
            .take_while(|i| !toks[*i].is_punct(','))
            .any(|i| self.is_speech_verb(toks, i))
    }

    /// Sieve 4: a verb of saying anywhere in the fragment's sentence, and its subject.
    pub(super) fn speaker_of_sentence(
        &mut self,
        block: &BlockView,
        q: usize,
    ) -> Option<Attribution> {
        let toks = block.toks;
        let sentence = toks[q].sentence();
        let v = crate::analysis::tokens::sentence_range(toks, sentence)
            .find(|k| self.is_speech_verb(toks, *k))?;
        let m = self.subject_of(toks, v)?;
        self.decide(block, m, Some(toks[v].span()), Reason::SpeakerOfSentence)
    }

    /// The first token of `tokens` that may open a subject: past adverbs and other plain words
    /// ("Auch der Sprecher …"), not past an article.
    fn subject_start(
        &self,
        toks: &[Token],
        mut tokens: impl Iterator<Item = usize>,
    ) -> Option<usize> {
        tokens.find(|k| !toks[*k].class.plain() || self.is_determiner(toks, *k))
    }

    /// Where the clause of the sentence `range` starts: in English past a phrase a preposition
    /// opens, up to its comma ("In a statement released on Monday, the ministry …"). Where the
    /// verb comes second, the verb follows such a phrase, and a comma after it closes a clause
    /// inside it („Nach dem Treffen, das …, sagte“).
    fn after_opening_phrase(&self, toks: &[Token], range: std::ops::Range<usize>) -> usize {
        let opens_with_phrase = !self.lang.verb_second && toks[range.start].class.preposition();
        if !opens_with_phrase {
            return range.start;
        }
        // "To which she said, …" is a clause of its own: a phrase has no pronoun.
        let pronoun = |k: usize| {
            self.lower(toks, k).is_some_and(|w| {
                self.lang.relative_pronouns.contains(&w.as_ref())
                    || self.lang.pronouns.iter().any(|p| p.0 == w.as_ref())
            })
        };
        range
            .clone()
            .take(MAX_OPENING_PHRASE_TOKENS)
            .take_while(|k| !pronoun(*k))
            .find(|k| toks[*k].is_punct(','))
            .map_or(range.start, |comma| comma + 1)
    }

    /// Sieve 4b: a fragment in a sentence with no verb of saying and no reported mood goes to the
    /// person (by name or role) who opens the sentence as its subject: "Velten geht davon aus,
    /// dass Morrow „…“ in den Mund gesteckt hat".
    pub(super) fn subject_of_sentence(
        &mut self,
        block: &BlockView,
        q: usize,
    ) -> Option<Attribution> {
        let toks = block.toks;
        let range = crate::analysis::tokens::sentence_range(toks, toks[q].sentence());
        // In reported speech ("Der Iran müsse „…“ beenden") the subject is what is spoken of;
        // the speaker is named elsewhere. A subjunctive in a clause of its own ("Velten geht
        // davon aus, dass Morrow … habe") is the subject's thought.
        let first = self.after_opening_phrase(toks, range.clone());
        // "Steuern: Die SPD will …": a label before a colon near the start is no part of the
        // clause (looked for only there, so that a sentence of many fragments stays linear).
        let first = (first..q.min(first + MAX_OPENING_PHRASE_TOKENS))
            .rev()
            .find(|k| toks[*k].is_punct(':'))
            .map_or(first, |colon| colon + 1);
        let main_clause =
            (first..range.end).take_while(|k| toks[*k].is_word() || toks[*k].is_punct('.'));
        if main_clause.clone().any(|k| toks[k].class.speech_mood()) {
            return None;
        }
        // Past an adverb that opens the sentence: "Auch der Sprecher …".
        let start = self
            .subject_start(toks, main_clause.clone())
            .unwrap_or(first);
        // A role noun of the lexicon, not any noun: "As the race turned …" is about no speaker.
        let opener = self
            .subject_at(toks, start)
            .filter(|m| !self.disagrees_in_number(toks, m));
        let opener = opener.filter(|m| match m.kind {
            MentionKind::Name => m.person || m.org,
            MentionKind::Role => self.speaker_rank(toks, m) == 0,
            MentionKind::Org => true,
            MentionKind::Group | MentionKind::Pronoun => false,
        });
        // "Ursprünglich wollte er „…“", "Seit 2013 vertritt er die These, …": a pronoun right
        // after the verb in the second place.
        let m = opener.or_else(|| {
            main_clause
                .clone()
                .filter(|k| *k > start + 1 && *k < q)
                .filter(|k| {
                    self.word(toks, k - 1)
                        .is_some_and(|w| w.starts_with(char::is_lowercase))
                })
                .find_map(|k| {
                    self.mention_at(toks, k)
                        .filter(|m| m.kind == MentionKind::Pronoun && !m.plural)
                })
        })?;
        if m.tokens.1 > q {
            return None;
        }
        self.decide(block, m, None, Reason::SubjectOfSentence)
    }

    /// Sieve 5: a quotation that opens its sentence, words of the author after it, and a cue
    /// that closes the sentence after a comma: "“And yet it would settle the matter” because the
    /// vote was close, he said." / „…“ – und das sei erst der Anfang, sagte sie.
    pub(super) fn cue_closing_the_sentence(
        &mut self,
        block: &BlockView,
        q: usize,
    ) -> Option<Attribution> {
        let toks = block.toks;
        let range = crate::analysis::tokens::sentence_range(toks, toks[q].sentence());
        if range.start != q {
            return None;
        }
        // The sentence's last tokens: ", he said." / ", said Smith." / ", sagte sie."
        let mut last = range.end - 1;
        if toks[last].is_punct('.') {
            last -= 1;
        }
        let cue = (q + 2..=last)
            .rev()
            .take(MAX_CLOSING_CUE_TOKENS)
            .find(|k| toks[*k - 1].is_punct(','))?;
        if (q + 1..cue).any(|k| matches!(toks[k].kind, TokenKind::Quote(_))) {
            return None;
        }
        let (v, m) = if self.is_speech_verb(toks, cue) {
            (cue, self.mention_at(toks, cue + 1)?)
        } else {
            let m = self.mention_at(toks, cue)?;
            (m.tokens.1, m)
        };
        let ends = if v == cue { m.tokens.1 } else { v + 1 };
        if !self.is_speech_verb(toks, v) || ends != last + 1 {
            return None;
        }
        self.decide(block, m, Some(toks[v].span()), Reason::QuoteClauseCue)
    }

    /// Sieve 6: a quotation that opens its sentence speaking as "wir" or "we", right after a
    /// sentence that an organisation or a group opens as its subject: "Die Partei will am Kurs
    /// festhalten. „Wir wollen …“". A person says "I"; a party, a firm, a crowd say "we".
    pub(super) fn we_after_group(&mut self, block: &BlockView, q: usize) -> Option<Attribution> {
        let toks = block.toks;
        let TokenKind::Quote(qi) = toks[q].kind else {
            return None;
        };
        let sentence = toks[q].sentence();
        if sentence == 0 || crate::analysis::tokens::sentence_range(toks, sentence).start != q {
            return None;
        }
        let inner =
            crate::analysis::quotes::inner_text(self.text, self.quotations[qi as usize].spans[0]);
        let first = inner
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("")
            .to_lowercase();
        if !self.lang.we_words.contains(&first.as_str()) {
            return None;
        }
        let mut before = crate::analysis::tokens::sentence_range(toks, sentence - 1);
        // "Europapolitik: Die Partei will …": past a label and its colon.
        if let Some(colon) = before.clone().rev().find(|k| toks[*k].is_punct(':')) {
            before.start = colon + 1;
        }
        let start = before.find(|k| !toks[*k].class.plain() || self.is_determiner(toks, *k))?;
        let m = self.subject_at(toks, start).filter(|m| {
            matches!(m.kind, MentionKind::Org | MentionKind::Group)
                || (m.kind == MentionKind::Name && m.org)
                || (m.kind == MentionKind::Role && self.names_by_acronym(m))
        })?;
        self.decide(block, m, None, Reason::WeAfterGroup)
    }

    /// The person who opens a sentence with no quotation as its subject, past an adverb: a
    /// name of a person or a role noun, not a pronoun (which names someone already in play);
    /// at a paragraph's start also an organisation.
    pub(super) fn topic_opening(&self, block: &BlockView, sentence: usize) -> Option<Mention> {
        let toks = block.toks;
        let mut range = crate::analysis::tokens::sentence_range(toks, sentence);
        if range
            .clone()
            .any(|k| matches!(toks[k].kind, TokenKind::Quote(_)))
        {
            return None;
        }
        // "Als der 39-Jährige erschien, übergab sie …": a sentence that opens with a clause of
        // its own is not about that clause's subject.
        if self
            .lower(toks, range.start)
            .is_some_and(|w| self.lang.subordinators.contains(&w.as_ref()))
        {
            return None;
        }
        let first = range.start == 0;
        let start = range.find(|k| !toks[*k].class.plain() || self.is_determiner(toks, *k))?;
        // "Das Gericht nutzte die Urteilsbegründung zur Verteidigung. … Dieser Vorwurf gehe …":
        // an organisation opening a paragraph is what it goes on about.
        let worst = if first { 1 } else { 0 };
        self.subject_at(toks, start)
            .filter(|m| m.kind != MentionKind::Pronoun && self.speaker_rank(toks, m) <= worst)
    }

    /// "X sagte: „…,“ betont sie.": a quotation named by an earlier sieve may still have a cue
    /// with a pronoun after it; the pronoun is a mention of the same speaker when it fits.
    pub(super) fn note_trailing_pronoun(&mut self, block: &BlockView, q: usize, actor: usize) {
        let toks = block.toks;
        let mut i = q + 1;
        if toks.get(i).is_some_and(|t| t.is_punct(',')) {
            i += 1;
        }
        if !self.is_speech_verb(toks, i) {
            return;
        }
        let Some(m) = self.mention_at(toks, i + 1) else {
            return;
        };
        let gender = self.discourse.actors[actor].gender;
        let fits = m.kind == MentionKind::Pronoun
            && !m.plural
            && (gender.is_none() || m.gender.is_none() || gender == m.gender);
        if fits {
            let place = self.place(block, m.tokens.0, true);
            self.discourse.note(actor, m.span, place);
        }
    }

    /// Sieve 7: the previous speaker goes on, in the same or the next paragraph, when nobody
    /// else has been named as a sentence's subject since.
    pub(super) fn continuation(&mut self, block: &BlockView) -> Option<Attribution> {
        let (actor, at_block) = self.last_speaker?;
        if block.index > at_block + 1 {
            return None;
        }
        let mention = *self.discourse.actors[actor].mentions.last()?;
        Some(Attribution {
            actor,
            mention,
            cue: None,
            reason: Reason::Continuation,
        })
    }
}

/// After „A“, sagte sie, the next token run of the same sentence (or the next sentence's start)
/// is a quotation „B“ that continues A.
pub(super) fn split_continuation(
    reader: &Reader,
    block: &BlockView,
    q: usize,
    quotations: &[Quotation],
) -> Option<usize> {
    let toks = block.toks;
    let first = match toks[q].kind {
        TokenKind::Quote(i) => &quotations[i as usize],
        _ => return None,
    };
    if first.role != QuoteRole::Direct {
        return None;
    }
    // The cue clause is short: up to 8 words, then "," or "." and the next quotation.
    for k in q + 1..(q + 12).min(toks.len()) {
        if let TokenKind::Quote(next) = toks[k].kind {
            let prev_punct = toks[k - 1].is_punct(',')
                || toks[k - 1].is_punct(':')
                || (toks[k - 1].is_punct('.') && reader.lang.quote_runs_on_after_cue);
            let q2 = &quotations[next as usize];
            // „A“, sagte sie, „und B.“: after a comma, the second part may start in lower case.
            let fits = (q2.role == QuoteRole::Direct || toks[k - 1].is_punct(','))
                && q2.role.is_speech()
                && prev_punct
                && !q2.nested;
            // The second part must not have a cue of its own.
            let own_cue = toks.get(k + 1).is_some_and(|t| t.is_punct(','))
                && (reader.is_speech_verb(toks, k + 2) || reader.is_speech_verb(toks, k + 3));
            return (fits && !own_cue).then_some(next as usize);
        }
        if toks[k].is_word()
            && k > q + 1
            && toks[k - 1].is_punct('.')
            && toks[k].sentence() != toks[q].sentence()
        {
            return None;
        }
    }
    None
}
