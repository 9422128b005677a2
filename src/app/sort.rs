//! The list's order, cycled with `s`.

use crate::corpus::Article;
use crate::extract::Fact;

/// How the list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// As loaded: by date.
    #[default]
    Date,
    /// By source name, then date.
    Source,
    /// Most facts first.
    Facts,
    /// Most launched (summed over the strike facts) first.
    Launched,
}

impl Sort {
    /// The next order of the cycle.
    pub fn next(self) -> Sort {
        match self {
            Sort::Date => Sort::Source,
            Sort::Source => Sort::Facts,
            Sort::Facts => Sort::Launched,
            Sort::Launched => Sort::Date,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Sort::Date => "date",
            Sort::Source => "source",
            Sort::Facts => "most facts",
            Sort::Launched => "most launched",
        }
    }

    /// Orders `rows` (indices into `articles`, in date order); equal keys keep their date order.
    pub fn apply(self, rows: &mut [usize], articles: &[Article]) {
        match self {
            Sort::Date => {}
            Sort::Source => rows.sort_by(|&a, &b| {
                let key = |i: usize| articles[i].source.as_deref().unwrap_or("").to_lowercase();
                key(a).cmp(&key(b))
            }),
            Sort::Facts => rows.sort_by_key(|&i| std::cmp::Reverse(articles[i].facts.len())),
            Sort::Launched => rows.sort_by_key(|&i| std::cmp::Reverse(launched(&articles[i]))),
        }
    }
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
