//! Reading sources, analysing them in workers, storing them in the archive and streaming the analysed
//! articles to whoever asks (the reader's background load, `R`'s fetch, `sitrep fetch`).

pub mod fetch;

use crate::corpus::load::FileInput;
use crate::corpus::{analyse_batch, from_cache, par_map, Article, Filled, Loaded, Problem, Unread};
use std::path::PathBuf;
use std::sync::mpsc;

/// Articles analysed per message of a background load: small enough for the reader to show the first
/// ones at once, large enough that sorting after each costs little.
const BATCH: usize = 256;
/// The largest batch of a background load.
const MAX_BATCH: usize = 16_384;
/// The largest batch of facts read behind the list: the reader refreshes its regions and list after
/// each, so a few thousand keep it live without costing much.
const FACTS_BATCH: usize = 4_096;

/// What a background load tells the reader, in this order: the inputs' problems and the number of
/// reports found, then batches of articles, then (when the articles came with their facts pending) batches
/// of their facts, then `Done`.
#[derive(Debug)]
pub enum LoadEvent {
    Found {
        reports: usize,
        problems: Vec<Problem>,
    },
    /// Articles for the list: analysed, or with their facts pending (`Article::pending`) when the load
    /// reads them behind the list.
    Articles(Vec<Article>),
    /// The facts and regions of pending articles sent before (`Corpus::fill`).
    Facts(Vec<Filled>),
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
    let (mut early, mut files) = match inputs {
        Inputs::Seeds => (crate::corpus::seed_texts(), Vec::new()),
        Inputs::Paths(paths) => {
            let found = crate::corpus::load::find_inputs(&paths);
            problems.extend(found.problems);
            (found.loaded, found.files)
        }
        Inputs::Archive(_) => {
            stream_archive(archive.as_mut(), problems, &mut grow, &mark, tx);
            return;
        }
    };
    // A few files are read first: a few reports are analysed whole, which takes no longer than listing
    // them, so the list never shows their facts pending (a feed of thousands is listed first).
    if early.len() + files.len() <= BATCH {
        let (read, found) = crate::corpus::load::read_files(std::mem::take(&mut files));
        early.extend(read);
        problems.extend(found);
        if early.len() <= BATCH {
            analysed_whole(early, problems, &mark, tx);
            return;
        }
    }
    // As many reports as files until they are read (a feed holds many): the count is sent again then.
    let found = LoadEvent::Found {
        reports: early.len() + files.len(),
        problems,
    };
    if tx.send(found).is_err() {
        return;
    }
    let Some(unread) = list_first(early, files, &mut grow, &mark, tx) else {
        return;
    };
    read_facts_behind(unread, tx);
}

/// A few reports (one batch), analysed whole before they are listed.
fn analysed_whole(
    loaded: Vec<Loaded>,
    problems: Vec<Problem>,
    mark: &dyn Fn(Vec<Article>) -> Vec<Article>,
    tx: &mpsc::Sender<LoadEvent>,
) {
    let found = LoadEvent::Found {
        reports: loaded.len(),
        problems,
    };
    if tx.send(found).is_ok()
        && tx
            .send(LoadEvent::Articles(mark(analyse_batch(loaded))))
            .is_ok()
    {
        let _ = tx.send(LoadEvent::Done);
    }
}

/// A report listed, and what its facts are read from.
fn listed(loaded: Loaded) -> (Article, Unread) {
    let article = crate::corpus::listed(loaded);
    let text = Unread::of(&article);
    (article, text)
}

/// Lists each report as soon as it is read, dated and titled: the texts already read (`early`), then the
/// files, read and listed a batch at a time on every core; then sends the number of reports and the
/// problems met reading the files. Returns what the facts are read from; `None` when the reader is gone.
fn list_first(
    early: Vec<Loaded>,
    files: Vec<FileInput>,
    grow: &mut dyn FnMut() -> usize,
    mark: &dyn Fn(Vec<Article>) -> Vec<Article>,
    tx: &mpsc::Sender<LoadEvent>,
) -> Option<Vec<Unread>> {
    let (mut unread, mut problems) = (Vec::new(), Vec::new());
    let mut early = early.into_iter().peekable();
    let mut files = files.into_iter().peekable();
    loop {
        let size = grow();
        let batch: Vec<(Article, Unread)> = if early.peek().is_some() {
            par_map(early.by_ref().take(size).collect(), listed)
        } else if files.peek().is_some() {
            let read = par_map(files.by_ref().take(size).collect(), |file| {
                crate::corpus::load::read_found(&file)
                    .map(|(items, warnings)| (items.into_iter().map(listed).collect(), warnings))
            });
            let mut batch = Vec::new();
            for r in read {
                match r {
                    Ok((items, warnings)) => {
                        batch.extend::<Vec<_>>(items);
                        problems.extend(warnings);
                    }
                    Err(problem) => problems.push(problem),
                }
            }
            batch
        } else {
            break;
        };
        let (articles, texts): (Vec<Article>, Vec<Unread>) = batch.into_iter().unzip();
        unread.extend(texts);
        tx.send(LoadEvent::Articles(mark(articles))).ok()?;
    }
    let found = LoadEvent::Found {
        reports: unread.len(),
        problems,
    };
    tx.send(found).ok()?;
    Some(unread)
}

