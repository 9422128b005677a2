//! Casualties: people killed and injured, counted as distinct people.
//!
//! # Merge rule
//! One fact per event. A sentence that restates a toll already read (same killed and injured figures, and
//! no different place) adds evidence to that fact instead of a new fact; an update ("the death toll rose
//! to 21") replaces the figures of the latest fact. A sentence with a total marker ("in total", "across
//! the country", "overall") makes a fact marked `summary`: its people are the same as those of the
//! per-place facts around it, so a sum over the article adds the non-summary facts only (or the summaries
//! when there is nothing else). "In all" marks a summary too, and so does a toll without a place whose
//! figures equal the sums over two or more per-place tolls. "no casualties" and "no one was hurt" are
//! explicit zeros. A sentence that marks its full date as earlier than the report date ("A year ago, on June
//! 8, 2024, a similar attack killed five") is background: no toll. A sentence that only gives people hospitalised, no more than the injured of a toll already
//! read (and no different place), adds evidence to it: the hospitalised are some of the injured. A title
//! line's toll ("kills 9, injures dozens") is the body's: it adds evidence to the first body toll of its kind
//! and is a fact of its own only when the body has none.

mod background;
pub mod constructions;
pub mod frame;
mod groups;
mod merge;
mod places;
mod sentence;

use background::*;
use groups::*;
use merge::*;
use places::*;
use sentence::*;

use super::claims::attribution;
use super::dates::is_weekday;
use super::fact::Casualties;
use super::grammar::grammar;
use super::numbers::{count_at, is_month};
use super::people::{people_lexicon, CasualtyWords};
use super::tokens::{TokKind, Token};
use super::Sentence;
use chrono::NaiveDate;

#[derive(Default)]
struct Reading {
    killed: Option<u32>,
    injured: Option<u32>,
    who: Vec<String>,
    update: bool,
    /// How a figure was concluded rather than read, when one was.
    how: Option<&'static str>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Killed,
    Injured,
}

/// How a later place's figure of an elliptic list is concluded ("two died in A and three in B").
const ELLIPTIC: &str = "its kind taken from the figure before it (\"and three in ...\")";

/// The tolls of a report: today's, merged by the rule in the module documentation, and those given as
/// background (never today's), each with the reason in `how`.
pub struct Read {
    pub today: Vec<(usize, Casualties)>,
    pub background: Vec<(usize, Casualties)>,
}

/// The casualty facts of the sentences, merged by the rule in the module documentation.
pub fn extract(sents: &[Sentence], report_date: Option<NaiveDate>) -> Vec<(usize, Casualties)> {
    read(sents, report_date).today
}

/// For each sentence, `None` when it holds none of the words a toll is told with (most sentences: they are
/// passed over), else its clauses when it tells two places' tolls (`place_clauses`; empty: read it whole).
fn toll_clauses<'a>(
    words: &CasualtyWords,
    sents: &[Sentence<'a>],
) -> Vec<Option<Vec<Sentence<'a>>>> {
    sents
        .iter()
        .map(|s| may_tell_a_toll(words, s).then(|| place_clauses(words, s)))
        .collect()
}

/// Today's tolls and the background tolls of the sentences (see [`Read`]).
pub fn read(sents: &[Sentence], report_date: Option<NaiveDate>) -> Read {
    let words = &people_lexicon().casualty;
    let mut tolls = Tolls::default();
    let mut background = Vec::new();
    let mut headline: Option<(usize, Casualties)> = None;
    let clauses = toll_clauses(words, sents);
    let each = sents
        .iter()
        .zip(&clauses)
        .enumerate()
        .filter_map(|(i, (s, c))| Some((i, s, c.as_ref()?)))
        .flat_map(|(i, s, c)| {
            let whole = c.is_empty().then_some(s);
            whole.into_iter().chain(c).map(move |s| (i, s))
        });
    for (i, s) in each {
        let Some(r) = read_sentence(words, s).filter(|_| !is_aid(words, s)) else {
            continue;
        };
        if let Some(why) = background_reason(words, s, &r, report_date) {
            let mut fact = new_fact(words, s, r, places(s).first().cloned());
            fact.summary = false;
            fact.how = Some(why.to_string());
            background.push((s.start, fact));
            continue;
        }
        let places = places(s);
        if i == 0 && sents.len() > 1 && s.headline {
            headline = Some((s.start, new_fact(words, s, r, places.first().cloned())));
            continue;
        }
        if into_headline(&mut headline, &tolls, words, s, &r)
            || tolls.absorb(words, s, &r, &places)
            || tolls.superseded(words, s)
        {
            continue;
        }
        let parts = elliptic_parts(words, s);
        let breakdown = !parts.is_empty() && is_breakdown(s);
        // "wounded five residents: three in A and two in B": the total is no place's, A is a part's.
        let place = places
            .first()
            .filter(|_| !breakdown || placed_before_colon(s));
        let mut fact = new_fact(words, s, r, place.cloned());
        fact.summary |= breakdown;
        tolls.push(s.start, fact, places);
        for (kind, n, place) in parts {
            let (killed, injured) = match kind {
                Kind::Killed => (Some(n), None),
                Kind::Injured => (None, Some(n)),
            };
            let part = Casualties {
                killed,
                injured,
                who: None,
                place: Some(place.clone()),
                attributed_to: attribution(s),
                summary: false,
                inferred: true,
                how: Some(ELLIPTIC.to_string()),
                frame: Default::default(),
                evidence: vec![s.evidence()],
            };
            tolls.push(s.start, part, vec![place]);
        }
    }
    let mut out = tolls.facts;
    if let Some(h) = headline {
        fold_headline(&mut out, h);
    }
    mark_sums(&mut out);
    Read {
        today: out,
        background,
    }
}

#[cfg(test)]
mod tests;
