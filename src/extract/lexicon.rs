//! The weapons lexicon (`assets/weapons.toml`), parsed once, and matching of weapon mentions in tokens.

use super::dates::is_weekday;
use super::fact::Category;
use super::fasthash::{WordMap, WordSet};
use super::numbers::{is_month, word_value};
use super::tokens::{is_title_case, tokenize, TokKind, Token};
use serde::Deserialize;
use std::sync::OnceLock;

mod sides;
pub use sides::{Side, Sides};

const WEAPONS_TOML: &str = include_str!("../../assets/weapons.toml");

#[derive(Deserialize)]
struct File {
    weapon: Vec<Entry>,
    names: Names,
    verbs: Verbs,
    nouns: Nouns,
    sides: Sides,
    cumulative: Cumulative,
    phrases: Phrases,
}

/// Words of the phrases around a tally (`[phrases]` of `assets/weapons.toml`, where each has its examples).
#[derive(Deserialize)]
pub struct Phrases {
    pub barriers: WordSet,
    pub object_starts: WordSet,
    pub strike_nouns: WordSet,
    pub phrase_stops: WordSet,
    pub region_words: WordSet,
    pub region_openers: WordSet,
    pub countries: WordSet,
    pub part_dashes: WordSet,
    pub place_nouns: WordSet,
    pub distances: WordSet,
    pub directions: WordSet,
    pub span_joins: WordSet,
    pub stand_ins: WordSet,
    pub clause_openers: WordSet,
    #[serde(default)]
    pub part_openers: WordSet,
    #[serde(default)]
    pub exceptions: WordSet,
    #[serde(default)]
    pub attempts: WordSet,
}

/// Nouns around weapon mentions (`[nouns]` of `assets/weapons.toml`).
#[derive(Deserialize)]
pub struct Nouns {
    /// After a weapon noun, make it a modifier: "missile unit", "S-400 air defence system".
    pub heads: WordSet,
    /// Before "of", make the weapon a piece: "part of a missile".
    pub fragments: WordSet,
    /// Before a count, make it approximate: "nearly 300 drones".
    pub approx: WordSet,
    /// Before a weapon word, make it a measure, not the weapon: "155mm caliber", "of 152 mm calibre".
    #[serde(default)]
    pub measures: WordSet,
    /// Kinds of missile that may be joined before one class noun: "40 ballistic and cruise missiles".
    #[serde(default)]
    pub kinds: WordSet,
    /// Verbs of change that give a running count its latest figure: "the number of drones shot down has
    /// reached 25".
    #[serde(default)]
    pub running_changes: WordSet,
}

/// Words that make a "since ..." phrase a running total of the war.
#[derive(Deserialize)]
pub struct Cumulative {
    pub since: WordSet,
    pub periods: WordSet,
    /// Words before "week"/"month" at the head of a sentence that make it a round-up of many attacks ("This
    /// week alone", "Over the past week").
    #[serde(default)]
    pub round_up: WordSet,
    /// Words among the first three of a sentence that make it a reminder of an earlier attack ("A reminder
    /// that, on June 25, ...", "Recall that ...", "Previously, ..."): background, not this report's tally.
    #[serde(default)]
    pub reminder: WordSet,
    /// Words shortly before "since" that make it a record comparison, not a running total ("the largest
    /// number since the invasion began"): the sentence still counts tonight's attack.
    #[serde(default)]
    pub records: WordSet,
    /// Words right after a weapon that make its count a stock, not an attack ("where 300 drones were
    /// stored", "900 missiles in stock").
    #[serde(default)]
    pub stock: WordSet,
}

/// Verb lists of `assets/weapons.toml`, lower-case.
#[derive(Deserialize)]
pub struct Verbs {
    pub launch: WordSet,
    /// Verbs that launch only with an attack noun for their subject ("the attack included 50 drones").
    pub launch_after_attack: WordSet,
    pub destroy: WordSet,
    pub destroy_with_down: WordSet,
    pub aux: WordSet,
    pub lost: WordSet,
    pub reach: WordSet,
    pub not_reach: WordSet,
    /// Words between a losing verb and the count it governs ("lost track of 74 decoys").
    #[serde(default)]
    pub lost_object: WordSet,
    /// Launching verbs that say the weapon hit ("four missiles struck the target").
    pub hit: WordSet,
    /// Launching verbs that are nouns after a `noun_after` word ("a fire", "the attack") or before a
    /// `noun_before` word ("mobile fire groups", "launch sites").
    pub nouns: WordSet,
    pub noun_after: WordSet,
    pub noun_before: WordSet,
}

