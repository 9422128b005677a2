//! The app driven through `update`, as keys and messages reach it.

use super::*;
use crate::corpus::{analyse, Loaded};
use crate::pipeline::LoadEvent;
use crate::regions::RegionTag;

fn tag(name: &str, mentions: usize) -> RegionTag {
    RegionTag {
        name: name.into(),
        country: "UA".into(),
        mentions,
        places: vec![name.into()],
        spans: vec![],
    }
}

/// Three articles: Kharkiv only, Kharkiv + Odesa, Odesa only.
fn app() -> App {
    let texts = [
        (
            "a.txt",
            "Alpha report\n\nShelling near the river.\n",
            vec![tag("Kharkiv", 3)],
        ),
        (
            "b.txt",
            "Bravo report\n\nDrones over the port.\n",
            vec![tag("Kharkiv", 1), tag("Odesa", 2)],
        ),
        (
            "c.txt",
            "Charlie report\n\nA quiet night.\n",
            vec![tag("Odesa", 1)],
        ),
    ];
    let articles = texts
        .into_iter()
        .map(|(path, text, regions)| {
            let mut a = analyse(Loaded::new(path, text));
            a.regions = regions;
            a
        })
        .collect();
    let mut corpus = Corpus {
        articles,
        problems: vec![],
    };
    for (i, a) in corpus.articles.iter_mut().enumerate() {
        a.id = i;
    }
    let mut app = App::new(corpus);
    app.resize(Rect::new(0, 0, 120, 40));
    app
}

fn titles(app: &App) -> Vec<&str> {
    app.visible
        .iter()
        .map(|&i| app.corpus.articles[i].title.as_str())
        .collect()
}

#[test]
fn legend_orders_regions_by_mentions() {
    let app = app();
    let names: Vec<(&str, usize)> = app
        .regions
        .iter()
        .map(|r| (r.name.as_str(), r.articles))
        .collect();
    assert_eq!(names, [("Kharkiv", 2), ("Odesa", 2)]);
}

#[test]
fn region_keys_filter_any_all_and_clear() {
    let mut app = app();
    app.update(Action::ToggleRegion(0));
    assert_eq!(titles(&app), ["Alpha report", "Bravo report"]);
    app.update(Action::ToggleRegion(1));
    assert_eq!(
        titles(&app),
        ["Alpha report", "Bravo report", "Charlie report"]
    );
    assert_eq!(app.filter.describe(), "Kharkiv + Odesa");
    app.update(Action::ToggleMatchAll);
    assert_eq!(titles(&app), ["Bravo report"]);
    assert_eq!(app.filter.describe(), "Kharkiv & Odesa");
    app.update(Action::ClearFilter);
    assert_eq!(titles(&app).len(), 3);
    app.update(Action::ToggleRegion(8));
    assert_eq!(
        app.flash.as_deref(),
        Some("No region on key 9 (r: pick from all 2)")
    );
}

#[test]
fn filter_keeps_the_selected_article_when_it_still_matches() {
    let mut app = app();
    app.update(Action::Down);
    assert_eq!(app.article().unwrap().title, "Bravo report");
    app.update(Action::ToggleRegion(1));
    assert_eq!(app.article().unwrap().title, "Bravo report");
    app.update(Action::ToggleRegion(1));
    app.update(Action::ToggleRegion(0));
    app.update(Action::Bottom);
    app.update(Action::ClearFilter);
    app.update(Action::ToggleRegion(1));
    // Bravo (selected) mentions Odesa: still selected.
    assert_eq!(app.article().unwrap().title, "Bravo report");
}

#[test]
fn picker_narrows_marks_and_applies() {
    let mut app = app();
    app.update(Action::OpenPicker);
    assert_eq!(app.mode(), crate::keys::Mode::Picker);
    for c in "ode".chars() {
        app.update(Action::Type(c));
    }
    let Some(Popup::Picker(p)) = &app.popup else {
        panic!("picker closed")
    };
    assert_eq!(p.matches(&app.regions).len(), 1);
    app.update(Action::PickerToggle);
    app.update(Action::Apply);
    assert!(app.popup.is_none());
    assert_eq!(titles(&app), ["Bravo report", "Charlie report"]);
    // Esc leaves the filter as it was.
    app.update(Action::OpenPicker);
    app.update(Action::PickerToggle);
    app.update(Action::Back);
    assert_eq!(app.filter.selected, ["Odesa"]);
    assert!(!app.quit);
}

