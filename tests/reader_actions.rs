//! The reader driven by actions and keys, as a user would: what each does to the state.

mod reader_common;

use quoth::reader::layout::LineKind;
use quoth::reader::panel::{self, Row};
use quoth::reader::{handle_key, Action, Focus};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use reader_common::*;

fn key(app: &mut quoth::reader::App, code: KeyCode) {
    handle_key(app, KeyEvent::new(code, KeyModifiers::NONE));
}

fn keys(app: &mut quoth::reader::App, typed: &str) {
    for c in typed.chars() {
        key(app, KeyCode::Char(c));
    }
}

fn visible(app: &quoth::reader::App, statement: usize) -> bool {
    let line = app
        .layout
        .line_of_offset(app.analysis.statements[statement].extent().start);
    app.visible().contains(&line)
}

#[test]
fn brackets_walk_the_statements_in_order() {
    let mut app = app(80, 24);
    keys(&mut app, "]");
    let first = statement(&app, "„Wir warten");
    assert_eq!(app.current, Some(first));
    keys(&mut app, "]]");
    assert_eq!(app.current, Some(first + 2));
    keys(&mut app, "[");
    assert_eq!(app.current, Some(first + 1));
    // Statements are in reading order, so brackets never go backwards in the text.
    let starts: Vec<usize> = app
        .analysis
        .statements
        .iter()
        .map(|s| s.extent().start)
        .collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]));
    // To the end and no further.
    let last = app.analysis.statements.len() - 1;
    for _ in 0..60 {
        keys(&mut app, "]");
    }
    assert_eq!(app.current, Some(last));
    assert!(app.message.as_deref().unwrap_or("").contains("No more"));
    assert!(visible(&app, last));
}

#[test]
fn a_jump_scrolls_with_context_above() {
    let mut app = app(80, 24);
    let target = statement(&app, "„Wenn Russland");
    act(&mut app, &[Action::JumpTo(target)]);
    let line = app
        .layout
        .line_of_offset(app.analysis.statements[target].extent().start);
    assert!(line > app.top, "some context above");
    assert!(line - app.top <= 3, "but not much: {} {}", line, app.top);
}

#[test]
fn s_selects_speakers_by_rank_and_braces_stay_with_them() {
    let mut app = app(120, 40);
    keys(&mut app, "s");
    let sullivan = app.stats.speakers[0].clone();
    assert_eq!(sullivan.name, "Jake Sullivan");
    assert_eq!(app.selected, Some(0));
    assert_eq!(app.current, Some(statement(&app, "„Es ist sicherlich")));
    keys(&mut app, "}}");
    assert_eq!(app.current, Some(statement(&app, "„Wir und unsere")));
    keys(&mut app, "{");
    assert_eq!(app.current, Some(statement(&app, "„dass die Russen")));
    // Every statement } visits is Sullivan's, in order, until the last.
    let mut seen = vec![app.current.unwrap()];
    for _ in 0..10 {
        keys(&mut app, "}");
        if app.current != seen.last().copied() {
            seen.push(app.current.unwrap());
        }
    }
    assert_eq!(seen, sullivan.statements[1..]);
    keys(&mut app, "s");
    assert_eq!(
        app.stats.speakers[app.selected.unwrap()].name,
        "Sergej Lawrow"
    );
    keys(&mut app, "S");
    assert_eq!(app.selected, Some(0));
    keys(&mut app, "S");
    assert_eq!(
        app.selected,
        Some(app.stats.speakers.len() - 1),
        "S wraps around"
    );
}

#[test]
fn z_sequences_fold_and_unfold() {
    let mut app = app(80, 24);
    let open = app.layout.len();
    keys(&mut app, "zM");
    assert!(app.folded[1..].iter().all(|f| *f), "{:?}", app.folded);
    assert!(!app.folded[0], "the lead has no heading and stays open");
    assert!(app.layout.len() < open / 2);
    let summaries = app
        .layout
        .lines
        .iter()
        .filter(|l| l.kind == LineKind::FoldSummary && l.first)
        .count();
    assert_eq!(summaries, 3);
    keys(&mut app, "zR");
    assert!(app.folded.iter().all(|f| !f));
    assert_eq!(app.layout.len(), open);
    // A lone z waits; z then an unknown key does nothing.
    keys(&mut app, "z");
    assert_eq!(app.pending.len(), 1);
    keys(&mut app, "x");
    assert!(app.pending.is_empty());
    assert_eq!(app.layout.len(), open);
}

