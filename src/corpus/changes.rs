//! What changed in a report's facts between two versions of it: "killed 7 → 9", "Shahed-136/131 launched
//! 20 → 25". A report whose facts changed is shown unread with these in its header.

use super::Article;
use crate::extract::Fact;
use std::collections::BTreeMap;

/// The figures of a version, by what they count ("killed", "Kalibr destroyed"): summed when several
/// facts count the same.
fn figures(a: &Article) -> BTreeMap<String, u32> {
    let mut out: BTreeMap<String, u32> = BTreeMap::new();
    let mut put = |what: String, v: Option<u32>| {
        if let Some(v) = v {
            let e = out.entry(what).or_default();
            *e = e.saturating_add(v);
        }
    };
    for f in &a.facts {
        match f {
            Fact::Strike(s) => {
                put(format!("{} launched", s.weapon), s.launched);
                put(format!("{} destroyed", s.weapon), s.destroyed);
            }
            Fact::Casualties(c) if !c.summary => {
                put("killed".into(), c.killed);
                put("injured".into(), c.injured);
            }
            _ => {}
        }
    }
    out
}

/// Each figure that differs between `old` and `new`, "killed 7 → 9" (`—` for one the version lacks).
pub fn fact_changes(old: &Article, new: &Article) -> Vec<String> {
    let (a, b) = (figures(old), figures(new));
    let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    let shown = |v: Option<&u32>| v.map_or_else(|| "—".to_string(), u32::to_string);
    keys.into_iter()
        .filter(|k| a.get(*k) != b.get(*k))
        .map(|k| format!("{k} {} → {}", shown(a.get(k)), shown(b.get(k))))
        .collect()
}

/// Whether `new` is another version of `old`: the same place it was read from and the same item id.
pub fn same_report(old: &Article, new: &Article) -> bool {
    old.path == new.path && old.guid == new.guid && old.format == new.format
}

/// `new` as the next version of `old`: marks kept unless its facts changed (then unread, with what
/// changed); a text seen from another source adds that source.
pub fn next_version(old: &Article, mut new: Article) -> Article {
    if old.hash == new.hash {
        let mut kept = old.clone();
        if let Some(s) = new.source.filter(|s| !source_has(old, s)) {
            kept.source = Some(match &old.source {
                Some(first) => format!("{first}, {s}"),
                None => s,
            });
        }
        return kept;
    }
    new.changed = fact_changes(old, &new);
    new.read = old.read && new.changed.is_empty();
    new.bookmarked = old.bookmarked;
    new
}

fn source_has(a: &Article, source: &str) -> bool {
    a.source
        .as_deref()
        .is_some_and(|s| s.split(", ").any(|p| p == source))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{analyse, Corpus, Loaded};

    fn version(text: &str) -> Article {
        let mut l = Loaded::new("https://wire.example/kharkiv", text);
        l.meta.guid = Some("k-1".into());
        l.meta.source = Some("Test Wire".into());
        analyse(l)
    }

    #[test]
    fn the_same_text_from_two_sources_is_one_report_with_both() {
        let text = "Odesa\n\nRussia launched 12 Shahed drones at Odesa on March 2, 2025; nine were shot down.\n";
        let mut copy = Loaded::new("folder/odesa.txt", text);
        copy.meta.source = Some("folder".into());
        let mut online = Loaded::new("https://wire.example/odesa", text);
        online.meta.source = Some("Test Wire".into());
        let mut corpus = Corpus::default();
        corpus.add(vec![analyse(copy), analyse(online.clone())]);
        assert_eq!(corpus.articles.len(), 1);
        assert_eq!(
            corpus.articles[0].source.as_deref(),
            Some("folder, Test Wire")
        );
        corpus.add(vec![analyse(online)]);
        assert_eq!(corpus.articles.len(), 1);
    }

    #[test]
    fn an_update_replaces_the_row_and_a_changed_toll_makes_it_unread() {
        let first = version(
            "Kharkiv shelled\n\nRussian shelling killed seven people in Kharkiv on March 8, 2025.\n",
        );
        let mut corpus = Corpus::default();
        corpus.add(vec![first]);
        corpus.articles[0].read = true;
        corpus.articles[0].bookmarked = true;
        // The same text again: nothing changes, still one row, still read.
        corpus.add(vec![version(
            "Kharkiv shelled\n\nRussian shelling killed seven people in Kharkiv on March 8, 2025.\n",
        )]);
        assert_eq!(corpus.articles.len(), 1);
        assert!(corpus.articles[0].read);
        // Corrected wording, same figures: replaced in place, still read.
        corpus.add(vec![version(
            "Kharkiv shelled\n\nRussian shelling killed seven people in the city of Kharkiv on March 8, \
             2025.\n",
        )]);
        assert_eq!(corpus.articles.len(), 1);
        assert!(corpus.articles[0].read && corpus.articles[0].changed.is_empty());
        assert!(corpus.articles[0].body.contains("the city of"));
        // The toll rises: unread, and what changed is said.
        corpus.add(vec![version(
            "Kharkiv shelled\n\nRussian shelling killed nine people in the city of Kharkiv on March 8, \
             2025.\n",
        )]);
        assert_eq!(corpus.articles.len(), 1);
        let a = &corpus.articles[0];
        assert!(!a.read && a.bookmarked);
        assert_eq!(a.changed, ["killed 7 → 9"]);
    }
}
