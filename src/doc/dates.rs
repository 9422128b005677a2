//! Dates in report text: explicit dates, "Day N" of the invasion, times of day, and the report date rule.
//!
//! # Report date rule
//! 1. "Day N" at the start of the title or of one of the first sentences: Day 1 = 2022-02-24.
//! 2. Else a full date ("July 18, 2023", "18 July 2023", "2023-07-18") in the first 300 bytes (a dateline),
//!    unless its sentence marks it as earlier ("A year ago, on June 8, 2024"). "Day 1,200" may have a comma.
//! 3. Else the latest event date in the text. A month and day without a year take their year from a
//!    "Month YYYY" mention of the same month, or else from an anchor: a full date in a sentence that marks it
//!    as earlier ("a previous strike ... on October 8, 2022"), which places the undated day after it, in the
//!    earliest year that is consistent (so "July 17" after 2022-10-08 is 2023-07-17). When any undated day
//!    cannot be placed this way, the report date is `None`: a wrong date is worse than none.

use super::numbers::is_month;
use super::tokens::{tokenize, TokKind, Token};
use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;

/// How the report date was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateHow {
    /// An explicit full date in the text ("July 18, 2023").
    Explicit,
    /// "Day N" of the full-scale invasion (Day 1 = 2022-02-24).
    DayNumber(u32),
    /// The latest event date the text gives, with the year worked out from context.
    LatestEvent,
    /// Given by the container (a feed item's or a message's date); the text dates itself nowhere.
    Published,
}

/// The date a report is about, and how it was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct ReportDate {
    pub date: NaiveDate,
    pub how: DateHow,
}

/// A date written in a sentence, over tokens `start..end`; `year` or `day` may be missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundDate {
    pub year: Option<i32>,
    pub month: u32,
    pub day: Option<u32>,
    pub start: usize,
    pub end: usize,
}

impl FoundDate {
    /// The calendar date when year, month and day are all given and valid.
    pub fn full(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year?, self.month, self.day?)
    }
}

/// The date of day `n` of the full-scale invasion (Day 1 = 2022-02-24).
pub fn day_number_date(n: u32) -> Option<NaiveDate> {
    if n == 0 || n > 20_000 {
        return None;
    }
    NaiveDate::from_ymd_opt(2022, 2, 24)?.checked_add_signed(Duration::days(i64::from(n) - 1))
}

/// "Day N" written as a label: capital "Day" followed by a number, at the start of the sentence or
/// followed by "of" or ":".
pub fn day_number(toks: &[Token]) -> Option<u32> {
    for (i, t) in toks.iter().enumerate() {
        if t.text != "Day" {
            continue;
        }
        let Some(n) = toks.get(i + 1).filter(|t| t.kind == TokKind::Num) else {
            continue;
        };
        let after = toks.get(i + 2);
        let labelled = i == 0 || after.is_some_and(|a| a.lower == "of" || a.is_punct(':'));
        if labelled {
            // "Day 1,200": a thousands separator.
            let digits: String = n.text.chars().filter(|&c| c != ',').collect();
            if let Ok(v) = digits.parse::<u32>() {
                return Some(v);
            }
        }
    }
    None
}

fn month_number(t: &Token) -> Option<u32> {
    if !t.is_capitalized() || !is_month(&t.lower) {
        return None;
    }
    let m = match &t.lower[..3] {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    };
    Some(m)
}

/// A day of the month at token `i`, or a range of days ("17-18", "17 – 18", "17 to 18"): the later day
/// (the night of 17 to 18 July is dated 18 July), and the token after it.
fn day_span(toks: &[Token], i: usize) -> Option<(u32, usize)> {
    let t = toks.get(i)?;
    // Every day (and the first day of a range) starts with a digit: most tokens stop here.
    if !t.lower.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    if let Some((a, b)) = t.lower.split_once(['-', '‑']) {
        let (a, b) = (day_str(a)?, day_str(b)?);
        return (a < b).then_some((b, i + 1));
    }
    let a = day_value(t)?;
    let joined = toks
        .get(i + 1)
        .is_some_and(|n| n.is_punct('-') || n.is_punct('–') || n.lower == "to");
    match toks.get(i + 2).and_then(day_value) {
        Some(b) if joined && a < b => Some((b, i + 3)),
        _ => Some((a, i + 1)),
    }
}

fn day_value(t: &Token) -> Option<u32> {
    day_str(t.lower.as_ref())
}

