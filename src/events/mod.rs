//! Events across reports (issue 10): the strike facts of one night and one weapon category, from every
//! report that tells of them, as one event with its sources side by side.
//!
//! The rules, each with the test that shows it:
//!
//! | rule | what it does | test |
//! |---|---|---|
//! | day | an event is dated by its strike's date, a night by the morning it ends ("the night of 17 to 18 July" and "overnight" in a report filed on the 18th are both the 18th); else by the report's date | `a_night_reported_the_next_morning_is_one_event` |
//! | tonight | "tonight" or "this evening" in a report filed that day is the night that ends the next morning | `a_night_reported_the_next_morning_is_one_event` |
//! | one night | a night named in one sentence of a report is the night of all its strikes of that day | `a_report_sums_its_weapons_of_one_category` |
//! | one report | a report's figure is the sum of its strike facts of that category (named weapons, regional parts) | `a_report_sums_its_weapons_of_one_category` |
//! | update | a later report of the same source replaces that source's earlier figure, shown as an update | `a_later_report_of_the_same_source_updates_it` |
//! | disagree | sources whose figures differ disagree: the event shows the figure most sources give (a tie: the latest report's) and lists every figure with its sources | `sources_that_disagree_are_marked` |
//! | side | an event is one side's attacks (`crate::corpus::attacker`); an account whose side nothing says joins the one side the others of its day name | `attacks_of_each_side_are_apart_and_rows_need_a_figure` |
//! | figure | a tally without a launched, destroyed or lost figure makes no row; targets are places or nothing | `attacks_of_each_side_are_apart_and_rows_need_a_figure` |
//! | fetch time | a report with no date of its own is dated by the day it was fetched, marked so | `a_report_with_no_date_takes_its_fetch_time` |
//! | rate | the interception rate is over the events with both figures (and no more destroyed than launched) only | `timeline::the_rate_counts_only_events_with_both_figures_and_says_so` |

mod account;
mod csv;
mod timeline;

pub use account::{undated, Account};
pub use csv::{csv_row, record_model, CSV_HEADER};
pub use timeline::{timeline, Day};

use crate::corpus::Article;
use crate::extract::lexicon::Side;
use crate::extract::Category;
use account::{account, add, report_date, strikes_of};
use chrono::{Duration, NaiveDate};
use serde::Serialize;
use std::collections::BTreeMap;

/// The strikes of one night (or day) and one weapon category, across reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    /// The day it happened; for a night, the morning it ended.
    pub date: NaiveDate,
    /// A night attack: it began the evening before `date`.
    pub overnight: bool,
    pub category: Category,
    /// The side that attacked (`None`: no frame, reporter or place says).
    #[serde(serialize_with = "side_name")]
    pub side: Option<Side>,
    /// The figures most sources give (a tie: the latest report's).
    pub launched: Option<u32>,
    pub destroyed: Option<u32>,
    /// How many distinct sources tell of it.
    pub sources: usize,
    /// Where the sources' figures differ: every figure with its sources.
    pub disagreement: Option<String>,
    /// Where a later report of a source changed its earlier figures.
    pub updates: Vec<String>,
    pub accounts: Vec<Account>,
}

fn side_name<S: serde::Serializer>(side: &Option<Side>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(crate::corpus::attacker::side_label(*side))
}

impl Event {
    /// More destroyed than launched: two reports mixed or a misread, never a rate.
    pub fn over_full(&self) -> bool {
        matches!((self.launched, self.destroyed), (Some(l), Some(d)) if d > l)
    }

    /// Whether any account is dated by its fetch time.
    pub fn dated_by_fetch(&self) -> bool {
        self.accounts.iter().any(|a| a.dated_by_fetch)
    }

    /// The first day of the event: the evening before for a night.
    pub fn start(&self) -> NaiveDate {
        if self.overnight {
            self.date - Duration::days(1)
        } else {
            self.date
        }
    }

