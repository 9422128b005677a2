//! A long fuzz run of every reader of outside data: generated inputs for as long as asked, each checked as
//! the property tests check them (no panic; evidence spans and region spans in bounds and on character
//! boundaries; the same output twice). A panicking input is written to `target/fuzz-findings/` and counted.
//!
//! Run: `cargo bench --bench fuzz -- [READER…] [--minutes M]` (default: every reader, one minute each).
//! Readers: text, markdown, html, feed, telegram, json, jsonl, extract, regions, config, query.
//!
//! Inputs come from a seeded generator (deterministic for a seed; the seed is the start time and is
//! printed): random Unicode, markup-heavy bytes, report-like word salad, markup nested thousands of levels
//! deep (in pages, escaped in RSS items, as Atom xhtml), wide trees of nested siblings, fixtures repeated to
//! megabytes and past the per-report limit (alone and as a JSON item), and the hand-written fixtures cut,
//! spliced, repeated and with bytes flipped. Every report read must be within the per-report limit, and an
//! input taking longer than `SLOW` is counted (and kept) as a slow finding.

use sitrep::corpus::formats::{read, Format};
use std::time::{Duration, Instant};

/// xorshift64*: small, fast, no dependency; a run is reproducible from its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const FIXTURES: &[&str] = &[
    "tests/fixtures/inputs/feed.xml",
    "tests/fixtures/inputs/atom.xml",
    "tests/fixtures/inputs/rss1.rdf",
    "tests/fixtures/inputs/page.html",
    "tests/fixtures/inputs/items.json",
    "tests/fixtures/inputs/items.jsonl",
    "tests/fixtures/inputs/notes.md",
    "tests/fixtures/inputs/ChatExport_2025-03-10/result.json",
    "tests/fixtures/qa_air_force_summary.txt",
    "tests/fixtures/qa_wire_toll.txt",
];

/// Words of reports, markup and syntax the readers look for.
const WORDS: &[&str] = &[
    "Russia",
    "launched",
    "drones",
    "Shahed",
    "missiles",
    "Kh-101",
    "Kalibr",
    "Iskander-M",
    "shot",
    "down",
    "destroyed",
    "of",
    "them",
    "were",
    "killed",
    "injured",
    "people",
    "in",
    "over",
    "the",
    "Kharkiv",
    "Kharkov",
    "Odesa",
    "Kyiv",
    "region",
    "oblast",
    "overnight",
    "on",
    "July",
    "18",
    "2023",
    "36",
    "1,000",
    "two",
    "dozen",
    "all",
    "both",
    "none",
    "out",
    "of",
    "a",
    "total",
    "N",
    ".",
    ",",
    ";",
    "—",
    "(",
    ")",
    "\"",
    "“",
    "”",
    "’s",
    "\n",
    "\n\n",
    "<p>",
    "</p>",
    "<div>",
    "<script>",
    "<![CDATA[",
    "]]>",
    "<item>",
    "<title>",
    "</title>",
    "&amp;",
    "&#x1b;",
    "\u{1b}[2J",
    "{",
    "}",
    "[",
    "]",
    ":",
    "\"text\":",
    "\"body\":",
    "null",
    "true",
    "region:",
    "weapon:",
    "launched>",
    "-",
    "or",
    "(",
    "[[sources]]",
    "url =",
    "=",
    "#",
    "\u{0}",
    "\u{202e}",
    "ж",
    "🚀",
    "\t",
    "\r\n",
];

