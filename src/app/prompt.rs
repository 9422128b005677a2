//! The query line (`/`), Tab completion, and saved queries (`:` saves, F1–F9 run).

use super::{Action, App, Effect, EventState, Focus, Popup, Search};
use crate::config::SavedQuery;

/// Tab's offers for the word being typed, and which one is in the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completion {
    /// Byte offset of the word in the query.
    pub start: usize,
    pub options: Vec<String>,
    pub index: usize,
}

/// Saved queries that have a hotkey: F1 to F9.
pub const SAVED_KEYS: usize = 9;

impl Search {
    /// A key on the query line: typing, Backspace and clearing change the line (the first key after
    /// reopening replaces a kept query). Enter, Tab and Esc are the app's.
    pub fn key(&mut self, action: Action) -> EventState {
        if action != Action::Complete {
            self.completion = None;
        }
        let replace = std::mem::take(&mut self.selected);
        match action {
            Action::Type(c) => {
                if replace {
                    self.query.clear();
                }
                self.query.push(c);
            }
            Action::Erase if replace => self.query.clear(),
            Action::Erase => {
                self.query.pop();
            }
            Action::ClearLine => self.query.clear(),
            _ => return EventState::NotConsumed,
        }
        EventState::Consumed
    }
}

/// A key in the name prompt (`:`): typing and Backspace; Enter (save) and Esc are the app's.
pub(super) fn name_key(name: &mut String, action: Action) -> EventState {
    match action {
        Action::Type(c) => name.push(c),
        Action::Erase => {
            name.pop();
        }
        _ => return EventState::NotConsumed,
    }
    EventState::Consumed
}

impl App {
    /// Enter on the query line: keeps the query, and says so when it is malformed (the list stays the
    /// last good query's).
    pub(super) fn keep_search(&mut self) {
        self.search.editing = false;
        self.focus = Focus::List;
        // Over the archive words alone are full-text (the terminal loop asks the index and
        // answers with `Message::Ranked`); until then, and for operators, the query is evaluated here.
        if self.full_text && self.search.error.is_none() && self.search.parsed.is_plain_text() {
            self.effect = Some(Effect::Search(crate::query::full_text(&self.search.query)));
        }
        if let Some(e) = &self.search.error {
            self.flash = Some(format!("Query {e}: the list is the last good query's"));
        }
        self.apply_filter();
        self.find_hits();
    }

    /// After the query line changed: parse it again and list what it matches.
    pub(super) fn refilter(&mut self) {
        self.reparse();
        self.search.hits.clear();
        self.search.current = None;
        self.search.ranked = None;
        let rows = self.passing_narrowed();
        self.show_rows(rows);
    }

    /// Parses the line: a good query becomes the list's, a bad one is kept as an error.
    fn reparse(&mut self) {
        match crate::query::parse(&self.search.query) {
            Ok(q) => {
                self.search.parsed = q;
                self.search.error = None;
            }
            Err(e) => self.search.error = Some(e),
        }
    }

    /// Tab: the first operator or value that starts with the word being typed; Tab again, the next.
    pub(super) fn complete(&mut self) {
        let query = &self.search.query;
        if let Some(c) = &mut self.search.completion {
            if query.get(c.start..) == c.options.get(c.index).map(String::as_str) {
                c.index = (c.index + 1) % c.options.len();
                let word = c.options[c.index].clone();
                self.search.query.truncate(c.start);
                self.search.query.push_str(&word);
                return;
            }
        }
        // The word after the last space or parenthesis, a leading minus kept outside it.
        let mut start = query
            .rfind(|c: char| c.is_whitespace() || c == '(')
            .map_or(0, |i| i + 1);
        if query[start..].starts_with('-') {
            start += 1;
        }
        let options = crate::query::completions(&query[start..]);
        let Some(first) = options.first().cloned() else {
            self.flash = Some("Tab: nothing to complete here".into());
            return;
        };
        self.search.query.truncate(start);
        self.search.query.push_str(&first);
        self.search.completion = Some(Completion {
            start,
            options,
            index: 0,
        });
    }

