//! Word and punctuation tokens of one sentence, with byte offsets into the article body.

use std::borrow::Cow;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters, possibly with digits and inner hyphens, slashes or apostrophes ("Shahed-136/131", "Ukraine’s").
    Word,
    /// Digits, possibly grouped ("1,000") or decimal ("1.5").
    Num,
    /// One character that is neither.
    Punct,
}

/// One token: its text, lower-cased text and byte range in the body.
#[derive(Debug, Clone)]
pub struct Token<'a> {
    pub text: &'a str,
    pub lower: Cow<'a, str>,
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
}

impl Token<'_> {
    /// True when the token is a word starting with an upper-case letter.
    pub fn is_capitalized(&self) -> bool {
        self.kind == TokKind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// True when the token is a quote mark ("“Olkha” missiles", "'lost locally'").
    pub fn is_quote(&self) -> bool {
        self.kind == TokKind::Punct && self.text.chars().all(|c| "\"“”'‘’«»".contains(c))
    }

    /// True when the token is the punctuation character `c`.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct && self.text.starts_with(c)
    }

    /// The lower-cased text up to its first slash ("shot/destroyed" is "shot"), the whole of it without
    /// one. Asked of most words: a byte loop over a short word, not a `memchr` call.
    pub fn before_slash(&self) -> &str {
        let lower = self.lower.as_ref();
        match lower.bytes().position(|b| b == b'/') {
            Some(p) => &lower[..p],
            None => lower,
        }
    }

    /// The lower-cased text without a possessive "’s"/"'s".
    pub fn bare(&self) -> &str {
        self.lower
            .strip_suffix("’s")
            .or_else(|| self.lower.strip_suffix("'s"))
            .unwrap_or(&self.lower)
    }
}

/// The tokens of `body[start..end]`, whitespace dropped. Offsets are into `body`.
pub fn tokenize(body: &str, start: usize, end: usize) -> Vec<Token<'_>> {
    let text = &body[start..end];
    let bytes = text.as_bytes();
    // Most report text is ASCII: a byte below 0x80 is its character, with no decoding.
    let char_at = |p: usize| match bytes.get(p) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text[p..].chars().next(),
        None => None,
    };
    // Report prose averages more than four bytes a token: one allocation for most sentences (capped,
    // so a huge line without sentences still grows as needed rather than reserving up front).
    let mut out = Vec::with_capacity((text.len() / 4 + 1).min(1024));
    if text.is_ascii() {
        ascii_tokens(body, start, end, &mut out);
        return out;
    }
    let mut pos = 0;
    while let Some(c) = char_at(pos) {
        if c.is_whitespace() {
            pos += c.len_utf8();
            continue;
        }
        if !c.is_alphanumeric() {
            let len = c.len_utf8();
            out.push(make(body, start + pos, start + pos + len, TokKind::Punct));
            pos += len;
            continue;
        }
        // `prev` is the last character taken into the word, `j` the byte after it.
        let mut prev = c;
        let mut j = pos + c.len_utf8();
        loop {
            // A run of ASCII letters and digits at once.
            let run = bytes[j..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
            if run > 0 {
                j += run;
                prev = char::from(bytes[j - 1]);
            }
            let Some(c) = char_at(j) else { break };
            if c.is_alphanumeric() {
                prev = c;
                j += c.len_utf8();
                continue;
            }
            let after = j + c.len_utf8();
            let next = char_at(after);
            let joins = match c {
                '-' | '/' | '’' | '\'' | '‑' => next.is_some_and(char::is_alphanumeric),
                ',' | '.' | ':' => {
                    prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit())
                }
                _ => false,
            };
            match next {
                Some(n) if joins => {
                    prev = n;
                    j = after + n.len_utf8();
                }
                _ => break,
            }
        }
        let word = &text[pos..j];
        let kind = if is_numeric(word) {
            TokKind::Num
        } else {
            TokKind::Word
        };
        out.push(make(body, start + pos, start + j, kind));
        pos = j;
    }
    out
}

/// What an ASCII byte is to `ascii_tokens`, as bits of `BYTE_CLASS`.
const ALNUM: u8 = 1;
const UPPER: u8 = 2;
const SPACE: u8 = 4;

/// The class bits of every byte: a table look-up per byte instead of three tests.
const BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] |= ALNUM;
        }
        if c.is_ascii_uppercase() {
            t[b] |= UPPER;
        }
        if c.is_ascii_whitespace() || c == 0x0B {
            t[b] |= SPACE;
        }
        b += 1;
    }
    t
};

/// `tokenize` of an ASCII text, byte by byte: the same rules with every character one byte, and none of
/// the non-ASCII joiners. `tests::the_ascii_path_agrees_with_the_general_one` holds it to the general path.
/// Whether a word has a capital is gathered while it is scanned, so its lower case costs nothing more.
fn ascii_tokens<'a>(body: &'a str, start: usize, end: usize, out: &mut Vec<Token<'a>>) {
    let b = &body.as_bytes()[..end];
    let class = |p: usize| BYTE_CLASS[usize::from(b[p])];
    let mut pos = start;
    while pos < end {
        let first = class(pos);
        if first & SPACE != 0 {
            pos += 1;
            continue;
        }
        if first & ALNUM == 0 {
            out.push(ascii_token(body, pos, pos + 1, TokKind::Punct, false));
            pos += 1;
            continue;
        }
        let (mut j, mut bits) = (pos + 1, first);
        loop {
            while j < end && class(j) & ALNUM != 0 {
                bits |= class(j);
                j += 1;
            }
            if j + 1 >= end {
                break;
            }
            let (prev, next) = (b[j - 1], b[j + 1]);
            let joins = match b[j] {
                b'-' | b'/' | b'\'' => next.is_ascii_alphanumeric(),
                b',' | b'.' | b':' => prev.is_ascii_digit() && next.is_ascii_digit(),
                _ => false,
            };
            if !joins {
                break;
            }
            bits |= class(j + 1);
            j += 2;
        }
        let kind = if b[pos].is_ascii_digit() && is_numeric(&body[pos..j]) {
            TokKind::Num
        } else {
            TokKind::Word
        };
        out.push(ascii_token(body, pos, j, kind, bits & UPPER != 0));
        pos = j;
    }
}

