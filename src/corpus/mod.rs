//! Loading inputs into analysed `Article`s: parse, date, extract, tag.

pub mod article;
pub mod fetch;
pub mod formats;
pub mod load;
pub mod parse;
mod seeds;

pub use article::{Article, Block, BlockKind};
pub use load::{Loaded, Meta, Problem};

use std::path::PathBuf;
use unicode_segmentation::UnicodeSegmentation;

/// The loaded articles and the problems met while loading them.
#[derive(Debug, Default)]
pub struct Corpus {
    /// Newest first; undated articles last; ties by path.
    pub articles: Vec<Article>,
    pub problems: Vec<Problem>,
}

impl Corpus {
    /// Loads files and directories given on the command line.
    pub fn from_paths(paths: &[PathBuf]) -> Corpus {
        let (loaded, problems) = load::read_paths(paths);
        Corpus::build(loaded, problems)
    }

    /// The reports shipped inside the binary.
    pub fn seeds() -> Corpus {
        Corpus::build(seeds::all(), Vec::new())
    }

    fn build(loaded: Vec<Loaded>, problems: Vec<Problem>) -> Corpus {
        let mut articles = analyse_all(loaded);
        articles.sort_by(|a, b| {
            let (da, db) = (a.date.map(|d| d.date), b.date.map(|d| d.date));
            db.is_some()
                .cmp(&da.is_some())
                .then(db.cmp(&da))
                .then_with(|| a.path.cmp(&b.path))
        });
        for (id, article) in articles.iter_mut().enumerate() {
            article.id = id;
        }
        Corpus { articles, problems }
    }
}

/// Analyses texts on every core: extraction dominates loading time and each article is independent.
fn analyse_all(loaded: Vec<Loaded>) -> Vec<Article> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if threads < 2 || loaded.len() < 2 {
        return loaded.into_iter().map(analyse).collect();
    }
    let chunk = loaded.len().div_ceil(threads);
    let mut chunks: Vec<Vec<Loaded>> = Vec::new();
    let mut rest = loaded.into_iter().peekable();
    while rest.peek().is_some() {
        chunks.push(rest.by_ref().take(chunk).collect());
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|part| scope.spawn(move || part.into_iter().map(analyse).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

/// Parses and analyses one loaded text.
pub fn analyse(loaded: Loaded) -> Article {
    let body = parse::normalize(&loaded.text);
    let blocks = parse::blocks(&body);
    let title = match loaded.meta.title {
        Some(t) if !t.trim().is_empty() => t,
        _ => parse::title(&body, &blocks),
    };
    let word_count = body.unicode_words().count();
    let date = crate::extract::dates::report_date(&body).or(loaded.meta.date.map(|date| {
        crate::extract::ReportDate {
            date,
            how: crate::extract::DateHow::Published,
        }
    }));
    let facts = crate::extract::extract(&body, date.map(|d| d.date));
    let regions = crate::regions::tag(&body);
    Article {
        id: 0,
        path: loaded.path,
        source: loaded.meta.source,
        url: loaded.meta.url,
        format: if loaded.meta.format.is_empty() {
            "text".to_string()
        } else {
            loaded.meta.format
        },
        title,
        body,
        blocks,
        word_count,
        date,
        facts,
        regions,
    }
}
