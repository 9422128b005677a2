//! Every input format, read from fixtures written by hand for these tests (none copied from the web):
//! titles, dates, sources, links and formats as the container gives them, facts as the text gives them,
//! malformed variants named in one message each while the rest loads, standard input, and URLs served
//! by a server this test starts on 127.0.0.1.

use sitrep::corpus::fetch::Limits;
use sitrep::corpus::load::{read_paths, read_url};
use sitrep::corpus::{Article, Corpus};
use sitrep::extract::Fact;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

const DIR: &str = "tests/fixtures/inputs";

fn corpus(names: &[&str]) -> Corpus {
    let paths: Vec<PathBuf> = names.iter().map(|n| PathBuf::from(DIR).join(n)).collect();
    Corpus::from_paths(&paths)
}

fn by_title<'a>(c: &'a Corpus, title: &str) -> &'a Article {
    c.articles
        .iter()
        .find(|a| a.title == title)
        .unwrap_or_else(|| panic!("no article titled {title:?} in {:?}", titles(c)))
}

fn titles(c: &Corpus) -> Vec<&str> {
    c.articles.iter().map(|a| a.title.as_str()).collect()
}

fn date(a: &Article) -> Option<String> {
    a.date.map(|d| d.date.to_string())
}

/// (launched, destroyed) of each strike fact.
fn tallies(a: &Article) -> Vec<(Option<u32>, Option<u32>)> {
    a.facts
        .iter()
        .filter_map(|f| match f {
            Fact::Strike(s) => Some((s.launched, s.destroyed)),
            _ => None,
        })
        .collect()
}

fn messages(c: &Corpus) -> Vec<String> {
    c.problems.iter().map(|p| p.to_string()).collect()
}

