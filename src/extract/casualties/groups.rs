//! The people a casualty verb counts: groups ("two men and a woman", "a Russian couple", "seven"), their
//! qualifiers, appositives, relative clauses and "of" complements.

use super::*;

/// The people counted by the groups that start at `p` ("a Russian couple", "two men and a woman",
/// "seven"): (count, end token). For a verb's `object`, a group with a casualty verb of its own ends the
/// list ("killed 11 people, 40 were injured").
pub(super) fn group(
    words: &CasualtyWords,
    toks: &[Token],
    p: usize,
    object: bool,
) -> Option<(u32, usize)> {
    let (mut total, mut i) = one_group(words, toks, p)?;
    while toks
        .get(i)
        .is_some_and(|t| t.lower == "and" || t.is_punct(','))
    {
        let age = toks[i].is_punct(',')
            && toks.get(i + 1).is_some_and(|t| t.kind == TokKind::Num)
            && toks.get(i + 2).is_some_and(|t| t.is_punct(','));
        // "at least 18 people, more than 40 people were injured": a qualified count after a comma opens a
        // toll of its own, no list's member.
        if age || toks[i].is_punct(',') && qualifier_len(toks, i + 1) > 0 {
            break;
        }
        match one_group(words, toks, i + 1) {
            Some((_, e)) if object && has_own_verb(words, toks, e) => break,
            Some((n, e)) => {
                total = total.saturating_add(n);
                i = e;
            }
            None => break,
        }
    }
    Some((total, i))
}

/// Whether a group ending at `e` is the subject of a casualty verb of its own, through auxiliaries,
/// adverbs and up to four words that complete it ("killed 11 people, 40 were injured", "загинули двоє,
/// ще семеро отримали поранення", "загинула жінка, водій цього авто отримав поранення"): then it is a
/// second toll, not more people of the first.
pub(super) fn has_own_verb(words: &CasualtyWords, toks: &[Token], e: usize) -> bool {
    let skip = |t: &Token| {
        words.aux.contains(t.lower.as_ref()) || words.adverbs.contains(t.lower.as_ref())
    };
    let verb = |t: &Token| {
        kind_of(words, &t.lower).is_some() || words.light_verbs.contains(t.lower.as_ref())
    };
    let mut others = 0;
    for t in &toks[e.min(toks.len())..] {
        if verb(t) {
            return true;
        }
        // "... and a boy who was hurt earlier": a relative clause's verb is the boy's own story.
        let relative = words.relatives.contains(t.lower.as_ref());
        if t.kind == TokKind::Punct || t.lower == "and" || relative || others == 4 {
            return false;
        }
        if !skip(t) {
            others += 1;
        }
    }
    false
}

