//! Noun phrases that can name an actor: names, role nouns, organisations, groups, pronouns.
//!
//! German capitalises every noun, so a capitalised word is a name only with evidence: a known
//! first name, a title, a surname seen with a first name, an acronym, a role noun in front of it,
//! or (in `loose` mode, used right next to a verb of saying) its place as the speaker.

use rustc_hash::FxHashSet;

use super::lang::first_names::FirstName;
pub use super::lang::{is_acronym, is_org_name, without_genitive};
use super::lang::{Language, WordClass};
use super::tokens::{Token, TokenKind};
use crate::model::{Gender, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    /// A proper name: a person or, for acronyms and unknown single words, an organisation or place.
    Name,
    /// A role noun with no name: "der Minister", "the spokeswoman".
    Role,
    Org,
    Group,
    Pronoun,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub kind: MentionKind,
    /// The whole phrase, determiner excluded.
    pub span: Span,
    /// Token range `[start, end)` in the block's tokens, determiner included.
    pub tokens: (usize, usize),
    /// For names: the name's words ("Sergej Korbin"), titles excluded.
    pub name: Option<Span>,
    /// The role phrase bound to the name, or the role of a role mention ("Russlands Außenminister").
    pub role: Option<Span>,
    /// The role noun's head, lower case, after its last hyphen ("sicherheitsberater").
    pub role_head: Option<String>,
    pub gender: Option<Gender>,
    pub plural: bool,
    /// Evidence that a name is a person's: a first name, a title, a role.
    pub person: bool,
    /// An acronym or an organisation's name.
    pub org: bool,
    /// Opens with a determiner that is not nominative ("den", "dem", "des", "einen", "einem").
    pub case_marked: bool,
}

impl Mention {
    /// An organisation named by one token (or part of it): "OSZE", the "EU" of "EU-Treffen",
    /// a newspaper's name in quotation marks.
    pub fn organisation(span: Span, token: usize) -> Mention {
        Mention {
            kind: MentionKind::Name,
            span,
            tokens: (token, token + 1),
            name: Some(span),
            role: None,
            role_head: None,
            gender: None,
            plural: false,
            person: false,
            org: true,
            case_marked: false,
        }
    }
}

/// What the scanner knows beyond the language: surnames seen after a first name.
pub struct Known<'a> {
    pub surnames: &'a FxHashSet<String>,
}

/// Capitalised adverbs and conjunctions that open German and English sentences.
const ADVERBS: &[&str] = &[
    "zuvor",
    "dazu",
    "danach",
    "damit",
    "dann",
    "daher",
    "deshalb",
    "ob",
    "zudem",
    "außerdem",
    "jedoch",
    "trotzdem",
    "dennoch",
    "bereits",
    "auch",
    "nun",
    "jetzt",
    "heute",
    "gestern",
    "morgen",
    "zunächst",
    "später",
    "weiter",
    "ferner",
    "schließlich",
    "abschließend",
    "anschließend",
    "zuletzt",
    "überdies",
    "dagegen",
    "demnach",
    "inzwischen",
    "mittlerweile",
    "einzelheiten",
    "details",
    "dabei",
    "darin",
    "darauf",
    "daraus",
    "darunter",
    "dafür",
    "darüber",
    "hierzu",
    "hierbei",
    "hier",
    "indem",
    "insbesondere",
    "jegliche",
    "jeglicher",
    "andere",
    "sehr",
    "immerhin",
    "offenbar",
    "vielmehr",
    "besonders",
    "gleichzeitig",
    "zugleich",
    "ebenso",
    "ebenfalls",
    "bisher",
    "bislang",
    "seitdem",
    "deswegen",
    "insgesamt",
    "lediglich",
    "sogar",
    "hingegen",
    "jedenfalls",
    "allerdings",
    "yesterday",
    "today",
    "however",
    "meanwhile",
    "later",
    "earlier",
    "then",
    "also",
    "still",
    "instead",
    "now",
    "here",
    "there",
];

/// What `name_at` finds: the token after the name, its span, whether it is a person's, its
/// gender, whether it is an organisation's.
type NameFound = (usize, Span, bool, Option<Gender>, bool);

/// The most modifiers before a role noun in an apposition ("die ehemalige britische Königin").
const MAX_ROLE_MODIFIERS: usize = 3;

/// The longest determiner of any language, in bytes.
const MAX_DETERMINER_BYTES: usize = 8;

/// How many words before a word the tagger reads to tell its class.
const MAX_TAGGED_BEFORE: usize = 8;

/// The most tokens between a possessive name and the role it owns: "the United Nations' Food
/// and Agriculture Organization's chief veterinary officer".
const MAX_OWNER_CHAIN_TOKENS: usize = 10;

/// The most words of an organisation's name in quotation marks after its noun: „Interfax“,
/// „Ärzte ohne Grenzen“.
const MAX_QUOTED_NAME_WORDS: usize = 4;

