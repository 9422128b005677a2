//! Phrases after a preposition: a launch site after "from", a target after "at"/"on", a place; the places of
//! a list of parts ("12 — над Курской областью") and of a clause that opens with one.

use super::*;

pub(super) fn phrase_end(lex: &Lexicon, toks: &[Token], start: usize, max: usize) -> usize {
    let mut e = start;
    while e < toks.len() && e - start < max {
        let t = &toks[e];
        if t.kind == TokKind::Punct && !t.is_punct('-')
            || lex.phrases.phrase_stops.contains(t.lower.as_ref())
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
pub(super) fn launch_site(lex: &Lexicon, s: &Sentence, start: usize) -> Option<String> {
    let toks = &s.toks;
    let mut end = phrase_end(lex, toks, start, 8);
    // "from the airspace over the Kursk region": the airspace is named by the place after it.
    if end > start
        && toks[end - 1].lower == "airspace"
        && toks.get(end).is_some_and(|t| t.lower == "over")
    {
        end = phrase_end(lex, toks, end + 1, 6);
    }
    let content: Vec<&Token> = toks[start..end]
        .iter()
        .filter(|t| t.lower != "the")
        .collect();
    if content.is_empty()
        || content.len() == 1 && lex.phrases.directions.contains(content[0].lower.as_ref())
    {
        return None;
    }
    join(s, start, end)
}

/// A target: an optional "the", up to three lower-case words, then a capitalized name ("the Kerch Strait
/// Bridge", "southern Ukraine"); not a date.
pub fn target_phrase(lex: &Lexicon, s: &Sentence, start: usize) -> Option<String> {
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
        if lex.phrases.phrase_stops.contains(toks[i].lower.as_ref()) {
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
        .is_some_and(|t| lex.phrases.place_nouns.contains(t.lower.as_ref()))
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
            && !lex.phrases.phrase_stops.contains(toks[e].lower.as_ref())
            && !lex.phrases.barriers.contains(toks[e].lower.as_ref())
        {
            e += 1;
        }
    }
    join(s, start, e)
}

/// The text of tokens `a..b`, with the spacing of the original.
pub(super) fn join(s: &Sentence, a: usize, b: usize) -> Option<String> {
    s.slice(a, b).map(str::to_string)
}

/// The further parts of a list after the first: a count, an optional dash, a region word and a place
/// ("5 over Cherkasy", "3 — в Киевской области"); not a share after a part opener ("including 20 over
/// the Belgorod region").
pub(super) fn parts_after(
    lex: &Lexicon,
    s: &Sentence,
    counts: &[Num],
    from: usize,
    upper: usize,
) -> Vec<(Over, u32)> {
    let toks = &s.toks;
    // "destroyed 75 drones over several regions, including 20 over the Belgorod region": a share of the
    // figure, not a further part beside it.
    let share = |n: &Num| {
        toks[n.start.saturating_sub(2)..n.start]
            .iter()
            .any(|t| lex.phrases.part_openers.contains(t.lower.as_ref()))
    };
    counts
        .iter()
        .filter(|n| n.start >= from && n.end < upper && !share(n))
        .filter_map(|n| {
            let mut k = n.end;
            if lex.phrases.part_dashes.contains(toks[k].lower.as_ref()) {
                k += 1;
            }
            lex.phrases
                .region_words
                .contains(toks.get(k)?.lower.as_ref())
                .then_some(())?;
            Some((region_at(lex, s, k + 1)?, to_u32(n.value)))
        })
        .collect()
}

/// A place written without a name ("over neighbouring regions"), keyed by its words.
pub(super) fn unnamed_place(lex: &Lexicon, s: &Sentence, start: usize) -> Option<Over> {
    let end = phrase_end(lex, &s.toks, start, 4);
    let phrase = join(s, start, end)?
        .trim_end_matches(['.', ','])
        .to_string();
    (!phrase.is_empty()).then(|| Over {
        key: phrase.to_lowercase(),
        phrase,
    })
}

/// "Over the Moscow region, 40 drones were shot down", "Над Московским регионом сбили 40 дронов": a clause
/// opening with its place before the mention at `start`.
pub(super) fn opening_region(
    lex: &Lexicon,
    s: &Sentence,
    lower: usize,
    start: usize,
) -> Option<Over> {
    let opens = s
        .toks
        .get(lower)
        .is_some_and(|t| lex.phrases.region_openers.contains(t.lower.as_ref()));
    (opens && lower + 1 < start)
        .then(|| region_at(lex, s, lower + 1))
        .flatten()
}

/// "over Russia", "над регионами России": the place's first name, within four words, is a whole country.
pub(super) fn names_country(lex: &Lexicon, toks: &[Token], start: usize) -> bool {
    toks.iter()
        .skip(start)
        .take(4)
        .find(|t| t.is_capitalized())
        .is_some_and(|t| lex.phrases.countries.contains(t.lower.as_ref()))
}
