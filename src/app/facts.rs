//! The rows of the facts pane: a parser summary, then facts grouped by kind; strikes and tolls under a
//! line per event frame, sub-tallies right after the figure they are part of.

use crate::corpus::Article;
use crate::extract::fact::{part_of, Frame, FrameKind};
use crate::extract::{Fact, Strike};

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
    /// The line that heads a frame (who reports, which side attacked, how wide), by the index of its
    /// first fact: the facts of the frame follow it.
    Frame(usize),
    /// A fact, by index into `Article::facts`; a sub-tally (`is_part`) is drawn indented.
    Fact(usize),
    /// The line under a strike row: where from, at what, when, per whom.
    StrikeNotes(usize),
    /// The total line under a frame of more than one weapon, by the frame's first fact: the sum of the
    /// frame's own figures, never of its sub-tallies (`frame_totals`).
    StrikeTotal(usize),
}

/// The frame a strike or toll belongs to, or `None` for other facts.
fn frame_of(fact: &Fact) -> Option<&Frame> {
    match fact {
        Fact::Strike(s) => Some(&s.frame),
        Fact::Casualties(c) | Fact::BackgroundToll(c) => Some(&c.frame),
        _ => None,
    }
}

/// Whether fact `i` is drawn indented, under the figure it is a part of.
pub fn is_part(facts: &[Fact], i: usize) -> bool {
    part_of(facts, i).is_some()
}

/// Facts of one frame share its reporter, side, width and kind (background or not).
fn same_frame(a: &Frame, b: &Frame) -> bool {
    let background = |f: &Frame| f.kind == FrameKind::Background;
    a.reporter == b.reporter
        && a.side == b.side
        && a.scope == b.scope
        && background(a) == background(b)
}

/// The facts of a group in frames: each frame's own facts in text order, each followed by its parts.
fn frames(facts: &[Fact], members: &[usize]) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    for &i in members.iter().filter(|&&i| part_of(facts, i).is_none()) {
        let frame = frame_of(&facts[i]);
        let home = out.iter_mut().find(
            |g| matches!((frame_of(&facts[g[0]]), frame), (Some(a), Some(b)) if same_frame(a, b)),
        );
        let parts = members
            .iter()
            .copied()
            .filter(|&k| part_of(facts, k) == Some(i));
        let rows = std::iter::once(i).chain(parts);
        match home {
            Some(g) => g.extend(rows),
            None => out.push(rows.collect()),
        }
    }
    out
}

/// The strikes a frame's total line sums: the frame's own tallies, not their parts.
pub fn frame_totals(facts: &[Fact], head: usize) -> Vec<&Strike> {
    let members: Vec<usize> = (0..facts.len()).collect();
    frames(facts, &members)
        .into_iter()
        .find(|g| g[0] == head)
        .unwrap_or_default()
        .into_iter()
        .filter(|&i| part_of(facts, i).is_none())
        .filter_map(|i| match &facts[i] {
            Fact::Strike(s) => Some(s),
            _ => None,
        })
        .collect()
}

/// The pane's rows for `article`: strikes and tolls under a line per frame, other facts by kind.
pub fn rows(article: &Article) -> Vec<Row> {
    let facts = &article.facts;
    let mut out = vec![Row::Parsed];
    for group in [
        Group::Strikes,
        Group::Casualties,
        Group::Forces,
        Group::Dates,
        Group::People,
        Group::Claims,
    ] {
        let members: Vec<usize> = (0..facts.len())
            .filter(|&i| Group::of(&facts[i]) == group)
            .collect();
        if members.is_empty() {
            continue;
        }
        out.push(Row::Header(group));
        if !matches!(group, Group::Strikes | Group::Casualties) {
            out.extend(members.iter().map(|&i| Row::Fact(i)));
            continue;
        }
        for frame in frames(facts, &members) {
            frame_rows(facts, &frame, &mut out);
        }
    }
    out
}

fn frame_rows(facts: &[Fact], frame: &[usize], out: &mut Vec<Row>) {
    out.push(Row::Frame(frame[0]));
    for &i in frame {
        out.push(Row::Fact(i));
        if let Fact::Strike(strike) = &facts[i] {
            if strike_noted(strike) {
                out.push(Row::StrikeNotes(i));
            }
        }
    }
    let own = frame
        .iter()
        .filter(|&&i| matches!(facts[i], Fact::Strike(_)) && part_of(facts, i).is_none())
        .count();
    if own > 1 {
        out.push(Row::StrikeTotal(frame[0]));
    }
}

fn strike_noted(strike: &Strike) -> bool {
    strike.launched_from.is_some()
        || strike.target.is_some()
        || strike.over.is_some()
        || strike.inconsistent()
        || strike.inferred
        || strike.lost_locally.is_some()
        || strike.date.is_some()
        || strike.attributed_to.is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{analyse, Loaded};

    fn article(text: &str) -> Article {
        analyse(Loaded::new("frames", text))
    }

    /// The rows as short names: F frame line, T total, P a part (indented), R a fact, N notes.
    fn shape(a: &Article) -> String {
        rows(a)
            .iter()
            .map(|r| match r {
                Row::Frame(_) => 'F',
                Row::StrikeTotal(_) => 'T',
                Row::Fact(i) if is_part(&a.facts, *i) => 'P',
                Row::Fact(_) => 'R',
                Row::StrikeNotes(_) => 'N',
                Row::Header(_) | Row::Parsed => '|',
            })
            .collect()
    }

    #[test]
    fn a_citys_share_is_indented_under_the_national_figure_and_not_totalled() {
        let a = article(
            "Night\n\nThe enemy fired 48 cruise missiles and 30 drones at Ukraine overnight; 40 missiles \
             and 26 drones were destroyed. The mayor said 14 cruise missiles were fired at Kyiv, and 11 \
             of them were shot down.\n",
        );
        let rows = rows(&a);
        let head = rows.iter().find_map(|r| match r {
            Row::StrikeTotal(h) => Some(*h),
            _ => None,
        });
        let totals: Vec<Option<u32>> = frame_totals(&a.facts, head.expect("a total row"))
            .iter()
            .map(|s| s.launched)
            .collect();
        assert_eq!(totals.iter().flatten().sum::<u32>(), 78, "{}", shape(&a));
        assert!(shape(&a).contains('P'), "{}", shape(&a));
    }

    #[test]
    fn a_background_toll_has_a_frame_of_its_own() {
        let a = article(
            "Strike\n\nA Russian missile attack killed four people in Dnipro, the governor said. Since the \
             start of the full-scale invasion, 700 civilians have been killed in the region.\n",
        );
        let frames: Vec<FrameKind> = rows(&a)
            .iter()
            .filter_map(|r| match r {
                Row::Frame(i) => match &a.facts[*i] {
                    Fact::Casualties(c) | Fact::BackgroundToll(c) => Some(c.frame.kind),
                    _ => None,
                },
                _ => None,
            })
            .collect();
        assert_eq!(frames, vec![FrameKind::Event, FrameKind::Background]);
    }
}
