//! The article list: date, title cut to fit, number of facts.

use super::{is_focused, pane_block, theme};
use crate::app::{App, Focus, ListDates};
use crate::text::{fit, printable, width};
use chrono::Datelike;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let title = format!(
        " Reports {}/{} ",
        if app.visible.is_empty() {
            0
        } else {
            app.cursor + 1
        },
        app.visible.len()
    );
    let block = pane_block(title, is_focused(app, Focus::List));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let cells = inner.width as usize;
    let mut lines: Vec<Line> = app
        .visible
        .iter()
        .enumerate()
        .skip(app.list_offset)
        .take(app.list_rows())
        .flat_map(|(row, &index)| {
            let article = &app.corpus.articles[index];
            let style = if row == app.cursor {
                theme::SELECTED
            } else {
                Style::new()
            };
            // Unread reports are bold.
            let style = if article.read {
                style
            } else {
                style.add_modifier(ratatui::style::Modifier::BOLD)
            };
            [
                Line::from(Span::styled(
                    row_text(article, cells, app.list_dates),
                    style,
                )),
                Line::from(Span::styled(
                    origin_text(article, cells, app.list_dates),
                    theme::DIM,
                )),
            ]
        })
        .collect();
    if lines.is_empty() {
        let message = if app.corpus.articles.is_empty() && app.loading.is_some() {
            "Loading reports…"
        } else if app.corpus.articles.is_empty() {
            "No reports loaded"
        } else {
            no_match(app)
        };
        lines.push(Line::from(Span::styled(fit(message, cells), theme::DIM)));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Why the list is empty, with the key that undoes it: Esc for a search, 0 for regions.
fn no_match(app: &App) -> &'static str {
    match (app.search.query.is_empty(), app.filter.is_empty()) {
        (false, true) => "No report matches the search (Esc clears it)",
        (true, false) => "No report matches the regions (0 clears them)",
        _ => "No report matches (Esc clears the search, 0 the regions)",
    }
}

/// "07-18 Title cut to fit… 9" in exactly `cells` cells (less when the pane is tiny); the year is shown
/// for every report of another year than the current one.
fn row_text(article: &crate::corpus::Article, cells: usize, dates: ListDates) -> String {
    // "★" bookmarked, "•" unread, then the date.
    let mark = if article.bookmarked {
        '★'
    } else if !article.read {
        '•'
    } else {
        ' '
    };
    let date = format!("{mark}{:>w$}", short_date(article, dates), w = dates.width);
    // Facts not read yet are "…", never a count.
    let count = if article.pending {
        "…".to_string()
    } else {
        article.facts.len().to_string()
    };
    let fixed = width(&date) + 1 + 1 + width(&count);
    if cells <= fixed {
        return fit(&printable(&article.title), cells);
    }
    let room = cells - fixed;
    let title = fit(&printable(&article.title), room);
    let pad = room - width(&title);
    format!("{date} {title}{} {count}", " ".repeat(pad))
}

fn short_date(article: &crate::corpus::Article, dates: ListDates) -> String {
    match article.date {
        Some(d) if d.date.year() == dates.current_year => d.date.format("%m-%d").to_string(),
        Some(d) => d.date.format("%Y-%m-%d").to_string(),
        None => "—".to_owned(),
    }
}

/// "      Frontline Wire · Kharkiv · Donetsk", under the title: the source, then as many regions as fit.
fn origin_text(article: &crate::corpus::Article, cells: usize, dates: ListDates) -> String {
    let mut parts: Vec<&str> = Vec::new();
    if let Some(source) = &article.source {
        parts.push(source);
    }
    if article.pending {
        parts.push("regions …");
    } else if article.regions.is_empty() {
        parts.push("no region");
    }
    parts.extend(article.regions.iter().map(|r| r.name.as_str()));
    let indent = " ".repeat(dates.width + 2);
    fit(&printable(&format!("{indent}{}", parts.join(" · "))), cells)
}
