//! Strike tallies: how many of a weapon were launched and destroyed, from where, at what, when, per whom.
//!
//! Counts bind to the nearest weapon noun. One fact per weapon per event (weapon and date): later sentences
//! about the same weapon add evidence and fill values still missing; the first value stated wins (headlines
//! and totals come before per-region parts). Class nouns ("the missiles", "31 out of 36 drones") stand for
//! the weapon of that class the text named last; on their own they make a fact only when they carry a
//! count or name a target ("a drone strike on the Kerch Strait Bridge"), and such a fact is folded into the
//! one named weapon of its class that the text names later, when that weapon has counts and they agree (a
//! heading "destroys 20 drones" above "20 of 24 Shahed drones"; not "48 missiles ... including Kh-101
//! missiles", which names some of the 48).
//!
//! # Totals and parts
//! - A class-noun total equal to the sum of two or more finer facts of its class ("18 missiles: 10 Kalibr
//!   and 8 Kh-101") is folded into them as evidence; a total that differs from the sum stays.
//! - A counted class noun when two or more named weapons of its class are in the event keeps a class-level
//!   fact rather than being given to the last one named; but a launched count no larger than a named
//!   weapon's launched tally ("Five drones hit targets" after "launched 112 strike drones") is part of it.
//! - An indefinite class count ("shot down 46 aircraft-type drones") does not stand for a named weapon given
//!   no count in an earlier sentence ("a strike with Geran-2 drones"): it keeps a class-level fact. A
//!   definite one ("Both missiles hit", "Nine of the drones") does.
//! - Class nouns never stand for a `standalone` weapon of the lexicon ("13 drones" after "10 naval
//!   drones").
//! - "N drones and missiles" is one combined fact ("drone and missile", category `other`).
//! - A destroyed figure in a clause naming "over <Place>" is a regional part; a figure without a place is
//!   national and wins whenever it comes; with no national figure, parts over distinct places are summed.
//!
//! # Events and dates
//! An event is a weapon on a date: the sentence's own date (a range takes its later day; "yesterday",
//! "on Tuesday" resolve against the report date; another date or a weekday in the same sentence wins over
//! a dateline's filing date), else the date of the strike facts of the sentence
//! before, else the report date. Running totals of the war ("since February 2022", "in 31 months") and
//! round-ups opening with "This week", "Over the past week" give no strike. "lost locally" / "did not reach their targets" go to `lost_locally`, never to destroyed.

use super::claims::attribution;
use super::dates;
use super::fact::{Category, Evidence, Strike};
use super::lexicon::{is_missile, lexicon, Lexicon, Mention, Side};
use super::numbers::{count_at, is_month, word_value, Num};
use super::tokens::{TokKind, Token};
use super::Sentence;
use chrono::NaiveDate;

/// A count that may be "all of those launched".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Val {
    N(u32),
    All,
    /// "all but N": launched less N.
    AllBut(u32),
}

/// How the words before a weapon noun quantify it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pre {
    Plain(u32),
    All(Option<u32>),
    OfTotal(u32, u32),
    Total(u32),
    /// "the missile": one, when something is done to it ("the missile was shot down"); a weapon system
    /// named as the means ("attacks using the Vilkha MLRS") counts nothing.
    Definite,
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Launch,
    /// A launching verb that says the weapons hit ("four missiles struck the target"): they are some of
    /// those launched.
    Hit,
    Destroy,
    None,
}

/// What one mention says.
#[derive(Default)]
struct Reading {
    launched: Option<u32>,
    destroyed: Option<Val>,
    lost: Option<u32>,
    launched_from: Option<String>,
    target: Option<String>,
    /// The place named by "over <Place>" in the clause, as its first capitalized word lower-cased
    /// ("over the Belgorod region" and "over Belgorod" are both "belgorod"): a regional part of a tally.
    region: Option<Over>,
    /// Further regional parts of the same clause list ("23 drones over Kyiv region, 5 over Cherkasy").
    more_parts: Vec<(Over, u32)>,
    strike_noun: bool,
    /// Those that hit ("four missiles struck the target").
    hit: Option<u32>,
    /// The launched figure is approximate ("nearly 300 drones"): an exact one replaces it.
    launched_approx: bool,
    /// Whose weapons these are ("82 Ukrainian drones", "launched by Russia", "Russian air defences shot
    /// down ...").
    side: Option<Side>,
    /// "another 17 missiles", "12 more drones": weapons besides those already counted.
    additional: bool,
}

impl Reading {
    /// Whether the mention carries any count.
    fn counts(&self) -> bool {
        self.launched.is_some()
            || self.hit.is_some()
            || self.destroyed.is_some()
            || self.lost.is_some()
    }
}

/// The place a regional figure was shot down over: `key` identifies the region ("over the Belgorod region"
/// and "over Belgorod" are both "belgorod"), `phrase` is shown ("Belgorod region").
#[derive(Debug, Clone)]
struct Over {
    key: String,
    phrase: String,
}

/// One regional part of a destroyed tally and the sentence that states it.
struct Part {
    over: Over,
    destroyed: u32,
    evidence: Evidence,
}

/// Where a mention goes: an existing fact, a new one, or nowhere (a class noun that adds nothing).
enum Place {
    Existing(usize),
    New,
    Skip,
}

struct Acc {
    fact: Strike,
    destroyed: Option<Val>,
    /// `destroyed` came from a regional part ("5 UAVs over the Kursk region"), not a national figure.
    destroyed_regional: bool,
    /// Destroyed per region, first figure per region.
    parts: Vec<Part>,
    generic: bool,
    pos: usize,
    touched: usize,
    hits: Option<u32>,
    launched_approx: bool,
    /// The sentence (its start) whose figure `launched` is.
    launched_in: Option<usize>,
    side: Option<Side>,
}

const BARRIERS: &[&str] = &[
    "and", "or", "of", "the", "all", "both", "from", "with", "at", "to", "by", "than", "on", "in",
    "over", "that", "which", "a", "an", "its", "their", "his", "her", "as", "for", "into", "out",
    "but",
];
const OBJECT_STARTS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "two", "three", "four",
];
const STRIKE_NOUNS: &[&str] = &[
    "strike", "strikes", "attack", "attacks", "raid", "raids", "hit", "hits",
];
const PHRASE_STOPS: &[&str] = &[
    "and",
    "at",
    "on",
    "towards",
    "toward",
    "overnight",
    "targeting",
    "into",
    "against",
    "over",
    "to",
    "as",
    "while",
    "when",
    "which",
    "that",
    "with",
    "during",
    "since",
    "after",
    "before",
    "for",
    "linking",
    "near",
    "but",
    "where",
    "who",
];
/// Words before the place a destroyed figure is a regional part of: "12 over the Kursk region", "23 in the
/// Kyiv region" (a place must follow: "in total" or "in three attacks" name none).
const REGION_WORDS: &[&str] = &["over", "in", "above"];
/// Nouns that end a place name written in lower case ("the Odesa region", "Kharkiv oblast").
const PLACE_NOUNS: &[&str] = &[
    "region", "regions", "oblast", "district", "province", "city", "port",
];
/// Units before "from" that make it a distance ("40 km from the border"), not a launch site.
const DISTANCES: &[&str] = &[
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "metres",
    "meters",
    "away",
];
const DIRECTIONS: &[&str] = &[
    "south",
    "north",
    "east",
    "west",
    "southeast",
    "southwest",
    "northeast",
    "northwest",
    "south-east",
    "south-west",
    "north-east",
    "north-west",
    "air",
    "sea",
];

