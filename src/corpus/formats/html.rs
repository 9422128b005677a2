//! Web pages and HTML fragments: the main text as a reader-mode view shows it.
//!
//! A whole page goes through `dom_smoothie` (a port of Mozilla's Readability) to find the article and drop
//! navigation, footers, share buttons and comments; its result, or a feed item's HTML, is then walked into
//! headings, paragraphs and list items. The title is the article's `<h1>` or the `<title>` without the
//! site's suffix; the date is `<time datetime>` or the usual meta tags; the link is the canonical URL.

use super::body::{collapse, BodyBuilder};
use super::Report;
use chrono::NaiveDate;
use dom_query::{Document, NodeRef};
use std::time::Duration;

/// Elements whose text is never report text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "nav", "footer", "aside", "form", "button", "iframe", "svg",
    "template", "select", "textarea", "head", "title", "menu", "dialog", "object", "canvas",
    "video", "audio",
];
/// Elements that end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "ul",
    "ol",
    "dl",
    "dd",
    "dt",
    "figure",
    "figcaption",
    "header",
    "br",
    "hr",
    "address",
    "details",
    "summary",
];
/// Meta tags that carry a page's publication date, most specific first.
const DATE_META: &[&str] = &[
    "meta[property='article:published_time']",
    "meta[name='article:published_time']",
    "meta[itemprop='datePublished']",
    "meta[name='pubdate']",
    "meta[name='publishdate']",
    "meta[name='date']",
    "meta[name='DC.date.issued']",
    "meta[name='dc.date']",
    "meta[property='og:updated_time']",
];
/// Separators between a page title and the site's name ("Title | Site", "Title - Site").
const TITLE_SEPARATORS: &[&str] = &[" | ", " – ", " — ", " - ", " :: ", " · "];

/// How long Readability may look for a page's article; past it the page is read whole, as plain text.
pub const READABILITY_BUDGET: Duration = Duration::from_secs(5);

/// One web page as a report, with a warning when Readability ran out of time. `url` is where it was
/// fetched from, if it was.
pub fn page(html: &str, url: Option<&str>) -> Result<(Report, Option<String>), String> {
    page_within(html, url, READABILITY_BUDGET)
}

/// `page` with Readability given `budget`: past it the whole body is the text (and the warning says so),
/// so one page never holds back the others.
pub fn page_within(
    html: &str,
    url: Option<&str>,
    budget: Duration,
) -> Result<(Report, Option<String>), String> {
    let html = &*super::nesting::flatten(html);
    let doc = Document::from(html);
    let h1 = first_text(&doc, "h1");
    let title_tag = first_text(&doc, "title");
    let site = meta(&doc, "meta[property='og:site_name']")
        .or_else(|| meta(&doc, "meta[name='application-name']"));
    let canonical = doc
        .select("link[rel='canonical']")
        .attr("href")
        .map(|h| h.trim().to_string())
        .filter(|h| h.starts_with("http"))
        .or_else(|| meta(&doc, "meta[property='og:url']"));
    let date = doc
        .select("time[datetime]")
        .attr("datetime")
        .and_then(|d| parse_date(&d))
        .or_else(|| {
            DATE_META
                .iter()
                .find_map(|sel| parse_date(&meta(&doc, sel)?))
        });
    let title = h1
        .or_else(|| title_tag.as_deref().map(strip_site_suffix))
        .unwrap_or_default();

    let mut body = BodyBuilder::new();
    if !title.is_empty() {
        body.heading(&title);
    }
    let mut walker = Walker::new(&mut body, Some(&title));
    let (content, late) = match main_content_within(html, url, budget) {
        Ok(content) => (content, None),
        Err(()) => (
            None,
            Some(format!(
                "no article found within {} s: the whole page is kept as plain text",
                budget.as_secs_f32()
            )),
        ),
    };
    match content {
        Some(content) => walker.walk(&Document::from(content.as_str()).root()),
        None => {
            if let Some(b) = doc.body() {
                walker.walk(&b);
            }
        }
    }
    walker.flush();
    let text = body.finish();
    if text
        .strip_prefix(title.as_str())
        .unwrap_or(&text)
        .trim()
        .is_empty()
    {
        return Err("no body text in the page".into());
    }
    let report = Report {
        title: (!title.is_empty()).then_some(title),
        text,
        date,
        url: canonical.or_else(|| url.map(str::to_string)),
        source: site.or_else(|| url.and_then(host)),
        guid: None,
    };
    Ok((report, late))
}

