//! The screen drawn on ratatui's TestBackend: list, body, facts, popups, small and wide terminals.

use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::Terminal;
use sitrep::app::{Action, App};
use sitrep::corpus::{Corpus, Loaded};

fn screen(app: &mut App, width: u16, height: u16) -> String {
    app.resize(Rect::new(0, 0, width, height));
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| sitrep::ui::draw(f, app)).unwrap();
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..height {
        let mut x = 0;
        while x < width {
            let symbol = buffer[(x, y)].symbol();
            out.push_str(symbol);
            // A wide character covers the next cell too.
            x += sitrep::text::width(symbol).max(1) as u16;
        }
        out.push('\n');
    }
    out
}

/// The seeds' app on a fixed day (the list shows a year only against the clock's), so a snapshot
/// reads the same whatever day the tests run.
fn seeds() -> App {
    let mut app = App::new(Corpus::seeds());
    app.set_today(chrono::NaiveDate::from_ymd_opt(2026, 12, 5).unwrap());
    app
}

#[test]
fn main_screen_120x40() {
    let mut app = seeds();
    let s = screen(&mut app, 120, 40);
    // Both seeds in the list, cut to the pane with an ellipsis.
    assert!(s.contains("Day 510: Russia"));
    assert!(s.contains("Ukraine Reports Rus"));
    assert!(s.contains('…'));
    assert!(s.contains("Reports 1/2"));
    assert!(s.contains("Facts"));
    assert!(s.contains("2 of 2 articles"));
    insta::assert_snapshot!("main_120x40", s);
}

#[test]
fn body_shows_headings_and_bullets() {
    let mut app = seeds();
    // The Day 510 report: the one with sections and guests.
    let day510 = app
        .visible
        .iter()
        .position(|&i| app.corpus.articles[i].title.starts_with("Day 510"))
        .unwrap();
    for _ in 0..day510 {
        app.update(Action::Down);
    }
    app.update(Action::Open);
    let first = screen(&mut app, 120, 40);
    assert!(first.contains("Russia attacks southern Ukraine with missiles and drones overnight."));
    app.update(Action::Bottom);
    let end = screen(&mut app, 120, 40);
    assert!(end.contains("• Alina Hrytsenko, Chief Consultant"));
    assert!(end.contains("• Ihor Lytvyn, Former Ambassador"));
    assert!(end.contains("100%"));
    insta::assert_snapshot!("day510_end_120x40", end);
}

#[test]
fn help_popup_lists_every_key_of_the_table() {
    let mut app = seeds();
    app.update(Action::OpenHelp);
    let s = screen(&mut app, 120, 40);
    for binding in sitrep::keys::MAIN {
        assert!(
            s.contains(binding.help),
            "help lacks {:?}\n{s}",
            binding.help
        );
    }
    insta::assert_snapshot!("help_120x40", s);
    app.update(Action::Back);
    assert!(app.popup.is_none() && !app.quit);
    assert!(!screen(&mut app, 120, 40).contains("Main screen"));
}

#[test]
fn too_small_terminal_says_so_whole_at_any_width() {
    let mut app = seeds();
    let s = screen(&mut app, 39, 9);
    assert!(s.starts_with("Terminal too small: 39×9, need"), "{s}");
    // Wrapped, never cut: every word of the message is on the screen.
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(words(&s), "Terminal too small: 39×9, need 40×11 (q quits)");
    let narrow = screen(&mut app, 12, 9);
    assert_eq!(
        words(&narrow),
        "Terminal too small: 12×9, need 40×11 (q quits)"
    );
    // One cell shows the first letter, not a lone ellipsis.
    assert_eq!(screen(&mut app, 1, 1), "T\n");
}

fn report(text: &str) -> App {
    App::new(Corpus::from_loaded(vec![Loaded::new("r.txt", text)]))
}

#[test]
fn an_unknown_figure_is_a_dash_and_the_total_says_it_is_partial() {
    let mut app = report(
        "Night attack\n\nRussia launched 12 Shahed drones and two Iskander-M missiles overnight. \
         Air defence shot down 10 Shahed drones.\n",
    );
    let s = screen(&mut app, 120, 40);
    let total = s
        .lines()
        .find(|l| l.contains("total"))
        .expect("a total row");
    assert!(total.contains("total (partial)"), "{s}");
    // 14 launched; destroyed known for the drones only; the rate counts weapons with both figures.
    assert!(
        total.contains("14") && total.contains("10") && total.contains("83%"),
        "{total}"
    );
    let iskander = s
        .lines()
        .find(|l| l.contains("Iskander-M") && !l.contains("missiles"))
        .expect("the Iskander row");
    assert!(iskander.contains("—"), "{iskander}");
    assert!(!iskander.contains(" 0 "), "{iskander}");
}

