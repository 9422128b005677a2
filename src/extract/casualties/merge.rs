//! Tolls after reading: one fact per event (restatements add evidence, updates replace figures), the
//! headline's toll folded into the body's, summaries marked.

use super::*;

/// The tolls read so far, each with every place its sentences name ("in the village of A in the B
/// region": A and B), so that a restatement naming the coarser place ("in the B region") is the same toll.
#[derive(Default)]
pub(super) struct Tolls {
    pub(super) facts: Vec<(usize, Casualties)>,
    places: Vec<Vec<String>>,
}

impl Tolls {
    pub(super) fn push(&mut self, start: usize, fact: Casualties, places: Vec<String>) {
        self.facts.push((start, fact));
        self.places.push(places);
    }

    /// Folds a figure the report has moved past into the latest toll, as evidence only: a sentence opening
    /// on an earlier report ("Earlier, the governor said six were injured", "Initially, officials
    /// reported two dead") after a toll. Whether it did.
    pub(super) fn superseded(&mut self, words: &CasualtyWords, s: &Sentence) -> bool {
        let earlier = s
            .toks
            .first()
            .is_some_and(|t| words.earlier_report.contains(t.lower.as_ref()));
        let speech = s
            .toks
            .iter()
            .any(|t| people_lexicon().speech_verbs.contains(t.lower.as_ref()));
        let Some((_, last)) = self.facts.last_mut().filter(|_| earlier && speech) else {
            return false;
        };
        last.evidence.push(s.evidence());
        true
    }

    /// Folds the reading `r` of `s` into a toll already read, when it is an update of the latest one
    /// ("the toll rose to 21", "21 had already been injured"), the hospitalised among a toll's injured, or
    /// a restatement (same figures, no different place). Whether it did.
    pub(super) fn absorb(
        &mut self,
        words: &CasualtyWords,
        s: &Sentence,
        r: &Reading,
        places: &[String],
    ) -> bool {
        let meets = |seen: &[String]| {
            seen.is_empty() || places.is_empty() || seen.iter().any(|p| places.contains(p))
        };
        if r.update {
            if let Some((_, last)) = self.facts.last_mut() {
                last.killed = r.killed.or(last.killed);
                last.injured = r.injured.or(last.injured);
                last.evidence.push(s.evidence());
                return true;
            }
        }
        if places.is_empty() && tells_on(words, s) {
            // "Three were killed in Kharkiv. Another 12 were injured": the kind the latest toll lacks.
            if let Some((_, last)) = self.facts.last_mut() {
                let fills = match (r.killed, r.injured) {
                    (Some(_), None) => last.killed.is_none() && last.injured.is_some(),
                    (None, Some(_)) => last.injured.is_none() && last.killed.is_some(),
                    _ => false,
                };
                if fills {
                    last.killed = last.killed.or(r.killed);
                    last.injured = last.injured.or(r.injured);
                    last.evidence.push(s.evidence());
                    return true;
                }
            }
        }
        // "14 people were hospitalised" after "injuring 23", "one is in serious condition": some of the
        // injured, not more people.
        let hospitalised = in_condition(words, s);
        let found = match (r.killed, r.injured, hospitalised) {
            (None, Some(n), true) => (0..self.facts.len()).rev().find(|&k| {
                self.facts[k].1.injured.is_some_and(|i| i >= n) && meets(&self.places[k])
            }),
            _ => None,
        };
        let found = found.or_else(|| {
            (0..self.facts.len()).find(|&k| {
                let f = &self.facts[k].1;
                f.killed == r.killed && f.injured == r.injured && meets(&self.places[k])
            })
        });
        let Some(k) = found else { return false };
        self.facts[k].1.evidence.push(s.evidence());
        for p in places {
            if !self.places[k].contains(p) {
                self.places[k].push(p.clone());
            }
        }
        true
    }
}

/// Whether `s` opens by telling a toll on from the one before: a continuation word in its first words
/// ("Another 12 were injured", "Ще 5 людей поранені") or a count followed by "more" or "others" ("Four
/// more people were wounded", "Thirty others were hurt").
fn tells_on(words: &CasualtyWords, s: &Sentence) -> bool {
    let head = &s.toks[..s.toks.len().min(5)];
    let after_count = s.counts.iter().any(|n| {
        n.end < head.len()
            && words
                .people_after_count
                .contains(head[n.end].lower.as_ref())
    });
    after_count
        || head
            .iter()
            .any(|t| words.continuation.contains(t.lower.as_ref()))
}

