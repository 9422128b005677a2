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

/// The index and the query both fold ё to е (SQLite's unicode61 does not): "еще" finds "ещё", and back.
#[test]
fn fts_folds_yo_both_ways() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive::open(&dir.path().join("archive.db")).unwrap();
    let yo = report(
        "yo.txt",
        "Ещё три дрона над Орлом\n\nСилы ПВО сбили ещё три беспилотника над Орловской областью.\n",
    );
    let ye = report(
        "ye.txt",
        "Налет на Тулу\n\nНад Тульской областью сбиты еще два беспилотника, сообщил губернатор.\n",
    );
    archive.store("test", &[yo, ye]).unwrap();
    let found = |q: &str| -> usize { archive.search(&full_text(q)).unwrap().len() };
    assert_eq!(found("еще"), 2, "е finds ещё and еще");
    assert_eq!(found("ещё"), 2, "ё finds еще and ещё");
    assert_eq!(found("ЕЩЁ"), 2);
    assert_eq!(found("налёт"), 1, "the title's Налет");
    assert_eq!(found("\"сбили еще три\""), 1);
    assert_eq!(found("Орёл"), 0, "no form of it: Орлом is another stem");
}

/// An archive indexed before the fold (schema 3: ё kept in the index) is reindexed when opened.
#[test]
fn an_older_index_is_folded_when_opened() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("archive.db");
    {
        let mut archive = Archive::open(&path).unwrap();
        let yo = report(
            "yo.txt",
            "Ещё удар по Белгороду\n\nВ Белгороде ещё двое раненых, сообщил губернатор.\n",
        );
        archive.store("test", &[yo]).unwrap();
    }
    {
        // The index as schema 3 left it: the text as it is, ё and all.
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "INSERT INTO reports_fts(reports_fts) VALUES ('rebuild'); PRAGMA user_version = 3;",
        )
        .unwrap();
        let hits: i64 = conn
            .query_row(
                "SELECT count(*) FROM reports_fts WHERE reports_fts MATCH 'еще'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(hits, 0, "the old index keeps ё");
    }
    let archive = Archive::open(&path).unwrap();
    assert_eq!(archive.search(&full_text("еще")).unwrap().len(), 1);
    assert_eq!(archive.search(&full_text("ещё")).unwrap().len(), 1);
}
