//! The rows of the facts pane: a parser summary, then facts grouped by kind.

use crate::corpus::Article;
use crate::extract::Fact;

/// Fact groups, in the order the pane shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Group {
    Strikes,
    Casualties,
    Forces,
    Dates,
    People,
    Claims,
}

impl Group {
    pub fn of(fact: &Fact) -> Group {
        match fact {
            Fact::Strike(_) => Group::Strikes,
            Fact::Casualties(_) | Fact::BackgroundToll(_) => Group::Casualties,
            Fact::Forces(_) => Group::Forces,
            Fact::Date(_) => Group::Dates,
            Fact::Person(_) => Group::People,
            Fact::Claim(_) => Group::Claims,
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Group::Strikes => "STRIKES",
            Group::Casualties => "CASUALTIES",
            Group::Forces => "FORCES",
            Group::Dates => "DATES",
            Group::People => "PEOPLE",
            Group::Claims => "CLAIMS",
        }
    }
}

/// One line of the facts pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// What the parser found: date and how, words, sections.
    Parsed,
    Header(Group),
    /// A fact, by index into `Article::facts`.
    Fact(usize),
    /// The line under a strike row: where from, at what, when, per whom.
    StrikeNotes(usize),
    /// The total line under a strike table of more than one weapon.
    StrikeTotal,
}

/// The pane's rows for `article`.
pub fn rows(article: &Article) -> Vec<Row> {
    let mut order: Vec<usize> = (0..article.facts.len()).collect();
    order.sort_by_key(|&i| Group::of(&article.facts[i]));
    let mut out = vec![Row::Parsed];
    let mut current = None;
    let mut strikes = 0;
    for i in order {
        let group = Group::of(&article.facts[i]);
        if current != Some(group) {
            if current == Some(Group::Strikes) && strikes > 1 {
                out.push(Row::StrikeTotal);
            }
            out.push(Row::Header(group));
            current = Some(group);
        }
        out.push(Row::Fact(i));
        if let Fact::Strike(strike) = &article.facts[i] {
            strikes += 1;
            let noted = strike.launched_from.is_some()
                || strike.target.is_some()
                || strike.over.is_some()
                || strike.inconsistent()
                || strike.inferred
                || strike.lost_locally.is_some()
                || strike.date.is_some()
                || strike.attributed_to.is_some();
            if noted {
                out.push(Row::StrikeNotes(i));
            }
        }
    }
    if current == Some(Group::Strikes) && strikes > 1 {
        out.push(Row::StrikeTotal);
    }
    out
}
