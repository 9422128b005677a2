//! The archive: every report ever fetched, with its source, link, dates, cached facts, read marks and
//! bookmarks, in one SQLite database (rusqlite with SQLite bundled, so nothing needs installing).
//!
//! - A report is keyed by its item identity (`identity`: the container's id, else its link, else a hash of
//!   title, date and source; a file by source and path); its text by a content hash. Nothing is deleted.
//!   An item whose text changed is updated in place; the same text from two sources is one report with
//!   both sources (rows sharing a hash are merged when loaded).
//! - Facts are cached with the extractor's version: unchanged reports are not extracted again; rows of
//!   an older version are extracted when loaded and the cache rewritten.
//! - Read marks and bookmarks belong to a report's row: every text hash a report ever had leads to it,
//!   so a mark made on a version a fetch has since replaced still lands (`marks.rs`). They are kept by
//!   content hash too, so they also hold for `sitrep PATH…`. A mark the archive is too busy to take is
//!   queued in a file beside it and applied on the next open.
//! - WAL mode and a busy timeout let a reader and a `fetch` share the file; every write is a
//!   transaction, so a process killed at any moment leaves a sound database.
//! - The schema version is `PRAGMA user_version`: older databases are migrated, a newer one is refused.

mod marks;
/// The version of the reading that cached facts carry: a hash of everything that decides what a report's
/// facts are (the readers' sources, the assets and the crate's version), computed by `build.rs` at build
/// time, so a change to a rule table or a reader re-analyses the archive without anyone bumping a number.
pub mod reading_version;
mod validators;

pub use marks::Kept;

use crate::corpus::{Article, Loaded, Meta};
use crate::extract::{Fact, ReportDate};
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The schema this sitrep writes.
pub const SCHEMA_VERSION: i64 = 4;
/// The version of the reading (a hash made by `build.rs`, see `reading_version.rs`): cached facts of any
/// other version are extracted again.
pub const EXTRACTOR_VERSION: i64 = reading_version::parse_version(env!("SITREP_READING_VERSION"));

