//! The `sitrep` command line: which command, which paths.

use clap::{Parser, Subcommand, ValueEnum};
use sitrep::app::App;
use sitrep::pipeline::Inputs;
use sitrep::tui::Exit;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// jemalloc, for memory freed on another thread than the one that allocated it (see `Cargo.toml`).
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// jemalloc's options, read before `main`: one arena, as the thread caches take the allocations of each
/// thread. `sitrep facts` over 10,000 reports peaks at 46 MiB with it and 53.5 MiB without (the default of
/// four arenas a core), in the same time (farm-bench, 12 pairs).
#[export_name = "_rjem_malloc_conf"]
static MALLOC_CONF: &[u8; 10] = b"narenas:1\0";

/// A terminal reader for war reports: strike tallies, casualties, forces, people and places.
#[derive(Parser)]
#[command(version)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Inputs: files, folders (read recursively), `-` (standard input), http(s) URLs. Without any, the
    /// archive (the shipped seeds while it is empty).
    paths: Vec<PathBuf>,
    /// The config file (default: $XDG_CONFIG_HOME/sitrep/config.toml).
    #[arg(long, global = true, value_name = "PATH")]
    config: Option<PathBuf>,
    /// The archive (default: $XDG_DATA_HOME/sitrep/archive.db).
    #[arg(long, global = true, value_name = "PATH")]
    archive: Option<PathBuf>,
    /// Print a commented default config and exit.
    #[arg(long)]
    print_default_config: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Print each article's date, regions and facts, without a terminal.
    Facts {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Only the reports a query matches: words, "phrases", region:, weapon:, category:, launched>N,
        /// destroyed<N, killed>N, injured>N, date:, from:, to:, newer:7d, source:, unread, bookmarked, -term,
        /// or, parentheses.
        #[arg(long, value_name = "QUERY", allow_hyphen_values = true)]
        query: Option<String>,
        /// Inputs as for the reader. Without any, the archive (the seeds while it is empty).
        paths: Vec<PathBuf>,
    },
    /// Print the events the reports tell of: the strikes of one night and weapon category across
    /// reports, with their sources, disagreements and updates.
    Events {
        /// Output format: JSON, or CSV in the columns of the public per-attack record plus `sources` and
        /// `disagreement`.
        #[arg(long, value_enum, default_value_t = EventFormat::Json)]
        format: EventFormat,
        /// Only the events of the reports a query matches (as for `facts`).
        #[arg(long, value_name = "QUERY", allow_hyphen_values = true)]
        query: Option<String>,
        /// Inputs as for the reader. Without any, the archive (the seeds while it is empty).
        paths: Vec<PathBuf>,
    },
    /// Read every configured source into the archive; a line per source and a total.
    Fetch,
    /// Feed lists in OPML, the format every feed reader speaks.
    Opml {
        #[command(subcommand)]
        action: Opml,
    },
}

#[derive(Subcommand)]
enum Opml {
    /// Add the feeds of an OPML file to the config's sources (those it lacks).
    Import {
        /// The OPML file.
        file: PathBuf,
    },
    /// Print the configured URL sources as OPML.
    Export,
}

#[derive(Clone, Copy, ValueEnum)]
enum EventFormat {
    Json,
    Csv,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Text,
}

/// Prints a message to stderr after `sitrep: `, its outside text (paths, titles, errors quoting a
/// server or a file) made visible: an escape sequence in it shows as text, never acts on the terminal.
macro_rules! complain {
    ($($arg:tt)*) => {
        eprintln!("sitrep: {}", sitrep::text::visible(&format!($($arg)*)))
    };
}

/// A write's result with a closed pipe taken as the end of the reader's interest, not an error.
trait BrokenPipeIsFine {
    fn filter_broken_pipe(self) -> std::io::Result<()>;
}

