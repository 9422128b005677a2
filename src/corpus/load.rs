//! Reading inputs: files and directories (recursively), `-` for standard input and `http(s)://` URLs,
//! each read in its format (`formats`), with every problem named.

use super::fetch;
use super::formats::{self, Format};
use std::fs;
use std::io::Read as _;
use std::path::{Path, PathBuf};

/// The limit for one report. A larger file is skipped with a message instead of stalling the reader; a
/// longer stream (standard input, a page fetched) or item of a feed, export or JSON file is cut here.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;
/// Feeds, exports and JSON files hold many reports: their cap is higher.
pub const MAX_CONTAINER_BYTES: u64 = 256 * 1024 * 1024;
/// The file a Telegram Desktop export folder holds its messages in.
const TELEGRAM_EXPORT: &str = "result.json";
/// How much of a file is sniffed for binary content.
const SNIFF_BYTES: usize = 8192;

/// Text read from one input, ready to parse.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub path: String,
    pub text: String,
    /// What the input said about itself beyond its text.
    pub meta: Meta,
}

impl Loaded {
    /// A plain-text input with nothing known beyond its path and text.
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Loaded {
        Loaded {
            path: path.into(),
            text: text.into(),
            meta: Meta::default(),
        }
    }
}

/// What a container format says about a report (feed item, web page, Telegram message), as opposed to
/// what the report's text says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    /// The outlet, feed, channel or folder the report came from.
    pub source: Option<String>,
    /// The report's own link (item link, canonical URL, message link).
    pub url: Option<String>,
    /// The format it was read as: "text", "markdown", "html", "rss", "atom", "telegram", "json"; empty means "text".
    pub format: String,
    /// A title given by the container (item title, the page's `<h1>`), preferred to one read from the body.
    pub title: Option<String>,
    /// A date given by the container (item date, message date): the report date unless the text dates itself.
    pub date: Option<chrono::NaiveDate>,
    /// The container's own id for the item (feed guid, message id), what the archive keys it by first.
    pub guid: Option<String>,
    /// When it was fetched, UTC (a URL now, an archived report when first stored): its day dates a report
    /// that gives no date of its own, and the list's "newest fetched" order is by it.
    pub fetched: Option<chrono::NaiveDateTime>,
}

