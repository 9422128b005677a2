//! Every format reader survives hostile input: random bytes and mutilated versions of the hand-written
//! fixtures give reports or one clear message, never a panic, and what they give analyses cleanly.

use proptest::prelude::*;
use sitrep::corpus::formats::{read, Format};

const FORMATS: [Format; 7] = [
    Format::Text,
    Format::Markdown,
    Format::Html,
    Format::Feed,
    Format::Telegram,
    Format::Json,
    Format::Jsonl,
];

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("tests/fixtures/inputs/{name}")).unwrap()
}

/// Reads `text` as every format: an error is a message naming something, and every report analyses.
fn survives(text: &str) {
    for format in FORMATS {
        match read("fuzz", format, text, None, None) {
            Ok((loaded, problems)) => {
                for l in loaded {
                    let a = sitrep::corpus::analyse(l);
                    assert!(a.body.is_char_boundary(a.body.len()));
                }
                assert!(problems.iter().all(|p| !p.message.is_empty()));
            }
            Err(message) => assert!(!message.is_empty()),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn random_text(text in "\\PC{0,400}") {
        survives(&text);
    }

    #[test]
    fn markup_heavy(text in "[<>/\"'=&;#a-z \n\\[\\]{}:,0-9]{0,400}") {
        survives(&text);
    }

    /// A fixture cut at a random point and with a random slice doubled: truncated and repeated markup.
    #[test]
    fn mutilated_fixtures(which in 0usize..6, cut in 0.0f64..1.0, from in 0.0f64..1.0, len in 0usize..200) {
        let names = ["feed.xml", "atom.xml", "rss1.rdf", "page.html", "items.json", "ChatExport_2025-03-10/result.json"];
        let text = fixture(names[which]);
        let at = |f: f64| {
            let mut i = (text.len() as f64 * f) as usize;
            while !text.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        survives(&text[..at(cut)]);
        let start = at(from);
        let mut end = (start + len).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let doubled = format!("{}{}{}", &text[..end], &text[start..end], &text[end..]);
        survives(&doubled);
    }
}

#[test]
fn deep_nesting_and_huge_attributes_do_not_overflow() {
    let deep = format!(
        "<html><body>{}<p>Deep text.</p>{}</body></html>",
        "<div>".repeat(5_000),
        "</div>".repeat(5_000)
    );
    survives(&deep);
    let json = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    survives(&json);
    let attr = format!("<p title=\"{}\">x</p>", "a".repeat(100_000));
    survives(&attr);
}
