//! What every popup shares: a centred, bordered box over the screen.

use super::theme;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph};
use ratatui::Frame;

/// Draws `lines` in a bordered box over `area`, titled, with a key hint below, from line `scroll`.
pub fn boxed(
    frame: &mut Frame,
    area: Rect,
    title: &str,
    hint: &str,
    lines: Vec<Line>,
    scroll: usize,
) {
    // The hint fits inside the corners, however narrow the box.
    let room = (area.width as usize).saturating_sub(4);
    let block = Block::bordered()
        .title(format!(" {title} "))
        .title_bottom(Line::from(format!(" {} ", crate::text::fit(hint, room))).right_aligned())
        .border_style(theme::FOCUS);
    let inner = block.inner(area);
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    let max = lines.len().saturating_sub(inner.height as usize);
    let lines: Vec<Line> = lines.into_iter().skip(scroll.min(max)).collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
