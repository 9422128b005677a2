//! The `sitrep` binary without a terminal: `facts`, arguments, exit codes and bad input.

use std::fs;
use std::process::{Command, Output};

/// Runs sitrep with a config and an archive of its own (empty), never the user's.
fn sitrep(args: &[&str]) -> Output {
    let home = tempfile::tempdir().expect("temp dir");
    Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(args)
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .output()
        .expect("run sitrep")
}

fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).expect("stdout is JSON")
}

#[test]
fn facts_without_paths_prints_the_seeds() {
    let out = sitrep(&["facts"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out);
    let articles = v.as_array().unwrap();
    assert_eq!(articles.len(), 2);
    let titles: Vec<&str> = articles
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert!(titles.contains(
        &"Ukraine Reports Russian Forces Advancing in Kupyansk Region: Moscow Expected to Retaliate For Strike on Kerch Strait Bridge"
    ));
    assert!(titles
        .contains(&"Day 510: Russia attempts to intensify offensive operations on Kupyansk axis"));
    for article in articles {
        for key in ["path", "title", "date", "regions", "facts"] {
            assert!(article.get(key).is_some(), "missing {key}");
        }
        assert!(article["regions"].is_array() && article["facts"].is_array());
    }
    assert!(out.stderr.is_empty());
}

#[test]
fn facts_dates_follow_the_rules() {
    let v = json(&sitrep(&["facts"]));
    for article in v.as_array().unwrap() {
        let title = article["title"].as_str().unwrap();
        let date = &article["date"];
        if title.starts_with("Day 510") {
            assert_eq!(date, "2023-07-18");
        } else {
            // Seed 000 only says "July 17" after an event of October 8, 2022.
            assert!(
                date.is_null() || date == "2023-07-17",
                "seed 000 date {date}"
            );
        }
    }
}

#[test]
fn text_format_and_explicit_paths() {
    let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let out = sitrep(&["facts", "--format", "text", seeds]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text
        .contains("Day 510: Russia attempts to intensify offensive operations on Kupyansk axis"));
    assert!(text.contains("000_178d82905a493208.txt"));
}

#[test]
fn help_version_and_bad_arguments() {
    let help = sitrep(&["--help"]);
    assert!(help.status.success());
    assert!(String::from_utf8_lossy(&help.stdout).contains("facts"));
    let facts_help = sitrep(&["facts", "--help"]);
    assert!(String::from_utf8_lossy(&facts_help.stdout).contains("--format"));
    let version = sitrep(&["--version"]);
    assert!(version.status.success());
    assert!(String::from_utf8_lossy(&version.stdout).contains(env!("CARGO_PKG_VERSION")));
    assert_eq!(sitrep(&["facts", "--format", "xml"]).status.code(), Some(2));
    assert_eq!(sitrep(&["facts", "--bogus"]).status.code(), Some(2));
}

#[test]
fn nothing_readable_exits_1() {
    let out = sitrep(&["facts", "/definitely/not/here"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("/definitely/not/here") && err.contains("no such file"));
}

#[test]
fn bad_inputs_are_named_once_and_the_rest_loads() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("good.txt"), "Drones attacked Odesa\n\nA report.\n").unwrap();
    fs::write(d.join("empty.txt"), "").unwrap();
    fs::write(
        d.join("image.bin"),
        [0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0xff],
    )
    .unwrap();
    // Binary bytes under a report's extension.
    fs::write(
        d.join("scan.txt"),
        [0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0xff],
    )
    .unwrap();
    fs::write(d.join("latin1.txt"), b"Caf\xe9 report\n\nText \xff here.\n").unwrap();
    fs::create_dir(d.join("sub")).unwrap();
    fs::write(d.join("sub/nested.txt"), "Nested report\n\nBody.\n").unwrap();
    let huge = vec![b'a'; 50 * 1024 * 1024];
    fs::write(d.join("huge.txt"), huge).unwrap();
    let missing = d.join("missing.txt");

    let out = sitrep(&["facts", d.to_str().unwrap(), missing.to_str().unwrap()]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    for name in [
        "empty.txt",
        "image.bin",
        "scan.txt",
        "latin1.txt",
        "huge.txt",
        "missing.txt",
    ] {
        assert_eq!(err.matches(name).count(), 1, "{name} named once in:\n{err}");
    }
    assert!(err.contains("binary") && err.contains("empty") && err.contains("UTF-8"));
    assert!(err.contains(".bin is not a format sitrep reads"), "{err}");
    assert!(err.contains("limit") && err.contains("no such file"));
    let v = json(&out);
    let mut titles: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    titles.sort();
    assert_eq!(
        titles,
        [
            "Caf\u{FFFD} report",
            "Drones attacked Odesa",
            "Nested report"
        ]
    );
}

#[test]
fn reader_without_a_terminal_explains_itself() {
    let out = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("sitrep facts"));
}

