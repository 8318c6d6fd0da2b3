//! One file a language: its words, as data. The sieves ask a `Language` and never name a language
//! themselves, so adding one means adding a file and a line in `language()`.

use std::cell::RefCell;
use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::model::Lang;

pub mod de;
pub mod en;
pub mod first_names;
mod other;

pub use other::unsupported;

use crate::model::Gender;

/// The words of a language that the analysis needs.
pub struct Language {
    pub lang: Lang,
    /// The part-of-speech tagger's model (`tagger.rs`), learned from the UD treebanks by
    /// `cargo run --release --example train_tagger`.
    pub tagger_model: &'static [u8],
    /// Does the language capitalise every noun (German), or only names (English)? Then a
    /// capitalised word is no evidence of a name by itself.
    pub capitalises_nouns: bool,
    /// Does the finite verb stand second in a main clause and last in a subordinate one
    /// (German)? Then a subject may follow its verb anywhere („…“, sagte sie; "Dem Blatt sagte
    /// der Minister"), and a relative clause ends in its verb.
    pub verb_second: bool,
    /// Do articles and adjectives show case (German "des russischen Ministeriums")?
    pub inflects: bool,
    /// The ending of the participle that opens a clause of its own ("…, saying"), if any.
    pub participle_ending: Option<&'static str>,
    /// Endings of words that open no name, lower case: English participles ("Following"),
    /// German adjectives and adverbs ("Unmissverständlich").
    pub no_name_endings: &'static [&'static str],
    /// The ending of plural feminine role nouns ("Politikerinnen"), if any.
    pub plural_feminine_role: Option<&'static str>,
    /// Does an article make a role noun plural ("die Einwohner", "die Experten")?
    pub plural_by_article: fn(article: &str, head: &str) -> bool,
    /// Has every role noun a feminine form ("Politikerin")? Then a feminine role noun may
    /// describe any woman already named.
    pub gendered_role_nouns: bool,
    /// Frequent function words, for telling languages apart.
    pub function_words: &'static [&'static str],
    /// Words right before a quotation that make it a term, not speech ("sogenannte", "so-called").
    pub term_markers: &'static [&'static str],
    /// Verbs of giving a name: a short quotation later in their clause is the name given, not
    /// speech ("named the virus that causes it "…"", „wurde auf den Namen „…“ getauft“).
    pub naming_verbs: &'static [&'static str],
    /// Nouns right before a quotation that make it a name or title ("Zeitung", "newspaper").
    pub title_nouns: &'static [&'static str],
    /// Short forms written with an apostrophe at a word's start ("'n", "'em", "'tis").
    pub leading_elisions: &'static [&'static str],
    /// Month and weekday names, for date lines.
    pub calendar_words: &'static [&'static str],
    /// Words that name a source without a verb ("laut", "zufolge", "according").
    pub source_markers: &'static [&'static str],
    /// Words that never name anyone, even capitalised at a sentence's start ("When", "Wenn").
    pub stop_words: &'static [&'static str],
    /// Prepositions, with German's contractions ("gegenüber", "im", "zum", "during"): a noun
    /// phrase right after one is no verb's subject, and no capitalised one starts a name.
    pub prepositions: &'static [&'static str],
    /// Articles and determiners that open a noun phrase ("der", "the").
    pub determiners: &'static [&'static str],
    /// Personal pronouns that can name a speaker: (word, gender, plural).
    pub pronouns: &'static [(&'static str, Option<Gender>, bool)],
    /// Ends of role nouns, lower case ("minister", "sprecher", "spokesman"): a word ending in
    /// one names a person by their role ("Außenminister", "US-Sicherheitsberater").
    pub role_heads: &'static [&'static str],
    /// Ends of role nouns that make them feminine: ("in", "innen" plural) for German.
    pub feminine_role: fn(&str) -> Option<Gender>,
    /// Ends of nouns that name an organisation or institution ("regierung", "ministry").
    pub org_heads: &'static [&'static str],
    /// Ends of nouns that name a text or a medium, which speaks as its author does ("Bericht",
    /// "Zeitung", "statement", "report"): the only plain nouns that can be a speaker.
    pub document_heads: &'static [&'static str],
    /// Ends of abstract nouns, which name no one ("-ung", "-tion"): such a noun speaks only when
    /// the lexicon knows it as a text ("die Stellungnahme", "the declaration").
    pub abstract_endings: &'static [&'static str],
    /// Nouns that name a group of people who speak ("Experten", "officials").
    pub group_nouns: &'static [&'static str],
    /// Nouns of quantity and the preposition after them ("a number of analysts", "eine Reihe
    /// von Experten"): the phrase after the preposition names who speaks.
    pub quantity_nouns: &'static [&'static str],
    pub quantity_preposition: &'static str,
    /// Titles before a name ("Dr", "Prof", "Mr").
    pub titles: &'static [&'static str],
    /// Lower-case words inside names ("von", "van", "de").
    pub name_particles: &'static [&'static str],
    /// Auxiliaries of the perfect tense ("hat gesagt", "has said").
    pub auxiliaries: &'static [&'static str],
    /// Participles whose passive names the speaker as its subject ("wird Müller zitiert", "was
    /// quoted"), and the auxiliaries of that passive.
    pub quoted_participles: &'static [&'static str],
    pub passive_auxiliaries: &'static [&'static str],
    /// Words of the first person plural that open what a group says ("wir", "we", "our").
    pub we_words: &'static [&'static str],
    /// Words that open a clause reported after a verb of saying ("dass", "that").
    pub complementizers: &'static [&'static str],
    /// A noun phrase brought to the nominative, given the article before it ("des",
    /// "russischen Außenministeriums" → "russisches Außenministerium"); None where the
    /// language does not inflect it or it is already so.
    pub nominative: fn(article: &str, phrase: &str) -> Option<String>,
    /// Prepositions that join a person to their organisation ("Anna Novak of …"); none in
    /// German, whose "von" joins anything to anything.
    pub membership_prepositions: &'static [&'static str],
    /// Prepositions inside an organisation's name, between its head and more capitalised words
    /// ("Association of America", "Committee on Taxonomy of Viruses", "Centers for Disease
    /// Control"); none in German, whose names put such words in the genitive.
    pub org_name_prepositions: &'static [&'static str],
    /// Verbs of saying that characterise something, by stem: what they report is their object
    /// and what it is called, with no clause of its own ("bezeichnete die Lösung als Irrweg",
    /// "described the plan as reckless").
    pub characterising_verbs: &'static [&'static str],
    /// The word before what such a verb calls its object ("als", "as").
    pub characterising_markers: &'static [&'static str],
    /// Is this finite verb (lower case) plural? For a language whose pronoun has both numbers
    /// („sie sagte“, „sie sagten“); None where pronouns tell their number themselves.
    pub plural_verb: Option<fn(&str) -> bool>,
    /// Definite articles: a role noun after one may name a person already known („der
    /// SPD-Politiker“ for the man just quoted).
    pub definite_articles: &'static [&'static str],
    /// Articles of the genitive singular, after which a masculine or neuter noun ends in -s or
    /// -es („des SPD-Politikers“, „des Amtes“); none in English.
    pub genitive_articles: &'static [&'static str],
    /// Words that open a subordinate clause ("weil", "nachdem", "after", "while"); some are
    /// prepositions too ("after Trump said": Trump is no preposition's object).
    pub subordinators: &'static [&'static str],
    /// Conjunctions that join two clauses or two verbs of one subject ("und", "and").
    pub coordinators: &'static [&'static str],
    /// Articles that tell a singular noun's grammatical gender, where a pronoun agrees with it
    /// whatever the noun names („die Partei … sie“); none where only persons are "he" or "she".
    pub article_genders: &'static [(&'static str, Gender)],
    /// Prepositions that open an absolute construction, a noun phrase and its participle
    /// ("with the minister saying …"); none in German.
    pub absolute_markers: &'static [&'static str],
    /// Prepositions that name the agent of a passive ("vom Richter verkündet", "told by").
    pub passive_agent_markers: &'static [&'static str],
    /// Forms of verbs that say something only with a given object after them ("as she put it",
    /// not "put US into a state of emergency"): (form, object).
    pub speech_with_object: &'static [(&'static str, &'static str)],
    /// Forms of verbs of saying that are past participles only, never a finite verb ("written",
    /// "spoken"): with no auxiliary before them they describe the noun before ("a script written
    /// in Python"), which is what was said, not who said it. None in German, whose participles
    /// stand at the clause's end.
    pub participles_only: &'static [&'static str],
    /// Participles that give a name when a name follows them after a common noun ("a group
    /// called FurScience,"): the noun is what is named, not a speaker. None in German, whose
    /// participles stand at the clause's end.
    pub naming_participles: &'static [&'static str],
    /// Is this word (lower case) a past participle ("verkündet", "told")?
    pub is_participle: fn(&str) -> bool,
    /// Does a quotation go on after its cue's full stop as the same statement? English news
    /// runs one quotation on as "…," she said. "…"; German news gives „…“, sagte sie. „…“ as
    /// two statements, the second continuing the first speaker.
    pub quote_runs_on_after_cue: bool,
    /// Relative pronouns that open a clause after a comma ("…, der zur Zeit … inne hat, sagte").
    pub relative_pronouns: &'static [&'static str],
    /// An impersonal cue: verb forms and their dummy subject ("heißt es", "hieß es"), whose
    /// source is a place in a text: "heißt es in dem Bericht", "In einer Erklärung hieß es".
    pub impersonal_cue: (&'static [&'static str], &'static str),
    /// Verb forms that no regular ending shows (English "began", "would"): a noun phrase ends
    /// before them.
    pub bare_verbs: &'static [&'static str],
    /// Words that follow a plural subject but never a verb of saying in -s ("states can",
    /// "claims were"): before them such a form is a plural noun.
    pub after_plural_subject: &'static [&'static str],
    /// Prepositions that name the text a quotation is found in ("in dem Bericht", "auf der
    /// Homepage").
    pub text_prepositions: &'static [&'static str],
    /// Verbs whose object is the speaker: "die Agentur zitiert Dassin mit den Worten", "quoted Smith".
    pub quoting_verbs: &'static [&'static str],
    /// Phrases that name a source before it: "laut X", "according to X", "nach Angaben von X".
    pub source_before: &'static [&'static str],
    /// Nouns of a source after "nach" ("nach ersten Angaben der Polizei", "nach einer Analyse").
    pub source_nouns: &'static [&'static str],
    /// Words that name a source after it: "X zufolge".
    pub source_after: &'static [&'static str],
    /// Words after a speech verb that introduce its speaker in German ("so Korbin").
    pub so_markers: &'static [&'static str],
    /// Is this word (lower case) a form of a verb ("sagte", "erklärt", "told")?
    pub is_speech_verb: fn(&str) -> bool,
    /// For the finite form of a separable verb of saying ("fügte" of "hinzufügen"), its particle.
    pub separable_particle: fn(&str) -> Option<&'static str>,
    /// Is this word (lower case) a verb form that marks reported speech by itself (German
    /// Konjunktiv I: "sei", "habe", "gebe")? Always false for English.
    pub is_reported_mood: fn(&str) -> bool,
    /// Is this word a verb form that often carries reported speech, in either subjunctive
    /// ("sei", but also "wäre", "würden")? Always false for English.
    pub is_speech_mood: fn(&str) -> bool,
}

