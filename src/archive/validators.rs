//! Each fetched URL's validators (`ETag`, `Last-Modified`), kept so that the next fetch asks "changed
//! since?" and a server can answer 304 with nothing to download.

use super::Archive;
use crate::corpus::fetch::Validators;
use rusqlite::{params, OptionalExtension};

impl Archive {
    /// The validators kept for `url`; empty when none were (the first fetch, or a server that sends none).
    pub fn validators(&self, url: &str) -> Validators {
        self.conn
            .query_row(
                "SELECT etag, last_modified FROM validators WHERE url = ?1",
                params![url],
                |r| {
                    Ok(Validators {
                        etag: r.get(0)?,
                        last_modified: r.get(1)?,
                    })
                },
            )
            .optional()
            .ok()
            .flatten()
            .unwrap_or_default()
    }

    /// Keeps `url`'s validators for the next fetch (none forgets them).
    pub fn keep_validators(&self, url: &str, v: &Validators) -> Result<(), String> {
        let fail = |e: rusqlite::Error| format!("{}: {e}", self.path.display());
        if v.is_empty() {
            self.conn
                .execute("DELETE FROM validators WHERE url = ?1", params![url])
                .map_err(fail)?;
        } else {
            self.conn
                .execute(
                    "INSERT INTO validators(url, etag, last_modified) VALUES (?1, ?2, ?3) \
                     ON CONFLICT(url) DO UPDATE SET etag = ?2, last_modified = ?3",
                    params![url, v.etag, v.last_modified],
                )
                .map_err(fail)?;
        }
        Ok(())
    }
}
