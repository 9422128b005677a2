//! Strike tallies: how many of a weapon were launched and destroyed, from where, at what, when, per whom.
//!
//! Counts bind to the nearest weapon noun. One fact per weapon per event (weapon and date): later sentences
//! about the same weapon add evidence and fill values still missing; the first value stated wins (headlines
//! and totals come before per-region parts). Class nouns ("the missiles", "31 out of 36 drones") stand for
//! the weapon of that class the text named last; on their own they make a fact only when they carry a
//! count or name a target ("a drone strike on the Kerch Strait Bridge"), and such a fact is folded into the
//! one named weapon of its class that the text names later, when that weapon has counts and they agree (a
//! heading "destroys 20 drones" above "20 of 24 Shahed drones"; not "48 missiles ... including Kh-101
//! missiles", which names some of the 48).
//!
//! # Totals and parts
//! - A class-noun total equal to the sum of two or more finer facts of its class ("18 missiles: 10 Kalibr
//!   and 8 Kh-101") is folded into them as evidence; a total that differs from the sum stays.
//! - A counted class noun when two or more named weapons of its class are in the event keeps a class-level
//!   fact rather than being given to the last one named; but a launched count no larger than a named
//!   weapon's launched tally ("Five drones hit targets" after "launched 112 strike drones") is part of it.
//! - An indefinite class count ("shot down 46 aircraft-type drones") does not stand for a named weapon given
//!   no count in an earlier sentence ("a strike with Geran-2 drones"): it keeps a class-level fact. A
//!   definite one ("Both missiles hit", "Nine of the drones") does.
//! - Class nouns never stand for a `standalone` weapon of the lexicon ("13 drones" after "10 naval
//!   drones").
//! - "N drones and missiles" is one combined fact ("drone and missile", category `other`).
//! - A destroyed figure in a clause naming "over <Place>" (or "in <Place>") is a regional part; a figure
//!   without a place is national and wins whenever it comes; with no national figure and nothing launched
//!   each place is a tally of its own (`over`), and parts of a launched total add up to its destroyed figure.
//! - A figure concluded rather than read is marked `inferred`, with `how`.
//!
//! # Events and dates
//! An event is a weapon on a date: the sentence's own date (a range takes its later day; "yesterday",
//! "on Tuesday" resolve against the report date; another date or a weekday in the same sentence wins over
//! a dateline's filing date), else the date of the strike facts of the sentence
//! before, else the report date. Running totals of the war ("since February 2022", "in 31 months") and
//! round-ups opening with "This week", "Over the past week" give no strike. "lost locally" / "did not reach their targets" go to `lost_locally`, never to destroyed.
//!
//! # Files
//! This file holds the state and the sentence loop (`extract`); `read.rs` what the words around one mention
//! say; `resolve.rs` which fact a mention belongs to; `quantify.rs` "all of them", "none", and figures
//! completed from a clause naming no weapon; `merge.rs` regional parts and class totals after reading;
//! `phrase.rs` launch sites, targets and places.

use super::claims::attribution;
use super::dates;
use super::fact::{Category, Evidence, Frame, FrameKind, Scope, Strike};
use super::lexicon::{is_missile, lexicon, Lexicon, Mention, Side};
use super::numbers::{is_month, word_value, Num};
use super::tokens::{TokKind, Token};
use super::Sentence;
use chrono::NaiveDate;

pub mod constructions;
mod count;
pub mod frame;
mod infer;
mod merge;
mod phrase;
mod quantify;
mod read;
mod resolve;
mod role;

use count::*;
use frame::frame_of;
use infer::finish;
use merge::*;
pub use phrase::target_phrase;
use phrase::*;
use quantify::*;
use read::*;
use resolve::*;
use role::*;

/// A count that may be "all of those launched".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Val {
    N(u32),
    All,
    /// "all but N": launched less N.
    AllBut(u32),
}

