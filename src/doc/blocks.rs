//! Plain-text reports into blocks: title, section headings, paragraphs, bullet items.

use std::ops::Range;

/// What a block of the body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Title,
    Heading,
    Paragraph,
    Bullet,
}

/// A block of the body, as a byte range of `Article::body`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub span: Range<usize>,
}

/// Longest line (in words) that can still be a section heading.
const HEADING_MAX_WORDS: usize = 30;
/// Markers that start a bullet item.
const BULLET_MARKERS: &[char] = &['•', '-', '*', '–', '·', '▪', '◦'];

/// Turns raw text into the body every span refers to: no BOM, LF line ends.
pub fn normalize(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if !text.contains('\r') {
        return text.to_owned();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// The blocks of a normalized body. The first non-empty line is the title.
pub fn blocks(body: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut para: Option<Range<usize>> = None;
    let mut para_lines = 0;
    let mut seen_title = false;
    let mut offset = 0;
    for raw in body.split_inclusive('\n') {
        let line_start = offset;
        offset += raw.len();
        let Some(line) = trimmed_span(body, line_start..line_start + raw.len()) else {
            flush(body, &mut out, &mut para, &mut para_lines);
            continue;
        };
        if !seen_title {
            seen_title = true;
            out.push(Block {
                kind: BlockKind::Title,
                span: line,
            });
            continue;
        }
        if let Some(item) = bullet_item(body, &line) {
            flush(body, &mut out, &mut para, &mut para_lines);
            out.push(Block {
                kind: BlockKind::Bullet,
                span: item,
            });
            continue;
        }
        para = Some(match para.take() {
            Some(p) => p.start..line.end,
            None => line,
        });
        para_lines += 1;
    }
    flush(body, &mut out, &mut para, &mut para_lines);
    out
}

/// The title: the first non-empty line, trimmed.
pub fn title(body: &str, blocks: &[Block]) -> String {
    blocks
        .iter()
        .find(|b| b.kind == BlockKind::Title)
        .map(|b| body[b.span.clone()].to_owned())
        .unwrap_or_default()
}

fn flush(body: &str, out: &mut Vec<Block>, para: &mut Option<Range<usize>>, lines: &mut usize) {
    if let Some(span) = para.take() {
        let kind = if *lines == 1 && is_heading(&body[span.clone()]) {
            BlockKind::Heading
        } else {
            BlockKind::Paragraph
        };
        out.push(Block { kind, span });
    }
    *lines = 0;
}

/// The span of `range` without surrounding whitespace, or `None` for a blank line.
fn trimmed_span(body: &str, range: Range<usize>) -> Option<Range<usize>> {
    let s = &body[range.clone()];
    let start = range.start + (s.len() - s.trim_start().len());
    let end = range.start + s.trim_end().len();
    (start < end).then_some(start..end)
}

/// The item text of a bullet line (marker and the space after it dropped).
fn bullet_item(body: &str, line: &Range<usize>) -> Option<Range<usize>> {
    let s = &body[line.clone()];
    let marker = s.chars().next().filter(|c| BULLET_MARKERS.contains(c))?;
    let rest = &s[marker.len_utf8()..];
    // "-5 degrees" or "*note*" are not bullets: a marker must be followed by whitespace.
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    trimmed_span(body, line.start + marker.len_utf8()..line.end)
}

/// A short single line that starts like a sentence but does not end like one.
fn is_heading(line: &str) -> bool {
    let Some(first) = line.chars().next() else {
        return false;
    };
    let last = line.chars().next_back().unwrap_or(first);
    // Words are counted last, and only as far as the limit: a paragraph is often one long line.
    (first.is_uppercase() || first.is_ascii_digit() || "“\"‘'".contains(first))
        && !".!?:;,…)”\"'’".contains(last)
        && line.split_whitespace().take(HEADING_MAX_WORDS + 1).count() <= HEADING_MAX_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(BlockKind, String)> {
        let body = normalize(text);
        blocks(&body)
            .into_iter()
            .map(|b| (b.kind, body[b.span].to_owned()))
            .collect()
    }

    #[test]
    fn crlf_and_no_trailing_newline() {
        let k = kinds("Title here\r\n\r\nFirst para line one\r\nline two.\r\n\r\nLast para.");
        assert_eq!(
            k,
            vec![
                (BlockKind::Title, "Title here".into()),
                (
                    BlockKind::Paragraph,
                    "First para line one\nline two.".into()
                ),
                (BlockKind::Paragraph, "Last para.".into()),
            ]
        );
    }

    #[test]
    fn leading_blank_lines_and_tabs() {
        let k = kinds("\n\n \t\n\tThe title\t\n\n\tIndented\twith tabs.\n");
        assert_eq!(k[0], (BlockKind::Title, "The title".into()));
        assert_eq!(k[1], (BlockKind::Paragraph, "Indented\twith tabs.".into()));
        assert_eq!(k.len(), 2);
    }

    #[test]
    fn title_only_and_empty() {
        assert_eq!(
            kinds("Just a title"),
            vec![(BlockKind::Title, "Just a title".into())]
        );
        assert!(kinds("").is_empty());
        assert!(kinds("\n \n\t\n").is_empty());
    }

    #[test]
    fn bullets_and_headings() {
        let k = kinds("T\n\nGuests:\n\n  • Alice, expert\n  • Bob, ambassador\n- Carol\n\nA heading without period\n\nBody text.\n");
        assert_eq!(
            k,
            vec![
                (BlockKind::Title, "T".into()),
                (BlockKind::Paragraph, "Guests:".into()),
                (BlockKind::Bullet, "Alice, expert".into()),
                (BlockKind::Bullet, "Bob, ambassador".into()),
                (BlockKind::Bullet, "Carol".into()),
                (BlockKind::Heading, "A heading without period".into()),
                (BlockKind::Paragraph, "Body text.".into()),
            ]
        );
    }

    #[test]
    fn not_bullets_not_headings() {
        let k =
            kinds("T\n\n-5 degrees at night.\n\nlowercase start line\n\nTwo lines\nno period\n");
        assert_eq!(k[1].0, BlockKind::Paragraph);
        assert_eq!(k[2].0, BlockKind::Paragraph);
        assert_eq!(k[3].0, BlockKind::Paragraph);
    }

    #[test]
    fn very_long_word_is_one_paragraph() {
        let long = "x".repeat(10_000);
        let k = kinds(&format!("T\n\n{long}\n"));
        assert_eq!(k[1], (BlockKind::Paragraph, long));
    }
}