/// Reads the facts of the listed reports, the top of the list first, and sends them in batches; `Done`
/// at the end.
fn read_facts_behind(mut unread: Vec<Unread>, tx: &mpsc::Sender<LoadEvent>) {
    Unread::in_list_order(&mut unread);
    let mut batch = BATCH;
    let mut rest = unread.into_iter().peekable();
    while rest.peek().is_some() {
        let next: Vec<Unread> = rest.by_ref().take(batch).collect();
        batch = (batch * 2).min(FACTS_BATCH);
        if tx
            .send(LoadEvent::Facts(par_map(next, Unread::read_facts)))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;

    /// A report with figures, places and a date, different for every `i`.
    fn report(i: usize) -> String {
        let places = ["Kharkiv", "Odesa", "Sumy", "Dnipro", "Kherson"];
        let (p, q) = (places[i % 5], places[(i / 5) % 5]);
        format!(
            "Night attack {i} on {p}\n\nRussia launched {} Shahed drones at {p} overnight on March {}, 2025; \
             air defence shot down {} of them over {p} and {q}. {} people were injured in {q}.\n",
            10 + i % 40,
            1 + i % 28,
            5 + i % 5,
            i % 4
        )
    }

    #[test]
    fn a_folder_is_listed_first_and_its_facts_come_behind_as_analysed() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..700 {
            std::fs::write(dir.path().join(format!("{i:04}.txt")), report(i)).unwrap();
        }
        // Two files with one text: one report with two sources, filled once.
        std::fs::write(dir.path().join("copy.txt"), report(3)).unwrap();
        let inputs = Inputs::Paths(vec![dir.path().to_path_buf()]);
        let events: Vec<LoadEvent> = load_in_background(inputs, None).iter().collect();
        let order: String = events
            .iter()
            .map(|e| match e {
                LoadEvent::Found { .. } => 'F',
                LoadEvent::Articles(_) => 'A',
                LoadEvent::Facts(_) => 'f',
                LoadEvent::Note(_) => 'n',
                LoadEvent::Done => 'D',
            })
            .collect();
        // Every report listed before any fact is read, in more than one batch of each.
        assert!(
            order.starts_with("FAA") && order.ends_with("ffD"),
            "{order}"
        );
        // Found (as many as files), the batches, Found again (the reports the files held), the facts.
        let facts_from = order.find('f').expect("facts sent");
        assert!(
            order[1..facts_from - 1].chars().all(|c| c == 'A'),
            "{order}"
        );
        assert_eq!(&order[facts_from - 1..facts_from], "F", "{order}");
        assert!(!order[facts_from..].contains('A'), "{order}");
        let mut corpus = Corpus::default();
        for event in events {
            match event {
                LoadEvent::Articles(batch) => {
                    // Listed with their facts pending, never with a count that is not one.
                    assert!(batch
                        .iter()
                        .all(|a| a.pending && a.facts.is_empty() && a.regions.is_empty()));
                    corpus.add(batch);
                }
                LoadEvent::Facts(filled) => {
                    corpus.fill(filled);
                }
                _ => {}
            }
        }
        assert_eq!(corpus.pending(), 0);
        // The same articles, facts and regions as analysing each report whole.
        let whole = Corpus::from_paths(&[dir.path().to_path_buf()]);
        assert_eq!(corpus.articles.len(), 700);
        assert_eq!(corpus.articles.len(), whole.articles.len());
        for (a, b) in corpus.articles.iter().zip(&whole.articles) {
            assert_eq!(
                (&a.path, &a.title, &a.hash, &a.source, a.date, &a.blocks),
                (&b.path, &b.title, &b.hash, &b.source, b.date, &b.blocks)
            );
            assert_eq!(
                format!("{:?}", a.facts),
                format!("{:?}", b.facts),
                "{}",
                a.path
            );
            assert_eq!(
                format!("{:?}", a.regions),
                format!("{:?}", b.regions),
                "{}",
                a.path
            );
            assert!(!a.facts.is_empty(), "{}", a.path);
        }
    }
}