fn day_str(s: &str) -> Option<u32> {
    let digits = s
        .strip_suffix("st")
        .or_else(|| s.strip_suffix("nd"))
        .or_else(|| s.strip_suffix("rd"))
        .or_else(|| s.strip_suffix("th"))
        .unwrap_or(s);
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_value(t: Option<&Token>) -> Option<i32> {
    let t = t.filter(|t| t.kind == TokKind::Num && t.text.len() == 4)?;
    t.text.parse().ok().filter(|y| (1900..=2100).contains(y))
}

/// The dates written in a sentence's tokens, left to right.
pub fn find(toks: &[Token]) -> Vec<FoundDate> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some(mut d) = date_at(toks, i) {
            i = d.end;
            let joined = |p: &FoundDate| {
                p.end + 1 == d.start
                    && toks[p.end].lower == "to"
                    && p.year.is_none()
                    && p.day.is_some()
            };
            if let Some(prev) = out.last().filter(|p| joined(p)).copied() {
                // "May 15 to May 16": a range, dated by its later day.
                d.start = prev.start;
                out.pop();
            }
            out.push(d);
        } else {
            i += 1;
        }
    }
    out
}

fn date_at(toks: &[Token], i: usize) -> Option<FoundDate> {
    let t = &toks[i];
    let year_after = |k: usize| -> (Option<i32>, usize) {
        let k2 = if toks.get(k).is_some_and(|t| t.is_punct(',')) {
            k + 1
        } else {
            k
        };
        match year_value(toks.get(k2)) {
            Some(y) => (Some(y), k2 + 1),
            None => (None, k),
        }
    };
    if let Some(month) = month_number(t) {
        if let Some((day, after)) = day_span(toks, i + 1) {
            let (year, end) = year_after(after);
            return Some(FoundDate {
                year,
                month,
                day: Some(day),
                start: i,
                end,
            });
        }
        if let Some(year) = year_value(toks.get(i + 1)) {
            return Some(FoundDate {
                year: Some(year),
                month,
                day: None,
                start: i,
                end: i + 2,
            });
        }
        return None;
    }
    if let Some((day, after)) = day_span(toks, i) {
        let month = toks.get(after).and_then(month_number)?;
        let (year, end) = year_after(after + 1);
        return Some(FoundDate {
            year,
            month,
            day: Some(day),
            start: i,
            end,
        });
    }
    // "YYYY-MM-DD" is ten bytes: most tokens are rejected before any splitting.
    if t.text.len() != 10 {
        return None;
    }
    let mut parts = t.text.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)?;
    Some(FoundDate {
        year: Some(date.year()),
        month: date.month(),
        day: Some(date.day()),
        start: i,
        end: i + 1,
    })
}

/// True when `word` (lower-case) names a day of the week.
pub fn is_weekday(word: &str) -> bool {
    super::grammar::grammar().weekday(word).is_some()
}

/// A date written relative to the report date: "yesterday" (the day before), "the day before yesterday",
/// "last night" and "tonight" (the report date: a night is dated by the day it ends on), a weekday name
/// ("on Tuesday", the most recent such weekday on or before the report date). `None` without a report
/// date: a year is never guessed.
pub fn relative(toks: &[Token], report_date: Option<NaiveDate>) -> Option<NaiveDate> {
    let r = report_date?;
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    for (i, t) in toks.iter().enumerate() {
        let w = t.lower.as_ref();
        if w == "yesterday" {
            let before = i >= 2 && word(i - 1) == "before" && word(i - 2) == "day";
            return r.checked_sub_days(chrono::Days::new(if before { 2 } else { 1 }));
        }
        if w == "tonight" || w == "night" && i >= 1 && word(i - 1) == "last" {
            return Some(r);
        }
        if let Some(wd) = super::grammar::grammar()
            .weekday(w)
            .filter(|_| t.is_capitalized())
        {
            let back = (7 + r.weekday().num_days_from_monday() as usize - wd) % 7;
            return r.checked_sub_days(chrono::Days::new(back as u64));
        }
    }
    None
}

/// The date of a month and day without a year, in a report dated `reference`: the latest such day
/// no more than a week after the reference.
pub fn resolve(month: u32, day: u32, reference: NaiveDate) -> Option<NaiveDate> {
    let this_year = NaiveDate::from_ymd_opt(reference.year(), month, day);
    match this_year {
        Some(d) if d <= reference + Duration::days(7) => Some(d),
        _ => NaiveDate::from_ymd_opt(reference.year() - 1, month, day),
    }
}

