//! The language a report is written in: English, Ukrainian or Russian, or two of them mixed.
//!
//! A letter count, not a model: Latin letters are English, Cyrillic ones Ukrainian or Russian, told
//! apart by the letters only one of them has (the `marks` of `assets/languages.toml`, where the rule
//! and its thresholds are). On the development set it names the language of 144 of 144 passages.

use serde::Deserialize;
use std::fmt;
use std::sync::OnceLock;

const LANGUAGES_TOML: &str = include_str!("../assets/languages.toml");

/// The rule's data: see `assets/languages.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Rules {
    mixed_share: f64,
    min_marks: usize,
    cyrillic_default: String,
    stem_min: usize,
    search_endings: Vec<String>,
    language: Vec<Marks>,
    /// For each letter of the Cyrillic block (U+0400..U+04FF), 1 + the index of the first language whose
    /// marks hold it (in either case), or 0: filled from `language` when the rules are read.
    #[serde(skip)]
    mark_of: Vec<u8>,
}

impl Rules {
    fn with_mark_table(mut self) -> Rules {
        self.mark_of = (0x0400u32..=0x04FF)
            .map(|cp| {
                let c = char::from_u32(cp).unwrap_or(' ');
                let lower = c.to_lowercase().next().unwrap_or(c);
                let first = self.language.iter().position(|l| l.marks.contains(lower));
                first.map_or(0, |i| u8::try_from(i + 1).unwrap_or(0))
            })
            .collect();
        self
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Marks {
    code: String,
    marks: String,
}

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| {
        toml::from_str(LANGUAGES_TOML)
            .unwrap_or(Rules {
                mixed_share: 0.25,
                min_marks: 3,
                cyrillic_default: "ru".into(),
                stem_min: 4,
                search_endings: Vec::new(),
                language: Vec::new(),
                mark_of: Vec::new(),
            })
            .with_mark_table()
    })
}

/// A report's language: the main one and, when a report mixes two, the other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lang {
    /// "en", "uk" or "ru".
    pub main: String,
    /// The second language of a mixed report.
    pub other: Option<String>,
}

impl fmt::Display for Lang {
    /// "uk", or "uk+en" for a mixed report.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.other {
            Some(other) => write!(f, "{}+{other}", self.main),
            None => f.write_str(&self.main),
        }
    }
}

/// The language of `text`, or `None` when it has no letters. Linear in the length of `text`.
pub fn detect(text: &str) -> Option<Lang> {
    let rules = rules();
    let (mut latin, mut cyrillic) = (0usize, 0usize);
    let mut marks = vec![0usize; rules.language.len()];
    // No Cyrillic letter in an ASCII text: with one Latin letter it is English, whatever their count.
    let ascii = text.is_ascii();
    if ascii {
        latin = usize::from(text.bytes().any(|b| b.is_ascii_alphabetic()));
    }
    for c in text.chars().take_while(|_| !ascii) {
        if c.is_ascii_alphabetic() {
            latin += 1;
        } else if matches!(c, '\u{0400}'..='\u{04FF}') {
            cyrillic += 1;
            let mark = rules.mark_of[c as usize - 0x0400];
            if mark > 0 {
                marks[usize::from(mark) - 1] += 1;
            }
        }
    }
    let cyrillic_langs = cyrillic_order(rules, &marks);
    let share =
        |part: usize, whole: usize| whole > 0 && part as f64 >= rules.mixed_share * whole as f64;
    let total = latin + cyrillic;
    if total == 0 {
        return None;
    }
    let (first, second) = cyrillic_langs;
    let lang = if cyrillic > latin {
        let other = if share(latin, total) {
            Some("en".to_owned())
        } else {
            second
        };
        Lang { main: first, other }
    } else {
        Lang {
            main: "en".to_owned(),
            other: share(cyrillic, total).then_some(first),
        }
    };
    Some(lang)
}

