//! The archive and `sitrep fetch`: sources over a server this test starts on 127.0.0.1 (items that are
//! new, changed, rolled off, and a failing source), cached facts, marks by content hash, FTS search,
//! refusal of newer or foreign files, and a fetch killed at random moments leaving a sound database.

use sitrep::archive::{Archive, EXTRACTOR_VERSION};
use sitrep::config::Source;
use sitrep::pipeline::fetch;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A feed of `(guid, title, text)` items.
fn feed(items: &[(&str, &str, &str)]) -> String {
    let items: String = items
        .iter()
        .map(|(id, title, text)| {
            format!(
                "<item><title>{title}</title><link>https://wire.example/{id}</link>\
                 <pubDate>Sun, 09 Mar 2025 07:00:00 +0000</pubDate><description>{text}</description></item>"
            )
        })
        .collect();
    format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test Wire</title>{items}</channel></rss>")
}

/// Serves whatever `body` holds (status 200, an RSS content type), or 500 when it is empty, to any
/// number of requests on 127.0.0.1 until the test ends.
fn serve(body: Arc<Mutex<String>>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/feed", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                line.clear();
            }
            let body = body.lock().unwrap().clone();
            let head = if body.is_empty() {
                "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_string()
            } else {
                format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                )
            };
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(body.as_bytes());
        }
    });
    url
}

/// The feed's first state: two items.
fn first_feed() -> String {
    feed(&[
        (
            "1",
            "Drones over Sumy",
            "Air defence shot down nine drones over the Sumy region overnight.",
        ),
        (
            "2",
            "Kharkiv shelling",
            "Russian shelling killed two people in Kharkiv on Saturday.",
        ),
    ])
}

fn source(name: &str, url: &str) -> Source {
    Source {
        name: Some(name.into()),
        url: Some(url.into()),
        ..Source::default()
    }
}

#[test]
fn fetch_keeps_every_report_updates_changed_ones_and_names_a_failing_source() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive::open(&dir.path().join("archive.db")).unwrap();
    let wire = Arc::new(Mutex::new(first_feed()));
    let broken = Arc::new(Mutex::new(String::new()));
    let sources = [
        source("Test Wire", &serve(Arc::clone(&wire))),
        source("Broken", &serve(broken)),
    ];
    let first = fetch::all(&sources, &mut archive);
    assert_eq!(first.lines[0], "Test Wire: 2 new, 0 updated, 0 unchanged");
    assert!(
        first.lines[1].starts_with("Broken: failed: the server answered 500"),
        "{:?}",
        first.lines
    );
    assert_eq!(first.failed, 1);
    assert_eq!(archive.count(), 2);

    // A mark on the report whose text will change.
    let rows = archive.rows().unwrap();
    let kharkiv = rows
        .iter()
        .find(|r| r.loaded.meta.title.as_deref() == Some("Kharkiv shelling"))
        .unwrap();
    let old_hash = sitrep::corpus::analyse(kharkiv.loaded.clone()).hash;
    archive.set_marks(&old_hash, true, true).unwrap();

    // The feed moves on: item 1 rolls off, item 2 is corrected, item 3 is new.
    *wire.lock().unwrap() = feed(&[
        (
            "2",
            "Kharkiv shelling",
            "Russian shelling killed three people in Kharkiv on Saturday.",
        ),
        (
            "3",
            "Odesa port hit",
            "Russia launched 20 drones at Odesa; air defence destroyed 18.",
        ),
    ]);
    let second = fetch::all(&sources, &mut archive);
    assert_eq!(second.lines[0], "Test Wire: 1 new, 1 updated, 0 unchanged");
    assert_eq!(archive.count(), 3, "the item that rolled off is kept");
    let rows = archive.rows().unwrap();
    let titles: Vec<_> = rows
        .iter()
        .filter_map(|r| r.loaded.meta.title.clone())
        .collect();
    assert_eq!(
        titles,
        ["Drones over Sumy", "Kharkiv shelling", "Odesa port hit"]
    );
    let kharkiv = rows
        .iter()
        .find(|r| r.loaded.meta.title.as_deref() == Some("Kharkiv shelling"))
        .unwrap();
    assert!(kharkiv.loaded.text.contains("three people"));
    // The mark moved with the text.
    let new_hash = sitrep::corpus::analyse(kharkiv.loaded.clone()).hash;
    assert_ne!(new_hash, old_hash);
    assert_eq!(archive.marks().unwrap().get(&new_hash), Some(&(true, true)));
    // Unchanged on a third fetch.
    let third = fetch::all(&sources, &mut archive);
    assert_eq!(third.lines[0], "Test Wire: 0 new, 0 updated, 2 unchanged");
}

