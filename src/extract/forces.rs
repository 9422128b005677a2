//! Forces deployed: troops and equipment counted ("more than 100,000 troops", "almost 1,000 tanks").
//!
//! "hundreds of ..." is read as a lower bound: count 100, `approx` true, and `quantity` "hundreds".
//! Units come from `assets/forces.toml`. Counts after a verb or noun of loss ("destroyed two tanks", "losses
//! of up to 1,450 servicemen") are not forces, nor are the counts listed after them ("lost two tanks and 14
//! armoured vehicles").

use super::fact::Forces;
use super::fasthash::WordSet;
use super::numbers::Num;
use super::tokens::{tokenize, Token};
use super::Sentence;
use serde::Deserialize;
use std::sync::OnceLock;

const FORCES_TOML: &str = include_str!("../../assets/forces.toml");

#[derive(Deserialize)]
struct FileUnits {
    unit: Vec<UnitEntry>,
    approx_before: Vec<String>,
    skip: WordSet,
    loss_verbs: WordSet,
    loss_nouns: WordSet,
    not_deployed: WordSet,
}

#[derive(Deserialize)]
struct UnitEntry {
    name: String,
    aliases: Vec<String>,
}

struct Units {
    units: Vec<(String, Vec<Vec<String>>)>,
    /// (unit, alias) of every alias by its first word, in the order of `units` and their aliases: the
    /// unit read after a count is the first of these that matches there.
    by_first: super::fasthash::WordMap<Vec<(usize, usize)>>,
    approx_before: Vec<Vec<String>>,
    skip: WordSet,
    loss_verbs: WordSet,
    loss_nouns: WordSet,
    not_deployed: WordSet,
}

fn words(s: &str) -> Vec<String> {
    tokenize(s, 0, s.len())
        .into_iter()
        .map(|t| t.lower.into_owned())
        .collect()
}

fn units() -> &'static Units {
    static U: OnceLock<Units> = OnceLock::new();
    U.get_or_init(|| {
        let f: FileUnits =
            toml::from_str(FORCES_TOML).expect("assets/forces.toml must be a valid units list");
        let mut units: Vec<(String, Vec<Vec<String>>)> = f
            .unit
            .into_iter()
            .map(|u| (u.name, u.aliases.iter().map(|a| words(a)).collect()))
            .collect();
        for (_, aliases) in &mut units {
            aliases.sort_by_key(|a| std::cmp::Reverse(a.len()));
        }
        let mut by_first: super::fasthash::WordMap<Vec<(usize, usize)>> = Default::default();
        for (u, (_, aliases)) in units.iter().enumerate() {
            for (a, alias) in aliases.iter().enumerate() {
                if let Some(first) = alias.first() {
                    by_first.entry_or_default(first.clone()).push((u, a));
                }
            }
        }
        Units {
            units,
            by_first,
            approx_before: f.approx_before.iter().map(|a| words(a)).collect(),
            skip: f.skip,
            loss_verbs: f.loss_verbs,
            loss_nouns: f.loss_nouns,
            not_deployed: f.not_deployed,
        }
    })
}

fn matches_at(toks: &[Token], i: usize, seq: &[String]) -> bool {
    !seq.is_empty()
        && seq
            .iter()
            .enumerate()
            .all(|(k, w)| toks.get(i + k).is_some_and(|t| &t.lower == w))
}

/// The unit named after count `n`, past up to four skipped words: (its name, its first token, its length).
fn unit_after<'u>(u: &'u Units, toks: &[Token], n: &Num) -> Option<(&'u str, usize, usize)> {
    let mut j = n.end;
    let mut skipped = 0;
    while skipped < 4
        && toks
            .get(j)
            .is_some_and(|t| u.skip.contains(t.lower.as_ref()))
    {
        j += 1;
        skipped += 1;
    }
    let candidates = toks
        .get(j)
        .and_then(|t| u.by_first.get(t.lower.as_ref()))
        .map_or(&[][..], Vec::as_slice);
    candidates.iter().find_map(|&(unit, alias)| {
        let (_, aliases) = &u.units[unit];
        let words = &aliases[alias];
        matches_at(toks, j, words).then(|| (u.units[unit].0.as_str(), j, words.len()))
    })
}

