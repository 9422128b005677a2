//! The status bar's messages, kept once gone so that `m` shows them in full: the bar cuts a long one.

/// How many are kept.
const KEPT: usize = 50;

/// Keeps `message` as the newest (the same message twice in a row once), dropping the oldest past `KEPT`.
pub fn keep(said: &mut Vec<String>, message: String) {
    if said.last() != Some(&message) {
        said.push(message);
    }
    if said.len() > KEPT {
        said.drain(..said.len() - KEPT);
    }
}

/// The status bar's text for `message` in `room` cells: as it is when it fits, else cut with a pointer
/// to the messages popup, where it is in full.
pub fn shown(message: &str, room: usize) -> String {
    const MORE: &str = "… m: in full";
    if crate::text::width(message) <= room {
        return message.to_string();
    }
    let cut = crate::text::fit(message, room.saturating_sub(crate::text::width(MORE)));
    format!("{}{MORE}", cut.trim_end_matches('…').trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_message_is_cut_with_a_pointer_and_kept() {
        let long = "Showing the seeds: list sources in the config (sitrep --print-default-config), then fetch";
        let s = shown(long, 40);
        assert!(s.ends_with("… m: in full"), "{s}");
        assert!(crate::text::width(&s) <= 40, "{s}");
        assert_eq!(shown("short", 40), "short");
        let mut said = Vec::new();
        for i in 0..60 {
            keep(&mut said, format!("m{i}"));
        }
        keep(&mut said, "m59".into());
        assert_eq!(said.len(), 50);
        assert_eq!(said.last().map(String::as_str), Some("m59"));
    }
}
