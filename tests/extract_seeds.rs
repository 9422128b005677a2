//! The hand-worked expectations of issue 3 for the two seed reports.

use chrono::NaiveDate;
use sitrep::corpus::{analyse, Article, Loaded};
use sitrep::extract::{Casualties, Category, DateHow, Fact, Forces, Person, Strike};

const SEED_000: &str = include_str!("../seeds/000_178d82905a493208.txt");
const SEED_004: &str = include_str!("../seeds/004_7dcc0c5c7b642355.txt");

fn load(path: &str, text: &str) -> Article {
    analyse(Loaded::new(path, text))
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn strikes(a: &Article) -> Vec<&Strike> {
    a.facts
        .iter()
        .filter_map(|f| {
            if let Fact::Strike(s) = f {
                Some(s)
            } else {
                None
            }
        })
        .collect()
}

fn casualties(a: &Article) -> Vec<&Casualties> {
    a.facts
        .iter()
        .filter_map(|f| {
            if let Fact::Casualties(c) = f {
                Some(c)
            } else {
                None
            }
        })
        .collect()
}

fn forces(a: &Article) -> Vec<&Forces> {
    a.facts
        .iter()
        .filter_map(|f| {
            if let Fact::Forces(c) = f {
                Some(c)
            } else {
                None
            }
        })
        .collect()
}

fn persons(a: &Article) -> Vec<&Person> {
    a.facts
        .iter()
        .filter_map(|f| {
            if let Fact::Person(p) = f {
                Some(p)
            } else {
                None
            }
        })
        .collect()
}

fn dates(a: &Article) -> Vec<NaiveDate> {
    a.facts
        .iter()
        .filter_map(|f| {
            if let Fact::Date(d) = f {
                Some(d.date)
            } else {
                None
            }
        })
        .collect()
}

fn claimants(a: &Article) -> Vec<String> {
    a.facts
        .iter()
        .filter_map(|f| {
            if let Fact::Claim(c) = f {
                Some(c.by.clone())
            } else {
                None
            }
        })
        .collect()
}

fn person<'a>(a: &'a Article, name: &str) -> &'a Person {
    let all = persons(a);
    let found = all.iter().find(|p| p.name == name);
    assert!(
        found.is_some(),
        "no person {name} in {:#?}",
        all.iter().map(|p| (&p.name, &p.role)).collect::<Vec<_>>()
    );
    found.copied().unwrap_or_else(|| unreachable!())
}

#[test]
fn every_evidence_span_is_its_sentence() {
    for (path, text) in [("000", SEED_000), ("004", SEED_004)] {
        let a = load(path, text);
        assert!(!a.facts.is_empty());
        for f in &a.facts {
            assert!(!f.evidence().is_empty(), "{f:?}");
            for e in f.evidence() {
                assert_eq!(
                    a.body.get(e.span[0]..e.span[1]),
                    Some(e.sentence.as_str()),
                    "{path}: {f:?}"
                );
            }
        }
    }
}

#[test]
fn seed_004_report_date_is_day_510() {
    let a = load("004", SEED_004);
    let d = a.date.map(|d| (d.date, d.how));
    assert_eq!(d, Some((ymd(2023, 7, 18), DateHow::DayNumber(510))));
}

#[test]
fn seed_004_strikes() {
    let a = load("004", SEED_004);
    let s = strikes(&a);
    let summary: Vec<_> = s
        .iter()
        .map(|s| (s.weapon.as_str(), s.category, s.launched, s.destroyed))
        .collect();
    assert_eq!(
        summary,
        vec![
            ("Kalibr", Category::CruiseMissile, Some(6), Some(6)),
            ("Shahed-136/131", Category::Drone, Some(36), Some(31)),
            ("reconnaissance drone", Category::Drone, None, Some(1)),
        ]
    );
    let kalibr = s[0];
    assert!(
        kalibr
            .launched_from
            .as_deref()
            .is_some_and(|f| f.contains("Admiral Essen")),
        "{kalibr:?}"
    );
    assert_eq!(kalibr.date, Some(ymd(2023, 7, 18)));
    assert_eq!(kalibr.attributed_to.as_deref(), Some("Air Force"));
    assert!(
        kalibr.evidence.len() >= 2,
        "heading and paragraph are one fact"
    );
    let shahed = s[1];
    assert!(shahed
        .launched_from
        .as_deref()
        .is_some_and(|f| f.contains("Chauda training ground in Crimea")));
    assert_eq!(shahed.date, Some(ymd(2023, 7, 18)));
    assert!(shahed.evidence.iter().any(|e| e
        .sentence
        .starts_with("Ukraine’s air defenses destroy all six")));
}