/// One generated input.
fn input(rng: &mut Rng, fixtures: &[String]) -> String {
    match rng.below(10) {
        7..=9 => nested_or_large(rng, fixtures),
        // Deep nesting (issue 24): thousands of levels of one or several elements, text at the bottom.
        5 => {
            let names = ["b", "div", "span", "i", "section", "blockquote"];
            let depth = 1 + rng.below(20_000);
            let tags: Vec<&str> = (0..depth).map(|_| *rng.pick(&names)).collect();
            let open: String = tags.iter().map(|t| format!("<{t}>")).collect();
            let close: String = tags.iter().rev().map(|t| format!("</{t}>")).collect();
            format!("<html><body>{open}Russia launched 12 drones at Sumy.{close}</body></html>")
        }
        // Size: a fixture repeated to up to a few megabytes.
        6 => {
            let text = rng.pick(fixtures).clone();
            text.repeat(1 + rng.below((4 << 20) / text.len().max(1)))
        }
        // Random Unicode scalar values, some control characters among them.
        0 => (0..rng.below(400))
            .map(|_| match rng.below(4) {
                0 => char::from_u32(rng.below(0x80) as u32).unwrap_or('?'),
                1 => char::from_u32(rng.below(0x800) as u32).unwrap_or('?'),
                _ => char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('\u{FFFD}'),
            })
            .collect(),
        // Markup-heavy bytes.
        1 => (0..rng.below(600))
            .map(|_| *rng.pick(b"<>/\"'=&;#![]{}:,.- \n0123456789abcdefxyzCDATA"))
            .map(char::from)
            .collect(),
        // Word salad.
        2 => (0..rng.below(300))
            .map(|_| *rng.pick(WORDS))
            .collect::<Vec<_>>()
            .join(if rng.below(3) == 0 { "" } else { " " }),
        // A fixture cut, with a slice repeated, and a few bytes changed.
        _ => {
            let text = rng.pick(fixtures).clone();
            let mut bytes = text.into_bytes();
            let cut = rng.below(bytes.len() + 1);
            bytes.truncate(cut.max(bytes.len() / 4));
            if !bytes.is_empty() {
                let from = rng.below(bytes.len());
                let to = (from + rng.below(300)).min(bytes.len());
                let at = rng.below(bytes.len());
                let slice = bytes[from..to].to_vec();
                bytes.splice(at..at, slice);
                for _ in 0..rng.below(4) {
                    let i = rng.below(bytes.len());
                    bytes[i] = rng.next() as u8;
                }
            }
            String::from_utf8_lossy(&bytes).into_owned()
        }
    }
}

/// The hostile shapes of issue 24 beyond plain deep nesting: deep markup inside a feed item (escaped
/// in an RSS description, or Atom xhtml), wide trees of many nested siblings, and reports past the
/// per-report limit, alone or as a JSON item.
fn nested_or_large(rng: &mut Rng, fixtures: &[String]) -> String {
    let deep = |rng: &mut Rng| {
        let n = 1 + rng.below(60_000);
        format!(
            "{}<p>Russia launched 12 drones at Sumy.</p>{}",
            "<div>".repeat(n),
            "</div>".repeat(n)
        )
    };
    match rng.below(4) {
        0 => format!(
            "<rss version=\"2.0\"><channel><title>Deep</title><item><title>Sumy</title>\
             <description>{}</description></item></channel></rss>",
            deep(rng).replace('<', "&lt;").replace('>', "&gt;")
        ),
        1 => format!(
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Deep</title><entry><id>urn:1</id>\
             <title>Sumy</title><content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">\
             {}</div></content></entry></feed>",
            deep(rng)
        ),
        2 => {
            let levels = 1 + rng.below(400);
            let one = format!(
                "{}<p>Air defence shot down 9 drones over Kharkiv.</p>{}",
                "<section>".repeat(levels),
                "</section>".repeat(levels)
            );
            format!(
                "<html><body>{}</body></html>",
                one.repeat(1 + rng.below(20_000 / levels))
            )
        }
        _ => {
            let limit = sitrep::corpus::load::MAX_FILE_BYTES as usize;
            let text = rng.pick(fixtures).clone();
            let long = text.repeat(1 + (limit + rng.below(limit)) / text.len().max(1));
            if rng.below(2) == 0 {
                long
            } else {
                serde_json::json!([{"title": "Long", "body": long}]).to_string()
            }
        }
    }
}

fn format_of(reader: &str) -> Option<Format> {
    Some(match reader {
        "text" => Format::Text,
        "markdown" => Format::Markdown,
        "html" => Format::Html,
        "feed" => Format::Feed,
        "telegram" => Format::Telegram,
        "json" => Format::Json,
        "jsonl" => Format::Jsonl,
        _ => return None,
    })
}

/// Spans of an analysed body: in bounds and on character boundaries.
fn check_article(a: &sitrep::corpus::Article) {
    for fact in &a.facts {
        for e in fact.evidence() {
            let [s, t] = e.span;
            assert!(s <= t && t <= a.body.len(), "evidence span out of bounds");
            assert!(a.body.is_char_boundary(s) && a.body.is_char_boundary(t));
            assert_eq!(&a.body[s..t], e.sentence, "evidence is its span");
        }
    }
}

