//! German.

use rustc_hash::FxHashSet;
use std::sync::LazyLock;

use super::{expand_forms, Language};
use crate::model::{Gender, Lang};

/// Weak verbs of saying, by stem ("sag" gives sage, sagt, sagte, gesagt, ...).
const SPEECH_STEMS: &[&str] = &[
    "sag",
    "erklär",
    "beton",
    "warn",
    "forder",
    "fordr",
    "kritisier",
    "beklag",
    "bestätig",
    "äußer",
    "äusser",
    "mein",
    "glaub",
    "versicher",
    "bekräftig",
    "ergänz",
    "mahn",
    "frag",
    "antwort",
    "entgegn",
    "skandier",
    "würdig",
    "verkünd",
    "zitier",
    "feststell",
    "ausführ",
    "darleg",
    "vermut",
    "kommentier",
    "behaupt",
    "bezeichn",
    "lob",
    "bemängel",
    "bedauer",
    "begrüß",
    "appellier",
    "argumentier",
    "droh",
    "signalisier",
    "berichte",
    "bericht",
    "meld",
    "erinner",
    "schilder",
    "bilanzier",
    "resümier",
    "klag",
    "beteuer",
    "prognostizier",
    "vermut",
    "befürcht",
    "fürcht",
    "hoff",
    "twitter",
    "erläuter",
    "präzisier",
    "dementier",
    "widersprech",
    "unterstreich",
    "verteidig",
    "zweifel",
    "beschuldig",
    "vorwerf",
    "verlang",
    "rechtfertig",
    "protestier",
    "spekulier",
    "jubel",
    "schwärm",
    "wunder",
    "ankündig",
    "mitteil",
    "klarstell",
    "hinzufüg",
    "verlaut",
    "schätz",
    "folger",
    "urteil",
    "mutmaß",
    "bestreit",
    "leugn",
    "empfehl",
    "versprech",
    "bezweifel",
    "beruhig",
    "beschwer",
    "ermahn",
    "begründ",
    "verurteil",
    "aufforder",
    "charakterisier",
    "auffordr",
    "beurteil",
    "bewert",
];

/// Endings of weak verbs; "n" for stems in -el and -er ("bezweifeln", "äußern").
const SPEECH_SUFFIXES: &[&str] = &[
    "", "e", "en", "t", "st", "te", "ten", "et", "ete", "eten", "end", "n", "nd",
];

/// Strong and mixed verbs, whose forms do not follow from a stem.
const SPEECH_IRREGULAR: &[&str] = &[
    "sprach",
    "sprachen",
    "spricht",
    "gesprochen",
    "schrieb",
    "schrieben",
    "schreibt",
    "geschrieben",
    "hieß",
    "heißt",
    "hiess",
    "heisst",
    "rief",
    "riefen",
    "ruft",
    "gerufen",
    "gewiesen",
    "hingewiesen",
    "zurückgewiesen",
    "vorgeworfen",
    "angegeben",
    "zugegeben",
    "bekanntgegeben",
    "bestritt",
    "bestritten",
    "bestreitet",
    "unterstrich",
    "unterstrichen",
    "widersprach",
    "widersprochen",
    "verspricht",
    "versprach",
    "versprochen",
    "empfahl",
    "empfiehlt",
    "empfohlen",
    "riet",
    "rät",
    "geraten",
    "nannte",
    "nannten",
    "nennt",
    "genannt",
    "dachte",
    "denkt",
    "gedacht",
    "beschrieb",
    "lautete",
    "lauteten",
    "lautet",
    "beschreibt",
    "beschrieben",
    "verlautete",
    "verlautbarte",
    "mitgeteilt",
    "angekündigt",
    "hinzugefügt",
    "klargestellt",
    "eingeräumt",
    "zugestanden",
    "wies",
    "wiesen",
    "weist",
    "warf",
    "warfen",
    "wirft",
    "befand",
    "befindet",
    "gab",
    "gaben",
    "gibt",
    "gestand",
    "gestanden",
    "drohte",
];

/// Konjunktiv I forms that differ from the indicative: the mood of reported speech. (Konjunktiv
/// II, "wäre", "würde", is as often the author's own hypothetical.)
const REPORTED_MOOD: &[&str] = &[
    "sei", "seien", "seiest", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "möge",
    "gebe", "gehe", "stehe", "liege", "komme", "bleibe", "wisse", "lasse", "sehe", "brauche",
    "gelte", "fehle", "handle", "handele", "trage", "zeige", "mache", "habest", "bestehe",
];

