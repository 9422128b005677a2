//! The query language of issue 10 (a first part): words and phrases, operators over the facts and the
//! report, `-` to exclude, `or` between terms, parentheses. `sitrep facts --query '…'` applies it.
//!
//! | term | matches a report |
//! |---|---|
//! | `word`, `"a phrase"` | whose title or text holds it (case folded, Cyrillic too) |
//! | `region:kharkov` | tagged with the region any spelling or place names |
//! | `weapon:shahed` | with a strike fact of that weapon (any alias) |
//! | `category:cruise_missile` | with a strike fact of that category |
//! | `launched>20`, `destroyed<10`, `killed>0`, `injured>=3` | with a fact whose figure compares so |
//! | `date:2023-07-18`, `from:…`, `to:…` | dated that day, on or after, on or before |
//! | `newer:7d` | dated within the last N days of `today` |
//! | `source:"kyiv independent"` | whose source holds it |
//! | `unread`, `bookmarked` | so marked |
//!
//! Terms side by side must all match; `or` joins alternatives; `-term` excludes. A malformed query is an
//! error that says what is wrong and at which character.

use crate::corpus::Article;
use crate::extract::{Category, Fact};
use chrono::NaiveDate;

mod narrow;
mod parse;
pub use parse::parse;

/// The operators and flags Tab offers, in the order it offers them.
pub const OPERATORS: &[&str] = &[
    "region:",
    "weapon:",
    "category:",
    "source:",
    "side:",
    "date:",
    "from:",
    "to:",
    "newer:",
    "launched>",
    "destroyed>",
    "killed>",
    "injured>",
    "unread",
    "bookmarked",
];

/// The categories `category:` takes.
pub const CATEGORIES: &[&str] = &[
    "drone",
    "cruise_missile",
    "ballistic_missile",
    "aeroballistic_missile",
    "guided_bomb",
    "other",
];

/// What Tab may put in place of the word being typed: an operator, or a value of `region:`, `weapon:`
/// or `category:` (names with a space quoted), each starting with `word` (case folded), sorted.
pub fn completions(word: &str) -> Vec<String> {
    let lower = word.to_lowercase();
    let starting = |candidates: Vec<String>| -> Vec<String> {
        let mut out: Vec<String> = candidates
            .into_iter()
            .filter(|c| c.to_lowercase().starts_with(&lower) && c.len() > lower.len())
            .collect();
        out.dedup();
        out
    };
    let Some((op, _)) = lower.split_once(':') else {
        return starting(OPERATORS.iter().map(|o| o.to_string()).collect());
    };
    let quoted = |name: &str| {
        let name = name.to_lowercase();
        if name.contains(' ') {
            format!("{op}:\"{name}\"")
        } else {
            format!("{op}:{name}")
        }
    };
    let mut values: Vec<String> = match op {
        "region" => crate::regions::gazetteer()
            .regions()
            .iter()
            .map(|r| quoted(&r.name))
            .collect(),
        "weapon" => crate::extract::lexicon::lexicon()
            .weapons
            .iter()
            .filter(|w| !w.generic)
            .map(|w| quoted(&w.name))
            .collect(),
        "category" => CATEGORIES.iter().map(|c| quoted(c)).collect(),
        "side" => ["russia", "ukraine"].iter().map(|c| quoted(c)).collect(),
        _ => Vec::new(),
    };
    values.sort();
    starting(values)
}

/// A parsed query.
#[derive(Debug, Clone, PartialEq)]
pub enum Query {
    All(Vec<Query>),
    Any(Vec<Query>),
    Not(Box<Query>),
    Text(Text),
    Region(Vec<String>),
    Weapon(String),
    Category(Category),
    Figure(Figure, Cmp, u32),
    Date(Cmp, NaiveDate),
    Newer(u32),
    Source(String),
    /// The side that attacked in a strike fact (`crate::corpus::attacker`).
    Side(crate::extract::lexicon::Side),
    Unread,
    Bookmarked,
}