#[test]
fn text_format_shows_escape_sequences_instead_of_sending_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile.txt");
    std::fs::write(
        &path,
        "Night attack on Odesa\u{1b}]0;pwned\u{7}\n\n\
         The enemy launched 12 drones.\u{1b}[2J Air defence destroyed 10 of them.\u{9b}31m\n",
    )
    .unwrap();
    let out = sitrep(&["facts", "--format", "text", path.to_str().unwrap()]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        !text.chars().any(|c| c.is_control() && c != '\n'),
        "{text:?}"
    );
    assert!(text.contains("Night attack on Odesa^[]0;pwned^G"), "{text}");
}

#[test]
fn streamed_facts_equal_the_whole_document_and_keep_the_list_order() {
    use sitrep::corpus::{analyse_in_order, load::read_paths, Corpus};
    let inputs = [
        std::path::PathBuf::from("tests/fixtures"),
        std::path::PathBuf::from("seeds"),
    ];
    let whole = Corpus::from_paths(&inputs);
    let (loaded, _) = read_paths(&inputs);
    for json in [true, false] {
        let mut out = Vec::new();
        let mut writer = sitrep::headless::Writer::new(&mut out, json);
        let mut paths = Vec::new();
        analyse_in_order(
            loaded.clone(),
            |a| (a.path.clone(), sitrep::headless::render(&a, json)),
            |(path, rendered)| {
                paths.push(path);
                writer.rendered(&rendered.unwrap()).unwrap();
            },
        );
        writer.finish().unwrap();
        let expected = if json {
            format!("{}\n", sitrep::headless::json(&whole))
        } else {
            sitrep::headless::text(&whole)
        };
        assert_eq!(String::from_utf8(out).unwrap(), expected);
        let order: Vec<&str> = whole.articles.iter().map(|a| a.path.as_str()).collect();
        assert_eq!(paths, order);
    }
}

#[test]
fn facts_query_keeps_the_matching_reports_and_names_a_bad_query() {
    let out = sitrep(&["facts", "--query", "weapon:kalibr region:kharkov"]);
    assert!(out.status.success());
    let v = json(&out);
    let titles: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles.len(), 1);
    assert!(titles[0].starts_with("Day 510"), "{titles:?}");
    let out = sitrep(&["facts", "--query", "weapon:kalibr or (region:crimea"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("at character 18: this ( is not closed"),
        "{err}"
    );
}

/// Two outlets' folders, each with reports written for this test.
fn two_outlets() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let write = |folder: &str, name: &str, text: &str| {
        let d = dir.path().join(folder);
        fs::create_dir_all(&d).unwrap();
        fs::write(d.join(name), text).unwrap();
    };
    write(
        "harbour-post",
        "a.txt",
        "Night of drones\n\nOn the night of 11 to 12 April 2024, Russia launched 28 Shahed drones at Odesa, \
         and 26 of them were shot down.\n",
    );
    write(
        "steppe-daily",
        "b.txt",
        "Odesa under attack\n\nOn the night of 11 to 12 April 2024, Russia attacked with 27 Shahed drones; \
         air defence destroyed 26.\n",
    );
    write(
        "steppe-daily",
        "c.txt",
        "Kharkiv hit\n\nOn April 14, 2024, Russia fired four Iskander-M missiles at Kharkiv.\n",
    );
    dir
}

