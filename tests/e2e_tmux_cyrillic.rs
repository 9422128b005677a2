//! A Ukrainian and a Russian report in the real binary in a real terminal (tmux, 120×40): their
//! language and regions in the header, and a Cyrillic query that narrows the list.

mod common;

use common::Tmux;
use std::time::{Duration, Instant};

/// The header line of the body pane: the line with the word count.
fn header(screen: &str) -> String {
    screen
        .lines()
        .find(|l| l.contains(" words"))
        .unwrap_or_default()
        .to_owned()
}

/// Presses j (then k, from the bottom of the list) until the header line holds `want`.
fn select(tmux: &Tmux, want: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut presses = 0;
    loop {
        let s = tmux.screen();
        if header(&s).contains(want) {
            return s;
        }
        if Instant::now() > deadline {
            panic!("no report with {want:?} in its header:\n{s}");
        }
        tmux.keys(&[if presses % 6 < 3 { "j" } else { "k" }]);
        presses += 1;
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn ukrainian_and_russian_reports_show_language_regions_and_filter_by_a_cyrillic_query() {
    let Some(tmux) = Tmux::start_utf8("cyrillic") else {
        return;
    };
    let dir = tmux.home.path().join("reports");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("uk.txt"),
        "Нічна атака на Харківщину\n\nУ ніч на 3 березня 2025 року ворог атакував Харківщину 25 \
         шахедами, сили ППО збили 19. Уламки впали у Чугуєві.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("ru.txt"),
        "Ночная атака на Белгородскую область\n\nВ ночь на 3 марта 2025 года над Белгородской областью \
         перехвачены восемь беспилотников, сообщил губернатор. Пострадавших нет.\n",
    )
    .unwrap();
    let bin = env!("CARGO_BIN_EXE_sitrep");
    tmux.wait("the shell prompt", |s| s.contains("shell$"));
    tmux.keys(&[
        &format!("'{bin}' '{}'; echo sitrep-exited-$?", dir.display()),
        "Enter",
    ]);
    tmux.wait("both reports", |s| {
        s.contains("Нічна атака на Харківщину") && s.contains("Ночная атака на Белгородскую")
    });

    let s = select(&tmux, "· uk");
    assert!(header(&s).contains("Kharkiv"), "{s}");
    let s = select(&tmux, "· ru");
    assert!(header(&s).contains("Belgorod"), "{s}");

    // A Cyrillic word in another case than the text's finds it: the list narrows to one report.
    tmux.keys(&["/"]);
    tmux.type_text("ШАХЕДИ");
    tmux.keys(&["Enter"]);
    let s = tmux.wait("the narrowed list", |s| s.contains("Reports 1/1"));
    assert!(s.contains("Нічна атака на Харківщину"), "{s}");
    assert!(!s.contains("Ночная атака на Белгородскую"), "{s}");

    // A region typed in Cyrillic, in the locative case.
    tmux.keys(&["/"]);
    for _ in 0.."ШАХЕДИ".chars().count() {
        tmux.keys(&["BSpace"]);
    }
    tmux.type_text("region:Белгородчине");
    tmux.keys(&["Enter"]);
    let s = tmux.wait("the other report alone", |s| {
        s.contains("Reports 1/1") && s.contains("Ночная атака на Белгородскую")
    });
    assert!(!s.contains("Нічна атака на Харківщину"), "{s}");

    tmux.keys(&["q"]);
    tmux.wait("the shell again", |s| s.contains("sitrep-exited-0"));
}