#[test]
fn more_destroyed_than_launched_is_flagged_with_its_sentences() {
    let mut app = report(
        "Night attack\n\nRussia launched six Kalibr missiles at Odesa. \
         Air defence destroyed seven Kalibr missiles over the sea.\n",
    );
    let s = screen(&mut app, 120, 40);
    let row = s
        .lines()
        .find(|l| l.contains("Kalibr") && l.contains('%'))
        .expect("the Kalibr row");
    assert!(row.contains("⚠117%"), "{row}");
    assert!(
        s.contains("⚠ 7 destroyed > 6 launched: check “Russia"),
        "{s}"
    );
    // The whole note names both sentences.
    let fact = &app.corpus.articles[0].facts[0];
    assert!(
        fact.to_string().contains(
            "⚠ 7 destroyed > 6 launched: check “Russia launched six Kalibr missiles…” and \
             “Air defence destroyed seven Kalibr…”"
        ),
        "{}",
        fact
    );
}

#[test]
fn the_scroll_marker_says_top_at_the_top() {
    let mut app = seeds();
    let s = screen(&mut app, 120, 40);
    assert!(s.contains(" Top ↓ "), "{s}");
    assert!(!s.contains("15%"), "{s}");
    app.update(Action::NextPane);
    app.update(Action::Bottom);
    let s = screen(&mut app, 120, 40);
    assert!(s.contains(" ↑ End "), "{s}");
}

#[test]
fn an_empty_list_after_a_search_names_the_key_that_clears_it() {
    let mut app = seeds();
    app.update(Action::OpenSearch);
    for c in "zzqx".chars() {
        app.update(Action::Type(c));
    }
    app.update(Action::Apply);
    let s = screen(&mut app, 120, 40);
    assert!(
        s.contains("No report matches the search (Esc clears it)"),
        "{s}"
    );
    assert!(!s.contains("0 clears"), "{s}");
}

#[test]
fn the_legend_counts_the_regions_it_cannot_show() {
    let mut app = seeds();
    let s = screen(&mut app, 80, 24);
    let legend = s.lines().rev().nth(1).unwrap();
    // Seven regions in the seeds; the digits shown are the ones that act, the rest are counted.
    let digits = legend.matches('(').count();
    assert!(digits < 7, "{legend}");
    assert!(
        legend.contains(&format!("+{} more: r", 7 - digits)),
        "{legend}"
    );
}

#[test]
fn the_picker_finds_a_macro_region_and_its_footer_fits() {
    let mut app = seeds();
    app.update(Action::OpenPicker);
    for c in "donbas".chars() {
        app.update(Action::Type(c));
    }
    let s = screen(&mut app, 40, 20);
    assert!(s.contains("Donetsk") && s.contains("Luhansk"), "{s}");
    assert!(!s.contains("no region matches"), "{s}");
    let footer = s.lines().find(|l| l.contains("Space")).expect("the footer");
    assert!(
        footer.trim_end().ends_with('┘') || footer.contains('…'),
        "{footer}"
    );
}

#[test]
fn wide_terminal_has_three_columns() {
    let mut app = seeds();
    let s = screen(&mut app, 200, 50);
    let top = s.lines().next().unwrap();
    assert_eq!(
        top.matches('┐').count() + top.matches('┓').count(),
        3,
        "{top}"
    );
    insta::assert_snapshot!("wide_200x50", s);
}

#[test]
fn narrow_terminal_stacks_panes() {
    let mut app = seeds();
    let s = screen(&mut app, 60, 30);
    let lefts: Vec<&str> = s
        .lines()
        .filter(|l| l.starts_with('┌') || l.starts_with('┏'))
        .collect();
    assert_eq!(lefts.len(), 3, "{s}");
    insta::assert_snapshot!("narrow_60x30", s);
}

#[test]
fn wide_characters_are_cut_by_cells() {
    let corpus = Corpus {
        articles: vec![sitrep::corpus::analyse(Loaded::new(
            "w.txt",
            "日本語のタイトルがとても長い記事の見出しです\n\n本文。\n",
        ))],
        problems: vec![],
    };
    let mut app = App::new(corpus);
    let s = screen(&mut app, 80, 20);
    let row = s.lines().nth(1).unwrap();
    assert!(row.contains('…'), "{row}");
    // Every line is exactly 80 cells: nothing spills over a border.
    for line in s.lines() {
        assert_eq!(sitrep::text::width(line), 80, "{line}");
    }
}

