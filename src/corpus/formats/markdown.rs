//! Markdown files: headings and lists kept, markup (emphasis, links, images, code fences) dropped from
//! what the extractor and the body pane see. Read with `pulldown-cmark`.

use super::body::BodyBuilder;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// The text of a Markdown document in the body shape of `BodyBuilder`.
pub fn to_body(md: &str) -> String {
    let mut body = BodyBuilder::new();
    let mut text = String::new();
    // Inside a list item: its paragraphs are the item's text.
    let mut item_depth = 0usize;
    let mut in_image = 0usize;
    for event in Parser::new(md) {
        match event {
            Event::Start(Tag::Item) => {
                flush(&mut body, &mut text, item_depth > 0);
                item_depth += 1;
            }
            Event::End(TagEnd::Item) => {
                flush(&mut body, &mut text, true);
                item_depth = item_depth.saturating_sub(1);
            }
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            Event::End(TagEnd::Heading(_)) => {
                let h = std::mem::take(&mut text);
                body.heading(&h);
            }
            Event::End(TagEnd::Paragraph | TagEnd::CodeBlock | TagEnd::BlockQuote(_)) => {
                if item_depth == 0 {
                    flush(&mut body, &mut text, false);
                } else {
                    text.push(' ');
                }
            }
            Event::Start(Tag::Heading { .. }) => flush(&mut body, &mut text, item_depth > 0),
            Event::Text(t) | Event::Code(t) if in_image == 0 => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::Html(_) | Event::InlineHtml(_) => {}
            _ => {}
        }
    }
    flush(&mut body, &mut text, item_depth > 0);
    body.finish()
}

fn flush(body: &mut BodyBuilder, text: &mut String, bullet: bool) {
    let t = std::mem::take(text);
    if bullet {
        body.bullet(&t);
    } else {
        body.paragraph(&t);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_dropped_structure_kept() {
        let md = "# Night *attack* on Odesa\n\nRussia launched **40** drones, \
                  [the Air Force](https://example.org) said.\n\n![map](map.png)\n\n\
                  ## By region\n\n- Odesa: 12\n- Mykolaiv: `3`\n\n> Quoted line\n";
        assert_eq!(
            to_body(md),
            "Night attack on Odesa\n\nRussia launched 40 drones, the Air Force said.\n\nBy region\n\n\
             - Odesa: 12\n- Mykolaiv: 3\n\nQuoted line\n"
        );
    }
}
