//! Sentence splitting: Unicode sentence bounds, mended for abbreviations, initials and headings.

use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// Sentences longer than this are cut at whitespace into pieces of at most about this size,
/// so that evidence stays small and work stays linear on text without punctuation.
pub const MAX_SENTENCE_BYTES: usize = 1000;

/// Abbreviations after which a period does not end a sentence (compared case-insensitively, without the period).
const ABBREVIATIONS: &[&str] = &[
    "u.s", "u.k", "u.n", "e.u", "gen", "col", "lt", "maj", "capt", "sgt", "no", "nos", "mr", "mrs",
    "ms", "dr", "st", "prof", "sen", "rep", "gov", "adm", "cmdr", "vs", "etc", "approx", "jan",
    "feb", "aug", "sept", "oct", "nov", "dec", "a.m", "p.m", "jr", "sr", "inc", "corp", "dept",
    "fig",
];

/// Byte ranges of the sentences of `body`, in order, trimmed of surrounding whitespace and never empty.
///
/// A newline ends a sentence unless the line ends without final punctuation and the next line starts in
/// lower case (a hard-wrapped paragraph). A period after a known abbreviation or a single-letter initial
/// does not end one. `&body[r]` is always valid.
pub fn split(body: &str) -> Vec<Range<usize>> {
    let mut raw: Vec<Range<usize>> = Vec::new();
    for piece in bounds(body) {
        if let Some(r) = trim(body, piece) {
            raw.push(r);
        }
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

/// The Unicode sentence-bound pieces of `body` (UAX #29, as `split_sentence_bound_indices` gives them).
///
/// A line feed always ends a piece (rule SB4) and no rule looks back across one, so each line is
/// segmented on its own: lines made only of characters in [`category`] by a direct reading of the
/// rules, other lines by unicode-segmentation.
fn bounds(body: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut cats: Vec<(usize, Cat)> = Vec::new();
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        cats.clear();
        let known = line.char_indices().all(|(i, c)| match category(c) {
            Some(cat) => {
                cats.push((offset + i, cat));
                true
            }
            None => false,
        });
        let end = offset + line.len();
        if known {
            let mut start = offset;
            for b in line_breaks(&cats) {
                out.push(start..b);
                start = b;
            }
            if start < end {
                out.push(start..end);
            }
        } else {
            for (i, piece) in line.split_sentence_bound_indices() {
                out.push(offset + i..offset + i + piece.len());
            }
        }
        offset = end;
    }
    out
}

/// Sentence-break categories of UAX #29 that [`category`] knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cat {
    Other,
    Sp,
    Lf,
    Lower,
    Upper,
    Numeric,
    ATerm,
    STerm,
    Close,
    SContinue,
}

/// The sentence-break category of printable ASCII, tab, line feed and a few common typographic
/// characters; `None` for every other character (those lines go to unicode-segmentation).
fn category(c: char) -> Option<Cat> {
    Some(match c {
        'a'..='z' => Cat::Lower,
        'A'..='Z' => Cat::Upper,
        '0'..='9' => Cat::Numeric,
        ' ' | '\t' | '\u{a0}' => Cat::Sp,
        '\n' => Cat::Lf,
        '.' => Cat::ATerm,
        '!' | '?' => Cat::STerm,
        '"' | '\'' | '(' | ')' | '[' | ']' | '{' | '}' | '‘' | '’' | '“' | '”' => {
            Cat::Close
        }
        ',' | '-' | ':' | ';' | '–' | '—' => Cat::SContinue,
        '#' | '$' | '%' | '&' | '*' | '+' | '/' | '<' | '=' | '>' | '@' | '\\' | '^' | '_'
        | '`' | '|' | '~' | '…' | '•' => Cat::Other,
        _ => return None,
    })
}