/// Something wrong with one input. `skipped` inputs are not loaded; the others are loaded with a warning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
    pub skipped: bool,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Reads every input named by `paths`: files (directories recursively, hidden entries skipped, each file
/// once), `-` (standard input) and URLs.
pub fn read_paths(paths: &[PathBuf]) -> (Vec<Loaded>, Vec<Problem>) {
    let mut inputs = find_inputs(paths);
    let (loaded, problems) = read_files(std::mem::take(&mut inputs.files));
    inputs.loaded.extend(loaded);
    inputs.problems.extend(problems);
    (inputs.loaded, inputs.problems)
}

/// What `paths` name: the files to read (each once, with its folder's name), and what standard input
/// and URLs gave already, with the problems met so far.
#[derive(Debug, Default)]
pub struct Inputs {
    pub files: Vec<FileInput>,
    pub loaded: Vec<Loaded>,
    pub problems: Vec<Problem>,
}

/// A file to read, and the name of the folder it is in (its reports' source when they name none).
#[derive(Debug)]
pub struct FileInput {
    path: PathBuf,
    folder: Option<String>,
}

/// Finds the files `paths` name (directories recursively, hidden entries skipped, each file once, however
/// it was named), and reads `-` and URLs: `read_files` reads the files, a batch at a time if need be.
pub fn find_inputs(paths: &[PathBuf]) -> Inputs {
    let mut files = Vec::new();
    let mut inputs = Inputs::default();
    let take = |read: Result<formats::Read, Problem>, inputs: &mut Inputs| match read {
        Ok((items, warnings)) => {
            inputs.loaded.extend(items);
            inputs.problems.extend(warnings);
        }
        Err(problem) => inputs.problems.push(problem),
    };
    for path in paths {
        let arg = path.to_string_lossy();
        if arg == "-" {
            take(read_stdin(), &mut inputs);
        } else if let Some(why) = fetch::unsupported_scheme(&arg).filter(|_| !path.exists()) {
            inputs.problems.push(skip(&arg, format!("skipped: {why}")));
        } else if fetch::is_url(&arg) {
            take(read_url(&arg, fetch::Limits::default()), &mut inputs);
        } else {
            collect(path, true, &mut files, &mut inputs.problems);
        }
    }
    inputs.files = unique(files);
    inputs
}

/// Each file once, however it was named: by its folder's real path (looked up once per folder) and its
/// name, or its own real path when it is a link.
fn unique(files: Vec<Found>) -> Vec<FileInput> {
    let mut seen = rustc_hash::FxHashSet::default();
    let mut real_dirs: std::collections::HashMap<PathBuf, Option<PathBuf>> = Default::default();
    let mut unique = Vec::new();
    for Found { path: file, plain } in files {
        let dir = file.parent().unwrap_or(Path::new("")).to_path_buf();
        let real_dir = real_dirs
            .entry(dir)
            .or_insert_with_key(|d| {
                fs::canonicalize(if d.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    d
                })
                .ok()
            })
            .clone();
        let is_link =
            !plain && fs::symlink_metadata(&file).is_ok_and(|m| m.file_type().is_symlink());
        let real = match (&real_dir, file.file_name()) {
            (Some(d), Some(name)) if !is_link => d.join(name),
            _ => fs::canonicalize(&file).unwrap_or_else(|_| file.clone()),
        };
        if !seen.insert(real.clone()) {
            continue;
        }
        let folder = real
            .parent()
            .and_then(|p| Some(p.file_name()?.to_string_lossy().into_owned()));
        unique.push(FileInput { path: file, folder });
    }
    unique
}

/// Reads one file found by `find_inputs`: its reports and warnings, or why it was skipped.
pub fn read_found(file: &FileInput) -> Result<formats::Read, Problem> {
    read_file_in(&file.path, file.folder.as_deref())
}

/// Reads `files` on every core, their reports kept in the order of the files.
pub fn read_files(files: Vec<FileInput>) -> (Vec<Loaded>, Vec<Problem>) {
    let read = super::par_map(files, |f| read_found(&f));
    let (mut loaded, mut problems) = (Vec::new(), Vec::new());
    for r in read {
        match r {
            Ok((items, warnings)) => {
                loaded.extend(items);
                problems.extend(warnings);
            }
            Err(problem) => problems.push(problem),
        }
    }
    (loaded, problems)
}

/// Standard input as one input ("stdin"), in the format its first bytes say. It is read only as far as
/// its limit: one report is cut at `MAX_FILE_BYTES` (with a warning), a feed or export over
/// `MAX_CONTAINER_BYTES` is refused, and the rest is never held in memory.
pub fn read_stdin() -> Result<formats::Read, Problem> {
    read_stream("stdin", &mut std::io::stdin().lock())
}

/// Reads `input` (shown as `shown`) as `read_stdin` reads standard input.
pub fn read_stream(shown: &str, input: &mut impl std::io::Read) -> Result<formats::Read, Problem> {
    let cannot = |e: std::io::Error| skip(shown, format!("skipped: cannot read ({e})"));
    let mut bytes = Vec::new();
    (&mut *input)
        .take(SNIFF_BYTES as u64)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    let format = Format::sniff(&bytes);
    let cap = if format.is_container() {
        MAX_CONTAINER_BYTES
    } else {
        MAX_FILE_BYTES
    };
    let rest = (cap + 1).saturating_sub(bytes.len() as u64);
    input.take(rest).read_to_end(&mut bytes).map_err(cannot)?;
    let over = bytes.len() as u64 > cap;
    if over && format.is_container() {
        return Err(skip(
            shown,
            format!(
                "skipped: more than the {} limit for one input",
                human_bytes(cap)
            ),
        ));
    }
    if over {
        bytes.truncate(char_boundary(&bytes, cap as usize));
    }
    let (loaded, mut problems) = read_bytes(shown, bytes, format, None, None, None)?;
    problems.extend(over.then(|| cut_note(shown)));
    Ok((loaded, problems))
}