/// The first time of day in a sentence as "HH:MM" ("3am", "3:30 a.m.", "01:20", "1800 GMT").
pub fn time_in(toks: &[Token]) -> Option<String> {
    for (i, t) in toks.iter().enumerate() {
        let next = toks.get(i + 1).map(|t| t.lower.as_ref());
        let meridiem = |s: Option<&str>| -> Option<bool> {
            match s {
                Some("am") => Some(false),
                Some("pm") => Some(true),
                Some("a") | Some("p") if toks.get(i + 2).is_some_and(|t| t.is_punct('.')) => {
                    Some(s == Some("p"))
                }
                _ => None,
            }
        };
        let l = t.lower.as_ref();
        let (h, m, pm) = if let Some(num) = l.strip_suffix("am").or_else(|| l.strip_suffix("pm")) {
            let Ok(h) = num.parse::<u32>() else { continue };
            (h, 0, Some(l.ends_with("pm")))
        } else if let Some((hh, mm)) = l.split_once(':') {
            let (Ok(h), Ok(m)) = (hh.parse::<u32>(), mm.parse::<u32>()) else {
                continue;
            };
            if hh.len() > 2 || mm.len() != 2 {
                continue;
            }
            (h, m, meridiem(next))
        } else if t.kind == TokKind::Num && l.len() <= 2 {
            let Some(pm) = meridiem(next) else { continue };
            let Ok(h) = l.parse::<u32>() else { continue };
            (h, 0, Some(pm))
        } else if t.kind == TokKind::Num
            && l.len() == 4
            && matches!(next, Some("gmt" | "utc" | "hrs"))
        {
            let (Ok(h), Ok(m)) = (l[..2].parse::<u32>(), l[2..].parse::<u32>()) else {
                continue;
            };
            (h, m, None)
        } else {
            continue;
        };
        let h = match pm {
            Some(true) if h < 12 => h + 12,
            Some(false) if h == 12 => 0,
            _ => h,
        };
        if h < 24 && m < 60 {
            return Some(format!("{h:02}:{m:02}"));
        }
    }
    None
}

/// Whether `line` may hold a date `find` reads: every one has a digit, and a month's name (its first three
/// letters, in any case) or a dash ("2024-05-12"). A cheap test that lets most lines go untokenized.
fn may_hold_date(line: &str) -> bool {
    static MONTHS: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    let months = MONTHS.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build([
                "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
                "-",
            ])
            .expect("fixed patterns")
    });
    line.bytes().any(|b| b.is_ascii_digit()) && months.is_match(line)
}

/// The tokens of `body` grouped into rough sentences (lines cut at "." "!" "?"): enough to read dates
/// and their cue words, and cheaper than full sentence segmentation. Lazy, line by line, so that a
/// report dated by its first lines is not tokenized to the end.
///
/// After the first `whole` groups, only lines that may hold a date are tokenized (`may_hold_date`): the
/// rest hold none, and only the first groups are read for anything else (a day number).
fn rough_sentences(body: &str, whole: usize) -> impl Iterator<Item = Vec<Token<'_>>> {
    let mut offset = 0;
    let mut given = 0;
    body.split_inclusive('\n').flat_map(move |line| {
        let start = offset;
        offset += line.len();
        if given >= whole && !may_hold_date(line) {
            return Vec::new();
        }
        let toks = tokenize(body, start, offset);
        let mut out = Vec::new();
        let mut current = Vec::new();
        for t in toks {
            let end = t.kind == TokKind::Punct && matches!(t.text, "." | "!" | "?");
            current.push(t);
            if end {
                out.push(std::mem::take(&mut current));
            }
        }
        if !current.is_empty() {
            out.push(current);
        }
        given += out.len();
        out
    })
}

