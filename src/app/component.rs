//! The popups and the query line as components: the open one takes a key first and says whether it
//! used it (gitui's `EventState`). What it leaves is the app's: `ForceQuit` and `Back` (close the
//! popup) are handled here once for all of them, then what each popup's unused keys mean to the app
//! (Enter applies, `q` closes a view).

use super::{Action, App, Popup, Search};

/// Whether a component used an action (gitui's `EventState`): one it did not use is passed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventState {
    Consumed,
    NotConsumed,
}

impl App {
    /// One action: Ctrl-C quits from anywhere; the open popup or query line has the key first; an
    /// unused Esc closes it; without one, the main screen takes the key.
    pub(super) fn dispatch(&mut self, action: Action) {
        if let Some(gone) = self.flash.take() {
            super::messages::keep(&mut self.said, gone);
        }
        if action == Action::ForceQuit {
            self.popup = None;
            self.quit = true;
            return;
        }
        match self.component_key(action) {
            None => self.update_main(action),
            Some(EventState::Consumed) => {}
            Some(EventState::NotConsumed) if action == Action::Back => self.close(),
            Some(EventState::NotConsumed) => self.unused(action),
        }
    }

    /// Hands `action` to the open popup, else to the query line while it is open; `None` when
    /// neither is open.
    fn component_key(&mut self, action: Action) -> Option<EventState> {
        let state = match &mut self.popup {
            Some(Popup::Picker(picker)) => picker.key(action, &self.regions),
            Some(Popup::SaveAs(name)) => super::prompt::name_key(name, action),
            Some(Popup::Events(view)) => view.key(action),
            Some(Popup::Help { scroll }) => {
                // The help box is as tall as its lines allow, inside its borders.
                let rows = (self.area.height as usize).saturating_sub(2);
                let last = crate::keys::help_len().saturating_sub(rows);
                super::view::page_key(scroll, action, last)
            }
            Some(Popup::Messages { scroll }) => {
                // The messages box leaves two rows above and below, inside its borders.
                let rows = (self.area.height as usize).saturating_sub(6);
                let last = self.corpus.problems.len().saturating_sub(rows);
                super::view::page_key(scroll, action, last)
            }
            None if self.search.editing => {
                let state = self.search.key(action);
                if state == EventState::Consumed {
                    self.refilter();
                }
                state
            }
            None => return None,
        };
        Some(state)
    }

    /// `Back` that the open component did not use: closes the popup, or cancels the query line.
    fn close(&mut self) {
        if self.popup.take().is_none() {
            self.search = Search::default();
            self.refilter();
        }
    }

    /// What the open component's unused keys do: Enter applies the picker, the name prompt or the
    /// query line; Enter on an event's source goes to its sentence; `q` closes a view.
    fn unused(&mut self, action: Action) {
        match (&self.popup, action) {
            (Some(Popup::Picker(_)), Action::Apply) => {
                if let Some(Popup::Picker(picker)) = self.popup.take() {
                    self.filter.selected = picker.marked;
                    self.apply_filter();
                }
            }
            (Some(Popup::SaveAs(_)), Action::Apply) => self.save_query(),
            (Some(Popup::Events(view)), Action::Open) => {
                let source = view.account().map(|a| (a.article, a.fact));
                self.popup = None;
                if let Some((article, fact)) = source {
                    self.show_evidence(article, fact);
                }
            }
            (Some(Popup::Events(_)), Action::Quit | Action::OpenEvents)
            | (
                Some(Popup::Help { .. } | Popup::Messages { .. }),
                Action::Quit | Action::OpenHelp | Action::OpenMessages | Action::Suspend,
            ) => self.popup = None,
            (None, Action::Apply) => self.keep_search(),
            (None, Action::Complete) => {
                self.complete();
                self.refilter();
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::testing::app_of;
    use crate::app::Picker;

    fn popups() -> Vec<Popup> {
        vec![
            Popup::Help { scroll: 0 },
            Popup::Messages { scroll: 0 },
            Popup::Picker(Picker::default()),
            Popup::SaveAs("kept".into()),
        ]
    }

    #[test]
    fn esc_closes_every_popup_and_ctrl_c_quits_from_each() {
        let report = [("a.txt", "wire", "Alpha\n\nShelling hit a school.\n")];
        for popup in popups() {
            let mut app = app_of(&report);
            app.popup = Some(popup.clone());
            app.update(Action::Back);
            assert_eq!(app.popup, None, "Esc on {popup:?}");
            assert!(!app.quit);
            app.popup = Some(popup.clone());
            app.update(Action::ForceQuit);
            assert!(app.quit && app.popup.is_none(), "Ctrl-C on {popup:?}");
        }
    }

    #[test]
    fn a_key_a_popup_uses_does_not_close_it() {
        let mut app = app_of(&[("a.txt", "wire", "Alpha\n\nShelling hit a school.\n")]);
        app.popup = Some(Popup::SaveAs("ke".into()));
        app.update(Action::Type('y'));
        assert_eq!(app.popup, Some(Popup::SaveAs("key".into())));
        // The query line: Esc cancels what was typed, and the main screen has keys again.
        app.popup = None;
        app.update(Action::OpenSearch);
        app.update(Action::Type('z'));
        assert_eq!(app.search.query, "z");
        app.update(Action::Back);
        assert!(!app.search.editing && app.search.query.is_empty());
    }
}
