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
    // One report (a page, a text) stops at the per-report limit and is kept cut; a feed or an export,
    // or a body past the fetch's own cap, is refused.
    let report_cap = match format {
        Some(f) if !f.is_container() => super::load::MAX_FILE_BYTES,
        _ => u64::MAX,
    };
    let cap = limits.max_bytes.min(report_cap);
    let mut bytes = Vec::new();
    let reader = response.body_mut().with_config().reader();
    std::io::Read::read_to_end(&mut std::io::Read::take(reader, cap + 1), &mut bytes)
        .map_err(|e| describe_read(e, limits))?;
    let over = bytes.len() as u64 > cap;
    if over && cap == limits.max_bytes {
        return Err(describe(&ureq::Error::BodyExceedsLimit(cap), limits));
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

/// A body read's error: ureq's own when it wrapped one (a timeout, a bad chunk), else the I/O error.
fn describe_read(err: std::io::Error, limits: Limits) -> String {
    match err.get_ref().and_then(|e| e.downcast_ref::<ureq::Error>()) {
        Some(inner) => describe(inner, limits),
        None => describe(&ureq::Error::Io(err), limits),
    }
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