    /// "07-17/18" for a night, "07-18" for a day.
    pub fn when(&self) -> String {
        if self.overnight {
            format!(
                "{}/{}",
                self.start().format("%m-%d"),
                self.date.format("%d")
            )
        } else {
            self.date.format("%m-%d").to_string()
        }
    }

    /// `when` with the year first ("2024-05-09/10"): for events of more than one year.
    pub fn when_in_year(&self) -> String {
        format!("{}-{}", self.start().format("%Y"), self.when())
    }

    /// The weapons any account names, each once, in the order first named.
    pub fn weapons(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for w in self.accounts.iter().flat_map(|a| &a.weapons) {
            if !out.contains(&w.as_str()) {
                out.push(w);
            }
        }
        out
    }
}

/// The events the articles tell of, by side, date, then category. A report with no date of its own is dated
/// by its fetch time; strikes with neither are left out, and so are tallies without a figure.
pub fn group<'a>(articles: impl IntoIterator<Item = (usize, &'a Article)>) -> Vec<Event> {
    // (date, category) → accounts with their side, with whether any says night.
    type Key = (u8, NaiveDate, u8);
    type Found = (Category, bool, Vec<(u8, Account)>);
    let mut found: BTreeMap<(NaiveDate, u8), Found> = BTreeMap::new();
    for (index, article) in articles {
        let (report_date, dated_by_fetch) = report_date(article);
        // One account per (side, date, category) of this report.
        let mut mine: BTreeMap<Key, (Category, bool, Account)> = BTreeMap::new();
        for (fact, strike, (side, date, _), night) in strikes_of(article, report_date) {
            let key = (side, date, strike.category as u8);
            let entry = mine.entry(key).or_insert_with(|| {
                let mut account = account(index, fact, article, strike);
                (account.report_date, account.dated_by_fetch) = (report_date, dated_by_fetch);
                (strike.category, false, account)
            });
            entry.1 |= night;
            add(&mut entry.2, strike);
        }
        // A night told in one sentence is the night of every strike of that day in the report.
        let nights: Vec<NaiveDate> = mine
            .iter()
            .filter(|(_, (_, night, _))| *night)
            .map(|(&(_, date, _), _)| date)
            .collect();
        for ((side, date, category_key), (category, night, account)) in mine {
            let night = night || nights.contains(&date);
            let e = found
                .entry((date, category_key))
                .or_insert_with(|| (category, false, Vec::new()));
            e.1 |= night;
            e.2.push((side, account));
        }
    }
    let mut out: Vec<Event> = found
        .into_iter()
        .flat_map(|((date, _), (category, overnight, accounts))| {
            by_side(accounts)
                .into_iter()
                .map(move |(side, accounts)| event(date, overnight, category, side, accounts))
        })
        .collect();
    out.sort_by_key(|e| (side_order(e.side), e.date, e.category as u8));
    out
}

/// The accounts of one day and category split by the side that attacked. An account whose side nobody
/// says joins the one side the others name; with both sides named (or none) it stands apart.
fn by_side(accounts: Vec<(u8, Account)>) -> Vec<(Option<Side>, Vec<Account>)> {
    let mut named: Vec<u8> = accounts
        .iter()
        .map(|(s, _)| *s)
        .filter(|&s| s < 2)
        .collect();
    named.sort_unstable();
    named.dedup();
    let unknown_joins = (named.len() == 1).then(|| named[0]);
    let mut out: BTreeMap<u8, Vec<Account>> = BTreeMap::new();
    for (side, account) in accounts {
        let side = if side >= 2 {
            unknown_joins.unwrap_or(side)
        } else {
            side
        };
        out.entry(side).or_default().push(account);
    }
    out.into_iter().map(|(s, a)| (side_of(s), a)).collect()
}

/// Russia's attacks first, then Ukraine's, then those whose side nobody says.
pub(super) fn side_order(side: Option<Side>) -> u8 {
    match side {
        Some(Side::Russia) => 0,
        Some(Side::Ukraine) => 1,
        None => 2,
    }
}

