//! The character encoding of an input's bytes: a byte order mark, else the server's `charset`, else what
//! the bytes declare (an XML declaration's `encoding`, an HTML `<meta charset>` or `http-equiv`), else UTF-8.
//!
//! Decoding is `encoding_rs` (the WHATWG encodings browsers use), already in the tree through quick-xml.

use encoding_rs::{Encoding, UTF_8};

/// How far into the bytes a declaration is looked for (HTML asks for the first 1024 bytes; feeds put
/// theirs first).
const PRESCAN_BYTES: usize = 2048;

/// The encoding to read `bytes` in: a BOM wins, then `http_charset` (the server's header), then the
/// bytes' own declaration. `None` means UTF-8 (nothing else was named or the name is unknown).
pub fn detect(bytes: &[u8], http_charset: Option<&str>) -> Option<&'static Encoding> {
    if let Some((bom, _)) = Encoding::for_bom(bytes) {
        return Some(bom);
    }
    let named = http_charset
        .and_then(|label| Encoding::for_label(label.trim().as_bytes()))
        .or_else(|| declared(&bytes[..bytes.len().min(PRESCAN_BYTES)]))?;
    // A page that calls itself UTF-16 without a BOM is read as UTF-8 (the HTML rule); its bytes would
    // hold NULs otherwise.
    Some(named.output_encoding())
}

/// The encoding the bytes' head declares: `<?xml … encoding="…"?>`, `<meta charset=…>` or
/// `<meta http-equiv="Content-Type" content="…; charset=…">`.
fn declared(head: &[u8]) -> Option<&'static Encoding> {
    // Both declarations are tags: a head without a `<` (plain text) declares nothing, and is not copied.
    if !head.contains(&b'<') {
        return None;
    }
    let lower = head.to_ascii_lowercase();
    if let Some(start) = find(&lower, b"<?xml") {
        let end = find(&lower[start..], b"?>").map_or(lower.len(), |e| start + e);
        if let Some(label) = value_after(&lower[start..end], b"encoding") {
            return Encoding::for_label(label);
        }
    }
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"<meta") {
        let start = from + at;
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |e| start + e);
        if let Some(found) =
            value_after(&lower[start..end], b"charset").and_then(Encoding::for_label)
        {
            return Some(found);
        }
        from = end;
    }
    None
}

/// The value after `name` and `=` in a tag: quoted or bare, ending at a quote, space, `;` or `/`.
fn value_after<'a>(tag: &'a [u8], name: &[u8]) -> Option<&'a [u8]> {
    let at = find(tag, name)? + name.len();
    let rest = tag[at..].trim_ascii_start().strip_prefix(b"=")?;
    let rest = rest.trim_ascii_start();
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| matches!(b, b'"' | b'\'' | b';' | b'/' | b'>') || b.is_ascii_whitespace())
        .unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// `bytes` decoded from `encoding` (malformed sequences become U+FFFD, said by the flag). An XML
/// declaration that named the old encoding is rewritten to say UTF-8, so a feed parser reading the
/// text does not decode it a second time.
pub fn decode(bytes: &[u8], encoding: &'static Encoding) -> (String, bool) {
    let (text, _, had_errors) = encoding.decode(bytes);
    let text = text.into_owned();
    if encoding == UTF_8 {
        return (text, had_errors);
    }
    (utf8_declaration(text), had_errors)
}

/// The text with its XML declaration (if it opens with one) saying `UTF-8`.
fn utf8_declaration(text: String) -> String {
    let body = text.trim_start_matches('\u{feff}').trim_start();
    if !body.starts_with("<?xml") {
        return text;
    }
    let offset = text.len() - body.len();
    match body.find("?>") {
        Some(end) => format!(
            "{}<?xml version=\"1.0\" encoding=\"UTF-8\"?>{}",
            &text[..offset],
            &body[end + 2..]
        ),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{KOI8_R, WINDOWS_1251, WINDOWS_1252};

    #[test]
    fn the_declaration_names_the_encoding() {
        let xml = b"<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss/>";
        assert_eq!(detect(xml, None), Some(WINDOWS_1251));
        let meta = b"<html><head><meta charset='koi8-r'></head>";
        assert_eq!(detect(meta, None), Some(KOI8_R));
        let equiv =
            b"<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=cp1251\">";
        assert_eq!(detect(equiv, None), Some(WINDOWS_1251));
        assert_eq!(detect(b"<p>plain</p>", None), None);
    }

    #[test]
    fn a_bom_beats_the_header_and_the_header_beats_the_declaration() {
        let xml = b"<?xml version=\"1.0\" encoding=\"windows-1251\"?>";
        assert_eq!(detect(xml, Some("ISO-8859-1")), Some(WINDOWS_1252));
        let bom = [b"\xef\xbb\xbf".as_slice(), xml].concat();
        assert_eq!(detect(&bom, Some("windows-1251")), Some(UTF_8));
        assert_eq!(detect(xml, Some("no-such-charset")), Some(WINDOWS_1251));
    }

    #[test]
    fn decoding_rewrites_the_declaration() {
        let (bytes, _, _) =
            WINDOWS_1251.encode("<?xml version=\"1.0\" encoding=\"windows-1251\"?><t>Київ</t>");
        let (text, bad) = decode(&bytes, WINDOWS_1251);
        assert!(!bad);
        assert_eq!(
            text,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><t>Київ</t>"
        );
    }
}