/// Head nouns (of roles, of organisations): as a set, and as a trie of their reversed bytes that
/// tells in one walk from a word's end whether the word ends in one of them.
struct Heads {
    words: FxHashSet<&'static str>,
    /// Node 0 is the root; each node: its children by byte, and whether a head ends there.
    nodes: Vec<(Vec<(u8, u32)>, bool)>,
}

impl Heads {
    fn new(words: &[&'static str]) -> Self {
        let mut nodes: Vec<(Vec<(u8, u32)>, bool)> = vec![(Vec::new(), false)];
        for w in words {
            let mut at = 0;
            for b in w.bytes().rev() {
                at = match nodes[at].0.iter().find(|(c, _)| *c == b) {
                    Some((_, next)) => *next as usize,
                    None => {
                        nodes.push((Vec::new(), false));
                        let next = nodes.len() - 1;
                        nodes[at].0.push((b, next as u32));
                        next
                    }
                };
            }
            nodes[at].1 = true;
        }
        Heads {
            words: words.iter().copied().collect(),
            nodes,
        }
    }

    /// Does `word[i..]` equal a head for some `i >= from`? A head starts with a whole
    /// character, so every such `i` is a character boundary.
    fn ends(&self, word: &str, from: usize) -> bool {
        let bytes = word.as_bytes();
        let mut at = 0;
        for i in (from..bytes.len()).rev() {
            match self.nodes[at].0.iter().find(|(c, _)| *c == bytes[i]) {
                Some((_, next)) => at = *next as usize,
                None => return false,
            }
            if self.nodes[at].1 {
                return true;
            }
        }
        false
    }
}

/// A language's word lists as hash sets, built once: the analysis asks them for every word.
pub struct Lexicon {
    /// Words that never start a name: determiners, function and stop words, calendar words,
    /// pronouns.
    plain: FxHashSet<&'static str>,
    role_heads: Heads,
    org_heads: Heads,
    document_heads: Heads,
    abstract_endings: &'static [&'static str],
    groups: FxHashSet<&'static str>,
    /// The function words by which `detect` tells the language.
    function_words: FxHashSet<&'static str>,
    prepositions: FxHashSet<&'static str>,
    /// The words that open or close a source phrase (`WordClass::source`).
    sources: FxHashSet<&'static str>,
    /// German compounds end in their head ("Außenminister"); English nouns stand alone.
    compounds: bool,
}

