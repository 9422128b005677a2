//! Quantifiers over the weapons already named: "all of them", "none", "both were shot down", "88 of
//! them", and figures completed from a clause that names no weapon.

use super::*;

/// "of them" / "of these" at `i`.
pub(super) fn is_of_them(toks: &[Token], i: usize) -> bool {
    toks.get(i).is_some_and(|t| t.lower == "of")
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.lower.as_ref(), "them" | "these"))
}

/// "all of them were shot down", "all six were destroyed", "all were intercepted", "both were shot down"
/// anywhere in the sentence.
pub(super) fn all_of_them(lex: &Lexicon, toks: &[Token]) -> bool {
    quantified_destroy(lex, toks, "all")
        || quantified_destroy(lex, toks, "both")
        || destroyed_all(lex, toks)
}

/// An intercepting verb whose object is all of the weapons named: "shot down all of them", "destroyed
/// them all", "shot down all the targets", "intercepted both".
pub(super) fn destroyed_all(lex: &Lexicon, toks: &[Token]) -> bool {
    let w = |j: usize| toks.get(j).map_or("", |t| t.lower.as_ref());
    let end = |j: usize| toks.get(j).is_none_or(|t| t.kind == TokKind::Punct);
    // Read from the quantifier back to the verb: quantifiers are rare, intercepting verbs are looked up.
    (1..toks.len()).any(|k| {
        let object = match (w(k), w(k + 1), w(k + 2)) {
            ("all" | "both", "of", "them" | "these") => true,
            ("them", "all" | "both", _) => true,
            ("all", "the" | "its" | "their", "targets") => true,
            ("all", "targets", _) => true,
            ("all" | "both", _, _) => end(k + 1),
            _ => false,
        };
        // The verb right before the object, or before "down" ("shot down all of them").
        object
            && (lex.is_destroy(toks, k - 1)
                || k >= 2 && w(k - 1) == "down" && lex.is_destroy(toks, k - 2))
    })
}

/// "none of them was intercepted", "none were shot down", "neither was intercepted" anywhere in the
/// sentence.
pub(super) fn none_of_them(lex: &Lexicon, toks: &[Token]) -> bool {
    quantified_destroy(lex, toks, "none") || quantified_destroy(lex, toks, "neither")
}

/// The quantifier `q` ("all", "none"), optionally "of them" or a number, then a passive intercepting verb.
pub(super) fn quantified_destroy(lex: &Lexicon, toks: &[Token], q: &str) -> bool {
    toks.iter().enumerate().any(|(i, t)| {
        if t.lower != q {
            return false;
        }
        let mut k = i + 1;
        let of = toks.get(k).is_some_and(|t| t.lower == "of");
        if of
            && toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.lower.as_ref(), "them" | "which" | "these"))
        {
            k += 2;
        } else if of && toks.get(k + 1).is_some_and(|t| t.lower == "the") {
            // "none of the (three) missiles was intercepted": up to three words name what.
            k += 2;
            let named = k;
            let stop = (k + 3).min(toks.len());
            while k < stop && toks[k].kind != TokKind::Punct && !lex.is_aux(toks, k) {
                k += 1;
            }
            // "17 missiles and all of the drones were destroyed": all of the drones, which that
            // mention's own quantifier reads; not all of every weapon of the sentence.
            if q != "none" && q != "neither" && !lex.mentions(&toks[named..k]).is_empty() {
                return false;
            }
        } else if toks
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Num || word_value(&t.lower).is_some())
        {
            k += 1;
        }
        while lex.is_aux(toks, k) {
            k += 1;
        }
        k > i + 1 && lex.is_destroy(toks, k)
    })
}

/// Completes the fact touched in the previous sentence from a sentence without weapon nouns:
/// "Russia had launched four in total", "Air defence shot down 31."
pub(super) fn complete(lex: &Lexicon, toks: &[Token], counts: &[Num], acc: &mut Acc) -> bool {
    // Each figure once, from the first count that gives it: "70 were shot down, and 40 were lost locally".
    let mut filled = false;
    for n in counts {
        let verb_after = (n.end..(n.end + 5).min(toks.len()))
            .take_while(|&i| in_clause(&toks[i]))
            .any(|i| lex.is_destroy(toks, i));
        let lost_after = (n.end..(n.end + 5).min(toks.len()))
            .take_while(|&i| in_clause(&toks[i]))
            .any(|i| lex.is_lost(toks, i));
        // "Another 40 were locally lost": the passive after the bare count.
        let bare = toks.get(n.end).is_none_or(|t| {
            t.kind == TokKind::Punct
                || matches!(
                    t.lower.as_ref(),
                    "in" | "of" | "more" | "overall" | "altogether"
                )
                || (verb_after || lost_after) && lex.is_aux(toks, n.end)
        });
        if !bare {
            continue;
        }
        let verb_before =
            |pred: &dyn Fn(usize) -> bool| (n.start.saturating_sub(3)..n.start).any(pred);
        let v = to_u32(n.value);
        if lost_after {
            if acc.fact.lost_locally.is_none() {
                acc.fact.lost_locally = Some(v);
                filled = true;
            }
            continue;
        }
        if acc.fact.launched.is_none() && verb_before(&|i| lex.is_launch(toks, i)) {
            acc.fact.launched = Some(v);
            acc.fact
                .infer("launched read from a clause that names no weapon");
            filled = true;
            continue;
        }
        if acc.destroyed.is_none()
            && (verb_after || verb_before(&|i| lex.is_destroy(toks, i) || toks[i].lower == "down"))
        {
            acc.destroyed = Some(all_but_or_n(toks, n));
            acc.fact
                .infer("destroyed read from a clause that names no weapon");
            filled = true;
        }
    }
    filled
}

/// A running count of the destroyed: "the number of drones shot down has reached 25", "количество сбитых
/// беспилотников достигло 25" ("number downed drones reached 25"): "number" up to three words before the
/// mention, an intercepting verb about it, then a verb of change (`[nouns] running_changes`) and its count.
pub(super) fn running_destroyed(
    lex: &Lexicon,
    toks: &[Token],
    counts: &[Num],
    m: &Mention,
    upper: usize,
) -> Option<u32> {
    let p = (m.start.saturating_sub(4)..m.start).find(|&p| toks[p].lower == "number")?;
    if toks[p + 1..m.start]
        .iter()
        .any(|t| t.kind == TokKind::Punct)
    {
        return None;
    }
    let after = m.end..(m.end + 3).min(upper);
    if !(p + 1..m.start)
        .chain(after)
        .any(|i| lex.is_destroy(toks, i))
    {
        return None;
    }
    let change = (m.end..upper)
        .take_while(|&i| in_clause(&toks[i]))
        .find(|&i| lex.nouns.running_changes.contains(toks[i].lower.as_ref()))?;
    counts
        .iter()
        .find(|n| n.start > change && n.start <= change + 3)
        .map(|n| to_u32(n.value))
}