fn is_capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Does `word` end in the ASCII `suffix`, whatever the case of either?
fn ends_with_ignore_case(word: &str, suffix: &str) -> bool {
    word.len() >= suffix.len()
        && word.is_char_boundary(word.len() - suffix.len())
        && word[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

/// The head of a compound role noun, after its last hyphen, lower case.
pub fn role_head(word: &str) -> String {
    word.rsplit('-').next().unwrap_or(word).to_lowercase()
}

struct Scan<'a> {
    text: &'a str,
    toks: &'a [Token],
    lang: &'a Language,
    known: &'a Known<'a>,
}

impl Scan<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        let t = self.toks.get(i)?;
        t.is_word().then(|| t.span().slice(self.text))
    }

    fn is_det(&self, w: &str) -> bool {
        // No determiner is longer ("another"): most words are skipped before the list.
        w.len() <= MAX_DETERMINER_BYTES
            && self
                .lang
                .determiners
                .iter()
                .any(|d| d.eq_ignore_ascii_case(w))
    }

    fn is_title(&self, i: usize) -> bool {
        self.class(i).title()
    }

    /// "von", "van", "de" inside a name, before a capitalised word; "der" only after "von"/"van"
    /// ("von der Mühlen").
    fn is_particle(&self, i: usize) -> bool {
        let Some(w) = self.word(i) else { return false };
        let after_von = i > 0 && matches!(self.word(i - 1), Some("von" | "van"));
        (self.lang.name_particles.contains(&w) || (after_von && matches!(w, "der" | "den" | "dem")))
            && self.word(i + 1).is_some_and(is_capitalised)
    }

    /// A single capital letter followed by a full stop: an initial.
    fn is_initial(&self, i: usize) -> bool {
        let Some(w) = self.word(i) else { return false };
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.next().is_none()
            && self.toks.get(i + 1).is_some_and(|t| t.is_punct('.'))
    }

    /// A long word with the ending of an abstract noun, which no surname has: "Karl Ober
    /// Stellung" is Karl Ober taking a stand.
    fn abstract_noun(&self, word: &str) -> bool {
        word.chars().count() >= 8 && self.lang.abstract_endings.iter().any(|e| word.ends_with(e))
    }

    /// Is the word at `i` a surname seen as written (not only its bare form)?
    fn known_surname_bare(&self, i: usize) -> bool {
        self.word(i)
            .is_some_and(|w| self.known.surnames.contains(w))
    }

    fn known_surname(&self, w: &str) -> bool {
        self.known.surnames.contains(w) || self.known.surnames.contains(without_genitive(w))
    }

    fn class(&self, i: usize) -> WordClass {
        self.toks.get(i).map(|t| t.class).unwrap_or_default()
    }

    fn is_common(&self, i: usize) -> bool {
        self.class(i).is_common()
    }

    /// A name at `i`: (end token, name span, person evidence, gender, is org).
    fn name_at(&self, i: usize, loose: bool) -> Option<(usize, Span, bool, Option<Gender>, bool)> {
        self.name_at_with(i, loose, false)
    }

    /// May the capitalised word `first` at `j`, with no evidence of a name of its own, open one
    /// next to a verb of saying? A capitalised word at a sentence's start is no evidence of a
    /// name, and in German no capitalised word is: only the place next to a verb of saying is.
    /// Any capitalised word there may be a name ("Quarles meint: …"), but not a function word
    /// or a sentence adverb ("Zuvor hatten …"), an English participle ("Following Monday's
    /// debate, …"), a German adverb, adjective or abstract noun ("Unmissverständlich",
    /// "Begründung"), or a heading in capitals.
    fn may_open_name(&self, j: usize, first: &str) -> bool {
        let lower = first.to_lowercase();
        // ("the United States": after an article, a capitalised participle opens a name.)
        let after_article = j > 0 && self.word(j - 1).is_some_and(|w| self.is_det(w));
        let participle = (!after_article
            && self.lang.no_name_endings.iter().any(|e| lower.ends_with(e)))
            || (self.lang.capitalises_nouns
                && self
                    .lang
                    .abstract_endings
                    .iter()
                    .any(|e| lower.ends_with(e)));
        // All capitals longer than an acronym: a heading or a dateline ("WASHINGTON —").
        let shouted = first.chars().count() > 6 && !first.chars().any(char::is_lowercase);
        !(self.is_common(j)
            || ADVERBS.contains(&lower.as_str())
            || participle
            || shouted
            || !self.tagged_nominal(j))
    }

    /// Where a name whose first word is at `j` ends, and whether its words make it an
    /// organisation's: more capitalised words, particles and middle initials belong to it.
    /// `first_name`, `person`, `acronym`: what its first word is known to be.
    fn name_end(&self, j: usize, first_name: bool, person: bool, acronym: bool) -> (usize, bool) {
        let mut end = j + 1;
        let mut organisation = false;
        // More capitalised words (and particles between them) belong to the name.
        while end > j {
            if self.is_particle(end) {
                end += 1;
                continue;
            }
            // "Tom J. Quill", "Hans W. Brenner": a middle initial with its full stop.
            if self.is_initial(end)
                && self
                    .word(end + 2)
                    .is_some_and(|w| is_capitalised(w) && !self.is_common(end + 2))
            {
                end += 2;
                continue;
            }
            // "Nina Pope", "Tom Bishop": right after a first name, a role word is a surname.
            // (English only: German capitalises every noun, "dass Peter Bürgermeister bleibt".)
            let surname_of_role = !self.lang.capitalises_nouns
                && end == j + 1
                && first_name
                && self.class(end).role();
            // "Syrian Democratic Forces", "United States Coast Guard": in a language that
            // capitalises only names, a capitalised organisation noun after a name's words
            // belongs to it, and makes it an organisation's.
            let org_head = !self.lang.capitalises_nouns
                && !first_name
                && !person
                && end > j
                && (self.class(end).org() || self.class(end).group())
                && !self.class(end).plain();
            if org_head && self.word(end).is_some_and(is_capitalised) {
                organisation = true;
                end += 1;
                continue;
            }
            if organisation && self.org_name_goes_on(end) {
                end += 2;
                continue;
            }
            // "Toronto's Anime North": a possessive ends the name it closes; "U.S. Air Force
            // Gen. Norman Ham": a title opens a person's name of its own.
            if self.word(end - 1).is_some_and(possessive) || (end > j + 1 && self.is_title(end)) {
                break;
            }
            // "the United States": where only names are capitalised, a capitalised form of a
            // verb of saying inside a name is a word of the name.
            let verb_in_name = !self.lang.capitalises_nouns && {
                let c = self.class(end);
                c.speech_verb() && !(c.plain() || c.group() || c.role() || c.org())
            };
            match self.word(end) {
                Some(w)
                    if is_capitalised(w)
                        && (!self.is_common(end) || surname_of_role || verb_in_name)
                        && !acronym =>
                {
                    if self.lang.capitalises_nouns && self.abstract_noun(w) {
                        break;
                    }
                    end += 1
                }
                _ => break,
            }
        }
        (end, organisation)
    }

    /// "the Association of America", "the Committee on Taxonomy of Viruses": after an
    /// organisation's head, a preposition at `k` and a name's word go on with its name.
    fn org_name_goes_on(&self, k: usize) -> bool {
        let Some(w) = self.word(k) else {
            return false;
        };
        // „Gewerkschaft der Polizei“, „Ministerium des Innern“: a German name puts a second
        // organisation in the genitive, right after the head.
        if self.lang.capitalises_nouns {
            return matches!(w, "der" | "des")
                && self.word(k + 1).is_some()
                && self.class(k + 1).org();
        }
        self.lang.org_name_prepositions.contains(&w)
            && self
                .word(k + 1)
                .is_some_and(|w| is_capitalised(w) && !self.is_common(k + 1))
    }

    /// As `name_at`; `after_role` when a role noun stands right before ("Anwalt Jonas Brenner"),
    /// which makes it a person's name of as many words as are capitalised.
    fn name_at_with(
        &self,
        i: usize,
        loose: bool,
        after_role: bool,
    ) -> Option<(usize, Span, bool, Option<Gender>, bool)> {
        let mut j = i;
        let mut person = after_role;
        // Titles: "Dr.", "Prof. Dr.", "Mr."
        while self.is_title(j) {
            person = true;
            j += 1;
            if self.toks.get(j).is_some_and(|t| t.is_punct('.')) {
                j += 1;
            }
        }
        let first = self.word(j)?;
        if !is_capitalised(first) {
            return None;
        }
        let start = j;
        // A known first name; its gender, if it has one of its own.
        let gender = self.class(j).first_name;
        let acronym = self.class(j).org_name();
        let surname = self.known_surname(first);
        let evidence = person || gender.is_some() || surname || acronym || loose;
        if !evidence || (!loose && self.is_common(j) && gender.is_none()) {
            return None;
        }
        let strong = person || gender.is_some() || surname || acronym;
        if loose && !strong && !self.may_open_name(j, first) {
            return None;
        }
        // "J.K. Rowling", "U.S. Code": dotted initials with their last dot go on with the name.
        let initials = acronym && first.ends_with('.');
        let (mut end, organisation) =
            self.name_end(j, gender.is_some(), person, acronym && !initials);
        // In German, nouns are capitalised too: a name of unknown words is one word long, unless
        // two or three of them end the clause or stand right before the verb of saying ("sagte
        // Gaston Dassin, der …", "Jorit Stahlberg sagte"), where nouns would need an article.
        if loose && !strong && self.lang.capitalises_nouns && end > j + 1 {
            let closes = match self.toks.get(end) {
                None => true,
                Some(t) => !t.is_word() || t.class.speech_verb() || t.class.preposition(),
            };
            // A first name inside starts a name of its own ("Bruder Georg Brenner").
            let first_name_inside = (j + 1..end).any(|k| self.class(k).first_name.is_some());
            if end - j > 3 || !closes || first_name_inside {
                end = j + 1;
            }
        }
        let person = !organisation
            && (person
                || gender.is_some()
                || (end - start >= 2 && !acronym)
                || (end == start + 1 && surname));
        let span = Span::new(self.toks[start].span().start, self.toks[end - 1].span().end);
        Some((
            end,
            span,
            person,
            gender.and_then(FirstName::gender),
            organisation || (acronym && end - start == 1),
        ))
    }

    /// May the word at `i` open a name, as the tagger reads it: not a function word or an
    /// adverb? It tags the sentence up to the word after `i`, only when asked: few words need
    /// it.
    fn tagged_nominal(&self, i: usize) -> bool {
        use super::tagger::Upos;
        // Names open with adjectives too ("New", "Democratic"); verbs, adverbs and function
        // words open none ("Unterdessen", "Amongst", "Seiner").
        !matches!(
            self.tag(i),
            Some(
                Upos::Adv
                    | Upos::Adp
                    | Upos::Det
                    | Upos::Pron
                    | Upos::Sconj
                    | Upos::Cconj
                    | Upos::Aux
            )
        )
    }

    /// The word class the tagger gives the word at `i`, reading the sentence up to the word
    /// after it.
    fn tag(&self, i: usize) -> Option<super::tagger::Upos> {
        let sentence = self.toks[i].sentence();
        let lowest = i.saturating_sub(MAX_TAGGED_BEFORE);
        let start = (lowest..i)
            .rev()
            .take_while(|k| self.toks[*k].sentence() == sentence)
            .last()
            .unwrap_or(i);
        let end = (i + 2).min(self.toks.len());
        let tags =
            super::tokens::tag_range_until(self.text, self.toks, start..end, self.lang, |_, _| {
                false
            });
        tags.get(i - start).copied()
    }

    /// "eyewitness Vinnie DeVita", "Landwirt Jonas Brenner": a noun the lexicon does not know as
    /// a role, right before a person's full name, is that person's role.
    fn noun_before_full_name(&self, k: usize) -> bool {
        use super::tagger::Upos;
        let class = self.class(k);
        // Where only names are capitalised, a capitalised word is part of a name ("Johns Hopkins").
        let noun_case = self.lang.capitalises_nouns || !self.word(k).is_some_and(is_capitalised);
        if !noun_case
            || class.org()
            || class.group()
            || self.is_common(k)
            || !self.word(k + 1).is_some_and(is_capitalised)
        {
            return false;
        }
        // A full name: two words or more, the first a first name or what the tagger reads as
        // one ("Vinnie").
        self.name_at_with(k + 1, false, true)
            .is_some_and(|n| n.0 > k + 2)
            && self.tag(k) == Some(Upos::Noun)
            && (self.class(k + 1).first_name.is_some() || self.tag(k + 1) == Some(Upos::Propn))
    }

    /// Where the role noun at `head` and its complement end: "von US-Präsident Tom Hallam",
    /// "of State", "for the SDF", "des russischen Föderationsrates", "of state".
    fn complement_end(&self, head: usize) -> usize {
        let role_end = head + 1;
        // "das Staatsoberhaupt Neuseelands": a name in the genitive right after the noun.
        let genitive_name = self.lang.inflects
            && self.class(role_end).first_name.is_none()
            && !self.known_surname_bare(role_end)
            && self.word(role_end).is_some_and(|w| {
                is_capitalised(w) && w.ends_with('s') && !self.is_common(role_end)
            });
        if genitive_name && self.toks.get(role_end + 1).is_some_and(|t| t.is_punct(',')) {
            return role_end + 1;
        }
        let opens = self.word(role_end).is_some_and(|p| {
            matches!(
                p,
                "von" | "vom" | "des" | "der" | "eines" | "einer" | "of" | "for" | "at" | "to"
            )
        });
        if !opens {
            return role_end;
        }
        let mut k = role_end + 1;
        while let Some(w) = self.word(k) {
            // "Ambassador to the United Nations Nikki Haley": a first name ends the
            // complement and opens the role's name, unless a role noun right before it
            // takes it ("Berater von US-Präsident Tom Hallam").
            if k > role_end + 1 && self.class(k).first_name.is_some() && !self.class(k - 1).role() {
                break;
            }
            // German adjectives in a genitive: "der kritischen thailändischen Öffentlichkeit".
            let adjective = self.lang.inflects
                && !is_capitalised(w)
                && !self.is_common(k)
                && super::lang::adjective_ending(w);
            // Where nouns are not capitalised, a plain noun: "head of state", "secretary of
            // defense" (not a verb: "the head of the firm said").
            let noun = !self.lang.capitalises_nouns
                && !is_capitalised(w)
                && !self.is_common(k)
                && !self
                    .lang
                    .bare_verbs
                    .iter()
                    .any(|v| v.eq_ignore_ascii_case(w))
                && !self.lang.no_name_endings.iter().any(|e| w.ends_with(e))
                && self.toks.get(k + 1).is_none_or(|t| !t.is_word());
            if self.is_det(w) || is_capitalised(w) || adjective || noun {
                k += 1;
            } else {
                break;
            }
            if k - role_end > 5 {
                break;
            }
        }
        // The complement ends in its noun.
        while k > role_end + 1
            && self.word(k - 1).is_some_and(|w| {
                !is_capitalised(w) && (self.lang.capitalises_nouns || self.is_det(w))
            })
        {
            k -= 1;
        }
        if k > role_end + 1 {
            k
        } else {
            role_end
        }
    }

    /// "…, die britische Königin Elisabeth II.,": an apposition that is a role of its own with a
    /// name after it; the name's start and the name. Read flat, without a phrase of its own, so
    /// that a chain of appositions costs one look each.
    fn role_and_name_at(&self, i: usize) -> Option<(usize, NameFound)> {
        let mut k = i;
        if self.word(k).is_some_and(|w| self.is_det(w)) {
            k += 1;
        }
        for _ in 0..MAX_ROLE_MODIFIERS {
            if self.class(k).role() || !self.is_modifier(k) {
                break;
            }
            k += 1;
        }
        if !self.class(k).role() {
            return None;
        }
        let found = self.name_at_with(k + 1, true, true)?;
        (found.0 > k + 1).then_some((k + 1, found))
    }

    /// A word that may stand before a role or organisation noun: an adjective ("russische",
    /// "former"), a genitive name ("Russlands"), or in English a capitalised modifier ("White").
    fn is_modifier(&self, k: usize) -> bool {
        let word = self.word(k).unwrap_or("");
        if is_capitalised(word) {
            // German capitalises adjectives in names and titles: "Der Nationale Sicherheitsberater".
            !self.lang.capitalises_nouns
                || word.ends_with('s')
                || super::lang::adjective_ending(word)
        } else {
            !self.is_common(k)
        }
    }

    /// A noun phrase starting at token `i`.
    fn mention_at(&self, i: usize, loose: bool) -> Option<Mention> {
        let w = self.word(i)?;
        if let Some(m) = self.pronoun_at(i, w) {
            return Some(m);
        }
        let mut j = i;
        if self.is_det(w) {
            j += 1;
        }
        let phrase_start = j;
        // Modifiers before a head noun: adjectives, genitives ("Russlands"), capitalised words in
        // English ("White House spokesman"), at most four.
        for k in j..(j + 5).min(self.toks.len()) {
            let Some(word) = self.word(k) else { break };
            let class = self.class(k);
            if class.role() || self.noun_before_full_name(k) {
                return Some(self.role_after_owners(i, phrase_start, k));
            }
            // "the White House press secretary": an organisation that modifies a role.
            let role_follows = (k + 1..(k + 3).min(self.toks.len()))
                .take_while(|n| self.word(*n).is_some())
                .any(|n| self.class(n).role());
            if class.org()
                && !role_follows
                && (k > phrase_start || is_capitalised(word))
                && (self.is_det(w) || is_capitalised(word))
            {
                return Some(self.organisation_phrase(i, phrase_start, k));
            }
            if class.group() {
                return Some(self.simple(MentionKind::Group, i, phrase_start, k + 1));
            }
            // A name opens no role phrase, unless it modifies a role or group noun right after
            // it: "ABU President Tom Quill", "XYZ spokesman Lea Voss", "U.S. officials".
            // (English only, and no first name: "Peter Bürgermeister" is a person's name.)
            let modifies_role = !self.lang.capitalises_nouns
                && (self.class(k + 1).role() || self.class(k + 1).group())
                && class.first_name.is_none();
            if k == phrase_start && !modifies_role && !self.is_det(w) {
                if let Some(found) = self.name_at(k, false) {
                    if let Some(owned) = self.owned_by_name(i, found) {
                        return Some(owned);
                    }
                    break;
                }
            }
            let modifies = self.is_modifier(k) || (class.org() && role_follows);
            if !modifies {
                break;
            }
        }
        if let Some(m) = self.organisation_after_article(i, phrase_start) {
            return Some(m);
        }
        // "die SPD", "der ADAC": an article before an organisation's short name.
        if phrase_start != i && self.class(phrase_start).org_name() {
            if let Some((end, span, _, _, _)) = self.name_at(phrase_start, loose) {
                return Some(Mention {
                    tokens: (i, end),
                    case_marked: self.case_marked(i),
                    ..Mention::organisation(span, i)
                });
            }
        }
        if phrase_start != i {
            // Next to a verb of saying, any noun phrase can name the speaker: "sagte die
            // Moderatorin eines Lokalsenders", "said a Nevada Democrat".
            return if loose {
                self.generic_phrase(i, phrase_start)
            } else {
                None
            };
        }
        let found = self.name_at(i, loose)?;
        if let Some(owned) = self.owned_by_name(i, found) {
            return Some(owned);
        }
        let (end, span, person, gender, org) = found;
        Some(Mention {
            kind: MentionKind::Name,
            span,
            tokens: (i, end),
            name: Some(span),
            role: None,
            role_head: None,
            gender,
            plural: false,
            person,
            org,
            case_marked: false,
        })
    }

    /// The role noun at `k` of a phrase from `phrase_start`: "the Tarn League's Water Board's
    /// chief safety officer" starts after its last owner and ends at its last role noun.
    fn role_after_owners(&self, i: usize, phrase_start: usize, k: usize) -> Mention {
        let start = (phrase_start..k)
            .rev()
            .find(|n| self.word(*n).is_some_and(possessive))
            .map_or(phrase_start, |n| n + 1);
        let head = if self.class(k).role() {
            self.last_role_noun(k)
        } else {
            k
        };
        self.role_phrase(i, start, head)
    }

    /// The organisation noun at `k` of a phrase from `phrase_start`, with its name: an acronym
    /// or a quoted name after it (`organisation_named_after`), or prepositions and capitalised
    /// words ("the Association of America").
    fn organisation_phrase(&self, i: usize, phrase_start: usize, k: usize) -> Mention {
        if let Some(named) = self.organisation_named_after(i, phrase_start, k) {
            return named;
        }
        let mut end = k + 1;
        while self.org_name_goes_on(end) {
            end += 2;
            while self.word(end).is_some_and(is_capitalised) && !self.is_common(end) {
                end += 1;
            }
        }
        self.simple(MentionKind::Org, i, phrase_start, end)
    }

    /// A text or a role that the name `found` owns ("RIAA's DMCA notice", "the United
    /// Nations' … chief veterinary officer").
    fn owned_by_name(&self, i: usize, found: NameFound) -> Option<Mention> {
        self.owners_document(i, found)
            .or_else(|| self.owners_role(i, found))
    }

    /// A personal pronoun that can name a speaker ("er", "she").
    fn pronoun_at(&self, i: usize, w: &str) -> Option<Mention> {
        // Pronouns are plain words; most words are not.
        // The pronouns are ASCII, so a word equal to one but for ASCII case is that pronoun.
        let pronoun = self.class(i).plain().then(|| {
            self.lang
                .pronouns
                .iter()
                .find(|p| p.0.eq_ignore_ascii_case(w))
        });
        let (_, gender, plural) = pronoun.flatten()?;
        Some(Mention {
            kind: MentionKind::Pronoun,
            span: self.toks[i].span(),
            tokens: (i, i + 1),
            name: None,
            role: None,
            role_head: None,
            gender: *gender,
            plural: *plural,
            person: true,
            org: false,
            case_marked: false,
        })
    }

    /// "the Syrian Democratic Forces", "the United Nations": where only names are capitalised,
    /// capitalised words after an article (at `i`) name an organisation or a thing; not before
    /// a noun they modify ("the Turkish statement").
    fn organisation_after_article(&self, i: usize, phrase_start: usize) -> Option<Mention> {
        if phrase_start == i
            || self.lang.capitalises_nouns
            || !self.word(phrase_start).is_some_and(is_capitalised)
            || self.is_common(phrase_start)
        {
            return None;
        }
        let modifies_noun = |end: usize| {
            self.toks.get(end).is_some_and(|t| {
                let w = t.span().slice(self.text);
                t.is_word()
                    && w.starts_with(char::is_lowercase)
                    && !t.class.plain()
                    && !t.class.speech_verb()
                    && !self
                        .lang
                        .bare_verbs
                        .iter()
                        .any(|v| v.eq_ignore_ascii_case(w))
                    && !self.lang.auxiliaries.contains(&w)
                    && !self.lang.passive_auxiliaries.contains(&w)
            })
        };
        let found = self.name_at_with(phrase_start, true, false)?;
        if let Some(role) = self.owners_role(i, found) {
            return Some(role);
        }
        let (end, span, _, _, _) = Some(found).filter(|n| !modifies_noun(n.0))?;
        Some(Mention {
            tokens: (i, end),
            ..Mention::organisation(span, i)
        })
    }

    /// "a statement released by Erdogan's office": a noun that names a text at `head`, a
    /// participle and the agent of its passive, a name. The text says what its author says:
    /// the mention is the whole phrase, and its name the author's.
    fn author_of_text(&self, i: usize, start: usize, head: usize) -> Option<Mention> {
        let lexicon = super::lang::lexicon(self.lang.lang);
        if !lexicon.is_document(self.word(head)?) {
            return None;
        }
        let participle = self.word(head + 1)?.to_lowercase();
        let marker = self.word(head + 2)?.to_lowercase();
        if !(self.lang.is_participle)(&participle)
            || !self.lang.passive_agent_markers.contains(&marker.as_str())
        {
            return None;
        }
        let agent = self
            .mention_at(head + 3, true)
            .filter(|m| m.kind == MentionKind::Name)?;
        let (mut end, span) = (agent.tokens.1, agent.name.unwrap_or(agent.span));
        // "Erdogan's office": the owner's noun belongs to the phrase.
        if possessive(span.slice(self.text)) && self.word(end).is_some_and(|w| !is_capitalised(w)) {
            end += 1;
        }
        let mut m = self.standing_for((i, end), span, (agent.person, agent.gender, agent.org));
        // The phrase starts at the text's, after any article.
        m.span.start = self.toks[start].span().start;
        Some(m)
    }

    /// "the United Nations' Food and Agriculture Organization's chief veterinary officer": a
    /// possessive name, maybe more owners, then a role noun. The role names the speaker; its
    /// phrase starts after the last owner.
    fn owners_role(&self, i: usize, found: NameFound) -> Option<Mention> {
        let mut end = found.0;
        let plural_owner = self
            .toks
            .get(end)
            .is_some_and(|t| t.is_punct('\'') || t.is_punct('’'))
            && self.word(end - 1).is_some_and(|w| w.ends_with('s'));
        if plural_owner {
            end += 1;
        } else if !self.word(end - 1).is_some_and(possessive) {
            return None;
        }
        let mut role_start = end;
        for k in end..(end + MAX_OWNER_CHAIN_TOKENS).min(self.toks.len()) {
            let t = &self.toks[k];
            if t.is_punct('\'') || t.is_punct('’') {
                role_start = k + 1;
                continue;
            }
            let w = self.word(k)?;
            if self.class(k).role() && !is_capitalised(w) {
                let head = self.last_role_noun(k);
                return (k >= role_start).then(|| self.role_phrase(i, role_start, head));
            }
            if possessive(w) {
                role_start = k + 1;
            } else if !(is_capitalised(w)
                || self.lang.coordinators.contains(&w)
                || self.lang.org_name_prepositions.contains(&w)
                || !self.is_common(k))
            {
                return None;
            }
        }
        None
    }

    /// "chief veterinary officer": where nouns are not capitalised, the last role noun of a
    /// run of lower-case words from the role noun at `k` is the phrase's head.
    fn last_role_noun(&self, k: usize) -> usize {
        let mut head = k;
        if self.lang.capitalises_nouns {
            return head;
        }
        for n in k + 1..(k + 3).min(self.toks.len()) {
            match self.word(n) {
                Some(v) if !is_capitalised(v) && self.class(n).role() => head = n,
                Some(v) if !is_capitalised(v) && !self.is_common(n) => {}
                _ => break,
            }
        }
        head
    }

    /// "RIAA's DMCA notice", "the minister's statement": a possessive name, at most a few
    /// modifiers and a noun that names a text. The text says what its owner says: the mention
    /// is the whole phrase, and its name the owner's.
    fn owners_document(&self, i: usize, found: NameFound) -> Option<Mention> {
        let (end, span, person, gender, org) = found;
        if !self.word(end - 1).is_some_and(possessive) {
            return None;
        }
        let lexicon = super::lang::lexicon(self.lang.lang);
        let document = (end..(end + MAX_ROLE_MODIFIERS + 1).min(self.toks.len()))
            .take_while(|k| self.word(*k).is_some())
            .find(|k| lexicon.is_document(self.word(*k).unwrap_or("")))?;
        Some(self.standing_for((i, document + 1), span, (person, gender, org)))
    }

    /// The phrase of `tokens`, which stands for the name `name` (its possessive ending
    /// dropped): a text or a role whose owner or author speaks. `who`: (person, gender, org).
    fn standing_for(
        &self,
        tokens: (usize, usize),
        name: Span,
        who: (bool, Option<Gender>, bool),
    ) -> Mention {
        let owner = name.slice(self.text);
        let bare = without_genitive_if_plain(owner);
        Mention {
            kind: MentionKind::Name,
            span: Span::new(name.start, self.toks[tokens.1 - 1].span().end),
            tokens,
            name: Some(Span::new(name.start, name.start + bare.len())),
            role: None,
            role_head: None,
            gender: who.1,
            plural: false,
            person: who.0,
            org: who.2,
            case_marked: false,
        }
    }

    /// A determiner, modifiers and a noun: German takes the first capitalised word as the noun,
    /// English the last word of the run.
    fn generic_phrase(&self, i: usize, start: usize) -> Option<Mention> {
        let mut head = None;
        for k in start..(start + 5).min(self.toks.len()) {
            let Some(word) = self.word(k) else { break };
            let class = self.class(k);
            // After a determiner a word is a noun, though it be a form of a verb of saying: "the
            // note", "the report"; in German any capitalised word: "dem Bericht", "die Antwort".
            let noun = k == start || (self.lang.capitalises_nouns && is_capitalised(word));
            if self.is_det(word) || class.plain() || (class.speech_verb() && !noun) {
                break;
            }
            // English marks no nouns, but its verbs show: "the crowd booed", "the group seeks".
            if !self.lang.capitalises_nouns && k > start {
                let prev = self.word(k - 1).unwrap_or("");
                if ends_with_ignore_case(word, "ed")
                    || (ends_with_ignore_case(word, "s") && !prev.ends_with('s'))
                    || ends_with_ignore_case(word, "n't")
                    || ends_with_ignore_case(word, "n’t")
                    || self
                        .lang
                        .bare_verbs
                        .iter()
                        .any(|v| v.eq_ignore_ascii_case(word))
                {
                    break;
                }
            }
            head = Some(k);
            // "die Deutsche Welle", "das Auswärtige Amt": a capitalised adjective before a
            // capitalised noun is part of a name, and the noun is the head.
            let adjective_of_name = !self.is_common(k)
                && ["e", "en", "ischen", "igen", "ichen", "alen", "ären"]
                    .iter()
                    .any(|e| word.ends_with(e))
                && self
                    .word(k + 1)
                    .is_some_and(|n| is_capitalised(n) && !self.is_common(k + 1))
                // "die Überlebende Alice Weber": a noun before a first name is a role.
                && self.class(k + 1).first_name.is_none();
            if self.lang.capitalises_nouns && is_capitalised(word) && !adjective_of_name {
                break;
            }
        }
        let head = head?;
        let word = self.word(head)?;
        // "a number of analysts said", „so die Sichtweise von Innenminister Rech“: the phrase
        // after a noun of quantity or of what was said names who speaks.
        if let Some((k, only)) = self.speaker_after_noun(head, word) {
            match self.mention_at(k, true) {
                Some(m) => {
                    return Some(Mention {
                        tokens: (i, m.tokens.1),
                        ..m
                    })
                }
                None if only => return None,
                None => {}
            }
        }
        // German nouns are capitalised; a lower-case head is no noun.
        if self.lang.capitalises_nouns && !is_capitalised(word) {
            return None;
        }
        let mut m = self.role_phrase(i, start, head);
        m.case_marked = self.case_marked(i);
        Some(m)
    }

    /// Where the phrase starts that the noun `word` at `head` names the speaker by, and whether
    /// it alone may: a noun of quantity and its preposition ("a number of analysts", „eine
    /// Reihe von Experten“) counts people and speaks for no one itself; a noun of what was said
    /// or thought and "von" or a genitive („die Sichtweise von Innenminister Rech“, „die
    /// Ankündigung des Sekretärs“) belongs to its owner, else stands as the source itself.
    fn speaker_after_noun(&self, head: usize, word: &str) -> Option<(usize, bool)> {
        let next = self.word(head + 1).map(str::to_lowercase);
        let next = next.as_deref();
        if self
            .lang
            .quantity_nouns
            .iter()
            .any(|q| q.eq_ignore_ascii_case(word))
        {
            return (next == Some(self.lang.quantity_preposition)).then_some((head + 2, true));
        }
        if !self
            .lang
            .source_nouns
            .contains(&word.to_lowercase().as_str())
        {
            return None;
        }
        match next {
            Some("von" | "vom" | "of") => Some((head + 2, false)),
            Some("des" | "der") => Some((head + 1, false)),
            _ => None,
        }
    }

    /// Does the determiner at `i` mark a case other than the nominative ("den", "dem", "des")?
    fn case_marked(&self, i: usize) -> bool {
        let det = self.word(i).unwrap_or("");
        ["den", "dem", "des", "einen", "einem", "eines"]
            .iter()
            .any(|d| d.eq_ignore_ascii_case(det))
    }

    /// An organisation noun at `k` (its phrase from `start`) and its name right after it: an
    /// acronym ("die Nachrichtenagentur AFP", "the news agency AFP") or a short capitalised name
    /// in quotation marks ("die Agentur „Interfax“"). The noun phrase is its description.
    fn organisation_named_after(&self, i: usize, start: usize, k: usize) -> Option<Mention> {
        let next = self.toks.get(k + 1)?;
        let name = if next.is_word() && next.class.org_name() && !self.is_particle(k + 1) {
            next.span()
        } else if matches!(next.kind, TokenKind::Quote(_)) {
            self.quoted_name(next.span())?
        } else {
            return None;
        };
        let description = Span::new(self.toks[start].span().start, self.toks[k].span().end);
        Some(Mention {
            span: Span::new(description.start, next.span().end),
            tokens: (i, k + 2),
            role: Some(description),
            role_head: Some(role_head(self.word(k).unwrap_or(""))),
            ..Mention::organisation(name, i)
        })
    }

    /// The inside of a quotation (`quoted`) when it is a short capitalised name.
    fn quoted_name(&self, quoted: Span) -> Option<Span> {
        let name = super::quotes::inner_span(self.text, quoted);
        let words: Vec<&str> = name.slice(self.text).split(' ').collect();
        let is_name = (1..=MAX_QUOTED_NAME_WORDS).contains(&words.len())
            && is_capitalised(words[0])
            && words.iter().all(|w| {
                w.chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || c == '&')
            });
        is_name.then_some(name)
    }

    fn simple(&self, kind: MentionKind, i: usize, start: usize, end: usize) -> Mention {
        Mention {
            kind,
            span: Span::new(self.toks[start].span().start, self.toks[end - 1].span().end),
            tokens: (i, end),
            name: None,
            role: None,
            role_head: None,
            gender: None,
            plural: kind == MentionKind::Group,
            person: false,
            org: kind == MentionKind::Org,
            case_marked: false,
        }
    }

    /// The name of the holder of the role noun at `head` (its complement ends at `role_end`):
    /// right after the noun ("Außenminister Sergej Korbin"), after its complement ("Sprecher
    /// des Amtes Jan Ohm"), or in apposition ("the chancellor, Pradeep Okafor,"). Its first
    /// token and the name.
    fn role_holder(&self, head: usize, role_end: usize) -> Option<(usize, NameFound)> {
        // A noun of the lexicon's roles, or any other noun ("die Absage Hartmanns").
        let lexicon_role = self.class(head).role();
        let genitive = |found: &(usize, Span, bool, Option<Gender>, bool)| {
            // "der Arzt Kerns": a genitive name after a role is someone else; after any other
            // noun, a name in -s is a genitive whether its bare form is known or not.
            // "die Einwohner Hongkongs": a word in -s that is neither a surname nor a first
            // name is a genitive even after a role.
            let w = found.1.slice(self.text);
            // "news source Daily Xtra's editorial director": a possessive names the owner of
            // what follows, not the holder of the role before.
            if possessive(w) && self.word(found.0).is_some() {
                return true;
            }
            let unknown =
                !self.known.surnames.contains(w) && self.class(head + 1).first_name.is_none();
            self.lang.inflects
                && found.0 == head + 2
                && w.ends_with('s')
                && ((!self.known.surnames.contains(w) && self.known_surname(w))
                    || !lexicon_role
                    || unknown)
        };
        // After a noun the lexicon does not know as a role, a single word is no name without
        // evidence of its own: "hatten die USA Moskau gewarnt" names no one "USA Moskau".
        let evident = |n: &(usize, Span, bool, Option<Gender>, bool)| {
            let w = n.1.slice(self.text);
            lexicon_role || n.0 > head + 2 || n.3.is_some() || self.known_surname(w)
        };
        if let Some(found) = self
            .name_at_with(head + 1, true, true)
            .filter(|n| n.0 > head + 1 && !genitive(n) && evident(n))
        {
            Some((head + 1, found))
        } else if let Some(found) = (role_end > head + 1)
            .then(|| self.name_at_with(role_end, false, true))
            .flatten()
            .filter(|n| self.class(role_end).first_name.is_some() && n.0 > role_end + 1)
        {
            Some((role_end, found))
        } else if self.toks.get(role_end).is_some_and(|t| t.is_punct(',')) {
            // Where only names are capitalised, capitalised words in apposition to a role are
            // its holder's name, known or not ("the chancellor, Pradeep Okafor,").
            let loose = !self.lang.capitalises_nouns;
            if let Some(found) = self
                .name_at(role_end + 1, loose)
                .filter(|n| !loose || n.2 || n.0 > role_end + 2)
            {
                Some((role_end + 1, found))
            } else {
                self.role_and_name_at(role_end + 1)
            }
        } else {
            None
        }
    }

    /// The role head of `word` (`role_head`), without the ending of the genitive an article
    /// asks for: „des SPD-Politikers“ has the head „politiker“.
    fn head_in_nominative(&self, word: &str, article: &str) -> String {
        let head = role_head(word);
        let genitive = self
            .lang
            .genitive_articles
            .iter()
            .any(|a| a.eq_ignore_ascii_case(article));
        if !genitive {
            return head;
        }
        let lexicon = super::lang::lexicon(self.lang.lang);
        ["es", "s"]
            .iter()
            .filter_map(|e| head.strip_suffix(e))
            .find(|bare| lexicon.is_role(bare))
            .map_or(head.clone(), str::to_string)
    }

    /// A role noun at `head`, with its complement ("von Kiew", "for the SDF") and a name after it,
    /// directly ("Außenminister Sergej Korbin") or as an apposition ("…, Jake Morland,").
    fn role_phrase(&self, i: usize, start: usize, head: usize) -> Mention {
        let head_word = self.word(head).unwrap_or("");
        let gender = (self.lang.feminine_role)(head_word);
        let article = if i < start {
            self.word(i).unwrap_or("")
        } else {
            ""
        };
        let plural = self
            .lang
            .plural_feminine_role
            .is_some_and(|e| ends_with_ignore_case(head_word, e))
            || (self.lang.plural_by_article)(article, head_word);
        let head_lower = self.head_in_nominative(head_word, article);
        let role_end = self.complement_end(head);
        let role_span = Span::new(
            self.toks[start].span().start,
            self.toks[role_end - 1].span().end,
        );
        let name = self.role_holder(head, role_end);
        if name.is_none() {
            if let Some(authored) = self.author_of_text(i, start, head) {
                return authored;
            }
        }
        match name {
            Some((name_start, (end, span, _, name_gender, _))) => Mention {
                kind: MentionKind::Name,
                span: Span::new(role_span.start, span.end),
                tokens: (i, end),
                name: Some(span),
                // "Außenminister Sergej Korbin": the role is the noun; with an apposition, the
                // role keeps its complement ("Bürgermeister von Kiew").
                role: Some(if name_start == head + 1 {
                    Span::new(role_span.start, self.toks[head].span().end)
                } else {
                    role_span
                }),
                role_head: Some(head_lower.clone()),
                gender: name_gender.or(gender),
                plural: false,
                person: true,
                org: false,
                case_marked: false,
            },
            None => Mention {
                kind: MentionKind::Role,
                span: role_span,
                tokens: (i, role_end),
                name: None,
                role: Some(Span::new(
                    self.toks[start].span().start,
                    self.toks[head].span().end,
                )),
                role_head: Some(head_lower),
                gender,
                plural,
                person: true,
                org: false,
                case_marked: false,
            },
        }
    }
}