impl Lexicon {
    fn new(l: &'static Language) -> Self {
        let mut plain: FxHashSet<&'static str> = FxHashSet::default();
        for list in [
            l.determiners,
            l.function_words,
            l.stop_words,
            l.calendar_words,
            l.prepositions,
        ] {
            plain.extend(list.iter().copied());
        }
        plain.extend(l.pronouns.iter().map(|p| p.0));
        Lexicon {
            plain,
            role_heads: Heads::new(l.role_heads),
            org_heads: Heads::new(l.org_heads),
            document_heads: Heads::new(l.document_heads),
            abstract_endings: l.abstract_endings,
            groups: l.group_nouns.iter().copied().collect(),
            function_words: l.function_words.iter().copied().collect(),
            prepositions: l.prepositions.iter().copied().collect(),
            sources: l
                .source_before
                .iter()
                .filter_map(|phrase| phrase.split(' ').next())
                .chain(l.source_after.iter().copied())
                .chain(l.so_markers.iter().copied())
                .collect(),
            compounds: l.lang == Lang::De,
        }
    }

    /// Is the lower-case word a determiner, function word, stop word, calendar word or pronoun?
    pub fn is_plain(&self, lower: &str) -> bool {
        self.plain.contains(lower)
    }

    /// Does the word's head (after its last hyphen) name a role? In German also a compound that
    /// ends in one, with a few letters before it ("Außenminister", "Bürgermeisterin").
    pub fn is_role(&self, word: &str) -> bool {
        self.has_head(&self.role_heads, &word.to_lowercase())
    }

