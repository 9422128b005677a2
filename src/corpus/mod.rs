//! Loading inputs into analysed `Article`s: parse, date, extract, tag.

pub mod article;
pub mod attacker;
pub mod changes;
pub mod channel;
pub mod charset;
pub mod fetch;
pub mod formats;
pub mod load;
pub mod parse;
mod seeds;
mod workers;

pub use article::{Article, Block, BlockKind, Marks};
pub use load::{Loaded, Meta, Problem};

use crate::extract::{Fact, ReportDate};
use std::path::PathBuf;
use std::sync::mpsc;
pub(crate) use workers::par_map;

/// Articles analysed per message of a background load: small enough for the reader to show the first
/// ones at once, large enough that sorting after each costs little.
const BATCH: usize = 256;
/// The largest batch of a background load.
const MAX_BATCH: usize = 16_384;

/// What a background load tells the reader, in this order: the inputs' problems and the number of
/// reports found, then batches of analysed articles, then `Done`.
#[derive(Debug)]
pub enum LoadEvent {
    Found {
        reports: usize,
        problems: Vec<Problem>,
    },
    Articles(Vec<Article>),
    /// A line for the status bar (what a fetch did).
    Note(String),
    Done,
}

/// What a reader opens.
#[derive(Debug, Clone)]
pub enum Inputs {
    /// The reports shipped inside the binary.
    Seeds,
    /// Files, folders, `-` and URLs.
    Paths(Vec<PathBuf>),
    /// Every report of the archive at this path.
    Archive(PathBuf),
}

/// Reads and analyses `inputs` on other threads, sending what it has as it goes; read marks and
/// bookmarks come from the archive at `marks` when given. The load stops early when the receiver is
/// dropped.
pub fn load_in_background(inputs: Inputs, marks: Option<PathBuf>) -> mpsc::Receiver<LoadEvent> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut problems = Vec::new();
        let archive_path = match &inputs {
            Inputs::Archive(path) => Some(path.clone()),
            _ => marks,
        };
        let mut archive =
            archive_path.and_then(|path| match crate::archive::Archive::open(&path) {
                Ok(a) => Some(a),
                Err(message) => {
                    problems.push(Problem {
                        path: path.display().to_string(),
                        message: format!("read marks are not kept: {message}"),
                        skipped: false,
                    });
                    None
                }
            });
        let kept = archive
            .as_ref()
            .and_then(|a| {
                a.marks()
                    .map_err(|e| problems.push(archive_problem(a, e)))
                    .ok()
            })
            .unwrap_or_default();
        let mark = |mut article: Article| {
            article.apply_marks(&kept);
            article
        };
        let mark =
            |articles: Vec<Article>| -> Vec<Article> { articles.into_iter().map(mark).collect() };
        // Batches grow as the load goes on: the first reports show at once, and the reader re-sorts
        // its list only a few dozen times however large the input.
        let mut batch = BATCH;
        let mut grow = || {
            let now = batch;
            batch = (batch * 2).min(MAX_BATCH);
            now
        };
        let loaded = match inputs {
            Inputs::Seeds => seeds::all(),
            Inputs::Paths(paths) => {
                let (loaded, found) = load::read_paths(&paths);
                problems.extend(found);
                loaded
            }
            Inputs::Archive(_) => {
                let Some(store) = archive.as_mut() else {
                    let _ = tx.send(LoadEvent::Found {
                        reports: 0,
                        problems,
                    });
                    let _ = tx.send(LoadEvent::Done);
                    return;
                };
                let _ = tx.send(LoadEvent::Found {
                    reports: store.count(),
                    problems: std::mem::take(&mut problems),
                });
                // Page by page: cached facts need no extraction; rows of an older extractor are
                // extracted and their cache rewritten.
                let mut stale: Vec<Article> = Vec::new();
                let read = store.rows_paged(&mut grow, &mut |rows| {
                    let (hits, misses): (Vec<_>, Vec<_>) =
                        rows.into_iter().partition(|r| r.cached.is_some());
                    let mut articles = par_map(hits, |r| {
                        let (date, facts) = r.cached.unwrap_or_default();
                        from_cache(r.loaded, date, facts)
                    });
                    let fresh = analyse_all(misses.into_iter().map(|r| r.loaded).collect());
                    stale.extend(fresh.iter().cloned());
                    articles.extend(fresh);
                    tx.send(LoadEvent::Articles(mark(articles))).is_ok()
                });
                if let Err(e) = read {
                    let _ = tx.send(LoadEvent::Note(e));
                }
                if !stale.is_empty() {
                    let _ = store.recache(&stale);
                }
                let _ = tx.send(LoadEvent::Done);
                return;
            }
        };
        let found = LoadEvent::Found {
            reports: loaded.len(),
            problems,
        };
        if tx.send(found).is_err() {
            return;
        }
        let mut rest = loaded.into_iter().peekable();
        while rest.peek().is_some() {
            let next: Vec<Loaded> = rest.by_ref().take(grow()).collect();
            if tx
                .send(LoadEvent::Articles(mark(analyse_all(next))))
                .is_err()
            {
                return;
            }
        }
        let _ = tx.send(LoadEvent::Done);
    });
    rx
}