static SPEECH_FORMS: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    expand_forms(SPEECH_STEMS, SPEECH_SUFFIXES, SPEECH_IRREGULAR, |stem| {
        // Inseparable prefixes and -ieren verbs take no "ge-": "erklärt", "kritisiert".
        let inseparable = [
            "be", "er", "ver", "zer", "ent", "emp", "miss", "ge", "wider", "unter",
        ]
        .iter()
        .any(|p| stem.starts_with(p));
        let t = if stem.ends_with(['t', 'd']) || stem.ends_with("chn") {
            "et"
        } else {
            "t"
        };
        Some(if inseparable || stem.ends_with("ier") {
            format!("{stem}{t}")
        } else {
            format!("ge{stem}{t}")
        })
    })
});

/// "Außenministerin", "Politikerin": feminine; "Politikerinnen": plural, so no gender.
fn feminine_role(word: &str) -> Option<Gender> {
    let w = word.to_lowercase();
    if w.ends_with("innen") {
        None
    } else if w.ends_with("in") && !w.ends_with("chein") {
        Some(Gender::Female)
    } else {
        Some(Gender::Male)
    }
}

fn is_speech_verb(word: &str) -> bool {
    SPEECH_FORMS.contains(word)
}

/// Konjunktiv II forms, common in reported speech and in the author's hypotheticals alike.
const SUBJUNCTIVE_II: &[&str] = &[
    "gäbe", "hätte", "hätten", "wäre", "wären", "würde", "würden", "könnten", "müssten", "sollten",
    "dürften",
];

fn is_speech_mood(word: &str) -> bool {
    is_reported_mood(word) || SUBJUNCTIVE_II.contains(&word)
}

fn is_reported_mood(word: &str) -> bool {
    REPORTED_MOOD.contains(&word)
}

/// Endings of German adjectives, adverbs and participles ("-lich", "-weise", "-endes"), which
/// no name has (abstract nouns: `ABSTRACT_ENDINGS`).
const NO_NAME_ENDINGS: &[&str] = &[
    "lich", "ig", "isch", "bar", "los", "sam", "weise", "falls", "dings", "mals", "wärts", "end",
    "endes",
];

/// Endings of German abstract and plural nouns ("-ung", "-heit", "Medien").
const ABSTRACT_ENDINGS: &[&str] = &[
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tät", "täten",
    "ion", "ionen", "ismus", "nis", "nisse", "tum", "ment", "enz", "anz", "ik", "zeit", "ien",
];

/// Endings of neuter nouns ("Ministerium", "Parlament", "Mädchen"); others after "des" are
/// taken as masculine.
const NEUTER_ENDINGS: &[&str] = &["ium", "um", "ment", "chen", "lein", "tum", "amt", "gericht"];

/// Endings of masculine nouns: persons ("Minister", "Direktor", "Polizist") and bodies ("Rat",
/// "Verband", "Ausschuss").
const MASCULINE_ENDINGS: &[&str] = &[
    "er",
    "or",
    "eur",
    "ent",
    "ant",
    "ist",
    "ling",
    "rat",
    "chef",
    "verband",
    "bund",
    "konzern",
    "staat",
    "dienst",
    "ausschuss",
    "kreis",
    "gipfel",
    "markt",
];

/// Endings of masculine nouns of the weak declension, which end in -en or -n outside the
/// nominative singular ("des Präsidenten", "dem Kollegen").
const WEAK_MASCULINE_ENDINGS: &[&str] = &[
    "ent", "ant", "ist", "at", "graf", "fürst", "kollege", "experte", "zeuge", "laie", "kunde",
    "bote", "erbe", "mensch", "nachbar", "bauer", "held", "herr", "prinz",
];

/// Case and gender a German article marks, as far as one article tells them.
#[derive(Clone, Copy, PartialEq)]
enum Marked {
    /// des, eines: genitive, masculine or neuter.
    GenitiveMasculineOrNeuter,
    /// dem, einem: dative, masculine or neuter.
    DativeMasculineOrNeuter,
    /// den, einen: accusative masculine (or dative plural, left alone).
    AccusativeMasculine,
}