fn side_of(order: u8) -> Option<Side> {
    match order {
        0 => Some(Side::Russia),
        1 => Some(Side::Ukraine),
        _ => None,
    }
}

/// Puts the accounts of one event together (rules "update" and "disagree").
fn event(
    date: NaiveDate,
    overnight: bool,
    category: Category,
    side: Option<Side>,
    mut accounts: Vec<Account>,
) -> Event {
    // Oldest first: a report dated later, else listed later, is the later one.
    accounts.sort_by_key(|a| (a.report_date, a.article));
    let mut updates = Vec::new();
    for later in 1..accounts.len() {
        // The source's latest report before this one.
        let Some(earlier) = (0..later)
            .rev()
            .find(|&k| accounts[k].source == accounts[later].source)
        else {
            continue;
        };
        {
            accounts[earlier].superseded = true;
            let (old, new) = (&accounts[earlier], &accounts[later]);
            let changes: Vec<String> = [
                ("launched", old.launched, new.launched),
                ("destroyed", old.destroyed, new.destroyed),
            ]
            .into_iter()
            .filter(|(_, a, b)| a != b)
            .map(|(what, a, b)| format!("{what} {} → {}", figure(a), figure(b)))
            .collect();
            if !changes.is_empty() {
                updates.push(format!("{}: {}", new.source, changes.join(", ")));
            }
        }
    }
    let current: Vec<&Account> = accounts.iter().filter(|a| !a.superseded).collect();
    let (launched, launched_split) = agreed(&current, |a| a.launched);
    let (destroyed, destroyed_split) = agreed(&current, |a| a.destroyed);
    let disagreement = [("launched", launched_split), ("destroyed", destroyed_split)]
        .into_iter()
        .filter_map(|(what, split)| split.map(|s| format!("{what} {s}")))
        .collect::<Vec<_>>();
    let mut sources: Vec<&str> = accounts.iter().map(|a| a.source.as_str()).collect();
    sources.sort_unstable();
    sources.dedup();
    Event {
        date,
        overnight,
        category,
        side,
        launched,
        destroyed,
        sources: sources.len(),
        disagreement: (!disagreement.is_empty()).then(|| disagreement.join("; ")),
        updates,
        accounts,
    }
}

fn figure(v: Option<u32>) -> String {
    v.map_or_else(|| "—".into(), |v| v.to_string())
}