#[test]
fn search_narrows_and_esc_clears() {
    let mut app = app();
    app.update(Action::OpenSearch);
    for c in "DRONES".chars() {
        app.update(Action::Type(c));
    }
    assert_eq!(titles(&app), ["Bravo report"]);
    app.update(Action::Erase);
    app.update(Action::Apply);
    assert!(!app.search.editing);
    assert_eq!(titles(&app), ["Bravo report"]);
    app.update(Action::OpenSearch);
    app.update(Action::Back);
    assert_eq!(titles(&app).len(), 3);
    assert!(!app.quit);
}

#[test]
fn esc_closes_popups_and_q_quits() {
    let mut app = app();
    app.update(Action::OpenHelp);
    app.update(Action::Back);
    assert!(app.popup.is_none() && !app.quit);
    app.update(Action::OpenHelp);
    app.update(Action::Quit);
    assert!(app.popup.is_none() && !app.quit);
    app.update(Action::Back);
    assert!(!app.quit);
    app.update(Action::Quit);
    assert!(app.quit);
}

#[test]
fn focus_cycles_and_enter_opens() {
    let mut app = app();
    app.update(Action::NextPane);
    app.update(Action::NextPane);
    assert_eq!(app.focus, Focus::Facts);
    app.update(Action::NextPane);
    assert_eq!(app.focus, Focus::List);
    app.update(Action::PrevPane);
    assert_eq!(app.focus, Focus::Facts);
    app.focus = Focus::List;
    app.update(Action::Open);
    assert_eq!(app.focus, Focus::Body);
}

#[test]
fn clicks_select_and_wheel_scrolls_the_pane_under_the_pointer() {
    let mut app = app();
    let list = app.panes.unwrap().list;
    // Second article: rows 2–3 of the list (two lines per article) below the border.
    app.mouse(Mouse::Click, Position::new(list.x + 3, list.y + 1 + 2));
    assert_eq!(app.article().unwrap().title, "Bravo report");
    app.mouse(Mouse::ScrollDown, Position::new(list.x + 3, list.y + 5));
    assert_eq!(app.article().unwrap().title, "Charlie report");
    assert_eq!(app.focus, Focus::List);
}

#[test]
fn tiny_terminal_takes_every_action_without_panicking() {
    let mut app = app();
    app.resize(Rect::new(0, 0, 1, 1));
    for action in [
        Action::Down,
        Action::PageDown,
        Action::Bottom,
        Action::NextPane,
        Action::Down,
        Action::Open,
        Action::Next,
        Action::NextPane,
        Action::PageDown,
        Action::Top,
    ] {
        app.update(action);
    }
    app.mouse(Mouse::Click, Position::new(0, 0));
    assert!(!app.quit);
}

#[test]
fn help_scroll_stops_at_its_last_page() {
    let mut app = app();
    app.resize(Rect::new(0, 0, 80, 24));
    app.update(Action::OpenHelp);
    for _ in 0..100 {
        app.update(Action::Down);
    }
    let last = crate::keys::help_len() - 22;
    assert_eq!(app.popup, Some(Popup::Help { scroll: last }));
    // One step up moves at once, however far the user pressed down.
    app.update(Action::Up);
    assert_eq!(app.popup, Some(Popup::Help { scroll: last - 1 }));
}

fn dated(path: &str, day: u32) -> Article {
    analyse(Loaded::new(
        path,
        format!("Report {path}\n\nRussia launched 10 drones at Odesa on March {day}, 2025.\n"),
    ))
}

#[test]
fn a_background_load_keeps_the_selection_while_newer_reports_arrive() {
    let mut app = App::loading();
    app.resize(Rect::new(0, 0, 120, 40));
    app.receive(LoadEvent::Found {
        reports: 3,
        problems: vec![],
    });
    assert_eq!(
        app.loading,
        Some(Loading {
            done: 0,
            total: Some(3),
            facts: (0, 0)
        })
    );
    app.receive(LoadEvent::Articles(vec![dated("b", 5), dated("c", 3)]));
    app.update(Action::Down);
    assert_eq!(app.article().map(|a| a.path.as_str()), Some("c"));
    // A newer report goes above; the selection stays on "c".
    app.receive(LoadEvent::Articles(vec![dated("a", 9)]));
    assert_eq!(titles(&app), ["Report a", "Report b", "Report c"]);
    assert_eq!(app.article().map(|a| a.path.as_str()), Some("c"));
    assert_eq!(app.loading.map(|l| l.done), Some(3));
    app.receive(LoadEvent::Done);
    assert_eq!(app.loading, None);
}

