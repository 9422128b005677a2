//! One sentence's toll: the casualty words, their verb phrases, explicit zeros, toll phrases ("the death
//! toll rose to 21") and the number of victims.

use super::*;

pub(super) fn kind_of(words: &CasualtyWords, w: &str) -> Option<Kind> {
    if words.killed.contains(w) {
        Some(Kind::Killed)
    } else if words.injured.contains(w) {
        Some(Kind::Injured)
    } else {
        None
    }
}

pub(super) fn set(r: &mut Reading, kind: Kind, n: u32) {
    let slot = match kind {
        Kind::Killed => &mut r.killed,
        Kind::Injured => &mut r.injured,
    };
    if slot.is_none() {
        *slot = Some(n);
    }
}

/// Whether the sentence holds a word a toll is told with (`CasualtyWords::toll_words`). Most of a
/// report's sentences hold none, and `read` passes them over before splitting or reading them.
pub(super) fn may_tell_a_toll(words: &CasualtyWords, s: &Sentence) -> bool {
    s.toks.iter().any(|t| words.toll_words.contains(&t.lower))
}

/// The toll one sentence gives, if any (asked only of a sentence that `may_tell_a_toll`): killed and injured, who they were, whether it updates a figure.
pub(super) fn read_sentence(words: &CasualtyWords, s: &Sentence) -> Option<Reading> {
    let toks = &s.toks;
    let mut r = Reading::default();
    let mut used_until = 0;
    for (v, t) in toks.iter().enumerate() {
        let w = t.lower.as_ref();
        if w == "no" || w == "nobody" {
            read_zero(words, toks, v, &mut r);
            continue;
        }
        if read_zero_after(words, toks, v, &mut r) {
            continue;
        }
        if let Some((kind, n, update)) = number_of(words, toks, v) {
            // "the number of injured has risen to 23": the latest figure, not more people.
            let slot = match kind {
                Kind::Killed => &mut r.killed,
                Kind::Injured => &mut r.injured,
            };
            *slot = Some(n);
            r.update |= update;
            used_until = used_until.max(v + 1);
            continue;
        }
        if w == "toll" {
            read_toll_phrase(words, toks, v, &mut r);
            continue;
        }
        if let Some(n) = lives_counted(words, toks, v) {
            set(&mut r, Kind::Killed, n);
            continue;
        }
        let Some(kind) = casualty_word(words, toks, v) else {
            continue;
        };
        if v >= used_until {
            // "Поранення отримали 12 людей" ("injuries received 12 people"): the noun, its light verb, then
            // the group.
            let light_after = toks
                .get(v + 1)
                .is_some_and(|t| words.light_verbs.contains(t.lower.as_ref()));
            // "the lives of 35 residents": the group after "of".
            let lives_of =
                words.lives.contains(w) && toks.get(v + 1).is_some_and(|t| t.lower == "of");
            let at = v + 1 + usize::from(light_after) + usize::from(lives_of);
            if let Some((n, end)) = group(words, toks, at, true) {
                set(&mut r, kind, n);
                r.who.extend(s.slice(at, end).map(str::to_string));
                used_until = end;
                continue;
            }
        }
        let Some(p) = subject_end(words, toks, v, &mut r) else {
            continue;
        };
        if let Some((n, start)) = group_ending_at(words, toks, p, used_until) {
            set(&mut r, kind, n);
            r.who.extend(s.slice(start, p).map(str::to_string));
            used_until = v + 1;
        }
    }
    if r.killed.is_none() && r.injured.is_none() {
        // "there are 53 victims": with no verb of killing or injuring, victims are the injured.
        if let Some(n) = counted_victims(toks) {
            r.injured = Some(n);
            r.how = Some("\"victims\" with no verb read as the injured");
        }
    }
    (r.killed.is_some() || r.injured.is_some()).then_some(r)
}

