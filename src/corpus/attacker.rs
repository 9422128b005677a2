//! Which side attacked in a strike tally: the side its frame read, else the reporter's opponent
//! ("Russia's defence ministry" counts drones that Ukraine sent), else the country of the places it names
//! (drones downed over a Russian region were Ukraine's; a target in Ukraine was struck by Russia).

use crate::extract::lexicon::{lexicon, Side};
use crate::extract::Strike;

/// The attacking side of `strike`, when its frame, its reporter or its places say.
pub fn attacker(strike: &Strike) -> Option<Side> {
    strike
        .frame
        .side
        .or_else(|| by_reporter(strike))
        .or_else(|| by_places(strike))
}

/// The side opposite a reporter that names its own side ("the Russian defence ministry").
fn by_reporter(strike: &Strike) -> Option<Side> {
    let reporter = strike
        .frame
        .reporter
        .as_deref()
        .or(strike.attributed_to.as_deref())?
        .to_lowercase();
    let sides = &lexicon().sides;
    reporter
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
        .find_map(|w| sides.of_adjective(&w.replace('’', "'")))
        .map(Side::other)
}

/// The side that attacks a place: the other country's. `over` and `target` are where the weapons went.
fn by_places(strike: &Strike) -> Option<Side> {
    let places = [strike.over.as_deref(), strike.target.as_deref()];
    places.into_iter().flatten().find_map(|p| {
        crate::regions::tag(p)
            .first()
            .and_then(|r| match r.country.as_str() {
                "RU" => Some(Side::Ukraine),
                "UA" => Some(Side::Russia),
                _ => None,
            })
    })
}

/// `side:` values: "russia" / "ru" and "ukraine" / "ua", any case.
pub fn side_named(value: &str) -> Option<Side> {
    match value.to_lowercase().as_str() {
        "russia" | "ru" | "russian" => Some(Side::Russia),
        "ukraine" | "ua" | "ukrainian" => Some(Side::Ukraine),
        _ => None,
    }
}

/// The side's name as the events view and the CSV write it.
pub fn side_label(side: Option<Side>) -> &'static str {
    match side {
        Some(Side::Russia) => "russia",
        Some(Side::Ukraine) => "ukraine",
        None => "unknown",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{extract, Fact};

    fn sides(text: &str) -> Vec<(Option<u32>, Option<Side>)> {
        extract(text, None)
            .into_iter()
            .filter_map(|f| match f {
                Fact::Strike(s) => Some((s.launched.or(s.destroyed), attacker(&s))),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn the_attacker_comes_from_the_frame_the_reporter_or_the_places() {
        // Wire: a side word before the weapon.
        assert_eq!(
            sides("Russian forces launched 48 Shahed drones at Ukraine overnight, the air force said."),
            [(Some(48), Some(Side::Russia))]
        );
        // Russian MoD style: the reporter's own side shoots down the other's drones.
        let got = sides(
            "Air defence systems on duty destroyed 23 drones over the Belgorod region overnight.",
        );
        assert!(
            got.iter().all(|(_, s)| *s == Some(Side::Ukraine)),
            "{got:?}"
        );
        assert_eq!(side_named("RU"), Some(Side::Russia));
        assert_eq!(side_named("Ukraine"), Some(Side::Ukraine));
        assert_eq!(side_named("both"), None);
        assert_eq!(side_label(None), "unknown");
    }
}
