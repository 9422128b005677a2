//! The constructions of strike reports the reader knows, by name: where each is read, and sentences
//! written here with the tallies they give. `every_construction_reads_its_examples` runs them all, so a
//! new construction is one entry here (its examples first, failing) and the small change that makes
//! them pass in the file the entry names.

/// A tally as an example expects it: weapon, launched, destroyed, lost locally.
pub type Expected = (&'static str, Option<u32>, Option<u32>, Option<u32>);

/// One construction.
pub struct Construction {
    pub name: &'static str,
    /// The function that reads it, as `file::function`.
    pub read_by: &'static str,
    /// Report text written here, and every strike tally it gives.
    pub examples: &'static [(&'static str, &'static [Expected])],
}

/// Every construction, roughly in the order a sentence is read.
pub const CONSTRUCTIONS: &[Construction] = &[
    Construction {
        name: "count before the weapon, then an intercepting verb with its own count",
        read_by: "read::role",
        examples: &[(
            "Russia launched 48 Shahed drones overnight; air defence shot down 41.",
            &[("Shahed-136/131", Some(48), Some(41), None)],
        )],
    },
    Construction {
        name: "destroyed count in a relative clause after the total",
        read_by: "read::role, quantify::is_of_them",
        examples: &[
            (
                "The enemy attacked with a total of 62 attack drones, 55 of which were neutralised.",
                &[("Shahed-136/131", Some(62), Some(55), None)],
            ),
            (
                "Russia fired 14 Kalibr missiles at the south, of which air defence destroyed 11.",
                &[("Kalibr", Some(14), Some(11), None)],
            ),
            // The relative clause has a subject of its own, and the verb stands further off.
            (
                "The enemy sent 52 attack drones against the north, 47 of which mobile fire groups destroyed.",
                &[("Shahed-136/131", Some(52), Some(47), None)],
            ),
            (
                "Russia fired 12 missiles at Dnipro, 10 of which Ukrainian air defences were able to intercept.",
                &[("missile", Some(12), Some(10), None)],
            ),
            // The clause's first strike verb decides: these hit, they were not destroyed.
            (
                "Russia fired 12 missiles at Dnipro, 3 of which the enemy said struck the plant.",
                &[("missile", Some(12), None, None)],
            ),
        ],
    },
    Construction {
        name: "M out of N with a passive participle and its agent",
        read_by: "read::prefix (Pre::Of)",
        examples: &[(
            "Ukrainian forces downed 33 out of 39 drones launched by Russia during the night.",
            &[("drone", Some(39), Some(33), None)],
        )],
    },
    Construction {
        name: "all of them destroyed, after a launched count",
        read_by: "quantify::all_of_them",
        examples: &[(
            "Overnight Russia launched 9 Kh-101 cruise missiles at Lviv. All of them were shot down.",
            &[("Kh-101", Some(9), Some(9), None)],
        )],
    },
    Construction {
        name: "the Air Force's slashed verbs: shot down/suppressed, destroyed/suppressed",
        read_by: "lexicon::is_destroy",
        examples: &[
            (
                "The enemy attacked with 64 drones. Air defence shot down/suppressed 51 drones; 9 were \
                 locationally lost.",
                &[("drone", Some(64), Some(51), Some(9))],
            ),
            (
                "Of the 20 missiles launched, 16 were destroyed/suppressed.",
                &[("missile", Some(20), Some(16), None)],
            ),
        ],
    },
    Construction {
        name: "a lost count opening the clause after a semicolon",
        read_by: "read::lost_count",
        examples: &[
            (
                "Russia launched 75 drones. Air defence shot down 60 drones; another 11 were lost locally.",
                &[("drone", Some(75), Some(60), Some(11))],
            ),
            // A clause about something else keeps its count, and so does one naming its own weapon.
            (
                "Russia launched 75 drones; near Kupiansk 11 soldiers were lost in fighting.",
                &[("drone", Some(75), None, None)],
            ),
            (
                "Air defence downed 30 Shahed drones and 5 Kalibr missiles; 4 drones were lost locally.",
                &[("Shahed-136/131", None, Some(30), Some(4)), ("Kalibr", None, Some(5), None)],
            ),
        ],
    },
    Construction {
        name: "all or both of the N: every one of them",
        read_by: "read::prefix (Pre::All)",
        examples: &[
            (
                "Air defence destroyed both of the two Kh-59 missiles fired at Odesa.",
                &[("Kh-59", Some(2), Some(2), None)],
            ),
            (
                "Mobile groups shot down all of the 14 drones that crossed into the region.",
                &[("drone", Some(14), Some(14), None)],
            ),
        ],
    },
    Construction {
        name: "all of one named weapon is that weapon's figure, not every weapon's",
        read_by: "quantify::quantified_destroy, read::prefix",
        examples: &[(
            "Russia launched 18 missiles and 31 drones at the capital; 17 missiles and all of the drones were \
             destroyed.",
            &[("missile", Some(18), Some(17), None), ("drone", Some(31), Some(31), None)],
        )],
    },
    Construction {
        name: "a total with its parts in dashes, all of it destroyed: each part destroyed whole",
        read_by: "merge::fold_totals_into_parts, merge::all_destroyed",
        examples: &[(
            "Russia attacked with 6 missiles - 4 Kh-101 and 2 Kalibr - and 20 drones. All of the missiles and \
             18 drones were shot down.",
            &[
                ("Kh-101", Some(4), Some(4), None),
                ("Kalibr", Some(2), Some(2), None),
                ("drone", Some(20), Some(18), None),
            ],
        )],
    },
    Construction {
        name: "none of them reached the target",
        read_by: "quantify::none_of_them",
        examples: &[(
            "Russia launched six Kalibr missiles from the Black Sea; all six were intercepted.",
            &[("Kalibr", Some(6), Some(6), None)],
        )],
    },
    Construction {
        name: "passive launch, then passive interception",
        read_by: "read::role (passive)",
        examples: &[(
            "On the night of 3 to 4 March, 25 Shahed drones were launched at Ukraine. 22 of them were destroyed.",
            &[("Shahed-136/131", Some(25), Some(22), None)],
        )],
    },
    Construction {
        name: "several weapons sharing one verb in a comma list",
        read_by: "read::role (shared verb), resolve::resolve",
        examples: &[(
            "Air defence shot down 12 Kh-101 missiles, 3 Kalibr missiles and 40 Shahed drones.",
            &[
                ("Kh-101", None, Some(12), None),
                ("Kalibr", None, Some(3), None),
                ("Shahed-136/131", None, Some(40), None),
            ],
        )],
    },
    Construction {
        name: "a weapon joined after a counted one of its category, with no count of its own, shares the count",
        read_by: "merge::combine_classes",
        examples: &[
            (
                "Overnight Russia launched 74 attack drones and decoy drones of various types. 53 were shot down.",
                &[("Shahed-136/131", Some(74), Some(53), None)],
            ),
            (
                "Air defence destroyed 12 Kh-101 and Kalibr cruise missiles.",
                &[("Kh-101", None, Some(12), None)],
            ),
        ],
    },
    Construction {
        name: "a launch platform counted with the weapons: the platform is never the tally",
        read_by: "read::role, phrase::launch_site",
        examples: &[(
            "From eight Tu-95 bombers, 24 Kh-101 missiles were launched; 20 were shot down.",
            &[("Kh-101", Some(24), Some(20), None)],
        )],
    },
    Construction {
        name: "electronic warfare losses are neither destroyed nor hits",
        read_by: "read::lost_count",
        examples: &[(
            "Russia launched 80 Shahed drones. Air defence shot down 50 of them, and 25 were lost locally.",
            &[("Shahed-136/131", Some(80), Some(50), Some(25))],
        )],
    },
    Construction {
        name: "a clause naming no weapon completes the fact before it, each figure once",
        read_by: "quantify::complete",
        examples: &[
            (
                "Air defence shot down two ballistic missiles over Kyiv. Russia had launched four in total.",
                &[("ballistic missile", Some(4), Some(2), None)],
            ),
            (
                "Russia launched 120 drones overnight. 70 were shot down, and another 40 were lost locally.",
                &[("drone", Some(120), Some(70), Some(40))],
            ),
        ],
    },
    Construction {
        name: "a figure over one region is that region's part; over several it is no region's",
        read_by: "read::region_at, read::names_several",
        examples: &[
            (
                "Air defence destroyed 14 drones over the Kursk region and two over the Oryol region.",
                &[("drone", None, Some(14), None), ("drone", None, Some(2), None)],
            ),
            (
                "Air defence units destroyed 19 Shahed drones over the Odesa, Mykolaiv and Kherson regions.",
                &[("Shahed-136/131", None, Some(19), None)],
            ),
        ],
    },
    Construction {
        name: "a bare count of missiles or rockets is of the missile class named without a count just before",
        read_by: "mod.rs (uncounted_class, no_rocket_artillery)",
        examples: &[
            (
                "At dawn Russia launched cruise missiles at Vinnytsia. Air defence downed five of the six rockets.",
                &[("cruise missile", Some(6), Some(5), None)],
            ),
            (
                "Russian troops fired Grad rockets at Nikopol. Two of the five rockets were shot down.",
                &[("Grad", Some(5), Some(2), None)],
            ),
        ],
    },
    Construction {
        name: "a running total of the war is not a tally",
        read_by: "Lexicon::is_cumulative ([cumulative] since, periods)",
        examples: &[(
            "Since the start of the full-scale invasion, Russia has launched more than 9,000 missiles.",
            &[],
        )],
    },
    Construction {
        name: "a reminder of an earlier attack is background",
        read_by: "Lexicon::is_cumulative ([cumulative] reminder)",
        examples: &[(
            "Recall that on May 2 Russia launched 20 missiles at Kyiv.",
            &[],
        )],
    },
    Construction {
        name: "a weapon as the means of an attack counts nothing",
        read_by: "read::read ([phrases] strike_nouns)",
        examples: &[(
            "A drone strike on the port damaged two warehouses.",
            &[],
        )],
    },
    Construction {
        name: "hits count toward launched when the destroyed figure is given",
        read_by: "read::role (Role::Hit), mod.rs (inferred launched)",
        examples: &[
            (
                "Four Iskander-M missiles hit Kharkiv; two more were intercepted.",
                &[("Iskander-M", Some(6), Some(2), None)],
            ),
            (
                "Russia fired six Iskander-M missiles at Kharkiv; four hit the city and two were intercepted.",
                &[("Iskander-M", Some(6), Some(2), None)],
            ),
        ],
    },
    Construction {
        name: "words for counts",
        read_by: "numbers::count_at",
        examples: &[(
            "Russia launched two dozen Shahed drones; air defence destroyed nineteen.",
            &[("Shahed-136/131", Some(24), Some(19), None)],
        )],
    },
    Construction {
        name: "all but N of a weapon: launched less N destroyed",
        read_by: "read::prefix (Pre::AllBut)",
        examples: &[
            (
                "Kyiv says it downed all but one drone. Russia launched 44 drones overnight, the air force said.",
                &[("drone", Some(44), Some(43), None)],
            ),
            (
                "Ukraine downs all but 2 Russian drones\n\nRussia launched 27 drones at the north \
                 overnight, Ukraine's air force said.",
                &[("drone", Some(27), Some(25), None)],
            ),
        ],
    },
    Construction {
        name: "the speaker's country is not the launcher: another side word is the verb's subject",
        read_by: "read::side_of",
        examples: &[
            (
                "Ukraine says Russia launched 52 drones overnight.\n\nKYIV: Ukraine's air force said on \
                 Sunday that Russia launched 52 drones, 40 of which were shot down.",
                &[("drone", Some(52), Some(40), None)],
            ),
            (
                "Kyiv said Moscow fired 9 missiles at the city; air defence intercepted 7 missiles.",
                &[("missile", Some(9), Some(7), None)],
            ),
        ],
    },
    Construction {
        name: "a combined total of drones and missiles is no class's figure",
        read_by: "merge::is_combined (resolve::stands_for, merge_class_into_named)",
        examples: &[
            (
                "Air defence downed 12 missiles and 60 drones overnight. Russia had sent 90 drones and \
                 missiles in all.",
                &[
                    ("missile", None, Some(12), None),
                    ("drone", None, Some(60), None),
                    ("drone and missile", Some(90), None, None),
                ],
            ),
            (
                "Russia fired more than 200 drones and missiles at the grid. The air force said it \
                 intercepted 15 missiles and 170 drones.",
                &[
                    ("drone and missile", Some(200), None, None),
                    ("missile", None, Some(15), None),
                    ("drone", None, Some(170), None),
                ],
            ),
        ],
    },
    Construction {
        name: "one weapon striking a building is a local impact of its own, never part of a counted tally",
        read_by: "read::read (Reading::local), resolve::resolve",
        examples: &[
            (
                "A drone struck a nine-storey building in Odesa overnight. Russia's defence ministry said \
                 31 Ukrainian drones were shot down over its regions.",
                &[("drone", Some(1), None, None), ("drone", None, Some(31), None)],
            ),
            (
                "Air defence destroyed 25 drones, the air force said. In Kharkiv, one drone hit a school.",
                &[("drone", None, Some(25), None)],
            ),
            // Several that hit are a count of their own.
            (
                "Two drones hit a warehouse in Lviv, the mayor said.",
                &[("drone", Some(2), None, None)],
            ),
        ],
    },
    Construction {
        name: "a record comparison with \"since\" still counts tonight's attack",
        read_by: "Lexicon::is_cumulative ([cumulative] records)",
        examples: &[
            (
                "Russia sent 480 drones overnight, the largest number since the full-scale invasion began.",
                &[("drone", Some(480), None, None)],
            ),
            (
                "It was Moscow's biggest missile barrage since the start of the war: 70 missiles were fired.",
                &[("missile", Some(70), None, None)],
            ),
        ],
    },
    Construction {
        name: "an interception noun governs its count; decoys that disappeared or veered off are lost",
        read_by: "lexicon::is_destroy, is_lost ([verbs] destroy, lost)",
        examples: &[
            (
                "The enemy attacked with 40 drones. The interception of 28 drones was confirmed, while 10 \
                 disappeared from radar.",
                &[("drone", Some(40), Some(28), Some(10))],
            ),
            (
                "Russia launched 55 drones overnight, 41 were shot down and 12 veered off course.",
                &[("drone", Some(55), Some(41), Some(12))],
            ),
        ],
    },
    Construction {
        name: "another launched figure at another target is another frame, not a restatement",
        read_by: "mod.rs other_scope",
        examples: &[
            (
                "Russia fired 60 cruise missiles at Ukraine overnight, 45 of them were shot down. The \
                 mayor said Russia fired 20 cruise missiles at Kyiv, and 18 of them were downed.",
                &[
                    ("cruise missile", Some(60), Some(45), None),
                    ("cruise missile", Some(20), Some(18), None),
                ],
            ),
            (
                "The enemy launched 90 drones. Of them, 25 drones were launched at Odesa, the governor said.",
                &[("drone", Some(90), None, None), ("drone", Some(25), None, None)],
            ),
            // The same figure restated with its target is the same frame.
            (
                "Russia launched 40 drones overnight. The 40 drones were launched at Kharkiv and Sumy.",
                &[("drone", Some(40), None, None)],
            ),
        ],
    },
    Construction {
        name: "a class total over the one finer class that restates it",
        read_by: "merge::merge_class_into_named",
        examples: &[
            (
                "Russia fires 80 missiles, Ukraine downs 60\n\nRussia attacked on Monday with about 80 \
                 cruise missiles launched from bombers.",
                &[("cruise missile", Some(80), Some(60), None)],
            ),
            (
                "Ukraine shot down 9 of 12 missiles, the air force said. Russia had launched 12 ballistic \
                 missiles from Crimea.",
                &[("ballistic missile", Some(12), Some(9), None)],
            ),
        ],
    },
    Construction {
        name: "names of the type after a counted class noun say its kind, they count nothing",
        read_by: "merge::type_descriptors",
        examples: &[
            (
                "Bombers fired 22 cruise missiles of the Kh-101 type; 19 of the Kh-101 missiles were downed.",
                &[("Kh-101", Some(22), Some(19), None)],
            ),
            (
                "The enemy launched 45 cruise missiles of the Kh-101, Kh-555 types and Kalibr at the grid, \
                 38 of them were destroyed.",
                &[("cruise missile", Some(45), Some(38), None)],
            ),
            // Without "type" the names after "of" are counted weapons of their own.
            (
                "Air defence destroyed 12 of 15 missiles: 10 Kh-101 and 2 Kalibr.",
                &[("missile", Some(15), Some(12), None), ("Kh-101", None, Some(10), None), ("Kalibr", None, Some(2), None)],
            ),
        ],
    },
    Construction {
        name: "one weapon as the means of an attack is a frame of its own; \"the missile\" after it joins it",
        read_by: "read::read (Reading::local), resolve::resolve (joins_local)",
        examples: &[
            (
                "Russian forces attacked Kharkiv with a guided bomb, the governor said. Su-34 jets dropped \
                 five guided bombs on the city.",
                &[("guided bomb", Some(1), None, None), ("guided bomb", Some(5), None, None)],
            ),
            (
                "Russia launched a Kh-59 missile at Odesa. The missile was shot down by air defence.",
                &[("Kh-59", Some(1), Some(1), None)],
            ),
        ],
    },
    Construction {
        name: "fewer launched than destroyed is another frame",
        read_by: "mod.rs other_scope",
        examples: &[
            (
                "Russia's defence ministry said 60 Ukrainian drones were destroyed over eight regions. The \
                 governor said 9 drones attacked the refinery in Tuapse.",
                &[("drone", None, Some(60), None), ("drone", Some(9), None, None)],
            ),
            (
                "The ministry said 45 drones were shot down over Kursk overnight. Separately, 7 drones \
                 targeted a depot in Bryansk.",
                &[("drone", None, Some(45), None), ("drone", Some(7), None, None)],
            ),
            (
                "The ministry announced the destruction of 14 drones over the Bryansk region.",
                &[("drone", None, Some(14), None)],
            ),
        ],
    },
    Construction {
        name: "a combined total with describing words between the count and the nouns",
        read_by: "merge::combine_classes",
        examples: &[
            (
                "The air force said it downed or jammed 180 Russian drones and missiles overnight.",
                &[("drone and missile", None, Some(180), None)],
            ),
            (
                "Russia fired 95 long-range drones and missiles at the west of the country.",
                &[("drone and missile", Some(95), None, None)],
            ),
        ],
    },
    Construction {
        name: "a lost count before another weapon noun is that weapon's",
        read_by: "read::lost_count",
        examples: &[
            (
                "Russia launched 50 drones and 5 missiles. Air defence downed 40 drones and 5 missiles, \
                 while 8 decoy drones were lost locally.",
                &[
                    ("drone", Some(50), Some(40), None),
                    ("missile", Some(5), Some(5), None),
                    ("decoy drone", None, None, Some(8)),
                ],
            ),
            (
                "Ukraine's air force shot down 14 Kalibr missiles; another 30 imitation drones disappeared \
                 from radar.",
                &[("Kalibr", None, Some(14), None), ("decoy drone", None, None, Some(30))],
            ),
        ],
    },
    Construction {
        name: "a side's forces launch; only its air defence intercepts",
        read_by: "read::side_of ([sides] interceptors)",
        examples: &[
            (
                "Ukrainian forces shot down 12 drones and three cruise missiles. Russian forces had launched \
                 15 drones and five cruise missiles, the air force said.",
                &[("drone", Some(15), Some(12), None), ("cruise missile", Some(5), Some(3), None)],
            ),
            (
                "The Russian army fired 8 missiles at Kharkiv overnight; Ukrainian air defence shot down 6 \
                 missiles.",
                &[("missile", Some(8), Some(6), None)],
            ),
        ],
    },
    Construction {
        name: "all N of one weapon and M of another: every one of both",
        read_by: "read::shared_all",
        examples: &[
            (
                "The air force reported shooting down all 12 missiles and seven drones.",
                &[("missile", Some(12), Some(12), None), ("drone", Some(7), Some(7), None)],
            ),
            (
                "Air defence destroyed all 4 Kh-59 missiles and 20 Shahed drones launched at Odesa.",
                &[("Kh-59", Some(4), Some(4), None), ("Shahed-136/131", Some(20), Some(20), None)],
            ),
            // Without "all" each count is only destroyed.
            (
                "Air defence destroyed 4 Kh-59 missiles and 20 Shahed drones.",
                &[("Kh-59", None, Some(4), None), ("Shahed-136/131", None, Some(20), None)],
            ),
        ],
    },
    Construction {
        name: "two kinds of missile counted before one class noun: each kind its own count",
        read_by: "merge::elliptic_kinds, read::shared_all",
        examples: &[
            (
                "Russia launched 300 drones and 20 missiles, including twelve ballistic and eight cruise \
                 missiles. Air defence destroyed all of the ballistic and cruise missiles.",
                // The 20 missiles are the two kinds' sum, folded into them (`fold_totals_into_parts`).
                &[
                    ("drone", Some(300), None, None),
                    ("ballistic missile", Some(12), Some(12), None),
                    ("cruise missile", Some(8), Some(8), None),
                ],
            ),
            (
                "The enemy fired 5 ballistic and 3 cruise missiles at Dnipro.",
                &[("ballistic missile", Some(5), None, None), ("cruise missile", Some(3), None, None)],
            ),
            // One count over both kinds stays one count of missiles.
            (
                "The enemy fired 40 ballistic and cruise missiles at Dnipro.",
                &[("missile", Some(40), None, None)],
            ),
        ],
    },
    Construction {
        name: "a headline's comma joins a combined count: \"40 missiles, drones\"",
        read_by: "merge::combine_classes",
        examples: &[
            (
                "Russia fires 55 missiles, drones at Ukraine overnight\n\nAir defence destroyed nine missiles.",
                &[("missile and drone", Some(55), None, None), ("missile", None, Some(9), None)],
            ),
            (
                "Ukraine downs 31 drones, missiles in night attack",
                &[("drone and missile", None, Some(31), None)],
            ),
            // One weapon after the comma is a weapon of its own, not in the drones' count.
            (
                "Russia launches 23 drones, cruise missile overnight",
                &[("drone", Some(23), None, None)],
            ),
        ],
    },
    Construction {
        name: "a Cyrillic singular class noun after another weapon in a list is one (no articles)",
        read_by: "read::prefix (one_in_list), merge::combine_classes",
        examples: &[
            (
                "Росія запустила по Україні 90 дронів і ракету.",
                &[("drone", Some(90), None, None), ("missile", Some(1), None, None)],
            ),
            (
                "Средства ПВО сбили шесть управляемых авиабомб, крылатую ракету и 50 беспилотников.",
                &[
                    ("KAB/UMPK guided bomb", None, Some(6), None),
                    ("cruise missile", None, Some(1), None),
                    ("drone", None, Some(50), None),
                ],
            ),
            // A clause's subject after a comma is no list's member.
            (
                "ПВО сбили 12 беспилотников. По словам губернатора, беспилотник упал на поле.",
                &[("drone", None, Some(12), None)],
            ),
        ],
    },
    Construction {
        name: "\"including\" a part of a whole that a relative clause describes: the main verb's role",
        read_by: "read::role, read::clause_role",
        examples: &[
            (
                "The enemy attacked with 160 drones and 9 missiles, among them four ballistic and five cruise \
                 missiles. Air defence units intercepted 150 of the 169 air targets the enemy fired, \
                 including all of the ballistic and cruise missiles.",
                &[
                    ("drone", Some(160), None, None),
                    ("ballistic missile", Some(4), Some(4), None),
                    ("cruise missile", Some(5), Some(5), None),
                    // Of drones and missiles together: a combined total, as "90 drones and missiles" is.
                    ("air target", Some(169), Some(150), None),
                ],
            ),
            (
                "Russia sent 44 Shahed drones overnight. The military said it shot down 40 of the drones Moscow \
                 launched at the south, including all 12 over Odesa.",
                &[("Shahed-136/131", Some(44), Some(40), None)],
            ),
            // With no relative clause, the nearest verb is the clause's own.
            (
                "Russia launched 60 drones, including 20 Gerbera decoys, the Air Force said.",
                &[("drone", Some(60), None, None), ("decoy drone", Some(20), None, None)],
            ),
        ],
    },
    Construction {
        name: "a vague plural ('dozens', 'десятки') is no tally; after an approximating word it is one hundred",
        read_by: "read::prefix (vague)",
        examples: &[
            (
                "Вночі ворог запустив по Харківщині десятки дронів і чотири ракети.",
                &[("missile", Some(4), None, None)],
            ),
            (
                "Russia sent dozens of drones and three missiles at Odesa overnight.",
                &[("missile", Some(3), None, None)],
            ),
            (
                "Росія випустила по енергетиці близько сотні ракет.",
                &[("missile", Some(100), None, None)],
            ),
        ],
    },
    Construction {
        name: "\"all ... except X\" destroyed: X was not, every other weapon named before was",
        read_by: "quantify::all_except, quantify::apply_except",
        examples: &[
            (
                "The Air Force said the enemy launched 18 Shahed drones, two Kh-59 missiles and a Kinzhal \
                 missile. All the targets, except for the Kinzhal missile, were intercepted.",
                &[
                    ("Shahed-136/131", Some(18), Some(18), None),
                    ("Kh-59", Some(2), Some(2), None),
                    ("Kinzhal", Some(1), Some(0), None),
                ],
            ),
            // "All the missiles" leaves the drones out; a count in the exception is how many got through.
            (
                "Russia fired 35 Shahed drones, six Kh-101 missiles and three Iskander-M missiles overnight.\n\n\
                 All of the missiles excluding two Iskander-M missiles were downed, officials said.",
                &[
                    ("Shahed-136/131", Some(35), None, None),
                    ("Kh-101", Some(6), Some(6), None),
                    ("Iskander-M", Some(3), Some(1), None),
                ],
            ),
            // Only a count left out, and one weapon before it: all but that count.
            (
                "Russia attacked with 52 drones overnight. Air defence shot down all of them except four.",
                &[("drone", Some(52), Some(48), None)],
            ),
            // An exception that names neither a weapon nor a count says nothing of how many.
            (
                "Russia attacked with 52 drones overnight. All the drones except those over the capital \
                 were shot down.",
                &[("drone", Some(52), None, None)],
            ),
        ],
    },
    Construction {
        name: "a running count of the destroyed: its latest figure replaces the one before",
        read_by: "quantify::running_destroyed; weapons.toml [nouns] running_changes",
        examples: &[
            (
                "The number of drones shot down over the capital overnight has reached 14, the mayor said.",
                &[("drone", None, Some(14), None)],
            ),
            (
                "Кількість збитих дронів зросла до 30.",
                &[("drone", None, Some(30), None)],
            ),
            (
                "Мэр: силы ПВО уничтожили три беспилотника\n\nКоличество сбитых беспилотников за ночь \
                 достигло 11, сообщил мэр.",
                &[("drone", None, Some(11), None)],
            ),
        ],
    },
    Construction {
        name: "a weapon's name in quotes after its class noun is that weapon (Cyrillic word order)",
        read_by: "lexicon::adjoining (quoted_name_after_class), read::one_in_list",
        examples: &[
            (
                "Сили ППО знищили дві крилаті ракети «Калібр».",
                &[("Kalibr", None, Some(2), None)],
            ),
            (
                "Средствами ПВО сбиты две оперативно-тактические ракеты «Гром» и 40 беспилотников.",
                &[("Hrim-2", None, Some(2), None), ("drone", None, Some(40), None)],
            ),
            (
                "ПВО сбили шесть авиабомб, управляемую ракету большой дальности «Нептун» и 40 \
                 беспилотников.",
                &[
                    ("KAB/UMPK guided bomb", None, Some(6), None),
                    ("Neptune", None, Some(1), None),
                    ("drone", None, Some(40), None),
                ],
            ),
        ],
    },
    Construction {
        name: "a part of a total in an aside opened by 'including', with a kind adjective standing for its noun",
        read_by: "read::role (aside_end, in_aside); weapons.toml 'ballistic'",
        examples: &[
            (
                "Russia fired 300 drones and 40 missiles, including 9 ballistic ones, at our cities.",
                &[
                    ("drone", Some(300), None, None),
                    ("missile", Some(40), None, None),
                    ("ballistic missile", Some(9), None, None),
                ],
            ),
            (
                "300 дронів і 40 ракет, у тому числі 9 балістичних, випустили по наших містах.",
                &[
                    ("drone", Some(300), None, None),
                    ("missile", Some(40), None, None),
                    ("ballistic missile", Some(9), None, None),
                ],
            ),
            (
                "ВСУ выпустили по области 12 ракет, в том числе четыре баллистические, и 30 беспилотников.",
                &[
                    ("missile", Some(12), None, None),
                    ("ballistic missile", Some(4), None, None),
                    ("drone", Some(30), None, None),
                ],
            ),
        ],
    },
    Construction {
        name: "a broader class noun with another count is a total over classes, not the narrower class",
        read_by: "resolve::broader_count",
        examples: &[
            (
                "Kyiv's air defence downed a wave of weapons, among them four hypersonic missiles. In all, \
                 the military said it shot down all 15 missiles and 20 drones.",
                &[
                    ("aeroballistic missile", None, Some(4), None),
                    ("missile", Some(15), Some(15), None),
                    ("drone", Some(20), Some(20), None),
                ],
            ),
            // The same figure again is a restatement.
            (
                "Air defence shot down three hypersonic missiles overnight. All three missiles were aimed at \
                 the capital.",
                &[("aeroballistic missile", None, Some(3), None)],
            ),
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{extract, Fact};

    type Tally = (String, Option<u32>, Option<u32>, Option<u32>);

    #[test]
    fn every_construction_reads_its_examples() {
        let mut misses = Vec::new();
        for c in CONSTRUCTIONS
            .iter()
            .chain(super::super::place_constructions::PLACE_CONSTRUCTIONS)
        {
            for (text, expected) in c.examples {
                let got: Vec<Tally> = extract(text, None)
                    .into_iter()
                    .filter_map(|f| match f {
                        Fact::Strike(s) => {
                            Some((s.weapon, s.launched, s.destroyed, s.lost_locally))
                        }
                        _ => None,
                    })
                    .collect();
                let want: Vec<Tally> = expected
                    .iter()
                    .map(|(w, l, d, lost)| (w.to_string(), *l, *d, *lost))
                    .collect();
                if got != want {
                    misses.push(format!(
                        "{} ({}):\n  {text}\n  want {want:?}\n  got  {got:?}",
                        c.name, c.read_by
                    ));
                }
            }
        }
        assert!(misses.is_empty(), "{}", misses.join("\n"));
    }
}