/// Whether `s` tells of people hospitalised or in a condition ("one is in serious condition", "двоє у
/// тяжкому стані"): some of the injured already counted, when there is a count to be part of.
fn in_condition(words: &CasualtyWords, s: &Sentence) -> bool {
    s.toks
        .iter()
        .any(|t| t.lower.starts_with("hospitali") || words.condition.contains(t.lower.as_ref()))
}

/// Folds a count in a condition into the headline's injured when no body toll has that many injured yet
/// and the headline has more ("Strike on Kharkiv: 2 dead, 7 wounded" ... "One of the injured is in serious
/// condition"): some of the headline's injured, not a toll of its own. Whether it did.
pub(super) fn into_headline(
    headline: &mut Option<(usize, Casualties)>,
    tolls: &Tolls,
    words: &CasualtyWords,
    s: &Sentence,
    r: &Reading,
) -> bool {
    let Some((_, head)) = headline.as_mut() else {
        return false;
    };
    let (None, Some(n)) = (r.killed, r.injured) else {
        return false;
    };
    let counted = tolls
        .facts
        .iter()
        .any(|(_, f)| f.injured.is_some_and(|i| i >= n));
    // As many as the headline's injured is the body restating them ("17 hospitalised" ... "Seventeen people
    // were hospitalised"): a toll of its own, which the headline then folds into.
    if counted || head.injured.is_none_or(|i| i <= n) || !in_condition(words, s) {
        return false;
    }
    head.evidence.push(s.evidence());
    true
}

/// A new casualty fact from the reading `r` of `s`; a total marker ("in all", "across the country")
/// makes it a summary.
pub(super) fn new_fact(
    words: &CasualtyWords,
    s: &Sentence,
    r: Reading,
    place: Option<String>,
) -> Casualties {
    let in_all = s
        .toks
        .windows(2)
        .any(|w| w[0].lower == "in" && w[1].lower == "all");
    let summary = in_all
        || s.toks
            .iter()
            .any(|t| words.summary.contains(t.lower.as_ref()));
    Casualties {
        killed: r.killed,
        injured: r.injured,
        who: (!r.who.is_empty()).then(|| r.who.join("; ")),
        place,
        attributed_to: attribution(s),
        summary,
        inferred: r.how.is_some(),
        how: r.how.map(str::to_string),
        frame: Default::default(),
        evidence: vec![s.evidence()],
    }
}

/// A headline toll ("kills 9, injures dozens", "Death toll rises to 13") is the body's toll written
/// short: the same people. With a body toll of the same kind it adds evidence to the first such fact;
/// without one it is a fact of its own.
pub(super) fn fold_headline(
    out: &mut Vec<(usize, Casualties)>,
    (start, head): (usize, Casualties),
) {
    let shares = |f: &Casualties| {
        (head.killed.is_some() && f.killed.is_some())
            || (head.injured.is_some() && f.injured.is_some())
    };
    if let Some(k) = out.iter().position(|(_, f)| shares(f)) {
        // "5 dead, 5 more wounded" over a body that counts only the dead: the headline's other figure is
        // the body's too, when no body toll gives a figure of that kind.
        if head.injured.is_some() && out.iter().all(|(_, f)| f.injured.is_none()) {
            out[k].1.injured = head.injured;
        }
        if head.killed.is_some() && out.iter().all(|(_, f)| f.killed.is_none()) {
            out[k].1.killed = head.killed;
        }
        out[k].1.evidence.splice(0..0, head.evidence);
        return;
    }
    out.insert(0, (start, head));
}

/// Marks as a summary a toll without a place whose figures are the sums over two or more per-place tolls
/// ("three killed in Kharkiv ... two in Odesa ... five people were killed"): the same people.
pub(super) fn mark_sums(out: &mut [(usize, Casualties)]) {
    let parts: Vec<&Casualties> = out
        .iter()
        .map(|(_, f)| f)
        .filter(|f| f.place.is_some() && !f.summary && f.attributed_to.is_none())
        .collect();
    if parts.len() < 2 {
        return;
    }
    let sum = |get: fn(&Casualties) -> Option<u32>| {
        parts
            .iter()
            .try_fold(0u32, |t, f| Some(t.saturating_add(get(f)?)))
    };
    let (killed, injured) = (sum(|f| f.killed), sum(|f| f.injured));
    for (_, f) in out.iter_mut() {
        let matches = |v: Option<u32>, total: Option<u32>| v.is_none() || v == total;
        if f.place.is_none()
            && (f.killed.is_some() || f.injured.is_some())
            && matches(f.killed, killed)
            && matches(f.injured, injured)
        {
            f.summary = true;
        }
    }
}
