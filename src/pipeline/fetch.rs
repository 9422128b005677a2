//! `sitrep fetch`: every configured source read (a few at once), analysed and stored.

use crate::archive::{Archive, Stored};
use crate::config::Source;
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

/// Reads every source into `archive`; a failing source is named and the rest are still stored.
pub fn all(sources: &[Source], archive: &mut Archive) -> Fetch {
    let (tx, rx) = mpsc::channel();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<Option<Result<Stored, String>>> = vec![None; sources.len()];
    std::thread::scope(|scope| {
        for _ in 0..AT_ONCE.min(sources.len()) {
            let tx = tx.clone();
            let next = &next;
            scope.spawn(move || loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let Some(source) = sources.get(i) else { return };
                let (loaded, problems) = read(source);
                let read = if loaded.is_empty() {
                    Err(problems.first().map_or("no report in it".to_string(), |p| {
                        p.message.trim_start_matches("skipped: ").to_string()
                    }))
                } else {
                    let mut articles = crate::corpus::analyse_batch(loaded);
                    for a in &mut articles {
                        if a.source.is_none() || source.name.is_some() && a.format == "text" {
                            a.source = Some(source.label());
                        }
                    }
                    Ok(articles)
                };
                if tx.send((i, read)).is_err() {
                    return;
                }
            });
        }
        drop(tx);
        // One writer: each source's items are stored in one transaction as they arrive.
        for (i, read) in rx {
            let label = sources[i].label();
            results[i] = Some(read.and_then(|articles| archive.store(&label, &articles)));
        }
    });
    let mut out = Fetch::default();
    let mut sum = Stored::default();
    for (source, result) in sources.iter().zip(results) {
        let label = source.label();
        match result {
            Some(Ok(s)) => {
                out.lines.push(format!(
                    "{label}: {} new, {} updated, {} unchanged",
                    s.new, s.updated, s.unchanged
                ));
                sum.new += s.new;
                sum.updated += s.updated;
                sum.unchanged += s.unchanged;
            }
            Some(Err(e)) => {
                out.lines.push(format!("{label}: failed: {e}"));
                out.failed += 1;
            }
            None => {
                out.lines.push(format!("{label}: failed: not read"));
                out.failed += 1;
            }
        }
    }
    out.total = format!(
        "total: {} new, {} updated, {} unchanged, {} of {} sources failed; {} reports in {}",
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
