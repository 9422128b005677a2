//! The region picker popup: type to narrow, Space to mark, Enter to apply.

use super::filter::RegionCount;
use super::{Action, EventState};

/// State of an open picker.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Picker {
    pub query: String,
    /// Index into `matches()`.
    pub cursor: usize,
    /// Marked region names, in marking order.
    pub marked: Vec<String>,
}

impl Picker {
    /// The regions whose name contains the typed query, or one of whose spellings or
    /// places starts with it ("kharkov" and "kupy" both find Kharkiv), or which the query names
    /// in any of its cases ("харківщині", "белгородской"). Case is ignored.
    pub fn matches<'a>(&self, regions: &'a [RegionCount]) -> Vec<&'a RegionCount> {
        let query = self.query.to_lowercase();
        regions
            .iter()
            .filter(|r| {
                r.name.to_lowercase().contains(&query)
                    || spelled(&r.name, &query)
                    || grouped(&r.name, &query)
                    || named(&r.name, &query)
            })
            .collect()
    }

    /// A key in the picker: move, mark, type to narrow. Enter (apply) and Esc are the app's.
    pub fn key(&mut self, action: Action, regions: &[RegionCount]) -> EventState {
        let count = self.matches(regions).len();
        match action {
            Action::Up => self.cursor = self.cursor.saturating_sub(1),
            Action::Down => self.cursor = (self.cursor + 1).min(count.saturating_sub(1)),
            Action::PickerToggle => {
                if let Some(region) = self.matches(regions).get(self.cursor) {
                    let name = region.name.clone();
                    self.toggle(&name);
                }
            }
            Action::Type(c) => {
                self.query.push(c);
                self.cursor = 0;
            }
            Action::Erase => {
                self.query.pop();
                self.cursor = 0;
            }
            _ => return EventState::NotConsumed,
        }
        EventState::Consumed
    }

    pub fn toggle(&mut self, name: &str) {
        if let Some(i) = self.marked.iter().position(|n| n == name) {
            self.marked.remove(i);
        } else {
            self.marked.push(name.to_owned());
        }
    }
}

/// Whether a spelling or place of region `name` in the gazetteer starts with `query`.
fn spelled(name: &str, query: &str) -> bool {
    let Some(region) = crate::regions::gazetteer().region(name) else {
        return false;
    };
    let places = region
        .places
        .iter()
        .flat_map(|p| std::iter::once(&p.name).chain(&p.aliases));
    region
        .aliases
        .iter()
        .chain(places)
        .any(|s| s.to_lowercase().starts_with(query))
}

/// Whether `query` is a spelling of region `name`, a Cyrillic one in any case ("харкові").
fn named(name: &str, query: &str) -> bool {
    !query.is_empty()
        && crate::regions::gazetteer()
            .lookup(query)
            .iter()
            .any(|r| r.name == name)
}

/// Whether a macro-region word starting with `query` ("donb" for Donbas) takes in region `name`.
fn grouped(name: &str, query: &str) -> bool {
    !query.is_empty()
        && crate::regions::gazetteer().groups().iter().any(|g| {
            g.members.iter().any(|m| m == name)
                && std::iter::once(&g.name)
                    .chain(&g.aliases)
                    .any(|s| s.to_lowercase().starts_with(query))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(name: &str) -> RegionCount {
        RegionCount {
            name: name.into(),
            mentions: 1,
            articles: 1,
        }
    }

    #[test]
    fn narrows_by_name_spelling_or_place() {
        let regions = [
            count("Kharkiv"),
            count("Odesa"),
            count("Mykolaiv"),
            count("Donetsk"),
            count("Luhansk"),
            count("Kyiv"),
        ];
        let names = |q: &str| -> Vec<String> {
            let picker = Picker {
                query: q.into(),
                ..Picker::default()
            };
            picker
                .matches(&regions)
                .iter()
                .map(|r| r.name.clone())
                .collect()
        };
        assert_eq!(names("").len(), 6);
        assert_eq!(names("kha"), ["Kharkiv"]);
        assert_eq!(names("Kharkov"), ["Kharkiv"]);
        assert_eq!(names("kupy"), ["Kharkiv"]);
        assert_eq!(names("odessa"), ["Odesa"]);
        assert_eq!(names("nikolaev"), ["Mykolaiv"]);
        assert_eq!(names("donbas"), ["Donetsk", "Luhansk"]);
        assert_eq!(names("donbass"), ["Donetsk", "Luhansk"]);
        assert_eq!(names("kiev"), ["Kyiv"]);
        assert_eq!(names("Kyiv"), ["Kyiv"]);
        assert!(names("zzz").is_empty());
        assert_eq!(names("харк"), ["Kharkiv"]);
        assert_eq!(names("Харківщина"), ["Kharkiv"]);
        assert_eq!(names("одессе"), ["Odesa"]);
        assert_eq!(names("києва"), ["Kyiv"]);
    }
}
