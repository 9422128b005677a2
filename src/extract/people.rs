//! People named or quoted, with their role when the text gives it (`assets/people.toml`).
//!
//! A person is a run of capitalized words that follows a title ("President Vladimir Putin"), starts with a
//! known given name ("Xi Jinping"), or is followed by a role in apposition ("Daria Herasymchuk, children’s
//! rights commissioner"). Spellings of one surname that differ only in a final "y"/"i" ("Zelenskyy",
//! "Zelenskyi") are one person; a lone surname of a known person adds evidence to that person.

use super::fact::Person;
use super::fasthash::{WordMap, WordSet};
use super::tokens::{TokKind, Token};
use super::Sentence;
use serde::Deserialize;
use std::sync::OnceLock;

const PEOPLE_TOML: &str = include_str!("../../assets/people.toml");

/// The people lexicon of `assets/people.toml`.
#[derive(Deserialize)]
pub struct PeopleLexicon {
    pub titles: WordSet,
    pub role_words: WordSet,
    pub modifiers: WordSet,
    pub nationalities: WordSet,
    pub given_names: WordSet,
    pub not_person: WordSet,
    pub vessels: WordSet,
    pub role_stop: WordSet,
    pub speech_verbs: WordSet,
    pub speaker_nouns: WordSet,
    pub pronouns: WordSet,
    /// Object pronouns ("according to him").
    pub object_pronouns: WordSet,
    /// Words that name no speaker where one stands ("said Monday that").
    pub not_speakers: WordSet,
    /// Lower-case words a role before a name may hold ("air force commander").
    pub role_nouns: WordSet,
    pub casualty: CasualtyWords,
}

/// Casualty words of `assets/people.toml`.
#[derive(Deserialize)]
pub struct CasualtyWords {
    pub killed: WordSet,
    pub injured: WordSet,
    /// Verbs whose object is the casualty word ("sustained injuries", "received medical help").
    pub light_verbs: WordSet,
    /// "medical <care>" after a light verb means injured.
    pub care: WordSet,
    /// Verbs that, before "to (the) hospital", mean injured: "four people were taken to hospital".
    pub to_hospital: WordSet,
    /// Words after a comma that open a second clause, which may tell another place's toll.
    pub clause_joiners: WordSet,
    /// Words standing for people right after a count ("35 more", "nine others").
    pub people_after_count: WordSet,
    /// Words before a count that tell a toll on from the one before ("Another 12 were injured").
    pub continuation: WordSet,
    /// Two-word phrases that make a toll cumulative or past ("last week", "since the").
    pub background_pairs: Vec<[String; 2]>,
    pub nouns: WordMap<u32>,
    /// The words of a toll's phrasing; `assets/people.toml [casualty]` gives each its examples.
    pub aux: WordSet,
    pub determiners: WordSet,
    pub bare_next: WordSet,
    pub group_barrier: WordSet,
    pub appositive: WordSet,
    pub summary: WordSet,
    pub update: WordSet,
    pub background: WordSet,
    pub victims: WordSet,
    /// Words after a casualty noun opening its clause that make it an explicit zero ("Пострадавших нет").
    pub zero_after: WordSet,
    /// Words before a casualty noun that make it an explicit zero ("без жертв": "without dead").
    pub zero_before: WordSet,
    pub relatives: WordSet,
    /// First words of a sentence reporting an earlier, replaced figure ("Earlier, he said").
    pub earlier_report: WordSet,
    /// Adverbs between a group and its verb ("were also killed").
    pub adverbs: WordSet,
    /// Adverbs that make a toll a running count ("had already been injured").
    pub running: WordSet,
    /// Adjectives that make a wound a death ("sustained fatal injuries").
    pub fatal: WordSet,
    /// The noun of deaths told as lives taken, and the verbs that take it ("claimed 12 lives").
    pub lives: WordSet,
    pub lives_verbs: WordSet,
    /// Words that open a clause of their own ("after", "when").
    pub clause_openers: WordSet,
    /// From this many killed or injured a toll is the war's, not an attack's.
    pub background_at_least: u32,
    /// Possessives that make a toll a span's ("the war's 12,000 dead").
    pub span_possessives: WordSet,
    /// Words of money that make a sentence about payments to the injured, not a toll.
    pub aid: WordSet,
    /// Words of a state that make a count some of the injured already counted ("one is in serious condition").
    pub condition: WordSet,
    /// Every word a toll is told with, gathered from the lists above when the lexicon is read
    /// (`CasualtyWords::gather_toll_words`): a sentence with none of them tells no toll.
    #[serde(skip)]
    pub toll_words: WordSet,
}

