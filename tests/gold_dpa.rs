//! The dpa article against its hand-made gold (a copy of the shared gold in tests/data).

use serde_json::Value;

fn gold() -> Value {
    serde_json::from_str(include_str!("data/dpa-ukraine-verhandlungen.json")).expect("gold parses")
}

fn analysis() -> (String, Value) {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/samples/de/dpa-ukraine-verhandlungen.txt"
    ))
    .expect("sample is there");
    let a = quoth::analyze(&text, &quoth::Options::default());
    let json = quoth::json::to_value(&text, &a, None);
    (text, json)
}

#[test]
fn sections_are_the_gold_headings() {
    let (_, a) = analysis();
    let got: Vec<Value> = a["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["heading"].clone())
        .collect();
    let want: Vec<Value> = gold()["sections"].as_array().unwrap().clone();
    assert_eq!(got, want);
}

#[test]
fn the_language_is_german() {
    assert_eq!(analysis().1["lang"], "de");
}

#[test]
fn the_quotations_are_exactly_the_gold_quotes() {
    let (text, a) = analysis();
    let chars: Vec<char> = text.chars().collect();
    let quoted: Vec<&Value> = a["statements"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["kind"] == "direct" || s["kind"] == "partial")
        .collect();
    let gold = gold();
    let want = gold["quotes"].as_array().unwrap();
    assert_eq!(quoted.len(), want.len(), "15 quotations, no more, no fewer");
    for (got, want) in quoted.iter().zip(want) {
        let span = &got["spans"][0];
        let (start, end) = (
            span[0].as_u64().unwrap() as usize,
            span[1].as_u64().unwrap() as usize,
        );
        assert_eq!(
            (start as u64, end as u64),
            (
                want["start"].as_u64().unwrap(),
                want["end"].as_u64().unwrap()
            ),
            "span of {}",
            want["text"]
        );
        assert_eq!(
            chars[start..end].iter().collect::<String>(),
            want["text"].as_str().unwrap()
        );
        assert_eq!(got["kind"], want["kind"], "kind of {}", want["text"]);
    }
}

#[test]
fn bild_is_not_a_statement() {
    let (text, a) = analysis();
    let chars: Vec<char> = text.chars().collect();
    for s in a["statements"].as_array().unwrap() {
        for span in s["spans"].as_array().unwrap() {
            let (start, end) = (
                span[0].as_u64().unwrap() as usize,
                span[1].as_u64().unwrap() as usize,
            );
            let said: String = chars[start..end].iter().collect();
            assert!(!said.contains("Bild"), "{said}");
        }
    }
}

fn actor_named<'a>(a: &'a Value, name: &str) -> &'a Value {
    a["actors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["name"] == name)
        .unwrap_or_else(|| panic!("no actor {name}"))
}

#[test]
fn every_quotation_has_the_gold_speaker() {
    let (_, a) = analysis();
    let gold = gold();
    let quoted: Vec<&Value> = a["statements"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["kind"] != "indirect")
        .collect();
    for (got, want) in quoted.iter().zip(gold["quotes"].as_array().unwrap()) {
        let speaker = a["actors"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["id"] == got["speaker"]);
        assert_eq!(
            speaker.map(|s| &s["name"]),
            Some(&want["speaker"]),
            "speaker of {}",
            want["text"]
        );
        assert!(
            got["speaker_mention"].is_array(),
            "a speaker is named somewhere: {}",
            want["text"]
        );
    }
}

#[test]
fn the_people_of_the_gold_with_full_names_and_roles() {
    let (_, a) = analysis();
    for person in gold()["actors"].as_array().unwrap() {
        let actor = actor_named(&a, person["name"].as_str().unwrap());
        assert_eq!(actor["kind"], "person", "{}", person["name"]);
        let roles: Vec<&str> = actor["roles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.as_str().unwrap())
            .collect();
        for role in person["roles"].as_array().unwrap() {
            let role = role.as_str().unwrap();
            assert!(
                roles.iter().any(|r| r.contains(role)),
                "{} has role {role}: {roles:?}",
                person["name"]
            );
        }
    }
}

#[test]
fn organisations_are_not_people() {
    let (_, a) = analysis();
    for org in ["Nato", "OSZE", "EU"] {
        assert_eq!(actor_named(&a, org)["kind"], "organization", "{org}");
    }
    for place in ["USA", "Russland"] {
        if let Some(actor) = a["actors"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["name"] == place)
        {
            assert_ne!(actor["kind"], "person", "{place}");
        }
    }
}

#[test]
fn reported_speech_of_the_right_speaker() {
    let (_, a) = analysis();
    let gold = gold();
    let actors = a["actors"].as_array().unwrap();
    let indirect: Vec<&Value> = a["statements"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["kind"] == "indirect")
        .collect();
    for want in gold["indirect"].as_array().unwrap() {
        let span = serde_json::json!([want["start"], want["end"]]);
        let got = indirect
            .iter()
            .find(|s| s["spans"][0] == span)
            .unwrap_or_else(|| panic!("no indirect statement {}", want["text"]));
        let speaker = actors
            .iter()
            .find(|x| x["id"] == got["speaker"])
            .map(|x| &x["name"]);
        assert_eq!(
            speaker,
            Some(&want["speaker"]),
            "speaker of {}",
            want["text"]
        );
        assert!(
            got["cue"].is_array() || got["attributed_by"] == "reported mood",
            "{}",
            want["text"]
        );
    }
}

#[test]
fn a_partial_quotation_inside_reported_speech_stays_a_statement() {
    let (_, a) = analysis();
    let kinds: Vec<&str> = a["statements"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["text"] == "„Gegenvorschläge“")
        .map(|s| s["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["partial"]);
}

/// The analysis must not know the article's people: no surname of the gold's actors appears in
/// the program's sources (src/ and benches/); the tests may name them, the code may not.
#[test]
fn the_program_does_not_know_the_samples_people() {
    let gold = gold();
    let surnames: Vec<String> = gold["actors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["kind"] == "person")
        .filter_map(|a| a["name"].as_str()?.split(' ').next_back().map(String::from))
        .collect();
    assert!(surnames.len() >= 4, "{surnames:?}");
    let root = env!("CARGO_MANIFEST_DIR");
    let mut found = Vec::new();
    let mut dirs = vec![format!("{root}/src"), format!("{root}/benches")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path.to_string_lossy().into_owned());
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for name in &surnames {
                    if text.contains(name.as_str()) {
                        found.push(format!("{} in {}", name, path.display()));
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "{found:?}");
}
