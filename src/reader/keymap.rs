//! The one table from keys to actions, including sequences (`za`), built from the defaults below
//! and the config's `[keys]`; the help overlay and the README's key table are made from the same
//! table, so they never disagree with what the keys do.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;
use super::app::{App, Focus};

/// A key as the table knows it: the code and whether Control is held. Shift is in the character.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

/// Names of keys that are not a character, as the config file writes them.
const NAMED: &[(&str, KeyCode)] = &[
    ("Space", KeyCode::Char(' ')),
    ("Enter", KeyCode::Enter),
    ("Tab", KeyCode::Tab),
    ("BackTab", KeyCode::BackTab),
    ("Esc", KeyCode::Esc),
    ("Backspace", KeyCode::Backspace),
    ("Delete", KeyCode::Delete),
    ("Insert", KeyCode::Insert),
    ("Up", KeyCode::Up),
    ("Down", KeyCode::Down),
    ("Left", KeyCode::Left),
    ("Right", KeyCode::Right),
    ("PgUp", KeyCode::PageUp),
    ("PgDn", KeyCode::PageDown),
    ("Home", KeyCode::Home),
    ("End", KeyCode::End),
];

impl Key {
    pub const fn ch(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            ctrl: false,
        }
    }
    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            ctrl: true,
        }
    }
    pub const fn code(code: KeyCode) -> Key {
        Key { code, ctrl: false }
    }

    pub fn from_event(event: KeyEvent) -> Key {
        Key {
            code: event.code,
            ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
        }
    }

    /// How the help overlay and the README write the key.
    pub fn label(&self) -> String {
        let name = match self.code {
            KeyCode::Down => "↓".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::BackTab => "S-Tab".into(),
            _ => return self.name(),
        };
        if self.ctrl {
            format!("Ctrl-{name}")
        } else {
            name
        }
    }

    /// How the config file writes the key: `j`, `Ctrl-d`, `PgDn`, `F5`.
    pub fn name(&self) -> String {
        let name = match self.code {
            KeyCode::Char(c) if c != ' ' => c.to_string(),
            KeyCode::F(n) => format!("F{n}"),
            code => NAMED
                .iter()
                .find(|(_, k)| *k == code)
                .map_or_else(|| format!("{code:?}"), |(n, _)| (*n).to_string()),
        };
        if self.ctrl {
            format!("Ctrl-{name}")
        } else {
            name
        }
    }

    /// One key by its name: a single character, `Ctrl-` and a key, a name of [`NAMED`], `F1`–`F12`
    /// or an arrow.
    fn parse_one(token: &str) -> Option<Key> {
        if let Some(rest) = token.strip_prefix("Ctrl-").filter(|r| !r.is_empty()) {
            let key = Key::parse_one(rest)?;
            // Control with a letter arrives as the lower-case letter.
            let code = match key.code {
                KeyCode::Char(c) => KeyCode::Char(c.to_ascii_lowercase()),
                other => other,
            };
            return (!key.ctrl).then_some(Key { code, ctrl: true });
        }
        let mut chars = token.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return Some(match c {
                '↓' => Key::code(KeyCode::Down),
                '↑' => Key::code(KeyCode::Up),
                '←' => Key::code(KeyCode::Left),
                '→' => Key::code(KeyCode::Right),
                c if c.is_control() => return None,
                c => Key::ch(c),
            });
        }
        if let Some((_, code)) = NAMED.iter().find(|(n, _)| *n == token) {
            return Some(Key::code(*code));
        }
        if token == "S-Tab" {
            return Some(Key::code(KeyCode::BackTab));
        }
        let n: u8 = token.strip_prefix('F')?.parse().ok()?;
        (1..=12).contains(&n).then_some(Key::code(KeyCode::F(n)))
    }
}

/// The longest key sequence a binding may have.
pub const MAX_SEQUENCE: usize = 4;

/// A key sequence as the config writes it: words separated by spaces, each a named key (`Down`,
/// `Ctrl-d`, `Space`) or characters typed one after the other (`za` is `z` then `a`).
pub fn parse_sequence(text: &str) -> Result<Vec<Key>, String> {
    let mut keys = Vec::new();
    if text == " " {
        keys.push(Key::ch(' '));
    }
    for token in text.split_whitespace() {
        match Key::parse_one(token) {
            Some(key) => keys.push(key),
            None if token.starts_with("Ctrl-") || is_name_like(token) => {
                return Err(format!("unknown key name \"{token}\""));
            }
            None => {
                for c in token.chars() {
                    keys.push(
                        Key::parse_one(&c.to_string())
                            .ok_or_else(|| format!("\"{}\" is not a key", c.escape_default()))?,
                    );
                }
            }
        }
    }
    if keys.is_empty() {
        return Err("an empty key sequence".into());
    }
    if keys.len() > MAX_SEQUENCE {
        return Err(format!("more than {MAX_SEQUENCE} keys in one sequence"));
    }
    Ok(keys)
}