/// "des russischen Außenministeriums" → "russisches Außenministerium", "dem neuen Präsidenten"
/// → "neuer Präsident": adjectives and a singular noun after an article that marks another case
/// than the nominative, brought to the nominative without an article (strong adjectives).
/// Only the words up to the noun change; a complement after it stays ("des Bürgermeisters von
/// Kiew" → "Bürgermeister von Kiew").
fn nominative(article: &str, phrase: &str) -> Option<String> {
    let marked = match article.to_lowercase().as_str() {
        "des" | "eines" => Marked::GenitiveMasculineOrNeuter,
        "dem" | "einem" => Marked::DativeMasculineOrNeuter,
        "den" | "einen" => Marked::AccusativeMasculine,
        "der" | "das" => return with_strong_adjectives(article, phrase),
        _ => return None,
    };
    let words: Vec<&str> = phrase.split(' ').collect();
    // The noun: the first capitalised word, past capitalised adjectives of a name or title
    // ("Nationalen Sicherheitsberaters").
    let noun_at = (0..words.len()).find(|k| {
        let w = words[*k];
        let adjective_of_title = super::adjective_ending(w)
            && words
                .get(k + 1)
                .is_some_and(|n| n.starts_with(char::is_uppercase));
        w.starts_with(char::is_uppercase) && !adjective_of_title
    })?;
    let noun = words[noun_at];
    let (bare, weak) = bare_noun(noun, marked);
    let lower_bare = bare.to_lowercase();
    let neuter = !weak
        && marked != Marked::AccusativeMasculine
        && NEUTER_ENDINGS.iter().any(|e| lower_bare.ends_with(e));
    let masculine = weak
        || marked == Marked::AccusativeMasculine
        || MASCULINE_ENDINGS.iter().any(|e| lower_bare.ends_with(e));
    // A noun of neither known gender keeps the adjective's form after "der" or "das" ("Rote
    // Kreuz"), right for both.
    let strong = if neuter {
        "es"
    } else if masculine {
        "er"
    } else {
        "e"
    };
    let out: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(k, w)| {
            if k < noun_at {
                // "russischen" → "russisches"/"russischer"; other words stay.
                match w.strip_suffix("en").or_else(|| w.strip_suffix("em")) {
                    Some(stem) if stem.chars().count() >= 3 => format!("{stem}{strong}"),
                    _ => (*w).to_string(),
                }
            } else if k == noun_at {
                bare.to_string()
            } else {
                (*w).to_string()
            }
        })
        .collect();
    let result = out.join(" ");
    (result != phrase).then_some(result)
}

/// After "der" or "das" the noun keeps its form; its adjectives take the endings they have
/// without an article: "der russische Präsident" → "russischer Präsident", "das neue Amt" →
/// "neues Amt", and, for "der" of a feminine genitive or dative, "der neuen Ministerin" →
/// "neue Ministerin".
fn with_strong_adjectives(article: &str, phrase: &str) -> Option<String> {
    let words: Vec<&str> = phrase.split(' ').collect();
    let noun_at = words
        .iter()
        .position(|w| w.starts_with(char::is_uppercase))?;
    if noun_at == 0 {
        return None;
    }
    let neuter = article.eq_ignore_ascii_case("das");
    let mut changed = false;
    let out: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(k, w)| {
            let adjective = k < noun_at && w.chars().count() > 3;
            let new = match (adjective, w.strip_suffix("en"), w.strip_suffix('e')) {
                (true, Some(stem), _) if !neuter => Some(format!("{stem}e")),
                (true, None, Some(stem)) => {
                    Some(format!("{stem}{}", if neuter { "es" } else { "er" }))
                }
                _ => None,
            };
            changed |= new.is_some();
            new.unwrap_or_else(|| (*w).to_string())
        })
        .collect();
    changed.then(|| out.join(" "))
}

/// A noun in the nominative singular, and whether it is a weak masculine: "Präsidenten" →
/// "Präsident", "Kollegen" → "Kollege", after "des" "Außenministeriums" → "Außenministerium",
/// "Landes" → "Land".
fn bare_noun(noun: &str, marked: Marked) -> (&str, bool) {
    let lower = noun.to_lowercase();
    let weak_with = |suffix: &str| {
        lower.strip_suffix(suffix).is_some_and(|stem| {
            WEAK_MASCULINE_ENDINGS
                .iter()
                .any(|e| stem.ends_with(e) && (suffix == "n") == e.ends_with('e'))
        })
    };
    if weak_with("en") {
        return (&noun[..noun.len() - 2], true);
    }
    if weak_with("n") {
        return (&noun[..noun.len() - 1], true);
    }
    if marked != Marked::GenitiveMasculineOrNeuter {
        return (noun, false);
    }
    let bare = noun
        .strip_suffix("es")
        .filter(|s| s.chars().count() >= 3 && !s.ends_with('s') && !s.ends_with('n'))
        .or_else(|| noun.strip_suffix('s'))
        .unwrap_or(noun);
    (bare, false)
}

