//! Facts after reading: regional parts, class totals folded into their parts, class facts folded into
//! the named weapon they stand for, combined mentions ("drones and missiles", "ballistic and cruise").

use super::*;

/// The finer facts that fact `k` is the headline total of, if it is one (see `fold_totals_into_parts`).
pub(super) fn parts_of_total(
    facts: &[(usize, Strike)],
    k: usize,
    is_class: &dyn Fn(&Strike) -> bool,
) -> Option<Vec<usize>> {
    let g = &facts[k].1;
    if !is_class(g) {
        return None;
    }
    // A combined total ("62 means of air attack", "90 drones and missiles") is over every class.
    let combined = is_combined(&g.weapon);
    let parts: Vec<usize> = (0..facts.len())
        .filter(|&i| {
            let n = &facts[i].1;
            i != k
                && n.date == g.date
                && (combined || class_fits(g.category, n.category))
                && !is_combined(&n.weapon)
                && (combined || !is_class(n) || n.category != g.category)
        })
        .collect();
    // A part with no figure adds nothing to a combined total ("51 air targets shot down: 4 Kh-101 and 47
    // Shahed", with the Iskander-M launched only); a class total needs every part's figure.
    let total_of = |get: &dyn Fn(&Strike) -> Option<u32>| {
        let sum = parts.iter().try_fold(0u32, |t, &i| {
            let v = get(&facts[i].1).or(combined.then_some(0))?;
            Some(t.saturating_add(v))
        });
        get(g).is_some_and(|v| sum == Some(v))
    };
    // A figure of the total that the parts do not add up to ("31 of the 36 missiles" over parts with no
    // destroyed figure) would be lost in the fold: the total stays.
    let kept = |get: &dyn Fn(&Strike) -> Option<u32>| get(g).is_none() || total_of(get);
    let sums = total_of(&|f| f.launched) || total_of(&|f| f.destroyed);
    let destroyed_kept = kept(&|f| f.destroyed) || all_destroyed(facts, k, &parts);
    (parts.len() >= 2 && sums && kept(&|f| f.launched) && destroyed_kept).then_some(parts)
}

/// Every one of total `k` was destroyed and its parts give launched figures only ("6 missiles – 4 Kh-101
/// and 2 Kalibr – ... all of the missiles were shot down"): each part was destroyed whole.
fn all_destroyed(facts: &[(usize, Strike)], k: usize, parts: &[usize]) -> bool {
    let g = &facts[k].1;
    g.destroyed.is_some()
        && g.destroyed == g.launched
        && parts
            .iter()
            .all(|&i| facts[i].1.launched.is_some() && facts[i].1.destroyed.is_none())
}

/// Drops a class-noun fact that is the headline total of two or more finer facts of its class on the
/// same date ("18 missiles: 10 Kalibr and 8 Kh-101"): when its launched (or destroyed) figure is the sum
/// of theirs, it counts the same weapons, and its sentences become evidence of each part. So does a
/// combined total over drones and missiles ("33 means of air attack: 2 Iskander-M and 31 Shahed").
pub(super) fn fold_totals_into_parts(facts: &mut Vec<(usize, Strike)>) {
    let lex = lexicon();
    let is_class = |f: &Strike| {
        is_combined(&f.weapon) || lex.weapons.iter().any(|w| w.generic && w.name == f.weapon)
    };
    let mut k = 0;
    while k < facts.len() {
        let Some(parts) = parts_of_total(facts, k, &is_class) else {
            k += 1;
            continue;
        };
        let whole = all_destroyed(facts, k, &parts);
        let (_, g) = facts.remove(k);
        for i in parts {
            let i = if i > k { i - 1 } else { i };
            let n = &mut facts[i].1;
            if whole {
                n.destroyed = n.launched;
                n.infer("all of the total it is part of were destroyed");
            }
            for e in &g.evidence {
                if !n.evidence.iter().any(|x| x.span == e.span) {
                    n.evidence.push(e.clone());
                }
            }
            n.evidence.sort_by_key(|e| e.span[0]);
        }
    }
}

/// Whether a fact is a combined total ("43 drones and missiles", named "drone and missile" by
/// `combine_classes`): no class noun stands for it, and it is no part of a class total.
pub(super) fn is_combined(weapon: &str) -> bool {
    weapon.contains(" and ")
}

