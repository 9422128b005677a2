//! The two sides of the war as the weapon readers name them: side words (`[sides]` of
//! `assets/weapons.toml`) and the side a weapon belongs to.

use super::super::fasthash::WordSet;
use serde::Deserialize;

/// Whose weapons a mention counts (`[sides]` of `assets/weapons.toml`).
#[derive(Deserialize)]
pub struct Sides {
    pub russian: WordSet,
    pub ukrainian: WordSet,
    pub defenders: WordSet,
    /// Of the defenders, those that only intercept ("air defence"), never launch.
    #[serde(default)]
    pub interceptors: WordSet,
    pub russia: WordSet,
    pub ukraine: WordSet,
}

impl Sides {
    /// The side a nationality adjective names ("Russian", "Ukrainian"), if the word is one.
    pub fn of_adjective(&self, w: &str) -> Option<Side> {
        // "Russia’s" as "Russia's": the lists spell the possessive with a straight apostrophe.
        // '’' is E2 80 99 in UTF-8: testing for its first byte is cheaper than searching for the char.
        let curly = w.bytes().any(|b| b == 0xE2);
        let straight = curly.then(|| w.replace('’', "'"));
        let w = straight.as_deref().unwrap_or(w);
        if self.russian.contains(w) {
            Some(Side::Russia)
        } else if self.ukrainian.contains(w) {
            Some(Side::Ukraine)
        } else {
            None
        }
    }
}

/// The side a weapon belongs to: the side that attacked with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Russia,
    Ukraine,
}

impl Side {
    pub fn other(self) -> Side {
        match self {
            Side::Russia => Side::Ukraine,
            Side::Ukraine => Side::Russia,
        }
    }
}