impl BrokenPipeIsFine for std::io::Result<()> {
    fn filter_broken_pipe(self) -> std::io::Result<()> {
        match self {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            other => other,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.print_default_config {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        return written(
            out.write_all(sitrep::config::DEFAULT.as_bytes())
                .and_then(|()| out.flush()),
        );
    }
    let archive = cli.archive.clone().or_else(sitrep::archive::default_path);
    match cli.command {
        Some(Command::Facts {
            format,
            query,
            paths,
        }) => facts(format, query.as_deref(), &paths, archive.as_deref()),
        Some(Command::Events {
            format,
            query,
            paths,
        }) => events(format, query.as_deref(), &paths, archive.as_deref()),
        Some(Command::Fetch) => fetch(cli.config.as_deref(), archive.as_deref()),
        Some(Command::Opml { action }) => opml(action, cli.config.as_deref()),
        None => reader(&cli.paths, cli.config.as_deref(), archive.as_deref()),
    }
}

/// The config at `path` (or the default place), or the message that says what is wrong with it.
fn config(path: Option<&Path>) -> Result<sitrep::config::Config, String> {
    match path
        .map(Path::to_path_buf)
        .or_else(sitrep::config::default_path)
    {
        Some(p) => {
            let config = sitrep::config::load(&p)?;
            sitrep::keys::remaps_of(&config.keys)
                .map_err(|e| format!("{}:{}: {e}", p.display(), config.keys_line.unwrap_or(1)))?;
            Ok(config)
        }
        None => Ok(Default::default()),
    }
}

/// `sitrep opml import FILE` / `sitrep opml export`.
fn opml(action: Opml, config_path: Option<&Path>) -> ExitCode {
    use sitrep::config::opml;
    let Some(path) = config_path
        .map(Path::to_path_buf)
        .or_else(sitrep::config::default_path)
    else {
        complain!("no config folder: give one with --config PATH");
        return ExitCode::from(1);
    };
    let configured = match sitrep::config::load(&path) {
        Ok(c) => c.sources,
        Err(e) => {
            complain!("{e}");
            return ExitCode::from(1);
        }
    };
    match action {
        Opml::Export => {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            written(
                out.write_all(opml::export(&configured).as_bytes())
                    .and_then(|()| out.flush()),
            )
        }
        Opml::Import { file } => {
            let read = std::fs::read_to_string(&file)
                .map_err(|e| format!("{}: {e}", file.display()))
                .and_then(|text| {
                    opml::import(&text).map_err(|e| format!("{}: {e}", file.display()))
                })
                .and_then(|feeds| {
                    let added = opml::append_sources(&path, &configured, &feeds)?;
                    Ok((feeds.len(), added))
                });
            match read {
                Ok((found, added)) => {
                    println!(
                        "{found} feeds in {}: {added} added to {}, {} already there",
                        sitrep::text::visible(&file.display().to_string()),
                        path.display(),
                        found - added
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    complain!("{e}");
                    ExitCode::from(1)
                }
            }
        }
    }
}

/// `sitrep fetch`: every source into the archive, a few at once; exit 1 when any failed.
fn fetch(config_path: Option<&Path>, archive: Option<&Path>) -> ExitCode {
    let config = match config(config_path) {
        Ok(c) => c,
        Err(e) => {
            complain!("{e}");
            return ExitCode::from(1);
        }
    };
    if config.sources.is_empty() {
        complain!("no sources configured: `sitrep --print-default-config` shows how to list them");
        return ExitCode::from(1);
    }
    let Some(path) = archive else {
        complain!("no place for the archive: give --archive PATH");
        return ExitCode::from(1);
    };
    // One fetch at a time per archive: a second one says so and leaves, its work already being done.
    let _lock = match sitrep::pipeline::fetch::lock(path) {
        Ok(Some(lock)) => lock,
        Ok(None) => {
            complain!(
                "another fetch is running on {}; leaving it to finish",
                path.display()
            );
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            complain!("{e}");
            return ExitCode::from(1);
        }
    };
    let mut archive = match sitrep::archive::Archive::open(path) {
        Ok(a) => a,
        Err(e) => {
            complain!("{e}");
            return ExitCode::from(1);
        }
    };
    let report = sitrep::pipeline::fetch::all(&config.sources, &mut archive);
    // Source names and errors quote outside text: shown, never acted on. A closed stdout ends quietly.
    let printed = {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        report
            .lines
            .iter()
            .chain([&report.total])
            .try_for_each(|line| writeln!(out, "{}", sitrep::text::visible(line)))
            .and_then(|()| out.flush())
    };
    if let Err(e) = printed.filter_broken_pipe() {
        complain!("{e}");
        return ExitCode::from(1);
    }
    if report.failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// `--query`: the parsed query, or exit 2 with what is wrong.
fn parse_query(text: Option<&str>) -> Result<Option<sitrep::query::Query>, ExitCode> {
    text.map(sitrep::query::parse).transpose().map_err(|e| {
        complain!("--query: {e}");
        ExitCode::from(2)
    })
}

/// Which reports a command reads, chosen once for the reader and the headless commands alike: the given
/// paths, else the archive's reports, else the seeds; and the archive, when it opens, for its marks.
struct Chosen {
    inputs: Inputs,
    store: Option<sitrep::archive::Archive>,
    /// What is wrong with an archive that exists but could not be read, when paths stand in for it.
    unopened: Option<String>,
}

/// Chooses the inputs. `create`: open the archive even when its file is missing (the reader does, to
/// keep marks). An archive that exists but cannot be read, with no paths given, is what was asked for:
/// that is the error, and the seeds never stand in for it.
fn choose_inputs(
    paths: &[PathBuf],
    archive: Option<&Path>,
    create: bool,
) -> Result<Chosen, String> {
    let mut unopened = None;
    let mut stored = 0;
    let store = match archive.filter(|p| create || p.exists()) {
        None => None,
        Some(p) => {
            match sitrep::archive::Archive::open(p).and_then(|a| a.checked_count().map(|n| (a, n)))
            {
                Ok((a, n)) => {
                    stored = n;
                    Some(a)
                }
                Err(e) if paths.is_empty() && p.exists() => return Err(e),
                Err(e) => {
                    unopened = Some(e);
                    None
                }
            }
        }
    };
    let inputs = match &store {
        _ if !paths.is_empty() => Inputs::Paths(paths.to_vec()),
        Some(a) if stored > 0 => Inputs::Archive(a.path().to_path_buf()),
        _ => Inputs::Seeds,
    };
    Ok(Chosen {
        inputs,
        store,
        unopened,
    })
}

/// What the headless commands read (`choose_inputs`), with the archive's marks. Problems are printed;
/// nothing readable is exit 1.
fn headless_inputs(
    paths: &[PathBuf],
    archive: Option<&Path>,
) -> Result<(Vec<sitrep::corpus::Loaded>, sitrep::corpus::Marks), ExitCode> {
    let chosen = choose_inputs(paths, archive, false).map_err(|e| {
        complain!("{e}");
        ExitCode::from(1)
    })?;
    if let Some(e) = &chosen.unopened {
        complain!("read marks not applied: {e}");
    }
    let marks = chosen
        .store
        .as_ref()
        .and_then(|a| a.marks().map_err(|e| complain!("{e}")).ok())
        .unwrap_or_default();
    let (loaded, problems) = match (chosen.inputs, &chosen.store) {
        (Inputs::Archive(_), Some(a)) => archive_texts(a)?,
        (Inputs::Paths(paths), _) => sitrep::corpus::load::read_paths(&paths),
        _ => (sitrep::corpus::seed_texts(), Vec::new()),
    };
    for problem in &problems {
        complain!("{problem}");
    }
    if loaded.is_empty() {
        complain!("no report could be read");
        return Err(ExitCode::from(1));
    }
    Ok((loaded, marks))
}

/// Every report of the archive, read for a headless command; damaged rows are said and left out.
fn archive_texts(
    a: &sitrep::archive::Archive,
) -> Result<(Vec<sitrep::corpus::Loaded>, Vec<sitrep::corpus::Problem>), ExitCode> {
    match a.rows() {
        Ok(rows) => {
            if a.unreadable_rows() > 0 {
                complain!(
                    "{}: {} of its rows could not be read (damaged); the rest are shown",
                    a.path().display(),
                    a.unreadable_rows()
                );
            }
            Ok((rows.into_iter().map(|r| r.loaded).collect(), Vec::new()))
        }
        Err(e) => {
            complain!("{e}");
            Err(ExitCode::from(1))
        }
    }
}

/// Every report of the inputs that the query matches, with the archive's marks, analysed in the list's
/// order: `keep` takes what is needed of each on the worker that analysed it, and `each` is handed that,
/// in order. Or the exit status when the query is malformed (2) or nothing could be read (1).
fn each_matching<T: Send>(
    query: Option<&str>,
    paths: &[PathBuf],
    archive: Option<&Path>,
    keep: impl Fn(sitrep::corpus::Article) -> T + Sync,
    mut each: impl FnMut(T),
) -> Result<(), ExitCode> {
    let query = parse_query(query)?;
    let query = query.as_ref();
    let today = chrono::Utc::now().date_naive();
    sitrep::corpus::build_tables_behind();
    let (loaded, marks) = headless_inputs(paths, archive)?;
    sitrep::corpus::analyse_in_order(
        loaded,
        |mut article| {
            article.apply_marks(&marks);
            query
                .is_none_or(|q| q.matches(&article, today))
                .then(|| keep(article))
        },
        |kept| kept.into_iter().for_each(&mut each),
    );
    Ok(())
}

/// The exit status of writing the output: a closed pipe (`sitrep facts | head`) is not an error worth a
/// message.
fn written(result: std::io::Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            complain!("{e}");
            ExitCode::from(1)
        }
    }
}

fn facts(
    format: Format,
    query: Option<&str>,
    paths: &[PathBuf],
    archive: Option<&Path>,
) -> ExitCode {
    // Streamed in the list's order, a window of reports at a time: memory never holds every analysed one.
    // A large buffer: the JSON is about three times the size of the reports, and each write is a system call.
    let stdout = std::io::BufWriter::with_capacity(1 << 18, std::io::stdout().lock());
    let json = matches!(format, Format::Json);
    let mut writer = sitrep::headless::Writer::new(stdout, json);
    let mut failed = None;
    // Each report is rendered on the worker that analysed it; this thread only writes.
    let read = each_matching(
        query,
        paths,
        archive,
        |article| sitrep::headless::render(&article, json),
        |rendered| {
            if failed.is_none() {
                failed = rendered.and_then(|r| writer.rendered(&r)).err();
            }
        },
    );
    if let Err(code) = read {
        return code;
    }
    written(failed.map_or_else(|| writer.finish(), Err))
}

/// `sitrep events`: the events of the reports the query matches, as JSON or CSV.
fn events(
    format: EventFormat,
    query: Option<&str>,
    paths: &[PathBuf],
    archive: Option<&Path>,
) -> ExitCode {
    use std::io::Write;
    // Only the facts are kept of each report: the texts go as they are analysed.
    let mut kept = Vec::new();
    let read = each_matching(
        query,
        paths,
        archive,
        |mut article| {
            article.body = String::new();
            article.blocks = Vec::new();
            article
        },
        |article| kept.push(article),
    );
    if let Err(code) = read {
        return code;
    }
    let events = sitrep::events::group(kept.iter().enumerate());
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let result = match format {
        // C1 controls escaped: serde_json writes them raw, and a terminal may act on them.
        EventFormat::Json => serde_json::to_string_pretty(&events)
            .map_err(std::io::Error::other)
            .and_then(|json| writeln!(out, "{}", sitrep::text::json_c1_escaped(json))),
        EventFormat::Csv => writeln!(out, "{}", sitrep::events::CSV_HEADER).and_then(|()| {
            events
                .iter()
                .try_for_each(|e| writeln!(out, "{}", sitrep::events::csv_row(e)))
        }),
    };
    written(result.and_then(|()| out.flush()))
}

fn reader(paths: &[PathBuf], config_path: Option<&Path>, archive: Option<&Path>) -> ExitCode {
    if !sitrep::tui::has_terminal() {
        complain!("{}", sitrep::tui::NO_TERMINAL);
        return ExitCode::from(1);
    }
    let mut app = App::loading();
    // A bad config is named and the defaults are used.
    let settings = config(config_path);
    if let Err(e) = &settings {
        app.notice = Some(format!("Config: {e} (defaults used)"));
    }
    // https://no-color.org: any non-empty value.
    app.no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    // Marks are written by the event loop as they change (the archive is made when missing).
    let Chosen {
        inputs,
        store,
        unopened,
    } = match choose_inputs(paths, archive, true) {
        Ok(chosen) => chosen,
        Err(e) => {
            complain!("{e}");
            return ExitCode::from(1);
        }
    };
    if let Some(e) = unopened {
        app.notice = Some(format!("Read marks are not kept: {e}"));
    }
    match &inputs {
        Inputs::Archive(_) => app.full_text = true,
        // An empty archive: the seeds, and a word (until the first key) on how to add sources.
        Inputs::Seeds => {
            app.flash = Some(match &settings {
                Ok(c) if !c.sources.is_empty() => {
                    "The archive is empty: run `sitrep fetch` (or press R) to read your sources".to_string()
                }
                _ => "Showing the seeds: list sources in the config (sitrep --print-default-config), then `sitrep fetch`".to_string(),
            })
        }
        Inputs::Paths(_) => {}
    }
    // The first frame comes at once; reports join the list as they are analysed.
    let marks = store.as_ref().map(|a| a.path().to_path_buf());
    let load = sitrep::pipeline::load_in_background(inputs, marks);
    if let Ok(c) = &settings {
        app.palette = c.palette();
    }
    let reload_every = settings.as_ref().ok().and_then(|c| c.reload_every());
    let (sources, keys, queries) = settings
        .map(|c| (c.sources, c.keys, c.queries))
        .unwrap_or_default();
    app.saved = queries;
    // Checked when the config was read: a bad [keys] table is reported there and the defaults stay.
    sitrep::keys::install(sitrep::keys::remaps_of(&keys).unwrap_or_default());
    let config_path = config_path.map(Path::to_path_buf);
    let run = sitrep::tui::Run::new(sources, config_path, reload_every);
    match sitrep::tui::run(app, Some(load), store, run) {
        Ok(Exit::Quit) => ExitCode::SUCCESS,
        // Ended by a signal: the shell's convention, 128 + its number.
        Ok(Exit::Signal(signal)) => ExitCode::from(128u8.saturating_add(signal as u8)),
        Ok(Exit::NothingLoaded(problems)) => {
            for problem in &problems {
                complain!("{problem}");
            }
            complain!("no report could be read");
            ExitCode::from(1)
        }
        Err(err) => {
            complain!("{err}");
            ExitCode::from(1)
        }
    }
}
