//! The region filter: which regions are selected, and whether an article must mention any or all.

use crate::corpus::Article;
use std::collections::BTreeMap;

/// Regions chosen by hotkey or picker.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegionFilter {
    /// Selected canonical names, in the order they were chosen.
    pub selected: Vec<String>,
    /// Require every selected region (else any of them).
    pub match_all: bool,
}

impl RegionFilter {
    pub fn is_empty(&self) -> bool {
        self.selected.is_empty()
    }

    /// Selects `name`, or unselects it when already selected.
    pub fn toggle(&mut self, name: &str) {
        if let Some(i) = self.selected.iter().position(|n| n == name) {
            self.selected.remove(i);
        } else {
            self.selected.push(name.to_owned());
        }
    }

    pub fn contains(&self, name: &str) -> bool {
        self.selected.iter().any(|n| n == name)
    }

    /// Whether `article` passes the filter (every article passes an empty one).
    pub fn matches(&self, article: &Article) -> bool {
        if self.selected.is_empty() {
            return true;
        }
        let has = |name: &String| article.regions.iter().any(|r| &r.name == name);
        if self.match_all {
            self.selected.iter().all(has)
        } else {
            self.selected.iter().any(has)
        }
    }

    /// "Kharkiv + Odesa" (any) or "Kharkiv & Odesa" (all), or "all regions".
    pub fn describe(&self) -> String {
        if self.selected.is_empty() {
            return "all regions".into();
        }
        let join = if self.match_all { " & " } else { " + " };
        self.selected.join(join)
    }
}

/// A region that occurs in the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionCount {
    pub name: String,
    pub mentions: usize,
    pub articles: usize,
}

/// Every region the corpus mentions, most mentioned first (ties by name).
pub fn corpus_regions(articles: &[Article]) -> Vec<RegionCount> {
    let mut by_name: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for article in articles {
        for tag in &article.regions {
            let entry = by_name.entry(&tag.name).or_default();
            entry.0 += tag.mentions;
            entry.1 += 1;
        }
    }
    let mut out: Vec<RegionCount> = by_name
        .into_iter()
        .map(|(name, (mentions, articles))| RegionCount {
            name: name.to_owned(),
            mentions,
            articles,
        })
        .collect();
    out.sort_by(|a, b| {
        b.mentions
            .cmp(&a.mentions)
            .then_with(|| a.name.cmp(&b.name))
    });
    out
}
