//! Hand-worked expectations for sentences in the phrasings of real reports from both sides' outlets.

use sitrep::extract::{extract, Category, Fact};

type Tally = (String, Category, Option<u32>, Option<u32>);

fn tallies(text: &str) -> Vec<Tally> {
    extract(text, None)
        .into_iter()
        .filter_map(|f| match f {
            Fact::Strike(s) => Some((s.weapon, s.category, s.launched, s.destroyed)),
            _ => None,
        })
        .collect()
}

fn t(weapon: &str, category: Category, launched: Option<u32>, destroyed: Option<u32>) -> Tally {
    (weapon.to_string(), category, launched, destroyed)
}

fn counted_facts(text: &str) -> Vec<Fact> {
    extract(text, None)
        .into_iter()
        .filter(|f| matches!(f, Fact::Strike(_) | Fact::Casualties(_) | Fact::Forces(_)))
        .collect()
}

use Category::*;

#[test]
fn russian_mod_destroyed_only() {
    assert_eq!(
        tallies(
            "Air defence systems intercepted and destroyed 23 Ukrainian UAVs over Belgorod region."
        ),
        vec![t("drone", Drone, None, Some(23))]
    );
    assert_eq!(
        tallies("On-duty air defence systems destroyed a dozen Ukrainian drones over the Bryansk region overnight."),
        vec![t("drone", Drone, None, Some(12))]
    );
    assert_eq!(
        tallies("The Russian Defence Ministry said air defences downed thirty-one Ukrainian drones over Kursk."),
        vec![t("drone", Drone, None, Some(31))]
    );
}

#[test]
fn launched_then_shot_down_in_one_clause() {
    assert_eq!(
        tallies("Of the 40 drones, 35 were shot down and 5 were lost locally."),
        vec![t("drone", Drone, Some(40), Some(35))]
    );
    assert_eq!(
        tallies("Ukraine’s air defenses destroyed 31 out of 36 Shahed drones."),
        vec![t("Shahed-136/131", Drone, Some(36), Some(31))]
    );
    assert_eq!(
        tallies("Air defence shot down twenty of twenty-five Geran-2 drones."),
        vec![t("Shahed-136/131", Drone, Some(25), Some(20))]
    );
    assert_eq!(
        tallies("Russia launched 36 drones, 31 of which were shot down."),
        vec![t("drone", Drone, Some(36), Some(31))]
    );
    assert_eq!(
        tallies("Russia launched 20 Shahed drones, of which air defence shot down 17."),
        vec![t("Shahed-136/131", Drone, Some(20), Some(17))]
    );
}

#[test]
fn several_weapons_in_one_sentence() {
    assert_eq!(
        tallies("Russia attacked with 2 Iskander-M ballistic missiles and 25 Shahed drones."),
        vec![
            t("Iskander-M", BallisticMissile, Some(2), None),
            t("Shahed-136/131", Drone, Some(25), None)
        ]
    );
    assert_eq!(
        tallies("Russia launched four Kh-101 missiles and ten attack drones, all of them were shot down."),
        vec![t("Kh-101", CruiseMissile, Some(4), Some(4)), t("Shahed-136/131", Drone, Some(10), Some(10))]
    );
    assert_eq!(
        tallies("Ukraine’s air defenses destroy all six Kalibr cruise missiles, 31 of 36 Shahed drones."),
        vec![t("Kalibr", CruiseMissile, Some(6), Some(6)), t("Shahed-136/131", Drone, Some(36), Some(31))]
    );
}

#[test]
fn coordinated_counts_share_a_passive_verb() {
    assert_eq!(
        tallies("Russia launched 75 drones and 12 missiles at Ukraine overnight, the Ukrainian air force said, adding that 59 drones and 10 missiles had been shot down."),
        vec![t("drone", Drone, Some(75), Some(59)), t("missile", Other, Some(12), Some(10))]
    );
    assert_eq!(
        tallies("Russia fired 6 Kinzhal aeroballistic missiles from MiG-31K aircraft; all were intercepted."),
        vec![t("Kinzhal", AeroballisticMissile, Some(6), Some(6))]
    );
}

#[test]
fn total_of_them_after_several_weapons_is_not_given_to_one() {
    assert_eq!(
        tallies("Russia attacked with 40 means of air attack: 18 Kh-101 cruise missiles and 22 Shahed attack drones. Air defence destroyed 36 of them."),
        vec![t("Kh-101", CruiseMissile, Some(18), None), t("Shahed-136/131", Drone, Some(22), None)]
    );
}