#[test]
fn seed_004_casualties_and_forces() {
    let a = load("004", SEED_004);
    let c: Vec<_> = casualties(&a)
        .iter()
        .map(|c| (c.killed, c.injured))
        .collect();
    assert_eq!(c, vec![(None, Some(1))]);
    let f: Vec<_> = forces(&a)
        .iter()
        .map(|f| (f.count, f.unit.as_str(), f.approx))
        .collect();
    assert_eq!(
        f,
        vec![
            (Some(100_000), "troops", true),
            (Some(1000), "tanks", true),
            (Some(100), "multiple rocket launchers", true),
        ]
    );
    assert_eq!(forces(&a)[2].quantity, "hundreds");
}

#[test]
fn seed_004_people_dates_and_claims() {
    let a = load("004", SEED_004);
    assert_eq!(
        person(&a, "Oleksandr Syrskyi").role.as_deref(),
        Some("commander of Ukraine’s ground forces")
    );
    assert_eq!(
        person(&a, "Daria Herasymchuk").role.as_deref(),
        Some("children’s rights commissioner")
    );
    let zelensky = person(&a, "Volodymyr Zelenskyy");
    assert_eq!(
        zelensky.evidence.len(),
        2,
        "Zelenskyy and Zelenskyi are one person"
    );
    person(&a, "Vladimir Putin");
    person(&a, "Roman Abramovich");
    person(&a, "Xi Jinping");
    assert_eq!(
        person(&a, "Alina Hrytsenko").role.as_deref(),
        Some("Chief Consultant of the National Institute of Strategic Studies")
    );
    assert!(person(&a, "Iliya Kusa")
        .role
        .as_deref()
        .is_some_and(|r| r.starts_with("International Politics Expert")));
    assert!(person(&a, "Ihor Lytvyn")
        .role
        .as_deref()
        .is_some_and(|r| r.starts_with("Former Ambassador of Ukraine")));
    let names: Vec<_> = persons(&a).iter().map(|p| p.name.clone()).collect();
    assert_eq!(names.len(), 9, "{names:?}");
    assert!(dates(&a).contains(&ymd(2022, 9, 10)));
    let by = claimants(&a);
    assert!(by.iter().any(|b| b == "Financial Times"), "{by:?}");
}

#[test]
fn seed_000_date_strike_casualties_people_claims() {
    let a = load("000", SEED_000);
    let d = a.date.map(|d| d.date);
    assert_ne!(d, Some(ymd(2022, 7, 17)));
    assert_eq!(d, Some(ymd(2023, 7, 17)), "anchored after 2022-10-08");
    let s = strikes(&a);
    assert_eq!(s.len(), 1, "{s:#?}");
    assert_eq!(
        (
            s[0].weapon.as_str(),
            s[0].category,
            s[0].launched,
            s[0].destroyed
        ),
        ("drone", Category::Drone, None, None)
    );
    assert!(s[0]
        .target
        .as_deref()
        .is_some_and(|t| t.contains("Kerch Strait Bridge")));
    assert_eq!(s[0].date, Some(ymd(2023, 7, 17)));
    let c: Vec<_> = casualties(&a)
        .iter()
        .map(|c| (c.killed, c.injured))
        .collect();
    assert_eq!(c, vec![(Some(2), Some(1))]);
    assert!(dates(&a).contains(&ymd(2022, 10, 8)));
    assert_eq!(
        person(&a, "Anna Malyar").role.as_deref(),
        Some("Ukrainian Deputy Defence Minister")
    );
    person(&a, "Anatoliy Matviychuk");
    assert_eq!(persons(&a).len(), 2);
    let by = claimants(&a);
    for who in ["Anna Malyar", "Anatoliy Matviychuk", "Russian sources"] {
        assert!(by.iter().any(|b| b == who), "{who} not in {by:?}");
    }
    let strike_time = a.facts.iter().find_map(|f| match f {
        Fact::Date(d) if d.date == ymd(2023, 7, 17) => d.time.clone(),
        _ => None,
    });
    assert_eq!(strike_time.as_deref(), Some("03:00"));
}

#[test]
fn seed_numbers_that_are_not_counts_give_nothing() {
    let a = load("004", SEED_004);
    for f in &a.facts {
        if matches!(f, Fact::Strike(_) | Fact::Casualties(_) | Fact::Forces(_)) {
            for e in f.evidence() {
                for bad in [
                    "Day 510",
                    "#482",
                    "G20",
                    "40 kilometers",
                    "four people familiar",
                    "10 foreign",
                    "five former",
                    "thousands of children",
                ] {
                    assert!(!e.sentence.contains(bad), "{bad} gave {f:?}");
                }
            }
        }
    }
}
