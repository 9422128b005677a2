//! Attributed statements: who says what a sentence reports ("according to X", "X said", "said X",
//! "Russian sources widely claimed", "she wrote" for the last person named).

use super::fact::Claim;
use super::people::{is_name_token, people_lexicon, Found, PeopleLexicon};
use super::tokens::{TokKind, Token};
use super::Sentence;

/// The claims of the sentences: one per speaker, with every sentence attributed to them as
/// evidence (in text order), placed at the speaker's first statement.
pub fn extract(sents: &[Sentence], found: &Found) -> Vec<(usize, Claim)> {
    let mut out: Vec<(usize, Claim)> = Vec::new();
    for (si, s) in sents.iter().enumerate() {
        for by in speakers(s, si, Some(found)) {
            let same = out.iter_mut().find(|(_, c)| c.by.eq_ignore_ascii_case(&by));
            match same {
                Some((_, claim)) => {
                    if claim.evidence.last().map(|e| e.span) != Some([s.start, s.end]) {
                        claim.evidence.push(s.evidence());
                    }
                }
                None => out.push((
                    s.start,
                    Claim {
                        by,
                        evidence: vec![s.evidence()],
                    },
                )),
            }
        }
    }
    out
}

/// Who the sentence attributes its content to, in short ("According to the Air Force of the Ukrainian
/// Armed Forces" gives "Air Force"), or `None`.
pub fn attribution(s: &Sentence) -> Option<String> {
    let mut first = None;
    each_speaker(s, 0, None, |by| {
        first = Some(by);
        false
    });
    first
}

fn speakers(s: &Sentence, si: usize, found: Option<&Found>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    each_speaker(s, si, found, |by| {
        if !out.contains(&by) {
            out.push(by);
        }
        true
    });
    out
}

/// Calls `f` with each non-empty speaker of the sentence, left to right, while it returns true.
fn each_speaker(s: &Sentence, si: usize, found: Option<&Found>, mut f: impl FnMut(String) -> bool) {
    let lex = people_lexicon();
    let toks = &s.toks;
    for (v, t) in toks.iter().enumerate() {
        let by = if t.lower == "according" && toks.get(v + 1).is_some_and(|n| n.lower == "to") {
            according_to(s, v + 2)
        } else if !t.is_capitalized() && lex.speech_verbs.contains(t.lower.as_ref()) {
            subject(lex, s, v, si, found).or_else(|| after_verb(s, v + 1, found))
        } else {
            None
        };
        if let Some(by) = by.filter(|b| !b.is_empty()) {
            if !f(by) {
                return;
            }
        }
    }
}

fn according_to(s: &Sentence, start: usize) -> Option<String> {
    let toks = &s.toks;
    let mut a = start;
    if toks.get(a).is_some_and(|t| t.lower == "the") {
        a += 1;
    }
    // "according to Ukrainian commander Oleksandr Syrskyi", "the acting governor Alexei Smirnov":
    // roles before a name are not the speaker.
    let lex = people_lexicon();
    let mut k = a;
    while k < toks.len() && k - a < 5 && is_role(lex, &toks[k]) {
        k += 1;
    }
    if k > a {
        let mut e = k;
        while e < toks.len() && is_name_token(&toks[e]) && e - k < 4 {
            e += 1;
        }
        if e > k && !toks[k..e].iter().any(|t| lex.not_person.contains(t.bare())) {
            return s.slice(k, e).map(strip_possessive);
        }
    }
    let first = toks.get(a)?;
    let mut e = a;
    if first.is_capitalized() {
        while e < toks.len() && toks[e].is_capitalized() && e - a < 6 {
            e += 1;
        }
    } else {
        while e < toks.len() && toks[e].kind != TokKind::Punct && e - a < 8 {
            e += 1;
        }
    }
    s.slice(a, e).map(strip_possessive)
}

fn strip_possessive(x: &str) -> String {
    x.strip_suffix("’s")
        .or_else(|| x.strip_suffix("'s"))
        .unwrap_or(x)
        .to_string()
}