/// The strike facts of the sentences, with the position of their first evidence.
pub fn extract(sents: &[Sentence], report_date: Option<NaiveDate>) -> Vec<(usize, Strike)> {
    let lex = lexicon();
    let mut accs: Vec<Acc> = Vec::new();
    let mut clock = 0usize;
    let mut prev_touched: Vec<usize> = Vec::new();
    for (si, s) in sents.iter().enumerate() {
        let toks = &s.toks;
        let counts = counts(toks);
        if lex.is_cumulative(toks) {
            prev_touched.clear();
            continue;
        }
        let mentions = combine_classes(toks, &counts, lex.mentions(toks));
        // A sentence without a date of its own continues the event of the sentence before it.
        let carried = prev_touched.first().and_then(|&i| accs[i].fact.date);
        let date = sentence_date(toks, report_date).or(carried).or(report_date);
        let source = attribution(s);
        let mut touched = Vec::new();
        let quantified = if all_of_them(lex, toks) {
            Some(Val::All)
        } else if none_of_them(lex, toks) {
            Some(Val::N(0))
        } else {
            None
        };
        if let (true, Some(v)) = (mentions.is_empty(), quantified) {
            for &idx in &prev_touched {
                if accs[idx].destroyed.is_none() {
                    accs[idx].destroyed = Some(v);
                }
                push_evidence(&mut accs[idx].fact, s);
            }
            continue;
        }
        if mentions.is_empty() {
            let single = prev_touched
                .first()
                .filter(|&&f| prev_touched.iter().all(|&i| i == f));
            if let Some(&idx) = single {
                if complete(lex, toks, &counts, &mut accs[idx]) {
                    push_evidence(&mut accs[idx].fact, s);
                    touched.push(idx);
                }
            }
            prev_touched = touched;
            continue;
        }
        // "Air defence shot down 88 of them, while 19 decoy drones were lost": the count before the first
        // weapon noun completes the single fact of the sentence before.
        let single = prev_touched
            .first()
            .filter(|&&f| prev_touched.iter().all(|&i| i == f));
        if let (Some(&idx), Some(first)) = (single, mentions.first()) {
            let head = &toks[..first.start];
            let of_them: Vec<Num> = counts
                .iter()
                .filter(|n| n.end + 1 < head.len() && is_of_them(head, n.end))
                .cloned()
                .collect();
            if !of_them.is_empty() && complete(lex, head, &of_them, &mut accs[idx]) {
                push_evidence(&mut accs[idx].fact, s);
                touched.push(idx);
            }
        }
        let all_of_them = all_of_them(lex, toks);
        let none_of_them = none_of_them(lex, toks);
        // "31 of the 36 missiles were destroyed. Of them, 28 were X-101 and three were Kalibr."
        let breakdown = si > 0
            && toks
                .first()
                .is_some_and(|t| matches!(t.lower.as_ref(), "of" | "among"))
            && toks
                .get(1)
                .is_some_and(|t| matches!(t.lower.as_ref(), "them" | "these" | "those"))
            && (0..sents[si - 1].toks.len()).any(|i| lex.is_destroy(&sents[si - 1].toks, i));
        for (k, m) in mentions.iter().enumerate() {
            let lower = if k == 0 { 0 } else { mentions[k - 1].end };
            let upper = mentions.get(k + 1).map_or(toks.len(), |n| n.start);
            let mut r = read(lex, s, &mentions, &counts, m, lower, upper);
            if breakdown && r.destroyed.is_none() {
                let linked =
                    m.start >= 2 && matches!(toks[m.start - 1].lower.as_ref(), "were" | "was");
                let end = if linked { m.start - 1 } else { m.start };
                if let Some(n) = ending_at(&counts, end).filter(|n| n.start >= lower) {
                    r.destroyed = Some(Val::N(to_u32(n.value)));
                    if r.launched == Some(to_u32(n.value)) {
                        r.launched = None;
                    }
                }
            }
            if all_of_them && r.destroyed.is_none() {
                r.destroyed = Some(Val::All);
            }
            if none_of_them && r.destroyed.is_none() {
                r.destroyed = Some(Val::N(0));
            }
            clock += 1;
            // "both missiles", "the drones", "nine of these drones": drones already named.
            let definite = (m.start.saturating_sub(3)..m.start).any(|i| {
                matches!(
                    toks[i].lower.as_ref(),
                    "both" | "the" | "these" | "those" | "all" | "them"
                )
            });
            let place = match resolve(&accs, m, date, &r, s.start, definite) {
                // "of the 26 drones ... shot down 21, and of the 12 drones ... shot down eight": a second
                // launched figure in one sentence, or "another 17", is another attack.
                Place::Existing(i)
                    if r.additional
                        || accs[i].launched_in == Some(s.start)
                            && r.launched.is_some()
                            && r.launched != accs[i].fact.launched =>
                {
                    Place::New
                }
                p => p,
            };
            let idx = match place {
                Place::Skip => continue,
                Place::Existing(i) => i,
                Place::New => {
                    if m.generic && !r.counts() && !r.strike_noun {
                        continue;
                    }
                    accs.push(Acc {
                        fact: Strike {
                            weapon: m.name.clone(),
                            category: m.category,
                            launched: None,
                            destroyed: None,
                            lost_locally: None,
                            launched_from: None,
                            target: None,
                            over: None,
                            date,
                            attributed_to: None,
                            inferred: false,
                            how: None,
                            evidence: Vec::new(),
                        },
                        destroyed: None,
                        destroyed_regional: false,
                        parts: Vec::new(),
                        generic: m.generic,
                        pos: s.start,
                        touched: clock,
                        hits: None,
                        launched_approx: false,
                        launched_in: None,
                        side: None,
                    });
                    accs.len() - 1
                }
            };
            let acc = &mut accs[idx];
            acc.touched = clock;
            // "destroyed eight missiles ... All the missiles launched were downed": eight launched.
            if let (Some(Val::All), Some(Val::N(n)), None) =
                (r.destroyed, acc.destroyed, acc.fact.launched)
            {
                acc.fact.launched = Some(n);
                acc.fact
                    .infer("launched = the destroyed figure, since all were destroyed");
            }
            add_destroyed(acc, r.destroyed, r.region.take(), s);
            for (reg, n) in r.more_parts.drain(..) {
                add_destroyed(acc, Some(Val::N(n)), Some(reg), s);
            }
            acc.side = acc.side.or(r.side);
            acc.hits = acc.hits.or(r.hit);
            let exact_now = acc.launched_approx && r.launched.is_some() && !r.launched_approx;
            if (acc.fact.launched.is_none() || exact_now) && r.launched.is_some() {
                acc.launched_in = Some(s.start);
                acc.launched_approx = r.launched_approx;
                acc.fact.launched = r.launched;
            }
            let f = &mut acc.fact;
            f.lost_locally = f.lost_locally.or(r.lost);
            f.launched_from = f.launched_from.take().or(r.launched_from);
            f.target = f.target.take().or(r.target);
            f.attributed_to = f.attributed_to.take().or_else(|| source.clone());
            push_evidence(f, s);
            touched.push(idx);
        }
        prev_touched = touched;
    }
    let mut facts: Vec<(usize, Strike)> = accs
        .into_iter()
        .flat_map(|mut a| {
            // "shot down two missiles ... four missiles struck the target": six launched.
            if a.fact.launched.is_none() {
                a.fact.launched = match (a.hits, a.destroyed) {
                    (Some(h), Some(Val::N(d))) => {
                        a.fact.infer("launched = those that hit + those destroyed");
                        Some(h.saturating_add(d))
                    }
                    (h, _) => h,
                };
            }
            // Only regional parts and nothing launched: a tally per place, as the text gives them.
            if a.destroyed_regional && a.fact.launched.is_none() && !a.parts.is_empty() {
                return per_region(a);
            }
            // Parts of a launched total: together they are its destroyed figure.
            if a.destroyed_regional && a.parts.len() >= 2 {
                let sum = a
                    .parts
                    .iter()
                    .fold(0u32, |t, p| t.saturating_add(p.destroyed));
                a.destroyed = Some(Val::N(sum));
                a.fact.infer("destroyed = the sum of the regional figures");
            }
            if matches!(a.destroyed, Some(Val::All | Val::AllBut(_))) && a.fact.launched.is_some() {
                a.fact
                    .infer("destroyed worked out from \"all\" and the launched figure");
            }
            a.fact.destroyed = match a.destroyed {
                Some(Val::N(n)) => Some(n),
                Some(Val::All) => a.fact.launched,
                Some(Val::AllBut(n)) => a.fact.launched.and_then(|l| l.checked_sub(n)),
                None => None,
            };
            vec![(a.pos, a.fact)]
        })
        .collect();
    merge_class_into_named(&mut facts);
    fold_totals_into_parts(&mut facts);
    facts
}

