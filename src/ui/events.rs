//! The events view: one row per event (date, category, figures, sources, disagreement), an event's
//! sources when it is open, and the timeline of the listed events below.

use super::theme;
use crate::app::EventsView;
use crate::events::{timeline, Day, Event};
use crate::layout;
use crate::text::{fit, printable, thousands};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Axis, Bar, BarChart, BarGroup, Block, Chart, Clear, Dataset, GraphType, Paragraph, Wrap,
};
use ratatui::Frame;

pub fn draw(frame: &mut Frame, view: &EventsView, area: Rect) {
    let geometry = layout::events_view(area);
    let hint = if view.open.is_some() {
        " j/k: source · Enter: go to its sentence · Esc: back to the events "
    } else {
        " j/k: event · Enter: its sources · Esc: close "
    };
    let room = (geometry.frame.width as usize).saturating_sub(4);
    let disagreeing = view
        .events
        .iter()
        .filter(|e| e.disagreement.is_some())
        .count();
    let title = title(view, disagreeing);
    let block = Block::bordered()
        .title(fit(&title, room))
        .title_bottom(Line::from(fit(hint, room)).right_aligned())
        .border_style(theme::FOCUS);
    frame.render_widget(Clear, geometry.frame);
    frame.render_widget(block, geometry.frame);
    match view.open {
        None => draw_events(frame, view, geometry.table),
        Some((event, source)) => draw_sources(frame, &view.events[event], source, geometry.table),
    }
    if let Some(area) = geometry.timeline {
        // One side's attacks at a time: the selected event's.
        let at = view.open.map_or(view.cursor, |(e, _)| e);
        let by = view.events.get(at).map(|e| e.side);
        let theirs: Vec<Event> = view
            .events
            .iter()
            .filter(|e| Some(e.side) == by)
            .cloned()
            .collect();
        let whose = match view.events.get(at) {
            Some(e) if e.side.is_some() => side(e),
            _ => "a side no report names",
        };
        draw_timeline(frame, &theirs, whose, area);
    }
}

/// "Events: 9 from the listed reports · 1 with sources that disagree (⚠) · 3 reports dated by fetch time
/// (◷) · 2 with no usable date left out": the header says what the rows leave out.
fn title(view: &EventsView, disagreeing: usize) -> String {
    let mut title = format!(
        " Events: {} from the listed reports · {disagreeing} with sources that disagree (⚠)",
        view.events.len()
    );
    let (fetched, left_out) = view.undated;
    if fetched + left_out > 0 {
        title.push_str(&format!(
            " · {} report{} with no usable date",
            fetched + left_out,
            if fetched + left_out == 1 { "" } else { "s" }
        ));
        if fetched > 0 {
            title.push_str(&format!(": {fetched} dated by fetch time (◷)"));
        }
        if left_out > 0 {
            title.push_str(&format!(
                "{}{left_out} left out",
                if fetched > 0 { ", " } else { ": " }
            ));
        }
    }
    title.push(' ');
    title
}

/// The first row of a window of `rows` rows that shows `cursor`.
fn window(cursor: usize, rows: usize) -> usize {
    (cursor + 1).saturating_sub(rows.max(1))
}

fn figure(v: Option<u32>) -> String {
    v.map_or_else(|| "—".into(), |v| v.to_string())
}

fn rate(e: &Event) -> String {
    match (e.launched, e.destroyed) {
        (Some(l), Some(d)) if l > 0 && d <= l => format!("{}%", d * 100 / l),
        (Some(_), Some(_)) if e.over_full() => ">100%".into(),
        _ => String::new(),
    }
}

/// The row's mark (`keys::EVENT_MARKS`): disagreement first, then a rate over 100%, an update, a date
/// by fetch time.
fn mark(e: &Event) -> &'static str {
    if e.disagreement.is_some() {
        "⚠"
    } else if e.over_full() {
        "»"
    } else if !e.updates.is_empty() {
        "↻"
    } else if e.dated_by_fetch() {
        "◷"
    } else {
        " "
    }
}

/// The attacking side in a cell of 7.
fn side(e: &Event) -> &'static str {
    match e.side {
        Some(crate::extract::lexicon::Side::Russia) => "Russia",
        Some(crate::extract::lexicon::Side::Ukraine) => "Ukraine",
        None => "?",
    }
}

/// When an event was: with its year only when the events span more than one year.
fn when(e: &Event, years: bool) -> String {
    if years {
        e.when_in_year()
    } else {
        e.when()
    }
}