/// One group of people at `p` ("two men", "a Russian couple", "both drivers", "seven"): (count, end token).
pub(super) fn one_group(words: &CasualtyWords, toks: &[Token], p: usize) -> Option<(u32, usize)> {
    let p = p + qualifier_len(toks, p);
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    if let Some(group) = both_or_another(words, toks, p) {
        return Some(group);
    }
    // "dozens were injured": a lower bound, not a toll.
    if word(p) == "both" {
        let next = toks.get(p + 1);
        if next.is_some_and(|t| words.nouns.get(t.bare()) == Some(&0)) {
            return Some((2, p + 2));
        }
        if next.is_some_and(|t| {
            words.aux.contains(t.lower.as_ref()) || kind_of(words, &t.lower).is_some()
        }) {
            return Some((2, p + 1));
        }
    }
    let mut num = count_at(toks, p).filter(|n| !n.approx);
    let det = num.is_none() && (words.determiners.contains(word(p)) || word(p) == "another");
    if det {
        // "their two children", "another three people"
        num = count_at(toks, p + 1);
    }
    let mut j = num.map_or(if det { p + 1 } else { p }, |n| n.end);
    if let Some(n) = num {
        if toks.get(n.start).is_some_and(|t| t.lower == "a") && n.value == 2 {
            return Some((2, n.end));
        }
    }
    if let Some(n) = num {
        let stands_for_people = words.people_after_count.contains(word(n.end))
            && !words
                .nouns
                .contains_key(toks.get(n.end + 1).map_or("", |t| t.bare()));
        if stands_for_people {
            return Some((to_u32(n.value), n.end + 1));
        }
    }
    let start_adj = j;
    j = after_adjectives(words, toks, j);
    // "four female and two male employees": two counts share the head noun of the second.
    if let Some(n) = num {
        let shares_head = j > start_adj
            && word(j) == "and"
            && one_group(words, toks, j + 1).is_some_and(|(_, e)| {
                toks[j + 1..e.min(toks.len())]
                    .iter()
                    .any(|t| words.nouns.contains_key(t.bare()))
            });
        if shares_head {
            return Some((to_u32(n.value), j));
        }
    }
    // "three family members": the last of two people nouns is the head.
    while j + 1 < toks.len()
        && words.nouns.contains_key(toks[j].bare())
        && words.nouns.contains_key(toks[j + 1].bare())
    {
        j += 1;
    }
    if let Some(&c) = toks.get(j).and_then(|t| words.nouns.get(t.bare())) {
        let value = match (num, det, c) {
            (Some(n), _, _) => to_u32(n.value),
            (None, true, c) if c > 0 => c,
            (None, false, c) if c > 0 && one_without_article(words, toks, start_adj, j) => c,
            _ => return None,
        };
        return Some((value, of_complement(words, toks, j + 1)));
    }
    let n = num?;
    let bare = toks.get(n.end).is_none_or(|t| {
        t.kind == TokKind::Punct
            || words.bare_next.contains(t.lower.as_ref())
            || words.aux.contains(t.lower.as_ref())
            || words.light_verbs.contains(t.lower.as_ref())
            || kind_of(words, &t.lower).is_some()
    });
    bare.then_some((to_u32(n.value), n.end))
}

/// "both drivers", "Both were killed": two people; "one person was killed and another injured": one.
fn both_or_another(words: &CasualtyWords, toks: &[Token], p: usize) -> Option<(u32, usize)> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    // "killed one person and injured another."
    let ends = |t: Option<&Token>| {
        t.is_none_or(|t| t.kind == TokKind::Punct || words.bare_next.contains(t.lower.as_ref()))
    };
    if word(p) == "both" {
        let next = toks.get(p + 1);
        if next.is_some_and(|t| words.nouns.get(t.bare()) == Some(&0)) {
            return Some((2, p + 2));
        }
        if next.is_some_and(|t| {
            words.aux.contains(t.lower.as_ref()) || kind_of(words, &t.lower).is_some()
        }) {
            return Some((2, p + 1));
        }
    }
    let another = word(p) == "another"
        && (kind_of(words, word(p + 1)).is_some()
            || words.aux.contains(word(p + 1))
            || ends(toks.get(p + 1)));
    another.then_some((1, p + 1))
}

/// The end of up to three describing words at `j` before a people noun ("two elderly local residents").
fn after_adjectives(words: &CasualtyWords, toks: &[Token], mut j: usize) -> usize {
    let start = j;
    while j < toks.len() && j - start < 3 {
        let t = &toks[j];
        if words.nouns.contains_key(t.bare()) {
            break;
        }
        let adjective = t.kind == TokKind::Word
            && !words.group_barrier.contains(t.lower.as_ref())
            && !words.aux.contains(t.lower.as_ref())
            && kind_of(words, &t.lower).is_none();
        if !adjective {
            break;
        }
        j += 1;
    }
    j
}

/// Ukrainian and Russian have no articles: "загинула жінка" is one woman, and so is "62-річна жінка"; not
/// a noun after English words ("серед них дитина": "among them child"). The noun at `j`, describing words
/// from `start`.
fn one_without_article(words: &CasualtyWords, toks: &[Token], start: usize, j: usize) -> bool {
    super::super::gloss::is_glossed(&toks[j])
        && toks[start..j]
            .iter()
            .all(|t| !t.lower.is_ascii() || words.nouns.contains_key(t.bare()))
}

