//! The facts as text, one line each: what `sitrep facts --format text` prints (`impl Display for Fact`)
//! and what the facts pane's rows are made of.

use super::fact::{Casualties, Fact, Frame, FrameKind, Scope, Side, Strike};
use crate::text::{fit, thousands};

pub const WEAPON: usize = 22;
pub const CATEGORY: usize = 18;
/// Cells of a full strike row: marker, weapon, category, launched, destroyed, rate.
pub const FULL_ROW: usize = 2 + WEAPON + CATEGORY + 9 + 10 + 6;

/// Width of the strike table's columns before the numbers.
#[derive(Clone, Copy)]
pub struct Columns {
    /// The category column is dropped when the pane is too narrow for the whole row.
    pub category: usize,
}

impl Columns {
    pub fn for_width(cells: usize) -> Columns {
        Columns {
            category: if cells >= FULL_ROW { CATEGORY } else { 0 },
        }
    }
}

pub fn count(n: Option<u32>) -> String {
    n.map(|n| thousands(n as u64)).unwrap_or_else(|| "—".into())
}

/// "86%", or "⚠117%" when more were destroyed than launched (never a fact: two reports mixed or a misread).
pub fn rate(launched: Option<u32>, destroyed: Option<u32>) -> String {
    match (launched, destroyed) {
        (Some(l), Some(d)) if l > 0 => {
            let flag = if d > l { "⚠" } else { "" };
            format!("{flag}{}%", (d as u64 * 100 + l as u64 / 2) / l as u64)
        }
        _ => String::new(),
    }
}

pub fn strike_row(s: &Strike, columns: Columns) -> String {
    strike_row_under(s, columns, false)
}

/// A strike row; `part` marks a sub-tally shown under its frame's figure ("└ drone"), in the same
/// columns as the rows above it.
pub fn strike_row_under(s: &Strike, columns: Columns, part: bool) -> String {
    let weapon = if part {
        format!("└ {}", s.weapon)
    } else {
        s.weapon.clone()
    };
    format!(
        "{:<WEAPON$}{:<category$}{:>9}{:>10}{:>6}",
        fit(&weapon, WEAPON - 1),
        fit(s.category.label(), columns.category.saturating_sub(1)),
        count(s.launched),
        count(s.destroyed),
        rate(s.launched, s.destroyed),
        category = columns.category
    )
}

/// The line that heads a frame in the facts pane: how wide it is (or that it is background, never
/// today's figure), which side attacked, who reports it. "national · Russia's attack · per Air Force".
pub fn frame_label(f: &Frame) -> String {
    let what = match (f.kind, f.scope) {
        (FrameKind::Background, _) => "background, not today's",
        (_, Scope::National) => "national",
        (_, Scope::Regional) => "regional",
        (_, Scope::Local) => "local",
    };
    let mut parts = vec![what.to_string()];
    match f.side {
        Some(Side::Russia) => parts.push("Russia's attack".into()),
        Some(Side::Ukraine) => parts.push("Ukraine's attack".into()),
        None => {}
    }
    parts.push(match &f.reporter {
        Some(r) => format!("per {r}"),
        None => "per the report".into(),
    });
    format!("» {}", parts.join(" · "))
}

/// "from the frigate Admiral Essen · on Ukraine · 2023-07-18 · per Air Force".
pub fn strike_notes(s: &Strike) -> String {
    let mut notes = Vec::new();
    // First, so a narrow pane still shows it.
    if s.inconsistent() {
        notes.push(inconsistency(s));
    }
    if let Some(from) = &s.launched_from {
        notes.push(format!("from {from}"));
    }
    if let Some(target) = &s.target {
        notes.push(format!("on {target}"));
    }
    if let Some(over) = &s.over {
        notes.push(format!("over {over}"));
    }
    if let Some(lost) = s.lost_locally {
        notes.push(format!("{lost} lost locally"));
    }
    if let Some(date) = s.date {
        notes.push(date.format("%Y-%m-%d").to_string());
    }
    if let Some(by) = &s.attributed_to {
        notes.push(format!("per {by}"));
    }
    if let Some(how) = &s.how {
        notes.push(format!("inferred: {how}"));
    }
    notes.join(" · ")
}

