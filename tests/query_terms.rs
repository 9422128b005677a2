//! Query terms of issue 22: `side:` keeps the reports with a strike fact of that attacking side; `word*`
//! finds words that start so, the same in the live preview, `--query` and the archive's index.

use chrono::NaiveDate;
use sitrep::corpus::{analyse, Article, Loaded};
use sitrep::query::{completions, parse};

fn article(path: &str, text: &str, source: &str) -> Article {
    let mut l = Loaded::new(path, text);
    l.meta.source = Some(source.into());
    analyse(l)
}

#[test]
fn side_finds_the_attacking_side() {
    let today = NaiveDate::from_ymd_opt(2024, 9, 2).unwrap();
    let ours = article(
            "ours",
            "Night attack\n\nRussian forces launched 30 Shahed drones at Kharkiv on September 1, 2024; 22 \
             were shot down.\n",
            "Frontline Wire",
        );
    let theirs = article(
            "theirs",
            "Drones over Kursk\n\nOn September 1, 2024, air defences destroyed 14 Ukrainian drones over the \
             Kursk region, the ministry said.\n",
            "Moscow Desk",
        );
    let found = |q: &str| -> Vec<String> {
        let q = parse(q).unwrap_or_else(|e| panic!("{q}: {e}"));
        [&ours, &theirs]
            .into_iter()
            .filter(|a| q.matches(a, today))
            .map(|a| a.path.clone())
            .collect()
    };
    assert_eq!(found("side:russia"), ["ours"]);
    assert_eq!(found("side:UA"), ["theirs"]);
    assert!(parse("side:both").is_err());
    assert!(completions("side:r").contains(&"side:russia".to_string()));
}

#[test]
fn a_prefix_finds_words_that_start_so_as_the_index_does() {
    let today = NaiveDate::from_ymd_opt(2024, 9, 2).unwrap();
    let reports = [
        article(
            "wire",
            "Drones at dawn\n\nDrones hit a depot near Poltava before dawn, officials said.\n",
            "Frontline Wire",
        ),
        article(
            "blog",
            "Live: the night\n\n08:10 — Anti-aircraft gunners worked all night; a drone-launched decoy fell \
             in a field.\n",
            "Live Desk",
        ),
        article(
            "post",
            "Governor\n\nThe governor said the antidrone net held. No one was hurt.\n",
            "Governor",
        ),
    ];
    let found = |q: &str| -> Vec<&str> {
        let q = parse(q).unwrap_or_else(|e| panic!("{q}: {e}"));
        reports
            .iter()
            .filter(|a| q.matches(a, today))
            .map(|a| a.path.as_str())
            .collect()
    };
    assert_eq!(found("drone*"), ["wire", "blog"]);
    assert_eq!(found("DRON*"), ["wire", "blog"]);
    assert_eq!(found("gunner*"), ["blog"]);
    assert_eq!(found("rone*"), Vec::<&str>::new(), "a prefix starts a word");
    // The index is asked the same words.
    assert_eq!(sitrep::query::full_text("drone*"), "drone*");
}

#[test]
fn an_error_points_at_the_bad_value() {
    let at = |q: &str| parse(q).unwrap_err().at;
    assert_eq!(at("launched>abc"), 9);
    assert_eq!(at("kyiv region:atlantis"), 12);
    assert_eq!(at("drone date:yesterday"), 11);
    assert_eq!(at("side:both"), 5);
    // A missing comparison is the term's own fault.
    assert_eq!(at("kyiv launched~5"), 5);
}
