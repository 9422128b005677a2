//! Figures worked out once every sentence is read: launched from those that hit and those destroyed,
//! destroyed from regional parts or from "all", each marked as inferred with how; then the facts' frames,
//! and the merges of `merge.rs`.

use super::*;

/// The facts of the accumulated readings, each in its frame, with their inferred figures, class facts
/// merged into their named weapons and totals folded into their parts.
pub(super) fn finish(mut accs: Vec<Acc>) -> Vec<(usize, Strike)> {
    rough_class_figures(&mut accs);
    let frames: Vec<Frame> = (0..accs.len()).map(|i| frame_of(&accs, i)).collect();
    let mut facts: Vec<(usize, Strike)> = accs
        .into_iter()
        .zip(frames)
        .flat_map(|(mut a, frame)| {
            a.fact.frame = frame;
            infer(a)
        })
        .collect();
    merge_class_into_named(&mut facts);
    fold_totals_into_parts(&mut facts);
    facts
}

/// One accumulated reading's facts: one, or one per place when only regional parts were given.
fn infer(mut a: Acc) -> Vec<(usize, Strike)> {
    // "shot down two missiles ... four missiles struck the target": six launched.
    if a.fact.launched.is_none() {
        a.fact.launched = match (a.hits, a.destroyed) {
            (Some(h), Some(Val::N(d))) => {
                a.fact.infer("launched = those that hit + those destroyed");
                Some(h.saturating_add(d))
            }
            (h, _) => h,
        };
    }
    // Only regional parts and nothing launched: a tally per place, as the text gives them.
    if a.destroyed_regional && a.fact.launched.is_none() && !a.parts.is_empty() {
        return per_region(a);
    }
    // Parts of a launched total: together they are its destroyed figure.
    if a.destroyed_regional && a.parts.len() >= 2 {
        let sum = a
            .parts
            .iter()
            .fold(0u32, |t, p| t.saturating_add(p.destroyed));
        a.destroyed = Some(Val::N(sum));
        a.fact.infer("destroyed = the sum of the regional figures");
    }
    if matches!(a.destroyed, Some(Val::All | Val::AllBut(_))) && a.fact.launched.is_some() {
        a.fact
            .infer("destroyed worked out from \"all\" and the launched figure");
    }
    a.fact.destroyed = match a.destroyed {
        Some(Val::N(n)) => Some(n),
        Some(Val::All) => a.fact.launched,
        Some(Val::AllBut(n)) => a.fact.launched.and_then(|l| l.checked_sub(n)),
        None => None,
    };
    vec![(a.pos, a.fact)]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(text: &str) -> Vec<Strike> {
        extract(&Sentence::all(text), None)
            .into_iter()
            .map(|(_, f)| f)
            .collect()
    }

    #[test]
    fn launched_from_those_hit_and_those_destroyed() {
        let f =
            facts("Air defence shot down two missiles over Kyiv. Four missiles struck the target.");
        assert_eq!((f[0].launched, f[0].destroyed), (Some(6), Some(2)));
        assert!(f[0].inferred);
        assert_eq!(
            f[0].how.as_deref(),
            Some("launched = those that hit + those destroyed")
        );
    }

    #[test]
    fn all_destroyed_is_the_launched_figure() {
        let f = facts("Russia launched 9 Kh-101 missiles at Lviv. All of them were shot down.");
        assert_eq!((f[0].launched, f[0].destroyed), (Some(9), Some(9)));
        assert!(f[0].inferred);
    }

    #[test]
    fn regional_parts_alone_are_a_tally_per_place() {
        let f = facts(
            "Air defence destroyed 5 drones over the Kursk region and 3 over the Bryansk region.",
        );
        let got: Vec<(Option<u32>, Option<&str>)> =
            f.iter().map(|f| (f.destroyed, f.over.as_deref())).collect();
        assert_eq!(
            got,
            vec![
                (Some(5), Some("Kursk region")),
                (Some(3), Some("Bryansk region"))
            ]
        );
    }
}
