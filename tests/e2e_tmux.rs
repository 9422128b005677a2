//! The real binary in a real terminal: tmux at 120×40, keys sent, the screen read back.

mod common;

use common::Tmux;
use std::process::Command;
use std::time::{Duration, Instant};

#[test]
fn keys_drive_the_reader_and_quit_restores_the_shell() {
    let Some(tmux) = Tmux::start("keys") else {
        return;
    };
    tmux.launch("");
    let s = tmux.wait("both seed titles", |s| {
        s.contains("Day 510: Russia") && s.contains("Ukraine Reports Rus")
    });
    assert!(s.contains("Reports 1/2"), "{s}");

    tmux.keys(&["j"]);
    tmux.wait("the second article selected", |s| s.contains("Reports 2/2"));

    tmux.keys(&["Tab"]);
    tmux.wait("the body focused", |s| s.contains("Text · j/k: scroll"));

    tmux.keys(&["?"]);
    tmux.wait("the help popup", |s| {
        s.contains("Main screen") && s.contains("Ctrl-C")
    });
    tmux.keys(&["Escape"]);
    tmux.wait("the help popup closed", |s| !s.contains("Main screen"));
    assert!(tmux.alternate_on(), "Esc on a popup must not quit");

    tmux.keys(&["q"]);
    let s = tmux.wait("the shell again", |s| s.contains("sitrep-exited-0"));
    assert!(
        !s.contains("Reports 2/2"),
        "the alternate screen was left:\n{s}"
    );
    assert!(!tmux.alternate_on());
}

#[test]
fn bad_files_are_reported_in_the_status_bar() {
    let Some(tmux) = Tmux::start("bad") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("ok.txt"), "A readable report\n\nText.\n").unwrap();
    std::fs::write(dir.path().join("zero.bin"), [0u8, 1, 2, 3]).unwrap();
    tmux.launch(&dir.path().display().to_string());
    let s = tmux.wait("the problem in the status bar", |s| s.contains("zero.bin"));
    assert!(s.contains("A readable report"), "{s}");
    tmux.keys(&["m"]);
    tmux.wait("the messages popup", |s| s.contains("Loading messages"));
    tmux.keys(&["Escape", "C-c"]);
    tmux.wait("the shell again", |s| s.contains("sitrep-exited-0"));
}

/// Presses j until the body pane (its title is on the top line) shows `title`.
fn select(tmux: &Tmux, title: &str) {
    for _ in 0..10 {
        if tmux
            .screen()
            .lines()
            .next()
            .is_some_and(|top| top.contains(title))
        {
            return;
        }
        tmux.keys(&["j"]);
        std::thread::sleep(Duration::from_millis(200));
    }
    panic!("could not select {title}:\n{}", tmux.screen());
}

#[test]
fn enter_on_a_fact_highlights_its_sentence() {
    let Some(tmux) = Tmux::start("facts") else {
        return;
    };
    tmux.launch("");
    tmux.wait("the reader", |s| s.contains("Day 510: Russia"));
    select(&tmux, "Day 510: Russia");
    tmux.keys(&["Tab", "Tab"]);
    tmux.wait("the facts pane focused", |s| {
        s.contains("Facts · Enter: show in text")
    });
    let s = tmux.wait("the Kalibr row selected", |s| s.contains("▶ Kalibr"));
    assert!(s.contains("Shahed-136/131"), "{s}");
    tmux.keys(&["Enter"]);
    // The highlight is a yellow background on the evidence words: SGR 43, or 48;5;3 as tmux writes it.
    let styled = tmux.wait("a highlighted Kalibr sentence", |_| {
        tmux.styled_screen().lines().any(|l| {
            let yellow = l.find("[43m").or_else(|| l.find("48;5;3m"));
            yellow.is_some_and(|at| l[at..].contains("Kalibr"))
        })
    });
    assert!(!styled.is_empty());
    let s = tmux.wait("the evidence counter", |s| s.contains("Sentence 1 of"));
    tmux.keys(&["n"]);
    tmux.wait("the next sentence", |s| s.contains("Sentence 2 of"));
    assert!(s.contains("● ") || s.contains("▶ Kalibr"));
    tmux.keys(&["q"]);
    tmux.wait("the shell again", |s| s.contains("sitrep-exited-0"));
}

