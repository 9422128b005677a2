//! The README stays true: its key table names every key of the key table, and its JSON section every field.

const README: &str = include_str!("../README.md");

#[test]
fn readme_lists_every_key() {
    for binding in sitrep::keys::MAIN {
        for key in binding.label.split([' ', '…']) {
            assert!(
                README.contains(&format!("`{key}`")),
                "README lacks key `{key}` ({})",
                binding.help
            );
        }
    }
}

#[test]
fn readme_lists_every_mark_of_the_events_view() {
    for (mark, meaning) in sitrep::keys::EVENT_MARKS {
        assert!(
            README.contains(&format!("| `{mark}` |")),
            "README lacks the mark `{mark}` ({meaning})"
        );
    }
}

#[test]
fn readme_documents_every_json_field() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .arg("facts")
        // No archive of the user's is read.
        .env("XDG_DATA_HOME", "/nonexistent/sitrep-test")
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut fields = std::collections::BTreeSet::new();
    for article in v.as_array().unwrap() {
        for (key, value) in article.as_object().unwrap() {
            fields.insert(key.clone());
            if let Some(items) = value.as_array() {
                for item in items {
                    fields.extend(item.as_object().unwrap().keys().cloned());
                }
            }
        }
    }
    for field in &fields {
        assert!(
            README.contains(&format!("`{field}`")),
            "README lacks `{field}`"
        );
    }
    assert!(fields.contains("evidence") && fields.contains("launched"));
}

#[test]
fn readme_gives_the_two_commands_ci_uses() {
    assert!(README.contains("cargo run --release"));
    assert!(README.contains("cargo test"));
    let ci = include_str!("../.ci/run");
    assert!(ci.lines().any(|l| l.trim() == "cargo test"));
}
