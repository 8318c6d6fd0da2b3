//! The config file: TOML read into [`Config`], pure and forgiving. Every part that cannot be used
//! (a syntax error, an unknown key, a bad value) becomes a [`Problem`] that names its line and key,
//! and that part keeps its default, so a broken config never keeps the reader from starting.
//! [`Config::to_toml`] writes the whole config back (what `quoth --print-config` prints).

use std::fmt;
use std::fmt::Write as _;
use std::ops::Range;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use super::geometry::{PanelSide, DEFAULT_MAX_WIDTH};
use super::keymap::{overlap, parse_sequence, sequence_name, Context, Keymap};
use super::theme::ThemeName;

/// Everything the config file can set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub theme: ThemeName,
    pub mouse: bool,
    /// The widest text column; 0 for the whole width.
    pub width: usize,
    pub center: bool,
    pub panel_side: PanelSide,
    /// 0: a third of the screen, 26 to 40 columns.
    pub panel_width: u16,
    pub keymap: Keymap,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            theme: ThemeName::Dark,
            mouse: true,
            width: DEFAULT_MAX_WIDTH,
            center: true,
            panel_side: PanelSide::Right,
            panel_width: 0,
            keymap: Keymap::default(),
        }
    }
}

/// A part of the config that could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based.
    pub line: usize,
    /// The key as a dotted path (`keys.next-statement`); empty for a syntax error.
    pub key: String,
    pub message: String,
    /// The setting was applied all the same (a key taken from another action); else it was
    /// rejected and its default applies.
    pub applied: bool,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.key.is_empty() {
            write!(f, "line {}: {}", self.line, self.message)
        } else {
            write!(f, "line {}: {}: {}", self.line, self.key, self.message)
        }
    }
}

const WIDTH_MAX: i64 = 10_000;
const PANEL_WIDTH_MAX: i64 = 200;

/// Reads a config. What cannot be used is reported and left at its default.
pub fn parse(text: &str) -> (Config, Vec<Problem>) {
    let mut reader = Reader {
        text,
        problems: Vec::new(),
    };
    let mut config = Config::default();
    let (document, errors) = DeTable::parse_recoverable(text);
    for e in errors {
        let line = e.span().map_or(1, |s| reader.line(s.start));
        reader.problems.push(Problem {
            line,
            key: String::new(),
            message: format!("not valid TOML: {}", e.message().trim()),
            applied: false,
        });
    }
    for (key, value) in in_file_order(document.get_ref()) {
        match key.get_ref().as_ref() {
            "theme" => {
                let names: Vec<&str> = ThemeName::ALL.iter().map(|t| t.name()).collect();
                if let Some(t) = reader.choice(value, "theme", &names) {
                    config.theme = ThemeName::from_name(t).unwrap_or_default();
                }
            }
            "mouse" => {
                if let Some(b) = reader.boolean(value, "mouse") {
                    config.mouse = b;
                }
            }
            "layout" => reader.layout(value, &mut config),
            "keys" => reader.keys(value, &mut config.keymap),
            other => reader.unknown(key, other, "theme, mouse, [layout], [keys]"),
        }
    }
    // A line that is not valid TOML is reported as that, once: what the parser made of the rest
    // of it ("width = \"x\" x" read as the key width) would only repeat the same mistake.
    let broken: Vec<usize> = reader
        .problems
        .iter()
        .filter(|p| p.key.is_empty())
        .map(|p| p.line)
        .collect();
    reader
        .problems
        .retain(|p| p.key.is_empty() || !broken.contains(&p.line));
    // In reading order, syntax errors among the rest.
    reader.problems.sort_by_key(|p| p.line);
    (config, reader.problems)
}

/// Keys in the order the file has them, so problems come out in reading order.
fn in_file_order<'a, 'i>(
    table: &'a DeTable<'i>,
) -> Vec<(
    &'a Spanned<std::borrow::Cow<'i, str>>,
    &'a Spanned<DeValue<'i>>,
)> {
    let mut entries: Vec<_> = table.iter().collect();
    entries.sort_by_key(|(k, _)| k.span().start);
    entries
}

struct Reader<'t> {
    text: &'t str,
    problems: Vec<Problem>,
}

