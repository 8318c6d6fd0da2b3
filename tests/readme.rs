//! The README says what the program does: its key table is the keymap's, and its default config is
//! what `--print-config` prints. `QUOTH_UPDATE_README=1 cargo test --test readme` writes both anew
//! from the code; read the diff.

use quoth::reader::config::Config;
use quoth::reader::keymap::Keymap;

const README: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");

/// The text between `<!-- begin NAME -->` and `<!-- end NAME -->`, and where it is.
fn section(readme: &str, name: &str) -> (usize, usize) {
    let begin = format!("<!-- begin {name} -->\n");
    let end = format!("<!-- end {name} -->");
    let start = readme
        .find(&begin)
        .unwrap_or_else(|| panic!("README has no {begin}"))
        + begin.len();
    let stop = start
        + readme[start..]
            .find(&end)
            .unwrap_or_else(|| panic!("README has no {end}"));
    (start, stop)
}

#[test]
fn the_readme_shows_the_keys_and_config_the_code_has() {
    let mut readme = std::fs::read_to_string(README).expect("README.md");
    let wanted = [
        ("keys", Keymap::default().markdown_table()),
        (
            "config",
            format!("```toml\n{}```\n", Config::default().to_toml()),
        ),
    ];
    let update = std::env::var_os("QUOTH_UPDATE_README").is_some();
    for (name, text) in wanted {
        let (start, stop) = section(&readme, name);
        if update {
            readme.replace_range(start..stop, &text);
        } else {
            assert!(
                readme[start..stop] == text,
                "README's {name} differs from the code (QUOTH_UPDATE_README=1 rewrites it); it should be:\n{text}"
            );
        }
    }
    if update {
        std::fs::write(README, readme).expect("README.md written");
    }
}