/// The finer facts that fact `k` is the headline total of, if it is one (see `fold_totals_into_parts`).
fn parts_of_total(
    facts: &[(usize, Strike)],
    k: usize,
    is_class: &dyn Fn(&Strike) -> bool,
) -> Option<Vec<usize>> {
    let g = &facts[k].1;
    if !is_class(g) {
        return None;
    }
    let parts: Vec<usize> = (0..facts.len())
        .filter(|&i| {
            let n = &facts[i].1;
            i != k
                && n.date == g.date
                && class_fits(g.category, n.category)
                && (!is_class(n) || n.category != g.category)
        })
        .collect();
    let total_of = |get: &dyn Fn(&Strike) -> Option<u32>| {
        let sum = parts
            .iter()
            .try_fold(0u32, |t, &i| Some(t.saturating_add(get(&facts[i].1)?)));
        get(g).is_some_and(|v| sum == Some(v))
    };
    // A figure of the total that the parts do not add up to ("31 of the 36 missiles" over parts with no
    // destroyed figure) would be lost in the fold: the total stays.
    let kept = |get: &dyn Fn(&Strike) -> Option<u32>| get(g).is_none() || total_of(get);
    let sums = total_of(&|f| f.launched) || total_of(&|f| f.destroyed);
    (parts.len() >= 2 && sums && kept(&|f| f.launched) && kept(&|f| f.destroyed)).then_some(parts)
}

/// Drops a class-noun fact that is the headline total of two or more finer facts of its class on the
/// same date ("18 missiles: 10 Kalibr and 8 Kh-101"): when its launched (or destroyed) figure is the sum
/// of theirs, it counts the same weapons, and its sentences become evidence of each part.
fn fold_totals_into_parts(facts: &mut Vec<(usize, Strike)>) {
    let lex = lexicon();
    let is_class = |f: &Strike| lex.weapons.iter().any(|w| w.generic && w.name == f.weapon);
    let mut k = 0;
    while k < facts.len() {
        let Some(parts) = parts_of_total(facts, k, &is_class) else {
            k += 1;
            continue;
        };
        let (_, g) = facts.remove(k);
        for i in parts {
            let i = if i > k { i - 1 } else { i };
            let n = &mut facts[i].1;
            for e in &g.evidence {
                if !n.evidence.iter().any(|x| x.span == e.span) {
                    n.evidence.push(e.clone());
                }
            }
            n.evidence.sort_by_key(|e| e.span[0]);
        }
    }
}

/// Joins "43 drones and missiles" into one mention: a count before two class nouns of different classes
/// joined by "and" is a combined total that belongs to neither class alone. The joined mention is named
/// "drone and missile", category `other`, and counts like a named weapon.
fn combine_classes(toks: &[Token], counts: &[Num], mentions: Vec<Mention>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    let mut it = mentions.into_iter().peekable();
    while let Some(a) = it.next() {
        let joins = |b: &Mention| {
            a.generic
                && b.generic
                && a.category != b.category
                && b.start == a.end + 1
                && toks[a.end].lower == "and"
                && counts.iter().any(|n| n.end == a.start)
        };
        match it.next_if(joins) {
            Some(b) => out.push(Mention {
                name: format!("{} and {}", a.name, b.name),
                category: Category::Other,
                generic: false,
                start: a.start,
                end: b.end,
                plural: true,
            }),
            None => out.push(mixed_kinds(toks, counts, a)),
        }
    }
    out
}

/// "40 ballistic and cruise missiles": a count over two kinds of missile joined before one class noun is
/// a count of missiles of either kind, the class `missile` (category `other`), starting at the first kind.
fn mixed_kinds(toks: &[Token], counts: &[Num], m: Mention) -> Mention {
    let kinds = &lexicon().nouns.kinds;
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    let mixed = m.generic
        && is_missile(m.category)
        && m.start >= 3
        && word(m.start - 1) == "and"
        && kinds.contains(word(m.start - 2))
        && counts.iter().any(|n| n.end == m.start - 2);
    if !mixed {
        return m;
    }
    Mention {
        name: "missile".into(),
        category: Category::Other,
        start: m.start - 2,
        ..m
    }
}

/// Folds a fact read from a class noun before any weapon was named ("Air defence destroys 20 drones" as a
/// heading) into the one named weapon of that class on the same date, when their counts agree.
fn merge_class_into_named(facts: &mut Vec<(usize, Strike)>) {
    let lex = lexicon();
    let is_class = |f: &Strike| lex.weapons.iter().any(|w| w.generic && w.name == f.weapon);
    let agree = |a: Option<u32>, b: Option<u32>| a.is_none() || b.is_none() || a == b;
    let mut k = 0;
    while k < facts.len() {
        let g = &facts[k].1;
        if !is_class(g) {
            k += 1;
            continue;
        }
        let fits: Vec<usize> = (0..facts.len())
            .filter(|&i| {
                let n = &facts[i].1;
                i != k
                    && !is_class(n)
                    && !lex.is_standalone(&n.weapon)
                    && n.date == g.date
                    && class_fits(g.category, n.category)
            })
            .collect();
        // Of several named weapons of the class, the one whose launched total the class restates ("147
        // Shahed-type drones and drone imitators ... Of the 147 drones, 87 were shot down").
        let same_total: Vec<usize> = fits
            .iter()
            .copied()
            .filter(|&i| match g.launched {
                Some(_) => facts[i].1.launched == g.launched,
                // A headline "downed 29 drones" above "29 Shahed drones ... were shot down".
                None => g.destroyed.is_some() && facts[i].1.destroyed == g.destroyed,
            })
            .collect();
        let target = match (&fits[..], &same_total[..]) {
            ([one], _) | (_, [one]) => *one,
            _ => {
                k += 1;
                continue;
            }
        };
        let n = &facts[target].1;
        // A named fact without counts ("including Kh-101 missiles") may be only some of the class total.
        let counted = n.launched.is_some() || n.destroyed.is_some();
        if !counted || !agree(g.launched, n.launched) || !agree(g.destroyed, n.destroyed) {
            k += 1;
            continue;
        }
        let (pos, g) = facts.remove(k);
        let target = if target > k { target - 1 } else { target };
        let (npos, n) = &mut facts[target];
        *npos = (*npos).min(pos);
        let fills = n.launched.is_none() && g.launched.is_some()
            || n.destroyed.is_none() && g.destroyed.is_some();
        if fills {
            let class = g.weapon.clone();
            n.infer(&format!("a figure of \"{class}\" given to this weapon"));
        }
        n.launched = n.launched.or(g.launched);
        n.destroyed = n.destroyed.or(g.destroyed);
        n.lost_locally = n.lost_locally.or(g.lost_locally);
        n.launched_from = n.launched_from.take().or(g.launched_from);
        n.target = n.target.take().or(g.target);
        n.attributed_to = n.attributed_to.take().or(g.attributed_to);
        for e in g.evidence {
            if !n.evidence.iter().any(|x| x.span == e.span) {
                n.evidence.push(e);
            }
        }
        n.evidence.sort_by_key(|e| e.span[0]);
    }
    facts.sort_by_key(|(pos, _)| *pos);
}

/// The facts of a tally known only by its regional parts: one per place, each with its own sentence.
fn per_region(a: Acc) -> Vec<(usize, Strike)> {
    a.parts
        .into_iter()
        .map(|p| {
            let mut f = a.fact.clone();
            f.destroyed = Some(p.destroyed);
            f.over = Some(p.over.phrase);
            f.evidence = vec![p.evidence];
            (f.evidence[0].span[0], f)
        })
        .collect()
}

