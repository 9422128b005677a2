//! Where each pane goes for a terminal size. Pure geometry, shared by drawing and mouse handling.

use ratatui::layout::{Constraint, Flex, Layout, Rect};

/// Smallest terminal that gets the full layout: three stacked panes of a bordered row each, the legend
/// and the status line.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 11;
/// A bordered pane with one row of content.
const PANE_MIN: u16 = 3;
/// From this width the facts pane becomes a third column.
pub const WIDE: u16 = 160;
/// Below this width the panes are stacked.
pub const NARROW: u16 = 80;

/// The screen's areas. `None` when the terminal is too small for the layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panes {
    pub list: Rect,
    pub body: Rect,
    pub facts: Rect,
    pub legend: Rect,
    pub status: Rect,
}

/// Lays out the screen for `area`.
pub fn panes(area: Rect) -> Option<Panes> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let [main, legend, status] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let (list, body, facts) = if area.width >= WIDE {
        let [list, body, facts] = Layout::horizontal([
            Constraint::Percentage(24),
            Constraint::Fill(1),
            Constraint::Percentage(36),
        ])
        .areas(main);
        (list, body, facts)
    } else if area.width >= NARROW {
        // The list gets room for titles that tell reports apart.
        let [list, right] =
            Layout::horizontal([Constraint::Percentage(40), Constraint::Fill(1)]).areas(main);
        let body = (right.height * 58 / 100)
            .max(PANE_MIN)
            .min(right.height - PANE_MIN);
        let [body, facts] =
            Layout::vertical([Constraint::Length(body), Constraint::Fill(1)]).areas(right);
        (list, body, facts)
    } else {
        // Every pane keeps at least one row of content, down to the minimum height.
        let h = main.height;
        let list = (h / 4).max(PANE_MIN);
        let facts = (h * 3 / 10).max(PANE_MIN);
        let [list, body, facts] = Layout::vertical([
            Constraint::Length(list),
            Constraint::Fill(1),
            Constraint::Length(facts),
        ])
        .areas(main);
        (list, body, facts)
    };
    Some(Panes {
        list,
        body,
        facts,
        legend,
        status,
    })
}

/// The inside of a bordered pane with one column of padding each side.
pub fn inner(area: Rect) -> Rect {
    Rect {
        x: area.x.saturating_add(2),
        y: area.y.saturating_add(1),
        width: area.width.saturating_sub(4),
        height: area.height.saturating_sub(2),
    }
}

/// A centred box of at most `width`×`height`, inside `area`.
/// The events view: over the panes, leaving the legend and status lines; inside its border the events
/// (or one event's sources) above, the timeline below (when there is room for one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventsView {
    pub frame: Rect,
    pub table: Rect,
    pub timeline: Option<Rect>,
}

/// Rows of the timeline: bars, their day labels, the rate line, the totals and the rate lines.
pub const TIMELINE_ROWS: u16 = 13;

pub fn events_view(area: Rect) -> EventsView {
    let frame = Rect {
        height: area.height.saturating_sub(2),
        ..area
    };
    let inner = Rect {
        x: frame.x + 1,
        y: frame.y + 1,
        width: frame.width.saturating_sub(2),
        height: frame.height.saturating_sub(2),
    };
    // The timeline takes its rows only when the table keeps at least five.
    if inner.height >= TIMELINE_ROWS + 5 {
        let [table, timeline] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(TIMELINE_ROWS)]).areas(inner);
        EventsView {
            frame,
            table,
            timeline: Some(timeline),
        }
    } else {
        EventsView {
            frame,
            table: inner,
            timeline: None,
        }
    }
}

pub fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    cell
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(panes(Rect::new(0, 0, 39, 40)), None);
        assert_eq!(panes(Rect::new(0, 0, 120, 10)), None);
        assert_eq!(panes(Rect::new(0, 0, 1, 1)), None);
        let p = panes(Rect::new(0, 0, 120, 40)).unwrap();
        assert!(p.list.x < p.body.x && p.body.x == p.facts.x && p.body.y < p.facts.y);
        assert_eq!((p.legend.y, p.status.y), (38, 39));
        let wide = panes(Rect::new(0, 0, 200, 50)).unwrap();
        assert!(wide.list.x < wide.body.x && wide.body.x < wide.facts.x);
        let narrow = panes(Rect::new(0, 0, 60, 30)).unwrap();
        assert!(narrow.list.y < narrow.body.y && narrow.body.y < narrow.facts.y);
    }

    #[test]
    fn at_the_minimum_size_every_pane_has_a_row_of_content() {
        for (w, h) in [
            (MIN_WIDTH, MIN_HEIGHT),
            (NARROW, MIN_HEIGHT),
            (WIDE, MIN_HEIGHT),
        ] {
            let p = panes(Rect::new(0, 0, w, h)).unwrap();
            for pane in [p.list, p.body, p.facts] {
                assert!(inner(pane).height >= 1, "{w}×{h}: {p:?}");
                assert!(inner(pane).width >= 1, "{w}×{h}: {p:?}");
            }
        }
    }
}