/// Joins "43 drones and missiles" into one mention: a count before two class nouns of different classes
/// joined by "and" is a combined total that belongs to neither class alone. The joined mention is named
/// "drone and missile", category `other`, and counts like a named weapon.
pub(super) fn combine_classes(
    toks: &[Token],
    counts: &[Num],
    mentions: Vec<Mention>,
) -> Vec<Mention> {
    let lex = lexicon();
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    let mut it = mentions.into_iter().peekable();
    while let Some(a) = it.next() {
        // "224 Russian drones and missiles": describing words may stand between the count and the nouns.
        let counted = (a.start.saturating_sub(2)..=a.start).any(|end| {
            counts.iter().any(|n| n.end == end)
                && (end..a.start).all(|i| is_modifier(lex, toks, counts, i))
        });
        // Headlines join with a comma: "Russia launched 40 missiles, drones overnight" (not "23 drones,
        // cruise missile": one missile is no part of a count); nor does "and" join a singular ("139 дронів
        // і ракету": 139 drones and one missile).
        let joins = |b: &Mention| {
            a.generic
                && b.generic
                && a.category != b.category
                && b.start == a.end + 1
                && (toks[a.end].lower == "and" || toks[a.end].is_punct(','))
                && b.plural
                && counted
        };
        // "74 attack drones and decoy drones of various types": a weapon of the same category joined after
        // a counted one, with no count of its own, is counted with it; the pair is one tally named by the
        // first.
        let shares = |b: &Mention| {
            a.category == b.category
                && b.start == a.end + 1
                && toks[a.end].lower == "and"
                && counts.iter().any(|n| n.end == a.start)
                && !counts.iter().any(|n| n.end == b.start)
        };
        if let Some(b) = it.next_if(joins) {
            out.push(Mention {
                name: format!("{} and {}", a.name, b.name),
                category: Category::Other,
                generic: false,
                start: a.start,
                end: b.end,
                plural: true,
            });
        } else if let Some(b) = it.next_if(shares) {
            out.push(Mention { end: b.end, ..a });
        } else {
            out.push(mixed_kinds(toks, counts, a));
        }
    }
    out
}

/// "17 cruise missiles of the Kh-101 type", "40 cruise missiles of the X-101, X-555 types and Kalibr", "14
/// БпЛА типу Shahed": the names after "of (the)" ending in "type(s)", or right after "type", say what kind
/// the counted class noun is. One name makes the
/// count that weapon's; several leave it the class's, and the names count nothing of their own. A launcher
/// word after the names ("of the HIMARS system") says the kind as "type" does.
pub(super) fn type_descriptors(
    lex: &Lexicon,
    toks: &[Token],
    mentions: Vec<Mention>,
) -> Vec<Mention> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    let mut skip_until = 0;
    for (k, m) in mentions.iter().enumerate() {
        if m.start < skip_until {
            continue;
        }
        let mut i = m.end + 1;
        // "БпЛА типу Shahed" (glossed "drones type shahed"): the type's name right after, inside the noun
        // phrase, so a verb after the name is the noun's.
        let direct = word(m.end) == "type";
        if !m.generic || word(m.end) != "of" && !direct {
            out.push(m.clone());
            continue;
        }
        if word(i) == "the" {
            i += 1;
        }
        // Describing words before the name: "of the US-made HIMARS system".
        let starts_name = |j: usize| mentions[k + 1..].iter().any(|n| n.start == j);
        let mut skipped = 0;
        while skipped < 2 && !starts_name(i) && toks.get(i).is_some_and(|t| t.kind == TokKind::Word)
        {
            i += 1;
            skipped += 1;
        }
        let mut names: Vec<&Mention> = Vec::new();
        let mut typed = direct;
        loop {
            if let Some(n) = mentions[k + 1..]
                .iter()
                .find(|n| n.start == i && !n.generic)
            {
                names.push(n);
                i = n.end;
            } else if matches!(word(i), "type" | "types") {
                typed = true;
                i += 1;
            } else if matches!(word(i), "," | "and" | "/") && !names.is_empty() {
                i += 1;
            } else {
                break;
            }
        }
        // "eight rockets of the HIMARS multiple launch rocket system": a launcher's name says the kind too.
        let launcher = (i..i + 4)
            .take_while(|&j| toks.get(j).is_some_and(|t| t.kind == TokKind::Word))
            .any(|j| lex.nouns.heads.contains(word(j)));
        if !(typed || launcher) || names.is_empty() {
            out.push(m.clone());
            continue;
        }
        skip_until = names.last().map_or(0, |n| n.end);
        match names.as_slice() {
            [one] => out.push(Mention {
                name: one.name.clone(),
                category: one.category,
                generic: false,
                end: if direct { one.end } else { m.end },
                ..m.clone()
            }),
            _ => out.push(m.clone()),
        }
    }
    out
}

