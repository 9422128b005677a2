// The version of the reading: see its `mod` line in `archive/mod.rs`. `build.rs` includes this file (so no
// inner doc comment, and nothing but `std`).

/// What decides a report's facts, relative to the crate's root: folders are read whole.
pub const READING_INPUTS: &[&str] = &[
    "assets",
    "src/extract",
    "src/regions",
    "src/corpus",
    "src/doc.rs",
    "src/lang.rs",
];

/// The version of a reading made of `files` (path and contents, in any order) by crate `version`: FNV-1a
/// over the sorted paths and contents, kept positive so it fits an SQLite integer as it is.
pub fn reading_version(version: &str, files: &[(String, Vec<u8>)]) -> i64 {
    let mut sorted: Vec<&(String, Vec<u8>)> = files.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes.iter().chain(&[0xff]) {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    eat(version.as_bytes());
    for (path, contents) in sorted {
        eat(path.as_bytes());
        eat(contents);
    }
    (h >> 2) as i64
}

/// Parses the decimal that `build.rs` hands over in `SITREP_READING_VERSION`, at compile time.
pub const fn parse_version(s: &str) -> i64 {
    let bytes = s.as_bytes();
    let mut i = 0;
    let mut n: i64 = 0;
    while i < bytes.len() {
        n = n * 10 + (bytes[i] - b'0') as i64;
        i += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(table: &str) -> Vec<(String, Vec<u8>)> {
        vec![
            ("assets/weapons.toml".into(), table.as_bytes().to_vec()),
            ("src/extract/mod.rs".into(), b"pub fn extract() {}".to_vec()),
        ]
    }

    #[test]
    fn a_changed_table_or_crate_version_changes_the_reading_and_order_does_not() {
        let base = reading_version("0.1.0", &files("destroy = [\"downed\"]"));
        assert_ne!(
            base,
            reading_version("0.1.0", &files("destroy = [\"downed\", \"downs\"]"))
        );
        assert_ne!(
            base,
            reading_version("0.1.1", &files("destroy = [\"downed\"]"))
        );
        let mut reversed = files("destroy = [\"downed\"]");
        reversed.reverse();
        assert_eq!(base, reading_version("0.1.0", &reversed));
        assert!(base >= 0);
    }

    #[test]
    fn the_built_version_is_the_hash_of_this_tree() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut found = Vec::new();
        for input in READING_INPUTS {
            collect(root, &root.join(input), &mut found);
        }
        assert_eq!(
            super::super::EXTRACTOR_VERSION,
            reading_version(env!("CARGO_PKG_VERSION"), &found),
            "build.rs and this test hash the same files"
        );
    }

    fn collect(root: &std::path::Path, path: &std::path::Path, out: &mut Vec<(String, Vec<u8>)>) {
        if path.is_dir() {
            for entry in std::fs::read_dir(path).unwrap().flatten() {
                collect(root, &entry.path(), out);
            }
        } else if let Ok(contents) = std::fs::read(path) {
            let rel = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            out.push((rel, contents));
        }
    }
}
