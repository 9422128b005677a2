//! One loaded report, parsed into blocks, with its date, facts and regions.

use crate::doc::{Block, BlockKind, RegionTag};
use crate::extract::{Fact, ReportDate};

/// A parsed report. `body` is the whole text as loaded (CRLF turned into LF, invalid UTF-8
/// replaced); every span and every fact's evidence is a byte range into it.
#[derive(Debug, Clone)]
pub struct Article {
    pub id: usize,
    /// Where it was read from, as given (embedded seeds show as `seeds/NAME`).
    pub path: String,
    /// The outlet, feed, channel or folder it came from, when known.
    pub source: Option<String>,
    /// Its own link, when known.
    pub url: Option<String>,
    /// The format it was read as ("text", "markdown", "html", "rss", "atom", "telegram", "json").
    pub format: String,
    pub title: String,
    pub body: String,
    pub blocks: Vec<Block>,
    /// How many words `body` has, counted when first asked (`Article::word_count`): only the reader shows
    /// it, for one report at a time, and counting every report's words was 4% of `sitrep facts`.
    pub words: std::sync::OnceLock<usize>,
    pub date: Option<ReportDate>,
    /// When it was fetched, UTC, when it was (see `Meta::fetched`).
    pub fetched: Option<chrono::NaiveDateTime>,
    pub facts: Vec<Fact>,
    pub regions: Vec<RegionTag>,
    /// Listed before its facts and regions were read (`corpus::listed`): `facts` and `regions` are empty
    /// until `Corpus::fill` puts them in, and mean nothing yet.
    pub pending: bool,
    /// The letter pairs of its title and text, when read (`Unread::read_facts`): a query word whose
    /// pairs it lacks is not looked for in it.
    pub pairs: Option<Box<crate::text::pairs::Pairs>>,
    /// The container's own id for it (feed guid, message id), when it gave one.
    pub guid: Option<String>,
    /// SHA-256 of `body`, hex: what read marks and bookmarks are kept by.
    pub hash: String,
    /// The date the container gave ("YYYY-MM-DD"), kept for the archive.
    pub published: Option<String>,
    pub read: bool,
    pub bookmarked: bool,
    /// What changed in its facts since the version shown before ("killed 7 → 9"); empty otherwise.
    pub changed: Vec<String>,
}

/// Read and bookmark marks by content hash, as the archive keeps them.
pub type Marks = std::collections::HashMap<String, (bool, bool)>;

impl Article {
    /// How many words the body has (Unicode word bounds, UAX #29).
    pub fn word_count(&self) -> usize {
        use unicode_segmentation::UnicodeSegmentation;
        *self.words.get_or_init(|| self.body.unicode_words().count())
    }

    /// Takes the marks kept for this report's text, if any.
    pub fn apply_marks(&mut self, marks: &Marks) {
        if let Some(&(read, bookmarked)) = marks.get(&self.hash) {
            self.read = read;
            self.bookmarked = bookmarked;
        }
    }

    /// The text of a block (line breaks inside a paragraph kept as they are in the body).
    pub fn text(&self, block: &Block) -> &str {
        &self.body[block.span.clone()]
    }

    /// Section headings, in order.
    pub fn sections(&self) -> impl Iterator<Item = &str> {
        self.blocks_of(BlockKind::Heading)
    }

    /// Paragraph texts, in order.
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        self.blocks_of(BlockKind::Paragraph)
    }

    /// Bullet items without their markers, in order.
    pub fn bullets(&self) -> impl Iterator<Item = &str> {
        self.blocks_of(BlockKind::Bullet)
    }

    fn blocks_of(&self, kind: BlockKind) -> impl Iterator<Item = &str> {
        self.blocks
            .iter()
            .filter(move |b| b.kind == kind)
            .map(|b| self.text(b))
    }
}

/// The content hash a report's marks are kept by: SHA-256 of its text, hex.
pub fn content_hash(text: &str) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}