/// A feed item's or message's HTML as body blocks appended to `body`.
pub fn fragment_into(html: &str, body: &mut BodyBuilder, title: Option<&str>) {
    let doc = Document::fragment(&*super::nesting::flatten(html));
    let mut walker = Walker::new(body, title);
    walker.walk(&doc.root());
    walker.flush();
}

/// `main_content` on a thread of its own, waited for `budget`: `Err` when it takes longer (the thread is
/// left to finish on its own; its answer is dropped).
fn main_content_within(
    html: &str,
    url: Option<&str>,
    budget: Duration,
) -> Result<Option<String>, ()> {
    let (tx, rx) = std::sync::mpsc::channel();
    let (owned, owned_url) = (html.to_string(), url.map(str::to_string));
    let spawned = std::thread::Builder::new()
        .name("readability".into())
        .stack_size(8 * 1024 * 1024)
        .spawn(move || {
            let _ = tx.send(main_content(&owned, owned_url.as_deref()));
        });
    if spawned.is_err() {
        return Ok(main_content(html, url));
    }
    match rx.recv_timeout(budget) {
        Ok(content) => Ok(content),
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => Err(()),
        // It panicked: no article found.
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => Ok(None),
    }
}

/// The HTML of the page's main article, as Readability finds it; `None` when it finds none.
fn main_content(html: &str, url: Option<&str>) -> Option<String> {
    let cfg = dom_smoothie::Config {
        max_elements_to_parse: 200_000,
        ..Default::default()
    };
    let mut r = dom_smoothie::Readability::new(html, url, Some(cfg)).ok()?;
    let article = r.parse().ok()?;
    let content = article.content.to_string();
    (!collapse(&article.text_content).is_empty()).then_some(content)
}

/// Walks a tree into blocks: text gathers into the current paragraph until a block element ends it.
struct Walker<'b> {
    body: &'b mut BodyBuilder,
    inline: String,
    /// The title already written, so an `<h1>` repeating it is not written twice.
    title: Option<String>,
}

impl<'b> Walker<'b> {
    fn new(body: &'b mut BodyBuilder, title: Option<&str>) -> Walker<'b> {
        Walker {
            body,
            inline: String::new(),
            title: title.map(collapse),
        }
    }

    fn walk(&mut self, node: &NodeRef) {
        for child in node.children_it(false) {
            if child.is_text() {
                self.inline.push_str(&child.text());
                continue;
            }
            if !child.is_element() && !child.is_document() && !child.is_fragment() {
                continue;
            }
            let name = child
                .node_name()
                .map(|n| n.to_ascii_lowercase())
                .unwrap_or_default();
            if SKIPPED.contains(&name.as_str()) || hidden(&child) {
                continue;
            }
            match name.as_str() {
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                    self.flush();
                    let text = collapse(&child.text());
                    if self.title.as_deref() != Some(text.as_str()) {
                        self.body.heading(&text);
                    }
                }
                "li" => {
                    self.flush();
                    let mut item = String::new();
                    std::mem::swap(&mut item, &mut self.inline);
                    self.walk(&child);
                    std::mem::swap(&mut item, &mut self.inline);
                    self.body.bullet(&item);
                }
                _ if BLOCKS.contains(&name.as_str()) => {
                    self.flush();
                    self.walk(&child);
                    self.flush();
                }
                _ => self.walk(&child),
            }
        }
    }

