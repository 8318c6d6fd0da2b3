//! Why an article could not be read: one line for standard error each, exit status 2. Names and
//! addresses come from the user, the file system or a server: they are echoed only once made
//! harmless.

use std::fmt;

use super::fetch::FetchError;
use super::sanitize_line;
use super::MAX_INPUT_BYTES;

#[derive(Debug)]
pub enum InputError {
    NotFound(String),
    IsDirectory(String),
    Unreadable(String, std::io::Error),
    Binary(String, &'static str),
    /// Larger than `MAX_INPUT_BYTES`.
    TooLarge(String),
    /// A web address that could not be fetched.
    Fetch(String, FetchError),
    /// A server sent something that is no article: (address, its media type).
    NotAnArticle(String, String),
    /// A page whose elements nest deeper than the limit (which it names).
    TooDeep(String, usize),
    /// A page that leaves so many formatting elements open that the parser would copy them
    /// more often than the limit (which it names).
    TooTangled(String, usize),
    /// A page of more elements than the limit (which it names).
    TooManyElements(String, usize),
    /// A page whose elements stand deeper, all added up, than the limit (which it names).
    DeepThroughout(String, usize),
    /// A text of more paragraphs than the limit (which it names).
    TooManyParagraphs(String, usize),
    /// A page in which no article text was found.
    NoText(String),
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let line = match self {
            InputError::NotFound(name) => format!("cannot open '{name}': no such file"),
            InputError::IsDirectory(name) => {
                format!("cannot read '{name}': it is a directory, not an article")
            }
            InputError::Unreadable(name, err) => format!("cannot read '{name}': {err}"),
            InputError::Binary(name, what) => {
                format!("cannot read '{name}': it looks like {what}, not text")
            }
            InputError::TooLarge(name) => format!(
                "cannot read '{name}': it is larger than {} MB, quoth's limit for one article",
                MAX_INPUT_BYTES / 1_000_000
            ),
            InputError::Fetch(url, why) => format!("cannot fetch '{url}': {why}"),
            InputError::NotAnArticle(url, media_type) => format!(
                "cannot read '{url}': the server sent {media_type}, not an HTML page or text"
            ),
            InputError::TooDeep(name, limit) => {
                format!("cannot read '{name}': its HTML elements nest more than {limit} deep")
            }
            InputError::TooTangled(name, limit) => format!(
                "cannot read '{name}': its HTML leaves so many <b>, <i> or <font> elements \
                 open that reading it would copy them more than {limit} times"
            ),
            InputError::TooManyElements(name, limit) => format!(
                "cannot read '{name}': it has more than {limit} HTML elements, more than a page \
                 of its size holds"
            ),
            InputError::DeepThroughout(name, limit) => format!(
                "cannot read '{name}': its HTML elements nest deep all through the page (more \
                 than {limit} levels added up over its tags, far beyond a page of its size)"
            ),
            InputError::TooManyParagraphs(name, limit) => format!(
                "cannot read '{name}': it has more than {limit} paragraphs, more than any \
                 article or book"
            ),
            InputError::NoText(name) => {
                format!("cannot read '{name}': no article text found in the page")
            }
        };
        f.write_str(&sanitize_line(&line))
    }
}

impl std::error::Error for InputError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_one_harmless_line() {
        let errors = [
            InputError::NotFound("a\x1b]52;c;aGk=\x07\nb".into()),
            InputError::Fetch("http://x/\u{9b}2J".into(), FetchError::Status(404)),
            InputError::NotAnArticle("u".into(), "image/\x1b[31mpng".into()),
        ];
        for e in errors {
            let line = e.to_string();
            assert!(
                !line.chars().any(char::is_control),
                "no control character: {line:?}"
            );
        }
    }

    #[test]
    fn fetch_errors_say_what_failed() {
        let e = InputError::Fetch("http://x".into(), FetchError::Status(404));
        assert_eq!(
            e.to_string(),
            "cannot fetch 'http://x': the server answered HTTP 404"
        );
        let e = InputError::Fetch("http://x".into(), FetchError::HostNotFound);
        assert!(e.to_string().contains("DNS"), "{e}");
        let e = InputError::Fetch(
            "https://x".into(),
            FetchError::Tls("bad certificate".into()),
        );
        assert!(e.to_string().contains("TLS: bad certificate"), "{e}");
        let e = InputError::TooLarge("big.txt".into());
        assert!(e.to_string().contains("larger than 20 MB"), "{e}");
    }
}
