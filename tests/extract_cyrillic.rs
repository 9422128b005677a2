//! Ukrainian and Russian reports of our own writing, in the formats the sources post (the Air Force's
//! summary, the defence ministry's list, a governor's post, a wire's retelling), read by the same readers
//! as English through the glossary of `assets/cyrillic.toml`: every strike tally and toll worked out by hand.

use sitrep::extract::{extract, Fact};

/// (category label, launched, destroyed, lost locally) of every strike fact of `text`; "other" is the
/// category of missiles a report does not name.
type Tally = (&'static str, Option<u32>, Option<u32>, Option<u32>);
/// A `Tally` as read, with the category label owned.
type Read = (String, Option<u32>, Option<u32>, Option<u32>);

fn tallies(text: &str) -> Vec<Read> {
    extract(text, None)
        .into_iter()
        .filter_map(|f| match f {
            Fact::Strike(s) => Some((
                s.category.label().to_string(),
                s.launched,
                s.destroyed,
                s.lost_locally,
            )),
            _ => None,
        })
        .collect()
}

/// (killed, injured) summed over the casualty facts of `text`, `None` when it has none.
fn toll(text: &str) -> Option<(u32, u32)> {
    let cs: Vec<_> = extract(text, None)
        .into_iter()
        .filter_map(|f| match f {
            Fact::Casualties(c) => Some(c),
            _ => None,
        })
        .collect();
    (!cs.is_empty()).then(|| {
        cs.iter().fold((0, 0), |(k, i), c| {
            (k + c.killed.unwrap_or(0), i + c.injured.unwrap_or(0))
        })
    })
}

const STRIKES: &[(&str, &[Tally])] = &[
    // The Air Force's summary: launched per weapon, then destroyed/suppressed (a slashed verb), then the
    // decoys lost locally, then hits (not a tally).
    (
        "У ніч на 14 березня (з 19:00 13 березня) противник атакував 96 ударними БпЛА типу Shahed та \
         дронами-імітаторами з напрямків: Курськ, Орел.\n\nСтаном на 08:30 протиповітряною обороною \
         збито/подавлено 71 ворожий БпЛА. Ще 18 дронів-імітаторів локаційно втрачені. Зафіксовано \
         влучання 7 БпЛА на 4 локаціях.",
        &[("drone", Some(96), Some(71), Some(18))],
    ),
    // Two weapons in one sentence, each with its own destroyed count in the next.
    (
        "Вночі росіяни запустили по Україні 6 крилатих ракет Х-101 і 40 шахедів. Сили ППО знищили 5 \
         ракет та 33 дрони.",
        &[
            ("cruise missile", Some(6), Some(5), None),
            ("drone", Some(40), Some(33), None),
        ],
    ),
    // The ministry's list: the parts per region are sub-tallies of the total, not tallies of their own.
    (
        "Минувшей ночью дежурными средствами ПВО перехвачены и уничтожены 27 беспилотных летательных \
         аппаратов самолетного типа: 14 — над территорией Курской области, 9 — над территорией Брянской \
         области, 4 — над территорией Орловской области.",
        &[("drone", None, Some(27), None)],
    ),
    // "из них" after the launched count.
    (
        "Ночью ВСУ выпустили по Курской области 12 ракет, из них 10 сбиты средствами ПВО.",
        &[("other", Some(12), Some(10), None)],
    ),
    // A count as a noun ("сотнею") and a later destroyed count.
    (
        "Росія атакувала Україну понад сотнею дронів. Сили ППО знешкодили 80 дронів.",
        &[("drone", Some(100), Some(80), None)],
    ),
    // A count with a case ending ("54-ма") and "M з N".
    (
        "Ворог атакував 54-ма безпілотниками. Українські сили ППО знешкодили 41 з 54 дронів.",
        &[("drone", Some(54), Some(41), None)],
    ),
    // The ministry's full wording: a side adjective and two describing words before "аппаратов".
    (
        "За ночь дежурными средствами ПВО перехвачены и уничтожены 38 украинских беспилотных летательных \
         аппаратов самолетного типа: 21 — над территорией Курской области, 17 — над акваторией Азовского моря.",
        &[("drone", None, Some(38), None)],
    ),
    // The same words in a Ukrainian post: the region's figure, then the national one.
    (
        "Над Черніговом збито 3 безпілотні літальні апарати. Всього за ніч знищено 11 ворожих безпілотних \
         апаратів.",
        &[("drone", None, Some(11), None)],
    ),
    // "Ещё" written with "ё" is "еще".
    (
        "Ещё 6 беспилотников сбиты над Брянском, сообщил губернатор.",
        &[("drone", None, Some(6), None)],
    ),
];

#[test]
fn cyrillic_strike_reports_give_their_tallies() {
    for (text, expected) in STRIKES {
        let want: Vec<_> = expected
            .iter()
            .map(|&(c, l, d, lost)| (c.to_string(), l, d, lost))
            .collect();
        assert_eq!(tallies(text), want, "{text}");
    }
}

const TOLLS: &[(&str, Option<(u32, u32)>)] = &[
    // Number words in the collective form; a governor's running count replaces the earlier figure.
    (
        "Унаслідок ранкового обстрілу Херсона загинули двоє людей, ще шестеро отримали поранення.\n\n\
         Кількість поранених зросла до 9, повідомив очільник ОВА.",
        Some((2, 9)),
    ),
    // A singular noun with no article is one person; "среди них ребенок" is one of the three.
    (
        "В результате атаки беспилотника на Белгород погиб мужчина, ранены три человека, среди них ребенок.",
        Some((1, 3)),
    ),
    (
        "Обстрел Шебекино: пострадали пятеро мирных жителей. Позже губернатор сообщил, что число раненых \
         увеличилось до семи.",
        Some((0, 7)),
    ),
    // The update may put a dash and "вже понад" before its figure.
    (
        "У Дніпрі через удар ракети постраждали четверо людей. Згодом мер додав: кількість поранених \
         зросла — вже понад 10 осіб.",
        Some((0, 10)),
    ),
    // An adjective of the wound between the light verb and its noun.
    (
        "Під час атаки на Херсонщині 45-річний чоловік отримав тяжкі поранення.",
        Some((0, 1)),
    ),
    // An explicit zero.
    (
        "Внаслідок падіння уламків пошкоджено два будинки, ніхто не постраждав.",
        Some((0, 0)),
    ),
    // Production figures are not a toll and not a tally.
    (
        "Від початку року Україна виготовила понад 2 мільйони дронів, заявив міністр.",
        None,
    ),
];

#[test]
fn cyrillic_posts_give_their_tolls() {
    for (text, expected) in TOLLS {
        assert_eq!(toll(text), *expected, "{text}");
    }
    assert!(tallies(TOLLS[TOLLS.len() - 1].0).is_empty());
}
