//! Constructions of one mention's reading: its count and quantifier, its role (launched, destroyed, hit,
//! lost), its side and place, and the words that say them (`read.rs`, `quantify.rs`, `assets/weapons.toml`).

use super::Construction;

/// This table's constructions, roughly in the order a sentence is read.
pub const CONSTRUCTIONS: &[Construction] = &[
    Construction {
        name: "a quoted name after the class noun, then the verb",
        read_by: "role::verb_after",
        examples: &[
            (
                "Six missiles X-47M2 'Kinzhal' were launched from MiG-31K aircraft. All of them were shot down.",
                &[("Kinzhal", Some(6), Some(6), None)],
            ),
            (
                "Six hypersonic missiles X-47M2 \u{2018}Kinzhal\u{2019} were shot down over the capital, the air \
                 force said.",
                &[("Kinzhal", None, Some(6), None)],
            ),
            (
                "Overnight, 12 attack drones \u{2018}Shahed\u{2019} were launched from the Kursk region; 10 were \
                 destroyed.",
                &[("Shahed-136/131", Some(12), Some(10), None)],
            ),
            // A quoted name without a count of its own takes no verb across the clause.
            (
                "The mayor said residents heard \u{2018}Shahed\u{2019} drones over the city before air defence \
                 shot down 5 drones.",
                &[("Shahed-136/131", None, Some(5), None)],
            ),
        ],
    },
    Construction {
        name: "an attack that included its weapons",
        read_by: "Lexicon::is_launch ([verbs] launch_after_attack)",
        examples: &[
            (
                "The overnight attack on Kharkiv included 17 drones and two Kalibr missiles, the governor said.",
                &[("drone", Some(17), None, None), ("Kalibr", Some(2), None, None)],
            ),
            (
                "Russia's combined strike included 40 drones; air defence shot down 31.",
                &[("drone", Some(40), Some(31), None)],
            ),
            // Without an attack for its subject, "included" launches nothing.
            (
                "Air defence destroyed 45 targets. The weapons shot down included 30 drones.",
                &[("air target", None, Some(45), None), ("drone", None, Some(30), None)],
            ),
        ],
    },
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
        name: "M named weapons out of N: the total after the noun",
        read_by: "count::total_after, read::read",
        examples: &[
            ("Crews downed 61 Shahed drones out of 80 launched.", &[("Shahed-136/131", Some(80), Some(61), None)]),
            ("ППО знищила 45 дронів з 60, які запустив ворог.", &[("drone", Some(60), Some(45), None)]),
            ("Units shot down 12 drones of 3 types.", &[("drone", None, Some(12), None)]),
        ],
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
        name: "none of them reached the target",
        read_by: "quantify::none_of_them",
        examples: &[(
            "Russia launched six Kalibr missiles from the Black Sea; all six were intercepted.",
            &[("Kalibr", Some(6), Some(6), None)],
        )],
    },
    Construction {
        name: "all N over several weapons is every one of each",
        read_by: "read::destroyed_elsewhere",
        examples: &[
            (
                "Russia launched two Iskander-M and two KN-23 missiles at Kyiv overnight; all four were shot \
                 down.",
                &[("Iskander-M", Some(2), Some(2), None), ("KN-23", Some(2), Some(2), None)],
            ),
            (
                "Russia fired three Kalibr missiles and two Kh-101 missiles at Odesa, and all five were \
                 intercepted, the navy said.",
                &[("Kalibr", Some(3), Some(3), None), ("Kh-101", Some(2), Some(2), None)],
            ),
        ],
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
        name: "a list with its participle after it, in a 'with' clause: every listed weapon destroyed",
        read_by: "role::verb_after, destroyed_here (after_list)",
        examples: &[(
            "Russia fired 12 missiles and 60 drones at Ukraine overnight, with 10 missiles and 45 drones \
             intercepted, the military said.",
            &[("missile", Some(12), Some(10), None), ("drone", Some(60), Some(45), None)],
        )],
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
        name: "a weapon as the means of an attack counts nothing",
        read_by: "read::read ([phrases] strike_nouns)",
        examples: &[
            ("A drone strike on the port damaged two warehouses.", &[]),
            ("The garrison says it beat back a Russian drone assault on the town at dawn.", &[]),
        ],
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
        name: "a losing verb before the count, or \"fail to reach\" after it: lost, not launched",
        read_by: "lexicon::lost_before ([verbs] lost, lost_object), is_lost ([verbs] not_reach)",
        examples: &[
            (
                "The air force said it shot down 45 drones and lost track of 30 decoy drones launched \
                 alongside them.",
                &[("drone", None, Some(45), None), ("decoy drone", None, None, Some(30))],
            ),
            (
                "Air defence downs 40 drones overnight, 12 decoy drones fail to reach their targets",
                &[("drone", None, Some(40), None), ("decoy drone", None, None, Some(12))],
            ),
            (
                "Ukrainian forces downed 52 drones and lost 20 decoy drones over the north, the air force said.",
                &[("drone", None, Some(52), None), ("decoy drone", None, None, Some(20))],
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
                    // "air targets" is the combined total over both classes.
                    ("drone and missile", Some(169), Some(150), None),
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
        name: "words for every airborne weapon at once (aerial weapons, air targets) are a combined total",
        read_by: "assets/weapons.toml (\"drone and missile\"), merge::is_combined",
        examples: &[
            (
                "The Air Force said it downed 71 of the 80 aerial targets Russia sent overnight.",
                &[("drone and missile", Some(80), Some(71), None)],
            ),
            (
                "Our air defence destroyed 25 air targets over the region, the governor wrote on Telegram.",
                &[("drone and missile", None, Some(25), None)],
            ),
            // The class's own figures stay apart from the combined total.
            (
                "Russia attacked with 60 means of air attack, including 50 drones; air defence shot down 45 \
                 drones.",
                &[("drone and missile", Some(60), None, None), ("drone", Some(50), Some(45), None)],
            ),
            // No count, no figure.
            ("Air defence was working on air targets in the north.", &[]),
        ],
    },
    Construction {
        name: "an air defence system's missiles fired at the ground are missiles of the tally",
        read_by: "assets/weapons.toml (missile)",
        examples: &[
            (
                "Russian forces fired three S-300 air defence missiles at Kharkiv before dawn.",
                &[("S-300", Some(3), None, None)],
            ),
            (
                "Two surface-to-air missiles struck a grain terminal in Odesa, the regional governor said.",
                &[("missile", Some(2), None, None)],
            ),
            ("Ukraine is short of air defence missiles, officials said.", &[]),
        ],
    },
    Construction {
        name: "weapons that arrived from a direction were launched",
        read_by: "assets/weapons.toml ([verbs] launch)",
        examples: &[
            (
                "Six Kalibr missiles arrived from the Black Sea overnight.",
                &[("Kalibr", Some(6), None, None)],
            ),
            (
                "According to the air force, 14 Shahed drones arrived from the Kursk direction; 11 were shot \
                 down.",
                &[("Shahed-136/131", Some(14), Some(11), None)],
            ),
            ("Two new Patriot systems arrived in Ukraine last week.", &[]),
        ],
    },
    Construction {
        name: "an intercepting participle between the count and the weapon: \"10 downed drones\"",
        read_by: "read::destroyed_participle",
        examples: &[
            (
                "The regional governor reported 10 downed drones over the region overnight.",
                &[("drone", None, Some(10), None)],
            ),
            (
                "Kyiv city military administration: wreckage of 3 intercepted missiles fell in two districts.",
                &[("missile", None, Some(3), None)],
            ),
            ("Debris from downed drones damaged 12 houses in the district.", &[]),
        ],
    },
    Construction {
        name: "a count of a describing phrase renamed by a weapon after a comma: \"six of the ..., Kinzhal missiles\"",
        read_by: "read::appositive",
        examples: &[
            (
                "Air defence destroyed four of the most expensive weapons Russia has, Zircon missiles, over Kyiv.",
                &[("Zircon", None, Some(4), None)],
            ),
            (
                "Ukraine's forces shot down two of the newest additions to Moscow's arsenal, Kh-69 cruise missiles.",
                &[("Kh-69", None, Some(2), None)],
            ),
            // The weapon opens a clause of its own: no renaming.
            ("Russia struck three of the oblasts overnight, drones hitting power plants.", &[]),
        ],
    },
    Construction {
        name: "one figure \"each\" over several places: a tally per place",
        read_by: "read::each_place",
        examples: &[
            (
                "The ministry said units destroyed one drone each over the Kursk region and over the Belgorod \
                 region.",
                &[("drone", None, Some(1), None), ("drone", None, Some(1), None)],
            ),
            (
                "Air defence shot down two Shahed drones each in the Odesa region and in the Mykolaiv region, the \
                 Air Force said.",
                &[("Shahed-136/131", None, Some(2), None), ("Shahed-136/131", None, Some(2), None)],
            ),
            // Without "each" the second place has no figure of its own.
            (
                "Air defence destroyed 12 drones over the Kursk region, and in the Belgorod region there were no \
                 attacks.",
                &[("drone", None, Some(12), None)],
            ),
        ],
    },
    Construction {
        name: "weapons that reached their targets hit, whatever verb came before in the sentence",
        read_by: "role::verb_after (\"reached\", decisive)",
        examples: &[
            (
                "Russia launched 30 missiles overnight; air defence destroyed 18 missiles, and 12 missiles \
                 reached their targets.",
                &[("missile", Some(30), Some(18), None)],
            ),
            // With no launched figure, those that hit and those destroyed are the launched.
            (
                "The air force said 25 Shahed drones were shot down, while three drones reached their targets \
                 in the Odesa region.",
                &[("Shahed-136/131", Some(28), Some(25), None)],
            ),
            // Not reaching them is a loss.
            (
                "Russia launched 40 drones. Air defence shot down 31 drones; 9 drones did not reach their \
                 targets.",
                &[("drone", Some(40), Some(31), Some(9))],
            ),
        ],
    },
];
