//! A Ukrainian and a Russian report in the real binary in a real terminal (tmux, 120×40): their
//! language and regions in the header, and a Cyrillic query that narrows the list.

use std::io::Write;
use std::process::Command;
use std::time::{Duration, Instant};

/// A tmux server of our own (UTF-8 forced), killed when the test ends.
struct Tmux {
    socket: String,
    home: tempfile::TempDir,
}

impl Tmux {
    /// Starts a shell in a 120×40 window, or `None` (with the reason printed) when tmux is missing.
    fn start(name: &str) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED {name}: tmux is not installed (apt-get install tmux)"
            );
            return None;
        }
        let tmux = Tmux {
            socket: format!("sitrep-{name}-{}", std::process::id()),
            home: tempfile::tempdir().expect("temp dir"),
        };
        let shell = format!(
            "env PS1='shell$ ' TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 \
             XDG_DATA_HOME={home}/data XDG_CONFIG_HOME={home}/config sh",
            home = tmux.home.path().display()
        );
        tmux.run(&[
            "new-session",
            "-d",
            "-x",
            "120",
            "-y",
            "40",
            "-s",
            "t",
            &shell,
        ]);
        Some(tmux)
    }

    fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-u", "-L", &self.socket])
            .args(args)
            .output()
            .expect("run tmux");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn keys(&self, keys: &[&str]) {
        for key in keys {
            self.run(&["send-keys", "-t", "t", key]);
        }
    }

    fn type_text(&self, text: &str) {
        self.run(&["send-keys", "-t", "t", "-l", text]);
    }

    fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", "t"])
    }

    /// Waits (generously) until `ok` holds for the screen; panics with the last screen otherwise.
    fn wait(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let screen = self.screen();
            if ok(&screen) {
                return screen;
            }
            if Instant::now() > deadline {
                panic!("timed out waiting for {what}; screen was:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.run(&["kill-server"]);
    }
}

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
    let Some(tmux) = Tmux::start("cyrillic") else {
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
