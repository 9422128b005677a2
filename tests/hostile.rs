//! Hostile input (issue 24): marks that must not be lost, item identity in feeds, concurrent fetches,
//! content that must not act on the terminal or a spreadsheet, and inputs that must not crash. Every
//! fixture is made here; servers listen on 127.0.0.1 only.

mod common;

use common::{ok_response, serve_bytes, serve_raw};
use sitrep::archive::{Archive, Kept};
use sitrep::config::Source;
use sitrep::corpus::{analyse, Loaded, Meta};
use sitrep::pipeline::fetch;
use std::path::Path;
use std::process::{Command, Output};

/// An analysed report from the wire at `url` with `text` under `title`.
fn report(url: &str, title: &str, text: &str) -> sitrep::corpus::Article {
    analyse(Loaded {
        path: url.into(),
        text: format!("{title}\n\n{text}\n"),
        meta: Meta {
            source: Some("Wire".into()),
            url: Some(url.into()),
            format: "html".into(),
            title: Some(title.into()),
            ..Meta::default()
        },
    })
}

fn file_source(name: &str, path: &Path) -> Source {
    Source {
        name: Some(name.into()),
        url: None,
        path: Some(path.display().to_string()),
        ..Source::default()
    }
}

/// The bookmarked reports' titles, as the archive gives them back.
fn bookmarked(db: &Path) -> Vec<String> {
    let archive = Archive::open(db).unwrap();
    let marks = archive.marks().unwrap();
    let mut titles: Vec<String> = archive
        .rows()
        .unwrap()
        .into_iter()
        .map(|r| analyse(r.loaded))
        .filter(|a| marks.get(&a.hash).is_some_and(|m| m.1))
        .map(|a| a.title)
        .collect();
    titles.sort();
    titles
}

#[test]
fn a_mark_made_on_a_text_a_fetch_has_since_replaced_stays_with_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    let first = [
        report(
            "https://wire.example/1",
            "Sumy",
            "Nine drones were downed over Sumy.",
        ),
        report(
            "https://wire.example/2",
            "Kharkiv",
            "Shelling hit Kharkiv at night.",
        ),
        report(
            "https://wire.example/3",
            "Odesa",
            "A port in Odesa was struck.",
        ),
    ];
    let reader = Archive::open(&db).unwrap();
    Archive::open(&db).unwrap().store("wire", &first).unwrap();
    // Another process fetches: two of the three reports gained a line.
    let second = [
        report(
            "https://wire.example/1",
            "Sumy",
            "Nine drones were downed over Sumy. Update: ten.",
        ),
        report(
            "https://wire.example/2",
            "Kharkiv",
            "Shelling hit Kharkiv at night. One hurt.",
        ),
        report(
            "https://wire.example/3",
            "Odesa",
            "A port in Odesa was struck.",
        ),
    ];
    let stored = Archive::open(&db).unwrap().store("wire", &second).unwrap();
    assert_eq!((stored.new, stored.updated, stored.unchanged), (0, 2, 1));
    // The reader still shows the first texts and bookmarks all three by their hashes.
    for a in &first {
        assert_eq!(reader.set_marks(&a.hash, true, true), Ok(Kept::Stored));
    }
    assert_eq!(bookmarked(&db), ["Kharkiv", "Odesa", "Sumy"]);
    // And an unmark made on the old text reaches the report too.
    reader.set_marks(&first[0].hash, true, false).unwrap();
    assert_eq!(bookmarked(&db), ["Kharkiv", "Odesa"]);
}

#[test]
fn a_mark_made_while_another_process_writes_is_queued_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    let items = [report(
        "https://wire.example/1",
        "Sumy",
        "Nine drones were downed over Sumy.",
    )];
    Archive::open(&db).unwrap().store("wire", &items).unwrap();
    let reader = Archive::open(&db).unwrap();
    reader.set_busy_timeout(std::time::Duration::from_millis(50));
    // A writer in another connection holds the write lock, as a long fetch does.
    let writer = rusqlite::Connection::open(&db).unwrap();
    writer.execute_batch("BEGIN IMMEDIATE").unwrap();
    let started = std::time::Instant::now();
    assert_eq!(
        reader.set_marks(&items[0].hash, true, true),
        Ok(Kept::Queued)
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(2));
    // The queued mark already shows to anyone reading the archive.
    assert_eq!(
        reader.marks().unwrap().get(&items[0].hash),
        Some(&(true, true))
    );
    writer.execute_batch("COMMIT").unwrap();
    drop(writer);
    drop(reader);
    // The next open writes it into the archive and empties the queue.
    Archive::open(&db).unwrap();
    let queue = dir.path().join("a.db-queued-marks");
    assert_eq!(std::fs::metadata(&queue).unwrap().len(), 0);
    let raw = rusqlite::Connection::open(&db).unwrap();
    let kept: i64 = raw
        .query_row(
            "SELECT count(*) FROM report_marks WHERE bookmarked = 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(kept, 1);
}