#[test]
fn a_region_digit_narrows_the_list_and_0_restores_it() {
    let Some(tmux) = Tmux::start("regions") else {
        return;
    };
    tmux.launch("");
    let s = tmux.wait("the legend", |s| s.contains("Odesa(1)"));
    assert!(s.contains("all regions · 2 of 2 articles"), "{s}");
    // The legend names each digit's region: find Odesa's, which only the Day 510 report mentions.
    let legend = s.lines().find(|l| l.contains("Odesa(1)")).unwrap();
    let before = legend.split("Odesa(1)").next().unwrap().trim_end();
    let digit = before.rsplit(' ').next().unwrap().to_owned();
    assert!(
        digit.len() == 1 && digit.chars().all(|c| c.is_ascii_digit()),
        "{legend}"
    );
    tmux.keys(&[&digit]);
    let s = tmux.wait("the narrowed list", |s| {
        s.contains("Odesa · 1 of 2 articles")
    });
    assert!(s.contains("Reports 1/1"), "{s}");
    assert!(
        !s.contains("Ukraine Reports Rus"),
        "seed 000 is not about Odesa:\n{s}"
    );
    tmux.keys(&["0"]);
    let s = tmux.wait("the full list", |s| {
        s.contains("all regions · 2 of 2 articles")
    });
    assert!(s.contains("Ukraine Reports Rus") && s.contains("Day 510: Russia"));
    tmux.keys(&["q"]);
    tmux.wait("the shell again", |s| s.contains("sitrep-exited-0"));
}

#[test]
fn resizing_to_tiny_and_back_redraws() {
    let Some(tmux) = Tmux::start("resize") else {
        return;
    };
    tmux.launch("");
    tmux.wait("the reader", |s| s.contains("Reports 1/2"));
    tmux.run(&["resize-window", "-t", "t", "-x", "30", "-y", "8"]);
    // The message wraps to fit: whole at 30 columns.
    tmux.wait("the too-small message", |s| {
        s.contains("Terminal too small: 30×8, need") && s.contains("40×11 (q quits)")
    });
    tmux.run(&["resize-window", "-t", "t", "-x", "1", "-y", "1"]);
    tmux.wait("a 1×1 screen", |s| s.trim() == "T");
    tmux.run(&["resize-window", "-t", "t", "-x", "120", "-y", "40"]);
    tmux.wait("the layout again", |s| {
        s.contains("Reports 1/2") && s.contains("Facts")
    });
    tmux.keys(&["q"]);
    tmux.wait("the shell again", |s| s.contains("sitrep-exited-0"));
}

#[test]
fn a_panic_restores_the_terminal() {
    let Some(tmux) = Tmux::start("panic") else {
        return;
    };
    tmux.launch_with_env("SITREP_TEST_PANIC=1", "");
    let s = tmux.wait("the panic exit", |s| s.contains("sitrep-exited-101"));
    assert!(
        s.contains("panicking on purpose"),
        "the panic message is shown:\n{s}"
    );
    assert!(!tmux.alternate_on(), "the alternate screen was left");
    // Raw mode is off: the shell's line editing works and stty says canonical mode.
    tmux.keys(&["stty -a | grep -o -- '-*icanon' ; echo done-$?", "Enter"]);
    let s = tmux.wait("stty output", |s| s.contains("done-0"));
    assert!(s.lines().any(|l| l.trim() == "icanon"), "{s}");
}

#[test]
fn mouse_wheel_scrolls_the_pane_under_the_pointer_and_a_click_selects() {
    let Some(tmux) = Tmux::start("mouse") else {
        return;
    };
    tmux.launch("");
    tmux.wait("the reader", |s| {
        s.contains("Russia attacks southern Ukraine")
    });
    // SGR mouse reports, as a terminal sends them (1-based column;row): wheel down over the body.
    for _ in 0..2 {
        tmux.run(&["send-keys", "-t", "t", "-l", "\x1b[<65;60;10M"]);
    }
    let s = tmux.wait("the body scrolled", |s| {
        !s.contains("Russia attacks southern Ukraine") && s.contains("↑")
    });
    assert!(
        s.contains("Reports 1/2"),
        "the wheel over the body leaves the list alone:\n{s}"
    );
    // A click on the second article's row (screen row 4) selects it.
    tmux.run(&["send-keys", "-t", "t", "-l", "\x1b[<0;10;4M\x1b[<0;10;4m"]);
    tmux.wait("the second article", |s| {
        s.contains("Reports 2/2")
            && s.lines()
                .next()
                .is_some_and(|l| l.contains("Ukraine Reports"))
    });
    tmux.keys(&["q"]);
    tmux.wait("the shell again", |s| s.contains("sitrep-exited-0"));
}