    /// The whole filter as one query: the region hotkeys' terms, then the query line's.
    pub fn full_query(&self) -> String {
        let regions = self.filter.as_query();
        match (regions.is_empty(), self.search.query.trim().is_empty()) {
            (true, _) => self.search.query.trim().to_string(),
            (false, true) => regions,
            (false, false) => format!("{regions} {}", self.search.query.trim()),
        }
    }

    /// `:`: asks for a name to save the kept query (with the region hotkeys' terms) under.
    pub(super) fn open_save(&mut self) {
        if self.full_query().is_empty() || self.search.error.is_some() {
            self.flash = Some("Nothing to save: type a query with / first".into());
        } else {
            self.popup = Some(Popup::SaveAs(String::new()));
        }
    }

    /// Enter in the name prompt: saves the kept query under the typed name (to the config, by the
    /// terminal loop) and closes the prompt; an empty name is refused and the prompt stays.
    pub(super) fn save_query(&mut self) {
        let Some(Popup::SaveAs(name)) = &self.popup else {
            return;
        };
        if name.trim().is_empty() {
            self.flash = Some("A saved query needs a name".into());
            return;
        }
        let saved = SavedQuery {
            name: name.trim().to_string(),
            query: self.full_query(),
        };
        self.popup = None;
        self.flash = Some(if self.saved.len() < SAVED_KEYS {
            format!("Saved as {:?} on F{}", saved.name, self.saved.len() + 1)
        } else {
            format!("Saved as {:?} (F1–F9 are taken)", saved.name)
        });
        self.saved.push(saved.clone());
        self.effect = Some(Effect::SaveQuery(saved));
    }