/// How the words before a weapon noun quantify it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pre {
    Plain(u32),
    All(Option<u32>),
    OfTotal(u32, u32),
    /// "all but one drone": launched less the count.
    AllBut(u32),
    Total(u32),
    /// "the missile": one, when something is done to it ("the missile was shot down"); a weapon system
    /// named as the means ("attacks using the Vilkha MLRS") counts nothing.
    Definite,
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Launch,
    /// A launching verb that says the weapons hit ("four missiles struck the target"): they are some of
    /// those launched.
    Hit,
    Destroy,
    None,
}

/// What one mention says.
#[derive(Default)]
struct Reading {
    launched: Option<u32>,
    destroyed: Option<Val>,
    lost: Option<u32>,
    launched_from: Option<String>,
    target: Option<String>,
    /// The place named by "over <Place>" in the clause, as its first capitalized word lower-cased
    /// ("over the Belgorod region" and "over Belgorod" are both "belgorod"): a regional part of a tally.
    region: Option<Over>,
    /// Further regional parts of the same clause list ("23 drones over Kyiv region, 5 over Cherkasy").
    more_parts: Vec<(Over, u32)>,
    strike_noun: bool,
    /// Those that hit ("four missiles struck the target").
    hit: Option<u32>,
    /// The launched figure is approximate ("nearly 300 drones"): an exact one replaces it.
    launched_approx: bool,
    /// The destroyed figure is a running count's latest ("the number shot down has reached 25"): it
    /// replaces a smaller one read before.
    running: bool,
    /// Whose weapons these are ("82 Ukrainian drones", "launched by Russia", "Russian air defences shot
    /// down ...").
    side: Option<Side>,
    /// "another 17 missiles", "12 more drones": weapons besides those already counted.
    additional: bool,
    /// One weapon said to hit something ("a drone struck a house"): a local impact, a frame of its own
    /// that no counted tally joins.
    local: bool,
}

impl Reading {
    /// Whether the mention carries any count.
    fn counts(&self) -> bool {
        self.launched.is_some()
            || self.hit.is_some()
            || self.destroyed.is_some()
            || self.lost.is_some()
    }
}

/// The place a regional figure was shot down over: `key` identifies the region ("over the Belgorod region"
/// and "over Belgorod" are both "belgorod"), `phrase` is shown ("Belgorod region").
#[derive(Debug, Clone)]
struct Over {
    key: String,
    phrase: String,
}

/// One regional part of a destroyed tally and the sentence that states it.
struct Part {
    over: Over,
    destroyed: u32,
    evidence: Evidence,
}

/// Where a mention goes: an existing fact, a new one, or nowhere (a class noun that adds nothing).
enum Place {
    Existing(usize),
    New,
    Skip,
}

struct Acc {
    fact: Strike,
    destroyed: Option<Val>,
    /// `destroyed` came from a regional part ("5 UAVs over the Kursk region"), not a national figure.
    destroyed_regional: bool,
    /// Destroyed per region, first figure per region.
    parts: Vec<Part>,
    generic: bool,
    pos: usize,
    touched: usize,
    hits: Option<u32>,
    launched_approx: bool,
    /// The sentence (its start) whose figure `launched` is.
    launched_in: Option<usize>,
    side: Option<Side>,
    /// A local impact's frame (`Reading::local`).
    local: bool,
    /// The fact this one was split from as another frame (`other_scope`): a city's share of a larger
    /// launched figure is its sub-tally.
    split_from: Option<usize>,
}

/// No rocket artillery (category `other`, named) among the facts: "rockets" may then mean missiles, as
/// translations often write them.
fn no_rocket_artillery(accs: &[Acc]) -> bool {
    !accs
        .iter()
        .any(|a| !a.generic && a.fact.category == Category::Other)
}

/// The strike facts of the sentences, with the position of their first evidence.
pub fn extract(sents: &[Sentence], report_date: Option<NaiveDate>) -> Vec<(usize, Strike)> {
    let mut pass = Pass {
        lex: lexicon(),
        report_date,
        accs: Vec::new(),
        clock: 0,
        uncounted_class: None,
        prev_touched: Vec::new(),
    };
    for si in 0..sents.len() {
        pass.sentence(sents, si);
    }
    finish(pass.accs)
}

