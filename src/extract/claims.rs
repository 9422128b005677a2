//! Attributed statements: who says what a sentence reports ("according to X", "X said", "said X",
//! "Russian sources widely claimed", "she wrote" for the last person named).

use super::fact::Claim;
use super::people::{is_name_token, people_lexicon, Found, PeopleLexicon};
use super::tokens::{TokKind, Token};
use super::Sentence;

/// The claims of the sentences: one per speaker, with every sentence attributed to them as
/// evidence (in text order), placed at the speaker's first statement. "He said" is a person named as a
/// subject or who spoke just before (`Context::pronoun`); a sentence that is only a quote, with no speaker of its own,
/// continues the speaker of the sentence before it when it names nobody.
pub fn extract(sents: &[Sentence], found: &Found) -> Vec<(usize, Claim)> {
    let mut out: Vec<(usize, Claim)> = Vec::new();
    let mut person_speakers: Vec<Option<String>> = Vec::with_capacity(sents.len());
    let mut previous: Vec<String> = Vec::new();
    for (si, s) in sents.iter().enumerate() {
        let ctx = Context {
            found,
            sents,
            si,
            person_speakers: &person_speakers,
        };
        let mut by_all = speakers(s, Some(&ctx));
        let names_someone = found.mentions.iter().any(|&(m, _, _)| m == si);
        if by_all.is_empty() && opens_with_quote(s) && !names_someone {
            by_all = previous.clone();
        }
        for by in &by_all {
            add_claim(&mut out, s, by);
        }
        let person = by_all
            .iter()
            .find(|by| found.lookup(by).is_some_and(|p| p.name == **by));
        person_speakers.push(person.cloned());
        previous = by_all;
    }
    out
}

/// Adds sentence `s` to the claim of `by`, or opens one.
fn add_claim(out: &mut Vec<(usize, Claim)>, s: &Sentence, by: &str) {
    match out.iter_mut().find(|(_, c)| c.by.eq_ignore_ascii_case(by)) {
        Some((_, claim)) => {
            if claim.evidence.last().map(|e| e.span) != Some([s.start, s.end]) {
                claim.evidence.push(s.evidence());
            }
        }
        None => out.push((
            s.start,
            Claim {
                by: by.to_string(),
                evidence: vec![s.evidence()],
            },
        )),
    }
}

/// Whether the sentence opens with a quote mark ("“We will rebuild,” ...").
fn opens_with_quote(s: &Sentence) -> bool {
    s.toks.first().is_some_and(Token::is_quote)
}

/// What a sentence's speakers are read against: the people of the text, the sentences, this one's
/// index, and the person who spoke in each sentence before it.
struct Context<'a> {
    found: &'a Found,
    sents: &'a [Sentence<'a>],
    si: usize,
    person_speakers: &'a [Option<String>],
}

impl Context<'_> {
    /// Whom "he"/"she" at token `tok` means: the first person named as a subject (not "Putin's
    /// spokesman") earlier in the sentence; else, in the nearest of the three sentences before that
    /// names someone, the person who spoke there, or the first person named as a subject.
    fn pronoun(&self, tok: usize) -> Option<String> {
        let subject_in = |si: usize, before: usize| {
            let toks = &self.sents.get(si)?.toks;
            self.found
                .mentions
                .iter()
                .filter(|&&(m, t, _)| m == si && t < before)
                .find(|&&(_, t, _)| {
                    let end = (t..toks.len())
                        .take_while(|&k| super::people::is_name_token(&toks[k]))
                        .last()
                        .unwrap_or(t);
                    !toks[end].lower.ends_with("’s") && !toks[end].lower.ends_with("'s")
                })
                .map(|&(_, _, p)| self.found.persons[p].1.name.clone())
        };
        if let Some(p) = subject_in(self.si, tok) {
            return Some(p);
        }
        (self.si.saturating_sub(3)..self.si).rev().find_map(|k| {
            self.person_speakers
                .get(k)
                .cloned()
                .flatten()
                .or_else(|| subject_in(k, usize::MAX))
        })
    }
}