/// The report date of `body`, or `None` when it cannot be worked out (a wrong date is worse than none).
/// See the module documentation for the rule.
pub fn report_date(body: &str) -> Option<ReportDate> {
    let mut rest = rough_sentences(body, 3);
    let first: Vec<Vec<Token>> = rest.by_ref().take(3).collect();
    for t in &first {
        if let Some(n) = day_number(t) {
            if let Some(date) = day_number_date(n) {
                return Some(ReportDate {
                    date,
                    how: DateHow::DayNumber(n),
                });
            }
        }
    }
    let mut full: Vec<(NaiveDate, bool)> = Vec::new();
    let mut undated: Vec<(u32, u32)> = Vec::new();
    let mut month_year: Vec<(u32, i32)> = Vec::new();
    // Lazily: a report dated near its top is not read further.
    for t in first.into_iter().chain(rest) {
        let t = &t;
        let cues = &super::grammar::grammar().earlier_cues;
        let cue = t.iter().any(|t| cues.contains(&t.lower));
        for d in find(t) {
            match (d.full(), d.year, d.day) {
                (Some(date), _, _) => {
                    // Not a date the sentence marks as earlier ("A year ago, on June 8, 2024").
                    if !cue && t.first().is_some_and(|f| f.start < 300) {
                        return Some(ReportDate {
                            date,
                            how: DateHow::Explicit,
                        });
                    }
                    full.push((date, cue));
                }
                (None, None, Some(day)) => undated.push((d.month, day)),
                (None, Some(y), None) => month_year.push((d.month, y)),
                _ => {}
            }
        }
    }
    let anchor = full.iter().filter(|(_, cue)| *cue).map(|(d, _)| *d).max();
    let mut dates: Vec<NaiveDate> = full.iter().map(|(d, _)| *d).collect();
    for (month, day) in undated {
        let mut years = month_year
            .iter()
            .filter(|(m, _)| *m == month)
            .map(|(_, y)| *y);
        let year = match (years.next(), years.next()) {
            (Some(y), None) => y,
            _ => {
                let a = anchor?;
                match NaiveDate::from_ymd_opt(a.year(), month, day) {
                    Some(d) if d > a => a.year(),
                    _ => a.year() + 1,
                }
            }
        };
        dates.push(NaiveDate::from_ymd_opt(year, month, day)?);
    }
    let date = dates.into_iter().max()?;
    Some(ReportDate {
        date,
        how: DateHow::LatestEvent,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    fn found(s: &str) -> Vec<FoundDate> {
        find(&tokenize(s, 0, s.len()))
    }

    #[test]
    fn explicit_dates() {
        assert_eq!(found("on July 18, 2023 at")[0].full(), Some(d(2023, 7, 18)));
        assert_eq!(found("on 18 July 2023.")[0].full(), Some(d(2023, 7, 18)));
        assert_eq!(found("dated 2023-07-18.")[0].full(), Some(d(2023, 7, 18)));
        assert_eq!(found("on July 17.")[0].year, None);
        assert!(found("you may 5 times").is_empty());
    }

    #[test]
    fn day_ranges_and_relative_dates() {
        let days = |s: &str| found(s).iter().map(|d| d.day).collect::<Vec<_>>();
        assert_eq!(days("on July 17-18"), vec![Some(18)]);
        assert_eq!(days("on the night of 17 – 18 July"), vec![Some(18)]);
        assert_eq!(days("from 17 to 18 July"), vec![Some(18)]);
        assert_eq!(days("the night of May 15 to May 16"), vec![Some(16)]);
        assert_eq!(days("on May 15 and May 16"), vec![Some(15), Some(16)]);
        assert_eq!(days("July 18-17"), Vec::<Option<u32>>::new());
        let rel = |s: &str, r: Option<NaiveDate>| relative(&tokenize(s, 0, s.len()), r);
        let thursday = Some(d(2024, 5, 16));
        assert_eq!(rel("on Tuesday", thursday), Some(d(2024, 5, 14)));
        assert_eq!(rel("on Friday night", thursday), Some(d(2024, 5, 10)));
        assert_eq!(
            rel("the day before yesterday", thursday),
            Some(d(2024, 5, 14))
        );
        assert_eq!(rel("last night", thursday), Some(d(2024, 5, 16)));
        assert_eq!(rel("a tuesday of sorts", thursday), None);
        assert_eq!(rel("yesterday", None), None);
    }

    #[test]
    fn day_numbers() {
        assert_eq!(day_number_date(510), Some(d(2023, 7, 18)));
        assert_eq!(day_number_date(1), Some(d(2022, 2, 24)));
        let s = "Day 510: Russia attempts";
        assert_eq!(day_number(&tokenize(s, 0, s.len())), Some(510));
    }

    #[test]
    fn times() {
        for (s, t) in [
            ("shortly after 3am on July 17", "03:00"),
            ("at 3:30 a.m. local time", "03:30"),
            ("at 01:20", "01:20"),
            ("at 1800 GMT", "18:00"),
            ("at 9 pm", "21:00"),
        ] {
            assert_eq!(time_in(&tokenize(s, 0, s.len())).as_deref(), Some(t), "{s}");
        }
    }

    #[test]
    fn report_date_rules() {
        assert_eq!(
            report_date("Day 510: x\n\nOn September 10, 2022, y.").map(|r| r.date),
            Some(d(2023, 7, 18))
        );
        let anchored = format!(
            "{}Strike on July 17. A previous strike hit it on October 8, 2022.",
            " ".repeat(300)
        );
        assert_eq!(report_date(&anchored).map(|r| r.date), Some(d(2023, 7, 17)));
        let unanchored = format!(
            "{}Strike on July 17. Troops took it on October 8, 2022.",
            " ".repeat(300)
        );
        assert_eq!(report_date(&unanchored), None);
        let month_year = format!(
            "{}On July 17 they attacked. Fighting grew in July 2023.",
            " ".repeat(300)
        );
        assert_eq!(
            report_date(&month_year).map(|r| r.date),
            Some(d(2023, 7, 17))
        );
        assert_eq!(
            report_date("KYIV, May 16, 2024 - drones").map(|r| r.how),
            Some(DateHow::Explicit)
        );
        assert_eq!(report_date("no dates here"), None);
    }
}
