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
}

/// Fetches `url`, or says in one line why it could not.
pub fn get(url: &str, limits: Limits) -> Result<Fetched, String> {
    use ureq::ResponseExt;
    let config = ureq::Agent::config_builder()
        .timeout_connect(Some(limits.connect))
        .timeout_global(Some(limits.total))
        .max_redirects(limits.redirects)
        .http_status_as_error(false)
        .user_agent(concat!("sitrep/", env!("CARGO_PKG_VERSION")))
        .build();
    let agent: ureq::Agent = config.into();
    let mut response = agent.get(url).call().map_err(|e| describe(&e, limits))?;
    let status = response.status();
    if !status.is_success() {
        return Err(format!(
            "the server answered {} {}",
            status.as_u16(),
            status.canonical_reason().unwrap_or("")
        )
        .trim_end()
        .to_string());
    }
    let end = response.get_uri().to_string();
    let format = response
        .body()
        .mime_type()
        .and_then(Format::from_content_type)
        .or_else(|| Format::from_name(end.split(['?', '#']).next().unwrap_or("")));
    let charset = response.body().charset().map(str::to_string);
    let bytes = response
        .body_mut()
        .with_config()
        .limit(limits.max_bytes)
        .read_to_vec()
        .map_err(|e| describe(&e, limits))?;
    Ok(Fetched {
        bytes,
        url: end,
        format,
        charset,
    })
}

fn describe(err: &ureq::Error, limits: Limits) -> String {
    use ureq::Error as E;
    let timed_out = || {
        format!(
            "no answer within {} s (timed out)",
            limits.total.as_secs_f32()
        )
    };
    match err {
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
        other => format!("fetch failed ({other})"),
    }
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
    use ureq::ResponseExt;
    let config = ureq::Agent::config_builder()
        .timeout_connect(Some(limits.connect))
        .timeout_global(Some(limits.total))
        .max_redirects(limits.redirects)
        .http_status_as_error(false)
        .user_agent(concat!("sitrep/", env!("CARGO_PKG_VERSION")))
        .build();
    let agent: ureq::Agent = config.into();
    let mut request = agent.get(url);
    if let Some(etag) = &known.etag {
        request = request.header("If-None-Match", etag);
    }
    if let Some(since) = &known.last_modified {
        request = request.header("If-Modified-Since", since);
    }
    let mut response = request.call().map_err(|e| describe(&e, limits))?;
    let status = response.status();
    if status.as_u16() == 304 {
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
    let validators = Validators {
        etag: header("etag"),
        last_modified: header("last-modified"),
    };
    let end = response.get_uri().to_string();
    let format = response
        .body()
        .mime_type()
        .and_then(Format::from_content_type)
        .or_else(|| Format::from_name(end.split(['?', '#']).next().unwrap_or("")));
    let charset = response.body().charset().map(str::to_string);
    let bytes = response
        .body_mut()
        .with_config()
        .limit(limits.max_bytes)
        .read_to_vec()
        .map_err(|e| describe(&e, limits))?;
    let fetched = Fetched {
        bytes,
        url: end,
        format,
        charset,
    };
    Ok(Conditional::Changed(fetched, validators))
}
