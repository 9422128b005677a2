//! Region tags of the two seed reports, worked out by hand from their text.

use sitrep::regions::{tag, RegionTag};

const SEED_000: &str = include_str!("../seeds/000_178d82905a493208.txt");
const SEED_004: &str = include_str!("../seeds/004_7dcc0c5c7b642355.txt");

fn summary(tags: &[RegionTag]) -> Vec<(&str, &str, usize)> {
    tags.iter()
        .map(|t| (t.name.as_str(), t.country.as_str(), t.mentions))
        .collect()
}

fn places<'a>(tags: &'a [RegionTag], name: &str) -> Vec<&'a str> {
    tags.iter()
        .find(|t| t.name == name)
        .map(|t| t.places.iter().map(String::as_str).collect())
        .unwrap_or_default()
}

#[test]
fn seed_000_tags_kharkiv_donbas_and_crimea_not_kyiv() {
    let tags = tag(SEED_000);
    // Kharkiv: "Kupyansk Region" (title), "Kupyansk direction" twice, "Kharkov region".
    // Crimea: "Kerch Strait Bridge" three times, "Crimea" once.
    // "Donbas regions" once for each. Every "Kiev" and the "Moscow" are governments.
    assert_eq!(
        summary(&tags),
        [
            ("Crimea", "UA", 4),
            ("Kharkiv", "UA", 4),
            ("Donetsk", "UA", 1),
            ("Luhansk", "UA", 1),
        ]
    );
    assert_eq!(places(&tags, "Kharkiv"), ["Kupyansk", "Kharkov"]);
    assert_eq!(places(&tags, "Crimea"), ["Kerch Strait Bridge", "Crimea"]);
    assert_eq!(places(&tags, "Donetsk"), ["Donbas"]);
    assert_eq!(places(&tags, "Luhansk"), ["Donbas"]);
}

#[test]
fn seed_004_tags_seven_regions_not_kyiv_or_moscow() {
    let tags = tag(SEED_004);
    // Kharkiv: 9 × "Kupyansk" + 6 × "Kharkiv". Donetsk: "Donetsk" 2, "Lyman" 3, "Mariupol" 1.
    // Mykolaiv: 3 × "Mykolayiv". Crimea: "Chauda", "Crimea". Odesa: 2. Luhansk: 2.
    // Dnipropetrovsk: "Dnipropetrovska regions". "Officials in Kyiv and Moscow" is metonymy.
    assert_eq!(
        summary(&tags),
        [
            ("Kharkiv", "UA", 15),
            ("Donetsk", "UA", 6),
            ("Mykolaiv", "UA", 3),
            ("Crimea", "UA", 2),
            ("Luhansk", "UA", 2),
            ("Odesa", "UA", 2),
            ("Dnipropetrovsk", "UA", 1),
        ]
    );
    assert_eq!(places(&tags, "Kharkiv"), ["Kupyansk", "Kharkiv"]);
    assert_eq!(places(&tags, "Donetsk"), ["Donetsk", "Lyman", "Mariupol"]);
    assert_eq!(places(&tags, "Crimea"), ["Chauda", "Crimea"]);
    assert_eq!(places(&tags, "Mykolaiv"), ["Mykolayiv"]);
    assert_eq!(places(&tags, "Dnipropetrovsk"), ["Dnipropetrovska"]);
}

#[test]
fn spans_point_at_the_places() {
    for text in [SEED_000, SEED_004] {
        for t in tag(text) {
            assert_eq!(t.spans.len(), t.mentions, "{}", t.name);
            for span in &t.spans {
                let written = text.get(span.clone()).unwrap_or_default();
                assert!(t.places.iter().any(|p| p == written), "{written:?}");
            }
        }
    }
}

#[test]
fn json_shape() {
    let tags = tag("Drones hit Kupyansk and the Kharkov region.");
    let json = serde_json::to_value(&tags).unwrap_or_default();
    assert_eq!(
        json,
        serde_json::json!([
            {"name": "Kharkiv", "country": "UA", "mentions": 2, "places": ["Kupyansk", "Kharkov"]}
        ])
    );
}
