//! Bytes to text: where an article comes from, how it is encoded, and what is made harmless
//! before anything reaches a terminal.

mod decode;
mod sanitize;

pub use decode::{decode, Decoded};
pub use sanitize::{sanitize, sanitize_line};

use std::fmt;
use std::io::Read;
use std::path::Path;

/// The dpa article quoth was started from; `quoth` with no file opens it.
pub const BUILTIN_SAMPLE: &str = include_str!("../../samples/de/dpa-ukraine-verhandlungen.txt");
pub const BUILTIN_SAMPLE_NAME: &str = "dpa-ukraine-verhandlungen.txt (built in)";

/// An article as read: its decoded text and where it came from.
#[derive(Debug, Clone)]
pub struct Source {
    /// A name for the status line and messages: the path, "standard input" or the sample's name.
    pub name: String,
    pub text: String,
    /// The encoding the bytes were decoded from ("UTF-8", "windows-1252", ...).
    pub encoding: &'static str,
}

/// Why an article could not be read. Each is one line for stderr; the exit status is 2.
#[derive(Debug)]
pub enum InputError {
    NotFound(String),
    IsDirectory(String),
    Unreadable(String, std::io::Error),
    Binary(String, &'static str),
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Names come from the user or the file system: they are echoed only once made harmless.
        match self {
            InputError::NotFound(name) => {
                write!(f, "cannot open '{}': no such file", sanitize_line(name))
            }
            InputError::IsDirectory(name) => {
                write!(
                    f,
                    "cannot read '{}': it is a directory, not an article",
                    sanitize_line(name)
                )
            }
            InputError::Unreadable(name, err) => {
                write!(
                    f,
                    "cannot read '{}': {}",
                    sanitize_line(name),
                    sanitize_line(&err.to_string())
                )
            }
            InputError::Binary(name, what) => {
                write!(
                    f,
                    "cannot read '{}': it looks like {}, not text",
                    sanitize_line(name),
                    what
                )
            }
        }
    }
}

impl std::error::Error for InputError {}

/// Reads an article from a path, or from standard input when the path is `-`.
pub fn read_path(path: &str) -> Result<Source, InputError> {
    let (name, bytes) = if path == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| InputError::Unreadable("standard input".into(), e))?;
        ("standard input".to_string(), bytes)
    } else {
        let p = Path::new(path);
        if p.is_dir() {
            return Err(InputError::IsDirectory(path.into()));
        }
        let bytes = std::fs::read(p).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => InputError::NotFound(path.into()),
            _ => InputError::Unreadable(path.into(), e),
        })?;
        (path.to_string(), bytes)
    };
    from_bytes(name, &bytes)
}

/// Decodes bytes that came from `name`.
pub fn from_bytes(name: String, bytes: &[u8]) -> Result<Source, InputError> {
    let Decoded { text, encoding } =
        decode(bytes).map_err(|what| InputError::Binary(name.clone(), what))?;
    Ok(Source {
        name,
        text,
        encoding,
    })
}

/// The built-in sample article.
pub fn builtin_sample() -> Source {
    Source {
        name: BUILTIN_SAMPLE_NAME.into(),
        text: BUILTIN_SAMPLE.into(),
        encoding: "UTF-8",
    }
}
