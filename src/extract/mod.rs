//! Rule- and lexicon-based extraction of facts from report text.
//!
//! `extract_doc` runs every extractor over the sentences and tokens of one `crate::doc::Doc` (the body
//! split and tokenized once): work is linear in the text.

pub use crate::doc::Sentence;
pub use crate::doc::{fasthash, gloss, grammar, numbers, sentence_bounds, sentences, tokens};

pub mod casualties;
pub mod claims;
pub mod dates;
pub mod fact;
pub mod forces;
pub mod lexicon;
pub mod people;
pub mod strike;
pub mod text;

pub use dates::{DateHow, ReportDate};
pub use fact::{Casualties, Category, Claim, DateFact, Evidence, Fact, Forces, Person, Strike};

use chrono::NaiveDate;

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
    let strikes = strike::extract(sents, report_date);
    let mut tolls = casualties::read(sents, report_date);
    let tallies: Vec<Strike> = strikes.iter().map(|(_, f)| f.clone()).collect();
    casualties::frame::set_frames(sents, &mut tolls.today, &mut tolls.background, &tallies);
    for (pos, f) in strikes {
        add(0, pos, Fact::Strike(f));
    }
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
