//! Where the reader was in each file: the text at the top of the screen (a byte offset, so it
//! survives another terminal width) and the folded sections, kept in a small JSON file in the
//! platform's state folder and restored when the same file is opened again.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::app::App;

/// Files remembered at most; the longest unread are forgotten first.
const MAX_FILES: usize = 500;

/// One file's place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// The byte offset in the text of the line at the top of the screen.
    pub offset: usize,
    /// Indices of the folded sections.
    pub folded: Vec<usize>,
    /// Seconds since the epoch when it was last read.
    pub seen: u64,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct State {
    files: BTreeMap<String, Place>,
}

/// The state file.
#[derive(Debug, Clone)]
pub struct Store {
    pub path: PathBuf,
}

impl Store {
    /// `positions.json` in the platform's state folder (`$XDG_STATE_HOME/quoth` on Linux), or its
    /// local data folder where it has no state folder (macOS, Windows).
    pub fn default_location() -> Option<Store> {
        let dirs = directories::ProjectDirs::from("", "", "quoth")?;
        let dir = dirs.state_dir().unwrap_or_else(|| dirs.data_local_dir());
        Some(Store {
            path: dir.join("positions.json"),
        })
    }

    fn read(&self) -> Result<State, String> {
        match std::fs::read(&self.path) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(State::default()),
            Err(e) => Err(e.to_string()),
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| e.to_string()),
        }
    }

    /// The place of a file; Err says why the state file could not be read (it is then ignored).
    pub fn load(&self, file: &str) -> Result<Option<Place>, String> {
        Ok(self.read()?.files.get(file).cloned())
    }

    /// Keeps a file's place: the whole state written to a temporary file beside it and renamed
    /// over it, so a crash never leaves half a file. A state file that cannot be read is
    /// replaced.
    pub fn save(&self, file: &str, place: Place) -> io::Result<()> {
        let mut state = self.read().unwrap_or_default();
        state.files.insert(file.to_string(), place);
        while state.files.len() > MAX_FILES {
            let oldest = state
                .files
                .iter()
                .min_by_key(|(_, p)| p.seen)
                .map(|(k, _)| k.clone());
            match oldest {
                Some(k) => state.files.remove(&k),
                None => break,
            };
        }
        let dir = self.path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir)?;
        // One temporary name a process, so two readers quitting at once never share one.
        let tmp = dir.join(format!(".positions.json.{}.tmp", std::process::id()));
        let written = (|| {
            let mut file = std::fs::File::create(&tmp)?;
            serde_json::to_writer(&mut file, &state)?;
            file.write_all(b"\n")?;
            file.sync_all()?;
            std::fs::rename(&tmp, &self.path)
        })();
        if written.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        written
    }
}

/// Where the reader is now.
pub fn place_of(app: &App) -> Place {
    Place {
        offset: app.anchor(),
        folded: (0..app.folded.len()).filter(|&i| app.folded[i]).collect(),
        seen: SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs()),
    }
}

/// Goes back to a place. A file that changed since keeps what still fits: folds of sections that
/// exist, an offset within the text.
pub fn restore(app: &mut App, place: &Place) {
    for &i in &place.folded {
        if let Some(f) = app.folded.get_mut(i) {
            *f = true;
        }
    }
    app.refold();
    let offset = place.offset.min(app.text.len());
    app.top = app.layout.line_of_offset(offset).min(app.max_top());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::{update, Action, Options};

    const TEXT: &str = "Title\n\nA first paragraph that is long enough to wrap on a narrow screen, with words and words and words.\n\nA heading\n\nA second paragraph, also long enough to wrap more than once on a narrow screen, so it has lines.\n\nAnother heading\n\nThe last paragraph, which says „this is a quotation“ and ends.\n";

    fn app(width: u16) -> App {
        let analysis = crate::analyze(TEXT, &crate::Options::default());
        App::new(
            "t.txt",
            TEXT.into(),
            analysis,
            Options::default(),
            (width, 8),
        )
    }

    #[test]
    fn a_place_is_the_same_text_at_another_width() {
        let mut wide = app(100);
        update(&mut wide, Action::Scroll(3));
        let place = place_of(&wide);
        assert!(place.offset > 0);
        let mut narrow = app(40);
        restore(&mut narrow, &place);
        let line = narrow.layout.lines[narrow.top];
        assert!(
            line.pos <= place.offset && place.offset <= line.end,
            "{line:?} {place:?}"
        );
    }

    #[test]
    fn folds_come_back_and_a_changed_file_keeps_what_fits() {
        let mut a = app(60);
        assert!(a.folded.len() >= 2, "the text has sections");
        a.folded[1] = true;
        a.refold();
        let mut place = place_of(&a);
        assert_eq!(place.folded, vec![1]);
        place.folded.push(99);
        place.offset = usize::MAX;
        let mut b = app(60);
        restore(&mut b, &place);
        assert!(b.folded[1]);
        assert!(b.top <= b.max_top());
    }

    #[test]
    fn the_store_keeps_places_and_replaces_a_corrupt_file() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store {
            path: dir.path().join("sub/positions.json"),
        };
        assert_eq!(
            store.load("/a"),
            Ok(None),
            "no file yet: nothing remembered"
        );
        let place = Place {
            offset: 42,
            folded: vec![2],
            seen: 1,
        };
        store.save("/a", place.clone()).unwrap();
        assert_eq!(store.load("/a"), Ok(Some(place.clone())));
        std::fs::write(&store.path, "{ not json").unwrap();
        assert!(
            store.load("/a").is_err(),
            "a corrupt file is reported, not a panic"
        );
        store.save("/b", place.clone()).unwrap();
        assert_eq!(store.load("/b"), Ok(Some(place)));
        let leftovers: Vec<_> = std::fs::read_dir(dir.path().join("sub"))
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "no temporary file is left behind");
    }
}