/// The facts being built as the sentences are read in order (`read` → `resolve` → the fact's figures).
struct Pass<'l> {
    lex: &'l Lexicon,
    report_date: Option<NaiveDate>,
    accs: Vec<Acc>,
    clock: usize,
    /// A missile class named without a count ("fired cruise missiles at targets near Zhytomyr"), and the
    /// sentence it was named in: what a bare count of missiles or rockets right after it is of.
    uncounted_class: Option<(String, Category, usize)>,
    /// The facts the sentence before added to.
    prev_touched: Vec<usize>,
}

/// The sentence-wide words that apply to every mention of a sentence.
#[derive(Clone, Copy)]
struct SentenceWide {
    /// "All of them were shot down."
    all_of_them: bool,
    /// "None of them reached the target."
    none_of_them: bool,
    /// "Of them, 28 were X-101": a breakdown of the destroyed figure before.
    breakdown: bool,
    date: Option<NaiveDate>,
}

impl Pass<'_> {
    /// Reads sentence `si` into the facts.
    fn sentence(&mut self, sents: &[Sentence], si: usize) {
        let lex = self.lex;
        let s = &sents[si];
        let (toks, counts) = (&s.toks, &s.counts);
        if lex.is_cumulative(toks) {
            self.prev_touched.clear();
            return;
        }
        let named = type_descriptors(lex, toks, lex.mentions(toks));
        let mentions = combine_classes(toks, counts, elliptic_kinds(lex, toks, counts, named));
        // Naming no weapon and following no fact, the sentence has nothing to add to or complete.
        if mentions.is_empty() && self.prev_touched.is_empty() {
            return;
        }
        if let Some(except) = all_except(lex, toks).filter(|_| !self.prev_touched.is_empty()) {
            self.prev_touched =
                apply_except(&mut self.accs, &self.prev_touched, s, &mentions, except);
            return;
        }
        // Read once a sentence: the sentence-wide quantifiers apply to every mention in it.
        let all_of_them = all_of_them(lex, toks);
        let none_of_them = !all_of_them && none_of_them(lex, toks);
        if mentions.is_empty() {
            self.prev_touched = self.without_mentions(s, all_of_them, none_of_them);
            return;
        }
        // A sentence without a date of its own continues the event of the sentence before it.
        let carried = self
            .prev_touched
            .first()
            .and_then(|&i| self.accs[i].fact.date);
        let date = sentence_date(s, self.report_date)
            .or(carried)
            .or(self.report_date);
        let wide = SentenceWide {
            all_of_them,
            none_of_them,
            breakdown: is_breakdown(lex, sents, si),
            date,
        };
        let source = attribution(s);
        let mut touched = self.of_them_first(s, &mentions);
        for k in 0..mentions.len() {
            if let Some(idx) = self.mention(s, si, &mentions, k, wide) {
                let acc = &mut self.accs[idx];
                let f = &mut acc.fact;
                f.attributed_to = f.attributed_to.take().or_else(|| source.clone());
                push_evidence(f, s);
                touched.push(idx);
            }
        }
        self.prev_touched = touched;
    }

    /// A sentence naming no weapon after facts: "All of them were shot down" gives them all, "Air defence
    /// shot down 41" completes the single fact before. The facts it added to.
    fn without_mentions(
        &mut self,
        s: &Sentence,
        all_of_them: bool,
        none_of_them: bool,
    ) -> Vec<usize> {
        let quantified = if all_of_them {
            Some(Val::All)
        } else if none_of_them {
            Some(Val::N(0))
        } else {
            None
        };
        if let Some(v) = quantified {
            for &idx in &self.prev_touched {
                if self.accs[idx].destroyed.is_none() {
                    self.accs[idx].destroyed = Some(v);
                }
                push_evidence(&mut self.accs[idx].fact, s);
            }
            return self.prev_touched.clone();
        }
        let mut touched = Vec::new();
        if let Some(idx) = self.single_previous() {
            if complete(self.lex, &s.toks, &s.counts, &mut self.accs[idx]) {
                push_evidence(&mut self.accs[idx].fact, s);
                touched.push(idx);
            }
        }
        touched
    }

    /// The one fact the sentence before added to, if it added to one only.
    fn single_previous(&self) -> Option<usize> {
        let first = *self.prev_touched.first()?;
        self.prev_touched
            .iter()
            .all(|&i| i == first)
            .then_some(first)
    }

    /// "Air defence shot down 88 of them, while 19 decoy drones were lost": the count before the first
    /// weapon noun completes the single fact of the sentence before. The facts it added to.
    fn of_them_first(&mut self, s: &Sentence, mentions: &[Mention]) -> Vec<usize> {
        let mut touched = Vec::new();
        if let (Some(idx), Some(first)) = (self.single_previous(), mentions.first()) {
            let head = &s.toks[..first.start];
            let of_them: Vec<Num> = s
                .counts
                .iter()
                .filter(|n| n.end + 1 < head.len() && is_of_them(head, n.end))
                .cloned()
                .collect();
            if !of_them.is_empty() && complete(self.lex, head, &of_them, &mut self.accs[idx]) {
                push_evidence(&mut self.accs[idx].fact, s);
                touched.push(idx);
            }
        }
        touched
    }

    /// Reads mention `k` of sentence `si` and adds it to the fact it belongs to (a new one if none): that
    /// fact, or `None` when the mention adds nothing.
    fn mention(
        &mut self,
        s: &Sentence,
        si: usize,
        mentions: &[Mention],
        k: usize,
        wide: SentenceWide,
    ) -> Option<usize> {
        let (lex, toks) = (self.lex, &s.toks);
        let m = &mentions[k];
        let lower = if k == 0 { 0 } else { mentions[k - 1].end };
        let upper = mentions.get(k + 1).map_or(toks.len(), |n| n.start);
        let mut r = read(lex, s, mentions, &s.counts, m, lower, upper);
        apply_sentence_wide(&mut r, s, m, lower, wide);
        // A bare "targets" counts only a destroyed figure of its own ("destroyed 25 targets").
        if !matches!(r.destroyed, Some(Val::N(_))) && lex.is_destroyed_only(&m.name) {
            return None;
        }
        self.clock += 1;
        // "both missiles", "the drones", "nine of these drones": drones already named.
        let definite = (m.start.saturating_sub(3)..m.start).any(|i| {
            matches!(
                toks[i].lower.as_ref(),
                "both" | "the" | "these" | "those" | "all" | "them"
            )
        });
        if m.generic && !r.counts() && is_missile(m.category) && m.category != Category::Other {
            self.uncounted_class = Some((m.name.clone(), m.category, si));
        }
        let mut split_from = None;
        let place = match resolve(&self.accs, m, wide.date, &r, s.start, definite) {
            // "of the 26 drones ... shot down 21, and of the 12 drones ... shot down eight": a second
            // launched figure in one sentence, or "another 17", is another attack.
            Place::Existing(i)
                if r.additional
                    || self.accs[i].launched_in == Some(s.start)
                        && r.launched.is_some()
                        && r.launched != self.accs[i].fact.launched
                    || other_scope(&self.accs[i], &r) =>
            {
                split_from = Some(i);
                Place::New
            }
            p => p,
        };
        let idx = match place {
            Place::Skip => return None,
            Place::Existing(i) => i,
            Place::New => {
                if m.generic && !r.counts() && !r.strike_noun {
                    return None;
                }
                self.new_acc(s, si, m, &r, wide.date, split_from)
            }
        };
        let acc = &mut self.accs[idx];
        acc.touched = self.clock;
        add_reading(acc, r, s);
        Some(idx)
    }

    /// A new fact for mention `m`, named by the uncounted missile class just before when a bare count of
    /// missiles or rockets is of it. Its index.
    fn new_acc(
        &mut self,
        s: &Sentence,
        si: usize,
        m: &Mention,
        r: &Reading,
        date: Option<NaiveDate>,
        split_from: Option<usize>,
    ) -> usize {
        let (weapon, category) = match &self.uncounted_class {
            Some((name, category, at))
                if m.generic
                    && m.category == Category::Other
                    && si <= at + 1
                    && no_rocket_artillery(&self.accs) =>
            {
                (name.clone(), *category)
            }
            _ => (m.name.clone(), m.category),
        };
        self.accs.push(Acc {
            fact: Strike {
                weapon,
                category,
                launched: None,
                destroyed: None,
                lost_locally: None,
                launched_from: None,
                target: None,
                over: None,
                date,
                attributed_to: None,
                inferred: false,
                how: None,
                frame: Frame::default(),
                evidence: Vec::new(),
            },
            destroyed: None,
            destroyed_regional: false,
            parts: Vec::new(),
            generic: m.generic,
            pos: s.start,
            touched: self.clock,
            hits: None,
            launched_approx: false,
            launched_in: None,
            side: None,
            local: r.local,
            split_from,
        });
        self.accs.len() - 1
    }
}

