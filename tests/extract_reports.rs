//! Report paragraphs written by hand in the styles of both sides' outlets (Ukrainian Air Force daily
//! summaries, Russian MoD statements, wire-service reports, regional governors' Telegram-style updates),
//! each with the facts worked out by hand from its sentences. Each exercises a pattern of
//! `EXTRACTION-NOTES.md` beyond the two seeds.

use chrono::NaiveDate;
use sitrep::extract::{extract, Casualties, Category, Fact, Strike};

use Category::*;

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn strikes_on(text: &str, report: Option<NaiveDate>) -> Vec<Strike> {
    extract(text, report)
        .into_iter()
        .filter_map(|f| match f {
            Fact::Strike(s) => Some(s),
            _ => None,
        })
        .collect()
}

/// (weapon, category, launched, destroyed, lost locally)
type Tally = (String, Category, Option<u32>, Option<u32>, Option<u32>);

fn tallies(text: &str) -> Vec<Tally> {
    strikes_on(text, None)
        .into_iter()
        .map(|s| {
            (
                s.weapon,
                s.category,
                s.launched,
                s.destroyed,
                s.lost_locally,
            )
        })
        .collect()
}

fn t(w: &str, c: Category, l: Option<u32>, d: Option<u32>) -> Tally {
    (w.to_string(), c, l, d, None)
}

fn tl(w: &str, c: Category, l: Option<u32>, d: Option<u32>, lost: u32) -> Tally {
    (w.to_string(), c, l, d, Some(lost))
}

/// (killed, injured, summary, attributed)
type Toll = (Option<u32>, Option<u32>, bool, bool);

fn casualties_on(text: &str) -> Vec<Casualties> {
    extract(text, None)
        .into_iter()
        .filter_map(|f| match f {
            Fact::Casualties(c) => Some(c),
            _ => None,
        })
        .collect()
}

fn tolls(text: &str) -> Vec<Toll> {
    casualties_on(text)
        .into_iter()
        .map(|c| (c.killed, c.injured, c.summary, c.attributed_to.is_some()))
        .collect()
}

// ---------------------------------------------------------------- 1. tallies across sentences

#[test]
fn later_sentence_completes_the_tally() {
    // Wire report: 2 destroyed in the first sentence, the launched total in the second: one fact 4/2.
    let text = "Ukrainian air defences shot down two ballistic missiles over Kyiv overnight, the Air Force \
                said. Russia had launched four in total.";
    assert_eq!(
        tallies(text),
        vec![t("ballistic missile", BallisticMissile, Some(4), Some(2))]
    );
}

#[test]
fn of_which_were_shot_down() {
    let text = "Russia launched 18 missiles at Ukraine overnight, of which 15 were shot down.";
    assert_eq!(tallies(text), vec![t("missile", Other, Some(18), Some(15))]);
}

#[test]
fn all_but_one_of_n() {
    let text = "The Air Force said all but one of the 12 Kalibr missiles were destroyed.";
    assert_eq!(
        tallies(text),
        vec![t("Kalibr", CruiseMissile, Some(12), Some(11))]
    );
}

#[test]
fn all_but_n_without_of() {
    let text = "Russia launched 12 Kalibr missiles; all but one were shot down.";
    assert_eq!(
        tallies(text),
        vec![t("Kalibr", CruiseMissile, Some(12), Some(11))]
    );
    let text = "Russia launched 12 Kalibr missiles. All but two were shot down.";
    assert_eq!(
        tallies(text),
        vec![t("Kalibr", CruiseMissile, Some(12), Some(10))]
    );
}

#[test]
fn a_single_missile_fired_and_intercepted() {
    let text = "A single Kh-59 missile was fired at Odesa and was intercepted.";
    assert_eq!(
        tallies(text),
        vec![t("Kh-59", CruiseMissile, Some(1), Some(1))]
    );
}

#[test]
fn both_missiles() {
    let text = "Russia fired two Kh-59 missiles at Odesa on Monday morning. Both missiles were \
                intercepted over the sea, the Southern Defence Forces said.";
    assert_eq!(
        tallies(text),
        vec![t("Kh-59", CruiseMissile, Some(2), Some(2))]
    );
}

#[test]
fn the_missile_after_a_cruise_missile() {
    let text =
        "Russian forces fired a Kh-59 cruise missile at the Odesa region. The missile was shot \
                down over the Black Sea.";
    assert_eq!(
        tallies(text),
        vec![t("Kh-59", CruiseMissile, Some(1), Some(1))]
    );
}

#[test]
fn all_of_them_applies_to_each_weapon() {
    let text = "Russian forces launched three Kinzhal missiles and ten Kalibr missiles from the Black Sea; \
                all of them were shot down.";
    assert_eq!(
        tallies(text),
        vec![
            t("Kinzhal", AeroballisticMissile, Some(3), Some(3)),
            t("Kalibr", CruiseMissile, Some(10), Some(10)),
        ]
    );
}

#[test]
fn missiles_that_hit_were_launched_not_destroyed() {
    let text =
        "Two Iskander-M missiles hit Kharkiv on Tuesday afternoon, the regional governor said.";
    assert_eq!(
        tallies(text),
        vec![t("Iskander-M", BallisticMissile, Some(2), None)]
    );
    let s = strikes_on(text, None);
    assert_eq!(s[0].target.as_deref(), Some("Kharkiv"));
}

#[test]
fn targets_name_the_place_attacked() {
    let text =
        "Russia attacked Kyiv with 7 ballistic missiles on Tuesday, of which 5 were intercepted.";
    let s = strikes_on(text, day(2024, 5, 16));
    assert_eq!(s.len(), 1);
    assert_eq!((s[0].launched, s[0].destroyed), (Some(7), Some(5)));
    assert_eq!(s[0].target.as_deref(), Some("Kyiv"));
    assert_eq!(s[0].date, day(2024, 5, 14));
    let text = "Russia fired a cruise missile at the Odesa region overnight.";
    assert_eq!(
        strikes_on(text, None)[0].target.as_deref(),
        Some("the Odesa region")
    );
}

#[test]
fn launched_drones_and_missiles_then_neutralised_drones() {
    let text = "Russia launched 40 drones and three missiles overnight; air defence neutralised 29 drones.";
    assert_eq!(
        tallies(text),
        vec![
            t("drone", Drone, Some(40), Some(29)),
            t("missile", Other, Some(3), None),
        ]
    );
}

#[test]
fn lost_locally_is_neither_destroyed_nor_hit() {
    let text = "Of the 40 Shahed drones, 35 were shot down and 5 were lost locally due to active \
                electronic warfare countermeasures.";
    assert_eq!(
        tallies(text),
        vec![tl("Shahed-136/131", Drone, Some(40), Some(35), 5)]
    );
}

#[test]
fn did_not_reach_their_targets_in_a_later_sentence() {
    // Ukrainian Air Force daily summary style.
    let text =
        "The enemy attacked with 58 Shahed-type attack drones. Air defence shot down 41 of them. \
                Another 14 drones were lost locally and did not reach their targets.";
    assert_eq!(
        tallies(text),
        vec![tl("Shahed-136/131", Drone, Some(58), Some(41), 14)]
    );
}

#[test]
fn all_six_were_shot_down_in_the_next_sentence() {
    let text =
        "The Russian army attacked Ukraine with six Kinzhal aeroballistic missiles launched from \
                six MiG-31K aircraft, the Air Force said. All six were shot down.";
    assert_eq!(
        tallies(text),
        vec![t("Kinzhal", AeroballisticMissile, Some(6), Some(6))]
    );
}

#[test]
fn all_of_them_in_the_next_sentence_applies_to_each_weapon() {
    let text =
        "Russia launched three Kinzhal missiles and ten Kalibr missiles overnight. All of them \
                were destroyed by air defence.";
    assert_eq!(
        tallies(text),
        vec![
            t("Kinzhal", AeroballisticMissile, Some(3), Some(3)),
            t("Kalibr", CruiseMissile, Some(10), Some(10)),
        ]
    );
}

#[test]
fn a_class_count_over_two_named_weapons_is_not_given_to_either() {
    // Ten of the 14 cruise missiles were destroyed, but the report does not say which: the ten stay on
    // a class-level fact, so totals stay right (launched 14, destroyed 10) without a guess.
    let text = "Russia launched 12 Kh-101 cruise missiles from Tu-95MS bombers over the Caspian Sea and 2 \
                Kh-22 missiles from Tu-22M3 bombers. Ten cruise missiles were destroyed.";
    assert_eq!(
        tallies(text),
        vec![
            t("Kh-101", CruiseMissile, Some(12), None),
            t("Kh-22", CruiseMissile, Some(2), None),
            t("cruise missile", CruiseMissile, None, Some(10)),
        ]
    );
}

#[test]
fn four_of_them_were_destroyed() {
    let text =
        "Russia launched five Kalibr missiles from the Black Sea. Four of them were destroyed.";
    assert_eq!(
        tallies(text),
        vec![t("Kalibr", CruiseMissile, Some(5), Some(4))]
    );
}

