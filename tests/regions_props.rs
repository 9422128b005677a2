//! Properties of the tagger on arbitrary and adversarial text.

use proptest::prelude::*;
use sitrep::regions::{gazetteer, tag};
use std::collections::HashSet;

/// Every spelling of the gazetteer, apostrophes removed, lowercase.
fn spellings() -> HashSet<String> {
    let g = gazetteer();
    let mut out = HashSet::new();
    let fold = |s: &str| {
        s.chars()
            .filter(|c| !matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`'))
            .collect::<String>()
            .to_lowercase()
    };
    for r in g.regions() {
        for s in std::iter::once(&r.name).chain(&r.aliases) {
            out.insert(fold(s));
            out.insert(fold(s).replace('-', " "));
        }
        for p in &r.places {
            for s in std::iter::once(&p.name).chain(&p.aliases) {
                out.insert(fold(s));
                out.insert(fold(s).replace('-', " "));
            }
        }
    }
    for gr in g.groups() {
        for s in std::iter::once(&gr.name).chain(&gr.aliases) {
            out.insert(fold(s));
        }
    }
    out
}

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Kyiv".to_owned()),
        Just("Kharkiv".to_owned()),
        Just("Khmel'nyts'kyy".to_owned()),
        Just("Bilhorod".to_owned()),
        Just("-Dnistrovskyi".to_owned()),
        Just("Lwów".to_owned()),
        Just("’s".to_owned()),
        Just("'".to_owned()),
        Just("ʼ".to_owned()),
        Just(" ".to_owned()),
        Just("\n".to_owned()),
        Just(", ".to_owned()),
        Just("(Reuters) – ".to_owned()),
        Just("KYIV".to_owned()),
        Just("Київ".to_owned()),
        Just("é".to_owned()),
        Just("officials in ".to_owned()),
        Just(" said".to_owned()),
        Just("the ".to_owned()),
        Just("Dnipro".to_owned()),
        "\\PC{0,6}",
    ]
}

proptest! {
    #[test]
    fn spans_are_valid_and_spell_a_gazetteer_name(parts in prop::collection::vec(fragment(), 0..40)) {
        let text: String = parts.concat();
        let known = spellings();
        for t in tag(&text) {
            prop_assert_eq!(t.spans.len(), t.mentions);
            prop_assert!(!t.places.is_empty());
            for span in &t.spans {
                let written = text.get(span.clone());
                prop_assert!(written.is_some(), "span {:?} not on char boundaries", span);
                let folded: String = written
                    .unwrap_or_default()
                    .chars()
                    .filter(|c| !matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`'))
                    .collect::<String>()
                    .to_lowercase();
                prop_assert!(known.contains(&folded), "{:?} is not a gazetteer spelling", folded);
            }
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        let tags = tag(&text);
        for pair in tags.windows(2) {
            prop_assert!(pair[0].mentions >= pair[1].mentions);
        }
    }
}
