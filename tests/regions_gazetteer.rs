//! Every spelling in the shipped gazetteer tags its own region, and nothing else.

use sitrep::regions::{gazetteer, tag};

fn tagged(text: &str) -> Vec<String> {
    let mut names: Vec<String> = tag(text).into_iter().map(|t| t.name).collect();
    names.sort();
    names
}

#[test]
fn every_spelling_tags_its_region() {
    let g = gazetteer();
    let mut checked = 0;
    for region in g.regions() {
        let place_spellings = region
            .places
            .iter()
            .flat_map(|p| std::iter::once(&p.name).chain(&p.aliases));
        let spellings = std::iter::once(&region.name)
            .chain(&region.aliases)
            .chain(place_spellings);
        for spelling in spellings {
            for text in [
                format!("A strike on {spelling} overnight."),
                format!("A strike on {} overnight.", spelling.to_uppercase()),
                format!("Shelling of {spelling}'s outskirts."),
            ] {
                assert_eq!(tagged(&text), std::slice::from_ref(&region.name), "{text}");
                checked += 1;
            }
        }
    }
    assert!(checked > 1500, "{checked}");
}

#[test]
fn every_group_spelling_tags_its_members() {
    for group in gazetteer().groups() {
        let mut members = group.members.clone();
        members.sort();
        for spelling in std::iter::once(&group.name).chain(&group.aliases) {
            let text = format!("Fighting in {spelling} went on.");
            assert_eq!(tagged(&text), members, "{text}");
        }
    }
}

#[test]
fn spellings_glued_to_letters_do_not_tag() {
    for region in gazetteer().regions() {
        for place in &region.places {
            let text = format!("x{}y {}z", place.name, place.name);
            assert!(tag(&text).is_empty(), "{text}");
        }
    }
}

#[test]
fn regions_for_a_picker() {
    let g = gazetteer();
    let list: Vec<(&str, &str)> = g
        .regions()
        .iter()
        .map(|r| (r.name.as_str(), r.country.as_str()))
        .collect();
    // 25 Ukrainian regions (24 oblasts and Crimea) and 54 Russian ones; groups and cities are not regions.
    assert_eq!(list.iter().filter(|(_, c)| *c == "UA").count(), 25);
    assert_eq!(list.iter().filter(|(_, c)| *c == "RU").count(), 54);
    assert!(list.contains(&("Kharkiv", "UA")));
    assert!(list.contains(&("Belgorod", "RU")));
    assert!(!list
        .iter()
        .any(|(name, _)| *name == "Sevastopol" || *name == "Donbas"));
}

/// A distance names a place only to measure from it; an institution "in" a capital is its government.
#[test]
fn distances_and_institutions_in_a_capital_are_not_event_places() {
    // Okhtyrka is in the Sumy region; "25 km from Sumy" adds no mention.
    let tags = tag("Shelling hit a farm 25 km from Sumy and a school in Okhtyrka.");
    assert_eq!(tags.len(), 1);
    assert_eq!(tags[0].places, ["Okhtyrka"]);
    assert_eq!(tags[0].mentions, 1);
    assert!(tagged("The front runs 15 kilometres south of Pokrovsk.").is_empty());
    assert!(tagged("The foreign ministry in Moscow summoned the envoy.").is_empty());
    assert_eq!(tagged("Drones struck Moscow overnight."), ["Moscow"]);
    assert_eq!(
        tagged("A drone fell 3 km from the border in the Kharkiv region."),
        ["Kharkiv"]
    );
}

#[test]
fn a_spelling_with_yo_matches_written_with_ye() {
    // "Королёв*" is listed with its "ё"; wires write it either way, in any case form.
    assert_eq!(tagged("Беспилотник сбит над Королёвом."), ["Moscow"]);
    assert_eq!(tagged("Беспилотник сбит над Королевом."), ["Moscow"]);
    assert_eq!(tagged("В Щелково повреждены дома."), ["Moscow"]);
    assert_eq!(
        tagged("Дрон атаковал Орёл, обломки упали в Орле."),
        ["Oryol"]
    );
}