impl Reader<'_> {
    fn line(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.text.as_bytes()[..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }

    fn problem(&mut self, span: Range<usize>, key: &str, message: String) {
        let line = self.line(span.start);
        self.problems.push(Problem {
            line,
            key: key.to_string(),
            message,
            applied: false,
        });
    }

    /// A note on a setting that was applied: what it took from elsewhere.
    fn note(&mut self, span: Range<usize>, key: &str, message: String) {
        self.problem(span, key, message);
        if let Some(p) = self.problems.last_mut() {
            p.applied = true;
        }
    }

    fn unknown(&mut self, key: &Spanned<std::borrow::Cow<'_, str>>, path: &str, known: &str) {
        self.problem(
            key.span(),
            path,
            format!("unknown key (known here: {known})"),
        );
    }

    fn boolean(&mut self, value: &Spanned<DeValue<'_>>, path: &str) -> Option<bool> {
        match value.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            other => {
                let message = format!("expected true or false, found {}", other.type_str());
                self.problem(value.span(), path, message);
                None
            }
        }
    }

    fn integer(
        &mut self,
        value: &Spanned<DeValue<'_>>,
        path: &str,
        range: std::ops::RangeInclusive<i64>,
    ) -> Option<i64> {
        let n = match value.get_ref() {
            DeValue::Integer(i) => {
                i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()).ok()
            }
            _ => None,
        };
        match n.filter(|n| range.contains(n)) {
            Some(n) => Some(n),
            None => {
                let message = format!(
                    "expected a whole number from {} to {}",
                    range.start(),
                    range.end()
                );
                self.problem(value.span(), path, message);
                None
            }
        }
    }

    fn string<'v>(&mut self, value: &'v Spanned<DeValue<'_>>, path: &str) -> Option<&'v str> {
        match value.get_ref() {
            DeValue::String(s) => Some(s.as_ref()),
            other => {
                let message = format!("expected a string, found {}", other.type_str());
                self.problem(value.span(), path, message);
                None
            }
        }
    }

    fn choice<'c>(
        &mut self,
        value: &Spanned<DeValue<'_>>,
        path: &str,
        choices: &[&'c str],
    ) -> Option<&'c str> {
        let s = self.string(value, path)?;
        let found = choices.iter().find(|c| **c == s).copied();
        if found.is_none() {
            let message = format!("\"{s}\" is not one of {}", choices.join(", "));
            self.problem(value.span(), path, message);
        }
        found
    }

    fn table<'v, 'i>(
        &mut self,
        value: &'v Spanned<DeValue<'i>>,
        path: &str,
    ) -> Option<&'v DeTable<'i>> {
        match value.get_ref() {
            DeValue::Table(t) => Some(t),
            other => {
                let message = format!("expected a table, found {}", other.type_str());
                self.problem(value.span(), path, message);
                None
            }
        }
    }

    fn layout(&mut self, value: &Spanned<DeValue<'_>>, config: &mut Config) {
        let Some(table) = self.table(value, "layout") else {
            return;
        };
        for (key, value) in in_file_order(table) {
            let name = key.get_ref().as_ref();
            let path = format!("layout.{name}");
            match name {
                "width" => {
                    if let Some(n) = self.integer(value, &path, 0..=WIDTH_MAX) {
                        config.width = n as usize;
                    }
                }
                "center" => {
                    if let Some(b) = self.boolean(value, &path) {
                        config.center = b;
                    }
                }
                "panel-side" => match self.choice(value, &path, &["right", "left"]) {
                    Some("left") => config.panel_side = PanelSide::Left,
                    Some(_) => config.panel_side = PanelSide::Right,
                    None => {}
                },
                "panel-width" => {
                    if let Some(n) = self.integer(value, &path, 0..=PANEL_WIDTH_MAX) {
                        config.panel_width = n as u16;
                    }
                }
                _ => self.unknown(key, &path, "width, center, panel-side, panel-width"),
            }
        }
    }

    /// `[keys]`: each action's sequences replace its defaults and are taken from any other action
    /// of the same context that had them.
    fn keys(&mut self, value: &Spanned<DeValue<'_>>, keymap: &mut Keymap) {
        let Some(table) = self.table(value, "keys") else {
            return;
        };
        // Which action the file gave each sequence, to report a sequence given twice.
        let mut claimed: Vec<(Context, Vec<super::keymap::Key>, &'static str)> = Vec::new();
        for (key, value) in in_file_order(table) {
            let name = key.get_ref().as_ref();
            let path = format!("keys.{name}");
            let Some(binding) = keymap.binding(name) else {
                self.problem(
                    key.span(),
                    &path,
                    "no action has this name (quoth --print-config lists them)".into(),
                );
                continue;
            };
            let (action, context) = (binding.name, binding.context);
            let Some(sequences) = self.sequences(value, &path) else {
                continue;
            };
            for seq in &sequences {
                if let Some((_, earlier, other)) = claimed
                    .iter()
                    .find(|(c, s, other)| *c == context && overlap(s, seq) && *other != action)
                {
                    let message = if earlier == seq {
                        format!(
                            "\"{}\" is also given to {other} above; it now does {action}",
                            sequence_name(seq)
                        )
                    } else {
                        format!(
                            "\"{}\" and {other}'s \"{}\" cannot both be typed; {other} loses it",
                            sequence_name(seq),
                            sequence_name(earlier)
                        )
                    };
                    self.note(value.span(), &path, message);
                }
                claimed.push((context, seq.clone(), action));
            }
            let losers = keymap.rebind(name, sequences.clone()).unwrap_or_default();
            // What the defaults of other actions lose (the file's own were reported above).
            for (other, lost) in losers {
                if claimed.iter().any(|(_, s, o)| *o == other && *s == lost) {
                    continue;
                }
                let Some(new) = sequences.iter().find(|s| overlap(s, &lost)) else {
                    continue;
                };
                let left = keymap.binding(other).map_or(0, |b| b.keys.len());
                let how = if *new == lost {
                    format!("\"{}\" was {other}'s", sequence_name(&lost))
                } else if lost.starts_with(new) {
                    format!(
                        "\"{}\" is the start of {other}'s \"{}\"",
                        sequence_name(new),
                        sequence_name(&lost)
                    )
                } else {
                    format!(
                        "{other}'s \"{}\" is the start of \"{}\"",
                        sequence_name(&lost),
                        sequence_name(new)
                    )
                };
                let rest = if left == 0 {
                    format!("; {other} has no key left")
                } else {
                    String::new()
                };
                self.note(
                    value.span(),
                    &path,
                    format!(
                        "{how}: it now does {action}, and {other} loses \"{}\"{rest}",
                        sequence_name(&lost)
                    ),
                );
            }
        }
        for (long, short) in keymap.shadowed() {
            self.problem(
                value.span(),
                "keys",
                format!("\"{long}\" can never be typed: \"{short}\" acts first"),
            );
        }
    }

    /// A string or a list of strings, each a key sequence. Any bad one rejects the whole entry.
    fn sequences(
        &mut self,
        value: &Spanned<DeValue<'_>>,
        path: &str,
    ) -> Option<Vec<Vec<super::keymap::Key>>> {
        let items: Vec<&Spanned<DeValue<'_>>> = match value.get_ref() {
            DeValue::String(_) => vec![value],
            DeValue::Array(items) => items.iter().collect(),
            other => {
                let message = format!(
                    "expected a key sequence or a list of them, found {}",
                    other.type_str()
                );
                self.problem(value.span(), path, message);
                return None;
            }
        };
        let mut out = Vec::new();
        for item in items {
            let text = self.string(item, path)?;
            match parse_sequence(text) {
                Ok(keys) => {
                    if !out.contains(&keys) {
                        out.push(keys);
                    }
                }
                Err(e) => {
                    self.problem(item.span(), path, format!("{e}; keeping the default keys"));
                    return None;
                }
            }
        }
        Some(out)
    }
}

