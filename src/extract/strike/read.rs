//! What the words around one mention say: its count and role (launched, destroyed, hit, lost), its side,
//! its launch site, target and region.

use super::*;

/// What the words around one mention say about it; `lower..upper` are the tokens it may use.
pub(super) fn read(
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
    if after.is_some_and(|a| lex.phrases.strike_nouns.contains(a)) && !verb_object {
        if toks
            .get(m.end + 1)
            .is_some_and(|t| t.lower == "on" || t.lower == "against")
        {
            r.target = target_phrase(lex, s, m.end + 2);
        }
        r.strike_noun = r.target.is_some();
        // "A Russian drone and missile attack on Sumy" is Russia's: no count of the other side's drones
        // joins it.
        r.side = describing_side(lex, toks, m.start);
        return r;
    }
    let pre = shared_all(
        lex,
        toks,
        counts,
        mentions,
        m,
        prefix(lex, toks, counts, m, lower),
    );
    let from = past_dash(lex, toks, m.end);
    let lost_after = (from..(from + 5).min(upper))
        .take_while(|&i| in_clause(&toks[i]))
        .any(|i| lex.is_lost(toks, i));
    if let (Pre::Plain(n), true) = (pre, lost_after) {
        r.lost = Some(n);
        // "34 drones were lost locally, 78 were shot down": the next clause's bare count is destroyed.
        r.destroyed = elliptic_destroyed(lex, toks, counts, m.end, upper);
        return r;
    }
    r.lost = lost_count(lex, toks, counts, m.end, upper);
    let role = role(lex, toks, counts, m, mentions);
    r.side = side_of(lex, toks, m, lower, upper);
    r.additional = additional(toks, counts, m, lower);
    // One weapon that hit, or was the means of an attack ("a drone struck a house", "an attack using a
    // UAV"): a local impact. One shot down is a part of an interception tally, read as before.
    r.local = !m.plural && pre == Pre::Plain(1) && role != Role::Destroy;
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
        (Pre::AllBut(n), Role::Destroy) => r.destroyed = Some(Val::AllBut(n)),
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
    if r.destroyed.is_none() && pre == Pre::None {
        r.destroyed = running_destroyed(lex, toks, counts, m, upper).map(Val::N);
        r.running = r.destroyed.is_some();
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
        r.target = target_phrase(lex, s, m.end + 1);
    }
    if r.target.is_none() {
        r.target = attacked_with(lex, s, lower, m.start);
    }
    let mut over_at = None;
    for (i, t) in toks.iter().enumerate().take(upper).skip(m.end) {
        let w = t.lower.as_ref();
        if t.is_punct(',') || t.is_punct(';') || t.is_punct(':') {
            break;
        }
        let distance = i > 0 && lex.phrases.distances.contains(toks[i - 1].lower.as_ref());
        if w == "from" && r.launched_from.is_none() && !distance {
            r.launched_from = launch_site(lex, s, i + 1);
        }
        if matches!(w, "at" | "on" | "against" | "targeting") && r.target.is_none() {
            r.target = target_phrase(lex, s, i + 1);
        }
        if lex.phrases.region_words.contains(w) && r.region.is_none() && over_at.is_none() {
            over_at = Some(i);
            r.region = region_at(lex, s, i + 1);
        }
    }
    if r.region.is_none() {
        r.region = opening_region(lex, s, lower, m.start);
    }
    r.launched_approx = r.launched.is_some_and(|v| {
        counts
            .iter()
            .filter(|n| n.start >= lower && n.end <= upper && to_u32(n.value) == v)
            .any(|n| n.approx || is_approx(lex, toks, n.start))
    });
    // "Another 3 UAVs were destroyed over the Bryansk region": one more regional part of the statement.
    r.additional &= r.region.is_none();
    if matches!(r.destroyed, Some(Val::N(_))) && (r.region.is_some() || over_at.is_some()) {
        r.more_parts = parts_after(lex, s, counts, m.end, upper);
        // "15 over neighbouring regions, 3 in the Kyiv region and 22 over Kyiv": the first part's place
        // names no one region, but the list makes it a part all the same.
        if r.region.is_none() && !r.more_parts.is_empty() {
            r.region = over_at.and_then(|i| unnamed_place(lex, s, i + 1));
        }
        if r.region.is_none() {
            r.more_parts.clear();
        }
    }
    r
}