#[test]
fn facts_are_cached_by_extractor_version_and_fts_finds_words_phrases_and_prefixes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("archive.db");
    let mut archive = Archive::open(&path).unwrap();
    let wire = Arc::new(Mutex::new(first_feed()));
    fetch::all(&[source("Test Wire", &serve(wire))], &mut archive);
    let rows = archive.rows().unwrap();
    assert!(rows.iter().all(|r| r.cached.is_some()));
    let (_, facts) = rows[0].cached.clone().unwrap();
    // The cached facts are the ones extraction finds.
    assert_eq!(facts, sitrep::corpus::analyse(rows[0].loaded.clone()).facts);
    assert_eq!(
        archive.search("drones").unwrap().len(),
        1,
        "one report mentions drones"
    );
    assert_eq!(archive.search("\"killed two people\"").unwrap().len(), 1);
    assert_eq!(archive.search("shell*").unwrap().len(), 1);
    // An unclosed phrase is closed, not a syntax error.
    assert_eq!(archive.search("\"unclosed").unwrap().len(), 0);
    // An older extractor's cache is not used.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute("UPDATE reports SET extractor = ?1", [EXTRACTOR_VERSION - 1])
        .unwrap();
    assert!(archive.rows().unwrap().iter().all(|r| r.cached.is_none()));
}

#[test]
fn a_newer_or_foreign_file_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let newer = dir.path().join("newer.db");
    {
        let conn = rusqlite::Connection::open(&newer).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let before = std::fs::read(&newer).unwrap();
    let err = Archive::open(&newer).err().expect("refused");
    assert!(err.contains("newer sitrep"), "{err}");
    assert_eq!(std::fs::read(&newer).unwrap(), before);
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, vec![b'x'; 4096]).unwrap();
    let err = Archive::open(&junk).err().expect("refused");
    assert!(err.contains("not a sitrep archive"), "{err}");
}

/// A folder of `n` reports under `dir` as the one source of a config there: the `sitrep fetch` command
/// for it (output dropped) and the archive it writes.
fn folder_source(
    dir: &std::path::Path,
    n: usize,
) -> (impl Fn() -> std::process::Command, std::path::PathBuf) {
    let reports = dir.join("reports");
    std::fs::create_dir(&reports).unwrap();
    for i in 0..n {
        std::fs::write(
            reports.join(format!("{i:03}.txt")),
            format!(
                "Report {i}\n\nRussia launched {} drones at Odesa overnight; air defence shot down {}.\n",
                10 + i,
                i % 10
            ),
        )
        .unwrap();
    }
    let config = dir.join("config.toml");
    std::fs::write(
        &config,
        format!("[[sources]]\npath = \"{}\"\n", reports.display()),
    )
    .unwrap();
    let db = dir.join("archive.db");
    let archive = db.clone();
    let fetch = move || {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_sitrep"));
        c.arg("--config")
            .arg(&config)
            .arg("--archive")
            .arg(&archive)
            .arg("fetch")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        c
    };
    (fetch, db)
}

