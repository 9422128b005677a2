//! Date facts: the dates a report's sentences give, with the time of day (the reading of dates themselves
//! is `crate::doc::dates`, re-exported here so its paths stay).

pub use crate::doc::dates::*;

use chrono::NaiveDate;

/// The date facts of the sentences: one per date, with the time of day when a sentence gives it.
pub fn extract(
    sents: &[crate::doc::Sentence],
    report_date: Option<NaiveDate>,
) -> Vec<(usize, super::DateFact)> {
    let mut out: Vec<(usize, super::DateFact)> = Vec::new();
    for s in sents {
        let found = &s.dates;
        if found.is_empty() {
            continue;
        }
        let time = time_in(&s.toks);
        for d in found {
            let date = match (d.full(), d.year, d.day) {
                (Some(date), _, _) => date,
                (None, None, Some(day)) => match report_date.and_then(|r| resolve(d.month, day, r))
                {
                    Some(date) => date,
                    None => continue,
                },
                _ => continue,
            };
            if let Some((_, f)) = out.iter_mut().find(|(_, f)| f.date == date) {
                if !f.evidence.iter().any(|e| e.span[0] == s.start) {
                    f.evidence.push(s.evidence());
                }
                f.time = f.time.take().or_else(|| time.clone());
                continue;
            }
            let what = short(s.text, 120);
            out.push((
                s.start,
                super::DateFact {
                    date,
                    time: time.clone(),
                    what,
                    evidence: vec![s.evidence()],
                },
            ));
        }
    }
    out
}

/// `text` cut at a word boundary to at most about `max` bytes, with "…" when cut.
fn short(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_string();
    }
    let mut cut = max;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &text[..cut];
    let head = head.rfind(' ').map_or(head, |p| &head[..p]);
    format!("{head}…")
}
