//! RSS 2.0, RSS 1.0 and Atom files, read with `feed-rs`: one report per item.

use super::body::{collapse, BodyBuilder};
use super::{html, Report};

/// The items of a feed, how many had no text (they are left out) and the kind of feed ("rss", "atom");
/// the feed's title is each item's source.
pub fn items(bytes: &[u8]) -> Result<(Vec<Report>, usize, &'static str), String> {
    // An item without a guid or id gets none here (feed-rs would make up a random one): the archive then
    // keys it by its link, else by its title, date and source.
    let feed = feed_rs::parser::Builder::new()
        .id_generator(|_, _, _| String::new())
        .build()
        .parse(bytes)
        .map_err(|e| format!("not a readable feed ({e})"))?;
    let kind = match feed.feed_type {
        feed_rs::model::FeedType::Atom => "atom",
        feed_rs::model::FeedType::JSON => "json feed",
        _ => "rss",
    };
    let source = feed
        .title
        .as_ref()
        .map(|t| plain(&t.content))
        .filter(|t| !t.is_empty());
    let mut out = Vec::new();
    let mut empty = 0;
    for entry in feed.entries {
        let title = entry.title.as_ref().map(|t| plain(&t.content));
        let html_text = entry
            .content
            .as_ref()
            .and_then(|c| c.body.clone())
            .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()))
            .unwrap_or_default();
        let mut body = BodyBuilder::new();
        if let Some(t) = title.as_deref().filter(|t| !t.is_empty()) {
            body.heading(t);
        }
        html::fragment_into(&html_text, &mut body, title.as_deref());
        if body.is_empty() {
            empty += 1;
            continue;
        }
        let link = entry
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .or(entry.links.first())
            .map(|l| l.href.trim().to_string())
            .filter(|h| !h.is_empty());
        out.push(Report {
            title: title.filter(|t| !t.is_empty()),
            text: body.finish(),
            date: entry.published.or(entry.updated).map(|d| d.date_naive()),
            url: link,
            source: source.clone(),
            guid: Some(entry.id.trim().to_string()).filter(|g| !g.is_empty()),
        });
    }
    if out.is_empty() {
        return Err(if empty > 0 {
            format!("the feed's {empty} items have no text")
        } else {
            "the feed has no items".into()
        });
    }
    Ok((out, empty, kind))
}

/// A title that may hold markup or entities, as plain text.
fn plain(text: &str) -> String {
    if text.contains('<') || text.contains('&') {
        collapse(
            &dom_query::Document::fragment(&*super::nesting::flatten(text))
                .root()
                .text(),
        )
    } else {
        collapse(text)
    }
}