/// Whose weapons the mention counts: a side word among the describing words before it ("82 Ukrainian
/// drones", "eight Russia-launched missiles"), else "by"/"from" a side after it ("launched by Russia",
/// "from Ukrainian territory"), else the side of the clause's launcher ("Russia fired ...") or the other side
/// of its interceptor ("Russian air defences destroyed ...", "Ukraine shot down ...").
pub(super) fn side_of(
    lex: &Lexicon,
    toks: &[Token],
    m: &Mention,
    lower: usize,
    upper: usize,
) -> Option<Side> {
    let sides = &lex.sides;
    let adjective = |t: &Token| sides.of_adjective(t.lower.as_ref());
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
        // "Ukraine says Russia launched ...": another side word is another subject, whose verb it is.
        let verb = (i + 1..(i + 5).min(toks.len()))
            .take_while(|&j| toks[j].kind == TokKind::Word && country(&toks[j]).is_none())
            .find(|&j| lex.is_launch(toks, j) || lex.is_destroy(toks, j));
        let next = toks.get(i + 1).map(|n| n.lower.as_ref());
        let defender = next.is_some_and(|n| sides.defenders.contains(n));
        // "Russian forces had launched 16 drones": forces launch; "Ukrainian air defence used" does not.
        let interceptor = next.is_some_and(|n| sides.interceptors.contains(n));
        match verb {
            Some(j) if lex.is_launch(toks, j) && !interceptor => return Some(side),
            Some(_) => return Some(side.other()),
            None if defender => return Some(side.other()),
            None => {}
        }
    }
    None
}

/// A side word among the few words before a weapon noun, within its clause ("Russian drone and missile
/// strikes", "a Ukrainian naval drone attack").
fn describing_side(lex: &Lexicon, toks: &[Token], start: usize) -> Option<Side> {
    toks[start.saturating_sub(4)..start]
        .iter()
        .rev()
        .take_while(|t| t.kind == TokKind::Word)
        .find_map(|t| lex.sides.of_adjective(t.lower.as_ref()))
}

