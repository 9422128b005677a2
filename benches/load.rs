//! Load-and-draw benchmark: a generated folder of reports through `Corpus::from_paths`,
//! then frames drawn on a TestBackend. Prints throughput and peak memory.
//!
//! Run: `cargo bench --bench load` (optionally `-- FILES`, default 2000).

mod common;
use common::peak_rss_mib;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::Terminal;
use sitrep::app::{Action, App};
use sitrep::corpus::Corpus;
use std::time::Instant;

const SEEDS: [&str; 2] = [
    include_str!("../seeds/000_178d82905a493208.txt"),
    include_str!("../seeds/004_7dcc0c5c7b642355.txt"),
];

fn main() {
    let files: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(2000);
    let dir = tempfile::tempdir().expect("temp dir");
    let mut bytes = 0;
    for i in 0..files {
        // Vary the text so no two files are the same report.
        let text = SEEDS[i % 2]
            .replace("July 17", &format!("July {}", 1 + i % 28))
            .replace("six Kalibr", &format!("{} Kalibr", 2 + i % 9));
        bytes += text.len();
        std::fs::write(dir.path().join(format!("{i:05}.txt")), text).expect("write");
    }
    let mb = bytes as f64 / 1e6;
    println!("corpus: {files} files, {mb:.1} MB");

    let start = Instant::now();
    let corpus = Corpus::from_paths(&[dir.path().to_path_buf()]);
    let load = start.elapsed().as_secs_f64();
    assert_eq!(corpus.articles.len(), files);
    let facts: usize = corpus.articles.iter().map(|a| a.facts.len()).sum();
    println!(
        "load + parse + extract + tag: {load:.2} s, {:.1} MB/s, {:.0} files/s, {facts} facts",
        mb / load,
        files as f64 / load
    );

    let mut app = App::new(corpus);
    app.resize(Rect::new(0, 0, 120, 40));
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("backend");
    let frames = 200;
    let start = Instant::now();
    for i in 0..frames {
        app.update(if i % 2 == 0 {
            Action::Down
        } else {
            Action::NextPane
        });
        terminal.draw(|f| sitrep::ui::draw(f, &app)).expect("draw");
    }
    let per_frame = start.elapsed().as_secs_f64() * 1000.0 / frames as f64;
    println!("key + redraw at 120×40: {per_frame:.2} ms per frame");
    if let Some(peak) = peak_rss_mib() {
        println!("peak memory (VmHWM): {peak:.0} MiB");
    }
}
