//! The reader's one state. `update` changes it, drawing only reads it.

use crate::input::{sanitize_line, Link};
use crate::model::Analysis;

use super::config::Config;
use super::geometry::{arrange, Arrangement, Geometry, PanelSide, DEFAULT_MAX_WIDTH};
use super::keymap::{Key, Keymap};
use super::layout::{Layout, LineKind};
use super::stats::Stats;
use super::theme::Theme;

/// How the reader was asked to look and which keys do what (the defaults, the config file and
/// the command line together).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The widest text column; 0 for the whole width.
    pub max_width: usize,
    /// Centre the text column in the article's area.
    pub center: bool,
    pub panel_side: PanelSide,
    /// 0: a third of the screen, 26 to 40 columns.
    pub panel_width: u16,
    pub theme: Theme,
    /// Report the mouse (wheel, clicks); off leaves selecting text to the terminal.
    pub mouse: bool,
    pub keymap: Keymap,
    /// The program `o` opens links with (and its first arguments); None: `o` copies them.
    pub opener: Option<Vec<String>>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_width: DEFAULT_MAX_WIDTH,
            center: true,
            panel_side: PanelSide::Right,
            panel_width: 0,
            theme: Theme::default(),
            mouse: true,
            keymap: Keymap::default(),
            opener: None,
        }
    }
}

impl Options {
    /// As a config asks, with the theme decided by the caller (the config's, unless `--theme`,
    /// `--color never` or NO_COLOR say otherwise).
    pub fn from_config(config: &Config, theme: Theme) -> Options {
        Options {
            max_width: config.width,
            center: config.center,
            panel_side: config.panel_side,
            panel_width: config.panel_width,
            theme,
            mouse: config.mouse,
            keymap: config.keymap.clone(),
            opener: None,
        }
    }

    pub fn arrangement(&self) -> Arrangement {
        Arrangement {
            max_width: self.max_width,
            center: self.center,
            panel_side: self.panel_side,
            panel_width: self.panel_width,
        }
    }
}

/// Which part of the screen takes `j`, `k` and Enter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Article,
    Panel,
}

/// A search as in less: the query being typed, and the matches of the last one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    /// Some while the user types a query after `/`.
    pub input: Option<String>,
    pub query: String,
    /// Byte ranges of the matches, in text order.
    pub matches: Vec<(usize, usize)>,
    pub current: Option<usize>,
}

#[derive(Debug, Clone)]
pub struct App {
    /// Where the article came from, made harmless for the status line.
    pub name: String,
    pub text: String,
    pub analysis: Analysis,
    /// The article's links, in text order (see `with_links`).
    pub links: Vec<Link>,
    pub stats: Stats,
    pub options: Options,
    /// The screen's size in cells.
    pub width: u16,
    pub height: u16,
    pub layout: Layout,
    /// Per section: folded?
    pub folded: Vec<bool>,
    /// The first visual line on screen.
    pub top: usize,
    /// The statement the reader is on (`]`, `s`, Enter in the panel...).
    pub current: Option<usize>,
    /// The speaker chosen in the panel (an index into `stats.speakers`).
    pub selected: Option<usize>,
    /// The panel's cursor: a row of `panel::rows`.
    pub panel_cursor: usize,
    pub focus: Focus,
    /// Dim everything the selected speaker does not say.
    pub focus_mode: bool,
    pub search: Search,
    pub help: bool,
    /// The first line of the help overlay on screen, where it is taller than the screen.
    pub help_scroll: usize,
    /// The first keys of a longer key sequence (`z` of `za`).
    pub pending: Vec<Key>,
    /// A one-off message for the status line; the next action clears it.
    pub message: Option<String>,
    /// Text to put on the clipboard; the terminal loop sends it (OSC 52) and clears it.
    pub clipboard: Option<String>,
    /// An address to open with `options.opener`; the terminal loop starts it and clears it.
    pub open: Option<String>,
    pub quit: bool,
    /// What the terminal is asked for besides a frame, taken by its loop: `Suspend` or `Redraw`.
    pub terminal_request: Option<super::action::Action>,
}