/// The token of the ASCII text `body[start..end]`, lower-cased only when it has a capital.
fn ascii_token(body: &str, start: usize, end: usize, kind: TokKind, upper: bool) -> Token<'_> {
    let text = &body[start..end];
    Token {
        text,
        lower: if upper {
            Cow::Owned(text.to_ascii_lowercase())
        } else {
            Cow::Borrowed(text)
        },
        start,
        end,
        kind,
    }
}

/// Words a title-case headline leaves in lower case ("Drones Shot Down over Kyiv and Odesa").
const TITLE_MINOR: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with",
    "from", "as", "over", "into", "after", "vs",
];

/// True when the words after the first are written in title case ("Kyiv Hit by Massive Drone Attack"):
/// at least three words that are not `TITLE_MINOR`, and no more than one in five of them in lower case.
/// There a capital letter says nothing of a name.
pub fn is_title_case(toks: &[Token]) -> bool {
    let (mut words, mut lower) = (0, 0);
    for t in toks.iter().skip(1) {
        if t.kind != TokKind::Word || TITLE_MINOR.contains(&t.lower.as_ref()) {
            continue;
        }
        if !t.text.chars().next().is_some_and(char::is_alphabetic) {
            continue;
        }
        words += 1;
        if !t.is_capitalized() {
            lower += 1;
        }
    }
    words >= 3 && lower * 5 <= words
}

fn is_numeric(word: &str) -> bool {
    if !word.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let mut groups = word.split(',');
    let first = groups.next().unwrap_or("");
    let grouped = word.contains(',');
    let (int, frac) = match first.split_once('.') {
        Some((a, b)) if !grouped => (a, Some(b)),
        _ => (first, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || frac.is_some_and(|f| !digits(f)) {
        return false;
    }
    if grouped {
        return int.len() <= 3 && groups.all(|g| g.len() == 3 && digits(g));
    }
    true
}

fn make(body: &str, start: usize, end: usize, kind: TokKind) -> Token<'_> {
    let text = &body[start..end];
    let lower = if !text
        .bytes()
        .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
    {
        Cow::Borrowed(text)
    } else if text.is_ascii() {
        Cow::Owned(text.to_ascii_lowercase())
    } else if text.chars().any(char::is_uppercase) {
        Cow::Owned(text.to_lowercase())
    } else {
        Cow::Borrowed(text)
    };
    Token {
        text,
        lower,
        start,
        end,
        kind,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn title_case_is_told_from_a_sentence_with_names() {
        let title = |s: &str| is_title_case(&tokenize(s, 0, s.len()));
        assert!(title("Kyiv Hit by Massive Drone Attack"));
        assert!(title(
            "Russia and Ukraine Swap Deadly Missile Strikes Overnight"
        ));
        assert!(title("Drones Shot Down over Kyiv and Odesa"));
        // Prose with names in it is no title.
        assert!(!title(
            "Ukraine's Air Force said Russia launched 90 Shahed drones at Odesa."
        ));
        assert!(!title(
            "The Defence Ministry said Zircon missiles were used."
        ));
        // Too few words to tell.
        assert!(!title("Kyiv Attacked"));
    }

    use super::*;
    use proptest::prelude::*;

    /// The general path alone: a space and a non-ASCII word after the text make it take that path, and
    /// change none of the text's tokens (a space never joins); that word's token is dropped.
    fn general(text: &str) -> Vec<(String, String, usize, usize, TokKind)> {
        let body = format!("{text} \u{e9}");
        let mut toks = tokenize(&body, 0, body.len());
        toks.pop();
        toks.iter()
            .map(|t| {
                (
                    t.text.to_string(),
                    t.lower.to_string(),
                    t.start,
                    t.end,
                    t.kind,
                )
            })
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn the_ascii_path_agrees_with_the_general_one(
            text in "[aZ9 ,.:/'\\-\t\n()\"#]{0,40}",
            cut in 0usize..41,
        ) {
            let end = cut.min(text.len());
            let fast: Vec<_> = tokenize(&text, 0, end)
                .iter()
                .map(|t| (t.text.to_string(), t.lower.to_string(), t.start, t.end, t.kind))
                .collect();
            prop_assert_eq!(fast, general(&text[..end]));
        }
    }

    #[test]
    fn tokens_keep_weapon_names_and_grouped_numbers() {
        let body = "Russia launched 1,000 Shahed-136/131 drones, at 01:20 (Ukraine’s).";
        let toks = tokenize(body, 0, body.len());
        let texts: Vec<&str> = toks.iter().map(|t| t.text).collect();
        assert_eq!(
            texts,
            vec![
                "Russia",
                "launched",
                "1,000",
                "Shahed-136/131",
                "drones",
                ",",
                "at",
                "01:20",
                "(",
                "Ukraine’s",
                ")",
                "."
            ]
        );
        assert_eq!(toks[2].kind, TokKind::Num);
        assert_eq!(toks[7].kind, TokKind::Word);
        assert_eq!(toks[9].bare(), "ukraine");
    }
}