/// The noun phrase that starts at token `i`, if any.
pub fn mention_at(
    text: &str,
    toks: &[Token],
    i: usize,
    lang: &Language,
    known: &Known,
    loose: bool,
) -> Option<Mention> {
    Scan {
        text,
        toks,
        lang,
        known,
    }
    .mention_at(i, loose)
}

/// The noun phrase that ends right before token `end` (the longest one that `accept` takes), if
/// any; the phrases that start at each token are given by `mention_at`, which may remember them
/// (a sentence asks for the phrases before several of its words).
pub fn mention_ending_at_with(
    toks: &[Token],
    end: usize,
    mention_at: impl Fn(usize) -> Option<Mention>,
    accept: impl Fn(&Mention) -> bool,
) -> Option<Mention> {
    let lowest = end.saturating_sub(16);
    // "Kino Gabriel, a spokesman for the SDF, said": a comma may close an apposition.
    let ends =
        |m: &Mention| m.tokens.1 == end || (m.tokens.1 + 1 == end && toks[end - 1].is_punct(','));
    let mut best = None;
    for i in (lowest..end).rev() {
        if !toks[i].is_word() {
            // An apposition may hold commas; anything else ends the phrase.
            if !toks[i].is_punct(',') && !toks[i].is_punct('.') {
                break;
            }
            continue;
        }
        if let Some(m) = mention_at(i) {
            if ends(&m) && accept(&m) {
                best = Some(m);
            }
        }
    }
    best
}