/// A past participle of a verb of saying: "gesagt", "verkündet", "angekündigt", "geschrieben"
/// (an infinitive in -en is none: "sagen wird" is a future).
fn is_participle(word: &str) -> bool {
    word.ends_with('t') || (word.starts_with("ge") && word.ends_with("en"))
}

/// "die Einwohner", "die Experten": before a role noun that is not feminine ("die Ministerin")
/// nor a nominalised adjective ("die Abgeordnete"), "die" is plural.
fn plural_by_article(article: &str, head: &str) -> bool {
    article.eq_ignore_ascii_case("die") && !head.ends_with("in") && !head.ends_with('e')
}

/// A plural finite verb: „sagten“, „ausführen“, „sind“ (the third person plural ends in -en,
/// but for „sind“); „sagte“, „hat“, „sei“ are singular.
fn plural_verb(word: &str) -> bool {
    word.ends_with("en") || word == "sind"
}

pub static LANGUAGE: Language = Language {
    lang: Lang::De,
    tagger_model: include_bytes!("models/de.tagger"),
    capitalises_nouns: true,
    verb_second: true,
    inflects: true,
    participle_ending: None,
    no_name_endings: NO_NAME_ENDINGS,
    plural_feminine_role: Some("innen"),
    plural_by_article,
    gendered_role_nouns: true,
    function_words: &[
        "der", "die", "das", "und", "ist", "nicht", "mit", "sich", "des", "dem", "den", "ein",
        "eine", "einer", "zu", "auf", "für", "von", "sie", "er", "wir", "ich", "auch", "im",
        "wird", "sind", "hat", "haben", "wurde", "sagte", "nach", "bei", "aus", "noch", "wie",
        "oder", "aber", "dass", "über", "vor", "nur", "zum", "zur", "es", "sei",
    ],
    naming_verbs: &[
        "benannt",
        "benannte",
        "benannten",
        "umbenannt",
        "taufte",
        "tauften",
        "getauft",
    ],
    term_markers: &[
        "Codename",
        "Codenamen",
        "bedeutet",
        "heißt",
        "sogenannte",
        "sogenannten",
        "sogenannter",
        "sogenanntes",
        "sogenanntem",
        "genannte",
        "genannten",
        "genannter",
        "genanntes",
        "Begriff",
        "Begriffs",
        "Wort",
        "Wortes",
        "Ausdruck",
        "Schlagwort",
        "Stichwort",
        "Titel",
        "Motto",
        "Slogan",
        "namens",
        "Namen",
        "Spitznamen",
        "Aufschrift",
        "Parole",
    ],
    title_nouns: &[
        "Zeitung",
        "Tageszeitung",
        "Wochenzeitung",
        "Zeitschrift",
        "Magazin",
        "Nachrichtenmagazin",
        "Blatt",
        "Boulevardblatt",
        "Sender",
        "Fernsehsender",
        "Radiosender",
        "Nachrichtensender",
        "Sendung",
        "Talkshow",
        "Show",
        "Serie",
        "Film",
        "Kinofilm",
        "Dokumentarfilm",
        "Buch",
        "Roman",
        "Album",
        "Lied",
        "Song",
        "Single",
        "Stück",
        "Theaterstück",
        "Oper",
        "Ausstellung",
        "Operation",
        "Aktion",
        "Kampagne",
        "Projekt",
        "Programm",
        "Initiative",
        "Bündnis",
        "Partei",
        "Verein",
        "Gruppe",
        "Band",
        "Schiff",
        "Hotel",
        "Restaurant",
        "Portal",
        "Onlineportal",
        "Nachrichtenportal",
        "Plattform",
        "App",
        "Kolumne",
        "Studie",
        "Bericht",
        "Gesetz",
        "Agentur",
        "Nachrichtenagentur",
        "Netzwerk",
        "Marke",
    ],
    leading_elisions: &["s", "n", "ne", "nen", "nem", "ner"],
    calendar_words: &[
        "januar",
        "jänner",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonnabend",
        "sonntag",
        "uhr",
        "stand",
        "aktualisiert",
        "veröffentlicht",
        "am",
        "um",
    ],
    prepositions: &[
        "an",
        "am",
        "ans",
        "auf",
        "aufs",
        "aus",
        "außer",
        "bei",
        "beim",
        "bis",
        "dank",
        "durch",
        "entlang",
        "für",
        "gegen",
        "gegenüber",
        "hinter",
        "in",
        "im",
        "ins",
        "innerhalb",
        "außerhalb",
        "mit",
        "nach",
        "neben",
        "ohne",
        "seit",
        "statt",
        "trotz",
        "um",
        "unter",
        "über",
        "vom",
        "vor",
        "während",
        "wegen",
        "zu",
        "zum",
        "zur",
        "zwischen",
        "laut",
    ],
    stop_words: &[
        "wenn",
        "als",
        "nach",
        "vor",
        "in",
        "im",
        "am",
        "um",
        "bei",
        "mit",
        "während",
        "ob",
        "was",
        "wer",
        "wie",
        "wo",
        "warum",
        "dies",
        "diese",
        "dieser",
        "dieses",
        "alle",
        "viele",
        "einige",
        "mehrere",
        "beide",
        "jeder",
        "jede",
        "jedes",
        "nur",
        "auch",
        "noch",
        "schon",
        "ja",
        "nein",
        "man",
        "es",
        "seit",
        "bis",
        "für",
        "gegen",
        "ohne",
        "durch",
        "trotz",
        "wegen",
        "laut",
        "über",
        "unter",
        "neben",
        "zwischen",
        "doch",
        "denn",
        "weil",
        "dass",
        "damit",
        "sowie",
        "sondern",
        "aber",
        "oder",
        "und",
        "so",
        "da",
        "dort",
        "hier",
        "sein",
        "seine",
        "ihr",
        "ihre",
        "unser",
        "unsere",
        "wir",
        "ich",
        "du",
        "sie",
        "er",
        "eins",
        "zwei",
        "drei",
        "vier",
        "fünf",
        "zehn",
        "hundert",
        "tausend",
        "millionen",
        "prozent",
    ],
    determiners: &[
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "eines", "einen",
    ],
    pronouns: &[
        ("er", Some(Gender::Male), false),
        ("sie", Some(Gender::Female), false),
    ],
    role_heads: &[
        "minister",
        "ministerin",
        "berater",
        "beraterin",
        "politiker",
        "politikerin",
        "sprecher",
        "sprecherin",
        "präsident",
        "präsidentin",
        "chef",
        "chefin",
        "meister",
        "meisterin",
        "kanzler",
        "kanzlerin",
        "leiter",
        "leiterin",
        "direktor",
        "direktorin",
        "experte",
        "expertin",
        "vorsitzende",
        "vorsitzender",
        // Nouns made of adjectives keep their endings: "vom Vorsitzenden".
        "vorsitzenden",
        "abgeordnete",
        "abgeordneter",
        "abgeordneten",
        "anwalt",
        "anwältin",
        "richter",
        "richterin",
        "sekretär",
        "sekretärin",
        "botschafter",
        "botschafterin",
        "beauftragte",
        "beauftragter",
        "beauftragten",
        "senator",
        "senatorin",
        "gouverneur",
        "gouverneurin",
        "könig",
        "königin",
        "premier",
        "premierministerin",
        "kommissar",
        "kommissarin",
        "general",
        "generalin",
        "offizier",
        "wissenschaftler",
        "wissenschaftlerin",
        "forscher",
        "forscherin",
        "professor",
        "professorin",
        "arzt",
        "ärztin",
        "analyst",
        "analystin",
        "ökonom",
        "ökonomin",
        "sprecher",
        "vertreter",
        "vertreterin",
        "mitglied",
        "kandidat",
        "kandidatin",
        "gründer",
        "gründerin",
        "manager",
        "managerin",
        "trainer",
        "trainerin",
        "bischof",
        "papst",
        "kardinal",
        "staatsanwalt",
        "staatsanwältin",
        "chef",
        "funktionär",
        "intendant",
        "intendantin",
        "kollege",
        "kollegin",
        "kollegen",
        "reporter",
        "reporterin",
        "geschäftsführer",
        "geschäftsführerin",
        "veranstalter",
        "veranstalterin",
        "bürger",
        "bürgerin",
        "einwohner",
        "einwohnerin",
        "augenzeuge",
        "augenzeugin",
        "opfer",
        "mutter",
        "vater",
        "bruder",
        "schwester",
        "sohn",
        "tochter",
        "freund",
        "freundin",
        "nachbar",
        "nachbarin",
        "rapper",
        "redakteur",
        "redakteurin",
        "herausgeber",
        "herausgeberin",
        "kommentator",
        "kommentatorin",
        "funktionärin",
        "aktivist",
        "aktivistin",
        "autor",
        "autorin",
        "journalist",
        "journalistin",
        "korrespondent",
        "korrespondentin",
        "zeuge",
        "zeugin",
        "polizist",
        "polizistin",
        "ermittler",
        "ermittlerin",
        "sprecher",
        "oberhaupt",
        "regierungschef",
        "regierungschefin",
        "staatschef",
        "staatschefin",
        "moderator",
        "moderatorin",
        "sieger",
        "siegerin",
        "fahrer",
        "fahrerin",
        "spieler",
        "spielerin",
        "besitzer",
        "besitzerin",
        "kläger",
        "klägerin",
        "angeklagte",
        "angeklagter",
        "verteidiger",
        "verteidigerin",
        "arbeiter",
        "arbeiterin",
        "ingenieur",
        "ingenieurin",
        "biologe",
        "biologin",
        "historiker",
        "historikerin",
        "priester",
        "pfarrer",
        "pfarrerin",
        "lehrer",
        "lehrerin",
        "schüler",
        "schülerin",
        "student",
        "studentin",
        "mediziner",
        "medizinerin",
        "verleger",
        "verlegerin",
        "künstler",
        "künstlerin",
        "schauspieler",
        "schauspielerin",
        "sänger",
        "sängerin",
        "musiker",
        "musikerin",
        "inhaber",
        "inhaberin",
        "kommandeur",
        "soldat",
        "soldatin",
        "beamter",
        "beamtin",
        "verfasser",
        "verfasserin",
        "jährige",
        "jähriger",
    ],
    feminine_role,
    quantity_nouns: &[
        "Reihe",
        "Mehrheit",
        "Minderheit",
        "Vielzahl",
        "Handvoll",
        "Dutzend",
        "Dutzende",
        "Hunderte",
        "Tausende",
        "Großteil",
        "Teil",
    ],
    quantity_preposition: "von",
    abstract_endings: ABSTRACT_ENDINGS,
    document_heads: &[
        "bericht",
        "satzung",
        "verfassung",
        "spot",
        "werbespot",
        "anzeige",
        "erklärung",
        "mitteilung",
        "meldung",
        "stellungnahme",
        "schreiben",
        "brief",
        "studie",
        "umfrage",
        "gutachten",
        "urteil",
        "beschluss",
        "zeitung",
        "zeitschrift",
        "magazin",
        "blatt",
        "sender",
        "fernsehsender",
        "rundfunk",
        "website",
        "webseite",
        "homepage",
        "internetseite",
        "blog",
        "nachricht",
        "botschaft",
        "papier",
        "dokument",
        "text",
        "anklage",
        "anklageschrift",
        "klage",
        "dekret",
        "verordnung",
        "gesetz",
        "gesetzentwurf",
        "entwurf",
        "resolution",
        "kommuniqué",
        "kommunique",
        "protokoll",
        "aufruf",
        "appell",
        "tweet",
        "eintrag",
        "beitrag",
        "artikel",
        "kommentar",
        "leitartikel",
        "schlagzeile",
        "video",
        "buch",
        "plakat",
        "transparent",
        "petition",
        "mail",
        "e-mail",
    ],
    org_heads: &[
        "regierung",
        "ministerium",
        "polizei",
        "behörde",
        "gericht",
        "kommission",
        "nationen",
        "union",
        "partei",
        "agentur",
        "verband",
        "unternehmen",
        "konzern",
        "bank",
        "amt",
        "staatsanwaltschaft",
        "gewerkschaft",
        "verwaltung",
        "armee",
        "institut",
        "universität",
        "komitee",
        "büro",
        "stiftung",
        "organisation",
        "bündnis",
        "allianz",
        "koalition",
        "fraktion",
        "kanzleramt",
        "rathaus",
        "senat",
        "parlament",
        "bundestag",
        "bundesrat",
        "ministerrat",
        "vorstand",
        "gesellschaft",
        "zentrale",
        "dienst",
        "geheimdienst",
        "feuerwehr",
        "klinik",
        "krankenhaus",
        "sender",
        "zeitung",
        "nachrichtenagentur",
        "firma",
        "vereinigung",
        "verein",
        "initiative",
        "kammer",
        "ausschuss",
        "gremium",
        "kirche",
        "netzwerk",
        "liga",
        "opposition",
    ],
    group_nouns: &[
        "experten",
        "analysten",
        "kritiker",
        "beobachter",
        "ermittler",
        "behörden",
        "augenzeugen",
        "zeugen",
        "anwohner",
        "demonstranten",
        "quellen",
        "kreise",
        "diplomaten",
        "beamte",
        "beamten",
        "vertreter",
        "politiker",
        "wissenschaftler",
        "forscher",
        "ärzte",
        "helfer",
        "retter",
        "einsatzkräfte",
        "anwälte",
        "opfer",
        "angehörige",
        "angehörigen",
        "bewohner",
        "mitarbeiter",
        "fans",
        "gegner",
        "befürworter",
        "ökonomen",
        "volkswirte",
        "autoren",
        "verfasser",
        "juristen",
        "umweltschützer",
        "aktivisten",
        "teilnehmer",
        "bürger",
        "einwohner",
    ],
    titles: &[
        "Dr", "Prof", "Dipl", "Ing", "Frau", "Herr", "Pfarrer", "Bischof", "Papst",
    ],
    name_particles: &[
        "von", "van", "de", "al", "bin", "ibn", "da", "di", "del", "du", "ten", "ter",
    ],
    auxiliaries: &["hat", "hatte", "habe", "haben", "hatten", "hätte", "hätten"],
    quoted_participles: &["zitiert"],
    passive_auxiliaries: &["wird", "wurde", "werden", "wurden"],
    absolute_markers: &[],
    article_genders: &[("die", Gender::Female), ("der", Gender::Male)],
    characterising_verbs: &["bezeichn", "nannt", "nenn", "beschrieb", "beschreib"],
    plural_verb: Some(plural_verb),
    definite_articles: &["der", "die", "das", "des", "dem", "den"],
    genitive_articles: &["des", "eines"],
    subordinators: &[
        "als", "wenn", "da", "weil", "nachdem", "während", "obwohl", "bevor", "seit", "seitdem",
        "ob", "dass", "sobald", "indem",
    ],
    coordinators: &["und", "sowie", "aber"],
    membership_prepositions: &[],
    org_name_prepositions: &[],
    nominative,
    characterising_markers: &["als"],
    complementizers: &["dass"],
    we_words: &[
        "wir", "uns", "unser", "unsere", "unseren", "unserer", "unserem",
    ],
    passive_agent_markers: &["von", "vom", "durch"],
    naming_participles: &[],
    speech_with_object: &[],
    participles_only: &[],
    is_participle,
    quoting_verbs: &["zitiert", "zitierte", "zitieren", "zitierten"],
    quote_runs_on_after_cue: false,
    impersonal_cue: (&["heißt", "hieß", "heisst", "hiess"], "es"),
    text_prepositions: &["in", "im", "auf", "bei"],
    // German nouns are capitalised: a verb never passes for one.
    bare_verbs: &[],
    after_plural_subject: &[],
    relative_pronouns: &[
        "der", "die", "das", "dem", "den", "deren", "dessen", "welcher", "welche", "welches",
    ],
    source_before: &[
        "laut",
        "nach angaben",
        "nach ansicht",
        "nach auffassung",
        "nach meinung",
        "nach worten",
        "nach den worten",
        "nach einschätzung",
        "nach darstellung",
        "nach informationen",
        "nach aussage",
        "nach aussagen",
        "aus sicht",
        "wie",
    ],
    source_nouns: &[
        "angaben",
        "angabe",
        "ansicht",
        "sichtweise",
        "einschätzung",
        "einschätzungen",
        "analyse",
        "berechnungen",
        "informationen",
        "darstellung",
        "aussage",
        "aussagen",
        "worten",
        "meinung",
        "auffassung",
        "schätzung",
        "schätzungen",
        "erkenntnissen",
        "recherchen",
        "umfragen",
        "berichten",
        "ermittlungen",
        "untersuchungen",
        "zahlen",
        "daten",
        "studien",
        "ankündigung",
        "darstellungen",
        "erklärung",
        "mitteilung",
        "überzeugung",
        "sicht",
        "willen",
        "vorstellung",
        "vorstellungen",
        "plänen",
        "vorschlag",
        "bericht",
        "meldung",
        "meldungen",
        "auskunft",
    ],
    source_after: &["zufolge"],
    so_markers: &["so"],
    source_markers: &[
        "laut",
        "zufolge",
        "angaben",
        "ansicht",
        "meinung",
        "worten",
        "aussage",
        "aussagen",
        "einschätzung",
        "auffassung",
        "überzeugung",
        "sicht",
    ],
    is_speech_verb,
    separable_particle,
    is_reported_mood,
    is_speech_mood,
};

