//! The facts pane: a parser summary, the strike table, then casualties, forces, dates, people, claims.

use super::{is_focused, pane_block, theme};
use crate::app::facts::{frame_totals, is_part, Group, Row};
use crate::app::{App, Focus};
use crate::corpus::Article;
use crate::extract::text::{
    count, frame_label, rate, strike_notes, strike_row_under, Columns, WEAPON,
};
use crate::extract::{Fact, Strike};
use crate::text::{fit, printable, thousands};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let focused = is_focused(app, Focus::Facts);
    let article = app.article();
    let count = match article {
        Some(a) if a.pending => "…".to_string(),
        Some(a) => a.facts.len().to_string(),
        None => "0".to_string(),
    };
    let block = pane_block(format!(" Facts {count} "), focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(article) = article else { return };
    let cells = inner.width as usize;
    let columns = Columns::for_width(cells);
    let rows = app.fact_rows();
    let lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .skip(app.fact_offset)
        .take(inner.height as usize)
        .map(|(i, row)| {
            let selected = i == app.fact_cursor && matches!(row, Row::Fact(_));
            let shown = matches!(row, Row::Fact(f) if app.shown.is_some_and(|s| s.fact == *f));
            let marker = match (selected, shown) {
                (true, _) => "▶ ",
                (false, true) => "● ",
                _ => "  ",
            };
            let text = match row {
                Row::Parsed => parsed(article),
                Row::Header(group) => header(*group, columns),
                Row::Frame(f) => frame_line(&article.facts[*f]),
                Row::Fact(f) => {
                    let part = is_part(&article.facts, *f);
                    match &article.facts[*f] {
                        // The notes of a strike have a line of their own (Row::StrikeNotes).
                        Fact::Strike(strike) => {
                            format!("{marker}{}", strike_row_under(strike, columns, part))
                        }
                        fact if part => format!("{marker}└ {fact}"),
                        fact => format!("{marker}{fact}"),
                    }
                }
                Row::StrikeNotes(f) => match &article.facts[*f] {
                    Fact::Strike(strike) if is_part(&article.facts, *f) => {
                        format!("      {}", strike_notes(strike))
                    }
                    Fact::Strike(strike) => format!("    {}", strike_notes(strike)),
                    _ => String::new(),
                },
                Row::StrikeTotal(head) => format!("  {}", strike_total(article, *head, columns)),
            };
            let style = match row {
                Row::Header(_) | Row::Frame(_) => theme::GROUP,
                Row::Parsed | Row::StrikeNotes(_) => theme::DIM,
                _ if selected && focused => theme::SELECTED,
                _ if shown => theme::EVIDENCE,
                _ => Default::default(),
            };
            Line::from(Span::styled(fit(&printable(&text), cells), style))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

fn parsed(article: &Article) -> String {
    let date = match article.date {
        Some(d) => format!("date {}", d.date.format("%Y-%m-%d")),
        None => "no date".into(),
    };
    format!(
        "PARSED {date} · {} words · {} sections · {} bullets{}",
        thousands(article.word_count() as u64),
        article.sections().count(),
        article.bullets().count(),
        if article.pending {
            " · facts being read…"
        } else {
            ""
        }
    )
}

fn header(group: Group, columns: Columns) -> String {
    match group {
        Group::Strikes => format!(
            "{:<w$}{:>9}{:>10}{:>6}",
            "STRIKES",
            "launched",
            "destroyed",
            "rate",
            w = 2 + WEAPON + columns.category
        ),
        other => other.title().to_owned(),
    }
}

/// The line heading a frame: "» national · Russia's attack · per Air Force".
fn frame_line(fact: &Fact) -> String {
    match fact {
        Fact::Strike(s) => format!("  {}", frame_label(&s.frame)),
        Fact::Casualties(c) | Fact::BackgroundToll(c) => format!("  {}", frame_label(&c.frame)),
        _ => String::new(),
    }
}

/// The total row of one frame (its own tallies, not their parts): sums of what is known (`—` when nothing is), labelled "total (partial)" when some
/// weapon's figure is unknown; the rate counts only weapons with both numbers.
fn strike_total(article: &Article, head: usize, columns: Columns) -> String {
    let strikes: Vec<&Strike> = frame_totals(&article.facts, head);
    let sum = |get: fn(&Strike) -> Option<u32>| -> Option<u32> {
        strikes
            .iter()
            .filter_map(|s| get(s))
            .fold(None, |t: Option<u32>, n| {
                Some(t.unwrap_or(0).saturating_add(n))
            })
    };
    let both = |get: fn(&Strike) -> Option<u32>| -> u32 {
        strikes
            .iter()
            .filter(|s| s.launched.is_some() && s.destroyed.is_some())
            .filter_map(|s| get(s))
            .sum()
    };
    let partial = strikes
        .iter()
        .any(|s| s.launched.is_none() || s.destroyed.is_none());
    format!(
        "{:<w$}{:>9}{:>10}{:>6}",
        if partial { "total (partial)" } else { "total" },
        count(sum(|s| s.launched)),
        count(sum(|s| s.destroyed)),
        rate(Some(both(|s| s.launched)), Some(both(|s| s.destroyed))),
        w = WEAPON + columns.category
    )
}
