//! Drawing: functions of `&App` that never change it. One file per pane or popup.

mod body;
mod events;
mod facts;
mod help;
mod list;
mod messages;
mod picker;
mod popup;
mod status;
pub mod theme;

use crate::app::{App, Focus, Popup};
use crate::layout;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, BorderType, Padding, Paragraph};
use ratatui::Frame;

/// Draws the whole screen for the app's state.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let Some(panes) = layout::panes(area) else {
        too_small(frame, area);
        return;
    };
    list::draw(frame, app, panes.list);
    body::draw(frame, app, panes.body);
    facts::draw(frame, app, panes.facts);
    status::draw_legend(frame, app, panes.legend);
    status::draw_status(frame, app, panes.status);
    match &app.popup {
        Some(Popup::Help { scroll }) => help::draw(frame, area, *scroll),
        Some(Popup::Messages { scroll }) => messages::draw(frame, app, area, *scroll),
        Some(Popup::Picker(state)) => picker::draw(frame, app, state, area),
        Some(Popup::Events(view)) => events::draw(frame, view, area),
        // Typed in the legend line (`status::draw_legend`).
        Some(Popup::SaveAs(_)) | None => {}
    }
    defuse_controls(frame);
    if app.no_color {
        without_colour(frame);
    } else if !app.palette.is_empty() {
        recolour(frame, &app.palette);
    }
}

/// `[colors]` of the config: each colour of the screen drawn as the one the user chose.
fn recolour(frame: &mut Frame, palette: &[(ratatui::style::Color, ratatui::style::Color)]) {
    let swap = |c: ratatui::style::Color| {
        palette
            .iter()
            .find(|(from, _)| *from == c)
            .map_or(c, |(_, to)| *to)
    };
    for cell in frame.buffer_mut().content.iter_mut() {
        cell.fg = swap(cell.fg);
        cell.bg = swap(cell.bg);
    }
}

/// NO_COLOR: colours dropped, emphasis kept; what colour marked by its background (highlights, the
/// active filter) is shown reversed instead.
fn without_colour(frame: &mut Frame) {
    use ratatui::style::{Color, Modifier};
    for cell in frame.buffer_mut().content.iter_mut() {
        if cell.bg != Color::Reset {
            cell.modifier.insert(Modifier::REVERSED);
        }
        cell.fg = Color::Reset;
        cell.bg = Color::Reset;
    }
}

/// The last word on what reaches the terminal: whatever a pane drew from a report, a cell holding a
/// control character (an escape sequence, a bell, a C1 code) shows `�` instead of acting.
fn defuse_controls(frame: &mut Frame) {
    for cell in frame.buffer_mut().content.iter_mut() {
        if cell.symbol().chars().any(char::is_control) {
            cell.set_symbol("\u{FFFD}");
        }
    }
}

/// The message shown when the terminal cannot hold the layout.
fn too_small(frame: &mut Frame, area: Rect) {
    let text = format!(
        "Terminal too small: {}×{}, need {}×{} (q quits)",
        area.width,
        area.height,
        layout::MIN_WIDTH,
        layout::MIN_HEIGHT
    );
    // Wrapped, so it reads whole at any width down to one column.
    frame.render_widget(
        Paragraph::new(text)
            .style(theme::WARNING)
            .wrap(ratatui::widgets::Wrap { trim: true }),
        area,
    );
}

/// A pane's frame, brighter when it has the focus.
fn pane_block<'a>(title: impl Into<ratatui::text::Line<'a>>, focused: bool) -> Block<'a> {
    let block = Block::bordered()
        .title(title.into())
        .padding(Padding::horizontal(1));
    if focused {
        block
            .border_type(BorderType::Thick)
            .border_style(theme::FOCUS)
    } else {
        block.border_style(theme::DIM)
    }
}

fn is_focused(app: &App, pane: Focus) -> bool {
    app.popup.is_none() && app.focus == pane
}
