//! Word sets and maps for the lexicons, hashed with FxHash (rustc-hash): lookups of short words
//! happen for nearly every token, and the default SipHash dominated them. Keys come from the
//! shipped assets, so resistance to crafted collisions is not needed; nothing iterates these
//! collections, so their order never shows in the output.

/// A set of words.
pub type WordSet = rustc_hash::FxHashSet<String>;
/// A map keyed by words.
pub type WordMap<V> = rustc_hash::FxHashMap<String, V>;
