//! Event frames of tolls, with the meaning strike tallies give them (`crate::extract::fact::Frame`): who
//! reports the toll, which side attacked, how wide it is and what kind of figure. The side is read by the
//! strike frames' own reader (`strike::frame::SidedWeapons`) from the toll's sentences; a toll whose
//! sentences name no side takes the one side of the report's strike tallies, when they all share one.

use crate::extract::fact::{Casualties, Category, Frame, FrameKind, Scope, Side, Strike};
use crate::extract::lexicon::{lexicon, Lexicon};
use crate::extract::numbers::Num;
use crate::extract::strike::frame::SidedWeapons;
use crate::extract::tokens::{tokenize, Token};
use crate::extract::Sentence;

const CATEGORIES: [Category; 6] = [
    Category::Drone,
    Category::CruiseMissile,
    Category::BallisticMissile,
    Category::AeroballisticMissile,
    Category::GuidedBomb,
    Category::Other,
];

/// The one side every sided strike tally of the report shares, if they share one.
pub fn report_side(strikes: &[Strike]) -> Option<Side> {
    let mut sides = strikes.iter().filter_map(|s| s.frame.side);
    let first = sides.next()?;
    sides.all(|s| s == first).then_some(first)
}

/// Sets the frame of today's tolls and of the background tolls. A toll without a place, or marked as a
/// summary, is national; a toll of a place is local; a place's toll beside a summary of the report is a
/// sub-tally of it. Background tolls are kind `background` whatever their scope.
pub fn set_frames(
    sents: &[Sentence],
    today: &mut [(usize, Casualties)],
    background: &mut [(usize, Casualties)],
    strikes: &[Strike],
) {
    let lex = lexicon();
    let fallback = report_side(strikes);
    let has_summary = today.iter().any(|(_, c)| c.summary);
    for (_, c) in today.iter_mut() {
        let sub = has_summary && !c.summary && c.place.is_some();
        let kind = if sub {
            FrameKind::SubTally
        } else {
            FrameKind::Event
        };
        c.frame = frame_of(lex, sents, c, kind, fallback);
    }
    for (_, c) in background.iter_mut() {
        c.frame = frame_of(lex, sents, c, FrameKind::Background, fallback);
    }
}

fn frame_of(
    lex: &Lexicon,
    sents: &[Sentence],
    c: &Casualties,
    kind: FrameKind,
    fallback: Option<Side>,
) -> Frame {
    let scope = if c.place.is_some() && !c.summary {
        Scope::Local
    } else {
        Scope::National
    };
    Frame {
        reporter: c.attributed_to.clone(),
        side: toll_side(lex, sents, c).or(fallback),
        scope,
        kind,
    }
}

/// The side the toll's sentences name: a sided weapon ("a Russian drone"), or a side word right before
/// an attack noun ("the Russian strike", "a Ukrainian attack"). Each evidence sentence is read from the
/// report's own tokens when it is one of its sentences, and tokenized alone when it is not (a clause).
fn toll_side(lex: &Lexicon, sents: &[Sentence], c: &Casualties) -> Option<Side> {
    c.evidence.iter().find_map(|e| {
        let own = sents
            .binary_search_by_key(&e.span[0], |s| s.start)
            .ok()
            .map(|k| &sents[k])
            .filter(|s| s.end == e.span[1]);
        match own {
            Some(s) => sentence_side(lex, &s.toks, &s.counts),
            None => {
                let toks = tokenize(&e.sentence, 0, e.sentence.len());
                sentence_side(lex, &toks, &crate::extract::numbers::counts(&toks))
            }
        }
    })
}

fn sentence_side(lex: &Lexicon, toks: &[Token], counts: &[Num]) -> Option<Side> {
    let sided = SidedWeapons::of(lex, toks, counts);
    let weapons = CATEGORIES.iter().flat_map(|&cat| sided.sides(cat)).next();
    weapons.or_else(|| attack_side(lex, toks))
}

fn attack_side(lex: &Lexicon, toks: &[Token]) -> Option<Side> {
    (0..toks.len()).find_map(|k| {
        let side = lex.sides.of_adjective(toks[k].lower.as_ref())?;
        let attack = toks[k + 1..toks.len().min(k + 3)]
            .iter()
            .any(|t| lex.phrases.strike_nouns.contains(t.lower.as_ref()));
        attack.then_some(side)
    })
}