impl App {
    pub fn new(
        name: &str,
        text: String,
        analysis: Analysis,
        options: Options,
        size: (u16, u16),
    ) -> Self {
        let stats = Stats::new(&text, &analysis);
        let folded = vec![false; analysis.sections.len()];
        let (width, height) = size;
        let g = arrange(width, height, &options.arrangement());
        let layout = Layout::new(
            &text,
            &analysis,
            &stats.fold_summaries,
            usize::from(g.text_width),
            &folded,
        );
        let message = help_hint(&options.keymap);
        App {
            name: sanitize_line(name),
            text,
            analysis,
            links: Vec::new(),
            stats,
            options,
            width,
            height,
            layout,
            folded,
            top: 0,
            current: None,
            selected: None,
            panel_cursor: 0,
            focus: Focus::Article,
            focus_mode: false,
            search: Search::default(),
            help: false,
            help_scroll: 0,
            pending: Vec::new(),
            message,
            clipboard: None,
            open: None,
            quit: false,
            terminal_request: None,
        }
    }

    /// The article's links (byte spans into the text), kept in text order.
    pub fn with_links(mut self, mut links: Vec<Link>) -> Self {
        links.retain(|l| l.span.end <= self.text.len() && l.span.start < l.span.end);
        links.sort_by_key(|l| l.span.start);
        self.links = links;
        self
    }

    pub fn geometry(&self) -> Geometry {
        arrange(self.width, self.height, &self.options.arrangement())
    }

    pub fn keymap(&self) -> &Keymap {
        &self.options.keymap
    }

    pub fn theme(&self) -> Theme {
        self.options.theme
    }

    /// How many article lines the screen shows.
    pub fn page(&self) -> usize {
        usize::from(self.geometry().article.height).max(1)
    }

    pub fn max_top(&self) -> usize {
        self.layout.len().saturating_sub(self.page())
    }

    /// Screen size changed: wrap again only if the text column's width changed, and keep the
    /// paragraph that was at the top in view.
    pub fn resize(&mut self, width: u16, height: u16) {
        let anchor = self.anchor();
        self.width = width;
        self.height = height;
        let text_width = usize::from(self.geometry().text_width);
        if text_width != self.layout.width {
            self.layout = Layout::new(
                &self.text,
                &self.analysis,
                &self.stats.fold_summaries,
                text_width,
                &self.folded,
            );
            self.top = self.layout.line_of_offset(anchor);
        }
        self.top = self.top.min(self.max_top());
    }

    /// Folds changed: arrange the lines again (no wrapping) and keep the top line's text in view.
    pub fn refold(&mut self) {
        let anchor = self.anchor();
        self.layout.arrange(&self.analysis, &self.folded);
        self.top = self.layout.line_of_offset(anchor).min(self.max_top());
    }

    /// The article offset at the top of the screen.
    pub fn anchor(&self) -> usize {
        self.layout.lines.get(self.top).map_or(0, |l| l.pos)
    }

    /// Lines `[top, top + page)`.
    pub fn visible(&self) -> std::ops::Range<usize> {
        self.top..(self.top + self.page()).min(self.layout.len())
    }

    /// The section the reader is in: the current statement's when on screen, else the first
    /// visible line's.
    pub fn section_at_cursor(&self) -> usize {
        if let Some(line) = self.current_statement_line() {
            if self.visible().contains(&line) {
                return self.layout.lines[line].section;
            }
        }
        self.visible()
            .map(|i| self.layout.lines[i])
            .find(|l| l.kind != LineKind::Blank)
            .or_else(|| self.layout.lines.get(self.top).copied())
            .map_or(0, |l| l.section)
    }

    pub fn current_statement_line(&self) -> Option<usize> {
        let st = self.analysis.statements.get(self.current?)?;
        Some(self.layout.line_of_offset(st.extent().start))
    }

    /// How far down the article the screen is, as less shows it: the bottom line in %.
    pub fn percent(&self) -> usize {
        let total = self.layout.len().max(1);
        let bottom = (self.top + self.page()).min(total);
        bottom * 100 / total
    }
}

/// The status line's first message, until the first key: which key opens the help ("? for
/// help"), as the keymap has it; none where the help has no key.
fn help_hint(keymap: &Keymap) -> Option<String> {
    let binding = keymap
        .bindings
        .iter()
        .find(|b| b.action == super::action::Action::ToggleHelp)?;
    let keys = binding.keys.first()?;
    let typed: String = keys.iter().map(|k| k.label()).collect();
    Some(format!("{typed} for help"))
}