/// Separable verbs of saying by their finite stems: "teilte … mit", "fügte … hinzu".
const SEPARABLE: &[(&str, &str)] = &[
    ("füg", "hinzu"),
    ("teil", "mit"),
    ("kündig", "an"),
    ("stell", "klar"),
    ("räum", "ein"),
    ("wies", "hin"),
    ("weist", "hin"),
    ("wies", "zurück"),
    ("weist", "zurück"),
    ("gab", "an"),
    ("gibt", "an"),
    ("gab", "zu"),
    ("gibt", "zu"),
    ("gab", "bekannt"),
    ("gibt", "bekannt"),
    ("warf", "vor"),
    ("wirft", "vor"),
    ("deut", "an"),
    ("merk", "an"),
    ("fordert", "auf"),
    ("forderte", "auf"),
    ("ruf", "auf"),
    ("rief", "auf"),
    ("stimm", "zu"),
    ("sprach", "aus"),
    ("spricht", "aus"),
    ("hob", "hervor"),
    ("hebt", "hervor"),
    ("wand", "ein"),
    ("wendet", "ein"),
    ("legt", "dar"),
    ("gesteh", "ein"),
    ("gestand", "ein"),
    ("geb", "bekannt"),
    ("führ", "aus"),
    ("führ", "an"),
    ("stell", "fest"),
    ("fass", "zusammen"),
    ("fasst", "zusammen"),
    ("setz", "hinzu"),
    ("hält", "entgegen"),
    ("hielt", "entgegen"),
    ("hält", "fest"),
    ("hielt", "fest"),
    ("bracht", "vor"),
    ("trug", "vor"),
    ("trägt", "vor"),
    ("strich", "heraus"),
    ("streicht", "heraus"),
    ("stell", "heraus"),
    ("mach", "klar"),
    ("mach", "deutlich"),
    ("schloss", "aus"),
    ("schließt", "aus"),
    ("schlug", "vor"),
    ("schlägt", "vor"),
    ("sicher", "zu"),
    ("nahm", "stellung"),
    ("nimmt", "stellung"),
];

