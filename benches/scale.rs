//! `sitrep facts` at 1,000, 10,000 and 100,000 generated reports (deterministic), each beside one `rg`
//! pass over the same files: wall time, MB/s and peak memory of the whole process.
//!
//! Run: `cargo bench --bench scale` (optionally `-- 1000 10000` for other sizes; `SCALE_KEEP=DIR` keeps
//! the corpora in DIR/N). Peak memory comes from
//! `/usr/bin/time` and the `rg` column from `rg`, each when installed.

mod common;
use common::scale_report as report;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

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
