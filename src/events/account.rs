//! One report's accounts of events: which of its strike facts count (a figure, a date, not a part of a wider
//! figure of the report), the day and side of each, and their figures summed per side, day and category.

use super::side_order;
use crate::corpus::attacker::attacker;
use crate::corpus::Article;
use crate::extract::fact::{part_of, Scope};
use crate::extract::{Evidence, Fact, Strike};
use chrono::{Duration, NaiveDate};
use serde::Serialize;

/// One report's telling of an event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Account {
    /// Index of the article among those grouped (the corpus index in the reader).
    #[serde(skip)]
    pub article: usize,
    /// Index of the first strike fact it was read from, in the article's facts.
    #[serde(skip)]
    pub fact: usize,
    pub source: String,
    pub path: String,
    pub url: Option<String>,
    /// The report's own date, YYYY-MM-DD; for a report with no date of its own, the day it was fetched.
    pub report_date: Option<NaiveDate>,
    /// `report_date` is the day the report was fetched: the report gives no date of its own.
    pub dated_by_fetch: bool,
    pub weapons: Vec<String>,
    pub launched: Option<u32>,
    pub destroyed: Option<u32>,
    pub lost_locally: Option<u32>,
    pub launched_from: Vec<String>,
    pub targets: Vec<String>,
    pub over: Vec<String>,
    /// The sentence the figure was read from: where Enter on the account opens the article.
    pub evidence: Evidence,
    /// A later report of the same source replaced this one's figures.
    pub superseded: bool,
}

/// Words of an evidence sentence that make the strike a night attack.
const NIGHT_WORDS: &[&str] = &["overnight", "night", "nighttime", "night-time", "tonight"];
/// Words that put a night attack on the evening of the report's own day.
const EVENING_WORDS: &[&str] = &["tonight", "this evening"];

/// A strike fact's index, the fact, its (side, date, category) and whether it was a night.
type Dated<'a> = (usize, &'a Strike, (u8, NaiveDate, u8), bool);

/// A report's strike facts with a figure and a date: each with its index, its side (as `side_order`; one
/// whose side nothing says takes the one side the report's other tallies of its day and category name),
/// its day and whether it was a night.
pub(super) fn strikes_of(article: &Article, report_date: Option<NaiveDate>) -> Vec<Dated<'_>> {
    let mut out: Vec<Dated> = Vec::new();
    for (k, f) in article.facts.iter().enumerate() {
        let Fact::Strike(s) = f else { continue };
        // A part of a larger figure of the report (a city's share, a region's part) is in that figure.
        if !has_figure(s) || part_of(&article.facts, k).is_some() {
            continue;
        }
        if let Some((date, night)) = when(s, report_date) {
            out.push((
                k,
                s,
                (side_order(attacker(s)), date, s.category as u8),
                night,
            ));
        }
    }
    let sides: Vec<(u8, NaiveDate, u8)> = out.iter().map(|r| r.2).collect();
    for row in out.iter_mut().filter(|r| r.2 .0 == 2) {
        let (_, date, category) = row.2;
        let mut named: Vec<u8> = sides
            .iter()
            .filter(|&&(s, d, c)| s < 2 && d == date && c == category)
            .map(|r| r.0)
            .collect();
        named.sort_unstable();
        named.dedup();
        if let [side] = named[..] {
            row.2 .0 = side;
        }
    }
    within_wider(out)
}

