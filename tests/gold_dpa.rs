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
