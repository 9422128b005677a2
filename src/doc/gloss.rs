//! Ukrainian and Russian word forms read as the English words the readers know (`assets/cyrillic.toml`).
//!
//! One set of readers, tables per language: `gloss` gives a Cyrillic token whose form the table lists the
//! English word as its `lower` form and leaves its text and offsets alone, so the strike, casualty and date
//! readers read "знищили 40 дронів" as "destroyed 40 drones". Forms come from stems per word class and the
//! endings of that class; a count with a case ending ("205-ма") becomes a count.

use super::fasthash::{WordMap, WordSet};
use super::tokens::{TokKind, Token};
use serde::Deserialize;
use std::borrow::Cow;

const CYRILLIC_TOML: &str = include_str!("../../assets/cyrillic.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    endings: Endings,
    gloss: Vec<Entry>,
    of_before_count: OfBeforeCount,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Endings {
    noun: Vec<String>,
    adj: Vec<String>,
    verb: Vec<String>,
}

/// One English word and the Cyrillic stems and forms it glosses.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    #[serde(rename = "as")]
    english: String,
    #[serde(default)]
    noun: Vec<String>,
    #[serde(default)]
    adj: Vec<String>,
    #[serde(default)]
    verb: Vec<String>,
    #[serde(default)]
    exact: Vec<String>,
    /// "Cyrillic words => their glosses": run by this module's tests only.
    #[cfg_attr(not(test), allow(dead_code))]
    examples: Vec<String>,
}

/// Prepositions that are "of" before a count or "them"/"which" and "from" elsewhere.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OfBeforeCount {
    words: WordSet,
    of: String,
    from: String,
    #[cfg_attr(not(test), allow(dead_code))]
    examples: Vec<String>,
}

/// The glossary: every listed form and its English word.
pub struct Glossary {
    forms: WordMap<String>,
    of_words: WordSet,
    of: String,
    from: String,
}

impl Glossary {
    /// Parses a glossary in the format of `assets/cyrillic.toml`: every stem takes every ending of its class.
    pub fn parse(text: &str) -> Result<Glossary, toml::de::Error> {
        let file: File = toml::from_str(text)?;
        let mut forms: WordMap<String> = WordMap::default();
        for e in &file.gloss {
            let classes = [
                (&e.noun, &file.endings.noun),
                (&e.adj, &file.endings.adj),
                (&e.verb, &file.endings.verb),
            ];
            for (stems, endings) in classes {
                for stem in stems {
                    for end in endings {
                        insert_first(&mut forms, fold_yo(&format!("{stem}{end}")), &e.english);
                    }
                }
            }
            for w in &e.exact {
                // Exact forms win over generated ones ("кабом" is "kab", whatever a stem makes of it).
                forms.insert(fold_yo(w), e.english.clone());
            }
        }
        Ok(Glossary {
            forms,
            of_words: file.of_before_count.words,
            of: file.of_before_count.of,
            from: file.of_before_count.from,
        })
    }

    /// The English word for the lower-case Cyrillic `word`: its listed form, or for a compound
    /// ("дронів-камікадзе", "герань-2") its first part's, with a Latin or digit tail kept ("geran-2"), or
    /// after a Latin label its second part's ("fpv-дрона").
    /// Words joined by slashes ("збито/подавлено") are glossed part by part ("downed/neutralized").
    /// "ё" is read as "е", as most Russian texts write it ("сбитые", "ещё" and "еще" alike).
    pub fn word(&self, word: &str) -> Option<Cow<'_, str>> {
        if word.contains('ё') {
            return self
                .word(&fold_yo(word))
                .map(|g| Cow::Owned(g.into_owned()));
        }
        if let Some(g) = self.forms.get(word) {
            return Some(Cow::Borrowed(g.as_str()));
        }
        if word.contains('/') {
            let parts: Vec<Cow<str>> = word
                .split('/')
                .map(|w| self.word(w).unwrap_or(Cow::Borrowed(w)))
                .collect();
            return Some(Cow::Owned(parts.join("/")));
        }
        let (head, tail) = word.split_once('-')?;
        let Some(g) = self.forms.get(head) else {
            // "fpv-дрон": a Latin label before a listed noun.
            return head
                .is_ascii()
                .then(|| self.forms.get(tail))
                .flatten()
                .map(|g| Cow::Borrowed(g.as_str()));
        };
        if tail.bytes().all(|b| b.is_ascii_alphanumeric()) {
            Some(Cow::Owned(format!("{g}-{tail}")))
        } else {
            Some(Cow::Borrowed(g.as_str()))
        }
    }
}

/// `word` with "ё" written "е": the search's own folding, one rule for both.
pub use crate::text::find::fold_yo;

fn insert_first(forms: &mut WordMap<String>, form: String, english: &str) {
    if !forms.contains_key(&form) {
        forms.insert(form, english.to_string());
    }
}