/// Each schema version's statements; version N is `MIGRATIONS[N - 1]`. Each runs in one immediate
/// transaction after the version is read again inside it, and creates with `IF NOT EXISTS`, so two
/// processes opening a new archive at once both succeed.
const MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE IF NOT EXISTS reports (
    id        INTEGER PRIMARY KEY,
    key       TEXT NOT NULL UNIQUE,
    hash      TEXT NOT NULL,
    source    TEXT,
    url       TEXT,
    format    TEXT NOT NULL,
    title     TEXT,
    text      TEXT NOT NULL,
    published TEXT,
    fetched   TEXT NOT NULL,
    updated   TEXT NOT NULL,
    extractor INTEGER NOT NULL DEFAULT 0,
    facts     TEXT,
    date      TEXT
);
CREATE INDEX IF NOT EXISTS reports_hash ON reports(hash);
CREATE TABLE IF NOT EXISTS marks (
    hash       TEXT PRIMARY KEY,
    read       INTEGER NOT NULL DEFAULT 0,
    bookmarked INTEGER NOT NULL DEFAULT 0
);
CREATE VIRTUAL TABLE IF NOT EXISTS reports_fts USING fts5(title, text, content='reports', content_rowid='id');
CREATE TRIGGER IF NOT EXISTS reports_ai AFTER INSERT ON reports BEGIN
    INSERT INTO reports_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS reports_ad AFTER DELETE ON reports BEGIN
    INSERT INTO reports_fts(reports_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER IF NOT EXISTS reports_au AFTER UPDATE OF title, text ON reports BEGIN
    INSERT INTO reports_fts(reports_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO reports_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
"#,
    // Version 2: marks belong to a report (its row), not to one version of its text; every text a
    // report ever had is remembered, so a mark made on an older version still finds the report.
    r#"
ALTER TABLE reports ADD COLUMN guid TEXT;
CREATE TABLE IF NOT EXISTS versions (
    hash   TEXT NOT NULL,
    report INTEGER NOT NULL,
    PRIMARY KEY (hash, report)
);
INSERT OR IGNORE INTO versions(hash, report) SELECT hash, id FROM reports;
CREATE TABLE IF NOT EXISTS report_marks (
    report     INTEGER PRIMARY KEY,
    read       INTEGER NOT NULL DEFAULT 0,
    bookmarked INTEGER NOT NULL DEFAULT 0
);
INSERT OR IGNORE INTO report_marks(report, read, bookmarked)
    SELECT reports.id, marks.read, marks.bookmarked FROM reports JOIN marks ON marks.hash = reports.hash;
"#,
    // Version 3: each fetched URL's validators (`ETag`, `Last-Modified`), sent back on the next fetch.
    r#"
CREATE TABLE IF NOT EXISTS validators (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT
);
"#,
    // Version 4: the full-text index folds ё to е (unicode61 does not), as `fts_query` does, so "еще" finds
    // "ещё" and back. The triggers index the folded text (and delete it folded), and the index is rebuilt.
    r#"
DROP TRIGGER IF EXISTS reports_ai;
DROP TRIGGER IF EXISTS reports_ad;
DROP TRIGGER IF EXISTS reports_au;
CREATE TRIGGER reports_ai AFTER INSERT ON reports BEGIN
    INSERT INTO reports_fts(rowid, title, text) VALUES (new.id,
        replace(replace(new.title, 'ё', 'е'), 'Ё', 'Е'), replace(replace(new.text, 'ё', 'е'), 'Ё', 'Е'));
END;
CREATE TRIGGER reports_ad AFTER DELETE ON reports BEGIN
    INSERT INTO reports_fts(reports_fts, rowid, title, text) VALUES ('delete', old.id,
        replace(replace(old.title, 'ё', 'е'), 'Ё', 'Е'), replace(replace(old.text, 'ё', 'е'), 'Ё', 'Е'));
END;
CREATE TRIGGER reports_au AFTER UPDATE OF title, text ON reports BEGIN
    INSERT INTO reports_fts(reports_fts, rowid, title, text) VALUES ('delete', old.id,
        replace(replace(old.title, 'ё', 'е'), 'Ё', 'Е'), replace(replace(old.text, 'ё', 'е'), 'Ё', 'Е'));
    INSERT INTO reports_fts(rowid, title, text) VALUES (new.id,
        replace(replace(new.title, 'ё', 'е'), 'Ё', 'Е'), replace(replace(new.text, 'ё', 'е'), 'Ё', 'Е'));
END;
INSERT INTO reports_fts(reports_fts) VALUES ('delete-all');
INSERT INTO reports_fts(rowid, title, text)
    SELECT id, replace(replace(title, 'ё', 'е'), 'Ё', 'Е'), replace(replace(text, 'ё', 'е'), 'Ё', 'Е')
    FROM reports;
"#,
];

/// An open archive.
pub struct Archive {
    conn: Connection,
    path: PathBuf,
    /// Rows the last read had to leave out (a value of the wrong type in them).
    unreadable: std::cell::Cell<usize>,
}

/// What storing one source's items did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stored {
    pub new: usize,
    pub updated: usize,
    pub unchanged: usize,
}

/// A report read back from the archive: its text as loaded, and its facts when the cache is current.
pub struct Row {
    pub loaded: Loaded,
    pub cached: Option<(Option<ReportDate>, Vec<Fact>)>,
}

/// Where the archive lives when `--archive` is not given.
pub fn default_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_DATA_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(dirs::data_dir)?;
    Some(base.join("sitrep").join("archive.db"))
}

pub use crate::corpus::content_hash;