/// Records a destroyed figure: a national figure (no "over <Place>") wins over regional parts and is
/// never replaced; regional parts are kept per region, to become a tally per place when no national
/// figure comes.
fn add_destroyed(acc: &mut Acc, v: Option<Val>, region: Option<Over>, s: &Sentence) {
    let Some(v) = v else { return };
    match (region, v) {
        (Some(over), Val::N(n)) => {
            if !acc.parts.iter().any(|p| p.over.key == over.key) {
                acc.parts.push(Part {
                    over,
                    destroyed: n,
                    evidence: s.evidence(),
                });
            }
            if acc.destroyed.is_none() {
                acc.destroyed = Some(v);
                acc.destroyed_regional = true;
            }
        }
        _ => {
            if acc.destroyed.is_none() || acc.destroyed_regional {
                acc.destroyed = Some(v);
                acc.destroyed_regional = false;
            }
        }
    }
}

fn push_evidence(f: &mut Strike, s: &Sentence) {
    if !f.evidence.iter().any(|e| e.span[0] == s.start) {
        f.evidence.push(s.evidence());
    }
}

/// The first date written in the sentence, resolved against the report date when it has no year; else a
/// date relative to the report date ("yesterday", "on Tuesday").
pub fn sentence_date(toks: &[Token], report_date: Option<NaiveDate>) -> Option<NaiveDate> {
    // A dateline ("KRYVYI RIH, Ukraine, April 5, 2025 (AP) —") gives the filing date: an event
    // weekday in the same sentence ("on Friday evening") wins over it.
    let dateline = |d: &dates::FoundDate| {
        d.start <= 8
            && toks[d.end.min(toks.len())..(d.end + 3).min(toks.len())]
                .iter()
                .any(|t| t.is_punct('(') || t.is_punct('—') || t.is_punct('–'))
    };
    let found = dates::find(toks);
    let own = |d: &dates::FoundDate| match (d.full(), d.day) {
        (Some(full), _) => Some(full),
        (None, Some(day)) if d.year.is_none() => dates::resolve(d.month, day, report_date?),
        _ => None,
    };
    if found.iter().any(dateline) {
        // The event's own date after the dateline, else its weekday, else the filing date.
        let events: Vec<dates::FoundDate> =
            found.iter().filter(|d| !dateline(d)).cloned().collect();
        return first_date(toks, &events, &own)
            .or_else(|| dates::relative(toks, report_date))
            .or_else(|| found.iter().find_map(own));
    }
    first_date(toks, &found, &own).or_else(|| dates::relative(toks, report_date))
}

/// Words that join two dates into one night or span: "the night of 31 December 2023 to 1 January 2024".
const SPAN_JOINS: &[&str] = &["to", "into", "and", "-", "–", "—"];

/// The first date of the list that resolves, or the later day of a span it opens ("31 December 2023 to 1
/// January 2024" is the night that ends on 1 January).
fn first_date(
    toks: &[Token],
    found: &[dates::FoundDate],
    own: &dyn Fn(&dates::FoundDate) -> Option<NaiveDate>,
) -> Option<NaiveDate> {
    found.iter().enumerate().find_map(|(k, d)| {
        let date = own(d)?;
        let joined = found.get(k + 1).filter(|n| {
            let between = &toks[d.end.min(n.start)..n.start];
            (1..=2).contains(&between.len())
                && between
                    .iter()
                    .all(|t| SPAN_JOINS.contains(&t.lower.as_ref()) || t.is_punct(','))
        });
        Some(joined.and_then(own).map_or(date, |later| later.max(date)))
    })
}

/// The counts of a sentence, non-overlapping, left to right.
fn counts(toks: &[Token]) -> Vec<Num> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match count_at(toks, i) {
            Some(n) => {
                i = n.end.max(i + 1);
                out.push(n);
            }
            None => i += 1,
        }
    }
    out
}

fn ending_at(counts: &[Num], end: usize) -> Option<Num> {
    counts.iter().find(|n| n.end == end).copied()
}

fn to_u32(v: u64) -> u32 {
    u32::try_from(v).unwrap_or(u32::MAX)
}

/// Which accumulated fact a mention belongs to: the same named weapon on the same date, or for a class
/// noun the named weapon of that class touched last (on the same date). A counted class noun when two or
/// more named weapons of its class are in the event ("12 Kh-101 and 2 Kh-22 ... Ten cruise missiles were
/// destroyed") cannot be split between them: it keeps a fact of its own class.
fn resolve(
    accs: &[Acc],
    m: &Mention,
    date: Option<NaiveDate>,
    r: &Reading,
    here: usize,
    definite: bool,
) -> Place {
    let found = |i: Option<usize>| i.map_or(Place::New, Place::Existing);
    // One side's weapons are never the other side's: "82 Ukrainian drones" beside "59 of 84 Russian drones".
    let sides_agree = |a: &Acc| a.side.is_none() || r.side.is_none() || a.side == r.side;
    // The facts this class noun can stand for: of its class and its side.
    let fits = |a: &Acc| sides_agree(a) && stands_for(m, a);
    if !m.generic {
        let same = |a: &Acc| {
            !a.generic && a.fact.weapon == m.name && a.fact.date == date && sides_agree(a)
        };
        return found(accs.iter().position(same));
    }
    // The same class noun counted again ("69 missiles, including 13 Kh-101 ... downed 45 missiles") is
    // the same class tally, not the named weapon of that class.
    if r.counts() {
        let same_noun = accs.iter().position(|a| {
            a.generic
                && a.fact.weapon == m.name
                && a.fact.date == date
                && sides_agree(a)
                && a.fact.launched.is_some()
        });
        if let Some(i) = same_noun {
            return Place::Existing(i);
        }
    }
    // A named weapon that no count was given for, in an earlier sentence, is not what a later indefinite
    // class count stands for: "a strike with Geran-2 drones ... shot down 46 aircraft-type drones" are
    // other drones, but "Both missiles hit" after "Iskander-M missiles" are those.
    let counted_or_here = |a: &Acc| {
        a.fact.launched.is_some()
            || a.destroyed.is_some()
            || a.fact.lost_locally.is_some()
            || a.pos == here
            || definite
            || !r.counts()
    };
    let latest = |named: bool| {
        accs.iter()
            .enumerate()
            .filter(|(_, a)| a.generic != named && a.fact.date == date)
            .filter(|(_, a)| !named || counted_or_here(a))
            .filter(|(_, a)| fits(a))
            .filter(|(_, a)| !lexicon().is_standalone(&a.fact.weapon))
            .max_by_key(|(_, a)| a.touched)
            .map(|(i, _)| i)
    };
    let counted = r.counts();
    // Named weapons of the class that carry a count: "120 Shahed drones and decoy drones ... shot down 85
    // drones" has one, so the 85 are of it; with two counted ("12 Kh-101 and 2 Kh-22") a class count
    // cannot be split between them.
    let mut open_named = accs
        .iter()
        .filter(|a| !a.generic && a.fact.date == date && fits(a))
        .filter(|a| !lexicon().is_standalone(&a.fact.weapon))
        .filter(|a| {
            a.fact.launched.is_some() || a.destroyed.is_some() || a.fact.lost_locally.is_some()
        })
        .map(|a| &a.fact.weapon);
    let first = open_named.next();
    let several = open_named.any(|w| Some(w) != first);
    // The one counted weapon of the class is what a counted class noun stands for, however many
    // uncounted ones were named after it.
    if let (true, Some(only), false) = (counted, first, several) {
        let same_side = accs.iter().position(|a| {
            !a.generic && &a.fact.weapon == only && a.fact.date == date && sides_agree(a)
        });
        if let Some(i) = same_side {
            return Place::Existing(i);
        }
    }
    if counted && first.is_some() && several {
        // "Five drones hit targets" after "launched 112 strike drones": a part of a launched tally
        // already counted, not more launched.
        if let (Some(n), None, None) = (r.launched.or(r.hit), r.destroyed, r.lost) {
            let part_of = accs
                .iter()
                .enumerate()
                .filter(|(_, a)| {
                    !a.generic
                        && a.fact.date == date
                        && fits(a)
                        && a.fact.launched.is_some_and(|l| l >= n)
                })
                .max_by_key(|(_, a)| a.fact.launched)
                .map(|(i, _)| i);
            if let Some(i) = part_of {
                return Place::Existing(i);
            }
        }
        let own = accs.iter().position(|a| {
            a.generic && a.fact.weapon == m.name && a.fact.date == date && sides_agree(a)
        });
        return found(own);
    }
    if let Some(i) = latest(true) {
        let says_something = r.counts()
            || r.destroyed.is_some()
            || r.lost.is_some()
            || r.launched_from.is_some()
            || r.target.is_some();
        return if says_something {
            Place::Existing(i)
        } else {
            Place::Skip
        };
    }
    if r.launched.is_none() && r.hit.is_none() && r.destroyed.is_none() && !r.strike_noun {
        return Place::Skip;
    }
    // "a drone attack on Rylsk" names one attack: it is not the target of a class fact that counts
    // several ("shot down eight drones"), but an event of its own.
    let lone = !m.plural && !counted && r.target.is_some();
    let several = |a: &Acc| {
        a.fact.launched.is_some_and(|n| n > 1)
            || matches!(a.destroyed, Some(Val::N(n)) if n > 1)
            || matches!(a.destroyed, Some(Val::All | Val::AllBut(_)))
    };
    match latest(false) {
        Some(i) if lone && several(&accs[i]) => Place::New,
        i => found(i),
    }
}