/// An RSS file of `(guid, title, text)` items without links; an empty guid leaves `<guid>` out.
fn linkless_feed(items: &[(&str, &str, &str)]) -> String {
    let items: String = items
        .iter()
        .map(|(guid, title, text)| {
            let guid = if guid.is_empty() {
                String::new()
            } else {
                format!("<guid isPermaLink=\"false\">{guid}</guid>")
            };
            format!(
                "<item>{guid}<title>{title}</title><pubDate>Mon, 10 Mar 2025 08:00:00 +0000</pubDate>\
                 <description>{text}</description></item>"
            )
        })
        .collect();
    format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Front Notes</title>{items}</channel></rss>")
}

/// Fetches the one source `path` into `db`: its "N new, N updated, N unchanged" line.
fn fetch_file(db: &Path, path: &Path) -> String {
    let mut archive = Archive::open(db).unwrap();
    let done = fetch::all(&[file_source("notes", path)], &mut archive);
    assert_eq!(done.failed, 0, "{:?}", done.lines);
    done.lines[0].trim_start_matches("notes: ").to_string()
}

#[test]
fn feed_items_without_links_keep_their_identity_when_a_new_item_arrives_on_top() {
    for with_guid in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        let (db, feed) = (dir.path().join("a.db"), dir.path().join("notes.xml"));
        let g = |id: &'static str| if with_guid { id } else { "" };
        let a = (g("a"), "Alpha", "Drones hit a depot near Izium.");
        let b = (g("b"), "Bravo", "Two people were hurt in Nikopol.");
        let c = (g("c"), "Charlie", "Air defence worked over Dnipro.");
        std::fs::write(&feed, linkless_feed(&[a, b, c])).unwrap();
        assert_eq!(fetch_file(&db, &feed), "3 new, 0 updated, 0 unchanged");
        let bravo = Archive::open(&db)
            .unwrap()
            .rows()
            .unwrap()
            .into_iter()
            .map(|r| analyse(r.loaded))
            .find(|x| x.title == "Bravo")
            .unwrap();
        Archive::open(&db)
            .unwrap()
            .set_marks(&bravo.hash, true, true)
            .unwrap();
        // A new item on top; the oldest rolls off the feed.
        let new = (g("n"), "November", "Shelling reached Kherson again.");
        std::fs::write(&feed, linkless_feed(&[new, a, b])).unwrap();
        assert_eq!(fetch_file(&db, &feed), "1 new, 0 updated, 2 unchanged");
        // The rolled-off item stays, the bookmark stays on Bravo, the new item is unread.
        let archive = Archive::open(&db).unwrap();
        assert_eq!(archive.count(), 4);
        assert_eq!(bookmarked(&db), ["Bravo"]);
        let marks = archive.marks().unwrap();
        let read: Vec<String> = archive
            .rows()
            .unwrap()
            .into_iter()
            .map(|r| analyse(r.loaded))
            .filter(|x| marks.get(&x.hash).is_some_and(|m| m.0))
            .map(|x| x.title)
            .collect();
        assert_eq!(read, ["Bravo"]);
    }
}

#[test]
fn items_sharing_one_link_each_keep_their_row() {
    let dir = tempfile::tempdir().unwrap();
    let (db, feed) = (dir.path().join("a.db"), dir.path().join("live.xml"));
    let items: String = ["Morning", "Noon", "Evening", "Night"]
        .iter()
        .map(|t| {
            format!(
                "<item><title>{t} update</title><link>https://live.example/blog</link>\
                 <description>{t}: drones were reported over Sumy.</description></item>"
            )
        })
        .collect();
    std::fs::write(
        &feed,
        format!("<rss version=\"2.0\"><channel><title>Live</title>{items}</channel></rss>"),
    )
    .unwrap();
    assert_eq!(fetch_file(&db, &feed), "4 new, 0 updated, 0 unchanged");
    assert_eq!(fetch_file(&db, &feed), "0 new, 0 updated, 4 unchanged");
    assert_eq!(Archive::open(&db).unwrap().count(), 4);
}

/// A config of `n` text files under `dir` and the `sitrep fetch` command for it.
fn fetch_command(dir: &Path, n: usize) -> impl Fn() -> Command {
    let reports = dir.join("reports");
    std::fs::create_dir_all(&reports).unwrap();
    for i in 0..n {
        let text = format!(
            "Report {i}\n\nRussia launched {} drones at Sumy overnight.\n",
            5 + i
        );
        std::fs::write(reports.join(format!("{i:03}.txt")), text).unwrap();
    }
    let config = dir.join("config.toml");
    let toml = format!("[[sources]]\npath = \"{}\"\n", reports.display());
    std::fs::write(&config, toml).unwrap();
    let db = dir.join("archive.db");
    move || {
        let mut c = Command::new(env!("CARGO_BIN_EXE_sitrep"));
        c.arg("--config")
            .arg(&config)
            .arg("--archive")
            .arg(&db)
            .arg("fetch");
        c
    }
}