/// A search as FTS5 reads it without syntax errors: "phrases" kept (an unclosed one closed), `word*`
/// and `OR` kept, and every other word that FTS5 would take as an operator (`AND`, `NOT`, `NEAR`) or
/// cannot read bare (`Kharkiv-based`, `9:00`) quoted as a phrase of its own; ё folded to е, as in the index.
pub fn fts_query(query: &str) -> String {
    // The index folds ё to е (schema version 4): so does the query.
    let folded = query.replace('ё', "е").replace('Ё', "Е");
    let mut out: Vec<String> = Vec::new();
    let mut rest = folded.trim();
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('"') {
            let end = after.find('"').unwrap_or(after.len());
            out.push(format!("\"{}\"", &after[..end]));
            rest = after.get(end + 1..).unwrap_or("").trim_start();
            continue;
        }
        let end = rest
            .find(|c: char| c.is_whitespace() || c == '"')
            .unwrap_or(rest.len());
        let word = &rest[..end];
        rest = rest[end..].trim_start();
        let bare = word.strip_suffix('*').unwrap_or(word);
        let plain = !bare.is_empty()
            && bare
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || !c.is_ascii());
        if word == "OR" || plain && !matches!(bare, "AND" | "NOT" | "NEAR") {
            out.push(word.to_string());
        } else {
            out.push(format!("\"{}\"", word.replace('"', "")));
        }
    }
    out.join(" ")
}

/// Formats whose file holds many items: an item's path there is only its position.
const CONTAINERS: &[&str] = &["rss", "atom", "json feed", "telegram", "json"];

/// The key a report is stored under: the container's id for it (scoped to the source), else its link
/// (with a hash of title, date and source when several items of one read share that link), else, for
/// an item of a feed or export, that hash; else the source and path of the file it was read from.
pub fn identity(name: &str, a: &Article, shared: &std::collections::HashSet<&str>) -> String {
    let item = || {
        let fields = format!(
            "{}\u{1f}{}\u{1f}{}",
            a.title,
            a.published.as_deref().unwrap_or(""),
            a.source.as_deref().unwrap_or(name)
        );
        content_hash(&fields)[..16].to_string()
    };
    match (&a.guid, &a.url) {
        (Some(guid), _) => format!("{name}#id:{guid}"),
        (None, Some(url)) if shared.contains(url.as_str()) => format!("{url}#item:{}", item()),
        (None, Some(url)) => url.clone(),
        (None, None) if CONTAINERS.contains(&a.format.as_str()) => {
            format!("{name}#item:{}", item())
        }
        (None, None) => format!("{name}#{}", a.path),
    }
}

/// Links that more than one item without an id shares in one read.
fn shared_links(items: &[Article]) -> std::collections::HashSet<&str> {
    let mut seen = std::collections::HashSet::new();
    let mut shared = std::collections::HashSet::new();
    for url in items
        .iter()
        .filter(|a| a.guid.is_none())
        .filter_map(|a| a.url.as_deref())
    {
        if !seen.insert(url) {
            shared.insert(url);
        }
    }
    shared
}

