//! What IO tells the app: a background load's progress, what an effect did, the archive's answers. The
//! terminal loop hands each to `App::receive`, as keys go to `App::update`; it writes no field itself.

use super::{filter, App, ListDates, Loading};
use crate::pipeline::LoadEvent;

/// One result of IO, for `App::receive`.
#[derive(Debug)]
pub enum Message {
    /// What a background load or fetch sent.
    Load(LoadEvent),
    /// A line for the status bar: what an effect did or why it failed.
    Said(String),
    /// The archive's full-text answer to the search: content hashes, best first.
    Ranked(Result<Vec<String>, String>),
    /// `R` found no sources to fetch: the fetch ends before it began.
    NothingToFetch,
}

impl From<LoadEvent> for Message {
    fn from(event: LoadEvent) -> Message {
        Message::Load(event)
    }
}

impl App {
    /// Takes what the terminal loop's IO reports: see `Message`.
    pub fn receive(&mut self, message: impl Into<Message>) {
        self.take(message.into());
        self.relayout();
    }

    fn take(&mut self, message: Message) {
        // The corpus, its facts or the ranking may change: the query line's kept list is stale.
        self.narrowing = None;
        match message {
            Message::Load(event) => self.loaded(event),
            Message::Said(line) => self.flash = Some(line),
            Message::Ranked(answer) => self.search_ranked(answer),
            Message::NothingToFetch => {
                self.loading = None;
                self.flash = Some(
                    "Nothing to fetch: list sources in the config (sitrep --print-default-config)"
                        .into(),
                );
            }
        }
    }

    /// Takes what a background load sent: new articles join the list in order, and the selected article
    /// stays selected.
    fn loaded(&mut self, event: LoadEvent) {
        let loading = self.loading.get_or_insert_with(Loading::default);
        match event {
            LoadEvent::Found { reports, problems } => {
                loading.total = Some(reports);
                self.corpus.problems.extend(problems);
            }
            LoadEvent::Articles(batch) => {
                loading.done += batch.len();
                loading.facts.0 += batch.iter().filter(|a| a.pending).count();
                let selected = self.article().map(|a| a.path.clone());
                self.corpus.add(batch);
                // Ids moved: the laid-out body may belong to another article now.
                self.document = None;
                self.regions = filter::corpus_regions(&self.corpus.articles);
                self.list_dates = ListDates::of(&self.corpus.articles, self.today);
                self.visible = self.passing();
                let kept = selected.and_then(|path| {
                    self.visible
                        .iter()
                        .position(|&i| self.corpus.articles[i].path == path)
                });
                self.cursor = kept.unwrap_or(0);
                if kept.is_none() {
                    self.reset_article_view();
                }
                self.clamp_offsets();
            }
            LoadEvent::Facts(filled) => {
                loading.facts.1 += filled.len();
                self.corpus.fill(filled);
                // The shown article's facts may have come: lay it out and count its rows again.
                self.document = None;
                self.regions = filter::corpus_regions(&self.corpus.articles);
                // Fact and region terms may match the filled articles now; ids and order are as they were.
                self.apply_filter();
            }
            LoadEvent::Note(line) => self.flash = Some(line),
            LoadEvent::Done => self.loading = None,
        }
    }
}