/// `R` in the reader: fetches every source of `sources` into the archive at `archive` on another thread,
/// then sends the reports that `known` (content hashes already shown) lacks, and a line saying what the
/// fetch did.
pub fn fetch_in_background(
    sources: Vec<crate::config::Source>,
    archive: PathBuf,
    known: std::collections::HashSet<String>,
) -> mpsc::Receiver<LoadEvent> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _lock = match crate::archive::fetch::lock(&archive) {
            Ok(Some(lock)) => lock,
            Ok(None) => {
                let _ = tx.send(LoadEvent::Note(
                    "Not fetched: another fetch is running on this archive".into(),
                ));
                let _ = tx.send(LoadEvent::Done);
                return;
            }
            Err(e) => {
                let _ = tx.send(LoadEvent::Note(format!("Fetch failed: {e}")));
                let _ = tx.send(LoadEvent::Done);
                return;
            }
        };
        let mut store = match crate::archive::Archive::open(&archive) {
            Ok(a) => a,
            Err(e) => {
                let _ = tx.send(LoadEvent::Note(format!("Fetch failed: {e}")));
                let _ = tx.send(LoadEvent::Done);
                return;
            }
        };
        let done = crate::archive::fetch::all(&sources, &mut store);
        let rows = store.rows().unwrap_or_default();
        let marks = store.marks().unwrap_or_default();
        // Only reports not shown yet are parsed and tagged: the hash of the text decides, before any work.
        let fresh: Vec<Article> = rows
            .into_iter()
            .filter(|r| {
                !known.contains(&crate::archive::content_hash(&parse::normalize(
                    &r.loaded.text,
                )))
            })
            .filter_map(|r| {
                let (date, facts) = r.cached?;
                let mut article = from_cache(r.loaded, date, facts);
                article.apply_marks(&marks);
                Some(article)
            })
            .collect();
        let _ = tx.send(LoadEvent::Found {
            reports: fresh.len(),
            problems: Vec::new(),
        });
        let _ = tx.send(LoadEvent::Articles(fresh));
        let _ = tx.send(LoadEvent::Note(format!("Fetched: {}", done.total)));
        let _ = tx.send(LoadEvent::Done);
    });
    rx
}

fn archive_problem(a: &crate::archive::Archive, message: String) -> Problem {
    Problem {
        path: a.path().display().to_string(),
        message,
        skipped: false,
    }
}

/// The loaded articles and the problems met while loading them.
#[derive(Debug, Default)]
pub struct Corpus {
    /// Newest first; undated articles last; ties by path.
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
                (a.date.map(|d| d.date), &a.path),
                (b.date.map(|d| d.date), &b.path),
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
            (a.date.map(|d| d.date), &a.loaded.path),
            (b.date.map(|d| d.date), &b.loaded.path),
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
    let doc = crate::doc::Doc::new(&prepared.body);
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
        hash: crate::archive::content_hash(&body),
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
