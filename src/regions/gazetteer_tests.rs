//! The tests of `gazetteer.rs`: the shipped file, lookups, errors, and the two automata.

use super::*;

#[test]
fn shipped_file_parses_and_groups_resolve() {
    let g = Gazetteer::from_toml(REGIONS_TOML);
    assert!(
        g.is_ok(),
        "{}",
        g.err().map(|e| e.to_string()).unwrap_or_default()
    );
    let g = gazetteer();
    assert_eq!(g.regions().len(), 79);
    for group in g.groups() {
        for member in &group.members {
            assert!(g.region(member).is_some(), "{} → {member}", group.name);
        }
    }
    let donbas = g.groups().iter().find(|gr| gr.name == "Donbas");
    assert_eq!(
        donbas.map(|d| d.members.clone()),
        Some(vec!["Donetsk".to_owned(), "Luhansk".to_owned()])
    );
}

#[test]
fn canonical_names_and_countries() {
    let g = gazetteer();
    let ua: Vec<&str> = g
        .regions()
        .iter()
        .filter(|r| r.country == "UA")
        .map(|r| r.name.as_str())
        .collect();
    assert_eq!(
        ua,
        [
            "Cherkasy",
            "Chernihiv",
            "Chernivtsi",
            "Crimea",
            "Dnipropetrovsk",
            "Donetsk",
            "Ivano-Frankivsk",
            "Kharkiv",
            "Kherson",
            "Khmelnytskyi",
            "Kirovohrad",
            "Kyiv",
            "Luhansk",
            "Lviv",
            "Mykolaiv",
            "Odesa",
            "Poltava",
            "Rivne",
            "Sumy",
            "Ternopil",
            "Vinnytsia",
            "Volyn",
            "Zakarpattia",
            "Zaporizhzhia",
            "Zhytomyr"
        ]
    );
    let mut ru: Vec<&str> = g
        .regions()
        .iter()
        .filter(|r| r.country == "RU")
        .map(|r| r.name.as_str())
        .collect();
    ru.sort_unstable();
    assert_eq!(ru.len(), 54);
    // The seven border regions and the ones long-range drones reach, by their short names.
    for name in [
        "Belgorod",
        "Bryansk",
        "Krasnodar",
        "Kursk",
        "Moscow",
        "Rostov",
        "Voronezh",
        "Kaluga",
        "Oryol",
        "Saint Petersburg",
        "Leningrad",
        "Tatarstan",
        "Volgograd",
    ] {
        assert!(ru.contains(&name), "{name} missing from {ru:?}");
    }
    let mut ids: Vec<&str> = g.regions().iter().map(|r| r.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), g.regions().len(), "ids are unique");
}

#[test]
fn lookup_one_spelling() {
    let g = gazetteer();
    let names = |s: &str| -> Vec<&str> { g.lookup(s).iter().map(|r| r.name.as_str()).collect() };
    assert_eq!(names("Kharkov"), ["Kharkiv"]);
    assert_eq!(names(" kupyansk "), ["Kharkiv"]);
    assert_eq!(names("Khmel'nyts'kyy"), ["Khmelnytskyi"]);
    assert_eq!(names("Donbass"), ["Donetsk", "Luhansk"]);
    assert_eq!(names("Bilhorod-Dnistrovskyi"), ["Odesa"]);
    assert!(names("Georgia").is_empty());
    assert!(names("Kharkiv Kyiv").is_empty());
    assert!(names("").is_empty());
}

#[test]
fn unknown_group_member_is_an_error() {
    let text = r#"
        [[region]]
        id = "UA-63"
        name = "Kharkiv"
        country = "UA"
        [[group]]
        name = "Donbas"
        members = ["Donetsk"]
    "#;
    assert!(matches!(
        Gazetteer::from_toml(text),
        Err(GazetteerError::UnknownMember { .. })
    ));
}

#[test]
fn one_spelling_for_two_regions_is_an_error() {
    let text = r#"
        [[region]]
        id = "A"
        name = "Alpha"
        country = "UA"
        aliases = ["Same"]
        [[region]]
        id = "B"
        name = "Beta"
        country = "UA"
        aliases = ["same"]
    "#;
    assert!(matches!(
        Gazetteer::from_toml(text),
        Err(GazetteerError::Ambiguous { .. })
    ));
}

#[test]
fn latin_and_cyrillic_spellings_cannot_overlap() {
    // What `Gazetteer::matches` relies on to run the two automata apart: every spelling starts with a
    // letter, and a Cyrillic spelling has no other letters than Cyrillic ones (a Latin one has none).
    let g = gazetteer();
    let latin = g.latin.as_ref().map(|p| p.spellings.clone());
    let cyrillic = g.cyrillic.get().map(|p| p.spellings.clone());
    let (Some(latin), Some(cyrillic)) = (latin, cyrillic) else {
        panic!("both parts of the shipped gazetteer compile");
    };
    assert_eq!(latin.len() + cyrillic.len(), g.pattern_count());
    let cyr = |c: char| matches!(c, '\u{0400}'..='\u{052F}');
    for s in &latin {
        assert!(s.chars().next().is_some_and(char::is_alphabetic), "{s}");
        assert!(!s.chars().any(cyr), "{s}");
    }
    for s in &cyrillic {
        assert!(s.chars().next().is_some_and(cyr), "{s}");
        assert!(s.chars().all(|c| cyr(c) || !c.is_alphabetic()), "{s}");
    }
}

#[test]
fn the_two_parts_match_as_one_automaton_would() {
    let g =
        Gazetteer::from_tomls(REGIONS_TOML, CYRILLIC_TOML).unwrap_or_else(|_| Gazetteer::empty());
    assert_eq!(g.matches("Drones over Kharkiv and Lviv").len(), 2);
    assert!(
        g.cyrillic.part.get().is_none(),
        "a Latin text needs no Cyrillic automaton"
    );
    let mut all: Vec<(usize, String)> = Vec::new();
    for part in [g.latin.as_ref(), g.cyrillic.get()].into_iter().flatten() {
        all.extend(part.ids.iter().copied().zip(part.spellings.iter().cloned()));
    }
    let Ok(one) = Part::build(all) else {
        panic!("one automaton over every spelling compiles");
    };
    for text in [
        "Drones over Kharkiv; вибухи у Львові та Харкові, Kyiv and Odesa",
        "Удар по Белгороду и Курской области; Belgorod-Dnestrovsky, Одеса—Odesa",
        "ХАРКІВ, Kyiv-Харків, Донбас/Donbas; Kupiansk-Вузловий, Запоріжжя",
    ] {
        let spans = |found: Vec<(usize, aho_corasick::Match)>| -> Vec<(usize, usize, usize)> {
            found
                .iter()
                .map(|(id, m)| (*id, m.start(), m.end()))
                .collect()
        };
        let parts = spans(g.matches(text));
        assert!(parts.len() >= 4, "{text}: {parts:?}");
        assert_eq!(parts, spans(one.find_all(text)), "{text}");
    }
}

#[test]
fn capitals_keep_their_flag() {
    let g = gazetteer();
    let kyiv = g.region("Kyiv").map(|r| r.places.iter().any(|p| p.capital));
    assert_eq!(kyiv, Some(true));
    assert!(g.pattern_count() > 400, "{}", g.pattern_count());
}