/// The figure most accounts give (a tie: the latest account's), and, when they differ, each figure with
/// its sources: "36 (A, B) vs 35 (C)".
fn agreed(
    accounts: &[&Account],
    of: impl Fn(&Account) -> Option<u32>,
) -> (Option<u32>, Option<String>) {
    // figure → (sources, latest position)
    let mut by: Vec<(u32, Vec<&str>, usize)> = Vec::new();
    for (k, a) in accounts.iter().enumerate() {
        let Some(v) = of(a) else { continue };
        match by.iter_mut().find(|(f, _, _)| *f == v) {
            Some(entry) => {
                entry.1.push(&a.source);
                entry.2 = k;
            }
            None => by.push((v, vec![&a.source], k)),
        }
    }
    by.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(b.2.cmp(&a.2)));
    let value = by.first().map(|(v, _, _)| *v);
    let split = (by.len() > 1).then(|| {
        by.iter()
            .map(|(v, who, _)| format!("{v} ({})", who.join(", ")))
            .collect::<Vec<_>>()
            .join(" vs ")
    });
    (value, split)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{analyse, Loaded};

    /// A report written for these tests, from `source`; the first line is its title, the body dates it.
    pub(super) fn report(path: &str, source: &str, text: &str) -> Article {
        let mut l = Loaded::new(path, text);
        l.meta.source = Some(source.into());
        analyse(l)
    }

    pub(super) fn events(reports: &[Article]) -> Vec<Event> {
        group(reports.iter().enumerate())
    }

    pub(super) fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn sources_that_agree_are_one_event() {
        let e = events(&[
            report(
                "a",
                "Harbour Post",
                "Drones over the south\n\nOn March 3, 2024, Russia launched 20 Shahed drones at Odesa; \
                 air defence shot down 18.\n",
            ),
            report(
                "b",
                "Steppe Daily",
                "Odesa attacked\n\nOn March 3, 2024 the enemy attacked with 20 Shahed drones, 18 of \
                 which were destroyed.\n",
            ),
        ]);
        assert_eq!(e.len(), 1, "{e:#?}");
        assert_eq!(e[0].date, day("2024-03-03"));
        assert_eq!(e[0].category, Category::Drone);
        assert_eq!((e[0].launched, e[0].destroyed), (Some(20), Some(18)));
        assert_eq!(e[0].sources, 2);
        assert_eq!(e[0].disagreement, None);
    }

    #[test]
    fn a_citys_share_is_not_added_into_the_national_night() {
        let e = events(&[report(
            "kyiv",
            "Capital Wire",
            "Night attack\n\nOn May 6, 2025 the enemy fired 60 cruise missiles at Ukraine, 44 of them were \
             destroyed. The mayor said 25 cruise missiles were fired at Kyiv, and 19 of them were shot \
             down.\n",
        )]);
        let got: Vec<(Category, Option<u32>, Option<u32>)> = e
            .iter()
            .map(|e| (e.category, e.launched, e.destroyed))
            .collect();
        assert_eq!(
            got,
            vec![(Category::CruiseMissile, Some(60), Some(44))],
            "{e:#?}"
        );
    }

    #[test]
    fn attacks_of_each_side_are_apart_and_rows_need_a_figure() {
        let e = events(&[
            report(
                "ua",
                "Harbour Post",
                "Night\n\nOn March 3, 2024, Russian forces launched 20 Shahed drones at Odesa; 18 were \
                 shot down.\n",
            ),
            report(
                "ru",
                "Moscow Desk",
                "Drones\n\nOn March 3, 2024, air defences destroyed 11 Ukrainian drones over the Belgorod \
                 region, the ministry said.\n",
            ),
        ]);
        let got: Vec<(Option<Side>, Option<u32>, Option<u32>)> = e
            .iter()
            .map(|e| (e.side, e.launched, e.destroyed))
            .collect();
        assert_eq!(
            got,
            [
                (Some(Side::Russia), Some(20), Some(18)),
                (Some(Side::Ukraine), None, Some(11))
            ],
            "{e:#?}"
        );
        assert!(e.iter().all(|e| e
            .accounts
            .iter()
            .all(|a| a.launched.is_some() || a.destroyed.is_some())));
    }

    #[test]
    fn a_report_with_no_date_takes_its_fetch_time() {
        let mut undated = report(
            "u",
            "River Wire",
            "Drones overnight\n\nRussia launched 25 Shahed drones at Sumy; 21 were shot down.\n",
        );
        undated.date = None;
        assert!(events(std::slice::from_ref(&undated)).is_empty());
        assert_eq!(undated_of(&undated), (0, 1));
        undated.fetched = day("2024-04-02").and_hms_opt(9, 30, 0);
        let e = events(std::slice::from_ref(&undated));
        assert_eq!(e.len(), 1, "{e:#?}");
        assert_eq!(e[0].date, day("2024-04-02"));
        assert!(e[0].dated_by_fetch() && e[0].accounts[0].dated_by_fetch);
        assert_eq!(undated_of(&undated), (1, 0));
    }

    fn undated_of(a: &Article) -> (usize, usize) {
        undated([a])
    }

    #[test]
    fn sources_that_disagree_are_marked() {
        let e = events(&[
            report(
                "a",
                "Harbour Post",
                "Night attack\n\nOn the night of 9 to 10 May 2024, Russia launched 36 Shahed drones; 30 \
                 were shot down.\n",
            ),
            report(
                "b",
                "Steppe Daily",
                "Night attack\n\nOn the night of 9 to 10 May 2024, Russia launched 35 Shahed drones; 30 \
                 were shot down.\n",
            ),
            report(
                "c",
                "River Wire",
                "Night attack\n\nOn the night of 9 to 10 May 2024, Russia launched 36 Shahed drones; 30 \
                 were shot down.\n",
            ),
        ]);
        assert_eq!(e.len(), 1, "{e:#?}");
        assert!(e[0].overnight);
        assert_eq!(e[0].when(), "05-09/10");
        assert_eq!(e[0].when_in_year(), "2024-05-09/10");
        assert_eq!(e[0].launched, Some(36), "most sources say 36");
        assert_eq!(e[0].destroyed, Some(30));
        assert_eq!(
            e[0].disagreement.as_deref(),
            Some("launched 36 (Harbour Post, River Wire) vs 35 (Steppe Daily)")
        );
    }

    #[test]
    fn a_later_report_of_the_same_source_updates_it() {
        let e = events(&[
            report(
                "early",
                "Harbour Post",
                "First figures\n\nOn June 2, 2024, Russia launched 12 Kalibr missiles at Mykolaiv; eight \
                 were shot down.\n",
            ),
            report(
                "late",
                "Harbour Post",
                "Updated figures\n\nOn June 2, 2024, Russia launched 14 Kalibr missiles at Mykolaiv; ten \
                 were shot down.\n",
            ),
        ]);
        assert_eq!(e.len(), 1, "{e:#?}");
        assert_eq!((e[0].launched, e[0].destroyed), (Some(14), Some(10)));
        assert_eq!(e[0].disagreement, None, "an update is not a disagreement");
        assert_eq!(
            e[0].updates,
            ["Harbour Post: launched 12 → 14, destroyed 8 → 10"]
        );
        assert!(e[0].accounts[0].superseded && !e[0].accounts[1].superseded);
        assert_eq!(e[0].sources, 1);
    }

    #[test]
    fn a_night_reported_the_next_morning_is_one_event() {
        let e = events(&[
            // Filed in the evening while the attack goes on.
            report(
                "evening",
                "River Wire",
                "Drones in the sky\n\nJuly 7, 2024. Tonight Russia launched 40 Shahed drones at the \
                 capital, the air force said.\n",
            ),
            // Filed the next morning.
            report(
                "morning",
                "Harbour Post",
                "Morning tally\n\nJuly 8, 2024. Overnight Russia launched 40 Shahed drones; air defence \
                 shot down 37.\n",
            ),
        ]);
        assert_eq!(e.len(), 1, "{e:#?}");
        assert_eq!(e[0].date, day("2024-07-08"));
        assert!(e[0].overnight);
        assert_eq!(e[0].start(), day("2024-07-07"));
        assert_eq!((e[0].launched, e[0].destroyed), (Some(40), Some(37)));
        assert_eq!(e[0].sources, 2);
    }

    #[test]
    fn a_report_sums_its_weapons_of_one_category() {
        let e = events(&[report(
            "a",
            "Harbour Post",
            "Missiles and drones\n\nOn the night of August 3 to 4, 2024, Russia launched six Kh-101 missiles \
             and four Kalibr missiles; all were shot down. Twenty Shahed drones were launched too, 15 of which \
             were destroyed.\n",
        )]);
        assert_eq!(e.len(), 2, "{e:#?}");
        assert!(e.iter().all(|e| e.overnight && e.date == day("2024-08-04")));
        let cruise = e
            .iter()
            .find(|e| e.category == Category::CruiseMissile)
            .unwrap();
        assert_eq!(cruise.launched, Some(10));
        assert_eq!(cruise.weapons(), ["Kh-101", "Kalibr"]);
        let drones = e.iter().find(|e| e.category == Category::Drone).unwrap();
        assert_eq!((drones.launched, drones.destroyed), (Some(20), Some(15)));
    }
}
