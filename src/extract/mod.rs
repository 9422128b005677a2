//! Rule- and lexicon-based extraction of facts from report text.
//!
//! `extract_doc` runs every extractor over the sentences and tokens of one `crate::doc::Doc` (the body
//! split and tokenized once): work is linear in the text.

pub mod casualties;
pub mod claims;
pub mod dates;
pub mod fact;
pub mod fasthash;
pub mod forces;
pub mod gloss;
pub mod grammar;
pub mod lexicon;
pub mod numbers;
pub mod people;
pub mod sentence_bounds;
pub mod sentences;
pub mod strike;
pub mod text;
pub mod tokens;

pub use dates::{DateHow, ReportDate};
pub use fact::{Casualties, Category, Claim, DateFact, Evidence, Fact, Forces, Person, Strike};

use chrono::NaiveDate;
use tokens::Token;

/// One sentence of a body: its byte range, text and tokens.
pub struct Sentence<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub toks: Vec<Token<'a>>,
    /// The numbers in `toks` that count things (`numbers::counts`), read once for every reader.
    pub counts: Vec<numbers::Num>,
    /// The dates written in `toks` (`dates::find`), read once for every reader.
    pub dates: Vec<dates::FoundDate>,
    /// A whole title or heading line that does not end like a sentence (see `crate::doc`).
    pub headline: bool,
}

impl<'a> Sentence<'a> {
    /// The sentences of `body`, tokenized, headlines marked: those of `crate::doc::Doc::text`.
    pub fn all(body: &'a str) -> Vec<Sentence<'a>> {
        crate::doc::Doc::text(body).sentences
    }

    /// The sentences of `body`, tokenized; no headline marked yet (`crate::doc` marks them).
    pub(crate) fn split(body: &'a str) -> Vec<Sentence<'a>> {
        sentences::split(body)
            .into_iter()
            .map(|r| {
                let mut toks = tokens::tokenize(body, r.start, r.end);
                gloss::gloss(&mut toks);
                Sentence {
                    start: r.start,
                    end: r.end,
                    text: &body[r.clone()],
                    counts: numbers::counts(&toks),
                    dates: dates::find(&toks),
                    toks,
                    headline: false,
                }
            })
            .collect()
    }

    /// This sentence as evidence: `&body[span[0]..span[1]] == sentence`.
    pub fn evidence(&self) -> Evidence {
        Evidence {
            sentence: self.text.to_string(),
            span: [self.start, self.end],
        }
    }

    /// The original text of tokens `a..b`, or `None` when the range is empty or out of bounds.
    pub fn slice(&self, a: usize, b: usize) -> Option<&'a str> {
        if a >= b || b > self.toks.len() {
            return None;
        }
        self.text
            .get(self.toks[a].start - self.start..self.toks[b - 1].end - self.start)
    }
}

/// Every fact in `body`, each tied to the sentences it came from.
/// `report_date` resolves dates given without a year. Never panics; linear in the text.
///
/// Facts come grouped by kind (strike, casualties, forces, date, person, claim), each kind in the order
/// of its first evidence.
pub fn extract(body: &str, report_date: Option<NaiveDate>) -> Vec<Fact> {
    extract_doc(&crate::doc::Doc::text(body), report_date)
}

/// Every fact of an analysed report (see `extract`).
pub fn extract_doc(doc: &crate::doc::Doc, report_date: Option<NaiveDate>) -> Vec<Fact> {
    let sents = &doc.sentences;
    let mut facts: Vec<(usize, usize, Fact)> = Vec::new();
    let mut add = |kind: usize, pos: usize, f: Fact| facts.push((kind, pos, f));
    for (pos, f) in strike::extract(sents, report_date) {
        add(0, pos, Fact::Strike(f));
    }
    let tolls = casualties::read(sents, report_date);
    for (pos, f) in tolls.today {
        add(1, pos, Fact::Casualties(f));
    }
    for (pos, f) in tolls.background {
        add(1, pos, Fact::BackgroundToll(f));
    }
    for (pos, f) in forces::extract(sents) {
        add(2, pos, Fact::Forces(f));
    }
    for (pos, f) in dates::extract(sents, report_date) {
        add(3, pos, Fact::Date(f));
    }
    let found = people::extract(sents);
    for (pos, f) in claims::extract(sents, &found) {
        add(5, pos, Fact::Claim(f));
    }
    for (pos, f) in found.persons {
        add(4, pos, Fact::Person(f));
    }
    facts.sort_by_key(|(kind, pos, _)| (*kind, *pos));
    facts.into_iter().map(|(_, _, f)| f).collect()
}
