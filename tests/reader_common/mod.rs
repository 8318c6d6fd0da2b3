//! What the reader's tests share: the dpa article with its speakers named by hand, so the screen
//! tests do not depend on the state of attribution, and helpers to draw and read a screen.
#![allow(dead_code)]

use quoth::reader::{draw, update, Action, App, Options, Theme};
use quoth::{analyze, Actor, ActorKind, Analysis, Options as AnalysisOptions};
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::Terminal;

pub const DPA: &str = include_str!("../../samples/de/dpa-ukraine-verhandlungen.txt");

/// (first words of a quotation, its speaker) as a reader of the dpa article attributes them.
const SPEAKERS: &[(&str, &str)] = &[
    ("„Wir warten", "Sergej Lawrow"),
    ("„künstliche Erweiterung", "Sergej Lawrow"),
    ("„Wir brauchen", "Sergej Lawrow"),
    ("„Gegenvorschläge", "Sergej Lawrow"),
    ("„Es ist sicherlich", "Jake Sullivan"),
    ("„dass die Russen", "Jake Sullivan"),
    ("„Wir und unsere", "Jake Sullivan"),
    ("„Wir haben Russland", "Jake Sullivan"),
    ("„wenn das russische", "Jake Sullivan"),
    ("„Die Gespräche", "Jake Sullivan"),
    ("„Wenn Russland", "Jake Sullivan"),
    ("„Auch wenn", "Annalena Baerbock"),
    ("„Das Wichtige", "Annalena Baerbock"),
    ("„Über Fragen", "Annalena Baerbock"),
    ("„Diese Position", "Vitali Klitschko"),
];

const ROLES: &[(&str, &str)] = &[
    ("Sergej Lawrow", "Außenminister"),
    ("Jake Sullivan", "Sicherheitsberater"),
    ("Annalena Baerbock", "Bundesaußenministerin"),
    ("Vitali Klitschko", "Bürgermeister"),
];

/// The dpa analysis with the four speakers of the article named by hand.
pub fn dpa_analysis() -> Analysis {
    let mut a = analyze(DPA, &AnalysisOptions::default());
    a.actors = ROLES
        .iter()
        .enumerate()
        .map(|(i, (name, role))| Actor {
            id: format!("a{i}"),
            name: (*name).into(),
            kind: ActorKind::Person,
            gender: None,
            roles: vec![(*role).into()],
            mentions: Vec::new(),
        })
        .collect();
    for st in &mut a.statements {
        let text = st.spans[0].slice(DPA);
        st.speaker = SPEAKERS
            .iter()
            .find(|(start, _)| text.starts_with(start))
            .and_then(|(_, who)| ROLES.iter().position(|(name, _)| name == who));
        st.attributed_by = st.speaker.map(|_| "by hand".into());
    }
    a
}

pub fn app(width: u16, height: u16) -> App {
    app_with(width, height, Theme::default())
}

pub fn app_with(width: u16, height: u16, theme: Theme) -> App {
    let options = Options {
        theme,
        ..Options::default()
    };
    App::new(
        "dpa-ukraine-verhandlungen.txt",
        DPA.to_string(),
        dpa_analysis(),
        options,
        (width, height),
    )
}

pub fn act(app: &mut App, actions: &[Action]) {
    for a in actions {
        update(app, *a);
    }
}

pub fn render(app: &App) -> Buffer {
    let backend = TestBackend::new(app.width, app.height);
    let mut terminal = Terminal::new(backend).expect("a test terminal");
    terminal.draw(|f| draw(f, app)).expect("a frame");
    terminal.backend().buffer().clone()
}

/// The screen as text, one line a row, trailing spaces cut.
pub fn screen_text(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in 0..area.height {
        let mut line = String::new();
        let mut x = 0;
        while x < area.width {
            let cell = &buf[(x, y)];
            line.push_str(cell.symbol());
            x += 1;
            // A wide character's second cell is drawn by the first.
            let w = unicode_width::UnicodeWidthStr::width(cell.symbol()).max(1) as u16;
            x += w - 1;
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The (x, y) of the first cell where `needle` starts on screen.
pub fn find(buf: &Buffer, needle: &str) -> Option<(u16, u16)> {
    find_left_of(buf, needle, buf.area.width)
}

/// As `find`, in the article only (left of the panel).
pub fn find_in_article(app: &App, buf: &Buffer, needle: &str) -> Option<(u16, u16)> {
    find_left_of(buf, needle, app.geometry().article.right())
}

fn find_left_of(buf: &Buffer, needle: &str, right: u16) -> Option<(u16, u16)> {
    let first: String = needle.chars().take(1).collect();
    for y in 0..buf.area.height {
        for x in 0..right.min(buf.area.width) {
            if buf[(x, y)].symbol() != first {
                continue;
            }
            let mut s = String::new();
            let mut cx = x;
            while cx < buf.area.width && s.chars().count() < needle.chars().count() {
                s.push_str(buf[(cx, y)].symbol());
                cx += 1;
            }
            if s == needle {
                return Some((x, y));
            }
        }
    }
    None
}

/// The statement whose quotation starts with `start`.
pub fn statement(app: &App, start: &str) -> usize {
    app.analysis
        .statements
        .iter()
        .position(|s| s.spans[0].slice(&app.text).starts_with(start))
        .unwrap_or_else(|| panic!("no statement starts with {start}"))
}
