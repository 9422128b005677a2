//! Region tagging speed: 4 MB of seed prose on one line, and 4 MB dense with places.
//! Run: `cargo bench --bench regions`.

use std::time::Instant;

fn main() {
    let g = sitrep::regions::gazetteer();
    println!(
        "gazetteer: {} regions, {} groups, {} places, {} automaton patterns",
        g.regions().len(),
        g.groups().len(),
        g.regions().iter().map(|r| r.places.len()).sum::<usize>(),
        g.pattern_count()
    );
    let prose = include_str!("../seeds/004_7dcc0c5c7b642355.txt").replace('\n', " ");
    let dense = "Drones attacked Kyiv and the Kharkov region’s Kupyansk overnight, Kiev said; \
                 officials in Moscow claimed strikes on Bilhorod-Dnistrovskyi, Slavyansk-na-Kubani \
                 and Khmel'nyts'kyy near Mariupol and Donbass. ";
    for (label, unit) in [("seed prose", prose.as_str()), ("dense places", dense)] {
        let text = unit.repeat(4 * 1024 * 1024 / unit.len() + 1);
        let mb = text.len() as f64 / 1e6;
        let mut rates = Vec::new();
        let mut mentions = 0;
        for _ in 0..5 {
            let start = Instant::now();
            let tags = sitrep::regions::tag(&text);
            rates.push(mb / start.elapsed().as_secs_f64());
            mentions = tags.iter().map(|t| t.mentions).sum::<usize>();
        }
        rates.sort_by(f64::total_cmp);
        println!(
            "{label}: {mb:.1} MB, {mentions} mentions, median {:.0} MB/s",
            rates[rates.len() / 2]
        );
    }
}