/// The row (id, text hash) stored under `key`; else the row an older sitrep stored the same item
/// under, its link, which the caller then re-keys.
fn existing(
    tx: &rusqlite::Transaction,
    key: &str,
    a: &Article,
) -> rusqlite::Result<Option<(i64, String)>> {
    let by = |sql: &str, key: &str| {
        tx.query_row(sql, [key], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()
    };
    let found = by("SELECT id, hash FROM reports WHERE key = ?1", key)?;
    let (None, Some(url)) = (&found, &a.url) else {
        return Ok(found);
    };
    let legacy = by(
        "SELECT id, hash FROM reports WHERE key = ?1 AND guid IS NULL AND url = ?1",
        url,
    )?;
    if let Some((id, _)) = &legacy {
        tx.execute(
            "UPDATE reports SET key = ?1, guid = ?2 WHERE id = ?3",
            params![key, a.guid, id],
        )?;
    }
    Ok(legacy)
}

impl Archive {
    /// Opens (creating it and its folder if needed) and migrates the archive at `path`.
    pub fn open(path: &Path) -> Result<Archive, String> {
        let shown = path.display();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("{shown}: cannot create folder ({e})"))?;
        }
        let conn = Connection::open(path).map_err(|e| format!("{shown}: cannot open ({e})"))?;
        conn.busy_timeout(Duration::from_secs(5))
            .map_err(|e| format!("{shown}: {e}"))?;
        let fail = |e: rusqlite::Error| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::NotADatabase) => {
                format!("{shown}: not a sitrep archive (the file is not an SQLite database)")
            }
            _ => format!("{shown}: {e}"),
        };
        // The version is read before anything is written: a newer file is left exactly as it was.
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(fail)?;
        if version > SCHEMA_VERSION {
            return Err(format!(
                "{shown}: written by a newer sitrep (schema {version}, this one knows {SCHEMA_VERSION}); \
                 left untouched"
            ));
        }
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(fail)?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(fail)?;
        let mut archive = Archive {
            conn,
            path: path.to_path_buf(),
            unreadable: std::cell::Cell::new(0),
        };
        archive.migrate(version).map_err(fail)?;
        archive.apply_queued();
        Ok(archive)
    }

    /// Brings the schema to `SCHEMA_VERSION`, one version per transaction. The version is read again
    /// inside each write transaction: another process may have migrated meanwhile.
    fn migrate(&mut self, from: i64) -> rusqlite::Result<()> {
        if from >= SCHEMA_VERSION {
            return Ok(());
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(from as usize) {
            let tx = self
                .conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let now: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
            if now <= i as i64 {
                tx.execute_batch(sql)?;
                tx.pragma_update(None, "user_version", (i + 1) as i64)?;
            }
            tx.commit()?;
        }
        Ok(())
    }

    /// How long a statement waits for another process's write before it fails; the reader waits
    /// briefly so a mark key never freezes the screen (a mark that cannot be written is queued).
    pub fn set_busy_timeout(&self, wait: Duration) {
        let _ = self.conn.busy_timeout(wait);
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// How many reports the archive holds, or what is wrong with it (a damaged file fails here).
    pub fn checked_count(&self) -> Result<usize, String> {
        self.conn
            .query_row("SELECT count(*) FROM reports", [], |r| r.get::<_, i64>(0))
            .map(|n| n as usize)
            .map_err(|e| format!("{}: the archive cannot be read ({e})", self.path.display()))
    }

    /// Rows the last `rows`/`rows_paged` left out because a value in them had the wrong type.
    pub fn unreadable_rows(&self) -> usize {
        self.unreadable.get()
    }

    /// How many reports the archive holds (0 when it cannot say).
    pub fn count(&self) -> usize {
        self.conn
            .query_row("SELECT count(*) FROM reports", [], |r| r.get::<_, i64>(0))
            .map_or(0, |n| n as usize)
    }

    /// Stores one source's analysed items in one transaction: new items inserted, changed ones updated,
    /// unchanged ones left as they are; nothing is ever deleted, so an item that left its feed stays.
    /// `name` is the source's label, used in keys and as the source of items that name none. Each item
    /// is keyed by `identity`; marks stay with the report's row whatever its text becomes.
    pub fn store(&mut self, name: &str, items: &[Article]) -> Result<Stored, String> {
        let now = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
        let fail = |e: rusqlite::Error| format!("{}: {e}", self.path.display());
        let shared = shared_links(items);
        let tx = self.conn.transaction().map_err(fail)?;
        let mut stored = Stored::default();
        // Two items of one read under one key (a retitled article listed twice with one guid) would
        // overwrite each other on every fetch: the first listed, the feed's newest, is the report.
        let mut seen = std::collections::HashSet::new();
        for a in items {
            let key = identity(name, a, &shared);
            if !seen.insert(key.clone()) {
                continue;
            }
            let old = existing(&tx, &key, a).map_err(fail)?;
            let facts = serde_json::to_string(&a.facts).map_err(|e| e.to_string())?;
            let date = a.date.and_then(|d| serde_json::to_string(&d).ok());
            let source = a.source.clone().unwrap_or_else(|| name.to_string());
            let id = match old {
                Some((_, h)) if h == a.hash => {
                    stored.unchanged += 1;
                    continue;
                }
                Some((id, _)) => {
                    tx.execute(
                        "UPDATE reports SET key = ?1, hash = ?2, source = ?3, url = ?4, format = ?5, \
                         title = ?6, text = ?7, published = ?8, updated = ?9, extractor = ?10, facts = ?11, \
                         date = ?12, guid = ?13 WHERE id = ?14",
                        params![
                            key, a.hash, source, a.url, a.format, a.title, a.body, a.published,
                            now, EXTRACTOR_VERSION, facts, date, a.guid, id
                        ],
                    )
                    .map_err(fail)?;
                    stored.updated += 1;
                    id
                }
                None => {
                    tx.execute(
                        "INSERT INTO reports(key, hash, source, url, format, title, text, published, \
                         fetched, updated, extractor, facts, date, guid) \
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10, ?11, ?12, ?13)",
                        params![
                            key, a.hash, source, a.url, a.format, a.title, a.body, a.published,
                            now, EXTRACTOR_VERSION, facts, date, a.guid
                        ],
                    )
                    .map_err(fail)?;
                    stored.new += 1;
                    tx.last_insert_rowid()
                }
            };
            tx.execute(
                "INSERT OR IGNORE INTO versions(hash, report) VALUES (?1, ?2)",
                params![a.hash, id],
            )
            .map_err(fail)?;
        }
        tx.commit().map_err(fail)?;
        Ok(stored)
    }

    /// Every report, one per distinct text (sources of the same text joined), with cached facts where
    /// the extractor's version matches.
    pub fn rows(&self) -> Result<Vec<Row>, String> {
        let mut out = Vec::new();
        self.rows_paged(&mut || usize::MAX, &mut |page| {
            out.extend(page);
            true
        })?;
        Ok(out)
    }

    /// `rows` a page at a time (each page as long as `page_size` says then), oldest first, so a reader
    /// can show the first before the last is read; `each` returns false to stop. The same text stored again later from another source joins its
    /// first row's sources when both are in one page, and is left out otherwise.
    pub fn rows_paged(
        &self,
        page_size: &mut dyn FnMut() -> usize,
        each: &mut dyn FnMut(Vec<Row>) -> bool,
    ) -> Result<(), String> {
        let fail = |e: rusqlite::Error| format!("{}: {e}", self.path.display());
        let mut stmt = self
            .conn
            .prepare(
                "SELECT key, hash, source, url, format, title, text, published, extractor, facts, date, \
                 guid, fetched FROM reports ORDER BY id",
            )
            .map_err(fail)?;
        // Where each text went, counted over all pages; `sent` rows were handed on already.
        let mut by_hash: HashMap<String, usize> = HashMap::new();
        let mut sent = 0usize;
        let mut out: Vec<Row> = Vec::new();
        let mut page = page_size();
        let rows = stmt.query_map([], StoredRow::read).map_err(fail)?;
        self.unreadable.set(0);
        for row in rows {
            // A row with a value of the wrong type (a BLOB for text) is left out and counted; the
            // rest are read. Any other error ends the read.
            let stored = match row {
                Ok(stored) => stored,
                Err(
                    rusqlite::Error::InvalidColumnType(..)
                    | rusqlite::Error::FromSqlConversionFailure(..),
                ) => {
                    self.unreadable.set(self.unreadable.get() + 1);
                    continue;
                }
                Err(e) => return Err(fail(e)),
            };
            match by_hash.get(&stored.hash) {
                Some(&i) if i >= sent => {
                    // The same text from another source: one report, both sources.
                    join_source(&mut out[i - sent].loaded.meta, stored.source);
                    continue;
                }
                Some(_) => continue,
                None => {}
            }
            by_hash.insert(stored.hash.clone(), sent + out.len());
            out.push(stored.into_row());
            if out.len() >= page {
                sent += out.len();
                page = page_size();
                if !each(std::mem::take(&mut out)) {
                    return Ok(());
                }
            }
        }
        if !out.is_empty() {
            each(out);
        }
        Ok(())
    }

    /// Writes the facts of reports that were extracted again (a new extractor version) back to the cache.
    pub fn recache(&mut self, articles: &[Article]) -> Result<(), String> {
        let fail = |e: rusqlite::Error| format!("{}: {e}", self.path.display());
        let tx = self.conn.transaction().map_err(fail)?;
        for a in articles {
            let facts = serde_json::to_string(&a.facts).map_err(|e| e.to_string())?;
            let date = a.date.and_then(|d| serde_json::to_string(&d).ok());
            tx.execute(
                "UPDATE reports SET extractor = ?2, facts = ?3, date = ?4 WHERE hash = ?1",
                params![a.hash, EXTRACTOR_VERSION, facts, date],
            )
            .map_err(fail)?;
        }
        tx.commit().map_err(fail)
    }

    /// Content hashes of the reports matching an FTS5 query (words, "phrases", prefix*), best first.
    pub fn search(&self, query: &str) -> Result<Vec<String>, String> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT reports.hash FROM reports_fts JOIN reports ON reports.id = reports_fts.rowid \
                 WHERE reports_fts MATCH ?1 ORDER BY rank",
            )
            .map_err(|e| e.to_string())?;
        let rows = stmt
            .query_map([fts_query(query)], |r| r.get::<_, String>(0))
            .map_err(|e| format!("bad search: {e}"))?;
        rows.collect::<Result<_, _>>()
            .map_err(|e| format!("bad search: {e}"))
    }

    /// `PRAGMA integrity_check`: "ok" for a sound file.
    pub fn integrity(&self) -> String {
        self.conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap_or_else(|e| e.to_string())
    }
}

