//! The grammar the sieves share: verbs of saying, subjects, clauses, and the actor a phrase names.

use std::borrow::Cow;

use super::{Attribution, BlockView, Reader};
use crate::analysis::discourse::Place;
use crate::analysis::mentions::{mention_at, mention_ending_at_with, Known, Mention, MentionKind};
use crate::analysis::quotes::QuoteRole;
use crate::analysis::tokens::{Token, TokenKind};
use crate::model::Span;

/// The most tokens after a pronoun that its clause is read for its verb.
const MAX_CLAUSE_AFTER_PRONOUN: usize = 15;

/// Words after which a noun phrase opens a clause, so that it can be a verb's subject.
const CLAUSE_WORDS: &[&str] = &[
    "und", "aber", "doch", "wie", "dass", "als", "and", "but", "as", "that", "while",
];

/// The most tokens an apposition between a subject and its verb holds.
const MAX_APPOSITION_TOKENS: usize = 24;

/// Words that may stand between a verb of saying and its subject.
const FILLERS: &[&str] = &[
    "sich",
    "ihn",
    "ihm",
    "ihnen",
    "uns",
    "mir",
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
    "selbst",
    "himself",
    "herself",
    "themselves",
    "repeatedly",
    "recently",
    "previously",
    "earlier",
];