#[test]
fn both_missiles_hit_continues_the_dated_event() {
    // The second sentence has no date: it continues the event of the first (Monday, 13 May).
    let text = "Russia struck Odesa with Iskander-M missiles on Monday, the Ukrainian military said. Both \
                missiles hit port infrastructure.";
    let s = strikes_on(text, day(2024, 5, 16));
    assert_eq!(s.len(), 1, "{s:#?}");
    assert_eq!((s[0].launched, s[0].destroyed), (Some(2), None));
    assert_eq!(s[0].date, day(2024, 5, 13));
    assert_eq!(s[0].target.as_deref(), Some("Odesa"));
}

#[test]
fn air_force_summary_with_a_month_range_and_air_targets() {
    let text = "On the night of May 15 to May 16, the enemy attacked Ukraine with 62 means of air attack: \
                4 Kh-101 cruise missiles from the Saratov region, 3 Iskander-M ballistic missiles from \
                Crimea and 55 Shahed-type attack UAVs. As of 09:00, air defence had shot down 51 air \
                targets: 4 Kh-101 cruise missiles and 47 Shahed UAVs. 6 enemy UAVs were lost locally.";
    let got = strikes_on(text, day(2024, 5, 16));
    assert!(got.iter().all(|s| s.date == day(2024, 5, 16)));
    let got: Vec<Tally> = got
        .into_iter()
        .map(|s| {
            (
                s.weapon,
                s.category,
                s.launched,
                s.destroyed,
                s.lost_locally,
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            t("Kh-101", CruiseMissile, Some(4), Some(4)),
            t("Iskander-M", BallisticMissile, Some(3), None),
            tl("Shahed-136/131", Drone, Some(55), Some(47), 6),
        ]
    );
}

#[test]
fn none_was_intercepted_is_an_explicit_zero() {
    let text = "Russian troops fired 5 S-300 missiles at Kharkiv; none was intercepted.";
    assert_eq!(
        tallies(text),
        vec![t("S-300", BallisticMissile, Some(5), Some(0))]
    );
    let text = "Russia fired two Iskander-M missiles at Sumy. None of them were shot down.";
    assert_eq!(
        tallies(text),
        vec![t("Iskander-M", BallisticMissile, Some(2), Some(0))]
    );
}

#[test]
fn dropped_guided_bombs_were_launched() {
    let text =
        "Over the past day, Russian aircraft dropped 30 guided aerial bombs on the Kharkiv region.";
    assert_eq!(
        tallies(text),
        vec![t("guided bomb", GuidedBomb, Some(30), None)]
    );
}

// ---------------------------------------------------------------- 2. totals vs parts

#[test]
fn headline_total_beside_per_weapon_parts() {
    // Ukrainian Air Force: the "means of air attack" total is the sum of the parts, not a strike of its own.
    let text = "In total, 40 means of air attack were recorded overnight. The enemy launched 2 Iskander-M \
                ballistic missiles and 38 Shahed attack drones. Air defence shot down 30 Shahed drones.";
    assert_eq!(
        tallies(text),
        vec![
            t("Iskander-M", BallisticMissile, Some(2), None),
            t("Shahed-136/131", Drone, Some(38), Some(30)),
        ]
    );
}

#[test]
fn headline_missile_total_beside_named_missiles() {
    let text =
        "Russia launched 18 missiles overnight: 10 Kalibr cruise missiles and 8 Kh-101 cruise \
                missiles. Air defence destroyed 9 Kalibr missiles and all 8 Kh-101.";
    assert_eq!(
        tallies(text),
        vec![
            t("Kalibr", CruiseMissile, Some(10), Some(9)),
            t("Kh-101", CruiseMissile, Some(8), Some(8)),
        ]
    );
    // The headline sentence is evidence of each part.
    assert!(strikes_on(text, None).iter().all(|s| s.evidence.len() == 2));
}

#[test]
fn a_total_that_is_not_the_sum_of_the_parts_stays() {
    // 20 missiles, of which only 18 are named: the two unnamed ones are not lost.
    let text =
        "Russia launched 20 missiles overnight, including 10 Kalibr cruise missiles and 8 Kh-101 \
                cruise missiles.";
    assert_eq!(
        tallies(text),
        vec![
            t("missile", Other, Some(20), None),
            t("Kalibr", CruiseMissile, Some(10), None),
            t("Kh-101", CruiseMissile, Some(8), None),
        ]
    );
}

#[test]
fn a_combined_count_of_two_classes_is_one_fact() {
    // 43 is drones and missiles together: neither class alone.
    let text = "Russia attacked with 43 drones and missiles overnight, 36 of them were destroyed.";
    assert_eq!(
        tallies(text),
        vec![t("drone and missile", Other, Some(43), Some(36))]
    );
}

#[test]
fn regional_breakdown_is_not_the_national_total() {
    // Russian MoD style: a national figure, then the parts per region.
    let text =
        "Air defence systems on duty destroyed 17 Ukrainian UAVs overnight: 15 over the Kursk \
                region and one each over the Bryansk and Lipetsk regions.";
    assert_eq!(tallies(text), vec![t("drone", Drone, None, Some(17))]);
}

/// (destroyed, over) of each strike fact.
fn over(text: &str) -> Vec<(Option<u32>, Option<String>)> {
    strikes_on(text, None)
        .into_iter()
        .map(|s| (s.destroyed, s.over))
        .collect()
}

fn part(n: u32, place: &str) -> (Option<u32>, Option<String>) {
    (Some(n), Some(place.to_string()))
}

#[test]
fn a_regional_list_in_one_sentence_is_a_tally_per_region() {
    // Ukrainian regional style: no national figure, only the parts, each kept with its place.
    let text =
        "Air defence shot down 23 drones over Kyiv region, 5 over Cherkasy and 3 over Poltava.";
    assert_eq!(
        over(text),
        vec![
            part(23, "Kyiv region"),
            part(5, "Cherkasy"),
            part(3, "Poltava")
        ]
    );
    // Russian MoD style.
    let text =
        "The Russian Defense Ministry said air defense systems had intercepted and destroyed 9 \
                drones over the Belgorod region, 2 over Kursk, and 1 over Voronezh.";
    assert_eq!(
        over(text),
        vec![
            part(9, "Belgorod region"),
            part(2, "Kursk"),
            part(1, "Voronezh")
        ]
    );
}

#[test]
fn regional_parts_of_a_launched_total_are_its_destroyed_figure() {
    let text = "Russia launched 40 drones overnight. Air defence shot down 23 drones over Kyiv region and 9 \
                over Cherkasy.";
    assert_eq!(tallies(text), vec![t("drone", Drone, Some(40), Some(32))]);
    assert_eq!(over(text)[0].1, None);
}

#[test]
fn russian_mod_statement_is_attributed() {
    let text =
        "Over the past night, air defence systems on duty intercepted and destroyed 35 Ukrainian \
                unmanned aerial vehicles, the Russian Ministry of Defence said.";
    let s = strikes_on(text, None);
    assert_eq!((s[0].launched, s[0].destroyed), (None, Some(35)));
    assert_eq!(
        s[0].attributed_to.as_deref(),
        Some("Russian Ministry of Defence")
    );
}

#[test]
fn repeated_regional_statements_without_a_national_figure_are_a_tally_per_region() {
    // Russian MoD style: one statement, one sentence per region, no national figure.
    let text = "Air defence systems on duty intercepted and destroyed 12 Ukrainian UAVs over the Belgorod \
                region. Air defence systems on duty destroyed 5 Ukrainian UAVs over the Kursk region. \
                Another 3 UAVs were destroyed over the Bryansk region.";
    assert_eq!(
        over(text),
        vec![
            part(12, "Belgorod region"),
            part(5, "Kursk region"),
            part(3, "Bryansk region")
        ]
    );
    // Each part is tied to its own sentence.
    let s = strikes_on(text, None);
    assert!(s[1].evidence[0].sentence.contains("Kursk"));
    assert_eq!(s[1].evidence.len(), 1);
}

#[test]
fn regional_statements_with_a_national_figure_keep_it() {
    let text =
        "In total, air defence systems on duty destroyed 20 Ukrainian UAVs overnight. Twelve UAVs \
                were destroyed over the Belgorod region and eight over the Kursk region.";
    assert_eq!(tallies(text), vec![t("drone", Drone, None, Some(20))]);
}

#[test]
fn a_national_figure_after_the_regional_parts_wins() {
    // The parts need not cover every region: the national figure is taken as stated.
    let text = "Air defence systems destroyed 12 Ukrainian UAVs over the Belgorod region. Another 5 UAVs \
                were destroyed over the Kursk region. In total, air defence systems on duty destroyed 19 \
                Ukrainian UAVs overnight.";
    assert_eq!(tallies(text), vec![t("drone", Drone, None, Some(19))]);
}

#[test]
fn the_same_region_twice_is_a_restatement() {
    let text = "Air defence destroys 12 UAVs over Belgorod region\n\nOn-duty air defence systems \
                destroyed 12 Ukrainian UAVs over the Belgorod region overnight.";
    assert_eq!(tallies(text), vec![t("drone", Drone, None, Some(12))]);
}

#[test]
fn a_heading_restating_the_tally_is_still_one_fact() {
    let text = "Air defence destroys 20 Shahed drones\n\nOvernight, Russia attacked with 24 Shahed drones; \
                air defence destroyed 20 Shahed drones.";
    assert_eq!(
        tallies(text),
        vec![t("Shahed-136/131", Drone, Some(24), Some(20))]
    );
}

// ---------------------------------------------------------------- 3. casualties

#[test]
fn two_men_and_a_woman_are_three() {
    let text =
        "Two men and a woman were killed when a Russian shell hit a bus stop in Kherson, the \
                regional governor wrote on Telegram.";
    assert_eq!(tolls(text), vec![(Some(3), None, false, true)]);
}

#[test]
fn ages_are_not_counts() {
    assert_eq!(
        tolls("Two men, aged 45 and 52, were killed in the shelling."),
        vec![(Some(2), None, false, false)]
    );
    assert_eq!(
        tolls("A 71-year-old woman was injured when debris fell on her house."),
        vec![(None, Some(1), false, false)]
    );
}

#[test]
fn ages_in_commas_are_not_counts() {
    // Governor's Telegram style.
    assert_eq!(
        tolls("A man, 47, was killed and his wife, 44, was injured."),
        vec![(Some(1), Some(1), false, false)]
    );
    assert_eq!(
        tolls("An 80-year-old woman and her 55-year-old son were killed."),
        vec![(Some(2), None, false, false)]
    );
}

#[test]
fn governors_telegram_phrasings() {
    assert_eq!(
        tolls("As a result of the attack, a man born in 1985 was injured."),
        vec![(None, Some(1), false, false)]
    );
    assert_eq!(
        tolls("One person was killed and another injured."),
        vec![(Some(1), Some(1), false, false)]
    );
    assert_eq!(
        tolls("A couple and their two children were wounded."),
        vec![(None, Some(4), false, false)]
    );
    let got = casualties_on("No one was killed or injured in the attack.");
    assert_eq!((got[0].killed, got[0].injured), (Some(0), Some(0)));
}

#[test]
fn qualified_counts() {
    let text =
        "Russian attacks over the past day killed at least five civilians and wounded 17 others, \
                regional officials said.";
    assert_eq!(tolls(text), vec![(Some(5), Some(17), false, true)]);
}

#[test]
fn the_toll_in_the_same_sentence_is_the_figure() {
    // Three more deaths bring the toll to 12: the toll is the number of people killed.
    let text = "Three people died in hospital, bringing the death toll to 12.";
    assert_eq!(tolls(text), vec![(Some(12), None, false, false)]);
}

#[test]
fn each_side_claims_its_own_toll() {
    let text = "Ukraine's Defence Ministry said 19 people were killed in the Russian strike on Chernihiv. \
                Russia's Defence Ministry claimed its strike had killed 30 Ukrainian servicemen.";
    let got = casualties_on(text);
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].killed, Some(19));
    assert_eq!(got[1].killed, Some(30));
    assert!(got[1]
        .attributed_to
        .as_deref()
        .is_some_and(|a| a.starts_with("Russia")));
}

