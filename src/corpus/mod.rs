//! Loading inputs into analysed `Article`s: parse, date, extract, tag.

pub mod article;
pub mod attacker;
pub mod changes;
pub mod channel;
pub mod charset;
pub mod fetch;
pub mod formats;
pub mod load;
pub use crate::doc::blocks as parse;
mod seeds;
mod workers;

pub use crate::doc::{Block, BlockKind};
pub use article::{content_hash, Article, Marks};
pub use load::{Loaded, Meta, Problem};

use crate::extract::{Fact, ReportDate};
use std::path::PathBuf;
pub(crate) use workers::par_map;

/// The loaded articles and the problems met while loading them.
#[derive(Debug, Default)]
pub struct Corpus {
    /// Newest first (a report with no date of its own by the day it was fetched); the rest last; ties by path.
    pub articles: Vec<Article>,
    pub problems: Vec<Problem>,
}

impl Corpus {
    /// Loads files and directories given on the command line.
    pub fn from_paths(paths: &[PathBuf]) -> Corpus {
        let (loaded, problems) = load::read_paths(paths);
        Corpus::build(loaded, problems)
    }

    /// Texts already read, analysed as any input is.
    pub fn from_loaded(loaded: Vec<Loaded>) -> Corpus {
        Corpus::build(loaded, Vec::new())
    }

    /// The reports shipped inside the binary.
    pub fn seeds() -> Corpus {
        Corpus::build(seeds::all(), Vec::new())
    }

    fn build(loaded: Vec<Loaded>, problems: Vec<Problem>) -> Corpus {
        let mut corpus = Corpus {
            articles: Vec::new(),
            problems,
        };
        corpus.add(analyse_all(loaded));
        corpus
    }

    /// Adds analysed articles, keeping the order (newest first, undated last, ties by path) and ids equal
    /// to positions: ids of articles already there may change. A new version of a report already there
    /// (`changes::same_report`) replaces it in place (`changes::next_version`).
    pub fn add(&mut self, articles: Vec<Article>) {
        // Where each path and each text is already: the same text is one report with several sources.
        let mut by_path: std::collections::HashMap<String, usize> =
            std::collections::HashMap::new();
        let mut by_hash: std::collections::HashMap<String, usize> =
            std::collections::HashMap::new();
        for (i, a) in self.articles.iter().enumerate() {
            by_path.insert(a.path.clone(), i);
            by_hash.insert(a.hash.clone(), i);
        }
        for article in articles {
            let at = by_path
                .get(&article.path)
                .copied()
                .filter(|&i| changes::same_report(&self.articles[i], &article))
                .or_else(|| by_hash.get(&article.hash).copied());
            let i = match at {
                Some(i) => {
                    self.articles[i] = changes::next_version(&self.articles[i], article);
                    i
                }
                None => {
                    self.articles.push(article);
                    self.articles.len() - 1
                }
            };
            by_path.insert(self.articles[i].path.clone(), i);
            by_hash.insert(self.articles[i].hash.clone(), i);
        }
        self.articles.sort_by(|a, b| {
            list_order(
                (list_day(a.date, a.fetched), &a.path),
                (list_day(b.date, b.fetched), &b.path),
            )
        });
        for (id, article) in self.articles.iter_mut().enumerate() {
            article.id = id;
        }
    }
}

/// The texts of the reports shipped inside the binary, not yet analysed.
pub fn seed_texts() -> Vec<Loaded> {
    seeds::all()
}

/// The day a report is listed under: its own date, else the day it was fetched (a report fetched today
/// with no date of its own is new, not older than everything).
fn list_day(
    date: Option<ReportDate>,
    fetched: Option<chrono::NaiveDateTime>,
) -> Option<chrono::NaiveDate> {
    date.map(|d| d.date).or(fetched.map(|f| f.date()))
}

/// The list's order: newest first, undated last, ties by path.
fn list_order(
    a: (Option<chrono::NaiveDate>, &str),
    b: (Option<chrono::NaiveDate>, &str),
) -> std::cmp::Ordering {
    b.0.is_some()
        .cmp(&a.0.is_some())
        .then(b.0.cmp(&a.0))
        .then_with(|| a.1.cmp(b.1))
}