/// "31 of the 36 missiles were destroyed. Of them, 28 were X-101 and three were Kalibr.": sentence `si`
/// breaks down the destroyed figure of the sentence before.
fn is_breakdown(lex: &Lexicon, sents: &[Sentence], si: usize) -> bool {
    let toks = &sents[si].toks;
    si > 0
        && toks
            .first()
            .is_some_and(|t| matches!(t.lower.as_ref(), "of" | "among"))
        && toks
            .get(1)
            .is_some_and(|t| matches!(t.lower.as_ref(), "them" | "these" | "those"))
        && (0..sents[si - 1].toks.len()).any(|i| lex.is_destroy(&sents[si - 1].toks, i))
}

/// The sentence-wide words applied to one mention's reading: a breakdown's count is destroyed, "all of
/// them" and "none of them" give the destroyed figure the mention lacks.
fn apply_sentence_wide(
    r: &mut Reading,
    s: &Sentence,
    m: &Mention,
    lower: usize,
    wide: SentenceWide,
) {
    let toks = &s.toks;
    if wide.breakdown && r.destroyed.is_none() {
        let linked = m.start >= 2 && matches!(toks[m.start - 1].lower.as_ref(), "were" | "was");
        let end = if linked { m.start - 1 } else { m.start };
        if let Some(n) = ending_at(&s.counts, end).filter(|n| n.start >= lower) {
            r.destroyed = Some(Val::N(to_u32(n.value)));
            if r.launched == Some(to_u32(n.value)) {
                r.launched = None;
            }
        }
    }
    if wide.all_of_them && r.destroyed.is_none() {
        r.destroyed = Some(Val::All);
    }
    if wide.none_of_them && r.destroyed.is_none() {
        r.destroyed = Some(Val::N(0));
    }
}

