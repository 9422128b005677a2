//! Report formats: how the bytes of one input become reports with their title, date, source and link.
//!
//! The format comes from the file's extension, else from a server's content type, else from the first
//! bytes. Each reader gives `Report`s; `read` turns them into `Loaded` texts for the analysis, which is the
//! same for every format.

mod body;
pub mod feed;
pub mod html;
pub mod json;
pub mod markdown;
pub mod nesting;
pub mod telegram;

use super::load::{Loaded, Meta, Problem};
use chrono::NaiveDate;

/// The formats sitrep reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    /// RSS 2.0, RSS 1.0 or Atom.
    Feed,
    /// A Telegram Desktop channel export (`result.json`).
    Telegram,
    Json,
    Jsonl,
}

/// One report as a format reader gives it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub title: Option<String>,
    /// The text in the shape `parse::blocks` reads: title line, blocks apart by blank lines.
    pub text: String,
    pub date: Option<NaiveDate>,
    pub url: Option<String>,
    pub source: Option<String>,
    /// The container's own id for the item (a feed's guid or id, a message id, a JSON `id`).
    pub guid: Option<String>,
}

impl Format {
    /// The format a file name says, if it says one.
    pub fn from_name(name: &str) -> Option<Format> {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" => Format::Text,
            "md" | "markdown" => Format::Markdown,
            "html" | "htm" | "xhtml" => Format::Html,
            "xml" | "rss" | "atom" | "rdf" => Format::Feed,
            "jsonl" | "ndjson" => Format::Jsonl,
            "json" => Format::Json,
            _ => return None,
        })
    }

    /// The format a server's `Content-Type` says, if it says one sitrep reads.
    pub fn from_content_type(mime: &str) -> Option<Format> {
        let mime = mime.split(';').next()?.trim().to_ascii_lowercase();
        Some(match mime.as_str() {
            "text/html" | "application/xhtml+xml" => Format::Html,
            "application/rss+xml"
            | "application/atom+xml"
            | "application/rdf+xml"
            | "application/xml"
            | "text/xml" => Format::Feed,
            "application/json" => Format::Json,
            "application/x-ndjson" | "application/jsonl" => Format::Jsonl,
            "text/markdown" => Format::Markdown,
            "text/plain" => Format::Text,
            _ => return None,
        })
    }

    /// The format the first bytes look like: markup, JSON, else text.
    pub fn sniff(bytes: &[u8]) -> Format {
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
        let start = head.trim_start_matches('\u{feff}').trim_start();
        if start.starts_with("<!doctype html") || start.starts_with("<html") {
            return Format::Html;
        }
        if start.starts_with('<') {
            if head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf") {
                return Format::Feed;
            }
            if head.contains("<html") || head.contains("<body") || head.contains("<p>") {
                return Format::Html;
            }
            return Format::Feed;
        }
        if start.starts_with('[') || start.starts_with('{') {
            return Format::Json;
        }
        Format::Text
    }

    /// The name shown in the JSON's `format`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Feed => "feed",
            Format::Telegram => "telegram",
            Format::Json | Format::Jsonl => "json",
        }
    }

    /// Formats that hold many reports in one file, which may be larger than one report.
    pub fn is_container(self) -> bool {
        matches!(
            self,
            Format::Feed | Format::Telegram | Format::Json | Format::Jsonl
        )
    }
}

/// What one input gave: its reports and its warnings (problems that did not stop it from loading).
pub type Read = (Vec<Loaded>, Vec<Problem>);

/// Reads `text` (from `shown`) as `format`. `url` is where it was fetched from; `folder` the folder a file
/// lies in, the source of a file that names none. A format that finds nothing to read is an error.
pub fn read(
    shown: &str,
    format: Format,
    text: &str,
    url: Option<&str>,
    folder: Option<&str>,
) -> Result<Read, String> {
    let mut warnings = Vec::new();
    // A byte order mark is not text (JSON readers refuse it); a lone surrogate escape would make the
    // whole JSON file unreadable: it becomes U+FFFD.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let unpaired;
    let text = match format {
        Format::Json | Format::Jsonl | Format::Telegram => {
            unpaired = json::lone_surrogates_replaced(text);
            &*unpaired
        }
        _ => text,
    };
    // Markup nested past a bound is flattened before any parser sees it (deep trees overflow the stack).
    let flat;
    let text = match format {
        Format::Html | Format::Feed => {
            flat = nesting::flatten(text);
            if matches!(flat, std::borrow::Cow::Owned(_)) {
                warnings.push(format!(
                    "markup nested deeper than {} levels: the deeper tags were dropped, their text kept",
                    nesting::MAX_DEPTH
                ));
            }
            &*flat
        }
        _ => text,
    };
    let (format, kind, mut reports) = reports_of(format, text, url, &mut warnings)?;
    if reports.is_empty() {
        return Err(match warnings.first() {
            Some(w) => format!("no report could be read ({w})"),
            None => "no report with text in it".into(),
        });
    }
    warnings.extend(cut_long(&mut reports));
    let many = reports.len() > 1 || format.is_container();
    let loaded = reports
        .into_iter()
        .enumerate()
        .map(|(i, r)| Loaded {
            path: if many {
                format!("{shown}#{}", i + 1)
            } else {
                shown.to_string()
            },
            text: r.text,
            meta: Meta {
                source: r.source.or_else(|| folder.map(str::to_string)),
                // A link with a control character or a space would act when pasted: it is not kept.
                url: r.url.filter(|u| crate::text::is_clean_link(u)),
                format: kind.to_string(),
                title: r.title,
                date: r.date,
                guid: r.guid,
                fetched: None,
            },
        })
        .collect();
    let problems = warnings
        .into_iter()
        .map(|message| Problem {
            path: shown.to_string(),
            message,
            skipped: false,
        })
        .collect();
    Ok((loaded, problems))
}