/// A TOML string, quoted and escaped.
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

impl Config {
    /// The whole config as a commented TOML file that [`parse`] reads back as it is.
    pub fn to_toml(&self) -> String {
        let mut out = String::new();
        let themes: Vec<&str> = ThemeName::ALL.iter().map(|t| t.name()).collect();
        let _ = writeln!(
            out,
            "# quoth's configuration. Every setting is optional: what is left out keeps its default.\n\
             # `quoth --print-config` prints this file with the defaults.\n"
        );
        let _ = writeln!(
            out,
            "# {}; NO_COLOR (or --color never) always means monochrome.",
            themes.join(", ")
        );
        let _ = writeln!(out, "theme = {}", quoted(self.theme.name()));
        let _ = writeln!(
            out,
            "# The wheel scrolls and a click selects or folds; false leaves the mouse to the terminal."
        );
        let _ = writeln!(out, "mouse = {}\n", self.mouse);
        let _ = writeln!(out, "[layout]");
        let _ = writeln!(
            out,
            "# The text column is at most this many columns wide (0: the whole width); --width overrides."
        );
        let _ = writeln!(out, "width = {}", self.width);
        let _ = writeln!(out, "# Centre the text column; false keeps it on the left.");
        let _ = writeln!(out, "center = {}", self.center);
        let _ = writeln!(out, "# Where the speakers panel goes: right or left.");
        let side = match self.panel_side {
            PanelSide::Left => "left",
            PanelSide::Right => "right",
        };
        let _ = writeln!(out, "panel-side = {}", quoted(side));
        let _ = writeln!(
            out,
            "# The panel's width in columns; 0: a third of the screen, 26 to 40 columns."
        );
        let _ = writeln!(out, "panel-width = {}\n", self.panel_width);
        let _ = writeln!(out, "[keys]");
        let _ = writeln!(
            out,
            "# Each action takes a list of key sequences, which replace its default keys and are taken\n\
             # from any other action that had them; [] unbinds. A sequence is characters typed one after\n\
             # the other (\"za\") or named keys apart (\"z Down\"): Space, Enter, Tab, BackTab, Esc,\n\
             # Backspace, Delete, Insert, Up, Down, Left, Right, PgUp, PgDn, Home, End, F1-F12, and\n\
             # Ctrl- before a key (\"Ctrl-d\"). Ctrl-c always quits. panel-* act while the panel has the focus."
        );
        for b in &self.keymap.bindings {
            let keys: Vec<String> = b.keys.iter().map(|k| quoted(&sequence_name(k))).collect();
            let _ = writeln!(
                out,
                "{} = [{}]{}# {}",
                b.name,
                keys.join(", "),
                " ".repeat(
                    42usize
                        .saturating_sub(b.name.len() + keys.join(", ").len() + 5)
                        .max(1)
                ),
                b.help
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::keymap::Key;

    #[test]
    fn the_printed_default_reads_back_as_the_default() {
        let text = Config::default().to_toml();
        let (config, problems) = parse(&text);
        assert_eq!(problems, vec![], "{text}");
        assert_eq!(config, Config::default());
    }

    #[test]
    fn any_config_reads_back_as_itself() {
        let mut config = Config {
            theme: ThemeName::Light,
            mouse: false,
            width: 72,
            center: false,
            panel_side: PanelSide::Left,
            panel_width: 30,
            keymap: Keymap::default(),
        };
        config
            .keymap
            .rebind("fold-toggle", vec![vec![Key::ch(' '), Key::ch('f')]])
            .unwrap();
        let (again, problems) = parse(&config.to_toml());
        assert_eq!(problems, vec![]);
        assert_eq!(again, config);
    }

    #[test]
    fn settings_and_keys_take_effect() {
        let (config, problems) = parse(
            "theme = \"light\"\n[layout]\nwidth = 80\npanel-side = \"left\"\n[keys]\nnext-statement = [\"n\", \"g j\"]\nquit = \"Q\"\n",
        );
        // Taking n from search-next and g from top is applied, and said.
        let notes: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
        assert_eq!(
            notes,
            [
                "top's \"g\" is the start of \"gj\": it now does next-statement, and top loses \"g\"",
                "\"n\" was search-next's: it now does next-statement, and search-next loses \"n\"; search-next has no key left",
            ]
        );
        assert!(problems.iter().all(|p| p.applied));
        assert_eq!(config.theme, ThemeName::Light);
        assert_eq!(config.width, 80);
        assert_eq!(config.panel_side, PanelSide::Left);
        let next = config.keymap.binding("next-statement").unwrap();
        assert_eq!(
            next.keys,
            vec![vec![Key::ch('n')], vec![Key::ch('g'), Key::ch('j')]]
        );
        assert_eq!(
            config.keymap.binding("quit").unwrap().keys,
            vec![vec![Key::ch('Q')]]
        );
        // `n` left search-next; `g` was top's, and is now the start of `g j`.
        assert!(config
            .keymap
            .binding("search-next")
            .unwrap()
            .keys
            .is_empty());
    }

    #[test]
    fn each_bad_part_is_named_by_line_and_key_and_the_rest_still_counts() {
        let text = "theme = \"solarized\"\nmouse = \"yes\"\ncolour = 1\n[layout]\nwidth = -3\ncenter = false\n[keys]\nnext-statement = [\"Pgdown\"]\njump = [\"x\"]\nprev-statement = [\"p\"]\n";
        let (config, problems) = parse(text);
        let found: Vec<(usize, &str)> = problems.iter().map(|p| (p.line, p.key.as_str())).collect();
        assert_eq!(
            found,
            vec![
                (1, "theme"),
                (2, "mouse"),
                (3, "colour"),
                (5, "layout.width"),
                (8, "keys.next-statement"),
                (9, "keys.jump"),
            ]
        );
        assert!(
            problems[0].message.contains("dark, light, monochrome"),
            "{}",
            problems[0]
        );
        assert_eq!(config.theme, ThemeName::Dark);
        assert_eq!(config.width, DEFAULT_MAX_WIDTH);
        assert!(!config.center, "a good setting beside bad ones counts");
        assert_eq!(
            config.keymap.binding("next-statement").unwrap().keys,
            vec![vec![Key::ch(']')]]
        );
        assert_eq!(
            config.keymap.binding("prev-statement").unwrap().keys,
            vec![vec![Key::ch('p')]]
        );
    }

    #[test]
    fn a_broken_line_is_reported_once_and_in_reading_order() {
        let (_, problems) = parse("mouse = tru\nwidth = \"x\" x\n");
        let lines: Vec<(usize, bool)> = problems
            .iter()
            .map(|p| (p.line, p.message.starts_with("not valid TOML")))
            .collect();
        assert_eq!(lines, [(1, true), (2, true)], "{problems:?}");
    }

    #[test]
    fn broken_toml_is_reported_with_its_line() {
        let (config, problems) = parse("theme = \"light\"\n[keys\nquit = [\"x\"]\n");
        assert!(!problems.is_empty());
        assert_eq!(problems[0].line, 2, "{:?}", problems);
        assert!(problems[0].message.starts_with("not valid TOML"));
        // What could be read before the error still counts.
        assert_eq!(config.theme, ThemeName::Light);
    }

    #[test]
    fn a_sequence_given_twice_or_shadowed_is_reported() {
        let (_, problems) = parse("[keys]\ntop = [\"x\"]\nbottom = [\"x\"]\n");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(
            (problems[0].line, problems[0].key.as_str()),
            (3, "keys.bottom")
        );
        let (_, problems) = parse("[keys]\ntop = [\"x\"]\nbottom = [\"x y\"]\n");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].message.contains("cannot both be typed"),
            "{problems:?}"
        );
        // A key taken from the defaults is applied, and said: z now goes to the top, and the
        // folds that started with z lose those keys, each named.
        let (config, problems) = parse("[keys]\ntop = [\"z\"]\n");
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems.iter().all(|p| p.applied && p.key == "keys.top"));
        assert!(
            problems[0]
                .message
                .contains("\"z\" is the start of fold-toggle's \"za\"")
                && problems[0].message.contains("fold-toggle has no key left"),
            "{problems:?}"
        );
        assert!(problems[1].message.contains("fold-all's \"zM\""));
        let (_, problems) = parse("[keys]\nquit = [\"j\"]\n");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(
            problems[0].message,
            "\"j\" was line-down's: it now does quit, and line-down loses \"j\""
        );
        assert!(config
            .keymap
            .binding("fold-toggle")
            .unwrap()
            .keys
            .is_empty());
        assert!(config.keymap.shadowed().is_empty());
    }
}