#[test]
fn later_sentence_completes_earlier() {
    assert_eq!(
        tallies("Air defence shot down two ballistic missiles over Kyiv. Russia had launched four in total."),
        vec![t("ballistic missile", BallisticMissile, Some(4), Some(2))]
    );
    assert_eq!(
        tallies("Russia launched 18 Kh-101 cruise missiles overnight. Ukraine’s air defenses destroyed all Kh-101 missiles."),
        vec![t("Kh-101", CruiseMissile, Some(18), Some(18))]
    );
}

#[test]
fn the_missile_after_a_cruise_missile_is_one() {
    assert_eq!(
        tallies("Russia fired a cruise missile at Odesa. The missile was shot down over the sea."),
        vec![t("cruise missile", CruiseMissile, Some(1), Some(1))]
    );
}

#[test]
fn abbreviated_title_makes_a_person() {
    let names: Vec<_> = extract("Gen. Syrskyi said the front held.", None)
        .into_iter()
        .filter_map(|f| match f {
            Fact::Person(p) => Some((p.name, p.role)),
            _ => None,
        })
        .collect();
    assert_eq!(
        names,
        vec![("Syrskyi".to_string(), Some("Gen.".to_string()))]
    );
}

#[test]
fn all_but_one_and_both() {
    assert_eq!(
        tallies("Air defences destroyed all but one of the 12 drones."),
        vec![t("drone", Drone, Some(12), Some(11))]
    );
    assert_eq!(
        tallies("Both Kinzhal missiles were intercepted over Kyiv."),
        vec![t("Kinzhal", AeroballisticMissile, Some(2), Some(2))]
    );
}

#[test]
fn spellings_and_unknown_names() {
    assert_eq!(
        tallies("The enemy fired three X-101 missiles from Tu-95 bombers."),
        vec![t("Kh-101", CruiseMissile, Some(3), None)]
    );
    assert_eq!(
        tallies("Russia launched five Kh-101/555/55 cruise missiles."),
        vec![t("Kh-101", CruiseMissile, Some(5), None)]
    );
    assert_eq!(
        tallies("Russia fired two Zircon-2 cruise missiles at Kyiv."),
        vec![t("Zircon-2", CruiseMissile, Some(2), None)]
    );
    assert_eq!(
        tallies(
            "Ukrainian forces shot down seven Lancet loitering munitions and two Orlan-10 drones."
        ),
        vec![
            t("Lancet", Drone, None, Some(7)),
            t("Orlan", Drone, None, Some(2))
        ]
    );
}

#[test]
fn per_region_breakdown_is_not_the_total() {
    assert_eq!(
        tallies("Air defence systems destroyed 30 Ukrainian drones overnight: 15 over Kursk region, 10 over Bryansk region and five over Lipetsk region."),
        vec![t("drone", Drone, None, Some(30))]
    );
    assert_eq!(
        tallies("Russia launched 40 drones. Air defence destroyed 35 drones, 20 drones over Kyiv region."),
        vec![t("drone", Drone, Some(40), Some(35))]
    );
}

#[test]
fn headline_and_paragraph_are_one_fact() {
    let text = "Air defence destroys 20 of 24 Shahed drones\n\nRussia launched 24 Shahed drones overnight. Air defence destroyed 20 of 24 drones.";
    let facts = extract(text, None);
    let strikes: Vec<_> = facts
        .iter()
        .filter(|f| matches!(f, Fact::Strike(_)))
        .collect();
    assert_eq!(strikes.len(), 1);
    assert_eq!(strikes[0].evidence().len(), 3);
}

#[test]
fn class_noun_heading_folds_into_the_named_weapon() {
    let text = "Air defence destroys 20 drones over Odesa\n\nRussia launched 24 Shahed drones overnight. Air defence destroyed 20 of them.";
    let facts = extract(text, None);
    let strikes: Vec<_> = facts
        .iter()
        .filter(|f| matches!(f, Fact::Strike(_)))
        .collect();
    assert_eq!(strikes.len(), 1, "{strikes:#?}");
    assert_eq!(
        tallies(text),
        vec![t("Shahed-136/131", Drone, Some(24), Some(20))]
    );
    assert_eq!(strikes[0].evidence().len(), 3);
    assert_eq!(
        tallies(
            "Air defence destroyed 30 drones. Russia also launched 6 Kalibr and 4 Kh-101 missiles."
        ),
        vec![
            t("drone", Drone, None, Some(30)),
            t("Kalibr", CruiseMissile, Some(6), None),
            t("Kh-101", CruiseMissile, Some(4), None)
        ]
    );
}