/// The kind of casualty the word at `v` says: a casualty word, "received medical care" or "taken to
/// hospital" (injured), or a wound named fatal ("sustained fatal injuries": a death).
fn casualty_word(words: &CasualtyWords, toks: &[Token], v: usize) -> Option<Kind> {
    let w = toks[v].lower.as_ref();
    let care = w == "medical"
        && v > 0
        && words.light_verbs.contains(toks[v - 1].lower.as_ref())
        && toks
            .get(v + 1)
            .is_some_and(|t| words.care.contains(t.lower.as_ref()));
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    let hospital = |k: usize| matches!(word(k), "hospital" | "hospitals");
    let to_hospital = words.to_hospital.contains(w)
        && word(v + 1) == "to"
        && (hospital(v + 2) || word(v + 2) == "the" && hospital(v + 3));
    let kind = kind_of(words, w)
        .or((care || to_hospital).then_some(Kind::Injured))
        .or(lives_taken(words, toks, v).then_some(Kind::Killed))?;
    let fatal = v > 0 && words.fatal.contains(toks[v - 1].lower.as_ref());
    Some(if fatal { Kind::Killed } else { kind })
}

/// Whether "lives" at `v` tells deaths with its group to be read as a casualty word's: a taking verb and
/// "the" or a possessive before it ("claimed the lives of 12", "two people lost their lives").
fn lives_taken(words: &CasualtyWords, toks: &[Token], v: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    words.lives.contains(word(v))
        && v >= 2
        && matches!(word(v - 1), "the" | "their" | "his" | "her")
        && words.lives_verbs.contains(word(v - 2))
}

/// The deaths a count of "lives" at `v` tells after a taking verb: "claimed 12 lives", "cost at least
/// nine lives".
fn lives_counted(words: &CasualtyWords, toks: &[Token], v: usize) -> Option<u32> {
    if !words.lives.contains(toks[v].lower.as_ref()) {
        return None;
    }
    let n = count_ending_at(toks, v)?;
    (n.start.saturating_sub(3)..n.start)
        .any(|k| words.lives_verbs.contains(toks[k].lower.as_ref()))
        .then(|| to_u32(n.value))
}

/// Where the subject of the casualty verb at `v` ends (its group is read back from there): before the
/// verb phrase, an appositive, a relative clause or "born in 1985". `None` when the verb is a relative
/// clause's whose main verb follows ("A woman who was wounded in the attack has died in hospital": read
/// once, with the main verb).
fn subject_end(words: &CasualtyWords, toks: &[Token], v: usize, r: &mut Reading) -> Option<usize> {
    let mut p = verb_phrase_start(words, toks, v, r);
    p = before_appositive(words, toks, p);
    if p > 0 && words.relatives.contains(toks[p - 1].lower.as_ref()) {
        let main_verb_follows = toks[v + 1..]
            .iter()
            .take_while(|t| !t.is_punct(';') && !t.is_punct(','))
            .any(|t| kind_of(words, &t.lower).is_some());
        if main_verb_follows {
            return None;
        }
    }
    if let Some(q) = relative_clause_start(words, toks, p) {
        p = q;
    }
    if p >= 3
        && toks[p - 3].lower == "born"
        && toks[p - 2].lower == "in"
        && toks[p - 1].kind == TokKind::Num
    {
        // "a man born in 1985 was injured"
        p -= 3;
    }
    Some(p)
}

