//! Word sets and maps for the lexicons, hashed with FxHash (rustc-hash): lookups of short words
//! happen for nearly every token, and the default SipHash dominated them. Keys come from the
//! shipped assets, so resistance to crafted collisions is not needed; nothing iterates these
//! collections in an order that shows in the output.

use serde::{Deserialize, Deserializer};

/// A set of words. Most words asked about are not in a given set, so a 1,024-bit filter of the members'
/// first two bytes, last byte and length answers most of them without hashing: profiled on 10,000
/// reports, set look-ups were a twelfth of `sitrep facts`' work.
#[derive(Debug, Clone, Default)]
pub struct WordSet {
    words: rustc_hash::FxHashSet<String>,
    filter: Filter,
}

/// Which bit of a filter `word` sets: a mix of its first two bytes, its last byte and its length.
#[inline]
fn signature(word: &str) -> usize {
    let b = word.as_bytes();
    let at = |i: usize| usize::from(b.get(i).copied().unwrap_or(0));
    let last = usize::from(b.last().copied().unwrap_or(0));
    (at(0).wrapping_mul(0x9E37)
        ^ at(1).wrapping_mul(0x85EB)
        ^ last.wrapping_mul(0xC2B3)
        ^ b.len().wrapping_mul(0x27D4))
    .wrapping_mul(0x9E37_79B9)
        >> 7
        & (FILTER_BITS - 1)
}

const FILTER_BITS: usize = 1024;

/// A filter of words' signatures: a word whose bit is clear is not among those added.
#[derive(Debug, Clone)]
struct Filter([u64; FILTER_BITS / 64]);

impl Default for Filter {
    fn default() -> Filter {
        Filter([0; FILTER_BITS / 64])
    }
}

impl Filter {
    fn add(&mut self, word: &str) {
        let s = signature(word);
        self.0[s >> 6] |= 1 << (s & 63);
    }

    #[inline]
    fn may_hold(&self, word: &str) -> bool {
        let s = signature(word);
        self.0[s >> 6] & (1 << (s & 63)) != 0
    }
}

/// A map keyed by words, with the same filter as [`WordSet`].
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    map: rustc_hash::FxHashMap<String, V>,
    filter: Filter,
}

impl<V> Default for WordMap<V> {
    fn default() -> WordMap<V> {
        WordMap {
            map: rustc_hash::FxHashMap::default(),
            filter: Filter::default(),
        }
    }
}

impl<V> WordMap<V> {
    #[inline]
    pub fn get(&self, word: &str) -> Option<&V> {
        if self.filter.may_hold(word) {
            self.map.get(word)
        } else {
            None
        }
    }

    pub fn contains_key(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    pub fn insert(&mut self, word: String, value: V) -> Option<V> {
        self.filter.add(&word);
        self.map.insert(word, value)
    }

    /// The value of `word`, the default one put in first when there is none.
    pub fn entry_or_default(&mut self, word: String) -> &mut V
    where
        V: Default,
    {
        self.filter.add(&word);
        self.map.entry(word).or_default()
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.map.values_mut()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.map.iter()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

impl<V> FromIterator<(String, V)> for WordMap<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(iter: I) -> WordMap<V> {
        let mut map = WordMap::default();
        for (k, v) in iter {
            map.insert(k, v);
        }
        map
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for WordMap<V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<WordMap<V>, D::Error> {
        Ok(std::collections::HashMap::<String, V>::deserialize(d)?
            .into_iter()
            .collect())
    }
}

impl WordSet {
    /// Whether `word` is in the set.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.filter.may_hold(word) && self.words.contains(word)
    }

    /// Adds `word`; true when it was not there yet.
    pub fn insert(&mut self, word: String) -> bool {
        self.filter.add(&word);
        self.words.insert(word)
    }

    pub fn iter(&self) -> impl Iterator<Item = &String> {
        self.words.iter()
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

impl FromIterator<String> for WordSet {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> WordSet {
        let mut set = WordSet::default();
        set.extend(iter);
        set
    }
}

impl Extend<String> for WordSet {
    fn extend<I: IntoIterator<Item = String>>(&mut self, iter: I) {
        for word in iter {
            self.insert(word);
        }
    }
}

impl<'de> Deserialize<'de> for WordSet {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<WordSet, D::Error> {
        Ok(Vec::<String>::deserialize(d)?.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_never_hides_a_member() {
        let words = [
            "shot",
            "down",
            "a",
            "",
            "intercepted",
            "ж",
            "x-101",
            "destroyed",
        ];
        let set: WordSet = words.iter().map(|w| w.to_string()).collect();
        assert!(words.iter().all(|w| set.contains(w)));
        for other in ["shots", "up", "b", "intercept", "жж", "kh-101", "Destroyed"] {
            assert!(!set.contains(other), "{other}");
        }
        assert_eq!(set.len(), words.len());
        let map: WordMap<usize> = words.iter().map(|w| w.to_string()).zip(0..).collect();
        assert!(words
            .iter()
            .enumerate()
            .all(|(i, w)| map.get(w) == Some(&i)));
        assert_eq!(map.get("shots"), None);
    }
}