/// Whether the events span more than one year.
fn several_years(events: &[Event]) -> bool {
    use chrono::Datelike;
    events
        .windows(2)
        .any(|w| w[0].start().year() != w[1].date.year())
        || events.iter().any(|e| e.start().year() != e.date.year())
}

fn draw_events(frame: &mut Frame, view: &EventsView, area: Rect) {
    let cells = area.width as usize;
    let years = several_years(&view.events);
    let width = if years { 14 } else { 9 };
    let mut lines = vec![Line::from(Span::styled(
        fit(
            &format!(
                " {:<width$} by      category           launched destroyed  rate  src  weapons",
                "when"
            ),
            cells,
        ),
        theme::HEADING,
    ))];
    let rows = (area.height as usize).saturating_sub(1);
    let first = window(view.cursor, rows);
    for (i, e) in view.events.iter().enumerate().skip(first).take(rows) {
        let mut text = format!(
            "{}{:<width$} {:<7} {:<18} {:>8} {:>9} {:>5} {:>4}  {}",
            mark(e),
            when(e, years),
            side(e),
            e.category.label(),
            figure(e.launched),
            figure(e.destroyed),
            rate(e),
            e.sources,
            printable(&e.weapons().join(", ")),
        );
        if let Some(d) = &e.disagreement {
            text.push_str(&format!(" · disagree: {}", printable(d)));
        }
        if !e.updates.is_empty() {
            text.push_str(&format!(" · updated: {}", printable(&e.updates.join("; "))));
        }
        let style = if i == view.cursor {
            theme::SELECTED
        } else if e.disagreement.is_some() {
            theme::WARNING
        } else {
            Style::default()
        };
        lines.push(Line::from(Span::styled(fit(&text, cells), style)));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

fn draw_sources(frame: &mut Frame, e: &Event, selected: usize, area: Rect) {
    let cells = area.width as usize;
    let mut lines = vec![
        Line::from(Span::styled(
            fit(
                &format!(
                    " {} · {} · {} launched, {} destroyed · {} source{}",
                    e.when_in_year(),
                    e.category.label(),
                    figure(e.launched),
                    figure(e.destroyed),
                    e.sources,
                    if e.sources == 1 { "" } else { "s" }
                ),
                cells,
            ),
            theme::TITLE,
        )),
        Line::from(Span::styled(
            fit(
                " source                    report     launched destroyed  weapons",
                cells,
            ),
            theme::HEADING,
        )),
    ];
    for note in e.disagreement.iter().chain(&e.updates) {
        lines.insert(
            1,
            Line::from(Span::styled(
                fit(&format!(" {}", printable(note)), cells),
                theme::WARNING,
            )),
        );
    }
    let header = lines.len();
    // The selected source's sentence goes below the list.
    let rows = (area.height as usize).saturating_sub(header + 4);
    let first = window(selected, rows);
    for (i, a) in e.accounts.iter().enumerate().skip(first).take(rows) {
        let text = format!(
            " {:<25} {:<10} {:>8} {:>9}  {}{}",
            fit(&printable(&a.source), 25),
            a.report_date
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default()
                + if a.dated_by_fetch { "◷" } else { "" },
            figure(a.launched),
            figure(a.destroyed),
            printable(&a.weapons.join(", ")),
            if a.superseded { " (updated later)" } else { "" },
        );
        let style = if i == selected {
            theme::SELECTED
        } else if a.superseded {
            theme::DIM
        } else {
            Style::default()
        };
        lines.push(Line::from(Span::styled(fit(&text, cells), style)));
    }
    let [list, sentence] =
        Layout::vertical([Constraint::Length(lines.len() as u16), Constraint::Fill(1)]).areas(area);
    frame.render_widget(Paragraph::new(lines), list);
    if let Some(a) = e.accounts.get(selected) {
        let said = Paragraph::new(vec![
            Line::default(),
            Line::from(vec![
                Span::styled(" “", theme::DIM),
                Span::styled(printable(&a.evidence.sentence), theme::EVIDENCE),
                Span::styled("”", theme::DIM),
            ]),
        ])
        .wrap(Wrap { trim: false });
        frame.render_widget(said, sentence);
    }
}

/// Launched and destroyed per day as bars (the latest days that fit), the interception rate as a line,
/// and the totals of the period.
fn draw_timeline(frame: &mut Frame, events: &[Event], whose: &str, area: Rect) {
    let (days, total) = timeline(events);
    let [title, bars, rate_area, totals] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(3),
        Constraint::Length(2),
    ])
    .areas(area);
    // Each day: two bars of one cell and a gap; the rate's labels keep the last columns.
    const LABELS: u16 = 5;
    let fits = ((bars.width.saturating_sub(LABELS)) as usize / 3).max(1);
    let shown: &[Day] = &days[days.len().saturating_sub(fits)..];
    let top = shown
        .iter()
        .map(|d| d.launched.max(d.destroyed))
        .max()
        .unwrap_or(0);
    let heading = format!(
        " Attacks by {whose}: {} · ▇ launched ▇ destroyed (highest bar {top}) · ⠉ rate intercepted",
        if shown.len() < days.len() {
            format!("the last {} of {} days", shown.len(), days.len())
        } else {
            format!("{} days", days.len())
        }
    );
    frame.render_widget(
        Paragraph::new(Span::styled(
            fit(&heading, title.width as usize),
            theme::HEADING,
        )),
        title,
    );
    let mut chart = BarChart::default().bar_width(1).bar_gap(0).group_gap(1);
    for day in shown {
        let label = day.date.format("%d").to_string();
        chart = chart.data(
            BarGroup::default().label(Line::from(label)).bars(&[
                Bar::default()
                    .value(u64::from(day.launched))
                    .text_value(String::new())
                    .style(theme::FOCUS),
                Bar::default()
                    .value(u64::from(day.destroyed))
                    .text_value(String::new())
                    .style(theme::FOUND_BAR),
            ]),
        );
    }
    frame.render_widget(chart, bars);
    draw_rate(frame, shown, rate_area);
    draw_totals(frame, events, &days, &total, totals);
}