#[derive(Deserialize)]
struct Entry {
    name: String,
    category: Category,
    #[serde(default)]
    generic: bool,
    #[serde(default)]
    standalone: bool,
    #[serde(default)]
    rockets: bool,
    #[serde(default)]
    any_class: bool,
    #[serde(default)]
    destroyed_only: bool,
    aliases: Vec<String>,
}

#[derive(Deserialize)]
struct Names {
    not_names: WordSet,
    not_name_suffixes: Vec<String>,
}

/// One weapon of the lexicon.
#[derive(Debug, Clone)]
pub struct Weapon {
    pub name: String,
    pub category: Category,
    /// A class noun ("drones", "missiles") rather than a named weapon.
    pub generic: bool,
    /// Class nouns never stand for it: "drones" after "naval drones" are other drones.
    pub standalone: bool,
    /// A class noun that stands only for rocket artillery ("rockets"), never for a named missile.
    pub rockets: bool,
    /// A class noun of whatever flies ("air targets"): no other class's tally while the attack is mixed,
    /// the one counted weapon's when there is one.
    pub any_class: bool,
    /// A noun that counts weapons only as what was destroyed ("air defence destroyed 25 targets"): with
    /// any other role ("missiles hit five targets") it names what was struck, not weapons.
    pub destroyed_only: bool,
}

/// The parsed lexicon: weapons and an index of their aliases by first word.
pub struct Lexicon {
    pub weapons: Vec<Weapon>,
    index: WordMap<Vec<(Vec<String>, usize)>>,
    not_names: WordSet,
    not_name_suffixes: Vec<String>,
    pub verbs: Verbs,
    pub nouns: Nouns,
    pub sides: Sides,
    pub cumulative: Cumulative,
    pub phrases: Phrases,
}

/// A weapon named in a sentence, over tokens `start..end`.
#[derive(Debug, Clone)]
pub struct Mention {
    pub name: String,
    pub category: Category,
    pub generic: bool,
    pub start: usize,
    pub end: usize,
    /// The mention is a plural noun ("drones") rather than a singular one ("a drone").
    pub plural: bool,
}

/// The lexicon from `assets/weapons.toml`; parsed on first use.
///
/// # Panics
/// When the shipped asset is malformed: a build defect, caught by this module's tests.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        Lexicon::parse(WEAPONS_TOML).expect("assets/weapons.toml must be a valid weapons lexicon")
    })
}

