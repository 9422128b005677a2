//! One analysis of a report's body, made once and read by every reader of the text: its blocks (title,
//! headings, paragraphs, bullets), its sentences with their tokens, and the places it names, by region.
//! Extraction (`extract::extract_doc`), the article's blocks and its region tags all come from one `Doc`,
//! so a report is split into blocks once, into sentences once and tokenized once.
//!
//! The report date is read before it, on purpose: reports are put in date order before they are analysed
//! (`corpus::analyse_in_order` streams them), so `extract::dates::report_date` reads ahead only the lines
//! that may hold a date.

pub mod blocks;
pub mod dates;
pub mod fasthash;
pub mod gloss;
pub mod grammar;
pub mod numbers;
pub mod sentence_bounds;
pub mod sentences;
pub mod tokens;

pub use blocks::{Block, BlockKind};
pub use sentences::{Evidence, Sentence};

use serde::Serialize;
use std::ops::Range;

/// A report's body, analysed.
pub struct Doc<'a> {
    pub body: &'a str,
    pub blocks: Vec<Block>,
    /// In order; each knows whether it is a headline (`Sentence::headline`).
    pub sentences: Vec<Sentence<'a>>,
    /// The regions whose places the text names, most mentioned first.
    pub regions: Vec<RegionTag>,
}

/// One region an article mentions as a place where something happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RegionTag {
    /// Canonical short name ("Kharkiv").
    pub name: String,
    /// ISO country code ("UA", "RU").
    pub country: String,
    /// How many times places of this region are mentioned.
    pub mentions: usize,
    /// The places as written in the text, first occurrence order, deduplicated.
    pub places: Vec<String>,
    /// Byte ranges of every counted mention in the body (for highlighting).
    #[serde(skip)]
    pub spans: Vec<Range<usize>>,
}

impl<'a> Doc<'a> {
    /// Blocks and sentences; the region tags are left empty for `regions::analyse` to write (extraction
    /// alone reads none).
    pub fn text(body: &'a str) -> Doc<'a> {
        let blocks = blocks::blocks(body);
        let mut sentences = Sentence::split(body);
        mark_headlines(body, &blocks, &mut sentences);
        Doc {
            body,
            blocks,
            sentences,
            regions: Vec::new(),
        }
    }
}

/// A headline is a sentence that is a whole title or heading block and does not end like a sentence
/// ("Three killed in Kharkiv", not "Three were killed in Kharkiv.").
fn mark_headlines(body: &str, blocks: &[Block], sentences: &mut [Sentence]) {
    let mut k = 0;
    for s in sentences.iter_mut() {
        while k < blocks.len() && blocks[k].span.end <= s.start {
            k += 1;
        }
        let Some(block) = blocks.get(k) else { break };
        let whole = block.span.start == s.start && block.span.end == s.end;
        let titled = matches!(block.kind, BlockKind::Title | BlockKind::Heading);
        let open = !body[s.start..s.end]
            .trim_end()
            .ends_with(['.', '!', '?', '"', '\u{201d}', '\u{2019}', '\'']);
        s.headline = whole && titled && open;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headlines_are_whole_title_or_heading_lines_that_do_not_end_a_sentence() {
        let body = "Three killed in Kharkiv\n\nRussia struck the city overnight. Two more were injured.\n\n\
                    Rescue work\n\nCrews worked until dawn.\n";
        let doc = crate::regions::analyse(body);
        let heads: Vec<(&str, bool)> = doc.sentences.iter().map(|s| (s.text, s.headline)).collect();
        assert_eq!(
            heads,
            [
                ("Three killed in Kharkiv", true),
                ("Russia struck the city overnight.", false),
                ("Two more were injured.", false),
                ("Rescue work", true),
                ("Crews worked until dawn.", false),
            ]
        );
        assert_eq!(doc.regions[0].name, "Kharkiv");
        let full_stop = Doc::text("Three were killed in Kharkiv.\n\nMore later.\n");
        assert!(!full_stop.sentences[0].headline);
    }
}