#[test]
fn link_keys_ask_the_loop_to_open_or_copy() {
    let mut app = app();
    app.update(Action::OpenLink);
    assert_eq!(app.effect, None);
    assert_eq!(app.flash.as_deref(), Some("This report has no link"));
    app.corpus.articles[app.visible[0]].url = Some("https://example.org/a".into());
    app.update(Action::OpenLink);
    assert_eq!(
        app.effect.take(),
        Some(Effect::Open("https://example.org/a".into()))
    );
    app.update(Action::CopyLink);
    assert_eq!(
        app.effect.take(),
        Some(Effect::Copy("https://example.org/a".into()))
    );
    app.corpus.articles[app.visible[0]].url = Some("file:///etc/passwd".into());
    app.update(Action::OpenLink);
    assert_eq!(app.effect, None);
    // A link that would act when pasted into a shell is neither opened nor copied.
    for bad in [
        "https://ex.org/a\ntouch /tmp/x",
        "https://ex.org/a\u{1b}[201~echo",
    ] {
        app.corpus.articles[app.visible[0]].url = Some(bad.into());
        app.update(Action::CopyLink);
        assert_eq!(app.effect, None);
        app.update(Action::OpenLink);
        assert_eq!(app.effect, None);
    }
}

#[test]
fn a_digit_the_legend_does_not_show_does_nothing() {
    let mut app = app();
    // At 40 columns the legend holds no digit beside its tail: 1 does not act.
    app.resize(Rect::new(0, 0, 40, 20));
    assert!(app.legend().items.is_empty());
    app.update(Action::ToggleRegion(0));
    assert!(app.filter.is_empty());
    assert_eq!(titles(&app).len(), 3);
    app.resize(Rect::new(0, 0, 120, 40));
    app.update(Action::ToggleRegion(0));
    assert_eq!(app.filter.describe(), "Kharkiv");
}

#[test]
fn esc_clears_the_search_then_the_regions_then_does_nothing() {
    let mut app = app();
    app.update(Action::ToggleRegion(0));
    app.update(Action::OpenSearch);
    for c in "bravo".chars() {
        app.update(Action::Type(c));
    }
    app.update(Action::Apply);
    assert_eq!(titles(&app), ["Bravo report"]);
    app.update(Action::Back);
    assert!(!app.quit);
    assert_eq!(titles(&app), ["Alpha report", "Bravo report"]);
    app.update(Action::Back);
    assert!(!app.quit);
    assert_eq!(titles(&app).len(), 3);
    app.update(Action::Back);
    assert!(!app.quit);
}

#[test]
fn a_kept_search_goes_to_each_match_with_n_and_shift_n() {
    let mut app = app();
    app.update(Action::OpenSearch);
    for c in "report".chars() {
        app.update(Action::Type(c));
    }
    app.update(Action::Apply);
    // One match per title: three in all, the first in the open article.
    assert_eq!(app.search.hits.len(), 3);
    assert_eq!(
        app.flash.as_deref(),
        Some("Match 1 of 3 (n: next, N: previous, Esc: clear)")
    );
    app.update(Action::Next);
    assert_eq!(app.article().unwrap().title, "Bravo report");
    assert!(app.flash.as_deref().unwrap().starts_with("Match 2 of 3"));
    app.update(Action::Prev);
    app.update(Action::Prev);
    // Back past the first: the last match, in the last article.
    assert_eq!(app.article().unwrap().title, "Charlie report");
    assert!(app.flash.as_deref().unwrap().starts_with("Match 3 of 3"));
}

#[test]
fn over_the_archive_a_kept_search_is_full_text_and_ranked() {
    let mut app = app();
    app.full_text = true;
    app.update(Action::OpenSearch);
    for c in "report*".chars() {
        app.update(Action::Type(c));
    }
    app.update(Action::Apply);
    assert_eq!(app.effect.take(), Some(Effect::Search("report*".into())));
    // The index ranks Charlie before Alpha and does not find Bravo.
    let hash = |title: &str| {
        app.corpus
            .articles
            .iter()
            .find(|a| a.title == title)
            .unwrap()
            .hash
            .clone()
    };
    let answer = vec![hash("Charlie report"), hash("Alpha report")];
    app.receive(Message::Ranked(Ok(answer)));
    assert_eq!(titles(&app), ["Charlie report", "Alpha report"]);
    // Its words are what is highlighted and stepped through.
    assert_eq!(app.search.hits.len(), 2);
    // A query the index cannot read keeps the plain result and says so.
    app.receive(Message::Ranked(Err("fts5: syntax error".into())));
    assert!(app
        .flash
        .as_deref()
        .unwrap()
        .starts_with("Full-text search: fts5"));
    app.update(Action::Back);
    assert_eq!(titles(&app).len(), 3);
}