#[test]
fn two_fetches_at_once_never_fail_on_each_other() {
    for round in 0..6 {
        let dir = tempfile::tempdir().unwrap();
        let fetch = fetch_command(dir.path(), 40);
        let (one, two) = (fetch().output_async(), fetch().output_async());
        for out in [one.wait(), two.wait()] {
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(out.status.success(), "round {round}: {err}");
            assert!(
                !err.contains("locked") && !err.contains("already exists"),
                "{err}"
            );
        }
        let archive = Archive::open(&dir.path().join("archive.db")).unwrap();
        assert_eq!(archive.count(), 40);
    }
}

#[test]
fn a_second_fetch_says_another_is_running_and_leaves_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let fetch_cmd = fetch_command(dir.path(), 2);
    let held = fetch::lock(&dir.path().join("archive.db"))
        .unwrap()
        .unwrap();
    let out = fetch_cmd().output().unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("another fetch is running"), "{err}");
    drop(held);
    let out = fetch_cmd().output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("2 new"));
}

/// A child process started now, waited for later.
trait Async {
    fn output_async(&mut self) -> Running;
}

struct Running(std::process::Child);

impl Async for Command {
    fn output_async(&mut self) -> Running {
        self.stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        Running(self.spawn().unwrap())
    }
}

impl Running {
    fn wait(self) -> Output {
        self.0.wait_with_output().unwrap()
    }
}

#[test]
fn an_archive_of_schema_1_is_migrated_with_its_marks() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("old.db");
    let old = report(
        "https://wire.example/1",
        "Sumy",
        "Nine drones were downed over Sumy.",
    );
    {
        let raw = rusqlite::Connection::open(&db).unwrap();
        raw.execute_batch(
            "CREATE TABLE reports (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, hash TEXT NOT NULL, \
             source TEXT, url TEXT, format TEXT NOT NULL, title TEXT, text TEXT NOT NULL, published TEXT, \
             fetched TEXT NOT NULL, updated TEXT NOT NULL, extractor INTEGER NOT NULL DEFAULT 0, \
             facts TEXT, date TEXT);
             CREATE TABLE marks (hash TEXT PRIMARY KEY, read INTEGER NOT NULL DEFAULT 0, \
             bookmarked INTEGER NOT NULL DEFAULT 0);
             CREATE VIRTUAL TABLE reports_fts USING fts5(title, text, content='reports', content_rowid='id');
             PRAGMA user_version = 1;",
        )
        .unwrap();
        raw.execute(
            "INSERT INTO reports(key, hash, url, format, title, text, fetched, updated) \
             VALUES (?1, ?2, ?1, 'html', 'Sumy', ?3, 'x', 'x')",
            rusqlite::params![old.url, old.hash, old.body],
        )
        .unwrap();
        raw.execute("INSERT INTO marks VALUES (?1, 1, 1)", [&old.hash])
            .unwrap();
    }
    assert_eq!(bookmarked(&db), ["Sumy"]);
    let changed = report(
        "https://wire.example/1",
        "Sumy",
        "Nine drones were downed over Sumy. Ten now.",
    );
    let stored = Archive::open(&db)
        .unwrap()
        .store("wire", &[changed])
        .unwrap();
    assert_eq!((stored.new, stored.updated), (0, 1));
    assert_eq!(bookmarked(&db), ["Sumy"]);
}

/// Runs sitrep with `args`; its output as (status ok, stdout, stderr).
fn sitrep(args: &[&std::ffi::OsStr]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(args)
        .output()
        .unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.success(), text(&out.stdout), text(&out.stderr))
}

/// True when `s` holds a character a terminal could act on (ESC, BEL, a C1 control).
fn acts(s: &str) -> bool {
    s.chars()
        .any(|c| c == '\u{1b}' || c == '\u{7}' || ('\u{80}'..='\u{9f}').contains(&c))
}

