use super::*;

fn names(s: &str) -> Vec<(String, Category, bool)> {
    let toks = tokenize(s, 0, s.len());
    lexicon()
        .mentions(&toks)
        .into_iter()
        .map(|m| (m.name, m.category, m.generic))
        .collect()
}

#[test]
fn asset_parses() {
    let lex = Lexicon::parse(WEAPONS_TOML).expect("asset parses");
    assert!(lex.weapons.len() > 20);
}

#[test]
fn names_spellings_and_classes() {
    assert_eq!(
        names("six Kalibr cruise missiles"),
        vec![("Kalibr".into(), Category::CruiseMissile, false)]
    );
    assert_eq!(
        names("36 attack drones Shahed-136/131"),
        vec![("Shahed-136/131".into(), Category::Drone, false)]
    );
    assert_eq!(names("X-101 and Kh-101/555/55 missiles")[0].0, "Kh-101");
    assert_eq!(names("three Kh-101/555/55 missiles")[0].0, "Kh-101");
    assert_eq!(
        names("two Gerans"),
        vec![("Shahed-136/131".into(), Category::Drone, false)]
    );
    assert_eq!(
        names("23 Ukrainian UAVs"),
        vec![("drone".into(), Category::Drone, true)]
    );
    assert_eq!(
        names("four Zircon-2 cruise missiles"),
        vec![("Zircon-2".into(), Category::CruiseMissile, false)]
    );
    assert_eq!(
        names("the Kinzhal aeroballistic missile")[0].1,
        Category::AeroballisticMissile
    );
    assert!(names("multiple rocket launchers and four buildings").is_empty());
}
