//! Styles of the reader. With NO_COLOR every style keeps its modifiers (bold, italic, underline,
//! reverse) and loses its colours, so the reader still says who speaks through marks and tags.

use ratatui::style::{Color, Modifier, Style};

use crate::model::StatementKind;
use crate::palette;

/// The built-in themes: which background the colours are chosen for, or none at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeName {
    #[default]
    Dark,
    Light,
    /// No colours: bold, italic, underline, dim and reverse only (what NO_COLOR asks for).
    Monochrome,
}

impl ThemeName {
    pub const ALL: [ThemeName; 3] = [ThemeName::Dark, ThemeName::Light, ThemeName::Monochrome];

    /// The name in the config file.
    pub fn name(self) -> &'static str {
        match self {
            ThemeName::Dark => "dark",
            ThemeName::Light => "light",
            ThemeName::Monochrome => "monochrome",
        }
    }

    pub fn from_name(name: &str) -> Option<ThemeName> {
        ThemeName::ALL.into_iter().find(|t| t.name() == name)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub name: ThemeName,
    /// 24-bit colours (COLORTERM=truecolor); otherwise the xterm-256 palette.
    pub truecolor: bool,
}

impl Default for Theme {
    fn default() -> Self {
        Theme {
            name: ThemeName::Dark,
            truecolor: false,
        }
    }
}

impl Theme {
    /// The dark theme as the environment asks: NO_COLOR (any non-empty value) turns colour off.
    pub fn from_env() -> Self {
        Theme::named_from_env(ThemeName::Dark)
    }

    /// A theme, unless NO_COLOR asks for monochrome; true colour when COLORTERM says so.
    pub fn named_from_env(name: ThemeName) -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let truecolor = std::env::var("COLORTERM")
            .map(|v| v == "truecolor" || v == "24bit")
            .unwrap_or(false);
        Theme {
            name: if no_color {
                ThemeName::Monochrome
            } else {
                name
            },
            truecolor,
        }
    }

    pub fn no_color() -> Self {
        Theme {
            name: ThemeName::Monochrome,
            truecolor: false,
        }
    }

    /// False for monochrome: modifiers only.
    pub fn color(&self) -> bool {
        self.name != ThemeName::Monochrome
    }

    fn light(&self) -> bool {
        self.name == ThemeName::Light
    }

    /// The colour of the speaker with this rank (0 = says the most), shared with `--plain`.
    pub fn speaker_color(&self, rank: usize) -> Option<Color> {
        if !self.color() {
            return None;
        }
        let slot = palette::slot(rank);
        let (rgb, indexed) = if self.light() {
            (palette::SPEAKER_RGB_LIGHT, palette::SPEAKER_ANSI256_LIGHT)
        } else {
            (palette::SPEAKER_RGB, palette::SPEAKER_ANSI256)
        };
        Some(if self.truecolor {
            let (r, g, b) = rgb[slot];
            Color::Rgb(r, g, b)
        } else {
            Color::Indexed(indexed[slot])
        })
    }

    /// Secondary text on this background: dark grey on black, a middle grey on white.
    fn grey(&self) -> Color {
        if self.light() {
            Color::Indexed(244)
        } else {
            Color::DarkGray
        }
    }

    /// Headings and keys: cyan and yellow on black; blue and brown on white, where cyan and
    /// yellow fade.
    fn accent(&self) -> Color {
        if self.light() {
            Color::Indexed(25)
        } else {
            Color::Cyan
        }
    }

    fn highlight(&self) -> Color {
        if self.light() {
            Color::Indexed(130)
        } else {
            Color::Yellow
        }
    }

    fn fg(&self, color: Option<Color>) -> Style {
        match color {
            Some(c) if self.color() => Style::new().fg(c),
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
        self.fg(Some(self.accent()))
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    pub fn date(&self) -> Style {
        self.quiet().add_modifier(Modifier::ITALIC)
    }

    /// Secondary text: fold summaries, roles, the panel's frame.
    pub fn quiet(&self) -> Style {
        if self.color() {
            Style::new().fg(self.grey())
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    /// What focus mode does to everything the selected speaker does not say.
    pub fn dimmed(&self, style: Style) -> Style {
        let style = style.remove_modifier(Modifier::BOLD);
        if self.color() {
            style.fg(self.grey()).add_modifier(Modifier::DIM)
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
        if self.color() {
            style.fg(self.highlight())
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
        self.fg(Some(self.highlight())).add_modifier(Modifier::BOLD)
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
            name: ThemeName::Dark,
            truecolor: true,
        };
        let (r, g, b) = palette::SPEAKER_RGB[0];
        assert_eq!(rgb.speaker_color(0), Some(Color::Rgb(r, g, b)));
    }

    #[test]
    fn the_light_theme_darkens_the_same_hues_and_greys() {
        let light = Theme {
            name: ThemeName::Light,
            truecolor: true,
        };
        let (r, g, b) = palette::SPEAKER_RGB_LIGHT[2];
        assert_eq!(light.speaker_color(2), Some(Color::Rgb(r, g, b)));
        assert_ne!(light.quiet(), Theme::default().quiet());
        assert_ne!(light.heading(), Theme::default().heading());
        for name in ThemeName::ALL {
            assert_eq!(ThemeName::from_name(name.name()), Some(name));
        }
    }
}
