//! The places of a sentence's tolls, and the further per-place tolls of an elliptic list ("two died in
//! A and three in B").

use super::*;
use crate::extract::lexicon::lexicon;

/// Further per-place tolls written elliptically after a first one: "Two people died in Zaporizhzhia and
/// two in Kherson" gives (killed, 2, "Kherson"). Only after a casualty word and a first "in <Place>" or a
/// colon before "N in <Place>". After a colon they break the first toll down ("killed 4 in the Donetsk
/// region: 2 in A, 1 in B and 1 in C"): see [`is_breakdown`].
pub(super) fn elliptic_parts(words: &CasualtyWords, s: &Sentence) -> Vec<(Kind, u32, String)> {
    let toks = &s.toks;
    let mut out = Vec::new();
    let mut kind = None;
    let mut placed = false;
    for i in 0..toks.len() {
        let t = &toks[i];
        if let Some(k) = kind_of(words, &t.lower) {
            kind = Some(k);
        }
        let opens_parts = t.is_punct(':')
            && count_at(toks, i + 1)
                .is_some_and(|n| toks.get(n.end).is_some_and(|t| t.lower == "in"));
        if opens_parts
            || t.lower == "in"
                && toks
                    .get(name_after_in(toks, i))
                    .is_some_and(Token::is_capitalized)
        {
            placed = true;
        }
        let (Some(k), true) = (kind, placed) else {
            continue;
        };
        if t.lower != "and" && !t.is_punct(',') && !t.is_punct(':') {
            continue;
        }
        let Some(n) = count_at(toks, i + 1) else {
            continue;
        };
        if toks.get(n.end).is_none_or(|t| t.lower != "in") {
            continue;
        }
        let mut e = n.end + 1;
        while e < toks.len() && toks[e].is_capitalized() && !is_month(&toks[e].lower) {
            e += 1;
        }
        if let Some(place) = s.slice(n.end + 1, e) {
            out.push((k, to_u32(n.value), place.to_string()));
        }
    }
    out
}

/// Whether an "in <Place>" comes before the sentence's first colon: the place of a breakdown's total.
pub(super) fn placed_before_colon(s: &Sentence) -> bool {
    let toks = &s.toks;
    let colon = toks
        .iter()
        .position(|t| t.is_punct(':'))
        .unwrap_or(toks.len());
    (0..colon).any(|i| {
        toks[i].lower == "in"
            && toks
                .get(name_after_in(toks, i))
                .is_some_and(Token::is_capitalized)
    })
}

/// Whether the sentence's per-place parts follow a colon after its first toll: then that toll is their
/// total, a summary ("Russian fire killed 4 in the Donetsk region: 2 in A, 1 in B and 1 in C").
pub(super) fn is_breakdown(s: &Sentence) -> bool {
    let toks = &s.toks;
    (0..toks.len()).any(|i| {
        toks[i].is_punct(':')
            && count_at(toks, i + 1)
                .is_some_and(|n| toks.get(n.end).is_some_and(|t| t.lower == "in"))
    })
}

/// The places of the sentence's "in <Name>" phrases, and of "on <Name>" after an attack noun ("killed in a
/// missile attack on Dnipro", "the strike on the city of Sumy"), in order ("in Uman", "in Kryvyi Rih", "in
/// the Kherson region": "Kherson"; "in the village of A in the B region": A, B). A capital after "in" that
/// opens a time or says whose something is does not name a place: a month or weekday ("in Monday's attack")
/// or a nationality ("in Russian shelling", "in the Russian-held town"), nor does where something was posted
/// ("said in Telegram"), an office in capitals ("in the UN mission") or a whole country attacked ("the
/// attack on Ukraine"). The first is the toll's place, though a whole country before another place gives way
/// to it ("In Ukraine, two died in the Sumy region": Sumy).
pub(super) fn places(s: &Sentence) -> Vec<String> {
    let mut found = places_in(s);
    if found.len() > 1 && is_country(&found[0].to_lowercase()) {
        found.remove(0);
    }
    found
}

/// Whether a word is written in capitals only, two letters or more: an office or a service ("в ОВА
/// уточнили", "officials in the UN mission"), not a place.
fn is_acronym(word: &str) -> bool {
    let letters = word.chars().take_while(|c| c.is_alphabetic());
    let (mut n, mut upper) = (0, true);
    for c in letters {
        n += 1;
        upper &= c.is_uppercase();
    }
    n >= 2 && upper
}

/// The countries whose name is no toll's place when a place inside follows.
const COUNTRIES: &[&str] = &["ukraine", "russia"];

fn is_country(lower: &str) -> bool {
    COUNTRIES.contains(&lower)
}