/// Whether the count starting at `q` with its unit ending at `end` is a loss, not a deployment: listed
/// right after a loss count (ending at `loss_end`), a loss word up to four words before ("lost between
/// 1,200 and 1,500 servicemen"), a loss noun anywhere before in the sentence ("losses ... amounted to 1,290
/// troops"), or a passive loss verb after the unit ("22 tanks and 16 APCs were destroyed").
fn is_loss(u: &Units, toks: &[Token], q: usize, end: usize, loss_end: Option<usize>) -> bool {
    let listed = loss_end.is_some_and(|e| {
        e <= q
            && q - e <= 2
            && toks[e..q]
                .iter()
                .all(|t| t.lower == "and" || t.is_punct(','))
    });
    let passive_after = (end..(end + 8).min(toks.len()))
        .take_while(|&k| !toks[k].is_punct(',') && !toks[k].is_punct(';'))
        .any(|k| {
            k > end
                && matches!(toks[k - 1].lower.as_ref(), "were" | "was" | "been")
                && u.loss_verbs.contains(toks[k].lower.as_ref())
        });
    listed
        || passive_after
        || (q.saturating_sub(4)..q).any(|k| u.loss_verbs.contains(toks[k].lower.as_ref()))
        || toks[..q]
            .iter()
            .any(|t| u.loss_nouns.contains(t.lower.as_ref()))
}

/// The forces facts of the sentences.
pub fn extract(sents: &[Sentence]) -> Vec<(usize, Forces)> {
    let u = units();
    let mut out = Vec::new();
    for s in sents {
        let toks = &s.toks;
        if toks
            .iter()
            .any(|t| u.not_deployed.contains(t.lower.as_ref()))
        {
            continue;
        }
        // Where the unit of the last loss count ended: "lost two tanks and 14 armoured vehicles".
        let mut loss_end: Option<usize> = None;
        for n in &s.counts {
            let Some((unit, j, len)) = unit_after(u, toks, n) else {
                continue;
            };
            let mut q = n.start;
            let mut approx = n.approx;
            for seq in &u.approx_before {
                if q >= seq.len() && matches_at(toks, q - seq.len(), seq) {
                    q -= seq.len();
                    approx = true;
                    break;
                }
            }
            if is_loss(u, toks, q, j + len, loss_end) {
                loss_end = Some(j + len);
                continue;
            }
            let quantity = s.slice(q, n.end).unwrap_or_default().to_string();
            out.push((
                s.start,
                Forces {
                    count: Some(n.value),
                    unit: unit.to_string(),
                    approx,
                    quantity,
                    evidence: vec![s.evidence()],
                },
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forces(body: &str) -> Vec<(Option<u64>, String, bool)> {
        extract(&Sentence::all(body))
            .into_iter()
            .map(|(_, f)| (f.count, f.unit, f.approx))
            .collect()
    }

    #[test]
    fn asset_parses() {
        assert!(!units().units.is_empty());
    }

    #[test]
    fn troops_and_equipment() {
        assert_eq!(
            forces("They deployed more than 100,000 troops, almost 1,000 tanks and hundreds of pieces of multiple rocket launchers to the area."),
            vec![
                (Some(100_000), "troops".into(), true),
                (Some(1000), "tanks".into(), true),
                (Some(100), "multiple rocket launchers".into(), true),
            ]
        );
        assert_eq!(
            forces("Russia has 5,000 Russian troops near Kupyansk."),
            vec![(Some(5000), "troops".into(), false)]
        );
        assert_eq!(
            forces(
                "Pyongyang has sent some 12,000 North Korean soldiers to the front, officials say."
            ),
            vec![(Some(12_000), "troops".into(), true)]
        );
        assert!(forces(
            "They destroyed two tanks. He freed 10 foreign nationals and five former commanders."
        )
        .is_empty());
    }
}