/// A URL, fetched, then read in the format the server's content type says (else its name, else its bytes).
/// A page or text larger than one report is cut at `MAX_FILE_BYTES`, with a warning.
pub fn read_url(url: &str, limits: fetch::Limits) -> Result<formats::Read, Problem> {
    let got = fetch::get(url, limits).map_err(|e| skip(url, format!("skipped: {e}")))?;
    read_fetched(url, got)
}

/// `read_url` unless the source is unchanged since `known` was kept (a conditional GET): `None` for a 304,
/// else what it holds and the validators to keep for the next fetch.
pub fn read_url_if_changed(
    url: &str,
    limits: fetch::Limits,
    known: &fetch::Validators,
) -> Result<Option<(formats::Read, fetch::Validators)>, Problem> {
    let got = fetch::get_if_changed(url, limits, known)
        .map_err(|e| skip(url, format!("skipped: {e}")))?;
    let fetch::Conditional::Changed(got, validators) = got else {
        return Ok(None);
    };
    Ok(Some((read_fetched(url, got)?, validators)))
}

/// What a fetch of `url` got, read as one input: a page or text past one report's limit cut (with a
/// warning), each report marked as fetched today.
fn read_fetched(url: &str, mut got: fetch::Fetched) -> Result<formats::Read, Problem> {
    let format = got.format.unwrap_or_else(|| Format::sniff(&got.bytes));
    if !format.is_container() && got.bytes.len() as u64 > MAX_FILE_BYTES {
        let end = char_boundary(&got.bytes, MAX_FILE_BYTES as usize);
        got.bytes.truncate(end);
        got.cut = true;
    }
    let charset = got.charset.as_deref();
    let (mut loaded, mut problems) =
        read_bytes(url, got.bytes, format, Some(&got.url), None, charset)?;
    let now = chrono::Utc::now().naive_utc();
    for l in &mut loaded {
        l.meta.fetched = Some(now);
    }
    problems.extend(got.cut.then(|| cut_note(url)));
    Ok((loaded, problems))
}

/// The warning for an input cut at the per-report limit.
fn cut_note(shown: &str) -> Problem {
    Problem {
        path: shown.to_owned(),
        message: format!("{}: the rest was not read", cut_at_limit()),
        skipped: false,
    }
}

/// "cut at the 4.0 MiB limit for one report", the words of every warning about a report cut short.
pub fn cut_at_limit() -> String {
    format!(
        "cut at the {} limit for one report",
        human_bytes(MAX_FILE_BYTES)
    )
}

/// The largest length up to `max` that does not split a UTF-8 character of `bytes`.
pub fn char_boundary(bytes: &[u8], max: usize) -> usize {
    if bytes.len() <= max {
        return bytes.len();
    }
    // A continuation byte (10xxxxxx) is never a character's start; at most three precede one.
    (max.saturating_sub(3)..=max)
        .rev()
        .find(|&i| bytes[i] & 0xC0 != 0x80)
        .unwrap_or(max)
}

/// Decodes bytes (in `charset`, the server's, when it names one) and reads them as `format`, naming the
/// input in every problem.
fn read_bytes(
    shown: &str,
    bytes: Vec<u8>,
    format: Format,
    url: Option<&str>,
    folder: Option<&str>,
    charset: Option<&str>,
) -> Result<formats::Read, Problem> {
    let (text, warning) = decode(shown, bytes, charset)?;
    let (loaded, mut problems) = formats::read(shown, format, &text, url, folder)
        .map_err(|e| skip(shown, format!("skipped: {e}")))?;
    problems.extend(warning);
    Ok((loaded, problems))
}

