//! Any bytes, as a text file, an HTML page and a Markdown file, through decoding, the analysis,
//! `--json`, `--plain` and the reader's drawing, with the promises of `tests/invariants` checked:
//!
//!     cargo +nightly fuzz run pipeline
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

fuzz_target!(|bytes: &[u8]| {
    // The first byte picks the format, as the file's extension would.
    let Some((&pick, rest)) = bytes.split_first() else {
        return;
    };
    let name = ["article.txt", "page.html", "notes.md", "unknown"][usize::from(pick % 4)];
    let sizes: &[(u16, u16)] = if pick & 0x10 != 0 { &[(80, 24), (23, 7)] } else { &[] };
    invariants::check(name, rest, sizes);
});