#[test]
fn hospitalised_means_injured() {
    assert_eq!(
        tolls("Four people were hospitalised after the drone attack on Dnipro."),
        vec![(None, Some(4), false, false)]
    );
    // The hospitalised are some of the injured, not more people.
    assert_eq!(
        tolls("The governor said 47 people were injured, 12 of them children, and seven were hospitalised."),
        vec![(None, Some(47), false, true)]
    );
}

#[test]
fn death_toll_update_replaces() {
    let text =
        "A Russian missile struck a residential building in Dnipro, killing 12 people. By Sunday \
                evening the death toll had risen to 21.";
    assert_eq!(tolls(text), vec![(Some(21), None, false, false)]);
}

#[test]
fn no_casualties_is_an_explicit_zero() {
    let text = "Debris fell on a warehouse in the Brovary district. There were no casualties, the governor \
                said.";
    let got = casualties_on(text);
    assert_eq!(got.len(), 1);
    assert_eq!((got[0].killed, got[0].injured), (Some(0), Some(0)));
}

#[test]
fn national_summary_and_city_parts() {
    let text = "Russian strikes killed seven people and injured 34 across the country overnight. In \
                Kharkiv, four people were killed and 20 were injured. In Odesa, three people were killed \
                and 14 were injured.";
    assert_eq!(
        tolls(text),
        vec![
            (Some(7), Some(34), true, false),
            (Some(4), Some(20), false, false),
            (Some(3), Some(14), false, false),
        ]
    );
}

#[test]
fn elliptic_per_city_tolls() {
    let text = "Russian strikes killed four people overnight, officials said. Two people died in \
                Zaporizhzhia and two in Kherson.";
    let got = casualties_on(text);
    let brief: Vec<(Option<u32>, bool, Option<String>)> = got
        .iter()
        .map(|c| (c.killed, c.summary, c.place.clone()))
        .collect();
    assert_eq!(
        brief,
        vec![
            (Some(4), true, None),
            (Some(2), false, Some("Zaporizhzhia".to_string())),
            (Some(2), false, Some("Kherson".to_string())),
        ]
    );
}

#[test]
fn a_summary_after_its_parts() {
    let text =
        "In Kharkiv, three people were killed. In Odesa, two people were killed. Five people were \
                killed in the overnight attacks.";
    assert_eq!(
        tolls(text),
        vec![
            (Some(3), None, false, false),
            (Some(2), None, false, false),
            (Some(5), None, true, false),
        ]
    );
    let text = "In Kharkiv, three people were killed. In all, four people were killed overnight.";
    assert_eq!(
        tolls(text),
        vec![(Some(3), None, false, false), (Some(4), None, true, false)]
    );
}

#[test]
fn a_toll_claimed_by_the_other_side_stays_attributed() {
    let text =
        "Russia's Defence Ministry claimed that up to 60 Ukrainian servicemen were killed in the \
                strike.";
    let got = casualties_on(text);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].killed, Some(60));
    assert!(got[0]
        .attributed_to
        .as_deref()
        .is_some_and(|a| a.contains("Defence Ministry")));
}

// ---------------------------------------------------------------- 4. dates

fn strike_dates(text: &str, report: Option<NaiveDate>) -> Vec<Option<NaiveDate>> {
    strikes_on(text, report)
        .into_iter()
        .map(|s| s.date)
        .collect()
}

#[test]
fn day_ranges_take_the_later_day() {
    let text =
        "Russia attacked Ukraine with 20 Shahed drones on July 17-18; air defence shot down 18.";
    assert_eq!(strike_dates(text, day(2023, 7, 19)), vec![day(2023, 7, 18)]);
}

#[test]
fn night_of_d_to_d_month() {
    let text = "On the night of 17 to 18 July, the enemy attacked with 6 Kalibr cruise missiles.";
    assert_eq!(strike_dates(text, day(2023, 7, 18)), vec![day(2023, 7, 18)]);
}

#[test]
fn weekday_resolves_against_the_report_date() {
    // 16 May 2024 was a Thursday: "on Tuesday" is 14 May.
    let text = "Two Iskander-M missiles hit Kharkiv on Tuesday.";
    assert_eq!(strike_dates(text, day(2024, 5, 16)), vec![day(2024, 5, 14)]);
    // The same weekday as the report date is the report date itself.
    let text = "Russia launched 12 drones at Sumy on Thursday.";
    assert_eq!(strike_dates(text, day(2024, 5, 16)), vec![day(2024, 5, 16)]);
}

#[test]
fn yesterday_and_last_night() {
    let text = "Russia launched 12 drones at Sumy yesterday.";
    assert_eq!(strike_dates(text, day(2024, 5, 16)), vec![day(2024, 5, 15)]);
    let text = "Russia launched 12 drones at Sumy last night.";
    assert_eq!(strike_dates(text, day(2024, 5, 16)), vec![day(2024, 5, 16)]);
}

#[test]
fn relative_dates_never_guess_a_year() {
    let text =
        "Two Iskander-M missiles hit Kharkiv on Tuesday. Russia launched 12 drones yesterday.";
    assert_eq!(strike_dates(text, None), vec![None, None]);
    let text = "On the night of 17 to 18 July, the enemy attacked with 6 Kalibr cruise missiles.";
    assert_eq!(strike_dates(text, None), vec![None]);
}

// ---------------------------------------------------------------- 5. numbers never counted

#[test]
fn aircraft_carrying_missiles_are_not_counted() {
    let text = "Air defence destroyed 5 Kinzhal missiles launched from six MiG-31K fighters.";
    assert_eq!(
        tallies(text),
        vec![t("Kinzhal", AeroballisticMissile, None, Some(5))]
    );
    let text = "The enemy launched 12 Kh-101 cruise missiles from nine Tu-95MS strategic bombers.";
    assert_eq!(
        tallies(text),
        vec![t("Kh-101", CruiseMissile, Some(12), None)]
    );
}

