//! Constructions whose counts are no tally of this attack, though they name weapons with a count or an
//! article: a stock, the rest of a tally told before, the kind of an attempted attack (`read.rs`, `count.rs`,
//! the `stock` and `attempts` lists of `assets/weapons.toml`).

use super::Construction;

/// This table's constructions; each has a negative example that must still give its figure.
pub const CONSTRUCTIONS: &[Construction] = &[
    Construction {
        name: "a stock of weapons: stored, stockpiled, in stock",
        read_by: "read::stocked",
        examples: &[
            (
                "Ukraine's navy said it hit a depot near Yeysk where about 300 Shahed drones were stored.",
                &[("Shahed-136/131", None, None, None)],
            ),
            (
                "The strike on the arsenal destroyed a warehouse in which 120 Shahed drones had been \
                 stockpiled, the General Staff said.",
                &[("Shahed-136/131", None, None, None)],
            ),
            (
                "Moscow has some 900 Iskander missiles in stock, according to the defence intelligence agency.",
                &[("Iskander-M", None, None, None)],
            ),
            // Launched from a stock: a launch.
            (
                "Overnight Russia launched 40 Kh-101 missiles from its dwindling stock at Kyiv.",
                &[("Kh-101", Some(40), None, None)],
            ),
        ],
    },
    Construction {
        name: "the N that were not shot down: the rest of a tally, no new launch",
        read_by: "count::not_destroyed_rest",
        examples: &[
            (
                "Officials said 10 missiles were fired at Kyiv and 8 were intercepted; the fate of the two \
                 missiles that were not shot down was not given.",
                &[("missile", Some(10), Some(8), None)],
            ),
            (
                "Russia launched 12 missiles at the city overnight; the three missiles that were not \
                 intercepted hit an energy facility.",
                &[("missile", Some(12), None, None)],
            ),
            // Without the negation the definite count is a figure of its own.
            (
                "Mobile fire groups destroyed the 14 drones that crossed into the region.",
                &[("drone", None, Some(14), None)],
            ),
        ],
    },
    Construction {
        name: "an attempted attack using a drone: the kind of attack, not one drone",
        read_by: "count::in_attempt",
        examples: &[
            (
                "Last night an attempt by the Kyiv regime to launch a terrorist attack using a fixed-wing drone on \
                 targets in Russia was foiled. Air defence systems on duty destroyed 6 Ukrainian drones over the \
                 Kursk region.",
                &[("drone", None, Some(6), None)],
            ),
            (
                "An attempted attack by a drone on the refinery was repelled overnight, the company said. Air \
                 defence downed 3 drones near the plant.",
                &[("drone", None, Some(3), None)],
            ),
            // No attempt: one drone is one.
            (
                "Air defence shot down a drone over the Belgorod region overnight.",
                &[("drone", None, Some(1), None)],
            ),
        ],
    },
    Construction {
        name: "a capital letter in a title-case headline names no weapon: 'Massive Drone Attack'",
        read_by: "lexicon::Lexicon::is_unknown_name (doc::tokens::is_title_case)",
        examples: &[
            ("Odesa Port Hit in Massive Drone Attack\n\nRussia launched 60 drones overnight.", &[("drone", Some(60), None, None)]),
            ("Kyiv And Kharkiv Trade Blame After Deadly Missile Strikes", &[]),
            // In prose the capital still names an unknown type.
            ("The ministry said Zircon missiles were fired at Kyiv.", &[("Zircon", None, None, None)]),
        ],
    },
];