/// One stored report as the `rows_paged` query reads it, in its column order.
struct StoredRow {
    key: String,
    hash: String,
    source: Option<String>,
    url: Option<String>,
    format: String,
    title: Option<String>,
    text: String,
    published: Option<String>,
    extractor: i64,
    facts: Option<String>,
    date: Option<String>,
    guid: Option<String>,
    fetched: Option<String>,
}

impl StoredRow {
    fn read(r: &rusqlite::Row) -> rusqlite::Result<StoredRow> {
        Ok(StoredRow {
            key: r.get(0)?,
            hash: r.get(1)?,
            source: r.get(2)?,
            url: r.get(3)?,
            format: r.get(4)?,
            title: r.get(5)?,
            text: r.get(6)?,
            published: r.get(7)?,
            extractor: r.get(8)?,
            facts: r.get(9)?,
            date: r.get(10)?,
            guid: r.get(11)?,
            fetched: r.get(12)?,
        })
    }

    /// The report, with its cached facts when the extractor's version matches.
    fn into_row(self) -> Row {
        let cached = (self.extractor == EXTRACTOR_VERSION)
            .then(|| {
                let facts: Vec<Fact> = serde_json::from_str(self.facts.as_deref()?).ok()?;
                let date: Option<ReportDate> = self
                    .date
                    .as_deref()
                    .and_then(|d| serde_json::from_str(d).ok());
                Some((date, facts))
            })
            .flatten();
        Row {
            loaded: Loaded {
                path: self.url.clone().unwrap_or(self.key),
                text: self.text,
                meta: Meta {
                    source: self.source,
                    url: self.url,
                    format: self.format,
                    title: self.title,
                    date: self.published.and_then(|p| p.parse().ok()),
                    guid: self.guid,
                    // "2026-12-05T07:51:37Z"
                    fetched: self.fetched.as_deref().and_then(fetch_time),
                },
            },
            cached,
        }
    }
}

/// A stored fetch time ("2026-12-05T07:51:37Z", or a day alone) as UTC.
fn fetch_time(stored: &str) -> Option<chrono::NaiveDateTime> {
    let stored = stored.trim_end_matches('Z');
    chrono::NaiveDateTime::parse_from_str(stored, "%Y-%m-%dT%H:%M:%S%.f")
        .ok()
        .or_else(|| {
            let day: chrono::NaiveDate = stored.get(..10)?.parse().ok()?;
            day.and_hms_opt(0, 0, 0)
        })
}

/// Adds `source` to a report's sources ("a, b") unless it is the one already there.
fn join_source(meta: &mut Meta, source: Option<String>) {
    if let Some(s) = source.filter(|s| meta.source.as_deref() != Some(s.as_str())) {
        meta.source = Some(match meta.source.take() {
            Some(first) => format!("{first}, {s}"),
            None => s,
        });
    }
}
