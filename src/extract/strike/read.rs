//! What the words around one mention say: its count (`count.rs`) and role (`role.rs`: launched, destroyed,
//! hit, lost), its side, its launch site, target and region.

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
    let verb_object = is_verb_object(toks, m);
    if let Some(r) = strike_noun(lex, s, m, verb_object) {
        return r;
    }
    if stocked(lex, toks, m, upper) {
        return Reading::default();
    }
    let mut r = Reading::default();
    let (pre, participle) = quantifier(lex, toks, counts, mentions, m, lower);
    // "81 Shahed drones out of 112 launched": the total after the noun.
    let pre = match pre {
        Pre::Plain(n) => total_after(lex, toks, counts, m, n).map_or(pre, |t| Pre::OfTotal(n, t)),
        other => other,
    };
    let from = past_dash(lex, toks, m.end);
    // Not a losing verb with a count of its own ("shot down 45 drones and lost 30 decoys").
    let governs_count = |i: usize| {
        counts
            .iter()
            .any(|n| n.start > i && n.start <= i + 3 && lex.lost_before(toks, n.start))
    };
    let lost_after = (from..(from + 5).min(upper))
        .take_while(|&i| in_clause(&toks[i]))
        .any(|i| lex.is_lost(toks, i) && !governs_count(i));
    // "lost track of 74 decoy drones (launched by Russia)": the verb before the count loses them.
    let lost_before = counts
        .iter()
        .rfind(|n| n.start >= lower && n.end <= m.start && n.end + 3 >= m.start)
        .is_some_and(|n| lex.lost_before(toks, n.start));
    if let (Pre::Plain(n), true) = (pre, lost_after || lost_before) {
        r.lost = Some(n);
        // "34 drones were lost locally, 78 were shot down": the next clause's bare count is destroyed.
        r.destroyed = elliptic_destroyed(lex, toks, counts, m.end, upper);
        return r;
    }
    r.lost = lost_count(lex, toks, counts, m.end, upper);
    let role = match participle {
        Some(_) => Role::Destroy,
        None => role(lex, toks, counts, m, mentions),
    };
    r.side = side_of(lex, toks, m, lower, upper);
    r.additional = additional(toks, counts, m, lower);
    // One weapon that hit, or was the means of an attack ("a drone struck a house", "an attack using a
    // UAV"): a local impact. One shot down is a part of an interception tally, read as before.
    r.local = !m.plural && pre == Pre::Plain(1) && role != Role::Destroy;
    set_figures(&mut r, pre, role);
    if r.destroyed.is_none() {
        destroyed_elsewhere(lex, s, m, upper, pre, &mut r);
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
    let over_at = site_target_region(lex, s, m, upper, &mut r);
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
    regional_parts(lex, s, m, upper, over_at, &mut r);
    r
}

/// "a depot where 300 drones were stored", "900 missiles in stock": a stock word within four words after
/// the mention, in its clause and before any "from" ("40 missiles from its stock" were launched), makes its
/// count a stock, not an attack.
fn stocked(lex: &Lexicon, toks: &[Token], m: &Mention, upper: usize) -> bool {
    (m.end..(m.end + 4).min(upper).min(toks.len()))
        .take_while(|&i| in_clause(&toks[i]) && toks[i].lower != "from")
        .any(|i| lex.cumulative.stock.contains(toks[i].lower.as_ref()))
}

/// Whether the words after the mention are a verb and its object ("drones hit the Odesa port"), not a
/// noun phrase ("drone attack").
fn is_verb_object(toks: &[Token], m: &Mention) -> bool {
    let after = toks.get(m.end).map(|t| t.lower.as_ref());
    let next = toks.get(m.end + 1);
    next.is_some_and(|t| t.is_capitalized() || t.lower == "the")
        || after == Some("hit")
            && m.plural
            && next
                .is_some_and(|t| t.kind == TokKind::Word && t.lower != "on" && t.lower != "against")
}

/// "a drone attack on Sumy": the weapon names a strike noun's kind and counts nothing; the reading is its
/// target and side. `None` when the mention is no such modifier.
fn strike_noun(lex: &Lexicon, s: &Sentence, m: &Mention, verb_object: bool) -> Option<Reading> {
    let toks = &s.toks;
    let after = toks.get(m.end).map(|t| t.lower.as_ref());
    if !after.is_some_and(|a| lex.phrases.strike_nouns.contains(a)) || verb_object {
        return None;
    }
    let mut r = Reading::default();
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
    Some(r)
}

