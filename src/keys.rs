//! The one key table: which key does what, and the help text generated from it.

use crate::app::Action;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key as the table names it. Letters match regardless of Shift (an upper-case letter is its own key).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

const fn k(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: false,
    }
}

const fn code(code: KeyCode) -> Key {
    Key { code, ctrl: false }
}

/// One row of the key table.
pub struct Binding {
    pub keys: &'static [Key],
    /// How the help popup names the keys.
    pub label: &'static str,
    pub action: Action,
    pub help: &'static str,
}

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Main,
    Picker,
    Search,
}

/// Keys of the main screen. Digits 1–9 are listed once and mapped by `lookup`.
pub const MAIN: &[Binding] = &[
    Binding {
        keys: &[k('j'), code(KeyCode::Down)],
        label: "j ↓",
        action: Action::Down,
        help: "next article / scroll down / next fact",
    },
    Binding {
        keys: &[k('k'), code(KeyCode::Up)],
        label: "k ↑",
        action: Action::Up,
        help: "previous article / scroll up / previous fact",
    },
    Binding {
        keys: &[code(KeyCode::PageDown), k(' ')],
        label: "PgDn Space",
        action: Action::PageDown,
        help: "one page down",
    },
    Binding {
        keys: &[code(KeyCode::PageUp)],
        label: "PgUp",
        action: Action::PageUp,
        help: "one page up",
    },
    Binding {
        keys: &[k('g'), code(KeyCode::Home)],
        label: "g Home",
        action: Action::Top,
        help: "go to the top",
    },
    Binding {
        keys: &[k('G'), code(KeyCode::End)],
        label: "G End",
        action: Action::Bottom,
        help: "go to the bottom",
    },
    Binding {
        keys: &[code(KeyCode::Tab)],
        label: "Tab",
        action: Action::NextPane,
        help: "focus the next pane",
    },
    Binding {
        keys: &[code(KeyCode::BackTab)],
        label: "Shift-Tab",
        action: Action::PrevPane,
        help: "focus the previous pane",
    },
    Binding {
        keys: &[code(KeyCode::Enter)],
        label: "Enter",
        action: Action::Open,
        help: "open the article / show the fact in the text",
    },
    Binding {
        keys: &[k('n')],
        label: "n",
        action: Action::NextEvidence,
        help: "next sentence of the shown fact",
    },
    Binding {
        keys: &[k('1')],
        label: "1…9",
        action: Action::ToggleRegion(0),
        help: "toggle a region filter (see the legend line)",
    },
    Binding {
        keys: &[k('0')],
        label: "0",
        action: Action::ClearFilter,
        help: "clear the region filter",
    },
    Binding {
        keys: &[k('a')],
        label: "a",
        action: Action::ToggleMatchAll,
        help: "regions: match any / all of them",
    },
    Binding {
        keys: &[k('r')],
        label: "r",
        action: Action::OpenPicker,
        help: "pick regions from a list",
    },
    Binding {
        keys: &[k('/')],
        label: "/",
        action: Action::OpenSearch,
        help: "search titles and text",
    },
    Binding {
        keys: &[k('m')],
        label: "m",
        action: Action::OpenMessages,
        help: "show loading problems",
    },
    Binding {
        keys: &[k('?')],
        label: "?",
        action: Action::OpenHelp,
        help: "this help",
    },
    Binding {
        keys: &[code(KeyCode::Esc)],
        label: "Esc",
        action: Action::Back,
        help: "close the popup, else quit",
    },
    Binding {
        keys: &[k('q')],
        label: "q",
        action: Action::Quit,
        help: "quit (closes a popup first)",
    },
    Binding {
        keys: &[Key {
            code: KeyCode::Char('c'),
            ctrl: true,
        }],
        label: "Ctrl-C",
        action: Action::ForceQuit,
        help: "quit at once",
    },
];

