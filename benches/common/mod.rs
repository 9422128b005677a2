//! What the benches that generate reports share: their places and weapons, and the process's peak memory.
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

/// Peak resident memory of this process, from /proc (Linux), in MiB.
pub fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}
