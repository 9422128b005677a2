//! A small, fast hasher for the lexicons' word sets: lookups of short words happen for nearly every
//! token, and the default SipHash dominates them. Keys come from the shipped assets, so resistance to
//! crafted collisions is not needed. Nothing iterates these collections, so their order never shows.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A set of words hashed with [`FxHasher`].
pub type WordSet = HashSet<String, BuildHasherDefault<FxHasher>>;
/// A map keyed by words hashed with [`FxHasher`].
pub type WordMap<V> = HashMap<String, V, BuildHasherDefault<FxHasher>>;

/// The multiply-rotate hash of rustc (FxHash), eight bytes at a time.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b) ^ ((rest.len() as u64) << 59));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_find_their_words() {
        let words = [
            "a",
            "drones",
            "shot",
            "down",
            "destroyed",
            "thirty-one",
            "ukraine’s",
        ];
        let set: WordSet = words.iter().map(|w| w.to_string()).collect();
        assert!(words.iter().all(|w| set.contains(*w)));
        assert!(!set.contains("drone"));
        assert!(!set.contains(""));
    }
}
