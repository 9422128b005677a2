//! Colours and emphasis, in one place.

use ratatui::style::{Color, Modifier, Style};

pub const FOCUS: Style = Style::new().fg(Color::Cyan);
pub const DIM: Style = Style::new().fg(Color::DarkGray);
pub const TITLE: Style = Style::new().add_modifier(Modifier::BOLD);
pub const HEADING: Style = Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD);
pub const SELECTED: Style = Style::new().add_modifier(Modifier::REVERSED);
pub const EVIDENCE: Style = Style::new().fg(Color::Black).bg(Color::Yellow);
pub const PLACE: Style = Style::new()
    .fg(Color::Green)
    .add_modifier(Modifier::UNDERLINED);
pub const GROUP: Style = Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD);
pub const WARNING: Style = Style::new().fg(Color::Red).add_modifier(Modifier::BOLD);
pub const KEY: Style = Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD);
pub const ACTIVE: Style = Style::new().fg(Color::Black).bg(Color::Cyan);
/// The destroyed bars of the timeline (launched ones are `FOCUS`).
pub const FOUND_BAR: Style = Style::new().fg(Color::Green);
pub const FOUND: Style = Style::new().fg(Color::Black).bg(Color::Green);
