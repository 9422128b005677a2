//! Counts written in digits or words, and the contexts in which a number is not a count.

use super::tokens::{TokKind, Token};

/// A number read from the tokens `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Num {
    pub value: u64,
    /// "hundreds", "dozens" and the like: a lower bound, not an exact figure.
    pub approx: bool,
    pub start: usize,
    pub end: usize,
}

const UNITS: &[(&str, u64)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];
const TENS: &[(&str, u64)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];
const PLURAL_WORDS: &[(&str, u64)] = &[
    ("dozens", 24),
    ("hundreds", 100),
    ("thousands", 1000),
    ("tens", 20),
];
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];
/// Words around a number that make it a measure, a time, a label or an age rather than a count
/// (`assets/numbers.toml`, where each list has its examples).
#[derive(serde::Deserialize)]
pub struct NotCount {
    pub after: super::fasthash::WordSet,
    pub before: super::fasthash::WordSet,
    pub age_lists: super::fasthash::WordSet,
    pub list_joiners: super::fasthash::WordSet,
}

/// The lists of `assets/numbers.toml`, parsed on first use.
///
/// # Panics
/// When the shipped asset is malformed: a build defect, caught by this module's tests.
pub fn not_count() -> &'static NotCount {
    #[derive(serde::Deserialize)]
    struct File {
        not_count: NotCount,
    }
    static LISTS: std::sync::OnceLock<NotCount> = std::sync::OnceLock::new();
    LISTS.get_or_init(|| {
        toml::from_str::<File>(include_str!("../../assets/numbers.toml"))
            .expect("assets/numbers.toml must be valid")
            .not_count
    })
}

/// The value of a single number word ("six", "thirty-one"), if it is one.
pub fn word_value(word: &str) -> Option<u64> {
    // Asked of nearly every token: one look-up in a map of every unit, ten and "thirty-one" compound,
    // built once from the tables above, instead of scanning them.
    static VALUES: std::sync::OnceLock<super::fasthash::WordMap<u64>> = std::sync::OnceLock::new();
    let values = VALUES.get_or_init(|| {
        let mut map: super::fasthash::WordMap<u64> = UNITS
            .iter()
            .chain(TENS)
            .map(|&(w, v)| (w.to_owned(), v))
            .collect();
        for &(t, tv) in TENS {
            for &(u, uv) in UNITS.iter().filter(|(_, v)| (1..10).contains(v)) {
                map.insert(format!("{t}-{u}"), tv + uv);
            }
        }
        map
    });
    // The map's own filter turns most words away before they are hashed.
    values.get(word).copied()
}

fn lookup(table: &[(&str, u64)], word: &str) -> Option<u64> {
    table.iter().find(|(w, _)| *w == word).map(|(_, v)| *v)
}

/// True when `word` names a month.
pub fn is_month(word: &str) -> bool {
    MONTHS.contains(&word)
}

/// The whole part of a numeral token ("1,000" is 1000, "1.5" is 1); `None` past `u64`.
fn digits_value(text: &str) -> Option<u64> {
    let whole = text.split('.').next().unwrap_or("");
    let mut value: u64 = 0;
    let mut any = false;
    for b in whole.bytes().filter(|&b| b != b',') {
        let d = char::from(b).to_digit(10)?;
        value = value.checked_mul(10)?.checked_add(u64::from(d))?;
        any = true;
    }
    any.then_some(value)
}

/// The number that starts at token `i`, in digits ("1,000", "36") or words ("six", "thirty one",
/// "a dozen", "hundreds", "two thousand"), with "a couple" as 2. Says nothing about whether it counts things.
pub fn number_at(toks: &[Token], i: usize) -> Option<Num> {
    let t = toks.get(i)?;
    let next = |k: usize| toks.get(i + k).map(|t| t.lower.as_ref());
    let (mut value, mut end, approx) = match t.kind {
        // `lower`: a glossed count ("205-ма") keeps only its digits there.
        TokKind::Num => (digits_value(&t.lower)?, i + 1, false),
        TokKind::Word => {
            let w = t.lower.as_ref();
            if let Some(v) = lookup(PLURAL_WORDS, w) {
                return Some(Num {
                    value: v,
                    approx: true,
                    start: i,
                    end: i + 1,
                });
            }
            if (w == "a" || w == "an") && next(1) == Some("dozen") {
                (12, i + 2, false)
            } else if w == "a" && next(1) == Some("couple") {
                (2, i + 2, false)
            } else if w == "dozen" {
                (12, i + 1, false)
            } else if let Some(v) = word_value(w) {
                let mut v = v;
                let mut e = i + 1;
                if (20..100).contains(&v) && v % 10 == 0 {
                    if let Some(u) = toks
                        .get(e)
                        .and_then(|t| lookup(UNITS, &t.lower))
                        .filter(|u| (1..10).contains(u))
                    {
                        v += u;
                        e += 1;
                    }
                }
                (v, e, false)
            } else {
                return None;
            }
        }
        TokKind::Punct => return None,
    };
    if let Some(m) = toks.get(end).and_then(|t| match t.lower.as_ref() {
        // "two dozen" is 24.
        "dozen" => Some(12),
        "hundred" => Some(100),
        "thousand" => Some(1000),
        "million" => Some(1_000_000),
        _ => None,
    }) {
        value = value.saturating_mul(m);
        end += 1;
    }
    // "two hundred and twenty", "сто двадцять" (glossed "100 twenty"): the hundreds, then the tens after them.
    if (100..1000).contains(&value) && value % 100 == 0 {
        let and = t.kind == TokKind::Word && toks.get(end).is_some_and(|t| t.lower == "and");
        let k = end + usize::from(and);
        let rest = toks
            .get(k)
            .filter(|t| t.kind == TokKind::Word)
            .and_then(|_| number_at(toks, k))
            .filter(|n| n.value < 100 && !n.approx);
        if let Some(rest) = rest {
            value += rest.value;
            end = rest.end;
        }
    }
    Some(Num {
        value,
        approx,
        start: i,
        end,
    })
}