/// Starts sitrep on the seeds from the shell so that its pid is known, and waits for its first frame.
fn launch_with_pid(tmux: &Tmux, name: &str) -> String {
    let pidfile = std::env::temp_dir().join(format!("sitrep-{name}-{}.pid", std::process::id()));
    let _ = std::fs::remove_file(&pidfile);
    let bin = env!("CARGO_BIN_EXE_sitrep");
    tmux.wait("the shell prompt", |s| s.contains("shell$"));
    tmux.keys(&[
        &format!(
            "sh -c 'echo $$ > {}; exec \"{bin}\"'; echo sitrep-exited-$?",
            pidfile.display()
        ),
        "Enter",
    ]);
    tmux.wait("the reader", |s| s.contains("Day 510: Russia"));
    let pid = std::fs::read_to_string(&pidfile).expect("pid file written");
    let _ = std::fs::remove_file(&pidfile);
    pid.trim().to_string()
}

/// The shell is usable again: not in the alternate screen, and stty says canonical mode with echo.
fn assert_shell_usable(tmux: &Tmux) {
    assert!(!tmux.alternate_on(), "the alternate screen was left on");
    tmux.keys(&[
        "clear; stty -a | grep -o -- '-*icanon\\|-*echo\\b' ; echo done-$?",
        "Enter",
    ]);
    let s = tmux.wait("stty output", |s| s.contains("done-0"));
    assert!(s.lines().any(|l| l.trim() == "icanon"), "{s}");
    assert!(s.lines().any(|l| l.trim() == "echo"), "{s}");
}

#[test]
fn sigterm_and_sighup_restore_the_terminal() {
    let signals = [
        ("TERM", 143),
        ("HUP", 129),
        ("INT", 130),
        ("QUIT", 131),
        ("USR1", 138),
        ("USR2", 140),
        ("ALRM", 142),
    ];
    for (signal, code) in signals {
        let Some(tmux) = Tmux::start(&format!("sig{signal}")) else {
            return;
        };
        let pid = launch_with_pid(&tmux, signal);
        assert!(tmux.alternate_on());
        let status = Command::new("kill")
            .args([&format!("-{signal}"), &pid])
            .status()
            .expect("run kill");
        assert!(status.success());
        let exited = format!("sitrep-exited-{code}");
        tmux.wait(&exited, |s| s.contains(&exited));
        assert_shell_usable(&tmux);
    }
}

#[test]
fn ctrl_z_suspends_to_the_shell_and_fg_resumes() {
    let Some(tmux) = Tmux::start("suspend") else {
        return;
    };
    launch_with_pid(&tmux, "suspend");
    tmux.keys(&["C-z"]);
    tmux.wait("the shell after Ctrl-Z", |s| {
        s.lines().any(|l| l.trim() == "shell$") || s.contains("Stopped")
    });
    assert!(
        !tmux.alternate_on(),
        "suspended with the alternate screen on"
    );
    tmux.keys(&["fg", "Enter"]);
    tmux.wait("the reader again", |s| s.contains("Day 510: Russia"));
    assert!(tmux.alternate_on());
    tmux.keys(&["q"]);
    tmux.wait_left_alternate();
    // `fg` waits for the resumed job; its status is the reader's own.
    tmux.keys(&["echo fg-returned-$?", "Enter"]);
    tmux.wait("the exit", |s| s.contains("fg-returned-0"));
    assert_shell_usable(&tmux);
}

#[test]
fn a_stop_sent_from_outside_is_handled_like_ctrl_z() {
    let Some(tmux) = Tmux::start("tstp") else {
        return;
    };
    let pid = launch_with_pid(&tmux, "tstp");
    let status = Command::new("kill")
        .args(["-TSTP", &pid])
        .status()
        .expect("run kill");
    assert!(status.success());
    tmux.wait("the shell after SIGTSTP", |s| s.contains("Stopped"));
    assert!(!tmux.alternate_on(), "stopped with the alternate screen on");
    tmux.keys(&["clear; fg", "Enter"]);
    tmux.wait("the reader redrawn", |s| s.contains("Day 510: Russia"));
    assert!(tmux.alternate_on());
    // Keys act at once: raw mode is back, no Enter needed.
    tmux.keys(&["q"]);
    tmux.wait_left_alternate();
    tmux.keys(&["echo fg-returned-$?", "Enter"]);
    tmux.wait("the exit", |s| s.contains("fg-returned-0"));
    assert_shell_usable(&tmux);
}

