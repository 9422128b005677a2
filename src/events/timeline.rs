//! The timeline: launched and destroyed per day over the events, and the interception rate over the
//! events that give both figures.

use super::Event;
use chrono::{Duration, NaiveDate};
use serde::Serialize;

/// One day of the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Day {
    pub date: NaiveDate,
    pub launched: u32,
    pub destroyed: u32,
    /// Launched and destroyed in the events that give both figures (and no more destroyed than
    /// launched): what the rate is of.
    pub rated: u32,
    pub rated_destroyed: u32,
    /// How many events the rate is over.
    pub rated_events: u32,
}

impl Day {
    fn empty(date: NaiveDate) -> Day {
        Day {
            date,
            launched: 0,
            destroyed: 0,
            rated: 0,
            rated_destroyed: 0,
            rated_events: 0,
        }
    }

    /// Destroyed of launched, in percent, over the events that give both figures.
    pub fn rate(&self) -> Option<f64> {
        (self.rated > 0).then(|| 100.0 * f64::from(self.rated_destroyed) / f64::from(self.rated))
    }

    /// The rate and what it is over: "52% over 6 events with both figures"; empty without one.
    pub fn rate_said(&self) -> String {
        match self.rate() {
            Some(r) => format!(
                "{r:.0}% over {} event{} with both figures",
                self.rated_events,
                if self.rated_events == 1 { "" } else { "s" }
            ),
            None => String::new(),
        }
    }
}

/// Launched and destroyed per day over the events, every day from the first to the last (days without an
/// event are zero), and the totals of the period as one more `Day` dated the last day. The rate counts only
/// events with both figures; one with more destroyed than launched is a misread, never rated.
pub fn timeline(events: &[Event]) -> (Vec<Day>, Day) {
    let (Some(first), Some(last)) = (
        events.iter().map(|e| e.date).min(),
        events.iter().map(|e| e.date).max(),
    ) else {
        return (Vec::new(), Day::empty(NaiveDate::default()));
    };
    let mut days: Vec<Day> = Vec::new();
    let mut d = first;
    while d <= last {
        days.push(Day::empty(d));
        d += Duration::days(1);
    }
    for e in events {
        let day = &mut days[(e.date - first).num_days() as usize];
        day.launched = day.launched.saturating_add(e.launched.unwrap_or(0));
        day.destroyed = day.destroyed.saturating_add(e.destroyed.unwrap_or(0));
        if let (Some(l), Some(d)) = (e.launched, e.destroyed) {
            if d <= l {
                day.rated = day.rated.saturating_add(l);
                day.rated_destroyed = day.rated_destroyed.saturating_add(d);
                day.rated_events += 1;
            }
        }
    }
    let sum = |of: fn(&Day) -> u32| days.iter().map(of).fold(0u32, u32::saturating_add);
    let total = Day {
        date: last,
        launched: sum(|d| d.launched),
        destroyed: sum(|d| d.destroyed),
        rated: sum(|d| d.rated),
        rated_destroyed: sum(|d| d.rated_destroyed),
        rated_events: sum(|d| d.rated_events),
    };
    (days, total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::tests::{events, report};

    #[test]
    fn the_timeline_fills_every_day_and_totals_the_period() {
        let e = events(&[
            report(
                "a",
                "Harbour Post",
                "One\n\nOn March 3, 2024, Russia launched 20 Shahed drones; 18 were shot down.\n",
            ),
            report(
                "b",
                "Harbour Post",
                "Two\n\nOn March 5, 2024, Russia launched 10 Shahed drones; 5 were shot down.\n",
            ),
        ]);
        let (days, total) = timeline(&e);
        let figures: Vec<(u32, u32)> = days.iter().map(|d| (d.launched, d.destroyed)).collect();
        assert_eq!(figures, [(20, 18), (0, 0), (10, 5)]);
        assert_eq!((total.launched, total.destroyed), (30, 23));
        assert_eq!(days[1].rate(), None);
        assert_eq!(days[2].rate(), Some(50.0));
        // A day whose destroyed figure nobody gives has no rate, and adds nothing to the period's.
        let e = events(&[
            report(
                "a",
                "Harbour Post",
                "One\n\nOn March 3, 2024, Russia launched 20 Shahed drones; 18 were shot down.\n",
            ),
            report(
                "b",
                "Harbour Post",
                "Two\n\nOn March 4, 2024, Russia fired four Iskander-M missiles at Kharkiv.\n",
            ),
        ]);
        let (days, total) = timeline(&e);
        assert_eq!(days[1].rate(), None);
        assert_eq!(total.launched, 24);
        assert_eq!(total.rate(), Some(90.0));
    }

    #[test]
    fn the_rate_counts_only_events_with_both_figures_and_says_so() {
        let e = events(&[
            report(
                "a",
                "Harbour Post",
                "Night\n\nOn March 3, 2024, Russia launched 20 Shahed drones at Odesa; 10 were shot down.\n",
            ),
            // Only a destroyed figure: it counts as destroyed but not towards the rate.
            report(
                "b",
                "Defence Bulletin",
                "Drones downed\n\nOn March 4, 2024, air defence units destroyed 30 drones over the Kursk \
                 region, the ministry said.\n",
            ),
            // More destroyed than launched: a misread, never rated.
            report(
                "c",
                "River Wire",
                "Cruise missiles\n\nOn March 5, 2024, Russia fired 4 Kalibr missiles; air defence shot \
                 down 9.\n",
            ),
        ]);
        let (_, total) = timeline(&e);
        assert_eq!(total.destroyed, 49, "{e:#?}");
        assert_eq!(total.rate(), Some(50.0), "{total:?}");
        assert_eq!(total.rated_events, 1);
        assert_eq!(total.rate_said(), "50% over 1 event with both figures");
    }
}