/// Byte offsets of the sentence breaks inside one line (its characters and their categories), by
/// rules SB4 and SB6 to SB11: a break can only follow a terminator, its closing punctuation and spaces.
fn line_breaks(cats: &[(usize, Cat)]) -> Vec<usize> {
    let at = |k: usize| cats.get(k).map(|&(_, c)| c);
    let offset = |k: usize| cats[k].0;
    let mut out = Vec::new();
    let mut i = 0;
    while i < cats.len() {
        let term = cats[i].1;
        if !matches!(term, Cat::ATerm | Cat::STerm) {
            i += 1;
            continue;
        }
        let mut p = i + 1;
        while at(p) == Some(Cat::Close) {
            p += 1;
        }
        while at(p) == Some(Cat::Sp) {
            p += 1;
        }
        let Some(next) = at(p) else {
            break;
        };
        let aterm = term == Cat::ATerm;
        let adjacent = p == i + 1;
        let keep = next != Cat::Lf
            && ((aterm && adjacent && next == Cat::Numeric)
                || (aterm
                    && adjacent
                    && next == Cat::Upper
                    && i > 0
                    && matches!(cats[i - 1].1, Cat::Upper | Cat::Lower))
                || (aterm && lower_follows(&cats[p..]))
                || matches!(next, Cat::SContinue | Cat::ATerm | Cat::STerm));
        if !keep {
            // After a line feed the break falls at the end of the line, which the caller adds.
            if next != Cat::Lf {
                out.push(offset(p));
            }
        }
        i = p;
    }
    out
}

/// Rule SB8: after "ATerm Close* Sp*", no break when a lower-case letter follows before any letter,
/// paragraph separator or terminator.
fn lower_follows(rest: &[(usize, Cat)]) -> bool {
    rest.iter().map(|&(_, c)| c).find(|c| {
        matches!(
            c,
            Cat::Upper | Cat::Lower | Cat::Lf | Cat::ATerm | Cat::STerm
        )
    }) == Some(Cat::Lower)
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
    let lower = last_word.to_lowercase();
    let initial = last_word.chars().count() == 1 && last_word.chars().all(char::is_uppercase);
    (initial || ABBREVIATIONS.contains(&lower.as_str()))
        && (next_first.is_alphanumeric() || next_first == '(')
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

    /// The unicode-segmentation pieces that `bounds` must reproduce.
    fn reference(body: &str) -> Vec<Range<usize>> {
        body.split_sentence_bound_indices()
            .map(|(i, piece)| i..i + piece.len())
            .collect()
    }

    #[test]
    fn bounds_match_unicode_segmentation() {
        // Every character the fast path knows, a few it does not, and fragments around abbreviations.
        let mut alphabet: Vec<String> = (0x20u8..0x7f).map(|b| (b as char).to_string()).collect();
        for extra in [
            "\t", "\n", "\n\n", "\u{a0}", "‘", "’", "“", "”", "–", "—", "…", "•", "é", "Ж", "ж",
            "\r", "\u{301}", "\u{200b}", "日", ". ", ". a", ". A", "U.S. ", "Mr. ", "?\" ", ".) ",
            "  ", "a", "A", "1",
        ] {
            alphabet.push(extra.to_string());
        }
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..200_000 {
            let len = next(24);
            let body: String = (0..len)
                .map(|_| alphabet[next(alphabet.len())].as_str())
                .collect();
            assert_eq!(bounds(&body), reference(&body), "{body:?}");
        }
        for body in [
            "",
            "\n",
            "Hello.",
            "Hello. World",
            "U.S. forces. 5 apples. etc. and then",
            "Seed text: “Quoted.” Next one.\nNew line? yes.\n\n",
            include_str!("../../seeds/000_178d82905a493208.txt"),
            include_str!("../../seeds/004_7dcc0c5c7b642355.txt"),
            include_str!("../../tests/fixtures/qa_wire_toll.txt"),
            include_str!("../../tests/fixtures/qa_air_force_summary.txt"),
        ] {
            assert_eq!(bounds(body), reference(body), "{body:?}");
        }
    }
}
