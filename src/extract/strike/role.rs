//! What was done to the weapons a mention counts: launched, destroyed, hit or lost, from the verbs of its
//! clause, relative clauses and asides, and the figures that elliptic clauses give ("shot down 41").

use super::*;

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
    let (after, decisive) = verb_after(lex, toks, counts, m, mentions);
    if decisive {
        return after.unwrap_or(Role::None);
    }
    verb_before(lex, toks, m).or(after).unwrap_or(Role::None)
}

/// The role the verb after the mention gives: destroyed by a passive intercepting verb (or a headline's
/// "drones downed"), hit by "reached", both whatever verb came before (decisive); launched or hit by a
/// launching verb whose subject the mention is.
fn verb_after(
    lex: &Lexicon,
    toks: &[Token],
    counts: &[Num],
    m: &Mention,
    mentions: &[Mention],
) -> (Option<Role>, bool) {
    let limit = (m.end + 12).min(toks.len());
    // The end of a counted weapon coordinated with this one: "a dozen Shahed drones and four Kh-22
    // missiles launched from ..." launches both.
    let mut joined_end = None;
    let counted_weapon_at = |end: usize| {
        mentions
            .iter()
            .find(|o| o.start >= end && o.start <= end + 2)
    };
    let mut i = m.end;
    while i < limit {
        let t = &toks[i];
        if let Some(n) = counts.iter().find(|n| n.start == i) {
            match counted_weapon_at(n.end) {
                Some(next) if toks[i - 1].lower == "and" || toks[i - 1].is_punct(',') => {
                    i = next.end;
                    joined_end = Some(next.end);
                    continue;
                }
                _ => return (None, false),
            }
        }
        // A list's comma ("37 cruise missiles, 29 drones and ... were shot down"), or the closing quote of
        // the mention's own name ("nine missiles 'Kalibr' were launched"): the verb after is the mention's.
        let listed = t.is_punct(',')
            && counts
                .iter()
                .any(|n| n.start == i + 1 && counted_weapon_at(n.end).is_some());
        if listed || own_closing_quote(toks, m, i) {
            i += 1;
            joined_end = Some(i);
            continue;
        }
        // "40 missiles, including 9 ballistic ones, were launched": the verb after an aside is both's.
        if t.is_punct(',') {
            if let Some(close) = aside_close(lex, toks, m, i, limit) {
                i = close + 1;
                joined_end = Some(i);
                continue;
            }
        }
        if t.kind == TokKind::Punct {
            return (None, false);
        }
        if let Some(next) = describing_clause_end(lex, toks, m, i, joined_end == Some(i), limit) {
            i = next;
            continue;
        }
        // "12 missiles reached their targets": those that hit ("did not reach" is a loss, read before).
        let reached = lex.verbs.reach.contains(t.lower.as_ref()) && !lex.is_lost(toks, i);
        if reached && (i == m.end || joined_end == Some(i) || lex.is_aux(toks, i - 1)) {
            return (Some(Role::Hit), true);
        }
        if lex.is_launch(toks, i) {
            // "missiles hit Kharkiv", "a missile was fired at Odesa"
            let active = i == m.end || joined_end == Some(i) || lex.is_aux(toks, i - 1);
            let role = match (active, active && lex.is_hit(toks, i)) {
                (true, true) => Some(Role::Hit),
                (true, false) => Some(Role::Launch),
                _ => None,
            };
            return (role, false);
        }
        if lex.is_destroy(toks, i) {
            let destroyed = destroyed_here(lex, toks, m, i, joined_end == Some(i));
            return (destroyed.then_some(Role::Destroy), destroyed);
        }
        i += 1;
    }
    (None, false)
}

/// Whether the token at `i`, right after the mention, closes the quote of its own name (a name written after
/// its class noun: "missiles 'Kalibr'").
fn own_closing_quote(toks: &[Token], m: &Mention, i: usize) -> bool {
    i == m.end && toks[i].is_quote() && toks[m.start..m.end].iter().any(Token::is_quote)
}

/// Whether the intercepting verb at `i` after the mention says it was destroyed: a passive ("were shot
/// down", "were successfully intercepted", "were confirmed shot down": one word between the auxiliary and
/// the verb), or a participle right after the noun ("12 drones downed overnight") or after the list the
/// noun is joined in (`after_list`: "with 10 missiles and 45 drones intercepted").
fn destroyed_here(lex: &Lexicon, toks: &[Token], m: &Mention, i: usize, after_list: bool) -> bool {
    let adverb = toks[i - 1].kind == TokKind::Word
        && !lex.is_launch(toks, i - 1)
        && !matches!(toks[i - 1].lower.as_ref(), "not" | "never");
    let passive = i > m.end
        && (lex.is_aux(toks, i - 1)
            || toks[i - 1].lower.ends_with("ly")
            || adverb && i >= 2 && lex.is_aux(toks, i - 2));
    let headline = (i == m.end || after_list)
        && !toks.get(i + 1).is_some_and(|n| {
            lex.phrases.object_starts.contains(n.lower.as_ref()) || n.kind == TokKind::Num
        });
    passive || headline
}