#[test]
fn a_feed_and_a_telegram_export_show_their_sources_and_links() {
    let Some(tmux) = Tmux::start("sources") else {
        return;
    };
    let root = env!("CARGO_MANIFEST_DIR");
    let dir = tempfile::tempdir().unwrap();
    let opened = dir.path().join("opened.txt");
    // A stand-in browser that records the link it is given.
    let browser = dir.path().join("browser.sh");
    std::fs::write(
        &browser,
        format!("#!/bin/sh\nprintf '%s' \"$1\" > '{}'\n", opened.display()),
    )
    .unwrap();
    std::process::Command::new("chmod")
        .args(["+x", &browser.display().to_string()])
        .status()
        .unwrap();
    tmux.run(&["set-option", "-g", "set-clipboard", "on"]);
    tmux.launch_with_env(
        &format!("BROWSER='{}'", browser.display()),
        &format!(
            "{root}/tests/fixtures/inputs/feed.xml {root}/tests/fixtures/inputs/ChatExport_2025-03-10"
        ),
    );
    let s = tmux.wait("the sources in the list", |s| {
        s.contains("Frontline Wire") && s.contains("Air Force Watch")
    });
    assert!(s.contains("Reports 1/4"), "{s}");
    // The newest report is the Telegram message: its link is in the body header.
    assert!(s.contains("https://t.me/airforcewatch/104"), "{s}");
    tmux.keys(&["o"]);
    tmux.wait("the open message", |s| s.contains("Opening https://t.me"));
    let deadline = Instant::now() + Duration::from_secs(30);
    while std::fs::read_to_string(&opened).unwrap_or_default() != "https://t.me/airforcewatch/104" {
        assert!(Instant::now() < deadline, "the browser was not started");
        std::thread::sleep(Duration::from_millis(100));
    }
    tmux.keys(&["y"]);
    tmux.wait("the copy message", |s| s.contains("Copied https://t.me"));
    let deadline = Instant::now() + Duration::from_secs(30);
    while !tmux
        .run(&["show-buffer"])
        .contains("https://t.me/airforcewatch/104")
    {
        assert!(
            Instant::now() < deadline,
            "OSC 52 did not reach tmux's buffer"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    tmux.keys(&["q"]);
    tmux.wait("the shell again", |s| s.contains("sitrep-exited-0"));
}

#[test]
fn closing_the_terminal_ends_the_reader() {
    let Some(tmux) = Tmux::start("hangup") else {
        return;
    };
    let pid = launch_with_pid(&tmux, "hangup");
    // The window goes away: the terminal is gone and a SIGHUP comes.
    tmux.run(&["kill-server"]);
    let deadline = Instant::now() + Duration::from_secs(30);
    while std::path::Path::new(&format!("/proc/{pid}")).exists() {
        assert!(
            Instant::now() < deadline,
            "sitrep {pid} still runs after its terminal closed"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn fetch_then_read_and_bookmark_and_find_them_kept_after_a_restart() {
    let Some(tmux) = Tmux::start("marks") else {
        return;
    };
    tmux.config(
        "[[sources]]\nname = \"Frontline Wire\"\npath = \"{fixtures}/feed.xml\"\n\n\
         [[sources]]\npath = \"{fixtures}/ChatExport_2025-03-10\"\n",
    );
    let bin = env!("CARGO_BIN_EXE_sitrep");
    tmux.wait("the shell prompt", |s| s.contains("shell$"));
    tmux.keys(&[&format!("'{bin}' fetch; echo fetch-exited-$?"), "Enter"]);
    tmux.wait("the fetch", |s| s.contains("fetch-exited-0"));
    assert!(tmux.screen().contains("total: 4 new"), "{}", tmux.screen());
    tmux.keys(&["clear", "Enter"]);
    tmux.launch("");
    tmux.wait("the archive's reports, all unread", |s| {
        s.contains("Frontline Wire") && s.contains("4 unread")
    });
    // Read the first (Enter), bookmark the second (j, b).
    tmux.keys(&["Enter"]);
    tmux.wait("one read", |s| s.contains("3 unread"));
    tmux.keys(&["Tab", "Tab", "j", "b"]);
    tmux.wait("a bookmark", |s| s.contains('★'));
    tmux.keys(&["q"]);
    tmux.wait("the shell again", |s| s.contains("sitrep-exited-0"));
    tmux.keys(&["clear", "Enter"]);
    tmux.launch("");
    let s = tmux.wait("the marks again", |s| {
        s.contains("3 unread") && s.contains('★')
    });
    assert!(s.contains("Reports 1/4"), "{s}");
    tmux.keys(&["q"]);
    tmux.wait("the shell again", |s| s.contains("sitrep-exited-0"));
}

#[test]
fn capital_r_fetches_in_the_background_and_new_reports_join_the_list() {
    let Some(tmux) = Tmux::start("refetch") else {
        return;
    };
    tmux.config("[[sources]]\npath = \"{fixtures}/feed.xml\"\n");
    // An empty archive: the seeds, and a word on fetching.
    tmux.launch("");
    tmux.wait("the seeds and the hint", |s| {
        s.contains("Day 510: Russia") && s.contains("sitrep fetch")
    });
    tmux.keys(&["R"]);
    let s = tmux.wait("the fetched reports", |s| {
        s.contains("Fetched: total: 2 new") && s.contains("Frontline Wire")
    });
    // The selection stays on the report it was on, now third of four.
    assert!(s.contains("Reports 3/4"), "{s}");
    tmux.keys(&["q"]);
    tmux.wait("the shell again", |s| s.contains("sitrep-exited-0"));
}

/// Two outlets' folders in the test's home, with reports written for the query and events tests.
fn two_outlets(tmux: &Tmux) -> String {
    let root = tmux.home.path().join("reports");
    let write = |folder: &str, name: &str, text: &str| {
        let d = root.join(folder);
        std::fs::create_dir_all(&d).unwrap();
        std::fs::write(d.join(name), text).unwrap();
    };
    write(
        "harbour-post",
        "a.txt",
        "Odesa night\n\nOn the night of 11 to 12 April 2024, Russia launched 28 Shahed drones at Odesa, and 26 \
         of them were shot down.\n",
    );
    write(
        "steppe-daily",
        "b.txt",
        "Drones over Odesa\n\nOn the night of 11 to 12 April 2024, Russia attacked Odesa with 27 Shahed drones; \
         air defence destroyed 26.\n",
    );
    write(
        "steppe-daily",
        "c.txt",
        "Kharkiv hit\n\nOn April 14, 2024, Russia fired four Iskander-M missiles at Kharkiv.\n",
    );
    root.display().to_string()
}

#[test]
fn a_query_with_a_mistake_keeps_the_list_and_says_where() {
    let Some(tmux) = Tmux::start("query") else {
        return;
    };
    let root = two_outlets(&tmux);
    tmux.launch(&root);
    tmux.wait("the reports", |s| s.contains("Reports 1/3"));
    tmux.keys(&["/"]);
    tmux.run(&["send-keys", "-t", "t", "-l", "weapon:sha"]);
    tmux.keys(&["Tab"]);
    tmux.wait("the completed weapon", |s| {
        s.contains("/weapon:shahed-136/131▏") && s.contains("2 of 3")
    });
    tmux.run(&["send-keys", "-t", "t", "-l", " launched>2x"]);
    let s = tmux.wait("the error under the line", |s| {
        s.contains("^ \"2x\" is not a number")
    });
    // The caret stands under the bad value, not the start of its term.
    let typed = s.lines().find(|l| l.contains("launched>2x▏")).unwrap();
    let line = s.lines().find(|l| l.contains("^ \"2x\"")).unwrap();
    assert_eq!(line.find('^'), typed.find("2x▏"), "{s}");
    assert!(s.contains("2 of 3"), "the last good list stays: {s}");
    tmux.keys(&["BSpace", "Enter"]);
    let s = tmux.wait("the kept query", |s| s.contains("Reports 1/2"));
    assert!(
        s.contains("Odesa night") && s.contains("Drones over Odesa"),
        "{s}"
    );
    assert!(!s.contains("Kharkiv hit"), "{s}");
    // Saved under a name, kept in the config, offered on F1 after a restart.
    tmux.keys(&[":"]);
    tmux.run(&["send-keys", "-t", "t", "-l", "odesa nights"]);
    tmux.keys(&["Enter"]);
    tmux.wait("the saved query on F1", |s| s.contains("F1 odesa nights"));
    let config =
        std::fs::read_to_string(tmux.home.path().join("config/sitrep/config.toml")).unwrap();
    assert!(
        config.contains(
            "[[queries]]\nname = \"odesa nights\"\nquery = \"weapon:shahed-136/131 launched>2\""
        ),
        "{config}"
    );
    tmux.keys(&["Escape", "q"]);
    tmux.wait("sitrep to exit", |s| s.contains("sitrep-exited-0"));
    tmux.launch(&root);
    tmux.wait("all the reports again", |s| s.contains("Reports 1/3"));
    tmux.keys(&["F1"]);
    let s = tmux.wait("the saved query run", |s| s.contains("Reports 1/2"));
    assert!(s.contains("Query \"odesa nights\""), "{s}");
    tmux.keys(&["Escape", "q"]);
    tmux.wait("sitrep to exit", |s| {
        s.matches("sitrep-exited-0").count() == 2
    });
}

#[test]
fn the_events_view_marks_disagreement_and_jumps_to_a_sources_sentence() {
    let Some(tmux) = Tmux::start("events") else {
        return;
    };
    let root = two_outlets(&tmux);
    tmux.launch(&root);
    tmux.wait("the reports", |s| s.contains("Reports 1/3"));
    tmux.keys(&["e"]);
    // Both the list and the timeline: a capture can land between the two being drawn.
    let s = tmux.wait("the events view", |s| {
        s.contains("Events: 2 from the listed reports") && s.contains("Total 2024-04-12")
    });
    let night = s.lines().find(|l| l.contains("04-11/12")).expect(&s);
    assert!(night.contains('⚠') && night.contains("drone"), "{night}");
    assert!(s.contains("Total 2024-04-12 – 2024-04-14"), "{s}");
    // The night is the first event: up from the newest, then its sources.
    tmux.keys(&["k", "Enter"]);
    let s = tmux.wait("the night's sources", |s| s.contains("j/k: source"));
    assert!(
        s.contains("harbour-post") && s.contains("steppe-daily"),
        "{s}"
    );
    assert!(
        s.contains("launched 27 (steppe-daily) vs 28 (harbour-post)"),
        "{s}"
    );
    // Both reports are dated the 12th, so the later listed comes second: steppe-daily's.
    tmux.keys(&["j", "Enter"]);
    let s = tmux.wait("the report at its sentence", |s| s.contains("┏ Facts"));
    assert!(s.contains("Drones over Odesa"), "{s}");
    // The source's sentence highlighted (yellow background: SGR 43, or 48;5;3 as tmux writes it).
    tmux.wait("the highlighted sentence", |_| {
        tmux.styled_screen().lines().any(|l| {
            let yellow = l.find("[43m").or_else(|| l.find("48;5;3m"));
            yellow.is_some_and(|at| l[at..].contains("27"))
        })
    });
    assert!(s.contains("▶ Shahed-136/131"), "its fact selected: {s}");
    tmux.keys(&["q"]);
    tmux.wait("sitrep to exit", |s| s.contains("sitrep-exited-0"));
}

#[test]
fn the_events_view_rates_only_events_with_both_figures_and_splits_the_sides() {
    let Some(tmux) = Tmux::start("events-honest") else {
        return;
    };
    let root = tmux.home.path().join("honest");
    std::fs::create_dir_all(&root).unwrap();
    let write = |name: &str, text: &str| std::fs::write(root.join(name), text).unwrap();
    write(
        "a.txt",
        "Odesa night\n\nOn March 3, 2024, Russian forces launched 20 Shahed drones at Odesa; 10 were shot down.\n",
    );
    write(
        "b.txt",
        "Downed over Odesa\n\nOn March 4, 2024, air defence shot down 30 Russian Shahed drones over the Odesa \
         region.\n",
    );
    write(
        "c.txt",
        "Belgorod\n\nOn March 4, 2024, air defences destroyed 11 Ukrainian drones over the Belgorod region, the \
         ministry said.\n",
    );
    write(
        "d.txt",
        "Misread\n\nOn March 5, 2024, Russian forces fired 4 Kalibr missiles at Odesa; air defence shot down 9.\n",
    );
    write(
        "e.txt",
        "Sumy overnight\n\nRussian forces launched 15 Shahed drones at Sumy overnight; 12 were shot down.\n",
    );
    tmux.launch(&root.display().to_string());
    tmux.wait("the reports", |s| s.contains("Reports 1/5"));
    tmux.keys(&["e"]);
    let s = tmux.wait("the events view", |s| {
        s.contains("Events: 4 from the listed reports") && s.contains("Total")
    });
    assert!(
        s.contains("1 report with no usable date: 1 left out"),
        "{s}"
    );
    let misread = s.lines().find(|l| l.contains("03-05")).expect(&s);
    assert!(misread.contains('»') && !misread.contains('⚠'), "{s}");
    assert!(misread.contains(">100%"), "{s}");
    // The newest row is Ukraine's attack, listed after Russia's; its timeline has no rate.
    let belgorod = s.lines().find(|l| l.contains("Ukraine")).expect(&s);
    assert!(belgorod.contains("03-04") && belgorod.contains("11"), "{s}");
    assert!(s.contains("Attacks by Ukraine: "), "{s}");
    assert!(s.contains("Rate: none, no event gives both figures"), "{s}");
    tmux.keys(&["k"]);
    let s = tmux.wait("Russia's timeline", |s| {
        s.contains("Attacks by Russia: ") && s.contains("over 1 event")
    });
    assert!(
        s.contains("Rate: 10 of 20 intercepted, 50% over 1 event with both figures"),
        "{s}"
    );
    assert!(!s.contains("200%"), "{s}");
    tmux.keys(&["Escape", "q"]);
    tmux.wait("sitrep to exit", |s| s.contains("sitrep-exited-0"));
}

#[test]
fn a_prefix_search_previews_what_enter_finds() {
    let Some(tmux) = Tmux::start("prefix") else {
        return;
    };
    let root = two_outlets(&tmux);
    tmux.launch(&root);
    tmux.wait("the reports", |s| s.contains("Reports 1/3"));
    tmux.keys(&["/"]);
    tmux.run(&["send-keys", "-t", "t", "-l", "drone*"]);
    // While typing: the two reports with "drones" (Odesa night's text, "Drones over Odesa").
    let s = tmux.wait("the preview", |s| {
        s.contains("drone*▏") && s.contains("2 of 3")
    });
    assert!(!s.contains("No report matches"), "{s}");
    tmux.keys(&["Enter"]);
    let s = tmux.wait("the kept query", |s| s.contains("Reports 1/2"));
    assert!(!s.contains("Kharkiv hit"), "{s}");
    tmux.keys(&["Escape", "q"]);
    tmux.wait("sitrep to exit", |s| s.contains("sitrep-exited-0"));
}

/// A feed of one report whose toll is `killed`, in the test's home.
fn toll_feed(tmux: &Tmux, killed: &str) -> String {
    let path = tmux.home.path().join("wire.xml");
    std::fs::write(
        &path,
        format!(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Toll Wire</title>\
             <item><title>Kharkiv shelled</title><link>https://toll.example/kharkiv</link>\
             <guid>toll-1</guid><pubDate>Sat, 08 Mar 2025 09:00:00 +0000</pubDate>\
             <description>Russian shelling killed {killed} people in Kharkiv on Saturday, the governor \
             said.</description></item></channel></rss>"
        ),
    )
    .unwrap();
    path.display().to_string()
}

#[test]
fn an_update_fetched_with_capital_r_replaces_its_row_unread_with_what_changed() {
    let Some(tmux) = Tmux::start("update") else {
        return;
    };
    let feed = toll_feed(&tmux, "seven");
    tmux.config(&format!(
        "[[sources]]\nname = \"Toll Wire\"\npath = \"{feed}\"\n"
    ));
    tmux.launch("");
    tmux.wait("the seeds", |s| s.contains("Day 510: Russia"));
    tmux.keys(&["R"]);
    let s = tmux.wait("the fetched report", |s| {
        s.contains("Fetched: total: 1 new") && s.contains("Kharkiv shelled")
    });
    let rows = |s: &str| s.matches("Kharkiv shelled").count();
    let before = rows(&s);
    let unread = |s: &str| {
        s.split(" unread")
            .next()
            .and_then(|h| h.rsplit(' ').next())
            .and_then(|n| n.parse::<usize>().ok())
    };
    let unread_before = unread(&s);
    toll_feed(&tmux, "nine");
    tmux.keys(&["R"]);
    let s = tmux.wait("the update", |s| {
        s.contains("Fetched: total: 0 new, 1 updated")
    });
    assert_eq!(rows(&s), before, "one row, replaced in place: {s}");
    assert_eq!(unread(&s), unread_before, "{s}");
    // Open it: its header says what changed.
    tmux.keys(&["/"]);
    tmux.run(&["send-keys", "-t", "t", "-l", "shelled"]);
    tmux.keys(&["Enter", "Enter"]);
    tmux.wait("what changed", |s| s.contains("updated: killed 7 → 9"));
    tmux.keys(&["Escape", "Escape", "q"]);
    tmux.wait("sitrep to exit", |s| s.contains("sitrep-exited-0"));
}

#[test]
fn a_folders_other_files_are_listed_under_m_as_skipped() {
    let Some(tmux) = Tmux::start("skipped") else {
        return;
    };
    let dir = tmux.home.path().join("mixed");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("ok.txt"), "A readable report\n\nText.\n").unwrap();
    std::fs::write(
        dir.join("tally.py"),
        "# launched 40 drones\nlaunched = 40\nprint(launched)\n",
    )
    .unwrap();
    tmux.launch(&dir.display().to_string());
    let s = tmux.wait("the report", |s| s.contains("A readable report"));
    assert!(
        s.contains("1 of 1 articles") || s.contains("Reports 1/1"),
        "{s}"
    );
    tmux.keys(&["m"]);
    tmux.wait("the skipped file in the messages", |s| {
        s.contains("tally.py") && s.contains(".py is not a format sitrep reads")
    });
    tmux.keys(&["Escape", "q"]);
    tmux.wait("the shell again", |s| s.contains("sitrep-exited-0"));
}

#[test]
fn reload_every_fetches_in_the_background_unasked() {
    let Some(tmux) = Tmux::start("reload") else {
        return;
    };
    let feed = toll_feed(&tmux, "seven");
    tmux.config(&format!(
        "reload_every = \"2s\"\n\n[[sources]]\nname = \"Toll Wire\"\npath = \"{feed}\"\n"
    ));
    tmux.launch("");
    tmux.wait("the seeds", |s| s.contains("Day 510: Russia"));
    // No key pressed: the fetch comes by itself, and again after the feed changes.
    tmux.wait("the first fetch", |s| {
        s.contains("Fetched: total: 1 new") && s.contains("Kharkiv shelled")
    });
    toll_feed(&tmux, "nine");
    tmux.wait("the next fetch", |s| {
        s.contains("Fetched: total: 0 new, 1 updated")
    });
    tmux.keys(&["q"]);
    tmux.wait("sitrep to exit", |s| s.contains("sitrep-exited-0"));
}

#[test]
fn a_long_status_message_is_cut_with_a_pointer_and_m_shows_it_in_full() {
    let Some(tmux) = Tmux::start("long-message") else {
        return;
    };
    // An empty archive and no sources: the word on how to add them is longer than the bar has room for.
    tmux.launch("");
    let s = tmux.wait("the cut message", |s| s.contains("m: in full"));
    assert!(s.contains("Showing the seeds"), "{s}");
    assert!(!s.contains("then `sitrep fetch`"), "{s}");
    tmux.keys(&["m"]);
    let s = tmux.wait("the message in full", |s| s.contains("then `sitrep fetch`"));
    assert!(s.contains("--print-default-config"), "{s}");
    // Esc closes the popup first: an Esc and a q read together are Alt-q, which does nothing.
    tmux.keys(&["Escape"]);
    tmux.wait("the popup closed", |s| !s.contains("then `sitrep fetch`"));
    tmux.keys(&["q"]);
    tmux.wait("the shell again", |s| s.contains("sitrep-exited-0"));
}

/// An RSS item: `date` a pubDate, or none.
fn rss_item(n: usize, title: &str, date: Option<&str>, text: &str) -> String {
    let date = date.map_or(String::new(), |d| format!("<pubDate>{d}</pubDate>"));
    format!(
        "<item><title>{title}</title><link>http://127.0.0.1/desk/{n}</link><guid>desk-{n}</guid>\
         {date}<description>{text}</description></item>"
    )
}

#[test]
fn a_report_without_a_date_lists_by_its_fetch_and_other_years_show_theirs() {
    use chrono::Datelike;
    let Some(tmux) = Tmux::start("fetchorder") else {
        return;
    };
    // Both dated reports are of years before the clock's: each row shows its year.
    let year = chrono::Local::now().year();
    let (last, before) = (year - 1, year - 2);
    let items = [
        rss_item(
            1,
            "Grid repairs finished",
            Some(&format!("Thu, 04 Jun {last} 08:00:00 +0000")),
            "Engineers finished repairs to the grid after drones hit a substation.",
        ),
        rss_item(
            2,
            "Sirens over the harbour",
            None,
            "Sirens sounded over the harbour before dawn; officials reported no damage.",
        ),
        rss_item(
            3,
            "Depot fire put out",
            Some(&format!("Sat, 03 May {before} 08:00:00 +0000")),
            "Firefighters put out a blaze at a fuel depot struck by a missile.",
        ),
    ];
    let feed = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour Desk</title>{}</channel></rss>",
        items.concat()
    );
    let url = common::serve_bytes(vec![("application/rss+xml", feed.into_bytes())]);
    tmux.config(&format!(
        "[[sources]]\nname = \"Harbour Desk\"\nurl = \"{url}/feed.xml\"\n"
    ));
    let bin = env!("CARGO_BIN_EXE_sitrep");
    tmux.wait("the shell prompt", |s| s.contains("shell$"));
    tmux.keys(&[&format!("'{bin}' fetch; echo fetch-exited-$?"), "Enter"]);
    tmux.wait("the fetch", |s| s.contains("fetch-exited-0"));
    tmux.keys(&["clear", "Enter"]);
    tmux.launch("");
    let s = tmux.wait("the fetched reports", |s| s.contains("Depot fire put out"));
    // Fetched today, the undated report is the newest: first, not below everything.
    let row = |s: &str, title: &str| s.lines().position(|l| l.contains(title) && l.contains('•'));
    let (undated, grid, depot) = (
        row(&s, "Sirens over the harbour"),
        row(&s, "Grid repairs finished"),
        row(&s, "Depot fire put out"),
    );
    assert!(undated < grid && grid < depot, "{s}");
    assert!(s.contains(&format!("{last}-06-04")), "{s}");
    assert!(s.contains(&format!("{before}-05-03")), "{s}");
    // `s` to the newest fetched: said on the status line, the same report still selected.
    tmux.keys(&["s"]);
    let s = tmux.wait("the newest fetched order", |s| {
        s.contains("by newest fetched")
    });
    assert!(s.contains("Reports 1/3"), "{s}");
    assert!(
        s.lines()
            .next()
            .is_some_and(|top| top.contains("Sirens over the harbour")),
        "{s}"
    );
    tmux.keys(&["q"]);
    tmux.wait("the shell again", |s| s.contains("sitrep-exited-0"));
}
