use super::*;

fn tolls(body: &str) -> Vec<(Option<u32>, Option<u32>, bool)> {
    extract(&Sentence::all(body), None)
        .into_iter()
        .map(|(_, f)| (f.killed, f.injured, f.summary))
        .collect()
}

#[test]
fn a_place_is_not_a_month_a_weekday_or_a_nationality() {
    for (body, place) in [
        (
            "Two civilians were killed in Russian shelling of the town.",
            None,
        ),
        (
            "A man was injured in Tuesday's drone attack in Nikopol.",
            Some("Nikopol"),
        ),
        (
            "Four people were wounded in Ukrainian strikes in Belgorod.",
            Some("Belgorod"),
        ),
        (
            "Three people were killed in Kryvyi Rih.",
            Some("Kryvyi Rih"),
        ),
        (
            "In the Sumy region, shelling injured two women.",
            Some("Sumy"),
        ),
        (
            "A man was wounded in the Russian-held town of Oleshky.",
            None,
        ),
    ] {
        let places: Vec<Option<String>> = extract(&Sentence::all(body), None)
            .into_iter()
            .map(|(_, f)| f.place)
            .collect();
        assert_eq!(places, vec![place.map(str::to_string)], "{body}");
    }
}

#[test]
fn word_counts() {
    assert_eq!(
        tolls("The strike killed a Russian couple and injured their child."),
        vec![(Some(2), Some(1), false)]
    );
    assert_eq!(
        tolls("Debris injured an elderly man at his home."),
        vec![(None, Some(1), false)]
    );
    assert_eq!(
        tolls("The attack killed two men and a woman."),
        vec![(Some(3), None, false)]
    );
    assert_eq!(
        tolls("Three people were hospitalised."),
        vec![(None, Some(3), false)]
    );
    assert_eq!(
        tolls("Shelling killed seven and injured 34."),
        vec![(Some(7), Some(34), false)]
    );
    assert_eq!(
        tolls("A 71-year-old woman was injured at 01:20."),
        vec![(None, Some(1), false)]
    );
}

#[test]
fn zeros_updates_restatements_and_summaries() {
    assert_eq!(
        tolls("There were no casualties."),
        vec![(Some(0), Some(0), false)]
    );
    assert_eq!(tolls("No one was hurt."), vec![(None, Some(0), false)]);
    assert_eq!(tolls("The strike caused no other casualties."), vec![]);
    assert_eq!(
        tolls("Two people were killed in Odesa. The death toll rose to 21 on Monday."),
        vec![(Some(21), None, false)]
    );
    assert_eq!(
        tolls("Four people were killed in Kharkiv. “Four people were killed,” the governor said."),
        vec![(Some(4), None, false)]
    );
    assert_eq!(
        tolls("Strikes killed seven people across the country. In Kyiv, three people were killed. In Odesa, four people were killed."),
        vec![(Some(7), None, true), (Some(3), None, false), (Some(4), None, false)]
    );
}

/// A count followed by "more" or "others" is people: the second verb of a coordinated toll.
#[test]
fn more_and_others_stand_for_people() {
    assert_eq!(
        tolls("Shelling of the market killed four shoppers and wounded at least 19 more."),
        vec![(Some(4), Some(19), false)]
    );
    assert_eq!(
        tolls("Two workers died at the depot, and six others were hurt."),
        vec![(Some(2), Some(6), false)]
    );
    assert_eq!(
        tolls("The blast killed a guard and injured two more."),
        vec![(Some(1), Some(2), false)]
    );
    // Followed by a noun, "more" is an adjective.
    assert_eq!(
        tolls("Rescuers said three more people were injured."),
        vec![(None, Some(3), false)]
    );
}

/// "the number of <casualty word> rose to N" is an update of the latest figure, not more people.
#[test]
fn the_number_of_injured_rising_is_an_update() {
    assert_eq!(
        tolls(
            "A drone hit a school in Sumy, injuring 6 people. By evening the number of \
             injured people had grown to 14. A teacher died in hospital, and the number of \
             wounded has increased to 15."
        ),
        vec![(Some(1), Some(15), false)]
    );
    // "victims" alone are the injured.
    assert_eq!(
        tolls("The mayor reported an increase in the number of victims to 31 people."),
        vec![(None, Some(31), false)]
    );
    assert_eq!(
        tolls("As of 10:00, there are 27 victims in the city."),
        vec![(None, Some(27), false)]
    );
}

/// "the death toll in X rose to N": the figure is the first count after a linking word, not the
/// first linking word ("of" in "the city of Dnipro").
#[test]
fn a_toll_phrase_skips_a_place_with_of() {
    assert_eq!(
        tolls("The death toll in the strike on the city of Dnipro has risen to 9."),
        vec![(Some(9), None, false)]
    );
}

/// Light verbs carry the casualty noun: "sustained injuries", "received medical help".
#[test]
fn light_verbs_and_medical_help() {
    assert_eq!(
        tolls("Five residents sustained injuries from broken glass."),
        vec![(None, Some(5), false)]
    );
    assert_eq!(
        tolls("Eleven people received medical help after the explosion."),
        vec![(None, Some(11), false)]
    );
}

/// A toll placed in an earlier report or over the whole war is background.
#[test]
fn cumulative_tolls_are_background() {
    assert_eq!(
        tolls(
            "A drone killed two men in Lgov on Sunday. The governor said last month that \
             140 civilians had been killed in the region."
        ),
        vec![(Some(2), None, false)]
    );
    assert_eq!(
        tolls("More than 600 children have been killed since the full-scale invasion."),
        vec![]
    );
}

#[test]
fn non_casualties() {
    assert_eq!(
        tolls("Four buildings were destroyed. He freed 10 foreign nationals."),
        vec![]
    );
    assert_eq!(tolls("Of 40 drones, 5 were lost locally."), vec![]);
}