fn collect(path: &Path, named: bool, files: &mut Vec<Found>, problems: &mut Vec<Problem>) {
    let shown = path.display().to_string();
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        Err(err) => {
            problems.push(skip(&shown, describe_io(&err)));
            return;
        }
    };
    if meta.is_file() {
        files.push(Found {
            path: path.to_path_buf(),
            plain: false,
        });
        return;
    }
    if !meta.is_dir() {
        if named {
            problems.push(skip(&shown, "not a regular file or directory".into()));
        }
        return;
    }
    // Symlinked directories inside a tree are not followed, so a link loop cannot hang the loader.
    if !named && fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        return;
    }
    let entries = match fs::read_dir(path) {
        Ok(entries) => entries,
        Err(err) => {
            problems.push(skip(&shown, describe_io(&err)));
            return;
        }
    };
    // With whether each is a plain file, as the directory listing says: most are, and need no look-up.
    let mut children: Vec<(PathBuf, bool)> = entries
        .filter_map(Result::ok)
        .map(|e| (e.path(), e.file_type().is_ok_and(|t| t.is_file())))
        .filter(|(p, _)| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    // A Telegram Desktop export folder: its messages are in result.json, the rest is media.
    if let Some((export, _)) = children
        .iter()
        .find(|(p, _)| p.file_name().is_some_and(|n| n == TELEGRAM_EXPORT) && p.is_file())
    {
        files.push(Found {
            path: export.clone(),
            plain: false,
        });
        return;
    }
    children.sort();
    for (child, plain) in children {
        if !plain {
            collect(&child, false, files, problems);
        } else if let Some(why) = not_a_report(&child) {
            problems.push(skip(&child.display().to_string(), why));
        } else {
            files.push(Found { path: child, plain });
        }
    }
}

/// Why a file found inside a folder is not read, if it is not: a folder takes the formats sitrep knows
/// by their extension (`.txt`, `.md`, `.html`, `.xml`, `.json`…), a file without one as text, and any
/// other file only when its first bytes are markup or JSON (a page or a feed saved under another name).
/// A file named on the command line is always read.
fn not_a_report(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_string_lossy();
    if Format::from_name(&name).is_some() || !name.contains('.') {
        return None;
    }
    let mut head = [0u8; 2048];
    let n = fs::File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .unwrap_or(0);
    let start = String::from_utf8_lossy(&head[..n]);
    let start = start.trim_start_matches('\u{feff}').trim_start();
    let sniffed = (start.starts_with('<') || start.starts_with('{') || start.starts_with('['))
        && Format::sniff(&head[..n]) != Format::Text;
    let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
    (!sniffed).then(|| {
        format!("skipped: .{ext} is not a format sitrep reads (name the file to read it as text)")
    })
}

/// A file found under the paths given.
struct Found {
    path: PathBuf,
    /// A regular file the directory listing named (not a link): its real path is its folder's and name.
    plain: bool,
}

/// Reads one file in the format its name says, else the one its first bytes say. Invalid UTF-8 is
/// replaced (with a warning); empty, binary and huge files are errors. A report without a source of its
/// own takes the name of the folder the file lies in.
pub fn read_file(path: &Path) -> Result<formats::Read, Problem> {
    let folder = fs::canonicalize(path)
        .ok()
        .and_then(|p| Some(p.parent()?.file_name()?.to_string_lossy().into_owned()));
    read_file_in(path, folder.as_deref())
}

/// `read_file` with the name of the folder the file really lies in already known.
fn read_file_in(path: &Path, folder: Option<&str>) -> Result<formats::Read, Problem> {
    let shown = path.display().to_string();
    // Opened once: its size from the open file, then read from it.
    let mut file = fs::File::open(path).map_err(|e| skip(&shown, describe_io(&e)))?;
    let size = file
        .metadata()
        .map_err(|e| skip(&shown, describe_io(&e)))?
        .len();
    let named = Format::from_name(&path.file_name().unwrap_or_default().to_string_lossy());
    let cap = |f: Option<Format>| match f {
        Some(f) if !f.is_container() => MAX_FILE_BYTES,
        _ => MAX_CONTAINER_BYTES,
    };
    if size > cap(named) {
        return Err(too_big(&shown, size, cap(named)));
    }
    // Read through `take`: a file that grows while it is read (or one under /proc whose size reads 0)
    // still stops at the limit, and std does not ask the file's size and position again (two system calls a
    // file, 20,000 for a folder of 10,000 reports).
    let limit = cap(named);
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0).saturating_add(1));
    std::io::Read::read_to_end(&mut std::io::Read::take(&mut file, limit + 1), &mut bytes)
        .map_err(|e| skip(&shown, describe_io(&e)))?;
    let size = size.max(bytes.len() as u64);
    if size > limit {
        return Err(too_big(&shown, size, limit));
    }
    let format = named.unwrap_or_else(|| Format::sniff(&bytes));
    if size > cap(Some(format)) {
        return Err(too_big(&shown, size, cap(Some(format))));
    }
    read_bytes(&shown, bytes, format, None, folder, None)
}

