//! The one key table: which key does what, and the help text generated from it.

pub mod action;
pub use action::Action;
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
    /// Typing a name (`:` save query as).
    Name,
}

const CTRL_C: Key = Key {
    code: KeyCode::Char('c'),
    ctrl: true,
};

const CTRL_U: Key = Key {
    code: KeyCode::Char('u'),
    ctrl: true,
};

const fn bind(
    keys: &'static [Key],
    label: &'static str,
    action: Action,
    help: &'static str,
) -> Binding {
    Binding {
        keys,
        label,
        action,
        help,
    }
}

/// Backspace erases in every mode that takes typing.
const ERASE: Binding = bind(
    &[code(KeyCode::Backspace)],
    "Backspace",
    Action::Erase,
    "erase a typed letter",
);

const CTRL_Z: Key = Key {
    code: KeyCode::Char('z'),
    ctrl: true,
};

/// Ctrl-Z suspends from everywhere.
const SUSPEND: Binding = bind(
    &[CTRL_Z],
    "Ctrl-Z",
    Action::Suspend,
    "suspend to the shell (fg resumes)",
);

/// Ctrl-C quits from everywhere.
const FORCE_QUIT: Binding = bind(&[CTRL_C], "Ctrl-C", Action::ForceQuit, "quit at once");

/// Keys of the main screen. Digits 1–9 are listed once and mapped by `lookup`.
pub const MAIN: &[Binding] = &[
    bind(
        &[k('j'), code(KeyCode::Down)],
        "j ↓",
        Action::Down,
        "next article / scroll down / next fact",
    ),
    bind(
        &[k('k'), code(KeyCode::Up)],
        "k ↑",
        Action::Up,
        "previous article / scroll up / previous fact",
    ),
    bind(
        &[code(KeyCode::PageDown), k(' ')],
        "PgDn Space",
        Action::PageDown,
        "one page down",
    ),
    bind(
        &[code(KeyCode::PageUp)],
        "PgUp",
        Action::PageUp,
        "one page up",
    ),
    bind(
        &[k('g'), code(KeyCode::Home)],
        "g Home",
        Action::Top,
        "go to the top",
    ),
    bind(
        &[k('G'), code(KeyCode::End)],
        "G End",
        Action::Bottom,
        "go to the bottom",
    ),
    bind(
        &[code(KeyCode::Tab)],
        "Tab",
        Action::NextPane,
        "focus the next pane",
    ),
    bind(
        &[code(KeyCode::BackTab)],
        "Shift-Tab",
        Action::PrevPane,
        "focus the previous pane",
    ),
    bind(
        &[code(KeyCode::Enter)],
        "Enter",
        Action::Open,
        "open the article / show the fact in the text",
    ),
    bind(
        &[k('n')],
        "n",
        Action::Next,
        "next search match (facts pane: next sentence)",
    ),
    bind(&[k('N')], "N", Action::Prev, "previous search match"),
    bind(
        &[k('1')],
        "1…9",
        Action::ToggleRegion(0),
        "toggle a region filter (see the legend line)",
    ),
    bind(
        &[k('0')],
        "0",
        Action::ClearFilter,
        "clear the region filter",
    ),
    bind(
        &[k('a')],
        "a",
        Action::ToggleMatchAll,
        "regions: match any / all of them",
    ),
    bind(
        &[k('r')],
        "r",
        Action::OpenPicker,
        "pick regions from a list",
    ),
    bind(
        &[k('/')],
        "/",
        Action::OpenSearch,
        "query: words, region:, weapon:, launched>N… (README)",
    ),
    bind(
        &[k(':')],
        ":",
        Action::SaveQuery,
        "save the query under a name (F1–F9 run saved ones)",
    ),
    bind(
        &[k('s')],
        "s",
        Action::CycleSort,
        "sort by date, newest fetched, source, most facts, most launched",
    ),
    bind(
        &[k('e')],
        "e",
        Action::OpenEvents,
        "events of the listed reports, with a timeline",
    ),
    bind(&[k('u')], "u", Action::ToggleRead, "mark read / unread"),
    bind(
        &[k('b')],
        "b",
        Action::ToggleBookmark,
        "bookmark / unbookmark",
    ),
    bind(&[k('U')], "U", Action::NextUnread, "next unread report"),
    bind(
        &[k('A')],
        "A",
        Action::MarkAllRead,
        "mark every listed report read",
    ),
    bind(
        &[k('R')],
        "R",
        Action::Fetch,
        "fetch every source (in the background)",
    ),
    bind(
        &[k('o')],
        "o",
        Action::OpenLink,
        "open the report's link in the browser",
    ),
    bind(
        &[k('y')],
        "y",
        Action::CopyLink,
        "copy the report's link (OSC 52)",
    ),
    bind(
        &[k('m')],
        "m",
        Action::OpenMessages,
        "show loading problems",
    ),
    bind(&[k('?')], "?", Action::OpenHelp, "this help"),
    bind(
        &[code(KeyCode::Esc)],
        "Esc",
        Action::Back,
        "close popup, else clear search, else regions (q quits)",
    ),
    bind(&[k('q')], "q", Action::Quit, "quit (closes a popup first)"),
    SUSPEND,
    FORCE_QUIT,
];

