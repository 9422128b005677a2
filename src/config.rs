//! The config file: the sources `sitrep fetch` reads. `$XDG_CONFIG_HOME/sitrep/config.toml` (the
//! platform's config folder where XDG is not set), or `--config PATH`.

pub mod opml;

use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The commented default that `sitrep --print-default-config` prints.
pub const DEFAULT: &str = r##"# sitrep's config: the sources `sitrep fetch` reads into the archive.
# Each source is a [[sources]] table with a `url` (an RSS/Atom feed, a web page, a JSON file), a
# `path` (a file or folder: text, Markdown, HTML, feeds, a Telegram export) or a `telegram` channel,
# and an optional `name` shown as the report's source when the input names none.
# `sitrep opml import FILE` adds the feeds of another reader's OPML export as sources.
#
# The reader fetches the sources in the background this often ("90s", "30m", "2h", "1d"); a
# `sitrep fetch` from cron at the same time waits its turn.
# reload_every = "30m"
#
# [[sources]]
# name = "Frontline Wire"
# url = "https://example.org/feed.xml"
#
# [[sources]]
# name = "Air Force channel"
# path = "~/Downloads/ChatExport_2025-03-10"
#
# A public Telegram channel, read through its web preview (t.me/s/<channel>, no account needed); `pages`
# reads older posts too, about 20 a page.
#
# [[sources]]
# telegram = "kpszsu"
# pages = 2
#
# Keys of the main screen can be moved: an action's name, then its key ("x", "Ctrl-x", "F5", "Enter").
# The help (?) shows the keys in force. Names: down, up, page_down, page_up, top, bottom, next_pane,
# prev_pane, open, next, prev, clear_filter, toggle_match_all, open_picker, open_search, open_link,
# copy_link, toggle_read, toggle_bookmark, next_unread, mark_all_read, fetch, save_query, cycle_sort, open_events,
# open_messages, open_help, back, quit.
#
# [keys]
# quit = "x"
# next_unread = "."
#
# The screen's colours can be replaced, each by a name, #rrggbb or a 0-255 index. The screen uses black,
# red, green, yellow, magenta, cyan and dark_gray; NO_COLOR in the environment turns colour off.
#
# [colors]
# dark_gray = "gray"
# cyan = "#5fafff"
#
# Queries saved in the reader with `:` are added at the end; F1-F9 run the first nine.
#
# [[queries]]
# name = "kharkiv shaheds"
# query = "region:kharkiv weapon:shahed newer:30d"
"##;

/// One source of reports.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub name: Option<String>,
    /// A feed, page or JSON file; with `telegram`, where the previews are served (`https://t.me`).
    pub url: Option<String>,
    pub path: Option<String>,
    /// A public Telegram channel, read through its web preview (`https://t.me/s/<channel>`).
    #[serde(default)]
    pub telegram: Option<String>,
    /// How many preview pages of a `telegram` channel are read (about 20 posts each): 1 unless given.
    #[serde(default)]
    pub pages: Option<usize>,
}

impl Source {
    /// What the source reads: its URL, or its path with `~` expanded.
    pub fn input(&self) -> PathBuf {
        match (&self.url, &self.path) {
            (Some(url), _) => PathBuf::from(url),
            (None, Some(path)) => expand_home(path),
            (None, None) => PathBuf::new(),
        }
    }

    /// The name shown for it: its `name`, else its channel, URL or path.
    pub fn label(&self) -> String {
        self.name
            .clone()
            .or_else(|| self.telegram.as_ref().map(|c| format!("telegram:{c}")))
            .or_else(|| self.url.clone())
            .or_else(|| self.path.clone())
            .unwrap_or_default()
    }
}

