//! `http://` and `https://` inputs, fetched with `ureq` on rustls: connect and overall timeouts, a size
//! cap, a few redirects followed, and a clear message on each failure.

use super::formats::Format;
use std::time::Duration;

/// Limits of one fetch.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub connect: Duration,
    /// For the whole request, body included.
    pub total: Duration,
    pub max_bytes: u64,
    pub redirects: u32,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            connect: Duration::from_secs(10),
            total: Duration::from_secs(30),
            max_bytes: 64 * 1024 * 1024,
            redirects: 5,
        }
    }
}

/// What a server sent: the body, the URL it ended at after redirects, and the format its content type
/// (or the URL's name) says.
#[derive(Debug)]
pub struct Fetched {
    pub bytes: Vec<u8>,
    pub url: String,
    pub format: Option<Format>,
    /// The `charset` of the server's content type, if it named one.
    pub charset: Option<String>,
    /// The body was one report larger than the per-report limit: `bytes` holds its start.
    pub cut: bool,
}

/// Fetches `url`, or says in one line why it could not.
pub fn get(url: &str, limits: Limits) -> Result<Fetched, String> {
    match get_if_changed(url, limits, &Validators::default())? {
        Conditional::Changed(fetched, _) => Ok(fetched),
        // Nothing was asked to be compared: a 304 is the server's mistake.
        Conditional::Unchanged => {
            Err("the server answered 304 Not Modified to a plain request".into())
        }
    }
}

/// How a body is encoded past what ureq decodes itself (gzip).
#[derive(Debug, PartialEq, Eq)]
enum Encoding {
    AsIs,
    Deflate,
}

/// The body's `Content-Encoding`, or a message naming one sitrep cannot decode (`br`, `zstd`, …).
fn content_encoding(response: &ureq::http::Response<ureq::Body>) -> Result<Encoding, String> {
    let named = response.headers().get("content-encoding").map(|v| {
        String::from_utf8_lossy(v.as_bytes())
            .trim()
            .to_ascii_lowercase()
    });
    match named.as_deref() {
        None | Some("" | "identity" | "gzip" | "x-gzip") => Ok(Encoding::AsIs),
        Some("deflate") => Ok(Encoding::Deflate),
        Some(other) => Err(format!(
            "unsupported content encoding {}: the body cannot be decoded (gzip and deflate can)",
            crate::text::visible(&other.chars().take(40).collect::<String>())
        )),
    }
}

/// A `deflate` body decoded, at most `cap + 1` bytes of it: zlib-wrapped as the standard says, else the
/// raw stream some servers send.
fn inflate(bytes: &[u8], cap: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut out = Vec::new();
    let zlib = flate2::read::ZlibDecoder::new(bytes)
        .take(cap + 1)
        .read_to_end(&mut out);
    if zlib.is_ok() {
        return Ok(out);
    }
    out.clear();
    flate2::read::DeflateDecoder::new(bytes)
        .take(cap + 1)
        .read_to_end(&mut out)?;
    Ok(out)
}

/// A body read's error: ureq's own when it wrapped one (a timeout, a bad chunk), else the I/O error.
fn describe_read(err: std::io::Error, limits: Limits, tls: bool) -> String {
    match err.get_ref().and_then(|e| e.downcast_ref::<ureq::Error>()) {
        Some(inner) => describe(inner, limits, tls),
        None => describe(&ureq::Error::Io(err), limits, tls),
    }
}

/// One line for a failed fetch; `tls` when the address was https, so a handshake that fails or gets
/// no reply is named as such.
fn describe(err: &ureq::Error, limits: Limits, tls: bool) -> String {
    use ureq::Error as E;
    let secs = |d: std::time::Duration| d.as_secs_f32();
    let timed_out = || format!("no answer within {} s (timed out)", secs(limits.total));
    let not_tls = "TLS handshake failed: not a TLS server (it answered in plain text; try http://)";
    match err {
        E::Timeout(ureq::Timeout::Connect) if tls => format!(
            "no TLS connection within {} s: the host or the TLS handshake got no reply (not a TLS \
             server on that port?)",
            secs(limits.connect)
        ),
        E::Timeout(ureq::Timeout::Connect) => {
            format!(
                "no connection within {} s (timed out)",
                secs(limits.connect)
            )
        }
        E::Timeout(_) => timed_out(),
        E::HostNotFound => "host not found".into(),
        E::ConnectionFailed => "could not connect to the server".into(),
        E::TooManyRedirects => format!("more than {} redirects", limits.redirects),
        E::RedirectFailed => "a redirect could not be followed".into(),
        E::BodyExceedsLimit(n) => {
            format!("the response is over the {} MiB limit", n / (1024 * 1024))
        }
        E::BadUri(u) => format!("not a valid URL ({u})"),
        E::Io(e) if e.kind() == std::io::ErrorKind::ConnectionRefused => {
            "the server refused the connection".into()
        }
        E::Io(e) if e.kind() == std::io::ErrorKind::TimedOut => timed_out(),
        E::Io(e) if tls && e.to_string().contains("corrupt message") => not_tls.into(),
        E::Rustls(e) if e.to_string().contains("corrupt message") => not_tls.into(),
        E::Rustls(e) => format!("TLS handshake failed ({e})"),
        other => format!("fetch failed ({other})"),
    }
}

