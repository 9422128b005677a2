//! The facts pane groups tallies and tolls by event frame, in the real binary in a real terminal (tmux,
//! 120×50, so the whole facts pane shows under the reading pane): a national summary with a city's share indented under it, a local toll, and a war's toll
//! marked as background, never as the report's toll.

mod common;

use common::Tmux;

/// A report of our own: the air force's night, the mayor's share of it, today's toll and a war's toll.
const REPORT: &str = "Night of drones and missiles\n\nThe enemy fired 48 cruise missiles and 30 drones at \
Ukraine overnight, the air force said; 40 missiles and 26 drones were destroyed. The mayor said 14 cruise \
missiles were fired at Kyiv, and 11 of them were shot down. A Russian missile attack killed four people in \
Kyiv, the mayor said. Since the start of the full-scale invasion, more than 700 civilians have been killed \
in the city.\n";

/// The line numbers of the first lines holding each of `wanted`, in screen order.
fn line_of(screen: &str, wanted: &str) -> usize {
    screen
        .lines()
        .position(|l| l.contains(wanted))
        .unwrap_or_else(|| panic!("no line with {wanted:?}:\n{screen}"))
}

#[test]
fn the_facts_pane_shows_tallies_under_their_frames() {
    let Some(tmux) = Tmux::start_utf8("frames") else {
        return;
    };
    let dir = tmux.home.path().join("reports");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("night.txt"), REPORT).unwrap();
    let bin = env!("CARGO_BIN_EXE_sitrep");
    tmux.run(&["resize-window", "-t", "t", "-x", "120", "-y", "50"]);
    tmux.wait("the shell prompt", |s| s.contains("shell$"));
    tmux.keys(&[
        &format!("'{bin}' '{}'; echo sitrep-exited-$?", dir.display()),
        "Enter",
    ]);
    let s = tmux.wait("the frames in the facts pane", |s| {
        s.contains("background, not today's") && s.contains("└") && s.contains("700")
    });
    let national = line_of(&s, "» national");
    let share = line_of(&s, "└ ");
    let total = line_of(&s, "total");
    let background = line_of(&s, "background, not today's");
    assert!(national < share && share < total, "{s}");
    assert!(line_of(&s, "» local") < background, "{s}");
    // The total is the night's own figures, 48 + 30 launched, not the city's 14 added.
    assert!(s.lines().nth(total).unwrap().contains("78"), "{s}");
    assert!(s.lines().skip(background).any(|l| l.contains("700")), "{s}");
    tmux.keys(&["q"]);
    tmux.wait("the shell again", |s| s.contains("sitrep-exited-0"));
}