/// The role the nearest verb before the mention gives ("shot down 12 drones", "launched 40 missiles"), or
/// the role of the clause a part opener leads ("including ...", "of which ...").
fn verb_before(lex: &Lexicon, toks: &[Token], m: &Mention) -> Option<Role> {
    for i in (0..m.start).rev() {
        if lex.phrases.part_openers.contains(toks[i].lower.as_ref()) {
            if let Some(role) = clause_role(lex, toks, i) {
                return Some(role);
            }
        }
        if lex.is_destroy(toks, i) {
            return Some(Role::Destroy);
        }
        if lex.is_launch(toks, i) {
            return Some(Role::Launch);
        }
    }
    None
}

/// The closing comma of an aside opened by the comma at `i` with "including" ("40 missiles, including 9
/// ballistic ones, were launched"), before `limit`.
pub(super) fn aside_end(toks: &[Token], i: usize, limit: usize) -> Option<usize> {
    let opens = toks
        .iter()
        .skip(i + 1)
        .take(3)
        .any(|t| t.lower == "including");
    let close = (i + 2..limit).find(|&k| toks[k].kind == TokKind::Punct)?;
    (opens && toks[close].is_punct(',')).then_some(close)
}

/// Where an aside opened by the comma at `i` closes: an "including" aside after the counted noun
/// (`aside_end`), the comma itself when the mention stands in such an aside (`in_aside`), or a parenthesis
/// before a passive verb (`parenthesis_end`).
fn aside_close(
    lex: &Lexicon,
    toks: &[Token],
    m: &Mention,
    i: usize,
    limit: usize,
) -> Option<usize> {
    aside_end(toks, i, limit)
        .or(in_aside(toks, m).then_some(i))
        .or(parenthesis_end(lex, toks, i, limit))
}

/// The closing comma of a parenthesis between the counted noun and its passive verb, opened by the comma at
/// `i`: a participle phrase or names in apposition, then an auxiliary right after the closing comma
/// ("Twelve drones, launched from the Kursk region, were shot down"; "two drones, an Orlan-10 and a Zala,
/// were destroyed"). The parenthesis has no count of its own and ends before `limit`.
pub(super) fn parenthesis_end(
    lex: &Lexicon,
    toks: &[Token],
    i: usize,
    limit: usize,
) -> Option<usize> {
    let close = (i + 2..limit).find(|&k| toks[k].kind == TokKind::Punct && !toks[k].is_quote())?;
    let counted = toks[i + 1..close]
        .iter()
        .any(|t| t.kind == TokKind::Num || word_value(&t.lower).is_some_and(|v| v > 1));
    (toks[close].is_punct(',') && !counted && lex.is_aux(toks, close + 1)).then_some(close)
}

/// Whether the mention stands in an aside opened by "including" right before it ("…, including 9
/// ballistic ones, …").
pub(super) fn in_aside(toks: &[Token], m: &Mention) -> bool {
    toks[m.start.saturating_sub(3)..m.start]
        .iter()
        .any(|t| t.lower == "including")
}

/// The role of the first launching or intercepting verb of the clause that ends at `end`: a part opened by
/// "including" shares the verb of the whole it is part of, not of a relative clause that describes the whole
/// ("shot down 90 of the 100 drones Russia launched, including all the Gerberas": destroyed).
pub(super) fn clause_role(lex: &Lexicon, toks: &[Token], end: usize) -> Option<Role> {
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
    passive_destroy_at(lex, toks, from, limit).is_some()
}

/// Where the auxiliary of a passive intercepting verb stands in the clause from `from`, before any
/// launching verb (see `passive_destroy_follows`).
fn passive_destroy_at(lex: &Lexicon, toks: &[Token], from: usize, limit: usize) -> Option<usize> {
    (from..limit)
        .take_while(|&k| toks[k].kind != TokKind::Punct && !lex.is_launch(toks, k))
        .find(|&k| {
            lex.is_aux(toks, k)
                && (lex.is_destroy(toks, k + 1)
                    || toks
                        .get(k + 1)
                        .is_some_and(|t| t.lower.ends_with("ly") || t.lower == "all")
                        && lex.is_destroy(toks, k + 2))
        })
}