#[test]
fn za_folds_the_section_at_the_cursor_and_jumps_unfold() {
    let mut app = app(80, 24);
    let target = statement(&app, "„Die Gespräche");
    act(&mut app, &[Action::JumpTo(target)]);
    let section = app.analysis.statements[target].section;
    keys(&mut app, "za");
    assert!(app.folded[section]);
    let heading = app
        .layout
        .lines
        .iter()
        .position(|l| l.kind == LineKind::Heading && l.section == section)
        .unwrap();
    assert!(
        app.visible().contains(&heading),
        "the folded heading stays in view"
    );
    act(&mut app, &[Action::Top]);
    act(&mut app, &[Action::JumpTo(target)]);
    assert!(
        !app.folded[section],
        "a jump into a folded section opens it"
    );
    assert!(visible(&app, target));
}

#[test]
fn resizing_keeps_the_paragraph_at_the_top() {
    let mut app = app(120, 40);
    act(&mut app, &[Action::Scroll(30)]);
    let block = app.layout.lines[app.top].block;
    for (w, h) in [(80, 24), (61, 30), (200, 50), (45, 20)] {
        act(&mut app, &[Action::Resize(w, h)]);
        let top = app.layout.lines[app.top];
        assert!(
            top.block == block || top.block + 1 == block,
            "{w}x{h}: block {} at the top, was {block}",
            top.block
        );
        assert_eq!(app.layout.width, usize::from(app.geometry().text_width));
    }
}

#[test]
fn n_and_shift_n_search_from_the_screen_once_it_has_moved() {
    let mut app = app(80, 24);
    keys(&mut app, "/nato");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.search.current, Some(0));
    // At the end, N finds the last match above the screen's top, not the one before match 0.
    keys(&mut app, "G");
    let top = app.anchor();
    let above = app.search.matches.iter().filter(|m| m.0 < top).count();
    assert!(above >= 2, "{above} matches above the last screen");
    keys(&mut app, "N");
    assert_eq!(app.search.current, Some(above - 1));
    assert!(app
        .message
        .as_deref()
        .is_some_and(|m| !m.contains("hit the top")));
    // Back at the top, n finds the first match below the top line, not the one after.
    keys(&mut app, "g");
    keys(&mut app, "n");
    let top = app.anchor();
    let first_below = app.search.matches.iter().position(|m| m.0 > top);
    assert_eq!(app.search.current, first_below);
    assert!(app
        .message
        .as_deref()
        .is_some_and(|m| !m.contains("hit the bottom")));
}

#[test]
fn search_like_less() {
    let mut app = app(80, 24);
    keys(&mut app, "/nato");
    assert_eq!(app.search.input.as_deref(), Some("nato"));
    key(&mut app, KeyCode::Enter);
    assert!(app.search.input.is_none());
    let n = app.search.matches.len();
    assert!(n >= 5, "{n} matches");
    assert_eq!(app.search.current, Some(0));
    keys(&mut app, "nn");
    assert_eq!(app.search.current, Some(2));
    let (start, _) = app.search.matches[2];
    assert!(app.visible().contains(&app.layout.line_of_offset(start)));
    keys(&mut app, "NNN");
    assert_eq!(app.search.current, Some(n - 1), "N wraps to the bottom");
    // q while typing is a letter, not quit; Esc leaves the prompt.
    keys(&mut app, "/q");
    assert!(!app.quit);
    key(&mut app, KeyCode::Esc);
    assert!(app.search.input.is_none());
    keys(&mut app, "/zzzzqqq");
    key(&mut app, KeyCode::Enter);
    assert!(app.search.matches.is_empty());
    assert!(app.message.as_deref().unwrap_or("").contains("not found"));
    // A pattern: any of two words; an invalid one is named.
    keys(&mut app, "/lawrow|nato");
    key(&mut app, KeyCode::Enter);
    let either = app.search.matches.len();
    keys(&mut app, "/lawrow");
    key(&mut app, KeyCode::Enter);
    assert!(either > app.search.matches.len() && !app.search.matches.is_empty());
    keys(&mut app, "/(nato");
    key(&mut app, KeyCode::Enter);
    assert!(app.search.matches.is_empty());
    let message = app.message.clone().unwrap_or_default();
    assert!(
        message.starts_with("Invalid pattern: unclosed group"),
        "{message}"
    );
}

