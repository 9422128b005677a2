//! What a click or the wheel does, by the pane under the pointer.

use super::*;

impl App {
    /// Handles the mouse at a screen position.
    pub fn mouse(&mut self, kind: Mouse, at: Position) {
        self.click(kind, at);
        self.relayout();
    }

    fn click(&mut self, kind: Mouse, at: Position) {
        self.flash = None;
        let Some(panes) = self.panes else { return };
        if self.popup.is_some() {
            if kind != Mouse::Click {
                let action = if kind == Mouse::ScrollUp {
                    Action::Up
                } else {
                    Action::Down
                };
                self.update(action);
            }
            return;
        }
        let focus = if panes.list.contains(at) {
            Focus::List
        } else if panes.body.contains(at) {
            Focus::Body
        } else if panes.facts.contains(at) {
            Focus::Facts
        } else {
            return;
        };
        match kind {
            Mouse::ScrollUp | Mouse::ScrollDown => {
                let down = kind == Mouse::ScrollDown;
                let previous = self.focus;
                self.focus = focus;
                if focus == Focus::Body {
                    let lines = WHEEL_LINES as isize;
                    self.scroll_body(if down { lines } else { -lines });
                } else {
                    self.step(if down { 1 } else { -1 });
                }
                self.focus = previous;
            }
            Mouse::Click => {
                self.focus = focus;
                let inner = layout::inner(match focus {
                    Focus::List => panes.list,
                    Focus::Body => panes.body,
                    Focus::Facts => panes.facts,
                });
                if !inner.contains(at) {
                    return;
                }
                let row = (at.y - inner.y) as usize;
                match focus {
                    Focus::List => {
                        let index = self.list_offset + row / LIST_ROW_LINES;
                        if index < self.visible.len() && index != self.cursor {
                            self.cursor = index;
                            self.reset_article_view();
                        }
                    }
                    Focus::Facts => {
                        let index = self.fact_offset + row;
                        if matches!(self.fact_rows().get(index), Some(Row::Fact(_))) {
                            self.fact_cursor = index;
                        }
                    }
                    Focus::Body => {}
                }
            }
        }
    }
}