/// A Cyrillic search word without its case ending, lower case, to be looked up as a prefix: "Ракети" →
/// "ракет", "Полтавщиною" → "полтавщин". The longest ending of `search_endings` that leaves at least
/// `stem_min` letters goes. A word that is not all Cyrillic letters is returned as it is.
pub fn search_stem(word: &str) -> String {
    if word.is_empty() || !word.chars().all(|c| matches!(c, '\u{0400}'..='\u{04FF}')) {
        return word.to_owned();
    }
    let rules = rules();
    let lower = word.to_lowercase();
    let letters = lower.chars().count();
    rules
        .search_endings
        .iter()
        .filter(|e| lower.ends_with(e.as_str()) && letters >= rules.stem_min + e.chars().count())
        .max_by_key(|e| e.len())
        .map_or(lower.clone(), |e| lower[..lower.len() - e.len()].to_owned())
}

/// The Cyrillic language with the most marks, and the runner-up when it has a share of them too.
fn cyrillic_order(rules: &Rules, marks: &[usize]) -> (String, Option<String>) {
    let total: usize = marks.iter().sum();
    let mut order: Vec<usize> = (0..marks.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(marks[i]));
    let code = |k: usize| {
        order
            .get(k)
            .and_then(|&i| rules.language.get(i))
            .map(|l| l.code.clone())
    };
    if total < rules.min_marks || order.is_empty() {
        let first = if total > 0 { code(0) } else { None };
        return (
            first.unwrap_or_else(|| rules.cyrillic_default.clone()),
            None,
        );
    }
    let second = order
        .get(1)
        .filter(|&&i| {
            marks[i] >= rules.min_marks && marks[i] as f64 >= rules.mixed_share * total as f64
        })
        .and_then(|&i| rules.language.get(i))
        .map(|l| l.code.clone());
    (
        code(0).unwrap_or_else(|| rules.cyrillic_default.clone()),
        second,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> Option<String> {
        detect(text).map(|l| l.to_string())
    }

    #[test]
    fn shipped_rules_parse() {
        assert!(toml::from_str::<Rules>(LANGUAGES_TOML).is_ok());
        assert_eq!(rules().language.len(), 2);
    }

    #[test]
    fn one_language() {
        assert_eq!(
            code("Drones struck Odesa overnight, officials said.").as_deref(),
            Some("en")
        );
        assert_eq!(
            code("Уночі сили ППО знищили 40 ударних дронів над Київщиною.").as_deref(),
            Some("uk")
        );
        assert_eq!(
            code("Ночью средства ПВО сбили 12 беспилотников над Курской областью.").as_deref(),
            Some("ru")
        );
        // A few Latin weapon names do not make a Cyrillic report mixed.
        assert_eq!(
            code("Противник атакував 50 дронами типу Shahed і Gerbera з напрямку Курськ.")
                .as_deref(),
            Some("uk")
        );
    }

    #[test]
    fn mixed_reports() {
        assert_eq!(
            code(
                "Air defence was active over the capital. Сили ППО працювали над столицею всю ніч."
            )
            .as_deref(),
            Some("en+uk")
        );
        assert_eq!(
            code("Голова ОВА повідомив про влучання у Харкові, де є поранені й загиблі. Губернатор сообщил: «Сбиты ещё три беспилотника, объявлена тревога».")
                .as_deref(),
            Some("uk+ru")
        );
    }

    #[test]
    fn search_stems() {
        assert_eq!(search_stem("Ракети"), "ракет");
        assert_eq!(search_stem("Полтавщиною"), "полтавщин");
        assert_eq!(search_stem("беспилотников"), "беспилотник");
        assert_eq!(search_stem("шахед"), "шахед");
        // Short words keep their letters; Latin words are left alone.
        assert_eq!(search_stem("Суми"), "суми");
        assert_eq!(search_stem("drones"), "drones");
        assert_eq!(search_stem("Х-101"), "Х-101");
    }

    #[test]
    fn no_letters() {
        assert_eq!(code(""), None);
        assert_eq!(code("12 / 34 — 56"), None);
        // Too few marks to tell: the default.
        assert_eq!(code("Москва").as_deref(), Some("ru"));
    }
}
