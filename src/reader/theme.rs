//! Styles of the reader. With NO_COLOR every style keeps its modifiers (bold, italic, underline,
//! reverse) and loses its colours, so the reader still says who speaks through marks and tags.

use ratatui::style::{Color, Modifier, Style};

use crate::model::StatementKind;
use crate::palette;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// False under NO_COLOR: modifiers only.
    pub color: bool,
    /// 24-bit colours (COLORTERM=truecolor); otherwise the xterm-256 palette.
    pub truecolor: bool,
}

impl Default for Theme {
    fn default() -> Self {
        Theme {
            color: true,
            truecolor: false,
        }
    }
}

impl Theme {
    /// As the environment asks: NO_COLOR (any non-empty value) turns colour off.
    pub fn from_env() -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let truecolor = std::env::var("COLORTERM")
            .map(|v| v == "truecolor" || v == "24bit")
            .unwrap_or(false);
        Theme {
            color: !no_color,
            truecolor,
        }
    }

    pub fn no_color() -> Self {
        Theme {
            color: false,
            truecolor: false,
        }
    }

    /// The colour of the speaker with this rank (0 = says the most), shared with `--plain`.
    pub fn speaker_color(&self, rank: usize) -> Option<Color> {
        if !self.color {
            return None;
        }
        let slot = palette::slot(rank);
        Some(if self.truecolor {
            let (r, g, b) = palette::SPEAKER_RGB[slot];
            Color::Rgb(r, g, b)
        } else {
            Color::Indexed(palette::SPEAKER_ANSI256[slot])
        })
    }

    fn fg(&self, color: Option<Color>) -> Style {
        match color {
            Some(c) if self.color => Style::new().fg(c),
            _ => Style::new(),
        }
    }

    /// A statement's text: quotations strongly (bold), reported speech quietly (italic); an
    /// unknown speaker keeps the text's own colour.
    pub fn statement(&self, rank: Option<usize>, kind: StatementKind) -> Style {
        let base = self.fg(rank.and_then(|r| self.speaker_color(r)));
        match kind {
            StatementKind::Direct | StatementKind::Partial => base.add_modifier(Modifier::BOLD),
            StatementKind::Indirect => base.add_modifier(Modifier::ITALIC),
        }
    }

    /// The margin mark and tag of a statement.
    pub fn mark(&self, rank: Option<usize>) -> Style {
        match (rank, rank.and_then(|r| self.speaker_color(r))) {
            (_, Some(c)) => Style::new().fg(c).add_modifier(Modifier::BOLD),
            // NO_COLOR: a named speaker's tag stands out by weight alone.
            (Some(_), None) => Style::new().add_modifier(Modifier::BOLD),
            (None, None) => self.quiet(),
        }
    }

    pub fn title(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn heading(&self) -> Style {
        self.fg(Some(Color::Cyan))
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    pub fn date(&self) -> Style {
        self.quiet().add_modifier(Modifier::ITALIC)
    }

    /// Secondary text: fold summaries, roles, the panel's frame.
    pub fn quiet(&self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    /// What focus mode does to everything the selected speaker does not say.
    pub fn dimmed(&self, style: Style) -> Style {
        let style = style.remove_modifier(Modifier::BOLD);
        if self.color {
            style.fg(Color::DarkGray).add_modifier(Modifier::DIM)
        } else {
            style.add_modifier(Modifier::DIM)
        }
    }

    /// The statement the reader is on.
    pub fn current(&self, style: Style) -> Style {
        style.add_modifier(Modifier::UNDERLINED)
    }

    pub fn search_match(&self, style: Style) -> Style {
        style.add_modifier(Modifier::REVERSED)
    }

    pub fn current_match(&self, style: Style) -> Style {
        let style = style.add_modifier(Modifier::REVERSED | Modifier::BOLD);
        if self.color {
            style.fg(Color::Yellow)
        } else {
            style
        }
    }

    pub fn status(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    pub fn help_key(&self) -> Style {
        self.fg(Some(Color::Yellow)).add_modifier(Modifier::BOLD)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_keeps_modifiers_and_drops_colours() {
        let t = Theme::no_color();
        let s = t.statement(Some(0), StatementKind::Direct);
        assert_eq!(s.fg, None);
        assert!(s.add_modifier.contains(Modifier::BOLD));
        assert!(t.dimmed(Style::new()).add_modifier.contains(Modifier::DIM));
        assert_eq!(t.heading().fg, None);
    }

    #[test]
    fn speakers_get_the_palette_of_the_plain_view() {
        let t = Theme::default();
        assert_eq!(
            t.speaker_color(1),
            Some(Color::Indexed(palette::SPEAKER_ANSI256[1]))
        );
        let rgb = Theme {
            color: true,
            truecolor: true,
        };
        let (r, g, b) = palette::SPEAKER_RGB[0];
        assert_eq!(rgb.speaker_color(0), Some(Color::Rgb(r, g, b)));
    }
}