/// The quantifier before the mention, and the count of an intercepting participle between the count and
/// the noun ("10 downed drones"), which makes the role destroyed.
fn quantifier(
    lex: &Lexicon,
    toks: &[Token],
    counts: &[Num],
    mentions: &[Mention],
    m: &Mention,
    lower: usize,
) -> (Pre, Option<u32>) {
    let mut pre = shared_all(
        lex,
        toks,
        counts,
        mentions,
        m,
        prefix(lex, toks, counts, m, lower),
    );
    let participle = destroyed_participle(lex, toks, counts, m, lower);
    if let Some(n) = participle {
        pre = Pre::Plain(n);
    }
    if pre == Pre::None {
        pre = appositive(lex, toks, counts, m, lower).map_or(Pre::None, Pre::Plain);
    }
    (pre, participle)
}

/// The figures a quantifier gives under a role.
fn set_figures(r: &mut Reading, pre: Pre, role: Role) {
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
}

/// A destroyed figure the quantifier did not give: an elliptic clause after the mention ("...; 41 were
/// shot down"), a running count, or a negated intercepting verb ("were not intercepted": none).
fn destroyed_elsewhere(
    lex: &Lexicon,
    s: &Sentence,
    m: &Mention,
    upper: usize,
    pre: Pre,
    r: &mut Reading,
) {
    let (toks, counts) = (&s.toks, &s.counts);
    r.destroyed = elliptic_destroyed(lex, toks, counts, m.end, upper);
    // "two Iskander-M and two KN-23 were launched; all four were shot down": "all" with more than this
    // weapon's launched counts the other weapons too; of this one, every one.
    if let (Some(Val::N(d)), Some(l)) = (r.destroyed, r.launched) {
        let all_d = counts.iter().any(|n| {
            n.start >= m.end
                && n.value == u64::from(d)
                && n.start >= 1
                && toks[n.start - 1].lower == "all"
        });
        if d > l && all_d {
            r.destroyed = Some(Val::All);
        }
    }
    if r.destroyed.is_none() && pre == Pre::None {
        r.destroyed = running_destroyed(lex, toks, counts, m, upper).map(Val::N);
        r.running = r.destroyed.is_some();
    }
    if r.destroyed.is_some() {
        return;
    }
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

/// The launch site ("from"), target ("at", "on") and region ("over") of the mention's clause; where its
/// "over" word is.
fn site_target_region(
    lex: &Lexicon,
    s: &Sentence,
    m: &Mention,
    upper: usize,
    r: &mut Reading,
) -> Option<usize> {
    let toks = &s.toks;
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
    over_at
}

/// Further regional parts of a regional figure: "23 drones over Kyiv region, 5 over Cherkasy", "15 over
/// neighbouring regions, 3 in the Kyiv region and 22 over Kyiv", or one figure "each" over several places.
/// `over_at` is the "over" word of the mention's clause, if any.
fn regional_parts(
    lex: &Lexicon,
    s: &Sentence,
    m: &Mention,
    upper: usize,
    over_at: Option<usize>,
    r: &mut Reading,
) {
    let toks = &s.toks;
    if matches!(r.destroyed, Some(Val::N(_))) && (r.region.is_some() || over_at.is_some()) {
        r.more_parts = parts_after(lex, s, &s.counts, m.end, upper);
        // The first part's place names no one region ("over neighbouring regions"), but the list makes it
        // a part all the same.
        if r.region.is_none() && !r.more_parts.is_empty() {
            r.region = over_at.and_then(|i| unnamed_place(lex, s, i + 1));
        }
        if r.region.is_none() {
            r.more_parts.clear();
        }
    }
    if let (Some(Val::N(n)), true) = (
        r.destroyed,
        toks.get(m.end).is_some_and(|t| t.lower == "each"),
    ) {
        each_place(lex, s, r, n, m.end + 1, upper);
    }
}

/// "one drone each in the Bryansk region and in the Lipetsk region": the same figure in every place named.
fn each_place(lex: &Lexicon, s: &Sentence, r: &mut Reading, n: u32, from: usize, upper: usize) {
    let toks = &s.toks;
    let places: Vec<Over> = (from..upper)
        .take_while(|&i| !toks[i].is_punct(';'))
        .filter(|&i| lex.phrases.region_words.contains(toks[i].lower.as_ref()))
        .filter_map(|i| region_at(lex, s, i + 1))
        .collect();
    if places.len() < 2 {
        return;
    }
    let mut places = places.into_iter();
    r.region = places.next();
    r.more_parts = places.map(|p| (p, n)).collect();
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
    // "launched by Russia", "fired from Ukraine", "from Ukrainian territory"; an interceptor's side after
    // "by" is the other ("downed by Russian air defence", "shot down by Ukraine").
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
                let defender = toks
                    .get(j + 1)
                    .is_some_and(|n| sides.defenders.contains(n.lower.as_ref()));
                let intercepted = t.lower == "by" && (defender || lex.is_destroy(toks, i - 1));
                return Some(if intercepted { side.other() } else { side });
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
