//! The example reports shipped in `seeds/`, embedded so the binary works from any directory.

use super::Loaded;

const SEEDS: &[(&str, &str)] = &[
    (
        "seeds/000_178d82905a493208.txt",
        include_str!("../../seeds/000_178d82905a493208.txt"),
    ),
    (
        "seeds/004_7dcc0c5c7b642355.txt",
        include_str!("../../seeds/004_7dcc0c5c7b642355.txt"),
    ),
];

pub fn all() -> Vec<Loaded> {
    SEEDS
        .iter()
        .map(|(path, text)| {
            let mut loaded = Loaded::new(*path, *text);
            // Like any file, a seed's source is its folder.
            loaded.meta.source = Some("seeds".into());
            loaded
        })
        .collect()
}
