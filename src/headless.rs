//! `sitrep facts`: the articles' dates, regions and facts as JSON or text, without a terminal.

use crate::corpus::{Article, Corpus};
use crate::extract::Fact;
use crate::regions::RegionTag;
use serde::Serialize;
use std::io::{self, Write};

/// One article as `sitrep facts --format json` prints it.
#[derive(Serialize)]
pub struct Report<'a> {
    pub path: &'a str,
    pub title: &'a str,
    /// The outlet, feed, channel or folder the report came from.
    pub source: Option<&'a str>,
    /// The report's own link.
    pub url: Option<&'a str>,
    /// The format it was read as: text, markdown, html, rss, atom, telegram, json.
    pub format: &'a str,
    /// Marks kept in the archive by content hash.
    pub read: bool,
    pub bookmarked: bool,
    /// YYYY-MM-DD, or null when no date could be worked out.
    pub date: Option<String>,
    /// "en", "uk", "ru", or two joined for a mixed report ("uk+en"); null without letters.
    pub lang: Option<String>,
    pub regions: &'a [RegionTag],
    pub facts: &'a [Fact],
}

impl<'a> Report<'a> {
    pub fn of(article: &'a Article) -> Report<'a> {
        Report {
            path: &article.path,
            title: &article.title,
            source: article.source.as_deref(),
            url: article.url.as_deref(),
            format: &article.format,
            read: article.read,
            bookmarked: article.bookmarked,
            date: article.date.map(|d| d.date.format("%Y-%m-%d").to_string()),
            lang: crate::lang::detect(&article.body).map(|l| l.to_string()),
            regions: &article.regions,
            facts: &article.facts,
        }
    }
}

/// Writes articles as `sitrep facts` prints them, one at a time: a JSON array (pretty, as
/// `serde_json::to_string_pretty` of the whole would be) or text.
pub struct Writer<W: Write> {
    out: W,
    json: bool,
    written: usize,
}

impl<W: Write> Writer<W> {
    pub fn new(out: W, json: bool) -> Writer<W> {
        Writer {
            out,
            json,
            written: 0,
        }
    }

    pub fn article(&mut self, article: &Article) -> io::Result<()> {
        self.rendered(&render(article, self.json)?)
    }

    /// Writes an article made by [`render`] with the same `json`.
    pub fn rendered(&mut self, rendered: &[u8]) -> io::Result<()> {
        if self.json {
            self.out.write_all(if self.written == 0 {
                b"[\n  "
            } else {
                b",\n  "
            })?;
        }
        self.out.write_all(rendered)?;
        self.written += 1;
        Ok(())
    }

    /// Closes the array (JSON) and flushes.
    pub fn finish(mut self) -> io::Result<()> {
        if self.json {
            self.out
                .write_all(if self.written == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()
    }
}

/// One article as `Writer` writes it, without what separates it from the one before: rendered apart from
/// the writing, so that it can be done on another thread.
pub fn render(article: &Article, json: bool) -> io::Result<Vec<u8>> {
    if !json {
        return Ok(text_of(article).into_bytes());
    }
    let mut out = Vec::with_capacity(4096);
    // One level in, as an element of the top array.
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, InArray::default());
    Report::of(article)
        .serialize(&mut serializer)
        .map_err(io::Error::other)?;
    // serde_json writes C1 controls raw: escaped, they cannot act on a terminal showing the output.
    match String::from_utf8(out) {
        Ok(json) => Ok(crate::text::json_c1_escaped(json).into_bytes()),
        Err(e) => Err(io::Error::other(e)),
    }
}

/// `serde_json`'s pretty layout (two spaces a level) for a value that is an element of the top array, so
/// one level in.
struct InArray {
    level: usize,
    has_value: bool,
}

impl Default for InArray {
    fn default() -> InArray {
        InArray {
            level: 1,
            has_value: false,
        }
    }
}

impl InArray {
    fn indent<W: ?Sized + Write>(&self, out: &mut W) -> io::Result<()> {
        for _ in 0..self.level {
            out.write_all(b"  ")?;
        }
        Ok(())
    }

    fn open<W: ?Sized + Write>(&mut self, out: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        out.write_all(bracket)
    }

    fn close<W: ?Sized + Write>(&mut self, out: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level -= 1;
        if self.has_value {
            out.write_all(b"\n")?;
            self.indent(out)?;
        }
        out.write_all(bracket)
    }

    fn item<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        out.write_all(if first { b"\n" } else { b",\n" })?;
        self.indent(out)
    }
}

impl serde_json::ser::Formatter for InArray {
    fn begin_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"[")
    }
    fn end_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"]")
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.item(out, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
    fn begin_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"{")
    }
    fn end_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"}")
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.item(out, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        out.write_all(b": ")
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// All articles as one pretty-printed JSON array.
pub fn json(corpus: &Corpus) -> String {
    let reports: Vec<Report> = corpus.articles.iter().map(Report::of).collect();
    crate::text::json_c1_escaped(
        serde_json::to_string_pretty(&reports)
            .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}")),
    )
}

/// All articles as readable text: a header per article, then one line per fact.
pub fn text(corpus: &Corpus) -> String {
    corpus.articles.iter().map(text_of).collect()
}

/// One article as text: title, date, source and path, regions, a line per fact, a blank line. Reports are
/// outside text: an escape sequence in one shows, never acts on the terminal.
fn text_of(article: &Article) -> String {
    let mut out = String::new();
    let date = article
        .date
        .map(|d| d.date.format("%Y-%m-%d").to_string())
        .unwrap_or_else(|| "no date".into());
    let source = article
        .source
        .as_deref()
        .map(|s| format!("{s} · "))
        .unwrap_or_default();
    out.push_str(&format!(
        "{}\n  {} · {source}{}\n",
        article.title, date, article.path
    ));
    if let Some(url) = &article.url {
        out.push_str(&format!("  {url}\n"));
    }
    if !article.regions.is_empty() {
        let regions: Vec<String> = article
            .regions
            .iter()
            .map(|r| format!("{} ({})", r.name, r.mentions))
            .collect();
        out.push_str(&format!("  regions: {}\n", regions.join(", ")));
    }
    for fact in &article.facts {
        out.push_str(&format!("  - {}\n", fact.to_string().trim_end()));
    }
    out.push('\n');
    crate::text::visible(&out)
}