#[test]
fn escape_sequences_in_paths_and_errors_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = "\u{1b}]0;owned\u{7}\u{1b}]52;c;dG91Y2ggL3RtcC94\u{7}";
    // A broken feed whose bytes and name carry the sequences; a path that does not exist.
    let feed = dir.path().join(format!("wire{hostile}.xml"));
    std::fs::write(
        &feed,
        format!("<rss><channel><title>{hostile}</title><item>"),
    )
    .unwrap();
    let missing = dir.path().join(format!("gone{hostile}.txt"));
    let config = dir.path().join("config.toml");
    let toml_path = |p: &Path| {
        p.display()
            .to_string()
            .replace('\u{1b}', "\\u001b")
            .replace('\u{7}', "\\u0007")
    };
    let toml = format!(
        "[[sources]]\nname = \"w\\u001b]0;t\\u0007\"\npath = \"{}\"\n\n[[sources]]\npath = \"{}\"\n",
        toml_path(&feed),
        toml_path(&missing)
    );
    std::fs::write(&config, toml).unwrap();
    let db = dir.path().join("a.db");
    let (_, out, err) = sitrep(&[
        "--config".as_ref(),
        config.as_os_str(),
        "--archive".as_ref(),
        db.as_os_str(),
        "fetch".as_ref(),
    ]);
    assert!(out.contains("failed"), "{out} {err}");
    assert!(!acts(&out) && !acts(&err), "{out:?} {err:?}");
    assert!(out.contains("^[]0;owned^G"), "{out}");
    let (_, out, err) = sitrep(&["facts".as_ref(), feed.as_os_str(), missing.as_os_str()]);
    assert!(!err.is_empty());
    assert!(!acts(&out) && !acts(&err), "{out:?} {err:?}");
}

#[test]
fn csv_fields_cannot_become_formulas_or_escapes_and_json_escapes_c1() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("reports\u{1b}]0;x\u{7}.json");
    let items = serde_json::json!([{
        "title": "Odesa \u{202E}tropeR\u{202C} night \u{9b}31m",
        "url": "=HYPERLINK(\"http://evil.example\",\"open\")",
        "source": "Wire\u{1b}]0;x\u{7}",
        "date": "2025-03-10",
        "body": "Russia launched 20 drones at Odesa overnight; air defence shot down 15 of them.",
    }]);
    std::fs::write(&input, items.to_string()).unwrap();
    let (ok, csv, _) = sitrep(&[
        "events".as_ref(),
        "--format".as_ref(),
        "csv".as_ref(),
        input.as_os_str(),
    ]);
    assert!(ok);
    assert!(!acts(&csv), "{csv:?}");
    let row = csv.lines().nth(1).expect("one event row");
    assert!(row.contains("\"'=HYPERLINK("), "{row}");
    // Without a link, the file's name stands in: its escape does not reach the CSV either.
    let items = serde_json::json!([{"title": "Odesa", "date": "2025-03-10", "body": "Russia launched 20 drones at Odesa overnight."}]);
    let unlinked = dir.path().join("more\u{1b}]0;x\u{7}.json");
    std::fs::write(&unlinked, items.to_string()).unwrap();
    let (ok, csv, _) = sitrep(&[
        "events".as_ref(),
        "--format".as_ref(),
        "csv".as_ref(),
        unlinked.as_os_str(),
    ]);
    assert!(ok && csv.lines().count() == 2 && !acts(&csv), "{csv:?}");
    let (ok, json, _) = sitrep(&[
        "facts".as_ref(),
        "--format".as_ref(),
        "json".as_ref(),
        input.as_os_str(),
    ]);
    assert!(ok);
    assert!(!acts(&json), "{json:?}");
    assert!(json.contains("\\u009b31m"), "{json}");
    assert!(json.contains("\"Odesa tropeR night"), "{json}");
}

#[test]
fn a_json_link_with_a_line_break_is_not_kept() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("reports.json");
    let items = serde_json::json!([{
        "title": "Sumy",
        "url": "https://ex.org/a\ntouch /tmp/pwned",
        "body": "Drones were downed over Sumy.",
    }, {
        "title": "Kharkiv",
        "url": "https://ex.org/b&#10;\u{1b}[201~",
        "body": "Shelling hit Kharkiv.",
    }]);
    std::fs::write(&input, items.to_string()).unwrap();
    let (ok, json, _) = sitrep(&[
        "facts".as_ref(),
        "--format".as_ref(),
        "json".as_ref(),
        input.as_os_str(),
    ]);
    assert!(ok);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    for report in v.as_array().unwrap() {
        assert_eq!(report["url"], serde_json::Value::Null, "{report}");
    }
}

/// Runs sitrep with `args` writing into a pipe whose reading end is already closed.
fn into_closed_pipe(args: &[&std::ffi::OsStr]) -> Output {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(args)
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap()
}