    /// F1–F9: runs saved query `n` as if typed and kept.
    pub(super) fn run_saved(&mut self, n: usize) {
        let Some(saved) = self.saved.get(n).cloned() else {
            self.flash = Some(format!("No saved query on F{} (: saves one)", n + 1));
            return;
        };
        self.search = Search {
            query: saved.query,
            ..Search::default()
        };
        self.reparse();
        self.flash = Some(match &self.search.error {
            Some(e) => format!("Saved query {:?}: {e}", saved.name),
            None => format!("Query {:?}", saved.name),
        });
        self.apply_filter();
        self.find_hits();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Three reports written for these tests.
    fn app() -> App {
        let mut app = crate::app::testing::app_of(&[
            crate::app::testing::ODESA_DRONES,
            crate::app::testing::KHARKIV_MISSILES,
            (
                "c.txt",
                "Ash River News",
                "Quiet day\n\nOn March 5, 2024, nothing happened at the front near Kupiansk.\n",
            ),
        ]);
        app.today = chrono::NaiveDate::from_ymd_opt(2024, 3, 6).unwrap();
        app
    }

    fn titles(app: &App) -> Vec<&str> {
        app.visible
            .iter()
            .map(|&i| app.corpus.articles[i].title.as_str())
            .collect()
    }

    fn type_in(app: &mut App, text: &str) {
        for c in text.chars() {
            app.update(Action::Type(c));
        }
    }

    #[test]
    fn the_query_line_filters_as_it_is_typed_and_keeps_the_last_good_list() {
        let mut app = app();
        app.update(Action::OpenSearch);
        type_in(&mut app, "weapon:shahed");
        assert_eq!(titles(&app), ["Odesa port hit"]);
        assert_eq!(app.search.error, None);
        // A malformed query: the list stays, the error says where.
        type_in(&mut app, " launched>");
        assert_eq!(titles(&app), ["Odesa port hit"]);
        let e = app.search.error.clone().expect("an error");
        // Where the missing number goes, right after "launched>".
        assert_eq!(e.at, 23);
        type_in(&mut app, "10");
        assert_eq!(app.search.error, None);
        assert_eq!(titles(&app), ["Odesa port hit"]);
        app.update(Action::Apply);
        assert!(!app.search.editing);
        // Words are highlighted, operators are not: the kept query's words are its matches.
        assert!(app.search.hits.is_empty());
        app.update(Action::Back);
        assert_eq!(titles(&app).len(), 3);
    }

    #[test]
    fn operators_words_and_regions_combine() {
        let mut app = app();
        app.update(Action::OpenSearch);
        type_in(&mut app, "killed>0 or port");
        // Newest first.
        assert_eq!(titles(&app), ["Kharkiv shelled", "Odesa port hit"]);
        app.update(Action::Apply);
        // The kept query's words are found in the texts.
        assert_eq!(app.search.hits.len(), 1);
        // A region hotkey narrows the query's list further.
        let odesa = app.regions.iter().position(|r| r.name == "Odesa").unwrap();
        app.update(Action::ToggleRegion(odesa as u8));
        assert_eq!(titles(&app), ["Odesa port hit"]);
        assert_eq!(app.filter.as_query(), "region:odesa");
    }

    #[test]
    fn tab_completes_and_cycles() {
        let mut app = app();
        app.update(Action::OpenSearch);
        type_in(&mut app, "-reg");
        app.update(Action::Complete);
        assert_eq!(app.search.query, "-region:");
        type_in(&mut app, "kh");
        app.update(Action::Complete);
        assert_eq!(app.search.query, "-region:kharkiv");
        app.update(Action::Complete);
        assert_eq!(app.search.query, "-region:kherson");
        assert_eq!(titles(&app).len(), 3, "no report is about Kherson");
        app.update(Action::Complete);
        app.update(Action::Complete);
        assert_eq!(app.search.query, "-region:kharkiv", "the offers go round");
        // Kupiansk is in the Kharkiv region.
        assert_eq!(titles(&app), ["Odesa port hit"]);
        type_in(&mut app, " zzz:");
        app.update(Action::Complete);
        assert_eq!(app.search.query, "-region:kharkiv zzz:");
        assert!(app
            .flash
            .as_deref()
            .unwrap()
            .contains("nothing to complete"));
    }

    #[test]
    fn s_cycles_the_order() {
        let mut app = app();
        assert_eq!(
            titles(&app),
            ["Quiet day", "Kharkiv shelled", "Odesa port hit"]
        );
        app.update(Action::CycleSort);
        assert_eq!(app.sort, crate::app::Sort::Fetched);
        app.update(Action::CycleSort);
        assert_eq!(app.sort, crate::app::Sort::Source);
        assert_eq!(
            titles(&app),
            ["Quiet day", "Odesa port hit", "Kharkiv shelled"]
        );
        app.update(Action::CycleSort);
        assert_eq!(app.sort, crate::app::Sort::Facts);
        assert_eq!(titles(&app)[2], "Quiet day");
        app.update(Action::CycleSort);
        assert_eq!(app.sort, crate::app::Sort::Launched);
        assert_eq!(titles(&app)[0], "Odesa port hit");
        app.update(Action::CycleSort);
        assert_eq!(app.sort, crate::app::Sort::Date);
    }

    #[test]
    fn a_query_is_saved_under_a_name_and_run_by_its_key() {
        let mut app = app();
        app.update(Action::SaveQuery);
        assert!(app.popup.is_none(), "nothing to save yet");
        let kharkiv = app
            .regions
            .iter()
            .position(|r| r.name == "Kharkiv")
            .unwrap();
        app.update(Action::ToggleRegion(kharkiv as u8));
        app.update(Action::OpenSearch);
        type_in(&mut app, "weapon:iskander");
        app.update(Action::Apply);
        app.update(Action::SaveQuery);
        type_in(&mut app, "balls");
        app.update(Action::Erase);
        type_in(&mut app, "istic");
        app.update(Action::Apply);
        let saved = SavedQuery {
            name: "ballistic".into(),
            query: "region:kharkiv weapon:iskander".into(),
        };
        assert_eq!(app.effect, Some(Effect::SaveQuery(saved.clone())));
        assert_eq!(app.saved, [saved]);
        assert!(app.legend().saved[0].contains("F1 ballistic"));
        app.update(Action::Back);
        app.update(Action::Back);
        assert_eq!(titles(&app).len(), 3);
        app.update(Action::RunSaved(0));
        assert_eq!(titles(&app), ["Kharkiv shelled"]);
        app.update(Action::RunSaved(1));
        assert!(app
            .flash
            .as_deref()
            .unwrap()
            .contains("No saved query on F2"));
    }
}