/// "⚠ 7 destroyed > 6 launched: check “Russia launched six…” and “Air defence shot…”": the sentences
/// the figures came from, for the reader to judge.
pub fn inconsistency(s: &Strike) -> String {
    let opening = |sentence: &str| {
        let words: Vec<&str> = sentence.split_whitespace().take(5).collect();
        format!("“{}…”", words.join(" "))
    };
    let sentences: Vec<String> = s
        .evidence
        .iter()
        .take(2)
        .map(|e| opening(&e.sentence))
        .collect();
    format!(
        "⚠ {} destroyed > {} launched: check {}",
        s.destroyed.unwrap_or(0),
        s.launched.unwrap_or(0),
        sentences.join(" and ")
    )
}

/// One line for a toll: "killed 3 · injured 12 (who) in place per source [summary]".
fn describe_toll(c: &Casualties) -> String {
    let mut parts = Vec::new();
    if let Some(k) = c.killed {
        parts.push(format!("killed {k}"));
    }
    if let Some(i) = c.injured {
        parts.push(format!("injured {i}"));
    }
    let mut text = parts.join(" · ");
    if let Some(who) = &c.who {
        text.push_str(&format!(" ({who})"));
    }
    if let Some(place) = &c.place {
        text.push_str(&format!(" in {place}"));
    }
    if let Some(by) = &c.attributed_to {
        text.push_str(&format!(" per {by}"));
    }
    if c.summary {
        text.push_str(" [summary]");
    }
    if let Some(how) = &c.how {
        text.push_str(&format!(" [inferred: {how}]"));
    }
    text
}

/// One line for a fact.
pub fn describe(fact: &Fact) -> String {
    match fact {
        Fact::Strike(s) => {
            let notes = strike_notes(s);
            if notes.is_empty() {
                strike_row(s, Columns::for_width(FULL_ROW))
            } else {
                format!("{}  {notes}", strike_row(s, Columns::for_width(FULL_ROW)))
            }
        }
        Fact::BackgroundToll(c) => {
            let toll = Casualties {
                how: None,
                ..c.clone()
            };
            let why = c.how.as_deref().unwrap_or("background");
            format!("{} [{why}]", describe(&Fact::Casualties(toll)))
        }
        Fact::Casualties(c) => describe_toll(c),
        Fact::Forces(f) => match (f.quantity.is_empty(), f.count) {
            // "hundreds" and "dozens" read as "hundreds of …".
            (false, _) if f.quantity.ends_with(|c: char| c.is_alphabetic()) => {
                format!("{} of {}", f.quantity, f.unit)
            }
            (false, _) => format!("{} {}", f.quantity, f.unit),
            (true, Some(n)) => format!(
                "{}{} {}",
                if f.approx { "~" } else { "" },
                thousands(n),
                f.unit
            ),
            (true, None) => f.unit.clone(),
        },
        Fact::Date(d) => {
            let time = d
                .time
                .as_deref()
                .map(|t| format!(" {t}"))
                .unwrap_or_default();
            format!("{}{time}  {}", d.date.format("%Y-%m-%d"), d.what)
        }
        Fact::Person(p) => match &p.role {
            Some(role) => format!("{}, {role}", p.name),
            None => p.name.clone(),
        },
        Fact::Claim(c) => {
            let said = c
                .evidence
                .first()
                .map(|e| e.sentence.as_str())
                .unwrap_or("");
            let more = match c.evidence.len() {
                0 | 1 => String::new(),
                n => format!(" (+{} more)", n - 1),
            };
            format!("{}{more}: {said}", c.by)
        }
    }
}

impl std::fmt::Display for Fact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&describe(self))
    }
}
