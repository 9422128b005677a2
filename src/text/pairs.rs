//! Which pairs and runs of three ASCII letters a text has, case folded: bits that tell at once that a text
//! cannot hold a word. A query key over 100,000 reports otherwise scans every text that lacks the word to
//! its end.

/// The pairs of adjacent ASCII letters (case folded) in a text, one bit each (676), and its runs of three
/// letters hashed into `TRIPLE_BITS` bits (a bit may stand for several runs, so a set bit proves nothing,
/// a clear one that no run of the text hashes there).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pairs {
    pairs: [u64; 11],
    triples: [u64; TRIPLE_BITS / 64],
}

/// Bits for the runs of three letters: a report of a few kilobytes has several hundred different runs, so
/// about one bit in six is set and five texts in six without a run are told apart at once.
const TRIPLE_BITS: usize = 4096;

impl Default for Pairs {
    fn default() -> Pairs {
        Pairs {
            pairs: [0; 11],
            triples: [0; TRIPLE_BITS / 64],
        }
    }
}

/// Each byte's letter (0–25, either case), or `NONE`.
const NONE: u8 = u8::MAX;
const LETTER: [u8; 256] = {
    let mut table = [NONE; 256];
    let mut i = 0;
    while i < 26 {
        table[b'a' as usize + i] = i as u8;
        table[b'A' as usize + i] = i as u8;
        i += 1;
    }
    table
};

impl Pairs {
    /// The pairs of `text`.
    pub fn of(text: &str) -> Pairs {
        let mut pairs = Pairs::default();
        pairs.add(text);
        pairs
    }

    /// Adds the pairs of `text`.
    pub fn add(&mut self, text: &str) {
        // The pair before this letter (0..676), or NONE_PAIR after a letter that follows no letter.
        const NONE_PAIR: usize = usize::MAX;
        let (mut prev, mut pair) = (NONE, NONE_PAIR);
        for &b in text.as_bytes() {
            let letter = LETTER[b as usize];
            if letter == NONE {
                (prev, pair) = (NONE, NONE_PAIR);
                continue;
            }
            if pair != NONE_PAIR {
                let bit = triple_bit(pair * 26 + usize::from(letter));
                self.triples[bit / 64] |= 1 << (bit % 64);
            }
            pair = if prev == NONE {
                NONE_PAIR
            } else {
                let bit = usize::from(prev) * 26 + usize::from(letter);
                self.pairs[bit / 64] |= 1 << (bit % 64);
                bit
            };
            prev = letter;
        }
    }

    /// The pairs both have.
    pub fn and(self, other: Pairs) -> Pairs {
        let mut out = self;
        for (a, b) in out.pairs.iter_mut().zip(other.pairs) {
            *a &= b;
        }
        for (a, b) in out.triples.iter_mut().zip(other.triples) {
            *a &= b;
        }
        out
    }

    /// Whether every pair and run bit of `needed` is here: a text without them cannot hold the word they
    /// come from (ASCII case folded, as the finder matches it).
    pub fn has_all(&self, needed: &Pairs) -> bool {
        self.has(&needed.needed())
    }

    /// The bits that are set, as a `Needed` to test texts against.
    pub fn needed(&self) -> Needed {
        let words = self.pairs.iter().chain(&self.triples);
        Needed(
            words
                .enumerate()
                .filter(|(_, w)| **w != 0)
                .map(|(i, w)| (i, *w))
                .collect(),
        )
    }

    /// Whether every bit of `needed` is here: only the words that hold one are read, so a query key
    /// over 100,000 texts touches a few bytes of each.
    pub fn has(&self, needed: &Needed) -> bool {
        needed.0.iter().all(|&(i, need)| {
            let have = match i.checked_sub(self.pairs.len()) {
                None => self.pairs[i],
                Some(t) => self.triples[t],
            };
            have & need == need
        })
    }
}

/// The set bits of a `Pairs`, by word (pairs first, then runs): what a text must have to hold a word.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Needed(Vec<(usize, u64)>);

impl Needed {
    /// Whether it asks for nothing (a word of one letter): every text has it.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The bit of a run of three letters (0..17,576): a multiplicative hash into `TRIPLE_BITS`.
fn triple_bit(run: usize) -> usize {
    ((run as u32).wrapping_mul(0x9E37_79B1) >> (32 - TRIPLE_BITS.trailing_zeros())) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_lacking_a_pair_of_the_word_cannot_hold_it() {
        let text = Pairs::of("Russia launched 20 Shahed drones at KHARKIV; ракети over Sumy.");
        assert!(text.has_all(&Pairs::of("kharkiv")));
        assert!(text.has_all(&Pairs::of("Shahed drones")));
        assert!(text.has_all(&Pairs::of("x")));
        assert!(text.has_all(&Pairs::of("ракети")));
        assert!(!text.has_all(&Pairs::of("kyiv")));
        // "a" then "t" across a space is no pair; "at" is one.
        assert!(!text.has_all(&Pairs::of("dat")));
        assert!(text.has_all(&Pairs::of("at")));
        let mut both = Pairs::of("Kyiv");
        both.add("Odesa");
        assert!(both.has_all(&Pairs::of("ky")) && both.has_all(&Pairs::of("des")));
        assert!(!both.has_all(&Pairs::of("yo")));
        assert_eq!(
            Pairs::of("kyiv").and(Pairs::of("kyivska")),
            Pairs::of("kyiv")
        );
    }
}
