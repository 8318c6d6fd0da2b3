//! The config and copying, through the reader as a user meets them: a config read into options,
//! keys pressed, the screen drawn, the clipboard sequence written.

mod reader_common;

use base64::Engine as _;
use quoth::palette;
use quoth::reader::config::{self, Config};
use quoth::reader::copy::{osc52, send_clipboard};
use quoth::reader::{handle_key, App, Options, Theme, ThemeName};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Color;
use reader_common::*;

fn keys(app: &mut App, typed: &str) {
    for c in typed.chars() {
        handle_key(app, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
}

/// The dpa article in a reader set up as `config` says.
fn app_from(config: &Config, width: u16, height: u16) -> App {
    let theme = Theme {
        name: config.theme,
        truecolor: false,
    };
    App::new(
        "dpa-ukraine-verhandlungen.txt",
        DPA.to_string(),
        dpa_analysis(),
        Options::from_config(config, theme),
        (width, height),
    )
}

#[test]
fn a_config_that_rebinds_the_bracket_and_changes_the_theme_takes_effect() {
    let (config, problems) = config::parse(
        "theme = \"light\"\n[keys]\nnext-statement = [\"n\"]\nprev-statement = \"p\"\n",
    );
    // n is taken from search-next: applied, and said.
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].applied && problems[0].message.contains("search-next loses"));
    let mut app = app_from(&config, 120, 40);
    let first = statement(&app, "„Wir warten");

    keys(&mut app, "]");
    assert_eq!(app.current, None, "] does nothing once next-statement is n");
    keys(&mut app, "n");
    assert_eq!(app.current, Some(first));
    keys(&mut app, "nn");
    keys(&mut app, "p");
    assert_eq!(app.current, Some(first + 1));

    // The light theme paints Lawrow (second by statements) in the light palette's slot 1.
    let buf = render(&app);
    let (x, y) = find_in_article(&app, &buf, "„Wir warten").expect("the first quotation");
    assert_eq!(
        buf[(x + 2, y)].fg,
        Color::Indexed(palette::SPEAKER_ANSI256_LIGHT[1])
    );
    assert_ne!(
        palette::SPEAKER_ANSI256_LIGHT[1],
        palette::SPEAKER_ANSI256[1],
        "the light theme's colour is not the dark one's"
    );
    // The help overlay shows the keys as configured.
    let help = quoth::reader::help::lines(app.keymap());
    assert!(help.iter().any(|(k, h)| k == "n" && h == "next statement"));
}

#[test]
fn a_broken_config_leaves_the_reader_as_the_defaults_make_it() {
    let (config, problems) = config::parse("theme = \"neon\"\n[keys]\nnext-statement = 5\n");
    assert_eq!(problems.len(), 2);
    assert_eq!(config, Config::default());
    let mut app = app_from(&config, 80, 24);
    keys(&mut app, "]");
    assert_eq!(app.current, Some(statement(&app, "„Wir warten")));
    assert_eq!(config.theme, ThemeName::Dark);
}

#[test]
fn y_writes_the_citation_as_an_osc_52_sequence() {
    let mut app = app(120, 40);
    keys(&mut app, "]y");
    assert_eq!(app.message.as_deref(), Some("copied 1 statement"));
    let mut out: Vec<u8> = Vec::new();
    send_clipboard(&mut app, &mut out).expect("written");
    let out = String::from_utf8(out).expect("ASCII");
    let payload = out
        .strip_prefix("\x1b]52;c;")
        .and_then(|rest| rest.strip_suffix('\x07'))
        .unwrap_or_else(|| panic!("not an OSC 52 sequence: {out:?}"));
    assert!(
        payload
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/' || b == b'='),
        "{payload}"
    );
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(payload)
        .expect("base64");
    let citation = String::from_utf8(decoded).expect("UTF-8");
    assert!(
        citation.starts_with("„Wir warten auf eine Antwort"),
        "{citation}"
    );
    assert!(
        citation.ends_with("“ — Sergej Lawrow, Außenminister"),
        "{citation}"
    );
    assert!(!citation.contains('\n'), "one line: {citation}");
    // Sent once: the next frame sends nothing.
    let mut again: Vec<u8> = Vec::new();
    send_clipboard(&mut app, &mut again).unwrap();
    assert!(again.is_empty());
}

