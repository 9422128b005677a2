//! Which fact a mention belongs to: the same named weapon on the same date and side, or for a class noun
//! the weapon of its class it stands for.

use super::*;

/// Which accumulated fact a mention belongs to: the same named weapon on the same date, or for a class
/// noun the named weapon of that class touched last (on the same date). A counted class noun when two or
/// more named weapons of its class are in the event ("12 Kh-101 and 2 Kh-22 ... Ten cruise missiles were
/// destroyed") cannot be split between them: it keeps a fact of its own class.
pub(super) fn resolve(
    accs: &[Acc],
    m: &Mention,
    date: Option<NaiveDate>,
    r: &Reading,
    here: usize,
    definite: bool,
) -> Place {
    // A local impact ("a drone struck a house") is a frame of its own, and no counted tally joins it.
    if r.local {
        return Place::New;
    }
    let q = Query {
        accs,
        m,
        date,
        r,
        here,
        definite,
    };
    if !m.generic {
        let same = |a: &Acc| {
            !a.generic && a.fact.weapon == m.name && a.fact.date == date && q.sides_agree(a)
        };
        return found(accs.iter().position(same));
    }
    if let Some(i) = q.same_class_noun() {
        return Place::Existing(i);
    }
    if let Some(place) = q.counted_named() {
        return place;
    }
    q.latest_or_class()
}

fn found(i: Option<usize>) -> Place {
    i.map_or(Place::New, Place::Existing)
}

/// One class noun's mention, looking for its fact among `accs`.
struct Query<'a> {
    accs: &'a [Acc],
    m: &'a Mention,
    date: Option<NaiveDate>,
    r: &'a Reading,
    /// The sentence (its start) the mention is in.
    here: usize,
    /// "both missiles", "the drones", "nine of these drones": weapons already named.
    definite: bool,
}

impl Query<'_> {
    /// One side's weapons are never the other side's: "82 Ukrainian drones" beside "59 of 84 Russian
    /// drones". "the missile" after "a missile was fired at Odesa" is that one.
    fn sides_agree(&self, a: &Acc) -> bool {
        let joins_local = self.definite && !self.m.plural;
        (!a.local || joins_local)
            && (a.side.is_none() || self.r.side.is_none() || a.side == self.r.side)
    }

    /// The facts this class noun can stand for: of its class and its side.
    fn fits(&self, a: &Acc) -> bool {
        self.sides_agree(a) && stands_for(self.m, a)
    }

    /// The same class noun counted again ("69 missiles, including 13 Kh-101 ... downed 45 missiles") is
    /// the same class tally, not the named weapon of that class.
    fn same_class_noun(&self) -> Option<usize> {
        if !self.r.counts() {
            return None;
        }
        self.accs.iter().position(|a| {
            a.generic
                && a.fact.weapon == self.m.name
                && a.fact.date == self.date
                && self.sides_agree(a)
                && a.fact.launched.is_some()
        })
    }

    /// A named weapon that no count was given for, in an earlier sentence, is not what a later indefinite
    /// class count stands for: "a strike with Geran-2 drones ... shot down 46 aircraft-type drones" are
    /// other drones, but "Both missiles hit" after "Iskander-M missiles" are those.
    fn counted_or_here(&self, a: &Acc) -> bool {
        a.fact.launched.is_some()
            || a.destroyed.is_some()
            || a.fact.lost_locally.is_some()
            || a.pos == self.here
            || self.definite
            || !self.r.counts()
    }

    /// The fact touched last that the mention may stand for: a named weapon's (`named`) or a class's.
    fn latest(&self, named: bool) -> Option<usize> {
        self.accs
            .iter()
            .enumerate()
            .filter(|(_, a)| a.generic != named && a.fact.date == self.date)
            .filter(|(_, a)| !named || self.counted_or_here(a))
            .filter(|(_, a)| self.fits(a))
            .filter(|(_, a)| !lexicon().is_standalone(&a.fact.weapon))
            .max_by_key(|(_, a)| a.touched)
            .map(|(i, _)| i)
    }

    /// Named weapons of the class that carry a count: "120 Shahed drones and decoy drones ... shot down 85
    /// drones" has one, so the 85 are of it; with two counted ("12 Kh-101 and 2 Kh-22") a class count
    /// cannot be split between them. The place when they decide it.
    fn counted_named(&self) -> Option<Place> {
        let counted = self.r.counts();
        let mut open_named = self
            .accs
            .iter()
            .filter(|a| !a.generic && a.fact.date == self.date && self.fits(a))
            .filter(|a| !lexicon().is_standalone(&a.fact.weapon))
            .filter(|a| {
                a.fact.launched.is_some() || a.destroyed.is_some() || a.fact.lost_locally.is_some()
            })
            .map(|a| &a.fact.weapon);
        let first = open_named.next();
        let several = open_named.any(|w| Some(w) != first);
        // The one counted weapon of the class is what a counted class noun stands for, however many
        // uncounted ones were named after it.
        if let (true, Some(only), false) = (counted, first, several) {
            let same_side = self.accs.iter().position(|a| {
                !a.generic
                    && &a.fact.weapon == only
                    && a.fact.date == self.date
                    && self.sides_agree(a)
            });
            if let Some(i) = same_side {
                return Some(Place::Existing(i));
            }
        }
        (counted && first.is_some() && several).then(|| self.part_or_own())
    }

    /// With several counted named weapons of the class: "Five drones hit targets" after "launched 112
    /// strike drones" is a part of a launched tally already counted, not more launched; else the class
    /// noun keeps a fact of its own class.
    fn part_or_own(&self) -> Place {
        let r = self.r;
        if let (Some(n), None, None) = (r.launched.or(r.hit), r.destroyed, r.lost) {
            let part_of = self
                .accs
                .iter()
                .enumerate()
                .filter(|(_, a)| {
                    !a.generic
                        && a.fact.date == self.date
                        && self.fits(a)
                        && a.fact.launched.is_some_and(|l| l >= n)
                })
                .max_by_key(|(_, a)| a.fact.launched)
                .map(|(i, _)| i);
            if let Some(i) = part_of {
                return Place::Existing(i);
            }
        }
        let own = self.accs.iter().position(|a| {
            a.generic
                && a.fact.weapon == self.m.name
                && a.fact.date == self.date
                && self.sides_agree(a)
        });
        found(own)
    }

    /// The named weapon touched last, when the mention says something of it; else the class fact touched
    /// last, unless the mention is another event or a broader count.
    fn latest_or_class(&self) -> Place {
        let (m, r) = (self.m, self.r);
        if let Some(i) = self.latest(true) {
            let says_something = r.counts()
                || r.destroyed.is_some()
                || r.lost.is_some()
                || r.launched_from.is_some()
                || r.target.is_some();
            return if says_something {
                Place::Existing(i)
            } else {
                Place::Skip
            };
        }
        if r.launched.is_none() && r.hit.is_none() && r.destroyed.is_none() && !r.strike_noun {
            return Place::Skip;
        }
        // "a drone attack on Rylsk" names one attack: it is not the target of a class fact that counts
        // several ("shot down eight drones"), but an event of its own.
        let lone = !m.plural && !r.counts() && r.target.is_some();
        let several = |a: &Acc| {
            a.fact.launched.is_some_and(|n| n > 1)
                || matches!(a.destroyed, Some(Val::N(n)) if n > 1)
                || matches!(a.destroyed, Some(Val::All | Val::AllBut(_)))
        };
        match self.latest(false) {
            Some(i) if lone && several(&self.accs[i]) => Place::New,
            Some(i) if broader_count(m, &self.accs[i], r) => Place::New,
            i => found(i),
        }
    }
}

