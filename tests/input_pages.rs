//! Saved web pages and Markdown files read as articles: the page's furniture (navigation, ads,
//! scripts, a cookie banner, related links, comments, footer) is gone, the article's paragraphs and
//! sections are exactly those of its plain-text version, and its quotations are attributed alike.

mod input_run;

use input_run::{json, quoth, stdout};
use serde_json::Value;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/");

fn fixture(name: &str) -> String {
    format!("{FIXTURES}{name}")
}

/// The text the analysis's offsets refer to: `"text"` when quoth extracted it, else the file.
fn analysed_text(analysis: &Value, file_text: &str) -> String {
    analysis["text"]
        .as_str()
        .map_or_else(|| file_text.to_string(), str::to_string)
}

fn slice(text: &str, start: &Value, end: &Value) -> String {
    let (Some(start), Some(end)) = (start.as_u64(), end.as_u64()) else {
        panic!("offsets are numbers: {start} {end}");
    };
    text.chars()
        .skip(start as usize)
        .take((end - start) as usize)
        .collect()
}

/// The article's paragraphs, as text.
fn paragraphs(analysis: &Value, text: &str) -> Vec<String> {
    analysis["blocks"]
        .as_array()
        .expect("blocks")
        .iter()
        .filter(|b| b["kind"] == "paragraph")
        .map(|b| slice(text, &b["start"], &b["end"]))
        .collect()
}

fn headings(analysis: &Value) -> Vec<Value> {
    analysis["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .map(|s| s["heading"].clone())
        .collect()
}

/// Each statement as (kind, its words as the spans give them, its speaker's name).
fn statements(analysis: &Value, text: &str) -> Vec<(String, String, String)> {
    let actors = analysis["actors"].as_array().expect("actors");
    analysis["statements"]
        .as_array()
        .expect("statements")
        .iter()
        .map(|st| {
            let words: Vec<String> = st["spans"]
                .as_array()
                .expect("spans")
                .iter()
                .map(|sp| slice(text, &sp[0], &sp[1]))
                .collect();
            let speaker = actors
                .iter()
                .find(|a| a["id"] == st["speaker"])
                .map_or("?".to_string(), |a| {
                    a["name"].as_str().unwrap_or("?").into()
                });
            (
                st["kind"].as_str().unwrap_or("?").to_string(),
                words.join(" … "),
                speaker,
            )
        })
        .collect()
}

/// Reads a document and its plain-text version and checks they are one article.
fn assert_same_article(document: &Value, plain_text: &str) {
    let plain = json(&quoth(&["--json", "-"], Some(plain_text.as_bytes())));
    let text = analysed_text(document, "");
    assert!(
        !text.is_empty(),
        "the analysis carries the text it analysed"
    );
    assert_eq!(
        paragraphs(document, &text),
        paragraphs(&plain, plain_text),
        "paragraphs"
    );
    assert_eq!(headings(document), headings(&plain), "sections");
    assert_eq!(document["title"], plain["title"], "title");
    let got = statements(document, &text);
    assert_eq!(got, statements(&plain, plain_text), "statements");
    let named = got.iter().filter(|(_, _, who)| who != "?").count();
    assert!(
        named >= 5,
        "quotations are attributed, not just all unnamed: {got:#?}"
    );
    // The spans index the text given: what `"text"` says of a statement is what the spans cut.
    for (st, (_, words, _)) in document["statements"]
        .as_array()
        .into_iter()
        .flatten()
        .zip(&got)
    {
        if st["spans"].as_array().is_some_and(|s| s.len() == 1) {
            assert_eq!(st["text"].as_str(), Some(words.as_str()));
        }
    }
}

const FURNITURE: &[&str] = &[
    "cookies",
    "Accept all",
    "Advertisement",
    "Riverside Gazette",
    "Home",
    "Subscribe",
    "Share on",
    "Sponsored",
    "morning briefing",
    "Sign up",
    "Related articles",
    "Bus fares",
    "We are broke",
    "Comments",
    "tramfan77",
    "Finally!",
    "waste of money",
    "rights reserved",
    "Privacy",
    "dataLayer",
    "loadAd",
    "getElementById",
    "{",
];

#[test]
fn a_saved_news_page_is_its_article() {
    let path = fixture("tram-line.html");
    let page = json(&quoth(&["--json", &path], None));
    assert_eq!(page["format"], "html");
    let text = analysed_text(&page, "");
    for junk in FURNITURE {
        assert!(!text.contains(junk), "{junk:?} is page furniture: {text}");
    }
    let plain_text = std::fs::read_to_string(fixture("tram-line.txt")).expect("fixture");
    assert_same_article(&page, &plain_text);
    assert_eq!(
        headings(&page),
        vec![
            Value::Null,
            "Residents divided".into(),
            "What happens next".into()
        ]
    );
}

#[test]
fn a_page_on_standard_input_is_recognised_by_its_content() {
    let bytes = std::fs::read(fixture("tram-line.html")).expect("fixture");
    let page = json(&quoth(&["--json", "-"], Some(&bytes)));
    assert_eq!(page["format"], "html");
    assert_eq!(
        page["title"],
        "City council approves new tram line after heated debate"
    );
}

#[test]
fn markdown_reads_as_its_article() {
    let path = fixture("tram-line.md");
    let doc = json(&quoth(&["--json", &path], None));
    assert_eq!(doc["format"], "markdown");
    let text = analysed_text(&doc, "");
    for markup in ["**", "](", "![", "> ", "*31"] {
        assert!(!text.contains(markup), "{markup:?} is markup: {text}");
    }
    let plain_text = std::fs::read_to_string(fixture("tram-line.txt")).expect("fixture");
    assert_same_article(&doc, &plain_text);
}

#[test]
fn plain_output_of_a_page_shows_the_article_only() {
    let o = quoth(&["--plain", &fixture("tram-line.html")], None);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.starts_with("City council approves new tram line after heated debate\n==="));
    assert!(out.contains("\n## Residents divided\n"), "{out}");
    assert!(
        out.contains("“We have waited twenty years for this,”"),
        "{out}"
    );
    assert!(
        !out.contains("cookies") && !out.contains("Related articles"),
        "{out}"
    );
}