#[test]
fn io_results_come_in_as_messages() {
    let mut app = app();
    app.update(Action::Fetch);
    assert!(app.loading.is_some());
    app.receive(Message::NothingToFetch);
    assert!(app.loading.is_none());
    assert!(app
        .flash
        .as_deref()
        .is_some_and(|f| f.starts_with("Nothing to fetch")));
    app.receive(Message::Said("Mark not kept: disk full".into()));
    assert_eq!(app.flash.as_deref(), Some("Mark not kept: disk full"));
    app.receive(LoadEvent::Note("Fetched: 3".into()));
    assert_eq!(app.flash.as_deref(), Some("Fetched: 3"));
}

#[test]
fn ctrl_c_quits_from_every_popup_and_the_query_line() {
    let query = [Action::OpenSearch, Action::Type('k'), Action::Apply];
    let cases: [&[Action]; 5] = [
        &[Action::OpenPicker],
        &[Action::OpenHelp],
        &[Action::OpenMessages],
        &[Action::OpenSearch],
        &[query[0], query[1], query[2], Action::SaveQuery],
    ];
    for keys in cases {
        let mut app = app();
        for &key in keys {
            app.update(key);
        }
        assert!(
            app.popup.is_some() || app.search.editing,
            "{keys:?} opened nothing"
        );
        app.update(Action::ForceQuit);
        assert!(app.quit && app.popup.is_none(), "{keys:?}");
    }
}

#[test]
fn a_single_esc_on_the_main_screen_does_not_quit_and_q_does() {
    let mut app = app();
    app.update(Action::Back);
    assert!(!app.quit);
    app.update(Action::Back);
    assert!(!app.quit);
    app.update(Action::Quit);
    assert!(app.quit);
}

#[test]
fn capital_a_marks_every_listed_report_read_and_keeps_the_marks() {
    let mut app = app();
    app.update(Action::ToggleRegion(0));
    let listed = titles(&app).len();
    assert!(listed > 0 && listed < 3);
    app.update(Action::MarkAllRead);
    let read: Vec<bool> = app
        .visible
        .iter()
        .map(|&i| app.corpus.articles[i].read)
        .collect();
    assert_eq!(read, vec![true; listed]);
    assert_eq!(app.unread(), 3 - listed);
    assert_eq!(app.marked.len(), listed);
    assert!(app.marked.iter().all(|(_, read, _)| *read));
}

#[test]
fn ctrl_u_clears_the_query_line_and_keeps_it_open() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let mut app = app();
    app.update(Action::OpenSearch);
    for c in "bravo".chars() {
        app.update(Action::Type(c));
    }
    assert_eq!(titles(&app), ["Bravo report"]);
    let ctrl_u = KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL);
    let action = crate::keys::lookup(app.mode(), ctrl_u);
    assert_eq!(action, Some(Action::ClearLine));
    app.update(Action::ClearLine);
    assert!(app.search.editing);
    assert_eq!(app.search.query, "");
    assert_eq!(titles(&app).len(), 3);
}

#[test]
fn after_s_the_selection_stays_in_view() {
    let texts: Vec<(String, String)> = (0..60)
        .map(|i| {
            (
                format!("r{i:02}.txt"),
                format!(
                    "Report {i:02}\n\nOn {} March 2025 {} drones came.\n",
                    i % 28 + 1,
                    i
                ),
            )
        })
        .collect();
    let reports: Vec<(&str, &str, &str)> = texts
        .iter()
        .map(|(p, t)| (p.as_str(), "Wire", t.as_str()))
        .collect();
    let mut app = testing::app_of(&reports);
    for _ in 0..45 {
        app.update(Action::Down);
    }
    let selected = app.article().map(|a| a.path.clone());
    for _ in 0..sort::SORTS.len() {
        app.update(Action::CycleSort);
        assert_eq!(
            app.article().map(|a| a.path.clone()),
            selected,
            "{:?}",
            app.sort
        );
        let rows = app.list_rows();
        assert!(
            app.cursor >= app.list_offset && app.cursor < app.list_offset + rows,
            "cursor {} outside rows {}..{}",
            app.cursor,
            app.list_offset,
            app.list_offset + rows
        );
    }
}

