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