/// The dpa article as a German news site of the old school would serve it: Windows-1252 declared
/// in a meta tag, the article among navigation, a cookie banner, ads and related links.
fn dpa_page() -> (Vec<u8>, String) {
    const TITLE: &str = "Keine Annäherung in der Ukraine-Krise";
    const HEADINGS: &[&str] = &[
        "USA warnen vor Eskalation",
        "Moskau enttäuscht von Verhandlungen",
    ];
    let sample = include_str!("../samples/de/dpa-ukraine-verhandlungen.txt");
    let mut body = String::new();
    for block in sample
        .split("\n\n")
        .map(str::trim)
        .filter(|b| !b.is_empty())
    {
        if HEADINGS.contains(&block) {
            body.push_str(&format!("<h2>{block}</h2>\n"));
        } else {
            body.push_str(&format!(
                "<p>{block}</p>\n<div class=\"ad-inline\"></div>\n"
            ));
        }
    }
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"de\"><head>\
         <meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">\
         <title>{TITLE} - Nachrichten - Tagesblatt</title>\
         <script>var _paq = window._paq || []; _paq.push(['trackPageView']);</script></head>\
         <body><div class=\"cookie-consent\" id=\"consent\"><p>Wir verwenden Cookies. Mit „OK“ \
         stimmen Sie zu.</p><a class=\"btn\">OK</a></div>\
         <div id=\"nav\" class=\"navigation menu\"><a href=\"/\">Startseite</a> | \
         <a href=\"/politik\">Politik</a> | <a href=\"/sport\">Sport</a></div>\
         <div class=\"banner ad\">Anzeige</div>\
         <div id=\"content\"><div class=\"article\"><h1>{TITLE}</h1>\n{body}</div>\
         <div class=\"related\"><h3>Mehr zum Thema</h3><ul><li><a href=\"/a\">Lawrow: „Wir \
         warten“</a></li><li><a href=\"/b\">Nato berät über Antwort</a></li></ul></div></div>\
         <div id=\"footer\">Impressum | Datenschutz | © Tagesblatt</div></body></html>"
    );
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&html);
    assert!(!unmappable, "the page is Windows-1252 throughout");
    (bytes.into_owned(), format!("{TITLE}\n\n{sample}"))
}

#[test]
fn a_german_page_in_windows_1252_is_the_dpa_article() {
    let (bytes, plain_text) = dpa_page();
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("ukraine.htm");
    std::fs::write(&path, &bytes).expect("the page is written");
    let page = json(&quoth(
        &["--json", path.to_str().expect("UTF-8 path")],
        None,
    ));
    let text = analysed_text(&page, "");
    for junk in [
        "Cookies",
        "Startseite",
        "Anzeige",
        "Mehr zum Thema",
        "Impressum",
        "_paq",
    ] {
        assert!(!text.contains(junk), "{junk:?} is page furniture: {text}");
    }
    assert!(
        text.contains("„Wir warten auf eine Antwort"),
        "decoded as Windows-1252"
    );
    assert_same_article(&page, &plain_text);
}