impl Lexicon {
    /// Parses a lexicon in the format of `assets/weapons.toml`.
    pub fn parse(text: &str) -> Result<Lexicon, toml::de::Error> {
        let file: File = toml::from_str(text)?;
        let mut index: WordMap<Vec<(Vec<String>, usize)>> = WordMap::default();
        let mut weapons = Vec::new();
        for (idx, e) in file.weapon.into_iter().enumerate() {
            for alias in &e.aliases {
                let words: Vec<String> = tokenize(alias, 0, alias.len())
                    .into_iter()
                    .map(|t| t.lower.into_owned())
                    .collect();
                if let Some(first) = words.first() {
                    index.entry_or_default(first.clone()).push((words, idx));
                }
            }
            weapons.push(Weapon {
                name: e.name,
                category: e.category,
                generic: e.generic,
                standalone: e.standalone,
                rockets: e.rockets,
                any_class: e.any_class,
                destroyed_only: e.destroyed_only,
            });
        }
        for list in index.values_mut() {
            list.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        Ok(Lexicon {
            weapons,
            index,
            not_names: file.names.not_names,
            not_name_suffixes: file.names.not_name_suffixes,
            verbs: file.verbs,
            nouns: file.nouns,
            sides: file.sides,
            cumulative: file.cumulative,
            phrases: file.phrases,
        })
    }

    /// The longest weapon alias starting at token `i`: (weapon index, tokens used, last token plural).
    fn match_at(&self, toks: &[Token], i: usize) -> Option<(usize, usize, bool)> {
        let t = toks.get(i)?;
        if t.kind == TokKind::Punct {
            return None;
        }
        let word = t.lower.as_ref();
        // The word as written, then without a plural "s" (when it has one).
        let keys = [
            Some(word),
            Some(singular(word)).filter(|s| s.len() < word.len()),
        ];
        for key in keys.into_iter().flatten() {
            let Some(list) = self.index.get(key) else {
                continue;
            };
            for (words, idx) in list {
                // "including 9 ballistic, ...": a kind alone is its class only where its noun is left
                // out, before punctuation; "40 ballistic and cruise missiles" is read by the kinds.
                let lone_kind = words.len() == 1 && self.nouns.kinds.contains(words[0].as_str());
                if lone_kind && toks.get(i + 1).is_some_and(|n| n.kind != TokKind::Punct) {
                    continue;
                }
                let mut plural = false;
                let ok = words.iter().enumerate().all(|(k, w)| {
                    toks.get(i + k).is_some_and(|t| {
                        let exact = &t.lower == w;
                        let plur = !exact && singular(&t.lower) == w;
                        if plur {
                            plural = true;
                        }
                        exact || plur
                    })
                });
                if ok {
                    return Some((*idx, words.len(), plural));
                }
            }
        }
        let first = t.before_slash();
        if first.len() < word.len() {
            for (words, idx) in self.index.get(first)? {
                if words.len() == 1 {
                    return Some((*idx, 1, false));
                }
            }
        }
        None
    }

    /// The weapon mentions of a sentence, left to right. A named weapon followed by a class noun
    /// ("Kalibr cruise missiles", with at most one word between: "Tochka-U tactical missile", "'Olkha'
    /// missiles") is one mention; an unknown name before a class noun ("Zircon missiles") is a named weapon
    /// of that class. A weapon noun that modifies a head noun ("missile unit", "S-400 air defence system")
    /// or names a piece ("part of a missile") is no mention; a named one of them still names the counted
    /// class noun before it ("seven rockets from the Olkha launchers").
    pub fn mentions(&self, toks: &[Token]) -> Vec<Mention> {
        let mut out: Vec<Mention> = Vec::new();
        let (mut i, mut title_case) = (0, None);
        while i < toks.len() {
            let Some((idx, len, plural)) = self.match_at(toks, i) else {
                i += 1;
                continue;
            };
            let w = &self.weapons[idx];
            // "25 targets": a destroyed-only noun is a weapon only right after its own count.
            if w.destroyed_only
                && i.checked_sub(1)
                    .and_then(|k| toks.get(k))
                    .is_none_or(|t| t.kind != TokKind::Num)
            {
                i += len;
                continue;
            }
            let mut m = Mention {
                name: w.name.clone(),
                category: w.category,
                generic: w.generic,
                start: i,
                end: i + len,
                plural,
            };
            if m.generic && out.last().is_none_or(|p| p.end != i) {
                if let Some(prev) = i.checked_sub(1).and_then(|k| toks.get(k)) {
                    let title = *title_case.get_or_insert_with(|| is_title_case(toks));
                    if self.is_unknown_name(prev, i - 1, title) {
                        m.name = prev.text.to_string();
                        m.generic = false;
                        m.start = i - 1;
                    }
                }
            }
            i += len;
            match out.last_mut() {
                Some(prev)
                    if compatible(prev, &m) && self.adjoining(toks, prev.end, m.start, prev) =>
                {
                    if prev.generic && !m.generic {
                        prev.name = m.name.clone();
                        prev.category = m.category;
                        prev.generic = false;
                    }
                    if prev.generic == m.generic && !prev.generic {
                        prev.category = m.category;
                    }
                    prev.end = m.end;
                    prev.plural |= m.plural;
                }
                _ => out.push(m),
            }
        }
        self.without_pieces(toks, out)
    }

    /// The mentions less those that are pieces of a name or modify the head after them; a launcher that
    /// modifies names the rockets before it.
    fn without_pieces(&self, toks: &[Token], out: Vec<Mention>) -> Vec<Mention> {
        let mut kept: Vec<Mention> = Vec::with_capacity(out.len());
        for m in out {
            if self.is_piece(toks, m.start) {
                continue;
            }
            if !self.is_modifier_of_head(toks, m.end) {
                kept.push(m);
                continue;
            }
            // "seven rockets from the Olkha launchers": the launcher names the rockets.
            if let Some(prev) = kept.last_mut() {
                let linked = toks[prev.end..m.start].iter().all(|t| {
                    t.is_quote() || matches!(t.lower.as_ref(), "from" | "of" | "the" | "by")
                });
                if !m.generic
                    && prev.generic
                    && m.start > prev.end
                    && linked
                    && compatible(prev, &m)
                {
                    prev.name = m.name;
                    prev.category = m.category;
                    prev.generic = false;
                }
            }
        }
        kept
    }

    /// Whether a mention ending at `end` and one starting at `start` are one weapon: adjacent, or a named
    /// weapon and its class noun with quotes and at most one describing word between ("Tochka-U tactical
    /// missile", "'Olkha' missiles", "Vilkha MLRS rockets").
    fn adjoining(&self, toks: &[Token], end: usize, start: usize, prev: &Mention) -> bool {
        if end == start {
            return true;
        }
        if prev.generic && start > end && toks[start - 1].is_quote() {
            return self.quoted_name_after_class(toks, end, start);
        }
        if prev.generic || start < end {
            return false;
        }
        let between = &toks[end..start];
        let words: Vec<usize> = (end..start).filter(|&k| !toks[k].is_quote()).collect();
        match words[..] {
            [] => between.iter().all(Token::is_quote),
            [k] => {
                let t = &toks[k];
                t.kind == TokKind::Word
                    && !super::grammar::grammar().links.contains(&t.lower)
                    && word_value(&t.lower).is_none()
                    && !self.is_launch(toks, k)
                    && !self.is_destroy(toks, k)
                    && !self.is_aux(toks, k)
            }
            _ => false,
        }
    }

    /// "две ракеты «Гром»", "ракету большой дальности «Нептун»": a weapon's name in quotes after its class
    /// noun (as Ukrainian and Russian reports write it), with at most two describing words between; not
    /// after "type" ("БпЛА типа «Шахед», «Гербера»": names of the type count nothing).
    fn quoted_name_after_class(&self, toks: &[Token], end: usize, start: usize) -> bool {
        let words: Vec<&Token> = toks[end..start].iter().filter(|t| !t.is_quote()).collect();
        words.len() <= 2
            && words.iter().all(|t| {
                t.kind == TokKind::Word
                    && t.lower != "type"
                    && !super::grammar::grammar().links.contains(&t.lower)
                    && word_value(&t.lower).is_none()
            })
    }

    /// "part of a missile", "fragments of drones", "debris of the downed UAV": a piece of the weapon at
    /// `start`, not the weapon; "155mm caliber": a measure, not the weapon.
    fn is_piece(&self, toks: &[Token], start: usize) -> bool {
        // "shells of 155mm caliber": a size, not the Kalibr missile.
        let measure = start > 0 && {
            let w = toks[start - 1].lower.as_ref();
            self.nouns.measures.contains(w)
                || w.starts_with(|c: char| c.is_ascii_digit())
                    && self.nouns.measures.iter().any(|m| w.ends_with(m.as_str()))
        };
        if measure {
            return true;
        }
        let mut k = start;
        if k > 0 && matches!(toks[k - 1].lower.as_ref(), "a" | "an" | "the" | "downed") {
            k -= 1;
        }
        k >= 2
            && toks[k - 1].lower == "of"
            && self.nouns.fragments.contains(toks[k - 2].lower.as_ref())
    }

    /// Whether a head noun follows within three describing words from `end` ("missile unit", "S-400 air
    /// defence system", "Olkha long-range artillery launchers"): the weapon noun before is a modifier.
    fn is_modifier_of_head(&self, toks: &[Token], end: usize) -> bool {
        // Quote marks around a name are skipped ("the 'Olkha' artillery launchers").
        let words: Vec<usize> = (end..toks.len())
            .filter(|&k| !toks[k].is_quote())
            .take(3)
            .collect();
        for k in words {
            let t = &toks[k];
            if t.kind != TokKind::Word || super::grammar::grammar().links.contains(&t.lower) {
                return false;
            }
            if self.nouns.heads.contains(t.lower.as_ref()) {
                return true;
            }
            if self.is_launch(toks, k) || self.is_destroy(toks, k) || self.is_aux(toks, k) {
                return false;
            }
        }
        false
    }

    /// True when class nouns never stand for the weapon named `name` (`standalone` in the lexicon).
    pub fn is_standalone(&self, name: &str) -> bool {
        self.weapons.iter().any(|w| w.standalone && w.name == name)
    }

    /// Whether `name` is a class noun of whatever flies ("air targets"; see `Weapon::any_class`).
    pub fn is_any_class(&self, name: &str) -> bool {
        self.weapons.iter().any(|w| w.any_class && w.name == name)
    }

    /// Whether the weapon named `name` counts only what was destroyed (see `Weapon::destroyed_only`).
    pub fn is_destroyed_only(&self, name: &str) -> bool {
        self.weapons
            .iter()
            .any(|w| w.destroyed_only && w.name == name)
    }

    /// True when token `i` is a launching verb; not one used as a noun ("a fire broke out", "mobile fire
    /// groups").
    pub fn is_launch(&self, toks: &[Token], i: usize) -> bool {
        toks.get(i).is_some_and(|t| {
            let w = t.lower.as_ref();
            self.verbs.launch.contains(w)
                && !(self.verbs.nouns.contains(w)
                    && (i > 0 && self.verbs.noun_after.contains(toks[i - 1].lower.as_ref())
                        || toks
                            .get(i + 1)
                            .is_some_and(|n| self.verbs.noun_before.contains(n.lower.as_ref()))))
                || self.verbs.launch_after_attack.contains(w) && self.attack_subject(toks, i)
        })
    }

    /// Whether an attack noun stands within the four words before `i`, in its clause: the subject of
    /// "the overnight attack on Kyiv included".
    fn attack_subject(&self, toks: &[Token], i: usize) -> bool {
        toks[i.saturating_sub(4)..i]
            .iter()
            .rev()
            .take_while(|t| t.kind != TokKind::Punct)
            .any(|t| self.phrases.strike_nouns.contains(t.lower.as_ref()))
    }

    /// True when token `i` is a launching verb that says the weapon hit ("struck the target").
    pub fn is_hit(&self, toks: &[Token], i: usize) -> bool {
        self.is_launch(toks, i) && self.verbs.hit.contains(toks[i].lower.as_ref())
    }

    /// True when token `i` starts an intercepting verb ("destroyed", "shot down"). The Air Force's
    /// "shot down/suppressed" and "destroyed/suppressed" are one token each: the word before the slash counts.
    pub fn is_destroy(&self, toks: &[Token], i: usize) -> bool {
        let Some(t) = toks.get(i) else { return false };
        let w = t.before_slash();
        self.verbs.destroy.contains(w)
            || self.verbs.destroy_with_down.contains(w)
                && toks.get(i + 1).is_some_and(|n| n.before_slash() == "down")
    }

    /// True when token `i` says weapons were lost without being destroyed: "lost", or "reach" after a
    /// negation ("did not reach their targets").
    pub fn is_lost(&self, toks: &[Token], i: usize) -> bool {
        let Some(t) = toks.get(i) else { return false };
        let w = t.lower.as_ref();
        self.verbs.lost.contains(w)
            || self.verbs.reach.contains(w)
                && (i.saturating_sub(2)..i)
                    .any(|k| self.verbs.not_reach.contains(toks[k].lower.as_ref()))
    }

    /// True when a losing verb governs the count that starts at token `start`: "lost 20 decoys", "lost
    /// track of 74 decoy drones" (up to two `lost_object` words between).
    pub fn lost_before(&self, toks: &[Token], start: usize) -> bool {
        let mut i = start.min(toks.len());
        while i > 0 && start - i < 2 && self.verbs.lost_object.contains(toks[i - 1].lower.as_ref())
        {
            i -= 1;
        }
        i > 0 && self.verbs.lost.contains(toks[i - 1].lower.as_ref())
    }

    /// True when the sentence states a running total of the war: "since" followed within four tokens by
    /// a year or a cue word, or right by a date (`since_date`) ("since February 2022", "since June 4",
    /// "since the start of the invasion"), or a count of months or years ("in 31 months").
    pub fn is_cumulative(&self, toks: &[Token]) -> bool {
        let reminder = toks
            .iter()
            .take(3)
            .any(|t| self.cumulative.reminder.contains(t.lower.as_ref()));
        reminder
            || toks.iter().enumerate().any(|(i, t)| {
                // At the head of the sentence only: "the third attack this week" still dates one attack.
                let round_up = matches!(t.lower.as_ref(), "week" | "month")
                    && (1..=4).contains(&i)
                    && self
                        .cumulative
                        .round_up
                        .contains(toks[i - 1].lower.as_ref());
                if round_up {
                    return true;
                }
                // Asked of every token: the cheap tests first, the record words only after "since".
                let period = toks
                    .get(i + 1)
                    .is_some_and(|n| self.cumulative.periods.contains(n.lower.as_ref()))
                    && (t.kind == TokKind::Num || word_value(&t.lower).is_some());
                let record = || {
                    toks[i.saturating_sub(5)..i]
                        .iter()
                        .any(|r| self.cumulative.records.contains(r.lower.as_ref()))
                };
                period
                    || t.lower == "since"
                        && !record()
                        && (since_date(toks, i + 1)
                            || toks.iter().skip(i + 1).take(4).any(|n| {
                                self.cumulative.since.contains(n.lower.as_ref())
                                    || n.kind == TokKind::Num
                                        && n.text.len() == 4
                                        && (n.text.starts_with("19") || n.text.starts_with("20"))
                            }))
            })
    }

    /// True when token `i` is a passive auxiliary ("were", "been").
    pub fn is_aux(&self, toks: &[Token], i: usize) -> bool {
        toks.get(i)
            .is_some_and(|t| self.verbs.aux.contains(t.lower.as_ref()))
    }

    /// In a title-case headline (`title`) a capital letter alone makes no name: "Massive Drone Attack".
    fn is_unknown_name(&self, t: &Token, pos: usize, title: bool) -> bool {
        // "Fifteen UAVs" is a count, not a weapon called Fifteen.
        // Nor a verb of a title-case headline ("Russia Destroys Drones"), a day or month ("on Monday
        // missiles"), or a word ending "-launched" ("Russia-launched missiles").
        let w = t.lower.as_ref();
        if t.kind != TokKind::Word
            || self.not_names.contains(w)
            || word_value(w).is_some()
            || self.verbs.launch.contains(w)
            || self.verbs.destroy.contains(w)
            || self.verbs.destroy_with_down.contains(w)
            || self.verbs.aux.contains(w)
            || is_weekday(w)
            || is_month(w)
            || self
                .not_name_suffixes
                .iter()
                .any(|x| w.ends_with(x.as_str()))
        {
            return false;
        }
        let has_digit = t.text.chars().any(|c| c.is_ascii_digit());
        let has_alpha = t.text.chars().any(char::is_alphabetic);
        (has_digit && has_alpha)
            || (pos > 0
                && !title
                && t.is_capitalized()
                && !t.lower.contains('’')
                && !t.lower.contains('\''))
    }
}

/// True when two adjacent mentions name the same weapon: a name and its class noun, or the same name twice.
fn compatible(a: &Mention, b: &Mention) -> bool {
    if a.generic && b.generic {
        return false;
    }
    if !a.generic && !b.generic {
        return a.name == b.name;
    }
    let (named, class) = if a.generic { (b, a) } else { (a, b) };
    named.category == class.category
        || class.category == Category::Other && is_missile(named.category)
}

/// True for the missile categories.
pub fn is_missile(c: Category) -> bool {
    matches!(
        c,
        Category::CruiseMissile
            | Category::BallisticMissile
            | Category::AeroballisticMissile
            | Category::Other
    )
}

/// `word` without a plural ending.
/// Whether a date opens at `k`, right after "since": a month ("since June 4", "since May"), or a day and a
/// month ("since 4 June"). Not a time of day first ("since 18:00 on May 15" dates tonight's attack).
fn since_date(toks: &[Token], k: usize) -> bool {
    let month = |t: &Token| t.is_capitalized() && is_month(t.lower.as_ref());
    let day = |t: &Token| t.kind == TokKind::Num && t.text.len() <= 2;
    match toks.get(k..(k + 2).min(toks.len())) {
        Some([m, ..]) if month(m) => true,
        Some([d, m]) => day(d) && month(m),
        _ => false,
    }
}

pub fn singular(word: &str) -> &str {
    word.strip_suffix('s').unwrap_or(word)
}

#[cfg(test)]
mod tests;
