//! A bound on how deeply markup nests, applied to the raw text before any HTML or XML parser sees it:
//! the tree walks after parsing (Readability, our walker, text gathering) recurse once per level, and
//! thousands of levels overflow the stack, which no panic hook catches.

use std::borrow::Cow;

/// Levels of nesting kept; real pages stay far below it.
pub const MAX_DEPTH: usize = 200;

/// Elements that never hold others (or whose end tag the parser supplies as the next one opens): they
/// do not count as a level.
const FLAT: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "!doctype", "?xml",
];

/// Elements whose content is raw text: skipped whole, so a `<` inside is not a tag.
const RAW: &[&str] = &["script", "style", "textarea", "title"];

/// `markup` with every start and end tag deeper than `MAX_DEPTH` levels dropped (their text kept, so
/// the words of a deeply nested page still read); borrowed unchanged when it nests less.
pub fn flatten(markup: &str) -> Cow<'_, str> {
    let bytes = markup.as_bytes();
    let mut out: Option<String> = None;
    let (mut depth, mut copied, mut i) = (0usize, 0usize, 0usize);
    while let Some(offset) = memchr_lt(&bytes[i..]) {
        let start = i + offset;
        let Some((end, tag)) = tag_at(markup, start) else {
            i = start + 1;
            continue;
        };
        i = end;
        let drop = match tag {
            Tag::Open(name) if RAW.contains(&name.as_str()) => {
                // Past the raw text to its end tag; the element itself is one level, not deeper.
                i = raw_end(markup, end, &name);
                false
            }
            Tag::Open(name) if FLAT.contains(&name.as_str()) => false,
            Tag::Open(_) => {
                depth += 1;
                depth > MAX_DEPTH
            }
            Tag::Close(name) if FLAT.contains(&name.as_str()) => false,
            Tag::Close(_) => {
                let deep = depth > MAX_DEPTH;
                depth = depth.saturating_sub(1);
                deep
            }
            Tag::Other => false,
        };
        if drop {
            let kept = out.get_or_insert_with(|| String::with_capacity(markup.len()));
            kept.push_str(&markup[copied..start]);
            copied = end;
        }
    }
    match out {
        None => Cow::Borrowed(markup),
        Some(mut kept) => {
            kept.push_str(&markup[copied..]);
            Cow::Owned(kept)
        }
    }
}

/// True when `flatten` would change `markup`.
pub fn too_deep(markup: &str) -> bool {
    matches!(flatten(markup), Cow::Owned(_))
}

enum Tag {
    /// A start tag (lowercase name), not self-closing.
    Open(String),
    Close(String),
    /// A comment, a self-closing tag, a CDATA section.
    Other,
}

fn memchr_lt(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'<')
}

/// The tag starting at `start` (a `<`): where it ends and what it is; `None` when the `<` starts no tag.
fn tag_at(markup: &str, start: usize) -> Option<(usize, Tag)> {
    let rest = &markup[start..];
    if let Some(body) = rest.strip_prefix("<!--") {
        let end = body.find("-->").map_or(markup.len(), |e| start + 4 + e + 3);
        return Some((end, Tag::Other));
    }
    if let Some(body) = rest.strip_prefix("<![CDATA[") {
        let end = body.find("]]>").map_or(markup.len(), |e| start + 9 + e + 3);
        return Some((end, Tag::Other));
    }
    let (close, name_from) = match rest.as_bytes().get(1)? {
        b'/' => (true, 2),
        b if b.is_ascii_alphabetic() || *b == b'!' || *b == b'?' => (false, 1),
        _ => return None,
    };
    let name: String = rest[name_from..]
        .chars()
        .take_while(|c| !c.is_whitespace() && *c != '>' && *c != '/')
        .collect::<String>()
        .to_ascii_lowercase();
    let end = start + tag_end(&rest[name_from..])? + name_from;
    let self_closing = markup[..end].ends_with("/>");
    Some((
        end,
        match (close, self_closing) {
            (true, _) => Tag::Close(name),
            (false, true) => Tag::Other,
            (false, false) => Tag::Open(name),
        },
    ))
}

/// Bytes up to and including the `>` that ends a tag, quoted attribute values skipped.
fn tag_end(tag: &str) -> Option<usize> {
    let mut quote: Option<u8> = None;
    for (i, &b) in tag.as_bytes().iter().enumerate() {
        match (quote, b) {
            (Some(q), b) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'>') => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// Where the raw text of a `name` element starting at `from` ends: after its end tag, else the end.
fn raw_end(markup: &str, from: usize, name: &str) -> usize {
    let bytes = markup.as_bytes();
    let mut at = from;
    while let Some(e) = markup[at..].find("</") {
        let name_at = at + e + 2;
        let candidate = bytes.get(name_at..name_at + name.len());
        if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes())) {
            return at + e;
        }
        at = name_at;
    }
    markup.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_markup_is_left_as_it_is() {
        let page =
            "<html><body><div class=\"a>b\"><p>Drones over <b>Sumy</b><br>night<p>More</div>\
                    <script>if (a < b) {}</script><!-- <div> --></body></html>";
        assert!(matches!(flatten(page), Cow::Borrowed(_)));
    }

    #[test]
    fn tags_past_the_bound_are_dropped_and_their_text_kept() {
        let n = MAX_DEPTH + 50;
        let page = format!(
            "{}Nine drones were downed{}",
            "<b>".repeat(n),
            "</b>".repeat(n)
        );
        let flat = flatten(&page);
        assert_eq!(flat.matches("<b>").count(), MAX_DEPTH);
        assert_eq!(flat.matches("</b>").count(), MAX_DEPTH);
        assert!(flat.contains("Nine drones were downed"));
        // Unclosed paragraphs and list items do not count as levels.
        assert!(!too_deep(&"<p>line ".repeat(5 * MAX_DEPTH)));
    }
}