/// Where the subject of a verb at `p` ends when an appositive sits between them ("Two men, aged 45 and
/// 52, were killed", "A man, 47, was killed"): the opening comma; else `p`.
pub(super) fn before_appositive(words: &CasualtyWords, toks: &[Token], p: usize) -> usize {
    if p == 0 {
        return p;
    }
    if !toks[p - 1].is_punct(',') {
        // "Two men aged 29 and 41 were killed": the list of ages, without commas.
        return crate::doc::numbers::age_list_start(toks, p).unwrap_or(p);
    }
    (p.saturating_sub(12)..p - 1)
        .rev()
        .find(|&q| toks[q].is_punct(','))
        .filter(|&q| {
            let age = q + 3 == p && toks[q + 1].kind == TokKind::Num;
            age || toks
                .get(q + 1)
                .is_some_and(|t| words.appositive.contains(t.lower.as_ref()))
        })
        .unwrap_or(p)
}

/// How many tokens at `p` qualify a count without changing it ("at least", "more than", "up to", "some").
pub(super) fn qualifier_len(toks: &[Token], p: usize) -> usize {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    match (word(p), word(p + 1)) {
        ("at", "least") | ("more", "than") | ("up", "to") | ("as", "many") => 2,
        ("some" | "about" | "around" | "nearly" | "almost" | "over" | "roughly", _) => 1,
        _ => 0,
    }
}

/// The start of a relative clause ("who was wounded in the attack") that ends right before `p`, when
/// one does within twenty words and no comma: the subject of the verb at `p` is before it.
pub(super) fn relative_clause_start(
    words: &CasualtyWords,
    toks: &[Token],
    p: usize,
) -> Option<usize> {
    // "A fourth man, who was in the car, received wounds": the clause in commas ends at `p`.
    if p > 1 && toks[p - 1].is_punct(',') {
        return relative_in(words, toks, p - 1)
            .filter(|&k| toks[k - 1].is_punct(','))
            .map(|k| k - 1);
    }
    relative_in(words, toks, p)
}

/// The relative word that opens a clause ending right before `p`, within twenty words and no comma.
fn relative_in(words: &CasualtyWords, toks: &[Token], p: usize) -> Option<usize> {
    (p.saturating_sub(20)..p)
        .rev()
        .take_while(|&k| !toks[k].is_punct(',') && !toks[k].is_punct(';'))
        .find(|&k| words.relatives.contains(toks[k].lower.as_ref()))
        .filter(|&k| k > 0)
}

/// The end of an "of" phrase after a people noun: "a member of the State Emergency Service", "a resident of
/// Kupiansk", "three members of one family" (at most six words, up to an auxiliary or a casualty word).
pub(super) fn of_complement(words: &CasualtyWords, toks: &[Token], e: usize) -> usize {
    if toks.get(e).is_none_or(|t| t.lower != "of") {
        return e;
    }
    let mut k = e + 1;
    while k < toks.len() && k - e <= 6 {
        let t = &toks[k];
        let w = t.lower.as_ref();
        let part = matches!(t.kind, TokKind::Word | TokKind::Num)
            && !words.aux.contains(w)
            && kind_of(words, w).is_none()
            && (w == "the" || !words.group_barrier.contains(w));
        if !part {
            break;
        }
        k += 1;
    }
    if k > e + 1 {
        k
    } else {
        e
    }
}

/// A group that ends right before token `p` (the subject of "were killed"), not before `floor`.
pub(super) fn group_ending_at(
    words: &CasualtyWords,
    toks: &[Token],
    p: usize,
    floor: usize,
) -> Option<(u32, usize)> {
    (p.saturating_sub(8).max(floor)..p).find_map(|start| match group(words, toks, start, false) {
        Some((n, end)) if end == p => Some((n, start)),
        _ => None,
    })
}