/// A query saved under a name (`:` in the reader); the legend offers the first nine on F1–F9.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedQuery {
    pub name: String,
    pub query: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Queries saved from the reader.
    #[serde(default)]
    pub queries: Vec<SavedQuery>,
    /// Main-screen actions moved to other keys: `quit = "x"`, `next_unread = "Ctrl-n"`.
    #[serde(default)]
    pub keys: std::collections::BTreeMap<String, String>,
    /// The line of the `[keys]` table, for the error of a bad remap: the table is checked where it is
    /// used (`keys::remaps_of`, when the reader starts), not here.
    #[serde(skip)]
    pub keys_line: Option<usize>,
    /// The screen's colours replaced: `dark_gray = "gray"`, `cyan = "#5fafff"`.
    #[serde(default)]
    pub colors: std::collections::BTreeMap<String, String>,
    /// How often the reader fetches the sources in the background: "30m", "2h", "90s"; never unless given.
    #[serde(default)]
    pub reload_every: Option<String>,
}

impl Config {
    /// `reload_every` as a duration (checked when the config is read).
    pub fn reload_every(&self) -> Option<std::time::Duration> {
        self.reload_every.as_deref().and_then(|v| interval(v).ok())
    }
}

/// "30m", "2h", "90s", "1d" as a duration of at least a second.
pub fn interval(value: &str) -> Result<std::time::Duration, String> {
    let v = value.trim();
    let split = v.find(|c: char| !c.is_ascii_digit()).unwrap_or(v.len());
    let (n, unit) = v.split_at(split);
    let n: u64 = n
        .parse()
        .map_err(|_| format!("reload_every = {value:?}: a number and a unit, like \"30m\""))?;
    let seconds = match unit.trim() {
        "s" => 1,
        "m" | "min" => 60,
        "h" => 3600,
        "d" => 86_400,
        _ => {
            return Err(format!(
                "reload_every = {value:?}: the unit is s, m, h or d (\"30m\")"
            ))
        }
    };
    match n.checked_mul(seconds) {
        Some(s) if s >= 1 => Ok(std::time::Duration::from_secs(s)),
        _ => Err(format!("reload_every = {value:?}: at least one second")),
    }
}

/// The colours the screen uses (`ui::theme`), by the names `[colors]` takes.
pub const SCREEN_COLOURS: &[&str] = &[
    "black",
    "red",
    "green",
    "yellow",
    "magenta",
    "cyan",
    "dark_gray",
];

impl Config {
    /// `[colors]` as (colour of the screen, colour to draw instead); the entries were checked by `parse`.
    pub fn palette(&self) -> Vec<(ratatui::style::Color, ratatui::style::Color)> {
        palette(&self.colors).unwrap_or_default()
    }
}

fn palette(
    colors: &std::collections::BTreeMap<String, String>,
) -> Result<Vec<(ratatui::style::Color, ratatui::style::Color)>, String> {
    colors
        .iter()
        .map(|(from, to)| {
            if !SCREEN_COLOURS.contains(&from.as_str()) {
                return Err(format!(
                    "[colors]: the screen uses no colour called {from:?} (it uses {})",
                    SCREEN_COLOURS.join(", ")
                ));
            }
            let parse = |c: &str| c.parse::<ratatui::style::Color>().ok();
            let to_colour = parse(to).ok_or_else(|| {
                format!("[colors]: {from} = {to:?} is not a colour (a name, #rrggbb or 0-255)")
            })?;
            Ok((parse(from).unwrap_or_default(), to_colour))
        })
        .collect()
}

/// Where the config is read from when `--config` is not given.
pub fn default_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(dirs::config_dir)?;
    Some(base.join("sitrep").join("config.toml"))
}

/// Reads the config at `path`. A missing file is an empty config; a bad one is an error that names the
/// file, the line and the problem.
pub fn load(path: &Path) -> Result<Config, String> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
        Err(e) => return Err(format!("{}: cannot read ({e})", path.display())),
    };
    parse(&text).map_err(|e| format!("{}:{e}", path.display()))
}

