//! The facts that extraction finds, as `sitrep facts` prints them.
//!
//! Field names are a public interface (documented in the README): add fields, never rename them.

use chrono::NaiveDate;
use serde::Serialize;

pub use crate::doc::Evidence;

/// Weapon categories of the lexicon (`assets/weapons.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Drone,
    CruiseMissile,
    BallisticMissile,
    AeroballisticMissile,
    GuidedBomb,
    Other,
}

impl Category {
    /// Human label, as the facts pane shows it.
    pub fn label(self) -> &'static str {
        match self {
            Category::Drone => "drone",
            Category::CruiseMissile => "cruise missile",
            Category::BallisticMissile => "ballistic missile",
            Category::AeroballisticMissile => "aeroballistic missile",
            Category::GuidedBomb => "guided bomb",
            Category::Other => "other",
        }
    }
}

pub use super::lexicon::Side;

/// How wide a tally's frame is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// The whole night's or day's summary (an air force, a ministry).
    #[default]
    National,
    /// One region's figures ("over the Kursk region").
    Regional,
    /// One place or one impact ("fired 31 missiles at Kyiv", "a drone struck a house").
    Local,
}

/// What a tally is within its report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FrameKind {
    /// A figure of the event the report tells.
    #[default]
    Event,
    /// A part of a larger tally of the same night (a city's share of a national attack).
    SubTally,
    /// A cumulative or earlier figure quoted as context.
    Background,
}

/// The frame a tally belongs to: who reports it, which side attacked, how wide, and what kind of figure.
/// Figures merge only within one frame.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, serde::Deserialize)]
pub struct Frame {
    pub reporter: Option<String>,
    /// The side whose weapons these are; `None` when the text does not say.
    pub side: Option<Side>,
    pub scope: Scope,
    pub kind: FrameKind,
}

/// A strike tally: one weapon in one event.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Strike {
    pub weapon: String,
    pub category: Category,
    pub launched: Option<u32>,
    pub destroyed: Option<u32>,
    /// Lost to electronic warfare ("lost locally", "did not reach their targets"): neither destroyed nor hits.
    pub lost_locally: Option<u32>,
    pub launched_from: Option<String>,
    pub target: Option<String>,
    /// The place a regional part of a tally was shot down over ("over the Kursk region"), when the text
    /// gives no national figure for the weapon: one fact per place.
    pub over: Option<String>,
    pub date: Option<NaiveDate>,
    pub attributed_to: Option<String>,
    /// A figure was concluded rather than read ("launched = hits + destroyed"); `how` says which.
    #[serde(default)]
    pub inferred: bool,
    pub how: Option<String>,
    /// The frame the tally belongs to (see `Frame`).
    #[serde(default)]
    pub frame: Frame,
    pub evidence: Vec<Evidence>,
}

impl Strike {
    /// Marks a figure as concluded, not read, saying how.
    pub fn infer(&mut self, how: &str) {
        self.inferred = true;
        self.how = Some(match self.how.take() {
            Some(earlier) if !earlier.contains(how) => format!("{earlier}; {how}"),
            Some(earlier) => earlier,
            None => how.to_string(),
        });
    }

    /// More destroyed than launched: always two reports of the event mixed, or a misread.
    pub fn inconsistent(&self) -> bool {
        matches!((self.launched, self.destroyed), (Some(l), Some(d)) if d > l)
    }
}

/// People killed or injured in one event (distinct people, not mentions).
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Casualties {
    pub killed: Option<u32>,
    pub injured: Option<u32>,
    pub who: Option<String>,
    pub place: Option<String>,
    pub attributed_to: Option<String>,
    /// A total whose people are also counted in other casualty facts of the article: sum only the
    /// facts that are not summaries, unless all are.
    pub summary: bool,
    /// A figure was concluded rather than read ("53 victims" as the injured); `how` says which.
    #[serde(default)]
    pub inferred: bool,
    #[serde(default)]
    pub how: Option<String>,
    /// The frame the toll belongs to, as for strike tallies (see `Frame`): a background toll is kind
    /// `background`, a place's toll beside a summary a `sub_tally`.
    #[serde(default)]
    pub frame: Frame,
    pub evidence: Vec<Evidence>,
}

/// Troops or equipment deployed.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Forces {
    /// The number; for "hundreds"/"thousands"/"dozens" the lower bound (100, 1000, 24) with `approx` set.
    pub count: Option<u64>,
    pub unit: String,
    pub approx: bool,
    /// The quantity as written ("more than 100,000", "hundreds").
    pub quantity: String,
    pub evidence: Vec<Evidence>,
}

/// A dated event.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct DateFact {
    pub date: NaiveDate,
    /// "HH:MM" when the text gives a time.
    pub time: Option<String>,
    pub what: String,
    pub evidence: Vec<Evidence>,
}

/// A person named or quoted.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Person {
    pub name: String,
    pub role: Option<String>,
    pub evidence: Vec<Evidence>,
}

/// An attributed statement: who says it.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Claim {
    pub by: String,
    pub evidence: Vec<Evidence>,
}

/// One extracted fact; serialized with a `"kind"` tag.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Fact {
    Strike(Strike),
    Casualties(Casualties),
    /// A toll given as background, never today's: the war's or a year's dead, an earlier attack's toll,
    /// a figure the report has moved past. `how` says which.
    BackgroundToll(Casualties),
    Forces(Forces),
    Date(DateFact),
    Person(Person),
    Claim(Claim),
}

impl Fact {
    /// The sentences this fact was read from.
    pub fn evidence(&self) -> &[Evidence] {
        match self {
            Fact::Strike(f) => &f.evidence,
            Fact::Casualties(f) | Fact::BackgroundToll(f) => &f.evidence,
            Fact::Forces(f) => &f.evidence,
            Fact::Date(f) => &f.evidence,
            Fact::Person(f) => &f.evidence,
            Fact::Claim(f) => &f.evidence,
        }
    }
}

/// The fact a sub-tally is a part of, if it is one: a strike's sub-tally or regional part under the
/// national figure of its weapon and side; a place's toll under the report's summary toll of its side.
pub fn part_of(facts: &[Fact], i: usize) -> Option<usize> {
    let national = |f: &Frame| f.kind == FrameKind::Event && f.scope == Scope::National;
    match &facts[i] {
        Fact::Strike(s)
            if s.frame.kind == FrameKind::SubTally || s.frame.scope == Scope::Regional =>
        {
            facts.iter().position(|f| {
                matches!(f, Fact::Strike(p) if p.category == s.category
                    && p.frame.side == s.frame.side && national(&p.frame))
            })
        }
        Fact::Casualties(c) if c.frame.kind == FrameKind::SubTally => facts.iter().position(
            |f| matches!(f, Fact::Casualties(p) if p.summary && p.frame.side == c.frame.side),
        ),
        _ => None,
    }
}
