//! Sentence splitting: Unicode sentence bounds, mended for abbreviations, initials and headings.

use super::tokens::{self, Token};
use super::{dates, gloss, numbers};
use serde::Serialize;
use std::ops::Range;

/// Sentences longer than this are cut at whitespace into pieces of at most about this size,
/// so that evidence stays small and work stays linear on text without punctuation.
pub const MAX_SENTENCE_BYTES: usize = 1000;

/// Whether `word` is an abbreviation after which a period does not end a sentence ("Gen.", "U.S.", "No.":
/// `assets/grammar.toml`), in any case.
fn is_abbreviation(word: &str) -> bool {
    super::grammar::grammar().is_abbreviation(word)
}

/// Byte ranges of the sentences of `body`, in order, trimmed of surrounding whitespace and never empty.
///
/// A newline ends a sentence unless the line ends without final punctuation and the next line starts in
/// lower case (a hard-wrapped paragraph). A period after a known abbreviation or a single-letter initial
/// does not end one. `&body[r]` is always valid.
pub fn split(body: &str) -> Vec<Range<usize>> {
    let mut raw: Vec<Range<usize>> = Vec::new();
    for (start, piece) in super::sentence_bounds::pieces(body) {
        split_before_numerals(body, start..start + piece.len(), &mut raw);
    }
    let mut out: Vec<Range<usize>> = Vec::with_capacity(raw.len());
    for r in raw {
        if let Some(last) = out.last_mut() {
            if should_join(body, last.clone(), r.clone()) {
                last.end = r.end;
                continue;
            }
        }
        out.push(r);
    }
    let mut capped = Vec::with_capacity(out.len());
    for r in out {
        cap(body, r, &mut capped);
    }
    capped
}

/// Unicode's rules do not end a sentence before one that opens with a figure when a lower-case word follows
/// it ("… six children). 20 victims were hospitalized."): reports open sentences with figures all the time.
/// Cuts `r` after a `.`, `!` or `?` (and closing quotes or brackets) followed by spaces and a digit, unless
/// the word before the stop is an abbreviation, an initial or a number ("No. 5", "p.m. 3", "1. 2").
/// The pieces are added to `out` trimmed, empty ones left out.
fn split_before_numerals(body: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let text = &body[r.clone()];
    let bytes = text.as_bytes();
    let mut push = |piece: Range<usize>| out.extend(trim(body, piece));
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if !matches!(b, b'.' | b'!' | b'?') {
            continue;
        }
        let mut j = i + 1;
        while j < bytes.len() && matches!(bytes[j], b')' | b'"' | b'\'' | b']') {
            j += 1;
        }
        let spaces = bytes[j..].iter().take_while(|&&c| c == b' ').count();
        if spaces == 0 || !bytes.get(j + spaces).is_some_and(u8::is_ascii_digit) {
            continue;
        }
        let word = text[start..i]
            .rsplit(|c: char| c.is_whitespace() || c == '(')
            .next()
            .unwrap_or("");
        let short = word.chars().count() < 2 || word.chars().all(|c| c.is_ascii_digit());
        if short || is_abbreviation(word) {
            continue;
        }
        push(r.start + start..r.start + j);
        start = j + spaces;
    }
    push(r.start + start..r.end);
}

fn trim(body: &str, r: Range<usize>) -> Option<Range<usize>> {
    let s = &body[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    Some(r.start + lead..r.start + lead + t.len())
}

fn should_join(body: &str, prev: Range<usize>, next: Range<usize>) -> bool {
    let gap = &body[prev.end..next.start];
    let blank_line = gap.matches('\n').count() >= 2;
    if blank_line {
        return false;
    }
    let prev_text = &body[prev.clone()];
    let next_text = &body[next];
    let next_first = next_text.chars().next().unwrap_or(' ');
    if gap.contains('\n') {
        let ends_open = !prev_text.ends_with(['.', '!', '?', ':', '"', '”', '’', ')', ';']);
        return ends_open && next_first.is_lowercase();
    }
    if !prev_text.ends_with('.') {
        return false;
    }
    let last_word = prev_text[..prev_text.len() - 1]
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"')
        .next()
        .unwrap_or("");
    if last_word.is_empty() {
        return false;
    }
    let initial = last_word.chars().count() == 1 && last_word.chars().all(char::is_uppercase);
    (initial || is_abbreviation(last_word)) && (next_first.is_alphanumeric() || next_first == '(')
}

fn cap(body: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let mut start = r.start;
    while r.end - start > MAX_SENTENCE_BYTES {
        let mut cut = start + MAX_SENTENCE_BYTES;
        while !body.is_char_boundary(cut) {
            cut -= 1;
        }
        let window = &body[start..cut];
        let split_at = match window.rfind(char::is_whitespace) {
            Some(p) if p > 0 => start + p,
            _ => cut,
        };
        if let Some(t) = trim(body, start..split_at) {
            out.push(t);
        }
        start = split_at;
    }
    if let Some(t) = trim(body, start..r.end) {
        out.push(t);
    }
}

/// Where a fact was read: the sentence, and its byte range in the article body,
/// so that `&body[span[0]..span[1]] == sentence`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Evidence {
    pub sentence: String,
    pub span: [usize; 2],
}