/// Whether the class noun `m` can stand for a fact of category `named`: "rockets" only for rocket
/// artillery, other class nouns as `class_fits`.
fn stands_for(m: &Mention, a: &Acc) -> bool {
    let rockets = lexicon()
        .weapons
        .iter()
        .any(|w| w.rockets && w.name == m.name);
    if rockets {
        return a.fact.category == Category::Other && (!a.generic || a.fact.weapon == m.name);
    }
    class_fits(m.category, a.fact.category)
}

fn class_fits(class: Category, named: Category) -> bool {
    match class {
        Category::Other => is_missile(named),
        Category::BallisticMissile => matches!(
            named,
            Category::BallisticMissile | Category::AeroballisticMissile
        ),
        c => c == named,
    }
}

/// What the words around one mention say about it; `lower..upper` are the tokens it may use.
fn read(
    lex: &Lexicon,
    s: &Sentence,
    mentions: &[Mention],
    counts: &[Num],
    m: &Mention,
    lower: usize,
    upper: usize,
) -> Reading {
    let toks = &s.toks;
    let mut r = Reading::default();
    let after = toks.get(m.end).map(|t| t.lower.as_ref());
    let next = toks.get(m.end + 1);
    let verb_object = next.is_some_and(|t| t.is_capitalized() || t.lower == "the")
        || after == Some("hit")
            && m.plural
            && next.is_some_and(|t| {
                t.kind == TokKind::Word && t.lower != "on" && t.lower != "against"
            });
    if after.is_some_and(|a| STRIKE_NOUNS.contains(&a)) && !verb_object {
        if toks
            .get(m.end + 1)
            .is_some_and(|t| t.lower == "on" || t.lower == "against")
        {
            r.target = target_phrase(s, m.end + 2);
        }
        r.strike_noun = r.target.is_some();
        return r;
    }
    let pre = prefix(lex, toks, counts, m, lower);
    let lost_after = (m.end..(m.end + 5).min(upper))
        .take_while(|&i| in_clause(&toks[i]))
        .any(|i| lex.is_lost(toks, i));
    if let (Pre::Plain(n), true) = (pre, lost_after) {
        r.lost = Some(n);
        return r;
    }
    r.lost = lost_count(lex, toks, counts, m.end, upper);
    let role = role(lex, toks, counts, m, mentions);
    r.side = side_of(lex, toks, m, lower, upper);
    r.additional = additional(toks, counts, m, lower);
    match (pre, role) {
        (Pre::Plain(n), Role::Hit) => r.hit = Some(n),
        (Pre::Plain(n), Role::Launch) => r.launched = Some(n),
        (Pre::Plain(n), Role::Destroy) => r.destroyed = Some(Val::N(n)),
        (Pre::Definite, Role::Destroy) => r.destroyed = Some(Val::N(1)),
        (Pre::Definite, Role::Hit) => r.hit = Some(1),
        (Pre::All(Some(n)), Role::Destroy) => {
            r.launched = Some(n);
            r.destroyed = Some(Val::N(n));
        }
        (Pre::All(Some(n)), Role::Launch | Role::Hit) => r.launched = Some(n),
        (Pre::All(None), Role::Destroy) => r.destroyed = Some(Val::All),
        (Pre::OfTotal(part, total), Role::Destroy | Role::None) => {
            r.launched = Some(total);
            r.destroyed = Some(Val::N(part));
        }
        (Pre::OfTotal(_, total), Role::Launch | Role::Hit) | (Pre::Total(total), _) => {
            r.launched = Some(total)
        }
        _ => {}
    }
    if r.destroyed.is_none() {
        r.destroyed = elliptic_destroyed(lex, toks, counts, m.end, upper);
    }
    if r.destroyed.is_none() {
        // "the Kh-22 missiles were not intercepted": none of them was destroyed.
        let mut i = m.end;
        while i < upper && lex.is_aux(toks, i) {
            i += 1;
        }
        let negated = i > m.end
            && i + 1 < upper
            && matches!(toks[i].lower.as_ref(), "not" | "never")
            && lex.is_destroy(toks, i + 1);
        if negated {
            r.destroyed = Some(Val::N(0));
            // "Two other ballistic missiles were not intercepted": two launched, none destroyed.
            if let (Pre::Plain(n), None) = (pre, r.launched) {
                r.launched = Some(n);
            }
        }
    }
    if r.destroyed.is_none() && r.launched.is_some() && role == Role::Launch {
        r.destroyed = coordinated_destroy(lex, toks, m.end, upper).then_some(Val::All);
    }
    if verb_object && lex.is_launch(toks, m.end) {
        r.target = target_phrase(s, m.end + 1);
    }
    if r.target.is_none() {
        r.target = attacked_with(lex, s, lower, m.start);
    }
    for (i, t) in toks.iter().enumerate().take(upper).skip(m.end) {
        let w = t.lower.as_ref();
        if t.is_punct(',') || t.is_punct(';') || t.is_punct(':') {
            break;
        }
        let distance = i > 0 && DISTANCES.contains(&toks[i - 1].lower.as_ref());
        if w == "from" && r.launched_from.is_none() && !distance {
            r.launched_from = launch_site(s, i + 1);
        }
        if matches!(w, "at" | "on" | "against" | "targeting") && r.target.is_none() {
            r.target = target_phrase(s, i + 1);
        }
        if REGION_WORDS.contains(&w) && r.region.is_none() {
            r.region = region_at(s, i + 1);
        }
    }
    r.launched_approx = r.launched.is_some_and(|v| {
        counts
            .iter()
            .filter(|n| n.start >= lower && n.end <= upper && to_u32(n.value) == v)
            .any(|n| n.approx || is_approx(lex, toks, n.start))
    });
    // "Another 3 UAVs were destroyed over the Bryansk region": one more regional part of the statement.
    r.additional &= r.region.is_none();
    if r.region.is_some() && matches!(r.destroyed, Some(Val::N(_))) {
        r.more_parts = counts
            .iter()
            .filter(|n| n.start >= m.end && n.end < upper)
            .filter(|n| REGION_WORDS.contains(&toks[n.end].lower.as_ref()))
            .filter_map(|n| Some((region_at(s, n.end + 1)?, to_u32(n.value))))
            .collect();
    }
    r
}