/// Every mention in a block's tokens, left to right, without overlaps.
pub fn scan_block(text: &str, toks: &[Token], lang: &Language, known: &Known) -> Vec<Mention> {
    let scan = Scan {
        text,
        toks,
        lang,
        known,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if toks[i].kind != TokenKind::Word {
            i += 1;
            continue;
        }
        let word = toks[i].span().slice(text);
        // Most words are function words that open no phrase: skip them cheaply.
        if toks[i].class.plain() && !scan.is_det(word) && !scan.is_title(i) {
            i += 1;
            continue;
        }
        // "EU-Treffen", "Nato-Staaten": an organisation named in a compound.
        if let Some((prefix, _)) = word.split_once('-') {
            if is_org_name(prefix) && prefix.len() < word.len() {
                let span = Span::new(toks[i].span().start, toks[i].span().start + prefix.len());
                out.push(Mention::organisation(span, i));
                if !toks[i].class.role() {
                    i += 1;
                    continue;
                }
            }
        }
        match scan.mention_at(i, false) {
            Some(m) if m.kind != MentionKind::Pronoun => {
                // After a role with a name, go on right after the role noun: its complement may
                // hold a name of its own ("Sicherheitsberater von US-Präsident Tom Hallam, …").
                let next = match (m.kind, m.role, m.name) {
                    (MentionKind::Name, Some(role), Some(name)) if role.end < name.start => {
                        m.tokens.0 + 1
                    }
                    _ => m.tokens.1,
                };
                i = next.max(i + 1);
                out.push(m);
            }
            _ => i += 1,
        }
    }
    out
}