/// `Pgdn` or `Enteer` are typos of names, not the letters typed one after the other.
fn is_name_like(token: &str) -> bool {
    let lower = token.to_lowercase();
    token.chars().next().is_some_and(char::is_uppercase)
        && token.chars().skip(1).all(|c| c.is_ascii_lowercase())
        && token.len() > 2
        && NAMED.iter().any(|(n, _)| {
            let n = n.to_lowercase();
            n.starts_with(&lower[..2]) || lower == n
        })
}

/// How the config writes a sequence: characters together (`za`), named keys apart (`z Down`).
pub fn sequence_name(keys: &[Key]) -> String {
    let together: String = keys.iter().map(Key::name).collect();
    if parse_sequence(&together).as_deref() == Ok(keys) {
        together
    } else {
        keys.iter().map(Key::name).collect::<Vec<_>>().join(" ")
    }
}

/// How the help writes a sequence.
pub fn sequence_label(keys: &[Key]) -> String {
    keys.iter().map(Key::label).collect()
}

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Anywhere (the panel's own bindings come first when it has the focus).
    Reader,
    /// Only while the panel has the focus.
    Panel,
}

/// One action's keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    /// The action's stable name, as the config's `[keys]` writes it.
    pub name: &'static str,
    /// Alternatives; each is a sequence of keys.
    pub keys: Vec<Vec<Key>>,
    pub context: Context,
    pub action: Action,
    pub help: &'static str,
}

use Context::{Panel as P, Reader as R};

/// The defaults: (name, context, action, keys as the config writes them, help).
#[rustfmt::skip]
pub const DEFAULTS: &[(&str, Context, Action, &[&str], &str)] = &[
    ("line-down", R, Action::Scroll(1), &["j", "Down", "e", "Ctrl-e"], "a line down"),
    ("line-up", R, Action::Scroll(-1), &["k", "Up", "Ctrl-y"], "a line up"),
    ("half-page-down", R, Action::HalfPage(1), &["Ctrl-d", "d"], "half a page down"),
    ("half-page-up", R, Action::HalfPage(-1), &["Ctrl-u", "u"], "half a page up"),
    ("page-down", R, Action::Page(1), &["Space", "PgDn", "Ctrl-f"], "a page down"),
    ("page-up", R, Action::Page(-1), &["b", "PgUp", "Ctrl-b"], "a page up"),
    ("top", R, Action::Top, &["g", "Home"], "top"),
    ("bottom", R, Action::Bottom, &["G", "End"], "bottom"),
    ("next-statement", R, Action::NextStatement, &["]"], "next statement"),
    ("prev-statement", R, Action::PrevStatement, &["["], "previous statement"),
    ("next-of-speaker", R, Action::NextOfSpeaker, &["}"], "speaker's next statement"),
    ("prev-of-speaker", R, Action::PrevOfSpeaker, &["{"], "speaker's prev statement"),
    ("next-speaker", R, Action::NextSpeaker, &["s"], "next speaker & statement"),
    ("prev-speaker", R, Action::PrevSpeaker, &["S"], "previous speaker"),
    ("focus-mode", R, Action::ToggleFocusMode, &["f"], "focus: dim other voices"),
    ("fold-toggle", R, Action::ToggleFold, &["za"], "fold/unfold this section"),
    ("fold-all", R, Action::FoldAll, &["zM"], "fold all sections"),
    ("unfold-all", R, Action::UnfoldAll, &["zR"], "unfold all sections"),
    ("switch-focus", R, Action::SwitchFocus, &["Tab", "BackTab"], "article ⇄ panel"),
    ("search", R, Action::SearchStart, &["/"], "search"),
    ("search-next", R, Action::SearchNext, &["n"], "next match"),
    ("search-prev", R, Action::SearchPrev, &["N"], "previous match"),
    ("copy-statement", R, Action::CopyStatement, &["y"], "copy statement (cite)"),
    ("copy-speaker", R, Action::CopySpeaker, &["Y"], "copy all by this speaker"),
    ("open-link", R, Action::OpenLink, &["o"], "open or copy the link"),
    ("help", R, Action::ToggleHelp, &["?"], "this help"),
    ("suspend", R, Action::Suspend, &["Ctrl-z"], "suspend (fg comes back)"),
    ("redraw", R, Action::Redraw, &["Ctrl-l"], "redraw the screen"),
    ("quit", R, Action::Quit, &["q", "Ctrl-c"], "quit"),
    ("panel-down", P, Action::PanelDown, &["j", "Down"], "next row"),
    ("panel-up", P, Action::PanelUp, &["k", "Up"], "previous row"),
    ("panel-enter", P, Action::PanelEnter, &["Enter"], "go to the statement"),
];