/// Keys of the region picker. Other printable keys type into its filter.
pub const PICKER: &[Binding] = &[
    bind(&[code(KeyCode::Down)], "↓", Action::Down, "next region"),
    bind(&[code(KeyCode::Up)], "↑", Action::Up, "previous region"),
    bind(
        &[k(' ')],
        "Space",
        Action::PickerToggle,
        "mark / unmark the region",
    ),
    bind(
        &[code(KeyCode::Enter)],
        "Enter",
        Action::Apply,
        "filter by the marked regions",
    ),
    ERASE,
    bind(
        &[code(KeyCode::Esc)],
        "Esc",
        Action::Back,
        "close without applying",
    ),
    SUSPEND,
    FORCE_QUIT,
];

/// Keys of the search prompt. Other printable keys type into the query.
pub const SEARCH: &[Binding] = &[
    bind(
        &[code(KeyCode::Enter)],
        "Enter",
        Action::Apply,
        "keep the query and go back to the list",
    ),
    bind(
        &[code(KeyCode::Tab)],
        "Tab",
        Action::Complete,
        "complete an operator, weapon or region (again: the next)",
    ),
    ERASE,
    bind(
        &[CTRL_U],
        "Ctrl-U",
        Action::ClearLine,
        "clear the query line",
    ),
    bind(
        &[code(KeyCode::Esc)],
        "Esc",
        Action::Back,
        "clear the search",
    ),
    SUSPEND,
    FORCE_QUIT,
];

/// Keys of the name prompt (`:`). Other printable keys type the name.
pub const NAME: &[Binding] = &[
    bind(
        &[code(KeyCode::Enter)],
        "Enter",
        Action::Apply,
        "save the query under this name",
    ),
    ERASE,
    bind(&[code(KeyCode::Esc)], "Esc", Action::Back, "cancel"),
    SUSPEND,
    FORCE_QUIT,
];

/// The help popup's sections, in order: each mode's table under a title.
pub const HELP_SECTIONS: &[(Mode, &str)] = &[
    (Mode::Main, "Main screen"),
    (Mode::Picker, "Region picker (r)"),
    (Mode::Search, "Query line (/)"),
    (Mode::Name, "Save query as (:)"),
];

/// The help popup's last line.
pub const MOUSE_HELP: &str = "Mouse: wheel scrolls the pane under the pointer, a click selects.";

/// The marks of the events view (`e`), each with what it means: one mark, one meaning.
pub const EVENT_MARKS: &[(&str, &str)] = &[
    (
        "⚠",
        "sources disagree on a figure (the row lists each figure with its sources)",
    ),
    ("↻", "a later report of a source changed its figures"),
    (
        "»",
        "more destroyed than launched: a misread or two reports mixed; not in the rate",
    ),
    (
        "◷",
        "dated by the day it was fetched: the report gives no date of its own",
    ),
];

/// Lines of the help popup: per section a title and its keys, a blank line between sections,
/// then a blank line and the mouse line, then a blank line, a title and the events view's marks.
pub fn help_len() -> usize {
    let keys: usize = HELP_SECTIONS.iter().map(|(m, _)| table(*m).len() + 1).sum();
    keys + (HELP_SECTIONS.len() - 1) + 2 + 2 + EVENT_MARKS.len()
}

/// The table for a mode.
pub fn table(mode: Mode) -> &'static [Binding] {
    match mode {
        Mode::Main => MAIN,
        Mode::Picker => PICKER,
        Mode::Search => SEARCH,
        Mode::Name => NAME,
    }
}

/// A key the config's `[keys]` table gives to a main-screen action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Remap {
    pub action: Action,
    pub key: Key,
    /// How the help names it ("x", "Ctrl-x", "F5").
    pub label: String,
}

static REMAPS: std::sync::OnceLock<Vec<Remap>> = std::sync::OnceLock::new();