/// The subject written before a speech verb, skipping adverbs, auxiliaries and one comma after a name.
fn subject(
    lex: &PeopleLexicon,
    s: &Sentence,
    v: usize,
    si: usize,
    found: Option<&Found>,
) -> Option<String> {
    let toks = &s.toks;
    let mut j = v;
    // "Zelensky, who was born in Kryvyi Rih, said": the subject is before the relative clause.
    if v >= 2 && toks[v - 1].is_punct(',') {
        let relative = (v.saturating_sub(14)..v - 1).rev().find(|&k| {
            k >= 2 && matches!(toks[k].lower.as_ref(), "who" | "whose") && toks[k - 1].is_punct(',')
        });
        if let Some(k) = relative {
            j = k - 1;
        }
    }
    if j == v && v >= 2 && toks[v - 1].is_punct(',') && !is_name_token(&toks[v - 2]) {
        let appositive = (v.saturating_sub(14)..v - 1)
            .rev()
            .find(|&k| k >= 1 && toks[k].is_punct(',') && is_name_token(&toks[k - 1]));
        if let Some(k) = appositive {
            j = k;
        }
    }
    while j > 0 {
        let t = &toks[j - 1];
        let skip = t.lower.ends_with("ly") && t.kind == TokKind::Word
            || matches!(
                t.lower.as_ref(),
                "has" | "have" | "had" | "also" | "was" | "is" | "reportedly"
            )
            || t.is_punct(',') && j >= 2 && is_name_token(&toks[j - 2]);
        if !skip {
            break;
        }
        j -= 1;
    }
    let t = toks.get(j.checked_sub(1)?)?;
    if lex.pronouns.contains(t.lower.as_ref()) {
        return found
            .and_then(|f| f.last_before(si, j - 1))
            .map(|p| p.name.clone());
    }
    let stop = &super::grammar::grammar().subject_stop;
    if t.kind != TokKind::Word || stop.contains(&t.lower) {
        return None;
    }
    let cap = t.is_capitalized();
    let mut a = j - 1;
    while a > 0 && j - a < if cap { 7 } else { 3 } {
        let p: &Token = &toks[a - 1];
        // "the Ministry of Defence said"
        let of_name = cap && p.lower == "of" && a >= 2 && toks[a - 2].is_capitalized();
        let ok = of_name
            || p.kind == TokKind::Word
                && !stop.contains(&p.lower)
                && (!cap || p.is_capitalized())
                && !lex.speech_verbs.contains(p.lower.as_ref());
        if !ok {
            break;
        }
        a -= 1;
    }
    let run = &toks[a..j];
    let head = run.last()?.bare();
    let plausible = if cap {
        !run.iter().all(|t| {
            lex.nationalities.contains(t.lower.as_ref()) || lex.modifiers.contains(t.lower.as_ref())
        })
    } else {
        lex.speaker_nouns.contains(head) || lex.role_words.contains(head)
    };
    if !plausible {
        return None;
    }
    // After the last role word, or from a known given name ("governor of Sevastopol Mikhail
    // Razvozhayev").
    let name_start = (a..j)
        .rev()
        .find(|&k| is_role(lex, &toks[k]))
        .map_or(a, |k| k + 1);
    let name_start = (name_start..j)
        .find(|&k| j - k >= 2 && lex.given_names.contains(toks[k].bare()))
        .unwrap_or(name_start);
    let named = cap
        && name_start > a
        && (2..=3).contains(&(j - name_start))
        && toks[name_start..j]
            .iter()
            .all(|t| is_name_token(t) && !lex.not_person.contains(t.bare()));
    let phrase = s
        .slice(if named { name_start } else { a }, j)
        .map(strip_possessive)?;
    Some(person_or(found, phrase))
}

/// A title, role, modifier or nationality word ("President", "commander", "acting", "Ukrainian").
fn is_role(lex: &PeopleLexicon, t: &Token) -> bool {
    let w = t.bare();
    lex.titles.contains(w)
        || lex.role_words.contains(w)
        || lex.modifiers.contains(w)
        || lex.nationalities.contains(w)
}

/// "said Daria Herasymchuk", "said the ministry": the speaker after the verb.
fn after_verb(s: &Sentence, start: usize, found: Option<&Found>) -> Option<String> {
    let toks = &s.toks;
    let mut a = start;
    if toks.get(a).is_some_and(|t| t.lower == "the") {
        a += 1;
    }
    let mut e = a;
    while e < toks.len() && is_name_token(&toks[e]) && e - a < 6 {
        e += 1;
    }
    let phrase = s.slice(a, e).map(strip_possessive)?;
    Some(person_or(found, phrase))
}

/// The known person's full name when the phrase ends in their surname, else the phrase.
fn person_or(found: Option<&Found>, phrase: String) -> String {
    found
        .and_then(|f| f.lookup(&phrase))
        .map_or(phrase, |p| p.name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Speakers, one per claim fact.
    fn who(body: &str) -> Vec<String> {
        let sents = Sentence::all(body);
        let found = super::super::people::extract(&sents);
        extract(&sents, &found)
            .into_iter()
            .map(|(_, c)| c.by)
            .collect()
    }

    #[test]
    fn speakers_before_and_after_verbs() {
        assert_eq!(
            who("Russian sources widely claimed that it was so."),
            vec!["Russian sources"]
        );
        assert_eq!(
            who("Talks go on, the Financial Times says."),
            vec!["Financial Times"]
        );
        assert_eq!(
            who("Ukrainian Deputy Defence Minister Anna Malyar has confirmed it. “It is hard,” she wrote."),
            vec!["Anna Malyar"]
        );
        assert_eq!(
            who("According to the Air Force of the Ukrainian Armed Forces, six fell."),
            vec!["Air Force"]
        );
        assert_eq!(who("Six drones fell over the sea."), Vec::<String>::new());
    }

    #[test]
    fn a_role_before_the_name_is_not_the_speaker() {
        assert_eq!(
            who("Russia has 110,000 troops there, according to Ukrainian commander Oleksandr Syrskyi."),
            vec!["Oleksandr Syrskyi"]
        );
        assert_eq!(
            who("They advanced 10 km, according to the acting governor Alexei Smirnov."),
            vec!["Alexei Smirnov"]
        );
        assert_eq!(
            who("Traffic stopped, the Russian-installed governor of Sevastopol Mikhail Razvozhayev said."),
            vec!["Mikhail Razvozhayev"]
        );
        assert_eq!(
            who("President Volodymyr Zelensky, who was born in Kryvyi Rih, said Russia wants war."),
            vec!["Volodymyr Zelensky"]
        );
    }

    #[test]
    fn one_claim_per_speaker_with_every_sentence() {
        let body =
            "Anna Malyar has confirmed it. Rain fell. “It is hard,” she wrote. Kyiv said no.";
        let sents = Sentence::all(body);
        let found = super::super::people::extract(&sents);
        let claims = extract(&sents, &found);
        let malyar = &claims
            .iter()
            .find(|(_, c)| c.by == "Anna Malyar")
            .unwrap()
            .1;
        let said: Vec<&str> = malyar
            .evidence
            .iter()
            .map(|e| e.sentence.as_str())
            .collect();
        assert_eq!(
            said,
            ["Anna Malyar has confirmed it.", "“It is hard,” she wrote."]
        );
    }
}
