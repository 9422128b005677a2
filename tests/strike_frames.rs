//! No figure merged across frames: every strike tally's evidence sentences belong to one frame, checked on
//! the development set of real report passages when it is present (it lives beside the repository, not in
//! it: `SITREP_DEVSET` or `../shared/devset`, `../../shared/devset`). The frames' own examples are unit
//! tests in `src/extract/strike/frame.rs`.

use sitrep::extract::lexicon::lexicon;
use sitrep::extract::strike::frame::mixed_frames;
use sitrep::extract::{extract, Fact};
use std::path::PathBuf;

fn devset() -> Option<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    std::env::var_os("SITREP_DEVSET")
        .map(PathBuf::from)
        .into_iter()
        .chain([
            root.join("../shared/devset"),
            root.join("../../shared/devset"),
        ])
        .find(|d| d.join("passages_a.jsonl").is_file())
}

#[test]
fn no_strike_tally_of_the_devset_mixes_frames() {
    let Some(dir) = devset() else {
        println!("skipped: no development set found (set SITREP_DEVSET to its directory)");
        return;
    };
    let lex = lexicon();
    let mut mixed = Vec::new();
    let mut tallies = 0;
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the development set directory is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    for file in files {
        let lines = std::fs::read_to_string(&file).expect("a passages file is readable");
        for line in lines.lines().filter(|l| !l.trim().is_empty()) {
            let p: serde_json::Value = serde_json::from_str(line).expect("a passage is JSON");
            let text = p["text"].as_str().unwrap_or_default();
            let date = p["date"]
                .as_str()
                .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
            for f in extract(text, date) {
                if let Fact::Strike(s) = f {
                    tallies += 1;
                    if let Some(why) = mixed_frames(lex, &s) {
                        mixed.push(format!("{}: {why}", p["id"]));
                    }
                }
            }
        }
    }
    assert!(
        tallies > 100,
        "only {tallies} tallies read from {}",
        dir.display()
    );
    assert!(mixed.is_empty(), "{}", mixed.join("\n"));
}
