//! The archive at scale: N generated reports (default 100,000; deterministic) stored through
//! `Archive::store`, then opened as the reader opens it, then a region filter and a search over all of
//! them. Prints each step's time and the peak memory.
//!
//! Run: `cargo bench --bench archive` (optionally `-- N`).

mod common;
use common::{peak_rss_mib, PLACES, WEAPONS};
use ratatui::layout::Rect;
use sitrep::app::{Action, App};
use sitrep::archive::Archive;
use sitrep::corpus::{analyse_batch, Loaded};
use sitrep::pipeline::LoadEvent;
use std::time::Instant;

fn report(i: usize) -> Loaded {
    let p = PLACES[i % PLACES.len()];
    let w = WEAPONS[(i / 3) % WEAPONS.len()];
    let n = 10 + i % 90;
    let mut l = Loaded::new(
        format!("r{i:06}.txt"),
        format!(
            "Night attack {i} on {p}\n\nRussia launched {n} {w} at the {p} region overnight on March {}, 2025, \
             the Air Force said. Air defence shot down {} of them. Falling debris damaged {} houses; {} people \
             were injured, the regional governor said.\n",
            1 + i % 28,
            n / 2,
            i % 7,
            i % 4
        ),
    );
    l.meta.source = Some("Bench Wire".into());
    l
}

fn main() {
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("archive.db");
    let mut archive = Archive::open(&path).expect("archive");

    let start = Instant::now();
    for chunk in (0..n).collect::<Vec<_>>().chunks(5_000) {
        let articles = analyse_batch(chunk.iter().map(|&i| report(i)).collect());
        archive.store("Bench Wire", &articles).expect("store");
    }
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0) as f64 / 1e6;
    println!(
        "store {n} reports (analysed): {:.1} s; archive {size:.0} MB",
        start.elapsed().as_secs_f64()
    );

    // As the reader opens it: the first frame comes before any of this (the load is in the background).
    let start = Instant::now();
    let rx =
        sitrep::pipeline::load_in_background(sitrep::pipeline::Inputs::Archive(path.clone()), None);
    let mut app = App::loading();
    app.resize(Rect::new(0, 0, 120, 40));
    let mut first = None;
    for event in rx {
        let articles = matches!(event, LoadEvent::Articles(_));
        app.receive(event);
        if articles && first.is_none() {
            first = Some(start.elapsed().as_secs_f64());
        }
    }
    println!(
        "open the archive: first {} reports listed after {:.3} s, all {} after {:.2} s (cached facts, no extraction)",
        256.min(n),
        first.unwrap_or(0.0),
        app.corpus.articles.len(),
        start.elapsed().as_secs_f64()
    );
    assert_eq!(app.corpus.articles.len(), n);

    let start = Instant::now();
    app.update(Action::ToggleRegion(0));
    println!(
        "region filter over {n}: {:.1} ms ({} match)",
        start.elapsed().as_secs_f64() * 1000.0,
        app.visible.len()
    );
    app.update(Action::ClearFilter);

    app.update(Action::OpenSearch);
    for c in "Kalib".chars() {
        app.update(Action::Type(c));
    }
    let start = Instant::now();
    app.update(Action::Type('r'));
    println!(
        "a search keystroke over {n}: {:.1} ms ({} match)",
        start.elapsed().as_secs_f64() * 1000.0,
        app.visible.len()
    );
    let start = Instant::now();
    let ranked = archive.search("kalibr*").expect("fts");
    println!(
        "full-text search over {n}: {:.1} ms ({} match)",
        start.elapsed().as_secs_f64() * 1000.0,
        ranked.len()
    );
    if let Some(peak) = peak_rss_mib() {
        println!("peak memory (VmHWM): {peak:.0} MiB");
    }
}
