//! How many: the quantifier written before a weapon noun ("six", "all six", "31 of 36", "all but one of
//! the 12", "10 downed drones", "six of the ..., Kinzhal missiles") and the words it may skip.

use super::*;

/// "shot down all 18 missiles and nine drones", "all of the ballistic and cruise missiles": a weapon joined
/// by "and" to one quantified by "all" is every one of its weapons too.
pub(super) fn shared_all(
    lex: &Lexicon,
    toks: &[Token],
    counts: &[Num],
    mentions: &[Mention],
    m: &Mention,
    pre: Pre,
) -> Pre {
    // Where the joined phrase starts: at its count, or at the noun itself ("all of the ballistic and
    // cruise missiles").
    let (start, all) = match pre {
        Pre::Plain(n) => {
            let Some(c) = counts
                .iter()
                .find(|c| c.end <= m.start && m.start - c.end <= 2)
            else {
                return pre;
            };
            (c.start, Pre::All(Some(n)))
        }
        Pre::None => (m.start, Pre::All(None)),
        _ => return pre,
    };
    let joined = start >= 1 && toks[start - 1].lower == "and";
    let before = mentions.iter().rev().find(|o| o.end + 1 == start);
    match before {
        Some(o) if joined && matches!(prefix(lex, toks, counts, o, 0), Pre::All(_)) => all,
        _ => pre,
    }
}

/// "another 17 missiles", "12 more drones": a count of weapons besides those already counted.
pub(super) fn additional(toks: &[Token], counts: &[Num], m: &Mention, lower: usize) -> bool {
    counts
        .iter()
        .filter(|n| n.start >= lower && n.end <= m.start && m.start - n.end <= 3)
        .any(|n| {
            n.start > 0 && toks[n.start - 1].lower == "another"
                || toks.get(n.end).is_some_and(|t| t.lower == "more")
        })
}

/// An approximating word before the count at `start` ("nearly 300", "more than 50", "up to 40").
pub(super) fn is_approx(lex: &Lexicon, toks: &[Token], start: usize) -> bool {
    let mut k = start;
    if k > 0 && matches!(toks[k - 1].lower.as_ref(), "than" | "to" | "of") {
        k -= 1;
    }
    k > 0 && lex.nouns.approx.contains(toks[k - 1].lower.as_ref())
}

