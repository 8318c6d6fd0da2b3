//! The reader's screen, drawn on ratatui's TestBackend: snapshots of the text at three sizes, and
//! explicit checks of what snapshots cannot show (colours, dimming, NO_COLOR, harmless text).

mod reader_common;

use quoth::palette;
use quoth::reader::{Action, Theme};
use ratatui::style::{Color, Modifier};
use reader_common::*;

/// Compares a screen with `tests/snapshots/NAME.txt`; `QUOTH_UPDATE_SNAPSHOTS=1` writes it anew.
fn snapshot(name: &str, screen: &str) {
    let path = format!("{}/tests/snapshots/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("QUOTH_UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, screen).expect("write snapshot");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!("no snapshot {path}: run with QUOTH_UPDATE_SNAPSHOTS=1 and read the diff")
    });
    assert!(
        expected == screen,
        "screen differs from {path} (QUOTH_UPDATE_SNAPSHOTS=1 rewrites it):\n{screen}"
    );
}

#[test]
fn snapshot_80x24() {
    let app = app(80, 24);
    snapshot("reader_80x24", &screen_text(&render(&app)));
}

#[test]
fn snapshot_120x40_after_s_and_fold_all() {
    let mut app = app(120, 40);
    act(&mut app, &[Action::NextSpeaker]);
    snapshot("reader_120x40_sullivan", &screen_text(&render(&app)));
    act(&mut app, &[Action::FoldAll]);
    let screen = screen_text(&render(&app));
    snapshot("reader_120x40_folded", &screen);
    assert!(screen.contains("▸ Moskau enttäuscht von Verhandlungen"));
    assert!(screen.contains("(4 paragraphs, 5 quotations: Sullivan 2, Baerbock 3, 2 reported)"));
}

#[test]
fn a_tiny_screen_still_shows_text_and_status() {
    let mut app = app(20, 6);
    let screen = screen_text(&render(&app));
    snapshot("reader_20x6", &screen);
    assert!(screen.contains("Die"), "{screen}");
    // Every action on a tiny screen, and every frame, without a panic.
    for a in [
        Action::NextStatement,
        Action::NextSpeaker,
        Action::FoldAll,
        Action::ToggleHelp,
        Action::CloseHelp,
        Action::UnfoldAll,
        Action::Bottom,
        Action::SwitchFocus,
    ] {
        act(&mut app, &[a]);
        render(&app);
    }
}

#[test]
fn any_size_draws_without_panic() {
    for (w, h) in [
        (0, 0),
        (1, 1),
        (2, 2),
        (5, 3),
        (11, 4),
        (40, 2),
        (59, 30),
        (60, 8),
        (300, 80),
    ] {
        let mut app = app(w, h);
        for a in [Action::NextSpeaker, Action::ToggleHelp] {
            act(&mut app, &[a]);
            render(&app);
        }
    }
}

#[test]
fn the_first_quotation_is_painted_in_its_speakers_colour() {
    let app = app(120, 40);
    let buf = render(&app);
    let (x, y) = find_in_article(&app, &buf, "„Wir warten").expect("the first quotation");
    // Lawrow is second by statements (Sullivan 7, Lawrow 4): palette slot 1.
    let lawrow = Color::Indexed(palette::SPEAKER_ANSI256[1]);
    for dx in 0..10 {
        let cell = &buf[(x + dx, y)];
        assert_eq!(cell.fg, lawrow, "cell {dx} of „Wir warten");
        assert!(cell.modifier.contains(Modifier::BOLD));
    }
    // The text after the closing mark is the author's again.
    let (x, y) = find(&buf, "sagte Lawrow").expect("attribution on screen");
    assert_eq!(buf[(x, y)].fg, Color::Reset);
    // And the margin tags the line with the speaker's name in the same colour.
    let screen = screen_text(&buf);
    let line = screen.lines().find(|l| l.contains("„Wir warten")).unwrap();
    assert!(line.contains("Lawrow▌"), "{line}");
}

#[test]
fn the_panel_lists_speakers_by_how_much_they_say() {
    let app = app(120, 40);
    let screen = screen_text(&render(&app));
    let order: Vec<usize> = [
        "Jake Sullivan",
        "Sergej Lawrow",
        "Annalena Baerbock",
        "Vitali Klitschko",
    ]
    .iter()
    .map(|n| {
        screen
            .find(n)
            .unwrap_or_else(|| panic!("{n} in the panel:\n{screen}"))
    })
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{screen}");
    let counts: Vec<&str> = [
        "Jake Sullivan",
        "Sergej Lawrow",
        "Annalena Baerbock",
        "Vitali Klitschko",
    ]
    .iter()
    .filter_map(|name| {
        let mut panel = screen.lines().filter_map(|l| l.rsplit('│').next());
        panel.find(|p| p.contains(name))
    })
    .filter_map(|p| p.split_whitespace().last())
    .collect();
    assert_eq!(counts, ["7", "4", "3", "1"], "{screen}");
}

#[test]
fn focus_mode_dims_what_others_say() {
    let mut app = app(120, 40);
    act(&mut app, &[Action::NextSpeaker, Action::ToggleFocusMode]);
    assert!(app.focus_mode);
    let buf = render(&app);
    let (x, y) = find_in_article(&app, &buf, "Die Geheimdienste").expect("author's text");
    assert!(
        buf[(x, y)].modifier.contains(Modifier::DIM),
        "author's text dimmed"
    );
    let (x, y) = find_in_article(&app, &buf, "„Es ist sicherlich").expect("Sullivan on screen");
    assert!(
        !buf[(x + 2, y)].modifier.contains(Modifier::DIM),
        "Sullivan not dimmed"
    );
    assert_eq!(
        buf[(x + 2, y)].fg,
        Color::Indexed(palette::SPEAKER_ANSI256[0])
    );
}

