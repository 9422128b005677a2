//! JSON arrays and JSON Lines of `{"title", "date", "body", "url", "source"}` objects: one report each.

use super::Report;
use serde_json::Value;

/// The reports of a JSON array, or of JSON Lines when `lines`; each bad item is a message naming it, and
/// the rest still load.
pub fn items(text: &str, lines: bool) -> Result<(Vec<Report>, Vec<String>), String> {
    let values: Vec<(usize, Result<Value, String>)> = if lines {
        text.lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, l)| {
                (
                    i + 1,
                    serde_json::from_str(l).map_err(|e| format!("line {}: not JSON ({e})", i + 1)),
                )
            })
            .collect()
    } else {
        let v: Value = serde_json::from_str(text).map_err(|e| format!("not valid JSON ({e})"))?;
        let Value::Array(items) = v else {
            return Err("JSON input must be an array of report objects".into());
        };
        items
            .into_iter()
            .enumerate()
            .map(|(i, v)| (i + 1, Ok(v)))
            .collect()
    };
    let what = if lines { "line" } else { "item" };
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for (n, v) in values {
        match v.and_then(|v| report(&v).map_err(|e| format!("{what} {n}: {e}"))) {
            Ok(r) => out.push(r),
            Err(e) => problems.push(e),
        }
    }
    Ok((out, problems))
}

/// JSON text with every lone UTF-16 surrogate escape (`\ud800` without its pair) turned into
/// `\ufffd`, which `serde_json` would refuse and with it the whole file; paired ones are kept.
pub fn lone_surrogates_replaced(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    let unit = |at: usize| -> Option<u16> {
        let hex = text.get(at + 2..at + 6)?;
        (bytes.get(at + 1) == Some(&b'u')).then(|| u16::from_str_radix(hex, 16).ok())?
    };
    let mut out: Option<String> = None;
    let (mut copied, mut i) = (0, 0);
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        let Some(u) = unit(i) else {
            i += 2; // another escape: `\\`, `\"`, `\n`…
            continue;
        };
        let paired = (0xD800..0xDC00).contains(&u)
            && bytes.get(i + 6) == Some(&b'\\')
            && unit(i + 6).is_some_and(|low| (0xDC00..0xE000).contains(&low));
        if paired {
            i += 12;
        } else if (0xD800..0xE000).contains(&u) {
            let kept = out.get_or_insert_with(|| String::with_capacity(text.len()));
            kept.push_str(&text[copied..i]);
            kept.push_str("\\ufffd");
            i += 6;
            copied = i;
        } else {
            i += 6;
        }
    }
    match out {
        None => std::borrow::Cow::Borrowed(text),
        Some(mut kept) => {
            kept.push_str(&text[copied..]);
            std::borrow::Cow::Owned(kept)
        }
    }
}

fn report(v: &Value) -> Result<Report, String> {
    let Value::Object(o) = v else {
        return Err("not an object".into());
    };
    let field = |name: &str| -> Result<Option<String>, String> {
        match o.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.trim().to_string()).filter(|s| !s.is_empty())),
            Some(_) => Err(format!("\"{name}\" must be a string")),
        }
    };
    let body = field("body")?.ok_or("no \"body\" text")?;
    let title = field("title")?;
    let date = match field("date")? {
        Some(d) => {
            Some(super::html::parse_date(&d).ok_or(format!("\"date\" {d:?} is not YYYY-MM-DD"))?)
        }
        None => None,
    };
    // The title heads the body, so the body pane and the extractor see it as a report's first line.
    let text = match &title {
        Some(t) if !body.starts_with(t.as_str()) => format!("{t}\n\n{body}\n"),
        _ => format!("{body}\n"),
    };
    Ok(Report {
        title,
        text,
        date,
        url: field("url")?,
        source: field("source")?,
        guid: match o.get("id") {
            Some(Value::String(s)) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
            Some(Value::Number(n)) => Some(n.to_string()),
            _ => None,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_surrogates_become_replacement_characters_and_pairs_stay() {
        let text = r#"["a\ud800b", "\ud83d\ude00", "\\ud800", "\udc00\ud800"]"#;
        let fixed = lone_surrogates_replaced(text);
        let v: Vec<String> = serde_json::from_str(&fixed).unwrap();
        assert_eq!(
            v,
            ["a\u{fffd}b", "\u{1f600}", "\\ud800", "\u{fffd}\u{fffd}"]
        );
        assert!(matches!(
            lone_surrogates_replaced(r#"{"a": "\u00e9"}"#),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