impl CasualtyWords {
    /// The words a sentence's toll can hang on, one per way `casualties::sentence::read_sentence` reads a
    /// toll: a casualty word ("killed", "wounded"), "victims" and its kin (counted or "the number of
    /// victims"), a verb before "to hospital", "medical" ("received medical care"), "casualties" ("no
    /// casualties") and "toll".
    fn gather_toll_words(&mut self) {
        let lists = [
            &self.killed,
            &self.injured,
            &self.victims,
            &self.to_hospital,
            &self.lives,
        ];
        let mut all = WordSet::default();
        for word in lists.into_iter().flat_map(WordSet::iter) {
            all.insert(word.clone());
        }
        for word in ["victims", "medical", "casualties", "toll"] {
            all.insert(word.to_string());
        }
        self.toll_words = all;
    }
}

/// The people lexicon; parsed on first use.
///
/// # Panics
/// When the shipped asset is malformed: a build defect, caught by this module's tests.
pub fn people_lexicon() -> &'static PeopleLexicon {
    static LEX: OnceLock<PeopleLexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut lex: PeopleLexicon =
            toml::from_str(PEOPLE_TOML).expect("assets/people.toml must be a valid people lexicon");
        lex.casualty.gather_toll_words();
        lex
    })
}

fn has(set: &WordSet, word: &str) -> bool {
    set.contains(word)
}

/// The people of a text, and where each is mentioned.
#[derive(Default)]
pub struct Found {
    /// Each person with the position of its first evidence.
    pub persons: Vec<(usize, Person)>,
    /// (sentence index, token index, person index), in text order.
    pub mentions: Vec<(usize, usize, usize)>,
    keys: WordMap<usize>,
}

impl Found {
    /// The person whose surname matches the last word of `name`, if any.
    pub fn lookup(&self, name: &str) -> Option<&Person> {
        let last = name.split_whitespace().last()?;
        self.keys
            .get(&surname_key(last))
            .map(|&i| &self.persons[i].1)
    }

    /// The last person mentioned before token `tok` of sentence `sent`.
    pub fn last_before(&self, sent: usize, tok: usize) -> Option<&Person> {
        let i = self
            .mentions
            .partition_point(|&(s, t, _)| (s, t) < (sent, tok));
        let &(_, _, p) = self.mentions.get(i.checked_sub(1)?)?;
        Some(&self.persons[p].1)
    }
}

/// A surname with a final run of "y"/"i" removed, lower-cased: "Zelenskyy" and "Zelenskyi" share a key.
pub fn surname_key(word: &str) -> String {
    let mut key = word.to_lowercase();
    let bare = key
        .strip_suffix("’s")
        .or_else(|| key.strip_suffix("'s"))
        .unwrap_or(&key)
        .len();
    key.truncate(bare);
    let trimmed = key.trim_end_matches(['y', 'i']).len();
    if trimmed >= 3 {
        key.truncate(trimmed);
    }
    key
}

/// True when the token can be part of a personal name: capitalized with lower-case letters.
pub fn is_name_token(t: &Token) -> bool {
    t.is_capitalized()
        && t.text.chars().skip(1).any(char::is_lowercase)
        && t.text.chars().count() > 1
}

fn ends_possessive(t: &Token) -> bool {
    t.lower.ends_with("’s") || t.lower.ends_with("'s")
}

/// The people of the sentences.
pub fn extract(sents: &[Sentence]) -> Found {
    let lex = people_lexicon();
    let mut found = Found::default();
    for (si, s) in sents.iter().enumerate() {
        let toks = &s.toks;
        let mut i = 0;
        while i < toks.len() {
            if !is_name_token(&toks[i]) {
                i += 1;
                continue;
            }
            let a = i;
            let mut b = i;
            while b < toks.len() && b - a < 7 && is_name_token(&toks[b]) {
                b += 1;
                if ends_possessive(&toks[b - 1]) {
                    break;
                }
            }
            i = b;
            consider(lex, s, si, a, b, &mut found);
        }
    }
    found
}

fn is_role_token(lex: &PeopleLexicon, w: &str) -> bool {
    has(&lex.titles, w)
        || has(&lex.role_words, w)
        || has(&lex.modifiers, w)
        || has(&lex.nationalities, w)
}