/// Surnames: the last word of a first name followed by capitalised words ("Sergej Korbin").
pub fn collect_surnames(text: &str, toks: &[Token], lang: &Language, into: &mut FxHashSet<String>) {
    for i in 0..toks.len() {
        if !toks[i].is_word() || toks[i].class.first_name.is_none() {
            continue;
        }
        let mut j = i + 1;
        let mut last = None;
        while let Some(t) = toks.get(j) {
            let w = t.span().slice(text);
            if !t.is_word() {
                break;
            }
            if lang.name_particles.contains(&w) {
                j += 1;
                continue;
            }
            if is_capitalised(w) && !t.class.plain() && !t.class.speech_verb() {
                last = Some(w);
                j += 1;
            } else {
                break;
            }
        }
        if let Some(surname) = last {
            into.insert(without_genitive_if_plain(surname).to_string());
        }
    }
}

/// A word with the apostrophe of a possessive: "Xtra's", "Merkel’s".
fn possessive(w: &str) -> bool {
    without_genitive_if_plain(w).len() < w.len()
}

fn without_genitive_if_plain(w: &str) -> &str {
    for suffix in ["'s", "’s"] {
        if let Some(base) = w.strip_suffix(suffix) {
            return base;
        }
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::lang::de;
    use crate::analysis::lang::WordClasses;
    use crate::analysis::tokens::{classify, tokenize};

    fn scan(text: &str) -> Vec<(MentionKind, String, Option<String>)> {
        let mut toks = tokenize(text, Span::new(0, text.len()), &[], &[]);
        classify(text, &mut toks, &WordClasses::new(&de::LANGUAGE));
        let mut surnames = FxHashSet::default();
        collect_surnames(text, &toks, &de::LANGUAGE, &mut surnames);
        let known = Known {
            surnames: &surnames,
        };
        scan_block(text, &toks, &de::LANGUAGE, &known)
            .into_iter()
            .map(|m| {
                (
                    m.kind,
                    m.name.unwrap_or(m.span).slice(text).to_string(),
                    m.role.map(|r| r.slice(text).to_string()),
                )
            })
            .collect()
    }

    #[test]
    fn role_with_apposition_and_a_name_in_its_complement() {
        let got = scan("Der Nationale Sicherheitsberater von US-Präsident Tom Hallam, Jake Morland, sagte etwas.");
        assert!(
            got.contains(&(
                MentionKind::Name,
                "Jake Morland".into(),
                Some("Nationale Sicherheitsberater von US-Präsident Tom Hallam".into())
            )),
            "{got:?}"
        );
        assert!(
            got.contains(&(
                MentionKind::Name,
                "Tom Hallam".into(),
                Some("US-Präsident".into())
            )),
            "{got:?}"
        );
    }

    #[test]
    fn an_organisation_named_with_another_in_the_genitive_is_one() {
        let got = scan("Die Gewerkschaft der Polizei lehnte ab, ebenso das Büro des Bundesrates.");
        let orgs: Vec<&str> = got
            .iter()
            .filter(|m| m.0 == MentionKind::Org)
            .map(|m| m.1.as_str())
            .collect();
        assert!(orgs.contains(&"Gewerkschaft der Polizei"), "{got:?}");
        assert!(!orgs.contains(&"Polizei"), "{got:?}");
        // A place in the genitive is no organisation's name: "die Regierung der Ukraine".
        let got = scan("Die Regierung der Ukraine lehnte ab.");
        assert!(
            got.iter()
                .any(|m| m.0 == MentionKind::Org && m.1 == "Regierung"),
            "{got:?}"
        );
    }
}