/// The number at token `i` when it counts things: not a day of the war, an episode, a date, a time,
/// a distance, a duration, an age, a percentage or a year.
pub fn count_at(toks: &[Token], i: usize) -> Option<Num> {
    let n = number_at(toks, i)?;
    let before = i
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .map(|t| t.lower.as_ref());
    let after = toks.get(n.end).map(|t| t.lower.as_ref());
    if before.is_some_and(|b| not_count().before.contains(b) || is_month(b)) {
        return None;
    }
    if before.is_some_and(|b| not_count().list_joiners.contains(b))
        && age_list_start(toks, i).is_some()
    {
        return None;
    }
    if after
        .is_some_and(|a| not_count().after.contains(a) || is_month(a) || a.starts_with("year-old"))
    {
        return None;
    }
    if after == Some("a") && toks.get(n.end + 1).is_some_and(|t| t.is_punct('.')) {
        return None;
    }
    if after == Some("-")
        || after == Some(":") && toks.get(n.end + 1).is_some_and(|t| t.kind == TokKind::Num)
    {
        return None;
    }
    let t = &toks[i];
    if t.kind == TokKind::Num && !t.text.contains(',') && (1900..=2100).contains(&n.value) {
        return None;
    }
    Some(n)
}

/// The start of a list of ages ending right before `end` ("aged 29 and 41", "aged between 20 and 65"): its
/// `age_lists` word, back over numbers and `list_joiners`, within twelve tokens. The casualty reader uses it
/// to find the group before the list; `count_at` to know a number in it is an age.
pub fn age_list_start(toks: &[Token], end: usize) -> Option<usize> {
    let lists = not_count();
    let mut q = end.min(toks.len());
    while q > 0 && end - q < 12 {
        q -= 1;
        let w = toks[q].lower.as_ref();
        if lists.age_lists.contains(w) {
            return (q + 1 < end).then_some(q);
        }
        let number = toks[q].kind == TokKind::Num || word_value(w).is_some();
        if !number && !lists.list_joiners.contains(w) {
            return None;
        }
    }
    None
}

/// The counts of a sentence's tokens, non-overlapping, left to right: what `count_at` reads at each
/// token, skipping the tokens a number spans ("thirty one drones" is one count).
pub fn counts(toks: &[Token]) -> Vec<Num> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match count_at(toks, i) {
            Some(n) => {
                i = n.end.max(i + 1);
                out.push(n);
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn first_count(s: &str) -> Option<u64> {
        let toks = tokenize(s, 0, s.len());
        (0..toks.len())
            .find_map(|i| count_at(&toks, i))
            .map(|n| n.value)
    }

    #[test]
    fn counts_in_digits_and_words() {
        assert_eq!(first_count("launched 1,000 drones"), Some(1000));
        assert_eq!(first_count("thirty-one drones"), Some(31));
        assert_eq!(first_count("thirty one drones"), Some(31));
        assert_eq!(first_count("a dozen drones"), Some(12));
        assert_eq!(first_count("a couple"), Some(2));
        assert_eq!(first_count("two thousand troops"), Some(2000));
        assert_eq!(first_count("hundreds of launchers"), Some(100));
        assert_eq!(first_count("two hundred and twenty drones"), Some(220));
        assert_eq!(first_count("one hundred thirty-five drones"), Some(135));
        // A count of its own after a figure in digits stays apart.
        assert_eq!(first_count("300 five-storey blocks"), Some(300));
    }

    #[test]
    fn labels_times_and_measures_are_not_counts() {
        for s in [
            "Day 510",
            "Ukraine in Flames #482",
            "40 kilometers away",
            "at 01:20",
            "shortly after 3am",
            "at 3:30 a.m.",
            "a 71-year-old woman",
            "in 2023",
            "31 months",
            "on July 18",
            "18 July",
            "1800 GMT",
            "the G20 summit",
            "a 9-storey building",
            "the men aged 29 and 41",
            "women aged between 20 and 65",
            "children aged 7, 9 and 12",
        ] {
            assert_eq!(first_count(s), None, "{s}");
        }
    }
}