/// Where reading for the mention's verb goes on past a clause at `i` that describes the noun, its verb not
/// the mention's: a launching participle right after the noun before a passive intercepting verb ("the
/// missiles launched (by Russia) were downed": the next token), or a relative clause with a launching verb
/// of its own ("two missiles that Russia launched at Odesa were destroyed": the passive's auxiliary).
/// `joined`: the mention's list or aside ends at `i`.
fn describing_clause_end(
    lex: &Lexicon,
    toks: &[Token],
    m: &Mention,
    i: usize,
    joined: bool,
    limit: usize,
) -> Option<usize> {
    if lex.is_launch(toks, i) && i == m.end && passive_destroy_follows(lex, toks, i + 1, limit) {
        return Some(i + 1);
    }
    (i == m.end || joined)
        .then(|| past_relative_launch(lex, toks, i, limit))
        .flatten()
}

/// A relative clause opening at `i` right after a mention, with a launching verb of its own, then the
/// passive intercepting verb of the mention's clause ("24 drones which the enemy launched from Kursk
/// overnight were shot down"): where that passive's auxiliary stands, so that the clause is passed over.
/// No punctuation between: a clause closed by a comma is read as an aside.
fn past_relative_launch(lex: &Lexicon, toks: &[Token], i: usize, limit: usize) -> Option<usize> {
    if !crate::doc::grammar::grammar()
        .relatives
        .contains(toks[i].lower.as_ref())
    {
        return None;
    }
    let launch = (i + 1..limit)
        .take_while(|&k| toks[k].kind != TokKind::Punct)
        .find(|&k| lex.is_launch(toks, k))?;
    passive_destroy_at(lex, toks, launch + 1, limit)
}

/// "... was fired at Odesa and was intercepted", "121 drones were detected and destroyed": a passive
/// intercepting verb coordinated with the launch in the same clause, with no count of its own, applies to
/// all launched. Its auxiliary may be left out when the launch is passive too (the two share it).
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
            let aux = k > i + 1 || (from..i).any(|j| lex.is_aux(toks, j));
            toks[i].lower == "and" && aux && lex.is_destroy(toks, k)
        })
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
pub(super) fn relative_destroys(lex: &Lexicon, toks: &[Token], end: usize) -> bool {
    let of_which = toks.get(end).is_some_and(|t| t.lower == "of")
        && toks.get(end + 1).is_some_and(|t| t.lower == "which");
    of_which
        && (end + 2..toks.len())
            .take_while(|&i| in_clause(&toks[i]))
            .find(|&i| lex.is_destroy(toks, i) || lex.is_launch(toks, i) || lex.is_lost(toks, i))
            .is_some_and(|i| lex.is_destroy(toks, i))
}

/// Past a dash at `k` that joins a count to what is said of it ("ще 12 – локаційно втрачені"), else `k`.
pub(super) fn past_dash(lex: &Lexicon, toks: &[Token], k: usize) -> usize {
    let dash = toks
        .get(k)
        .is_some_and(|t| lex.phrases.part_dashes.contains(t.lower.as_ref()));
    k + usize::from(dash)
}

/// Whether a token can sit inside a clause: any word or number, and quote marks ("were \"lost locally\"").
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The role of the first weapon noun of `text` (a single sentence).
    fn role_of(text: &str) -> Role {
        let lex = lexicon();
        let sents = Sentence::all(text);
        let s = &sents[0];
        let mentions = lex.mentions(&s.toks);
        role(lex, &s.toks, &s.counts, &mentions[0], &mentions)
    }

    #[test]
    fn the_verb_after_or_before_decides() {
        assert_eq!(
            role_of("Russia launched 40 drones overnight."),
            Role::Launch
        );
        assert_eq!(
            role_of("Twelve drones were shot down over Kyiv."),
            Role::Destroy
        );
        assert_eq!(role_of("12 drones downed overnight"), Role::Destroy);
        assert_eq!(role_of("Two Iskander-M missiles hit Kharkiv."), Role::Hit);
        assert_eq!(role_of("Air defence destroyed 30 drones."), Role::Destroy);
        assert_eq!(role_of("The drones of that type are cheap."), Role::None);
    }

    #[test]
    fn a_listed_weapon_shares_the_verb_after_the_list() {
        let lex = lexicon();
        let sents =
            Sentence::all("37 cruise missiles, 29 drones and 2 Kh-22 missiles were shot down.");
        let s = &sents[0];
        let mentions = lex.mentions(&s.toks);
        for m in &mentions {
            assert_eq!(
                role(lex, &s.toks, &s.counts, m, &mentions),
                Role::Destroy,
                "{}",
                m.name
            );
        }
    }
}