    /// Does the word name a text or a medium ("notice", "statement", "Bericht")?
    pub fn is_document(&self, word: &str) -> bool {
        self.has_head(&self.document_heads, &word.to_lowercase())
    }

    /// Can a noun with this head speak? Not an abstract noun ("die Bewertung", "the
    /// nomination"), unless it names a role, an organisation, a group, a text or a medium.
    pub fn can_speak(&self, head: &str) -> bool {
        let lower = head.to_lowercase();
        let ends = |list: &[&str]| {
            list.iter()
                .any(|e| lower.len() > e.len() + 2 && lower.ends_with(e))
        };
        !ends(self.abstract_endings)
            || self.groups.contains(lower.as_str())
            || [&self.role_heads, &self.org_heads, &self.document_heads]
                .iter()
                .any(|heads| self.has_head(heads, &lower))
    }

    fn has_head(&self, heads: &Heads, lower: &str) -> bool {
        let head = lower.rsplit('-').next().unwrap_or(lower);
        if heads.words.contains(head) || heads.words.contains(lower) {
            return true;
        }
        // A compound: a head after at least three letters.
        self.compounds
            && head
                .char_indices()
                .nth(3)
                .is_some_and(|(from, _)| heads.ends(head, from))
    }

    /// Everything the lexicon says of one word as written.
    fn classify(&self, language: &Language, word: &str) -> WordClass {
        let lower = word.to_lowercase();
        let mut traits = Traits::empty();
        for (trait_, holds) in [
            (Traits::PLAIN, self.plain.contains(lower.as_str())),
            (Traits::SPEECH_VERB, (language.is_speech_verb)(&lower)),
            (
                Traits::SEPARABLE,
                (language.separable_particle)(&lower).is_some(),
            ),
            (Traits::REPORTED_MOOD, (language.is_reported_mood)(&lower)),
            (Traits::SPEECH_MOOD, (language.is_speech_mood)(&lower)),
            (
                Traits::PREPOSITION,
                self.prepositions.contains(lower.as_str()),
            ),
            (Traits::TITLE, language.titles.contains(&word)),
            (Traits::ORG_NAME, is_org_name(word)),
            (Traits::SOURCE, self.sources.contains(lower.as_str())),
            (Traits::GROUP, self.groups.contains(lower.as_str())),
            (Traits::ROLE, self.has_head(&self.role_heads, &lower)),
            (Traits::ORG, self.has_head(&self.org_heads, &lower)),
        ] {
            traits.set(trait_, holds);
        }
        WordClass {
            traits,
            first_name: first_names::first_name(word),
        }
    }
}