/// Adds a saved query to the config at `path` as a `[[queries]]` table at its end, leaving the rest of
/// the file (comments too) as it was; the file and its folder are made when missing.
pub fn append_query(path: &Path, saved: &SavedQuery) -> Result<(), String> {
    use std::io::Write;
    let quoted = |s: &str| toml::Value::String(s.to_string()).to_string();
    let table = format!(
        "\n[[queries]]\nname = {}\nquery = {}\n",
        quoted(&saved.name),
        quoted(&saved.query)
    );
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .and_then(|mut f| f.write_all(table.as_bytes()))
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// Parses config text; an error reads "LINE: problem".
pub fn parse(text: &str) -> Result<Config, String> {
    let mut config: Config = toml::from_str(text).map_err(|e| {
        let line = e
            .span()
            .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1)
            .unwrap_or(1);
        format!("{line}: {}", e.message())
    })?;
    config.keys_line = text
        .lines()
        .position(|l| l.trim() == "[keys]")
        .map(|n| n + 1);
    palette(&config.colors).map_err(|e| {
        let line = text
            .lines()
            .position(|l| l.trim() == "[colors]")
            .map_or(1, |n| n + 1);
        format!("{line}: {e}")
    })?;
    if let Some(v) = &config.reload_every {
        interval(v).map_err(|e| {
            let line = text
                .lines()
                .position(|l| l.trim_start().starts_with("reload_every"))
                .map_or(1, |n| n + 1);
            format!("{line}: {e}")
        })?;
    }
    for (i, s) in config.sources.iter().enumerate() {
        let line = || nth_sources_line(text, i);
        if let Some(channel) = &s.telegram {
            if s.path.is_some() {
                return Err(format!(
                    "{}: a `telegram` source takes no `path` (`url` is the preview's base)",
                    line()
                ));
            }
            channel_name(channel).map_err(|e| format!("{}: {e}", line()))?;
        } else if s.url.is_some() == s.path.is_some() {
            return Err(format!(
                "{}: a [[sources]] table needs exactly one of `url`, `path` and `telegram`",
                line()
            ));
        } else if s.pages.is_some() {
            return Err(format!("{}: `pages` is for `telegram` sources", line()));
        }
    }
    Ok(config)
}

/// The line of the `i`-th `[[sources]]` header.
fn nth_sources_line(text: &str, i: usize) -> usize {
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.trim() == "[[sources]]")
        .nth(i)
        .map_or(1, |(n, _)| n + 1)
}

fn expand_home(path: &str) -> PathBuf {
    match path.strip_prefix("~/") {
        Some(rest) => dirs::home_dir().map_or_else(|| PathBuf::from(path), |h| h.join(rest)),
        None => PathBuf::from(path),
    }
}