    fn flush(&mut self) {
        if !self.inline.trim().is_empty() {
            self.body.paragraph(&self.inline);
        }
        self.inline.clear();
    }
}

/// `hidden`, `aria-hidden="true"` or `display:none`: not shown to a reader.
fn hidden(node: &NodeRef) -> bool {
    node.has_attr("hidden")
        || node
            .attr("aria-hidden")
            .is_some_and(|v| v.as_ref() == "true")
        || node
            .attr("style")
            .is_some_and(|s| s.replace(' ', "").contains("display:none"))
}

fn first_text(doc: &Document, sel: &str) -> Option<String> {
    let text = collapse(&doc.select(sel).first().text());
    (!text.is_empty()).then_some(text)
}

fn meta(doc: &Document, sel: &str) -> Option<String> {
    let v = collapse(&doc.select(sel).attr("content")?);
    (!v.is_empty()).then_some(v)
}

/// "Title | Site" as "Title": the part before the last separator, when what follows is short.
pub fn strip_site_suffix(title: &str) -> String {
    for sep in TITLE_SEPARATORS {
        if let Some(i) = title.rfind(sep) {
            let (head, tail) = (&title[..i], &title[i + sep.len()..]);
            if tail.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 2 {
                return head.trim().to_string();
            }
        }
    }
    title.trim().to_string()
}

/// The date of "2024-05-16", "2024-05-16T08:30:00+03:00" and RFC 2822 stamps.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Some(head) = s.get(..10) {
        if let Ok(d) = NaiveDate::parse_from_str(head, "%Y-%m-%d") {
            return Some(d);
        }
    }
    chrono::DateTime::parse_from_rfc2822(s)
        .ok()
        .map(|d| d.date_naive())
}

/// The host of a URL, without "www.": the site's name when the page gives none.
pub fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then(|| host.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_suffixes_and_dates() {
        assert_eq!(
            strip_site_suffix("Drones hit Odesa port | The Daily Wire Desk"),
            "Drones hit Odesa port"
        );
        assert_eq!(strip_site_suffix("Kyiv - Kharkiv"), "Kyiv - Kharkiv");
        assert_eq!(
            parse_date("2024-05-16T08:30:00+03:00"),
            NaiveDate::from_ymd_opt(2024, 5, 16)
        );
        assert_eq!(
            parse_date("Thu, 16 May 2024 08:30:00 +0000"),
            NaiveDate::from_ymd_opt(2024, 5, 16)
        );
        assert_eq!(parse_date("soon"), None);
        assert_eq!(
            host("https://www.example.org:8080/a/b?c").as_deref(),
            Some("example.org")
        );
        assert_eq!(host("not a url"), None);
    }

    #[test]
    fn readability_out_of_time_keeps_the_whole_page_as_plain_text() {
        let html = format!(
            "<html><head><title>Night</title></head><body><nav>Menu</nav>{}</body></html>",
            "<div><p>Drones were downed over Sumy overnight, officials said.</p></div>"
                .repeat(2000)
        );
        let (report, late) = page_within(&html, None, Duration::ZERO).unwrap();
        assert!(late.unwrap().contains("kept as plain text"));
        assert!(report.text.contains("Drones were downed over Sumy"));
        let (_, late) = page_within(&html, None, Duration::from_secs(60)).unwrap();
        assert_eq!(late, None);
    }

    #[test]
    fn a_fragment_keeps_paragraphs_lists_and_drops_scripts() {
        let mut b = BodyBuilder::new();
        b.heading("Title");
        fragment_into(
            "<p>First <b>bold</b> line.<br>Second line.</p><script>alert(1)</script>\
             <ul><li>Odesa: 5</li><li>Kyiv: <i>2</i></li></ul><div hidden>secret</div>",
            &mut b,
            None,
        );
        assert_eq!(
            b.finish(),
            "Title\n\nFirst bold line.\n\nSecond line.\n\n- Odesa: 5\n- Kyiv: 2\n"
        );
    }
}
