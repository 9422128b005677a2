//! What the end-to-end tests share: the tmux driver that runs the real binary in a real terminal, and
//! loopback servers on 127.0.0.1 only, started by the test.
// Each test binary compiles this module and uses only part of it.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::process::Command;
use std::time::{Duration, Instant};

/// A tmux server of our own, killed when the test ends.
pub struct Tmux {
    socket: String,
    /// XDG_DATA_HOME and XDG_CONFIG_HOME of the shell: the archive and config live here.
    pub home: tempfile::TempDir,
    /// tmux told the terminal speaks UTF-8 (`-u`), and the shell's locale C.UTF-8.
    utf8: bool,
}

impl Tmux {
    /// Starts a shell in a 120×40 window, or `None` (with the reason printed) when tmux is missing.
    pub fn start(name: &str) -> Option<Tmux> {
        Tmux::start_with(name, false)
    }

    /// As `start`, with UTF-8 forced on tmux and the shell's locale (for Cyrillic text).
    pub fn start_utf8(name: &str) -> Option<Tmux> {
        Tmux::start_with(name, true)
    }

    fn start_with(name: &str, utf8: bool) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            // Written to the stderr handle itself: libtest captures eprintln! of passing tests.
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED {name}: tmux is not installed (apt-get install tmux)"
            );
            return None;
        }
        let tmux = Tmux {
            socket: format!("sitrep-{name}-{}", std::process::id()),
            home: tempfile::tempdir().expect("temp dir"),
            utf8,
        };
        let locale = if utf8 {
            "LANG=C.UTF-8 LC_ALL=C.UTF-8 "
        } else {
            ""
        };
        tmux.run(&[
            "new-session",
            "-d",
            "-x",
            "120",
            "-y",
            "40",
            "-s",
            "t",
            // A config and an archive of the test's own, never the user's.
            &format!(
                "env PS1='shell$ ' TERM=xterm-256color {locale}XDG_DATA_HOME={home}/data \
                 XDG_CONFIG_HOME={home}/config sh",
                home = tmux.home.path().display()
            ),
        ]);
        Some(tmux)
    }

    pub fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(self.utf8.then_some("-u"))
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .expect("run tmux");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn keys(&self, keys: &[&str]) {
        for key in keys {
            self.run(&["send-keys", "-t", "t", key]);
        }
    }

    /// Types `text` as it is (no key names).
    pub fn type_text(&self, text: &str) {
        self.run(&["send-keys", "-t", "t", "-l", text]);
    }

    pub fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", "t"])
    }

    /// The screen with colour escapes, to see highlights.
    pub fn styled_screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-e", "-t", "t"])
    }

    pub fn alternate_on(&self) -> bool {
        self.run(&["display-message", "-p", "-t", "t", "#{alternate_on}"])
            .trim()
            == "1"
    }

    /// Waits (generously) until the reader has left the alternate screen, so keys typed next reach the
    /// shell, not the reader's last read.
    pub fn wait_left_alternate(&self) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while self.alternate_on() {
            assert!(Instant::now() < deadline, "the reader never left");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits (generously) until `ok` holds for the screen; panics with the last screen otherwise.
    pub fn wait(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
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

    /// Writes the shell's config file; `{fixtures}` stands for the input fixtures' folder.
    pub fn config(&self, text: &str) {
        let dir = self.home.path().join("config/sitrep");
        std::fs::create_dir_all(&dir).unwrap();
        let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/inputs");
        std::fs::write(
            dir.join("config.toml"),
            text.replace("{fixtures}", fixtures),
        )
        .unwrap();
    }

    pub fn launch(&self, args: &str) {
        self.launch_with_env("", args);
    }

    /// Runs sitrep from the shell with `env` assignments, then echoes its exit status.
    pub fn launch_with_env(&self, env: &str, args: &str) {
        let bin = env!("CARGO_BIN_EXE_sitrep");
        self.wait("the shell prompt", |s| s.contains("shell$"));
        self.keys(&[
            &format!("{env} '{bin}' {args}; echo sitrep-exited-$?"),
            "Enter",
        ]);
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.run(&["kill-server"]);
    }
}

/// A loopback server answering each of `answers` (whole HTTP responses, head and body) once, in order;
/// its base URL.
pub fn serve_raw(answers: Vec<Vec<u8>>) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for (answer, stream) in answers.into_iter().zip(listener.incoming()) {
            let Ok(mut stream) = stream else { return };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                line.clear();
            }
            let _ = stream.write_all(&answer);
            let _ = stream.flush();
        }
    });
    base
}

/// A `200 OK` response with `ctype`, `headers` (each ending in CRLF) and `body`.
pub fn ok_response(ctype: &str, headers: &str, body: &[u8]) -> Vec<u8> {
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    [head.as_bytes(), body].concat()
}

/// A loopback server answering each of `bodies` once, in order, with its content type.
pub fn serve_bytes(bodies: Vec<(&'static str, Vec<u8>)>) -> String {
    serve_raw(
        bodies
            .into_iter()
            .map(|(ctype, body)| ok_response(ctype, "", &body))
            .collect(),
    )
}