#[test]
fn no_color_keeps_marks_and_drops_colours() {
    let app = app_with(120, 40, Theme::no_color());
    let buf = render(&app);
    assert!(buf
        .content()
        .iter()
        .all(|c| c.fg == Color::Reset && c.bg == Color::Reset));
    let (x, y) = find(&buf, "„Wir warten").unwrap();
    assert!(buf[(x + 1, y)].modifier.contains(Modifier::BOLD));
    assert!(screen_text(&buf).contains("Lawrow▌"));
}

#[test]
fn control_characters_never_reach_the_screen() {
    let text = "Title\n\nA \x1b[31mred\x1b]0;pwned\x07 line with „quote\u{9b}2J“, sagte er.\t\u{202e}tab\r\n";
    let analysis = quoth::analyze(text, &quoth::Options::default());
    let mut app = quoth::reader::App::new(
        "evil\x1b[2Jname.txt",
        text.to_string(),
        analysis,
        quoth::reader::Options::default(),
        (60, 10),
    );
    act(&mut app, &[Action::NextStatement]);
    let buf = render(&app);
    for cell in buf.content() {
        assert!(
            !cell.symbol().chars().any(char::is_control),
            "{:?}",
            cell.symbol()
        );
        assert!(!cell.symbol().contains('\u{202e}'));
    }
    let screen = screen_text(&buf);
    assert!(screen.contains("␛[31mred"), "{screen}");
}

#[test]
fn search_matches_are_highlighted() {
    let mut app = app(120, 40);
    act(&mut app, &[Action::SearchStart]);
    for c in "warten".chars() {
        act(&mut app, &[Action::SearchChar(c)]);
    }
    act(&mut app, &[Action::SearchSubmit]);
    let buf = render(&app);
    let (x, y) = find_in_article(&app, &buf, "warten").unwrap();
    assert!(buf[(x, y)].modifier.contains(Modifier::REVERSED));
    let (x, y) = find_in_article(&app, &buf, "Verhandlungen").unwrap();
    assert!(!buf[(x, y)].modifier.contains(Modifier::REVERSED));
}

/// The acceptance check of the reader on the real analysis (not the hand-named fixture): what a
/// new user sees on opening `quoth` at 120×40.
#[test]
fn the_builtin_article_as_a_new_user_sees_it() {
    let source = quoth::input::builtin_sample();
    let analysis = quoth::analyze(&source.text, &quoth::Options::default());
    let app = quoth::reader::App::new(
        &source.name,
        source.text,
        analysis,
        quoth::reader::Options::default(),
        (120, 40),
    );
    let buf = render(&app);
    let screen = screen_text(&buf);
    assert!(
        screen.contains("Die Verhandlungen der USA"),
        "the lead:\n{screen}"
    );
    let lawrow = app
        .stats
        .speakers
        .iter()
        .find(|s| s.name == "Sergej Lawrow")
        .expect("Lawrow speaks");
    let colour = app.theme().speaker_color(lawrow.rank.unwrap()).unwrap();
    let (x, y) = find_in_article(&app, &buf, "„Wir warten").expect("the first quotation");
    assert_eq!(buf[(x + 1, y)].fg, colour, "in Lawrow's colour");
    let panel: Vec<(String, usize)> = app
        .stats
        .speakers
        .iter()
        .filter(|s| s.actor.is_some())
        .map(|s| (s.name.clone(), s.quotations))
        .collect();
    let expected = [
        ("Jake Sullivan", 7),
        ("Sergej Lawrow", 4),
        ("Annalena Baerbock", 3),
        ("Vitali Klitschko", 1),
    ];
    let expected: Vec<(String, usize)> =
        expected.iter().map(|(n, c)| (n.to_string(), *c)).collect();
    // The four who are quoted lead; those who speak only in reported speech follow.
    assert_eq!(panel[..4], expected[..]);
    assert!(
        panel[4..].iter().all(|(_, quotations)| *quotations == 0),
        "{panel:?}"
    );
    for (name, count) in &expected {
        let row = screen
            .lines()
            .filter_map(|l| l.rsplit('│').next())
            .find(|p| p.contains(name.as_str()))
            .unwrap_or_else(|| panic!("{name} in the panel:\n{screen}"));
        // "7", or "7 +2" once reported speech is counted beside the quotations.
        let shown = row
            .split_whitespace()
            .rev()
            .find(|t| t.chars().all(|c| c.is_ascii_digit()));
        assert_eq!(shown, Some(count.to_string().as_str()), "{row}");
    }
}

#[test]
fn a_statement_that_began_above_the_screen_is_named_on_the_top_row() {
    let mut app = app(120, 40);
    let st = statement(&app, "„Wir warten");
    let first = app
        .layout
        .line_of_offset(app.analysis.statements[st].extent().start);
    act(&mut app, &[Action::Scroll(first as isize + 1)]);
    let screen = screen_text(&render(&app));
    let top = screen.lines().next().unwrap_or("");
    assert!(top.starts_with("  Lawrow▌ auf Papier“"), "{top}");
}