#[test]
fn popups_fit_every_size_without_panicking() {
    for (w, h) in [(40, 11), (41, 12), (60, 15), (80, 24), (300, 80)] {
        for open in [Action::OpenHelp, Action::OpenMessages, Action::OpenPicker] {
            let mut app = seeds();
            app.update(open);
            for _ in 0..50 {
                app.update(Action::Down);
            }
            let s = screen(&mut app, w, h);
            assert_eq!(s.lines().count(), h as usize);
            for line in s.lines() {
                assert_eq!(sitrep::text::width(line), w as usize, "{w}×{h}: {line}");
            }
            let title = match open {
                Action::OpenHelp => " Help ",
                Action::OpenMessages => " Loading messages ",
                _ => " Regions ",
            };
            assert!(s.contains(title), "{w}×{h} lacks {title}:\n{s}");
        }
    }
}

#[test]
fn help_scrolls_to_its_last_line_on_a_short_terminal() {
    let mut app = seeds();
    app.update(Action::OpenHelp);
    for _ in 0..100 {
        app.update(Action::Down);
    }
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Mouse: wheel scrolls"), "{s}");
}

#[test]
fn control_characters_in_reports_never_reach_the_terminal() {
    let hostile = "Strike on \u{1b}]0;owned\u{7}Odesa\n\n\
        Overnight\tthe enemy launched 12 drones.\u{1b}[2J Air defence destroyed 10 of them.\u{9b}31m\n";
    let corpus = Corpus {
        articles: vec![sitrep::corpus::analyse(Loaded::new(
            "bad\u{1b}[31m.txt",
            hostile,
        ))],
        problems: vec![sitrep::corpus::Problem {
            path: "evil\u{1b}[2J.txt".into(),
            message: "unreadable \u{7}".into(),
            skipped: true,
        }],
    };
    for open in [None, Some(Action::OpenMessages), Some(Action::OpenHelp)] {
        let mut app = App::new(corpus_clone(&corpus));
        app.update(Action::Open);
        if let Some(action) = open {
            app.update(action);
        }
        let s = screen(&mut app, 120, 40);
        assert!(
            !s.chars().any(|c| c.is_control() && c != '\n'),
            "a control character reached the screen:\n{s:?}"
        );
        if open.is_none() {
            // The text around them is still there, and a tab is a space.
            assert!(s.contains("Overnight the enemy"), "{s}");
        }
    }
}

fn corpus_clone(corpus: &Corpus) -> Corpus {
    Corpus {
        articles: corpus.articles.clone(),
        problems: corpus.problems.clone(),
    }
}

#[test]
fn no_color_draws_without_colours_and_keeps_highlights_reversed() {
    use ratatui::style::{Color, Modifier};
    let mut app = seeds();
    app.no_color = true;
    app.resize(Rect::new(0, 0, 120, 40));
    app.update(Action::ToggleRegion(0));
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    terminal.draw(|f| sitrep::ui::draw(f, &app)).unwrap();
    let buffer = terminal.backend().buffer();
    assert!(buffer
        .content
        .iter()
        .all(|c| c.fg == Color::Reset && c.bg == Color::Reset));
    // The active region on the legend line still stands out.
    let legend_y = 38;
    assert!((0..120).any(|x| buffer[(x, legend_y)].modifier.contains(Modifier::REVERSED)));
}

#[test]
fn the_configs_colours_replace_the_screens() {
    use ratatui::style::Color;
    let mut app = seeds();
    app.palette = vec![(Color::Cyan, Color::Blue), (Color::DarkGray, Color::Gray)];
    app.resize(Rect::new(0, 0, 120, 40));
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    terminal.draw(|f| sitrep::ui::draw(f, &app)).unwrap();
    let cells = &terminal.backend().buffer().content;
    assert!(cells
        .iter()
        .all(|c| c.fg != Color::Cyan && c.fg != Color::DarkGray));
    assert!(cells.iter().any(|c| c.fg == Color::Blue));
    assert!(cells.iter().any(|c| c.fg == Color::Gray));
}

#[test]
fn the_events_view_and_its_timeline_fit_every_size() {
    for (w, h) in [(40, 11), (41, 12), (60, 17), (80, 24), (120, 40), (300, 80)] {
        for sources in [false, true] {
            let mut app = seeds();
            app.update(Action::OpenEvents);
            if sources {
                app.update(Action::Open);
                app.update(Action::Down);
            }
            let s = screen(&mut app, w, h);
            assert_eq!(s.lines().count(), h as usize);
            for line in s.lines() {
                assert_eq!(sitrep::text::width(line), w as usize, "{w}×{h}: {line}");
            }
            // Two: the seeds' background sentence naming a bridge gives no figure, so no row.
            assert!(s.contains("Events: 2"), "{w}×{h}:\n{s}");
            // The timeline appears once the table keeps five rows beside it.
            assert_eq!(s.contains("Attacks by Russia:"), h >= 22, "{w}×{h}:\n{s}");
            if sources {
                assert!(s.contains("source"), "{w}×{h}:\n{s}");
            }
        }
    }
}

