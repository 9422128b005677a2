//! Tolls that are not today's: an earlier dated attack, a cumulative or span's figure, money paid to
//! victims of past attacks.

use super::*;

/// Why a sentence's toll is background, if it is: an earlier dated attack, a cumulative or superseded
/// figure, or a span's toll.
pub(super) fn background_reason(
    words: &CasualtyWords,
    s: &Sentence,
    r: &Reading,
    report_date: Option<NaiveDate>,
) -> Option<&'static str> {
    if is_background(s, report_date) {
        Some("background: an earlier attack, dated before the report")
    } else if is_cumulative(words, s) {
        Some("background: a cumulative or earlier figure (\"since the invasion\", \"last week\")")
    } else if is_span_toll(words, s, r) {
        Some("background: a span's toll (the war's or a year's dead)")
    } else {
        None
    }
}

/// A sentence about money paid to people ("compensation was paid to 40 injured families", "пострадавшим
/// семьям перечислено 850 млн руб."): its injured are those of past attacks receiving aid, not a toll.
pub(super) fn is_aid(words: &CasualtyWords, s: &Sentence) -> bool {
    s.toks.iter().any(|t| words.aid.contains(t.lower.as_ref()))
}

/// A sentence about an earlier attack: it marks its full date as earlier ("A year ago, on June 8, 2024")
/// and that date is before the report date. Its toll is not this report's.
pub(super) fn is_background(s: &Sentence, report_date: Option<NaiveDate>) -> bool {
    let Some(report) = report_date else {
        return false;
    };
    s.toks.iter().any(|t| {
        people_lexicon()
            .casualty
            .background
            .contains(t.lower.as_ref())
    }) && s.dates.iter().any(|d| d.full().is_some_and(|d| d < report))
}

/// A toll the sentence places in an earlier report or over a long span ("said last week that 288 civilians
/// had been killed", "since the full-scale invasion"): background, not this report's people. The phrase
/// must share a clause with a casualty word: in "three died after the largest attack since the invasion"
/// it is in the clause "after" opens and dates the attack, not the toll.
pub(super) fn is_cumulative(words: &CasualtyWords, s: &Sentence) -> bool {
    let toks = &s.toks;
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    let pairs = (0..toks.len().saturating_sub(1)).filter(|&m| {
        let second = if word(m + 1) == "the" { m + 2 } else { m + 1 };
        words
            .background_pairs
            .iter()
            .any(|[a, b]| word(m) == a.as_str() && word(second) == b.as_str())
    });
    let casualty_words: Vec<usize> = (0..toks.len())
        .filter(|&v| kind_of(words, &toks[v].lower).is_some() || toks[v].lower == "toll")
        .collect();
    let opens_clause =
        |t: &Token| t.is_punct(';') || words.clause_openers.contains(t.lower.as_ref());
    pairs.into_iter().any(|m| {
        casualty_words.iter().any(|&v| {
            let (a, b) = if m < v { (m + 2, v) } else { (v + 1, m) };
            a >= b || !toks[a..b].iter().any(opens_clause)
        })
    })
}

/// A toll of a whole span, not of an attack: as large as no single attack of this war has come near
/// ("more than 12,000 civilians have been killed"), or a count right after a span's possessive ("the
/// war's 12,000 dead", "this year's 300 victims").
pub(super) fn is_span_toll(words: &CasualtyWords, s: &Sentence, r: &Reading) -> bool {
    let large = |n: Option<u32>| n.is_some_and(|n| n >= words.background_at_least);
    if large(r.killed) || large(r.injured) {
        return true;
    }
    let toks = &s.toks;
    (0..toks.len()).any(|k| {
        words.span_possessives.contains(toks[k].lower.as_ref())
            && count_at(toks, k + 1 + qualifier_len(toks, k + 1)).is_some()
    })
}