#[test]
fn regions_times_storeys_days_are_not_counted() {
    let text = "At 01:20, air defence destroyed 20 drones in 12 regions.";
    assert_eq!(tallies(text), vec![t("drone", Drone, None, Some(20))]);
    let text = "Around 1800 GMT the air force reported that 7 drones had been shot down.";
    assert_eq!(tallies(text), vec![t("drone", Drone, None, Some(7))]);
    let text = "A drone hit a nine-storey building, injuring two people.";
    assert!(tallies(text).iter().all(|x| x.2.is_none() && x.3.is_none()));
    assert_eq!(tolls(text), vec![(None, Some(2), false, false)]);
}

#[test]
fn running_totals_of_the_war_are_not_strikes() {
    let text = "Russia has fired more than 9,000 missiles at Ukraine since February 2022. Since the start \
                of the full-scale invasion, air defence has shot down over 7,000 Shahed drones.";
    assert_eq!(tallies(text), vec![]);
    let text = "In episode 482, we discuss how Russia launched 3,000 drones in 31 months.";
    assert_eq!(tallies(text), vec![]);
    // "since" with a time of day is part of an event.
    let text = "Since 18:00 on May 15, Russia launched 30 Shahed drones at Ukraine.";
    assert_eq!(
        tallies(text),
        vec![t("Shahed-136/131", Drone, Some(30), None)]
    );
}

#[test]
fn distances_are_not_launch_sites() {
    let text = "A Shahed drone struck a nine-storey building 40 km from the border.";
    let s = strikes_on(text, None);
    assert_eq!(s.len(), 1);
    assert_eq!((s[0].launched, s[0].destroyed), (Some(1), None));
    assert_eq!(s[0].launched_from, None);
}

#[test]
fn war_days_months_and_episodes_give_nothing() {
    let text =
        "Day 510 of the war. After 31 months of fighting, episode 482 of the podcast looks at the \
                drone war 40 kilometres from the front.";
    let counted: Vec<Fact> = extract(text, None)
        .into_iter()
        .filter(|f| matches!(f, Fact::Strike(_) | Fact::Casualties(_) | Fact::Forces(_)))
        .collect();
    assert!(counted.is_empty(), "{counted:#?}");
}

// ---------------------------------------------------------------- a full daily summary

