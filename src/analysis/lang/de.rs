//! German.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::{expand_forms, Language};
use crate::model::Lang;

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
    "verkünd",
    "zitier",
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
];

const SPEECH_SUFFIXES: &[&str] = &[
    "", "e", "en", "t", "st", "te", "ten", "et", "ete", "eten", "end",
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
    "wies",
    "wiesen",
    "weist",
    "gewiesen",
    "hingewiesen",
    "zurückgewiesen",
    "warf",
    "warfen",
    "wirft",
    "vorgeworfen",
    "gab",
    "gaben",
    "gibt",
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
    "befand",
    "befindet",
    "wusste",
    "weiß",
    "beschrieb",
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
    "gestand",
    "gestanden",
    "drohte",
];

/// Konjunktiv I forms that differ from the indicative, and Konjunktiv II forms common in
/// reported speech.
const REPORTED_MOOD: &[&str] = &[
    "sei", "seien", "seiest", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "möge",
    "gebe", "gehe", "stehe", "liege", "komme", "bleibe", "wisse", "lasse", "sehe", "brauche",
    "gelte", "fehle", "handle", "handele", "trage", "zeige", "mache", "habest", "bestehe", "gäbe",
    "hätte", "hätten", "wäre", "wären", "würde", "würden", "könnten", "müssten", "sollten",
    "dürften",
];

static SPEECH_FORMS: LazyLock<HashSet<String>> = LazyLock::new(|| {
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

fn is_speech_verb(word: &str) -> bool {
    SPEECH_FORMS.contains(word)
}

fn is_reported_mood(word: &str) -> bool {
    REPORTED_MOOD.contains(&word)
}

pub static LANGUAGE: Language = Language {
    lang: Lang::De,
    function_words: &[
        "der", "die", "das", "und", "ist", "nicht", "mit", "sich", "des", "dem", "den", "ein",
        "eine", "einer", "zu", "auf", "für", "von", "sie", "er", "wir", "ich", "auch", "im",
        "wird", "sind", "hat", "haben", "wurde", "sagte", "nach", "bei", "aus", "noch", "wie",
        "oder", "aber", "dass", "über", "vor", "nur", "zum", "zur", "es", "sei",
    ],
    term_markers: &[
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
    is_reported_mood,
};

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
}
