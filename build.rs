//! Hands the crate the version of its reading (`src/archive/reading_version.rs`): a hash of the readers'
//! sources and the assets, so cached facts made by any other reading are analysed again.

use std::path::Path;

include!("src/archive/reading_version.rs");

fn collect(root: &Path, path: &Path, out: &mut Vec<(String, Vec<u8>)>) {
    if path.is_dir() {
        let Ok(entries) = std::fs::read_dir(path) else {
            return;
        };
        for entry in entries.flatten() {
            collect(root, &entry.path(), out);
        }
    } else if let Ok(contents) = std::fs::read(path) {
        let rel = path.strip_prefix(root).unwrap_or(path);
        out.push((rel.to_string_lossy().into_owned(), contents));
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for input in READING_INPUTS {
        println!("cargo:rerun-if-changed={input}");
        collect(root, &root.join(input), &mut files);
    }
    let version = reading_version(env!("CARGO_PKG_VERSION"), &files);
    println!("cargo:rustc-env=SITREP_READING_VERSION={version}");
    // parse_version is used by the crate, not here.
    let _ = parse_version;
}
