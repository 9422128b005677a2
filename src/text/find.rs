//! Finding a typed query in report bodies, case folded, at their own byte offsets.

/// A text query compiled once (ASCII case folded, so byte offsets hold): every key of the prompt
/// scans bodies as they are, never lower-cased copies.
#[derive(Debug)]
pub struct Finder {
    automaton: Option<aho_corasick::AhoCorasick>,
    /// The patterns the automaton finds (each word in its cases, "ё" written "е").
    patterns: Vec<String>,
    /// Some pattern holds "е" or "Е", which a text's "ё" must be folded to for it to be found: only then is
    /// a text scanned for "ё" and copied (a query of Latin letters never looks at it).
    folds: bool,
}

impl Finder {
    pub fn new(query: &str) -> Finder {
        Finder::any(&[query])
    }

    /// The words of a full-text query: "\"port hit\" drone*" finds "port", "hit" and "drone".
    pub fn words(query: &str) -> Finder {
        let words: Vec<&str> = query
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| "\"*()^-".contains(c)))
            .filter(|w| !w.is_empty() && !matches!(*w, "AND" | "OR" | "NOT" | "NEAR"))
            .collect();
        Finder::any(&words)
    }

    /// Any of these words or phrases.
    pub fn any(words: &[&str]) -> Finder {
        let patterns: Vec<String> = words
            .iter()
            .filter(|w| !w.is_empty())
            .flat_map(|w| cased(w))
            .collect();
        let automaton = if patterns.is_empty() {
            None
        } else {
            aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(&patterns)
                .ok()
        };
        let folds = patterns.iter().any(|p| p.contains(['е', 'Е']));
        Finder {
            automaton,
            patterns,
            folds,
        }
    }

    /// Whether `body` contains the query (every body does when there is none).
    pub fn matches(&self, body: &str) -> bool {
        self.automaton
            .as_ref()
            .is_none_or(|ac| ac.is_match(&*self.folded(body)))
    }

    /// Where the query occurs in `body`.
    pub fn find(&self, body: &str) -> Vec<std::ops::Range<usize>> {
        self.automaton
            .as_ref()
            .map(|ac| {
                ac.find_iter(&*self.folded(body))
                    .map(|m| m.range())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// `body` as the automaton reads it: "ё" folded only when a pattern could meet the folded letter (a
    /// pattern without "е" matches where the folded text does, and nowhere else: UTF-8 matches start and
    /// end on a letter's bounds).
    fn folded<'a>(&self, body: &'a str) -> std::borrow::Cow<'a, str> {
        if self.folds {
            yo_folded(body)
        } else {
            std::borrow::Cow::Borrowed(body)
        }
    }

    /// The letter pairs every text it finds something in has (those of each of its patterns); `None`
    /// when it finds everything.
    pub fn pairs(&self) -> Option<super::pairs::Pairs> {
        self.automaton.as_ref()?;
        self.patterns
            .iter()
            .map(|p| super::pairs::Pairs::of(p))
            .reduce(super::pairs::Pairs::and)
    }

    /// Whether a text this finder finds something in holds something `wider` finds: each pattern holds one of
    /// `wider`'s (at its start when `at_start`), ASCII case folded as the automaton folds it. A finder of
    /// nothing finds everything, so it narrows only another one.
    pub fn narrows(&self, wider: &Finder, at_start: bool) -> bool {
        if wider.automaton.is_none() {
            return wider.patterns.is_empty();
        }
        if self.automaton.is_none() {
            return false;
        }
        self.patterns.iter().all(|p| {
            let p = p.to_ascii_lowercase();
            wider.patterns.iter().any(|w| {
                let w = w.to_ascii_lowercase();
                if at_start {
                    p.starts_with(&w)
                } else {
                    p.contains(&w)
                }
            })
        })
    }
}

/// `text` with "ё" written "е" (the same number of bytes, so offsets hold).
pub fn fold_yo(text: &str) -> String {
    text.replace('ё', "е").replace('Ё', "Е")
}

/// `text` with "ё" written "е", borrowed when it has none.
fn yo_folded(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains("ё") || text.contains("Ё") {
        std::borrow::Cow::Owned(fold_yo(text))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// `word` in the cases a text may write it: as typed, and, when it is not ASCII (which the automaton folds
/// itself), in lower case, upper case and with a capital first letter: "шахед" finds "Шахед" and "ШАХЕД".
fn cased(word: &str) -> Vec<String> {
    let word = &*yo_folded(word);
    let mut out = vec![word.to_owned()];
    if !word.is_ascii() {
        let lower = word.to_lowercase();
        let mut chars = lower.chars();
        let title: String = chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        out.extend([lower, word.to_uppercase(), title]);
        out.sort();
        out.dedup();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(query: &str, text: &str) -> Vec<(usize, usize)> {
        Finder::new(query)
            .find(text)
            .into_iter()
            .map(|r| (r.start, r.end))
            .collect()
    }

    #[test]
    fn yo_is_folded_only_for_a_pattern_with_ye() {
        let text = "Обстрел Белгорода: ещё три дрона, drones";
        // "ещё" is found by "еще" and by "ещё"; a Latin pattern finds what it finds without the fold.
        let yo = text.find("ещё").unwrap();
        assert_eq!(spans("еще", text), [(yo, yo + "ещё".len())]);
        assert_eq!(spans("ЕЩЁ", text), [(yo, yo + "ещё".len())]);
        assert!(Finder::new("еще").folds && !Finder::new("drones").folds);
        let latin = text.find("drones").unwrap();
        assert_eq!(spans("Drones", text), [(latin, latin + 6)]);
        assert!(Finder::new("три").matches(text));
        assert!(!Finder::new("четыре").matches(text));
    }

    #[test]
    fn a_longer_pattern_narrows_a_shorter_one() {
        assert!(Finder::new("Kharkiv").narrows(&Finder::new("khar"), true));
        assert!(Finder::new("Kharkiv").narrows(&Finder::new("ark"), false));
        assert!(!Finder::new("Kharkiv").narrows(&Finder::new("ark"), true));
        assert!(!Finder::new("khar").narrows(&Finder::new("kharkiv"), false));
        assert!(Finder::new("k").narrows(&Finder::new(""), true));
        assert!(!Finder::new("").narrows(&Finder::new("k"), false));
        assert!(Finder::new("").narrows(&Finder::new(""), false));
        assert!(Finder::new("Харків").narrows(&Finder::new("харк"), true));
    }
}
