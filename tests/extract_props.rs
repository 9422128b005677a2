//! Extraction never panics and its evidence always points at its sentence, whatever the input.

use proptest::prelude::*;
use sitrep::extract::{dates::report_date, extract};

fn check(body: &str) {
    let date = report_date(body).map(|d| d.date);
    for f in extract(body, date) {
        for e in f.evidence() {
            let [s, end] = e.span;
            assert!(body.is_char_boundary(s) && body.is_char_boundary(end) && s <= end);
            assert_eq!(body.get(s..end), Some(e.sentence.as_str()));
        }
    }
}

const WORDS: &[&str] = &[
    "Russia",
    "launched",
    "36",
    "1,000",
    "six",
    "thirty-one",
    "Shahed",
    "drones",
    "Kalibr",
    "missiles",
    "of",
    "out",
    "all",
    "but",
    "one",
    "the",
    "were",
    "shot",
    "down",
    "destroyed",
    "killed",
    "injured",
    "a",
    "couple",
    "and",
    "their",
    "child",
    "July",
    "17",
    "2022",
    "Day",
    "510",
    "#",
    "3am",
    "01:20",
    ",",
    ".",
    ":",
    "“",
    "”",
    "President",
    "Zelenskyy",
    "said",
    "according",
    "to",
    "from",
    "at",
    "on",
    "strike",
    "hundreds",
    "troops",
    "Kh-101/555/55",
    "U.S.",
    "Gen.",
    "\n",
    "\n\n",
    "•",
    "’s",
    "no",
    "casualties",
    "toll",
    "rose",
    "Ж",
    "🚀",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_unicode(body in "\\PC{0,300}") {
        check(&body);
    }

    #[test]
    fn number_and_punctuation_heavy(body in "[0-9,.:;#/\\- ()“”’'!?\n•a-zA-Z]{0,300}") {
        check(&body);
    }

    #[test]
    fn report_like_word_salad(words in proptest::collection::vec(0..WORDS.len(), 0..120)) {
        let body = words.iter().map(|&i| WORDS[i]).collect::<Vec<_>>().join(" ");
        check(&body);
    }
}

#[test]
fn one_long_line_is_processed_whole() {
    // A 4 MB report on one line: no panic, every span valid. Its speed is measured by
    // `cargo bench --bench extract`, not asserted here (these machines are noisy).
    let unit = "Russia launched 36 Shahed drones and six Kalibr missiles, 31 of which were shot down, killing two people ";
    let body = unit.repeat(4 * 1024 * 1024 / unit.len());
    check(&body);
}