/// "eight ballistic and six cruise missiles", "all of the ballistic and cruise missiles": a kind of missile
/// joined by "and" before another kind's class noun names its own class, read as a mention of it. Not
/// "40 ballistic and cruise missiles", one count over both kinds (`mixed_kinds`).
pub(super) fn elliptic_kinds(
    lex: &Lexicon,
    toks: &[Token],
    counts: &[Num],
    mentions: Vec<Mention>,
) -> Vec<Mention> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    let counted_at = |end: usize| counts.iter().find(|n| n.end == end);
    let mut out = Vec::with_capacity(mentions.len());
    for m in mentions {
        // The second kind sits right before the class noun, after its count if any: "six cruise missiles".
        let second_kind = m.start;
        let kind_start = |at: usize| at >= 1 && lex.nouns.kinds.contains(word(at - 1));
        let (k2, own_count) = if m.generic && is_missile(m.category) && kind_start(second_kind) {
            (second_kind - 1, None)
        } else if m.generic && is_missile(m.category) && m.start >= 1 {
            // The mention already spans its kind ("cruise missiles" is one alias).
            (m.start, counted_at(m.start))
        } else {
            out.push(m);
            continue;
        };
        let own_count = own_count.or_else(|| counted_at(k2));
        let and_at = own_count.map_or(k2, |n| n.start).checked_sub(1);
        let first = and_at
            .filter(|&a| word(a) == "and" && a >= 1 && lex.nouns.kinds.contains(word(a - 1)))
            .map(|a| a - 1);
        let class = first.and_then(|k1| {
            let name = format!("{} missile", word(k1));
            lex.weapons.iter().find(|w| w.generic && w.name == name)
        });
        let mixed = first.is_some_and(|k1| counted_at(k1).is_some()) && own_count.is_none();
        if let (Some(k1), Some(w), false) = (first, class, mixed) {
            out.push(Mention {
                name: w.name.clone(),
                category: w.category,
                generic: true,
                start: k1,
                end: k1 + 1,
                plural: true,
            });
        }
        out.push(m);
    }
    out
}

/// "40 ballistic and cruise missiles": a count over two kinds of missile joined before one class noun is
/// a count of missiles of either kind, the class `missile` (category `other`), starting at the first kind.
pub(super) fn mixed_kinds(toks: &[Token], counts: &[Num], m: Mention) -> Mention {
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
pub(super) fn merge_class_into_named(facts: &mut Vec<(usize, Strike)>) {
    let lex = lexicon();
    let is_class = |f: &Strike| lex.weapons.iter().any(|w| w.generic && w.name == f.weapon);
    let agree = |a: Option<u32>, b: Option<u32>| a.is_none() || b.is_none() || a == b;
    // One side's weapons are never the other's: "shot down 25 Russian Shahed drones ... Ukraine launched
    // 121 drones" are two frames.
    let same_side = |a: &Strike, b: &Strike| agree_on(a.frame.side, b.frame.side);
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
                // A finer class ("90 missiles" over "about 90 cruise missiles") is the total restated.
                i != k
                    && !lex.is_standalone(&n.weapon)
                    && n.date == g.date
                    && same_side(n, g)
                    && !is_combined(&n.weapon)
                    && if lex.is_any_class(&g.weapon) {
                        // "Air targets" are the one weapon counted that night, whatever its class.
                        n.launched.is_some() || n.destroyed.is_some()
                    } else {
                        (!is_class(n) || n.category != g.category)
                            && class_fits(g.category, n.category)
                    }
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

/// Whether two optional values do not contradict each other: equal, or one of them unknown.
fn agree_on<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
    a.is_none() || b.is_none() || a == b
}

/// The facts of a tally known only by its regional parts: one per place, each with its own sentence.
pub(super) fn per_region(a: Acc) -> Vec<(usize, Strike)> {
    a.parts
        .into_iter()
        .map(|p| {
            let mut f = a.fact.clone();
            f.destroyed = Some(p.destroyed);
            f.over = Some(p.over.phrase);
            f.frame.scope = Scope::Regional;
            f.evidence = vec![p.evidence];
            (f.evidence[0].span[0], f)
        })
        .collect()
}

/// Records a destroyed figure: a national figure (no "over <Place>") wins over regional parts and is
/// never replaced; regional parts are kept per region, to become a tally per place when no national
/// figure comes.
pub(super) fn add_destroyed(acc: &mut Acc, v: Option<Val>, region: Option<Over>, s: &Sentence) {
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

/// A class figure given roughly ("over 100 drones", "больше сотни беспилотников") and one named weapon of the
/// class with an exact launched figure near it ("110 attack drones"): the exact figure is the count, so the
/// class fact gives up its launched figure and `merge_class_into_named` folds the rest into the named one.
pub(super) fn rough_class_figures(accs: &mut [Acc]) {
    // Within a quarter of the rough figure: "over 100" may be 110 or 120, never 40 or 300.
    let near = |rough: u32, exact: u32| rough.abs_diff(exact) <= rough / 4 && rough != exact;
    for i in 0..accs.len() {
        let g = &accs[i];
        let Some(rough) = g.fact.launched.filter(|_| g.generic && g.launched_approx) else {
            continue;
        };
        let mut exact = accs.iter().filter(|n| {
            !n.generic
                && !n.launched_approx
                && n.fact.date == g.fact.date
                && (n.side.is_none() || g.side.is_none() || n.side == g.side)
                && class_fits(g.fact.category, n.fact.category)
                && n.fact.launched.is_some_and(|l| near(rough, l))
        });
        if exact.next().is_some() && exact.next().is_none() {
            accs[i].fact.launched = None;
        }
    }
}