#[test]
fn a_closed_stdout_ends_the_command_quietly() {
    let out = into_closed_pipe(&["--print-default-config".as_ref()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dir = tempfile::tempdir().unwrap();
    let fetch = fetch_command(dir.path(), 3);
    let cmd = fetch();
    let args: Vec<&std::ffi::OsStr> = cmd.get_args().collect();
    let out = into_closed_pipe(&args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[test]
fn deeply_nested_markup_is_flattened_on_every_html_path_not_a_stack_overflow() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Russia launched 12 drones at Sumy overnight; air defence shot down 9.";
    let page = format!(
        "<html><head><title>Sumy night</title></head><body>{}<p>{text}</p>{}</body></html>",
        "<b>".repeat(8_000),
        "</b>".repeat(8_000)
    );
    let deep_divs = |n: usize| format!("{}<p>{text}</p>{}", "<div>".repeat(n), "</div>".repeat(n));
    let escaped = deep_divs(30_000).replace('<', "&lt;").replace('>', "&gt;");
    let rss = format!(
        "<rss version=\"2.0\"><channel><title>Deep</title><item><title>Sumy</title>\
         <link>https://deep.example/1</link><description>{escaped}</description></item></channel></rss>"
    );
    let atom = format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Deep</title><entry><id>urn:1</id>\
         <title>Sumy</title><updated>2025-03-10T08:00:00Z</updated><content type=\"xhtml\">\
         <div xmlns=\"http://www.w3.org/1999/xhtml\">{}</div></content></entry></feed>",
        deep_divs(50_000)
    );
    for (name, body) in [
        ("page.html", page),
        ("items.rss", rss),
        ("entries.atom", atom),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, body).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_sitrep"))
            .args(["facts", "--format", "json"])
            .arg(&path)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{name}: {err}");
        let json = String::from_utf8_lossy(&out.stdout);
        assert!(json.contains("\"launched\""), "{name}: {json}");
    }
}

/// `sitrep --archive db facts`: (exit code, stdout, stderr).
fn facts_from(db: &Path) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .arg("--archive")
        .arg(db)
        .args(["facts", "--format", "json"])
        .output()
        .unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code(), text(&out.stdout), text(&out.stderr))
}

#[test]
fn a_damaged_foreign_or_newer_archive_is_named_never_replaced_by_the_seeds() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.db");
    let items: Vec<_> = (0..40)
        .map(|i| {
            let text = format!(
                "Drones were downed over Sumy, wave {i}. {}",
                "More. ".repeat(200)
            );
            report(
                &format!("https://wire.example/{i}"),
                &format!("Sumy {i}"),
                &text,
            )
        })
        .collect();
    Archive::open(&good).unwrap().store("wire", &items).unwrap();
    let bytes = std::fs::read(&good).unwrap();
    let foreign = dir.path().join("foreign.db");
    std::fs::write(
        &foreign,
        "this is a shopping list, not a database\n".repeat(200),
    )
    .unwrap();
    let truncated = dir.path().join("truncated.db");
    std::fs::write(&truncated, &bytes[..bytes.len() / 3]).unwrap();
    let newer = dir.path().join("newer.db");
    std::fs::copy(&good, &newer).unwrap();
    rusqlite::Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    for db in [&foreign, &truncated, &newer] {
        let (code, out, err) = facts_from(db);
        assert_ne!(code, Some(0), "{}: {out}", db.display());
        assert!(
            out.trim().is_empty(),
            "{}: seeds or anything shown: {out}",
            db.display()
        );
        assert!(err.contains(&db.display().to_string()), "{err}");
    }
    // One row whose text is a BLOB: the other rows are still read, and the damage is said.
    let blob = dir.path().join("blob.db");
    std::fs::copy(&good, &blob).unwrap();
    rusqlite::Connection::open(&blob)
        .unwrap()
        .execute("UPDATE reports SET text = x'00ff' WHERE id = 3", [])
        .unwrap();
    let (code, out, err) = facts_from(&blob);
    assert_eq!(code, Some(0), "{err}");
    let shown: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(shown.as_array().unwrap().len(), 39);
    assert!(err.contains("1 of its rows could not be read"), "{err}");
}

#[test]
fn a_json_file_with_a_bom_and_a_lone_surrogate_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("reports.json");
    let body = r#"[{"title": "Sumy \ud800", "body": "Drones were downed over Sumy."},
                   {"title": "Kharkiv", "body": "Shelling hit Kharkiv."}]"#;
    std::fs::write(&input, format!("\u{feff}{body}")).unwrap();
    let (ok, json, err) = sitrep(&[
        "facts".as_ref(),
        "--format".as_ref(),
        "json".as_ref(),
        input.as_os_str(),
    ]);
    assert!(ok, "{err}");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let titles: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["title"].as_str())
        .collect();
    assert_eq!(titles.len(), 2, "{titles:?}");
    assert!(titles.contains(&"Sumy \u{fffd}"), "{titles:?}");
}

#[test]
fn a_query_that_starts_with_an_exclusion_is_taken_as_the_query() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("report.txt");
    std::fs::write(&input, "Sumy\n\nDrones were downed over Sumy.\n").unwrap();
    for command in ["facts", "events"] {
        let (ok, _, err) = sitrep(&[
            command.as_ref(),
            "--query".as_ref(),
            "-unread".as_ref(),
            input.as_os_str(),
        ]);
        assert!(ok, "{command}: {err}");
    }
}

