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

pub mod constructions;

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

/// Why a sentence's toll is background, if it is: an earlier dated attack, a cumulative or superseded
/// figure, or a span's toll.
fn background_reason(
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

/// Today's tolls and the background tolls of the sentences (see [`Read`]).
pub fn read(sents: &[Sentence], report_date: Option<NaiveDate>) -> Read {
    let words = &people_lexicon().casualty;
    let mut tolls = Tolls::default();
    let mut background = Vec::new();
    let mut headline: Option<(usize, Casualties)> = None;
    for (i, s) in sents.iter().enumerate() {
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
        if tolls.absorb(words, s, &r, &places) || tolls.superseded(words, s) {
            continue;
        }
        let parts = elliptic_parts(words, s);
        let mut fact = new_fact(words, s, r, places.first().cloned());
        fact.summary |= !parts.is_empty() && is_breakdown(s);
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

/// The tolls read so far, each with every place its sentences name ("in the village of A in the B
/// region": A and B), so that a restatement naming the coarser place ("in the B region") is the same toll.
#[derive(Default)]
struct Tolls {
    facts: Vec<(usize, Casualties)>,
    places: Vec<Vec<String>>,
}

impl Tolls {
    fn push(&mut self, start: usize, fact: Casualties, places: Vec<String>) {
        self.facts.push((start, fact));
        self.places.push(places);
    }

    /// Folds a figure the report has moved past into the latest toll, as evidence only: a sentence opening
    /// on an earlier report ("Earlier, the governor said six were injured", "Initially, officials
    /// reported two dead") after a toll. Whether it did.
    fn superseded(&mut self, words: &CasualtyWords, s: &Sentence) -> bool {
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
    fn absorb(
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
        // "14 people were hospitalised" after "injuring 23", "one is in serious condition": some of the
        // injured, not more people.
        let hospitalised = s.toks.iter().any(|t| {
            t.lower.starts_with("hospitali") || words.condition.contains(t.lower.as_ref())
        });
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

/// A new casualty fact from the reading `r` of `s`; a total marker ("in all", "across the country")
/// makes it a summary.
fn new_fact(words: &CasualtyWords, s: &Sentence, r: Reading, place: Option<String>) -> Casualties {
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
        evidence: vec![s.evidence()],
    }
}

/// A sentence about money paid to people ("compensation was paid to 40 injured families", "пострадавшим
/// семьям перечислено 850 млн руб."): its injured are those of past attacks receiving aid, not a toll.
fn is_aid(words: &CasualtyWords, s: &Sentence) -> bool {
    s.toks.iter().any(|t| words.aid.contains(t.lower.as_ref()))
}

/// A sentence about an earlier attack: it marks its full date as earlier ("A year ago, on June 8, 2024")
/// and that date is before the report date. Its toll is not this report's.
fn is_background(s: &Sentence, report_date: Option<NaiveDate>) -> bool {
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
fn is_cumulative(words: &CasualtyWords, s: &Sentence) -> bool {
    let toks = &s.toks;
    let pairs = (0..toks.len().saturating_sub(1)).filter(|&m| {
        words
            .background_pairs
            .iter()
            .any(|[a, b]| toks[m].lower == a.as_str() && toks[m + 1].lower == b.as_str())
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
fn is_span_toll(words: &CasualtyWords, s: &Sentence, r: &Reading) -> bool {
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

/// A headline toll ("kills 9, injures dozens", "Death toll rises to 13") is the body's toll written
/// short: the same people. With a body toll of the same kind it adds evidence to the first such fact;
/// without one it is a fact of its own.
fn fold_headline(out: &mut Vec<(usize, Casualties)>, (start, head): (usize, Casualties)) {
    let shares = |f: &Casualties| {
        (head.killed.is_some() && f.killed.is_some())
            || (head.injured.is_some() && f.injured.is_some())
    };
    if let Some(k) = out.iter().position(|(_, f)| shares(f)) {
        out[k].1.evidence.splice(0..0, head.evidence);
        return;
    }
    out.insert(0, (start, head));
}

/// Further per-place tolls written elliptically after a first one: "Two people died in Zaporizhzhia and
/// two in Kherson" gives (killed, 2, "Kherson"). Only after a casualty word and a first "in <Place>". After
/// a colon they break the first toll down ("killed 4 in the Donetsk region: 2 in A, 1 in B and 1 in C"):
/// see [`is_breakdown`].
fn elliptic_parts(words: &CasualtyWords, s: &Sentence) -> Vec<(Kind, u32, String)> {
    let toks = &s.toks;
    let mut out = Vec::new();
    let mut kind = None;
    let mut placed = false;
    for i in 0..toks.len() {
        let t = &toks[i];
        if let Some(k) = kind_of(words, &t.lower) {
            kind = Some(k);
        }
        if t.lower == "in"
            && toks
                .get(name_after_in(toks, i))
                .is_some_and(Token::is_capitalized)
        {
            placed = true;
        }
        let (Some(k), true) = (kind, placed) else {
            continue;
        };
        if t.lower != "and" && !t.is_punct(',') && !t.is_punct(':') {
            continue;
        }
        let Some(n) = count_at(toks, i + 1) else {
            continue;
        };
        if toks.get(n.end).is_none_or(|t| t.lower != "in") {
            continue;
        }
        let mut e = n.end + 1;
        while e < toks.len() && toks[e].is_capitalized() && !is_month(&toks[e].lower) {
            e += 1;
        }
        if let Some(place) = s.slice(n.end + 1, e) {
            out.push((k, to_u32(n.value), place.to_string()));
        }
    }
    out
}

/// Whether the sentence's per-place parts follow a colon after its first toll: then that toll is their
/// total, a summary ("Russian fire killed 4 in the Donetsk region: 2 in A, 1 in B and 1 in C").
fn is_breakdown(s: &Sentence) -> bool {
    let toks = &s.toks;
    (0..toks.len()).any(|i| {
        toks[i].is_punct(':')
            && count_at(toks, i + 1)
                .is_some_and(|n| toks.get(n.end).is_some_and(|t| t.lower == "in"))
    })
}

/// Marks as a summary a toll without a place whose figures are the sums over two or more per-place tolls
/// ("three killed in Kharkiv ... two in Odesa ... five people were killed"): the same people.
fn mark_sums(out: &mut [(usize, Casualties)]) {
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

fn kind_of(words: &CasualtyWords, w: &str) -> Option<Kind> {
    if words.killed.contains(w) {
        Some(Kind::Killed)
    } else if words.injured.contains(w) {
        Some(Kind::Injured)
    } else {
        None
    }
}

fn set(r: &mut Reading, kind: Kind, n: u32) {
    let slot = match kind {
        Kind::Killed => &mut r.killed,
        Kind::Injured => &mut r.injured,
    };
    if slot.is_none() {
        *slot = Some(n);
    }
}

fn read_sentence(words: &CasualtyWords, s: &Sentence) -> Option<Reading> {
    let toks = &s.toks;
    let mut r = Reading::default();
    let mut used_until = 0;
    for (v, t) in toks.iter().enumerate() {
        let w = t.lower.as_ref();
        if w == "no" || w == "nobody" {
            read_zero(words, toks, v, &mut r);
            continue;
        }
        if let Some((kind, n, update)) = number_of(words, toks, v) {
            // "the number of injured has risen to 23": the latest figure, not more people.
            let slot = match kind {
                Kind::Killed => &mut r.killed,
                Kind::Injured => &mut r.injured,
            };
            *slot = Some(n);
            r.update |= update;
            used_until = used_until.max(v + 1);
            continue;
        }
        if w == "toll" {
            read_toll_phrase(words, toks, v, &mut r);
            continue;
        }
        let care = w == "medical"
            && v > 0
            && words.light_verbs.contains(toks[v - 1].lower.as_ref())
            && toks
                .get(v + 1)
                .is_some_and(|t| words.care.contains(t.lower.as_ref()));
        let Some(kind) = kind_of(words, w).or(care.then_some(Kind::Injured)) else {
            continue;
        };
        // "sustained fatal injuries": a wound named fatal is a death.
        let fatal = v > 0 && words.fatal.contains(toks[v - 1].lower.as_ref());
        let kind = if fatal { Kind::Killed } else { kind };
        if v >= used_until {
            // "Поранення отримали 12 людей" ("injuries received 12 people"): the noun, its light verb, then
            // the group.
            let light_after = toks
                .get(v + 1)
                .is_some_and(|t| words.light_verbs.contains(t.lower.as_ref()));
            let at = v + 1 + usize::from(light_after);
            if let Some((n, end)) = group(words, toks, at, true) {
                set(&mut r, kind, n);
                r.who.extend(s.slice(at, end).map(str::to_string));
                used_until = end;
                continue;
            }
        }
        let mut p = verb_phrase_start(words, toks, v, &mut r);
        p = before_appositive(words, toks, p);
        // "A woman who was wounded in the attack has died in hospital": the relative clause's verb is
        // read with the main verb's subject, once; the main verb's subject is before "who".
        if p > 0 && words.relatives.contains(toks[p - 1].lower.as_ref()) {
            let main_verb_follows = toks[v + 1..]
                .iter()
                .take_while(|t| !t.is_punct(';') && !t.is_punct(','))
                .any(|t| kind_of(words, &t.lower).is_some());
            if main_verb_follows {
                continue;
            }
        }
        if let Some(q) = relative_clause_start(words, toks, p) {
            p = q;
        }
        if p >= 3
            && toks[p - 3].lower == "born"
            && toks[p - 2].lower == "in"
            && toks[p - 1].kind == TokKind::Num
        {
            // "a man born in 1985 was injured"
            p -= 3;
        }
        if let Some((n, start)) = group_ending_at(words, toks, p, used_until) {
            set(&mut r, kind, n);
            r.who.extend(s.slice(start, p).map(str::to_string));
            used_until = v + 1;
        }
    }
    if r.killed.is_none() && r.injured.is_none() {
        // "there are 53 victims": with no verb of killing or injuring, victims are the injured.
        if let Some(n) = counted_victims(toks) {
            r.injured = Some(n);
            r.how = Some("\"victims\" with no verb read as the injured");
        }
    }
    (r.killed.is_some() || r.injured.is_some()).then_some(r)
}

/// An explicit zero at `v` ("no" or "nobody"): "no casualties", "no deaths", "no one was killed or
/// injured", "nobody was hurt".
fn read_zero(words: &CasualtyWords, toks: &[Token], v: usize, r: &mut Reading) {
    let w = toks[v].lower.as_ref();
    let next = toks.get(v + 1).map_or("", |t| t.lower.as_ref());
    let one = next == "one" || w == "nobody";
    let k = if one { v + 2 } else { v + 1 };
    if !one && next == "casualties" {
        set(r, Kind::Killed, 0);
        set(r, Kind::Injured, 0);
    } else if let Some(kind) = toks
        .get(k)
        .and_then(|t| kind_of(words, &t.lower))
        .filter(|_| !one)
    {
        set(r, kind, 0);
    } else if one {
        let mut m = k;
        while toks
            .get(m)
            .is_some_and(|t| words.aux.contains(t.lower.as_ref()))
        {
            m += 1;
        }
        if let Some(kind) = toks.get(m).and_then(|t| kind_of(words, &t.lower)) {
            set(r, kind, 0);
            // "no one was killed or injured"
            let or = toks
                .get(m + 1)
                .is_some_and(|t| matches!(t.lower.as_ref(), "or" | "nor" | "and"));
            if let Some(other) = toks
                .get(m + 2)
                .and_then(|t| kind_of(words, &t.lower))
                .filter(|_| or)
            {
                set(r, other, 0);
            }
        }
    }
}

/// A toll phrase at `v` ("toll"): "the death toll rose to 21", "bringing the death toll to two", "the
/// injured toll is 5"; the figure replaces the kind's slot, and a word of change marks an update.
fn read_toll_phrase(words: &CasualtyWords, toks: &[Token], v: usize, r: &mut Reading) {
    // The word of change may come before the toll ("bringing the death toll to two").
    let update = toks[v.saturating_sub(3)..]
        .iter()
        .take(9)
        .any(|t| words.update.contains(t.lower.as_ref()));
    let n = (v + 1..(v + 16).min(toks.len()))
        .filter(|&k| matches!(toks[k].lower.as_ref(), "to" | "at" | "of" | "is" | "was"))
        .find_map(|k| count_at(toks, k + 1));
    if let Some(n) = n {
        let slot = if v > 0 && toks[v - 1].lower.starts_with("injur") {
            &mut r.injured
        } else {
            &mut r.killed
        };
        *slot = Some(to_u32(n.value));
        r.update |= update;
    }
}

/// Where the words of the verb phrase ending in the casualty word at `v` start, read back through
/// auxiliaries, adverbs, an editor's "[also]", a light verb and up to two words before its noun
/// ("were reportedly killed", "sustained shrapnel wounds"). A running-count adverb ("had already been
/// injured") marks the reading an update.
fn verb_phrase_start(words: &CasualtyWords, toks: &[Token], v: usize, r: &mut Reading) -> usize {
    let mut p = (1..=2)
        .find(|&m| {
            v > m
                && words.light_verbs.contains(toks[v - 1 - m].lower.as_ref())
                && toks[v - m..v]
                    .iter()
                    .all(|t| t.kind == TokKind::Word && !t.is_capitalized())
        })
        .map_or(v, |m| v - m);
    // "were reportedly killed": an adverb, not "family" or "Italy".
    let adverb = |t: &Token| {
        t.lower.ends_with("ly") && !t.is_capitalized() && !words.nouns.contains_key(t.bare())
    };
    let bracket = |t: &Token| t.is_punct('[') || t.is_punct(']');
    while p > 0
        && (words.aux.contains(toks[p - 1].lower.as_ref())
            || adverb(&toks[p - 1])
            || words.adverbs.contains(toks[p - 1].lower.as_ref())
            || bracket(&toks[p - 1])
            || words.light_verbs.contains(toks[p - 1].lower.as_ref()))
    {
        if words.running.contains(toks[p - 1].lower.as_ref()) {
            r.update = true;
        }
        p -= 1;
    }
    p
}

/// "53 victims" (a count right before "victims"), when the sentence has no casualty verb.
fn counted_victims(toks: &[Token]) -> Option<u32> {
    (1..toks.len())
        .filter(|&k| toks[k].lower == "victims")
        .find_map(|k| {
            (k.saturating_sub(4)..k)
                .find_map(|s| count_at(toks, s).filter(|n| n.end == k))
                .map(|n| to_u32(n.value))
        })
}

/// "the number of injured (people) has risen to 23", "an increase in the number of victims to 13",
/// "the number of people killed reached 7": (kind, figure, whether a word of change says it is an
/// update) for the phrase starting at `v` ("number").
fn number_of(words: &CasualtyWords, toks: &[Token], v: usize) -> Option<(Kind, u32, bool)> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    // A glossed "number" takes its noun without "of" ("кількість поранених": "number injured").
    if word(v) != "number" || word(v + 1) != "of" && !super::gloss::is_glossed(&toks[v]) {
        return None;
    }
    let kind = (v + 1..v + 5).find_map(|k| {
        kind_of(words, word(k)).or_else(|| words.victims.contains(word(k)).then_some(Kind::Injured))
    })?;
    let n = (v + 2..(v + 18).min(toks.len()))
        .filter(|&k| word(k) == "to" || words.update.contains(word(k)))
        // "rose to 23", "зросла — вже понад 11": a dash, an adverb or "over" may come first.
        .find_map(|k| (k + 1..k + 5).find_map(|c| count_at(toks, c)))?;
    let changed = |t: &Token| words.update.contains(t.lower.as_ref()) || t.lower == "increase";
    let update = toks[v.saturating_sub(4)..n.start].iter().any(changed);
    Some((kind, to_u32(n.value), update))
}

fn to_u32(v: u64) -> u32 {
    u32::try_from(v).unwrap_or(u32::MAX)
}

/// The people counted by the groups that start at `p` ("a Russian couple", "two men and a woman",
/// "seven"): (count, end token). For a verb's `object`, a group with a casualty verb of its own ends the
/// list ("killed 11 people, 40 were injured").
fn group(words: &CasualtyWords, toks: &[Token], p: usize, object: bool) -> Option<(u32, usize)> {
    let (mut total, mut i) = one_group(words, toks, p)?;
    while toks
        .get(i)
        .is_some_and(|t| t.lower == "and" || t.is_punct(','))
    {
        let age = toks[i].is_punct(',')
            && toks.get(i + 1).is_some_and(|t| t.kind == TokKind::Num)
            && toks.get(i + 2).is_some_and(|t| t.is_punct(','));
        // "at least 18 people, more than 40 people were injured": a qualified count after a comma opens a
        // toll of its own, no list's member.
        if age || toks[i].is_punct(',') && qualifier_len(toks, i + 1) > 0 {
            break;
        }
        match one_group(words, toks, i + 1) {
            Some((_, e)) if object && has_own_verb(words, toks, e) => break,
            Some((n, e)) => {
                total = total.saturating_add(n);
                i = e;
            }
            None => break,
        }
    }
    Some((total, i))
}

/// Whether a group ending at `e` is the subject of a casualty verb of its own, through auxiliaries and
/// adverbs ("killed 11 people, 40 were injured", "загинули двоє, ще семеро отримали поранення"): then it
/// is a second toll, not more people of the first.
fn has_own_verb(words: &CasualtyWords, toks: &[Token], e: usize) -> bool {
    let skip = |t: &Token| {
        words.aux.contains(t.lower.as_ref()) || words.adverbs.contains(t.lower.as_ref())
    };
    toks[e.min(toks.len())..]
        .iter()
        .find(|t| !skip(t))
        .is_some_and(|t| {
            kind_of(words, &t.lower).is_some() || words.light_verbs.contains(t.lower.as_ref())
        })
}

fn one_group(words: &CasualtyWords, toks: &[Token], p: usize) -> Option<(u32, usize)> {
    let p = p + qualifier_len(toks, p);
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    // "one person was killed and another injured", "killed one person and injured another."
    let ends = |t: Option<&Token>| {
        t.is_none_or(|t| t.kind == TokKind::Punct || words.bare_next.contains(t.lower.as_ref()))
    };
    // "both drivers", "Both were killed": two people.
    if word(p) == "both" {
        let next = toks.get(p + 1);
        if next.is_some_and(|t| words.nouns.get(t.bare()) == Some(&0)) {
            return Some((2, p + 2));
        }
        if next.is_some_and(|t| {
            words.aux.contains(t.lower.as_ref()) || kind_of(words, &t.lower).is_some()
        }) {
            return Some((2, p + 1));
        }
    }
    if word(p) == "another"
        && (kind_of(words, word(p + 1)).is_some()
            || words.aux.contains(word(p + 1))
            || ends(toks.get(p + 1)))
    {
        return Some((1, p + 1));
    }
    // "dozens were injured": a lower bound, not a toll.
    let mut num = count_at(toks, p).filter(|n| !n.approx);
    let det = num.is_none() && (words.determiners.contains(word(p)) || word(p) == "another");
    if det {
        // "their two children", "another three people"
        num = count_at(toks, p + 1);
    }
    let mut j = num.map_or(if det { p + 1 } else { p }, |n| n.end);
    if let Some(n) = num {
        if toks.get(n.start).is_some_and(|t| t.lower == "a") && n.value == 2 {
            return Some((2, n.end));
        }
    }
    if let Some(n) = num {
        let stands_for_people = words.people_after_count.contains(word(n.end))
            && !words
                .nouns
                .contains_key(toks.get(n.end + 1).map_or("", |t| t.bare()));
        if stands_for_people {
            return Some((to_u32(n.value), n.end + 1));
        }
    }
    let start_adj = j;
    while j < toks.len() && j - start_adj < 3 {
        let t = &toks[j];
        if words.nouns.contains_key(t.bare()) {
            break;
        }
        let adjective = t.kind == TokKind::Word
            && !words.group_barrier.contains(t.lower.as_ref())
            && !words.aux.contains(t.lower.as_ref())
            && kind_of(words, &t.lower).is_none();
        if !adjective {
            break;
        }
        j += 1;
    }
    // "four female and two male employees": two counts share the head noun of the second.
    if let Some(n) = num {
        let shares_head = j > start_adj
            && word(j) == "and"
            && one_group(words, toks, j + 1).is_some_and(|(_, e)| {
                toks[j + 1..e.min(toks.len())]
                    .iter()
                    .any(|t| words.nouns.contains_key(t.bare()))
            });
        if shares_head {
            return Some((to_u32(n.value), j));
        }
    }
    // "three family members": the last of two people nouns is the head.
    while j + 1 < toks.len()
        && words.nouns.contains_key(toks[j].bare())
        && words.nouns.contains_key(toks[j + 1].bare())
    {
        j += 1;
    }
    if let Some(&c) = toks.get(j).and_then(|t| words.nouns.get(t.bare())) {
        let value = match (num, det, c) {
            (Some(n), _, _) => to_u32(n.value),
            (None, true, c) if c > 0 => c,
            // Ukrainian and Russian have no articles: "загинула жінка" is one woman, and so is
            // "62-річна жінка"; not a noun after English words ("серед них дитина": "among them child").
            (None, false, c)
                if c > 0
                    && super::gloss::is_glossed(&toks[j])
                    && toks[start_adj..j]
                        .iter()
                        .all(|t| !t.lower.is_ascii() || words.nouns.contains_key(t.bare())) =>
            {
                c
            }
            _ => return None,
        };
        return Some((value, of_complement(words, toks, j + 1)));
    }
    let n = num?;
    let bare = toks.get(n.end).is_none_or(|t| {
        t.kind == TokKind::Punct
            || words.bare_next.contains(t.lower.as_ref())
            || words.aux.contains(t.lower.as_ref())
            || words.light_verbs.contains(t.lower.as_ref())
            || kind_of(words, &t.lower).is_some()
    });
    bare.then_some((to_u32(n.value), n.end))
}

/// Where the subject of a verb at `p` ends when an appositive sits between them ("Two men, aged 45 and
/// 52, were killed", "A man, 47, was killed"): the opening comma; else `p`.
fn before_appositive(words: &CasualtyWords, toks: &[Token], p: usize) -> usize {
    if p == 0 || !toks[p - 1].is_punct(',') {
        return p;
    }
    (p.saturating_sub(12)..p - 1)
        .rev()
        .find(|&q| toks[q].is_punct(','))
        .filter(|&q| {
            let age = q + 3 == p && toks[q + 1].kind == TokKind::Num;
            age || toks
                .get(q + 1)
                .is_some_and(|t| words.appositive.contains(t.lower.as_ref()))
        })
        .unwrap_or(p)
}

/// How many tokens at `p` qualify a count without changing it ("at least", "more than", "up to", "some").
fn qualifier_len(toks: &[Token], p: usize) -> usize {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    match (word(p), word(p + 1)) {
        ("at", "least") | ("more", "than") | ("up", "to") | ("as", "many") => 2,
        ("some" | "about" | "around" | "nearly" | "almost" | "over" | "roughly", _) => 1,
        _ => 0,
    }
}

/// The start of a relative clause ("who was wounded in the attack") that ends right before `p`, when
/// one does within twenty words and no comma: the subject of the verb at `p` is before it.
fn relative_clause_start(words: &CasualtyWords, toks: &[Token], p: usize) -> Option<usize> {
    // "A fourth man, who was in the car, received wounds": the clause in commas ends at `p`.
    if p > 1 && toks[p - 1].is_punct(',') {
        return relative_in(words, toks, p - 1)
            .filter(|&k| toks[k - 1].is_punct(','))
            .map(|k| k - 1);
    }
    relative_in(words, toks, p)
}

/// The relative word that opens a clause ending right before `p`, within twenty words and no comma.
fn relative_in(words: &CasualtyWords, toks: &[Token], p: usize) -> Option<usize> {
    (p.saturating_sub(20)..p)
        .rev()
        .take_while(|&k| !toks[k].is_punct(',') && !toks[k].is_punct(';'))
        .find(|&k| words.relatives.contains(toks[k].lower.as_ref()))
        .filter(|&k| k > 0)
}

/// The end of an "of" phrase after a people noun: "a member of the State Emergency Service", "a resident of
/// Kupiansk", "three members of one family" (at most six words, up to an auxiliary or a casualty word).
fn of_complement(words: &CasualtyWords, toks: &[Token], e: usize) -> usize {
    if toks.get(e).is_none_or(|t| t.lower != "of") {
        return e;
    }
    let mut k = e + 1;
    while k < toks.len() && k - e <= 6 {
        let t = &toks[k];
        let w = t.lower.as_ref();
        let part = matches!(t.kind, TokKind::Word | TokKind::Num)
            && !words.aux.contains(w)
            && kind_of(words, w).is_none()
            && (w == "the" || !words.group_barrier.contains(w));
        if !part {
            break;
        }
        k += 1;
    }
    if k > e + 1 {
        k
    } else {
        e
    }
}

/// A group that ends right before token `p` (the subject of "were killed"), not before `floor`.
fn group_ending_at(
    words: &CasualtyWords,
    toks: &[Token],
    p: usize,
    floor: usize,
) -> Option<(u32, usize)> {
    (p.saturating_sub(8).max(floor)..p).find_map(|start| match group(words, toks, start, false) {
        Some((n, end)) if end == p => Some((n, start)),
        _ => None,
    })
}

/// The places of the sentence's "in <Name>" phrases, in order ("in Uman", "in Kryvyi Rih", "in the Kherson
/// region": "Kherson"; "in the village of A in the B region": A, B). A capital after "in" that opens a time or
/// says whose something is does not name a place: a month or weekday ("in Monday's attack") or a nationality
/// ("in Russian shelling", "in the Russian-held town"). The first is the toll's place.
fn places(s: &Sentence) -> Vec<String> {
    let toks = &s.toks;
    let not_a_place = |t: &Token| {
        let w = t.bare();
        let first = w.split('-').next().unwrap_or(w);
        is_month(w) || is_weekday(w) || people_lexicon().nationalities.contains(first)
    };
    (0..toks.len())
        .filter(|&i| toks[i].lower == "in")
        .map(|i| name_after_in(toks, i))
        .filter(|&start| toks.get(start).is_some_and(|t| !not_a_place(t)))
        .filter_map(|start| {
            let mut e = start;
            while e < toks.len() && toks[e].is_capitalized() && !is_month(&toks[e].lower) {
                e += 1;
            }
            s.slice(start, e).map(str::to_string)
        })
        .collect()
}

/// Where a place's name would start after the "in" at `i`: past "the", up to two direction adjectives and
/// a kind of place with "of" ("in the northeastern Sumy region": "Sumy"; "in the central city of Dnipro":
/// "Dnipro").
fn name_after_in(toks: &[Token], i: usize) -> usize {
    let g = grammar();
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    let mut k = i + 1;
    if word(k) == "the" {
        k += 1;
    }
    let mut adjectives = 0;
    while adjectives < 2 && g.direction_adjectives.contains(word(k)) {
        k += 1;
        adjectives += 1;
    }
    if g.place_kinds.contains(word(k)) && word(k + 1) == "of" {
        k += 2;
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tolls(body: &str) -> Vec<(Option<u32>, Option<u32>, bool)> {
        extract(&Sentence::all(body), None)
            .into_iter()
            .map(|(_, f)| (f.killed, f.injured, f.summary))
            .collect()
    }

    #[test]
    fn a_place_is_not_a_month_a_weekday_or_a_nationality() {
        for (body, place) in [
            (
                "Two civilians were killed in Russian shelling of the town.",
                None,
            ),
            (
                "A man was injured in Tuesday's drone attack in Nikopol.",
                Some("Nikopol"),
            ),
            (
                "Four people were wounded in Ukrainian strikes in Belgorod.",
                Some("Belgorod"),
            ),
            (
                "Three people were killed in Kryvyi Rih.",
                Some("Kryvyi Rih"),
            ),
            (
                "In the Sumy region, shelling injured two women.",
                Some("Sumy"),
            ),
            (
                "A man was wounded in the Russian-held town of Oleshky.",
                None,
            ),
        ] {
            let places: Vec<Option<String>> = extract(&Sentence::all(body), None)
                .into_iter()
                .map(|(_, f)| f.place)
                .collect();
            assert_eq!(places, vec![place.map(str::to_string)], "{body}");
        }
    }

    #[test]
    fn word_counts() {
        assert_eq!(
            tolls("The strike killed a Russian couple and injured their child."),
            vec![(Some(2), Some(1), false)]
        );
        assert_eq!(
            tolls("Debris injured an elderly man at his home."),
            vec![(None, Some(1), false)]
        );
        assert_eq!(
            tolls("The attack killed two men and a woman."),
            vec![(Some(3), None, false)]
        );
        assert_eq!(
            tolls("Three people were hospitalised."),
            vec![(None, Some(3), false)]
        );
        assert_eq!(
            tolls("Shelling killed seven and injured 34."),
            vec![(Some(7), Some(34), false)]
        );
        assert_eq!(
            tolls("A 71-year-old woman was injured at 01:20."),
            vec![(None, Some(1), false)]
        );
    }

    #[test]
    fn zeros_updates_restatements_and_summaries() {
        assert_eq!(
            tolls("There were no casualties."),
            vec![(Some(0), Some(0), false)]
        );
        assert_eq!(tolls("No one was hurt."), vec![(None, Some(0), false)]);
        assert_eq!(tolls("The strike caused no other casualties."), vec![]);
        assert_eq!(
            tolls("Two people were killed in Odesa. The death toll rose to 21 on Monday."),
            vec![(Some(21), None, false)]
        );
        assert_eq!(
            tolls(
                "Four people were killed in Kharkiv. “Four people were killed,” the governor said."
            ),
            vec![(Some(4), None, false)]
        );
        assert_eq!(
            tolls("Strikes killed seven people across the country. In Kyiv, three people were killed. In Odesa, four people were killed."),
            vec![(Some(7), None, true), (Some(3), None, false), (Some(4), None, false)]
        );
    }

    /// A count followed by "more" or "others" is people: the second verb of a coordinated toll.
    #[test]
    fn more_and_others_stand_for_people() {
        assert_eq!(
            tolls("Shelling of the market killed four shoppers and wounded at least 19 more."),
            vec![(Some(4), Some(19), false)]
        );
        assert_eq!(
            tolls("Two workers died at the depot, and six others were hurt."),
            vec![(Some(2), Some(6), false)]
        );
        assert_eq!(
            tolls("The blast killed a guard and injured two more."),
            vec![(Some(1), Some(2), false)]
        );
        // Followed by a noun, "more" is an adjective.
        assert_eq!(
            tolls("Rescuers said three more people were injured."),
            vec![(None, Some(3), false)]
        );
    }

    /// "the number of <casualty word> rose to N" is an update of the latest figure, not more people.
    #[test]
    fn the_number_of_injured_rising_is_an_update() {
        assert_eq!(
            tolls(
                "A drone hit a school in Sumy, injuring 6 people. By evening the number of \
                 injured people had grown to 14. A teacher died in hospital, and the number of \
                 wounded has increased to 15."
            ),
            vec![(Some(1), Some(15), false)]
        );
        // "victims" alone are the injured.
        assert_eq!(
            tolls("The mayor reported an increase in the number of victims to 31 people."),
            vec![(None, Some(31), false)]
        );
        assert_eq!(
            tolls("As of 10:00, there are 27 victims in the city."),
            vec![(None, Some(27), false)]
        );
    }

    /// "the death toll in X rose to N": the figure is the first count after a linking word, not the
    /// first linking word ("of" in "the city of Dnipro").
    #[test]
    fn a_toll_phrase_skips_a_place_with_of() {
        assert_eq!(
            tolls("The death toll in the strike on the city of Dnipro has risen to 9."),
            vec![(Some(9), None, false)]
        );
    }

    /// Light verbs carry the casualty noun: "sustained injuries", "received medical help".
    #[test]
    fn light_verbs_and_medical_help() {
        assert_eq!(
            tolls("Five residents sustained injuries from broken glass."),
            vec![(None, Some(5), false)]
        );
        assert_eq!(
            tolls("Eleven people received medical help after the explosion."),
            vec![(None, Some(11), false)]
        );
    }

    /// A toll placed in an earlier report or over the whole war is background.
    #[test]
    fn cumulative_tolls_are_background() {
        assert_eq!(
            tolls(
                "A drone killed two men in Lgov on Sunday. The governor said last month that \
                 140 civilians had been killed in the region."
            ),
            vec![(Some(2), None, false)]
        );
        assert_eq!(
            tolls("More than 600 children have been killed since the full-scale invasion."),
            vec![]
        );
    }

    #[test]
    fn non_casualties() {
        assert_eq!(
            tolls("Four buildings were destroyed. He freed 10 foreign nationals."),
            vec![]
        );
        assert_eq!(tolls("Of 40 drones, 5 were lost locally."), vec![]);
    }
}