bitflags::bitflags! {
    /// What the lexicon says of one word, but its first name: one bit each.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
    pub struct Traits: u16 {
        /// A determiner, function word, stop word, calendar word or pronoun.
        const PLAIN = 1;
        /// A form of a verb of saying ("sagte", "told").
        const SPEECH_VERB = 1 << 1;
        /// The finite form of a separable verb of saying ("fügte" of "hinzufügen").
        const SEPARABLE = 1 << 2;
        /// A verb form that marks reported speech by itself (German Konjunktiv I: "sei").
        const REPORTED_MOOD = 1 << 3;
        /// A verb form that often carries reported speech, in either subjunctive ("würden").
        const SPEECH_MOOD = 1 << 4;
        /// A preposition ("gegenüber", "im", "during").
        const PREPOSITION = 1 << 5;
        /// Opens or closes a phrase that names a source: "laut", "according", "zufolge".
        const SOURCE = 1 << 6;
        /// A title before a name ("Dr", "Mr").
        const TITLE = 1 << 7;
        /// An organisation's short name: an acronym or an institution ("OSZE", "Nato").
        const ORG_NAME = 1 << 8;
        /// A noun for a group of people who speak ("Experten", "officials").
        const GROUP = 1 << 9;
        /// A role noun, or a compound ending in one ("US-Sicherheitsberater").
        const ROLE = 1 << 10;
        /// A noun that names an organisation, or a compound ending in one ("Bundesregierung").
        const ORG = 1 << 11;
    }
}

/// What the lexicon says of one word: its traits and the gender of a known first name. Every
/// token carries one, so it is kept small (four bytes).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordClass {
    pub traits: Traits,
    /// A known first name, with its usual gender ("Anna", "Thomas").
    pub first_name: Option<first_names::FirstName>,
}

