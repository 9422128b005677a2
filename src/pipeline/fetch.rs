//! `sitrep fetch`: every configured source read (a few at once), analysed and stored.

use crate::archive::{Archive, Stored};
use crate::config::Source;
use crate::corpus::fetch::Validators;
use std::sync::mpsc;

/// Sources read at once.
const AT_ONCE: usize = 4;

/// What a fetch did: a line per source, in the config's order, and a total.
#[derive(Debug, Default)]
pub struct Fetch {
    pub lines: Vec<String>,
    pub total: String,
    /// Sources that could not be read.
    pub failed: usize,
}

/// The advisory lock one `sitrep fetch` holds on an archive (a file beside it), released when dropped.
pub struct FetchLock {
    _file: std::fs::File,
}

/// Takes the fetch lock of the archive at `archive`: `Ok(None)` when another fetch holds it.
pub fn lock(archive: &std::path::Path) -> Result<Option<FetchLock>, String> {
    let mut name = archive.as_os_str().to_owned();
    name.push("-fetch-lock");
    let path = std::path::PathBuf::from(name);
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        let _ = std::fs::create_dir_all(dir);
    }
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| format!("{}: cannot take the fetch lock ({e})", path.display()))?;
    match file.try_lock() {
        Ok(()) => Ok(Some(FetchLock { _file: file })),
        Err(std::fs::TryLockError::WouldBlock) => Ok(None),
        Err(std::fs::TryLockError::Error(e)) => Err(format!(
            "{}: cannot take the fetch lock ({e})",
            path.display()
        )),
    }
}

/// What reading one source gave: its reports (with the validators to keep, for a URL), or "not modified".
enum Got {
    Articles(Vec<crate::corpus::Article>, Option<Validators>),
    Unchanged,
}

/// What became of one source.
#[derive(Clone)]
enum Outcome {
    Stored(Stored),
    /// The server answered 304: nothing downloaded, nothing stored.
    NotModified,
}

/// The URL a source is fetched from with a conditional GET: a plain `url` source (not a Telegram channel).
fn conditional_url(source: &Source) -> Option<&str> {
    source
        .url
        .as_deref()
        .filter(|u| source.telegram.is_none() && crate::corpus::fetch::is_url(u))
}

/// Reads every source into `archive`; a failing source is named and the rest are still stored. A URL
/// source sends back the validators kept from its last fetch; a 304 is "unchanged (not modified)".
pub fn all(sources: &[Source], archive: &mut Archive) -> Fetch {
    let (tx, rx) = mpsc::channel();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let known: Vec<Option<Validators>> = sources
        .iter()
        .map(|s| conditional_url(s).map(|u| archive.validators(u)))
        .collect();
    let mut results: Vec<Option<Result<Outcome, String>>> = vec![None; sources.len()];
    std::thread::scope(|scope| {
        for _ in 0..AT_ONCE.min(sources.len()) {
            let tx = tx.clone();
            let (next, known) = (&next, &known);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let Some(source) = sources.get(i) else { return };
                if tx.send((i, got(source, known[i].as_ref()))).is_err() {
                    return;
                }
            });
        }
        drop(tx);
        // One writer: each source's items are stored in one transaction as they arrive.
        for (i, read) in rx {
            let label = sources[i].label();
            results[i] = Some(read.and_then(|got| match got {
                Got::Unchanged => Ok(Outcome::NotModified),
                Got::Articles(articles, validators) => {
                    let stored = archive.store(&label, &articles)?;
                    if let (Some(url), Some(v)) = (conditional_url(&sources[i]), validators) {
                        archive.keep_validators(url, &v)?;
                    }
                    Ok(Outcome::Stored(stored))
                }
            }));
        }
    });
    summary(sources, results, archive)
}

/// Reads one source: its reports named by the source's label, or "not modified", or why it failed.
fn got(source: &Source, known: Option<&Validators>) -> Result<Got, String> {
    let (loaded, problems, validators) = match (conditional_url(source), known) {
        (Some(url), Some(known)) => {
            match crate::corpus::load::read_url_if_changed(url, Default::default(), known) {
                Ok(None) => return Ok(Got::Unchanged),
                Ok(Some(((loaded, problems), v))) => (loaded, problems, Some(v)),
                Err(p) => (Vec::new(), vec![p], None),
            }
        }
        _ => {
            let (loaded, problems) = read(source);
            (loaded, problems, None)
        }
    };
    if loaded.is_empty() {
        return Err(problems.first().map_or("no report in it".to_string(), |p| {
            p.message.trim_start_matches("skipped: ").to_string()
        }));
    }
    let mut articles = crate::corpus::analyse_batch(loaded);
    // A source's configured name is its name everywhere: the list, `source:` and this fetch's lines.
    for a in &mut articles {
        if a.source.is_none() || source.name.is_some() {
            a.source = Some(source.label());
        }
    }
    Ok(Got::Articles(articles, validators))
}

/// A line per source, in the config's order, and the total, naming the sources that failed.
fn summary(
    sources: &[Source],
    results: Vec<Option<Result<Outcome, String>>>,
    archive: &Archive,
) -> Fetch {
    let mut out = Fetch::default();
    let mut sum = Stored::default();
    let (mut not_modified, mut failed) = (0usize, Vec::new());
    for (source, result) in sources.iter().zip(results) {
        let label = source.label();
        match result {
            Some(Ok(Outcome::Stored(s))) => {
                out.lines.push(format!(
                    "{label}: {} new, {} updated, {} unchanged",
                    s.new, s.updated, s.unchanged
                ));
                sum.new += s.new;
                sum.updated += s.updated;
                sum.unchanged += s.unchanged;
            }
            Some(Ok(Outcome::NotModified)) => {
                out.lines.push(format!(
                    "{label}: unchanged (304 not modified, nothing downloaded)"
                ));
                not_modified += 1;
            }
            Some(Err(e)) => {
                out.lines.push(format!("{label}: failed: {e}"));
                failed.push(label);
            }
            None => {
                out.lines.push(format!("{label}: failed: not read"));
                failed.push(label);
            }
        }
    }
    out.failed = failed.len();
    let not_modified = if not_modified > 0 {
        format!(", {not_modified} not modified (304)")
    } else {
        String::new()
    };
    let named = if failed.is_empty() {
        String::new()
    } else {
        format!(" ({})", failed.join(", "))
    };
    out.total = format!(
        "total: {} new, {} updated, {} unchanged{not_modified}, {} of {} sources failed{named}; {} reports in {}",
        sum.new,
        sum.updated,
        sum.unchanged,
        out.failed,
        sources.len(),
        archive.count(),
        archive.path().display()
    );
    out
}

/// A source's reports as read, and what was wrong: a Telegram channel's posts, or what its URL or path holds.
fn read(
    source: &Source,
) -> (
    Vec<crate::corpus::Loaded>,
    Vec<crate::corpus::load::Problem>,
) {
    let Some(channel) = &source.telegram else {
        return crate::corpus::load::read_paths(&[source.input()]);
    };
    let base = source
        .url
        .as_deref()
        .unwrap_or(crate::corpus::channel::DEFAULT_BASE);
    match crate::corpus::channel::fetch_posts(channel, base, source.pages.unwrap_or(1)) {
        Ok(posts) => (posts, Vec::new()),
        Err(message) => (
            Vec::new(),
            vec![crate::corpus::load::Problem {
                path: source.label(),
                message,
                skipped: true,
            }],
        ),
    }
}