#[cfg(test)]
mod tests {
    use crate::extract::fact::{Casualties, FrameKind, Scope, Side};
    use crate::extract::{extract, Fact};

    /// (today's tolls, background tolls) of a text, as (killed, injured, scope, kind, side).
    type Row = (Option<u32>, Option<u32>, Scope, FrameKind, Option<Side>);

    fn tolls(text: &str) -> (Vec<Row>, Vec<Row>) {
        let row = |c: &Casualties| {
            (
                c.killed,
                c.injured,
                c.frame.scope,
                c.frame.kind,
                c.frame.side,
            )
        };
        let facts = extract(text, None);
        let today = facts
            .iter()
            .filter_map(|f| match f {
                Fact::Casualties(c) => Some(row(c)),
                _ => None,
            })
            .collect();
        let background = facts
            .iter()
            .filter_map(|f| match f {
                Fact::BackgroundToll(c) => Some(row(c)),
                _ => None,
            })
            .collect();
        (today, background)
    }

    #[test]
    fn a_local_toll_and_a_war_toll_in_english_wire_style() {
        let (today, background) = tolls(
            "A Russian drone attack killed three people in Odesa overnight, the governor said. \
             Since the start of the full-scale invasion, more than 600 civilians have been killed \
             in the region.",
        );
        assert_eq!(
            today,
            vec![(
                Some(3),
                None,
                Scope::Local,
                FrameKind::Event,
                Some(Side::Russia)
            )]
        );
        assert_eq!(background.len(), 1, "{background:?}");
        assert_eq!(
            (background[0].0, background[0].3),
            (Some(600), FrameKind::Background)
        );
    }

    #[test]
    fn a_years_toll_in_total_is_background_not_a_summary() {
        let (today, background) = tolls(
            "Two people were injured when a missile hit a warehouse in Dnipro on Tuesday. In total \
             this year, 85 people have been killed by Russian strikes on the city, officials say.",
        );
        assert_eq!(today.len(), 1, "{today:?}");
        assert_eq!((today[0].1, today[0].3), (Some(2), FrameKind::Event));
        assert_eq!(background.len(), 1, "{background:?}");
        assert_eq!(
            (background[0].0, background[0].3),
            (Some(85), FrameKind::Background)
        );
    }

    #[test]
    fn a_ukrainian_report_keeps_the_war_toll_as_background() {
        let (today, background) = tolls(
            "Внаслідок удару по Харкову загинули двоє людей, повідомив мер. З початку \
             повномасштабного вторгнення в області загинули 640 мирних жителів.",
        );
        assert_eq!(today.len(), 1, "{today:?}");
        assert_eq!((today[0].0, today[0].3), (Some(2), FrameKind::Event));
        assert_eq!(background.len(), 1, "{background:?}");
        assert_eq!(
            (background[0].0, background[0].3),
            (Some(640), FrameKind::Background)
        );
    }

    #[test]
    fn a_russian_report_keeps_the_war_toll_as_background() {
        let (today, background) = tolls(
            "В результате атаки на Белгород погибли три человека, сообщил губернатор. С начала \
             СВО в регионе погибли 240 мирных жителей.",
        );
        assert_eq!(today.len(), 1, "{today:?}");
        assert_eq!((today[0].0, today[0].3), (Some(3), FrameKind::Event));
        assert_eq!(background.len(), 1, "{background:?}");
        assert_eq!(
            (background[0].0, background[0].3),
            (Some(240), FrameKind::Background)
        );
    }

    #[test]
    fn a_places_toll_beside_a_national_summary_is_a_sub_tally() {
        let (today, _) = tolls(
            "Russian strikes killed 7 people across Ukraine overnight, officials said. \
             In Zaporizhzhia, 4 people were killed.",
        );
        let kinds: Vec<(Option<u32>, Scope, FrameKind)> =
            today.iter().map(|r| (r.0, r.2, r.3)).collect();
        assert_eq!(
            kinds,
            vec![
                (Some(7), Scope::National, FrameKind::Event),
                (Some(4), Scope::Local, FrameKind::SubTally),
            ]
        );
    }
}