/// A Telegram channel's name as a source gives it (`kpszsu`, `@kpszsu`, `https://t.me/s/kpszsu`), or why it
/// is none.
pub fn channel_name(value: &str) -> Result<String, String> {
    let v = value.trim();
    let v = v
        .rsplit_once("t.me/")
        .map_or(v, |(_, rest)| rest.strip_prefix("s/").unwrap_or(rest));
    let v = v.trim_start_matches('@').trim_end_matches('/');
    if v.is_empty() || !v.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(format!(
            "{value:?} is not a Telegram channel name (letters, digits and _)"
        ));
    }
    Ok(v.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reload_every_takes_a_number_and_a_unit() {
        let c = parse("reload_every = \"30m\"\n").unwrap();
        assert_eq!(c.reload_every(), Some(std::time::Duration::from_secs(1800)));
        assert_eq!(interval("2h"), Ok(std::time::Duration::from_secs(7200)));
        assert_eq!(parse("").unwrap().reload_every(), None);
        let e = parse("# comment\nreload_every = \"30 minutes\"\n").unwrap_err();
        assert!(e.starts_with("2: ") && e.contains("s, m, h or d"), "{e}");
        assert!(parse("reload_every = \"0s\"").is_err());
        assert!(parse("reload_every = \"m\"").is_err());
    }

    #[test]
    fn telegram_sources() {
        let c = parse("[[sources]]\ntelegram = \"@kpszsu\"\npages = 3\n").unwrap();
        assert_eq!(c.sources[0].telegram.as_deref(), Some("@kpszsu"));
        assert_eq!(c.sources[0].pages, Some(3));
        assert_eq!(c.sources[0].label(), "telegram:@kpszsu");
        // `url` beside `telegram` is the preview's base.
        assert!(parse("[[sources]]\ntelegram = \"a_b\"\nurl = \"http://127.0.0.1:9\"\n").is_ok());
        let err = parse("[[sources]]\ntelegram = \"x\"\npath = \"/tmp\"\n").unwrap_err();
        assert!(err.starts_with("1: ") && err.contains("no `path`"), "{err}");
        let err = parse("\n[[sources]]\ntelegram = \"no such/thing\"\n").unwrap_err();
        assert!(
            err.starts_with("2: ") && err.contains("not a Telegram channel name"),
            "{err}"
        );
        let err = parse("[[sources]]\npath = \"/tmp\"\npages = 2\n").unwrap_err();
        assert!(err.contains("`pages` is for `telegram`"), "{err}");
    }

    #[test]
    fn sources_good_missing_and_malformed() {
        let c = parse(
            "[[sources]]\nname = \"Wire\"\nurl = \"https://example.org/feed.xml\"\n\n[[sources]]\npath = \"/tmp/reports\"\n",
        )
        .unwrap();
        assert_eq!(c.sources.len(), 2);
        assert_eq!(c.sources[0].label(), "Wire");
        assert_eq!(c.sources[1].label(), "/tmp/reports");
        assert_eq!(parse("").unwrap(), Config::default());
        assert_eq!(parse(DEFAULT).unwrap(), Config::default());
        let err = parse("[[sources]]\nname = \"x\"\nurl = 5\n").unwrap_err();
        assert!(err.starts_with("3: "), "{err}");
        let err = parse("[[sources]]\nname = \"no input\"\n").unwrap_err();
        assert!(
            err.starts_with("1: ") && err.contains("exactly one"),
            "{err}"
        );
        let c = parse("[colors]\ndark_gray = \"gray\"\ncyan = \"#5fafff\"\n").unwrap();
        assert_eq!(c.palette().len(), 2);
        let err = parse("\n[colors]\npink = \"red\"\n").unwrap_err();
        assert!(
            err.starts_with("2: ") && err.contains("no colour called"),
            "{err}"
        );
        let err = parse("[colors]\ncyan = \"sky\"\n").unwrap_err();
        assert!(err.contains("not a colour"), "{err}");
        let err = parse("[[sources]]\nurl = \"a\"\ncolour = \"red\"\n").unwrap_err();
        assert!(err.contains("colour"), "{err}");
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            load(&dir.path().join("none.toml")).unwrap(),
            Config::default()
        );
        // A saved query joins the file at its end; what was there stays.
        let kept = dir.path().join("sub").join("config.toml");
        let saved = SavedQuery {
            name: "night \"shaheds\"".into(),
            query: "weapon:shahed source:\"kyiv independent\"".into(),
        };
        append_query(&kept, &saved).unwrap();
        std::fs::write(
            &kept,
            format!("# mine\n{}", std::fs::read_to_string(&kept).unwrap()),
        )
        .unwrap();
        append_query(&kept, &saved).unwrap();
        let c = load(&kept).unwrap();
        assert_eq!(c.queries, [saved.clone(), saved]);
        assert!(std::fs::read_to_string(&kept)
            .unwrap()
            .starts_with("# mine\n"));
        let bad = dir.path().join("bad.toml");
        std::fs::write(&bad, "[[sources]\n").unwrap();
        let err = load(&bad).unwrap_err();
        assert!(err.starts_with(&format!("{}:1: ", bad.display())), "{err}");
    }
}
