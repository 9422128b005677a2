//! The filter and the search over the list: which articles pass, where the matches are, stepping through them.

use super::*;

impl App {
    /// The region filter, its picker and the list's order.
    pub(super) fn filter_key(&mut self, action: Action) -> EventState {
        match action {
            // Only the digits the legend shows act.
            Action::ToggleRegion(n) if (n as usize) < self.legend().items.len() => {
                let name = self.regions[n as usize].name.clone();
                self.filter.toggle(&name);
                self.apply_filter();
            }
            Action::ToggleRegion(n) => {
                self.flash = Some(format!(
                    "No region on key {} (r: pick from all {})",
                    n + 1,
                    self.regions.len()
                ))
            }
            Action::ClearFilter => {
                self.filter.selected.clear();
                self.apply_filter();
            }
            Action::ToggleMatchAll => {
                self.filter.match_all = !self.filter.match_all;
                self.apply_filter();
            }
            Action::OpenPicker => {
                self.popup = Some(Popup::Picker(Picker {
                    marked: self.filter.selected.clone(),
                    ..Picker::default()
                }))
            }
            Action::CycleSort => {
                self.sort = self.sort.next();
                self.apply_filter();
                self.flash = Some(format!("Sorted by {} (s: next order)", self.sort.name()));
            }
            _ => return EventState::NotConsumed,
        }
        EventState::Consumed
    }

    /// The archive's full-text answer to the kept search: the list becomes its reports, best first.
    /// A query the full-text search cannot read keeps the plain-text result, and says so.
    pub(super) fn search_ranked(&mut self, answer: Result<Vec<String>, String>) {
        match answer {
            Ok(hashes) => {
                self.search.ranked = Some(hashes);
                self.apply_filter();
                self.find_hits();
            }
            Err(e) => {
                self.flash = Some(format!("Full-text search: {e}; showing plain-text matches"))
            }
        }
    }

    /// Recomputes the visible articles, keeping the current one when it still passes.
    pub(super) fn apply_filter(&mut self) {
        let rows = self.passing();
        self.show_rows(rows);
    }

    /// Lists `rows`, keeping the current article when it is among them.
    pub(super) fn show_rows(&mut self, rows: Vec<usize>) {
        let current = self.visible.get(self.cursor).copied();
        self.visible = rows;
        let kept = current.and_then(|c| self.visible.iter().position(|&i| i == c));
        self.cursor = kept.unwrap_or(0);
        if kept.is_none() {
            self.reset_article_view();
        }
        self.clamp_offsets();
    }

    /// The articles that pass the region filter and the search, in list order.
    pub(super) fn passing(&self) -> Vec<usize> {
        if let Some(ranked) = &self.search.ranked {
            let rank: std::collections::HashMap<&str, usize> = ranked
                .iter()
                .enumerate()
                .map(|(i, h)| (h.as_str(), i))
                .collect();
            let mut found: Vec<(usize, usize)> = (0..self.corpus.articles.len())
                .filter(|&i| self.filter.matches(&self.corpus.articles[i]))
                .filter_map(|i| Some((*rank.get(self.corpus.articles[i].hash.as_str())?, i)))
                .collect();
            found.sort_unstable();
            return found.into_iter().map(|(_, i)| i).collect();
        }
        let (articles, filter, query, today) = (
            &self.corpus.articles,
            &self.filter,
            &self.search.parsed,
            self.today,
        );
        let mut rows = par_filter((0..articles.len()).collect(), |i| {
            filter.matches(&articles[i]) && query.matches(&articles[i], today)
        });
        self.sort.apply(&mut rows, &self.corpus.articles);
        rows
    }

    /// Finds every match of the kept search and shows the first one in or after the open article.
    pub(super) fn find_hits(&mut self) {
        let finder = self.search.finder();
        let open = self.visible.get(self.cursor).copied();
        self.search.hits = self
            .visible
            .iter()
            .flat_map(|&i| {
                finder
                    .find(&self.corpus.articles[i].body)
                    .into_iter()
                    .map(move |r| Hit {
                        article: i,
                        span: [r.start, r.end],
                    })
            })
            .collect();
        let first = open
            .and_then(|a| self.search.hits.iter().position(|h| h.article == a))
            .or((!self.search.hits.is_empty()).then_some(0));
        self.search.current = None;
        match first {
            Some(first) => self.show_hit(first),
            // A count from an earlier answer (the plain-text one before the index's) must not stay up.
            None if self
                .flash
                .as_deref()
                .is_some_and(|f| f.starts_with("Match ")) =>
            {
                self.flash = Some("No match".into())
            }
            None => {}
        }
    }

    /// `n` / `N`: the next or previous match, on to the next article after the last one in this.
    pub(super) fn step_hit(&mut self, forward: bool) {
        let n = self.search.hits.len();
        if n == 0 {
            self.flash = Some(if self.search.query.is_empty() {
                "No search: / to search".into()
            } else {
                "No match".into()
            });
            return;
        }
        let next = match (self.search.current, forward) {
            (None, _) => 0,
            (Some(c), true) => (c + 1) % n,
            (Some(c), false) => (c + n - 1) % n,
        };
        self.show_hit(next);
    }

    /// Selects the article of match `k`, scrolls its text to the match, and says which match it is.
    pub(super) fn show_hit(&mut self, k: usize) {
        let Some(hit) = self.search.hits.get(k).copied() else {
            return;
        };
        self.search.current = Some(k);
        if let Some(row) = self.visible.iter().position(|&i| i == hit.article) {
            if row != self.cursor {
                self.cursor = row;
                self.reset_article_view();
            }
        }
        if let Some(line) = document::line_of(&self.laid_out(), &(hit.span[0]..hit.span[1])) {
            let context = self.body_rows() / 3;
            self.body_scroll = line.saturating_sub(context).min(self.max_body_scroll());
        }
        self.flash = Some(format!(
            "Match {} of {} (n: next, N: previous, Esc: clear)",
            k + 1,
            self.search.hits.len()
        ));
        self.clamp_offsets();
    }
}

/// The `rows` that `keep` passes, in order, tested on every core: a word over 100,000 reports is a scan
/// of hundreds of megabytes, which one core takes most of a key's time budget over.
pub(super) fn par_filter(rows: Vec<usize>, keep: impl Fn(usize) -> bool + Sync) -> Vec<usize> {
    crate::corpus::par_map(rows, |i| keep(i).then_some(i))
        .into_iter()
        .flatten()
        .collect()
}