#[test]
fn full_text_search_takes_operator_words_and_punctuation_as_words() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    let items = [
        report(
            "https://wire.example/1",
            "Sumy",
            "Drones and NOT missiles: a Kharkiv-based unit at 9:00.",
        ),
        report(
            "https://wire.example/2",
            "Odesa",
            "A port in Odesa was struck.",
        ),
    ];
    let mut archive = Archive::open(&db).unwrap();
    archive.store("wire", &items).unwrap();
    for query in [
        "NOT",
        "AND",
        "Kharkiv-based",
        "9:00",
        "\"a port",
        "drones AND",
    ] {
        let found = archive.search(query);
        assert!(
            found.as_ref().is_ok_and(|h| !h.is_empty()),
            "{query}: {found:?}"
        );
    }
    assert_eq!(archive.search("NEAR"), Ok(Vec::new()));
    assert_eq!(archive.search("NEAR"), Ok(Vec::new()));
    assert_eq!(archive.search("Odesa OR Sumy").unwrap().len(), 2);
    assert_eq!(archive.search("odes*").unwrap(), [items[1].hash.clone()]);
}

/// The titles `sitrep facts --format json` gives for `inputs`, sorted.
fn titles_of(inputs: &[&std::ffi::OsStr]) -> Vec<String> {
    let args: Vec<&std::ffi::OsStr> = ["facts".as_ref(), "--format".as_ref(), "json".as_ref()]
        .into_iter()
        .chain(inputs.iter().copied())
        .collect();
    let (ok, json, err) = sitrep(&args);
    assert!(ok, "{err}");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let mut titles: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| Some(r["title"].as_str()?.to_string()))
        .collect();
    titles.sort();
    titles
}

#[test]
fn windows_1251_feeds_and_pages_are_decoded_from_their_declared_charset() {
    let cp1251 = |s: &str| encoding_rs::WINDOWS_1251.encode(s).0.into_owned();
    let feed = cp1251(
        "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<rss version=\"2.0\"><channel>\
         <title>Вісті</title><item><guid>a1</guid><title>Обстріл Харкова вночі</title>\
         <description>Уночі ворог тричі обстріляв Харків.</description></item>\
         <item><guid>a2</guid><title>Дрони над Сумщиною</title>\
         <description>Над Сумщиною збито дев'ять дронів.</description></item></channel></rss>\n",
    );
    let meta_page = cp1251(
        "<!DOCTYPE html><html><head><meta charset=\"windows-1251\"><title>Ракетний удар по Одесі</title>\
         </head><body><article><h1>Ракетний удар по Одесі</h1><p>Ракета влучила в порт Одеси, \
         поранено трьох людей.</p></article></body></html>",
    );
    let equiv_page = cp1251(
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">\
         <title>Ночная атака на Днепр</title></head><body><article><h1>Ночная атака на Днепр</h1>\
         <p>Ночью над Днепром сбили пять беспилотников.</p></article></body></html>",
    );
    // Only the server's header names this one's encoding.
    let header_page = cp1251(
        "<html><head><title>Удар по Запоріжжю</title></head><body><article><h1>Удар по Запоріжжю</h1>\
         <p>Вранці ворог вдарив по Запоріжжю.</p></article></body></html>",
    );
    let want = [
        "Дрони над Сумщиною",
        "Ночная атака на Днепр",
        "Обстріл Харкова вночі",
        "Ракетний удар по Одесі",
    ];
    let dir = tempfile::tempdir().unwrap();
    let files = [
        ("news.xml", &feed),
        ("odesa.html", &meta_page),
        ("dnipro.html", &equiv_page),
    ];
    for (name, bytes) in files {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    let paths: Vec<_> = files.iter().map(|(n, _)| dir.path().join(n)).collect();
    let args: Vec<&std::ffi::OsStr> = paths.iter().map(|p| p.as_os_str()).collect();
    assert_eq!(titles_of(&args), want);

    let base = serve_bytes(vec![
        ("application/rss+xml", feed.clone()),
        ("text/html", meta_page.clone()),
        ("text/html", equiv_page.clone()),
        ("text/html; charset=windows-1251", header_page),
    ]);
    let urls: Vec<String> = ["feed", "odesa", "dnipro", "zp"]
        .iter()
        .map(|p| format!("{base}/{p}"))
        .collect();
    let mut got = Vec::new();
    for url in &urls {
        got.extend(titles_of(&[url.as_ref()]));
    }
    got.sort();
    let mut want: Vec<&str> = want.to_vec();
    want.push("Удар по Запоріжжю");
    want.sort();
    assert_eq!(got, want);
}

/// A report of `bytes` or a little more: a strike sentence, then calm lines (cheap to analyse).
fn long_report(bytes: usize) -> String {
    let mut s = String::from(
        "Night over Sumy\n\nRussia launched 12 drones at Sumy overnight; air defence shot down 9.\n\n",
    );
    while s.len() < bytes {
        s.push_str("The city was calm and the markets opened as usual.\n");
    }
    s
}

const MIB: usize = 1024 * 1024;

#[test]
fn stdin_is_read_only_as_far_as_the_report_limit_and_cut_with_a_message() {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(["facts", "--format", "json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let chunk = long_report(MIB);
    // Up to 64 MiB offered; a reader that takes it all would hold it all.
    let writer = std::thread::spawn(move || {
        let mut sent = 0;
        for _ in 0..64 {
            if stdin.write_all(chunk.as_bytes()).is_err() {
                break;
            }
            sent += chunk.len();
        }
        sent
    });
    let out = child.wait_with_output().unwrap();
    let sent = writer.join().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("stdin: cut at the 4.0 MiB limit for one report"),
        "{err}"
    );
    assert!(sent < 8 * MIB, "{sent} bytes of stdin were taken");
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"launched\""));
}

