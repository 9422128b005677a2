//! Telegram Desktop channel exports ("Export chat history", machine-readable JSON): one report per
//! message with text.
//!
//! A message's `text` is a string or an array of strings and entity objects (`{"type": "bold", "text":
//! "..."}`); service messages and media-only messages without text are skipped. The channel's `name` is
//! the source, the message's date the report date, its first line the title; the message link
//! (`https://t.me/<channel>/<id>`) is kept when the export names the channel (`username`, or a `t.me`
//! link in the export).

use super::Report;
use serde_json::Value;

/// The reports of an export, and how many messages of a type other than "message"/"service" were skipped.
pub fn messages(v: &Value) -> Result<(Vec<Report>, usize), String> {
    let msgs = v
        .get("messages")
        .and_then(Value::as_array)
        .ok_or("not a Telegram export: no \"messages\" array")?;
    let channel = v.get("name").and_then(Value::as_str).map(str::to_string);
    let username = v
        .get("username")
        .and_then(Value::as_str)
        .map(|u| u.trim_start_matches('@').to_string())
        .filter(|u| !u.is_empty() && u.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'));
    let mut out = Vec::new();
    let mut unknown = 0;
    for m in msgs {
        match m.get("type").and_then(Value::as_str) {
            Some("message") => {}
            Some("service") => continue,
            _ => {
                unknown += 1;
                continue;
            }
        }
        let text = m.get("text").map(text_of).unwrap_or_default();
        let text = text.trim();
        if text.is_empty() {
            continue;
        }
        let id = m.get("id").and_then(Value::as_i64);
        let date = m
            .get("date")
            .and_then(Value::as_str)
            .and_then(super::html::parse_date);
        let title = text
            .lines()
            .find(|l| !l.trim().is_empty())
            .map(|l| l.trim().to_string());
        out.push(Report {
            title,
            text: format!("{text}\n"),
            date,
            url: username
                .as_ref()
                .zip(id)
                .map(|(u, id)| format!("https://t.me/{u}/{id}")),
            source: channel.clone(),
            // A message's id is its identity within the channel, with or without a `username`.
            guid: id.map(|id| format!("message {id}")),
        });
    }
    Ok((out, unknown))
}

/// The text of a message: a string, or the strings and entity texts of an array in order.
fn text_of(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Array(parts) => parts
            .iter()
            .map(|p| match p {
                Value::String(s) => s.as_str(),
                Value::Object(o) => o.get("text").and_then(Value::as_str).unwrap_or(""),
                _ => "",
            })
            .collect(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entity_arrays_join_in_order() {
        let v: Value = serde_json::from_str(
            r#"["Air defence downed ", {"type": "bold", "text": "12"}, " drones", {"type": "hashtag"}]"#,
        )
        .unwrap();
        assert_eq!(text_of(&v), "Air defence downed 12 drones");
    }
}
