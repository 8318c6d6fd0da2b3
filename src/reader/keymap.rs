//! The one table from keys to actions, including two-key sequences (`za`), and the help overlay's
//! list, made from the same table so it never disagrees with what the keys do.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;
use super::app::{App, Focus};

/// A key as the table knows it: the code and whether Control is held. Shift is in the character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

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

    /// How the help overlay writes the key.
    pub fn label(&self) -> String {
        let name = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Down => "↓".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "S-Tab".into(),
            KeyCode::Esc => "Esc".into(),
            other => format!("{other:?}"),
        };
        if self.ctrl {
            format!("Ctrl-{name}")
        } else {
            name
        }
    }
}

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Anywhere (the panel's own bindings come first when it has the focus).
    Reader,
    /// Only while the panel has the focus.
    Panel,
}

pub struct Binding {
    /// Alternatives; each is a sequence of one or two keys.
    pub keys: &'static [&'static [Key]],
    pub context: Context,
    pub action: Action,
    pub help: &'static str,
}

const fn b(keys: &'static [&'static [Key]], action: Action, help: &'static str) -> Binding {
    Binding {
        keys,
        context: Context::Reader,
        action,
        help,
    }
}

const fn panel(keys: &'static [&'static [Key]], action: Action, help: &'static str) -> Binding {
    Binding {
        keys,
        context: Context::Panel,
        action,
        help,
    }
}

use KeyCode as K;

pub static BINDINGS: &[Binding] = &[
    b(
        &[&[Key::ch('j')], &[Key::code(K::Down)]],
        Action::Scroll(1),
        "a line down",
    ),
    b(
        &[&[Key::ch('k')], &[Key::code(K::Up)]],
        Action::Scroll(-1),
        "a line up",
    ),
    b(
        &[&[Key::ctrl('d')]],
        Action::HalfPage(1),
        "half a page down",
    ),
    b(&[&[Key::ctrl('u')]], Action::HalfPage(-1), "half a page up"),
    b(
        &[&[Key::ch(' ')], &[Key::code(K::PageDown)]],
        Action::Page(1),
        "a page down",
    ),
    b(
        &[&[Key::ch('b')], &[Key::code(K::PageUp)]],
        Action::Page(-1),
        "a page up",
    ),
    b(
        &[&[Key::ch('g')], &[Key::code(K::Home)]],
        Action::Top,
        "top",
    ),
    b(
        &[&[Key::ch('G')], &[Key::code(K::End)]],
        Action::Bottom,
        "bottom",
    ),
    b(&[&[Key::ch(']')]], Action::NextStatement, "next statement"),
    b(
        &[&[Key::ch('[')]],
        Action::PrevStatement,
        "previous statement",
    ),
    b(
        &[&[Key::ch('}')]],
        Action::NextOfSpeaker,
        "speaker's next statement",
    ),
    b(
        &[&[Key::ch('{')]],
        Action::PrevOfSpeaker,
        "speaker's prev statement",
    ),
    b(
        &[&[Key::ch('s')]],
        Action::NextSpeaker,
        "next speaker & statement",
    ),
    b(&[&[Key::ch('S')]], Action::PrevSpeaker, "previous speaker"),
    b(
        &[&[Key::ch('f')]],
        Action::ToggleFocusMode,
        "focus: dim other voices",
    ),
    b(
        &[&[Key::ch('z'), Key::ch('a')]],
        Action::ToggleFold,
        "fold/unfold this section",
    ),
    b(
        &[&[Key::ch('z'), Key::ch('M')]],
        Action::FoldAll,
        "fold all sections",
    ),
    b(
        &[&[Key::ch('z'), Key::ch('R')]],
        Action::UnfoldAll,
        "unfold all sections",
    ),
    b(
        &[&[Key::code(K::Tab)], &[Key::code(K::BackTab)]],
        Action::SwitchFocus,
        "article ⇄ panel",
    ),
    b(&[&[Key::ch('/')]], Action::SearchStart, "search"),
    b(&[&[Key::ch('n')]], Action::SearchNext, "next match"),
    b(&[&[Key::ch('N')]], Action::SearchPrev, "previous match"),
    b(&[&[Key::ch('?')]], Action::ToggleHelp, "this help"),
    b(&[&[Key::ch('q')], &[Key::ctrl('c')]], Action::Quit, "quit"),
    panel(
        &[&[Key::ch('j')], &[Key::code(K::Down)]],
        Action::PanelDown,
        "next row",
    ),
    panel(
        &[&[Key::ch('k')], &[Key::code(K::Up)]],
        Action::PanelUp,
        "previous row",
    ),
    panel(
        &[&[Key::code(K::Enter)]],
        Action::PanelEnter,
        "go to the statement",
    ),
];

/// What a key does in the app's present state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Act(Action),
    /// The first key of a sequence: wait for the next.
    Prefix(Key),
    /// A key release or repeat the reader ignores.
    Ignore,
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
            K::Enter => Action::SearchSubmit,
            K::Esc => Action::SearchCancel,
            K::Backspace => Action::SearchBackspace,
            K::Char(c) if !key.ctrl => Action::SearchChar(c),
            _ => Action::Nothing,
        });
    }
    if app.help {
        return Outcome::Act(Action::CloseHelp);
    }
    let mut sequence = app.pending.clone();
    sequence.push(key);
    let contexts: &[Context] = match app.focus {
        Focus::Panel => &[Context::Panel, Context::Reader],
        Focus::Article => &[Context::Reader],
    };
    let mut is_prefix = false;
    for context in contexts {
        for binding in BINDINGS.iter().filter(|b| b.context == *context) {
            for keys in binding.keys {
                if *keys == sequence.as_slice() {
                    return Outcome::Act(binding.action);
                }
                is_prefix |= keys.len() > sequence.len() && keys.starts_with(&sequence);
            }
        }
    }
    if is_prefix {
        Outcome::Prefix(key)
    } else {
        Outcome::Act(Action::Nothing)
    }
}

/// The help overlay's rows: (keys, what they do), in table order, panel bindings last.
pub fn help_rows() -> Vec<(String, &'static str, Context)> {
    BINDINGS
        .iter()
        .map(|b| {
            let keys: Vec<String> = b
                .keys
                .iter()
                .map(|seq| seq.iter().map(Key::label).collect::<String>())
                .collect();
            (keys.join(" "), b.help, b.context)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_bindings_share_a_sequence_in_one_context() {
        let mut seen: Vec<(Context, &[Key])> = Vec::new();
        for b in BINDINGS {
            for keys in b.keys {
                assert!(!seen.contains(&(b.context, keys)), "{keys:?} bound twice");
                seen.push((b.context, keys));
            }
        }
    }

    #[test]
    fn a_prefix_is_never_a_binding_of_its_own() {
        for b in BINDINGS {
            for keys in b.keys.iter().filter(|k| k.len() > 1) {
                let first = &keys[..1];
                assert!(
                    !BINDINGS
                        .iter()
                        .filter(|o| o.context == b.context)
                        .any(|o| o.keys.contains(&first)),
                    "{first:?} is both a key and a prefix"
                );
            }
        }
    }

    #[test]
    fn labels_read_like_the_keys() {
        assert_eq!(Key::ctrl('d').label(), "Ctrl-d");
        assert_eq!(Key::code(K::PageDown).label(), "PgDn");
        let rows = help_rows();
        assert!(rows.iter().any(|(k, h, _)| k == "za" && h.contains("fold")));
    }
}
