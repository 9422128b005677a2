//! Whether one query asks for no more than another: a report matching the narrower one matches the wider
//! one too. The query line uses it to filter only the last list when a key extends the query
//! (`kharki` → `kharkiv`) instead of every report again.

use super::{Cmp, Query, Text};

/// The terms a report must match all of: an `All`'s terms, or the query itself.
fn terms(q: &Query) -> &[Query] {
    match q {
        Query::All(qs) => qs,
        other => std::slice::from_ref(other),
    }
}

impl Query {
    /// Whether every report this query matches is matched by `wider` too (a safe "no": `false` whenever
    /// that cannot be told from the two queries alone). Each term of `wider` must follow from one term of
    /// this query: the same term, a longer text (`kharkiv` after `khark`), a stricter figure
    /// (`launched>20` after `launched>2`).
    pub fn narrows(&self, wider: &Query) -> bool {
        let mine = terms(self);
        terms(wider)
            .iter()
            .all(|w| mine.iter().any(|m| term_narrows(m, w)))
    }
}

fn term_narrows(term: &Query, wider: &Query) -> bool {
    match (term, wider) {
        (Query::Text(a), Query::Text(b)) => a.narrows(b),
        (Query::Figure(f, c, n), Query::Figure(g, d, m)) if f == g => {
            figure_narrows(*c, *n, *d, *m)
        }
        _ => term == wider,
    }
}

/// Whether every figure `v` with `v c n` has `v d m` too.
fn figure_narrows(c: Cmp, n: u32, d: Cmp, m: u32) -> bool {
    use Cmp::*;
    match (c, d) {
        (Eq, _) => d.holds(n, m),
        (Gt | Ge, Gt) => n > m || (c == Gt && n == m),
        (Gt | Ge, Ge) => n >= m,
        (Lt | Le, Lt) => n < m || (c == Lt && n == m),
        (Lt | Le, Le) => n <= m,
        _ => false,
    }
}

impl Text {
    /// Whether a title or text holding this one holds `wider` too: every pattern of this finder holds a
    /// pattern of `wider` (at its start, when `wider` is a word's start, `drone*`).
    fn narrows(&self, wider: &Text) -> bool {
        if wider.prefix && !self.prefix {
            return false;
        }
        self.finder.narrows(&wider.finder, wider.prefix)
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse;

    fn narrows(a: &str, b: &str) -> bool {
        parse(a).unwrap().narrows(&parse(b).unwrap())
    }

    #[test]
    fn a_longer_word_or_another_term_narrows() {
        assert!(narrows("k", ""));
        assert!(narrows("kh", "k"));
        assert!(narrows("kharkiv", "khark"));
        assert!(narrows("Kharkiv", "khar"));
        assert!(narrows("kharkiv d", "kharkiv"));
        assert!(narrows("kharkiv drone", "kharkiv d"));
        assert!(narrows("\"port hit\"", "\"port h\""));
        assert!(narrows("drone*", "dron"));
        assert!(narrows("drones*", "drone*"));
        assert!(narrows("launched>20", "launched>2"));
        assert!(narrows("killed>=3", "killed>2"));
        assert!(narrows("injured<3", "injured<30"));
        assert!(narrows("region:kharkiv shahed", "region:kharkiv"));
        assert!(narrows("шахеди", "шахед"));
    }

    #[test]
    fn what_may_match_more_does_not() {
        // Backspace, an edit in the middle, another word.
        assert!(!narrows("khar", "kharkiv"));
        assert!(!narrows("kxarkiv", "kharkiv"));
        assert!(!narrows("kharkiv", "kyiv"));
        // A word's start asks more than the plain word.
        assert!(!narrows("dronex", "drone*"));
        assert!(!narrows("adrone*", "drone*"));
        // `or`, exclusions and another figure only when equal.
        assert!(!narrows("kharkiv or kyiv", "kharkiv"));
        assert!(!narrows("-kharkiv", "-khar"));
        assert!(narrows("-kharkiv", "-kharkiv"));
        assert!(!narrows("launched>2", "launched>20"));
        assert!(!narrows("launched>20", "destroyed>2"));
        assert!(!narrows("killed>=2", "killed>2"));
        assert!(!narrows("region:kharkiv", "region:odesa"));
        // A Cyrillic word is found by its stem: a longer word may have a shorter stem.
        assert!(!narrows("ракети", "ракетн"));
    }

    #[test]
    fn letter_pairs_skip_a_report_only_when_it_cannot_match() {
        use crate::corpus::{analyse, Loaded};
        let texts = [
            "Kharkiv shelled\n\nRussia launched 9 Shahed-136 drones at Kharkiv; drone-launched debris fell.\n",
            "Атака на Харків\n\nВорог атакував Харків 14 шахедами; ещё три Х-101 збито.\n",
            "Kyiv: a quiet night\n\nNo attack on KYIV was reported.\n",
        ];
        let today = chrono::NaiveDate::from_ymd_opt(2024, 3, 8).unwrap();
        for (i, text) in texts.iter().enumerate() {
            let plain = analyse(Loaded::new(format!("{i}.txt"), *text));
            let mut paired = plain.clone();
            let mut pairs = crate::text::pairs::Pairs::of(&paired.title);
            pairs.add(&paired.body);
            paired.pairs = Some(Box::new(pairs));
            for q in [
                "kharkiv",
                "KHARK",
                "kh",
                "shahed-136",
                "drone*",
                "dron",
                "quiet night",
                "\"no attack\"",
                "kyiv",
                "харків",
                "шахед",
                "еще",
                "х-101",
                "odesa",
                "-kyiv",
                "kyiv or odesa",
                "xyz",
                "",
            ] {
                let query = parse(q).unwrap();
                assert_eq!(
                    query.matches(&paired, today),
                    query.matches(&plain, today),
                    "{q:?} in {text:?}"
                );
            }
        }
    }
}