#[test]
fn a_fetch_killed_at_random_moments_leaves_a_sound_database() {
    let dir = tempfile::tempdir().unwrap();
    // 300 reports: enough that a kill lands mid-fetch.
    let (fetch, db) = folder_source(dir.path(), 300);
    // Deterministic "random" moments: a different delay each round.
    let mut seed = 7u64;
    for _ in 0..12 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let delay = Duration::from_millis(5 + (seed >> 33) % 150);
        let mut child = fetch().spawn().unwrap();
        std::thread::sleep(delay);
        let _ = child.kill();
        let _ = child.wait();
        let archive = Archive::open(&db).unwrap();
        assert_eq!(archive.integrity(), "ok");
    }
    assert!(fetch().status().unwrap().success());
    let archive = Archive::open(&db).unwrap();
    assert_eq!(archive.count(), 300);
    assert_eq!(archive.integrity(), "ok");
}

#[test]
fn a_reader_keeps_marks_while_a_fetch_writes_the_same_archive() {
    let dir = tempfile::tempdir().unwrap();
    let (fetch, db) = folder_source(dir.path(), 200);
    // The reader's connection, open before the fetch starts.
    let reader = Archive::open(&db).unwrap();
    let mut fetch = fetch().spawn().unwrap();
    // Marks written all through the fetch: none may fail or be lost.
    for i in 0..200 {
        reader
            .set_marks(&format!("hash-{i}"), true, i % 2 == 0)
            .unwrap();
    }
    assert!(fetch.wait().unwrap().success());
    let marks = reader.marks().unwrap();
    assert_eq!(marks.len(), 200);
    assert_eq!(marks.get("hash-7"), Some(&(true, false)));
    assert_eq!(reader.count(), 200);
}

/// A feed server that keeps a version: each answer carries `ETag: "vN"` and a `Last-Modified`, and a
/// request that sends back the current `If-None-Match` gets 304 with no body. Every request's
/// conditional headers are logged.
fn serve_versioned(body: Arc<Mutex<(u32, String)>>, log: Arc<Mutex<Vec<String>>>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/feed", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let (mut line, mut sent) = (String::new(), Vec::new());
            while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                let lower = line.to_ascii_lowercase();
                if lower.starts_with("if-none-match") || lower.starts_with("if-modified-since") {
                    // Header names are case-insensitive: logged lower-case.
                    let (name, value) = line.trim().split_once(':').unwrap_or(("", ""));
                    sent.push(format!("{}: {}", name.to_ascii_lowercase(), value.trim()));
                }
                line.clear();
            }
            let (version, body) = body.lock().unwrap().clone();
            let etag = format!("\"v{version}\"");
            let fresh = sent.iter().any(|h| h.ends_with(&etag));
            log.lock().unwrap().push(sent.join(" | "));
            let head = if fresh {
                format!("HTTP/1.1 304 Not Modified\r\nETag: {etag}\r\nConnection: close\r\n\r\n")
            } else {
                format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nETag: {etag}\r\n\
                     Last-Modified: Sun, 09 Mar 2025 0{version}:00:00 GMT\r\nContent-Length: {}\r\n\
                     Connection: close\r\n\r\n{body}",
                    body.len()
                )
            };
            let _ = stream.write_all(head.as_bytes());
        }
    });
    url
}

