//! The `sitrep` command line: which command, which paths.

use clap::{Parser, Subcommand, ValueEnum};
use sitrep::app::App;
use sitrep::corpus::Corpus;
use sitrep::tui::Exit;
use std::io::Write;
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

fn load(paths: &[PathBuf]) -> Corpus {
    if paths.is_empty() {
        Corpus::seeds()
    } else {
        Corpus::from_paths(paths)
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Facts { format, paths }) => facts(format, &paths),
        None => reader(&cli.paths),
    }
}

fn facts(format: Format, paths: &[PathBuf]) -> ExitCode {
    let corpus = load(paths);
    for problem in &corpus.problems {
        eprintln!("sitrep: {problem}");
    }
    if corpus.articles.is_empty() {
        eprintln!("sitrep: no report could be read");
        return ExitCode::from(1);
    }
    let out = match format {
        Format::Json => sitrep::headless::json(&corpus),
        Format::Text => sitrep::headless::text(&corpus),
    };
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`sitrep facts | head`) is not an error worth a message.
    let _ = writeln!(stdout, "{}", out.trim_end());
    ExitCode::SUCCESS
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