/// Whose weapons the mention counts: a side word among the describing words before it ("82 Ukrainian
/// drones", "eight Russia-launched missiles"), else "by"/"from" a side after it ("launched by Russia",
/// "from Ukrainian territory"), else the side of the clause's launcher ("Russia fired ...") or the other side
/// of its interceptor ("Russian air defences destroyed ...", "Ukraine shot down ...").
fn side_of(lex: &Lexicon, toks: &[Token], m: &Mention, lower: usize, upper: usize) -> Option<Side> {
    let sides = &lex.sides;
    let adjective = |t: &Token| {
        let w = t.lower.as_ref();
        if sides.russian.contains(w) {
            Some(Side::Russia)
        } else if sides.ukrainian.contains(w) {
            Some(Side::Ukraine)
        } else {
            None
        }
    };
    let country = |t: &Token| {
        let w = t.lower.as_ref();
        if sides.russia.contains(w) {
            Some(Side::Russia)
        } else if sides.ukraine.contains(w) {
            Some(Side::Ukraine)
        } else {
            adjective(t)
        }
    };
    // Describing words before the mention, back to its count or a verb.
    let mut k = m.start;
    while k > lower && m.start - k < 4 {
        k -= 1;
        let t = &toks[k];
        if let Some(side) = adjective(t) {
            let defender = toks
                .get(k + 1)
                .is_some_and(|n| sides.defenders.contains(n.lower.as_ref()));
            if !defender {
                return Some(side);
            }
        }
        if t.kind != TokKind::Word && t.kind != TokKind::Num
            || lex.is_launch(toks, k)
            || lex.is_destroy(toks, k)
            || matches!(t.lower.as_ref(), "of" | "and" | "down")
        {
            break;
        }
    }
    // "launched by Russia", "fired from Ukraine", "from Ukrainian territory".
    for i in m.end..upper.min(toks.len()) {
        let t = &toks[i];
        if t.kind == TokKind::Punct {
            break;
        }
        if matches!(t.lower.as_ref(), "by" | "from") {
            let mut j = i + 1;
            if toks.get(j).is_some_and(|t| t.lower == "the") {
                j += 1;
            }
            if let Some(side) = toks.get(j).and_then(country) {
                return Some(side);
            }
        }
    }
    // The clause's launcher or interceptor.
    for (i, t) in toks.iter().enumerate() {
        let Some(side) = country(t) else { continue };
        let verb = (i + 1..(i + 5).min(toks.len()))
            .take_while(|&j| toks[j].kind == TokKind::Word)
            .find(|&j| lex.is_launch(toks, j) || lex.is_destroy(toks, j));
        let defender = toks
            .get(i + 1)
            .is_some_and(|n| sides.defenders.contains(n.lower.as_ref()));
        match verb {
            Some(j) if lex.is_launch(toks, j) && !defender => return Some(side),
            Some(_) => return Some(side.other()),
            None if defender => return Some(side.other()),
            None => {}
        }
    }
    None
}

/// "another 17 missiles", "12 more drones": a count of weapons besides those already counted.
fn additional(toks: &[Token], counts: &[Num], m: &Mention, lower: usize) -> bool {
    counts
        .iter()
        .filter(|n| n.start >= lower && n.end <= m.start && m.start - n.end <= 3)
        .any(|n| {
            n.start > 0 && toks[n.start - 1].lower == "another"
                || toks.get(n.end).is_some_and(|t| t.lower == "more")
        })
}

/// An approximating word before the count at `start` ("nearly 300", "more than 50", "up to 40").
fn is_approx(lex: &Lexicon, toks: &[Token], start: usize) -> bool {
    let mut k = start;
    if k > 0 && matches!(toks[k - 1].lower.as_ref(), "than" | "to" | "of") {
        k -= 1;
    }
    k > 0 && lex.nouns.approx.contains(toks[k - 1].lower.as_ref())
}

/// The place after "over": keyed by its first capitalized word lower-cased ("over the Belgorod region"
/// and "over Belgorod" are both "belgorod"), shown without its article.
fn region_at(s: &Sentence, start: usize) -> Option<Over> {
    let phrase = target_phrase(s, start)?;
    let key = phrase
        .split_whitespace()
        .find(|w| w.chars().next().is_some_and(char::is_uppercase))?
        .to_lowercase();
    let phrase = phrase
        .strip_prefix("the ")
        .unwrap_or(&phrase)
        .trim_end_matches(['.', ','])
        .to_string();
    Some(Over { key, phrase })
}

/// The quantifier written just before a weapon noun ("six", "all six", "31 of 36", "all but one of the 12").
fn prefix(lex: &Lexicon, toks: &[Token], counts: &[Num], m: &Mention, lower: usize) -> Pre {
    let mut j = m.start;
    let mut skipped = 0;
    // Describing words and quote marks ("17 'Olkha' missiles") between the count and the noun.
    while j > lower && toks[j - 1].is_quote() {
        j -= 1;
    }
    while skipped < 2 && j > lower && is_modifier(lex, toks, counts, j - 1) {
        j -= 1;
        skipped += 1;
        while j > lower && toks[j - 1].is_quote() {
            j -= 1;
        }
    }
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    let Some(n) = ending_at(counts, j) else {
        let k = match j.checked_sub(1) {
            Some(k) if k >= lower => k,
            _ => return Pre::None,
        };
        // "Nine of the drones were destroyed": a part of the drones named before.
        if word(k) == "the" && k >= 2 && k - 1 > lower && word(k - 1) == "of" {
            if let Some(part) = ending_at(counts, k - 1).filter(|c| c.start >= lower) {
                return Pre::Plain(to_u32(part.value));
            }
        }
        return match word(k) {
            "all" => Pre::All(None),
            "the" if k > lower && word(k - 1) == "all" => Pre::All(None),
            // "all of the missiles", "both of the missiles".
            "the" if k >= 2 && k - 2 >= lower && word(k - 1) == "of" && word(k - 2) == "all" => {
                Pre::All(None)
            }
            "the" if k >= 2 && k - 2 >= lower && word(k - 1) == "of" && word(k - 2) == "both" => {
                Pre::All(Some(2))
            }
            "both" => Pre::All(Some(2)),
            "a" | "an" if !m.plural => Pre::Plain(1),
            "the" if !m.plural => Pre::Definite,
            _ => Pre::None,
        };
    };
    let total = to_u32(n.value);
    let mut p = n.start;
    if p > lower && word(p - 1) == "the" {
        p -= 1;
    }
    if p > lower && word(p - 1) == "all" {
        return Pre::All(Some(total));
    }
    // "a total of 32 drones": a plain count, launched or destroyed as its verb says.
    if p >= 2 && p - 1 > lower && word(p - 1) == "of" && word(p - 2) == "total" {
        return Pre::Plain(total);
    }
    if p > lower && word(p - 1) == "of" {
        let mut q = p - 1;
        if q > lower && word(q - 1) == "out" {
            q -= 1;
        }
        if let Some(part) = ending_at(counts, q).filter(|c| c.start >= lower) {
            let part_v = to_u32(part.value);
            if part.start >= 2 && word(part.start - 1) == "but" && word(part.start - 2) == "all" {
                return Pre::OfTotal(total.saturating_sub(part_v), total);
            }
            return Pre::OfTotal(part_v, total);
        }
        return Pre::Total(total);
    }
    Pre::Plain(total)
}

fn is_modifier(lex: &Lexicon, toks: &[Token], counts: &[Num], i: usize) -> bool {
    let t = &toks[i];
    t.kind == TokKind::Word
        && !BARRIERS.contains(&t.lower.as_ref())
        && !counts.iter().any(|n| n.start <= i && i < n.end)
        && !lex.is_launch(toks, i)
        && !lex.is_destroy(toks, i)
        && !lex.is_aux(toks, i)
}