/// A count of a broader class noun that disagrees with the narrower class's figure is a total over several
/// classes, not a restatement: "shot down six hypersonic missiles ... all 18 missiles and nine drones".
fn broader_count(m: &Mention, a: &Acc, r: &Reading) -> bool {
    let broader = m.category != a.fact.category && class_fits(m.category, a.fact.category);
    let differs = |x: Option<u32>, y: Option<u32>| matches!((x, y), (Some(x), Some(y)) if x != y);
    let n = |v: Option<Val>| match v {
        Some(Val::N(n)) => Some(n),
        _ => None,
    };
    broader
        && r.counts()
        && (differs(r.launched, a.fact.launched) || differs(n(r.destroyed), n(a.destroyed)))
}

/// Whether the class noun `m` can stand for a fact of category `named`: "rockets" only for rocket
/// artillery, other class nouns as `class_fits`.
pub(super) fn stands_for(m: &Mention, a: &Acc) -> bool {
    // "Air targets" are no one class's while reading; `merge_class_into_named` decides after.
    if lexicon().is_any_class(&m.name) {
        return a.generic && a.fact.weapon == m.name;
    }
    let rockets = lexicon()
        .weapons
        .iter()
        .any(|w| w.rockets && w.name == m.name);
    if rockets {
        return a.fact.category == Category::Other && (!a.generic || a.fact.weapon == m.name);
    }
    class_fits(m.category, a.fact.category) && !is_combined(&a.fact.weapon)
}

pub(super) fn class_fits(class: Category, named: Category) -> bool {
    match class {
        Category::Other => is_missile(named),
        Category::BallisticMissile => matches!(
            named,
            Category::BallisticMissile | Category::AeroballisticMissile
        ),
        c => c == named,
    }
}

/// Adds the reading `r` of sentence `s` to the fact `acc` it resolved to: destroyed figures (national or
/// per region), side, hits, launched (an exact figure replaces an approximate one), lost, site and target.
pub(super) fn add_reading(acc: &mut Acc, mut r: Reading, s: &Sentence) {
    // "destroyed eight missiles ... All the missiles launched were downed": eight launched.
    if let (Some(Val::All), Some(Val::N(n)), None) = (r.destroyed, acc.destroyed, acc.fact.launched)
    {
        acc.fact.launched = Some(n);
        acc.fact
            .infer("launched = the destroyed figure, since all were destroyed");
    }
    if let (true, Some(Val::N(new)), Some(Val::N(old))) = (r.running, r.destroyed, acc.destroyed) {
        if new > old {
            acc.destroyed = None;
        }
    }
    add_destroyed(acc, r.destroyed, r.region.take(), s);
    for (reg, n) in r.more_parts.drain(..) {
        add_destroyed(acc, Some(Val::N(n)), Some(reg), s);
    }
    acc.side = acc.side.or(r.side);
    acc.hits = acc.hits.or(r.hit);
    let exact_now = acc.launched_approx && r.launched.is_some() && !r.launched_approx;
    if (acc.fact.launched.is_none() || exact_now) && r.launched.is_some() {
        acc.launched_in = Some(s.start);
        acc.launched_approx = r.launched_approx;
        acc.fact.launched = r.launched;
    }
    let f = &mut acc.fact;
    f.lost_locally = f.lost_locally.or(r.lost);
    f.launched_from = f.launched_from.take().or(r.launched_from);
    f.target = f.target.take().or(r.target);
}
