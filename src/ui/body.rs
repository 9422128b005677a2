//! The body pane: a header line about the article, then its text, scrolled, with highlights.

use super::{is_focused, pane_block, theme};
use crate::app::document::DocLine;
use crate::app::{App, Focus};
use crate::corpus::{Article, BlockKind};
use crate::extract::DateHow;
use crate::text::{fit, printable, thousands};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use std::ops::Range;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let focused = is_focused(app, Focus::Body);
    let Some(article) = app.article() else {
        let block = pane_block(" Text ", focused);
        let inner = block.inner(area);
        frame.render_widget(block, area);
        frame.render_widget(Paragraph::new("Nothing to show").style(theme::DIM), inner);
        return;
    };
    let title_room = (area.width as usize).saturating_sub(4);
    let mut block = pane_block(
        format!(" {} ", fit(&printable(&article.title), title_room)),
        focused,
    );
    let doc = app.document();
    let rows = app.body_rows();
    let scroll = app.body_scroll.min(doc.len().saturating_sub(rows));
    if doc.len() > rows {
        block =
            block.title_bottom(Line::from(scroll_marker(scroll, rows, doc.len())).right_aligned());
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let evidence: Vec<Range<usize>> = app
        .shown
        .and_then(|s| article.facts.get(s.fact)?.evidence().get(s.evidence))
        .map(|e| e.span[0]..e.span[1])
        .into_iter()
        .collect();
    let places: Vec<Range<usize>> = article
        .regions
        .iter()
        .filter(|r| app.filter.contains(&r.name))
        .flat_map(|r| r.spans.iter().cloned())
        .collect();

    let found = app.search.finder().find(&article.body);
    let mut lines = vec![
        Line::from(Span::styled(
            fit(&header(article), inner.width as usize),
            theme::DIM,
        )),
        Line::from(Span::styled(
            fit(&printable(&origin(article)), inner.width as usize),
            theme::DIM,
        )),
    ];
    lines.extend(
        doc.iter()
            .skip(scroll)
            .take(rows)
            .map(|l| render_line(l, &evidence, &places, &found)),
    );
    frame.render_widget(Paragraph::new(lines), inner);
}

/// " Top ↓ ", " ↑ 40% ↓ ", " ↑ End ": how far through the text the view is (0% at the top, 100% at the end).
pub fn scroll_marker(scroll: usize, rows: usize, lines: usize) -> String {
    let last = lines.saturating_sub(rows);
    match scroll.min(last) {
        0 => " Top ↓ ".into(),
        s if s == last => " ↑ End ".into(),
        s => format!(" ↑ {}% ↓ ", s * 100 / last),
    }
}

/// "2023-07-18 (Day 510) · 6 sections · 1,004 words · Kharkiv Donetsk", with the language after the
/// words when it is not English: "· 312 words · uk · Kharkiv".
pub fn header(article: &Article) -> String {
    let date = match article.date {
        Some(d) => {
            let how = match d.how {
                DateHow::Explicit => "stated".to_owned(),
                DateHow::DayNumber(n) => format!("Day {n}"),
                DateHow::LatestEvent => "latest event".to_owned(),
                DateHow::Published => "published".to_owned(),
            };
            format!("{} ({how})", d.date.format("%Y-%m-%d"))
        }
        None => "no date".to_owned(),
    };
    let sections = article.sections().count();
    let mut parts = vec![
        date,
        format!(
            "{} section{}",
            sections,
            if sections == 1 { "" } else { "s" }
        ),
        format!("{} words", thousands(article.word_count() as u64)),
    ];
    // English is the default and goes unsaid; "uk", "ru" or a mix ("uk+en") is shown.
    if let Some(lang) = crate::lang::detect(&article.body).filter(|l| l.to_string() != "en") {
        parts.push(lang.to_string());
    }
    if !article.regions.is_empty() {
        let names: Vec<&str> = article.regions.iter().map(|r| r.name.as_str()).collect();
        parts.push(names.join(" "));
    }
    if !article.changed.is_empty() {
        parts.insert(0, format!("updated: {}", article.changed.join(", ")));
    }
    parts.join(" · ")
}

/// "Frontline Wire · https://frontline.example/a (o opens, y copies)", or "" when neither is known.
pub fn origin(article: &Article) -> String {
    let mut parts: Vec<&str> = Vec::new();
    if let Some(source) = &article.source {
        parts.push(source);
    }
    if let Some(url) = &article.url {
        parts.push(url);
    }
    let mut line = parts.join(" · ");
    if article.url.is_some() {
        line.push_str("  (o opens, y copies)");
    }
    line
}

fn render_line<'a>(
    line: &'a DocLine,
    evidence: &[Range<usize>],
    places: &[Range<usize>],
    found: &[Range<usize>],
) -> Line<'a> {
    let base = match line.kind {
        Some(BlockKind::Title) => theme::TITLE,
        Some(BlockKind::Heading) => theme::HEADING,
        _ => Style::new(),
    };
    let hits = |r: &Range<usize>, spans: &[Range<usize>]| {
        spans.iter().any(|s| s.start < r.end && r.start < s.end)
    };
    let mut spans = Vec::with_capacity(line.pieces.len() * 2 + 1);
    if !line.prefix.is_empty() {
        spans.push(Span::raw(line.prefix));
    }
    for (i, piece) in line.pieces.iter().enumerate() {
        let marked = hits(&piece.range, evidence);
        if i > 0 {
            let joined = marked && hits(&line.pieces[i - 1].range, evidence);
            spans.push(Span::styled(
                " ",
                if joined { theme::EVIDENCE } else { base },
            ));
        }
        let style = if marked {
            theme::EVIDENCE
        } else if hits(&piece.range, found) {
            theme::FOUND
        } else if hits(&piece.range, places) {
            base.patch(theme::PLACE)
        } else {
            base
        };
        spans.push(Span::styled(piece.text.as_str(), style));
    }
    Line::from(spans)
}