/// Keys of the region picker. Other printable keys type into its filter.
pub const PICKER: &[Binding] = &[
    Binding {
        keys: &[code(KeyCode::Down)],
        label: "↓",
        action: Action::Down,
        help: "next region",
    },
    Binding {
        keys: &[code(KeyCode::Up)],
        label: "↑",
        action: Action::Up,
        help: "previous region",
    },
    Binding {
        keys: &[k(' ')],
        label: "Space",
        action: Action::PickerToggle,
        help: "mark / unmark the region",
    },
    Binding {
        keys: &[code(KeyCode::Enter)],
        label: "Enter",
        action: Action::Apply,
        help: "filter by the marked regions",
    },
    Binding {
        keys: &[code(KeyCode::Backspace)],
        label: "Backspace",
        action: Action::Erase,
        help: "erase a typed letter",
    },
    Binding {
        keys: &[code(KeyCode::Esc)],
        label: "Esc",
        action: Action::Back,
        help: "close without applying",
    },
    Binding {
        keys: &[Key {
            code: KeyCode::Char('c'),
            ctrl: true,
        }],
        label: "Ctrl-C",
        action: Action::ForceQuit,
        help: "quit at once",
    },
];

/// Keys of the search prompt. Other printable keys type into the query.
pub const SEARCH: &[Binding] = &[
    Binding {
        keys: &[code(KeyCode::Enter)],
        label: "Enter",
        action: Action::Apply,
        help: "keep the search and go back to the list",
    },
    Binding {
        keys: &[code(KeyCode::Backspace)],
        label: "Backspace",
        action: Action::Erase,
        help: "erase a typed letter",
    },
    Binding {
        keys: &[code(KeyCode::Esc)],
        label: "Esc",
        action: Action::Back,
        help: "clear the search",
    },
    Binding {
        keys: &[Key {
            code: KeyCode::Char('c'),
            ctrl: true,
        }],
        label: "Ctrl-C",
        action: Action::ForceQuit,
        help: "quit at once",
    },
];

/// The table for a mode.
pub fn table(mode: Mode) -> &'static [Binding] {
    match mode {
        Mode::Main => MAIN,
        Mode::Picker => PICKER,
        Mode::Search => SEARCH,
    }
}

/// The action a key press means in `mode`, if any.
pub fn lookup(mode: Mode, event: KeyEvent) -> Option<Action> {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    if mode == Mode::Main && !ctrl {
        if let KeyCode::Char(c @ '1'..='9') = event.code {
            return Some(Action::ToggleRegion(c as u8 - b'1'));
        }
    }
    let found = table(mode)
        .iter()
        .find(|b| {
            b.keys
                .iter()
                .any(|key| key.code == event.code && key.ctrl == ctrl)
        })
        .map(|b| b.action);
    match (mode, found, event.code) {
        (Mode::Picker | Mode::Search, None, KeyCode::Char(c)) if !ctrl => Some(Action::Type(c)),
        _ => found,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn main_keys() {
        let none = KeyModifiers::NONE;
        assert_eq!(
            lookup(Mode::Main, press(KeyCode::Char('j'), none)),
            Some(Action::Down)
        );
        assert_eq!(
            lookup(Mode::Main, press(KeyCode::Down, none)),
            Some(Action::Down)
        );
        assert_eq!(
            lookup(Mode::Main, press(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(Action::Bottom)
        );
        assert_eq!(
            lookup(Mode::Main, press(KeyCode::BackTab, KeyModifiers::SHIFT)),
            Some(Action::PrevPane)
        );
        assert_eq!(
            lookup(Mode::Main, press(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Action::ForceQuit)
        );
        assert_eq!(lookup(Mode::Main, press(KeyCode::Char('c'), none)), None);
        assert_eq!(
            lookup(Mode::Main, press(KeyCode::Char('3'), none)),
            Some(Action::ToggleRegion(2))
        );
    }

    #[test]
    fn picker_types_letters_but_keeps_its_keys() {
        let none = KeyModifiers::NONE;
        assert_eq!(
            lookup(Mode::Picker, press(KeyCode::Char('k'), none)),
            Some(Action::Type('k'))
        );
        assert_eq!(
            lookup(Mode::Picker, press(KeyCode::Char(' '), none)),
            Some(Action::PickerToggle)
        );
        assert_eq!(
            lookup(Mode::Picker, press(KeyCode::Esc, none)),
            Some(Action::Back)
        );
    }

    #[test]
    fn every_binding_has_keys_and_help() {
        for b in MAIN.iter().chain(PICKER) {
            assert!(!b.keys.is_empty() && !b.help.is_empty() && !b.label.is_empty());
        }
    }
}
