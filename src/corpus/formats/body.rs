//! Builds a report body from structured blocks (headings, paragraphs, list items) in the plain-text shape
//! that `parse::blocks` reads back: the title on the first line, blocks apart by blank lines, list items as
//! "- item" lines.

/// A body under construction.
#[derive(Debug, Default)]
pub struct BodyBuilder {
    out: String,
    /// The last block was a list item: the next item follows on the next line.
    in_list: bool,
}

impl BodyBuilder {
    pub fn new() -> BodyBuilder {
        BodyBuilder::default()
    }

    /// A heading or the title: one line of its own.
    pub fn heading(&mut self, text: &str) {
        self.block(text, false);
    }

    /// A paragraph, its inner whitespace (line breaks of the markup) collapsed.
    pub fn paragraph(&mut self, text: &str) {
        self.block(text, false);
    }

    /// A list item, shown as "- item".
    pub fn bullet(&mut self, text: &str) {
        self.block(text, true);
    }

    fn block(&mut self, text: &str, bullet: bool) {
        let text = collapse(text);
        if text.is_empty() {
            return;
        }
        if !self.out.is_empty() {
            self.out
                .push_str(if bullet && self.in_list { "\n" } else { "\n\n" });
        }
        if bullet {
            self.out.push_str("- ");
        }
        self.out.push_str(&text);
        self.in_list = bullet;
    }

    /// True when no block with text was added.
    pub fn is_empty(&self) -> bool {
        self.out.is_empty()
    }

    pub fn finish(mut self) -> String {
        if !self.out.is_empty() {
            self.out.push('\n');
        }
        self.out
    }
}

/// Whitespace runs (line breaks, tabs, non-breaking spaces) as one space; control characters dropped.
pub fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text
        .split(|c: char| c.is_whitespace() || c == '\u{a0}')
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().filter(|c| !c.is_control()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_apart_and_list_items_together() {
        let mut b = BodyBuilder::new();
        b.heading("Night attack\n on  Odesa");
        b.paragraph("Russia launched\t40 drones.");
        b.bullet("Odesa: 12");
        b.bullet("Mykolaiv: 3");
        b.paragraph("");
        b.paragraph("Air defence worked.");
        assert_eq!(
            b.finish(),
            "Night attack on Odesa\n\nRussia launched 40 drones.\n\n- Odesa: 12\n- Mykolaiv: 3\n\nAir defence worked.\n"
        );
    }

    #[test]
    fn control_characters_and_nbsp() {
        assert_eq!(collapse("a\u{a0}b \u{1b}[2Jc"), "a b [2Jc");
        assert_eq!(BodyBuilder::new().finish(), "");
    }
}