/// A report's local tally (one city's strike) is in its wider tally of the same side, day and category
/// when it has one: the event's row takes the national night, not the two added.
fn within_wider(rows: Vec<Dated<'_>>) -> Vec<Dated<'_>> {
    let wider: Vec<(u8, NaiveDate, u8)> = rows
        .iter()
        .filter(|r| r.1.frame.scope != Scope::Local)
        .map(|r| r.2)
        .collect();
    rows.into_iter()
        .filter(|r| r.1.frame.scope != Scope::Local || !wider.contains(&r.2))
        .collect()
}

/// A report's date: its own, else the day it was fetched (then `true`).
pub(super) fn report_date(article: &Article) -> (Option<NaiveDate>, bool) {
    match (article.date, article.fetched) {
        (Some(d), _) => (Some(d.date), false),
        (None, Some(f)) => (Some(f.date()), true),
        (None, None) => (None, false),
    }
}

/// How many of the articles with strike figures have no usable date: none of their own (`fetched`
/// counts those dated by their fetch time instead) and `left_out` those without a fetch time either.
pub fn undated<'a>(articles: impl IntoIterator<Item = &'a Article>) -> (usize, usize) {
    let (mut fetched, mut left_out) = (0, 0);
    for a in articles {
        let strikes = a
            .facts
            .iter()
            .any(|f| matches!(f, Fact::Strike(s) if has_figure(s) && s.date.is_none()));
        if a.date.is_none() && strikes {
            if a.fetched.is_some() {
                fetched += 1;
            } else {
                left_out += 1;
            }
        }
    }
    (fetched, left_out)
}

/// A tally is an event's row only with a figure.
fn has_figure(s: &Strike) -> bool {
    s.launched.is_some() || s.destroyed.is_some() || s.lost_locally.is_some()
}

/// An empty account of `article` for its strike fact `fact`.
pub(super) fn account(
    article_index: usize,
    fact: usize,
    article: &Article,
    strike: &Strike,
) -> Account {
    Account {
        article: article_index,
        fact,
        source: source_of(article),
        path: article.path.clone(),
        url: article.url.clone(),
        report_date: None,
        dated_by_fetch: false,
        weapons: Vec::new(),
        launched: None,
        destroyed: None,
        lost_locally: None,
        launched_from: Vec::new(),
        targets: Vec::new(),
        over: Vec::new(),
        evidence: strike.evidence.first().cloned().unwrap_or(Evidence {
            sentence: String::new(),
            span: [0, 0],
        }),
        superseded: false,
    }
}

/// The event's day and whether it was a night (rules "day" and "tonight").
fn when(strike: &Strike, report_date: Option<NaiveDate>) -> Option<(NaiveDate, bool)> {
    let date = strike.date.or(report_date)?;
    let said: String = strike
        .evidence
        .iter()
        .map(|e| e.sentence.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    let words: Vec<&str> = said
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .collect();
    let night = words.iter().any(|w| NIGHT_WORDS.contains(w));
    let evening = EVENING_WORDS.iter().any(|w| said.contains(w));
    if evening && Some(date) == report_date {
        return Some((date + Duration::days(1), true));
    }
    Some((date, night))
}

/// Who told it: the report's source, else its folder or file name.
fn source_of(article: &Article) -> String {
    article.source.clone().unwrap_or_else(|| {
        std::path::Path::new(&article.path)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| article.path.clone())
    })
}

/// Adds one strike fact into a report's account (rule "one report").
pub(super) fn add(account: &mut Account, strike: &Strike) {
    let sum = |a: Option<u32>, b: Option<u32>| match (a, b) {
        (None, None) => None,
        (a, b) => Some(a.unwrap_or(0).saturating_add(b.unwrap_or(0))),
    };
    account.launched = sum(account.launched, strike.launched);
    account.destroyed = sum(account.destroyed, strike.destroyed);
    account.lost_locally = sum(account.lost_locally, strike.lost_locally);
    let push = |list: &mut Vec<String>, v: &Option<String>| {
        if let Some(v) = v {
            if !list.contains(v) {
                list.push(v.clone());
            }
        }
    };
    push(&mut account.weapons, &Some(strike.weapon.clone()));
    push(&mut account.launched_from, &strike.launched_from);
    // Targets are places or nothing: "Russia's territory was stopped" is no target.
    push(
        &mut account.targets,
        &strike.target.clone().filter(|t| is_place(t)),
    );
    push(&mut account.over, &strike.over);
}

/// A short name the gazetteer knows as a place ("Kharkiv", "the Odesa region").
pub(super) fn is_place(target: &str) -> bool {
    target.split_whitespace().count() <= 4 && !crate::regions::tag(target).is_empty()
}
