//! Pages from the web: one blocking GET with a timeout, a redirect limit, a size limit and a user
//! agent (ureq over rustls). What failed is said in the reader's words: the name, the connection,
//! TLS, the server's status, the size, the kind of document.

use std::fmt;
use std::time::Duration;

use ureq::http::header::CONTENT_TYPE;

use super::MAX_INPUT_BYTES;

/// The whole exchange, connection to last byte, must end within this.
pub const TIMEOUT: Duration = Duration::from_secs(30);
pub const MAX_REDIRECTS: u32 = 5;
pub const USER_AGENT: &str = concat!("quoth/", env!("CARGO_PKG_VERSION"), " (article reader)");

/// A page as the server sent it.
#[derive(Debug)]
pub struct Page {
    pub bytes: Vec<u8>,
    /// The media type of `Content-Type`, lower case, without parameters ("text/html").
    pub media_type: Option<String>,
    /// The `charset` parameter of `Content-Type`, if any.
    pub charset: Option<String>,
}

/// Why a page could not be fetched.
#[derive(Debug, PartialEq, Eq)]
pub enum FetchError {
    BadUrl(String),
    HostNotFound,
    ConnectionFailed(String),
    Tls(String),
    Timeout,
    TooManyRedirects,
    Status(u16),
    TooLarge,
    Other(String),
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::BadUrl(why) => write!(f, "not a URL quoth can fetch ({why})"),
            FetchError::HostNotFound => write!(f, "the host name could not be resolved (DNS)"),
            FetchError::ConnectionFailed(why) => write!(f, "could not connect ({why})"),
            FetchError::Tls(why) => write!(f, "the secure connection failed (TLS: {why})"),
            FetchError::Timeout => write!(f, "no complete answer within {} s", TIMEOUT.as_secs()),
            FetchError::TooManyRedirects => {
                write!(f, "more than {MAX_REDIRECTS} redirects")
            }
            FetchError::Status(code) => write!(f, "the server answered HTTP {code}"),
            FetchError::TooLarge => write!(
                f,
                "the page is larger than {} MB",
                MAX_INPUT_BYTES / 1_000_000
            ),
            FetchError::Other(why) => write!(f, "{why}"),
        }
    }
}

/// Whether a command-line argument is a web address rather than a path.
pub fn is_url(arg: &str) -> bool {
    let lower = arg.get(..8).unwrap_or(arg).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Fetches a page.
pub fn fetch(url: &str) -> Result<Page, FetchError> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(TIMEOUT))
        .max_redirects(MAX_REDIRECTS)
        .user_agent(USER_AGENT)
        .accept("text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8,*/*;q=0.1")
        .http_status_as_error(false)
        .build()
        .into();
    let https = url
        .get(..8)
        .is_some_and(|s| s.eq_ignore_ascii_case("https://"));
    let mut response = agent
        .get(url)
        .call()
        .map_err(|e| match from_ureq(e, https) {
            // A name the resolver does not know fails as any connection would: say which it was.
            FetchError::ConnectionFailed(_) if !resolves(url) => FetchError::HostNotFound,
            other => other,
        })?;
    let status = response.status().as_u16();
    if !(200..300).contains(&status) {
        return Err(FetchError::Status(status));
    }
    let content_type = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let (media_type, charset) = parse_content_type(content_type);
    let bytes = response
        .body_mut()
        .with_config()
        .limit(MAX_INPUT_BYTES as u64)
        .read_to_vec()
        .map_err(|e| from_ureq(e, https))?;
    Ok(Page {
        bytes,
        media_type,
        charset,
    })
}

/// Whether the host of `url` has an address (true when it cannot tell).
fn resolves(url: &str) -> bool {
    use std::net::ToSocketAddrs;
    let Ok(uri) = url.parse::<ureq::http::Uri>() else {
        return true;
    };
    let Some(host) = uri.host() else {
        return true;
    };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    (host, uri.port_u16().unwrap_or(80))
        .to_socket_addrs()
        .is_ok()
}

/// "text/html; charset=ISO-8859-1" → ("text/html", "ISO-8859-1").
fn parse_content_type(value: &str) -> (Option<String>, Option<String>) {
    let mut parts = value.split(';');
    let media_type = parts
        .next()
        .map(|t| t.trim().to_ascii_lowercase())
        .filter(|t| !t.is_empty());
    let charset = parts.find_map(|p| {
        let (key, value) = p.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches(['"', '\'']).to_string())
    });
    (media_type, charset)
}

/// What failed, from ureq's error. Over https, rustls reports a failed handshake as invalid data.
fn from_ureq(e: ureq::Error, https: bool) -> FetchError {
    use ureq::Error as E;
    match e {
        E::StatusCode(code) => FetchError::Status(code),
        E::BadUri(why) => FetchError::BadUrl(why),
        E::Http(why) => FetchError::BadUrl(why.to_string()),
        E::HostNotFound => FetchError::HostNotFound,
        E::Timeout(_) => FetchError::Timeout,
        E::TooManyRedirects => FetchError::TooManyRedirects,
        E::BodyExceedsLimit(_) => FetchError::TooLarge,
        E::Tls(why) => FetchError::Tls(why.to_string()),
        E::Rustls(why) => FetchError::Tls(why.to_string()),
        E::Pem(why) => FetchError::Tls(why.to_string()),
        E::ConnectionFailed => FetchError::ConnectionFailed("no connection could be made".into()),
        E::Io(io) => match io.kind() {
            std::io::ErrorKind::TimedOut => FetchError::Timeout,
            std::io::ErrorKind::InvalidData if https => FetchError::Tls(io.to_string()),
            _ => FetchError::ConnectionFailed(io.to_string()),
        },
        other => FetchError::Other(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_paths() {
        assert!(is_url("https://example.org/a"));
        assert!(is_url("HTTP://example.org"));
        assert!(!is_url("http.txt"));
        assert!(!is_url("ftp://example.org"));
        assert!(!is_url("-"));
        assert!(!is_url("ü"));
    }

    #[test]
    fn content_types() {
        assert_eq!(
            parse_content_type("Text/HTML; charset=\"ISO-8859-1\""),
            (Some("text/html".into()), Some("ISO-8859-1".into()))
        );
        assert_eq!(parse_content_type(""), (None, None));
        assert_eq!(
            parse_content_type("text/plain;format=flowed"),
            (Some("text/plain".into()), None)
        );
    }

    #[test]
    fn a_malformed_url_is_a_bad_url() {
        assert!(matches!(fetch("http://"), Err(FetchError::BadUrl(_))));
    }
}