/// "shot down all 18 missiles and nine drones", "all of the ballistic and cruise missiles": a weapon joined
/// by "and" to one quantified by "all" is every one of its weapons too.
fn shared_all(
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

/// The place after "over": keyed by its first capitalized word lower-cased ("over the Belgorod region"
/// and "over Belgorod" are both "belgorod"), shown without its article.
pub(super) fn region_at(lex: &Lexicon, s: &Sentence, start: usize) -> Option<Over> {
    if names_several(lex, &s.toks, start) || names_country(lex, &s.toks, start) {
        return None;
    }
    let phrase = target_phrase(lex, s, start)?;
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

/// "over the Odesa, Mykolaiv and Kherson regions": names joined before a plural place noun are several
/// places, so the figure is no one region's part.
fn names_several(lex: &Lexicon, toks: &[Token], start: usize) -> bool {
    let mut joined = false;
    for t in toks.iter().skip(start).take(12) {
        let w = t.lower.as_ref();
        if w == "," || w == "and" {
            joined = true;
        } else if let Some(one) = w
            .strip_suffix('s')
            .filter(|one| lex.phrases.place_nouns.contains(one))
        {
            return joined && !one.is_empty();
        } else if !(t.is_capitalized() || w == "the") {
            return false;
        }
    }
    false
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
            "and" | "," if one_in_list(lex, toks, m, k) => Pre::Plain(1),
            "the" if !m.plural => Pre::Definite,
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
    // "the interception of 28 drones": the noun of an intercepting verb governs a plain count.
    if p >= 2 && p - 1 > lower && word(p - 1) == "of" && lex.is_destroy(toks, p - 2) {
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

/// Ukrainian and Russian have no articles: a singular class noun (not a type's name) joined by "and" or
/// a comma (at `k`) right after another weapon noun is one ("90 дронів і ракету", "шесть бомб, крылатую
/// ракету и 50 беспилотников", "ракету «Нептун»"); not a clause's subject after a comma ("По его словам,
/// беспилотник ..."), nor a type's name alone ("Shahed, Гербера").
fn one_in_list(lex: &Lexicon, toks: &[Token], m: &Mention, k: usize) -> bool {
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

/// Whether the mention was launched or destroyed: a passive intercepting verb right after it
/// ("were shot down"), else the nearest verb before it, else a launching verb right after it whose
/// subject it is ("Two Iskander-M missiles hit Kharkiv").
pub(super) fn role(
    lex: &Lexicon,
    toks: &[Token],
    counts: &[Num],
    m: &Mention,
    mentions: &[Mention],
) -> Role {
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
        // "40 missiles, including 9 ballistic ones, were launched": the verb after an aside is the list's,
        // and the aside's own weapon's too.
        if t.is_punct(',') {
            if let Some(close) = aside_end(toks, i, limit).or(in_aside(toks, m).then_some(i)) {
                i = close + 1;
                joined_end = Some(i);
                continue;
            }
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
            // "were shot down", "were successfully intercepted", "were also shot down", "were confirmed
            // shot down": one word between the auxiliary and the verb.
            let adverb = toks[i - 1].kind == TokKind::Word
                && !lex.is_launch(toks, i - 1)
                && !matches!(toks[i - 1].lower.as_ref(), "not" | "never");
            let passive = i > m.end
                && (lex.is_aux(toks, i - 1)
                    || toks[i - 1].lower.ends_with("ly")
                    || adverb && i >= 2 && lex.is_aux(toks, i - 2));
            let headline = i == m.end
                && !toks.get(i + 1).is_some_and(|n| {
                    lex.phrases.object_starts.contains(n.lower.as_ref()) || n.kind == TokKind::Num
                });
            if passive || headline {
                return Role::Destroy;
            }
            break;
        }
        i += 1;
    }
    for i in (0..m.start).rev() {
        if lex.phrases.part_openers.contains(toks[i].lower.as_ref()) {
            if let Some(role) = clause_role(lex, toks, i) {
                return role;
            }
        }
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

/// The closing comma of an aside opened by the comma at `i` with "including" ("40 missiles, including 9
/// ballistic ones, were launched"), before `limit`.
fn aside_end(toks: &[Token], i: usize, limit: usize) -> Option<usize> {
    let opens = toks
        .iter()
        .skip(i + 1)
        .take(3)
        .any(|t| t.lower == "including");
    let close = (i + 2..limit).find(|&k| toks[k].kind == TokKind::Punct)?;
    (opens && toks[close].is_punct(',')).then_some(close)
}

/// Whether the mention stands in an aside opened by "including" right before it ("…, including 9
/// ballistic ones, …").
fn in_aside(toks: &[Token], m: &Mention) -> bool {
    toks[m.start.saturating_sub(3)..m.start]
        .iter()
        .any(|t| t.lower == "including")
}

/// The role of the first launching or intercepting verb of the clause that ends at `end`: a part opened by
/// "including" shares the verb of the whole it is part of, not of a relative clause that describes the whole
/// ("shot down 90 of the 100 drones Russia launched, including all the Gerberas": destroyed).
fn clause_role(lex: &Lexicon, toks: &[Token], end: usize) -> Option<Role> {
    let start = toks[..end]
        .iter()
        .rposition(|t| t.is_punct(';') || t.is_punct(':'))
        .map_or(0, |p| p + 1);
    (start..end).find_map(|i| {
        if lex.is_destroy(toks, i) {
            Some(Role::Destroy)
        } else if lex.is_launch(toks, i) {
            Some(Role::Launch)
        } else {
            None
        }
    })
}

/// Whether an auxiliary and an intercepting verb follow in the clause from `from` ("were downed", "were
/// all shot down").
pub(super) fn passive_destroy_follows(
    lex: &Lexicon,
    toks: &[Token],
    from: usize,
    limit: usize,
) -> bool {
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
pub(super) fn attacked_with(
    lex: &Lexicon,
    s: &Sentence,
    lower: usize,
    start: usize,
) -> Option<String> {
    let toks = &s.toks;
    let w = (lower..start).rev().find(|&i| toks[i].lower == "with")?;
    let v = (lower..w).rev().find(|&i| lex.is_launch(toks, i))?;
    let p = target_phrase(lex, s, v + 1)?;
    let whole = toks[w - 1].end.checked_sub(toks.get(v + 1)?.start)?;
    (whole == p.len()).then_some(p)
}

/// "... was fired at Odesa and was intercepted": a passive intercepting verb coordinated with the launch
/// in the same clause, with no count of its own, applies to all launched.
pub(super) fn coordinated_destroy(
    lex: &Lexicon,
    toks: &[Token],
    from: usize,
    upper: usize,
) -> bool {
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
pub(super) fn all_but_or_n(toks: &[Token], n: &Num) -> Val {
    let v = to_u32(n.value);
    if n.start >= 2 && toks[n.start - 1].lower == "but" && toks[n.start - 2].lower == "all" {
        Val::AllBut(v)
    } else {
        Val::N(v)
    }
}

/// A count after the mention that an intercepting verb governs: "35 were shot down", "31 of which were
/// destroyed", "of which it shot down two".
pub(super) fn elliptic_destroyed(
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
        // "two were intercepted", "two more were intercepted": no noun of another thing follows; nor
        // "60 сбиты" (a participle with no auxiliary: "60 downed").
        let noun_after = toks.get(n.end).is_some_and(|t| {
            t.kind == TokKind::Word
                && !matches!(
                    t.lower.as_ref(),
                    "were" | "was" | "of" | "have" | "had" | "are"
                )
                && !lex.phrases.stand_ins.contains(t.lower.as_ref())
        }) && !lex.is_destroy(toks, n.end);
        if (follows_verb && !noun_after) || after_verb || relative_destroys(lex, toks, n.end) {
            return Some(all_but_or_n(toks, n));
        }
    }
    None
}

/// Whether the count ending at `end` opens a partitive relative clause whose verb intercepts: "35 of which air
/// defence destroyed", "30 of which it was able to shoot down". The clause has a subject of its own, so its verb
/// may stand further off than a passive's ("31 of which were destroyed"); the first strike verb of the clause
/// says what the count is.
fn relative_destroys(lex: &Lexicon, toks: &[Token], end: usize) -> bool {
    let of_which = toks.get(end).is_some_and(|t| t.lower == "of")
        && toks.get(end + 1).is_some_and(|t| t.lower == "which");
    of_which
        && (end + 2..toks.len())
            .take_while(|&i| in_clause(&toks[i]))
            .find(|&i| lex.is_destroy(toks, i) || lex.is_launch(toks, i) || lex.is_lost(toks, i))
            .is_some_and(|i| lex.is_destroy(toks, i))
}

/// Whether a token can sit inside a clause: any word or number, and quote marks ("were \"lost locally\"").
/// Past a dash at `k` that joins a count to what is said of it ("ще 12 – локаційно втрачені"), else `k`.
pub(super) fn past_dash(lex: &Lexicon, toks: &[Token], k: usize) -> usize {
    let dash = toks
        .get(k)
        .is_some_and(|t| lex.phrases.part_dashes.contains(t.lower.as_ref()));
    k + usize::from(dash)
}

pub(super) fn in_clause(t: &Token) -> bool {
    t.kind != TokKind::Punct || t.is_quote()
}

/// A count after the mention that a losing word follows: "5 were lost locally", "12 did not reach their
/// targets"; not a count of the next weapon named ("while 8 decoy drones were lost"). Past a semicolon, only a count that opens its clause ("; another 9 were lost locally") and
/// names no weapon of its own before the losing word ("; 3 drones were lost locally" is the drones').
pub(super) fn lost_count(
    lex: &Lexicon,
    toks: &[Token],
    counts: &[Num],
    from: usize,
    upper: usize,
) -> Option<u32> {
    // "while 12 drones were lost": a count of the weapon named next is that weapon's.
    let names_next =
        |n: &Num| upper < toks.len() && (n.end..upper).all(|i| is_modifier(lex, toks, counts, i));
    counts
        .iter()
        .filter(|n| n.start >= from && n.end <= upper && !names_next(n))
        // Where the last semicolon before the count is, if any.
        .map(|n| (n, toks[from..n.start].iter().rposition(|t| t.is_punct(';'))))
        .take_while(|&(n, semicolon)| {
            semicolon.is_none_or(|k| {
                toks[from + k + 1..n.start]
                    .iter()
                    .all(|t| lex.phrases.clause_openers.contains(t.lower.as_ref()))
            })
        })
        .find(|&(n, semicolon)| {
            let from = past_dash(lex, toks, n.end);
            (from..(from + 5).min(toks.len()))
                .take_while(|&i| in_clause(&toks[i]))
                .any(|i| lex.is_lost(toks, i) && (semicolon.is_none() || i < upper))
        })
        .map(|(n, _)| to_u32(n.value))
}