#[test]
fn rss2_items_are_reports_with_the_feed_as_source() {
    let c = corpus(&["feed.xml"]);
    assert_eq!(c.articles.len(), 2, "{:?}", titles(&c));
    let a = by_title(
        &c,
        "Air defence downs 31 of 40 drones over southern regions",
    );
    assert_eq!(a.source.as_deref(), Some("Frontline Wire"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://frontline.example/2025/03/09/drones-south")
    );
    assert_eq!(a.format, "rss");
    assert_eq!(date(a).as_deref(), Some("2025-03-09"));
    assert_eq!(tallies(a), vec![(Some(40), Some(31))]);
    // The item's HTML: list items kept as bullets, the script dropped.
    assert_eq!(
        a.bullets().collect::<Vec<_>>(),
        vec!["Odesa: port warehouse damaged", "Mykolaiv: no casualties"]
    );
    assert!(!a.body.contains("track()"));
    let b = by_title(&c, "Two killed in Kharkiv shelling");
    assert_eq!(date(b).as_deref(), Some("2025-03-08"));
    // The empty third item is left out, and said.
    assert_eq!(
        messages(&c),
        vec!["tests/fixtures/inputs/feed.xml: 1 item without text skipped"]
    );
}

#[test]
fn atom_and_rss1_entries() {
    let c = corpus(&["atom.xml", "rss1.rdf"]);
    // An HTML title is shown as text.
    let a = by_title(&c, "Missile strike on Dnipro");
    assert_eq!(
        (a.format.as_str(), a.source.as_deref()),
        ("atom", Some("Kyiv Desk"))
    );
    assert_eq!(
        a.url.as_deref(),
        Some("https://kyivdesk.example/dnipro-strike")
    );
    assert_eq!(date(a).as_deref(), Some("2025-03-10"));
    assert_eq!(tallies(a), vec![(Some(4), Some(3))]);
    let b = by_title(&c, "Guided bombs hit Zaporizhzhia");
    assert_eq!(
        (b.format.as_str(), b.source.as_deref()),
        ("rss", Some("Old Site Digest"))
    );
    assert_eq!(date(b).as_deref(), Some("2025-02-28"));
    assert_eq!(
        b.url.as_deref(),
        Some("https://oldsite.example/zaporizhzhia")
    );
}

#[test]
fn a_web_page_gives_its_main_text_only() {
    let c = corpus(&["page.html"]);
    let a = &c.articles[0];
    assert_eq!(a.title, "Overnight attack on Odesa: 12 drones downed");
    assert_eq!(a.source.as_deref(), Some("Black Sea Herald"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://blacksea.example/news/odesa-overnight")
    );
    assert_eq!(
        (a.format.as_str(), date(a).as_deref()),
        ("html", Some("2025-03-07"))
    );
    for gone in [
        "Sport",
        "Football results",
        "All rights reserved",
        "Tweet",
        "analytics",
        "serif",
    ] {
        assert!(
            !a.body.contains(gone),
            "{gone:?} should be dropped:\n{}",
            a.body
        );
    }
    assert!(a.sections().any(|s| s == "What was hit"), "{}", a.body);
    assert_eq!(
        a.bullets().collect::<Vec<_>>(),
        vec!["a school in the Kyivskyi district", "three private houses"]
    );
    assert_eq!(tallies(a), vec![(Some(15), Some(12))]);
}

#[test]
fn markdown_keeps_headings_and_lists_and_drops_markup() {
    let c = corpus(&["notes.md"]);
    let a = &c.articles[0];
    assert_eq!(
        (a.title.as_str(), a.format.as_str()),
        ("Kherson under fire", "markdown")
    );
    for markup in ["**", "](", "![", "*Notes"] {
        assert!(!a.body.contains(markup), "{markup:?} left in:\n{}", a.body);
    }
    assert!(a.body.contains("the city administration said"));
    assert_eq!(
        a.bullets().collect::<Vec<_>>(),
        vec!["Dniprovskyi", "Korabelnyi"]
    );
    // A file names no source: its folder is the source.
    assert_eq!(a.source.as_deref(), Some("inputs"));
}

#[test]
fn a_telegram_export_folder_gives_one_report_per_message_with_text() {
    let c = corpus(&["ChatExport_2025-03-10"]);
    // The service message, the photo without text and the poll are not reports; the photo file is
    // not read as a report either.
    assert_eq!(c.articles.len(), 2, "{:?}", titles(&c));
    let a = by_title(
        &c,
        "Overnight the enemy attacked with 88 Shahed drones. Air defence shot down 61 of them.",
    );
    assert_eq!(
        (a.source.as_deref(), a.format.as_str()),
        (Some("Air Force Watch"), "telegram")
    );
    assert_eq!(a.url.as_deref(), Some("https://t.me/airforcewatch/102"));
    assert_eq!(date(a).as_deref(), Some("2025-03-09"));
    assert_eq!(tallies(a), vec![(Some(88), Some(61))]);
    let b = c
        .articles
        .iter()
        .find(|a| a.url.as_deref() == Some("https://t.me/airforcewatch/104"));
    assert_eq!(tallies(b.expect("message 104")), vec![(Some(2), Some(0))]);
    assert_eq!(
        messages(&c),
        vec!["tests/fixtures/inputs/ChatExport_2025-03-10/result.json: 1 message of an unknown type skipped"]
    );
}

#[test]
fn json_and_jsonl_items_with_bad_ones_named() {
    let c = corpus(&["items.json", "items.jsonl"]);
    assert_eq!(c.articles.len(), 3, "{:?}", titles(&c));
    let a = by_title(&c, "Drones over Sumy");
    assert_eq!(a.source.as_deref(), Some("Sumy Regional Administration"));
    assert_eq!(a.url.as_deref(), Some("https://sumy.example/drones"));
    assert_eq!(
        (a.format.as_str(), date(a).as_deref()),
        ("json", Some("2025-03-06"))
    );
    assert_eq!(tallies(a), vec![(None, Some(9))]);
    let p = by_title(&c, "Poltava strike");
    assert_eq!(p.source.as_deref(), Some("Poltava Herald"));
    assert_eq!(
        messages(&c),
        vec![
            "tests/fixtures/inputs/items.json: item 2: no \"body\" text",
            "tests/fixtures/inputs/items.json: item 3: \"date\" \"yesterday\" is not YYYY-MM-DD",
            "tests/fixtures/inputs/items.jsonl: line 2: \"body\" must be a string",
            "tests/fixtures/inputs/items.jsonl: line 5: not JSON (expected ident at line 1 column 2)",
        ]
    );
}

#[test]
fn malformed_inputs_are_each_named_and_the_rest_loads() {
    let c = corpus(&["bad", "feed.xml"]);
    assert_eq!(c.articles.len(), 2);
    let m = messages(&c);
    let said = |file: &str, what: &str| {
        assert!(
            m.iter().any(|x| x.contains(file) && x.contains(what)),
            "{file}: {what:?} not in {m:#?}"
        )
    };
    said("truncated.xml", "not a readable feed");
    said("notxml.rss", "not a readable feed");
    said("empty.html", "no body text in the page");
    said("noexport.json", "must be an array of report objects");
    said("wrongtype.json", "\"title\" must be a string");
    assert!(c
        .problems
        .iter()
        .filter(|p| p.path.contains("/bad/"))
        .all(|p| p.skipped));
}

#[test]
fn a_dash_reads_one_report_from_standard_input() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(["facts", "-"])
        // No archive of the user's is read.
        .env("XDG_DATA_HOME", "/nonexistent/sitrep-test")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run sitrep");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Night attack on Lviv\n\nRussia launched 20 drones at Lviv; air defence shot down 18.\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["path"], "stdin");
    assert_eq!(v[0]["title"], "Night attack on Lviv");
    assert_eq!(v[0]["format"], "text");
    assert_eq!(v[0]["facts"][0]["launched"], 20);
    assert_eq!(v[0]["facts"][0]["destroyed"], 18);
}

// ---- URLs, served by a server of this test's own on 127.0.0.1 ----

/// How the test server answers one request.
#[derive(Clone, Copy)]
enum Answer {
    Page,
    Feed,
    Status500,
    /// Sleeps before answering, past the client's timeout.
    Slow,
    /// Redirects to itself for ever.
    Loop,
    /// Sends more bytes than the client's cap.
    Huge,
}

/// Serves `answer` to up to `requests` connections on 127.0.0.1, then stops; returns the base URL.
fn serve(answer: Answer, requests: usize) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let here = base.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(requests) {
            let Ok(mut stream) = stream else { return };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            // The request line and headers, up to the blank line.
            while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                line.clear();
            }
            let html = std::fs::read_to_string(format!("{DIR}/page.html")).unwrap();
            let feed = std::fs::read_to_string(format!("{DIR}/feed.xml")).unwrap();
            let reply = |status: &str, ctype: &str, extra: &str, body: &str| {
                format!(
                    "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\n{extra}Connection: close\r\n\r\n{body}",
                    body.len()
                )
            };
            let text = match answer {
                Answer::Page => reply("200 OK", "text/html; charset=utf-8", "", &html),
                Answer::Feed => reply("200 OK", "application/rss+xml", "", &feed),
                Answer::Status500 => reply("500 Internal Server Error", "text/plain", "", "oops"),
                Answer::Slow => {
                    std::thread::sleep(Duration::from_secs(4));
                    reply("200 OK", "text/plain", "", "late")
                }
                Answer::Loop => reply(
                    "302 Found",
                    "text/plain",
                    &format!("Location: {here}/again\r\n"),
                    "",
                ),
                Answer::Huge => {
                    let big = "x".repeat(3 * 1024 * 1024);
                    reply("200 OK", "text/plain", "", &big)
                }
            };
            let _ = stream.write_all(text.as_bytes());
            let _ = stream.flush();
            // Drain what the client still sends so the connection closes cleanly.
            let _ = stream.set_read_timeout(Some(Duration::from_millis(50)));
            let _ = reader.read(&mut [0u8; 64]);
        }
    });
    base
}

