//! Bytes to text: where an article comes from (a file, standard input, a web address), what kind
//! of document it is (text, an HTML page, Markdown), how it is encoded, and what is made harmless
//! before anything reaches a terminal.
//!
//! The text an HTML page or a Markdown file yields is the article as quoth reads it: every offset
//! of the analysis refers to it (see `Source::text`).

mod blocks;
mod decode;
mod error;
mod fetch;
mod format;
mod html;
mod html_text;
mod links;
mod markdown;
mod nesting;
mod sanitize;

pub use decode::{decode, decode_declared, Decoded};
pub use error::InputError;
pub use fetch::{is_url, FetchError, MAX_REDIRECTS, TIMEOUT, USER_AGENT};
pub use format::Format;
pub use links::Link;
pub use sanitize::{display_char, sanitize, sanitize_line};

use std::io::Read;
use std::path::Path;

use encoding_rs::Encoding;

/// The largest input quoth reads, file, standard input or web page: 20 MB. A news article is a
/// thousand times smaller; the limit keeps memory bounded whatever is piped in.
pub const MAX_INPUT_BYTES: usize = 20_000_000;

/// The dpa article quoth was started from; `quoth` with no file opens it.
pub const BUILTIN_SAMPLE: &str = include_str!("../../samples/de/dpa-ukraine-verhandlungen.txt");
pub const BUILTIN_SAMPLE_NAME: &str = "dpa-ukraine-verhandlungen.txt (built in)";

/// An article as read: its text and where it came from.
#[derive(Debug, Clone)]
pub struct Source {
    /// A name for the status line and messages: the path, the address, "standard input" or the
    /// sample's name.
    pub name: String,
    /// The article's text: the decoded file for text; for HTML and Markdown, the article's text as
    /// extracted (title as a `#` line, subheadings as `##` lines, blank lines between paragraphs).
    pub text: String,
    /// The article's links (from a page or Markdown), by the byte spans of their words in `text`.
    pub links: Vec<Link>,
    /// The encoding the bytes were decoded from ("UTF-8", "windows-1252", ...).
    pub encoding: &'static str,
    /// What the input was.
    pub format: Format,
}

/// Reads an article named on the command line: a web address (http or https), `-` for standard
/// input, or a path.
/// A path need not be UTF-8: it is named in messages as well as it can be.
pub fn open(arg: &std::ffi::OsStr) -> Result<Source, InputError> {
    match arg.to_str() {
        Some(url) if is_url(url) => read_url(url),
        _ => read_path(Path::new(arg)),
    }
}

/// Reads an article from a path, or from standard input when the path is `-`.
pub fn read_path(p: &Path) -> Result<Source, InputError> {
    let path = &*p.to_string_lossy();
    if path == "-" {
        let name = "standard input".to_string();
        let bytes = read_limited(std::io::stdin().lock(), &name)?;
        return from_bytes(name, &bytes);
    }
    if p.is_dir() {
        return Err(InputError::IsDirectory(path.into()));
    }
    let file = std::fs::File::open(p).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => InputError::NotFound(path.into()),
        _ => InputError::Unreadable(path.into(), e),
    })?;
    // Sized once from the file's length, not grown by doubling from nothing: a novel is read in
    // one go.
    let size = file.metadata().map_or(0, |m| m.len());
    let capacity = usize::try_from(size).unwrap_or(0).min(MAX_INPUT_BYTES) + 1;
    let bytes = read_limited_into(file, path, Vec::with_capacity(capacity))?;
    let format = format::by_extension(path);
    if format == Some(Format::Text) {
        // A text file is its text: decoded without a copy when it is UTF-8.
        let decoded =
            decode::decode_owned(bytes).map_err(|what| InputError::Binary(path.into(), what))?;
        if too_many_paragraphs(&decoded.text) {
            return Err(InputError::TooManyParagraphs(path.into(), MAX_PARAGRAPHS));
        }
        return Ok(Source {
            name: path.to_string(),
            text: decoded.text,
            links: Vec::new(),
            encoding: decoded.encoding,
            format: Format::Text,
        });
    }
    read_as(path.to_string(), &bytes, format, None, None)
}

/// More paragraphs than this, and a text is refused. A long novel has ten thousand; a text of
/// hundreds of thousands of one-word paragraphs is no article, and every paragraph costs the
/// analysis and the reader a few hundred bytes, which the 20 MB limit alone would not bound.
pub const MAX_PARAGRAPHS: usize = 250_000;

/// Whether a text has more than `MAX_PARAGRAPHS` paragraphs (runs of lines that are not blank).
pub fn too_many_paragraphs(text: &str) -> bool {
    // Two paragraphs are at least two line breaks apart: few line breaks, few paragraphs,
    // without looking at each line.
    if memchr::memchr_iter(b'\n', text.as_bytes()).count() / 2 < MAX_PARAGRAPHS {
        return false;
    }
    let mut paragraphs = 0usize;
    let mut in_paragraph = false;
    for line in text.split('\n') {
        let blank = line.trim().is_empty();
        if !blank && !in_paragraph {
            paragraphs += 1;
            if paragraphs > MAX_PARAGRAPHS {
                return true;
            }
        }
        in_paragraph = !blank;
    }
    false
}

