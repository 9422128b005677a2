//! The region gazetteer (`assets/regions.toml`) and the one-pass tagger.
//!
//! Use [`tag`] for an article's regions (the JSON `"regions"` list; `spans` for
//! highlighting) and [`gazetteer`]`().regions()` for every region a picker can offer
//! (canonical name, country, id, spellings and places); `gazetteer().lookup("Kharkov")`
//! resolves one typed spelling to its regions.
//!
//! # When a name counts as a place (rules for the README)
//!
//! 1. Every spelling in the gazetteer is matched in one pass, ignoring case and
//!    apostrophes, as a whole word only ("Lviv" never inside "Lvivx", "Sumy" never inside
//!    "consumy"). A possessive ("Kharkiv's", "Kharkiv’s") and a following "region" or
//!    "Oblast" are fine. The longest spelling wins: "Bilhorod-Dnistrovskyi" is Odesa, not
//!    Belgorod; "Slavyansk-na-Kubani" is Krasnodar, not Sloviansk.
//! 2. A city, town or landmark counts for its region ("Kupyansk" → Kharkiv, "Kerch Strait
//!    Bridge" → Crimea). "Donbas"/"Donbass" counts once for Donetsk and once for Luhansk.
//! 3. A dateline is where a report was filed, not where something happened, so it does not
//!    count: a name first on its line followed by an agency and a dash ("Kyiv (Reuters) –"),
//!    by a date ("Moscow, May 16."), or written in capitals and followed by a comma,
//!    parenthesis or dash ("KYIV –", "KHARKIV, Ukraine (AP) —").
//! 4. A capital (Kyiv/Kiev, Moscow) used for its government does not count. It is a
//!    government when it is
//!    - followed by a government word or used as an attribute: "the Kiev regime",
//!      "Moscow officials", "Kyiv's allies", "Kyiv-backed", "Moscow time", "the Kyiv Independent",
//!      "Moscow's shadow fleet", "the Kiev regime's attempt";
//!    - paired with another power: "in both Kiev and the West";
//!    - after "officials/authorities/sources in", after "by/with/between/for/pro-", or after
//!      "according to"/"aid to"/"pressure on"/"sanctions against": "officials in Kyiv and Moscow",
//!      "talks with Moscow", "support for Kyiv", "according to Kyiv", "pressure on Moscow";
//!    - the subject of a verb of saying, wanting or acting: "Kyiv said", "Kiev has faced
//!      setbacks", "Moscow Expected to Retaliate", "the first strike Kiev has conducted".
//! 5. A capital is a place when it is followed by "region", "Oblast", "city", "residents"...
//!    ("in the Kyiv region"), follows a preposition of place or an attack verb ("explosions
//!    in Kyiv", "drones attacked Kyiv", "over Moscow"), or is the subject of an attack in
//!    the passive ("Kyiv was hit", "Kyiv hit by drones", "Kyiv came under attack"). With no
//!    cue either way it counts.
//! 6. Other places always count. "Dnipro" right after "the" or before "River" is the river,
//!    a namesake abroad ("Odessa, Texas") is not counted, nor is a place in a club's name
//!    ("Shakhtar Donetsk", "Dynamo Kyiv") or a birthplace ("an Odesa-born pianist").
//!
//! The cue words for rules 3–6 are data: the `[cues]` table of `assets/regions.toml`.

mod context;
mod gazetteer;
mod parts;

pub use gazetteer::{gazetteer, Gazetteer, GazetteerError, Group, Place, Region};

use gazetteer::{Kind, APOSTROPHES};
use std::borrow::Cow;

pub use crate::doc::RegionTag;

/// The whole analysis of `body`: its blocks and sentences (`Doc::text`) and the regions it names.
pub fn analyse(body: &str) -> crate::doc::Doc<'_> {
    let mut doc = crate::doc::Doc::text(body);
    doc.regions = tag(body);
    doc
}

/// Regions mentioned in `body` as places, sorted by mentions (descending) then name,
/// using the shipped gazetteer. Linear in the length of `body`.
pub fn tag(body: &str) -> Vec<RegionTag> {
    gazetteer().tag(body)
}

/// `body` with apostrophes removed, and where they were: (position in the folded text,
/// bytes removed there).
struct Folded<'a> {
    text: Cow<'a, str>,
    removed: Vec<(usize, usize)>,
}

