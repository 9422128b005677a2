//! The two shipped seeds parse as worked out by hand from their text.

use sitrep::corpus::{Article, Corpus};
use sitrep::extract::DateHow;

fn seed(prefix: &str) -> Article {
    Corpus::seeds()
        .articles
        .into_iter()
        .find(|a| a.path.contains(prefix))
        .expect("seed is shipped")
}

#[test]
fn seed_004_day_510() {
    let a = seed("004_");
    assert_eq!(
        a.title,
        "Day 510: Russia attempts to intensify offensive operations on Kupyansk axis"
    );
    let date = a.date.expect("Day 510 gives a date");
    assert_eq!(date.date.to_string(), "2023-07-18");
    assert_eq!(date.how, DateHow::DayNumber(510));
    let sections: Vec<&str> = a.sections().collect();
    assert_eq!(
        sections,
        [
            "Ukraine’s air defenses destroy all six Kalibr cruise missiles, 31 of 36 Shahed drones that Russia launches overnight at southern Ukraine",
            "Russian forces attempt to intensify offensive operations on Kupyansk axis",
            "Saudi Arabia and Turkey hold secret talks to return Ukrainian children taken by Russia, the Financial Times says",
            "China’s big foreign policy game. Ukraine in Flames #482",
        ]
    );
    let bullets: Vec<&str> = a.bullets().collect();
    assert_eq!(bullets.len(), 3);
    assert!(bullets[0].starts_with("Alina Hrytsenko, Chief Consultant"));
    assert!(bullets[1].starts_with("Iliya Kusa, International Politics Expert"));
    assert!(bullets[2].starts_with("Ihor Lytvyn, Former Ambassador of Ukraine"));
    // "Guests:" ends with a colon: a paragraph introducing the list, not a heading.
    assert!(a.paragraphs().any(|p| p == "Guests:"));
    assert!(a
        .paragraphs()
        .next()
        .is_some_and(|p| p.starts_with("Russia attacks southern Ukraine")));
    // unicode-segmentation's word count of the whole body, title included.
    assert!((950..1000).contains(&a.word_count()), "{}", a.word_count());
}

#[test]
fn seed_000_kerch_bridge() {
    let a = seed("000_");
    assert_eq!(
        a.title,
        "Ukraine Reports Russian Forces Advancing in Kupyansk Region: Moscow Expected to Retaliate For Strike on Kerch Strait Bridge"
    );
    // Only "July 17", after an event of October 8, 2022: 2023 or nothing, never 2022.
    if let Some(date) = a.date {
        assert_eq!(date.date.to_string(), "2023-07-17");
        assert_eq!(date.how, DateHow::LatestEvent);
    }
    assert_eq!(a.sections().count(), 0);
    assert_eq!(a.bullets().count(), 0);
    assert_eq!(a.paragraphs().count(), 2);
}

#[test]
fn ids_follow_the_list_order_newest_first() {
    let corpus = Corpus::seeds();
    let ids: Vec<usize> = corpus.articles.iter().map(|a| a.id).collect();
    assert_eq!(ids, [0, 1]);
    assert!(corpus.articles[0].title.starts_with("Day 510"));
}
