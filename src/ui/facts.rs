//! The facts pane: a parser summary, the strike table, then casualties, forces, dates, people, claims.

use super::{is_focused, pane_block, theme};
use crate::app::facts::{Group, Row};
use crate::app::{App, Focus};
use crate::corpus::Article;
use crate::extract::{Fact, Strike};
use crate::text::{fit, printable, thousands};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let focused = is_focused(app, Focus::Facts);
    let article = app.article();
    let count = article.map(|a| a.facts.len()).unwrap_or(0);
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
                Row::Fact(f) => match &article.facts[*f] {
                    // The notes of a strike have a line of their own (Row::StrikeNotes).
                    Fact::Strike(strike) => format!("{marker}{}", strike_row(strike, columns)),
                    fact => format!("{marker}{}", describe(fact)),
                },
                Row::StrikeNotes(f) => match &article.facts[*f] {
                    Fact::Strike(strike) => format!("    {}", strike_notes(strike)),
                    _ => String::new(),
                },
                Row::StrikeTotal => format!("  {}", strike_total(article, columns)),
            };
            let style = match row {
                Row::Header(_) => theme::GROUP,
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
        "PARSED {date} · {} words · {} sections · {} bullets",
        thousands(article.word_count as u64),
        article.sections().count(),
        article.bullets().count()
    )
}

const WEAPON: usize = 22;
const CATEGORY: usize = 18;
/// Cells of a full strike row: marker, weapon, category, launched, destroyed, rate.
const FULL_ROW: usize = 2 + WEAPON + CATEGORY + 9 + 10 + 6;

/// Width of the strike table's columns before the numbers.
#[derive(Clone, Copy)]
struct Columns {
    /// The category column is dropped when the pane is too narrow for the whole row.
    category: usize,
}

impl Columns {
    fn for_width(cells: usize) -> Columns {
        Columns {
            category: if cells >= FULL_ROW { CATEGORY } else { 0 },
        }
    }
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

fn count(n: Option<u32>) -> String {
    n.map(|n| thousands(n as u64)).unwrap_or_else(|| "—".into())
}

/// "86%", or "⚠117%" when more were destroyed than launched (never a fact: two reports mixed or a misread).
fn rate(launched: Option<u32>, destroyed: Option<u32>) -> String {
    match (launched, destroyed) {
        (Some(l), Some(d)) if l > 0 => {
            let flag = if d > l { "⚠" } else { "" };
            format!("{flag}{}%", (d as u64 * 100 + l as u64 / 2) / l as u64)
        }
        _ => String::new(),
    }
}

fn strike_row(s: &Strike, columns: Columns) -> String {
    format!(
        "{:<WEAPON$}{:<category$}{:>9}{:>10}{:>6}",
        fit(&s.weapon, WEAPON - 1),
        fit(s.category.label(), columns.category.saturating_sub(1)),
        count(s.launched),
        count(s.destroyed),
        rate(s.launched, s.destroyed),
        category = columns.category
    )
}

/// "from the frigate Admiral Essen · on Ukraine · 2023-07-18 · per Air Force".
fn strike_notes(s: &Strike) -> String {
    let mut notes = Vec::new();
    // First, so a narrow pane still shows it.
    if s.inconsistent() {
        notes.push(inconsistency(s));
    }
    if let Some(from) = &s.launched_from {
        notes.push(format!("from {from}"));
    }
    if let Some(target) = &s.target {
        notes.push(format!("on {target}"));
    }
    if let Some(over) = &s.over {
        notes.push(format!("over {over}"));
    }
    if let Some(lost) = s.lost_locally {
        notes.push(format!("{lost} lost locally"));
    }
    if let Some(date) = s.date {
        notes.push(date.format("%Y-%m-%d").to_string());
    }
    if let Some(by) = &s.attributed_to {
        notes.push(format!("per {by}"));
    }
    if let Some(how) = &s.how {
        notes.push(format!("inferred: {how}"));
    }
    notes.join(" · ")
}

/// "⚠ 7 destroyed > 6 launched: check “Russia launched six…” and “Air defence shot…”": the sentences
/// the figures came from, for the reader to judge.
fn inconsistency(s: &Strike) -> String {
    let opening = |sentence: &str| {
        let words: Vec<&str> = sentence.split_whitespace().take(5).collect();
        format!("“{}…”", words.join(" "))
    };
    let sentences: Vec<String> = s
        .evidence
        .iter()
        .take(2)
        .map(|e| opening(&e.sentence))
        .collect();
    format!(
        "⚠ {} destroyed > {} launched: check {}",
        s.destroyed.unwrap_or(0),
        s.launched.unwrap_or(0),
        sentences.join(" and ")
    )
}

/// The total row: sums of what is known (`—` when nothing is), labelled "total (partial)" when some
/// weapon's figure is unknown; the rate counts only weapons with both numbers.
fn strike_total(article: &Article, columns: Columns) -> String {
    let strikes: Vec<&Strike> = article
        .facts
        .iter()
        .filter_map(|f| match f {
            Fact::Strike(s) => Some(s),
            _ => None,
        })
        .collect();
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

/// One line for a fact.
pub fn describe(fact: &Fact) -> String {
    match fact {
        Fact::Strike(s) => {
            let notes = strike_notes(s);
            if notes.is_empty() {
                strike_row(s, Columns::for_width(FULL_ROW))
            } else {
                format!("{}  {notes}", strike_row(s, Columns::for_width(FULL_ROW)))
            }
        }
        Fact::Casualties(c) => {
            let mut parts = Vec::new();
            if let Some(k) = c.killed {
                parts.push(format!("killed {k}"));
            }
            if let Some(i) = c.injured {
                parts.push(format!("injured {i}"));
            }
            let mut text = parts.join(" · ");
            if let Some(who) = &c.who {
                text.push_str(&format!(" ({who})"));
            }
            if let Some(place) = &c.place {
                text.push_str(&format!(" in {place}"));
            }
            if let Some(by) = &c.attributed_to {
                text.push_str(&format!(" per {by}"));
            }
            if c.summary {
                text.push_str(" [summary]");
            }
            text
        }
        Fact::Forces(f) => match (f.quantity.is_empty(), f.count) {
            // "hundreds" and "dozens" read as "hundreds of …".
            (false, _) if f.quantity.ends_with(|c: char| c.is_alphabetic()) => {
                format!("{} of {}", f.quantity, f.unit)
            }
            (false, _) => format!("{} {}", f.quantity, f.unit),
            (true, Some(n)) => format!(
                "{}{} {}",
                if f.approx { "~" } else { "" },
                thousands(n),
                f.unit
            ),
            (true, None) => f.unit.clone(),
        },
        Fact::Date(d) => {
            let time = d
                .time
                .as_deref()
                .map(|t| format!(" {t}"))
                .unwrap_or_default();
            format!("{}{time}  {}", d.date.format("%Y-%m-%d"), d.what)
        }
        Fact::Person(p) => match &p.role {
            Some(role) => format!("{}, {role}", p.name),
            None => p.name.clone(),
        },
        Fact::Claim(c) => {
            let said = c
                .evidence
                .first()
                .map(|e| e.sentence.as_str())
                .unwrap_or("");
            let more = match c.evidence.len() {
                0 | 1 => String::new(),
                n => format!(" (+{} more)", n - 1),
            };
            format!("{}{more}: {said}", c.by)
        }
    }
}