/// An explicit zero at `v` ("no" or "nobody"): "no casualties", "no deaths", "no one was killed or
/// injured", "nobody was hurt".
pub(super) fn read_zero(words: &CasualtyWords, toks: &[Token], v: usize, r: &mut Reading) {
    let w = toks[v].lower.as_ref();
    let next = toks.get(v + 1).map_or("", |t| t.lower.as_ref());
    let one = next == "one" || w == "nobody";
    let k = if one { v + 2 } else { v + 1 };
    if !one && next == "casualties" {
        set(r, Kind::Killed, 0);
        set(r, Kind::Injured, 0);
    } else if let Some(kind) = toks
        .get(k)
        .and_then(|t| kind_of(words, &t.lower))
        .filter(|_| !one)
    {
        set(r, kind, 0);
    } else if one {
        let mut m = k;
        while toks
            .get(m)
            .is_some_and(|t| words.aux.contains(t.lower.as_ref()))
        {
            m += 1;
        }
        if let Some(kind) = toks.get(m).and_then(|t| kind_of(words, &t.lower)) {
            set(r, kind, 0);
            // "no one was killed or injured"
            let or = toks
                .get(m + 1)
                .is_some_and(|t| matches!(t.lower.as_ref(), "or" | "nor" | "and"));
            if let Some(other) = toks
                .get(m + 2)
                .and_then(|t| kind_of(words, &t.lower))
                .filter(|_| or)
            {
                set(r, other, 0);
            }
        }
    }
}

/// An explicit zero with the casualty noun first, opening its clause ("Пострадавших нет", "Загиблих та
/// постраждалих немає", glossed "injured not") or after "without" ("обошлось без жертв"): the kinds named
/// are zero. "Сведений о пострадавших нет" (no news about the injured) says nothing. Whether it read one.
pub(super) fn read_zero_after(
    words: &CasualtyWords,
    toks: &[Token],
    v: usize,
    r: &mut Reading,
) -> bool {
    let opens = |k: usize| k == 0 || toks[k - 1].kind == TokKind::Punct;
    let Some(first) = kind_of(words, &toks[v].lower) else {
        return false;
    };
    let without = v > 0 && words.zero_before.contains(toks[v - 1].lower.as_ref());
    let at_start = opens(v) || v >= 2 && toks[v - 1].lower == "and" && opens(v - 2);
    let mut kinds = vec![first];
    let mut next = v + 1;
    if toks.get(next).is_some_and(|t| t.lower == "and") {
        if let Some(second) = toks.get(next + 1).and_then(|t| kind_of(words, &t.lower)) {
            kinds.push(second);
            next += 2;
        }
    }
    let absent = toks
        .get(next)
        .is_some_and(|t| words.zero_after.contains(t.lower.as_ref()));
    if !(without || at_start && absent) {
        return false;
    }
    for kind in kinds {
        set(r, kind, 0);
    }
    true
}

/// A toll phrase at `v` ("toll"): "the death toll rose to 21", "bringing the death toll to two", "the
/// injured toll is 5"; the figure replaces the kind's slot, and a word of change marks an update.
pub(super) fn read_toll_phrase(words: &CasualtyWords, toks: &[Token], v: usize, r: &mut Reading) {
    // The word of change may come before the toll ("bringing the death toll to two").
    let update = toks[v.saturating_sub(3)..]
        .iter()
        .take(9)
        .any(|t| words.update.contains(t.lower.as_ref()));
    let n = (v + 1..(v + 16).min(toks.len()))
        .filter(|&k| matches!(toks[k].lower.as_ref(), "to" | "at" | "of" | "is" | "was"))
        .find_map(|k| count_at(toks, k + 1));
    // "the death toll from the weekend strike on the apartment block in the southeastern city of Dnipro has
    // risen to 35": past a long subject, the word of change says where the figure is.
    let changed_to = || {
        let change = (v + 1..(v + 40).min(toks.len()))
            .take_while(|&k| !toks[k].is_punct('.') && !toks[k].is_punct(';'))
            .find(|&k| words.update.contains(toks[k].lower.as_ref()))?;
        (change + 1..(change + 3).min(toks.len()))
            .filter(|&k| toks[k].lower == "to")
            .find_map(|k| count_at(toks, k + 1))
    };
    if let Some(n) = n.or_else(changed_to) {
        let slot = if v > 0 && toks[v - 1].lower.starts_with("injur") {
            &mut r.injured
        } else {
            &mut r.killed
        };
        *slot = Some(to_u32(n.value));
        r.update |= update;
    }
}

