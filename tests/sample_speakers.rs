//! The speakers a reader should see in each sample article, listed by reading the articles
//! (tests/sample_speakers.toml): no actor that speaks may be anyone else, and no speaker may be
//! split into two actors.

use std::collections::BTreeMap;

use quoth::model::Analysis;
use serde::Deserialize;

#[derive(Deserialize)]
struct Article {
    lang: String,
    speakers: Vec<Speaker>,
    #[serde(default)]
    silent: Vec<String>,
}

#[derive(Deserialize)]
struct Speaker {
    name: String,
    #[serde(default)]
    also: Vec<String>,
}

impl Speaker {
    fn forms(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.also.iter().map(String::as_str))
    }
}

/// The words of a name that identify it: capitalised, three letters or more, without a genitive
/// -s ("Lawrows" is Lawrow).
fn name_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.chars().count() >= 3 && w.starts_with(char::is_uppercase))
        .map(|w| w.to_string())
        .collect()
}

fn same_word(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    a == b
        || (short.chars().count() >= 5 && long.starts_with(short) && long.len() - short.len() <= 2)
}

/// Does the actor's name (or, for an unnamed actor, its phrase) equal one of the speaker's forms?
fn names_exactly(actor_name: &str, speaker: &Speaker) -> bool {
    let lower = actor_name.to_lowercase();
    speaker.forms().any(|f| f.to_lowercase() == lower)
}

/// Articles before a noun: "the press secretary" is the "press secretary".
const ARTICLES: &[&str] = &["the", "a", "an", "der", "die", "das", "ein", "eine"];

/// Is the actor's name one of the speaker's forms but for an article, or the other way round
/// ("press secretary", "the press secretary")?
fn names_by_phrase(actor_name: &str, speaker: &Speaker) -> bool {
    let lower = actor_name.to_lowercase();
    let article_before = |long: &str, short: &str| {
        long.strip_suffix(short)
            .and_then(|rest| rest.strip_suffix(' '))
            .is_some_and(|rest| ARTICLES.contains(&rest))
    };
    speaker.forms().any(|f| {
        let f = f.to_lowercase();
        article_before(&f, &lower) || article_before(&lower, &f)
    })
}

/// Does the actor's last name word ("Lawrow" of "Sergej Lawrow") end one of the speaker's forms?
fn names_by_surname(actor_name: &str, speaker: &Speaker) -> bool {
    let Some(last) = name_words(actor_name).pop() else {
        return false;
    };
    speaker
        .forms()
        .filter_map(|f| name_words(f).pop())
        .any(|w| same_word(&last, &w))
}

/// The speakers an actor names: those it names exactly, else by a phrase's end, else by surname.
fn speakers_named(actor_name: &str, speakers: &[Speaker]) -> Vec<usize> {
    let tests: [fn(&str, &Speaker) -> bool; 3] = [names_exactly, names_by_phrase, names_by_surname];
    for test in tests {
        let found: Vec<usize> = (0..speakers.len())
            .filter(|i| test(actor_name, &speakers[*i]))
            .collect();
        if !found.is_empty() {
            return found;
        }
    }
    Vec::new()
}

fn analyse(path: &str, lang: &str) -> Analysis {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let lang = match lang {
        "de" => quoth::model::Lang::De,
        _ => quoth::model::Lang::En,
    };
    quoth::analyze(&text, &quoth::Options { lang: Some(lang) })
}

/// What is wrong with the speaking actors of one article, one line a fault.
fn faults(analysis: &Analysis, article: &Article) -> Vec<String> {
    let mut out = Vec::new();
    let speaking: BTreeMap<&str, &str> = analysis
        .statements
        .iter()
        .filter_map(|s| s.speaker)
        .map(|a| {
            (
                analysis.actors[a].id.as_str(),
                analysis.actors[a].name.as_str(),
            )
        })
        .collect();
    let mut actors_of: Vec<Vec<&str>> = vec![Vec::new(); article.speakers.len()];
    for name in speaking.values() {
        let matched = speakers_named(name, &article.speakers);
        if matched.is_empty() {
            let silent: Vec<Speaker> = article
                .silent
                .iter()
                .map(|s| Speaker {
                    name: s.clone(),
                    also: Vec::new(),
                })
                .collect();
            let silent = !speakers_named(name, &silent).is_empty();
            out.push(format!(
                "{name:?} speaks{}",
                if silent {
                    " (the article has them silent)"
                } else {
                    ", and is no speaker of the article"
                }
            ));
        }
        for i in matched {
            actors_of[i].push(name);
        }
    }
    for (i, actors) in actors_of.iter().enumerate() {
        if actors.len() > 1 {
            out.push(format!(
                "{:?} is split into {actors:?}",
                article.speakers[i].name
            ));
        }
    }
    out
}

fn articles() -> BTreeMap<String, Article> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/sample_speakers.toml");
    let text = std::fs::read_to_string(path).expect("tests/sample_speakers.toml");
    toml::from_str(&text).expect("tests/sample_speakers.toml is TOML of articles")
}

/// The faults not yet fixed (tests/sample_speakers.known_faults), one a line as `faults` words
/// them: the test fails on any fault not listed, and on a listed fault that is gone, so the
/// list only shrinks.
fn known_faults() -> Vec<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/sample_speakers.known_faults"
    );
    std::fs::read_to_string(path)
        .expect("tests/sample_speakers.known_faults")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

fn check(lang: &str) {
    let known = known_faults();
    let mut new = Vec::new();
    let mut gone = Vec::new();
    for (file, article) in articles().iter().filter(|(_, a)| a.lang == lang) {
        let path = format!("{}/samples/{lang}/{file}", env!("CARGO_MANIFEST_DIR"));
        let found: Vec<String> = faults(&analyse(&path, lang), article)
            .into_iter()
            .map(|f| format!("{file}: {f}"))
            .collect();
        new.extend(found.iter().filter(|f| !known.contains(f)).cloned());
        gone.extend(
            known
                .iter()
                .filter(|k| k.starts_with(&format!("{file}: ")) && !found.contains(k))
                .cloned(),
        );
    }
    assert!(
        new.is_empty() && gone.is_empty(),
        "faults not known before:\n{}\nknown faults that are gone (take them off the list):\n{}",
        new.join("\n"),
        gone.join("\n")
    );
}

#[test]
fn german_samples_have_the_speakers_a_reader_sees() {
    check("de");
}

#[test]
fn english_samples_have_the_speakers_a_reader_sees() {
    check("en");
}

#[test]
fn a_speaker_split_into_two_actors_or_a_stray_speaker_is_a_fault() {
    let article: Article = toml::from_str(
        r#"
lang = "en"
speakers = [{ name = "Mara Quillon", also = ["Quillon"] }]
silent = ["Tom Reed"]
"#,
    )
    .expect("toml");
    let text = "Mara Quillon spoke first. \"We are ready,\" Quillon said. Tom Reed said: \"No.\" \"Fine,\" Dr. Mara Quillon said.";
    let found = faults(
        &quoth::analyze(
            text,
            &quoth::Options {
                lang: Some(quoth::model::Lang::En),
            },
        ),
        &article,
    );
    assert!(
        found.iter().any(|f| f.contains("\"Tom Reed\" speaks")),
        "{found:?}"
    );
}
