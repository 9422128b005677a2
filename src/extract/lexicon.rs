//! The weapons lexicon (`assets/weapons.toml`), parsed once, and matching of weapon mentions in tokens.

use super::fact::Category;
use super::fasthash::{WordMap, WordSet};
use super::numbers::word_value;
use super::tokens::{tokenize, TokKind, Token};
use serde::Deserialize;
use std::sync::OnceLock;

const WEAPONS_TOML: &str = include_str!("../../assets/weapons.toml");

#[derive(Deserialize)]
struct File {
    weapon: Vec<Entry>,
    names: Names,
    verbs: Verbs,
    cumulative: Cumulative,
}

/// Words that make a "since ..." phrase a running total of the war.
#[derive(Deserialize)]
pub struct Cumulative {
    pub since: WordSet,
    pub periods: WordSet,
    /// Words before "week"/"month" at the head of a sentence that make it a round-up of many attacks ("This
    /// week alone", "Over the past week").
    #[serde(default)]
    pub round_up: WordSet,
}

/// Verb lists of `assets/weapons.toml`, lower-case.
#[derive(Deserialize)]
pub struct Verbs {
    pub launch: WordSet,
    pub destroy: WordSet,
    pub destroy_with_down: WordSet,
    pub aux: WordSet,
    pub lost: WordSet,
    pub reach: WordSet,
    pub not_reach: WordSet,
}

#[derive(Deserialize)]
struct Entry {
    name: String,
    category: Category,
    #[serde(default)]
    generic: bool,
    #[serde(default)]
    standalone: bool,
    aliases: Vec<String>,
}

#[derive(Deserialize)]
struct Names {
    not_names: WordSet,
}

/// One weapon of the lexicon.
#[derive(Debug, Clone)]
pub struct Weapon {
    pub name: String,
    pub category: Category,
    /// A class noun ("drones", "missiles") rather than a named weapon.
    pub generic: bool,
    /// Class nouns never stand for it: "drones" after "naval drones" are other drones.
    pub standalone: bool,
}

/// The parsed lexicon: weapons and an index of their aliases by first word.
pub struct Lexicon {
    pub weapons: Vec<Weapon>,
    index: WordMap<Vec<(Vec<String>, usize)>>,
    not_names: WordSet,
    pub verbs: Verbs,
    pub cumulative: Cumulative,
}

/// A weapon named in a sentence, over tokens `start..end`.
#[derive(Debug, Clone)]
pub struct Mention {
    pub name: String,
    pub category: Category,
    pub generic: bool,
    pub start: usize,
    pub end: usize,
    /// The mention is a plural noun ("drones") rather than a singular one ("a drone").
    pub plural: bool,
}

/// The lexicon from `assets/weapons.toml`; parsed on first use.
///
/// # Panics
/// When the shipped asset is malformed: a build defect, caught by this module's tests.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        Lexicon::parse(WEAPONS_TOML).expect("assets/weapons.toml must be a valid weapons lexicon")
    })
}

