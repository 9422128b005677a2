//! A public Telegram channel read through its web preview, `https://t.me/s/<channel>`: no account, no API
//! key. The page is HTML: each post is a `div.tgme_widget_message` whose `data-post` is
//! `<channel>/<id>`, with its text in `.tgme_widget_message_text` (lines as `<br>`) and its time in the
//! date link's `<time datetime>`. A page shows the latest posts; `?before=<id>` shows those before a post.
//!
//! A channel that does not exist, is private or has the preview turned off has no such page: t.me
//! redirects to the channel's plain page, which has no posts. That is an error that says so.

use crate::config::channel_name;
use crate::corpus::fetch::{self, Limits};
use crate::corpus::load::Loaded;
use chrono::NaiveDate;
use dom_query::Document;

/// Where the previews are served when a source gives no other base.
pub const DEFAULT_BASE: &str = "https://t.me";

/// One post of a channel's preview page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Post {
    /// The post's number in its channel.
    pub id: u64,
    /// Its link, `https://t.me/<channel>/<id>`.
    pub link: String,
    /// Its text, lines kept, entities decoded.
    pub text: String,
    /// The day of its `<time datetime>`.
    pub date: Option<NaiveDate>,
}

/// What one preview page holds: the channel's title (when the page names it) and its posts with text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    pub title: Option<String>,
    pub posts: Vec<Post>,
    /// Whether the page had post blocks at all (media-only posts have no text but still count).
    pub any_post: bool,
}

/// The posts of `html`, a preview page of `channel`, in page order (oldest first).
pub fn page(html: &str) -> Page {
    let doc = Document::from(html);
    let title = {
        let t = doc.select(".tgme_channel_info_header_title").first().text();
        let t = t.trim();
        if t.is_empty() {
            doc.select("meta[property='og:title']")
                .attr("content")
                .map(|c| c.trim().to_owned())
                .filter(|c| !c.is_empty())
        } else {
            Some(t.to_owned())
        }
    };
    let blocks = doc.select("div.tgme_widget_message[data-post]");
    let any_post = blocks.length() > 0;
    let posts = blocks.iter().filter_map(|block| post(&block)).collect();
    Page {
        title,
        posts,
        any_post,
    }
}

/// One post block, or `None` for one without text or without a readable `data-post`.
fn post(block: &dom_query::Selection) -> Option<Post> {
    let data = block.attr("data-post")?;
    let (_, id) = data.rsplit_once('/')?;
    let id: u64 = id.parse().ok()?;
    // A reply quotes the post it answers in a text block of its own: not this post's text.
    let text_node = block
        .select(".tgme_widget_message_text:not(.js-message_reply_text)")
        .first();
    if text_node.length() == 0 {
        return None;
    }
    // Lines are <br>s: made newlines before the text is taken.
    let html = text_node.inner_html().to_string();
    let html = html
        .replace("<br>", "\n")
        .replace("<br/>", "\n")
        .replace("<br />", "\n");
    let text = Document::fragment(html.as_str()).root().text().to_string();
    let text = text
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_owned();
    if text.is_empty() {
        return None;
    }
    let date = block
        .select(".tgme_widget_message_date time[datetime]")
        .attr("datetime")
        .or_else(|| block.select("time[datetime]").attr("datetime"))
        .and_then(|d| crate::corpus::formats::html::parse_date(&d));
    Some(Post {
        id,
        link: format!("https://t.me/{data}"),
        text,
        date,
    })
}

/// The latest posts of `channel` (a name as [`channel_name`] takes it) from up to `pages` preview pages,
/// served under `base` (`DEFAULT_BASE` unless a test serves its own): one report per post with text,
/// its link as path and URL, its day as date, the channel's title as source. Errs with one line when the
/// channel has no public preview or a page cannot be fetched.
pub fn fetch_posts(channel: &str, base: &str, pages: usize) -> Result<Vec<Loaded>, String> {
    let name = channel_name(channel)?;
    let base = base.trim_end_matches('/');
    let mut url = format!("{base}/s/{name}");
    let mut out: Vec<Loaded> = Vec::new();
    for n in 0..pages.max(1) {
        let fetched = fetch::get(&url, Limits::default()).map_err(|e| format!("{url}: {e}"))?;
        let encoding = super::charset::detect(&fetched.bytes, fetched.charset.as_deref())
            .unwrap_or(encoding_rs::UTF_8);
        let (html, _) = super::charset::decode(&fetched.bytes, encoding);
        let page = page(&html);
        if !page.any_post {
            if n > 0 {
                break;
            }
            return Err(format!(
                "no public posts at {url}: the channel @{name} does not exist, is private, or has its \
                 web preview turned off"
            ));
        }
        let oldest = page.posts.iter().map(|p| p.id).min();
        let source = page.title.clone().unwrap_or_else(|| format!("@{name}"));
        out.extend(page.posts.into_iter().map(|p| report(p, &source)));
        match oldest {
            Some(id) if id > 1 => url = format!("{base}/s/{name}?before={id}"),
            _ => break,
        }
    }
    Ok(out)
}

