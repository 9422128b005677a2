//! Event frames of strike tallies: who reports a figure, which side attacked, how wide it is and what kind
//! of figure it is. The reader merges figures only within one frame (`resolve` keeps sides and local
//! impacts apart, `other_scope` splits another target's figure off); `frame_of` names the frame each
//! tally ended in, and `mixed_frames` re-reads a tally's evidence sentences one by one to check that
//! none of them belongs to another frame.

use super::*;
use crate::extract::tokens::tokenize;

/// The frame of accumulated fact `i`: its reporter and side as read, local for one weapon's impact,
/// a sub-tally when split off a larger launched figure of its weapon (a city's share of the night).
pub(super) fn frame_of(accs: &[Acc], i: usize) -> Frame {
    let a = &accs[i];
    let larger = a.split_from.and_then(|k| accs[k].fact.launched);
    let sub_tally = matches!((a.fact.launched, larger), (Some(l), Some(whole)) if l < whole);
    let scope = if a.local || sub_tally && a.fact.target.is_some() {
        Scope::Local
    } else if a.fact.over.is_some() {
        Scope::Regional
    } else {
        Scope::National
    };
    Frame {
        reporter: a.fact.attributed_to.clone(),
        side: a.side,
        scope,
        kind: if sub_tally {
            FrameKind::SubTally
        } else {
            FrameKind::Event
        },
    }
}

/// The sides that a sentence names for weapons of `category` that carry a figure or an attack, by a side
/// word right before them ("82 Ukrainian drones", "a Russian drone attack"), read from the sentence
/// alone. A weapon named in passing ("a wave of Ukrainian drone interceptions") frames nothing.
pub fn sentence_sides(lex: &Lexicon, sentence: &str, category: Category) -> Vec<Side> {
    SidedWeapons::read(lex, sentence).sides(category)
}

/// A sentence's weapon mentions that carry a figure or an attack, each with the side word right before
/// it, if any: read once, then asked for one category at a time.
pub struct SidedWeapons {
    /// (category, generic, side) of each such mention, in the order of the sentence.
    mentions: Vec<(Category, bool, Option<Side>)>,
}

impl SidedWeapons {
    /// The sided weapons of a sentence given as text alone (tokenized here).
    pub fn read(lex: &Lexicon, sentence: &str) -> SidedWeapons {
        let toks = tokenize(sentence, 0, sentence.len());
        let counts = crate::extract::numbers::counts(&toks);
        SidedWeapons::of(lex, &toks, &counts)
    }

    /// The sided weapons of a sentence's tokens and counts (a `Doc` sentence's, read once).
    pub fn of(lex: &Lexicon, toks: &[Token], counts: &[Num]) -> SidedWeapons {
        let mut mentions = Vec::new();
        for m in lex.mentions(toks) {
            let counted = counts
                .iter()
                .any(|n| n.end <= m.start && m.start - n.end <= 2);
            let attack = toks
                .get(m.end)
                .is_some_and(|t| lex.phrases.strike_nouns.contains(t.lower.as_ref()));
            if !counted && !attack {
                continue;
            }
            let side = toks[m.start.saturating_sub(3)..m.start]
                .iter()
                .rev()
                .find_map(|t| lex.sides.of_adjective(t.lower.as_ref()));
            mentions.push((m.category, m.generic, side));
        }
        SidedWeapons { mentions }
    }

    /// The sides named for weapons of `category` (a generic class noun counts for the kinds it covers),
    /// each once, in the order of the sentence.
    pub fn sides(&self, category: Category) -> Vec<Side> {
        let mut found = Vec::new();
        for &(named, generic, side) in &self.mentions {
            if named != category && !(generic && class_fits(named, category)) {
                continue;
            }
            if let Some(side) = side.filter(|s| !found.contains(s)) {
                found.push(side);
            }
        }
        found
    }
}