#[test]
fn the_panel_takes_j_k_and_enter() {
    let mut app = app(120, 40);
    key(&mut app, KeyCode::Tab);
    assert_eq!(app.focus, Focus::Panel);
    assert_eq!(app.selected, Some(0));
    let top = app.top;
    keys(&mut app, "j");
    assert_eq!(app.top, top, "j moves in the panel, not the article");
    assert_eq!(
        panel::rows(&app)[app.panel_cursor],
        Row::Statement(0, app.stats.speakers[0].statements[0])
    );
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.current, Some(app.stats.speakers[0].statements[0]));
    // Down past Sullivan's statements selects Lawrow.
    for _ in 0..app.stats.speakers[0].statements.len() {
        keys(&mut app, "j");
    }
    assert_eq!(app.selected, Some(1));
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.current, Some(statement(&app, "„Wir warten")));
    key(&mut app, KeyCode::Tab);
    assert_eq!(app.focus, Focus::Article);
    keys(&mut app, "j");
    assert_eq!(
        app.panel_cursor,
        panel::rows(&app)
            .iter()
            .position(|r| *r == Row::Speaker(1))
            .unwrap()
    );
}

#[test]
fn mouse_wheel_click_on_actor_and_on_heading() {
    let mut app = app(120, 40);
    act(&mut app, &[Action::Wheel(10, 10, 3)]);
    assert_eq!(app.top, 3);
    // Klitschko's row in the panel, as drawn.
    let p = app.geometry().panel.unwrap();
    let (_, _, y) = panel::placed(&app, p)
        .into_iter()
        .find(|(r, _, _)| *r == Row::Speaker(3))
        .unwrap();
    let buf = render(&app);
    assert!(screen_text(&buf)
        .lines()
        .nth(usize::from(y))
        .unwrap()
        .contains("Klitschko"));
    act(&mut app, &[Action::Click(p.x + 5, y)]);
    assert_eq!(app.selected, Some(3));
    // A click on the first heading on screen folds its section.
    let row = app
        .visible()
        .position(|i| app.layout.lines[i].kind == LineKind::Heading)
        .unwrap();
    let section = app.layout.lines[app.top + row].section;
    act(&mut app, &[Action::Click(20, row as u16)]);
    assert!(app.folded[section]);
}

#[test]
fn folding_keeps_the_heading_on_its_row() {
    let mut app = app(80, 24);
    // The lead at the top and the first heading further down: za folds that heading's section.
    let heading_row = |app: &quoth::reader::App, section: usize| {
        app.visible().position(|i| {
            let l = app.layout.lines[i];
            l.kind == LineKind::Heading && l.section == section
        })
    };
    let first_heading = |app: &quoth::reader::App| {
        app.visible()
            .position(|i| app.layout.lines[i].kind == LineKind::Heading)
    };
    while first_heading(&app).is_none_or(|r| r < 20) {
        keys(&mut app, "j");
    }
    let row = first_heading(&app).unwrap();
    assert_eq!(app.layout.lines[app.top].section, 0, "the lead at the top");
    let section = app.layout.lines[app.top + row].section;
    keys(&mut app, "za");
    assert!(app.folded[section], "{:?}", app.message);
    assert_eq!(
        heading_row(&app, section),
        Some(row),
        "za keeps the heading's row"
    );
    keys(&mut app, "za");
    assert!(!app.folded[section]);
    assert_eq!(heading_row(&app, section), Some(row));
    // A click on a heading lower on the screen: it stays on the row clicked.
    keys(&mut app, "j");
    let (row, section) = app
        .visible()
        .enumerate()
        .rev()
        .find(|(_, i)| app.layout.lines[*i].kind == LineKind::Heading)
        .map(|(r, i)| (r, app.layout.lines[i].section))
        .expect("a heading on screen");
    act(&mut app, &[Action::Click(20, row as u16)]);
    assert!(app.folded[section]);
    assert_eq!(
        heading_row(&app, section),
        Some(row),
        "the clicked line stays put"
    );
}