impl Lexicon {
    /// Parses a lexicon in the format of `assets/weapons.toml`.
    pub fn parse(text: &str) -> Result<Lexicon, toml::de::Error> {
        let file: File = toml::from_str(text)?;
        let mut index: WordMap<Vec<(Vec<String>, usize)>> = WordMap::default();
        let mut weapons = Vec::new();
        for (idx, e) in file.weapon.into_iter().enumerate() {
            for alias in &e.aliases {
                let words: Vec<String> = tokenize(alias, 0, alias.len())
                    .into_iter()
                    .map(|t| t.lower.into_owned())
                    .collect();
                if let Some(first) = words.first() {
                    index.entry(first.clone()).or_default().push((words, idx));
                }
            }
            weapons.push(Weapon {
                name: e.name,
                category: e.category,
                generic: e.generic,
                standalone: e.standalone,
            });
        }
        for list in index.values_mut() {
            list.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        Ok(Lexicon {
            weapons,
            index,
            not_names: file.names.not_names,
            verbs: file.verbs,
            cumulative: file.cumulative,
        })
    }

    /// The longest weapon alias starting at token `i`: (weapon index, tokens used, last token plural).
    fn match_at(&self, toks: &[Token], i: usize) -> Option<(usize, usize, bool)> {
        let t = toks.get(i)?;
        if t.kind == TokKind::Punct {
            return None;
        }
        for key in [t.lower.as_ref(), singular(&t.lower)] {
            let Some(list) = self.index.get(key) else {
                continue;
            };
            for (words, idx) in list {
                let mut plural = false;
                let ok = words.iter().enumerate().all(|(k, w)| {
                    toks.get(i + k).is_some_and(|t| {
                        let exact = &t.lower == w;
                        let plur = !exact && singular(&t.lower) == w;
                        if plur {
                            plural = true;
                        }
                        exact || plur
                    })
                });
                if ok {
                    return Some((*idx, words.len(), plural));
                }
            }
        }
        if t.lower.contains('/') {
            let first = t.lower.split('/').next().unwrap_or("");
            for (words, idx) in self.index.get(first)? {
                if words.len() == 1 {
                    return Some((*idx, 1, false));
                }
            }
        }
        None
    }

    /// The weapon mentions of a sentence, left to right. A named weapon followed by a class noun
    /// ("Kalibr cruise missiles") is one mention; an unknown name before a class noun ("Zircon missiles")
    /// is a named weapon of that class.
    pub fn mentions(&self, toks: &[Token]) -> Vec<Mention> {
        let mut out: Vec<Mention> = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let Some((idx, len, plural)) = self.match_at(toks, i) else {
                i += 1;
                continue;
            };
            let w = &self.weapons[idx];
            let mut m = Mention {
                name: w.name.clone(),
                category: w.category,
                generic: w.generic,
                start: i,
                end: i + len,
                plural,
            };
            if m.generic && out.last().is_none_or(|p| p.end != i) {
                if let Some(prev) = i.checked_sub(1).and_then(|k| toks.get(k)) {
                    if self.is_unknown_name(prev, i - 1) {
                        m.name = prev.text.to_string();
                        m.generic = false;
                        m.start = i - 1;
                    }
                }
            }
            match out.last_mut() {
                Some(prev) if prev.end == m.start && compatible(prev, &m) => {
                    if prev.generic && !m.generic {
                        prev.name = m.name.clone();
                        prev.category = m.category;
                        prev.generic = false;
                    }
                    if prev.generic == m.generic && !prev.generic {
                        prev.category = m.category;
                    }
                    prev.end = m.end;
                    prev.plural |= m.plural;
                }
                _ => out.push(m),
            }
            i += len;
        }
        out
    }

    /// True when class nouns never stand for the weapon named `name` (`standalone` in the lexicon).
    pub fn is_standalone(&self, name: &str) -> bool {
        self.weapons.iter().any(|w| w.standalone && w.name == name)
    }

    /// True when token `i` is a launching verb.
    pub fn is_launch(&self, toks: &[Token], i: usize) -> bool {
        toks.get(i)
            .is_some_and(|t| self.verbs.launch.contains(t.lower.as_ref()))
    }

    /// True when token `i` starts an intercepting verb ("destroyed", "shot down").
    pub fn is_destroy(&self, toks: &[Token], i: usize) -> bool {
        let Some(t) = toks.get(i) else { return false };
        self.verbs.destroy.contains(t.lower.as_ref())
            || self.verbs.destroy_with_down.contains(t.lower.as_ref())
                && toks.get(i + 1).is_some_and(|n| n.lower == "down")
    }

    /// True when token `i` says weapons were lost without being destroyed: "lost", or "reach" after a
    /// negation ("did not reach their targets").
    pub fn is_lost(&self, toks: &[Token], i: usize) -> bool {
        let Some(t) = toks.get(i) else { return false };
        let w = t.lower.as_ref();
        self.verbs.lost.contains(w)
            || self.verbs.reach.contains(w)
                && (i.saturating_sub(2)..i)
                    .any(|k| self.verbs.not_reach.contains(toks[k].lower.as_ref()))
    }