#[test]
fn reopening_the_query_line_selects_the_old_query_so_typing_replaces_it() {
    let mut app = app();
    app.update(Action::OpenSearch);
    for c in "bravo".chars() {
        app.update(Action::Type(c));
    }
    app.update(Action::Apply);
    app.update(Action::OpenSearch);
    assert_eq!(app.search.query, "bravo");
    assert!(app.search.selected);
    for c in "charlie".chars() {
        app.update(Action::Type(c));
    }
    assert_eq!(app.search.query, "charlie");
    assert_eq!(titles(&app), ["Charlie report"]);
    app.update(Action::Apply);
    // Backspace on the selected query empties it; Enter or Tab keep it.
    app.update(Action::OpenSearch);
    app.update(Action::Erase);
    assert_eq!(app.search.query, "");
    assert_eq!(titles(&app).len(), 3);
    app.update(Action::Back);
    app.update(Action::OpenSearch);
    assert!(!app.search.selected, "an empty query is not selected");
}

/// A report whose text gives no date, fetched at `at` ("2025-03-07T09:00:00") when given.
fn undated(path: &str, at: Option<&str>) -> Loaded {
    let mut l = Loaded::new(
        path,
        format!("Bulletin {path}\n\nDrones were heard over the harbour.\n"),
    );
    l.meta.fetched = at.map(|t| t.parse().unwrap());
    l
}

/// A report dated March `day`, 2025 by its text, fetched at `at` when given.
fn dated_fetched(path: &str, day: u32, at: Option<&str>) -> Loaded {
    let text =
        format!("Report {path}\n\nRussia launched 10 drones at Odesa on March {day}, 2025.\n");
    let mut l = Loaded::new(path, text);
    l.meta.fetched = at.map(|t| t.parse().unwrap());
    l
}

fn paths(app: &App) -> Vec<&str> {
    app.visible
        .iter()
        .map(|&i| app.corpus.articles[i].path.as_str())
        .collect()
}

#[test]
fn undated_reports_sort_by_the_day_they_were_fetched_not_below_everything() {
    let corpus = Corpus::from_loaded(vec![
        dated_fetched("mar05", 5, None),
        undated("never-fetched", None),
        undated("fetched-mar07", Some("2025-03-07T09:00:00")),
        dated_fetched("mar09", 9, None),
    ]);
    let app = App::new(corpus);
    assert_eq!(
        paths(&app),
        ["mar09", "fetched-mar07", "mar05", "never-fetched"]
    );
}

#[test]
fn newest_fetched_puts_the_last_fetched_first_and_says_so() {
    let corpus = Corpus::from_loaded(vec![
        dated_fetched("old-news-late", 2, Some("2025-03-09T14:05:00")),
        dated_fetched("new-news-early", 8, Some("2025-03-09T09:00:00")),
        undated("undated-late", Some("2025-03-09T14:05:00")),
        dated_fetched("a-file", 9, None),
    ]);
    let mut app = App::new(corpus);
    app.resize(Rect::new(0, 0, 120, 40));
    assert_eq!(
        paths(&app),
        ["a-file", "undated-late", "new-news-early", "old-news-late"]
    );
    app.update(Action::Down);
    app.update(Action::CycleSort);
    assert_eq!(app.sort, Sort::Fetched);
    assert_eq!(app.sort.name(), "newest fetched");
    // 14:05 before 09:00; equal times keep the date order; a file never fetched last.
    assert_eq!(
        paths(&app),
        ["undated-late", "old-news-late", "new-news-early", "a-file"]
    );
    assert_eq!(app.article().map(|a| a.path.as_str()), Some("undated-late"));
    assert_eq!(
        app.flash.as_deref(),
        Some("Sorted by newest fetched (s: next order)")
    );
}

#[test]
fn every_row_of_another_year_than_the_clocks_shows_its_year() {
    let reports = [
        (
            "y2024",
            "Wire",
            "Report one\n\nOn 3 May 2024 drones came.\n",
        ),
        (
            "y2025",
            "Wire",
            "Report two\n\nOn 4 June 2025 drones came.\n",
        ),
    ];
    let mut app = testing::app_of(&reports);
    // Neither report is of the current year: both show theirs, the newest too.
    app.set_today(chrono::NaiveDate::from_ymd_opt(2026, 1, 2).unwrap());
    assert_eq!(app.list_dates.current_year, 2026);
    assert_eq!(app.list_dates.width, 10);
    // In 2025, its report shows month and day only; the 2024 one its year.
    app.set_today(chrono::NaiveDate::from_ymd_opt(2025, 7, 1).unwrap());
    assert_eq!(app.list_dates.current_year, 2025);
    assert_eq!(app.list_dates.width, 10);
    let only_2025 = testing::app_of(&reports[1..]);
    let mut only_2025 = only_2025;
    only_2025.set_today(chrono::NaiveDate::from_ymd_opt(2025, 7, 1).unwrap());
    assert_eq!(only_2025.list_dates.width, 5);
}