/// Analyses texts on every core, in order.
pub fn analyse_batch(loaded: Vec<Loaded>) -> Vec<Article> {
    analyse_all(loaded)
}

/// Analyses texts on every core: extraction dominates loading time and each article is independent.
fn analyse_all(loaded: Vec<Loaded>) -> Vec<Article> {
    par_map(loaded, analyse)
}

/// Analyses `loaded` in the list's order on every core. Each article is handed to `keep` on the worker that
/// analysed it, which drops what `keep` does not take, and what `keep` returns is handed to `sink` on this
/// thread, in order: the work of `keep` (rendering, say) and the freeing of the articles are spread over the
/// workers too. Memory holds the texts and a bounded window of results ([`workers::ordered_map`]), never
/// every analysed article.
pub fn analyse_in_order<T: Send>(
    loaded: Vec<Loaded>,
    keep: impl Fn(Article) -> T + Sync,
    sink: impl FnMut(T),
) {
    let mut prepared = par_map(loaded, prepare);
    prepared.sort_by(|a, b| {
        list_order(
            (list_day(a.date, a.loaded.meta.fetched), &a.loaded.path),
            (list_day(b.date, b.loaded.meta.fetched), &b.loaded.path),
        )
    });
    workers::ordered_map(prepared, |p| keep(finish(p)), sink);
}

/// A text made ready for analysis: its body (the text normalized) and its report date, which orders it.
struct Prepared {
    loaded: Loaded,
    body: String,
    date: Option<ReportDate>,
}

fn prepare(mut loaded: Loaded) -> Prepared {
    let body = parse::normalize(&std::mem::take(&mut loaded.text));
    let date = crate::extract::dates::report_date(&body).or(loaded.meta.date.map(|date| {
        crate::extract::ReportDate {
            date,
            how: crate::extract::DateHow::Published,
        }
    }));
    Prepared { loaded, body, date }
}

/// Parses and analyses one loaded text.
pub fn analyse(loaded: Loaded) -> Article {
    finish(prepare(loaded))
}

fn finish(prepared: Prepared) -> Article {
    let doc = crate::regions::analyse(&prepared.body);
    let facts = crate::extract::extract_doc(&doc, prepared.date.map(|d| d.date));
    let (blocks, regions) = (doc.blocks, doc.regions);
    assemble(prepared, facts, blocks, regions)
}

/// An article whose facts come from the archive's cache: parsed and tagged, not extracted again.
pub fn from_cache(mut loaded: Loaded, date: Option<ReportDate>, facts: Vec<Fact>) -> Article {
    let body = parse::normalize(&std::mem::take(&mut loaded.text));
    let (blocks, regions) = (parse::blocks(&body), crate::regions::tag(&body));
    assemble(Prepared { loaded, body, date }, facts, blocks, regions)
}

/// The article of a prepared text, its facts, blocks and regions: with its title, words and hash.
fn assemble(
    prepared: Prepared,
    facts: Vec<Fact>,
    blocks: Vec<Block>,
    regions: Vec<crate::regions::RegionTag>,
) -> Article {
    let Prepared { loaded, body, date } = prepared;
    let title = match loaded.meta.title {
        Some(t) if !t.trim().is_empty() => t,
        _ => parse::title(&body, &blocks),
    };
    // Bidi overrides could make a title show other words than it has.
    let title = crate::text::without_bidi(&title);
    Article {
        id: 0,
        hash: article::content_hash(&body),
        published: loaded.meta.date.map(|d| d.to_string()),
        read: false,
        bookmarked: false,
        path: loaded.path,
        guid: loaded.meta.guid,
        source: loaded.meta.source,
        url: loaded.meta.url,
        format: if loaded.meta.format.is_empty() {
            "text".to_string()
        } else {
            loaded.meta.format
        },
        title,
        body,
        blocks,
        words: std::sync::OnceLock::new(),
        date,
        fetched: loaded.meta.fetched,
        changed: Vec::new(),
        facts,
        regions,
    }
}
