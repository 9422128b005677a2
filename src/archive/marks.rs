//! Read marks and bookmarks: kept per report (its row, whatever its text becomes) and per content hash
//! (for reports read from paths), with a queue file for marks made while another process writes.

use super::Archive;
use rusqlite::{params, ErrorCode};
use std::io::{BufRead, Write};
use std::path::PathBuf;

/// Where a mark went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    /// Written to the archive.
    Stored,
    /// The archive was busy: queued beside it, applied when it is next opened or written.
    Queued,
}

impl Archive {
    /// Read and bookmark marks by content hash: a report's own marks (under every text it ever had,
    /// shown here under its current one) over marks kept by text alone, then queued marks over both.
    pub fn marks(&self) -> Result<crate::corpus::Marks, String> {
        let fail = |e: rusqlite::Error| format!("{}: {e}", self.path.display());
        let mut out = crate::corpus::Marks::new();
        for sql in [
            "SELECT hash, read, bookmarked FROM marks",
            "SELECT reports.hash, report_marks.read, report_marks.bookmarked \
             FROM reports JOIN report_marks ON report_marks.report = reports.id",
        ] {
            let mut stmt = self.conn.prepare(sql).map_err(fail)?;
            let rows = stmt
                .query_map([], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        (r.get::<_, bool>(1)?, r.get::<_, bool>(2)?),
                    ))
                })
                .map_err(fail)?;
            for row in rows {
                let (hash, marks) = row.map_err(fail)?;
                out.insert(hash, marks);
            }
        }
        for (hash, read, bookmarked) in self.queued() {
            let current = self.current_hashes(&hash).unwrap_or_default();
            for h in current.into_iter().chain([hash]) {
                out.insert(h, (read, bookmarked));
            }
        }
        Ok(out)
    }

    /// Keeps a report's read and bookmark marks: under its text's hash, and on every report that ever
    /// had that text. An archive too busy to take it (another process writing past the busy timeout)
    /// gets it queued instead; an error means it could be neither written nor queued.
    pub fn set_marks(&self, hash: &str, read: bool, bookmarked: bool) -> Result<Kept, String> {
        match self.write_marks(hash, read, bookmarked) {
            Ok(()) => {
                self.apply_queued();
                Ok(Kept::Stored)
            }
            Err(e) if is_busy(&e) => {
                self.queue(hash, read, bookmarked)
                    .map_err(|q| format!("{}: {e}; not queued either: {q}", self.path.display()))?;
                Ok(Kept::Queued)
            }
            Err(e) => Err(format!("{}: {e}", self.path.display())),
        }
    }

    fn write_marks(&self, hash: &str, read: bool, bookmarked: bool) -> rusqlite::Result<()> {
        self.conn.execute(
            "INSERT INTO marks(hash, read, bookmarked) VALUES (?1, ?2, ?3) \
             ON CONFLICT(hash) DO UPDATE SET read = ?2, bookmarked = ?3",
            params![hash, read, bookmarked],
        )?;
        self.conn.execute(
            "INSERT INTO report_marks(report, read, bookmarked) \
             SELECT report, ?2, ?3 FROM versions WHERE hash = ?1 \
             ON CONFLICT(report) DO UPDATE SET read = ?2, bookmarked = ?3",
            params![hash, read, bookmarked],
        )?;
        Ok(())
    }

    /// The current text hashes of the reports that ever had the text `hash`.
    fn current_hashes(&self, hash: &str) -> rusqlite::Result<Vec<String>> {
        let mut stmt = self.conn.prepare(
            "SELECT reports.hash FROM versions JOIN reports ON reports.id = versions.report \
             WHERE versions.hash = ?1",
        )?;
        let rows = stmt.query_map([hash], |r| r.get(0))?;
        rows.collect()
    }

    /// The queue file beside the archive.
    fn queue_path(&self) -> PathBuf {
        let mut name = self.path.as_os_str().to_owned();
        name.push("-queued-marks");
        PathBuf::from(name)
    }

    /// Appends a mark to the queue (under the file's lock, so an apply never loses a line).
    fn queue(&self, hash: &str, read: bool, bookmarked: bool) -> std::io::Result<()> {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.queue_path())?;
        file.lock()?;
        let line = format!("{hash}\t{}\t{}\n", u8::from(read), u8::from(bookmarked));
        (&file).write_all(line.as_bytes())?;
        file.sync_data()
    }

    /// The queued marks, oldest first; lines that do not read as marks are left out.
    fn queued(&self) -> Vec<(String, bool, bool)> {
        let Ok(file) = std::fs::File::open(self.queue_path()) else {
            return Vec::new();
        };
        std::io::BufReader::new(file)
            .lines()
            .map_while(Result::ok)
            .filter_map(|line| {
                let mut parts = line.split('\t');
                let hash = parts.next()?.to_string();
                let flag = |p: Option<&str>| match p {
                    Some("1") => Some(true),
                    Some("0") => Some(false),
                    _ => None,
                };
                let (read, bookmarked) = (flag(parts.next())?, flag(parts.next())?);
                (hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
                    .then_some((hash, read, bookmarked))
            })
            .collect()
    }

    /// Writes the queued marks to the archive and empties the queue; a queue that cannot be applied
    /// now (the archive still busy) is left for later.
    pub(super) fn apply_queued(&self) {
        let path = self.queue_path();
        if std::fs::metadata(&path).map_or(true, |m| m.len() == 0) {
            return;
        }
        let Ok(file) = std::fs::OpenOptions::new().write(true).open(&path) else {
            return;
        };
        if file.lock().is_err() {
            return;
        }
        let marks = self.queued();
        let written = (|| -> rusqlite::Result<()> {
            self.conn.execute_batch("BEGIN IMMEDIATE")?;
            for (hash, read, bookmarked) in &marks {
                if let Err(e) = self.write_marks(hash, *read, *bookmarked) {
                    let _ = self.conn.execute_batch("ROLLBACK");
                    return Err(e);
                }
            }
            self.conn.execute_batch("COMMIT")
        })();
        if written.is_ok() {
            let _ = file.set_len(0);
        }
    }
}

/// True for the errors of another process holding the archive's write lock.
fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
    )
}
