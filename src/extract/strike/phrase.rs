//! Phrases after a preposition: a launch site after "from", a target after "at"/"on", a place.

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
