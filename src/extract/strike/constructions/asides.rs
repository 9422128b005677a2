//! Asides between a counted noun and its verb: a part opened by "including", a participle phrase or names
//! in apposition, a relative clause with a verb of its own (`role.rs`: `aside_end`, `in_aside`,
//! `parenthesis_end`, `past_relative_launch`).

use super::Construction;

/// This table's constructions.
pub const CONSTRUCTIONS: &[Construction] = &[
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
        name: "a participle phrase or names in commas between the count and its passive verb",
        read_by: "read::role (parenthesis_end)",
        examples: &[
            (
                "Twenty drones, launched overnight from the Bryansk region, were shot down near Chernihiv.",
                &[("drone", None, Some(20), None)],
            ),
            (
                "Two reconnaissance drones, a Zala and an Orlan-10, were also destroyed in the south.",
                &[("reconnaissance drone", None, Some(2), None), ("Orlan", None, None, None)],
            ),
            // A speaker in commas and no auxiliary after them: the clause goes on as before.
            (
                "Russia launched 40 drones, the air force said, and 31 were downed.",
                &[("drone", Some(40), Some(31), None)],
            ),
        ],
    },
    Construction {
        name: "a relative clause with its own launching verb between the count and its passive verb",
        read_by: "role::verb_after (past_relative_launch); grammar.toml relatives",
        examples: &[
            (
                "Three Kh-59 missiles that Russian jets fired at Odesa were destroyed over the sea, the \
                 navy said.",
                &[("Kh-59", None, Some(3), None)],
            ),
            (
                "According to the regional administration, all 16 drones which the enemy launched from \
                 the Kursk region overnight were shot down.",
                &[("drone", Some(16), Some(16), None)],
            ),
            // A relative clause with no intercepting verb after it is left as it was read.
            (
                "Russia launched 30 drones overnight. Eight drones that the enemy launched at Kharkiv hit \
                 a warehouse.",
                &[("drone", Some(30), None, None)],
            ),
        ],
    },
];