/// Words or a phrase to find in a report's title or text, with its finder built once.
#[derive(Clone)]
pub struct Text {
    pub text: String,
    finder: std::sync::Arc<crate::text::find::Finder>,
    /// `word*`: a word that starts so, as the archive's full-text index reads it on Enter.
    prefix: bool,
    /// The letter pairs a report must have to hold it (`Article::pairs`).
    pairs: Option<crate::text::pairs::Needed>,
}

impl Text {
    /// Text to find; one Cyrillic word is found in any of its forms ("шахеди" finds "шахедів"); `drone*`
    /// finds the words that start with "drone" ("drones", "drone-launched"), never "antidrone".
    pub fn new(text: &str) -> Text {
        let stem = text.strip_suffix('*').filter(|s| !s.is_empty());
        let word = stem.unwrap_or(text);
        let find = if is_cyrillic_word(word) {
            crate::lang::search_stem(word)
        } else {
            word.to_string()
        };
        let finder = crate::text::find::Finder::new(&find);
        Text {
            text: text.to_string(),
            pairs: finder.pairs().map(|p| p.needed()).filter(|n| !n.is_empty()),
            finder: std::sync::Arc::new(finder),
            prefix: stem.is_some(),
        }
    }

    /// Whether `article`'s letter pairs, when known, lack some of this text's.
    fn lacks_pairs(&self, article: &Article) -> bool {
        match (&article.pairs, &self.pairs) {
            (Some(have), Some(needed)) => !have.has(needed),
            _ => false,
        }
    }

    /// Whether `body` holds it (a prefix at the start of a word).
    fn found_in(&self, body: &str) -> bool {
        if !self.prefix {
            return self.finder.matches(body);
        }
        self.finder.find(body).into_iter().any(|m| {
            body[..m.start]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
        })
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.text == other.text
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Text({:?})", self.text)
    }
}

impl Default for Query {
    /// The empty query: every report.
    fn default() -> Query {
        Query::All(Vec::new())
    }
}

/// The figures a query compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    Launched,
    Destroyed,
    Killed,
    Injured,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cmp {
    Lt,
    Le,
    Eq,
    Ge,
    Gt,
}

impl Cmp {
    fn holds<T: Ord>(self, a: T, b: T) -> bool {
        match self {
            Cmp::Lt => a < b,
            Cmp::Le => a <= b,
            Cmp::Eq => a == b,
            Cmp::Ge => a >= b,
            Cmp::Gt => a > b,
        }
    }
}

/// A malformed query: what is wrong, and the character where it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError {
    pub at: usize,
    pub message: String,
}

impl std::fmt::Display for QueryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "at character {}: {}", self.at + 1, self.message)
    }
}

/// The longest query read, in characters: each word is a search over every report.
pub const MAX_LEN: usize = 1_000;
/// How deeply groups and exclusions may nest: parsing and matching recurse once per level.
pub const MAX_DEPTH: usize = 32;

/// Whether `piece` is one whole Cyrillic word.
fn is_cyrillic_word(piece: &str) -> bool {
    !piece.is_empty() && piece.chars().all(|c| matches!(c, '\u{0400}'..='\u{04FF}'))
}

/// A plain-words query as the archive's full-text index (FTS5, `unicode61`: case folded in every script)
/// is asked it: a Cyrillic word outside quotes becomes the prefix of its stem ("шахеди" → "шахед*",
/// "Полтавщина" → "полтавщин*"), since it changes its ending with its case; everything else is passed as
/// typed.
pub fn full_text(query: &str) -> String {
    let mut out = String::with_capacity(query.len() + 8);
    let mut quoted = false;
    for (i, piece) in query.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let quotes = piece.matches('"').count();
        if !quoted && quotes == 0 && is_cyrillic_word(piece) {
            out.push_str(&crate::lang::search_stem(piece));
            out.push('*');
        } else {
            out.push_str(piece);
        }
        if quotes % 2 == 1 {
            quoted = !quoted;
        }
    }
    out
}

impl Query {
    /// The words and phrases the query looks for (not those it excludes): what the reader highlights.
    pub fn words(&self) -> Vec<&str> {
        match self {
            Query::All(qs) | Query::Any(qs) => qs.iter().flat_map(Query::words).collect(),
            Query::Text(t) => vec![t.text.as_str()],
            _ => Vec::new(),
        }
    }

