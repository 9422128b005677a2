//! The two bottom lines: the region legend (digit hotkeys) and the status bar.

use super::theme;
use crate::app::{App, Focus, Popup};
use crate::text::{fit, printable, width};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// Digits 1–9 and the regions they toggle, with article counts: as many as fit (see `Legend`). While a
/// query or a name is typed, the line it is typed in.
pub fn draw_legend(frame: &mut Frame, app: &App, area: Rect) {
    if app.search.editing {
        return draw_query_line(frame, app, area);
    }
    if let Some(Popup::SaveAs(name)) = &app.popup {
        let line = Line::from(vec![
            Span::styled(
                format!(" Save “{}” as: ", printable(&app.full_query())),
                theme::DIM,
            ),
            Span::styled(format!("{}▏", printable(name)), theme::KEY),
        ]);
        frame.render_widget(Paragraph::new(line), area);
        return;
    }
    let legend = app.legend();
    let mut spans: Vec<Span> = legend
        .saved
        .iter()
        .map(|item| Span::styled(item.clone(), theme::GROUP))
        .collect();
    spans.extend(legend.items.iter().zip(&app.regions).map(|(item, region)| {
        let style = if app.filter.contains(&region.name) {
            theme::ACTIVE
        } else {
            Default::default()
        };
        Span::styled(item.clone(), style)
    }));
    // While facts are read behind the list, none found is not known yet.
    let reading = app.loading.is_some_and(|l| l.facts.1 < l.facts.0);
    if app.regions.is_empty() && reading {
        spans.push(Span::styled(" regions being read…", theme::DIM));
    } else if app.regions.is_empty() {
        spans.push(Span::styled(" no regions found", theme::DIM));
    }
    spans.push(Span::styled(legend.tail, theme::DIM));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The query line: `/`, the region filter the hotkeys made (dim), the query as typed.
fn draw_query_line(frame: &mut Frame, app: &App, area: Rect) {
    let (regions, _) = query_prefix(app);
    let line = Line::from(vec![
        Span::styled(" /", theme::KEY),
        Span::styled(regions, theme::DIM),
        if app.search.selected {
            Span::styled(
                printable(&app.search.query),
                theme::KEY.patch(theme::SELECTED),
            )
        } else {
            Span::styled(format!("{}▏", printable(&app.search.query)), theme::KEY)
        },
    ]);
    frame.render_widget(Paragraph::new(line), area);
}

/// The region filter as the query line shows it before the typed query, and its width with the `/`.
fn query_prefix(app: &App) -> (String, usize) {
    let regions = app.filter.as_query();
    let regions = if regions.is_empty() {
        regions
    } else {
        format!("{regions} ")
    };
    let cells = 2 + width(&regions);
    (regions, cells)
}

/// Under the query line: what is wrong and where (a caret under the character), else Tab's offers, else
/// the keys.
fn query_status(app: &App) -> (String, ratatui::style::Style) {
    if let Some(e) = &app.search.error {
        let (_, prefix) = query_prefix(app);
        let before = app.search.query.get(..e.at).unwrap_or("");
        let caret = prefix + width(&printable(before));
        return (
            format!(
                "{}^ {} (the list is the last good query's)",
                " ".repeat(caret),
                e.message
            ),
            theme::WARNING,
        );
    }
    if let Some(c) = &app.search.completion {
        let offers: Vec<String> = c
            .options
            .iter()
            .enumerate()
            .map(|(i, o)| {
                if i == c.index {
                    format!("[{o}]")
                } else {
                    o.clone()
                }
            })
            .collect();
        return (format!(" Tab: {}", offers.join(" ")), theme::KEY);
    }
    (
        " Enter: keep · Tab: complete · Esc: clear · words, \"phrases\", region:, weapon:, launched>N, -term, or"
            .into(),
        theme::KEY,
    )
}

/// Where you are and what is filtered, key hints, and messages.
pub fn draw_status(frame: &mut Frame, app: &App, area: Rect) {
    let cells = area.width as usize;
    let shown = app.visible.len();
    let total = app.corpus.articles.len();
    let position = if shown == 0 { 0 } else { app.cursor + 1 };
    let search = if app.search.query.is_empty() {
        String::new()
    } else {
        format!(" · “{}”", printable(&app.search.query))
    };
    let unread = match app.unread() {
        0 => String::new(),
        n => format!(" · {n} unread"),
    };
    let sort = match app.sort {
        crate::app::Sort::Date => String::new(),
        other => format!(" · by {}", other.name()),
    };
    // While a query is typed the line under it needs the room: only the count stays.
    let right = if app.search.editing {
        format!(" {shown} of {total} ")
    } else {
        format!(
            " {}{search}{sort} · {shown} of {total} articles{unread} · {position}/{shown} ",
            app.filter.describe()
        )
    };
    let room = cells.saturating_sub(width(&right));
    // A long message is cut with a pointer to `m`, which shows it in full.
    let said = |m: &str| {
        format!(
            " {}",
            crate::app::messages::shown(m, room.saturating_sub(1))
        )
    };
    let (left, style) = if app.search.editing {
        query_status(app)
    } else if let Some(Popup::SaveAs(_)) = &app.popup {
        (
            " Enter: save to the config · Esc: cancel".into(),
            theme::KEY,
        )
    } else if let Some(flash) = &app.flash {
        (said(flash), theme::WARNING)
    } else if let Some(loading) = app.loading {
        (format!(" {}", progress(loading)), theme::KEY)
    } else if let Some(problem) = app.corpus.problems.first() {
        let more = app.corpus.problems.len() - 1;
        let more = if more > 0 {
            format!(" (+{more} more)")
        } else {
            String::new()
        };
        (format!(" ⚠ {problem}{more} · m: messages"), theme::WARNING)
    } else if let Some(notice) = &app.notice {
        (said(notice), theme::KEY)
    } else {
        (format!(" {}", hints(app)), theme::DIM)
    };
    let left = fit(&left, room);
    let pad = room - width(&left);
    let line = Line::from(vec![
        Span::styled(left, style),
        Span::raw(" ".repeat(pad)),
        Span::styled(fit(&right, cells), theme::KEY),
    ]);
    frame.render_widget(Paragraph::new(line), area);
}

/// "Loading 2,304 of 10,000 reports ▰▰▰▱▱▱▱▱▱▱" (before the inputs are read: "Reading inputs…"); once
/// every report is listed and facts are still read behind the list, "All 10,000 listed · facts of 2,304
/// of 10,000 ▰▰▰▱▱▱▱▱▱▱".
pub fn progress(loading: crate::app::Loading) -> String {
    let Some(total) = loading.total else {
        return "Reading inputs…".into();
    };
    // Until the files are read, the total counts files: a feed among them holds more reports.
    let total = total.max(loading.done);
    let (pending, read) = loading.facts;
    if loading.done >= total && read < pending {
        return format!(
            "All {} listed · facts of {} of {} {}",
            crate::text::thousands(loading.done as u64),
            crate::text::thousands(read as u64),
            crate::text::thousands(pending as u64),
            gauge(read, pending)
        );
    }
    format!(
        "Loading {} of {} reports {}",
        crate::text::thousands(loading.done as u64),
        crate::text::thousands(total as u64),
        gauge(loading.done, total)
    )
}

/// "▰▰▰▱▱▱▱▱▱▱": `done` of `total` in ten cells.
fn gauge(done: usize, total: usize) -> String {
    const CELLS: usize = 10;
    let filled = (done * CELLS).checked_div(total).unwrap_or(0).min(CELLS);
    format!("{}{}", "▰".repeat(filled), "▱".repeat(CELLS - filled))
}

fn hints(app: &App) -> String {
    let pane = match app.popup {
        Some(Popup::Picker(_)) => {
            return "type to narrow · Space mark · Enter apply · Esc cancel".into()
        }
        Some(Popup::Events(_)) => return "j/k: move · Enter: open · Esc: back".into(),
        Some(_) => return "Esc: close · j/k: scroll".into(),
        None => app.focus,
    };
    let enter = match pane {
        Focus::List => "Enter: open",
        Focus::Body => "j/k: scroll",
        Focus::Facts => "Enter: show in text · n: next",
    };
    // The keys in force: the config may have moved help and quit.
    format!(
        "{} · {enter} · Tab: next pane · {}: help · {}: quit",
        pane.name(),
        crate::keys::label_of(crate::app::Action::OpenHelp),
        crate::keys::label_of(crate::app::Action::Quit)
    )
}
