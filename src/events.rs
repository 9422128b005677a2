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

use crate::corpus::Article;
use crate::extract::{Category, Evidence, Fact, Strike};
use chrono::{Duration, NaiveDate};
use serde::Serialize;
use std::collections::BTreeMap;

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
    /// The report's own date, YYYY-MM-DD.
    pub report_date: Option<NaiveDate>,
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

/// The strikes of one night (or day) and one weapon category, across reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    /// The day it happened; for a night, the morning it ended.
    pub date: NaiveDate,
    /// A night attack: it began the evening before `date`.
    pub overnight: bool,
    pub category: Category,
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

impl Event {
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

/// Words of an evidence sentence that make the strike a night attack.
const NIGHT_WORDS: &[&str] = &["overnight", "night", "nighttime", "night-time", "tonight"];
/// Words that put a night attack on the evening of the report's own day.
const EVENING_WORDS: &[&str] = &["tonight", "this evening"];

/// The events the articles tell of, by date then category. Strikes with no date at all are left out.
pub fn group<'a>(articles: impl IntoIterator<Item = (usize, &'a Article)>) -> Vec<Event> {
    // (date, category) → accounts, with whether any says night.
    let mut found: BTreeMap<(NaiveDate, u8), (Category, bool, Vec<Account>)> = BTreeMap::new();
    for (index, article) in articles {
        let report_date = article.date.map(|d| d.date);
        // One account per (date, category) of this report.
        let mut mine: BTreeMap<(NaiveDate, u8), (Category, bool, Account)> = BTreeMap::new();
        for (fact, strike) in article
            .facts
            .iter()
            .enumerate()
            .filter_map(|(k, f)| match f {
                Fact::Strike(s) => Some((k, s)),
                _ => None,
            })
        {
            let Some((date, night)) = when(strike, report_date) else {
                continue;
            };
            let key = (date, strike.category as u8);
            let entry = mine.entry(key).or_insert_with(|| {
                (
                    strike.category,
                    false,
                    Account {
                        article: index,
                        fact,
                        source: source_of(article),
                        path: article.path.clone(),
                        url: article.url.clone(),
                        report_date,
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
                    },
                )
            });
            entry.1 |= night;
            add(&mut entry.2, strike);
        }
        // A night told in one sentence is the night of every strike of that day in the report.
        let nights: Vec<NaiveDate> = mine
            .iter()
            .filter(|(_, (_, night, _))| *night)
            .map(|(&(date, _), _)| date)
            .collect();
        for (key, (category, night, account)) in mine {
            let night = night || nights.contains(&key.0);
            let e = found
                .entry(key)
                .or_insert_with(|| (category, false, Vec::new()));
            e.1 |= night;
            e.2.push(account);
        }
    }
    found
        .into_iter()
        .map(|((date, _), (category, overnight, accounts))| {
            event(date, overnight, category, accounts)
        })
        .collect()
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
fn add(account: &mut Account, strike: &Strike) {
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
    push(&mut account.targets, &strike.target);
    push(&mut account.over, &strike.over);
}

/// Puts the accounts of one event together (rules "update" and "disagree").
fn event(
    date: NaiveDate,
    overnight: bool,
    category: Category,
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

/// One day of the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Day {
    pub date: NaiveDate,
    pub launched: u32,
    pub destroyed: u32,
    /// Launched in the events whose destroyed figure is known too: what the rate is of.
    pub rated: u32,
}

impl Day {
    /// Destroyed of launched, in percent, over the events that give both figures.
    pub fn rate(&self) -> Option<f64> {
        (self.rated > 0).then(|| 100.0 * f64::from(self.destroyed) / f64::from(self.rated))
    }
}

/// Launched and destroyed per day over the events, every day from the first to the last (days without an
/// event are zero), and the totals of the period as one more `Day` dated the last day.
pub fn timeline(events: &[Event]) -> (Vec<Day>, Day) {
    let mut days: Vec<Day> = Vec::new();
    let (Some(first), Some(last)) = (
        events.iter().map(|e| e.date).min(),
        events.iter().map(|e| e.date).max(),
    ) else {
        let none = NaiveDate::default();
        return (
            days,
            Day {
                date: none,
                launched: 0,
                destroyed: 0,
                rated: 0,
            },
        );
    };
    let mut d = first;
    while d <= last {
        days.push(Day {
            date: d,
            launched: 0,
            destroyed: 0,
            rated: 0,
        });
        d += Duration::days(1);
    }
    for e in events {
        let day = &mut days[(e.date - first).num_days() as usize];
        day.launched = day.launched.saturating_add(e.launched.unwrap_or(0));
        day.destroyed = day.destroyed.saturating_add(e.destroyed.unwrap_or(0));
        if let (Some(l), Some(_)) = (e.launched, e.destroyed) {
            day.rated = day.rated.saturating_add(l);
        }
    }
    let total = Day {
        date: last,
        launched: days.iter().map(|d| d.launched).sum(),
        destroyed: days.iter().map(|d| d.destroyed).sum(),
        rated: days.iter().map(|d| d.rated).sum(),
    };
    (days, total)
}

/// The record's name for a weapon (`assets/record_models.toml`), else its own.
pub fn record_model(weapon: &str) -> String {
    static MODELS: std::sync::OnceLock<BTreeMap<String, String>> = std::sync::OnceLock::new();
    let models = MODELS.get_or_init(|| {
        #[derive(serde::Deserialize)]
        struct File {
            models: BTreeMap<String, String>,
        }
        toml::from_str::<File>(include_str!("../assets/record_models.toml"))
            .map(|f| f.models)
            .unwrap_or_default()
    });
    models
        .get(weapon)
        .cloned()
        .unwrap_or_else(|| weapon.to_string())
}

/// The columns of the public per-attack record (`missile_attacks_daily.csv`), then ours.
pub const CSV_HEADER: &str = "time_start,time_end,model,launch_place,target,target_main,launched,destroyed,\
not_reach_goal,still_attacking,border_crossing,is_shahed,num_hit_location,num_fall_fragment_location,carrier,\
turbojet,turbojet_destroyed,affected region,destroyed_details,launched_details,launch_place_details,source,\
sources,disagreement";

/// One CSV row per event, in the record's columns (those sitrep cannot know are empty).
pub fn csv_row(e: &Event) -> String {
    let mut models: Vec<String> = Vec::new();
    for w in e.weapons() {
        let m = record_model(w);
        if !models.contains(&m) {
            models.push(m);
        }
    }
    let all = |of: fn(&Account) -> &Vec<String>| {
        let mut out: Vec<&str> = Vec::new();
        for v in e.accounts.iter().flat_map(of) {
            if !out.contains(&v.as_str()) {
                out.push(v);
            }
        }
        out.join(" and ")
    };
    let lost: Option<u32> = e
        .accounts
        .iter()
        .filter(|a| !a.superseded)
        .filter_map(|a| a.lost_locally)
        .max();
    let shahed = e.weapons().iter().any(|w| w.starts_with("Shahed"));
    let links: Vec<&str> = e
        .accounts
        .iter()
        .map(|a| a.url.as_deref().unwrap_or(&a.path))
        .collect();
    let n = |v: Option<u32>| v.map(|v| v.to_string()).unwrap_or_default();
    let fields: Vec<String> = vec![
        e.start().format("%Y-%m-%d").to_string(),
        e.date.format("%Y-%m-%d").to_string(),
        models.join(" and "),
        all(|a| &a.launched_from),
        all(|a| &a.targets),
        String::new(),
        n(e.launched),
        n(e.destroyed),
        n(lost),
        String::new(),
        String::new(),
        if shahed { "1".into() } else { String::new() },
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        all(|a| &a.over),
        String::new(),
        String::new(),
        String::new(),
        links.join(" "),
        e.sources.to_string(),
        e.disagreement.clone().unwrap_or_default(),
    ];
    fields
        .iter()
        .map(|f| csv_field(f))
        .collect::<Vec<_>>()
        .join(",")
}

/// A CSV field safe for a spreadsheet and a terminal: control characters (line breaks too) become
/// spaces, a field a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`) is prefixed
/// with `'` (OWASP's rule); quoted when it holds a comma or a quote (RFC 4180). Numbers stay numbers.
fn csv_field(f: &str) -> String {
    let mut f: String = f
        .chars()
        .filter(|&c| !crate::text::is_bidi_control(c))
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if f.starts_with(['=', '+', '-', '@']) && f.parse::<f64>().is_err() {
        f.insert(0, '\'');
    }
    if f.contains([',', '"']) {
        format!("\"{}\"", f.replace('"', "\"\""))
    } else {
        f
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{analyse, Loaded};

    /// A report written for these tests, from `source`; the first line is its title, the body dates it.
    fn report(path: &str, source: &str, text: &str) -> Article {
        let mut l = Loaded::new(path, text);
        l.meta.source = Some(source.into());
        analyse(l)
    }

    fn events(reports: &[Article]) -> Vec<Event> {
        group(reports.iter().enumerate())
    }

    fn day(s: &str) -> NaiveDate {
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

    #[test]
    fn the_timeline_fills_every_day_and_totals_the_period() {
        let e = events(&[
            report(
                "a",
                "Harbour Post",
                "One\n\nOn March 3, 2024, Russia launched 20 Shahed drones; 18 were shot down.\n",
            ),
            report(
                "b",
                "Harbour Post",
                "Two\n\nOn March 5, 2024, Russia launched 10 Shahed drones; 5 were shot down.\n",
            ),
        ]);
        let (days, total) = timeline(&e);
        let figures: Vec<(u32, u32)> = days.iter().map(|d| (d.launched, d.destroyed)).collect();
        assert_eq!(figures, [(20, 18), (0, 0), (10, 5)]);
        assert_eq!((total.launched, total.destroyed), (30, 23));
        assert_eq!(days[1].rate(), None);
        assert_eq!(days[2].rate(), Some(50.0));
        // A day whose destroyed figure nobody gives has no rate, and adds nothing to the period's.
        let e = events(&[
            report(
                "a",
                "Harbour Post",
                "One\n\nOn March 3, 2024, Russia launched 20 Shahed drones; 18 were shot down.\n",
            ),
            report(
                "b",
                "Harbour Post",
                "Two\n\nOn March 4, 2024, Russia fired four Iskander-M missiles at Kharkiv.\n",
            ),
        ]);
        let (days, total) = timeline(&e);
        assert_eq!(days[1].rate(), None);
        assert_eq!(total.launched, 24);
        assert_eq!(total.rate(), Some(90.0));
    }

    #[test]
    fn the_csv_has_the_record_columns_and_ours() {
        let header: Vec<&str> = CSV_HEADER.split(',').collect();
        assert_eq!(
            &header[..8],
            [
                "time_start",
                "time_end",
                "model",
                "launch_place",
                "target",
                "target_main",
                "launched",
                "destroyed"
            ]
        );
        assert_eq!(
            &header[header.len() - 3..],
            ["source", "sources", "disagreement"]
        );
        let e = events(&[report(
            "a",
            "Harbour Post",
            "Night\n\nOn the night of 9 to 10 May 2024, Russia launched 36 Kh-101 missiles, 30 of which were \
             shot down.\n",
        )]);
        let row = csv_row(&e[0]);
        let cells: Vec<&str> = row.split(',').collect();
        assert_eq!(cells.len(), header.len(), "{row}");
        assert_eq!(&cells[..3], ["2024-05-09", "2024-05-10", "X-101/X-555"]);
        assert_eq!((cells[6], cells[7]), ("36", "30"));
        assert_eq!(csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
        // Hostile fields: a formula, a terminal escape, a line break.
        assert_eq!(
            csv_field("=HYPERLINK(\"http://x\",\"y\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
        );
        assert_eq!(csv_field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_field("+1 (555)"), "'+1 (555)");
        assert_eq!(csv_field("-12"), "-12");
        assert_eq!(csv_field("a\u{1b}]0;x\u{7}b\nc"), "a ]0;x b c");
    }
}