/// Bytes of a long text file that the reader shows before it has read and analysed the whole.
pub const BEGINNING_BYTES: usize = 64 * 1024;

/// The beginning of the text file at `p` (a text file by its name, four times `BEGINNING_BYTES`
/// or longer), for the reader to show while it reads the whole: reading two megabytes costs
/// more than drawing a screen. None for a shorter file, one of another kind, or one not in UTF-8
/// (whose text only the whole decides). A file that `read_path` would refuse for its size or as
/// binary data is refused here too.
pub fn beginning(p: &Path) -> Result<Option<String>, InputError> {
    let path = &*p.to_string_lossy();
    if path == "-" || format::by_extension(path) != Some(Format::Text) {
        return Ok(None);
    }
    let Ok(file) = std::fs::File::open(p) else {
        return Ok(None);
    };
    let size = file
        .metadata()
        .map_or(0, |m| if m.is_file() { m.len() } else { 0 });
    if size > MAX_INPUT_BYTES as u64 {
        return Err(InputError::TooLarge(path.into()));
    }
    if size < 4 * BEGINNING_BYTES as u64 {
        return Ok(None);
    }
    let mut bytes = Vec::with_capacity(BEGINNING_BYTES);
    file.take(BEGINNING_BYTES as u64)
        .read_to_end(&mut bytes)
        .map_err(|e| InputError::Unreadable(path.into(), e))?;
    decode::utf8_beginning(&bytes).map_err(|what| InputError::Binary(path.into(), what))
}

/// Fetches a web page and reads its article.
pub fn read_url(url: &str) -> Result<Source, InputError> {
    let page = fetch::fetch(url).map_err(|e| match e {
        FetchError::TooLarge => InputError::TooLarge(url.into()),
        e => InputError::Fetch(url.into(), e),
    })?;
    let declared = page
        .charset
        .as_deref()
        .and_then(|label| Encoding::for_label(label.as_bytes()));
    let format = match page.media_type.as_deref() {
        Some(media_type) => format::by_media_type(media_type)
            .map_err(|()| InputError::NotAnArticle(url.into(), media_type.into()))?,
        None => None,
    };
    read_as(url.to_string(), &page.bytes, format, declared, Some(url))
}

/// Reads at most `MAX_INPUT_BYTES`; more is an error, found without reading it all.
fn read_limited(reader: impl Read, name: &str) -> Result<Vec<u8>, InputError> {
    read_limited_into(reader, name, Vec::new())
}

fn read_limited_into(
    reader: impl Read,
    name: &str,
    mut bytes: Vec<u8>,
) -> Result<Vec<u8>, InputError> {
    reader
        .take(MAX_INPUT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| InputError::Unreadable(name.into(), e))?;
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(InputError::TooLarge(name.into()));
    }
    Ok(bytes)
}

/// Reads bytes that came from `name`, whatever kind of document they are.
pub fn from_bytes(name: String, bytes: &[u8]) -> Result<Source, InputError> {
    read_as(name, bytes, None, None, None)
}

/// Reads bytes as `format` (None: as their content says) with the encoding a server declared.
fn read_as(
    name: String,
    bytes: &[u8],
    format: Option<Format>,
    declared: Option<&'static Encoding>,
    address: Option<&str>,
) -> Result<Source, InputError> {
    let binary = |what| InputError::Binary(name.clone(), what);
    let mut decoded = decode_declared(bytes, declared).map_err(binary)?;
    let format = format.unwrap_or_else(|| format::sniff(&decoded.text));
    if format == Format::Html && declared.is_none() {
        // A page's own <meta charset> counts when no server said otherwise.
        if let Some(meta) = html::declared_charset(bytes) {
            decoded = decode_declared(bytes, Some(meta)).map_err(binary)?;
        }
    }
    let (text, links) = match format {
        Format::Text => (decoded.text, Vec::new()),
        Format::Html => {
            match nesting::refusal(&decoded.text) {
                Some(nesting::Refusal::TooDeep) => {
                    return Err(InputError::TooDeep(name, nesting::MAX_DEPTH))
                }
                Some(nesting::Refusal::TooManyReopened(limit)) => {
                    return Err(InputError::TooTangled(name, limit))
                }
                Some(nesting::Refusal::Crowded(limit)) => {
                    return Err(InputError::TooManyElements(name, limit))
                }
                Some(nesting::Refusal::DeepThroughout(limit)) => {
                    return Err(InputError::DeepThroughout(name, limit))
                }
                None => {}
            }
            let article = html::article(&decoded.text, address);
            (article.text, article.links)
        }
        Format::Markdown => markdown::to_text(&decoded.text),
    };
    // A page of menus and scripts and no article, saved or fetched, is not an empty article.
    if format == Format::Html && text.trim().is_empty() {
        return Err(InputError::NoText(name));
    }
    if too_many_paragraphs(&text) {
        return Err(InputError::TooManyParagraphs(name, MAX_PARAGRAPHS));
    }
    Ok(Source {
        name,
        text,
        links,
        encoding: decoded.encoding,
        format,
    })
}