#[test]
fn air_force_daily_summary() {
    let text = "On the night of 17 to 18 July, the enemy attacked with 2 Iskander-M ballistic missiles and \
                25 Shahed-136/131 attack drones launched from the Kursk region. Tu-95MS strategic \
                bombers also launched 6 Kh-101 cruise missiles. In total, air defence detected and tracked \
                33 means of air attack. Air defence shot down 22 Shahed drones and 4 Kh-101 missiles; 3 \
                drones were lost locally.";
    let got: Vec<Tally> = strikes_on(text, day(2023, 7, 18))
        .into_iter()
        .map(|s| {
            assert_eq!(s.date, day(2023, 7, 18), "{}", s.weapon);
            (
                s.weapon,
                s.category,
                s.launched,
                s.destroyed,
                s.lost_locally,
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            t("Iskander-M", BallisticMissile, Some(2), None),
            tl("Shahed-136/131", Drone, Some(25), Some(22), 3),
            t("Kh-101", CruiseMissile, Some(6), Some(4)),
        ]
    );
}

// Found by reading a hand-written wire report and a MoD statement through `sitrep facts`.

#[test]
fn quoted_lost_locally_is_still_lost() {
    assert_eq!(
        tallies(
            "Air defence units shot down 54 drones over 11 regions, while 10 more were \"lost locally\" due to electronic warfare."
        ),
        vec![tl("drone", Drone, None, Some(54), 10)]
    );
}

#[test]
fn none_of_the_missiles_in_a_later_sentence_is_zero_destroyed() {
    assert_eq!(
        tallies("Russia launched three Iskander-M ballistic missiles and 20 drones. None of the three missiles were shot down."),
        vec![
            t("Iskander-M", BallisticMissile, Some(3), Some(0)),
            t("drone", Drone, Some(20), None),
        ]
    );
}

#[test]
fn a_number_word_before_a_class_noun_is_a_count_not_a_weapon_name() {
    let found = over("\"Fifteen UAVs were destroyed over the Kursk region, seven over the Belgorod region and one over the Bryansk region,\" the ministry said.");
    assert_eq!(
        found,
        vec![
            part(15, "Kursk region"),
            part(7, "Belgorod region"),
            part(1, "Bryansk region")
        ]
    );
}

// ---------------------------------------------------------------- 7. QA round: reports as fed to sitrep

#[test]
fn neither_was_intercepted_is_zero() {
    // Wire report: two missiles, "Neither was intercepted" in a later sentence.
    let text = "Russia struck the port of Odesa with two Iskander-M ballistic missiles on Friday, killing \
                three people. Both missiles were launched from occupied Crimea, the Air Force said. Neither \
                was intercepted.";
    assert_eq!(
        tallies(text),
        vec![t("Iskander-M", BallisticMissile, Some(2), Some(0))]
    );
}

#[test]
fn shot_down_n_of_them_in_the_next_sentence() {
    // Ukrainian Air Force: launched in one sentence, "shot down 88 of them" in the next.
    let text = "Overnight, Russia launched 112 strike drones from Chauda in Crimea, Kursk and Millerovo, \
                the Air Force said. Air defence shot down 88 of them, while 19 imitator drones were lost \
                locally.";
    assert_eq!(
        tallies(text),
        vec![
            t("Shahed-136/131", Drone, Some(112), Some(88)),
            tl("decoy drone", Drone, None, None, 19),
        ]
    );
}

#[test]
fn uncrewed_surface_vessels_are_naval_drones() {
    // Russian MoD: sea drones destroyed beside air drones, one fact each.
    let text =
        "Russia's Defence Ministry said its Black Sea Fleet destroyed 10 uncrewed surface vessels \
                in the Black Sea and 13 drones over the Krasnodar region.";
    assert_eq!(
        tallies(text),
        vec![
            t("naval drone", Drone, None, Some(10)),
            t("drone", Drone, None, Some(13)),
        ]
    );
}

#[test]
fn a_target_in_a_later_sentence_about_another_attack_is_not_taken() {
    // Belgorod governor: eight drones shot down; the drone attack on Rylsk is in the Kursk region.
    let text = "Air defence systems also shot down eight drones over the Belgorod region, Gladkov said. \
                In the neighbouring Kursk region, Governor Alexander Khinshtein said a child was injured by \
                a drone attack on Rylsk.";
    let s = strikes_on(text, None);
    assert_eq!(s.len(), 2);
    assert_eq!((s[0].destroyed, s[0].target.as_deref()), (Some(8), None));
    // The attack on Rylsk is an event of its own, without counts.
    assert_eq!(
        (s[1].destroyed, s[1].target.as_deref()),
        (None, Some("Rylsk"))
    );
}

#[test]
fn a_headline_toll_with_dozens_is_the_body_toll() {
    // AP style: the title's "kills 9, injures dozens" is the body's toll, updated later in the day.
    let text = "Russian missile strike on Dnipro kills 9, injures dozens\n\nKYIV, Ukraine (AP) — A Russian \
                missile strike on the central Ukrainian city of Dnipro killed nine people and injured 48 on \
                Tuesday, regional governor Serhiy Lysak said.\n\nLater in the day the death toll rose to \
                12, Lysak said, with 51 people injured.";
    assert_eq!(tolls(text), vec![(Some(12), Some(51), false, true)]);
}

#[test]
fn a_headline_update_is_the_body_toll() {
    let text = "Death toll from Zaporizhzhia strike rises to 13\n\nRussian guided bombs hit an industrial \
                area of Zaporizhzhia on Wednesday afternoon, killing at least 11 people and injuring more \
                than 50, regional governor Ivan Fedorov said.\n\nBy evening the toll had risen to 13 dead \
                and 63 injured, Fedorov said.";
    assert_eq!(tolls(text), vec![(Some(13), Some(63), false, true)]);
}

#[test]
fn a_headline_toll_split_over_body_sentences_is_not_added() {
    // Governor's update: the title's two killed and 17 hospitalised are the body's.
    let text = "Kharkiv under attack: two killed, 17 hospitalised\n\nThe enemy struck Kharkiv with guided \
                aerial bombs, the governor wrote on Telegram.\n\nIn the Kyivskyi district a 54-year-old man \
                and a 67-year-old woman were killed. Seventeen people were hospitalised, including three \
                children aged 5, 9 and 14.\n\nSeparately, in Kupiansk a man, 38, was wounded by artillery \
                shelling.";
    let got = tolls(text);
    let killed: u32 = got.iter().filter(|t| !t.2).filter_map(|t| t.0).sum();
    let injured: u32 = got.iter().filter(|t| !t.2).filter_map(|t| t.1).sum();
    assert_eq!((killed, injured), (2, 18));
}

#[test]
fn a_headline_toll_alone_is_kept() {
    let text =
        "Two killed in Kherson shelling\n\nRussian artillery shelled the city overnight, the \
                regional administration said.";
    assert_eq!(tolls(text), vec![(Some(2), None, false, false)]);
}

fn forces_in(text: &str) -> Vec<(Option<u64>, String)> {
    extract(text, None)
        .into_iter()
        .filter_map(|f| match f {
            Fact::Forces(f) => Some((f.count, f.unit)),
            _ => None,
        })
        .collect()
}

#[test]
fn claimed_losses_are_not_forces() {
    // Russian MoD daily statement: losses inflicted, and a list of equipment lost.
    let text = "Russian troops also liberated the settlement of Novoselivka, the ministry said, and inflicted \
                losses of up to 1,450 servicemen on the Ukrainian armed forces. The ministry said the enemy \
                lost two tanks and 14 armoured vehicles in the Kupyansk direction.";
    assert_eq!(forces_in(text), vec![]);
    // A deployment listed the same way still counts.
    let text = "Russia has deployed 50,000 troops and 300 tanks near Pokrovsk.";
    assert_eq!(
        forces_in(text),
        vec![
            (Some(50_000), "troops".to_string()),
            (Some(300), "tanks".to_string())
        ]
    );
}

#[test]
fn shadow_fleet_vessels_are_not_warships() {
    // EU sanctions report: no forces, no strikes, no casualties.
    let text = "European Union ambassadors agreed on Wednesday a 17th package of sanctions against Russia, \
                targeting nearly 200 vessels of Moscow's shadow fleet, diplomats said. The package also adds \
                75 individuals and entities to the EU's sanctions list, two diplomats said.";
    assert_eq!(forces_in(text), vec![]);
    assert!(strikes_on(text, None).is_empty());
    assert!(casualties_on(text).is_empty());
}

#[test]
fn a_possessive_target_keeps_its_noun() {
    let text =
        "Russia launched 74 drones at Ukraine's energy system overnight, the Air Force said.";
    let s = strikes_on(text, None);
    assert_eq!(s[0].target.as_deref(), Some("Ukraine's energy system"));
}

#[test]
fn drones_that_hit_after_the_launched_tally_are_part_of_it() {
    // Air Force: five of the 112 drones hit targets; they are not five more launched.
    let text = "Overnight, Russia launched 112 strike drones from Chauda, the Air Force said. Air defence \
                shot down 88 of them, while 19 imitator drones were lost locally. Five drones hit targets \
                in Sumy and Chernihiv regions.";
    assert_eq!(
        tallies(text),
        vec![
            t("Shahed-136/131", Drone, Some(112), Some(88)),
            tl("decoy drone", Drone, None, None, 19),
        ]
    );
}

#[test]
fn including_a_named_weapon_does_not_give_it_the_class_total() {
    // "48 missiles ... including Kh-101 missiles": the Kh-101 are some of the 48, not all of them.
    let text = "Russia launched 476 drones and 48 missiles overnight, the Air Force said, including Kh-101 \
                missiles that struck Ternopil.";
    assert_eq!(
        tallies(text),
        vec![
            t("drone", Drone, Some(476), None),
            t("missile", Other, Some(48), None),
            t("Kh-101", CruiseMissile, None, None),
        ]
    );
}

#[test]
fn prisoners_exchanged_are_not_forces() {
    let text = "Ukraine and Russia exchanged 390 prisoners each on Friday, President Volodymyr Zelensky said. \
                Among those returned were 270 soldiers and 120 civilians, the Coordination Headquarters said. \
                Russia's Defence Ministry confirmed that 390 Russian servicemen and civilians had returned \
                home.";
    assert_eq!(forces_in(text), vec![]);
}

#[test]
fn a_dateline_date_gives_way_to_the_weekday_of_the_event() {
    // AP dateline filed on Saturday April 5, 2025; the strike was "on Friday evening".
    let text = "KRYVYI RIH, Ukraine, April 5, 2025 (AP) — A Russian ballistic missile struck a residential \
                area of Kryvyi Rih on Friday evening, killing four people.";
    assert_eq!(strike_dates(text, day(2025, 4, 5)), vec![day(2025, 4, 4)]);
    // Without a weekday the dateline date stands.
    let text = "KYIV, Ukraine, April 5, 2025 (AP) — Russia launched 40 drones overnight.";
    assert_eq!(strike_dates(text, day(2025, 4, 5)), vec![day(2025, 4, 5)]);
}

#[test]
fn neptune_md_is_named_not_the_last_missile() {
    // Russian MoD: the Neptune-MD shot down is Ukrainian, not one of the Kalibr named before.
    let text = "Russian forces carried out a strike with Kalibr sea-based missiles on facilities in Nikolaev, \
                the Russian Defence Ministry said. Air defence shot down a Neptune-MD long-range missile.";
    assert_eq!(
        tallies(text),
        vec![
            t("Kalibr", CruiseMissile, None, None),
            t("Neptune", CruiseMissile, None, Some(1)),
        ]
    );
}

#[test]
fn zircon_both_shot_down() {
    let text = "Russia fired two 3M22 Zircon hypersonic missiles at Kyiv at around 04:30 on Saturday, the \
                Ukrainian Air Force said. Both were shot down by Patriot air defence systems.";
    assert_eq!(
        tallies(text),
        vec![t("Zircon", CruiseMissile, Some(2), Some(2))]
    );
}

#[test]
fn drones_and_decoys_is_the_drone_count() {
    let text = "The Air Force said 728 drones and decoys and 13 missiles were launched, of which 718 drones \
                and 7 missiles were neutralised.";
    assert_eq!(
        tallies(text),
        vec![
            t("drone", Drone, Some(728), Some(718)),
            t("missile", Other, Some(13), Some(7)),
        ]
    );
}

#[test]
fn a_class_total_with_destroyed_keeps_its_destroyed_in_the_parts() {
    // "31 of the 36 missiles" over two named parts that sum to 36: the 31 is split in the next sentence.
    let text = "According to the Air Force, the enemy attacked with 36 missiles: 30 X-101 cruise missiles \
                launched from Tu-95MS aircraft and six Kalibr missiles from ships in the Black Sea. 31 of the \
                36 missiles were destroyed by air defence. Of them, 28 were X-101 and three were Kalibr.";
    assert_eq!(
        tallies(text),
        vec![
            t("Kh-101", CruiseMissile, Some(30), Some(28)),
            t("Kalibr", CruiseMissile, Some(6), Some(3)),
        ]
    );
    // Without the split, the 31 is not lost: the class total stays beside its parts.
    let text = "According to the Air Force, the enemy attacked with 36 missiles: 30 X-101 cruise missiles \
                and six Kalibr missiles. 31 of the 36 missiles were destroyed by air defence.";
    assert_eq!(
        tallies(text),
        vec![
            t("missile", Other, Some(36), Some(31)),
            t("Kh-101", CruiseMissile, Some(30), None),
            t("Kalibr", CruiseMissile, Some(6), None),
        ]
    );
}

#[test]
fn coordinated_weapons_before_a_launch_verb_and_a_later_part() {
    let text = "In addition, a dozen Shahed drones and four Kh-22 missiles launched from Tu-22M3 bombers \
                targeted Odesa and Mykolaiv regions. Nine of the drones were destroyed; the Kh-22 missiles \
                were not intercepted.";
    assert_eq!(
        tallies(text),
        vec![
            t("Shahed-136/131", Drone, Some(12), Some(9)),
            t("Kh-22", CruiseMissile, Some(4), Some(0)),
        ]
    );
}

fn report_day(text: &str) -> Option<NaiveDate> {
    sitrep::extract::dates::report_date(text).map(|d| d.date)
}

#[test]
fn day_numbers_with_a_thousands_comma() {
    let text = "Day 1,201: Russia launches 100 drones\n\nRussia launched 100 Shahed drones overnight on June 8, \
                the Air Force said.";
    assert_eq!(report_day(text), day(2025, 6, 8));
}

#[test]
fn a_year_ago_date_near_the_top_is_not_the_report_date() {
    // The full date is a year earlier than the undated June 8 the report is about.
    let text = "Russia launches 100 drones\n\nRussia launched 100 Shahed drones overnight on June 8, the Air \
                Force said. Air defence shot down 80 of them.\n\nA year ago, on June 8, 2024, a similar attack \
                killed five people in Kharkiv.\n";
    assert_eq!(report_day(text), day(2025, 6, 8));
}

#[test]
fn hospitalised_in_a_later_sentence_are_some_of_the_injured() {
    let text = "Russia launched its largest drone attack of the war on Kyiv overnight, killing two people and \
                injuring 23, officials said on Friday. Kyiv Mayor Vitali Klitschko said 14 people were \
                hospitalised.";
    assert_eq!(tolls(text), vec![(Some(2), Some(23), false, true)]);
    // More hospitalised than injured stated: not the same people, a fact of its own.
    let text = "Two people were injured in Odesa. In Kharkiv, 14 people were hospitalised.";
    assert_eq!(tolls(text).len(), 2);
}

#[test]
fn a_toll_of_an_earlier_dated_attack_is_background() {
    let text = "A Russian drone hit a bus in Sumy on Saturday, killing nine people. A year ago, on June 8, \
                2024, a similar attack killed five people in Kharkiv.";
    let got: Vec<Option<u32>> = extract(text, day(2025, 6, 8))
        .into_iter()
        .filter_map(|f| match f {
            Fact::Casualties(c) => Some(c.killed),
            _ => None,
        })
        .collect();
    assert_eq!(got, vec![Some(9)]);
}

#[test]
fn a_launch_site_ends_at_the_next_verb() {
    let text =
        "Four Kh-22 missiles launched from Tu-22M3 bombers targeted Odesa and Mykolaiv regions.";
    let s = strikes_on(text, None);
    assert_eq!(s[0].launched_from.as_deref(), Some("Tu-22M3 bombers"));
}

#[test]
fn a_class_count_does_not_stand_for_an_uncounted_weapon_of_another_sentence() {
    // Russian MoD: Russia's own Geran-2 strike, then Ukrainian drones shot down: not Geran-2.
    let text = "Russian forces carried out a strike with Kalibr missiles and Geran-2 drones on facilities in \
                Nikolaev, the Russian Defence Ministry said. Air defence shot down 46 aircraft-type drones \
                over the Kursk, Belgorod and Voronezh regions.";
    assert_eq!(
        tallies(text),
        vec![
            t("Kalibr", CruiseMissile, None, None),
            t("Shahed-136/131", Drone, None, None),
            t("drone", Drone, None, Some(46)),
        ]
    );
}

#[test]
fn a_class_restatement_of_a_named_launched_total_is_that_weapon() {
    // "Of the 147 drones" restates the 147 Shahed-type drones (with imitators): one fact, not 147 twice.
    // The imitators share the count: no tally of their own.
    let text = "Overnight, Russia attacked Ukraine with 147 Shahed-type attack drones and drone imitators \
                launched from Kursk, the Air Force said. Of the 147 drones, 87 were shot down in the north, \
                south and east of the country. Another 40 were locally lost to electronic warfare.";
    assert_eq!(
        tallies(text),
        vec![tl("Shahed-136/131", Drone, Some(147), Some(87), 40)]
    );
}

#[test]
fn losses_claimed_by_either_side_are_not_forces() {
    let text = "Ukrainian forces lost between 1,200 and 1,500 servicemen over the past week in the Kursk \
                region, Russia's Defence Ministry claimed. The ministry also said 22 tanks and 16 armoured \
                personnel carriers were destroyed. Ukraine's General Staff said Russian losses over the past \
                day amounted to 1,290 troops, 8 tanks and 41 artillery systems. Russia said it had struck \
                a meeting of commanders, killing up to 85 servicemen.";
    assert_eq!(forces_in(text), vec![]);
}

#[test]
fn kamikaze_drones_of_the_general_staff_are_not_named_shaheds() {
    // General Staff daily report: "kamikaze drones" are mostly FPV drones; the type is not named.
    let text = "In addition, Russia used 1,989 kamikaze drones and carried out 4,100 attacks on settlements \
                and positions.";
    assert_eq!(tallies(text), vec![t("drone", Drone, Some(1989), None)]);
    // A Shahed named with the word is still a Shahed.
    let text = "Russia launched 30 Shahed kamikaze drones overnight.";
    assert_eq!(
        tallies(text),
        vec![t("Shahed-136/131", Drone, Some(30), None)]
    );
}

#[test]
fn launched_from_the_airspace_over_a_region() {
    let text = "The enemy attacked with two Kh-59 guided air missiles from the airspace over the Kursk region.";
    let s = strikes_on(text, None);
    assert_eq!(
        s[0].launched_from.as_deref(),
        Some("the airspace over the Kursk region")
    );
}

#[test]
fn weekly_totals_are_not_strikes() {
    // President's weekly round-up: totals of many attacks, not one event.
    let text = "This week alone, Russia launched more than 1,300 attack drones, nearly 900 guided aerial bombs \
                and almost 40 missiles of various types against Ukraine, President Volodymyr Zelensky said.";
    assert_eq!(tallies(text), vec![]);
    let text =
        "Over the past week, Russia used 1,050 drones and 1,300 guided bombs, Zelensky said.";
    assert_eq!(tallies(text), vec![]);
    // "Last week" dates one attack.
    let text = "Last week, Russia launched 40 missiles at Kyiv.";
    assert_eq!(tallies(text), vec![t("missile", Other, Some(40), None)]);
}

#[test]
fn an_attack_this_week_is_still_an_attack() {
    let text =
        "Russia launched 40 missiles at Kyiv on Tuesday, the third massive attack this week.";
    assert_eq!(tallies(text), vec![t("missile", Other, Some(40), None)]);
}

#[test]
fn an_adverb_between_auxiliary_and_verb() {
    let text = "Two drones were also shot down over the Kherson region overnight.";
    assert_eq!(tallies(text), vec![t("drone", Drone, None, Some(2))]);
    let text = "Russia launched 20 Shahed drones at Odesa. 18 drones were again intercepted by air defence.";
    assert_eq!(
        tallies(text),
        vec![t("Shahed-136/131", Drone, Some(20), Some(18))]
    );
}

#[test]
fn a_dateline_date_gives_way_to_the_event_date_in_the_sentence() {
    let text = "KYIV, Jan 1, 2025 (Reuters) - Russia launched 111 drones at Ukraine on the night of December \
                31, the Air Force said on Wednesday.";
    assert_eq!(strike_dates(text, day(2025, 1, 1)), vec![day(2024, 12, 31)]);
}

// ---- Constructions of real reports (own sentences written for each) ----

#[test]
fn each_side_keeps_its_own_tally() {
    // A digest quoting both sides: the Ukrainian drones Russia downed are not the Russian ones Kyiv downed.
    let text = "Moscow said its forces destroyed 41 Ukrainian drones over the border regions. Kyiv's air force \
                said it downed 70 of 95 Russian drones launched overnight.";
    assert_eq!(
        tallies(text),
        vec![
            t("drone", Drone, None, Some(41)),
            t("drone", Drone, Some(95), Some(70)),
        ]
    );
    // The interceptor names the side when no adjective does.
    let text =
        "Russian air defences shot down 14 drones over Kursk. The Ukrainian air force said it \
                intercepted 30 of 33 drones.";
    assert_eq!(
        tallies(text),
        vec![
            t("drone", Drone, None, Some(14)),
            t("drone", Drone, Some(33), Some(30)),
        ]
    );
}

#[test]
fn a_second_attack_in_one_sentence_is_its_own_tally() {
    let text = "Of the 40 drones fired at Ukraine on May 3-4, air defence shot down 36, and of the 15 drones \
                fired on May 4-5, it shot down nine.";
    assert_eq!(
        tallies(text),
        vec![
            t("drone", Drone, Some(40), Some(36)),
            t("drone", Drone, Some(15), Some(9)),
        ]
    );
}

#[test]
fn another_count_is_more_weapons_unless_it_is_a_regional_part() {
    let text = "Air defence intercepted six Vampire rockets near Belgorod. Another 11 Vampire rockets were \
                intercepted in two attacks earlier in the day.";
    assert_eq!(
        tallies(text),
        vec![
            t("Vampire", Other, None, Some(6)),
            t("Vampire", Other, None, Some(11)),
        ]
    );
}

#[test]
fn an_exact_figure_replaces_an_approximate_one() {
    let text =
        "Russia attacked with almost 200 drones and 20 missiles overnight. The Air Force said the \
                attack involved 196 drones, of which 170 were shot down.";
    assert_eq!(
        tallies(text),
        vec![
            t("drone", Drone, Some(196), Some(170)),
            t("missile", Other, Some(20), None),
        ]
    );
}

#[test]
fn weapon_nouns_that_modify_another_noun_are_not_counted() {
    // A unit, a system, a piece: none is a tally.
    let text = "All twelve targets were downed by a mobile missile unit. Part of a drone fell on a garage. \
                Ukraine destroyed a Russian S-400 air defence system near Kherson.";
    assert!(
        tallies(text).iter().all(|x| x.2.is_none() && x.3.is_none()),
        "{:?}",
        tallies(text)
    );
    // "a fire" is a noun, not a launch.
    let text = "Firefighters put out a fire started when a drone fell on a shed.";
    assert_eq!(tallies(text), vec![]);
}

#[test]
fn shot_down_all_of_them_after_several_weapons() {
    let text = "Overnight Russia launched six ballistic missiles and 14 drones at Kyiv, and air defence shot \
                down all of them.";
    assert_eq!(
        tallies(text),
        vec![
            t("ballistic missile", BallisticMissile, Some(6), Some(6)),
            t("drone", Drone, Some(14), Some(14)),
        ]
    );
}

#[test]
fn missiles_that_hit_add_to_those_shot_down() {
    let text =
        "Air defence shot down three missiles over the region. Two missiles hit a fuel depot.";
    assert_eq!(tallies(text), vec![t("missile", Other, Some(5), Some(3))]);
    // Alone, the hits are what is known to have been launched.
    let text = "Two missiles hit a fuel depot overnight.";
    assert_eq!(tallies(text), vec![t("missile", Other, Some(2), None)]);
}

#[test]
fn missiles_not_intercepted_were_launched() {
    let text = "Air defence shot down five of the six cruise missiles. Three more ballistic missiles were \
                not intercepted.";
    assert_eq!(
        tallies(text),
        vec![
            t("cruise missile", CruiseMissile, Some(6), Some(5)),
            t("ballistic missile", BallisticMissile, Some(3), Some(0)),
        ]
    );
}

#[test]
fn rockets_are_rocket_artillery_not_the_missile_named_before() {
    let text =
        "Air defence intercepted three Tochka-U missiles and eight rockets from Vilkha launchers. \
                Four Vilkha MLRS rockets were shot down later.";
    let got = tallies(text);
    assert_eq!(got[0], t("Tochka-U", BallisticMissile, None, Some(3)));
    assert_eq!(got[1], t("Vilkha", Other, None, Some(8)));
}

#[test]
fn headline_words_days_and_adjectives_are_no_weapon_names() {
    let text = "Russia Destroys Drones Over Three Regions\n\nUkraine shot down on Sunday missiles aimed at \
                Odesa. Air defence destroyed four Russia-launched cruise missiles.";
    let names: Vec<String> = tallies(text).into_iter().map(|x| x.0).collect();
    assert!(
        !names
            .iter()
            .any(|n| ["Destroys", "Sunday", "Russia-launched"].contains(&n.as_str())),
        "{names:?}"
    );
}

#[test]
fn iskander_k_is_a_cruise_missile() {
    let text = "Russia fired two Iskander-K missiles at Kharkiv.";
    assert_eq!(
        tallies(text),
        vec![t("Iskander-K", CruiseMissile, Some(2), None)]
    );
}

#[test]
fn a_total_of_n_after_an_intercepting_verb_is_destroyed() {
    let text = "Air defences intercepted a total of 27 drones over four regions overnight.";
    assert_eq!(tallies(text), vec![t("drone", Drone, None, Some(27))]);
}

// ---- Strike tallies, part 2: constructions of real reports (own sentences) ----

#[test]
fn a_comma_list_of_counted_weapons_shares_the_verb_after_it() {
    let text = "The commander said 12 Kh-101 missiles, 40 Shahed drones and two reconnaissance drones were \
                destroyed.";
    assert_eq!(
        tallies(text),
        vec![
            t("Kh-101", CruiseMissile, None, Some(12)),
            t("Shahed-136/131", Drone, None, Some(40)),
            t("reconnaissance drone", Drone, None, Some(2)),
        ]
    );
}

#[test]
fn a_headline_class_count_folds_into_the_named_weapon_with_the_same_figure() {
    // The title counts "drones"; the body names them and two kinds of drone share the event.
    let text =
        "Air defence downs 25 drones over Odesa\n\nAir defence said 25 Shahed drones and one \
                reconnaissance drone were shot down overnight.";
    assert_eq!(
        tallies(text),
        vec![
            t("Shahed-136/131", Drone, None, Some(25)),
            t("reconnaissance drone", Drone, None, Some(1)),
        ]
    );
}

#[test]
fn all_the_weapons_launched_were_downed_after_a_destroyed_figure() {
    // "launched" after the noun is a participle; "all" restates the destroyed figure as the launched one.
    let text =
        "Air defence destroyed six Russian ballistic missiles over Kyiv at dawn. All the missiles \
                launched were downed, the Air Force said.";
    assert_eq!(
        tallies(text),
        vec![t("ballistic missile", BallisticMissile, Some(6), Some(6))]
    );
    let text = "The drones launched by Russia were all shot down.";
    assert!(tallies(text).iter().all(|f| f.2.is_none()));
}

#[test]
fn a_reminder_of_an_earlier_attack_is_background() {
    let text = "Air defence shot down three missiles over Lviv region. A reminder that, last week, Russian \
                troops fired 50 missiles at Kyiv.";
    assert_eq!(tallies(text), vec![t("missile", Other, None, Some(3))]);
    let text = "Recall that Russia launched 90 drones at Odesa on Monday.";
    assert_eq!(tallies(text), vec![]);
}

#[test]
fn quoted_weapon_names_keep_their_counts() {
    let text = "Another 14 'Vampire' rockets were intercepted near Belgorod.";
    assert_eq!(tallies(text), vec![t("Vampire", Other, None, Some(14))]);
    let text = "Air defence shot down 9 “Shahed” drones.";
    assert_eq!(
        tallies(text),
        vec![t("Shahed-136/131", Drone, None, Some(9))]
    );
    // A quoted name before a launcher names the rockets it fired, and counts nothing itself.
    let text = "The interceptions included five rockets from the 'Olkha' artillery launchers.";
    assert_eq!(tallies(text), vec![t("Olkha", Other, None, Some(5))]);
}

#[test]
fn a_weapon_system_named_as_the_means_is_not_a_count() {
    // "the Vilkha MLRS" names the system used, "multiple launch" names a launcher, not a launch.
    let text = "Attempts to strike Russian territory using the Vilkha MLRS were stopped. Air defence shot \
                down Vilkha multiple launch rocket system rockets and a Tochka-U missile over Belgorod.";
    let found = tallies(text);
    assert!(
        found.iter().all(|f| f.2.is_none()),
        "nothing counted as launched: {found:?}"
    );
    assert!(found.contains(&t("Tochka-U", BallisticMissile, None, Some(1))));
}

#[test]
fn a_place_after_lower_case_words_is_the_region_of_a_part() {
    let text =
        "Three drones were shot down over the territory of the Kursk region, two over the Oryol \
                region.";
    assert_eq!(
        over(text),
        vec![
            part(3, "territory of the Kursk region"),
            part(2, "Oryol region")
        ]
    );
}

#[test]
fn two_dozen_is_twenty_four() {
    let text = "Roughly two dozen drones were intercepted near Sumy.";
    assert_eq!(tallies(text), vec![t("drone", Drone, None, Some(24))]);
}

#[test]
fn a_calibre_after_a_measure_is_not_a_missile() {
    let text = "The brigade fired 60 shells of 152mm calibre at the enemy positions near Bakhmut.";
    assert_eq!(tallies(text), vec![]);
    let text = "Gunners used 20 rounds of 122 mm caliber.";
    assert_eq!(tallies(text), vec![]);
    // The missile of that name is still read.
    let text = "Russia fired four Caliber cruise missiles from the Black Sea.";
    assert_eq!(
        tallies(text),
        vec![t("Kalibr", CruiseMissile, Some(4), None)]
    );
}

#[test]
fn a_night_spanning_the_new_year_is_dated_by_its_later_day() {
    let text = "Russia launched 55 drones on the night of 31 December 2024 to 1 January 2025.";
    assert_eq!(strike_dates(text, None), vec![day(2025, 1, 1)]);
    let text = "Russia launched 55 drones on the night of December 31, 2024 into January 1, 2025.";
    assert_eq!(strike_dates(text, None), vec![day(2025, 1, 1)]);
    // Two dates in one sentence that are not a span: the first is the event's.
    let text = "Russia launched 55 drones on 3 March 2025, two weeks after the attack of 17 February 2025.";
    assert_eq!(strike_dates(text, None), vec![day(2025, 3, 3)]);
}

#[test]
fn a_class_count_goes_to_the_one_counted_weapon_of_its_class() {
    // Decoys named beside the attack drones carry no count of their own: the 70 are of the counted ones.
    let text =
        "Russia attacked with 96 Geran-2 drones and imitation drones from Bryansk and Kursk. Air \
                defence shot down 70 drones by morning.";
    let found = tallies(text);
    assert!(
        found.contains(&t("Shahed-136/131", Drone, Some(96), Some(70))),
        "{found:?}"
    );
    assert!(found
        .iter()
        .all(|f| f.0 == "Shahed-136/131" || f.2.is_none() && f.3.is_none()));
}

#[test]
fn weapons_detected_are_the_launched_figure() {
    let text = "In all, radars detected 52 targets: 50 Shahed drones and two Kh-59 missiles. Forty drones \
                and both missiles were destroyed.";
    let found = tallies(text);
    assert!(
        found.contains(&t("Shahed-136/131", Drone, Some(50), Some(40))),
        "{found:?}"
    );
    assert!(
        found.contains(&t("Kh-59", CruiseMissile, Some(2), Some(2))),
        "{found:?}"
    );
}

#[test]
fn bringing_the_toll_to_n_is_an_update() {
    let text = "Shelling killed a pensioner and injured two others in Nikopol on Monday. A man died of his \
                wounds in the evening, bringing the death toll to two.";
    let total: (u32, u32) = casualties_on(text)
        .iter()
        .filter(|c| !c.summary)
        .fold((0, 0), |(k, i), c| {
            (k + c.killed.unwrap_or(0), i + c.injured.unwrap_or(0))
        });
    assert_eq!(total, (2, 2));
}

#[test]
fn a_figure_reported_earlier_is_background() {
    let text =
        "A drone strike on Sumy killed three people and injured 14, the governor said on Tuesday. \
                Earlier, he had reported one dead and six injured.";
    assert_eq!(tolls(text), vec![(Some(3), Some(14), false, true)]);
}

#[test]
fn all_of_the_weapons_and_a_count_of_the_next_weapon() {
    // "22 of the drones" belongs to the drones, not to the missiles before it; "all of the missiles" is
    // every missile launched.
    let text = "Some 33 drones and 5 missiles were launched, and air defence shot down 25 of the drones and \
                all of the missiles.";
    assert_eq!(
        tallies(text),
        vec![
            t("drone", Drone, Some(33), Some(25)),
            t("missile", Other, Some(5), Some(5)),
        ]
    );
    let text =
        "Russia launched 14 drones and 3 missiles, and air defence shot down 9 of the drones.";
    assert_eq!(
        tallies(text),
        vec![
            t("drone", Drone, Some(14), Some(9)),
            t("missile", Other, Some(3), None),
        ]
    );
}

#[test]
fn a_count_over_two_kinds_of_missile_is_a_missile_count() {
    let text = "Russia struck with 31 ballistic and cruise missiles and 150 drones. Air defence downed 27 \
                missiles and 120 drones.";
    assert_eq!(
        tallies(text),
        vec![
            t("missile", Other, Some(31), Some(27)),
            t("drone", Drone, Some(150), Some(120)),
        ]
    );
    // Each kind with its own count stays apart.
    let text = "Russia fired four ballistic missiles and 25 cruise missiles.";
    assert_eq!(
        tallies(text),
        vec![
            t("ballistic missile", BallisticMissile, Some(4), None),
            t("cruise missile", CruiseMissile, Some(25), None),
        ]
    );
}

#[test]
fn the_same_class_noun_counted_again_is_the_class_tally() {
    // "42 missiles, including 10 Kh-101": the missiles downed are of the 42, not of the 10 Kh-101.
    let text =
        "Russia launched 42 missiles, including 10 Kh-101 cruise missiles, and 120 drones. Air \
                defence downed 35 missiles and 100 drones.";
    let found = tallies(text);
    assert!(
        found.contains(&t("missile", Other, Some(42), Some(35))),
        "{found:?}"
    );
    assert!(
        found.contains(&t("Kh-101", CruiseMissile, Some(10), None)),
        "{found:?}"
    );
}

#[test]
fn parts_in_a_region_are_regional_parts_like_parts_over_it() {
    let text =
        "Air defence destroyed 17 drones in the Odesa region, nine in the Mykolaiv region and two \
                in Kherson.";
    assert_eq!(
        over(text),
        vec![
            part(17, "Odesa region"),
            part(9, "Mykolaiv region"),
            part(2, "Kherson")
        ]
    );
    // "in" before no place is not a part.
    let text = "Air defence destroyed 17 drones in total.";
    assert_eq!(over(text), vec![(Some(17), None)]);
}

/// (weapon, how) of each strike fact concluded rather than read.
fn inferred(text: &str) -> Vec<(String, String)> {
    strikes_on(text, None)
        .into_iter()
        .filter(|s| s.inferred)
        .map(|s| (s.weapon, s.how.unwrap_or_default()))
        .collect()
}

#[test]
fn figures_concluded_rather_than_read_are_marked_with_how() {
    // Read as written: nothing inferred.
    assert_eq!(
        inferred("Russia launched 12 drones; air defence shot down nine of them."),
        vec![]
    );
    assert_eq!(
        inferred("Air defence destroyed all six Kalibr missiles."),
        vec![]
    );
    // "all" with a launched figure elsewhere.
    let found =
        inferred("Russia launched four Iskander-M missiles at Kyiv. All of them were shot down.");
    assert_eq!(found.len(), 1);
    assert!(found[0].1.contains("\"all\""), "{found:?}");
    // Those that hit plus those destroyed.
    let found =
        inferred("Air defence shot down two missiles. Sadly, three missiles struck the port.");
    assert!(found[0].1.contains("hit + those destroyed"), "{found:?}");
    // A headline class figure given to the named weapon.
    let found = inferred(
        "Air defence destroys 20 drones\n\nOvernight, Russia attacked Odesa with 24 Shahed drones.",
    );
    assert_eq!(
        found,
        vec![(
            "Shahed-136/131".to_string(),
            "a figure of \"drone\" given to this weapon".to_string()
        )]
    );
    // A figure from a clause that names no weapon.
    let found = inferred("Russia launched 40 Shahed drones overnight. Air defence shot down 31.");
    assert!(found[0].1.contains("names no weapon"), "{found:?}");
    let s = strikes_on(
        "Russia launched 40 Shahed drones overnight. Air defence shot down 31.",
        None,
    );
    assert_eq!((s[0].launched, s[0].destroyed), (Some(40), Some(31)));
}

#[test]
fn a_word_between_the_auxiliary_and_the_intercepting_verb() {
    let text = "Russia launched 52 Shahed drones overnight. By 8 a.m., 41 Shahed drones were confirmed shot \
                down.";
    assert_eq!(
        tallies(text),
        vec![t("Shahed-136/131", Drone, Some(52), Some(41))]
    );
    // A negation is not such a word.
    let text = "Russia fired two Kh-22 missiles at Odesa. The missiles were not intercepted.";
    assert_eq!(
        tallies(text),
        vec![t("Kh-22", CruiseMissile, Some(2), Some(0))]
    );
}

/// "another" standing for one person after the second verb of a clause, at its end or before a place.
#[test]
fn another_as_the_object_of_the_second_verb_is_one_person() {
    assert_eq!(
        tolls("The drone attack killed one man and wounded another, the mayor wrote."),
        vec![(Some(1), Some(1), false, true)]
    );
    assert_eq!(
        tolls("Shelling killed a woman and injured another in Nikopol."),
        vec![(Some(1), Some(1), false, false)]
    );
    // Before a count, "another" is a determiner: the count is the figure.
    assert_eq!(
        tolls("The strike injured another four people in Kherson."),
        vec![(None, Some(4), false, false)]
    );
}

/// A figure over several regions named together is the statement's figure, not one region's part.
#[test]
fn a_figure_over_several_regions_is_no_regions_part() {
    let over = |text: &str| -> Vec<(Option<u32>, Option<String>)> {
        strikes_on(text, None)
            .into_iter()
            .map(|s| (s.destroyed, s.over))
            .collect()
    };
    assert_eq!(
        over("Air defence units destroyed 19 Shahed drones over the Odesa, Mykolaiv and Kherson regions."),
        vec![(Some(19), None)]
    );
    assert_eq!(
        over(
            "Air defence destroyed 14 drones over the Kursk region and two over the Oryol region."
        ),
        vec![
            (Some(14), Some("Kursk region".to_string())),
            (Some(2), Some("Oryol region".to_string()))
        ]
    );
}

/// A people noun with an "of" phrase is one group ("a member of the rescue service"), a compound's head is
/// its last people noun ("family members"), and "family" before the verb is no adverb.
#[test]
fn people_nouns_with_of_phrases_and_compounds() {
    assert_eq!(
        tolls("A member of the State Border Guard Service was injured in the shelling."),
        vec![(None, Some(1), false, false)]
    );
    assert_eq!(
        tolls("Two employees of the water utility were wounded, the mayor said."),
        vec![(None, Some(2), false, true)]
    );
    assert_eq!(
        tolls("Four members of one family were killed when the missile hit their home."),
        vec![(Some(4), None, false, false)]
    );
    assert_eq!(
        tolls("Two family members were hospitalised after the attack."),
        vec![(None, Some(2), false, false)]
    );
    // An adverb still stands between the auxiliary and the verb.
    assert_eq!(
        tolls("Five people were reportedly injured."),
        vec![(None, Some(5), false, false)]
    );
}

/// A relative clause between a subject and its casualty verb: the person is counted once, by the main verb.
#[test]
fn a_relative_clause_before_the_main_verb_counts_its_subject_once() {
    assert_eq!(
        tolls("A woman who was badly wounded in a missile strike on Kharkiv in March has died in hospital."),
        vec![(Some(1), None, false, false)]
    );
    // With no main casualty verb, the relative clause's verb counts.
    assert_eq!(
        tolls("A man who was injured by debris was taken to hospital."),
        vec![(None, Some(1), false, false)]
    );
    // A relative clause about someone else before a comma changes nothing.
    assert_eq!(
        tolls("The mayor, who visited the site, said four people were injured."),
        vec![(None, Some(4), false, true)]
    );
}

/// A casualty figure concluded rather than read says so, with how.
#[test]
fn concluded_casualty_figures_are_marked_inferred() {
    let marks = |text: &str| -> Vec<(Option<u32>, Option<u32>, bool)> {
        casualties_on(text)
            .into_iter()
            .map(|c| (c.killed, c.injured, c.inferred && c.how.is_some()))
            .collect()
    };
    assert_eq!(
        marks("The city now counts 41 victims of the strike on the market."),
        vec![(None, Some(41), true)]
    );
    assert_eq!(
        marks("Three people died in Nikopol and two in Marhanets."),
        vec![(Some(3), None, false), (Some(2), None, true)]
    );
    assert_eq!(
        marks("Four people were injured."),
        vec![(None, Some(4), false)]
    );
}
