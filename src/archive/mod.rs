//! The archive: every report ever fetched, with its source, link, dates, cached facts, read marks and
//! bookmarks, in one SQLite database (rusqlite with SQLite bundled, so nothing needs installing).
//!
//! - A report is keyed by its item identity (its link, else source and path); its text by a content hash.
//!   An item whose text changed is updated in place; the same text from two sources is one report with
//!   both sources (rows sharing a hash are merged when loaded).
//! - Facts are cached with the extractor's version: unchanged reports are not extracted again; rows of
//!   an older version are extracted when loaded and the cache rewritten.
//! - Read marks and bookmarks are kept by content hash, so they also hold for `sitrep PATH…` and move
//!   with a report whose text is updated.
//! - WAL mode and a busy timeout let a reader and a `fetch` share the file; every write is a
//!   transaction, so a process killed at any moment leaves a sound database.
//! - The schema version is `PRAGMA user_version`: older databases are migrated, a newer one is refused.

pub mod fetch;
/// The version of the reading that cached facts carry: a hash of everything that decides what a report's
/// facts are (the readers' sources, the assets and the crate's version), computed by `build.rs` at build
/// time, so a change to a rule table or a reader re-analyses the archive without anyone bumping a number.
pub mod reading_version;

use crate::corpus::{Article, Loaded, Meta};
use crate::extract::{Fact, ReportDate};
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The schema this sitrep writes.
pub const SCHEMA_VERSION: i64 = 1;
/// The version of the reading (a hash made by `build.rs`, see `reading_version.rs`): cached facts of any
/// other version are extracted again.
pub const EXTRACTOR_VERSION: i64 = reading_version::parse_version(env!("SITREP_READING_VERSION"));