fn limits() -> Limits {
    Limits {
        connect: Duration::from_secs(5),
        total: Duration::from_secs(2),
        max_bytes: 1024 * 1024,
        redirects: 3,
    }
}

#[test]
fn a_page_url_is_read_by_its_content_type() {
    let url = format!("{}/news/odesa", serve(Answer::Page, 1));
    let (loaded, problems) = read_url(&url, limits()).expect("fetched");
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(loaded.len(), 1);
    assert_eq!(loaded[0].meta.format, "html");
    // The page's canonical link wins over the address it was fetched from.
    assert_eq!(
        loaded[0].meta.url.as_deref(),
        Some("https://blacksea.example/news/odesa-overnight")
    );
    assert!(loaded[0].text.contains("shot down 12 of the drones"));
}

#[test]
fn a_feed_url_gives_its_items() {
    let url = format!("{}/rss", serve(Answer::Feed, 1));
    let (loaded, _) = read_url(&url, limits()).expect("fetched");
    assert_eq!(loaded.len(), 2);
    assert_eq!(loaded[0].meta.source.as_deref(), Some("Frontline Wire"));
}

#[test]
fn server_failures_are_one_clear_message_each() {
    let cases = [
        (
            Answer::Status500,
            1,
            "the server answered 500 Internal Server Error",
        ),
        (Answer::Slow, 1, "timed out"),
        (Answer::Loop, 10, "redirects"),
        (Answer::Huge, 1, "over the 1 MiB limit"),
    ];
    for (answer, requests, what) in cases {
        let url = serve(answer, requests);
        let started = std::time::Instant::now();
        let err = read_url(&url, limits()).expect_err("should fail");
        assert!(err.skipped);
        assert!(
            err.message.contains(what),
            "{what:?} not in {:?}",
            err.message
        );
        assert!(err.path.starts_with("http://127.0.0.1:"));
        // Never a hang past the timeout (generous margin for a loaded machine).
        assert!(started.elapsed() < Duration::from_secs(20));
    }
    // A port nobody listens on.
    let closed = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", closed.local_addr().unwrap());
    drop(closed);
    let err = read_url(&url, limits()).expect_err("refused");
    assert!(err.message.starts_with("skipped: "), "{}", err.message);
}

