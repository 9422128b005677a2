//! Extraction throughput on a generated corpus of about 20 MB: `cargo bench --bench extract`.
//!
//! Prints the median MB/s over several runs. A plain bench binary (no criterion).

use std::time::Instant;

const SEED_000: &str = include_str!("../seeds/000_178d82905a493208.txt");
const SEED_004: &str = include_str!("../seeds/004_7dcc0c5c7b642355.txt");

const WEAPONS: &[&str] = &[
    "Shahed drones",
    "Kalibr cruise missiles",
    "Kh-101 missiles",
    "Iskander-M ballistic missiles",
    "UAVs",
];
const NUMBERS: &[&str] = &[
    "six",
    "36",
    "thirty-one",
    "1,000",
    "a dozen",
    "12",
    "two",
    "40",
];
const PLACES: &[&str] = &[
    "Odesa",
    "Kharkiv region",
    "Belgorod region",
    "Kyiv",
    "Mykolaiv",
];

/// Seed-like articles, varied so that no two are alike, until `bytes` are reached.
fn corpus(bytes: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut total = 0;
    let mut i = 0usize;
    while total < bytes {
        let w = WEAPONS[i % WEAPONS.len()];
        let n = NUMBERS[i % NUMBERS.len()];
        let m = NUMBERS[(i / 3) % NUMBERS.len()];
        let p = PLACES[(i / 7) % PLACES.len()];
        let mut a = format!(
            "Day {}: Russia strikes {p}\n\nRussia launched {n} {w} at {p} overnight on July {}. \
             Air defence destroyed {m} of them, according to the Air Force. \
             The strike killed a couple and injured {m} people in {p}, Governor Oleh Syniehubov said.\n\n",
            100 + i % 900,
            1 + i % 28
        );
        a.push_str(if i.is_multiple_of(2) {
            SEED_004
        } else {
            SEED_000
        });
        total += a.len();
        out.push(a);
        i += 1;
    }
    out
}

fn main() {
    let docs = corpus(20 * 1024 * 1024);
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut rates = Vec::new();
    let mut facts = 0;
    for run in 0..5 {
        let start = Instant::now();
        facts = 0;
        for d in &docs {
            let date = sitrep::extract::dates::report_date(d).map(|r| r.date);
            facts += sitrep::extract::extract(d, date).len();
        }
        let secs = start.elapsed().as_secs_f64();
        let rate = bytes as f64 / 1e6 / secs;
        println!(
            "run {run}: {:.1} MB in {secs:.2} s = {rate:.1} MB/s",
            bytes as f64 / 1e6
        );
        rates.push(rate);
    }
    rates.sort_by(f64::total_cmp);
    println!("{} articles, {} facts per run", docs.len(), facts);
    println!(
        "median: {:.1} MB/s (report date + extract)",
        rates[rates.len() / 2]
    );
}
