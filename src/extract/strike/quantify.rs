//! Quantifiers over the weapons already named: "all of them", "none", "both were shot down", "88 of
//! them", and figures completed from a clause that names no weapon.

use super::*;
use std::ops::Range;

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
        let from = past_dash(lex, toks, n.end);
        let verb_after = (from..(from + 5).min(toks.len()))
            .take_while(|&i| in_clause(&toks[i]))
            .any(|i| lex.is_destroy(toks, i));
        let lost_after = (from..(from + 5).min(toks.len()))
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

/// The tokens an "all ... except" phrase leaves out, when an intercepting verb governs the "all": "All the
/// missiles, except for the Iskander-M, were shot down", "all of them except two were intercepted", "air
/// defence destroyed all the drones except three".
pub(super) fn all_except(lex: &Lexicon, toks: &[Token]) -> Option<Range<usize>> {
    let w = |j: usize| toks.get(j).map_or("", |t| t.lower.as_ref());
    let verb = |j: usize| lex.is_aux(toks, j) || lex.is_destroy(toks, j) || lex.is_launch(toks, j);
    (0..toks.len()).filter(|&i| w(i) == "all").find_map(|i| {
        // The exception word a few words after "all", with no verb or clause end between.
        let j = (i + 1..(i + 6).min(toks.len()))
            .take_while(|&j| !verb(j) && (toks[j].kind != TokKind::Punct || toks[j].is_punct(',')))
            .find(|&j| lex.phrases.exceptions.contains(w(j)))?;
        let start = if w(j + 1) == "for" { j + 2 } else { j + 1 };
        let end = (start..toks.len())
            .find(|&k| toks[k].kind == TokKind::Punct || verb(k))
            .unwrap_or(toks.len());
        let active = lex.is_destroy(toks, i.wrapping_sub(1)) || w(i.wrapping_sub(1)) == "down";
        (end > start && (active || passive_destroy_at(lex, toks, end))).then_some(start..end)
    })
}

/// An optional comma, one or more auxiliaries, an optional adverb and an intercepting verb at `k`: ", were
/// shot down", "were successfully intercepted".
fn passive_destroy_at(lex: &Lexicon, toks: &[Token], mut k: usize) -> bool {
    if toks.get(k).is_some_and(|t| t.is_punct(',')) {
        k += 1;
    }
    let aux = k;
    while lex.is_aux(toks, k) {
        k += 1;
    }
    if k > aux && !lex.is_destroy(toks, k) && toks.get(k).is_some_and(|t| t.lower.ends_with("ly")) {
        k += 1;
    }
    k > aux && lex.is_destroy(toks, k)
}

/// Applies "all ... except X" to the facts the sentence before touched: X (a weapon named in `except`, or
/// the one fact when only a count is named) was not destroyed, or all but its count were; every other fact,
/// of the class the "all" names if it names one, was destroyed whole. The facts it gives a figure to.
pub(super) fn apply_except(
    accs: &mut [Acc],
    prev: &[usize],
    s: &Sentence,
    mentions: &[Mention],
    except: Range<usize>,
) -> Vec<usize> {
    let count = s
        .counts
        .iter()
        .find(|n| except.contains(&n.start))
        .map(|n| to_u32(n.value));
    let left_out = |v: Option<u32>| Some(v.map_or(Val::N(0), Val::AllBut));
    let mut facts: Vec<usize> = prev.to_vec();
    facts.sort_unstable();
    facts.dedup();
    let named: Vec<&Mention> = mentions
        .iter()
        .filter(|m| except.contains(&m.start))
        .collect();
    // The class the "all" is of: "All the missiles, except ...": drones are not among them.
    let class = mentions
        .iter()
        .find(|m| m.generic && m.end <= except.start)
        .map(|m| m.category);
    let mut touched = Vec::new();
    for &idx in &facts {
        let a = &accs[idx];
        let excepted = named
            .iter()
            .any(|m| a.fact.weapon == m.name || m.generic && stands_for(m, a));
        let only_count = named.is_empty() && count.is_some() && facts.len() == 1;
        let value = if excepted || only_count {
            left_out(count)
        } else if !named.is_empty() && class.is_none_or(|c| class_fits(c, a.fact.category)) {
            Some(Val::All)
        } else {
            None
        };
        let a = &mut accs[idx];
        if a.destroyed.is_none() && value.is_some() {
            a.destroyed = value;
            push_evidence(&mut a.fact, s);
            touched.push(idx);
        }
    }
    touched
}