/// Each schema version's statements; version N is `MIGRATIONS[N - 1]`.
const MIGRATIONS: &[&str] = &[r#"
CREATE TABLE reports (
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
CREATE INDEX reports_hash ON reports(hash);
CREATE TABLE marks (
    hash       TEXT PRIMARY KEY,
    read       INTEGER NOT NULL DEFAULT 0,
    bookmarked INTEGER NOT NULL DEFAULT 0
);
CREATE VIRTUAL TABLE reports_fts USING fts5(title, text, content='reports', content_rowid='id');
CREATE TRIGGER reports_ai AFTER INSERT ON reports BEGIN
    INSERT INTO reports_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER reports_ad AFTER DELETE ON reports BEGIN
    INSERT INTO reports_fts(reports_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER reports_au AFTER UPDATE OF title, text ON reports BEGIN
    INSERT INTO reports_fts(reports_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO reports_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
"#];

/// An open archive.
pub struct Archive {
    conn: Connection,
    path: PathBuf,
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

/// The content hash a report's marks are kept by: SHA-256 of its text, hex.
pub fn content_hash(text: &str) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
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
        };
        archive.migrate(version).map_err(fail)?;
        Ok(archive)
    }

    fn migrate(&mut self, from: i64) -> rusqlite::Result<()> {
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(from as usize) {
            let tx = self.conn.transaction()?;
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
            tx.commit()?;
        }
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// How many reports the archive holds.
    pub fn count(&self) -> usize {
        self.conn
            .query_row("SELECT count(*) FROM reports", [], |r| r.get::<_, i64>(0))
            .map_or(0, |n| n as usize)
    }

    /// Stores one source's analysed items in one transaction: new items inserted, changed ones updated
    /// (their marks carried to the new text), unchanged ones left as they are. `name` is the source's
    /// label, used in keys and as the source of items that name none.
    pub fn store(&mut self, name: &str, items: &[Article]) -> Result<Stored, String> {
        let now = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
        let fail = |e: rusqlite::Error| format!("{}: {e}", self.path.display());
        let tx = self.conn.transaction().map_err(fail)?;
        let mut stored = Stored::default();
        for a in items {
            let key = a
                .url
                .clone()
                .unwrap_or_else(|| format!("{name}#{}", a.path));
            let old: Option<String> = tx
                .query_row("SELECT hash FROM reports WHERE key = ?1", [&key], |r| {
                    r.get(0)
                })
                .optional()
                .map_err(fail)?;
            let facts = serde_json::to_string(&a.facts).map_err(|e| e.to_string())?;
            let date = a.date.and_then(|d| serde_json::to_string(&d).ok());
            let source = a.source.clone().unwrap_or_else(|| name.to_string());
            match old {
                Some(h) if h == a.hash => stored.unchanged += 1,
                Some(h) => {
                    tx.execute(
                        "UPDATE reports SET hash = ?2, source = ?3, url = ?4, format = ?5, title = ?6, \
                         text = ?7, published = ?8, updated = ?9, extractor = ?10, facts = ?11, date = ?12 \
                         WHERE key = ?1",
                        params![
                            key, a.hash, source, a.url, a.format, a.title, a.body, a.published,
                            now, EXTRACTOR_VERSION, facts, date
                        ],
                    )
                    .map_err(fail)?;
                    tx.execute(
                        "INSERT OR IGNORE INTO marks(hash, read, bookmarked) \
                         SELECT ?2, read, bookmarked FROM marks WHERE hash = ?1",
                        params![h, a.hash],
                    )
                    .map_err(fail)?;
                    stored.updated += 1;
                }
                None => {
                    tx.execute(
                        "INSERT INTO reports(key, hash, source, url, format, title, text, published, \
                         fetched, updated, extractor, facts, date) \
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10, ?11, ?12)",
                        params![
                            key, a.hash, source, a.url, a.format, a.title, a.body, a.published,
                            now, EXTRACTOR_VERSION, facts, date
                        ],
                    )
                    .map_err(fail)?;
                    stored.new += 1;
                }
            }
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
                "SELECT key, hash, source, url, format, title, text, published, extractor, facts, date \
                 FROM reports ORDER BY id",
            )
            .map_err(fail)?;
        // Where each text went, counted over all pages; `sent` rows were handed on already.
        let mut by_hash: HashMap<String, usize> = HashMap::new();
        let mut sent = 0usize;
        let mut out: Vec<Row> = Vec::new();
        let mut page = page_size();
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, String>(6)?,
                    r.get::<_, Option<String>>(7)?,
                    r.get::<_, i64>(8)?,
                    r.get::<_, Option<String>>(9)?,
                    r.get::<_, Option<String>>(10)?,
                ))
            })
            .map_err(fail)?;
        for row in rows {
            let (key, hash, source, url, format, title, text, published, extractor, facts, date) =
                row.map_err(fail)?;
            match by_hash.get(&hash) {
                Some(&i) if i >= sent => {
                    // The same text from another source: one report, both sources.
                    let meta = &mut out[i - sent].loaded.meta;
                    if let Some(s) = source.filter(|s| meta.source.as_deref() != Some(s.as_str())) {
                        meta.source = Some(match meta.source.take() {
                            Some(first) => format!("{first}, {s}"),
                            None => s,
                        });
                    }
                    continue;
                }
                Some(_) => continue,
                None => {}
            }
            let cached = (extractor == EXTRACTOR_VERSION)
                .then(|| {
                    let facts: Vec<Fact> = serde_json::from_str(facts.as_deref()?).ok()?;
                    let date: Option<ReportDate> =
                        date.as_deref().and_then(|d| serde_json::from_str(d).ok());
                    Some((date, facts))
                })
                .flatten();
            by_hash.insert(hash, sent + out.len());
            out.push(Row {
                loaded: Loaded {
                    path: url.clone().unwrap_or(key),
                    text,
                    meta: Meta {
                        source,
                        url,
                        format,
                        title,
                        date: published.and_then(|p| p.parse().ok()),
                    },
                },
                cached,
            });
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

    /// Read and bookmark marks by content hash.
    pub fn marks(&self) -> Result<crate::corpus::Marks, String> {
        let fail = |e: rusqlite::Error| format!("{}: {e}", self.path.display());
        let mut stmt = self
            .conn
            .prepare("SELECT hash, read, bookmarked FROM marks")
            .map_err(fail)?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    (r.get::<_, bool>(1)?, r.get::<_, bool>(2)?),
                ))
            })
            .map_err(fail)?;
        rows.collect::<Result<_, _>>().map_err(fail)
    }

    /// Keeps a report's read and bookmark marks.
    pub fn set_marks(&self, hash: &str, read: bool, bookmarked: bool) -> Result<(), String> {
        self.conn
            .execute(
                "INSERT INTO marks(hash, read, bookmarked) VALUES (?1, ?2, ?3) \
                 ON CONFLICT(hash) DO UPDATE SET read = ?2, bookmarked = ?3",
                params![hash, read, bookmarked],
            )
            .map(|_| ())
            .map_err(|e| format!("{}: {e}", self.path.display()))
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
            .query_map([query], |r| r.get::<_, String>(0))
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