/// The built-in sample article.
pub fn builtin_sample() -> Source {
    Source {
        name: BUILTIN_SAMPLE_NAME.into(),
        text: BUILTIN_SAMPLE.into(),
        links: Vec::new(),
        encoding: "UTF-8",
        format: Format::Text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_of_too_many_paragraphs_is_refused() {
        let many = "a\n \n".repeat(MAX_PARAGRAPHS + 1);
        assert!(too_many_paragraphs(&many));
        assert!(!too_many_paragraphs(&"a\n \n".repeat(MAX_PARAGRAPHS)));
        // Lines are not paragraphs: a poem of short lines is read.
        assert!(!too_many_paragraphs(&"a\n".repeat(3 * MAX_PARAGRAPHS)));
        let refused = from_bytes("many.txt".into(), many.as_bytes());
        assert!(matches!(refused, Err(InputError::TooManyParagraphs(..))));
        let page = format!("<article>{}</article>", "<p>x".repeat(2 * MAX_PARAGRAPHS));
        let refused = from_bytes("many.html".into(), page.as_bytes());
        assert!(
            matches!(refused, Err(InputError::TooManyElements(..))),
            "{refused:?}"
        );
    }

    #[test]
    fn a_long_text_file_begins_as_it_is_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, bytes: &[u8]| {
            let path = dir.path().join(name);
            std::fs::write(&path, bytes).unwrap();
            path
        };
        let long = "„Grüße“, sagte sie. 🙂 ".repeat(4 * BEGINNING_BYTES / 20);
        let path = write("long.txt", long.as_bytes());
        let begun = beginning(&path).unwrap().expect("a beginning");
        assert!(begun.len() <= BEGINNING_BYTES && begun.len() > BEGINNING_BYTES - 4);
        assert!(read_path(&path).unwrap().text.starts_with(&begun));
        let mut bom = b"\xef\xbb\xbf".to_vec();
        bom.extend_from_slice(long.as_bytes());
        let begun = beginning(&write("bom.txt", &bom))
            .unwrap()
            .expect("a beginning");
        assert!(long.starts_with(&begun));
        // Short, not text by name, or not UTF-8: read whole, as ever.
        assert_eq!(beginning(&write("short.txt", b"short")).unwrap(), None);
        assert_eq!(
            beginning(&write("long.html", long.as_bytes())).unwrap(),
            None
        );
        let latin1: Vec<u8> = long
            .bytes()
            .map(|b| if b >= 0x80 { 0xe4 } else { b })
            .collect();
        assert_eq!(beginning(&write("latin1.txt", &latin1)).unwrap(), None);
        // Refused as the whole would be.
        let mut binary = b"\x89PNG".to_vec();
        binary.extend_from_slice(long.as_bytes());
        assert!(matches!(
            beginning(&write("image.txt", &binary)),
            Err(InputError::Binary(..))
        ));
        let huge = std::fs::File::create(dir.path().join("huge.txt")).unwrap();
        huge.set_len(MAX_INPUT_BYTES as u64 + 1).unwrap();
        assert!(matches!(
            beginning(&dir.path().join("huge.txt")),
            Err(InputError::TooLarge(..))
        ));
    }

    #[test]
    fn html_is_read_by_content_and_its_meta_charset_counts() {
        let page = b"<!DOCTYPE html><html><head><meta charset=\"windows-1252\">\
            <title>Gr\xfc\xdfe</title></head><body><p>\x84Gut\x93, sagte er.</p></body></html>";
        let source = from_bytes("page".into(), page).unwrap();
        assert_eq!(source.format, Format::Html);
        assert_eq!(source.encoding, "windows-1252");
        assert_eq!(source.text, "# Grüße\n\n„Gut“, sagte er.\n");
    }

    #[test]
    fn markdown_by_content() {
        let source = from_bytes("x".into(), b"# T\n\nSee **this**.\n").unwrap();
        assert_eq!(source.format, Format::Markdown);
        assert_eq!(source.text, "# T\n\nSee this.\n");
    }

    #[test]
    fn a_declared_format_wins_over_the_content() {
        let source = read_as(
            "x.txt".into(),
            b"<html><p>x</p>",
            Some(Format::Text),
            None,
            None,
        )
        .unwrap();
        assert_eq!(source.text, "<html><p>x</p>");
    }

    #[test]
    fn a_page_nested_too_deep_is_refused() {
        let page = format!("<html><body>{}x", "<div>".repeat(nesting::MAX_DEPTH * 10));
        let err = from_bytes("deep.html".into(), page.as_bytes()).unwrap_err();
        assert!(matches!(err, InputError::TooDeep(..)), "{err}");
    }

    #[test]
    fn too_much_input_is_refused_without_reading_it_all() {
        let endless = std::io::repeat(b'a');
        let err = read_limited(endless, "stdin").unwrap_err();
        assert!(matches!(err, InputError::TooLarge(_)));
        assert_eq!(read_limited(&b"abc"[..], "x").unwrap(), b"abc");
    }
}