/// Feeds `text` to `reader`, checking its properties; panics on a violation.
fn run(reader: &str, text: &str) {
    if let Some(format) = format_of(reader) {
        let once = read("fuzz", format, text, None, None);
        if let Ok((loaded, _)) = &once {
            let limit = sitrep::corpus::load::MAX_FILE_BYTES as usize;
            for l in loaded.clone() {
                assert!(l.text.len() <= limit, "a report past the per-report limit");
                check_article(&sitrep::corpus::analyse(l));
            }
        }
        let again = read("fuzz", format, text, None, None);
        assert_eq!(
            once.map(|(l, _)| l.len()).ok(),
            again.map(|(l, _)| l.len()).ok(),
            "same input, same reports"
        );
        return;
    }
    match reader {
        "extract" => {
            let facts = sitrep::extract::extract(text, None);
            for fact in &facts {
                for e in fact.evidence() {
                    let [s, t] = e.span;
                    assert!(
                        s <= t
                            && t <= text.len()
                            && text.is_char_boundary(s)
                            && text.is_char_boundary(t)
                    );
                }
            }
            assert_eq!(
                facts,
                sitrep::extract::extract(text, None),
                "same input, same facts"
            );
        }
        "regions" => {
            let tags = sitrep::regions::tag(text);
            for tag in &tags {
                for span in &tag.spans {
                    assert!(span.start <= span.end && span.end <= text.len());
                    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                }
            }
            assert_eq!(tags, sitrep::regions::tag(text), "same input, same regions");
        }
        "config" => {
            if let Err(e) = sitrep::config::parse(text) {
                assert!(!e.is_empty());
            }
        }
        "query" => {
            if let Err(e) = sitrep::query::parse(text) {
                assert!(e.at <= text.len() && !e.message.is_empty());
            }
        }
        other => panic!("no reader called {other}"),
    }
}

/// How long one input may take (read, analysed, read again) before it counts as a finding.
const SLOW: Duration = Duration::from_secs(20);

const READERS: &[&str] = &[
    "text", "markdown", "html", "feed", "telegram", "json", "jsonl", "extract", "regions",
    "config", "query",
];

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let minutes: f64 = args
        .iter()
        .position(|a| a == "--minutes")
        .and_then(|i| args.get(i + 1))
        .and_then(|m| m.parse().ok())
        .unwrap_or(1.0);
    let mut readers: Vec<&str> = args
        .iter()
        .map(String::as_str)
        .filter(|a| READERS.contains(a))
        .collect();
    if readers.is_empty() {
        readers = READERS.to_vec();
    }
    let fixtures: Vec<String> = FIXTURES
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let findings = std::path::Path::new("target/fuzz-findings");
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64)
        | 1;
    println!("seed {seed}; {minutes} minute(s) per reader");
    println!("reader      executions   per second   findings   slow (over {SLOW:?})");
    // A panic is a finding: the hook stays quiet, the input is kept.
    std::panic::set_hook(Box::new(|_| {}));
    for reader in readers {
        let mut rng = Rng(seed);
        let deadline = Instant::now() + Duration::from_secs_f64(minutes * 60.0);
        let start = Instant::now();
        let (mut runs, mut found, mut slow) = (0u64, 0u64, 0u64);
        while Instant::now() < deadline {
            let text = input(&mut rng, &fixtures);
            let began = Instant::now();
            let failed = std::panic::catch_unwind(|| run(reader, &text)).is_err();
            // An input that takes too long is a finding too: one report must not hold back the others.
            let late = began.elapsed() > SLOW;
            if failed || late {
                let name = if failed { "panic" } else { "slow" };
                found += u64::from(failed);
                slow += u64::from(late);
                let _ = std::fs::create_dir_all(findings);
                let n = found + slow;
                let _ = std::fs::write(findings.join(format!("{reader}-{name}-{n}.txt")), &text);
            }
            runs += 1;
        }
        let secs = start.elapsed().as_secs_f64();
        println!(
            "{reader:<10} {runs:>12} {:>12.0} {found:>10} {slow:>6}",
            runs as f64 / secs
        );
    }
}
