//! `sitrep facts` at 1,000, 10,000 and 100,000 generated reports (deterministic), each beside one `rg`
//! pass over the same files: wall time, MB/s and peak memory of the whole process.
//!
//! Run: `cargo bench --bench scale` (optionally `-- 1000 10000` for other sizes; `SCALE_KEEP=DIR` keeps
//! the corpora in DIR/N). Peak memory comes from
//! `/usr/bin/time` and the `rg` column from `rg`, each when installed.

mod common;
use common::{PLACES, WEAPONS};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

const GOVERNORS: &[&str] = &[
    "Oleh Syniehubov",
    "Vitaliy Kim",
    "Ihor Terekhov",
    "Serhiy Lysak",
];

/// A report of about 2.6 KB (the size of the 10,000 reports in 25.8 MB), different for every `i`:
/// a tally, damage and casualties, a governor's quote, the front line, and a paragraph of background.
fn report(i: usize) -> String {
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

/// Wall seconds and peak MiB (when `/usr/bin/time` exists) of a command, its output dropped.
fn measure(program: &str, args: &[&str]) -> (f64, Option<f64>) {
    let timed = Path::new("/usr/bin/time").exists();
    let mut cmd = if timed {
        let mut c = Command::new("/usr/bin/time");
        c.args(["-f", "%M"]).arg(program);
        c
    } else {
        Command::new(program)
    };
    let start = Instant::now();
    let out = cmd
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .expect("run the command");
    let wall = start.elapsed().as_secs_f64();
    let peak = timed
        .then(|| {
            String::from_utf8_lossy(&out.stderr)
                .lines()
                .last()?
                .trim()
                .parse::<f64>()
                .ok()
        })
        .flatten()
        .map(|kib| kib / 1024.0);
    (wall, peak)
}

/// Where a corpus is written: a temporary folder, or one that stays.
enum Kept {
    Temp(tempfile::TempDir),
    At(std::path::PathBuf),
}

impl Kept {
    fn path(&self) -> &Path {
        match self {
            Kept::Temp(t) => t.path(),
            Kept::At(p) => p,
        }
    }
}

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![1_000, 10_000, 100_000]
    } else {
        sizes
    };
    let sitrep = env!("CARGO_BIN_EXE_sitrep");
    let rg = Command::new("rg").arg("--version").output().is_ok();
    println!("reports   MB     sitrep facts            rg -c");
    // SCALE_KEEP=DIR writes the corpora to DIR/N (kept) for timing other commands on the same files.
    let keep = std::env::var_os("SCALE_KEEP").map(std::path::PathBuf::from);
    for n in sizes {
        let dir = tempfile::tempdir().expect("temp dir");
        let dir = match &keep {
            Some(k) => {
                let d = k.join(n.to_string());
                std::fs::create_dir_all(&d).expect("SCALE_KEEP folder");
                Kept::At(d)
            }
            None => Kept::Temp(dir),
        };
        let mut bytes = 0usize;
        for i in 0..n {
            let text = report(i);
            bytes += text.len();
            std::fs::write(dir.path().join(format!("{i:06}.txt")), text).expect("write");
        }
        let mb = bytes as f64 / 1e6;
        let path = dir.path().to_string_lossy().into_owned();
        let archive = dir.path().join("none.db").to_string_lossy().into_owned();
        let (wall, peak) = measure(sitrep, &["--archive", &archive, "facts", &path]);
        let peak = peak.map_or("—".to_string(), |p| format!("{p:.0} MiB"));
        let rg_time = if rg {
            format!("{:.3} s", measure("rg", &["-c", "drones", &path]).0)
        } else {
            "rg not installed".into()
        };
        println!(
            "{n:>7} {mb:>6.1}   {wall:>6.2} s {:>5.1} MB/s {peak:>8}   {rg_time}",
            mb / wall
        );
    }
}