#[test]
fn a_failing_url_does_not_stop_the_other_inputs() {
    let bad = serve(Answer::Status500, 1);
    let good = serve(Answer::Page, 1);
    let (loaded, problems) = read_paths(&[
        PathBuf::from(&bad),
        PathBuf::from(format!("{good}/page")),
        PathBuf::from(format!("{DIR}/notes.md")),
    ]);
    assert_eq!(loaded.len(), 2);
    assert_eq!(problems.len(), 1);
    assert!(problems[0].message.contains("500"));
}

#[test]
fn a_folder_reads_the_formats_sitrep_knows_and_lists_the_rest_as_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write(
        "night.txt",
        "Night attack\n\nRussia launched 14 Shahed drones at Odesa overnight; 11 were shot down.\n",
    );
    write("notes.md", "# Morning\n\nA quiet morning in Kharkiv.\n");
    // A page saved under another name: its first bytes say HTML.
    write(
        "saved-page.dat",
        "<!doctype html><html><head><title>Saved page</title></head><body><p>Sirens in Sumy.</p></body></html>",
    );
    // A report without an extension is read as text.
    write(
        "dispatch",
        "Dispatch\n\nShelling in Kherson this morning.\n",
    );
    // Not reports: a script with numbers in it, and a table.
    write(
        "tally.py",
        "# launched 40 drones, 30 destroyed\nlaunched = 40\ndestroyed = 30\nprint(launched - destroyed)\n",
    );
    write("figures.csv", "date,launched,destroyed\n2025-03-01,40,30\n");
    let (loaded, problems) = read_paths(&[dir.path().to_path_buf()]);
    let mut paths: Vec<String> = loaded
        .iter()
        .map(|l| {
            std::path::Path::new(&l.path)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    paths.sort();
    assert_eq!(
        paths,
        ["dispatch", "night.txt", "notes.md", "saved-page.dat"]
    );
    let skipped: Vec<&str> = problems
        .iter()
        .filter(|p| p.skipped)
        .map(|p| p.message.as_str())
        .collect();
    assert_eq!(skipped.len(), 2, "{problems:?}");
    assert!(
        problems.iter().any(|p| p.path.ends_with("tally.py")
            && p.message.contains(".py is not a format sitrep reads")),
        "{problems:?}"
    );
    // Named on its own, a file is read whatever its name.
    let (loaded, _) = read_paths(&[dir.path().join("tally.py")]);
    assert_eq!(loaded.len(), 1);
}