impl<'a> Folded<'a> {
    fn new(body: &'a str) -> Folded<'a> {
        let mut found = apostrophes(body).peekable();
        if found.peek().is_none() {
            return Folded {
                text: Cow::Borrowed(body),
                removed: Vec::new(),
            };
        }
        // The text between apostrophes is copied a run at a time.
        let mut text = String::with_capacity(body.len());
        let mut removed: Vec<(usize, usize)> = Vec::new();
        let (mut total, mut last) = (0, 0);
        for (i, len) in found {
            text.push_str(&body[last..i]);
            total += len;
            removed.push((text.len(), total));
            last = i + len;
        }
        text.push_str(&body[last..]);
        Folded {
            text: Cow::Owned(text),
            removed,
        }
    }

    /// Original offset of a folded match start (apostrophes at `pos` lie before it).
    fn start(&self, pos: usize) -> usize {
        let n = self.removed.partition_point(|&(p, _)| p <= pos);
        pos + n.checked_sub(1).map_or(0, |i| self.removed[i].1)
    }

    /// Original offset of a folded match end (apostrophes at `pos` lie after it).
    fn end(&self, pos: usize) -> usize {
        let n = self.removed.partition_point(|&(p, _)| p < pos);
        pos + n.checked_sub(1).map_or(0, |i| self.removed[i].1)
    }
}

/// Where the `APOSTROPHES` are in `body`: (byte offset, length). A byte scan for their first bytes, then
/// a check of the character there: the body of every report is folded, and matching the characters one
/// by one cost ten times as much.
fn apostrophes(body: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    // Whether a byte may start one of the `APOSTROPHES`.
    const FIRST: [bool; 256] = {
        let mut table = [false; 256];
        let mut k = 0;
        while k < APOSTROPHES.len() {
            table[APOSTROPHES[k].encode_utf8(&mut [0; 4]).as_bytes()[0] as usize] = true;
            k += 1;
        }
        table
    };
    let bytes = body.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || loop {
        let i = from + bytes[from..].iter().position(|&b| FIRST[usize::from(b)])?;
        let c = body[i..].chars().next()?;
        from = i + c.len_utf8();
        if APOSTROPHES.contains(&c) {
            return Some((i, c.len_utf8()));
        }
    })
}

/// Whether `start..end` in `body` is a whole word (a possessive "'s" may follow).
fn is_whole_word(body: &str, start: usize, end: usize) -> bool {
    if body[..start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
    {
        return false;
    }
    let mut rest = body[end..].chars();
    match rest.next() {
        None => true,
        Some(c) if APOSTROPHES.contains(&c) => match rest.next() {
            Some('s') => !rest.next().is_some_and(char::is_alphanumeric),
            Some(c) => !c.is_alphanumeric(),
            None => true,
        },
        Some(c) => !c.is_alphanumeric(),
    }
}

/// Whether `c` is a Cyrillic letter.
fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}')
}