fn consider(lex: &PeopleLexicon, s: &Sentence, si: usize, a: usize, b: usize, found: &mut Found) {
    let toks = &s.toks;
    let ns = (a..b)
        .rev()
        .find(|&k| is_role_token(lex, toks[k].bare()))
        .map_or(a, |k| k + 1);
    if ns >= b || b - ns > 3 {
        return;
    }
    let name_toks = &toks[ns..b];
    if name_toks
        .iter()
        .any(|t| has(&lex.not_person, t.bare()) || is_role_token(lex, t.bare()))
    {
        return;
    }
    let abbreviated = ns >= 2 && toks[ns - 1].is_punct('.');
    let before = ns
        .checked_sub(if abbreviated { 2 } else { 1 })
        .map(|k| toks[k].bare());
    let titled = before.is_some_and(|w| has(&lex.titles, w));
    let vessel = ns >= 2
        && (has(&lex.vessels, toks[ns - 2].bare())
            || ns >= 3 && has(&lex.vessels, toks[ns - 3].bare()));
    if vessel {
        return;
    }
    let given = has(&lex.given_names, name_toks[0].bare());
    let appositive = appositive_role(lex, s, b);
    let Some(last) = name_toks.last() else { return };
    let accepted = if name_toks.len() >= 2 {
        given || titled || appositive.is_some()
    } else {
        titled
    };
    // Only a person already met can be named without a title or given name.
    if !accepted && found.keys.is_empty() {
        return;
    }
    let key = surname_key(last.text);
    let known = found.keys.get(&key).copied();
    if !accepted && known.is_none() {
        return;
    }
    let name = s.slice(ns, b).map(strip_possessive).unwrap_or_default();
    let role = bullet_role(s, ns, b)
        .or_else(|| role_before(lex, s, ns))
        .or(appositive);
    let idx = match known {
        Some(idx) => idx,
        None => {
            found.persons.push((
                s.start,
                Person {
                    name: name.clone(),
                    role: None,
                    evidence: Vec::new(),
                },
            ));
            found.keys.insert(key, found.persons.len() - 1);
            found.persons.len() - 1
        }
    };
    let p = &mut found.persons[idx].1;
    if name.split_whitespace().count() > p.name.split_whitespace().count() && accepted {
        p.name = name;
    }
    if p.role.is_none() && accepted {
        p.role = role;
    }
    if !p.evidence.iter().any(|e| e.span[0] == s.start) {
        p.evidence.push(s.evidence());
    }
    found.mentions.push((si, ns, idx));
}

fn strip_possessive(s: &str) -> String {
    s.strip_suffix("’s")
        .or_else(|| s.strip_suffix("'s"))
        .unwrap_or(s)
        .to_string()
}

/// The rest of a bullet line after "• Name,": the guest's role.
fn bullet_role(s: &Sentence, ns: usize, b: usize) -> Option<String> {
    let first = s.toks.first()?;
    let bullet = first.kind == TokKind::Punct && matches!(first.text, "•" | "-" | "*" | "·" | "–");
    if !bullet || ns != 1 || !s.toks.get(b)?.is_punct(',') {
        return None;
    }
    let end = if s.toks.last()?.is_punct('.') {
        s.toks.len() - 1
    } else {
        s.toks.len()
    };
    s.slice(b + 1, end).map(str::to_string)
}

/// A role in apposition after the name: ", children’s rights commissioner in ..." gives the words up to
/// the role head and its "of ..." complement.
fn appositive_role(lex: &PeopleLexicon, s: &Sentence, b: usize) -> Option<String> {
    let toks = &s.toks;
    if !toks.get(b)?.is_punct(',') {
        return None;
    }
    let head = (b + 1..(b + 7).min(toks.len()))
        .take_while(|&k| toks[k].kind == TokKind::Word)
        .find(|&k| {
            has(&lex.role_words, toks[k].bare())
                || has(&lex.role_words, toks[k].lower.trim_end_matches('s'))
        })?;
    let mut end = head + 1;
    if toks.get(end).is_some_and(|t| t.lower == "of") {
        while end < toks.len() {
            let t = &toks[end];
            if t.is_punct(',')
                || t.is_punct('.')
                || matches!(t.lower.as_ref(), "in" | "who" | "said" | "at" | "and")
            {
                break;
            }
            end += 1;
        }
    }
    s.slice(b + 1, end).map(str::to_string)
}

