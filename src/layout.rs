//! Where each pane goes for a terminal size. Pure geometry, shared by drawing and mouse handling.

use ratatui::layout::{Constraint, Layout, Rect};

/// Smallest terminal that gets the full layout.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;
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
        let [list, right] =
            Layout::horizontal([Constraint::Percentage(32), Constraint::Fill(1)]).areas(main);
        let [body, facts] =
            Layout::vertical([Constraint::Percentage(58), Constraint::Fill(1)]).areas(right);
        (list, body, facts)
    } else {
        let [list, body, facts] = Layout::vertical([
            Constraint::Percentage(25),
            Constraint::Fill(1),
            Constraint::Percentage(30),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(panes(Rect::new(0, 0, 39, 40)), None);
        assert_eq!(panes(Rect::new(0, 0, 120, 9)), None);
        assert_eq!(panes(Rect::new(0, 0, 1, 1)), None);
        let p = panes(Rect::new(0, 0, 120, 40)).unwrap();
        assert!(p.list.x < p.body.x && p.body.x == p.facts.x && p.body.y < p.facts.y);
        assert_eq!((p.legend.y, p.status.y), (38, 39));
        let wide = panes(Rect::new(0, 0, 200, 50)).unwrap();
        assert!(wide.list.x < wide.body.x && wide.body.x < wide.facts.x);
        let narrow = panes(Rect::new(0, 0, 60, 30)).unwrap();
        assert!(narrow.list.y < narrow.body.y && narrow.body.y < narrow.facts.y);
    }
}