#[test]
fn pages_texts_and_items_past_the_report_limit_are_cut_and_named() {
    let text = long_report(5 * MIB);
    let page =
        format!("<html><head><title>Sumy night</title></head><body><p>{text}</p></body></html>");
    let rss = format!(
        "<rss version=\"2.0\"><channel><title>Wire</title><item><guid>1</guid><title>Long night</title>\
         <description>{}</description></item><item><guid>2</guid><title>Short</title>\
         <description>Shelling hit Kharkiv.</description></item></channel></rss>",
        text
    );
    let json = serde_json::json!([
        {"title": "Long night", "body": text},
        {"title": "Short", "body": "Shelling hit Kharkiv."}
    ])
    .to_string();
    let telegram = serde_json::json!({"name": "Wire", "type": "public_channel", "id": 1, "messages": [
        {"id": 1, "type": "message", "date": "2025-03-10T08:00:00", "text": format!("Long night\n\n{text}")},
        {"id": 2, "type": "message", "date": "2025-03-10T09:00:00", "text": "Shelling hit Kharkiv."}
    ]})
    .to_string();
    let base = serve_bytes(vec![
        ("text/plain", text.clone().into_bytes()),
        ("text/html", page.into_bytes()),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let mut inputs: Vec<(std::ffi::OsString, usize)> = vec![
        (format!("{base}/a.txt").into(), 1),
        (format!("{base}/b.html").into(), 1),
    ];
    for (name, body) in [
        ("wire.rss", rss),
        ("items.json", json),
        ("result.json", telegram),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, body).unwrap();
        inputs.push((path.into_os_string(), 2));
    }
    for (input, reports) in &inputs {
        let (ok, out, err) = sitrep(&[
            "facts".as_ref(),
            "--format".as_ref(),
            "json".as_ref(),
            input.as_os_str(),
        ]);
        assert!(ok, "{input:?}: {err}");
        assert!(
            err.contains("cut at the 4.0 MiB limit for one report"),
            "{input:?}: {err}"
        );
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v.as_array().unwrap().len(), *reports, "{input:?}");
        assert!(out.contains("\"launched\""), "{input:?}");
    }
}

#[test]
fn a_report_of_repeated_undated_tallies_is_analysed_in_linear_time() {
    let tally = "Air defence shot down 12 drones over the region. Russia launched 20 drones and 3 missiles. ";
    let time = |n: usize| {
        let text = format!("Night attack\n\n{}\n", tally.repeat(n));
        let started = std::time::Instant::now();
        let article = analyse(Loaded {
            path: "tallies.txt".into(),
            text,
            meta: Meta::default(),
        });
        assert!(!article.facts.is_empty());
        started.elapsed().as_secs_f64()
    };
    time(50);
    let small = time(2_000).min(time(2_000));
    let large = time(32_000);
    // Sixteen times the text: linear work takes about sixteen times as long; with the quadratic look-up
    // this guards against it took more than 40 times as long.
    assert!(large < small * 32.0, "{small:.2} s -> {large:.2} s");
}

#[test]
fn nested_divs_are_read_in_linear_time_and_a_page_never_holds_back_the_others() {
    use sitrep::corpus::formats::html;
    let text = "<p>Russia launched 12 drones at Sumy overnight; air defence shot down 9.</p>";
    let time = |levels: usize| {
        let page = format!(
            "<html><head><title>Sumy</title></head><body>{}{text}{}</body></html>",
            "<div>".repeat(levels),
            "</div>".repeat(levels)
        );
        let started = std::time::Instant::now();
        let (report, _) = html::page(&page, None).unwrap();
        assert!(report.text.contains("launched 12 drones"));
        started.elapsed().as_secs_f64()
    };
    time(100);
    let small = time(1_000);
    let large = time(16_000);
    // Sixteen times the levels: linear work about sixteen times as long, quadratic about 250.
    assert!(large < small * 48.0 + 0.5, "{small:.2} s -> {large:.2} s");
    // And past its budget, Readability gives way to the page's whole text, at once.
    let page = format!(
        "<html><body>{}</body></html>",
        format!("<div>{text}</div>").repeat(3_000)
    );
    let started = std::time::Instant::now();
    let (report, late) =
        html::page_within(&page, None, std::time::Duration::from_millis(1)).unwrap();
    assert!(late.is_some_and(|w| w.contains("kept as plain text")));
    assert!(report.text.contains("launched 12 drones"));
    assert!(started.elapsed() < std::time::Duration::from_secs(30));
}

