//! The CSV of `sitrep events --format csv`: the public per-attack record's columns, then ours.

use super::{Account, Event};
use std::collections::BTreeMap;

/// The record's name for a weapon (`assets/record_models.toml`), else its own.
pub fn record_model(weapon: &str) -> String {
    static MODELS: std::sync::OnceLock<BTreeMap<String, String>> = std::sync::OnceLock::new();
    let models = MODELS.get_or_init(|| {
        #[derive(serde::Deserialize)]
        struct File {
            models: BTreeMap<String, String>,
        }
        toml::from_str::<File>(include_str!("../../assets/record_models.toml"))
            .map(|f| f.models)
            .unwrap_or_default()
    });
    models
        .get(weapon)
        .cloned()
        .unwrap_or_else(|| weapon.to_string())
}

/// The columns of the public per-attack record (`missile_attacks_daily.csv`), then ours.
pub const CSV_HEADER: &str = "time_start,time_end,model,launch_place,target,target_main,launched,destroyed,\
not_reach_goal,still_attacking,border_crossing,is_shahed,num_hit_location,num_fall_fragment_location,carrier,\
turbojet,turbojet_destroyed,affected region,destroyed_details,launched_details,launch_place_details,source,\
sources,disagreement,side,dated_by_fetch";

/// One CSV row per event, in the record's columns (those sitrep cannot know are empty).
pub fn csv_row(e: &Event) -> String {
    let mut models: Vec<String> = Vec::new();
    for w in e.weapons() {
        let m = record_model(w);
        if !models.contains(&m) {
            models.push(m);
        }
    }
    // "Iskander-M" beside "Iskander-M/KN-23" is one model named twice.
    let all_models = models.clone();
    models.retain(|m| {
        !all_models
            .iter()
            .any(|other| other != m && other.split('/').any(|part| part == m))
    });
    let all = |of: fn(&Account) -> &Vec<String>| {
        let mut out: Vec<&str> = Vec::new();
        for v in e.accounts.iter().flat_map(of) {
            if !out.contains(&v.as_str()) {
                out.push(v);
            }
        }
        out.join(" and ")
    };
    let lost: Option<u32> = e
        .accounts
        .iter()
        .filter(|a| !a.superseded)
        .filter_map(|a| a.lost_locally)
        .max();
    let shahed = e.weapons().iter().any(|w| w.starts_with("Shahed"));
    let links: Vec<&str> = e
        .accounts
        .iter()
        .map(|a| a.url.as_deref().unwrap_or(&a.path))
        .collect();
    let n = |v: Option<u32>| v.map(|v| v.to_string()).unwrap_or_default();
    let fields: Vec<String> = vec![
        e.start().format("%Y-%m-%d").to_string(),
        e.date.format("%Y-%m-%d").to_string(),
        models.join(" and "),
        all(|a| &a.launched_from),
        all(|a| &a.targets),
        String::new(),
        n(e.launched),
        n(e.destroyed),
        n(lost),
        String::new(),
        String::new(),
        if shahed { "1".into() } else { String::new() },
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        all(|a| &a.over),
        String::new(),
        String::new(),
        String::new(),
        links.join(" "),
        e.sources.to_string(),
        e.disagreement.clone().unwrap_or_default(),
        crate::corpus::attacker::side_label(e.side).to_string(),
        if e.dated_by_fetch() {
            "1".into()
        } else {
            String::new()
        },
    ];
    fields
        .iter()
        .map(|f| csv_field(f))
        .collect::<Vec<_>>()
        .join(",")
}

/// A CSV field safe for a spreadsheet and a terminal: control characters (line breaks too) become
/// spaces, a field a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`) is prefixed
/// with `'` (OWASP's rule); quoted when it holds a comma or a quote (RFC 4180). Numbers stay numbers.
fn csv_field(f: &str) -> String {
    let mut f: String = f
        .chars()
        .filter(|&c| !crate::text::is_bidi_control(c))
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if f.starts_with(['=', '+', '-', '@']) && f.parse::<f64>().is_err() {
        f.insert(0, '\'');
    }
    if f.contains([',', '"']) {
        format!("\"{}\"", f.replace('"', "\"\""))
    } else {
        f
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::tests::{events, report};

    #[test]
    fn a_target_is_a_place_or_nothing() {
        assert!(crate::events::account::is_place("Odesa"));
        assert!(crate::events::account::is_place("the Kharkiv region"));
        // A clause the target reader ran on into is no target.
        assert!(!crate::events::account::is_place(
            "the drones' approach to the city was stopped"
        ));
        assert!(!crate::events::account::is_place("the depot"));
    }

    #[test]
    fn a_model_and_its_record_pair_are_one_model() {
        let e = events(&[report(
            "a",
            "Harbour Post",
            "Night\n\nOn the night of 9 to 10 May 2024, Russia launched two Iskander-M and two KN-23 \
             missiles at Kyiv; all four were shot down.\n",
        )]);
        let row = csv_row(&e[0]);
        let cells: Vec<&str> = row.split(',').collect();
        assert_eq!(cells[2], "Iskander-M/KN-23", "{row}");
        assert_eq!((cells[6], cells[7]), ("4", "4"), "{row}");
    }

    #[test]
    fn the_csv_has_the_record_columns_and_ours() {
        let header: Vec<&str> = CSV_HEADER.split(',').collect();
        assert_eq!(
            &header[..8],
            [
                "time_start",
                "time_end",
                "model",
                "launch_place",
                "target",
                "target_main",
                "launched",
                "destroyed"
            ]
        );
        assert_eq!(
            &header[header.len() - 5..],
            [
                "source",
                "sources",
                "disagreement",
                "side",
                "dated_by_fetch"
            ]
        );
        let e = events(&[report(
            "a",
            "Harbour Post",
            "Night\n\nOn the night of 9 to 10 May 2024, Russia launched 36 Kh-101 missiles, 30 of which were \
             shot down.\n",
        )]);
        let row = csv_row(&e[0]);
        let cells: Vec<&str> = row.split(',').collect();
        assert_eq!(cells.len(), header.len(), "{row}");
        assert_eq!(&cells[..3], ["2024-05-09", "2024-05-10", "X-101/X-555"]);
        assert_eq!((cells[6], cells[7]), ("36", "30"));
        assert_eq!(csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
        assert_eq!(*cells.last().unwrap(), "", "dated by its own date");
        assert_eq!(cells[cells.len() - 2], "russia");
        // Hostile fields: a formula, a terminal escape, a line break.
        assert_eq!(
            csv_field("=HYPERLINK(\"http://x\",\"y\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
        );
        assert_eq!(csv_field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_field("+1 (555)"), "'+1 (555)");
        assert_eq!(csv_field("-12"), "-12");
        assert_eq!(csv_field("a\u{1b}]0;x\u{7}b\nc"), "a ]0;x b c");
    }
}
