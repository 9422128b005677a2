//! The constructions of strike reports the reader knows, by name: where each is read, and sentences
//! written here with the tallies they give. `every_construction_reads_its_examples` runs them all, so a
//! new construction is one entry in a table here (its examples first, failing) and the small change that makes
//! them pass in the file the entry names.

/// A tally as an example expects it: weapon, launched, destroyed, lost locally.
pub type Expected = (&'static str, Option<u32>, Option<u32>, Option<u32>);

/// One construction.
pub struct Construction {
    pub name: &'static str,
    /// The function that reads it, as `file::function`.
    pub read_by: &'static str,
    /// Report text written here, and every strike tally it gives.
    pub examples: &'static [(&'static str, &'static [Expected])],
}

mod asides;
mod joining;
mod not_counts;
mod places;
mod reading;

/// Every table of constructions: how one mention is read, how readings join into facts, places and lists
/// of parts (common in the Ukrainian and Russian formats), counts that are no tally, and asides.
pub const TABLES: &[&[Construction]] = &[
    reading::CONSTRUCTIONS,
    joining::CONSTRUCTIONS,
    places::CONSTRUCTIONS,
    not_counts::CONSTRUCTIONS,
    asides::CONSTRUCTIONS,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{extract, Fact};

    type Tally = (String, Option<u32>, Option<u32>, Option<u32>);

    #[test]
    fn every_construction_reads_its_examples() {
        let mut misses = Vec::new();
        for c in TABLES.iter().flat_map(|t| t.iter()) {
            for (text, expected) in c.examples {
                let got: Vec<Tally> = extract(text, None)
                    .into_iter()
                    .filter_map(|f| match f {
                        Fact::Strike(s) => {
                            Some((s.weapon, s.launched, s.destroyed, s.lost_locally))
                        }
                        _ => None,
                    })
                    .collect();
                let want: Vec<Tally> = expected
                    .iter()
                    .map(|(w, l, d, lost)| (w.to_string(), *l, *d, *lost))
                    .collect();
                if got != want {
                    misses.push(format!(
                        "{} ({}):\n  {text}\n  want {want:?}\n  got  {got:?}",
                        c.name, c.read_by
                    ));
                }
            }
        }
        assert!(misses.is_empty(), "{}", misses.join("\n"));
    }
}
