//! Asides between a counted noun and its verb: a part opened by "including", a participle phrase or names
//! in apposition (`role.rs`: `aside_end`, `in_aside`, `parenthesis_end`).

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
];