/// The table the reader looks keys up in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    pub bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Self {
        let bindings = DEFAULTS
            .iter()
            .map(|(name, context, action, keys, help)| Binding {
                name,
                keys: keys.iter().filter_map(|k| parse_sequence(k).ok()).collect(),
                context: *context,
                action: *action,
                help,
            })
            .collect();
        Keymap { bindings }
    }
}

impl Keymap {
    pub fn binding(&self, name: &str) -> Option<&Binding> {
        self.bindings.iter().find(|b| b.name == name)
    }

    /// Gives the action `name` these keys instead of its own, and takes them from any other
    /// action of the same context that had them, or had a sequence that starts one of them or
    /// starts with one (so `n = next-statement` and `"g j"` just work). Returns the names of those
    /// other actions; None if no action has that name.
    /// Returns, for each sequence another action loses, that action and the sequence.
    pub fn rebind(
        &mut self,
        name: &str,
        keys: Vec<Vec<Key>>,
    ) -> Option<Vec<(&'static str, Vec<Key>)>> {
        let i = self.bindings.iter().position(|b| b.name == name)?;
        let context = self.bindings[i].context;
        let mut losers = Vec::new();
        for (j, other) in self.bindings.iter_mut().enumerate() {
            if j == i || other.context != context {
                continue;
            }
            let (lost, kept) = std::mem::take(&mut other.keys)
                .into_iter()
                .partition(|k| keys.iter().any(|new| overlap(new, k)));
            other.keys = kept;
            losers.extend(lost.into_iter().map(|k: Vec<Key>| (other.name, k)));
        }
        self.bindings[i].keys = keys;
        Some(losers)
    }

    /// Sequences that can never be typed because a shorter binding of the same context is their
    /// start (`g` bound while `gg` is too): (the longer, the shorter).
    pub fn shadowed(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for b in &self.bindings {
            for long in &b.keys {
                for o in self.bindings.iter().filter(|o| o.context == b.context) {
                    for short in &o.keys {
                        if short.len() < long.len() && long.starts_with(short) {
                            out.push((sequence_name(long), sequence_name(short)));
                        }
                    }
                }
            }
        }
        out
    }

    /// The help overlay's rows: (keys, what they do, where), in table order.
    pub fn help_rows(&self) -> Vec<(String, &'static str, Context)> {
        self.bindings
            .iter()
            .map(|b| {
                let keys: Vec<String> = b.keys.iter().map(|k| sequence_label(k)).collect();
                (keys.join(" "), b.help, b.context)
            })
            .collect()
    }

    /// The README's key table: one row an action, with its name for the config.
    pub fn markdown_table(&self) -> String {
        let mut out = String::from("| keys | what they do | name in `[keys]` |\n|---|---|---|\n");
        for b in &self.bindings {
            let keys: Vec<String> = b
                .keys
                .iter()
                .map(|k| format!("`{}`", sequence_label(k)))
                .collect();
            let help = match b.context {
                Context::Panel => format!("in the panel: {}", b.help),
                Context::Reader => b.help.to_string(),
            };
            out.push_str(&format!(
                "| {} | {} | `{}` |\n",
                keys.join(" "),
                help,
                b.name
            ));
        }
        out
    }
}

/// Two sequences that cannot both be bound: equal, or one the start of the other.
pub fn overlap(a: &[Key], b: &[Key]) -> bool {
    a.starts_with(b) || b.starts_with(a)
}

/// What a key does in the app's present state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Act(Action),
    /// The first key of a sequence: wait for the next.
    Prefix(Key),
    /// A key release or repeat the reader ignores.
    Ignore,
    /// Keys that mean nothing (as typed, "x", "zq").
    Unknown(String),
}