/// "fired 70 missiles at Ukraine ... fired 31 missiles at Kyiv": another launched figure aimed at another
/// target is another frame (a city's part of the night, or another attack), never a restatement.
/// Nor can fewer be launched than were destroyed: "72 drones were destroyed over nine regions ... 13 drones
/// attacked the refinery" are two frames.
fn other_scope(acc: &Acc, r: &Reading) -> bool {
    let differs =
        acc.fact.launched.is_some() && r.launched.is_some() && acc.fact.launched != r.launched;
    let exact = !acc.launched_approx && !r.launched_approx;
    let fewer = match (acc.destroyed, r.launched) {
        (Some(Val::N(d)), Some(l)) => acc.fact.launched.is_none() && l < d,
        _ => false,
    };
    differs && exact && r.target.is_some() && acc.fact.target != r.target || fewer
}

/// Adds `s` to the fact's evidence unless it is there. Sentences come in document order, so only the
/// last entries can start where `s` does: the look back stops at the first that starts before it (a
/// report repeating one tally thousands of times stays linear).
fn push_evidence(f: &mut Strike, s: &Sentence) {
    let seen = f
        .evidence
        .iter()
        .rev()
        .take_while(|e| e.span[0] >= s.start)
        .any(|e| e.span[0] == s.start);
    if !seen {
        f.evidence.push(s.evidence());
    }
}

