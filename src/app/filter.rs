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

    /// The filter as the query line writes it: "(region:kharkiv or region:odesa)" (any),
    /// "region:kharkiv region:odesa" (all), or nothing.
    pub fn as_query(&self) -> String {
        let terms: Vec<String> = self
            .selected
            .iter()
            .map(|name| {
                let name = name.to_lowercase();
                if name.contains(' ') {
                    format!("region:\"{name}\"")
                } else {
                    format!("region:{name}")
                }
            })
            .collect();
        match terms.len() {
            0 | 1 => terms.concat(),
            _ if self.match_all => terms.join(" "),
            _ => format!("({})", terms.join(" or ")),
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

/// The legend line: digit hotkeys for the first regions, as many as fit, then a tail that says how
/// many more the picker has. A digit not shown does nothing, so what the line says is what the keys do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Legend {
    /// " F1 name " for each saved query shown.
    pub saved: Vec<String>,
    /// " 1 Kharkiv(2) " for each digit shown.
    pub items: Vec<String>,
    pub tail: String,
}

impl Legend {
    /// The legend of `saved` queries' names and `regions` in `cells` columns: saved queries first, in at
    /// most half the line.
    pub fn of(saved: &[&str], regions: &[RegionCount], cells: usize) -> Legend {
        let mut saved: Vec<String> = saved
            .iter()
            .take(crate::app::prompt::SAVED_KEYS)
            .enumerate()
            .map(|(i, name)| format!(" F{} {name} ", i + 1))
            .collect();
        while saved.iter().map(|s| crate::text::width(s)).sum::<usize>() > cells / 2 {
            saved.pop();
        }
        let cells = cells - saved.iter().map(|s| crate::text::width(s)).sum::<usize>();
        let items: Vec<String> = regions
            .iter()
            .take(9)
            .enumerate()
            .map(|(i, r)| format!(" {} {}({}) ", i + 1, r.name, r.articles))
            .collect();
        let tail = |shown: usize| match regions.len() - shown {
            0 => "  r regions · a any/all · 0 clear".to_string(),
            more => format!("  +{more} more: r · a any/all · 0 clear"),
        };
        let mut shown = items.len();
        while shown > 0 {
            let used: usize = items[..shown].iter().map(|i| crate::text::width(i)).sum();
            if used + crate::text::width(&tail(shown)) <= cells {
                break;
            }
            shown -= 1;
        }
        Legend {
            saved,
            tail: tail(shown),
            items: items.into_iter().take(shown).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regions(n: usize) -> Vec<RegionCount> {
        (0..n)
            .map(|i| RegionCount {
                name: format!("Region{i}"),
                mentions: 100 - i,
                articles: 1,
            })
            .collect()
    }

    #[test]
    fn the_legend_shows_what_fits_and_counts_the_rest() {
        let wide = Legend::of(&[], &regions(12), 400);
        assert_eq!(wide.items.len(), 9);
        assert_eq!(wide.tail, "  +3 more: r · a any/all · 0 clear");
        let narrow = Legend::of(&[], &regions(12), 80);
        // Each item is 13 cells, the tail 34.
        assert_eq!(narrow.items.len(), 3);
        assert_eq!(narrow.tail, "  +9 more: r · a any/all · 0 clear");
        let all = Legend::of(&[], &regions(2), 120);
        assert_eq!(all.items.len(), 2);
        assert_eq!(all.tail, "  r regions · a any/all · 0 clear");
        // Saved queries come first and leave the regions the rest of the line.
        let saved = Legend::of(&["night shaheds", "odesa"], &regions(12), 80);
        assert_eq!(saved.saved, [" F1 night shaheds ", " F2 odesa "]);
        assert_eq!(saved.items.len(), 1);
        // They never take more than half of it.
        assert_eq!(
            Legend::of(&["a very long saved query name"], &regions(2), 40)
                .saved
                .len(),
            0
        );
    }

    #[test]
    fn the_region_filter_as_a_query() {
        let mut f = RegionFilter::default();
        assert_eq!(f.as_query(), "");
        f.toggle("Kharkiv");
        assert_eq!(f.as_query(), "region:kharkiv");
        f.toggle("Odesa");
        assert_eq!(f.as_query(), "(region:kharkiv or region:odesa)");
        f.match_all = true;
        assert_eq!(f.as_query(), "region:kharkiv region:odesa");
        // What it writes parses, and means the same regions.
        assert!(crate::query::parse(&f.as_query()).is_ok());
    }
}
