//! Deaths told as lives taken: "claimed the lives of four", "cost six lives", "lost their lives".

use super::Construction;

/// This table's constructions.
pub const CONSTRUCTIONS: &[Construction] = &[Construction {
    name: "deaths told as lives taken: lives claimed, taken or cost, or lost by their group",
    read_by:
        "sentence::lives_taken, lives_counted, verb_phrase_start; [casualty] lives, lives_verbs",
    examples: &[
        (
            "The overnight strike on Izium claimed the lives of four people.",
            &[(Some(4), None, Some("Izium"))],
        ),
        (
            "Shelling cost at least six lives in Nikopol, the governor said.",
            &[(Some(6), None, Some("Nikopol"))],
        ),
        (
            "Two firefighters lost their lives in Kharkiv when a second drone hit the site.",
            &[(Some(2), None, Some("Kharkiv"))],
        ),
    ],
    negatives: &["Medics saved the lives of 30 people in Sumy after the strike."],
}];