#[test]
fn events_csv_lines_up_with_the_record_and_marks_disagreement() {
    let dir = two_outlets();
    let out = sitrep(&["events", "--format", "csv", dir.path().to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with(
            "time_start,time_end,model,launch_place,target,target_main,launched,destroyed,"
        ),
        "{}",
        lines[0]
    );
    assert!(lines[0].ends_with(",source,sources,disagreement,side,dated_by_fetch"));
    assert_eq!(lines.len(), 3, "{text}");
    // The night of 11 to 12 April, told by two outlets that disagree on the launched figure.
    assert!(
        lines[1].starts_with("2024-04-11,2024-04-12,Shahed-136/131,"),
        "{}",
        lines[1]
    );
    // A tie (one source each) shows the later-listed report's figure first.
    assert!(
        lines[1].ends_with(",2,launched 27 (steppe-daily) vs 28 (harbour-post),russia,"),
        "{}",
        lines[1]
    );
    assert!(lines[1].contains(",Odesa,,27,26,"), "{}", lines[1]);
    assert!(
        lines[2].starts_with("2024-04-14,2024-04-14,Iskander-M,"),
        "{}",
        lines[2]
    );
}

#[test]
fn events_json_and_query() {
    let dir = two_outlets();
    let out = sitrep(&[
        "events",
        "--query",
        "weapon:iskander",
        dir.path().to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out);
    let events = v.as_array().unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["date"], "2024-04-14");
    assert_eq!(events[0]["category"], "ballistic_missile");
    assert_eq!(events[0]["launched"], 4);
    assert_eq!(events[0]["accounts"][0]["source"], "steppe-daily");
    let bad = sitrep(&[
        "events",
        "--query",
        "launched>",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--query"));
}

#[test]
fn facts_query_with_a_prefix_finds_the_words_that_start_so() {
    let dir = two_outlets();
    let out = sitrep(&["facts", "--query", "drone*", dir.path().to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let found = json(&out);
    let titles: Vec<&str> = found
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a["title"].as_str())
        .collect();
    assert_eq!(titles.len(), 2, "{titles:?}");
    assert!(!titles.contains(&"Kharkiv hit"), "{titles:?}");
}

#[test]
fn opml_import_adds_the_feeds_and_export_lists_them() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    let file = dir.path().join("subs.opml");
    fs::write(
        &file,
        "<?xml version=\"1.0\"?><opml version=\"2.0\"><head/><body>\
         <outline text=\"News\"><outline type=\"rss\" text=\"River Wire\" xmlUrl=\"https://river.example/rss\"/>\
         <outline type=\"rss\" title=\"Steppe Daily\" text=\"steppe\" xmlUrl=\"https://steppe.example/feed\"/>\
         </outline></body></opml>",
    )
    .unwrap();
    let cfg = config.to_str().unwrap();
    let out = sitrep(&["--config", cfg, "opml", "import", file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("2 feeds in"));
    // Again: nothing new.
    let out = sitrep(&["--config", cfg, "opml", "import", file.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 added"));
    let out = sitrep(&["--config", cfg, "opml", "export"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("text=\"River Wire\"")
            && text.contains("xmlUrl=\"https://steppe.example/feed\""),
        "{text}"
    );
    assert!(text.contains("title=\"Steppe Daily\""), "{text}");
    let bad = sitrep(&["--config", cfg, "opml", "import", config.to_str().unwrap()]);
    assert!(!bad.status.success());
}
