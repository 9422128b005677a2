//! Constructions of how readings join into facts: which fact a mention adds to, frames, background and
//! scope, regional parts, class and combined totals (`resolve.rs`, `merge.rs`, `mod.rs`).

use super::Construction;

/// This table's constructions, roughly in the order a sentence is read.
pub const CONSTRUCTIONS: &[Construction] = &[
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
        examples: &[
            (
                "Since the start of the full-scale invasion, Russia has launched more than 9,000 missiles.",
                &[],
            ),
            // "since" and a month: a running total from that day.
            (
                "Air defence has shot down 240 HIMARS rockets and 31 Storm Shadow missiles since May 12, \
                 the minister told reporters.",
                &[],
            ),
        ],
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
        read_by: "merge::type_descriptors (nouns.heads for launcher words)",
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
            // A launcher word after the name says the kind as "type" does, describing words before it aside.
            (
                "Air defence downed 10 rockets of the Vampire multiple launch rocket system.",
                &[("Vampire", None, Some(10), None)],
            ),
            (
                "Air defence units shot down nine rockets of the US-made HIMARS multiple launch rocket system, \
                 the ministry reported.",
                &[("HIMARS", None, Some(9), None)],
            ),
            // Ukrainian and Russian put the type's name right after "типу"/"типа", before the verb.
            (
                "20 БпЛА типу Shahed випустили вночі окупанти по Харківщині.",
                &[("Shahed-136/131", Some(20), None, None)],
            ),
            (
                "12 беспилотников типа Shahed запустил ночью противник по области.",
                &[("Shahed-136/131", Some(12), None, None)],
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
    Construction {
        name: "a combined total that its parts add up to is a restatement, folded into them",
        read_by: "merge::parts_of_total (combined), merge::fold_totals_into_parts",
        examples: &[
            (
                "Overnight Russia attacked with 45 air attack weapons: 5 Kh-101 cruise missiles and 40 Shahed \
                 drones.",
                &[("Kh-101", Some(5), None, None), ("Shahed-136/131", Some(40), None, None)],
            ),
            (
                "The Air Force detected 28 aerial targets overnight. Russia launched 3 Iskander-M missiles and \
                 25 drones; air defence shot down 20 drones.",
                &[("Iskander-M", Some(3), None, None), ("drone", Some(25), Some(20), None)],
            ),
            // Parts that do not add up leave the total standing.
            (
                "Russia launched 100 aerial weapons overnight, including 90 drones.",
                &[("drone and missile", Some(100), None, None), ("drone", Some(90), None, None)],
            ),
        ],
    },
    Construction {
        name: "a class count of one side never joins the other side's named weapon",
        read_by: "merge::merge_class_into_named (same_side); read::side_of (an interceptor after 'by')",
        examples: &[
            (
                "Air defence shot down 25 Russian Shahed drones over seven regions. Ukraine launched 121 \
                 drones at Russian regions overnight, Moscow said.",
                &[("Shahed-136/131", None, Some(25), None), ("drone", Some(121), None, None)],
            ),
            // The interceptor named after "by" is not the side whose weapons they are.
            (
                "Ukrainian forces fired five ATACMS missiles at Luhansk, the ministry said. Four of the \
                 missiles were downed by Russian air defence systems.",
                &[("ATACMS", Some(5), Some(4), None)],
            ),
        ],
    },
    Construction {
        name: "a passive launching verb and an intercepting verb sharing one auxiliary",
        read_by: "role::coordinated_destroy",
        examples: &[
            (
                "During the night, 40 drones were detected and destroyed over the Bryansk and Kursk \
                 regions, the ministry said.",
                &[("drone", Some(40), Some(40), None)],
            ),
            (
                "Officials said six cruise missiles were fired at Lviv and shot down before reaching the \
                 city.",
                &[("cruise missile", Some(6), Some(6), None)],
            ),
        ],
    },
];