impl<'t> Reader<'t> {
    pub(super) fn word(&self, toks: &[Token], i: usize) -> Option<&'t str> {
        let t = toks.get(i)?;
        t.is_word().then(|| t.span().slice(self.text))
    }

    /// The word at `i` in lower case; most words are already, and are not copied.
    pub(super) fn lower(&self, toks: &[Token], i: usize) -> Option<Cow<'t, str>> {
        self.word(toks, i).map(|w| {
            if w.chars().any(char::is_uppercase) {
                Cow::Owned(w.to_lowercase())
            } else {
                Cow::Borrowed(w)
            }
        })
    }

    /// A verb of saying at `i`; for a separable verb ("fügte … hinzu"), its particle must
    /// close the clause.
    pub(super) fn is_speech_verb(&self, toks: &[Token], i: usize) -> bool {
        // Most words are neither: nothing more to ask of them.
        if toks
            .get(i)
            .is_none_or(|t| !t.class.speech_verb() && !t.class.separable())
        {
            return false;
        }
        let Some(w) = self.word(toks, i) else {
            return false;
        };
        // A capitalised word inside a sentence is a noun in German ("in Frage", not "frage"),
        // and a name in English ("the United States Department").
        let sentence_start = i == 0 || toks[i - 1].sentence() != toks[i].sentence();
        if !sentence_start && w.starts_with(char::is_uppercase) {
            return false;
        }
        let class = toks[i].class;
        if class.speech_verb() {
            // English verbs of saying double as nouns: "in states with", "his remarks"; a
            // gerund stays a verb ("before asking her").
            let noun = !self.lang.capitalises_nouns
                && !sentence_start
                && !self.lang.participle_ending.is_some_and(|e| w.ends_with(e))
                && ((toks[i - 1].class.preposition()
                    && !self
                        .word(toks, i - 1)
                        .is_some_and(|w| w.eq_ignore_ascii_case("to")))
                    || self.is_determiner(toks, i - 1)
                    || self.possessive(toks, i - 1).is_some());
            // "that towns can act": a form in -s before a modal is a plural noun,
            // unless a pronoun or a name is its subject ("a bill he says will cut costs").
            let has_subject = i > 0
                && (self.is_pronoun(toks, i - 1)
                    || self
                        .word(toks, i - 1)
                        .is_some_and(|p| p.starts_with(char::is_uppercase)));
            let subject = w.ends_with('s')
                && !has_subject
                && self.word(toks, i + 1).is_some_and(|n| {
                    self.lang
                        .after_plural_subject
                        .iter()
                        .any(|b| b.eq_ignore_ascii_case(n))
                });
            return !noun && !subject && !self.says_nothing_here(toks, i, w);
        }
        if !class.separable() {
            return false;
        }
        let Some(particle) = (self.lang.separable_particle)(&w.to_lowercase()) else {
            return false;
        };
        // The particle closes the clause: "führte er aus.", not "führte die Gäste aus dem Saal".
        (i + 1..(i + 15).min(toks.len()))
            .take_while(|k| toks[*k].is_word() || toks[*k].is_punct('.'))
            .any(|k| {
                self.lower(toks, k).as_deref() == Some(particle)
                    && toks.get(k + 1).is_none_or(|t| {
                        !t.is_word()
                            || self
                                .lower(toks, k + 1)
                                .is_some_and(|w| self.lang.coordinators.contains(&w.as_ref()))
                    })
            })
    }

    /// A form of a verb of saying that says nothing where it stands: a participle describing
    /// the noun before it, a participle of naming before a name, or a verb without the object
    /// it says something with.
    fn says_nothing_here(&self, toks: &[Token], i: usize, w: &str) -> bool {
        // (The word lists are ASCII: no lower-case copy of the word is needed.)
        let listed = |list: &[&str]| list.iter().any(|f| f.eq_ignore_ascii_case(w));
        (listed(self.lang.participles_only) && self.participle_describing(toks, i))
            || (listed(self.lang.naming_participles) && self.naming_participle(toks, i))
            || self.lacks_its_object(toks, i, w)
    }

    /// "a script written in Python": a form that is a participle only (`participles_only`), with
    /// no auxiliary in the two words before it, describes the noun before it and has no subject.
    fn participle_describing(&self, toks: &[Token], i: usize) -> bool {
        let auxiliary = (i.saturating_sub(2)..i).any(|k| {
            self.lower(toks, k).is_some_and(|a| {
                self.lang.auxiliaries.contains(&a.as_ref())
                    || self.lang.passive_auxiliaries.contains(&a.as_ref())
            })
        });
        !auxiliary
    }

    /// "'may' put US into …": "put" says something only of "it", in the next few words.
    fn lacks_its_object(&self, toks: &[Token], i: usize, w: &str) -> bool {
        let Some((_, object)) = self
            .lang
            .speech_with_object
            .iter()
            .find(|(form, _)| form.eq_ignore_ascii_case(w))
        else {
            return false;
        };
        !(i + 1..(i + 4).min(toks.len()))
            .take_while(|k| toks[*k].is_word())
            .any(|k| self.lower(toks, k).as_deref() == Some(*object))
    }

    /// "a research group called FurScience, …": a participle of naming (`naming_participles`)
    /// right after a common noun, then a name that ends the phrase, names the noun.
    fn naming_participle(&self, toks: &[Token], i: usize) -> bool {
        if i == 0 {
            return false;
        }
        let after_noun = self.word(toks, i - 1).is_some_and(|w| {
            w.starts_with(char::is_lowercase)
                && !toks[i - 1].class.plain()
                && !self.is_pronoun(toks, i - 1)
                && !self.is_aux(toks, i - 1)
        });
        let mut end = i + 1;
        while self
            .word(toks, end)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        {
            end += 1;
        }
        after_noun && end > i + 1 && toks.get(end).is_none_or(|t| !t.is_word())
    }

    /// A personal pronoun of the language ("he", "sie").
    pub(super) fn is_pronoun(&self, toks: &[Token], i: usize) -> bool {
        self.word(toks, i).is_some_and(|w| {
            self.lang
                .pronouns
                .iter()
                .any(|p| p.0.eq_ignore_ascii_case(w))
        })
    }

    pub(super) fn is_aux(&self, toks: &[Token], i: usize) -> bool {
        self.lower(toks, i)
            .is_some_and(|w| self.lang.auxiliaries.contains(&w.as_ref()))
    }

    /// Does a clause open right before token `i`?
    pub(super) fn clause_opens_before(&self, toks: &[Token], i: usize) -> bool {
        if i == 0 || toks[i - 1].sentence() != toks[i].sentence() {
            return true;
        }
        match toks[i - 1].kind {
            TokenKind::Quote(_) => true,
            TokenKind::Punct(c) => matches!(c, ',' | ':' | ';' | '-' | '–' | '—'),
            TokenKind::Word => self
                .lower(toks, i - 1)
                .is_some_and(|w| CLAUSE_WORDS.contains(&w.as_ref())),
        }
    }

    pub(super) fn mention_at(&self, toks: &[Token], i: usize) -> Option<Mention> {
        // A newspaper or programme named in quotation marks speaks too: schrieb „Die Zeit“.
        if let Some(TokenKind::Quote(qi)) = toks.get(i).map(|t| t.kind) {
            return self.title_mention(i, qi as usize);
        }
        // "schreibt die „Netzwoche“": an article before a medium's name.
        if let Some(TokenKind::Quote(qi)) = toks.get(i + 1).map(|t| t.kind) {
            if self.is_determiner(toks, i) && toks[i + 1].sentence() == toks[i].sentence() {
                return self.title_mention(i + 1, qi as usize).map(|mut m| {
                    m.tokens.0 = i;
                    m
                });
            }
        }
        let m = self.loose_mention_at(toks, i)?;
        Some(m).filter(|m| {
            toks[m.tokens.0..m.tokens.1]
                .iter()
                .all(|t| t.sentence() == toks[i].sentence())
        })
    }

    pub(super) fn title_mention(&self, i: usize, qi: usize) -> Option<Mention> {
        let q = &self.quotations[qi];
        if q.role != QuoteRole::Title {
            return None;
        }
        let inner = crate::analysis::quotes::inner_text(self.text, q.spans[0]);
        let start = q.spans[0].start + q.spans[0].slice(self.text).find(inner).unwrap_or(0);
        let span = Span::new(start, start + inner.len());
        Some(Mention::organisation(span, i))
    }

    pub(super) fn mention_ending_at(&self, toks: &[Token], end: usize) -> Option<Mention> {
        self.mention_ending_at_if(toks, end, |_| true)
    }

    /// The longest phrase ending right before `end` that `accept` takes.
    pub(super) fn mention_ending_at_if(
        &self,
        toks: &[Token],
        end: usize,
        accept: impl Fn(&Mention) -> bool,
    ) -> Option<Mention> {
        mention_ending_at_with(toks, end, |i| self.loose_mention_at(toks, i), accept)
    }

    /// The phrase `mentions::mention_at` finds at `i` in loose mode, remembered for the block
    /// whose tokens `toks` are: the surnames are all known before the first block is read, so
    /// the answer stays the same.
    pub(super) fn loose_mention_at(&self, toks: &[Token], i: usize) -> Option<Mention> {
        if i >= toks.len() {
            return None;
        }
        let mut memo = self.mentions.borrow_mut();
        let key = (toks.as_ptr() as usize, toks.len());
        if memo.0 != key {
            memo.0 = key;
            memo.1.clear();
            memo.1.resize(toks.len(), super::NOT_ASKED);
            memo.2.clear();
        }
        match memo.1[i] {
            super::NOT_ASKED => {}
            super::NO_MENTION => return None,
            found => return memo.2.get(found as usize).map(|(_, m)| m.clone()),
        }
        if memo.2.len() >= super::MEMO_MENTIONS {
            let (_, asked, found) = &mut *memo;
            for (token, _) in found.drain(..) {
                asked[token] = super::NOT_ASKED;
            }
        }
        let known = Known {
            surnames: self.surnames,
        };
        let found = mention_at(self.text, toks, i, self.lang, &known, true);
        memo.1[i] = match &found {
            None => super::NO_MENTION,
            Some(m) => {
                memo.2.push((i, m.clone()));
                u32::try_from(memo.2.len() - 1).unwrap_or(super::NO_MENTION)
            }
        };
        found
    }

    /// For an impersonal cue at `v` ("heißt es", "es hieß"): the text its clause names with a
    /// preposition ("in dem Bericht", "auf der Homepage"), or `Some(None)` when it names none;
    /// `None` when `v` is no impersonal cue.
    fn source_of_impersonal(&self, toks: &[Token], v: usize) -> Option<Option<Mention>> {
        let (verbs, dummy) = self.lang.impersonal_cue;
        let is = |i: usize, w: &str| self.lower(toks, i).is_some_and(|x| x == w);
        let verb = self
            .lower(toks, v)
            .is_some_and(|w| verbs.contains(&w.as_ref()));
        if !verb || !(is(v + 1, dummy) || (v > 0 && is(v - 1, dummy))) {
            return None;
        }
        // The clause around the verb: no further than a quotation, a colon or the sentence's end.
        let same_clause = |k: usize| {
            toks[k].sentence() == toks[v].sentence()
                && !matches!(toks[k].kind, TokenKind::Quote(_))
                && !toks[k].is_punct(':')
        };
        let start = (0..v)
            .rev()
            .take_while(|k| same_clause(*k))
            .last()
            .unwrap_or(v);
        let end = (v..toks.len())
            .take_while(|k| same_clause(*k))
            .last()
            .unwrap_or(v);
        let source = (start..=end)
            .filter(|k| {
                self.lower(toks, *k)
                    .is_some_and(|w| self.lang.text_prepositions.contains(&w.as_ref()))
            })
            .find_map(|k| self.mention_at(toks, k + 1))
            .filter(|m| m.kind != MentionKind::Pronoun);
        Some(source)
    }

    /// The subject of the verb of saying at `v`: the phrase before it when that phrase opens a
    /// clause ("Morland sagte", "…," she said), else the phrase after it ("sagte Korbin"); for
    /// a perfect ("hat … gesagt"), around the auxiliary.
    pub(super) fn subject_of(&self, toks: &[Token], v: usize) -> Option<Mention> {
        if let Some(found) = self.subject_of_construction(toks, v) {
            return found;
        }
        let before = self.past_insertions(toks, v);
        // "Oberle hatte besonders die Rolle der Fraktions- und Parteivorsitzenden betont": an
        // auxiliary in the verb's own clause makes the verb a participle, and the subject
        // stands by the auxiliary, not by the participle.
        if self.lang.verb_second {
            if let Some(found) = self.subject_of_auxiliary(toks, v, true) {
                return Some(found);
            }
        }
        let mut after = v + 1;
        while after < toks.len() && self.is_filler(toks, after) {
            after += 1;
        }
        // English puts the subject after the verb only after a quotation ("…," said Smith).
        let inverted_ok = self.lang.verb_second
            || (v > 0 && matches!(toks[v - 1].kind, TokenKind::Quote(_)))
            || (v > 1
                && toks[v - 1].is_punct(',')
                && matches!(toks[v - 2].kind, TokenKind::Quote(_)));
        let right = self.mention_at(toks, after).filter(|m| {
            (self.can_follow_verb(toks, m) || self.particle_closes(toks, v, m)) && inverted_ok
        });
        // The longest phrase before the verb that can be its subject: "Die Haushaltspolitikerin
        // von Bündnis 90/Die Grünen, Anja Terhal, kritisierte" is Anja Terhal when the whole does
        // not open the clause.
        let left_any = self
            .mention_ending_at_if(toks, before, |m| {
                self.clause_opens_before(toks, m.tokens.0) && !self.governed(toks, m)
            })
            .map(|m| self.named_before_apposition(toks, m));
        let left = left_any
            .clone()
            .filter(|m| self.speaker_rank(toks, m) == 0)
            .or_else(|| self.person_before_apposition(toks, before))
            .or(left_any);
        // "Einzelheiten nannte er nicht": a pronoun after the verb is its subject, unless a
        // clear subject stands before the verb ("Der Geschäftsführer nannte sie „fahrlässig“").
        let clear_subject = left
            .as_ref()
            .is_some_and(|m| !m.case_marked && (m.kind != MentionKind::Name || m.person || m.org));
        if let Some(m) = right
            .as_ref()
            .filter(|m| m.kind == MentionKind::Pronoun && !clear_subject)
        {
            return Some(m.clone());
        }
        // German puts an object first as readily as a subject: "Der Zeitung sagte Jonas Brandtner",
        // "bezeichnete die Erweiterung als „maßvoll“". A person after the verb outranks any
        // other noun before it, and any other noun after it is the last resort.
        let german = self.lang.verb_second;
        let (right, last_resort) = match right {
            Some(r)
                if german && r.kind == MentionKind::Role && self.speaker_rank(toks, &r) == 2 =>
            {
                (None, Some(r))
            }
            r => (r, None),
        };
        let right_is_person = right
            .as_ref()
            .is_some_and(|r| r.kind != MentionKind::Pronoun && self.speaker_rank(toks, r) == 0);
        let left = left.filter(|l| {
            !(german
                && right_is_person
                && self.speaker_rank(toks, l) > 0
                && l.kind != MentionKind::Pronoun)
        });
        if let Some(m) = left.or(right) {
            return Some(m);
        }
        self.subject_elsewhere(toks, v, before, last_resort)
    }

    /// The subject of the verb at `v` when none stands right before or after it (`before`: where
    /// one would end): by the perfect's auxiliary, shared with a verb before ("sagte … und
    /// fügte hinzu"), or the first phrase of a clause whose verb comes last; `last_resort`
    /// when nothing else is found.
    fn subject_elsewhere(
        &self,
        toks: &[Token],
        v: usize,
        before: usize,
        last_resort: Option<Mention>,
    ) -> Option<Mention> {
        // "Korbin hat … gesagt", "„…“, hat Korbin gesagt"
        if let Some(found) = self.subject_of_auxiliary(toks, v, false) {
            return Some(found);
        }
        let sentence = toks[v].sentence();
        // "Wulfert äußerte Vorbehalte und sagte: …": a second verb shares the first one's subject.
        if before > 0
            && self
                .lower(toks, before - 1)
                .is_some_and(|w| self.lang.coordinators.contains(&w.as_ref()))
        {
            let first = crate::analysis::tokens::sentence_range(toks, sentence).start;
            // "Hale said it was early but added": the subject of the verb of saying before.
            let earlier = (first..before - 1)
                .rev()
                .filter(|k| !matches!(toks[*k].kind, TokenKind::Quote(_)))
                .find(|k| self.is_speech_verb(toks, *k))
                .and_then(|k| self.subject_of_earlier(toks, k));
            return earlier
                .or_else(|| (first..v).find_map(|k| self.subject_at(toks, k)))
                .or(last_resort);
        }
        // A verb at the clause's end ("…, weil die Regierung es „X“ genannt hat"): the first
        // phrase of the clause.
        let start = (0..v)
            .rev()
            .take_while(|k| toks[*k].sentence() == sentence)
            .find(|k| self.clause_opens_before(toks, *k) && toks[*k].is_word());
        let start = start?;
        self.likeliest_speaker_if(toks, start, v, 2, |m| {
            !self.subject_of_other_verb(toks, m, v)
        })
        // "Der Sprecher, Steffen Kaltwasser, versuchte mit den Worten zu beruhigen:": the
        // phrase before the clause's first verb.
        .or_else(|| {
            self.mention_ending_at_if(toks, start, |m| {
                self.clause_opens_before(toks, m.tokens.0)
                    && !self.governed(toks, m)
                    && self.speaker_rank(toks, m) == 0
            })
        })
        .or(last_resort)
    }

    /// The subject of a verb of saying in a construction of its own, if it is one: `Some(None)`
    /// when the construction names nobody.
    fn subject_of_construction(&self, toks: &[Token], v: usize) -> Option<Option<Mention>> {
        // "Hallam defended “New York values,” saying the city …": a participle after a comma
        // speaks for the subject of the clause it hangs on.
        if let Some(m) = self.subject_of_participle(toks, v) {
            return Some(Some(m));
        }
        // "…, with Zinichev describing the “…”": the absolute construction's noun phrase.
        if let Some(m) = self.subject_of_absolute(toks, v) {
            return Some(Some(m));
        }
        // "Wendler wird … wie folgt zitiert": the passive's subject is the speaker.
        if let Some(m) = self.subject_of_quoted(toks, v) {
            return Some(Some(m));
        }
        // "was told by the minister", "vom Richter verkündet wurde": the passive's agent.
        if self.is_passive(toks, v) {
            return Some(self.passive_agent(toks, v));
        }
        // "…“, heißt es in dem Bericht": the text is the source; with none named, nobody is.
        if let Some(source) = self.source_of_impersonal(toks, v) {
            return Some(source);
        }
        // "Voss, who tweeted", "Demonstranten, die skandierten": the relative pronoun, standing
        // for the name before it.
        self.subject_relative(toks, v).map(Some)
    }

    /// Where the subject before the verb at `v` ends: past adverbs and the reflexive ("äußerte
    /// sich der Minister", "Die Kanadier hingegen sagen"), an age, a relative clause, a party
    /// in brackets.
    fn past_insertions(&self, toks: &[Token], v: usize) -> usize {
        let mut before = v;
        loop {
            if before > 0 && self.is_filler(toks, before - 1) {
                before -= 1;
            } else if before > 3
                && toks[before - 1].is_punct(',')
                && toks[before - 3].is_punct(',')
                && self
                    .word(toks, before - 2)
                    .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()))
            {
                // "Alice Weber, 30, beschrieb": an age between commas.
                before -= 3;
            } else if let Some(open) = self.relative_clause_before(toks, before) {
                // "Günter Lindqvist, der zur Zeit den Vorsitz inne hat, sagte": past the clause.
                before = open;
            } else if before > 3 && toks[before - 1].is_punct(',') && toks[before - 2].is_punct(')')
            {
                // "Henning Wiebel (SPD), warnte": the comma closing an apposition.
                before -= 1;
            } else if before > 2 && toks[before - 1].is_punct(')') {
                // "Renate Wulfert (SPD) äußerte": a party or place in brackets.
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
        before
    }

    /// Can the phrase name a speaker at all? A noun that names no one ("die Bewertung", "the
    /// review", "im Saal") cannot, whatever its place next to a verb of saying.
    pub(super) fn can_speak(&self, m: &Mention) -> bool {
        match m.kind {
            MentionKind::Role => {
                self.names_by_acronym(m)
                    || m.role_head
                        .as_deref()
                        .is_some_and(|h| super::super::lang::lexicon(self.lang.lang).can_speak(h))
            }
            _ => true,
        }
    }

    /// "die CCE": a phrase whose head is an acronym names an organisation.
    pub(super) fn names_by_acronym(&self, m: &Mention) -> bool {
        m.role
            .and_then(|r| r.slice(self.text).split_whitespace().last())
            .is_some_and(super::super::lang::is_acronym)
    }

    /// How surely a phrase names someone who can speak: 0 for a person (a pronoun, a role noun
    /// of the lexicon, a name with a first name, a title or a known surname), 1 for an
    /// organisation or a group, 2 for any other noun ("Seine Zuversicht", "Das Motiv").
    pub(super) fn speaker_rank(&self, toks: &[Token], m: &Mention) -> u8 {
        match m.kind {
            MentionKind::Pronoun => 0,
            MentionKind::Role if toks[m.tokens.0..m.tokens.1].iter().any(|t| t.class.role()) => 0,
            MentionKind::Role => 2,
            // A known surname alone counts as a person's name already (mentions.rs).
            MentionKind::Name if m.person => 0,
            MentionKind::Name if m.org => 1,
            MentionKind::Name => 2,
            MentionKind::Org | MentionKind::Group => 1,
        }
    }

    /// The phrase of `[start, end)` that most surely names a speaker and can be a subject, at
    /// most of rank `worst` (see `speaker_rank`); the first of the best. Phrases are read left to
    /// right without overlap, so "Den Unmut der CDU" offers no "Unmut" of its own.
    pub(super) fn likeliest_speaker(
        &self,
        toks: &[Token],
        start: usize,
        end: usize,
        worst: u8,
    ) -> Option<Mention> {
        self.likeliest_speaker_if(toks, start, end, worst, |_| true)
    }

    /// As `likeliest_speaker`, of the phrases that `keep` allows.
    fn likeliest_speaker_if(
        &self,
        toks: &[Token],
        start: usize,
        end: usize,
        worst: u8,
        keep: impl Fn(&Mention) -> bool,
    ) -> Option<Mention> {
        let mut best: Option<(u8, Mention)> = None;
        let mut k = start;
        // Inside a plain noun's phrase up to here: only a first name opens a speaker there.
        let mut inside = start;
        while k < end {
            let Some(m) = self.mention_at(toks, k) else {
                k += 1;
                continue;
            };
            let within = k < inside;
            if within && toks[k].class.first_name.is_none() {
                k += 1;
                continue;
            }
            let rank = self.speaker_rank(toks, &m);
            // "Der Rückblick von Sandra Weber": a plain noun's complement may name its owner, who
            // speaks; the object "Den Unmut der CDU" names no speaker at all.
            let german = self.lang.verb_second;
            // "Center for Health Security medical anthropologist Monica Obi told": a phrase after
            // a preposition may end in the name of its own subject; read on inside it.
            let holds_name = m
                .name
                .is_some_and(|n| n.start > toks[m.tokens.0].span().start);
            k = if holds_name && m.person && self.governed(toks, &m) {
                k + 1
            } else if german && m.kind == MentionKind::Role && rank == 2 && !m.case_marked {
                inside = inside.max(m.tokens.1);
                k + 1
            } else {
                m.tokens.1.max(k + 1)
            };
            if m.tokens.1 > end || m.case_marked || self.governed(toks, &m) {
                continue;
            }
            if rank <= worst && best.as_ref().is_none_or(|(r, _)| rank < *r) && keep(&m) {
                best = Some((rank, m));
            }
        }
        best.map(|(_, m)| m)
    }

    /// "the protesters Wikinews interviewed said": where the verb follows its subject and no
    /// case tells an object, a phrase right before another verb, right before the one at `v`,
    /// is the subject of a clause of its own that describes the noun before it.
    fn subject_of_other_verb(&self, toks: &[Token], m: &Mention, v: usize) -> bool {
        let after = m.tokens.1;
        if self.lang.verb_second || after + 1 != v || !toks[after].is_word() {
            return false;
        }
        let from = m.tokens.0.saturating_sub(2);
        let tags = self.tags(toks, from..after + 2);
        tags.get(after - from) == Some(&crate::analysis::tagger::Upos::Verb)
    }

    /// The subject next to the perfect's auxiliary before the participle at `v`; with
    /// `same_clause`, only an auxiliary with no comma, colon or quotation between it and `v`.
    fn subject_of_auxiliary(&self, toks: &[Token], v: usize, same_clause: bool) -> Option<Mention> {
        let sentence = toks[v].sentence();
        let aux = (v.saturating_sub(25)..v)
            .rev()
            .take_while(|k| {
                toks[*k].sentence() == sentence
                    && !(same_clause
                        && (toks[*k].is_punct(',')
                            || toks[*k].is_punct(':')
                            || matches!(toks[*k].kind, TokenKind::Quote(_))))
            })
            .find(|k| self.is_aux(toks, *k))?;
        let before = self.relative_clause_before(toks, aux).unwrap_or(aux);
        self.mention_ending_at_if(toks, before, |m| {
            self.clause_opens_before(toks, m.tokens.0) && !self.governed(toks, m)
        })
        .or_else(|| {
            self.mention_at(toks, aux + 1)
                .filter(|m| self.can_follow_verb(toks, m))
        })
    }

    /// "Günter Lindqvist, der Verteidigungsminister,": a role between commas after a person's name
    /// is the name's apposition, and the name is the phrase.
    fn named_before_apposition(&self, toks: &[Token], m: Mention) -> Mention {
        let start = m.tokens.0;
        if m.kind != MentionKind::Role || start < 2 || !toks[start - 1].is_punct(',') {
            return m;
        }
        self.mention_ending_at_if(toks, start - 1, |n| {
            n.kind == MentionKind::Name && n.person && self.clause_opens_before(toks, n.tokens.0)
        })
        .unwrap_or(m)
    }

    /// "Professor Lena Obi, head of the institute that ran the trial, said": a person's name
    /// that opens the clause, then an apposition between commas that ends right before `end`
    /// (the verb). The name is the subject, whatever the apposition's last noun.
    fn person_before_apposition(&self, toks: &[Token], end: usize) -> Option<Mention> {
        if end < 3 || !toks[end - 1].is_punct(',') {
            return None;
        }
        let sentence = toks[end - 1].sentence();
        (end.saturating_sub(MAX_APPOSITION_TOKENS)..end - 1)
            .rev()
            .take_while(|k| {
                toks[*k].sentence() == sentence && !matches!(toks[*k].kind, TokenKind::Quote(_))
            })
            .filter(|k| toks[*k].is_punct(','))
            .find_map(|k| {
                self.mention_ending_at_if(toks, k, |n| {
                    n.kind == MentionKind::Name
                        && n.person
                        && n.tokens.1 == k
                        && self.clause_opens_before(toks, n.tokens.0)
                })
            })
    }

    /// A relative clause that ends with the comma right before `end`: the index of the comma
    /// that opens it. In German its last word is a verb, in lower case, which tells it from an
    /// apposition (", der Verteidigungsminister Österreichs,").
    fn relative_clause_before(&self, toks: &[Token], end: usize) -> Option<usize> {
        if end < 4 || !toks[end - 1].is_punct(',') {
            return None;
        }
        let last = self.word(toks, end - 2)?;
        if self.lang.verb_second && !last.starts_with(char::is_lowercase) {
            return None;
        }
        let sentence = toks[end - 1].sentence();
        (end.saturating_sub(30)..end - 2)
            .rev()
            .take_while(|k| {
                toks[*k].sentence() == sentence && !matches!(toks[*k].kind, TokenKind::Quote(_))
            })
            .find(|k| {
                toks[*k].is_punct(',')
                    && self.word(toks, k + 1).is_some_and(|w| {
                        self.lang.relative_pronouns.contains(&w)
                            // "Sanders, celebrating a victory in Vermont, is pledging"
                            || self.lang.participle_ending.is_some_and(|e| w.ends_with(e))
                    })
            })
            .filter(|k| *k > 0)
    }

    /// The subject of a verb in a relative clause: the relative pronoun that opens it ("…, who
    /// tweeted", "Lea Voss who wrote"; German "…, die … skandierten", verb last), standing
    /// for the name right before it. The mention is the pronoun's; a name before it gives the
    /// actor. Only a name: a role noun or a group would be registered under the pronoun.
    fn subject_relative(&self, toks: &[Token], v: usize) -> Option<Mention> {
        let is_relative = |k: usize| {
            self.lower(toks, k)
                .is_some_and(|w| self.lang.relative_pronouns.contains(&w.as_ref()))
        };
        let english = !self.lang.verb_second;
        let pronoun = if english {
            (v > 0 && is_relative(v - 1)).then(|| v - 1)?
        } else {
            // German puts the verb last: ", die unter anderem skandierten:".
            let closes = toks
                .get(v + 1)
                .is_none_or(|t| !t.is_word() || t.sentence() != toks[v].sentence());
            // A name is one person: "die skandierten" (plural) means others than the name.
            let plural = self.lower(toks, v).is_some_and(|w| w.ends_with('n'));
            if !closes || plural {
                return None;
            }
            let comma = (v.saturating_sub(12)..v)
                .rev()
                .take_while(|k| {
                    toks[*k].sentence() == toks[v].sentence()
                        && !matches!(toks[*k].kind, TokenKind::Quote(_))
                })
                .find(|k| toks[*k].is_punct(','))?;
            // ", der Minister erklärte": an article before its noun, not a relative pronoun.
            let noun_after = self
                .word(toks, comma + 2)
                .is_some_and(|w| w.starts_with(char::is_uppercase));
            (is_relative(comma + 1) && comma + 1 < v && !noun_after).then_some(comma + 1)?
        };
        let before = if pronoun > 0 && toks[pronoun - 1].is_punct(',') {
            pronoun - 1
        } else {
            pronoun
        };
        let antecedent = self
            .mention_ending_at(toks, before)
            .filter(|m| m.kind == MentionKind::Name && m.tokens.1 == before)?;
        Some(Mention {
            span: toks[pronoun].span(),
            tokens: (pronoun, pronoun + 1),
            ..antecedent
        })
    }

    /// For a participle after a comma ("…, saying"), the person or organisation that
    /// the sentence is about before it.
    fn subject_of_participle(&self, toks: &[Token], v: usize) -> Option<Mention> {
        let ending = self.lang.participle_ending?;
        if v == 0 {
            return None;
        }
        // The comma may stand inside the quotation before: "“… values,” saying".
        let after_comma = match toks[v - 1].kind {
            TokenKind::Quote(qi) => crate::analysis::quotes::inner_text(
                self.text,
                self.quotations[qi as usize].spans[0],
            )
            .ends_with(','),
            _ => toks[v - 1].is_punct(','),
        };
        if !after_comma || !self.lower(toks, v).is_some_and(|w| w.ends_with(ending)) {
            return None;
        }
        let start = crate::analysis::tokens::sentence_range(toks, toks[v].sentence()).start;
        // "…, Voss said, adding, “…”", "Hale told the paper that …, adding": the participle
        // goes on from the verb of saying before it, and from its subject.
        let verb = (start..v)
            .rev()
            .filter(|k| !matches!(toks[*k].kind, TokenKind::Quote(_)))
            .find(|k| self.is_speech_verb(toks, *k));
        if let Some(m) = verb.and_then(|verb| {
            if toks[v - 1].is_punct(',') && verb + 2 == v {
                // ", Voss said, adding": the subject right before the verb.
                self.mention_ending_at(toks, verb)
                    .filter(|m| m.kind != MentionKind::Pronoun || m.tokens.0 + 1 == verb)
            } else {
                self.subject_of_earlier(toks, verb)
            }
        }) {
            return Some(m);
        }
        self.likeliest_speaker(toks, start, v, 1)
    }

    /// "…, with the minister saying it was …": the noun phrase between the preposition of an
    /// absolute construction and the participle at `v` is the participle's subject.
    fn subject_of_absolute(&self, toks: &[Token], v: usize) -> Option<Mention> {
        let ending = self.lang.participle_ending?;
        if self.lang.absolute_markers.is_empty()
            || !self.lower(toks, v).is_some_and(|w| w.ends_with(ending))
        {
            return None;
        }
        self.mention_ending_at_if(toks, v, |m| {
            m.tokens.1 == v
                && m.tokens.0 > 0
                && self
                    .lower(toks, m.tokens.0 - 1)
                    .is_some_and(|w| self.lang.absolute_markers.contains(&w.as_ref()))
        })
    }

    /// `subject_of` an earlier verb of the sentence, one level deep: in "said … and said …
    /// and said" each verb asks only the one before it, never the whole chain.
    fn subject_of_earlier(&self, toks: &[Token], verb: usize) -> Option<Mention> {
        if self.asking_earlier.get() {
            return None;
        }
        self.asking_earlier.set(true);
        let found = self.subject_of(toks, verb);
        self.asking_earlier.set(false);
        found
    }

    /// The subject of a passive "wird … zitiert", "was quoted": the phrase around its auxiliary.
    fn subject_of_quoted(&self, toks: &[Token], v: usize) -> Option<Mention> {
        let verb = self.lower(toks, v)?;
        let quoted = self.lang.quoted_participles.contains(&verb.as_ref());
        if !quoted && !self.lang.quoting_verbs.contains(&verb.as_ref()) {
            return None;
        }
        let sentence = toks[v].sentence();
        let aux = (v.saturating_sub(25)..v)
            .rev()
            .take_while(|k| toks[*k].sentence() == sentence)
            .find(|k| {
                self.lower(toks, *k)
                    .is_some_and(|w| self.lang.passive_auxiliaries.contains(&w.as_ref()))
            });
        match aux {
            Some(aux) if quoted => self
                .mention_ending_at_if(toks, aux, |m| {
                    self.clause_opens_before(toks, m.tokens.0) && !self.governed(toks, m)
                })
                .or_else(|| self.subject_at(toks, aux + 1)),
            // "die Agentur zitiert dazu Gaston Dassin mit den Worten": the person quoted.
            None => (v + 1..(v + 8).min(toks.len()))
                .take_while(|k| toks[*k].is_word() && toks[*k].sentence() == sentence)
                .find_map(|k| self.mention_at(toks, k))
                .filter(|m| m.kind != MentionKind::Pronoun && self.speaker_rank(toks, m) == 0),
            Some(_) => None,
        }
    }

    /// Is the verb of saying at `v` a passive participle: its auxiliary right after it ("was
    /// verkündet wurde") or before it, past adverbs, with nothing else between ("was commonly
    /// called", "wurde am Montag verkündet")? Its subject is what was said or who was told.
    pub(super) fn is_passive(&self, toks: &[Token], v: usize) -> bool {
        let is_aux = |k: usize| {
            self.lower(toks, k)
                .is_some_and(|w| self.lang.passive_auxiliaries.contains(&w.as_ref()))
        };
        if !self
            .lower(toks, v)
            .is_some_and(|w| (self.lang.is_participle)(&w))
        {
            return false;
        }
        if self.lang.verb_second {
            // Verb last: "verkündet wurde"; verb second: "wurde … verkündet", the participle
            // closing the clause.
            let closes = toks.get(v + 1).is_none_or(|t| !t.is_word());
            let sentence = toks[v].sentence();
            return (v + 1 < toks.len() && is_aux(v + 1))
                || (closes
                    && (v.saturating_sub(12)..v)
                        .rev()
                        .take_while(|k| toks[*k].is_word() && toks[*k].sentence() == sentence)
                        .any(is_aux));
        }
        let mut k = v;
        while k > 0
            && (self.is_filler(toks, k - 1)
                || self.lower(toks, k - 1).is_some_and(|w| w.ends_with("ly")))
        {
            k -= 1;
        }
        k > 0 && (is_aux(k - 1) || self.lower(toks, k - 1).is_some_and(|w| w == "been"))
    }

    /// The agent of the passive verb at `v`: "by the minister" after it, or in a language with
    /// the verb last, "vom Richter" before it in the clause.
    fn passive_agent(&self, toks: &[Token], v: usize) -> Option<Mention> {
        let sentence = toks[v].sentence();
        let marker = |k: &usize| {
            toks[*k].sentence() == sentence
                && self
                    .lower(toks, *k)
                    .is_some_and(|w| self.lang.passive_agent_markers.contains(&w.as_ref()))
        };
        let at = if self.lang.verb_second {
            (v.saturating_sub(12)..v)
                .rev()
                .take_while(|k| toks[*k].is_word())
                .find(marker)?
        } else {
            (v + 1..(v + 4).min(toks.len())).find(marker)?
        };
        self.mention_at(toks, at + 1)
            .filter(|m| self.speaker_rank(toks, m) <= 1)
    }

    /// A phrase at `k` that can be a subject: not marked for another case, not governed by a
    /// preposition.
    pub(super) fn subject_at(&self, toks: &[Token], k: usize) -> Option<Mention> {
        self.mention_at(toks, k)
            .filter(|m| !m.case_marked && !self.governed(toks, m))
    }

    /// Does a preposition govern the phrase ("in der ARD", "gegenüber Reportern", "for the
    /// SDF")? Then it is no verb's subject.
    pub(super) fn governed(&self, toks: &[Token], m: &Mention) -> bool {
        self.governing_preposition(toks, m).is_some()
    }

    /// The preposition right before the phrase (and its article), if one stands there.
    fn governing_preposition(&self, toks: &[Token], m: &Mention) -> Option<usize> {
        let mut k = m.tokens.0;
        if k > 0 && self.is_determiner(toks, k - 1) {
            k -= 1;
        }
        (k > 0 && toks[k - 1].class.preposition()).then(|| k - 1)
    }

    /// Is the phrase a preposition's object? Not after a word that also opens a clause:
    /// "after Trump said" makes Trump a subject.
    pub(super) fn object_of_preposition(&self, toks: &[Token], m: &Mention) -> bool {
        self.governing_preposition(toks, m).is_some_and(|p| {
            !self
                .lower(toks, p)
                .is_some_and(|w| self.lang.subordinators.contains(&w.as_ref()))
        })
    }

    /// An article or determiner ("der", "einem", "the") at `k`.
    pub(super) fn is_determiner(&self, toks: &[Token], k: usize) -> bool {
        self.word(toks, k).is_some_and(|w| {
            self.lang
                .determiners
                .iter()
                .any(|d| d.eq_ignore_ascii_case(w))
        })
    }

    /// Words that may stand between a verb of saying and its subject.
    pub(super) fn is_filler(&self, toks: &[Token], i: usize) -> bool {
        self.lower(toks, i)
            .is_some_and(|w| FILLERS.contains(&w.as_ref()))
    }

    /// A phrase after the verb can be its subject; in German, only in the nominative
    /// ("sagte der Minister", not "verlangte einen Rückzug"), and a capitalised word no name
    /// is known for only when the clause ends after it ("meint Quarles:", not "äußerte Vorbehalte").
    pub(super) fn can_follow_verb(&self, toks: &[Token], m: &Mention) -> bool {
        if !self.lang.capitalises_nouns {
            return true;
        }
        let unknown_word = m.kind == MentionKind::Name && !m.person && !m.org;
        // "so urteilte Hollis selbst.": an adverb may close the clause.
        let mut end = m.tokens.1;
        while self.is_filler(toks, end) {
            end += 1;
        }
        let clause_ends = toks.get(end).is_none_or(|t| !t.is_word());
        !m.case_marked && (!unknown_word || clause_ends)
    }

    /// "fügt Kallweit hinzu:": the particle of the separable verb at `v` follows the phrase and
    /// ends the clause, so the phrase is the subject, however unknown its word.
    fn particle_closes(&self, toks: &[Token], v: usize, m: &Mention) -> bool {
        let Some(verb) = self.lower(toks, v) else {
            return false;
        };
        let Some(particle) = (self.lang.separable_particle)(&verb) else {
            return false;
        };
        !m.case_marked
            && self.lower(toks, m.tokens.1).as_deref() == Some(particle)
            && toks.get(m.tokens.1 + 1).is_none_or(|t| !t.is_word())
    }

    /// The known person a role mention names: one whose role it fits; after a definite article
    /// the author of a text named before (`author_of_text`), or for a role noun of the lexicon
    /// the one who spoke last („des SPD-Politikers“).
    pub(super) fn resolve_role(&self, m: &Mention, place: Place) -> Option<usize> {
        self.discourse.resolve(m, place, self.lang).or_else(|| {
            let article = crate::analysis::discourse::word_before(self.text, m.span.start);
            let definite = self
                .lang
                .definite_articles
                .iter()
                .any(|a| a.eq_ignore_ascii_case(article));
            if !definite {
                return None;
            }
            if self.names_text(m) {
                return self.author_of_text(m);
            }
            let role_noun = m
                .role_head
                .as_deref()
                .is_some_and(|h| super::super::lang::lexicon(self.lang.lang).is_role(h));
            role_noun
                .then(|| self.discourse.epithet_of_last_speaker(m, place))
                .flatten()
        })
    }

    /// Does the phrase's head name a text or a medium ("the statement", „der Bericht“)?
    fn names_text(&self, m: &Mention) -> bool {
        m.role_head
            .as_deref()
            .is_some_and(|h| super::super::lang::lexicon(self.lang.lang).is_document(h))
    }

    /// Who wrote the definite text `m`: "The statement also said" is the text someone spoke
    /// in last (only the bare noun: "the Turkish statement" has a word of its own); "the
    /// Turkish statement" after "Turkish President Recep Tayyip Erdoğan" spoke is theirs, where
    /// only names are capitalised.
    fn author_of_text(&self, m: &Mention) -> Option<usize> {
        let words = m.span.slice(self.text).split_whitespace();
        if words.clone().count() == 1 {
            return m
                .role_head
                .as_ref()
                .and_then(|h| self.discourse.documents.get(h))
                .copied();
        }
        if self.lang.capitalises_nouns {
            return None;
        }
        words
            .filter(|w| w.starts_with(char::is_uppercase))
            .find_map(|w| self.discourse.speaker_described_by(w))
    }

    /// "Trump, in a statement delivered via the press secretary, announced": a text the
    /// sentence names after a preposition of texts is the text `actor` spoke in.
    pub(super) fn note_documents(&mut self, block: &BlockView, sentence: usize, actor: usize) {
        let toks = block.toks;
        let lexicon = super::super::lang::lexicon(self.lang.lang);
        let range = crate::analysis::tokens::sentence_range(toks, sentence);
        let end = range.end;
        for k in range {
            let preposition = self
                .lower(toks, k)
                .is_some_and(|w| self.lang.text_prepositions.contains(&w.as_ref()));
            if !preposition {
                continue;
            }
            let text = (k + 1..(k + 4).min(end))
                .take_while(|n| toks[*n].is_word())
                .find(|n| lexicon.is_document(self.word(toks, *n).unwrap_or("")));
            if let Some(n) = text {
                let head = crate::analysis::mentions::role_head(self.word(toks, n).unwrap_or(""));
                self.discourse.documents.insert(head, actor);
            }
        }
    }

    /// The role phrase `m` names `actor` by is one of their roles; not a text ("the
    /// statement" names its author, and is no role of theirs).
    pub(super) fn learn_role(&mut self, actor: usize, m: &Mention) {
        if !self.names_text(m) {
            self.discourse.learn_role(actor, self.text, m);
        }
    }

    /// The actor a speaker phrase names, resolving roles and pronouns.
    pub(super) fn actor_for(&mut self, m: &Mention, place: Place) -> Option<usize> {
        match m.kind {
            MentionKind::Pronoun => {
                let actor = self.discourse.resolve(m, place, self.lang)?;
                self.discourse.note(actor, m.span, place);
                self.discourse.set_pronoun_gender(actor, m.gender);
                Some(actor)
            }
            MentionKind::Role => {
                if let Some(a) = self.discourse.apposed_to(m.span) {
                    self.discourse.note(a, m.span, place);
                    return Some(a);
                }
                let actor = match self.resolve_role(m, place) {
                    Some(a) => {
                        self.learn_role(a, m);
                        self.discourse.note(a, m.span, place);
                        a
                    }
                    None => self.discourse.add_unnamed(self.text, m, place, self.lang),
                };
                Some(actor)
            }
            MentionKind::Group => Some(self.discourse.add_unnamed(self.text, m, place, self.lang)),
            MentionKind::Name if !self.lang.capitalises_nouns && !m.org => {
                // An English name that speaks is a person's ("Ahmed said"): "he" may mean them.
                let mut m = m.clone();
                m.person = true;
                self.discourse.register(self.text, &m, place)
            }
            MentionKind::Name | MentionKind::Org => self.discourse.register(self.text, m, place),
        }
    }

    pub(super) fn place(&self, block: &BlockView, toks_index: usize, prominent: bool) -> Place {
        let t = &block.toks[toks_index];
        Place::new(block.index, t.sentence(), t.span().start, prominent)
    }

    /// "Giese said she felt …", „Weber sagte, er habe …“: a pronoun that opens the clause a
    /// verb of saying reports means that verb's subject, when the two agree.
    fn reporter_of(&self, toks: &[Token], m: &Mention) -> Option<Mention> {
        if m.kind != MentionKind::Pronoun {
            return None;
        }
        let mut k = m.tokens.0;
        if k > 0
            && self
                .lower(toks, k - 1)
                .is_some_and(|w| self.lang.complementizers.contains(&w.as_ref()))
        {
            k -= 1;
        }
        if k > 0 && toks[k - 1].is_punct(',') {
            k -= 1;
        }
        if k == 0
            || toks[k - 1].sentence() != toks[m.tokens.0].sentence()
            || !self.is_speech_verb(toks, k - 1)
        {
            return None;
        }
        let s = self.subject_of_earlier(toks, k - 1)?;
        let agrees = s.plural == m.plural
            && (s.gender.is_none() || m.gender.is_none() || s.gender == m.gender);
        (s.kind != MentionKind::Pronoun && agrees).then_some(s)
    }

    /// „Die Schutzvereinigung … schlug Alarm, indem sie … aufforderte“: where a pronoun agrees
    /// with a noun's grammatical gender, one that follows the organisation opening its sentence,
    /// with no person named between, means that organisation.
    fn organisation_opening_the_sentence(&self, toks: &[Token], m: &Mention) -> Option<Mention> {
        if m.kind != MentionKind::Pronoun || m.plural || self.lang.article_genders.is_empty() {
            return None;
        }
        let start =
            crate::analysis::tokens::sentence_range(toks, toks[m.tokens.0].sentence()).start;
        let article = self.lower(toks, start)?;
        let gender = self
            .lang
            .article_genders
            .iter()
            .find(|(a, _)| *a == article.as_ref())
            .map(|(_, g)| *g)?;
        let s = self.subject_at(toks, start)?;
        // Near it: a pronoun far into a long sentence is read no further.
        if m.tokens.0 > s.tokens.1 + MAX_APPOSITION_TOKENS {
            return None;
        }
        let organisation = s.kind == MentionKind::Org || (s.kind == MentionKind::Name && s.org);
        let person_between = self
            .likeliest_speaker(toks, s.tokens.1, m.tokens.0, 0)
            .is_some();
        (organisation && !person_between && s.tokens.1 < m.tokens.0 && m.gender == Some(gender))
            .then_some(s)
    }

    /// The word classes of the tokens `range`, as the tagger reads them from its start.
    pub(super) fn tags(
        &self,
        toks: &[Token],
        range: std::ops::Range<usize>,
    ) -> Vec<crate::analysis::tagger::Upos> {
        crate::analysis::tokens::tag_range_until(self.text, toks, range, self.lang, |_, _| false)
    }

    /// „Indem sie ausführen“: a pronoun of both numbers („sie“) is plural when its finite
    /// verb is: the verb right before it, the last one of a clause it opens after a comma or a
    /// word that opens clauses, else the first after it.
    pub(super) fn plural_by_verb(&self, toks: &[Token], m: &Mention) -> bool {
        use crate::analysis::tagger::Upos;
        let Some(plural_verb) = self.lang.plural_verb else {
            return false;
        };
        let i = m.tokens.0;
        if m.kind != MentionKind::Pronoun || m.plural || !self.is_pronoun(toks, i) {
            return false;
        }
        let sentence = toks[i].sentence();
        let from = i.saturating_sub(1);
        let end = (i + 1..(i + MAX_CLAUSE_AFTER_PRONOUN).min(toks.len()))
            .find(|k| toks[*k].sentence() != sentence || !toks[*k].is_word())
            .unwrap_or_else(|| (i + MAX_CLAUSE_AFTER_PRONOUN).min(toks.len()));
        let tags = self.tags(toks, from..end);
        let is_verb = |k: usize| matches!(tags.get(k - from), Some(Upos::Verb | Upos::Aux));
        let opens_clause = i == 0
            || toks[i - 1].is_punct(',')
            || self.lower(toks, i - 1).is_some_and(|w| {
                self.lang.subordinators.contains(&w.as_ref())
                    || self.lang.complementizers.contains(&w.as_ref())
            });
        let verb = if i > 0 && toks[i - 1].sentence() == sentence && is_verb(i - 1) {
            Some(i - 1)
        } else if opens_clause && self.lang.verb_second {
            (i + 1..end).rev().find(|k| is_verb(*k))
        } else {
            (i + 1..end).find(|k| is_verb(*k))
        };
        verb.and_then(|k| self.lower(toks, k))
            .is_some_and(|w| plural_verb(&w))
    }

    /// „Kachelmann wurden … attestiert“: a singular phrase right before a plural finite verb
    /// is not its subject (where verbs show their number).
    pub(super) fn disagrees_in_number(&self, toks: &[Token], m: &Mention) -> bool {
        use crate::analysis::tagger::Upos;
        let Some(plural_verb) = self.lang.plural_verb else {
            return false;
        };
        let after = m.tokens.1;
        if m.plural || m.kind == MentionKind::Group {
            return false;
        }
        let plural = self
            .lower(toks, after)
            .is_some_and(|w| w.starts_with(char::is_lowercase) && plural_verb(&w));
        plural
            && matches!(
                self.tags(toks, m.tokens.0..after + 1).last(),
                Some(Upos::Verb | Upos::Aux)
            )
    }

    pub(super) fn decide(
        &mut self,
        block: &BlockView,
        m: Mention,
        cue: Option<Span>,
        reason: super::pipeline::Reason,
    ) -> Option<Attribution> {
        if !self.can_speak(&m) {
            return None;
        }
        // „Indem sie ausführen“: a plural pronoun means a group of people, whom no actor holds.
        if self.plural_by_verb(block.toks, &m) {
            return None;
        }
        let place = self.place(block, m.tokens.0, true);
        let antecedent = self
            .reporter_of(block.toks, &m)
            .or_else(|| self.organisation_opening_the_sentence(block.toks, &m));
        let actor = match antecedent {
            Some(reporter) => {
                let place = self.place(block, reporter.tokens.0, true);
                self.actor_for(&reporter, place)?
            }
            None => self.actor_for(&m, place)?,
        };
        Some(Attribution {
            actor,
            mention: m.span,
            cue,
            reason,
        })
    }
}
