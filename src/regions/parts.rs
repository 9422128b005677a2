//! The gazetteer's spellings compiled into two automata: the Latin ones at start, the Cyrillic ones (two
//! thirds of all, with their generated case forms) on the first text with a Cyrillic letter.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::sync::OnceLock;

/// One automaton over some of the spellings, and the pattern id of each of its spellings.
#[derive(Debug)]
pub(super) struct Part {
    automaton: AhoCorasick,
    pub(super) ids: Vec<usize>,
    /// The spellings, for the tests of the two parts.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(super) spellings: Vec<String>,
}

impl Part {
    /// The automaton of `spellings` (pattern id, spelling): ASCII case ignored, the longest leftmost wins.
    pub(super) fn build(spellings: Vec<(usize, String)>) -> Result<Part, aho_corasick::BuildError> {
        let (ids, texts): (Vec<usize>, Vec<String>) = spellings.into_iter().unzip();
        let automaton = AhoCorasickBuilder::new()
            .kind(Some(AhoCorasickKind::DFA))
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(&texts)?;
        Ok(Part {
            automaton,
            ids,
            spellings: texts,
        })
    }

    pub(super) fn find_all(&self, text: &str) -> Vec<(usize, aho_corasick::Match)> {
        self.automaton
            .find_iter(text)
            .filter_map(|m| Some((*self.ids.get(m.pattern().as_usize())?, m)))
            .collect()
    }
}

/// The Cyrillic spellings and their automaton, built on first use.
#[derive(Debug, Default)]
pub(super) struct LazyPart {
    pub(super) spellings: Vec<(usize, String)>,
    pub(super) part: OnceLock<Option<Part>>,
}

impl LazyPart {
    /// The automaton, compiled on the first call; `None` when there are no spellings (or, which the
    /// shipped gazetteer's tests rule out, when they could not be compiled).
    pub(super) fn get(&self) -> Option<&Part> {
        self.part
            .get_or_init(|| {
                (!self.spellings.is_empty())
                    .then(|| Part::build(self.spellings.clone()).ok())
                    .flatten()
            })
            .as_ref()
    }
}

/// Whether `s` has a Cyrillic letter: a byte that starts a character of U+0400..U+053F (Cyrillic and
/// Cyrillic Supplement, and a few Armenian letters, which only make the test say yes more often).
pub(super) fn has_cyrillic(s: &str) -> bool {
    s.bytes().any(|b| (0xD0..=0xD4).contains(&b))
}
