//! The loading-messages popup: every file that could not be read, or was read with a warning.

use super::popup::boxed;
use super::theme;
use crate::app::App;
use crate::layout::centred;
use crate::text::{fit, printable};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::Frame;

/// The problems met while loading, one per line.
pub fn draw(frame: &mut Frame, app: &App, area: Rect, scroll: usize) {
    let rect = centred(
        area,
        area.width.saturating_sub(8).max(20),
        area.height.saturating_sub(4),
    );
    let cells = rect.width.saturating_sub(2) as usize;
    let mut lines: Vec<Line> = app
        .corpus
        .problems
        .iter()
        .map(|p| {
            let style = if p.skipped {
                theme::WARNING
            } else {
                Default::default()
            };
            Line::from(Span::styled(fit(&printable(&p.to_string()), cells), style))
        })
        .collect();
    if lines.is_empty() {
        lines.push(Line::from("Every input loaded without a problem."));
    }
    boxed(frame, rect, "Loading messages", "Esc: close", lines, scroll);
}
