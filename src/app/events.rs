//! The events view (`e`): the events of the listed reports (`crate::events`), the sources of one, and a
//! jump from a source to its sentence.

use super::facts::Row;
use super::{Action, App, EventState, Focus, Popup};
use crate::events::Event;

/// What the events view shows and where its cursors are.
#[derive(Debug, Clone, PartialEq)]
pub struct EventsView {
    /// By date, then category.
    pub events: Vec<Event>,
    /// The selected event.
    pub cursor: usize,
    /// Enter on an event lists its sources: the event and the selected source.
    pub open: Option<(usize, usize)>,
    /// Listed reports with strike figures and no date of their own: dated by their fetch time, and left
    /// out for want of one (`crate::events::undated`).
    pub undated: (usize, usize),
}

impl EventsView {
    /// The selected account, when an event's sources are listed.
    pub fn account(&self) -> Option<&crate::events::Account> {
        let (event, source) = self.open?;
        self.events.get(event)?.accounts.get(source)
    }

    /// A key in the events view: move, Enter to list an event's sources, Esc back from them to the
    /// events. Enter on a source (go to its sentence), `q` and Esc on the events are the app's.
    pub fn key(&mut self, action: Action) -> EventState {
        let delta = match action {
            Action::Up => -1,
            Action::Down => 1,
            Action::PageUp => -PAGE,
            Action::PageDown => PAGE,
            Action::Top => isize::MIN / 2,
            Action::Bottom => isize::MAX / 2,
            _ => 0,
        };
        let moved = |at: usize, len: usize| {
            (at as isize)
                .saturating_add(delta)
                .clamp(0, len.saturating_sub(1) as isize) as usize
        };
        match (action, self.open) {
            (Action::Back, Some(_)) => self.open = None,
            (Action::Open, None) => self.open = Some((self.cursor, 0)),
            (_, None) if delta != 0 => self.cursor = moved(self.cursor, self.events.len()),
            (_, Some((event, source))) if delta != 0 => {
                let len = self.events[event].accounts.len();
                self.open = Some((event, moved(source, len)));
            }
            _ => return EventState::NotConsumed,
        }
        EventState::Consumed
    }
}

/// Rows a page key moves.
const PAGE: isize = 10;

impl App {
    /// `e`: groups the listed reports' strike facts into events.
    pub(super) fn open_events(&mut self) {
        let articles = self.visible.iter().map(|&i| (i, &self.corpus.articles[i]));
        let events = crate::events::group(articles);
        let undated =
            crate::events::undated(self.visible.iter().map(|&i| &self.corpus.articles[i]));
        if events.is_empty() {
            self.flash = Some("No strike facts in the listed reports: no events to show".into());
            return;
        }
        // The newest event first selected: the list runs oldest to newest, like the timeline.
        let cursor = events.len() - 1;
        self.popup = Some(Popup::Events(EventsView {
            events,
            cursor,
            open: None,
            undated,
        }));
    }

    /// Selects `article`, marks it read, and shows fact `fact`'s sentence in its text.
    pub(super) fn show_evidence(&mut self, article: usize, fact: usize) {
        let Some(row) = self.visible.iter().position(|&i| i == article) else {
            self.flash = Some("That report is no longer listed".into());
            return;
        };
        self.cursor = row;
        self.reset_article_view();
        if let Some(r) = self
            .fact_rows()
            .iter()
            .position(|r| matches!(r, Row::Fact(f) if *f == fact))
        {
            self.fact_cursor = r;
        }
        self.focus = Focus::Facts;
        self.show_fact(0);
        if self.article().is_some_and(|a| !a.read) {
            self.mark(|a| a.read = true);
        }
        self.clamp_offsets();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Corpus, Loaded};

    fn app() -> App {
        crate::app::testing::app_of(&[
            (
                "a.txt",
                "Harbour Post",
                "Night attack\n\nAir defence was busy. On the night of 9 to 10 May 2024, Russia launched 36 \
                 Shahed drones, 30 of which were shot down.\n",
            ),
            (
                "b.txt",
                "Steppe Daily",
                "Drones at night\n\nOn the night of 9 to 10 May 2024, Russia launched 35 Shahed drones; 30 \
                 were destroyed.\n",
            ),
        ])
    }

    #[test]
    fn enter_lists_the_sources_and_enter_again_shows_the_sentence() {
        let mut app = app();
        app.update(Action::OpenEvents);
        let Some(Popup::Events(view)) = &app.popup else {
            panic!("no events view: {:?}", app.flash);
        };
        assert_eq!(view.events.len(), 1);
        assert!(view.events[0].disagreement.is_some());
        app.update(Action::Open);
        app.update(Action::Down);
        let Some(Popup::Events(view)) = &app.popup else {
            panic!("closed");
        };
        assert_eq!(view.open, Some((0, 1)));
        let account = view.account().unwrap().clone();
        app.update(Action::Open);
        assert!(app.popup.is_none());
        let article = app.article().unwrap();
        assert_eq!(article.path, account.path);
        assert!(article.read);
        let shown = app.shown.expect("a fact is shown");
        assert_eq!(shown.fact, account.fact);
        assert!(
            matches!(&article.facts[shown.fact], crate::extract::Fact::Strike(s) if s.launched == Some(35)),
            "{:?}",
            article.facts[shown.fact]
        );
        assert_eq!(
            app.fact_rows()[app.fact_cursor],
            crate::app::facts::Row::Fact(shown.fact)
        );
        let span = article.facts[shown.fact].evidence()[0].span;
        assert!(article.body[span[0]..span[1]].contains("35 Shahed"));
        assert_eq!(app.focus, Focus::Facts);
    }

    #[test]
    fn esc_goes_back_one_level_and_no_strikes_open_nothing() {
        let mut app = app();
        app.update(Action::OpenEvents);
        app.update(Action::Open);
        app.update(Action::Back);
        assert!(matches!(&app.popup, Some(Popup::Events(v)) if v.open.is_none()));
        app.update(Action::Back);
        assert!(app.popup.is_none());
        assert!(!app.quit);
        let mut quiet = App::new(Corpus::from_loaded(vec![Loaded::new(
            "q.txt",
            "Quiet\n\nNothing happened.\n",
        )]));
        quiet.update(Action::OpenEvents);
        assert!(quiet.popup.is_none());
        assert!(quiet.flash.as_deref().unwrap().contains("No strike facts"));
    }
}