/// The quantifier written just before a weapon noun ("six", "all six", "31 of 36", "all but one of the 12").
pub(super) fn prefix(
    lex: &Lexicon,
    toks: &[Token],
    counts: &[Num],
    m: &Mention,
    lower: usize,
) -> Pre {
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
    // "десятками дронів" ("tens drones"), "dozens of drones": a vague plural is a lower bound, no tally;
    // after an approximating word it is one hundred ("близько сотні ракет": "about hundreds missiles").
    let vague = |n: &Num| n.approx && !is_approx(lex, toks, n.start);
    let Some(n) = ending_at(counts, j).filter(|n| !vague(n)) else {
        return match j.checked_sub(1) {
            Some(k) if k >= lower => uncounted(lex, toks, counts, m, k, lower),
            _ => Pre::None,
        };
    };
    let total = to_u32(n.value);
    // "downed all but one drone": every one launched bar that one.
    if n.start >= 2
        && n.start - 2 >= lower
        && word(n.start - 1) == "but"
        && word(n.start - 2) == "all"
    {
        return Pre::AllBut(total);
    }
    let mut p = n.start;
    if p > lower && word(p - 1) == "the" && not_destroyed_rest(lex, toks, m) {
        return Pre::None;
    }
    if p > lower && word(p - 1) == "the" {
        p -= 1;
    }
    if p > lower && word(p - 1) == "all" {
        return Pre::All(Some(total));
    }
    // "a total of 32 drones", "the interception of 28 drones" (the noun of an intercepting verb), "lost
    // track of 74 decoys" (a losing verb): a plain count, launched, destroyed or lost as its verb says.
    let governed = p >= 2
        && p - 1 > lower
        && word(p - 1) == "of"
        && (word(p - 2) == "total" || lex.is_destroy(toks, p - 2));
    if governed || lex.lost_before(toks, n.start) {
        return Pre::Plain(total);
    }
    if p > lower && word(p - 1) == "of" {
        let mut q = p - 1;
        if q > lower && word(q - 1) == "out" {
            q -= 1;
        }
        // "both of the two missiles", "all of the 12 drones": every one of them.
        if q > lower && matches!(word(q - 1), "all" | "both") {
            return Pre::All(Some(total));
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

/// The quantifier of a weapon noun with no count right before it, the word before it (after describing
/// words) at `k`: "all", "both", "a", "the", "nine of the", or one in a Cyrillic list.
fn uncounted(
    lex: &Lexicon,
    toks: &[Token],
    counts: &[Num],
    m: &Mention,
    k: usize,
    lower: usize,
) -> Pre {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    // "Nine of the drones were destroyed": a part of the drones named before.
    if word(k) == "the" && k >= 2 && k - 1 > lower && word(k - 1) == "of" {
        if let Some(part) = ending_at(counts, k - 1).filter(|c| c.start >= lower) {
            return Pre::Plain(to_u32(part.value));
        }
    }
    match word(k) {
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
        "a" | "an" if !m.plural && in_attempt(lex, toks, k) => Pre::None,
        "a" | "an" if !m.plural => Pre::Plain(1),
        "and" | "," if one_in_list(lex, toks, m, k) => Pre::Plain(1),
        "the" if !m.plural => Pre::Definite,
        _ => Pre::None,
    }
}

/// A total written after the counted noun and larger than its count `part`: "81 Shahed drones out of 112
/// launched", "81 drones of the 112 that Russia launched", "81 дрон «шахед» з 112" (glossed "of 112").
/// The total ends its phrase (punctuation, a launching verb, a relative clause, "by"): "20 drones of 3
/// types" has none.
pub(super) fn total_after(
    lex: &Lexicon,
    toks: &[Token],
    counts: &[Num],
    m: &Mention,
    part: u32,
) -> Option<u32> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    let mut k = m.end;
    if toks.get(k).is_some_and(Token::is_quote) {
        k += 1;
    }
    if word(k) == "out" {
        k += 1;
    }
    if word(k) != "of" {
        return None;
    }
    k += if word(k + 1) == "the" { 2 } else { 1 };
    let n = counts.iter().find(|n| n.start == k)?;
    let total = to_u32(n.value);
    let ends = toks.get(n.end).is_none_or(|t| {
        t.kind == TokKind::Punct
            || t.lower == "by"
            || lex.is_launch(toks, n.end)
            || crate::doc::grammar::grammar()
                .relatives
                .contains(t.lower.as_ref())
    });
    (ends && total > part).then_some(total)
}

/// "the two missiles that were not shot down": the rest of a tally given before, told by a negated
/// intercepting verb in a relative clause right after the noun; no new launched figure.
fn not_destroyed_rest(lex: &Lexicon, toks: &[Token], m: &Mention) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    let negated = |k: usize| lex.verbs.not_reach.contains(word(k));
    matches!(word(m.end), "that" | "which")
        && (m.end + 1..m.end + 4)
            .any(|k| negated(k) && (k + 1..k + 3).any(|v| lex.is_destroy(toks, v)))
}

/// "an attempt to carry out an attack using a fixed-wing drone was thwarted": the weapon at `k` names the
/// kind of an attempted attack (an attempt word, then an attack noun, before it), not one drone.
fn in_attempt(lex: &Lexicon, toks: &[Token], k: usize) -> bool {
    let before = &toks[..k];
    before
        .iter()
        .position(|t| lex.phrases.attempts.contains(t.lower.as_ref()))
        .is_some_and(|a| {
            before[a..]
                .iter()
                .any(|t| lex.phrases.strike_nouns.contains(t.lower.as_ref()))
        })
}

/// Ukrainian and Russian have no articles: a singular class noun (not a type's name) joined by "and" or
/// a comma (at `k`) right after another weapon noun is one ("90 дронів і ракету", "шесть бомб, крылатую
/// ракету и 50 беспилотников", "ракету «Нептун»"); not a clause's subject after a comma ("По его словам,
/// беспилотник ..."), nor a type's name alone ("Shahed, Гербера").
pub(super) fn one_in_list(lex: &Lexicon, toks: &[Token], m: &Mention, k: usize) -> bool {
    let class_noun = m.generic || toks[m.start..m.end].iter().any(Token::is_quote);
    !m.plural
        && class_noun
        && super::super::gloss::is_glossed(&toks[m.start])
        && k > 0
        && !lex.mentions(&toks[k - 1..k]).is_empty()
}

pub(super) fn is_modifier(lex: &Lexicon, toks: &[Token], counts: &[Num], i: usize) -> bool {
    let t = &toks[i];
    t.kind == TokKind::Word
        && !lex.phrases.barriers.contains(t.lower.as_ref())
        && !counts.iter().any(|n| n.start <= i && i < n.end)
        && !lex.is_launch(toks, i)
        && !lex.is_destroy(toks, i)
        && !lex.is_aux(toks, i)
}

/// "reported 10 downed drones", "the wreckage of 4 intercepted missiles": the count before an intercepting
/// participle that stands before the weapon noun (quote marks aside).
pub(super) fn destroyed_participle(
    lex: &Lexicon,
    toks: &[Token],
    counts: &[Num],
    m: &Mention,
    lower: usize,
) -> Option<u32> {
    let mut k = m.start;
    while k > lower && toks[k - 1].is_quote() {
        k -= 1;
    }
    let verb = k.checked_sub(1).filter(|&v| v > lower)?;
    let participle = toks[verb].lower.ends_with("ed") && lex.is_destroy(toks, verb);
    let n = ending_at(counts, verb).filter(|n| n.start >= lower && participle)?;
    Some(to_u32(n.value))
}

/// "shot down six of the most advanced weapons in its arsenal, hypersonic Kinzhal missiles,": a count
/// of a describing phrase that the weapon noun after its comma renames; the noun ends its aside.
pub(super) fn appositive(
    lex: &Lexicon,
    toks: &[Token],
    counts: &[Num],
    m: &Mention,
    lower: usize,
) -> Option<u32> {
    let ends_aside = toks
        .get(m.end)
        .is_none_or(|t| t.is_punct(',') || t.is_punct('.') || t.is_punct(';'));
    if !m.plural || !ends_aside {
        return None;
    }
    let mut comma = m.start;
    while comma > lower && is_modifier(lex, toks, counts, comma - 1) {
        comma -= 1;
    }
    if comma == lower || !toks[comma - 1].is_punct(',') {
        return None;
    }
    // Back over the describing phrase to "N of the", with no clause break, verb or count inside it.
    let mut i = comma - 1;
    while i > lower && m.start - i < 16 {
        i -= 1;
        let t = &toks[i];
        if t.lower == "of"
            && i > lower
            && matches!(
                toks.get(i + 1).map(|t| t.lower.as_ref()),
                Some("the" | "its")
            )
        {
            return ending_at(counts, i)
                .filter(|n| n.start >= lower)
                .map(|n| to_u32(n.value));
        }
        let plain = t.kind == TokKind::Word || t.is_quote() || t.lower == "'s" || t.lower == "’s";
        if !plain
            || lex.is_launch(toks, i)
            || lex.is_destroy(toks, i)
            || counts.iter().any(|n| n.start <= i && i < n.end)
        {
            return None;
        }
    }
    None
}

/// The count as a destroyed figure: "all but N" is launched less N.
pub(super) fn all_but_or_n(toks: &[Token], n: &Num) -> Val {
    let v = to_u32(n.value);
    if n.start >= 2 && toks[n.start - 1].lower == "but" && toks[n.start - 2].lower == "all" {
        Val::AllBut(v)
    } else {
        Val::N(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quantifier before the last weapon noun of `text` (a single sentence).
    fn quantifier_of(text: &str) -> Pre {
        let lex = lexicon();
        let sents = Sentence::all(text);
        let s = &sents[0];
        let mentions = lex.mentions(&s.toks);
        let m = mentions.last().expect("a weapon noun");
        let lower = mentions.len().checked_sub(2).map_or(0, |k| mentions[k].end);
        prefix(lex, &s.toks, &s.counts, m, lower)
    }

    #[test]
    fn counts_and_quantifiers_before_the_noun() {
        assert_eq!(
            quantifier_of("Air defence shot down 41 drones."),
            Pre::Plain(41)
        );
        assert_eq!(
            quantifier_of("Forces downed 33 out of 39 drones."),
            Pre::OfTotal(33, 39)
        );
        assert_eq!(
            quantifier_of("They destroyed all 12 drones."),
            Pre::All(Some(12))
        );
        assert_eq!(
            quantifier_of("Both missiles were shot down."),
            Pre::All(Some(2))
        );
        assert_eq!(quantifier_of("The missile was shot down."), Pre::Definite);
        assert_eq!(quantifier_of("Russia attacked with drones."), Pre::None);
    }

    #[test]
    fn a_participle_and_an_appositive_carry_the_count() {
        let lex = lexicon();
        let read = |text: &str| {
            let sents = Sentence::all(text);
            let s = &sents[0];
            let m = lex.mentions(&s.toks).remove(0);
            (
                destroyed_participle(lex, &s.toks, &s.counts, &m, 0),
                appositive(lex, &s.toks, &s.counts, &m, 0),
            )
        };
        assert_eq!(read("The mayor reported 7 downed drones."), (Some(7), None));
        assert_eq!(
            read("Units shot down three of the newest weapons, Kh-69 missiles."),
            (None, Some(3))
        );
        assert_eq!(
            read("Residents filmed downed drones near the city."),
            (None, None)
        );
    }
}