/// One sentence of a body: its byte range, text and tokens.
pub struct Sentence<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub toks: Vec<Token<'a>>,
    /// The numbers in `toks` that count things (`numbers::counts`), read once for every reader.
    pub counts: Vec<numbers::Num>,
    /// The dates written in `toks` (`dates::find`), read once for every reader.
    pub dates: Vec<dates::FoundDate>,
    /// A whole title or heading line that does not end like a sentence (see `crate::doc`).
    pub headline: bool,
}

impl<'a> Sentence<'a> {
    /// The sentences of `body`, tokenized, headlines marked: those of `super::Doc::text`.
    pub fn all(body: &'a str) -> Vec<Sentence<'a>> {
        super::Doc::text(body).sentences
    }

    /// The sentences of `body`, tokenized; no headline marked yet (`crate::doc` marks them).
    pub(crate) fn split(body: &'a str) -> Vec<Sentence<'a>> {
        split(body)
            .into_iter()
            .map(|r| {
                let mut toks = tokens::tokenize(body, r.start, r.end);
                gloss::gloss(&mut toks);
                Sentence {
                    start: r.start,
                    end: r.end,
                    text: &body[r.clone()],
                    counts: numbers::counts(&toks),
                    dates: dates::find(&toks),
                    toks,
                    headline: false,
                }
            })
            .collect()
    }

    /// The clause of tokens `a..b` as a sentence of its own (its counts and dates read again), for a
    /// reader that finds two statements in one sentence.
    pub fn clause(&self, a: usize, b: usize) -> Sentence<'a> {
        let toks: Vec<Token<'a>> = self.toks[a.min(b)..b.min(self.toks.len())].to_vec();
        let start = toks.first().map_or(self.start, |t| t.start);
        let end = toks.last().map_or(start, |t| t.end);
        Sentence {
            start,
            end,
            text: self
                .text
                .get(start - self.start..end - self.start)
                .unwrap_or(""),
            counts: numbers::counts(&toks),
            dates: dates::find(&toks),
            toks,
            headline: self.headline,
        }
    }

    /// This sentence as evidence: `&body[span[0]..span[1]] == sentence`.
    pub fn evidence(&self) -> Evidence {
        Evidence {
            sentence: self.text.to_string(),
            span: [self.start, self.end],
        }
    }

    /// The original text of tokens `a..b`, or `None` when the range is empty or out of bounds.
    pub fn slice(&self, a: usize, b: usize) -> Option<&'a str> {
        if a >= b || b > self.toks.len() {
            return None;
        }
        self.text
            .get(self.toks[a].start - self.start..self.toks[b - 1].end - self.start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(body: &str) -> Vec<&str> {
        split(body).into_iter().map(|r| &body[r]).collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        let body = "U.S. advisers met Gen. Smith and J. Doe in Kyiv. No. 5 was next.";
        assert_eq!(
            texts(body),
            vec![
                "U.S. advisers met Gen. Smith and J. Doe in Kyiv.",
                "No. 5 was next."
            ]
        );
    }

    #[test]
    fn a_sentence_may_open_with_a_figure() {
        let body =
            "By noon there were 41 victims (five of them children). 15 victims were treated in \
                    hospital. Sirens sounded at 3 p.m. 12 drones followed. Flat No. 7 burned.";
        assert_eq!(
            texts(body),
            vec![
                "By noon there were 41 victims (five of them children).",
                "15 victims were treated in hospital.",
                "Sirens sounded at 3 p.m. 12 drones followed.",
                "Flat No. 7 burned."
            ]
        );
    }

    #[test]
    fn heading_line_is_its_own_sentence() {
        let body =
            "Drones hit Odesa\n\nRussia launched 20 drones. Most were shot down.\nNext heading";
        assert_eq!(
            texts(body),
            vec![
                "Drones hit Odesa",
                "Russia launched 20 drones.",
                "Most were shot down.",
                "Next heading"
            ]
        );
    }

    #[test]
    fn wrapped_line_is_joined() {
        let body = "Russia launched 20 drones and\nsix missiles overnight.";
        assert_eq!(texts(body), vec![body]);
    }

    #[test]
    fn long_text_is_capped_on_char_boundaries() {
        let body = "ж ".repeat(3000);
        let parts = split(&body);
        assert!(parts.len() > 1);
        assert!(parts.iter().all(|r| r.end - r.start <= MAX_SENTENCE_BYTES));
    }
}
