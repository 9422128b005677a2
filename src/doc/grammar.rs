//! Small closed classes of English words that several readers share (weekdays, abbreviations, linking
//! words), from `assets/grammar.toml`, where each list has its examples.

use super::fasthash::WordSet;
use serde::Deserialize;

/// The lists of `assets/grammar.toml`, all lower case.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Grammar {
    /// Monday first: a weekday's place in the list is its number from Monday.
    pub weekdays: Vec<String>,
    pub earlier_cues: WordSet,
    pub abbreviations: WordSet,
    pub links: WordSet,
    pub subject_stop: WordSet,
    /// Direction and position adjectives before a place's name ("the northeastern Sumy region").
    pub direction_adjectives: WordSet,
    /// Kinds of place written before "of" and a name ("the city of Dnipro").
    pub place_kinds: WordSet,
    /// Where something was posted, capitalised like a place ("said in Telegram").
    pub platforms: WordSet,
    /// Pronouns that open a relative clause after a noun ("missiles that Russia launched").
    pub relatives: WordSet,
}

impl Grammar {
    /// The number of the weekday `word` (lower case) names, Monday 0.
    pub fn weekday(&self, word: &str) -> Option<usize> {
        self.weekdays.iter().position(|d| d == word)
    }

    /// Whether `word` is one of the abbreviations, in any case.
    pub fn is_abbreviation(&self, word: &str) -> bool {
        // The abbreviations are short ASCII words: a word that is not one is turned away without a copy.
        const LONGEST: usize = 8;
        if word.is_ascii() && word.len() <= LONGEST {
            let mut buf = [0u8; LONGEST];
            buf[..word.len()].copy_from_slice(word.as_bytes());
            buf.make_ascii_lowercase();
            std::str::from_utf8(&buf[..word.len()]).is_ok_and(|w| self.abbreviations.contains(w))
        } else {
            // A few non-ASCII letters lower-case to ASCII ones (the Kelvin sign to "k").
            !word.is_ascii() && self.abbreviations.contains(&word.to_lowercase())
        }
    }
}

/// The lists of `assets/grammar.toml`, parsed on first use.
///
/// # Panics
/// When the shipped asset is malformed: a build defect, caught by this module's tests.
pub fn grammar() -> &'static Grammar {
    static GRAMMAR: std::sync::OnceLock<Grammar> = std::sync::OnceLock::new();
    GRAMMAR.get_or_init(|| {
        toml::from_str(include_str!("../../assets/grammar.toml"))
            .expect("assets/grammar.toml must be valid")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_asset_parses_with_its_lists_in_lower_case() {
        let g = grammar();
        assert_eq!(g.weekday("monday"), Some(0));
        assert_eq!(g.weekday("sunday"), Some(6));
        assert_eq!(g.weekdays.len(), 7);
        for list in [&g.earlier_cues, &g.abbreviations, &g.links, &g.subject_stop] {
            assert!(!list.is_empty());
            for w in list.iter() {
                assert_eq!(w, &w.to_lowercase());
            }
        }
        // The longest abbreviation fits the copy `is_abbreviation` makes.
        assert!(g.abbreviations.iter().all(|w| w.len() <= 8));
    }

    #[test]
    fn abbreviations_match_in_any_case_and_nothing_else() {
        let g = grammar();
        for w in ["Gen", "GEN", "u.s", "U.S", "p.m", "No"] {
            assert!(g.is_abbreviation(w), "{w}");
        }
        for w in ["General", "Kyiv", "", "approximately", "Жен"] {
            assert!(!g.is_abbreviation(w), "{w}");
        }
    }
}