    /// True when the sentence states a running total of the war: "since" followed within four tokens by
    /// a year or a cue word, or a count of months or years ("in 31 months") ("since February 2022", "since the start of the invasion").
    pub fn is_cumulative(&self, toks: &[Token]) -> bool {
        toks.iter().enumerate().any(|(i, t)| {
            // At the head of the sentence only: "the third attack this week" still dates one attack.
            let round_up = matches!(t.lower.as_ref(), "week" | "month")
                && (1..=4).contains(&i)
                && self
                    .cumulative
                    .round_up
                    .contains(toks[i - 1].lower.as_ref());
            if round_up {
                return true;
            }
            let period = (t.kind == TokKind::Num || word_value(&t.lower).is_some())
                && toks
                    .get(i + 1)
                    .is_some_and(|n| self.cumulative.periods.contains(n.lower.as_ref()));
            period
                || t.lower == "since"
                    && toks.iter().skip(i + 1).take(4).any(|n| {
                        self.cumulative.since.contains(n.lower.as_ref())
                            || n.kind == TokKind::Num
                                && n.text.len() == 4
                                && (n.text.starts_with("19") || n.text.starts_with("20"))
                    })
        })
    }

    /// True when token `i` is a passive auxiliary ("were", "been").
    pub fn is_aux(&self, toks: &[Token], i: usize) -> bool {
        toks.get(i)
            .is_some_and(|t| self.verbs.aux.contains(t.lower.as_ref()))
    }

    fn is_unknown_name(&self, t: &Token, pos: usize) -> bool {
        // "Fifteen UAVs" is a count, not a weapon called Fifteen.
        if t.kind != TokKind::Word
            || self.not_names.contains(t.lower.as_ref())
            || word_value(&t.lower).is_some()
        {
            return false;
        }
        let has_digit = t.text.chars().any(|c| c.is_ascii_digit());
        let has_alpha = t.text.chars().any(char::is_alphabetic);
        (has_digit && has_alpha)
            || (pos > 0 && t.is_capitalized() && !t.lower.contains('’') && !t.lower.contains('\''))
    }
}

/// True when two adjacent mentions name the same weapon: a name and its class noun, or the same name twice.
fn compatible(a: &Mention, b: &Mention) -> bool {
    if a.generic && b.generic {
        return false;
    }
    if !a.generic && !b.generic {
        return a.name == b.name;
    }
    let (named, class) = if a.generic { (b, a) } else { (a, b) };
    named.category == class.category
        || class.category == Category::Other && is_missile(named.category)
}

/// True for the missile categories.
pub fn is_missile(c: Category) -> bool {
    matches!(
        c,
        Category::CruiseMissile
            | Category::BallisticMissile
            | Category::AeroballisticMissile
            | Category::Other
    )
}

/// `word` without a plural ending.
pub fn singular(word: &str) -> &str {
    word.strip_suffix('s').unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(s: &str) -> Vec<(String, Category, bool)> {
        let toks = tokenize(s, 0, s.len());
        lexicon()
            .mentions(&toks)
            .into_iter()
            .map(|m| (m.name, m.category, m.generic))
            .collect()
    }

    #[test]
    fn asset_parses() {
        let lex = Lexicon::parse(WEAPONS_TOML).expect("asset parses");
        assert!(lex.weapons.len() > 20);
    }

    #[test]
    fn names_spellings_and_classes() {
        assert_eq!(
            names("six Kalibr cruise missiles"),
            vec![("Kalibr".into(), Category::CruiseMissile, false)]
        );
        assert_eq!(
            names("36 attack drones Shahed-136/131"),
            vec![("Shahed-136/131".into(), Category::Drone, false)]
        );
        assert_eq!(names("X-101 and Kh-101/555/55 missiles")[0].0, "Kh-101");
        assert_eq!(names("three Kh-101/555/55 missiles")[0].0, "Kh-101");
        assert_eq!(
            names("two Gerans"),
            vec![("Shahed-136/131".into(), Category::Drone, false)]
        );
        assert_eq!(
            names("23 Ukrainian UAVs"),
            vec![("drone".into(), Category::Drone, true)]
        );
        assert_eq!(
            names("four Zircon-2 cruise missiles"),
            vec![("Zircon-2".into(), Category::CruiseMissile, false)]
        );
        assert_eq!(
            names("the Kinzhal aeroballistic missile")[0].1,
            Category::AeroballisticMissile
        );
        assert!(names("multiple rocket launchers and four buildings").is_empty());
    }
}
