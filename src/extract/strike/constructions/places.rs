//! Constructions of strike reports common in the Ukrainian and Russian formats (places before counts, parts
//! by place, dashes, rough headline figures, "air targets"), by name, with sentences written here in English,
//! Ukrainian and Russian and the tallies they give. Run with the other tables by
//! `every_construction_reads_its_examples`.

use super::Construction;

/// Constructions of places and lists of parts (read in `read.rs`).
pub const CONSTRUCTIONS: &[Construction] = &[
    Construction {
        name: "a share by place after \"including\": part of the figure, not a further part",
        read_by: "phrase::parts_after ([phrases] part_openers)",
        examples: &[
            (
                "Russian air defences destroyed 64 Ukrainian drones over several regions overnight, \
                 including 25 over the Kursk region, the ministry said.",
                &[("drone", None, Some(64), None)],
            ),
            // A list of parts with no opener is one part after another.
            (
                "Air defences shot down 30 drones over the Bryansk region and 12 over the Oryol region.",
                &[("drone", None, Some(30), None), ("drone", None, Some(12), None)],
            ),
        ],
    },
    Construction {
        name: "a clause opening with its place: the count after it is that region's part",
        read_by: "phrase::opening_region",
        examples: &[
            // A headline over one region, then the national figure: the national figure is the tally.
            (
                "Over the Moscow region, 40 drones were shot down overnight. In total, air defence \
                 destroyed 193 drones.",
                &[("drone", None, Some(193), None)],
            ),
            // A ministry's wire: the region first, the country-wide figure after.
            (
                "Над Брянской областью ночью сбиты 12 беспилотников. Всего за ночь уничтожено 30 \
                 беспилотников.",
                &[("drone", None, Some(30), None)],
            ),
            // A regional administration's post, then the Air Force's national figure.
            (
                "Над Київщиною збито 9 дронів. Загалом сили ППО знешкодили 25 ворожих БпЛА.",
                &[("drone", None, Some(25), None)],
            ),
            // Negatives: a whole country is no region ("над регионами России", "over Russia").
            (
                "Над регионами России уничтожены 41 беспилотник, из них 17 — над Брянской областью.",
                &[("drone", None, Some(41), None)],
            ),
            (
                "Over Russia, air defences destroyed 24 drones overnight, 10 of them over the Bryansk region.",
                &[("drone", None, Some(24), None)],
            ),
            // "Over" opening a time, "in" opening a month: national figures.
            (
                "Over the weekend, air defence shot down 14 drones.",
                &[("drone", None, Some(14), None)],
            ),
            (
                "In January, air defence shot down 14 drones.",
                &[("drone", None, Some(14), None)],
            ),
        ],
    },
    Construction {
        name: "decoys lost locally, then a bare count in the next clause destroyed",
        read_by: "read::read (lost_after), read::elliptic_destroyed",
        examples: &[
            (
                "Russia launched 90 drones overnight. 20 drones were lost locally, 65 were shot down.",
                &[("drone", Some(90), Some(65), Some(20))],
            ),
            // The Air Force's summary in Ukrainian: "вдалося збити" ("were downed").
            (
                "Противник атакував 90 ударними БпЛА. 20 БпЛА локаційно втрачені, 65 вдалося збити.",
                &[("Shahed-136/131", Some(90), Some(65), Some(20))],
            ),
            // An independent outlet's Russian retelling: a participle without an auxiliary.
            (
                "Противник выпустил 70 беспилотников. 15 беспилотников были локационно потеряны, 50 \
                 сбиты.",
                &[("drone", Some(70), Some(50), Some(15))],
            ),
            // Negative: the next clause's count did something else.
            (
                "Russia launched 30 drones. 12 drones were lost locally, 3 fell in a field.",
                &[("drone", Some(30), None, Some(12))],
            ),
        ],
    },
    Construction {
        name: "a list of parts by place after the first count, with dashes, the first place unnamed",
        read_by: "phrase::parts_after, phrase::unnamed_place",
        examples: &[
            (
                "Russia attacked Kyiv with 30 drones. 12 drones were destroyed over neighbouring regions, \
                 8 over the Kyiv region and another 10 over Chernihiv.",
                &[("drone", Some(30), Some(30), None)],
            ),
            // A mayor's count retold by a Russian-language outlet.
            (
                "Ночью противник атаковал Харьков 25 дронами. 10 дронов уничтожены над соседними \
                 областями, 6 — в Харьковской области, еще 9 — над Харьковом.",
                &[("drone", Some(25), Some(25), None)],
            ),
            // A Ukrainian wire.
            (
                "Росія атакувала столицю 20 дронами. 11 дронів знищено над сусідніми областями, 4 — у \
                 Київській області, ще 5 — над Києвом.",
                &[("drone", Some(20), Some(20), None)],
            ),
            // Negatives: an unnamed place with no list after it is the national figure; the ministry's list
            // after a colon gives the total's parts, and the total stands.
            (
                "Air defence destroyed 15 drones over several regions.",
                &[("drone", None, Some(15), None)],
            ),
            (
                "За ночь уничтожены 18 беспилотников: 10 — над территорией Курской области, 8 — над \
                 территорией Белгородской области.",
                &[("drone", None, Some(18), None)],
            ),
        ],
    },
    Construction {
        name: "a rough class figure in the headline, the exact figure of a named weapon in the body",
        read_by: "merge::rough_class_figures, merge::merge_class_into_named",
        examples: &[
            (
                "Russia attacked Ukraine with over 100 drones overnight. The enemy launched 112 attack \
                 drones from Kursk and Oryol. Air defence shot down 80 drones.",
                &[("Shahed-136/131", Some(112), Some(80), None)],
            ),
            // A Ukrainian outlet's headline and the Air Force's figures.
            (
                "Росія атакувала Україну понад сотнею дронів\n\nУ ніч на 3 травня противник атакував 108 \
                 ударними БпЛА. Сили ППО знешкодили 90 дронів.",
                &[("Shahed-136/131", Some(108), Some(90), None)],
            ),
            // A Russian-language retelling.
            (
                "Ночью Украину атаковали более 50 российских беспилотников. Россия запустила 56 ударных \
                 беспилотников, военные сбили 41 дрон.",
                &[("Shahed-136/131", Some(56), Some(41), None)],
            ),
            // Negative: a figure far from the rough one is another count, and both stand.
            (
                "Russia attacked Ukraine with over 100 drones overnight. Of them, 40 attack drones targeted \
                 Odesa.",
                &[("drone", Some(100), None, None), ("Shahed-136/131", Some(40), None, None)],
            ),
        ],
    },
    Construction {
        name: "'air targets' are the one weapon counted that night, and no class's figure in a mixed attack",
        read_by: "resolve::stands_for, merge::merge_class_into_named (any_class), merge::parts_of_total (combined)",
        examples: &[
            (
                "Russia attacked with 90 attack drones overnight. Air defence destroyed 75 air targets.",
                &[("Shahed-136/131", Some(90), Some(75), None)],
            ),
            // The Air Force's summary: launched per weapon, then a passive over "air targets".
            (
                "У ніч на 5 квітня противник атакував 64 ударними БпЛА типу Shahed. Станом на 09:00 \
                 знешкоджено 50 повітряних цілей.",
                &[("Shahed-136/131", Some(64), Some(50), None)],
            ),
            // A Russian regional governor's post.
            (
                "Противник выпустил 40 беспилотников. Силы ПВО уничтожили 35 воздушных целей.",
                &[("drone", Some(40), Some(35), None)],
            ),
            // The air targets' parts after a colon: the total folds into them.
            (
                "У ніч на 7 травня противник атакував 4 крилатими ракетами Х-101 та 60 ударними БпЛА. \
                 Станом на 09:00 збито 51 повітряну ціль: 4 крилаті ракети Х-101 та 47 БпЛА.",
                &[
                    ("Kh-101", Some(4), Some(4), None),
                    ("Shahed-136/131", Some(60), Some(47), None),
                ],
            ),
            // Negatives: drones and missiles both counted: the air targets stay a figure of their own.
            (
                "Russia launched 50 drones and 10 missiles. Air defence destroyed 55 air targets.",
                &[
                    ("drone", Some(50), None, None),
                    ("missile", Some(10), None, None),
                    ("drone and missile", None, Some(55), None),
                ],
            ),
            (
                "Ворог випустив 8 ракет і 30 дронів. Сили ППО знищили 33 повітряні цілі.",
                &[
                    ("missile", Some(8), None, None),
                    ("drone", Some(30), None, None),
                    ("drone and missile", None, Some(33), None),
                ],
            ),
            // "Reached their targets" counts nothing.
            ("Дрони досягли цілей у Харкові.", &[]),
        ],
    },
    Construction {
        name: "a bare count of 'targets' is what air defence destroyed, and nothing under another verb",
        read_by: "mod::mention (Lexicon::is_destroyed_only; assets/weapons.toml \"air target\")",
        examples: &[
            // A regional head at a briefing, and a Russian governor's post.
            (
                "За словами голови ОВА, сили ППО знищили понад 30 цілей над Миколаївщиною.",
                &[("air target", None, Some(30), None)],
            ),
            (
                "Ночью силы ПВО уничтожили 12 целей на подлете к Курску, сообщил губернатор.",
                &[("air target", None, Some(12), None)],
            ),
            // With the night's one weapon counted, the targets are its figure.
            (
                "Ворог атакував Запоріжжя 20 дронами. Сили ППО знищили 16 цілей.",
                &[("drone", Some(20), Some(16), None)],
            ),
            // Negatives: what was struck, not weapons.
            ("Російські ракети уразили 5 цілей у Дніпрі.", &[]),
            ("Artillery struck 12 targets near Kupiansk, the army said.", &[]),
            ("Авиация поразила 40 целей противника за сутки.", &[]),
        ],
    },
    Construction {
        name: "a dash between a bare count and what is said of it: lost locally, shot down",
        read_by: "read::past_dash (read::read lost_after, read::lost_count, quantify::complete)",
        examples: &[
            // The Air Force's summary: the decoys lost after a dash, in the same sentence or the next.
            (
                "Протиповітряною обороною збито/подавлено 45 ворожих БпЛА на півночі та сході країни, ще \
                 12 – локаційно втрачені.",
                &[("drone", None, Some(45), Some(12))],
            ),
            (
                "Противник атакував 80 БпЛА. 60 – збито, ще 15 – локаційно втрачені.",
                &[("drone", Some(80), Some(60), Some(15))],
            ),
            (
                "Russia launched 40 drones. 30 – shot down; 8 – lost locally.",
                &[("drone", Some(40), Some(30), Some(8))],
            ),
            // Negative: a dash before a place is a part's, not a loss.
            (
                "ПВО сбили 20 беспилотников: 12 — над Курской областью, 8 — над Брянской.",
                &[("drone", None, Some(20), None)],
            ),
        ],
    },
];