    /// Only words and phrases, all required: the archive's full-text search can answer it.
    pub fn is_plain_text(&self) -> bool {
        match self {
            Query::Text(_) => true,
            Query::All(qs) => !qs.is_empty() && qs.iter().all(|q| matches!(q, Query::Text(_))),
            _ => false,
        }
    }

    /// Whether `article` matches; `today` dates `newer:`.
    pub fn matches(&self, article: &Article, today: NaiveDate) -> bool {
        let strikes = || {
            article.facts.iter().filter_map(|f| match f {
                Fact::Strike(s) => Some(s),
                _ => None,
            })
        };
        let tolls = || {
            article.facts.iter().filter_map(|f| match f {
                Fact::Casualties(c) => Some(c),
                _ => None,
            })
        };
        let date = article.date.map(|d| d.date);
        match self {
            Query::All(qs) => qs.iter().all(|q| q.matches(article, today)),
            Query::Any(qs) => qs.iter().any(|q| q.matches(article, today)),
            Query::Not(q) => !q.matches(article, today),
            // A report without the letter pairs of the text cannot hold it: no scan.
            Query::Text(t) if t.lacks_pairs(article) => false,
            Query::Text(t) => t.found_in(&article.body) || t.found_in(&article.title),
            Query::Region(names) => article.regions.iter().any(|r| names.contains(&r.name)),
            Query::Weapon(name) => strikes().any(|s| &s.weapon == name),
            Query::Category(c) => strikes().any(|s| s.category == *c),
            Query::Figure(figure, cmp, n) => {
                let holds = |v: Option<u32>| v.is_some_and(|v| cmp.holds(v, *n));
                match figure {
                    Figure::Launched => strikes().any(|s| holds(s.launched)),
                    Figure::Destroyed => strikes().any(|s| holds(s.destroyed)),
                    Figure::Killed => tolls().any(|c| holds(c.killed)),
                    Figure::Injured => tolls().any(|c| holds(c.injured)),
                }
            }
            Query::Date(cmp, d) => date.is_some_and(|a| cmp.holds(a, *d)),
            Query::Newer(days) => {
                // Saturating: `newer:100000000d` reaches past the calendar's start, so every date.
                let since = chrono::Duration::try_days(i64::from(*days))
                    .and_then(|d| today.checked_sub_signed(d))
                    .unwrap_or(NaiveDate::MIN);
                date.is_some_and(|a| a >= since)
            }
            Query::Source(s) => article
                .source
                .as_deref()
                .is_some_and(|src| src.to_lowercase().contains(&s.to_lowercase())),
            Query::Side(side) => {
                strikes().any(|s| crate::corpus::attacker::attacker(s) == Some(*side))
            }
            Query::Unread => !article.read,
            Query::Bookmarked => article.bookmarked,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{analyse, Loaded};

    fn article(path: &str, text: &str, source: &str) -> Article {
        let mut l = Loaded::new(path, text);
        l.meta.source = Some(source.into());
        analyse(l)
    }

    /// Three reports written for these tests.
    fn reports() -> Vec<Article> {
        let mut b = article(
            "b",
            "Odesa port hit\n\nRussia launched 12 Shahed drones at Odesa on July 18, 2023; air defence shot \
             down nine. Two people were injured.\n",
            "Black Sea Herald",
        );
        b.read = true;
        let mut c = article(
            "c",
            "Kupiansk shelled\n\nRussian artillery shelled Kupiansk on July 10, 2023, killing one man.\n",
            "Kyiv Independent",
        );
        c.bookmarked = true;
        vec![
            article(
                "a",
                "Cruise missiles over Kyiv\n\nRussia fired six Kalibr cruise missiles at Kyiv on July 20, \
                 2023; all six were shot down.\n",
                "Frontline Wire",
            ),
            b,
            c,
        ]
    }

    fn hits(q: &str) -> Vec<String> {
        let today = NaiveDate::from_ymd_opt(2023, 7, 21).unwrap();
        let q = parse(q).unwrap_or_else(|e| panic!("{q}: {e}"));
        reports()
            .into_iter()
            .filter(|a| q.matches(a, today))
            .map(|a| a.path)
            .collect()
    }

    #[test]
    fn cyrillic_words_are_prefixes_for_the_index() {
        assert_eq!(full_text("шахед"), "шахед*");
        assert_eq!(full_text("Шахеди"), "шахед*");
        // "ів" goes too, which makes the prefix find Харкова and Харкові as well.
        assert_eq!(full_text("Харків drone"), "харк* drone");
        assert_eq!(full_text("\"нічна атака\" дрон*"), "\"нічна атака\" дрон*");
        assert_eq!(full_text("port hit"), "port hit");
    }

    #[test]
    fn cyrillic_queries_fold_case() {
        let today = NaiveDate::from_ymd_opt(2025, 3, 2).unwrap();
        let uk = article(
            "uk",
            "Нічна атака на Харківщину\n\nУночі 1 березня 2025 року ворог атакував Харківщину 14 ШАХЕДАМИ, \
             сили ППО збили дев'ять.\n",
            "Слобідські вісті",
        );
        let ru = article(
            "ru",
            "Беспилотники над Брянском\n\nВечером 1 марта 2025 года над Брянской областью сбиты ещё три \
             беспилотника.\n",
            "Брянская правда",
        );
        let found = |q: &str| -> Vec<String> {
            let q = parse(q).unwrap_or_else(|e| panic!("{q}: {e}"));
            [&uk, &ru]
                .into_iter()
                .filter(|a| q.matches(a, today))
                .map(|a| a.path.clone())
                .collect()
        };
        assert_eq!(found("шахед"), ["uk"]);
        assert_eq!(found("шахеди"), ["uk"]);
        assert_eq!(found("Беспилотник"), ["ru"]);
        assert_eq!(found("region:харківщина"), ["uk"]);
        assert_eq!(found("region:Брянск"), ["ru"]);
        assert_eq!(found("region:kharkiv"), ["uk"]);
        assert_eq!(found("source:\"брянская\""), ["ru"]);
        // "ё" and "е" are one letter to a search, either way round.
        assert_eq!(found("еще три"), ["ru"]);
        assert_eq!(found("ЕЩЁ"), ["ru"]);
        assert_eq!(found("вечёром"), ["ru"]);
    }

    #[test]
    fn each_operator() {
        assert_eq!(hits(""), ["a", "b", "c"]);
        assert_eq!(hits("port"), ["b"]);
        assert_eq!(hits("\"air defence shot\""), ["b"]);
        assert_eq!(hits("region:kharkov"), ["c"]);
        assert_eq!(hits("region:odessa"), ["b"]);
        assert_eq!(hits("weapon:shahed"), ["b"]);
        assert_eq!(hits("weapon:kalibr"), ["a"]);
        // Cyrillic names, in any case form, are the same weapons.
        assert_eq!(hits("weapon:калибр"), ["a"]);
        assert_eq!(hits("weapon:Калібрами"), ["a"]);
        assert_eq!(hits("weapon:шахеди"), ["b"]);
        assert_eq!(hits("category:cruise_missile"), ["a"]);
        assert_eq!(hits("launched>10"), ["b"]);
        assert_eq!(hits("destroyed>=6"), ["a", "b"]);
        assert_eq!(hits("destroyed<7"), ["a"]);
        assert_eq!(hits("killed>0"), ["c"]);
        assert_eq!(hits("injured=2"), ["b"]);
        assert_eq!(hits("date:2023-07-18"), ["b"]);
        assert_eq!(hits("from:2023-07-18"), ["a", "b"]);
        assert_eq!(hits("to:2023-07-18"), ["b", "c"]);
        assert_eq!(hits("newer:5d"), ["a", "b"]);
        assert_eq!(hits("source:\"kyiv independent\""), ["c"]);
        assert_eq!(hits("unread"), ["a", "c"]);
        assert_eq!(hits("bookmarked"), ["c"]);
    }

    #[test]
    fn exclusion_alternatives_and_groups() {
        assert_eq!(hits("-region:odesa"), ["a", "c"]);
        assert_eq!(hits("kyiv or odesa"), ["a", "b"]);
        assert_eq!(hits("(weapon:kalibr or weapon:shahed) -unread"), ["b"]);
        assert_eq!(hits("unread launched>0"), ["a"]);
        // A minus inside a word is part of it.
        assert_eq!(hits("date:2023-07-20"), ["a"]);
    }

    #[test]
    fn tab_offers_operators_and_values() {
        assert_eq!(completions("reg"), ["region:"]);
        assert_eq!(completions("d"), ["date:", "destroyed>"]);
        assert_eq!(completions("region:khar"), ["region:kharkiv"]);
        assert_eq!(
            completions("region:kh"),
            ["region:kharkiv", "region:kherson", "region:khmelnytskyi"]
        );
        assert!(completions("weapon:sha").contains(&"weapon:shahed-136/131".to_string()));
        assert_eq!(completions("category:cr"), ["category:cruise_missile"]);
        // Nothing is offered for a finished word or a free value.
        assert!(completions("unread").is_empty());
        assert!(completions("source:kyiv").is_empty());
        // What Tab offers parses.
        for word in completions("region:") {
            parse(&word).unwrap_or_else(|e| panic!("{word}: {e}"));
        }
        for word in completions("weapon:") {
            parse(&word).unwrap_or_else(|e| panic!("{word}: {e}"));
        }
    }

    #[test]
    fn words_and_plain_text() {
        let q = parse("shahed \"port hit\" -odesa region:kyiv").unwrap();
        assert_eq!(q.words(), ["shahed", "port hit"]);
        assert!(!q.is_plain_text());
        assert!(parse("shahed \"port hit\"").unwrap().is_plain_text());
        assert!(!parse("").unwrap().is_plain_text());
    }

    #[test]
    fn malformed_queries_say_what_and_where() {
        let err = |q: &str| parse(q).unwrap_err();
        assert_eq!(err("(kalibr").at, 0);
        assert!(err("(kalibr").message.contains("not closed"));
        assert_eq!(err("kyiv )").at, 5);
        assert!(err("\"open").message.contains("quote"));
        assert!(err("region:atlantis").message.contains("no region"));
        assert!(err("weapon:catapult").message.contains("no weapon"));
        assert!(err("category:spoon").message.contains("not a category"));
        assert!(err("launched~5").message.contains("comparison"));
        assert!(err("killed>many").message.contains("not a number"));
        assert!(err("date:yesterday").message.contains("not a date"));
        assert!(err("newer:week").message.contains("newer takes days"));
        assert!(err("colour:red").message.contains("not an operator"));
        assert!(err("kyiv or").message.contains("missing"));
        assert!(err("-").message.contains("nothing to exclude"));
        assert_eq!(
            err("kyiv region:").to_string(),
            "at character 6: region: needs a value"
        );
    }

    #[test]
    fn hostile_queries_are_bounded_and_never_panic() {
        // 12,000 nested groups (refused by length), 400 (refused at the level past the bound).
        let deep = |n: usize| format!("{}kyiv{}", "(".repeat(n), ")".repeat(n));
        assert!(parse(&deep(12_000)).is_err());
        let e = parse(&deep(400)).unwrap_err();
        assert_eq!(
            (e.at, e.message.contains("nest deeper than 32")),
            (32, true)
        );
        let excluded = format!("{}kyiv{}", "-(".repeat(200), ")".repeat(200));
        assert!(parse(&excluded).unwrap_err().message.contains("deeper"));
        assert!(parse(&deep(MAX_DEPTH)).is_ok());
        let long = "odesa ".repeat(400);
        let e = parse(&long).unwrap_err();
        assert_eq!((e.at, e.message.contains("longer than 1000")), (1000, true));
        // Days past the calendar's start saturate: every dated report is newer.
        let q = parse("newer:100000000d").unwrap();
        let today = NaiveDate::from_ymd_opt(2025, 3, 10).unwrap();
        assert_eq!(
            reports().iter().filter(|a| q.matches(a, today)).count(),
            reports().iter().filter(|a| a.date.is_some()).count()
        );
    }
}