#[test]
fn launch_site_and_target() {
    let facts = extract(
        "Russia launched 12 Shahed drones from the Kursk region at Odesa.",
        None,
    );
    let Some(Fact::Strike(s)) = facts.first() else {
        panic!("no strike in {facts:?}")
    };
    assert_eq!(s.launched_from.as_deref(), Some("the Kursk region"));
    assert_eq!(s.target.as_deref(), Some("Odesa"));
    let facts = extract(
        "Russia fired six Kh-47M2 Kinzhal missiles from six MiG-31K aircraft.",
        None,
    );
    let Some(Fact::Strike(s)) = facts.first() else {
        panic!("no strike in {facts:?}")
    };
    assert_eq!((s.weapon.as_str(), s.launched), ("Kinzhal", Some(6)));
    assert_eq!(s.launched_from.as_deref(), Some("six MiG-31K aircraft"));
}

#[test]
fn attribution_of_a_tally() {
    let facts = extract(
        "According to the Ukrainian Air Force, Russia launched 15 Shahed drones.",
        None,
    );
    let Some(Fact::Strike(s)) = facts.first() else {
        panic!("no strike in {facts:?}")
    };
    assert_eq!(s.attributed_to.as_deref(), Some("Ukrainian Air Force"));
}

#[test]
fn negatives_give_no_tally_casualty_or_forces() {
    for text in [
        "Four buildings were destroyed.",
        "Russian troops destroyed four buildings in the village.",
        "The missiles were launched from six MiG-31K aircraft.",
        "Russia struck targets in 12 regions.",
        "A 71-year-old woman lives there.",
        "The alarm sounded at 01:20.",
        "Day 510 of the war.",
        "Watch Ukraine in Flames #482.",
        "It sits 40 kilometers from the border.",
        "Fighting has raged for 31 months.",
        "Russia attacks southern Ukraine with missiles and drones overnight.",
        "In Mykolayiv, a drone hit an industrial facility.",
        "A missile destroyed an air-defence system near the town.",
        "Leaders met at the G20 summit in 2023.",
        "He brought home five former commanders.",
    ] {
        assert_eq!(counted_facts(text), vec![], "{text}");
    }
}

#[test]
fn casualties_in_varied_phrasings() {
    let toll = |text: &str| -> Vec<(Option<u32>, Option<u32>)> {
        extract(text, None)
            .into_iter()
            .filter_map(|f| match f {
                Fact::Casualties(c) => Some((c.killed, c.injured)),
                _ => None,
            })
            .collect()
    };
    assert_eq!(
        toll("The strike killed a Russian couple and injured their child."),
        vec![(Some(2), Some(1))]
    );
    assert_eq!(
        toll("Two men and a woman were killed in Kherson."),
        vec![(Some(3), None)]
    );
    assert_eq!(
        toll("Six civilians were wounded and two people died."),
        vec![(Some(2), Some(6))]
    );
    assert_eq!(
        toll("Eleven people were hospitalised after the attack."),
        vec![(None, Some(11))]
    );
    assert_eq!(
        toll("Governor Oleh Syniehubov said no one was injured."),
        vec![(None, Some(0))]
    );
    assert_eq!(
        toll("2 killed, 5 wounded in Belgorod shelling"),
        vec![(Some(2), Some(5))]
    );
}

#[test]
fn speakers_of_statements() {
    let by = |text: &str| -> Vec<String> {
        extract(text, None)
            .into_iter()
            .filter_map(|f| match f {
                Fact::Claim(c) => Some(c.by),
                _ => None,
            })
            .collect()
    };
    assert_eq!(
        by("Air defences were active over the capital overnight, Serhiy Popko, head of the Kyiv city military administration, said."),
        vec!["Serhiy Popko"]
    );
    assert_eq!(
        by("Two drones were destroyed, Mayor Sergei Sobyanin wrote on Telegram."),
        vec!["Sergei Sobyanin"]
    );
    assert_eq!(
        by("Kuleba met officials from the United States."),
        Vec::<String>::new()
    );
    assert_eq!(
        by("Russian sources widely claimed that the strike was an attempt to shift attention."),
        vec!["Russian sources"]
    );
}

#[test]
fn target_stays_in_the_clause_of_its_weapon() {
    let facts = extract("Two drones were destroyed over the Moscow region, Mayor Sergei Sobyanin wrote on Telegram.", None);
    let Some(Fact::Strike(s)) = facts.first() else {
        panic!("no strike in {facts:?}")
    };
    assert_eq!((s.destroyed, s.target.as_deref()), (Some(2), None));
    assert_eq!(s.attributed_to.as_deref(), Some("Sergei Sobyanin"));
}