fn places_in(s: &Sentence) -> Vec<String> {
    let toks = &s.toks;
    let not_a_place = |t: &Token| {
        let w = t.bare();
        let first = w.split('-').next().unwrap_or(w);
        is_month(w)
            || is_weekday(w)
            || people_lexicon().nationalities.contains(first)
            || grammar().platforms.contains(w)
            || is_acronym(t.text)
    };
    let attack_nouns = &lexicon().phrases.strike_nouns;
    let attack_on = |i: usize| {
        toks[i].lower == "on" && i > 0 && attack_nouns.contains(toks[i - 1].lower.as_ref())
    };
    (0..toks.len())
        .filter(|&i| toks[i].lower == "in" || attack_on(i))
        .map(|i| (name_after_in(toks, i), attack_on(i)))
        .filter(|&(start, on)| {
            toks.get(start)
                .is_some_and(|t| !(not_a_place(t) || on && is_country(t.bare())))
        })
        .map(|(start, _)| start)
        .filter_map(|start| {
            let mut e = start;
            while e < toks.len() && toks[e].is_capitalized() && !is_month(&toks[e].lower) {
                e += 1;
            }
            s.slice(start, e).map(str::to_string)
        })
        .collect()
}

/// The clauses of a sentence that tells the tolls of two or more places, each with its own casualty word
/// and "in <Place>" ("killed three in Kherson, and one died and four were hurt in Nikopol"; "two died in
/// Kharkiv, while in Sumy six were wounded"): each is read as a sentence of its own. Cut at a semicolon
/// or at a comma before `clause_joiners`; empty when the sentence is one toll.
pub(super) fn place_clauses<'a>(words: &CasualtyWords, s: &Sentence<'a>) -> Vec<Sentence<'a>> {
    let toks = &s.toks;
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    let cuts: Vec<usize> = (1..toks.len())
        .filter(|&i| {
            toks[i].is_punct(';')
                || toks[i].is_punct(',') && words.clause_joiners.contains(word(i + 1))
        })
        .collect();
    if cuts.is_empty() {
        return Vec::new();
    }
    let bounds: Vec<(usize, usize)> = std::iter::once(0)
        .chain(cuts.iter().map(|c| c + 1))
        .zip(cuts.iter().copied().chain(std::iter::once(toks.len())))
        .collect();
    let told = |&(a, b): &(usize, usize)| {
        toks[a..b]
            .iter()
            .any(|t| kind_of(words, &t.lower).is_some())
            && toks[a..b].iter().any(|t| t.lower == "in")
    };
    if !bounds.iter().all(told) {
        return Vec::new();
    }
    let clauses: Vec<Sentence<'a>> = bounds.iter().map(|&(a, b)| s.clause(a, b)).collect();
    let firsts: Vec<Option<String>> = clauses.iter().map(|c| places(c).first().cloned()).collect();
    let distinct = firsts.iter().enumerate().all(|(k, p)| {
        p.as_ref()
            .is_some_and(|p| !firsts[..k].iter().any(|q| q.as_ref() == Some(p)))
    });
    if distinct {
        clauses
    } else {
        Vec::new()
    }
}

/// Where a place's name would start after the "in" at `i`: past "the", a country's possessive or its
/// nationality and up to two direction adjectives, in either order, and a kind of place with "of" ("in the
/// northeastern Sumy region": "Sumy"; "in the central city of Dnipro": "Dnipro"; "in Ukraine's eastern
/// Donetsk region", "in southern Russia's Astrakhan region", "in the southeastern Ukrainian city of
/// Dnipro": "Donetsk", "Astrakhan", "Dnipro").
pub(super) fn name_after_in(toks: &[Token], i: usize) -> usize {
    let g = grammar();
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    let mut k = i + 1;
    if word(k) == "the" {
        k += 1;
    }
    let possessive_country = |t: &Token| t.bare() != t.lower && is_country(t.bare());
    // "the southeastern Ukrainian city of Dnipro", "the central Ukraine city of Dnipro".
    let national = |k: usize| {
        people_lexicon().nationalities.contains(word(k))
            || is_country(word(k)) && g.place_kinds.contains(word(k + 1))
    };
    let (mut adjectives, mut possessive) = (0, false);
    loop {
        if adjectives < 2 && g.direction_adjectives.contains(word(k)) {
            adjectives += 1;
        } else if !possessive && (toks.get(k).is_some_and(possessive_country) || national(k)) {
            possessive = true;
        } else {
            break;
        }
        k += 1;
    }
    if g.place_kinds.contains(word(k)) && word(k + 1) == "of" {
        k += 2;
    }
    k
}