#[test]
fn a_full_text_search_that_finds_nothing_leaves_no_stale_match_count() {
    use sitrep::app::{Action, App};
    use sitrep::corpus::Corpus;
    let texts = [
        "Alpha report\n\nA drone hit a warehouse and a garage.\n",
        "Bravo report\n\nArtillery struck a bakery.\n",
    ];
    let loaded = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Loaded::new(format!("{i}.txt"), *t))
        .collect();
    let mut app = App::new(Corpus::from_loaded(loaded));
    app.full_text = true;
    app.update(Action::OpenSearch);
    for c in "\"a\" \"b\"".chars() {
        app.update(Action::Type(c));
    }
    app.update(Action::Apply);
    // Before the index answers, the plain-text reading counts every "a" and "b".
    assert!(app.effect.take().is_some());
    // The index finds no report holding both words.
    app.receive(sitrep::app::Message::Ranked(Ok(Vec::new())));
    assert_eq!(app.search.hits.len(), 0);
    let flash = app.flash.clone().unwrap_or_default();
    assert!(!flash.starts_with("Match "), "{flash}");
}

/// The message `read_url` gives for `url`, with short timeouts.
fn url_problem(url: &str) -> String {
    let limits = sitrep::corpus::fetch::Limits {
        connect: std::time::Duration::from_secs(1),
        total: std::time::Duration::from_secs(3),
        ..Default::default()
    };
    match sitrep::corpus::load::read_url(url, limits) {
        Ok((loaded, _)) => panic!("{url} read {} reports", loaded.len()),
        Err(problem) => problem.message,
    }
}

#[test]
fn fetch_messages_say_what_happened() {
    use std::io::Write;
    let page = "<html><head><title>Sumy night</title></head><body><article><h1>Sumy night</h1>\
                <p>Russia launched 12 drones at Sumy overnight; air defence shot down 9.</p></article></body></html>";
    let mut deflated = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    deflated.write_all(page.as_bytes()).unwrap();
    let deflated = deflated.finish().unwrap();
    let base = serve_raw(vec![
        ok_response("text/html", "Content-Encoding: deflate\r\n", &deflated),
        ok_response("text/html", "Content-Encoding: br\r\n", b"\x1b\x00\xf8\xa5"),
        b"HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n".to_vec(),
        b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec(),
    ]);
    assert_eq!(
        titles_of(&[format!("{base}/deflate").as_ref()]),
        ["Sumy night"]
    );
    let br = url_problem(&format!("{base}/br"));
    assert!(br.contains("unsupported content encoding br"), "{br}");
    let empty = url_problem(&format!("{base}/empty"));
    assert!(empty.contains("no content (204)"), "{empty}");
    // https to a plain HTTP server, and to one that never answers the handshake.
    let plain = url_problem(&base.replace("http://", "https://"));
    assert!(plain.contains("not a TLS server"), "{plain}");
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("https://{}/", silent.local_addr().unwrap());
    // Accepted and held open, never answered.
    std::thread::spawn(move || {
        let held = silent.accept();
        std::thread::sleep(std::time::Duration::from_secs(5));
        drop(held);
    });
    let quiet = url_problem(&url);
    assert!(
        quiet.contains("TLS") && quiet.contains("within 1 s"),
        "{quiet}"
    );
}

#[test]
fn other_schemes_in_the_config_are_named_not_taken_for_missing_files() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("sumy.txt");
    std::fs::write(&report, "Sumy\n\nDrones were downed over Sumy.\n").unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "[[sources]]\nname = \"ftp\"\nurl = \"ftp://files.example/reports.txt\"\n\n\
             [[sources]]\nname = \"local\"\npath = \"file://{}\"\n",
            report.display()
        ),
    )
    .unwrap();
    let db = dir.path().join("a.db");
    let (_, out, err) = sitrep(&[
        "--config".as_ref(),
        config.as_os_str(),
        "--archive".as_ref(),
        db.as_os_str(),
        "fetch".as_ref(),
    ]);
    let all = format!("{out}{err}");
    assert!(!all.contains("no such file"), "{all}");
    assert!(all.contains("unsupported scheme ftp://"), "{all}");
    assert!(
        all.contains(&format!("give the path itself ({})", report.display())),
        "{all}"
    );
}
