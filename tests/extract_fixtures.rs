//! Whole reports written by hand for the extraction QA round (`tests/fixtures/qa_*.txt`), each read as
//! `sitrep facts` reads a file, with every strike, toll, date and region worked out by hand from the text.

use chrono::NaiveDate;
use sitrep::extract::dates::report_date;
use sitrep::extract::{extract, Category, Fact};
use sitrep::regions::tag;

use Category::*;

/// (weapon, category, launched, destroyed, lost locally)
type Tally = (String, Category, Option<u32>, Option<u32>, Option<u32>);

struct Read {
    date: Option<NaiveDate>,
    strikes: Vec<Tally>,
    /// (killed, injured)
    tolls: Vec<(Option<u32>, Option<u32>)>,
    regions: Vec<String>,
}

fn read(text: &str) -> Read {
    let date = report_date(text).map(|d| d.date);
    let mut strikes = Vec::new();
    let mut tolls = Vec::new();
    for f in extract(text, date) {
        match f {
            Fact::Strike(s) => strikes.push((
                s.weapon,
                s.category,
                s.launched,
                s.destroyed,
                s.lost_locally,
            )),
            Fact::Casualties(c) => tolls.push((c.killed, c.injured)),
            _ => {}
        }
    }
    let mut regions: Vec<String> = tag(text).into_iter().map(|t| t.name).collect();
    regions.sort();
    Read {
        date,
        strikes,
        tolls,
        regions,
    }
}

fn s(w: &str, c: Category, l: Option<u32>, d: Option<u32>, lost: Option<u32>) -> Tally {
    (w.to_string(), c, l, d, lost)
}

#[test]
fn air_force_morning_summary() {
    // 12 Kh-101 (10 down), 4 Iskander-M, 80 Shahed (61 down), 15 decoys lost locally; launch areas
    // (Kursk, Bryansk, Millerovo → Rostov, Primorsko-Akhtarsk → Krasnodar) and hit regions are places.
    let r = read(include_str!("fixtures/qa_air_force_summary.txt"));
    assert_eq!(r.date, NaiveDate::from_ymd_opt(2025, 3, 9));
    assert_eq!(
        r.strikes,
        vec![
            s("Kh-101", CruiseMissile, Some(12), Some(10), None),
            s("Iskander-M", BallisticMissile, Some(4), None, None),
            s("Shahed-136/131", Drone, Some(80), Some(61), None),
            s("decoy drone", Drone, None, None, Some(15)),
        ]
    );
    assert!(r.tolls.is_empty());
    assert_eq!(
        r.regions,
        [
            "Bryansk",
            "Dnipropetrovsk",
            "Kharkiv",
            "Krasnodar",
            "Kursk",
            "Rostov",
            "Zaporizhzhia"
        ]
    );
}

#[test]
fn russian_mod_statement_with_regional_parts() {
    // 43 national (21 + 12 + 6 + 4 over regions); the dateline MOSCOW and "the Kiev regime's" are no places.
    let r = read(include_str!("fixtures/qa_mod_regions.txt"));
    assert_eq!(r.date, NaiveDate::from_ymd_opt(2025, 8, 11));
    assert_eq!(r.strikes, vec![s("drone", Drone, None, Some(43), None)]);
    assert_eq!(r.regions, ["Belgorod", "Bryansk", "Kursk", "Oryol"]);
}

#[test]
fn wire_report_with_a_headline_toll_that_rises() {
    // Title "kills 9, injures dozens", body 9 and 48, later 12 and 51: one toll, 12 killed, 51 injured.
    let r = read(include_str!("fixtures/qa_wire_toll.txt"));
    assert_eq!(r.date, None);
    assert_eq!(r.tolls, vec![(Some(12), Some(51))]);
    assert_eq!(r.regions, ["Dnipropetrovsk"]);
}

#[test]
fn ballistic_strike_neither_intercepted() {
    let r = read(include_str!("fixtures/qa_ballistic_odesa.txt"));
    assert_eq!(
        r.strikes,
        vec![s("Iskander-M", BallisticMissile, Some(2), Some(0), None)]
    );
    assert_eq!(r.tolls, vec![(Some(3), Some(11))]);
    // The ODESA dateline does not count; the title and "the port of Odesa" do.
    assert_eq!(r.regions, ["Crimea", "Odesa"]);
}