#[test]
fn focus_mode_needs_a_speaker_and_q_quits() {
    let mut app = app(80, 24);
    keys(&mut app, "f");
    assert!(!app.focus_mode);
    assert!(app.message.is_some());
    keys(&mut app, "sf");
    assert!(app.focus_mode);
    keys(&mut app, "?");
    assert!(app.help);
    keys(&mut app, "q");
    assert!(!app.help && !app.quit, "a key closes the help first");
    keys(&mut app, "q");
    assert!(app.quit);
    let mut app2 = reader_common::app(80, 24);
    handle_key(
        &mut app2,
        KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL),
    );
    assert!(app2.quit);
}

#[test]
fn scrolling_stays_inside_the_article() {
    let mut app = app(80, 24);
    act(&mut app, &[Action::Scroll(-5)]);
    assert_eq!(app.top, 0);
    act(&mut app, &[Action::Bottom]);
    assert_eq!(app.top, app.max_top());
    act(&mut app, &[Action::Page(1), Action::HalfPage(1)]);
    assert_eq!(app.top, app.max_top());
    act(&mut app, &[Action::Top, Action::Page(1)]);
    assert_eq!(app.top, app.page() - 1);
    act(&mut app, &[Action::HalfPage(-1)]);
    assert_eq!(app.top, app.page() - 1 - app.page() / 2);
    assert_eq!(
        app.percent(),
        (app.top + app.page()) * 100 / app.layout.len()
    );
}

#[test]
fn help_that_fits_closes_on_any_key_even_a_scrolling_one() {
    let mut app = app(200, 60);
    for typed in ["j", "k", " ", "b"] {
        keys(&mut app, "?");
        assert!(app.help);
        assert_eq!(quoth::reader::help::max_scroll(&app), 0, "the help fits");
        keys(&mut app, typed);
        assert!(!app.help, "{typed:?} closes the help");
    }
    let top = app.top;
    assert_eq!(top, 0, "and does not scroll the text");
}

#[test]
fn the_help_scrolls_where_the_screen_is_too_small_for_it() {
    let mut app = app(40, 15);
    keys(&mut app, "?");
    assert!(app.help);
    let first = screen_text(&render(&app));
    assert!(
        !first.contains("fold / unfold"),
        "the last line is below:\n{first}"
    );
    keys(&mut app, "j");
    assert!(app.help, "j scrolls the help, it does not close it");
    assert_eq!(app.help_scroll, 1);
    keys(&mut app, &"j".repeat(200));
    let last = screen_text(&render(&app));
    assert!(
        last.contains("fold / unfold"),
        "the last line is on screen:\n{last}"
    );
    keys(&mut app, "k");
    assert!(app.help);
    keys(&mut app, "x");
    assert!(!app.help && !app.quit, "another key closes the help");
}

#[test]
fn less_keys_move_and_an_unknown_key_says_so() {
    let mut app = app(80, 24);
    let top = app.top;
    keys(&mut app, "d");
    let half = app.top;
    assert!(half > top, "d: half a page down");
    keys(&mut app, "u");
    assert_eq!(app.top, top, "u: back up");
    keys(&mut app, "e");
    assert_eq!(app.top, top + 1, "e: a line down");
    handle_key(
        &mut app,
        KeyEvent::new(KeyCode::Char('y'), KeyModifiers::CONTROL),
    );
    assert_eq!(app.top, top, "Ctrl-y: a line up");
    handle_key(
        &mut app,
        KeyEvent::new(KeyCode::Char('f'), KeyModifiers::CONTROL),
    );
    assert!(app.top > half, "Ctrl-f: a page down");
    handle_key(
        &mut app,
        KeyEvent::new(KeyCode::Char('b'), KeyModifiers::CONTROL),
    );
    assert_eq!(app.top, top, "Ctrl-b: a page up");
    keys(&mut app, "x");
    assert_eq!(app.message.as_deref(), Some("x: no such key, ? for help"));
    // The next key clears it.
    keys(&mut app, "j");
    assert_eq!(app.message, None);
}

