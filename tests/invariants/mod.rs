//! What must hold of quoth's answer to any input at all, checked by the bounded property test
//! (`tests/properties.rs`, on stable, in CI) and by the fuzz target (`fuzz/`, with libFuzzer on
//! nightly): bytes are read or refused with a message, never a panic; every offset of the
//! analysis lies on a character boundary of its text; every speaker exists and is named by one of
//! its own mentions; a statement's JSON text is its spans' text; names and roles are single-spaced
//! text without control characters; and nothing the input holds reaches a terminal as a control
//! character, through `--json`, `--plain` or the reader's screen.
#![allow(dead_code)]

use quoth::{analyze, input, json, plain, reader, Analysis, Options, Span};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

/// Reads `bytes` as quoth reads a file named `name` (its extension picks the format) and checks
/// everything above; drawing at `sizes`. Panics, naming the broken promise.
pub fn check(name: &str, bytes: &[u8], sizes: &[(u16, u16)]) {
    let source = match input::from_bytes(name.to_string(), bytes) {
        Ok(source) => source,
        Err(e) => {
            let message = e.to_string();
            assert!(
                !message.is_empty() && !message.contains(char::is_control),
                "{message:?}"
            );
            return;
        }
    };
    let text = &source.text;
    if source.format != input::Format::Text {
        check_links(text, &source.links);
    }
    let analysis = analyze(text, &Options::default());
    check_analysis(text, &analysis);
    check_json(text, &analysis);
    let out = plain::render(text, &analysis, false);
    if let Some(c) = out.chars().find(|c| c.is_control() && *c != '\n') {
        panic!("control character {c:?} in --plain output");
    }
    for &(width, height) in sizes {
        check_screen(name, text, &analysis, &source.links, width, height);
    }
}

/// Links (of a page or Markdown) are non-empty spans of the text, in order, to addresses without
/// control characters; the marks that carried them while the text was made are all gone.
pub fn check_links(text: &str, links: &[input::Link]) {
    let forged = |c: char| matches!(c, '\u{F0000}'..='\u{10FFFF}');
    assert!(!text.contains(forged), "a link mark is left in the text");
    for (i, link) in links.iter().enumerate() {
        on_boundaries(text, link.span, "a link");
        assert!(!link.span.is_empty(), "an empty link");
        assert!(
            i == 0 || links[i - 1].span.end <= link.span.start,
            "links out of order or overlapping"
        );
        assert!(
            !link.url.contains(char::is_control) && link.url.contains(':'),
            "link address {:?}",
            link.url
        );
    }
}

fn on_boundaries(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end
            && span.end <= text.len()
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end),
        "{what} {span:?} is not a span of the text ({} bytes)",
        text.len()
    );
}

pub fn check_analysis(text: &str, analysis: &Analysis) {
    for b in &analysis.blocks {
        on_boundaries(text, b.span, "block");
    }
    for s in &analysis.sections {
        on_boundaries(text, s.span, "section");
    }
    for a in &analysis.actors {
        for m in &a.mentions {
            on_boundaries(text, *m, "mention");
        }
        for words in std::iter::once(&a.name).chain(&a.roles) {
            assert!(
                !words.contains(char::is_control),
                "control character in {words:?}"
            );
            assert!(
                !words.contains("  ") && words.trim() == words,
                "{words:?} is not single-spaced"
            );
        }
    }
    for s in &analysis.statements {
        assert!(!s.spans.is_empty(), "a statement without text");
        for sp in &s.spans {
            on_boundaries(text, *sp, "statement");
        }
        if let Some(c) = s.cue {
            on_boundaries(text, c, "cue");
        }
        match (s.speaker, s.speaker_mention) {
            (Some(actor), Some(mention)) => {
                let actor = analysis.actors.get(actor).unwrap_or_else(|| {
                    panic!("speaker {actor} of {} actors", analysis.actors.len())
                });
                assert!(
                    actor.mentions.contains(&mention),
                    "the speaker's mention {mention:?} is none of {:?}",
                    actor.mentions
                );
            }
            (None, None) => {}
            (speaker, mention) => panic!("speaker {speaker:?} with mention {mention:?}"),
        }
    }
}

/// The JSON: its statements' text is their spans' text (counted in characters), and it holds no
/// character a terminal acts on.
pub fn check_json(text: &str, analysis: &Analysis) {
    let mut out = Vec::new();
    json::write(&mut out, text, analysis, json::Extra::default(), false).expect("JSON is written");
    let out = String::from_utf8(out).expect("JSON is UTF-8");
    if let Some(c) = out.chars().find(|c| {
        c.is_control()
            || ('\u{202a}'..='\u{202e}').contains(c)
            || ('\u{2066}'..='\u{2069}').contains(c)
    }) {
        panic!("{c:?} written raw in the JSON");
    }
    let value: serde_json::Value = serde_json::from_str(&out).expect("the JSON parses");
    let chars: Vec<char> = text.chars().collect();
    let statements = value["statements"].as_array().expect("statements");
    for s in statements {
        let pieces: Vec<String> = s["spans"]
            .as_array()
            .expect("spans")
            .iter()
            .map(|sp| {
                let (a, b) = (
                    sp[0].as_u64().unwrap() as usize,
                    sp[1].as_u64().unwrap() as usize,
                );
                chars[a..b].iter().collect()
            })
            .collect();
        assert_eq!(s["text"].as_str(), Some(pieces.join(" … ").as_str()));
    }
}

/// The reader's first screen and the screen after moving through it hold no control character.
fn check_screen(
    name: &str,
    text: &str,
    analysis: &Analysis,
    links: &[input::Link],
    width: u16,
    height: u16,
) {
    let mut app = reader::App::new(
        name,
        text.to_string(),
        analysis.clone(),
        reader::Options::default(),
        (width, height),
    )
    .with_links(links.to_vec());
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    for action in [
        None,
        Some(reader::Action::NextStatement),
        Some(reader::Action::OpenLink),
        Some(reader::Action::Bottom),
        Some(reader::Action::ToggleHelp),
    ] {
        if let Some(action) = action {
            reader::update(&mut app, action);
        }
        terminal
            .draw(|frame| reader::draw(frame, &app))
            .expect("a frame");
        let buffer = terminal.backend().buffer();
        for cell in buffer.content() {
            assert!(
                !cell.symbol().contains(char::is_control),
                "control character {:?} on the screen at {width}x{height}",
                cell.symbol()
            );
        }
    }
}
