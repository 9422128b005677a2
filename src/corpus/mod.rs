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
        // FxHash: SipHash of every path and hash was the reader's main cost while a large folder was
        // listed (these keys come from files, and no one picks them to collide a hash table).
        let capacity = self.articles.len() + articles.len();
        let mut by_path: rustc_hash::FxHashMap<String, usize> =
            rustc_hash::FxHashMap::with_capacity_and_hasher(capacity, Default::default());
        let mut by_hash: rustc_hash::FxHashMap<String, usize> =
            rustc_hash::FxHashMap::with_capacity_and_hasher(capacity, Default::default());
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

impl Corpus {
    /// Puts read facts and regions into the pending articles they belong to (the same text read from the
    /// same path); returns how many were filled. Ids and order do not change: the list's order depends on
    /// neither.
    pub fn fill(&mut self, filled: Vec<Filled>) -> usize {
        let targets: Vec<Option<usize>> = {
            let pending: rustc_hash::FxHashMap<&str, usize> = self
                .articles
                .iter()
                .enumerate()
                .filter(|(_, a)| a.pending)
                .map(|(i, a)| (a.hash.as_str(), i))
                .collect();
            filled
                .iter()
                .map(|f| {
                    let i = *pending.get(f.hash.as_str())?;
                    (self.articles[i].path == f.path).then_some(i)
                })
                .collect()
        };
        let mut count = 0;
        for (f, at) in filled.into_iter().zip(targets) {
            let Some(article) = at.map(|i| &mut self.articles[i]) else {
                continue;
            };
            if article.pending {
                article.facts = f.facts;
                article.regions = f.regions;
                article.pairs = Some(f.pairs);
                article.pending = false;
                count += 1;
            }
        }
        count
    }

    /// Articles whose facts are not read yet.
    pub fn pending(&self) -> usize {
        self.articles.iter().filter(|a| a.pending).count()
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

/// Starts building the lexicons and the gazetteer's automaton on a thread of their own, by analysing a
/// sentence of ours, while the caller finds and reads its reports: built on first use instead, they held
/// every worker up for the 27 ms they take (a report alone takes 27 ms; `rg` 7 ms). The Cyrillic tables
/// are still built only for a text that needs them.
pub fn build_tables_behind() {
    const SENTENCE: &str =
        "Russia launched 12 Shahed drones at the Kyiv region on 5 May; two people were \
                            killed and three injured, the governor said on Telegram.";
    std::thread::spawn(|| {
        let doc = crate::regions::analyse(SENTENCE);
        crate::extract::extract_doc(&doc, None);
    });
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

/// A report listed before its facts are read: parsed, dated and titled as `analyse` does it, its facts
/// and regions pending (`Article::pending`) until `Corpus::fill` puts in what `read_facts` finds. The list
/// shows every report of a large folder long before the facts of all are read.
pub fn listed(loaded: Loaded) -> Article {
    let prepared = prepare(loaded);
    let blocks = parse::blocks(&prepared.body);
    let mut article = assemble(prepared, Vec::new(), blocks, Vec::new());
    article.pending = true;
    article
}

/// What the facts of a listed article's text are read from: its text and date, and the path and hash
/// that find it again in the corpus.
#[derive(Debug)]
pub struct Unread {
    path: String,
    hash: String,
    title: String,
    body: String,
    date: Option<ReportDate>,
    /// The day it is listed under (`list_day`).
    day: Option<chrono::NaiveDate>,
}

impl Unread {
    /// What `article`'s facts are read from (its text copied: the article goes to the list meanwhile).
    pub fn of(article: &Article) -> Unread {
        Unread {
            path: article.path.clone(),
            hash: article.hash.clone(),
            title: article.title.clone(),
            body: article.body.clone(),
            date: article.date,
            day: list_day(article.date, article.fetched),
        }
    }

    /// Reads the facts and regions, as `analyse` reads them.
    pub fn read_facts(self) -> Filled {
        let doc = crate::regions::analyse(&self.body);
        let facts = crate::extract::extract_doc(&doc, self.date.map(|d| d.date));
        let mut pairs = crate::text::pairs::Pairs::of(&self.title);
        pairs.add(&self.body);
        Filled {
            path: self.path,
            hash: self.hash,
            facts,
            regions: doc.regions,
            pairs: Box::new(pairs),
        }
    }

    /// Puts `unread` in the list's order, so that the facts of the reports at its top are read first.
    pub fn in_list_order(unread: &mut [Unread]) {
        unread.sort_by(|a, b| list_order((a.day, &a.path), (b.day, &b.path)));
    }
}

/// The facts and regions of a listed article, for `Corpus::fill`.
#[derive(Debug)]
pub struct Filled {
    path: String,
    hash: String,
    facts: Vec<Fact>,
    regions: Vec<crate::regions::RegionTag>,
    pairs: Box<crate::text::pairs::Pairs>,
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
        pending: false,
        pairs: None,
    }
}
