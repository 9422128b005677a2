//! `sitrep facts` JSON of the shipped seeds, the QA fixtures and a small generated corpus, compared with
//! snapshots taken before the speed work of issue 23: making the readers faster must change no fact.
//!
//! Extraction changes on purpose (new rules, better readings) do change these files. Re-bless them after
//! checking the diff of the snapshot files:
//!
//! ```text
//! SITREP_BLESS=1 cargo test --test facts_snapshot
//! git diff tests/snapshots/facts_*.json
//! ```
//!
//! When branches that change extraction are merged, the snapshots are re-blessed on the merged result.

#[path = "../benches/common/mod.rs"]
mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

/// Generated English reports of the scale bench's kind in the snapshot.
const ENGLISH: usize = 200;
/// Generated Ukrainian, Russian and mixed reports in the snapshot.
const CYRILLIC: usize = 30;

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `sitrep facts` over `args`, run in `dir` (so the reports' paths are relative and stable), with an
/// archive and config of its own; stdout as pretty JSON.
fn facts(dir: &Path, args: &[&str]) -> String {
    let home = tempfile::tempdir().expect("temp dir");
    let out = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .current_dir(dir)
        .arg("--archive")
        .arg(home.path().join("archive.db"))
        .arg("facts")
        .args(args)
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .output()
        .expect("run sitrep");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    serde_json::to_string_pretty(&value).expect("JSON value prints") + "\n"
}

/// Compares `actual` with `tests/snapshots/NAME`, or writes it there under `SITREP_BLESS=1`.
fn check(name: &str, actual: &str) {
    let path: PathBuf = manifest().join("tests/snapshots").join(name);
    if std::env::var_os("SITREP_BLESS").is_some_and(|v| v == "1") {
        std::fs::write(&path, actual).expect("write the snapshot");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if expected == actual {
        return;
    }
    let first = expected
        .lines()
        .zip(actual.lines())
        .position(|(e, a)| e != a)
        .unwrap_or(expected.lines().count().min(actual.lines().count()));
    let around = |text: &str| -> String {
        let lines: Vec<&str> = text.lines().collect();
        lines[first.saturating_sub(5)..(first + 5).min(lines.len())].join("\n")
    };
    panic!(
        "{name} differs from the facts printed now, first at line {}.\n--- snapshot\n{}\n--- now\n{}\n\
         If the change is meant (an extraction change), re-bless: SITREP_BLESS=1 cargo test --test facts_snapshot",
        first + 1,
        around(&expected),
        around(actual)
    );
}

#[test]
fn seeds_and_fixtures_read_as_in_the_snapshot() {
    let mut args = vec!["seeds".to_owned()];
    let mut fixtures: Vec<String> = std::fs::read_dir(manifest().join("tests/fixtures"))
        .expect("tests/fixtures")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .map(|n| format!("tests/fixtures/{n}"))
        .collect();
    fixtures.sort();
    args.extend(fixtures);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    check("facts_seeds.json", &facts(manifest(), &args));
}

#[test]
fn generated_corpus_reads_as_in_the_snapshot() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).expect("corpus folder");
    for i in 0..ENGLISH {
        let name = corpus.join(format!("en{i:04}.txt"));
        std::fs::write(name, common::scale_report(i)).expect("write a report");
    }
    for i in 0..CYRILLIC {
        let name = corpus.join(format!("cy{i:04}.txt"));
        std::fs::write(name, common::cyrillic_report(i)).expect("write a report");
    }
    check("facts_generated.json", &facts(dir.path(), &["corpus"]));
}
