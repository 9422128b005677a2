//! Finding a typed query in report bodies, case folded, at their own byte offsets.

/// A text query compiled once (ASCII case folded, so byte offsets hold): every key of the prompt
/// scans bodies as they are, never lower-cased copies.
#[derive(Debug)]
pub struct Finder(Option<aho_corasick::AhoCorasick>);

impl Finder {
    pub fn new(query: &str) -> Finder {
        Finder(if query.is_empty() {
            None
        } else {
            aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(cased(query))
                .ok()
        })
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
        Finder(if words.iter().all(|w| w.is_empty()) {
            None
        } else {
            aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(
                    words
                        .iter()
                        .filter(|w| !w.is_empty())
                        .flat_map(|w| cased(w)),
                )
                .ok()
        })
    }

    /// Whether `body` contains the query (every body does when there is none).
    pub fn matches(&self, body: &str) -> bool {
        self.0
            .as_ref()
            .is_none_or(|ac| ac.is_match(&*yo_folded(body)))
    }

    /// Where the query occurs in `body`.
    pub fn find(&self, body: &str) -> Vec<std::ops::Range<usize>> {
        self.0
            .as_ref()
            .map(|ac| ac.find_iter(&*yo_folded(body)).map(|m| m.range()).collect())
            .unwrap_or_default()
    }
}

/// `word` in the cases a text may write it: as typed, and, when it is not ASCII (which the automaton folds
/// `text` with "ё" written "е" (the same number of bytes, so offsets hold).
pub fn fold_yo(text: &str) -> String {
    text.replace('ё', "е").replace('Ё', "Е")
}

/// `text` with "ё" written "е", borrowed when it has none.
fn yo_folded(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains(['ё', 'Ё']) {
        std::borrow::Cow::Owned(fold_yo(text))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

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
