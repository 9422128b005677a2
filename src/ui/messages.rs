//! The loading-messages popup: every file that could not be read, or was read with a warning.

use super::popup::boxed;
use super::theme;
use crate::app::App;
use crate::layout::centred;
use crate::text::{fit, printable};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::Frame;

/// `text` in pieces of at most `cells` cells, broken at spaces where it can be.
fn wrapped(text: &str, cells: usize) -> Vec<String> {
    let cells = cells.max(10);
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let next = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if crate::text::width(&next) <= cells {
            line = next;
            continue;
        }
        if !line.is_empty() {
            out.push(std::mem::take(&mut line));
        }
        // A word longer than a line is cut where it must be.
        let mut rest = word.to_string();
        while crate::text::width(&rest) > cells {
            let head = crate::text::fit(&rest, cells)
                .trim_end_matches('…')
                .to_string();
            let head = if head.is_empty() {
                rest.chars().take(1).collect()
            } else {
                head
            };
            rest = rest[head.len()..].to_string();
            out.push(head);
        }
        line = rest;
    }
    if !line.is_empty() {
        out.push(line);
    }
    out
}

/// The status bar's messages in full, then the problems met while loading, one per line.
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
    // The status bar's messages, newest first and in full (wrapped), above the loading problems.
    let mut said: Vec<Line> = Vec::new();
    for m in app.notice.iter().chain(app.said.iter().rev()) {
        for (k, piece) in wrapped(&printable(m), cells.saturating_sub(2))
            .into_iter()
            .enumerate()
        {
            let lead = if k == 0 { "• " } else { "  " };
            said.push(Line::from(format!("{lead}{piece}")));
        }
    }
    if !said.is_empty() {
        said.push(Line::default());
        lines.splice(0..0, said);
    }
    boxed(frame, rect, "Loading messages", "Esc: close", lines, scroll);
}
