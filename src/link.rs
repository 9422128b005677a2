//! A report's link outside the reader: opened with the system's opener, or copied with OSC 52.

use base64::Engine as _;
use std::process::{Command, Stdio};

/// Only web links are handed to an opener: a feed could name `file:` or other schemes.
pub fn is_web(url: &str) -> bool {
    crate::corpus::fetch::is_url(url) && is_clean(url)
}

pub use crate::text::is_clean_link as is_clean;

/// The command that opens a link: the first entry of `$BROWSER` (its words as program and arguments,
/// `%s` replaced by the link), else `xdg-open` (`open` on macOS).
pub fn opener(browser: Option<&str>, url: &str) -> (String, Vec<String>) {
    if let Some(first) = browser
        .and_then(|b| b.split(':').map(str::trim).find(|e| !e.is_empty()))
        .map(|e| e.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .filter(|words| !words.is_empty())
    {
        let mut words = first;
        let program = words.remove(0);
        let mut args: Vec<String> = words.iter().map(|w| w.replace("%s", url)).collect();
        if !words.iter().any(|w| w.contains("%s")) {
            args.push(url.to_string());
        }
        return (program, args);
    }
    let program = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    (program.to_string(), vec![url.to_string()])
}

/// Starts the opener in the background, its output kept off the screen; says why when it cannot start.
pub fn open(url: &str) -> Result<(), String> {
    let browser = std::env::var("BROWSER").ok();
    let (program, args) = opener(browser.as_deref(), url);
    Command::new(&program)
        .args(&args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map(|_| ())
        .map_err(|e| format!("could not start {program}: {e}"))
}

/// The OSC 52 sequence that puts `text` on the terminal's clipboard (base64, so nothing in it acts).
pub fn osc52(text: &str) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    format!("\x1b]52;c;{encoded}\x07")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openers() {
        let url = "https://example.org/a";
        assert_eq!(
            opener(Some("firefox --new-tab:lynx"), url),
            ("firefox".into(), vec!["--new-tab".into(), url.into()])
        );
        assert_eq!(
            opener(Some("w3m %s"), url),
            ("w3m".into(), vec![url.into()])
        );
        let (program, args) = opener(None, url);
        assert!(program == "xdg-open" || program == "open");
        assert_eq!(args, vec![url.to_string()]);
        assert!(is_web(url));
        assert!(!is_web("file:///etc/passwd"));
        assert!(!is_web("https://example.org/\u{1b}]0;x"));
        assert!(!is_clean("https://ex.org/a\ntouch /tmp/pwned"));
        assert!(!is_clean("https://ex.org/a\u{1b}[201~"));
        assert!(!is_clean("https://ex.org/\u{202E}fdp.exe"));
        assert!(is_clean("https://ex.org/a?b=c&d=%0A"));
    }

    #[test]
    fn osc52_is_base64() {
        assert_eq!(osc52("hi"), "\x1b]52;c;aGk=\x07");
    }
}