fn remaps() -> &'static [Remap] {
    REMAPS.get().map_or(&[], Vec::as_slice)
}

/// The name of a main-screen action in the config's `[keys]` table: its help's first words made a name
/// would drift, so the names are the actions' own ("quit", "next_unread", "open_link").
pub fn action_name(action: Action) -> Option<String> {
    let debug = format!("{action:?}");
    if debug.contains('(') {
        return None;
    }
    let mut name = String::new();
    for (i, c) in debug.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            name.push('_');
        }
        name.push(c.to_ascii_lowercase());
    }
    Some(name)
}

/// Parses "x", "X", "Ctrl-x", "Enter", "Esc", "Tab", "Space", "Backspace", "Up", "Down", "Left",
/// "Right", "Home", "End", "PgUp", "PgDn", "F1".."F12".
pub fn parse_key(text: &str) -> Option<Key> {
    let (ctrl, rest) = match text
        .strip_prefix("Ctrl-")
        .or_else(|| text.strip_prefix("ctrl-"))
    {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let mut chars = rest.chars();
    let code = match (chars.next(), chars.next()) {
        (Some(c), None) => KeyCode::Char(if ctrl { c.to_ascii_lowercase() } else { c }),
        _ => match rest.to_ascii_lowercase().as_str() {
            "enter" => KeyCode::Enter,
            "esc" | "escape" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "space" => KeyCode::Char(' '),
            "backspace" => KeyCode::Backspace,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "pgup" | "pageup" => KeyCode::PageUp,
            "pgdn" | "pagedown" => KeyCode::PageDown,
            f if f.starts_with('f') => {
                KeyCode::F(f[1..].parse().ok().filter(|n| (1..=12).contains(n))?)
            }
            _ => return None,
        },
    };
    Some(Key { code, ctrl })
}

/// Checks the config's `[keys]` table (action name → key) and returns the remaps, or a message naming
/// the first bad entry.
pub fn remaps_of(keys: &std::collections::BTreeMap<String, String>) -> Result<Vec<Remap>, String> {
    let mut out: Vec<Remap> = Vec::new();
    for (name, key_text) in keys {
        let action = MAIN
            .iter()
            .map(|b| b.action)
            .find(|a| action_name(*a).as_deref() == Some(name.as_str()))
            .ok_or_else(|| format!("[keys]: no action called {name:?}"))?;
        let key = parse_key(key_text)
            .ok_or_else(|| format!("[keys]: {name} = {key_text:?} is not a key sitrep knows"))?;
        taken(name, key_text, key, action, keys)?;
        if let Some(other) = out.iter().find(|r| r.key == key) {
            return Err(format!(
                "[keys]: {key_text:?} is given to both {} and {name}",
                action_name(other.action).unwrap_or_default()
            ));
        }
        out.push(Remap {
            action,
            key,
            label: key_text.clone(),
        });
    }
    Ok(out)
}

/// Refuses a key that already does something on the main screen: Ctrl-C (it always quits), a digit
/// (region toggles), F1–F9 (saved queries), or another action's default key, unless the config moves
/// that action too. `name = key_text` is the config line, named in the message.
fn taken(
    name: &str,
    key_text: &str,
    key: Key,
    action: Action,
    keys: &std::collections::BTreeMap<String, String>,
) -> Result<(), String> {
    let line = format!("[keys]: {name} = {key_text:?}");
    let reserved = match key.code {
        KeyCode::Char('c' | 'C') if key.ctrl => Some("Ctrl-C always quits"),
        KeyCode::Char('1'..='9') if !key.ctrl => Some("the digits toggle regions"),
        KeyCode::F(1..=9) => Some("F1-F9 run the saved queries"),
        _ => None,
    };
    if let Some(why) = reserved {
        return Err(format!("{line}: {why}; choose another key"));
    }
    let holder = MAIN.iter().find(|b| {
        b.action != action
            && b.keys.contains(&key)
            && action_name(b.action).is_none_or(|other| !keys.contains_key(other.as_str()))
    });
    match holder {
        Some(b) => Err(format!(
            "{line}: that key already does {}; choose another key, or move that action too",
            action_name(b.action).unwrap_or_else(|| b.help.to_string())
        )),
        None => Ok(()),
    }
}

/// Makes `remaps` the main screen's for the rest of the run (the first call wins).
pub fn install(remaps: Vec<Remap>) {
    let _ = REMAPS.set(remaps);
}

/// How the help names the keys of `action` on the main screen ("q", or the config's key).
pub fn label_of(action: Action) -> String {
    MAIN.iter()
        .find(|b| b.action == action)
        .map(|b| label(Mode::Main, b))
        .unwrap_or_default()
}

/// How the help names a binding's keys: the config's key when it moved the action.
pub fn label(mode: Mode, binding: &Binding) -> String {
    match remaps()
        .iter()
        .find(|r| mode == Mode::Main && r.action == binding.action)
    {
        Some(r) => r.label.clone(),
        None => binding.label.to_string(),
    }
}

/// The action a key press means in `mode`, if any.
pub fn lookup(mode: Mode, event: KeyEvent) -> Option<Action> {
    lookup_with(mode, event, remaps())
}

/// `lookup` with the given remaps in force.
pub fn lookup_with(mode: Mode, event: KeyEvent, remaps: &[Remap]) -> Option<Action> {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let pressed = Key {
        code: event.code,
        ctrl,
    };
    if mode == Mode::Main {
        // A key the config gives to an action does that action, and only that.
        let remapped = remaps.iter().find(|r| r.key == pressed).map(|r| r.action);
        if remapped.is_some() {
            return remapped;
        }
    }
    if mode == Mode::Main && !ctrl {
        if let KeyCode::Char(c @ '1'..='9') = event.code {
            return Some(Action::ToggleRegion(c as u8 - b'1'));
        }
    }
    let found = table(mode)
        .iter()
        .find(|b| {
            b.keys.contains(&pressed)
                // An action the config moved to another key no longer answers its default keys.
                && !(mode == Mode::Main && remaps.iter().any(|r| r.action == b.action))
        })
        .map(|b| b.action);
    match (mode, found, event.code) {
        (Mode::Picker | Mode::Search | Mode::Name, None, KeyCode::Char(c)) if !ctrl => {
            Some(Action::Type(c))
        }
        // F1–F9 run the saved queries.
        (Mode::Main, None, KeyCode::F(n @ 1..=9)) => Some(Action::RunSaved(n - 1)),
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

    #[test]
    fn the_config_moves_an_action_to_another_key() {
        let none = KeyModifiers::NONE;
        let table: std::collections::BTreeMap<String, String> = [
            ("quit".to_string(), "x".to_string()),
            ("next_unread".to_string(), "Ctrl-n".to_string()),
        ]
        .into();
        let remaps = remaps_of(&table).unwrap();
        let key = |c: char, m| lookup_with(Mode::Main, press(KeyCode::Char(c), m), &remaps);
        assert_eq!(key('x', none), Some(Action::Quit));
        // The old key no longer quits; other keys are as they were.
        assert_eq!(key('q', none), None);
        assert_eq!(key('n', KeyModifiers::CONTROL), Some(Action::NextUnread));
        assert_eq!(key('U', none), None);
        assert_eq!(key('j', none), Some(Action::Down));
        // Errors name the entry.
        let bad =
            |k: &str, v: &str| remaps_of(&[(k.to_string(), v.to_string())].into()).unwrap_err();
        assert!(bad("fly", "f").contains("no action called \"fly\""));
        assert!(bad("quit", "Hyper-x").contains("not a key"));
        let twice: std::collections::BTreeMap<String, String> = [
            ("quit".to_string(), "x".to_string()),
            ("fetch".to_string(), "x".to_string()),
        ]
        .into();
        assert!(remaps_of(&twice).unwrap_err().contains("given to both"));
        // A key another action holds, Ctrl-C, a digit or F1-F9 is refused with the config line.
        assert!(bad("toggle_read", "/").contains("toggle_read = \"/\": that key already does"));
        assert!(bad("fetch", "Ctrl-c").contains("Ctrl-C always quits"));
        assert!(bad("fetch", "3").contains("toggle regions"));
        assert!(bad("fetch", "F2").contains("saved queries"));
        assert_eq!(parse_key("F5").map(|k| k.code), Some(KeyCode::F(5)));
        assert_eq!(parse_key("Space").map(|k| k.code), Some(KeyCode::Char(' ')));
    }

    #[test]
    fn the_default_config_names_every_action_that_can_move() {
        for b in MAIN {
            if let Some(name) = action_name(b.action) {
                if matches!(b.action, Action::Suspend | Action::ForceQuit) {
                    continue;
                }
                assert!(
                    crate::config::DEFAULT.contains(&format!(" {name},"))
                        || crate::config::DEFAULT.contains(&format!(" {name}."))
                        || crate::config::DEFAULT.contains(&format!(" {name}\n")),
                    "the default config does not name {name}"
                );
            }
        }
    }
}
