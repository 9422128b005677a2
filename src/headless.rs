//! `sitrep facts`: the articles' dates, regions and facts as JSON or text, without a terminal.

use crate::corpus::{Article, Corpus};
use crate::extract::Fact;
use crate::regions::RegionTag;
use serde::Serialize;

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
    /// YYYY-MM-DD, or null when no date could be worked out.
    pub date: Option<String>,
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
            date: article.date.map(|d| d.date.format("%Y-%m-%d").to_string()),
            regions: &article.regions,
            facts: &article.facts,
        }
    }
}

/// All articles as one pretty-printed JSON array.
pub fn json(corpus: &Corpus) -> String {
    let reports: Vec<Report> = corpus.articles.iter().map(Report::of).collect();
    serde_json::to_string_pretty(&reports).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// All articles as readable text: a header per article, then one line per fact.
pub fn text(corpus: &Corpus) -> String {
    let mut out = String::new();
    for article in &corpus.articles {
        let date = article
            .date
            .map(|d| d.date.format("%Y-%m-%d").to_string())
            .unwrap_or_else(|| "no date".into());
        out.push_str(&format!(
            "{}\n  {} · {}\n",
            article.title, date, article.path
        ));
        if !article.regions.is_empty() {
            let regions: Vec<String> = article
                .regions
                .iter()
                .map(|r| format!("{} ({})", r.name, r.mentions))
                .collect();
            out.push_str(&format!("  regions: {}\n", regions.join(", ")));
        }
        for fact in &article.facts {
            out.push_str(&format!(
                "  - {}\n",
                crate::ui::describe_fact(fact).trim_end()
            ));
        }
        out.push('\n');
    }
    // Reports are outside text: an escape sequence in one must show, not act on the terminal.
    crate::text::visible(&out)
}