/// Why an argument that looks like a URL of another scheme (`ftp://`, `file://`) is not read; `None`
/// for a path or an http(s) URL.
pub fn unsupported_scheme(arg: &str) -> Option<String> {
    let (scheme, rest) = arg.split_once("://")?;
    let plain = !scheme.is_empty()
        && scheme.len() <= 16
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if !plain || is_url(arg) {
        return None;
    }
    Some(match scheme.to_ascii_lowercase().as_str() {
        "file" => format!(
            "file:// URLs are not read: give the path itself ({})",
            if rest.starts_with('/') { rest } else { "/…" }
        ),
        s => format!("unsupported scheme {s}://: only http:// and https:// are fetched"),
    })
}

/// True when the argument is an address to fetch rather than a path.
pub fn is_url(arg: &str) -> bool {
    let lower = arg.get(..8).unwrap_or(arg).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// What a server said identifies a version of a resource (`ETag`, `Last-Modified`): sent back on the next
/// fetch (`If-None-Match`, `If-Modified-Since`) so that an unchanged source answers 304 and sends nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

impl Validators {
    pub fn is_empty(&self) -> bool {
        self.etag.is_none() && self.last_modified.is_none()
    }
}

/// What a conditional fetch got: a new body with its validators, or "not modified".
#[derive(Debug)]
pub enum Conditional {
    Changed(Fetched, Validators),
    /// The server answered 304: the source is as it was when `known` was kept.
    Unchanged,
}

/// Longest validator kept: a longer one is a server's mistake (or hostile), and is not sent back.
const MAX_VALIDATOR: usize = 1024;

/// Fetches `url` unless it is unchanged since the fetch that gave `known` (a conditional GET); says in
/// one line why it could not.
pub fn get_if_changed(
    url: &str,
    limits: Limits,
    known: &Validators,
) -> Result<Conditional, String> {
    let config = ureq::Agent::config_builder()
        .timeout_connect(Some(limits.connect))
        .timeout_global(Some(limits.total))
        .max_redirects(limits.redirects)
        .http_status_as_error(false)
        .user_agent(concat!("sitrep/", env!("CARGO_PKG_VERSION")))
        .build();
    let agent: ureq::Agent = config.into();
    let tls = url
        .get(..8)
        .is_some_and(|s| s.eq_ignore_ascii_case("https://"));
    let mut request = agent.get(url);
    if let Some(etag) = &known.etag {
        request = request.header("If-None-Match", etag);
    }
    if let Some(since) = &known.last_modified {
        request = request.header("If-Modified-Since", since);
    }
    let mut response = request.call().map_err(|e| describe(&e, limits, tls))?;
    let status = response.status();
    if status.as_u16() == 304 && !known.is_empty() {
        return Ok(Conditional::Unchanged);
    }
    if !status.is_success() {
        return Err(format!(
            "the server answered {} {}",
            status.as_u16(),
            status.canonical_reason().unwrap_or("")
        )
        .trim_end()
        .to_string());
    }
    if status.as_u16() == 204 {
        return Err("no content (204): the server answered with nothing to read".into());
    }
    let validators = validators(&response);
    let fetched = body(&mut response, limits, tls)?;
    Ok(Conditional::Changed(fetched, validators))
}

/// The validators a response gives, each only when it is short and clean.
fn validators(response: &ureq::http::Response<ureq::Body>) -> Validators {
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
            .filter(|v| !v.is_empty() && v.len() <= MAX_VALIDATOR)
            .filter(|v| !v.chars().any(char::is_control))
            .map(str::to_string)
    };
    Validators {
        etag: header("etag"),
        last_modified: header("last-modified"),
    }
}

/// The body of a successful response, decoded, with the format and charset it says: one report (a page, a
/// text) stops at the per-report limit and is kept cut; a feed or an export, or a body past the fetch's own
/// cap, is refused.
fn body(
    response: &mut ureq::http::Response<ureq::Body>,
    limits: Limits,
    tls: bool,
) -> Result<Fetched, String> {
    use ureq::ResponseExt;
    let encoding = content_encoding(response)?;
    let end = response.get_uri().to_string();
    let format = response
        .body()
        .mime_type()
        .and_then(Format::from_content_type)
        .or_else(|| Format::from_name(end.split(['?', '#']).next().unwrap_or("")));
    let charset = response.body().charset().map(str::to_string);
    let report_cap = match format {
        Some(f) if !f.is_container() => super::load::MAX_FILE_BYTES,
        _ => u64::MAX,
    };
    let cap = limits.max_bytes.min(report_cap);
    let mut bytes = Vec::new();
    let reader = response.body_mut().with_config().reader();
    std::io::Read::read_to_end(&mut std::io::Read::take(reader, cap + 1), &mut bytes)
        .map_err(|e| describe_read(e, limits, tls))?;
    if encoding == Encoding::Deflate {
        bytes = inflate(&bytes, cap)
            .map_err(|e| format!("a deflate body that does not decode ({e})"))?;
    }
    let over = bytes.len() as u64 > cap;
    if over && cap == limits.max_bytes {
        return Err(describe(&ureq::Error::BodyExceedsLimit(cap), limits, tls));
    }
    if over {
        bytes.truncate(super::load::char_boundary(&bytes, cap as usize));
    }
    Ok(Fetched {
        bytes,
        url: end,
        format,
        charset,
        cut: over,
    })
}
