//! The constructions table run as tests: every example gives its tolls, every negative none.

use super::*;
use crate::extract::{extract, Fact};

type Toll = (Option<u32>, Option<u32>, Option<String>);

fn tolls(text: &str) -> Vec<Toll> {
    extract(text, None)
        .into_iter()
        .filter_map(|f| match f {
            Fact::Casualties(c) => Some((c.killed, c.injured, c.place)),
            _ => None,
        })
        .collect()
}

/// A negative of a background construction is kept, as a background toll with its reason.
#[test]
fn background_tolls_are_kept_apart() {
    let facts = extract(
        "A drone killed two men in Kupiansk. More than 12,000 civilians have been killed \
         since 2022, the UN says.",
        None,
    );
    let today: Vec<_> = facts
        .iter()
        .filter_map(|f| match f {
            Fact::Casualties(c) => Some(c.killed),
            _ => None,
        })
        .collect();
    let background: Vec<_> = facts
        .iter()
        .filter_map(|f| match f {
            Fact::BackgroundToll(c) => Some((c.killed, c.how.is_some())),
            _ => None,
        })
        .collect();
    assert_eq!(today, vec![Some(2)]);
    assert_eq!(background, vec![(Some(12_000), true)]);
}

#[test]
fn every_construction_reads_its_examples() {
    let mut misses = Vec::new();
    for c in TABLES.iter().flat_map(|t| t.iter()) {
        for (text, expected) in c.examples {
            let got = tolls(text);
            let want: Vec<Toll> = expected
                .iter()
                .map(|(k, i, p)| (*k, *i, p.map(str::to_string)))
                .collect();
            if got != want {
                misses.push(format!(
                    "{} ({}):\n  {text}\n  want {want:?}\n  got  {got:?}",
                    c.name, c.read_by
                ));
            }
        }
        for text in c.negatives {
            let got = tolls(text);
            if !got.is_empty() {
                misses.push(format!(
                    "{} ({}), negative:\n  {text}\n  got  {got:?}",
                    c.name, c.read_by
                ));
            }
        }
    }
    assert!(misses.is_empty(), "{}", misses.join("\n"));
}
