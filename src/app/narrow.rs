//! The query line's last list, kept while only the query changes: a key that extends the query
//! (`khark` → `kharkiv`, `launched>2` → `launched>20`) filters that list instead of every report.

use super::{Action, App};

/// The list a query of the query line gave, valid while nothing but the query line changed (the corpus,
/// the marks, the region filter, the order and the day are as they were).
#[derive(Debug, Clone)]
pub struct Narrowing {
    query: crate::query::Query,
    /// The rows `query` passed, in list order.
    rows: Vec<usize>,
}

impl App {
    /// Keeps the last list only for the keys of the open query line, which change nothing but the query;
    /// any other key may change what a query matches (marks, regions, order), and drops it.
    pub(super) fn keep_narrowing(&mut self, action: Action) {
        let kept = self.narrowing.take();
        let query_key = matches!(
            action,
            Action::Type(_) | Action::Erase | Action::ClearLine | Action::Complete
        );
        if self.search.editing && self.popup.is_none() && query_key {
            self.narrowing = kept;
        }
    }

    /// The rows the query line's query passes: the kept list filtered when the query asks no more than
    /// the one that made it, else every report filtered ([`App::passing`]). The result is kept for the
    /// next key.
    pub(super) fn passing_narrowed(&mut self) -> Vec<usize> {
        let (query, articles, today) = (&self.search.parsed, &self.corpus.articles, self.today);
        let rows = match self.narrowing.take() {
            Some(kept) if self.search.ranked.is_none() && query.narrows(&kept.query) => {
                super::search::par_filter(kept.rows, |i| query.matches(&articles[i], today))
            }
            _ => self.passing(),
        };
        self.narrowing = Some(Narrowing {
            query: query.clone(),
            rows: rows.clone(),
        });
        rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::testing::app_of;

    fn app() -> App {
        let mut app = app_of(&[
            crate::app::testing::ODESA_DRONES,
            crate::app::testing::KHARKIV_MISSILES,
            (
                "c.txt",
                "Ash River News",
                "Drones over Kharkiv region\n\nOn March 5, 2024, Russia launched 9 Shahed drones at the \
                 Kharkiv region; all nine were shot down. Kupiansk was shelled.\n",
            ),
            (
                "d.txt",
                "Слобідські вісті",
                "Атака на Харків\n\nУночі 6 березня 2024 року ворог атакував Харків 14 шахедами, сили ППО \
                 збили дев'ять. У Харкові поранено двох людей.\n",
            ),
            (
                "e.txt",
                "Kyiv Wire",
                "Kyiv: a quiet night\n\nOn March 7, 2024, no attack on Kyiv was reported; the drone \
                 alert in Kharkivska oblast ended at dawn.\n",
            ),
        ]);
        app.today = chrono::NaiveDate::from_ymd_opt(2024, 3, 8).unwrap();
        app.update(Action::OpenSearch);
        app
    }

    /// Types `keys` one at a time ('\u{8}' is Backspace, '\t' Tab) and checks after each that the list is
    /// the one every report filtered anew gives.
    fn check(app: &mut App, keys: &str) {
        for c in keys.chars() {
            app.update(match c {
                '\u{8}' => Action::Erase,
                '\t' => Action::Complete,
                c => Action::Type(c),
            });
            assert_eq!(
                app.visible,
                app.passing(),
                "after {:?} the list differs from the whole filter's",
                app.search.query
            );
        }
    }

    #[test]
    fn a_narrowed_list_is_the_whole_filters_after_every_key() {
        let mut app = app();
        check(&mut app, "kharkiv");
        assert_eq!(app.visible.len(), 3, "{:?}", app.visible);
        // Backspace, then another ending: the middle of the word changed.
        check(&mut app, "\u{8}\u{8}\u{8}\u{8}kov\u{8}\u{8}\u{8}");
        check(
            &mut app,
            "iv shelled\u{8}\u{8}\u{8}\u{8}\u{8}\u{8}\u{8}drone*",
        );
        check(&mut app, " -kupiansk");
        app.update(Action::ClearLine);
        check(&mut app, "region:kharkiv launched>2");
        check(&mut app, "0\u{8}\u{8}9");
        check(&mut app, " or odesa");
        app.update(Action::ClearLine);
        check(&mut app, "харків шахед\u{8}\u{8}");
        app.update(Action::ClearLine);
        check(
            &mut app,
            "killed>=1 unread\u{8}\u{8}\u{8}\u{8}\u{8}\u{8}injured>0",
        );
        app.update(Action::ClearLine);
        check(&mut app, "reg\tkh\t");
    }

    #[test]
    fn a_key_that_extends_the_query_filters_only_the_last_list() {
        let mut app = app();
        check(&mut app, "k");
        // The kept list is what the next key filters: emptied, the next key finds nothing in it.
        if let Some(kept) = app.narrowing.as_mut() {
            kept.rows.clear();
        }
        app.update(Action::Type('h'));
        assert!(app.visible.is_empty(), "{:?}", app.visible);
        // Backspace asks for more than the kept list: every report is filtered again.
        app.update(Action::Erase);
        assert_eq!(app.visible, app.passing());
        assert!(!app.visible.is_empty());
        // Any other change drops the kept list: a mark, a message, the region filter.
        app.update(Action::Apply);
        assert!(app.narrowing.is_none());
        app.update(Action::OpenSearch);
        check(&mut app, "\u{8}kharkiv");
        app.receive(crate::app::Message::Said("fetched".into()));
        assert!(app.narrowing.is_none());
    }
}
