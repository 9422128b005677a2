//! The region picker popup: typed filter, regions with article counts, marks.

use super::popup::boxed;
use super::theme;
use crate::app::{App, Picker};
use crate::layout::centred;
use crate::text::printable;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::Frame;

/// The region picker: typed filter, regions with article counts, marks.
pub fn draw(frame: &mut Frame, app: &App, picker: &Picker, area: Rect) {
    let matches = picker.matches(&app.regions);
    let rect = centred(area, 44, (matches.len() as u16 + 4).max(7));
    let mut lines = vec![
        Line::from(vec![
            Span::styled("Find: ", theme::KEY),
            Span::raw(printable(&picker.query)),
            Span::styled("▏", theme::FOCUS),
        ]),
        Line::default(),
    ];
    if matches.is_empty() {
        lines.push(Line::from(Span::styled("  no region matches", theme::DIM)));
    }
    for (i, region) in matches.iter().enumerate() {
        let mark = if picker.marked.contains(&region.name) {
            "[x]"
        } else {
            "[ ]"
        };
        let text = format!(
            "{mark} {:<22} {} article{}",
            region.name,
            region.articles,
            if region.articles == 1 { "" } else { "s" }
        );
        let style = if i == picker.cursor {
            theme::SELECTED
        } else {
            Default::default()
        };
        lines.push(Line::from(Span::styled(text, style)));
    }
    let inner_rows = rect.height.saturating_sub(2) as usize;
    let scroll = (picker.cursor + 3).saturating_sub(inner_rows);
    boxed(
        frame,
        rect,
        "Regions",
        "Space mark · Enter apply · Esc",
        lines,
        scroll,
    );
}