/// Who the sentence attributes its content to, in short ("According to the Air Force of the Ukrainian
/// Armed Forces" gives "Air Force"), or `None`.
pub fn attribution(s: &Sentence) -> Option<String> {
    let mut first = None;
    each_speaker(s, None, |by| {
        first = Some(by);
        false
    });
    first
}

fn speakers(s: &Sentence, ctx: Option<&Context>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    each_speaker(s, ctx, |by| {
        if !out.contains(&by) {
            out.push(by);
        }
        true
    });
    out
}

/// Calls `f` with each non-empty speaker of the sentence, left to right, while it returns true.
fn each_speaker(s: &Sentence, ctx: Option<&Context>, mut f: impl FnMut(String) -> bool) {
    let found = ctx.map(|c| c.found);
    let lex = people_lexicon();
    let toks = &s.toks;
    for (v, t) in toks.iter().enumerate() {
        let by = if t.lower == "according" && toks.get(v + 1).is_some_and(|n| n.lower == "to") {
            according_to(s, v + 2, ctx)
        } else if !t.is_capitalized() && lex.speech_verbs.contains(t.lower.as_ref()) {
            // "has been confirmed": a passive verb has no speaker after it.
            let passive = v > 0
                && matches!(
                    toks[v - 1].lower.as_ref(),
                    "been" | "was" | "were" | "is" | "are" | "be" | "being"
                );
            subject(lex, s, v, ctx)
                .or_else(|| (!passive).then(|| after_verb(s, v + 1, found)).flatten())
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

fn according_to(s: &Sentence, start: usize, ctx: Option<&Context>) -> Option<String> {
    let toks = &s.toks;
    // "according to him": the person "he" would be.
    if toks
        .get(start)
        .is_some_and(|t| people_lexicon().object_pronouns.contains(t.lower.as_ref()))
    {
        return ctx?.pronoun(start);
    }
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
            // "Ukrainian and American officials": nationalities joined by "and".
            let joined = toks
                .get(e)
                .is_some_and(|t| t.lower == "and" || t.lower == "or")
                && lex.nationalities.contains(toks[e - 1].lower.as_ref())
                && toks
                    .get(e + 1)
                    .is_some_and(|t| lex.nationalities.contains(t.lower.as_ref()));
            if joined {
                e += 1;
            }
        }
        // "the Ministry of Defence": a one-word name takes its "of" phrase ("the Air Force of the
        // Armed Forces" stays "Air Force").
        if e == a + 1 && toks.get(e).is_some_and(|t| t.lower == "of") {
            let mut k = e + 1;
            while k < toks.len() && toks[k].is_capitalized() && k - e < 4 {
                k += 1;
            }
            if k > e + 1 {
                e = k;
            }
        }
        e = through_speaker_noun(lex, toks, a, e);
    } else {
        while e < toks.len() && toks[e].kind != TokKind::Punct && e - a < 8 {
            e += 1;
        }
    }
    s.slice(a, e).map(strip_possessive)
}

/// The end of a speaker phrase whose capitalized words (`a..e`) stand before the lower-case noun that
/// heads it: "Western officials", "Kyiv's military administration", "Ukraine's air force" (up to three
/// more words, ending in a speaker noun or role word). A possessive alone ("Kyiv's") names no speaker.
fn through_speaker_noun(lex: &PeopleLexicon, toks: &[Token], a: usize, e: usize) -> usize {
    let stop = &super::grammar::grammar().subject_stop;
    let head = (e..(e + 3).min(toks.len()))
        .take_while(|&k| {
            toks[k].kind == TokKind::Word
                && !toks[k].is_capitalized()
                && !stop.contains(&toks[k].lower)
        })
        .filter(|&k| {
            let w = toks[k].bare();
            lex.speaker_nouns.contains(w) || lex.role_words.contains(w)
        })
        .last();
    match head {
        Some(k) => k + 1,
        None => e,
    }
    .max(a)
}

fn strip_possessive(x: &str) -> String {
    x.strip_suffix("’s")
        .or_else(|| x.strip_suffix("'s"))
        .unwrap_or(x)
        .to_string()
}

/// Where the subject of the speech verb at `v` ends when an aside between commas stands before the verb:
/// "Zelensky, who was born in Kryvyi Rih, said" (a relative clause), "Zelensky, the country's president,
/// said" (a role); else `v`.
fn before_aside(lex: &PeopleLexicon, toks: &[Token], v: usize) -> usize {
    if v < 2 || !toks[v - 1].is_punct(',') {
        return v;
    }
    let relative = (v.saturating_sub(14)..v - 1).rev().find(|&k| {
        k >= 2 && matches!(toks[k].lower.as_ref(), "who" | "whose") && toks[k - 1].is_punct(',')
    });
    if let Some(k) = relative {
        return k - 1;
    }
    if is_name_token(&toks[v - 2]) {
        return v;
    }
    (v.saturating_sub(14)..v - 1)
        .rev()
        .find(|&k| k >= 1 && toks[k].is_punct(',') && is_name_token(&toks[k - 1]))
        .filter(|&k| toks[k + 1..v - 1].iter().any(|t| is_role(lex, t)))
        .unwrap_or(v)
}

/// The subject written before a speech verb, skipping adverbs, auxiliaries and one comma after a name.
fn subject(lex: &PeopleLexicon, s: &Sentence, v: usize, ctx: Option<&Context>) -> Option<String> {
    let toks = &s.toks;
    let found = ctx.map(|c| c.found);
    let j = skip_back(lex, toks, before_aside(lex, toks, v));
    let t = toks.get(j.checked_sub(1)?)?;
    if lex.pronouns.contains(t.lower.as_ref()) {
        // "he said": a subject or a speaker, not whoever was named last ("Zelensky spoke hours after
        // Putin ... he said").
        return ctx?.pronoun(j - 1);
    }
    let stop = &super::grammar::grammar().subject_stop;
    if t.kind != TokKind::Word || stop.contains(&t.lower) || lex.not_speakers.contains(t.bare()) {
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
                && !lex.not_speakers.contains(p.bare())
                && (!cap || p.is_capitalized())
                && !lex.speech_verbs.contains(p.lower.as_ref());
        if !ok {
            break;
        }
        a -= 1;
    }
    if cap {
        a = office_of(lex, toks, a);
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
    // "Ambassador to Russia Rodion Miroshnik": a country before the name is not part of it.
    let name_start = (name_start..j)
        .find(|&k| j - k < 3 || !lex.not_person.contains(toks[k].bare()))
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

/// Where the subject of a speech verb at `j` ends, read back past adverbs, auxiliaries, a comma after a
/// name and a day ("Russia on Thursday confirmed", "Kyiv also said").
fn skip_back(lex: &PeopleLexicon, toks: &[Token], mut j: usize) -> usize {
    while j > 0 {
        let t = &toks[j - 1];
        let day = lex.not_speakers.contains(t.bare())
            && j >= 2
            && matches!(toks[j - 2].lower.as_ref(), "on" | "late" | "early");
        if day {
            j -= 2;
            continue;
        }
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
    j
}

/// The start of an office named by a place after "of" ("the governor of the southern region of
/// Mykolaiv said": from "governor"), when the capitalized run at `a` follows "of" and a role word or
/// speaker noun stands at most six words before it; else `a`.
fn office_of(lex: &PeopleLexicon, toks: &[Token], a: usize) -> usize {
    if a == 0 || toks[a - 1].lower != "of" {
        return a;
    }
    (a.saturating_sub(7)..a - 1)
        .rev()
        .take_while(|&k| {
            toks[k].kind == TokKind::Word && !lex.speech_verbs.contains(toks[k].lower.as_ref())
        })
        .filter(|&k| {
            let w = toks[k].bare();
            !toks[k].is_capitalized()
                && (lex.role_words.contains(w) || lex.speaker_nouns.contains(w))
        })
        .last()
        .unwrap_or(a)
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
    if toks
        .get(a)
        .is_some_and(|t| people_lexicon().not_speakers.contains(t.bare()))
    {
        return None;
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

    /// A speaker is a person or an office the text names, never a fragment of one.
    #[test]
    fn offices_are_whole_speakers() {
        for (body, speaker) in [
            (
                "Moscow has cut its rate of fire, according to Western officials.",
                "Western officials",
            ),
            (
                "According to Kyiv's military administration, the alert lasted three hours.",
                "Kyiv's military administration",
            ),
            (
                "Two drones were downed, according to Ukraine's air force.",
                "Ukraine's air force",
            ),
            (
                "According to the regional governor, a school was damaged.",
                "regional governor",
            ),
            (
                "The strike damaged a substation, the regional governor said.",
                "regional governor",
            ),
            (
                "According to the Ministry of Defence, 30 drones were destroyed.",
                "Ministry of Defence",
            ),
        ] {
            assert_eq!(who(body), vec![speaker], "{body}");
        }
    }

    /// Days, platforms, places in passing and passive verbs name no speaker; an office after "of" is
    /// whole; a country before a name is not part of it.
    #[test]
    fn no_fragments_for_speakers() {
        for (body, speakers) in [
            (
                "Authorities in Russia's Krasnodar region said Monday that the fire was out.",
                vec![],
            ),
            (
                "Ukraine and Russia on Thursday confirmed a new exchange of prisoners.",
                vec!["Russia"],
            ),
            (
                "Two drones fell near a school in Kherson, the city's mayor wrote on Telegram.",
                vec!["city's mayor"],
            ),
            (
                "“The downing of 14 drones has been confirmed Sumy and Poltava regions,” the summary \
                 reads.",
                vec![],
            ),
            (
                "The governor of the northern region of Chernihiv said a drone hit a farm.",
                vec!["governor of the northern region of Chernihiv"],
            ),
            (
                "Shells hit three villages, the envoy to Russia Leonid Pasechnik said Friday.",
                vec!["Leonid Pasechnik"],
            ),
            (
                "About a third of the unit was lost, according to Ukrainian and British officials.",
                vec!["Ukrainian and British officials"],
            ),
            (
                "In the suburbs of Odesa, three people were hurt and a house burned, said Governor \
                 Oleh Kiper.",
                vec!["Oleh Kiper"],
            ),
        ] {
            assert_eq!(who(body), speakers, "{body}");
        }
        // "according to him" is the person "he" would be.
        assert_eq!(
            who("Governor Vadym Filashkin spoke on television. According to him, six were hurt."),
            vec!["Vadym Filashkin"]
        );
    }

    /// "He said" is the person who spoke or was the subject just before, not the last name written.
    #[test]
    fn a_pronoun_is_the_speaker_or_subject_before_it() {
        let claims = |body: &str| -> Vec<(String, usize)> {
            let sents = Sentence::all(body);
            let found = super::super::people::extract(&sents);
            extract(&sents, &found)
                .into_iter()
                .map(|(_, c)| (c.by, c.evidence.len()))
                .collect()
        };
        // A wire's style: the speaker, then a politician named in passing, then "he said".
        assert_eq!(
            claims(
                "President Volodymyr Zelensky spoke on Tuesday, hours after Vladimir Putin \
                 addressed the Duma. “We will rebuild every house,” he said."
            ),
            vec![("Volodymyr Zelensky".to_string(), 1)]
        );
        // A new subject takes over from an earlier speaker; a possessive name is not the subject.
        assert_eq!(
            claims(
                "Governor Oleh Synehubov said two people were hurt. Later, Vladimir Putin's \
                 spokesman Dmitry Peskov met reporters. “There will be an answer,” he said."
            ),
            vec![
                ("Oleh Synehubov".to_string(), 1),
                ("Dmitry Peskov".to_string(), 1)
            ]
        );
    }

    /// A sentence that is only a quote belongs to the speaker of the sentence before it; a quote whose
    /// sentence names its speaker belongs to that one.
    #[test]
    fn a_quote_goes_to_the_speaker_of_its_sentence_or_the_one_before() {
        let body = "Mayor Ihor Terekhov said the city would rebuild. “Not one house will stay \
                    ruined.” “We have no choice,” President Volodymyr Zelensky replied.";
        let sents = Sentence::all(body);
        let found = super::super::people::extract(&sents);
        let claims: Vec<(String, usize)> = extract(&sents, &found)
            .into_iter()
            .map(|(_, c)| (c.by, c.evidence.len()))
            .collect();
        assert_eq!(
            claims,
            vec![
                ("Ihor Terekhov".to_string(), 2),
                ("Volodymyr Zelensky".to_string(), 1)
            ]
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