/// The reports of `text` read as `format`: the format they turned out to be (a JSON file may be a Telegram
/// export), the kind named in their metadata, and the reports; warnings are added to `warnings`.
fn reports_of(
    format: Format,
    text: &str,
    url: Option<&str>,
    warnings: &mut Vec<String>,
) -> Result<(Format, &'static str, Vec<Report>), String> {
    let mut kind = format.name();
    let (format, reports) = match format {
        // A single document: its text as it is (Markdown without its markup), linked to where it was fetched.
        Format::Text | Format::Markdown => (
            format,
            vec![Report {
                text: match format {
                    Format::Markdown => markdown::to_body(text),
                    _ => text.to_string(),
                },
                url: url.map(str::to_string),
                source: url.and_then(html::host),
                ..Report::default()
            }],
        ),
        Format::Html => {
            let (report, late) = html::page(text, url)?;
            warnings.extend(late);
            (format, vec![report])
        }
        Format::Feed => {
            let (items, empty, feed_kind) = feed::items(text.as_bytes())?;
            kind = feed_kind;
            if empty > 0 {
                warnings.push(count(empty, "item", "without text skipped"));
            }
            (format, items)
        }
        Format::Json | Format::Telegram => {
            let v: serde_json::Value =
                serde_json::from_str(text).map_err(|e| format!("not valid JSON ({e})"))?;
            if v.get("messages").is_some() {
                let (items, unknown) = telegram::messages(&v)?;
                if unknown > 0 {
                    warnings.push(count(unknown, "message", "of an unknown type skipped"));
                }
                kind = Format::Telegram.name();
                (Format::Telegram, items)
            } else {
                let (items, problems) = json::items(text, false)?;
                warnings.extend(problems);
                (Format::Json, items)
            }
        }
        Format::Jsonl => {
            let (items, problems) = json::items(text, true)?;
            warnings.extend(problems);
            (format, items)
        }
    };
    Ok((format, kind, reports))
}

/// Every report longer than the per-report limit (an item of a feed, export or JSON file) cut at it: a
/// warning for each, naming it by its place and title.
fn cut_long(reports: &mut [Report]) -> Vec<String> {
    let max = super::load::MAX_FILE_BYTES as usize;
    let mut notes = Vec::new();
    for (i, r) in reports.iter_mut().enumerate() {
        if r.text.len() <= max {
            continue;
        }
        r.text
            .truncate(super::load::char_boundary(r.text.as_bytes(), max));
        let title: String = r.title.as_deref().unwrap_or("").chars().take(60).collect();
        notes.push(format!(
            "report {} (\"{title}\") {}",
            i + 1,
            super::load::cut_at_limit()
        ));
    }
    notes
}

/// "1 item …", "3 items …".
fn count(n: usize, noun: &str, rest: &str) -> String {
    format!("{n} {noun}{} {rest}", if n == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_types_and_sniffing() {
        assert_eq!(Format::from_name("a/b/feed.XML"), Some(Format::Feed));
        assert_eq!(Format::from_name("notes.md"), Some(Format::Markdown));
        assert_eq!(Format::from_name("README"), None);
        assert_eq!(
            Format::from_content_type("text/html; charset=utf-8"),
            Some(Format::Html)
        );
        assert_eq!(Format::from_content_type("image/png"), None);
        assert_eq!(Format::sniff(b"<?xml version=\"1.0\"?><rss>"), Format::Feed);
        assert_eq!(Format::sniff(b"\n<!DOCTYPE html><html>"), Format::Html);
        assert_eq!(Format::sniff(b"  [{\"body\": \"x\"}]"), Format::Json);
        assert_eq!(Format::sniff(b"Kyiv, 5 May"), Format::Text);
    }
}