#[test]
fn capital_y_copies_every_statement_of_the_selected_speaker() {
    let mut app = app(120, 40);
    // s selects the speaker who says the most: Sullivan, with 7 statements.
    keys(&mut app, "sY");
    assert_eq!(
        app.message.as_deref(),
        Some("copied 7 statements of Sullivan")
    );
    let text = app.clipboard.clone().expect("something to copy");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 8, "{text}");
    assert!(lines[0].starts_with("„Es ist sicherlich"), "{text}");
    assert_eq!(lines[7], "— Jake Sullivan, Sicherheitsberater");
    let mut out: Vec<u8> = Vec::new();
    send_clipboard(&mut app, &mut out).unwrap();
    assert_eq!(String::from_utf8(out).unwrap(), osc52(&text));
}

#[test]
fn a_panel_on_the_left_is_drawn_and_clicked_there() {
    let (config, problems) = config::parse(
        "[layout]\npanel-side = \"left\"\npanel-width = 34\ncenter = false\nwidth = 60\n",
    );
    assert_eq!(problems, vec![]);
    let mut app = app_from(&config, 120, 40);
    let g = app.geometry();
    let p = g.panel.expect("a panel");
    assert_eq!((p.x, p.width, g.article.x), (0, 34, 34));
    assert_eq!(g.text_width, 60);
    let buf = render(&app);
    let screen = screen_text(&buf);
    let first = screen.lines().next().unwrap();
    assert!(first.starts_with(" WHO SPEAKS"), "{first}");
    assert_eq!(
        buf[(33, 5)].symbol(),
        "│",
        "the rule is next to the article"
    );
    let (x, _) = find(&buf, "Die Verhandlungen").expect("the article");
    assert!(
        x > 34 && x < 34 + 12,
        "the text starts at the margin, not centred: {x}"
    );
    // Klitschko's row, clicked where it is drawn.
    let (_, y) = find(&buf, "Vitali Klitschko").expect("Klitschko in the panel");
    quoth::reader::update(&mut app, quoth::reader::Action::Click(5, y));
    assert_eq!(
        app.selected.map(|s| app.stats.speakers[s].name.as_str()),
        Some("Vitali Klitschko")
    );
}

#[test]
fn capital_y_copies_a_quotation_inside_a_reported_statement_once() {
    let text = "Anna Weber sagte, die Lage sei „sehr ernst“ geworden und man müsse handeln.\n\n\
                „Wir handeln jetzt“, sagte Anna Weber.\n";
    let analysis = quoth::analyze(text, &quoth::Options::default());
    let inside = analysis
        .statements
        .iter()
        .filter(|s| s.spans[0].slice(text) == "„sehr ernst“")
        .count();
    assert_eq!(inside, 1, "the fragment is a statement of its own");
    let mut app = App::new(
        "weber.txt",
        text.to_string(),
        analysis,
        Options::default(),
        (100, 30),
    );
    keys(&mut app, "sY");
    let copied = app.clipboard.clone().expect("something to copy");
    assert_eq!(copied.matches("sehr ernst").count(), 1, "{copied}");
    assert!(copied.contains("Wir handeln jetzt"), "{copied}");
    assert_eq!(
        app.message.as_deref(),
        Some("copied 2 statements of Weber"),
        "{copied}"
    );
}

#[test]
fn the_first_status_line_names_the_help_key_as_configured() {
    let (config, problems) = config::parse("[keys]\nhelp = [\"H\"]\n");
    assert!(problems.is_empty(), "{problems:?}");
    let mut app = app_from(&config, 80, 24);
    assert_eq!(app.message.as_deref(), Some("H for help"));
    let (config, _) = config::parse("[keys]\nhelp = []\n");
    let app2 = app_from(&config, 80, 24);
    assert_eq!(app2.message, None, "no key, no hint");
    // The first key takes the hint away.
    keys(&mut app, "j");
    assert_eq!(app.message, None);
    let default = app_from(&Config::default(), 80, 24);
    assert_eq!(default.message.as_deref(), Some("? for help"));
}
