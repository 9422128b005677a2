//! The house reads one way: every module of `src/` sits in a layer and imports only from layers below it.
//!
//! The test reads the sources (not the compiled crate): every `crate::module` path and every `super::` path
//! that climbs to the crate root, outside `#[cfg(test)]` code and comments, is an import of that module.
//! An import from the same layer or from one above fails, naming the file and the line.
//!
//! `KNOWN` lists tolerated wrong-way imports (issue 19 emptied it); an import not in it fails, and so does
//! an entry that no longer happens, so the list only shrinks.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Bottom to top. A module may import any module of a lower layer, never one of its own layer or above.
const LAYERS: &[(&str, &[&str])] = &[
    (
        "data (the config file, the key table) and plain-text helpers (cells, control characters)",
        &["config", "keys", "text"],
    ),
    (
        "one analysis of a report's text, its language",
        &["doc", "lang"],
    ),
    ("readers of the analysed text", &["extract", "regions"]),
    (
        "inputs and formats (Telegram channels too), analysed articles",
        &["corpus"],
    ),
    ("the SQLite store", &["archive"]),
    (
        "reading sources, analysing, storing, streaming",
        &["pipeline"],
    ),
    ("questions over articles", &["query", "events"]),
    (
        "pane geometry, links outside the reader",
        &["layout", "link"],
    ),
    ("state, actions and update", &["app"]),
    ("drawing", &["ui"]),
    (
        "the terminal loop and the headless commands",
        &["tui", "headless"],
    ),
];

/// Tolerated wrong-way imports: (file, imported module). Empty since issue 19.
const KNOWN: &[(&str, &str)] = &[];

/// One import: where it is written and which top-level module it reaches.
struct Import {
    file: String,
    line: usize,
    module: String,
}

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|(_, mods)| mods.contains(&module))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file under `src/`: `src/extract/strike/read.rs` is `["extract", "strike", "read"]`,
/// `src/corpus/mod.rs` is `["corpus"]`.
fn module_path(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel
        .iter()
        .skip(1)
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The top-level module a path starting at `at` (just after `crate::` or at the first `super::`) reaches
/// from a file of module path `here`; `None` when it stays inside the file's own top-level module.
fn reached(line: &str, at: usize, crate_rooted: bool, here: &[String]) -> Option<String> {
    let mut rest = &line[at..];
    let mut depth = here.len();
    if !crate_rooted {
        // A file's `super` is its parent module; `mod.rs` files are their folder's module.
        while let Some(r) = rest.strip_prefix("super::") {
            depth = depth.checked_sub(1)?;
            rest = r;
        }
        if depth > 0 {
            return None;
        }
    }
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    (!name.is_empty()).then_some(name)
}

/// Every import of another top-level module in the file's non-test code.
fn imports(root: &Path, file: &Path) -> Vec<Import> {
    let rel = file.strip_prefix(root).unwrap_or(file);
    let here = module_path(rel);
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let mut out = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        if raw.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        let line = raw.split("//").next().unwrap_or("");
        let mut found: Vec<(usize, bool)> = line
            .match_indices("crate::")
            .filter(|(i, _)| !line[..*i].ends_with(|c: char| c.is_alphanumeric() || c == '_'))
            .map(|(i, m)| (i + m.len(), true))
            .collect();
        if let Some(i) = line.find("super::") {
            found.push((i, false));
        }
        for (at, crate_rooted) in found {
            let Some(module) = reached(line, at, crate_rooted, &here) else {
                continue;
            };
            if here.first() != Some(&module) {
                out.push(Import {
                    file: rel.to_string_lossy().into_owned(),
                    line: n + 1,
                    module,
                });
            }
        }
    }
    out
}

/// Every wrong-way import of the crate, as (file, module, line).
fn wrong_way(root: &Path) -> Vec<(String, String, usize)> {
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let mut wrong = Vec::new();
    for file in files {
        let rel = file.strip_prefix(root).unwrap_or(&file).to_path_buf();
        let here = module_path(&rel);
        let Some(top) = here.first() else { continue };
        if top == "main" || top == "lib" {
            continue;
        }
        let Some(own) = layer_of(top) else {
            panic!(
                "{}: module `{top}` is in no layer of tests/layers.rs: add it to LAYERS",
                rel.display()
            );
        };
        for imp in imports(root, &file) {
            let Some(theirs) = layer_of(&imp.module) else {
                continue; // `crate::` followed by an item of lib.rs, or a macro path
            };
            if theirs >= own {
                wrong.push((imp.file, imp.module, imp.line));
            }
        }
    }
    wrong
}

#[test]
fn every_module_imports_only_from_layers_below_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let wrong = wrong_way(root);
    let known: BTreeSet<(&str, &str)> = KNOWN.iter().copied().collect();
    let mut failures = Vec::new();
    for (file, module, line) in &wrong {
        if !known.contains(&(file.as_str(), module.as_str())) {
            failures.push(format!(
                "{file}:{line}: imports `{module}`, which is not below it"
            ));
        }
    }
    let seen: BTreeSet<(&str, &str)> = wrong
        .iter()
        .map(|(f, m, _)| (f.as_str(), m.as_str()))
        .collect();
    for (file, module) in known.difference(&seen) {
        failures.push(format!(
            "{file}: no longer imports `{module}` the wrong way: remove it from KNOWN in tests/layers.rs"
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_planted_wrong_way_import_is_named_with_its_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let src = dir.path().join("src/extract");
    std::fs::create_dir_all(&src).expect("src");
    std::fs::write(
        src.join("mod.rs"),
        "//! doc\nuse crate::doc::Doc;\n// use crate::app::App;\nuse crate::app::App;\n#[cfg(test)]\nmod tests { use crate::ui::x; }\n",
    )
    .expect("write");
    let wrong = wrong_way(dir.path());
    assert_eq!(
        wrong,
        vec![("src/extract/mod.rs".to_string(), "app".to_string(), 4)]
    );
}

#[test]
fn super_reaches_the_crate_root_only_from_a_top_level_file() {
    let here = |p: &str| module_path(Path::new(p));
    assert_eq!(
        reached("use super::corpus::X;", 4, false, &here("src/doc.rs")),
        Some("corpus".into())
    );
    assert_eq!(
        reached(
            "use super::tokens;",
            4,
            false,
            &here("src/extract/casualties.rs")
        ),
        None
    );
    assert_eq!(
        reached(
            "use super::super::app;",
            4,
            false,
            &here("src/extract/strike/read.rs")
        ),
        None
    );
    assert_eq!(
        reached("use super::app;", 4, false, &here("src/ui/mod.rs")),
        Some("app".into())
    );
}

/// No source file grows past 700 lines (tests in their own file count too): past that a newcomer cannot
/// see what a module holds, and it is time to split it by what it does.
#[test]
fn no_source_file_is_over_700_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    assert!(!files.is_empty(), "src/ holds the crate's Rust files");
    let long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let lines = std::fs::read_to_string(f).ok()?.lines().count();
            (lines > 700).then(|| format!("{}: {lines} lines", f.display()))
        })
        .collect();
    assert!(
        long.is_empty(),
        "split these by what they hold:\n{}",
        long.join("\n")
    );
}