#[test]
fn a_second_fetch_sends_the_validators_back_and_a_304_is_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive::open(&dir.path().join("archive.db")).unwrap();
    let wire = Arc::new(Mutex::new((1, first_feed())));
    let log = Arc::new(Mutex::new(Vec::new()));
    let broken = Arc::new(Mutex::new(String::new()));
    let sources = [
        source(
            "Test Wire",
            &serve_versioned(Arc::clone(&wire), Arc::clone(&log)),
        ),
        source("Broken", &serve(broken)),
    ];
    let first = fetch::all(&sources, &mut archive);
    assert_eq!(first.lines[0], "Test Wire: 2 new, 0 updated, 0 unchanged");
    assert_eq!(log.lock().unwrap()[0], "", "nothing to send back yet");
    // A fetch with failures names them.
    assert!(
        first.total.contains("1 of 2 sources failed (Broken)"),
        "{}",
        first.total
    );

    let second = fetch::all(&sources, &mut archive);
    assert_eq!(
        second.lines[0],
        "Test Wire: unchanged (304 not modified, nothing downloaded)"
    );
    assert!(
        second.total.contains("1 not modified (304)"),
        "{}",
        second.total
    );
    let sent = log.lock().unwrap()[1].clone();
    assert!(sent.contains("if-none-match: \"v1\""), "{sent}");
    assert!(
        sent.contains("if-modified-since: Sun, 09 Mar 2025 01:00:00 GMT"),
        "{sent}"
    );
    assert_eq!(archive.count(), 2);

    // The server's version moves on: a retitled item with the same guid is an update, sent in full.
    *wire.lock().unwrap() = (
        2,
        feed(&[
            (
                "1",
                "Drones over Sumy region",
                "Air defence shot down nine drones over the Sumy region overnight.",
            ),
            (
                "2",
                "Kharkiv shelling",
                "Russian shelling killed two people in Kharkiv on Saturday.",
            ),
        ]),
    );
    let third = fetch::all(&sources, &mut archive);
    assert!(
        third.lines[0].starts_with("Test Wire: 0 new"),
        "{:?}",
        third.lines
    );
    assert!(log.lock().unwrap()[2].contains("\"v1\""));
    let fourth = fetch::all(&sources, &mut archive);
    assert!(fourth.lines[0].contains("304"), "{:?}", fourth.lines);
    assert!(log.lock().unwrap()[3].contains("if-none-match: \"v2\""));
}

#[test]
fn a_retitled_item_listed_twice_settles_and_an_unchanged_feed_says_0_updated() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive::open(&dir.path().join("archive.db")).unwrap();
    // One guid, two links and titles: the article as retitled, and its first version still listed.
    let text = "Air defence shot down nine drones over the Sumy region overnight.";
    let body = feed(&[("1", "Drones over Sumy region", text)]).replace(
        "</channel>",
        &format!(
            "<item><title>Drones over Sumy</title><link>https://wire.example/1-old</link>\
             <guid>https://wire.example/1</guid><description>{text} (first version)</description></item></channel>"
        ),
    );
    let body = body.replacen(
        "<link>https://wire.example/1</link>",
        "<link>https://wire.example/1</link><guid>https://wire.example/1</guid>",
        1,
    );
    let wire = Arc::new(Mutex::new(body));
    let sources = [source("Test Wire", &serve(wire))];
    let first = fetch::all(&sources, &mut archive);
    assert_eq!(first.lines[0], "Test Wire: 1 new, 0 updated, 0 unchanged");
    for _ in 0..2 {
        let again = fetch::all(&sources, &mut archive);
        assert_eq!(again.lines[0], "Test Wire: 0 new, 0 updated, 1 unchanged");
    }
    assert_eq!(archive.count(), 1);
}

#[test]
fn a_configured_name_is_the_reports_source_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive::open(&dir.path().join("archive.db")).unwrap();
    // The feed calls itself "Test Wire"; the config calls it "Wire".
    let wire = Arc::new(Mutex::new(first_feed()));
    let sources = [source("Wire", &serve(wire))];
    let done = fetch::all(&sources, &mut archive);
    assert!(done.lines[0].starts_with("Wire: 2 new"), "{:?}", done.lines);
    let rows = archive.rows().unwrap();
    assert!(
        rows.iter()
            .all(|r| r.loaded.meta.source.as_deref() == Some("Wire")),
        "{:?}",
        rows.iter()
            .map(|r| &r.loaded.meta.source)
            .collect::<Vec<_>>()
    );
    let q = sitrep::query::parse("source:wire").unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2025, 3, 10).unwrap();
    let found = rows
        .into_iter()
        .map(|r| sitrep::corpus::analyse(r.loaded))
        .filter(|a| q.matches(a, today))
        .count();
    assert_eq!(found, 2);
}
