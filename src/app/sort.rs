//! The list's orders, cycled with `s`: one entry of `SORTS` each, in the cycle's order.

use crate::corpus::Article;
use crate::extract::Fact;
use std::cmp::Ordering;

/// How the list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// As loaded: by date.
    #[default]
    Date,
    /// Most recently fetched first.
    Fetched,
    /// By source name, then date.
    Source,
    /// Most facts first.
    Facts,
    /// Most launched (summed over the strike facts) first.
    Launched,
}

/// One order of the cycle: its name (status line, flash, help), what it puts first, and how it compares
/// two reports. Equal reports keep the date order (newest first, a report with no date of its own by the
/// day it was fetched).
pub struct Order {
    pub sort: Sort,
    pub name: &'static str,
    /// What comes first, for the help and the README.
    pub first: &'static str,
    /// `None`: the date order as it is.
    pub compare: Option<fn(&Article, &Article) -> Ordering>,
}

/// The orders of `s`, in the cycle's order. The first is the one the list opens in.
pub const SORTS: &[Order] = &[
    Order {
        sort: Sort::Date,
        name: "date",
        first: "the newest report (by its own date, else the day it was fetched)",
        compare: None,
    },
    Order {
        sort: Sort::Fetched,
        name: "newest fetched",
        // Fetched 14:05 before fetched 09:00 the same day; never fetched (a local file) last.
        first: "the report fetched last; files never fetched last",
        compare: Some(|a, b| b.fetched.cmp(&a.fetched)),
    },
    Order {
        sort: Sort::Source,
        name: "source",
        first: "sources A to Z (case folded)",
        compare: Some(|a, b| source_key(a).cmp(&source_key(b))),
    },
    Order {
        sort: Sort::Facts,
        name: "most facts",
        first: "the report with the most facts",
        compare: Some(|a, b| b.facts.len().cmp(&a.facts.len())),
    },
    Order {
        sort: Sort::Launched,
        name: "most launched",
        // Two facts of 40 and 25 launched count 65.
        first: "the report whose strike facts sum the most launched",
        compare: Some(|a, b| launched(b).cmp(&launched(a))),
    },
];

impl Sort {
    fn order(self) -> &'static Order {
        SORTS.iter().find(|o| o.sort == self).unwrap_or(&SORTS[0])
    }

    /// The next order of the cycle.
    pub fn next(self) -> Sort {
        let at = SORTS.iter().position(|o| o.sort == self).unwrap_or(0);
        SORTS[(at + 1) % SORTS.len()].sort
    }

    pub fn name(self) -> &'static str {
        self.order().name
    }

    /// Orders `rows` (indices into `articles`, in date order); equal keys keep their date order.
    pub fn apply(self, rows: &mut [usize], articles: &[Article]) {
        if let Some(compare) = self.order().compare {
            rows.sort_by(|&a, &b| compare(&articles[a], &articles[b]));
        }
    }
}

fn source_key(article: &Article) -> String {
    article.source.as_deref().unwrap_or("").to_lowercase()
}

/// Everything the article's strike facts say was launched.
fn launched(article: &Article) -> u64 {
    article
        .facts
        .iter()
        .filter_map(|f| match f {
            Fact::Strike(s) => s.launched.map(u64::from),
            _ => None,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cycle_visits_every_order_once_and_comes_back() {
        let mut seen = vec![Sort::Date];
        let mut s = Sort::Date.next();
        while s != Sort::Date {
            assert!(!seen.contains(&s), "{s:?} twice");
            seen.push(s);
            s = s.next();
        }
        assert_eq!(seen.len(), SORTS.len());
    }

    #[test]
    fn the_help_names_every_order() {
        let help = crate::keys::MAIN
            .iter()
            .find(|b| b.action == crate::app::Action::CycleSort)
            .unwrap()
            .help;
        for order in SORTS {
            assert!(help.contains(order.name), "help lacks {}", order.name);
        }
    }
}