impl WordClass {
    pub fn plain(self) -> bool {
        self.traits.contains(Traits::PLAIN)
    }
    pub fn speech_verb(self) -> bool {
        self.traits.contains(Traits::SPEECH_VERB)
    }
    pub fn separable(self) -> bool {
        self.traits.contains(Traits::SEPARABLE)
    }
    pub fn reported_mood(self) -> bool {
        self.traits.contains(Traits::REPORTED_MOOD)
    }
    pub fn speech_mood(self) -> bool {
        self.traits.contains(Traits::SPEECH_MOOD)
    }
    pub fn preposition(self) -> bool {
        self.traits.contains(Traits::PREPOSITION)
    }
    pub fn source(self) -> bool {
        self.traits.contains(Traits::SOURCE)
    }
    pub fn title(self) -> bool {
        self.traits.contains(Traits::TITLE)
    }
    pub fn org_name(self) -> bool {
        self.traits.contains(Traits::ORG_NAME)
    }
    pub fn group(self) -> bool {
        self.traits.contains(Traits::GROUP)
    }
    pub fn role(self) -> bool {
        self.traits.contains(Traits::ROLE)
    }
    pub fn org(self) -> bool {
        self.traits.contains(Traits::ORG)
    }

    /// A word of the language's vocabulary, which is no name by itself.
    pub fn is_common(self) -> bool {
        self.traits.intersects(
            Traits::PLAIN | Traits::SPEECH_VERB | Traits::GROUP | Traits::ROLE | Traits::ORG,
        )
    }
}

/// Does a German word end like an inflected adjective ("russische", "neuen", "kritischer")?
pub fn adjective_ending(word: &str) -> bool {
    ["e", "en", "er", "es", "em"]
        .iter()
        .any(|e| word.ends_with(e))
}

/// `Lexicon::classify`, remembered for each word an analysis meets: a novel has some ten
/// thousand distinct words, and the sieves ask about each of them again and again.
pub struct WordClasses<'l> {
    language: &'l Language,
    memo: RefCell<FxHashMap<Box<str>, WordClass>>,
}

impl<'l> WordClasses<'l> {
    pub fn new(language: &'l Language) -> Self {
        WordClasses {
            language,
            memo: RefCell::default(),
        }
    }

    pub fn get(&self, word: &str) -> WordClass {
        if let Some(class) = self.memo.borrow().get(word) {
            return *class;
        }
        let class = lexicon(self.language.lang).classify(self.language, word);
        self.memo.borrow_mut().insert(word.into(), class);
        class
    }
}

static LEXICONS: LazyLock<[Lexicon; 2]> =
    LazyLock::new(|| [Lexicon::new(&de::LANGUAGE), Lexicon::new(&en::LANGUAGE)]);

pub fn lexicon(lang: Lang) -> &'static Lexicon {
    match lang {
        Lang::De => &LEXICONS[0],
        Lang::En => &LEXICONS[1],
    }
}

pub fn language(lang: Lang) -> &'static Language {
    match lang {
        Lang::De => &de::LANGUAGE,
        Lang::En => &en::LANGUAGE,
    }
}

pub const ALL: [Lang; 2] = [Lang::De, Lang::En];

/// German or English, from how often each language's function words occur. Ties (and texts with
/// no such words) go to English.
pub fn detect(text: &str) -> Lang {
    let mut scores = [0usize; ALL.len()];
    // The first 20 000 words are plenty and keep detection cheap on novels.
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(20_000)
    {
        // Most words are in lower case already.
        let lower = if word.chars().any(char::is_uppercase) {
            std::borrow::Cow::Owned(word.to_lowercase())
        } else {
            std::borrow::Cow::Borrowed(word)
        };
        for (i, lang) in ALL.iter().enumerate() {
            if lexicon(*lang).function_words.contains(lower.as_ref()) {
                scores[i] += 1;
            }
        }
    }
    let mut best = Lang::En;
    let mut best_score = 0;
    for (i, lang) in ALL.iter().enumerate() {
        if scores[i] > best_score {
            best = *lang;
            best_score = scores[i];
        }
    }
    best
}

/// International institutions whose acronyms are written as words in news text ("Nato",
/// "Unesco"): vocabulary of the news, like "Bundesregierung", in every language.
pub const INSTITUTIONS: &[&str] = &[
    "Nato", "Otan", "Unesco", "Unicef", "Opec", "Interpol", "Europol", "Frontex", "Fifa", "Uefa",
    "Nasa", "Esa", "Asean", "Mercosur", "Unhcr", "Unrwa", "Ecowas", "Eurostat", "Eurojust",
];

