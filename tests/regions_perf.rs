//! Tagging speed on a large single-line input. Run with
//! `cargo test --release --test regions_perf -- --ignored --nocapture`.

use std::time::Instant;

/// About 4 MB on one line, dense with places, capitals, apostrophes and near-misses.
fn big_input() -> (String, usize) {
    let sentence = "Drones attacked Kyiv and the Kharkov region’s Kupyansk overnight, \
                    Kiev said; officials in Moscow claimed strikes on Bilhorod-Dnistrovskyi, \
                    Slavyansk-na-Kubani and Khmel'nyts'kyy while consumers in Lvivx and \
                    Kyivstar shops watched the Dnipro river near Mariupol and Donbass. ";
    let mut text = String::with_capacity(4 * 1024 * 1024 + sentence.len());
    let mut repeats = 0;
    while text.len() < 4 * 1024 * 1024 {
        text.push_str(sentence);
        repeats += 1;
    }
    (text, repeats)
}

/// Tags `text`, prints the speed under `label`, and returns (region, mentions) pairs.
fn timed(label: &str, text: &str) -> Vec<(String, usize)> {
    let _ = sitrep::regions::tag("warm up the gazetteer");
    let started = Instant::now();
    let tags = sitrep::regions::tag(text);
    let seconds = started.elapsed().as_secs_f64();
    let mb = text.len() as f64 / (1024.0 * 1024.0);
    println!(
        "{label}: {mb:.1} MB in {:.1} ms: {:.0} MB/s, {} mentions",
        seconds * 1000.0,
        mb / seconds,
        tags.iter().map(|t| t.mentions).sum::<usize>()
    );
    tags.into_iter().map(|t| (t.name, t.mentions)).collect()
}

fn named(pairs: &[(&str, usize)]) -> Vec<(String, usize)> {
    pairs
        .iter()
        .map(|&(name, n)| (name.to_owned(), n))
        .collect()
}

#[test]
#[ignore = "timing; run in release"]
fn tag_four_megabytes() {
    let (text, repeats) = big_input();
    let g = sitrep::regions::gazetteer();
    println!(
        "gazetteer: {} regions, {} groups, {} places, {} automaton patterns",
        g.regions().len(),
        g.groups().len(),
        g.regions().iter().map(|r| r.places.len()).sum::<usize>(),
        g.pattern_count()
    );
    let got = timed("dense synthetic text", &text);
    // Each sentence: Kyiv 1 ("attacked Kyiv"; "Kiev said" is not), Kharkiv 2, Odesa 1,
    // Krasnodar 1, Khmelnytskyi 1, Donetsk 2 (Mariupol, Donbass), Luhansk 1 (Donbass).
    // Not Moscow ("officials in"), Lviv ("Lvivx"), Dnipropetrovsk (the river), Belgorod.
    let n = repeats;
    assert_eq!(
        got,
        named(&[
            ("Donetsk", 2 * n),
            ("Kharkiv", 2 * n),
            ("Khmelnytskyi", n),
            ("Krasnodar", n),
            ("Kyiv", n),
            ("Luhansk", n),
            ("Odesa", n),
        ])
    );
}

#[test]
#[ignore = "timing; run in release"]
fn tag_four_megabytes_of_report_prose() {
    let seed = include_str!("../seeds/004_7dcc0c5c7b642355.txt").replace('\n', " ");
    let repeats = (4 * 1024 * 1024) / seed.len() + 1;
    let text = seed.repeat(repeats);
    let got = timed("report prose", &text);
    // Seed 004 on one line, repeated: the counts of tests/regions_seeds.rs times `repeats`.
    let n = repeats;
    assert_eq!(
        got,
        named(&[
            ("Kharkiv", 15 * n),
            ("Donetsk", 6 * n),
            ("Mykolaiv", 3 * n),
            ("Crimea", 2 * n),
            ("Luhansk", 2 * n),
            ("Odesa", 2 * n),
            ("Dnipropetrovsk", n),
        ])
    );
}
