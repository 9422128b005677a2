//! The region picker popup: type to narrow, Space to mark, Enter to apply.

use super::filter::RegionCount;

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
    /// The regions whose name contains the typed query (case-insensitive).
    pub fn matches<'a>(&self, regions: &'a [RegionCount]) -> Vec<&'a RegionCount> {
        let query = self.query.to_lowercase();
        regions
            .iter()
            .filter(|r| r.name.to_lowercase().contains(&query))
            .collect()
    }

    pub fn toggle(&mut self, name: &str) {
        if let Some(i) = self.marked.iter().position(|n| n == name) {
            self.marked.remove(i);
        } else {
            self.marked.push(name.to_owned());
        }
    }
}