/// Whether the mention was launched or destroyed: a passive intercepting verb right after it
/// ("were shot down"), else the nearest verb before it, else a launching verb right after it whose
/// subject it is ("Two Iskander-M missiles hit Kharkiv").
fn role(lex: &Lexicon, toks: &[Token], counts: &[Num], m: &Mention, mentions: &[Mention]) -> Role {
    let limit = (m.end + 12).min(toks.len());
    let mut active_launch = false;
    let mut hit = false;
    // The end of a counted weapon coordinated with this one: "a dozen Shahed drones and four Kh-22
    // missiles launched from ..." launches both.
    let mut joined_end = None;
    let mut i = m.end;
    while i < limit {
        let t = &toks[i];
        if let Some(n) = counts.iter().find(|n| n.start == i) {
            match mentions
                .iter()
                .find(|o| o.start >= n.end && o.start <= n.end + 2)
            {
                Some(next) if toks[i - 1].lower == "and" || toks[i - 1].is_punct(',') => {
                    i = next.end;
                    joined_end = Some(next.end);
                    continue;
                }
                _ => break,
            }
        }
        // "37 cruise missiles, 29 Shahed drones and one reconnaissance drone were shot down": a list of
        // counted weapons shares the verb after it.
        let listed = t.is_punct(',')
            && counts.iter().any(|n| {
                n.start == i + 1
                    && mentions
                        .iter()
                        .any(|o| o.start >= n.end && o.start <= n.end + 2)
            });
        if listed {
            i += 1;
            continue;
        }
        if t.kind == TokKind::Punct {
            break;
        }
        // "the missiles launched (by Russia) were downed": a participle describing the noun, not its verb.
        if lex.is_launch(toks, i) && i == m.end && passive_destroy_follows(lex, toks, i + 1, limit)
        {
            i += 1;
            continue;
        }
        if lex.is_launch(toks, i) {
            // "missiles hit Kharkiv", "a missile was fired at Odesa"
            active_launch = i == m.end || joined_end == Some(i) || lex.is_aux(toks, i - 1);
            hit = active_launch && lex.is_hit(toks, i);
            break;
        }
        if lex.is_destroy(toks, i) {
            // "were shot down", "were successfully intercepted", "were also shot down"
            let adverb = matches!(
                toks[i - 1].lower.as_ref(),
                "also" | "again" | "then" | "all"
            );
            let passive = i > m.end
                && (lex.is_aux(toks, i - 1)
                    || toks[i - 1].lower.ends_with("ly")
                    || adverb && i >= 2 && lex.is_aux(toks, i - 2));
            let headline = i == m.end
                && !toks.get(i + 1).is_some_and(|n| {
                    OBJECT_STARTS.contains(&n.lower.as_ref()) || n.kind == TokKind::Num
                });
            if passive || headline {
                return Role::Destroy;
            }
            break;
        }
        i += 1;
    }
    for i in (0..m.start).rev() {
        if lex.is_destroy(toks, i) {
            return Role::Destroy;
        }
        if lex.is_launch(toks, i) {
            return Role::Launch;
        }
    }
    match (active_launch, hit) {
        (true, true) => Role::Hit,
        (true, false) => Role::Launch,
        _ => Role::None,
    }
}

/// Whether an auxiliary and an intercepting verb follow in the clause from `from` ("were downed", "were
/// all shot down").
fn passive_destroy_follows(lex: &Lexicon, toks: &[Token], from: usize, limit: usize) -> bool {
    (from..limit)
        .take_while(|&k| toks[k].kind != TokKind::Punct && !lex.is_launch(toks, k))
        .any(|k| {
            lex.is_aux(toks, k)
                && (lex.is_destroy(toks, k + 1)
                    || toks
                        .get(k + 1)
                        .is_some_and(|t| t.lower.ends_with("ly") || t.lower == "all")
                        && lex.is_destroy(toks, k + 2))
        })
}

/// The object of "attacked <Place> with" before the mention ("Russia attacked Kyiv with 7 missiles").
fn attacked_with(lex: &Lexicon, s: &Sentence, lower: usize, start: usize) -> Option<String> {
    let toks = &s.toks;
    let w = (lower..start).rev().find(|&i| toks[i].lower == "with")?;
    let v = (lower..w).rev().find(|&i| lex.is_launch(toks, i))?;
    let p = target_phrase(s, v + 1)?;
    let whole = toks[w - 1].end.checked_sub(toks.get(v + 1)?.start)?;
    (whole == p.len()).then_some(p)
}

/// "... was fired at Odesa and was intercepted": a passive intercepting verb coordinated with the launch
/// in the same clause, with no count of its own, applies to all launched.
fn coordinated_destroy(lex: &Lexicon, toks: &[Token], from: usize, upper: usize) -> bool {
    (from..upper.min(toks.len()))
        .take_while(|&i| toks[i].kind != TokKind::Punct && toks[i].kind != TokKind::Num)
        .any(|i| {
            let mut k = i + 1;
            while lex.is_aux(toks, k) {
                k += 1;
            }
            toks[i].lower == "and" && k > i + 1 && lex.is_destroy(toks, k)
        })
}

/// The count as a destroyed figure: "all but N" is launched less N.
fn all_but_or_n(toks: &[Token], n: &Num) -> Val {
    let v = to_u32(n.value);
    if n.start >= 2 && toks[n.start - 1].lower == "but" && toks[n.start - 2].lower == "all" {
        Val::AllBut(v)
    } else {
        Val::N(v)
    }
}

/// A count after the mention that an intercepting verb governs: "35 were shot down", "31 of which were
/// destroyed", "of which it shot down two".
fn elliptic_destroyed(
    lex: &Lexicon,
    toks: &[Token],
    counts: &[Num],
    from: usize,
    upper: usize,
) -> Option<Val> {
    for n in counts.iter().filter(|n| n.start >= from && n.end <= upper) {
        // "shot down 22 of the drones": the count is part of the weapon named next, not of this one.
        let of_next = toks.get(n.end).is_some_and(|t| t.lower == "of")
            && upper < toks.len()
            && (n.end + 1..=n.end + 3).contains(&upper);
        if of_next {
            continue;
        }
        let follows_verb = (n.end..(n.end + 4).min(toks.len()))
            .take_while(|&i| in_clause(&toks[i]))
            .any(|i| lex.is_destroy(toks, i));
        let after_verb = n.start >= 1
            && (lex.is_destroy(toks, n.start - 1)
                || n.start >= 2
                    && toks[n.start - 1].lower == "down"
                    && lex.is_destroy(toks, n.start - 2))
            && toks
                .get(n.end)
                .is_none_or(|t| t.kind == TokKind::Punct || t.lower == "of");
        let noun_after = toks.get(n.end).is_some_and(|t| {
            t.kind == TokKind::Word
                && !matches!(
                    t.lower.as_ref(),
                    "were" | "was" | "of" | "have" | "had" | "are"
                )
        });
        if (follows_verb && !noun_after) || after_verb {
            return Some(all_but_or_n(toks, n));
        }
    }
    None
}

/// Whether a token can sit inside a clause: any word or number, and quote marks ("were \"lost locally\"").
fn in_clause(t: &Token) -> bool {
    t.kind != TokKind::Punct || t.is_quote()
}

/// A count after the mention that a losing word follows: "5 were lost locally", "12 did not reach their
/// targets".
fn lost_count(
    lex: &Lexicon,
    toks: &[Token],
    counts: &[Num],
    from: usize,
    upper: usize,
) -> Option<u32> {
    counts
        .iter()
        .filter(|n| n.start >= from && n.end <= upper)
        .take_while(|n| !toks[from..n.start].iter().any(|t| t.is_punct(';')))
        .find(|n| {
            (n.end..(n.end + 5).min(toks.len()))
                .take_while(|&i| in_clause(&toks[i]))
                .any(|i| lex.is_lost(toks, i))
        })
        .map(|n| to_u32(n.value))
}

/// "of them" / "of these" at `i`.
fn is_of_them(toks: &[Token], i: usize) -> bool {
    toks.get(i).is_some_and(|t| t.lower == "of")
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.lower.as_ref(), "them" | "these"))
}