impl Gazetteer {
    /// The pattern and the span in `body` of automaton match `m` of pattern `id`: the match itself when it is a whole
    /// word, or the whole word when the match is a stem and the rest of the word one of its endings
    /// ("Харківщині"). `None` otherwise, and for a Cyrillic name in lower case ("сума" is not Суми).
    fn word_at(
        &self,
        folded: &Folded,
        body: &str,
        id: usize,
        m: &aho_corasick::Match,
    ) -> Option<(usize, usize, usize)> {
        let text = folded.text.as_ref();
        let (fs, fe) = (m.start(), m.end());
        if text[fs..]
            .chars()
            .next()
            .is_some_and(|c| is_cyrillic(c) && c.is_lowercase())
        {
            return None;
        }
        let (start, end) = (folded.start(fs), folded.end(fe));
        if !body.is_char_boundary(start) || !body.is_char_boundary(end) {
            return None;
        }
        if is_whole_word(body, start, end) {
            return Some((id, start, end));
        }
        if text[..fs]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        {
            return None;
        }
        let word_end = text[fe..]
            .find(|c: char| !c.is_alphabetic())
            .map_or(text.len(), |i| fe + i);
        if text[word_end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
        {
            return None;
        }
        let id = self.inflected(text, fs, word_end)?;
        let end = folded.end(word_end);
        body.is_char_boundary(end).then_some((id, start, end))
    }

    /// Regions mentioned in `body` as places, sorted by mentions (descending) then name.
    /// Datelines, capitals standing for governments and river names are not counted
    /// (see the module rules). Linear in the length of `body`.
    pub fn tag(&self, body: &str) -> Vec<RegionTag> {
        let folded = Folded::new(body);
        let mut tags: Vec<Option<RegionTag>> = vec![None; self.regions().len()];
        for (id, m) in self.matches(folded.text.as_ref()) {
            let Some((id, start, end)) = self.word_at(&folded, body, id, &m) else {
                continue;
            };
            let Some(pattern) = self.pattern(id) else {
                continue;
            };
            if self.cues().is_dateline(body, start, end) || self.cues().is_elsewhere(body, end) {
                continue;
            }
            let before = context::Cues::words_before(body, start);
            if self.cues().is_name_part(body, end, &before) || self.cues().is_distance(&before) {
                continue;
            }
            let counts = match pattern.kind {
                Kind::Plain => true,
                Kind::Capital => self.cues().capital_is_place(body, start, end),
                Kind::River => !self.cues().is_river(body, end, &before),
            };
            if !counts {
                continue;
            }
            let written = &body[start..end];
            for &r in &pattern.regions {
                let (Some(slot), Some(region)) = (tags.get_mut(r), self.regions().get(r)) else {
                    continue;
                };
                let t = slot.get_or_insert_with(|| RegionTag {
                    name: region.name.clone(),
                    country: region.country.clone(),
                    mentions: 0,
                    places: Vec::new(),
                    spans: Vec::new(),
                });
                t.mentions += 1;
                if !t.places.iter().any(|p| p == written) {
                    t.places.push(written.to_owned());
                }
                t.spans.push(start..end);
            }
        }
        let mut out: Vec<RegionTag> = tags.into_iter().flatten().collect();
        out.sort_by(|a, b| {
            b.mentions
                .cmp(&a.mentions)
                .then_with(|| a.name.cmp(&b.name))
        });
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (region name, mentions) pairs of `tag(text)`, in output order.
    fn counts(text: &str) -> Vec<(String, usize)> {
        tag(text)
            .into_iter()
            .map(|t| (t.name, t.mentions))
            .collect()
    }

    fn names(text: &str) -> Vec<String> {
        tag(text).into_iter().map(|t| t.name).collect()
    }

    #[test]
    fn variants_map_to_their_region() {
        for (text, region) in [
            ("Shelling in Kharkov continued.", "Kharkiv"),
            ("A strike on Nikolaev port.", "Mykolaiv"),
            ("In Mykolayiv, a drone hit.", "Mykolaiv"),
            ("Drones over Odessa.", "Odesa"),
            ("Dnepropetrovsk was hit.", "Dnipropetrovsk"),
            ("shot down in Dnipropetrovska regions", "Dnipropetrovsk"),
            ("Zaporozhye nuclear plant", "Zaporizhzhia"),
            ("fighting near Lugansk", "Luhansk"),
            ("the battle for Artemovsk", "Donetsk"),
            ("missiles hit Kiev", "Kyiv"),
            ("advancing near Kupiansk", "Kharkiv"),
            ("a strike on Krivoy Rog", "Dnipropetrovsk"),
            ("Lvivska oblast", "Lviv"),
            ("Khmel'nyts'kyy was hit", "Khmelnytskyi"),
            ("Kharkivshchyna", "Kharkiv"),
            ("the Chauda training ground", "Crimea"),
            ("a strike on the Crimean Bridge", "Crimea"),
            ("Ivano Frankivsk", "Ivano-Frankivsk"),
        ] {
            assert_eq!(names(text), [region], "{text}");
        }
    }

    #[test]
    fn longest_spelling_wins() {
        assert_eq!(names("a strike on Bilhorod-Dnistrovskyi"), ["Odesa"]);
        assert_eq!(names("a strike on Belgorod-Dnestrovsky"), ["Odesa"]);
        assert_eq!(names("shelling of Bilhorod"), ["Belgorod"]);
        assert_eq!(names("a drone hit Slavyansk-na-Kubani"), ["Krasnodar"]);
        assert_eq!(names("a drone hit Slavyansk"), ["Donetsk"]);
        assert_eq!(names("the Kakhovka dam"), ["Kherson"]);
    }

    #[test]
    fn whole_words_only() {
        assert!(tag("Lvivx Kyivstar consumy Kharkivan Odesan Moscowx").is_empty());
        assert!(tag("Georgia and Armenia; Tbilisi said").is_empty());
        assert!(tag("Dnipropetrovskaya2").is_empty());
    }

    #[test]
    fn possessives_and_suffixes() {
        let tags =
            tag("Kharkiv's mayor and Kharkiv’s schools; the Kharkiv Oblast; Kharkiv region.");
        assert_eq!(tags.len(), 1);
        assert_eq!(tags[0].mentions, 4);
        assert_eq!(tags[0].places, ["Kharkiv"]);
        let spans: Vec<&str> = tags[0]
            .spans
            .iter()
            .map(|s| {
                &"Kharkiv's mayor and Kharkiv’s schools; the Kharkiv Oblast; Kharkiv region."
                    [s.clone()]
            })
            .collect();
        assert_eq!(spans, ["Kharkiv"; 4]);
    }

    #[test]
    fn spans_survive_apostrophes_in_names() {
        let text = "’Twas quiet. Khmel'nyts'kyy and Kyiv’s Darnytskyi district were hit.";
        let tags = tag(text);
        let got: Vec<(&str, Vec<&str>)> = tags
            .iter()
            .map(|t| {
                (
                    t.name.as_str(),
                    t.spans.iter().map(|s| &text[s.clone()]).collect(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("Khmelnytskyi", vec!["Khmel'nyts'kyy"]),
                ("Kyiv", vec!["Kyiv"])
            ]
        );
    }

    #[test]
    fn donbas_counts_for_both() {
        assert_eq!(
            counts("fighting in Donbas and Donbass; Mariupol"),
            [("Donetsk".to_owned(), 3), ("Luhansk".to_owned(), 2)]
        );
    }

    #[test]
    fn sorted_by_mentions_then_name() {
        assert_eq!(
            counts("Sumy, Odesa, Lviv, Odesa, Sumy, Odesa"),
            [
                ("Odesa".to_owned(), 3),
                ("Sumy".to_owned(), 2),
                ("Lviv".to_owned(), 1)
            ]
        );
    }

    #[test]
    fn capitals_as_governments_do_not_tag() {
        for text in [
            "Kiev has faced significant setbacks at the summit.",
            "Officials in Kyiv and Moscow are compiling lists.",
            "Moscow Expected to Retaliate For Strike",
            "Kyiv said on Monday it would respond.",
            "They blame the Kiev regime.",
            "reports in both Kiev and the West regarding the offensive",
            "The strike is far from the first Kiev has conducted against the target.",
        ] {
            assert!(tag(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn capitals_as_places_tag() {
        assert_eq!(names("drones attacked Kyiv overnight"), ["Kyiv"]);
        assert_eq!(names("air raid alert in the Kyiv region"), ["Kyiv"]);
        assert_eq!(names("explosions in Kyiv were heard"), ["Kyiv"]);
        assert_eq!(names("drones were downed over Moscow"), ["Moscow"]);
        // The place counts even when the government reading appears in the same text.
        assert_eq!(
            counts("Kyiv said drones attacked Kyiv overnight."),
            [("Kyiv".to_owned(), 1)]
        );
    }

    #[test]
    fn datelines_do_not_tag() {
        assert!(tag("KYIV (Reuters) – The talks ended.").is_empty());
        assert!(tag("MOSCOW, May 16. The ministry said.").is_empty());
        assert_eq!(
            names("KYIV (Reuters) – Drones attacked Kharkiv overnight."),
            ["Kharkiv"]
        );
        assert_eq!(
            counts("Title\n\nKHARKIV, Ukraine (AP) — Shelling hit Kharkiv again."),
            [("Kharkiv".to_owned(), 1)]
        );
    }

    #[test]
    fn namesake_abroad_is_not_the_city() {
        assert!(tag("A shooting in Odessa, Texas, left two dead.").is_empty());
        assert_eq!(
            counts("Odessa, Texas and Odessa, Ukraine"),
            [("Odesa".to_owned(), 1)]
        );
    }

    #[test]
    fn river_is_not_the_city() {
        assert!(tag("troops crossed the Dnipro near the front").is_empty());
        assert_eq!(names("a missile hit Dnipro overnight"), ["Dnipropetrovsk"]);
    }

    #[test]
    fn empty_and_odd_input() {
        assert!(tag("").is_empty());
        assert!(tag("'''’’’ʼʼ``").is_empty());
        assert_eq!(names("'Kyiv'"), ["Kyiv"]);
        assert_eq!(names("Київ Харків Kharkiv"), ["Kharkiv", "Kyiv"]);
    }

    #[test]
    fn cyrillic_names_in_their_cases() {
        for (text, region) in [
            ("Уламки впали у Харкові та на Харківщині.", "Kharkiv"),
            ("Обстріл Харківської області тривав до ранку.", "Kharkiv"),
            ("Беспилотник сбит над Харьковской областью.", "Kharkiv"),
            ("Вибухи пролунали в Києві.", "Kyiv"),
            ("Ракета летіла до Києва з півночі.", "Kyiv"),
            ("Ночью над Киевом работала ПВО.", "Kyiv"),
            ("Дрони атакували Київщину.", "Kyiv"),
            ("Дроны сбиты над Белгородской областью.", "Belgorod"),
            ("Обстрелу подверглась Белгородчина.", "Belgorod"),
            ("Пуски велися з Бєлгорода.", "Belgorod"),
            ("Ситуація на Одещині залишається складною.", "Odesa"),
            ("Уламки впали в Одесі.", "Odesa"),
            ("Сирены звучали в Одессе.", "Odesa"),
            ("У Сумах пошкоджено будинок.", "Sumy"),
            ("На Сумщині зафіксовано вибухи.", "Sumy"),
            ("Знищено дрон над Полтавщиною.", "Poltava"),
            ("На Донеччині тривають бої.", "Donetsk"),
            ("Удар по Кривому Розі зруйнував школу.", "Dnipropetrovsk"),
            ("Ракету запустили з Міллерового.", "Rostov"),
            ("Дрони летіли з Приморсько-Ахтарська.", "Krasnodar"),
            ("Пожар в Подмосковье потушен.", "Moscow"),
            ("ЗАПОРІЖЖЯ ПІД ОБСТРІЛОМ", "Zaporizhzhia"),
            ("Рятувальники працюють у Куп’янську.", "Kharkiv"),
        ] {
            assert_eq!(names(text), [region], "{text}");
        }
    }

    #[test]
    fn cyrillic_spans_cover_the_whole_word() {
        let text = "Тривога на Херсонщині.";
        let tags = tag(text);
        assert_eq!(tags.len(), 1);
        assert_eq!(tags[0].places, ["Херсонщині"]);
        assert_eq!(&text[tags[0].spans[0].clone()], "Херсонщині");
    }

    #[test]
    fn cyrillic_lookalikes_are_not_places() {
        for text in [
            // Lower case: a common noun or an adjective, not the place.
            "На рахунок надійшла сума у тисячу гривень.",
            "Атака началась в 3:00 по московскому времени.",
            // A stem followed by letters that are no ending.
            "Херсонес відвідали туристи.",
            "Словом Орлов и Сумароков.",
        ] {
            assert!(tag(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn cyrillic_capitals_and_datelines() {
        assert!(tag("Київ заявив, що відповість.").is_empty());
        assert!(tag("Москва заявила о провокации.").is_empty());
        assert!(tag("МОСКВА, 3 июня. Министерство сообщило о перехвате.").is_empty());
        assert!(tag("Москва. 3 июня. Ведомство сообщило о перехвате.").is_empty());
        assert_eq!(names("Вибухи у Києві чули всі."), ["Kyiv"]);
        assert_eq!(names("КИЇВ, 5 березня. Дрони атакували Суми."), ["Sumy"]);
        // A club's name is no place.
        assert!(tag("Матч «Шахтар Донецьк» — «Динамо Київ» перенесли.").is_empty());
    }

    #[test]
    fn cyrillic_lookup_takes_any_case() {
        let g = gazetteer();
        let found =
            |s: &str| -> Vec<&str> { g.lookup(s).iter().map(|r| r.name.as_str()).collect() };
        assert_eq!(found("харківщина"), ["Kharkiv"]);
        assert_eq!(found("Белгородской"), ["Belgorod"]);
        assert_eq!(found("Києва"), ["Kyiv"]);
        assert!(found("Харківзз").is_empty());
    }
}