pub fn translate(app: &App, event: KeyEvent) -> Outcome {
    if event.kind == KeyEventKind::Release {
        return Outcome::Ignore;
    }
    let key = Key::from_event(event);
    if key == Key::ctrl('c') {
        return Outcome::Act(Action::Quit);
    }
    if app.search.input.is_some() {
        return Outcome::Act(match key.code {
            KeyCode::Enter => Action::SearchSubmit,
            KeyCode::Esc => Action::SearchCancel,
            KeyCode::Backspace => Action::SearchBackspace,
            KeyCode::Char(c) if !key.ctrl => Action::SearchChar(c),
            _ => Action::Nothing,
        });
    }
    if app.help {
        // The overlay scrolls as less does where it is taller than the screen; any other key
        // closes it.
        let page = isize::try_from(app.height.saturating_sub(4))
            .unwrap_or(1)
            .max(1);
        return Outcome::Act(match key.code {
            KeyCode::Char('j') | KeyCode::Down => Action::HelpScroll(1),
            KeyCode::Char('k') | KeyCode::Up => Action::HelpScroll(-1),
            KeyCode::Char(' ') | KeyCode::PageDown => Action::HelpScroll(page),
            KeyCode::Char('b') | KeyCode::PageUp => Action::HelpScroll(-page),
            _ => Action::CloseHelp,
        });
    }
    let mut sequence = app.pending.clone();
    sequence.push(key);
    let contexts: &[Context] = match app.focus {
        Focus::Panel => &[Context::Panel, Context::Reader],
        Focus::Article => &[Context::Reader],
    };
    let mut is_prefix = false;
    for context in contexts {
        for binding in app
            .keymap()
            .bindings
            .iter()
            .filter(|b| b.context == *context)
        {
            for keys in &binding.keys {
                if keys == &sequence {
                    return Outcome::Act(binding.action);
                }
                is_prefix |= keys.len() > sequence.len() && keys.starts_with(&sequence);
            }
        }
    }
    if is_prefix {
        Outcome::Prefix(key)
    } else if sequence
        .iter()
        .all(|k| matches!(k.code, KeyCode::Char(_) | KeyCode::F(_)))
    {
        // Only what was typed, not a modifier or a key the terminal sends unasked.
        Outcome::Unknown(sequence.iter().map(|k| k.label()).collect())
    } else {
        Outcome::Act(Action::Nothing)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_parses_and_names_are_unique() {
        let map = Keymap::default();
        for ((name, _, _, keys, _), b) in DEFAULTS.iter().zip(&map.bindings) {
            assert_eq!(keys.len(), b.keys.len(), "{name}: {keys:?}");
            let again: Vec<String> = b.keys.iter().map(|k| sequence_name(k)).collect();
            assert_eq!(&again, keys, "names read back as written");
        }
        let mut names: Vec<&str> = DEFAULTS.iter().map(|d| d.0).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), DEFAULTS.len());
    }

    #[test]
    fn no_two_bindings_share_a_sequence_in_one_context() {
        let map = Keymap::default();
        let mut seen: Vec<(Context, &[Key])> = Vec::new();
        for b in &map.bindings {
            for keys in &b.keys {
                assert!(!seen.contains(&(b.context, keys)), "{keys:?} bound twice");
                seen.push((b.context, keys));
            }
        }
        assert!(map.shadowed().is_empty(), "{:?}", map.shadowed());
    }

    #[test]
    fn sequences_parse_as_written() {
        assert_eq!(parse_sequence("za"), Ok(vec![Key::ch('z'), Key::ch('a')]));
        assert_eq!(parse_sequence("Ctrl-D"), Ok(vec![Key::ctrl('d')]));
        assert_eq!(
            parse_sequence("g Down"),
            Ok(vec![Key::ch('g'), Key::code(KeyCode::Down)])
        );
        assert_eq!(parse_sequence("Space"), Ok(vec![Key::ch(' ')]));
        assert_eq!(parse_sequence("F5"), Ok(vec![Key::code(KeyCode::F(5))]));
        assert!(
            parse_sequence("Pgdown").is_err(),
            "a misspelt name is not five letters"
        );
        assert!(parse_sequence("Ctrl-Foo").is_err());
        assert!(parse_sequence("").is_err());
        assert!(parse_sequence("abcde").is_err());
        assert_eq!(
            sequence_name(&[Key::ch('E'), Key::ch('n'), Key::ch('d')]),
            "E n d",
            "letters that spell a name are written apart"
        );
    }

    #[test]
    fn rebinding_takes_the_keys_from_their_old_action() {
        let mut map = Keymap::default();
        let losers = map.rebind("next-statement", vec![vec![Key::ch('n')]]);
        assert_eq!(losers, Some(vec![("search-next", vec![Key::ch('n')])]));
        assert_eq!(
            map.binding("next-statement").map(|b| b.keys.clone()),
            Some(vec![vec![Key::ch('n')]])
        );
        assert_eq!(map.binding("search-next").map(|b| b.keys.len()), Some(0));
        // The panel's j is another context and stays.
        map.rebind("top", vec![vec![Key::ch('j')]]).unwrap();
        assert_eq!(map.binding("panel-down").map(|b| b.keys.len()), Some(2));
        assert!(map.rebind("no-such-action", vec![]).is_none());
    }

    #[test]
    fn labels_read_like_the_keys() {
        assert_eq!(Key::ctrl('d').label(), "Ctrl-d");
        assert_eq!(Key::code(KeyCode::PageDown).label(), "PgDn");
        assert_eq!(Key::code(KeyCode::Down).label(), "↓");
        let rows = Keymap::default().help_rows();
        assert!(rows.iter().any(|(k, h, _)| k == "za" && h.contains("fold")));
    }
}
