//! The archive's full-text index reads Cyrillic: words are case folded, and a Cyrillic word typed in the
//! reader is a prefix, so one form finds the others.

use sitrep::archive::Archive;
use sitrep::corpus::{analyse, Loaded};
use sitrep::query::full_text;

fn report(path: &str, text: &str) -> sitrep::corpus::Article {
    analyse(Loaded::new(path, text))
}

#[test]
fn fts_finds_cyrillic_words_in_any_case_and_form() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive::open(&dir.path().join("archive.db")).unwrap();
    let uk = report(
        "uk.txt",
        "Атака на Полтавщину\n\nУночі ворог запустив 20 ШАХЕДІВ по Полтавщині; сили ППО збили 15.\n",
    );
    let ru = report(
        "ru.txt",
        "Налёт на Воронеж\n\nНад Воронежской областью сбиты пять беспилотников, сообщил губернатор.\n",
    );
    let en = report(
        "en.txt",
        "Drones over Lviv\n\nAir defence downed four drones over Lviv.\n",
    );
    archive.store("test", &[uk, ru, en]).unwrap();
    let paths = |q: &str| -> usize { archive.search(&full_text(q)).unwrap().len() };
    assert_eq!(
        paths("шахед"),
        1,
        "ШАХЕДІВ folds to шахедів, a form of шахед"
    );
    assert_eq!(
        paths("Полтавщина"),
        1,
        "the stem полтавщин* finds Полтавщину"
    );
    assert_eq!(paths("ракети"), 0);
    assert_eq!(paths("ВОРОНЕЖ"), 1);
    assert_eq!(paths("беспилотник"), 1);
    assert_eq!(paths("\"сбиты пять\""), 1);
    assert_eq!(paths("drones"), 1);
}