/// A role written before the name: "commander of Ukraine’s ground forces, Colonel General ..." gives the
/// comma-separated phrase when it starts with a role word, else the words ending in a title
/// ("Ukrainian Deputy Defence Minister").
fn role_before(lex: &PeopleLexicon, s: &Sentence, ns: usize) -> Option<String> {
    let toks = &s.toks;
    let dot = ns >= 2 && toks[ns - 1].is_punct('.');
    let head = if dot { ns - 2 } else { ns.checked_sub(1)? };
    let last = toks.get(head)?;
    if !(has(&lex.titles, last.bare()) || has(&lex.role_words, last.bare())) {
        return None;
    }
    let role_like = |t: &Token| {
        t.is_capitalized()
            || ends_possessive(t)
            || is_role_token(lex, t.bare())
            || has(&lex.role_nouns, &t.lower)
            || t.lower.contains('-')
    };
    let ends = |t: &Token| t.kind != TokKind::Word || has(&lex.role_stop, &t.lower);
    let mut j = head;
    while j > 0 && ns - j < 8 {
        let t = &toks[j - 1];
        if ends(t) {
            break;
        }
        // Another lower-case word belongs to the role only between its other words ("Former Chelsea
        // football club owner"), not before them ("plotting to assassinate Russian leader"); a
        // sentence's first word is capitalized for no reason of its own.
        let inside = role_like(t)
            || (0..j - 1)
                .rev()
                .take(3)
                .take_while(|&k| !ends(&toks[k]))
                .any(|k| k > 0 && toks[k].is_capitalized() || is_role_token(lex, toks[k].bare()));
        if !inside {
            break;
        }
        j -= 1;
    }
    if j >= 2 && toks[j - 1].is_punct(',') {
        let seg_end = j - 1;
        let seg_start = (0..seg_end)
            .rev()
            .find(|&k| toks[k].kind == TokKind::Punct)
            .map_or(0, |k| k + 1);
        if seg_start < seg_end && has(&lex.role_words, toks[seg_start].bare()) {
            return s.slice(seg_start, seg_end).map(str::to_string);
        }
    }
    s.slice(j, ns).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surname_keys_drop_case_a_possessive_and_a_final_y_or_i() {
        for (word, key) in [
            ("Zelenskyy", "zelensk"),
            ("Zelenskyi’s", "zelensk"),
            ("Syrskyi's", "syrsk"),
            ("Shoigu", "shoigu"),
            // Too little would be left: "Li" stays "li", "Ivy" stays "ivy".
            ("Li", "li"),
            ("Ivy’s", "ivy"),
        ] {
            assert_eq!(surname_key(word), key, "{word}");
        }
    }

    fn people(body: &str) -> Vec<(String, Option<String>)> {
        let sents = Sentence::all(body);
        extract(&sents)
            .persons
            .into_iter()
            .map(|(_, p)| (p.name, p.role))
            .collect()
    }

    #[test]
    fn asset_parses() {
        let lex: PeopleLexicon = toml::from_str(PEOPLE_TOML).expect("asset parses");
        assert!(lex.titles.contains("president"));
    }

    /// A role before a name holds role words and their nouns, never the verb before them.
    #[test]
    fn a_role_before_a_name_stops_at_other_words() {
        assert_eq!(
            people(
                "Kyiv accused Moscow of plotting to kill Russian leader Vladimir Putin's critics."
            ),
            vec![("Vladimir Putin".into(), Some("Russian leader".into()))]
        );
        assert_eq!(
            people("The strike was confirmed by air force spokesman Yuriy Ihnat on Monday."),
            vec![("Yuriy Ihnat".into(), Some("air force spokesman".into()))]
        );
        assert_eq!(
            people("The yacht of Former Chelsea football club owner Roman Abramovich was seized."),
            vec![(
                "Roman Abramovich".into(),
                Some("Former Chelsea football club owner".into())
            )]
        );
        assert_eq!(
            people("Hours later national security adviser Jake Sullivan called it a war crime."),
            vec![(
                "Jake Sullivan".into(),
                Some("national security adviser".into())
            )]
        );
    }

    #[test]
    fn titles_appositions_and_spellings() {
        assert_eq!(
            people("Ukrainian Deputy Defence Minister Anna Malyar has confirmed it."),
            vec![(
                "Anna Malyar".into(),
                Some("Ukrainian Deputy Defence Minister".into())
            )]
        );
        assert_eq!(
            people("On July 17, commander of Ukraine’s ground forces, Colonel General Oleksandr Syrskyi, said so."),
            vec![("Oleksandr Syrskyi".into(), Some("commander of Ukraine’s ground forces".into()))]
        );
        assert_eq!(
            people("“No,” said Daria Herasymchuk, children’s rights commissioner in president Volodymyr Zelenskyy’s office. President Zelenskyi said it."),
            vec![
                ("Daria Herasymchuk".into(), Some("children’s rights commissioner".into())),
                ("Volodymyr Zelenskyy".into(), Some("president".into())),
            ]
        );
        assert!(people("Russia fired from the frigate Admiral Essen. Saudi Arabia and the Financial Times said so.").is_empty());
        assert_eq!(
            people("the Kerch Strait Bridge and the Air Force of the Ukrainian Armed Forces"),
            vec![]
        );
    }
}
