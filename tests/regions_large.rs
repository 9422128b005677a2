//! Tagging a large single-line input gives exactly the counts of its repeated parts.
//! (The speed of the same inputs is measured by `cargo bench --bench regions`.)

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

/// (region, mentions) pairs of `text`.
fn counts(text: &str) -> Vec<(String, usize)> {
    sitrep::regions::tag(text)
        .into_iter()
        .map(|t| (t.name, t.mentions))
        .collect()
}

fn named(pairs: &[(&str, usize)]) -> Vec<(String, usize)> {
    pairs
        .iter()
        .map(|&(name, n)| (name.to_owned(), n))
        .collect()
}

#[test]
fn tag_four_megabytes() {
    let (text, repeats) = big_input();
    let got = counts(&text);
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
fn tag_four_megabytes_of_report_prose() {
    let seed = include_str!("../seeds/004_7dcc0c5c7b642355.txt").replace('\n', " ");
    let repeats = (4 * 1024 * 1024) / seed.len() + 1;
    let text = seed.repeat(repeats);
    let got = counts(&text);
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
