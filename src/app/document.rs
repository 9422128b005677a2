//! An article laid out as lines for a given width. Every word keeps its byte range in the body,
//! so evidence and place spans can be found on screen.

use crate::corpus::{Article, BlockKind};
use crate::text::{self, printable, width};
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// One word (or a piece of a word too long for a line) on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub range: Range<usize>,
    pub text: String,
}

/// One screen line of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocLine {
    /// `None` for the blank line between blocks.
    pub kind: Option<BlockKind>,
    /// Drawn before the words: "• " on a bullet's first line, "  " on its next lines.
    pub prefix: &'static str,
    pub pieces: Vec<Piece>,
}

impl DocLine {
    fn blank() -> DocLine {
        DocLine {
            kind: None,
            prefix: "",
            pieces: Vec::new(),
        }
    }

    /// The byte range of the body this line shows, if any.
    pub fn range(&self) -> Option<Range<usize>> {
        let first = self.pieces.first()?;
        let last = self.pieces.last()?;
        Some(first.range.start..last.range.end)
    }
}

/// The article's blocks wrapped to `width` cells, with a blank line between blocks.
pub fn layout(article: &Article, width: usize) -> Vec<DocLine> {
    let width = width.max(4);
    let mut lines = Vec::new();
    for (i, block) in article.blocks.iter().enumerate() {
        let next_is_bullet = article
            .blocks
            .get(i + 1)
            .is_some_and(|b| b.kind == BlockKind::Bullet);
        let (first, rest) = match block.kind {
            BlockKind::Bullet => ("• ", "  "),
            _ => ("", ""),
        };
        let words = words(&article.body, block.span.clone());
        let inner = width - text::width(first);
        for (n, pieces) in wrap(words, inner).into_iter().enumerate() {
            lines.push(DocLine {
                kind: Some(block.kind),
                prefix: if n == 0 { first } else { rest },
                pieces,
            });
        }
        // Bullet items of one list stay together.
        if !(block.kind == BlockKind::Bullet && next_is_bullet) {
            lines.push(DocLine::blank());
        }
    }
    while lines.last().is_some_and(|l| l.kind.is_none()) {
        lines.pop();
    }
    lines
}

/// The first line showing any byte of `range`.
pub fn line_of(lines: &[DocLine], range: &Range<usize>) -> Option<usize> {
    lines.iter().position(|l| {
        l.range()
            .is_some_and(|r| r.start < range.end && range.start < r.end)
    })
}

fn words(body: &str, span: Range<usize>) -> Vec<Piece> {
    let text = &body[span.clone()];
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push(Piece {
                    range: span.start + s..span.start + i,
                    text: printable(&text[s..i]),
                });
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    out
}

/// Greedy wrap by display width; words wider than a line are broken by graphemes.
fn wrap(words: Vec<Piece>, width: usize) -> Vec<Vec<Piece>> {
    let mut lines = Vec::new();
    let mut line: Vec<Piece> = Vec::new();
    let mut used = 0;
    for word in words {
        let w = width_of(&word);
        if w > width {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let mut chunks = split_long(word, width);
            let last = chunks.pop();
            lines.extend(chunks.into_iter().map(|c| vec![c]));
            if let Some(last) = last {
                used = width_of(&last);
                line.push(last);
            }
            continue;
        }
        let needed = if line.is_empty() { w } else { used + 1 + w };
        if needed > width {
            lines.push(std::mem::take(&mut line));
            used = w;
        } else {
            used = needed;
        }
        line.push(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn width_of(piece: &Piece) -> usize {
    width(&piece.text)
}

/// A word wider than `width` as pieces of at most `width` cells. Byte ranges follow the
/// body as long as the display text has the same bytes (it does unless control characters were replaced).
fn split_long(word: Piece, width: usize) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut cells = 0;
    let cut = |from: usize, to: usize, out: &mut Vec<Piece>| {
        let lo = (word.range.start + from).min(word.range.end);
        let hi = (word.range.start + to).min(word.range.end);
        out.push(Piece {
            range: lo..hi,
            text: word.text[from..to].to_owned(),
        });
    };
    for (i, g) in word.text.grapheme_indices(true) {
        let w = text::width(g);
        if cells + w > width && i > start {
            cut(start, i, &mut out);
            start = i;
            cells = 0;
        }
        cells += w;
    }
    cut(start, word.text.len(), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{analyse, Loaded};

    fn article(text: &str) -> Article {
        analyse(Loaded::new("t", text))
    }

    fn texts(lines: &[DocLine]) -> Vec<String> {
        lines
            .iter()
            .map(|l| {
                let words: Vec<&str> = l.pieces.iter().map(|p| p.text.as_str()).collect();
                format!("{}{}", l.prefix, words.join(" "))
            })
            .collect()
    }

    #[test]
    fn wraps_paragraphs_and_bullets() {
        let a = article(
            "Title\n\nOne two three four five six.\n\n • alpha beta gamma delta\n • omega\n",
        );
        let lines = layout(&a, 12);
        assert_eq!(
            texts(&lines),
            vec![
                "Title",
                "",
                "One two",
                "three four",
                "five six.",
                "",
                "• alpha beta",
                "  gamma",
                "  delta",
                "• omega",
            ]
        );
        for line in &lines {
            assert!(width(&texts(std::slice::from_ref(line))[0]) <= 12);
            for p in &line.pieces {
                assert_eq!(&a.body[p.range.clone()], p.text);
            }
        }
    }

    #[test]
    fn long_words_and_wide_characters_are_broken_to_fit() {
        let a = article(&format!("T\n\n{} 日本語日本語日本語\n", "x".repeat(25)));
        let lines = layout(&a, 10);
        let shown = texts(&lines);
        assert_eq!(
            &shown[2..],
            [
                "xxxxxxxxxx",
                "xxxxxxxxxx",
                "xxxxx",
                "日本語日本",
                "語日本語"
            ]
        );
        assert!(shown.iter().all(|s| width(s) <= 10));
    }

    #[test]
    fn finds_the_line_of_a_range() {
        let a = article("Title\n\nOne two three four five six.\n");
        let lines = layout(&a, 12);
        let at = a.body.find("five").unwrap();
        assert_eq!(line_of(&lines, &(at..at + 4)), Some(4));
        assert_eq!(line_of(&lines, &(0..2)), Some(0));
    }
}
