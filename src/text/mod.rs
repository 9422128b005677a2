//! Text measured in terminal cells: cutting to a width, wrapping an article into lines.

pub mod find;
pub mod pairs;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Cells `s` takes on screen (wide characters count 2).
pub fn width(s: &str) -> usize {
    s.graphemes(true).map(grapheme_width).sum()
}

fn grapheme_width(g: &str) -> usize {
    if g.chars().any(char::is_control) {
        1
    } else {
        g.width()
    }
}

/// `s` cut to at most `max` cells by whole graphemes, ending in `…` when cut.
pub fn fit(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_owned();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in s.graphemes(true) {
        let w = grapheme_width(g);
        if used + w > max - 1 {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.push('…');
    out
}

/// `s` made safe to draw: a tab is a space, other control characters are `�`, so they cannot move
/// the cursor. One character in, one out, so widths measured before stay true.
pub fn printable(s: &str) -> String {
    if !s.chars().any(char::is_control) {
        return s.to_owned();
    }
    s.chars()
        .map(|c| match c {
            '\t' => ' ',
            c if c.is_control() => '\u{FFFD}',
            c => c,
        })
        .collect()
}

/// `s` made safe to print to a terminal as plain text, with nothing hidden: line breaks are kept, a
/// tab is a space, other control characters are written out in caret notation (`ESC` as `^[`, DEL as
/// `^?`) or as `<U+0085>` for the C1 range, so an escape sequence inside a report shows as text
/// instead of acting on the terminal.
pub fn visible(s: &str) -> String {
    if !s.chars().any(|c| c.is_control() && c != '\n') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' => out.push('\n'),
            '\t' => out.push(' '),
            '\u{7f}' => out.push_str("^?"),
            c if (c as u32) < 0x20 => {
                out.push('^');
                out.push(char::from(b'@' + c as u8));
            }
            c if c.is_control() => out.push_str(&format!("<U+{:04X}>", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// A link that can be copied or pasted safely: no control character, no white space (a line break in a
/// pasted link runs what follows in a shell) and no bidi control.
pub fn is_clean_link(url: &str) -> bool {
    !url.is_empty()
        && !url
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || is_bidi_control(c))
}

/// True for the Unicode controls that reorder text on screen (embeddings, overrides, isolates): a title
/// holding them can show different words from the ones it has.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `s` without bidi controls.
pub fn without_bidi(s: &str) -> String {
    s.chars().filter(|&c| !is_bidi_control(c)).collect()
}

/// JSON text with every C1 control character (U+0080 to U+009F) written as a `\u00XX` escape, which
/// `serde_json` leaves raw and some terminals act on. JSON holds such characters only inside strings,
/// where the escape means the same character.
pub fn json_c1_escaped(json: String) -> String {
    // A C1 character is 0xC2 and a byte 0x80..=0x9F in UTF-8: most JSON is ASCII and says so at once.
    let has_c1 = !json.is_ascii()
        && json
            .as_bytes()
            .windows(2)
            .any(|w| w[0] == 0xC2 && (0x80..=0x9F).contains(&w[1]));
    if !has_c1 {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if ('\u{80}'..='\u{9f}').contains(&c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_counts_cells_and_graphemes() {
        assert_eq!(fit("Kharkiv", 7), "Kharkiv");
        assert_eq!(fit("Kharkiv", 5), "Khar…");
        // Wide characters take two cells: never cut one in half.
        assert_eq!(fit("日本語テキスト", 6), "日本…");
        assert_eq!(width(&fit("日本語テキスト", 6)), 5);
        // A combining accent stays with its letter.
        assert_eq!(fit("e\u{301}e\u{301}e\u{301}", 2), "e\u{301}…");
        assert_eq!(fit("abc", 0), "");
        assert_eq!(fit("abc", 1), "…");
    }

    #[test]
    fn printable_replaces_controls() {
        assert_eq!(printable("a\u{1b}[2Jb"), "a\u{FFFD}[2Jb");
        assert_eq!(printable("plain"), "plain");
        assert_eq!(printable("a\tb"), "a b");
        assert_eq!(printable("\u{9b}31m"), "\u{FFFD}31m");
    }

    #[test]
    fn visible_writes_controls_out() {
        assert_eq!(visible("a\u{1b}[2Jb"), "a^[[2Jb");
        assert_eq!(visible("\u{1b}]0;owned\u{7}"), "^[]0;owned^G");
        assert_eq!(visible("x\u{7f}\u{9b}1m"), "x^?<U+009B>1m");
        assert_eq!(visible("line\nnext\tcell\r"), "line\nnext cell^M");
        assert_eq!(visible("plain"), "plain");
    }
}

/// `1004` as "1,004".
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod number_tests {
    use super::{json_c1_escaped, without_bidi};

    #[test]
    fn thousands() {
        assert_eq!(super::thousands(0), "0");
        assert_eq!(super::thousands(999), "999");
        assert_eq!(super::thousands(1004), "1,004");
        assert_eq!(super::thousands(100_000), "100,000");
        assert_eq!(super::thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn c1_controls_are_escaped_in_json_and_bidi_controls_leave_titles() {
        let json = serde_json::to_string(&"a\u{9b}31mb\u{85}").unwrap();
        assert_eq!(json_c1_escaped(json.clone()), "\"a\\u009b31mb\\u0085\"");
        let back: String = serde_json::from_str(&json_c1_escaped(json)).unwrap();
        assert_eq!(back, "a\u{9b}31mb\u{85}");
        assert_eq!(
            without_bidi("Kyiv \u{202E}gnilleh\u{202C} news"),
            "Kyiv gnilleh news"
        );
    }
}