/// Why a tally's evidence spans more than one frame, if it does: two of its sentences name opposite
/// sides for its weapon, or one names the side opposite to the tally's own.
pub fn mixed_frames(lex: &Lexicon, f: &Strike) -> Option<String> {
    let mut seen: Vec<(Side, &str)> = Vec::new();
    if let Some(side) = f.frame.side {
        seen.push((side, "the tally's own side"));
    }
    for e in &f.evidence {
        for side in sentence_sides(lex, &e.sentence, f.category) {
            if let Some((_, other)) = seen.iter().find(|(s, _)| *s != side) {
                return Some(format!(
                    "{} {:?}/{:?}: \"{}\" names {side:?} weapons, but \"{other}\" does not",
                    f.weapon, f.launched, f.destroyed, e.sentence
                ));
            }
            seen.push((side, &e.sentence));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{extract, Fact};

    fn strikes(text: &str) -> Vec<Strike> {
        extract(text, None)
            .into_iter()
            .filter_map(|f| match f {
                Fact::Strike(s) => Some(s),
                _ => None,
            })
            .collect()
    }

    /// Reports that tell several frames at once, written here in several outlets' styles.
    const MULTI_FRAME: &[&str] = &[
        "Russia launched 120 drones and 8 missiles at Ukraine overnight, the air force said; 95 drones were \
         shot down. Russia's defence ministry said its air defences destroyed 41 Ukrainian drones over \
         the Bryansk and Kursk regions.",
        "KYIV (Reuters) - Ukraine's air force said Russia fired 64 Shahed drones, of which 50 were downed. \
         In Odesa, a drone struck a nine-storey building, the mayor said. Moscow said it had intercepted \
         17 Ukrainian drones over Crimea.",
        "The enemy fired 70 cruise missiles at Ukraine, 51 of them were destroyed. The mayor said 30 cruise \
         missiles were fired at Kyiv, and 20 of them were shot down.",
        "Russian air defence downed 33 Ukrainian drones overnight, the ministry said. Ukraine said Russia \
         launched 12 Russian drones at Kharkiv, all of which were shot down.",
    ];

    #[test]
    fn no_tally_mixes_frames_in_reports_of_several_frames() {
        let lex = lexicon();
        for text in MULTI_FRAME {
            for f in strikes(text) {
                assert_eq!(mixed_frames(lex, &f), None, "in {text}");
            }
        }
    }

    #[test]
    fn frames_name_side_scope_and_kind() {
        let text = MULTI_FRAME[2];
        let got: Vec<(Option<u32>, Option<u32>, Scope, FrameKind)> = strikes(text)
            .iter()
            .map(|f| (f.launched, f.destroyed, f.frame.scope, f.frame.kind))
            .collect();
        assert_eq!(
            got,
            vec![
                (Some(70), Some(51), Scope::National, FrameKind::Event),
                (Some(30), Some(20), Scope::Local, FrameKind::SubTally),
            ]
        );
        let sides: Vec<(Option<u32>, Option<Side>)> = strikes(MULTI_FRAME[0])
            .iter()
            .map(|f| (f.destroyed, f.frame.side))
            .collect();
        assert!(
            sides.contains(&(Some(41), Some(Side::Ukraine))),
            "{sides:?}"
        );
        let local: Vec<Scope> = strikes(MULTI_FRAME[1])
            .iter()
            .map(|f| f.frame.scope)
            .collect();
        assert!(local.contains(&Scope::Local), "{local:?}");
    }

    #[test]
    fn a_ministrys_own_air_defence_is_the_other_sides_attack_with_either_apostrophe() {
        for apostrophe in ["'", "’"] {
            let text = format!(
                "Ukraine{apostrophe}s air force said Russia sent 150 drones, 120 of which were downed. \
                 Russia{apostrophe}s defence ministry claimed its air defences destroyed 33 drones overnight."
            );
            let got: Vec<(Option<u32>, Option<u32>, Option<Side>)> = strikes(&text)
                .iter()
                .map(|f| (f.launched, f.destroyed, f.frame.side))
                .collect();
            assert_eq!(
                got,
                vec![
                    (Some(150), Some(120), Some(Side::Russia)),
                    (None, Some(33), Some(Side::Ukraine)),
                ],
                "{text}"
            );
        }
    }

    #[test]
    fn a_merged_tally_of_two_sides_is_caught() {
        let lex = lexicon();
        let mut f = strikes("Air defence destroyed 20 Russian drones.").remove(0);
        f.evidence.push(Evidence {
            sentence: "The ministry said 30 Ukrainian drones were downed.".into(),
            span: [0, 0],
        });
        assert!(mixed_frames(lex, &f).is_some());
    }
}