/// "all of them were shot down", "all six were destroyed", "all were intercepted", "both were shot down"
/// anywhere in the sentence.
fn all_of_them(lex: &Lexicon, toks: &[Token]) -> bool {
    quantified_destroy(lex, toks, "all")
        || quantified_destroy(lex, toks, "both")
        || destroyed_all(lex, toks)
}

/// An intercepting verb whose object is all of the weapons named: "shot down all of them", "destroyed
/// them all", "shot down all the targets", "intercepted both".
fn destroyed_all(lex: &Lexicon, toks: &[Token]) -> bool {
    (0..toks.len()).any(|i| {
        if !lex.is_destroy(toks, i) {
            return false;
        }
        let mut k = i + 1;
        if toks.get(k).is_some_and(|t| t.lower == "down") {
            k += 1;
        }
        let w = |j: usize| toks.get(j).map_or("", |t| t.lower.as_ref());
        let end = |j: usize| toks.get(j).is_none_or(|t| t.kind == TokKind::Punct);
        match (w(k), w(k + 1), w(k + 2)) {
            ("all" | "both", "of", "them" | "these") => true,
            ("them", "all" | "both", _) => true,
            ("all", "the" | "its" | "their", "targets") => true,
            ("all", "targets", _) => true,
            ("all" | "both", _, _) => end(k + 1),
            _ => false,
        }
    })
}

/// "none of them was intercepted", "none were shot down", "neither was intercepted" anywhere in the
/// sentence.
fn none_of_them(lex: &Lexicon, toks: &[Token]) -> bool {
    quantified_destroy(lex, toks, "none") || quantified_destroy(lex, toks, "neither")
}

/// The quantifier `q` ("all", "none"), optionally "of them" or a number, then a passive intercepting verb.
fn quantified_destroy(lex: &Lexicon, toks: &[Token], q: &str) -> bool {
    toks.iter().enumerate().any(|(i, t)| {
        if t.lower != q {
            return false;
        }
        let mut k = i + 1;
        let of = toks.get(k).is_some_and(|t| t.lower == "of");
        if of
            && toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.lower.as_ref(), "them" | "which" | "these"))
        {
            k += 2;
        } else if of && toks.get(k + 1).is_some_and(|t| t.lower == "the") {
            // "none of the (three) missiles was intercepted": up to three words name what.
            k += 2;
            let stop = (k + 3).min(toks.len());
            while k < stop && toks[k].kind != TokKind::Punct && !lex.is_aux(toks, k) {
                k += 1;
            }
        } else if toks
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Num || word_value(&t.lower).is_some())
        {
            k += 1;
        }
        while lex.is_aux(toks, k) {
            k += 1;
        }
        k > i + 1 && lex.is_destroy(toks, k)
    })
}

/// Completes the fact touched in the previous sentence from a sentence without weapon nouns:
/// "Russia had launched four in total", "Air defence shot down 31."
fn complete(lex: &Lexicon, toks: &[Token], counts: &[Num], acc: &mut Acc) -> bool {
    for n in counts {
        let verb_after = (n.end..(n.end + 5).min(toks.len()))
            .take_while(|&i| in_clause(&toks[i]))
            .any(|i| lex.is_destroy(toks, i));
        let lost_after = (n.end..(n.end + 5).min(toks.len()))
            .take_while(|&i| in_clause(&toks[i]))
            .any(|i| lex.is_lost(toks, i));
        // "Another 40 were locally lost": the passive after the bare count.
        let bare = toks.get(n.end).is_none_or(|t| {
            t.kind == TokKind::Punct
                || matches!(
                    t.lower.as_ref(),
                    "in" | "of" | "more" | "overall" | "altogether"
                )
                || (verb_after || lost_after) && lex.is_aux(toks, n.end)
        });
        if !bare {
            continue;
        }
        let verb_before =
            |pred: &dyn Fn(usize) -> bool| (n.start.saturating_sub(3)..n.start).any(pred);
        let v = to_u32(n.value);
        if lost_after {
            if acc.fact.lost_locally.is_none() {
                acc.fact.lost_locally = Some(v);
                return true;
            }
            continue;
        }
        if acc.fact.launched.is_none() && verb_before(&|i| lex.is_launch(toks, i)) {
            acc.fact.launched = Some(v);
            acc.fact
                .infer("launched read from a clause that names no weapon");
            return true;
        }
        if acc.destroyed.is_none()
            && (verb_after || verb_before(&|i| lex.is_destroy(toks, i) || toks[i].lower == "down"))
        {
            acc.destroyed = Some(all_but_or_n(toks, n));
            acc.fact
                .infer("destroyed read from a clause that names no weapon");
            return true;
        }
    }
    false
}

fn phrase_end(toks: &[Token], start: usize, max: usize) -> usize {
    let lex = lexicon();
    let mut e = start;
    while e < toks.len() && e - start < max {
        let t = &toks[e];
        if t.kind == TokKind::Punct && !t.is_punct('-') || PHRASE_STOPS.contains(&t.lower.as_ref())
        {
            break;
        }
        // "from Tu-22M3 bombers targeted Odesa": the phrase ends at the clause's verb.
        if e > start && (lex.is_launch(toks, e) || lex.is_destroy(toks, e)) {
            break;
        }
        e += 1;
    }
    e
}

/// The launch site after "from": up to a stop word; not a bare direction ("from the south").
fn launch_site(s: &Sentence, start: usize) -> Option<String> {
    let toks = &s.toks;
    let mut end = phrase_end(toks, start, 8);
    // "from the airspace over the Kursk region": the airspace is named by the place after it.
    if end > start
        && toks[end - 1].lower == "airspace"
        && toks.get(end).is_some_and(|t| t.lower == "over")
    {
        end = phrase_end(toks, end + 1, 6);
    }
    let content: Vec<&Token> = toks[start..end]
        .iter()
        .filter(|t| t.lower != "the")
        .collect();
    if content.is_empty() || content.len() == 1 && DIRECTIONS.contains(&content[0].lower.as_ref()) {
        return None;
    }
    join(s, start, end)
}

/// A target: an optional "the", up to three lower-case words, then a capitalized name ("the Kerch Strait
/// Bridge", "southern Ukraine"); not a date.
pub fn target_phrase(s: &Sentence, start: usize) -> Option<String> {
    let toks = &s.toks;
    let mut i = start;
    if toks.get(i).is_some_and(|t| t.lower == "the") {
        i += 1;
    }
    let mut lower_words = 0;
    while lower_words < 3
        && toks
            .get(i)
            .is_some_and(|t| t.kind == TokKind::Word && !t.is_capitalized())
    {
        if PHRASE_STOPS.contains(&toks[i].lower.as_ref()) {
            return None;
        }
        i += 1;
        lower_words += 1;
    }
    toks.get(i)
        .filter(|t| t.is_capitalized() && !is_month(&t.lower) && !dates::is_weekday(&t.lower))?;
    let mut e = i;
    while e < toks.len() {
        if toks[e].is_capitalized() {
            e += 1;
        } else if toks[e].lower == "of" && toks.get(e + 1).is_some_and(Token::is_capitalized) {
            e += 2;
        } else {
            break;
        }
    }
    if toks
        .get(e)
        .is_some_and(|t| PLACE_NOUNS.contains(&t.lower.as_ref()))
    {
        e += 1;
    }
    // "Ukraine's energy system": a possessive names whose; the noun after it is the target.
    if e > i && (toks[e - 1].lower.ends_with("'s") || toks[e - 1].lower.ends_with("’s")) {
        let from = e;
        while e < toks.len()
            && e - from < 3
            && toks[e].kind == TokKind::Word
            && !toks[e].is_capitalized()
            && !PHRASE_STOPS.contains(&toks[e].lower.as_ref())
            && !BARRIERS.contains(&toks[e].lower.as_ref())
        {
            e += 1;
        }
    }
    join(s, start, e)
}

/// The text of tokens `a..b`, with the spacing of the original.
fn join(s: &Sentence, a: usize, b: usize) -> Option<String> {
    s.slice(a, b).map(str::to_string)
}
