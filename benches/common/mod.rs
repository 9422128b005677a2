//! What the benches (and `tests/facts_snapshot.rs`) that generate reports share: their places and weapons,
//! the scale bench's report generator, and the process's peak memory.
// Each bench uses only part of this module.
#![allow(dead_code)]

/// Places the generated reports name.
pub const PLACES: &[&str] = &[
    "Odesa", "Kharkiv", "Sumy", "Dnipro", "Kherson", "Kyiv", "Lviv", "Poltava",
];

/// Weapons the generated reports count.
pub const WEAPONS: &[&str] = &[
    "Shahed drones",
    "Kalibr cruise missiles",
    "Iskander-M missiles",
    "drones",
];

const GOVERNORS: &[&str] = &[
    "Oleh Syniehubov",
    "Vitaliy Kim",
    "Ihor Terekhov",
    "Serhiy Lysak",
];

/// A report of about 2.6 KB (the size of the 10,000 reports in 25.8 MB), different for every `i`:
/// a tally, damage and casualties, a governor's quote, the front line, and a paragraph of background.
pub fn scale_report(i: usize) -> String {
    let p = PLACES[i % PLACES.len()];
    let q = PLACES[(i / 5) % PLACES.len()];
    let w = WEAPONS[(i / 3) % WEAPONS.len()];
    let who = GOVERNORS[i % GOVERNORS.len()];
    let n = 10 + i % 90;
    format!(
        "Night attack {i} on {p}\n\nRussia launched {n} {w} at the {p} region overnight on March {}, 2025, the Air \
         Force said. Air defence shot down {} of them over {p} and {q}, while {} were lost locally.\n\nFalling \
         debris damaged {} houses and a school in {q}; {} people were injured and {} killed, the regional governor \
         said on Telegram. Emergency crews worked through the night to put out fires in three districts, and power \
         was restored to most homes by the morning, the city council said in a statement on its website.\n\n\
         \"The enemy continues to terrorise the civilian population of {p},\" governor {who} wrote on Telegram, \
         adding that {} apartment buildings, a kindergarten and {} cars were damaged. Utility workers restored gas \
         supply to {} households by noon, and the regional administration said psychologists were working with \
         residents.\n\nEarlier this week, Russian forces also shelled the outskirts of {q} with artillery and \
         multiple rocket launchers, the General Staff of the Armed Forces said in its morning update. According to \
         the report, Ukrainian troops repelled {} assaults along the front line over the past day, most of them near \
         Pokrovsk and Kupiansk, and the situation remains difficult but under control. Officials urged residents to \
         heed air raid alerts and to stay in shelters until the all-clear is given, as further attacks are expected \
         in the coming days.\n\nThe attack came as diplomats met in Geneva to discuss a possible ceasefire. \
         Western partners condemned the strikes on energy infrastructure, and the foreign ministry called for more \
         air defence systems to protect cities from drones and missiles. Analysts at the Institute for the Study of \
         War said the pattern of recent attacks suggests Moscow is trying to exhaust Ukraine's interceptor stocks \
         before the spring, while repair crews race to restore damaged substations. Schools in the region switched \
         to remote learning for the rest of the week, local authorities said, and several humanitarian aid points \
         were opened for residents whose homes were left without heating.\n",
        1 + i % 28,
        n / 2,
        i % 5,
        i % 7,
        i % 4,
        i % 3,
        i % 6,
        i % 9,
        100 + i % 400,
        10 + i % 40,
    )
}

/// Peak resident memory of this process, from /proc (Linux), in MiB.
pub fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// Ukrainian and Russian cities: (nominative, locative, the region's adjective in the genitive).
const CYRILLIC_PLACES: &[(&str, &str, &str)] = &[
    ("Харків", "Харкові", "Харківської"),
    ("Одеса", "Одесі", "Одеської"),
    ("Суми", "Сумах", "Сумської"),
    ("Дніпро", "Дніпрі", "Дніпропетровської"),
    ("Белгород", "Белгороде", "Белгородской"),
    ("Курск", "Курске", "Курской"),
    ("Брянск", "Брянске", "Брянской"),
    ("Воронеж", "Воронеже", "Воронежской"),
];

/// A short Cyrillic report, different for every `i`: an Air Force style summary in Ukrainian, a Russian
/// ministry style summary, or an English report quoting a Ukrainian official (mixed), in turn.
pub fn cyrillic_report(i: usize) -> String {
    let (city, city_loc, _) = CYRILLIC_PLACES[i % 4];
    let (ru_city, ru_loc, ru_region) = CYRILLIC_PLACES[4 + i % 4];
    let n = 12 + i % 70;
    let k = n - i % 9;
    match i % 3 {
        0 => format!(
            "Нічна атака на {city}\n\nУ ніч на {} березня противник атакував {n} ударними БпЛА типу Shahed, \
             повідомили Повітряні сили. Збито або подавлено {k} дронів.\n\nУ {city_loc} пошкоджено {} \
             приватних будинків, {} людей поранено, написав у Telegram голова обласної адміністрації.\n",
            1 + i % 28,
            2 + i % 11,
            i % 6,
        ),
        1 => format!(
            "Сводка за ночь\n\nЗа прошедшую ночь дежурными средствами ПВО перехвачены и уничтожены {n} \
             беспилотных летательных аппаратов над территорией {ru_region} области. В {ru_loc} повреждены \
             {} жилых домов, пострадали {} человек, сообщил губернатор. Город {ru_city} вновь под ударом.\n",
            1 + i % 7,
            i % 5,
        ),
        _ => format!(
            "Drones hit {city} overnight\n\nRussia launched {n} drones at Ukraine overnight, the Air Force \
             said, and {k} were shot down. \"У {city_loc} поранено {} людей, пошкоджено школу,\" the \
             governor wrote on Telegram.\n",
            i % 8,
        ),
    }
}