#[test]
fn ctrl_z_and_ctrl_l_ask_the_terminal_to_suspend_and_to_redraw() {
    let mut app = app(100, 30);
    for (c, wanted) in [('z', Action::Suspend), ('l', Action::Redraw)] {
        handle_key(
            &mut app,
            KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL),
        );
        assert_eq!(app.terminal_request.take(), Some(wanted), "Ctrl-{c}");
        assert_eq!(app.message, None, "Ctrl-{c} is a key");
    }
}

/// The dpa app with two links: on words near the top and on words far down.
fn app_with_links(opener: Option<Vec<String>>) -> (quoth::reader::App, [String; 2]) {
    let mut app = app(100, 30);
    app.options.opener = opener;
    let link = |words: &str, url: &str, from: usize| {
        let start = from + app.text[from..].find(words).expect("the words");
        quoth::input::Link {
            span: quoth::Span::new(start, start + words.len()),
            url: url.into(),
        }
    };
    let far = app.text.len() * 3 / 4;
    let near = link("Lawrow", "https://example.org/near", 0);
    let down = link("die", "https://example.org/far", far);
    let app = app.with_links(vec![down, near]);
    let words = [0, 1].map(|i| app.links[i].span.slice(&app.text).to_string());
    (app, words)
}

#[test]
fn o_opens_the_link_on_screen_or_copies_it_where_nothing_opens_links() {
    let (mut app, words) = app_with_links(None);
    assert_eq!(words[0], "Lawrow", "links are kept in text order");
    keys(&mut app, "o");
    assert_eq!(app.clipboard.as_deref(), Some("https://example.org/near"));
    let message = app.message.clone().unwrap_or_default();
    assert!(
        message.starts_with("Link copied: https://example.org/near"),
        "{message}"
    );
    assert!(app.open.is_none());

    let (mut app, _) = app_with_links(Some(vec!["opener".into()]));
    keys(&mut app, "o");
    assert_eq!(app.open.as_deref(), Some("https://example.org/near"));
    assert!(app.clipboard.is_none());
    // Far down, the link on screen is the far one.
    act(&mut app, &[Action::Bottom]);
    app.open = None;
    keys(&mut app, "o");
    assert_eq!(app.open.as_deref(), Some("https://example.org/far"));
}

#[test]
fn o_says_when_there_is_no_link_to_open() {
    let mut plain = app(100, 30);
    keys(&mut plain, "o");
    assert_eq!(plain.message.as_deref(), Some("This article has no links."));
    assert!(plain.clipboard.is_none() && plain.open.is_none());
    let (mut app, _) = app_with_links(None);
    // Scrolled past the near link, with the far one not yet on screen.
    let near_end = app.links[0].span.end;
    let line = app.layout.line_of_offset(near_end) + 3;
    act(&mut app, &[Action::Scroll(line as isize)]);
    assert!(app.layout.lines[app.top].start > near_end);
    assert!(app.links[1].span.start > app.layout.lines[app.visible().end - 1].end);
    keys(&mut app, "o");
    assert_eq!(app.message.as_deref(), Some("No link on this screen."));
    assert!(app.clipboard.is_none());
}

#[test]
fn link_words_are_underlined() {
    let (app, _) = app_with_links(None);
    let buf = render(&app);
    let (x, y) = find_in_article(&app, &buf, "Sergej Lawrow").expect("the link on screen");
    let x = x + 7;
    let underlined = |x: u16| {
        buf[(x, y)]
            .modifier
            .contains(ratatui::style::Modifier::UNDERLINED)
    };
    assert!((x..x + 6).all(underlined));
    assert!(!underlined(x + 6) && !underlined(x - 1));
}
