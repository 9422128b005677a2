//! The `sitrep` command line: which command, which paths.

use clap::{Parser, Subcommand, ValueEnum};
use sitrep::app::App;
use sitrep::tui::Exit;
use std::path::PathBuf;
use std::process::ExitCode;

/// A terminal reader for war reports: strike tallies, casualties, forces, people and places.
#[derive(Parser)]
#[command(version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Report files or directories (read recursively). Without any, the shipped seeds.
    paths: Vec<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Print each article's date, regions and facts, without a terminal.
    Facts {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Report files or directories (read recursively). Without any, the shipped seeds.
        paths: Vec<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Text,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Facts { format, paths }) => facts(format, &paths),
        None => reader(&cli.paths),
    }
}

fn facts(format: Format, paths: &[PathBuf]) -> ExitCode {
    let (loaded, problems) = if paths.is_empty() {
        (sitrep::corpus::seed_texts(), Vec::new())
    } else {
        sitrep::corpus::load::read_paths(paths)
    };
    for problem in &problems {
        eprintln!("sitrep: {problem}");
    }
    if loaded.is_empty() {
        eprintln!("sitrep: no report could be read");
        return ExitCode::from(1);
    }
    // Streamed in the list's order, a batch at a time: memory never holds every analysed article.
    let stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let mut writer = sitrep::headless::Writer::new(stdout, matches!(format, Format::Json));
    let mut failed = None;
    sitrep::corpus::analyse_in_order(loaded, |article| {
        if failed.is_none() {
            failed = writer.article(&article).err();
        }
    });
    match failed.map_or_else(|| writer.finish(), Err) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`sitrep facts | head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sitrep: {e}");
            ExitCode::from(1)
        }
    }
}

fn reader(paths: &[PathBuf]) -> ExitCode {
    if !sitrep::tui::has_terminal() {
        eprintln!("sitrep: {}", sitrep::tui::NO_TERMINAL);
        return ExitCode::from(1);
    }
    // The first frame comes at once; reports join the list as they are analysed.
    let load = sitrep::corpus::load_in_background(paths.to_vec());
    match sitrep::tui::run(App::loading(), Some(load)) {
        Ok(Exit::Quit) => ExitCode::SUCCESS,
        // Ended by a signal: the shell's convention, 128 + its number.
        Ok(Exit::Signal(signal)) => ExitCode::from(128u8.saturating_add(signal as u8)),
        Ok(Exit::NothingLoaded(problems)) => {
            for problem in &problems {
                eprintln!("sitrep: {problem}");
            }
            eprintln!("sitrep: no report could be read");
            ExitCode::from(1)
        }
        Err(err) => {
            eprintln!("sitrep: {err}");
            ExitCode::from(1)
        }
    }
}