/// The interception rate per day with launches, 0–100%, under the middle of each day's bars.
fn draw_rate(frame: &mut Frame, shown: &[Day], rate_area: Rect) {
    const LABELS: u16 = 5;
    let used = (shown.len() * 3).saturating_sub(1) as u16;
    let line_area = Rect {
        width: used.min(rate_area.width.saturating_sub(LABELS)).max(1),
        ..rate_area
    };
    let points: Vec<(f64, f64)> = shown
        .iter()
        .enumerate()
        .filter_map(|(i, d)| Some((3.0 * i as f64 + 0.5, d.rate()?.min(100.0))))
        .collect();
    let rate_chart = Chart::new(vec![Dataset::default()
        .marker(Marker::Braille)
        .graph_type(GraphType::Line)
        .style(theme::HEADING)
        .data(&points)])
    .x_axis(Axis::default().bounds([0.0, f64::from(line_area.width.max(2) - 1)]))
    .y_axis(Axis::default().bounds([0.0, 100.0]));
    frame.render_widget(rate_chart, line_area);
    let label_area = Rect {
        x: line_area.x + line_area.width,
        width: LABELS.min(rate_area.width.saturating_sub(line_area.width)),
        ..rate_area
    };
    frame.render_widget(
        Paragraph::new(vec![
            Line::from(Span::styled(" 100%", theme::DIM)),
            Line::default(),
            Line::from(Span::styled("   0%", theme::DIM)),
        ]),
        label_area,
    );
}

/// The period, its totals and the rate over the events with both figures.
fn draw_totals(frame: &mut Frame, events: &[Event], days: &[Day], total: &Day, totals: Rect) {
    let (first, last) = (
        days.first().map(|d| d.date.format("%Y-%m-%d").to_string()),
        days.last().map(|d| d.date.format("%Y-%m-%d").to_string()),
    );
    let period = match (first, last) {
        (Some(a), Some(b)) if a != b => format!("{a} – {b}"),
        (Some(a), _) => a,
        _ => String::new(),
    };
    let rate = match total.rate() {
        Some(_) => format!(
            " Rate: {} of {} intercepted, {}",
            thousands(u64::from(total.rated_destroyed)),
            thousands(u64::from(total.rated)),
            total.rate_said()
        ),
        None => " Rate: none, no event gives both figures".into(),
    };
    let text = format!(
        " Total {period}: {} launched · {} destroyed · {} events",
        thousands(u64::from(total.launched)),
        thousands(u64::from(total.destroyed)),
        events.len()
    );
    let cells = totals.width as usize;
    frame.render_widget(
        Paragraph::new(vec![
            Line::from(Span::styled(fit(&text, cells), theme::TITLE)),
            Line::from(Span::styled(fit(&rate, cells), theme::TITLE)),
        ]),
        totals,
    );
}