/// The first date written in the sentence, resolved against the report date when it has no year; else a
/// date relative to the report date ("yesterday", "on Tuesday").
pub fn sentence_date(s: &Sentence, report_date: Option<NaiveDate>) -> Option<NaiveDate> {
    let toks = &s.toks;
    // A dateline ("KRYVYI RIH, Ukraine, April 5, 2025 (AP) —") gives the filing date: an event
    // weekday in the same sentence ("on Friday evening") wins over it.
    // "On the night of March 3, 2025 (from 18:00 on March 2)" names the event's night, not a filing
    // date: a dateline's date follows no preposition.
    let dateline = |d: &dates::FoundDate| {
        d.start <= 8
            && !(d.start > 0
                && matches!(
                    toks[d.start - 1].lower.as_ref(),
                    "of" | "on" | "in" | "since"
                ))
            && toks[d.end.min(toks.len())..(d.end + 3).min(toks.len())]
                .iter()
                .any(|t| t.is_punct('(') || t.is_punct('—') || t.is_punct('–'))
    };
    let found = &s.dates;
    let own = |d: &dates::FoundDate| match (d.full(), d.day) {
        (Some(full), _) => Some(full),
        (None, Some(day)) if d.year.is_none() => dates::resolve(d.month, day, report_date?),
        _ => None,
    };
    if found.iter().any(dateline) {
        // The event's own date after the dateline, else its weekday, else the filing date.
        let events: Vec<dates::FoundDate> =
            found.iter().filter(|d| !dateline(d)).cloned().collect();
        return first_date(toks, &events, &own)
            .or_else(|| dates::relative(toks, report_date))
            .or_else(|| found.iter().find_map(own));
    }
    first_date(toks, found, &own).or_else(|| dates::relative(toks, report_date))
}

/// The first date of the list that resolves, or the later day of a span it opens ("31 December 2023 to 1
/// January 2024" is the night that ends on 1 January).
fn first_date(
    toks: &[Token],
    found: &[dates::FoundDate],
    own: &dyn Fn(&dates::FoundDate) -> Option<NaiveDate>,
) -> Option<NaiveDate> {
    found.iter().enumerate().find_map(|(k, d)| {
        let date = own(d)?;
        let joined = found.get(k + 1).filter(|n| {
            let between = &toks[d.end.min(n.start)..n.start];
            (1..=2).contains(&between.len())
                && between.iter().all(|t| {
                    lexicon().phrases.span_joins.contains(t.lower.as_ref()) || t.is_punct(',')
                })
        });
        Some(joined.and_then(own).map_or(date, |later| later.max(date)))
    })
}

fn ending_at(counts: &[Num], end: usize) -> Option<Num> {
    counts.iter().find(|n| n.end == end).copied()
}

fn to_u32(v: u64) -> u32 {
    u32::try_from(v).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use crate::extract::{extract, Fact};
    use chrono::NaiveDate;

    fn strike_dates(text: &str) -> Vec<Option<NaiveDate>> {
        extract(text, NaiveDate::from_ymd_opt(2025, 3, 3))
            .into_iter()
            .filter_map(|f| match f {
                Fact::Strike(s) => Some(s.date),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn the_night_of_a_date_is_the_event_date_not_a_dateline() {
        let text = "On the night of March 3, 2025 (from 18:00 on March 2), Russia attacked with 50 drones.";
        assert_eq!(
            strike_dates(text),
            vec![NaiveDate::from_ymd_opt(2025, 3, 3)]
        );
        // A dateline before the agency's bracket is still the filing date, which an event date overrides.
        let text = "KYIV, March 3, 2025 (Reuters) - Russia launched 50 drones on March 2, 2025.";
        assert_eq!(
            strike_dates(text),
            vec![NaiveDate::from_ymd_opt(2025, 3, 2)]
        );
    }
}