fn too_big(shown: &str, size: u64, cap: u64) -> Problem {
    skip(
        shown,
        format!(
            "skipped: {} is over the {} limit for one input",
            human_bytes(size),
            human_bytes(cap)
        ),
    )
}

/// Decodes file bytes as report text, or says why they are not one. The encoding is a BOM's, else
/// `charset` (a server's), else the one the bytes declare (XML declaration, HTML meta), else UTF-8.
pub fn decode(
    shown: &str,
    bytes: Vec<u8>,
    charset: Option<&str>,
) -> Result<(String, Option<Problem>), Problem> {
    if looks_binary(&bytes) {
        return Err(skip(shown, "skipped: binary file, not text".into()));
    }
    let bad_bytes = |name: &str| Problem {
        path: shown.to_owned(),
        message: format!("invalid {name}: bad bytes shown as \u{FFFD}"),
        skipped: false,
    };
    let (text, warning) = match super::charset::detect(&bytes, charset) {
        Some(encoding) if encoding != encoding_rs::UTF_8 => {
            let (text, bad) = super::charset::decode(&bytes, encoding);
            (text, bad.then(|| bad_bytes(encoding.name())))
        }
        _ => match String::from_utf8(bytes) {
            Ok(text) => (text, None),
            Err(err) => {
                let text = String::from_utf8_lossy(err.as_bytes()).into_owned();
                (text, Some(bad_bytes("UTF-8")))
            }
        },
    };
    if text.trim().is_empty() {
        return Err(skip(shown, "skipped: empty file".into()));
    }
    Ok((text, warning))
}

/// NUL bytes, or mostly control bytes, in the first few kilobytes.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    if head.contains(&0) {
        return true;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    !head.is_empty() && control * 10 > head.len()
}

fn skip(path: &str, message: String) -> Problem {
    Problem {
        path: path.to_owned(),
        message,
        skipped: true,
    }
}

fn describe_io(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::NotFound => "skipped: no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "skipped: permission denied".into(),
        _ => format!("skipped: cannot read ({err})"),
    }
}

fn human_bytes(n: u64) -> String {
    if n >= 1024 * 1024 {
        format!("{:.1} MiB", n as f64 / (1024.0 * 1024.0))
    } else {
        format!("{} bytes", n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_and_text() {
        assert!(looks_binary(b"abc\0def"));
        assert!(looks_binary(&[1, 2, 3, 4, 5, 6, 7, 8, b'a']));
        assert!(!looks_binary("Kharkiv — Харків\r\n\tok".as_bytes()));
        assert!(!looks_binary(b""));
    }

    #[test]
    fn decode_reports_each_problem() {
        assert!(decode("e", Vec::new(), None).unwrap_err().skipped);
        assert!(decode("w", b"  \n\t ".to_vec(), None).unwrap_err().skipped);
        let (text, warning) = decode("bad", b"Title \xff\xfe here\n".to_vec(), None).unwrap();
        assert_eq!(text, "Title \u{FFFD}\u{FFFD} here\n");
        assert!(!warning.unwrap().skipped);
        let (text, warning) = decode("ok", b"Fine".to_vec(), None).unwrap();
        assert_eq!((text.as_str(), warning), ("Fine", None));
    }
}