#[test]
fn events_of_several_years_show_their_year() {
    let corpus = Corpus::from_loaded(vec![
        Loaded::new(
            "a.txt",
            "Night one\n\nOn the night of 3 to 4 May 2023, Russia launched 12 Shahed drones; 10 were shot down.\n",
        ),
        Loaded::new(
            "b.txt",
            "Night two\n\nOn the night of 3 to 4 May 2024, Russia launched 20 Shahed drones; 18 were shot down.\n",
        ),
    ]);
    let mut app = App::new(corpus);
    app.update(Action::OpenEvents);
    let s = screen(&mut app, 100, 30);
    assert!(
        s.contains("2023-05-03/04") && s.contains("2024-05-03/04"),
        "{s}"
    );
    let mut one_year = seeds();
    one_year.update(Action::OpenEvents);
    let s = screen(&mut one_year, 100, 30);
    assert!(
        s.contains(" 07-17/18 ") && !s.contains("2023-07-17/18"),
        "{s}"
    );
}

#[test]
fn a_report_listed_before_its_facts_shows_them_pending_until_they_come() {
    use sitrep::pipeline::LoadEvent;
    let texts = [
        "Night attack on Odesa\n\nOn March 3, 2024, Russia launched 20 Shahed drones at Odesa; 18 were \
         shot down.\n",
        "Kharkiv shelled\n\nOn March 4, 2024, Russia fired two Iskander-M missiles at Kharkiv. One \
         person was killed.\n",
    ];
    let listed: Vec<_> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| sitrep::corpus::listed(Loaded::new(format!("{i}.txt"), *t)))
        .collect();
    let unread: Vec<_> = listed.iter().map(sitrep::corpus::Unread::of).collect();
    let mut app = App::loading();
    app.set_today(chrono::NaiveDate::from_ymd_opt(2024, 3, 8).unwrap());
    app.receive(LoadEvent::Found {
        reports: 2,
        problems: vec![],
    });
    app.receive(LoadEvent::Articles(listed));
    let s = screen(&mut app, 120, 40);
    // Both listed with their titles and dates; no fact count and no region shown as if known.
    let kharkiv = s
        .lines()
        .find(|l| l.contains("03-04 Kharkiv shelled"))
        .expect(&s);
    let row = |line: &str| line.split('┃').nth(1).unwrap_or("").trim_end().to_string();
    assert!(row(kharkiv).ends_with(" …"), "{kharkiv}");
    assert!(!s.contains("no region") && s.contains("regions …"), "{s}");
    assert!(s.contains(" regions being read…"), "{s}");
    // The facts pane's title and its first line (cut to the pane) say the facts are pending.
    assert!(
        s.contains(" Facts … ") && s.contains("0 bullets · facts"),
        "{s}"
    );
    assert!(s.contains("All 2 listed · facts of 0 of 2"), "{s}");
    let filled = unread.into_iter().map(|u| u.read_facts()).collect();
    app.receive(LoadEvent::Facts(filled));
    app.receive(LoadEvent::Done);
    let s = screen(&mut app, 120, 40);
    let kharkiv = s
        .lines()
        .find(|l| l.contains("03-04 Kharkiv shelled"))
        .expect(&s);
    // Its count now: a number.
    let count = row(kharkiv).rsplit(' ').next().unwrap_or("").to_string();
    assert!(count.parse::<usize>().is_ok_and(|n| n > 0), "{kharkiv}");
    assert!(
        !s.contains("regions …") && !s.contains("bullets · facts"),
        "{s}"
    );
    // Under the title, its regions now.
    let lines: Vec<&str> = s.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("03-04 Kharkiv shelled"))
        .unwrap();
    assert_eq!(row(lines[at + 1]).trim(), "Kharkiv", "{s}");
    // The facts are those of analysing each report whole.
    let whole = Corpus::from_loaded(
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Loaded::new(format!("{i}.txt"), *t))
            .collect(),
    );
    for (a, b) in app.corpus.articles.iter().zip(&whole.articles) {
        assert_eq!(format!("{:?}", a.facts), format!("{:?}", b.facts));
        assert!(!a.facts.is_empty());
    }
}