/// Where the words of the verb phrase ending in the casualty word at `v` start, read back through
/// auxiliaries, adverbs, an editor's "[also]", a light verb and up to two words before its noun
/// ("were reportedly killed", "sustained shrapnel wounds", "have lost their lives"). A running-count
/// adverb ("had already been injured") marks the reading an update.
pub(super) fn verb_phrase_start(
    words: &CasualtyWords,
    toks: &[Token],
    v: usize,
    r: &mut Reading,
) -> usize {
    // A light verb carries its noun ("sustained injuries"); a taking verb carries "lives" ("lost their
    // lives").
    let lives = words.lives.contains(toks[v].lower.as_ref());
    let carries = |w: &str| words.light_verbs.contains(w) || lives && words.lives_verbs.contains(w);
    let mut p = (1..=2)
        .find(|&m| {
            v > m
                && carries(toks[v - 1 - m].lower.as_ref())
                && toks[v - m..v]
                    .iter()
                    .all(|t| t.kind == TokKind::Word && !t.is_capitalized())
        })
        .map_or(v, |m| v - m);
    // "were reportedly killed": an adverb, not "family" or "Italy".
    let adverb = |t: &Token| {
        t.lower.ends_with("ly") && !t.is_capitalized() && !words.nouns.contains_key(t.bare())
    };
    let bracket = |t: &Token| t.is_punct('[') || t.is_punct(']');
    while p > 0
        && (words.aux.contains(toks[p - 1].lower.as_ref())
            || adverb(&toks[p - 1])
            || words.adverbs.contains(toks[p - 1].lower.as_ref())
            || bracket(&toks[p - 1])
            || carries(toks[p - 1].lower.as_ref()))
    {
        if words.running.contains(toks[p - 1].lower.as_ref()) {
            r.update = true;
        }
        p -= 1;
    }
    p
}

/// "53 victims" (a count right before "victims"), when the sentence has no casualty verb.
pub(super) fn counted_victims(toks: &[Token]) -> Option<u32> {
    (1..toks.len())
        .filter(|&k| toks[k].lower == "victims")
        .find_map(|k| count_ending_at(toks, k).map(|n| to_u32(n.value)))
}

/// The count that ends right before token `k` ("53 victims", "at least 12 lives"), starting within the four
/// tokens before it.
fn count_ending_at(toks: &[Token], k: usize) -> Option<crate::extract::numbers::Num> {
    (k.saturating_sub(4)..k).find_map(|s| count_at(toks, s).filter(|n| n.end == k))
}

/// "the number of injured (people) has risen to 23", "an increase in the number of victims to 13",
/// "the number of people killed reached 7": (kind, figure, whether a word of change says it is an
/// update) for the phrase starting at `v` ("number").
pub(super) fn number_of(
    words: &CasualtyWords,
    toks: &[Token],
    v: usize,
) -> Option<(Kind, u32, bool)> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    // A glossed "number" takes its noun without "of" ("кількість поранених": "number injured").
    if word(v) != "number" || word(v + 1) != "of" && !super::super::gloss::is_glossed(&toks[v]) {
        return None;
    }
    let kind = (v + 1..v + 5).find_map(|k| {
        kind_of(words, word(k)).or_else(|| words.victims.contains(word(k)).then_some(Kind::Injured))
    })?;
    let n = (v + 2..(v + 18).min(toks.len()))
        .filter(|&k| word(k) == "to" || words.update.contains(word(k)))
        // "rose to 23", "зросла — вже понад 11": a dash, an adverb or "over" may come first.
        .find_map(|k| (k + 1..k + 5).find_map(|c| count_at(toks, c)))?;
    let changed = |t: &Token| words.update.contains(t.lower.as_ref()) || t.lower == "increase";
    let update = toks[v.saturating_sub(4)..n.start].iter().any(changed);
    Some((kind, to_u32(n.value), update))
}

pub(super) fn to_u32(v: u64) -> u32 {
    u32::try_from(v).unwrap_or(u32::MAX)
}
