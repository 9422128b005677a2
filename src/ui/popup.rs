//! Popups: help (generated from the key table), loading messages, the region picker.

use super::theme;
use crate::app::{App, Picker};
use crate::keys::{self, Mode};
use crate::text::{fit, printable};
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use ratatui::Frame;

/// A centred box of at most `width`×`height`, inside `area`.
fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    cell
}

fn boxed(frame: &mut Frame, area: Rect, title: &str, hint: &str, lines: Vec<Line>, scroll: usize) {
    let block = Block::bordered()
        .title(format!(" {title} "))
        .title_bottom(Line::from(format!(" {hint} ")).right_aligned())
        .border_style(theme::FOCUS);
    let inner = block.inner(area);
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    let max = lines.len().saturating_sub(inner.height as usize);
    let lines: Vec<Line> = lines.into_iter().skip(scroll.min(max)).collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Every key of every mode, from the same table the event loop uses.
pub fn help(frame: &mut Frame, area: Rect, scroll: usize) {
    let mut lines = Vec::new();
    for (mode, title) in [
        (Mode::Main, "Main screen"),
        (Mode::Picker, "Region picker (r)"),
        (Mode::Search, "Search prompt (/)"),
    ] {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.push(Line::from(Span::styled(title, theme::GROUP)));
        for binding in keys::table(mode) {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<12}", binding.label), theme::KEY),
                Span::raw(binding.help),
            ]));
        }
    }
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(
        "Mouse: wheel scrolls the pane under the pointer, a click selects.",
        theme::DIM,
    )));
    let height = lines.len() as u16 + 2;
    let rect = centred(area, 72, height);
    boxed(frame, rect, "Help", "Esc/?/q: close", lines, scroll);
}

/// The problems met while loading, one per line.
pub fn messages(frame: &mut Frame, app: &App, area: Rect, scroll: usize) {
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

/// The region picker: typed filter, regions with article counts, marks.
pub fn picker(frame: &mut Frame, app: &App, picker: &Picker, area: Rect) {
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