/// The glossary of `assets/cyrillic.toml`, parsed on first use.
///
/// # Panics
/// When the shipped asset is malformed: a build defect, caught by this module's tests.
pub fn glossary() -> &'static Glossary {
    static GLOSSARY: std::sync::OnceLock<Glossary> = std::sync::OnceLock::new();
    GLOSSARY.get_or_init(|| {
        Glossary::parse(CYRILLIC_TOML).expect("assets/cyrillic.toml must be a valid glossary")
    })
}

/// Whether `t` is a Cyrillic word read as its English gloss (such words come without articles).
pub fn is_glossed(t: &Token) -> bool {
    t.kind == TokKind::Word && t.lower.is_ascii() && is_cyrillic(t.text)
}

/// Whether `word` has a Cyrillic letter (U+0400..U+04FF).
fn is_cyrillic(word: &str) -> bool {
    word.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

/// The digits of a count written with a case ending ("205-ма", "139-ти", "2-х"), if `word` is one.
fn count_with_ending(word: &str) -> Option<&str> {
    let (digits, end) = word.split_once('-')?;
    let ok = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && end.chars().count() <= 3
        && end.chars().all(|c| ('\u{400}'..='\u{4ff}').contains(&c));
    ok.then_some(digits)
}

/// Glosses the Cyrillic tokens of one sentence in place with `g` (see the module doc); other tokens,
/// and every token's text and offsets, stay as they are.
pub fn gloss_with<'a>(g: &'a Glossary, toks: &mut [Token<'a>]) {
    if toks.iter().all(|t| t.lower.is_ascii()) {
        return;
    }
    for t in toks.iter_mut() {
        if t.kind != TokKind::Word || !is_cyrillic(&t.lower) {
            continue;
        }
        if let Some(d) = count_with_ending(t.text) {
            t.kind = TokKind::Num;
            t.lower = Cow::Owned(d.to_string());
        } else if !g.of_words.contains(&t.lower) {
            if let Some(w) = g.word(&t.lower) {
                // A noun glossed as digits ("сотнею": "100") is a count.
                if w.bytes().all(|b| b.is_ascii_digit()) {
                    t.kind = TokKind::Num;
                }
                t.lower = Cow::Owned(w.into_owned());
            }
        }
    }
    for i in 0..toks.len() {
        if !g.of_words.contains(&toks[i].lower) {
            continue;
        }
        let next = toks.get(i + 1);
        let counted = next.is_some_and(|n| {
            n.kind == TokKind::Num
                || super::numbers::number_at(toks, i + 1).is_some()
                || matches!(n.lower.as_ref(), "them" | "which")
        });
        toks[i].lower = Cow::Borrowed(if counted { &g.of } else { &g.from });
    }
}

/// `gloss_with` the shipped glossary, parsed only once a sentence has a non-ASCII word: a run over
/// English reports never builds it.
pub fn gloss(toks: &mut [Token<'_>]) {
    if toks.iter().all(|t| t.lower.is_ascii()) {
        return;
    }
    gloss_with(glossary(), toks);
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// The glosses of `text`, token by token, joined by spaces.
    fn glossed(text: &str) -> String {
        let mut toks = tokenize(text, 0, text.len());
        gloss(&mut toks);
        toks.iter()
            .map(|t| t.lower.as_ref())
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn every_entry_glosses_its_examples() {
        let file: File = toml::from_str(CYRILLIC_TOML).expect("the asset parses");
        let all = file
            .gloss
            .iter()
            .flat_map(|e| e.examples.iter())
            .chain(&file.of_before_count.examples);
        let wrong: Vec<String> = all
            .filter_map(|ex| {
                let (cyr, eng) = ex
                    .split_once(" => ")
                    .expect("an example is 'words => glosses'");
                let got = glossed(cyr);
                (got != eng).then(|| format!("{ex}: got {got}"))
            })
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
        for e in &file.gloss {
            assert!(!e.examples.is_empty(), "{} has no example", e.english);
        }
    }

    #[test]
    fn counts_with_case_endings_become_counts() {
        let text = "атакував 205-ма БпЛА";
        let mut toks = tokenize(text, 0, text.len());
        gloss(&mut toks);
        assert_eq!(toks[1].kind, TokKind::Num);
        assert_eq!(toks[1].lower, "205");
        assert_eq!(toks[1].text, "205-ма");
    }

    #[test]
    fn yo_reads_as_ye() {
        // The table writes "подавлен" and "ещё"; texts write either letter.
        assert_eq!(glossed("подавлён"), "neutralized");
        assert_eq!(glossed("еще сбиты"), "another downed");
        assert_eq!(glossed("ещё трёх"), "another three");
        assert_eq!(glossed("четырех"), "four");
    }

    #[test]
    fn english_and_unknown_words_are_left_alone() {
        assert_eq!(
            glossed("Russia launched 40 drones"),
            "russia launched 40 drones"
        );
        assert_eq!(glossed("Харків Х-101"), "харків х-101");
    }
}