/// `SEPARABLE` by the first byte of the stem: a word is compared with the stems that begin
/// as it does, not with all of them.
static SEPARABLE_BY_FIRST: LazyLock<Vec<Vec<(&str, &str)>>> = LazyLock::new(|| {
    let mut by_first = vec![Vec::new(); 256];
    for (stem, particle) in SEPARABLE {
        if let Some(b) = stem.bytes().next() {
            by_first[b as usize].push((*stem, *particle));
        }
    }
    by_first
});

fn separable_particle(word: &str) -> Option<&'static str> {
    let first = *word.as_bytes().first()?;
    SEPARABLE_BY_FIRST[first as usize]
        .iter()
        .find_map(|(stem, particle)| {
            let rest = word.strip_prefix(stem)?;
            matches!(
                rest,
                "" | "t" | "te" | "ten" | "e" | "en" | "et" | "ete" | "eten"
            )
            .then_some(*particle)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speech_verbs_in_their_forms() {
        for w in [
            "sagte",
            "sagten",
            "gesagt",
            "erklärte",
            "erklärt",
            "betonte",
            "kritisierte",
            "kritisiert",
            "berichtete",
            "sprach",
            "warnte",
            "fordert",
        ] {
            assert!(is_speech_verb(w), "{w}");
        }
        for w in ["haus", "ging", "war", "sagen-haft"] {
            assert!(!is_speech_verb(w), "{w}");
        }
    }

    #[test]
    fn phrases_after_an_article_of_another_case_come_to_the_nominative() {
        let n = |a, p| nominative(a, p);
        assert_eq!(
            n("des", "russischen Außenministeriums").as_deref(),
            Some("russisches Außenministerium")
        );
        assert_eq!(
            n("dem", "neuen Präsidenten").as_deref(),
            Some("neuer Präsident")
        );
        assert_eq!(n("des", "Kollegen").as_deref(), Some("Kollege"));
        assert_eq!(
            n("den", "deutschen Botschafter").as_deref(),
            Some("deutscher Botschafter")
        );
        assert_eq!(
            n("des", "Bürgermeisters von Kiew").as_deref(),
            Some("Bürgermeister von Kiew")
        );
        assert_eq!(n("des", "Landes").as_deref(), Some("Land"));
        // A noun of unknown gender keeps the form an article would ask for.
        assert_eq!(n("des", "Roten Kreuzes").as_deref(), Some("Rote Kreuz"));
        assert_eq!(
            n("des", "Nationalen Sicherheitsrates").as_deref(),
            Some("Nationaler Sicherheitsrat")
        );
        // After "der" and "das" the adjectives take their endings without an article.
        assert_eq!(
            n("der", "russische Präsident").as_deref(),
            Some("russischer Präsident")
        );
        assert_eq!(
            n("der", "neuen deutschen Außenministerin").as_deref(),
            Some("neue deutsche Außenministerin")
        );
        assert_eq!(n("das", "neue Amt").as_deref(), Some("neues Amt"));
        assert_eq!(n("der", "Sprecher"), None);
        assert_eq!(n("die", "Bundesregierung"), None);
    }
}