/// An organisation's short name: an acronym ("OSZE", "U.S.") or an institution written as a word.
pub fn is_org_name(s: &str) -> bool {
    // ("RIAA's": an acronym in the possessive.)
    let possessive = s.strip_suffix("'s").or_else(|| s.strip_suffix("’s"));
    is_acronym(s)
        || possessive.is_some_and(is_acronym)
        || INSTITUTIONS.contains(&without_genitive(s))
        || INSTITUTIONS.contains(&s)
}

/// "EU", "OSZE", "U.S", "BfV": upper-case letters, one lower-case allowed inside longer ones
/// (so "In", "Am" and "Ich" are words, not acronyms).
pub fn is_acronym(s: &str) -> bool {
    if !s.starts_with(char::is_uppercase)
        || s.len() > 24
        || !s.chars().all(|c| c.is_alphabetic() || c == '.' || c == '&')
    {
        return false;
    }
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let upper = s.chars().filter(|c| c.is_uppercase()).count();
    let lower_allowed = usize::from(letters >= 3);
    (2..=6).contains(&letters) && upper + lower_allowed >= letters
}

/// Strips a German or English genitive: "Korbins" -> "Korbin", "Hallam's" -> "Hallam".
pub fn without_genitive(word: &str) -> &str {
    for suffix in ["'s", "’s", "s'", "s’"] {
        if let Some(base) = word.strip_suffix(suffix) {
            return base;
        }
    }
    word.strip_suffix('s').unwrap_or(word)
}

/// All inflected forms of weak (regular) verbs from their stems, plus irregular forms: the
/// lexicons are written as stems and expanded once.
pub fn expand_forms(
    stems: &[&str],
    suffixes: &[&str],
    irregular: &[&str],
    participle: impl Fn(&str) -> Option<String>,
) -> FxHashSet<String> {
    let mut set = FxHashSet::default();
    for stem in stems {
        for suffix in suffixes {
            set.insert(format!("{stem}{suffix}"));
        }
        if let Some(p) = participle(stem) {
            set.insert(p);
        }
    }
    set.extend(irregular.iter().map(|w| w.to_string()));
    set
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_german_and_english() {
        assert_eq!(
            detect("Der Minister sagte, dass die Gespräche nicht einfach seien."),
            Lang::De
        );
        assert_eq!(
            detect("The minister said that the talks were not easy for the government."),
            Lang::En
        );
    }

    #[test]
    fn detection_ignores_case() {
        assert_eq!(
            detect("DER MINISTER SAGTE, DASS DIE GESPRÄCHE NICHT EINFACH SEIEN."),
            Lang::De
        );
        assert_eq!(
            detect("THE MINISTER SAID THAT THE TALKS WERE NOT EASY."),
            Lang::En
        );
    }

    /// Mentions compare pronouns ignoring ASCII case only, which is exact for ASCII pronouns.
    #[test]
    fn pronouns_are_lower_case_ascii() {
        for lang in ALL {
            for (p, _, _) in language(lang).pronouns {
                assert!(p.bytes().all(|b| b.is_ascii_lowercase()), "{p}");
            }
        }
    }

    #[test]
    fn compounds_end_in_a_head_after_three_letters() {
        let heads = Heads::new(&["minister", "chef", "rat"]);
        let ends = |w: &str| {
            w.char_indices()
                .nth(3)
                .is_some_and(|(from, _)| heads.ends(w, from))
        };
        assert!(ends("außenminister"));
        assert!(ends("parteichef"));
        assert!(ends("stadtrat"));
        assert!(!ends("ministerin"));
        assert!(!ends("chef"), "the head alone is the set's to answer");
        assert!(!ends("grat"), "fewer than three letters before the head");
        assert!(ends("überrat"), "letters are characters, not bytes");
        assert!(!ends(""));
    }

    #[test]
    fn empty_text_is_english() {
        assert_eq!(detect(""), Lang::En);
        assert_eq!(detect("12345 !!!"), Lang::En);
    }
}
