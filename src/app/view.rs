//! Moving in the panes: the selection, pages, scrolling, focus, the shown fact.

use super::*;

impl App {
    /// Moving in the panes: the selection, pages, focus, opening, the next match or sentence.
    pub(super) fn navigate(&mut self, action: Action) -> EventState {
        match action {
            Action::Up => self.step(-1),
            Action::Down => self.step(1),
            Action::PageUp => self.page(-1),
            Action::PageDown => self.page(1),
            Action::Top => self.jump(false),
            Action::Bottom => self.jump(true),
            Action::NextPane => self.cycle_focus(1),
            Action::PrevPane => self.cycle_focus(-1),
            Action::Open => self.open(),
            Action::Next if self.focus == Focus::Facts => self.next_evidence(),
            Action::Next => self.step_hit(true),
            Action::Prev => self.step_hit(false),
            _ => return EventState::NotConsumed,
        }
        EventState::Consumed
    }

    pub(super) fn step(&mut self, delta: isize) {
        match self.focus {
            Focus::List => self.move_cursor(delta),
            Focus::Body => self.scroll_body(delta),
            Focus::Facts => self.move_fact(delta),
        }
    }

    pub(super) fn page(&mut self, direction: isize) {
        match self.focus {
            Focus::List => self.move_cursor(direction * self.list_rows() as isize),
            Focus::Body => {
                let page = self.body_rows().saturating_sub(1).max(1) as isize;
                self.scroll_body(direction * page)
            }
            Focus::Facts => self.move_fact(direction * self.facts_rows() as isize),
        }
    }

    pub(super) fn jump(&mut self, end: bool) {
        let far = if end {
            isize::MAX / 2
        } else {
            -(isize::MAX / 2)
        };
        self.step(far);
    }

    pub(super) fn move_cursor(&mut self, delta: isize) {
        if self.visible.is_empty() {
            return;
        }
        let last = self.visible.len() - 1;
        let next = (self.cursor as isize)
            .saturating_add(delta)
            .clamp(0, last as isize) as usize;
        if next != self.cursor {
            self.cursor = next;
            self.reset_article_view();
        }
    }

    /// Longest useful body scroll: the last line at the bottom of the pane.
    pub fn max_body_scroll(&mut self) -> usize {
        self.laid_out().len().saturating_sub(self.body_rows())
    }

    pub(super) fn scroll_body(&mut self, delta: isize) {
        let max = self.max_body_scroll() as isize;
        self.body_scroll = (self.body_scroll as isize)
            .saturating_add(delta)
            .clamp(0, max) as usize;
    }

    pub(super) fn move_fact(&mut self, delta: isize) {
        let facts: Vec<usize> = self
            .fact_rows()
            .iter()
            .enumerate()
            .filter(|(_, r)| matches!(r, Row::Fact(_)))
            .map(|(i, _)| i)
            .collect();
        let Some(at) = facts.iter().position(|&i| i == self.fact_cursor) else {
            if let Some(&first) = facts.first() {
                self.fact_cursor = first;
            }
            return;
        };
        let last = facts.len() as isize - 1;
        let next = (at as isize).saturating_add(delta).clamp(0, last) as usize;
        self.fact_cursor = facts[next];
        self.clamp_offsets();
    }

    pub(super) fn cycle_focus(&mut self, delta: isize) {
        const ORDER: [Focus; 3] = [Focus::List, Focus::Body, Focus::Facts];
        let at = ORDER.iter().position(|&f| f == self.focus).unwrap_or(0) as isize;
        self.focus = ORDER[(at + delta).rem_euclid(3) as usize];
    }

    pub(super) fn open(&mut self) {
        match self.focus {
            Focus::List if self.article().is_some() => {
                self.focus = Focus::Body;
                // Opening an article reads it.
                if self.article().is_some_and(|a| !a.read) {
                    self.mark(|a| a.read = true);
                }
            }
            Focus::Facts => self.show_fact(0),
            _ => {}
        }
    }

    pub(super) fn next_evidence(&mut self) {
        match self.shown {
            Some(shown) => self.show_fact(shown.evidence + 1),
            None => self.flash = Some("Select a fact and press Enter first".into()),
        }
    }

    /// Highlights piece `evidence` (wrapping around) of the selected fact and scrolls the body to it.
    pub(super) fn show_fact(&mut self, evidence: usize) {
        let Some(Row::Fact(fact)) = self.fact_rows().get(self.fact_cursor).copied() else {
            return;
        };
        let Some(article) = self.article() else {
            return;
        };
        let pieces = article.facts[fact].evidence();
        if pieces.is_empty() {
            self.flash = Some("This fact has no sentence to show".into());
            return;
        }
        let evidence = evidence % pieces.len();
        let span = pieces[evidence].span;
        let total = pieces.len();
        self.shown = Some(Shown { fact, evidence });
        if let Some(line) = document::line_of(&self.laid_out(), &(span[0]..span[1])) {
            let context = self.body_rows() / 3;
            self.body_scroll = line.saturating_sub(context).min(self.max_body_scroll());
        }
        if total > 1 {
            self.flash = Some(format!("Sentence {} of {} (n: next)", evidence + 1, total));
        }
    }

    /// A new article: body at the top, first fact selected, nothing highlighted.
    pub(super) fn reset_article_view(&mut self) {
        self.body_scroll = 0;
        self.shown = None;
        self.fact_offset = 0;
        self.fact_cursor = self
            .fact_rows()
            .iter()
            .position(|r| matches!(r, Row::Fact(_)))
            .unwrap_or(0);
        self.clamp_offsets();
    }

    /// Keeps the selected list row and fact row inside their panes.
    pub(super) fn clamp_offsets(&mut self) {
        self.list_offset = follow(self.list_offset, self.cursor, self.list_rows());
        self.fact_offset = follow(self.fact_offset, self.fact_cursor, self.facts_rows());
        self.body_scroll = self.body_scroll.min(self.max_body_scroll());
    }
}

/// A key in the help or messages box: scroll within `0..=last`. Closing is the app's.
pub(super) fn page_key(scroll: &mut usize, action: Action, last: usize) -> EventState {
    *scroll = match action {
        Action::Down => (*scroll + 1).min(last),
        Action::PageDown => (*scroll + 10).min(last),
        Action::Bottom => last,
        Action::Up => scroll.saturating_sub(1),
        Action::PageUp => scroll.saturating_sub(10),
        Action::Top => 0,
        _ => return EventState::NotConsumed,
    };
    EventState::Consumed
}

/// The scroll offset that keeps `selected` visible in `rows` rows, moving as little as possible.
pub(super) fn follow(offset: usize, selected: usize, rows: usize) -> usize {
    if selected < offset {
        selected
    } else if selected >= offset + rows {
        selected + 1 - rows
    } else {
        offset
    }
}
