//! Reading sources, analysing them in workers, storing them in the archive and streaming the analysed
//! articles to whoever asks (the reader's background load, `R`'s fetch, `sitrep fetch`).

pub mod fetch;

use crate::corpus::{analyse_batch, from_cache, par_map, Article, Loaded, Problem};
use std::path::PathBuf;
use std::sync::mpsc;

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
    std::thread::spawn(move || load(inputs, marks, &tx));
    rx
}

/// The background load's work, on its own thread (see `load_in_background`).
fn load(inputs: Inputs, marks: Option<PathBuf>, tx: &mpsc::Sender<LoadEvent>) {
    let mut problems = Vec::new();
    let archive_path = match &inputs {
        Inputs::Archive(path) => Some(path.clone()),
        _ => marks,
    };
    let mut archive = archive_path.and_then(|path| match crate::archive::Archive::open(&path) {
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
        Inputs::Seeds => crate::corpus::seed_texts(),
        Inputs::Paths(paths) => {
            let (loaded, found) = crate::corpus::load::read_paths(&paths);
            problems.extend(found);
            loaded
        }
        Inputs::Archive(_) => {
            stream_archive(archive.as_mut(), problems, &mut grow, &mark, tx);
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
            .send(LoadEvent::Articles(mark(analyse_batch(next))))
            .is_err()
        {
            return;
        }
    }
    let _ = tx.send(LoadEvent::Done);
}

/// Every report of the archive, page by page: cached facts need no extraction; rows of an older
/// extractor are extracted and their cache rewritten.
fn stream_archive(
    archive: Option<&mut crate::archive::Archive>,
    problems: Vec<Problem>,
    grow: &mut dyn FnMut() -> usize,
    mark: &dyn Fn(Vec<Article>) -> Vec<Article>,
    tx: &mpsc::Sender<LoadEvent>,
) {
    let Some(store) = archive else {
        let _ = tx.send(LoadEvent::Found {
            reports: 0,
            problems,
        });
        let _ = tx.send(LoadEvent::Done);
        return;
    };
    let _ = tx.send(LoadEvent::Found {
        reports: store.count(),
        problems,
    });
    let mut stale: Vec<Article> = Vec::new();
    let read = store.rows_paged(grow, &mut |rows| {
        let (hits, misses): (Vec<_>, Vec<_>) = rows.into_iter().partition(|r| r.cached.is_some());
        let mut articles = par_map(hits, |r| {
            let (date, facts) = r.cached.unwrap_or_default();
            from_cache(r.loaded, date, facts)
        });
        let fresh = analyse_batch(misses.into_iter().map(|r| r.loaded).collect());
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
        let _lock = match fetch::lock(&archive) {
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
        let done = fetch::all(&sources, &mut store);
        let rows = store.rows().unwrap_or_default();
        let marks = store.marks().unwrap_or_default();
        // Only reports not shown yet are parsed and tagged: the hash of the text decides, before any work.
        let fresh: Vec<Article> = rows
            .into_iter()
            .filter(|r| {
                !known.contains(&crate::corpus::content_hash(
                    &crate::corpus::parse::normalize(&r.loaded.text),
                ))
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