/// A post as a report read from the channel.
fn report(post: Post, source: &str) -> Loaded {
    let mut loaded = Loaded::new(post.link.clone(), format!("{}\n", post.text));
    loaded.meta.source = Some(source.to_owned());
    loaded.meta.url = Some(post.link);
    loaded.meta.format = "telegram".into();
    loaded.meta.title = post
        .text
        .lines()
        .find(|l| !l.trim().is_empty())
        .map(|l| l.trim().to_owned());
    loaded.meta.date = post.date;
    loaded
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A preview page of a made-up channel, shaped like t.me's: two posts with text, one photo-only post.
    const PAGE: &str = r#"<html><head><meta property="og:title" content="Steppe Watch"></head><body>
<div class="tgme_channel_info"><div class="tgme_channel_info_header_title"><span>Steppe Watch</span></div></div>
<div class="tgme_widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="steppewatch/41">
  <div class="tgme_widget_message_text js-message_text" dir="auto">Вночі над Полтавщиною збито 6 дронів.<br/>Пошкоджень немає &amp; постраждалих теж.</div>
  <div class="tgme_widget_message_footer"><a class="tgme_widget_message_date" href="https://t.me/steppewatch/41"><time datetime="2025-04-02T05:10:00+00:00" class="time">05:10</time></a></div>
</div></div>
<div class="tgme_widget_message_wrap"><div class="tgme_widget_message js-widget_message" data-post="steppewatch/42">
  <a class="tgme_widget_message_photo_wrap" href="https://t.me/steppewatch/42"></a>
  <a class="tgme_widget_message_date" href="https://t.me/steppewatch/42"><time datetime="2025-04-02T06:00:00+00:00">06:00</time></a>
</div></div>
<div class="tgme_widget_message_wrap"><div class="tgme_widget_message js-widget_message" data-post="steppewatch/43">
  <a class="tgme_widget_message_reply" href="https://t.me/steppewatch/41"><div class="tgme_widget_message_author"><span>Steppe Watch</span></div>
  <div class="tgme_widget_message_text js-message_reply_text">Вночі над Полтавщиною збито 6 дронів.</div></a>
  <div class="tgme_widget_message_text js-message_text">Тривогу скасовано.</div>
  <a class="tgme_widget_message_date" href="https://t.me/steppewatch/43"><time datetime="2025-04-03T07:00:00+00:00">07:00</time></a>
</div></div>
</body></html>"#;

    #[test]
    fn a_page_gives_its_posts_with_text_links_and_days() {
        let p = page(PAGE);
        assert_eq!(p.title.as_deref(), Some("Steppe Watch"));
        assert!(p.any_post);
        let got: Vec<(u64, &str, &str, Option<NaiveDate>)> = p
            .posts
            .iter()
            .map(|x| (x.id, x.link.as_str(), x.text.as_str(), x.date))
            .collect();
        assert_eq!(
            got,
            [
                (
                    41,
                    "https://t.me/steppewatch/41",
                    "Вночі над Полтавщиною збито 6 дронів.\nПошкоджень немає & постраждалих теж.",
                    NaiveDate::from_ymd_opt(2025, 4, 2)
                ),
                (
                    43,
                    "https://t.me/steppewatch/43",
                    "Тривогу скасовано.",
                    NaiveDate::from_ymd_opt(2025, 4, 3)
                ),
            ]
        );
    }

    #[test]
    fn a_channel_page_without_posts_has_none() {
        let plain = r#"<html><body><div class="tgme_page"><div class="tgme_page_title">Steppe Watch</div>
            <a class="tgme_action_button_new" href="tg://resolve?domain=steppewatch">View in Telegram</a></div></body></html>"#;
        let p = page(plain);
        assert!(!p.any_post);
        assert!(p.posts.is_empty());
    }

    #[test]
    fn channel_names() {
        assert_eq!(channel_name("kpszsu").as_deref(), Ok("kpszsu"));
        assert_eq!(channel_name("@kpszsu").as_deref(), Ok("kpszsu"));
        assert_eq!(
            channel_name("https://t.me/s/kpszsu").as_deref(),
            Ok("kpszsu")
        );
        assert_eq!(
            channel_name("https://t.me/kpszsu/").as_deref(),
            Ok("kpszsu")
        );
        assert!(channel_name("two words").is_err());
        assert!(channel_name("").is_err());
        assert!(channel_name("../etc").is_err());
    }
}
