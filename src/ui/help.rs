//! The help popup, generated from the key table the event loop uses.

use super::popup::boxed;
use super::theme;
use crate::keys;
use crate::layout::centred;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::Frame;

/// Every key of every mode, from the same table the event loop uses.
pub fn draw(frame: &mut Frame, area: Rect, scroll: usize) {
    let mut lines = Vec::new();
    for &(mode, title) in keys::HELP_SECTIONS {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.push(Line::from(Span::styled(title, theme::GROUP)));
        for binding in keys::table(mode) {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<12}", keys::label(mode, binding)), theme::KEY),
                Span::raw(binding.help),
            ]));
        }
    }
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(keys::MOUSE_HELP, theme::DIM)));
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(
        "Marks of the events view",
        theme::GROUP,
    )));
    for (mark, meaning) in keys::EVENT_MARKS {
        lines.push(Line::from(vec![
            Span::styled(format!("  {mark:<12}"), theme::KEY),
            Span::raw(*meaning),
        ]));
    }
    debug_assert_eq!(lines.len(), keys::help_len());
    let height = lines.len() as u16 + 2;
    // As wide as its longest line and the borders, never narrower than the old fixed box.
    let widest = lines.iter().map(Line::width).max().unwrap_or(0);
    let width = u16::try_from(widest + 2).unwrap_or(u16::MAX).max(72);
    let rect = centred(area, width, height);
    let close = format!("Esc/?/{}: close", keys::label_of(crate::app::Action::Quit));
    boxed(frame, rect, "Help", &close, lines, scroll);
}
