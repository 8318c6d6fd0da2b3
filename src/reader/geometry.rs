//! Where everything goes on a screen of a given size. Drawing and the mouse both ask here, so a
//! click lands on what was drawn.

use ratatui::layout::Rect;

/// The text column is at most this wide unless the user asks otherwise (`--width`).
pub const DEFAULT_MAX_WIDTH: usize = 100;
/// Below this many columns the actors panel gives its room to the article.
const PANEL_MIN_SCREEN: u16 = 60;
/// From this width of the article area on, the margin has room for names instead of letters.
const NAME_GUTTER_FROM: u16 = 72;

/// Which side of the screen the actors panel takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PanelSide {
    Left,
    #[default]
    Right,
}

/// How the user wants the screen arranged (the config's `[layout]`, `--width`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Arrangement {
    /// The widest text column; 0 for the whole width.
    pub max_width: usize,
    /// Centre the text column in the article's area, or keep it on the left.
    pub center: bool,
    pub panel_side: PanelSide,
    /// The panel's width in columns; 0: a third of the screen, 26 to 40 columns.
    pub panel_width: u16,
}

impl Default for Arrangement {
    fn default() -> Self {
        Arrangement {
            max_width: DEFAULT_MAX_WIDTH,
            center: true,
            panel_side: PanelSide::Right,
            panel_width: 0,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Geometry {
    /// The article's area: margin and text column.
    pub article: Rect,
    /// The margin left of the text: speaker tags and marks, fold arrows.
    pub gutter_x: u16,
    pub gutter_width: u16,
    /// The text column.
    pub text_x: u16,
    pub text_width: u16,
    /// The actors panel, with a rule on the edge next to the article; None on narrow screens.
    pub panel: Option<Rect>,
    pub panel_side: PanelSide,
    /// The bottom line.
    pub status: Rect,
}

/// The default arrangement with a text column of at most `max_width` (0: as wide as the screen
/// allows).
pub fn geometry(width: u16, height: u16, max_width: usize) -> Geometry {
    arrange(
        width,
        height,
        &Arrangement {
            max_width,
            ..Arrangement::default()
        },
    )
}

pub fn arrange(width: u16, height: u16, how: &Arrangement) -> Geometry {
    let max_width = how.max_width;
    let screen = Rect::new(0, 0, width, height);
    let status = Rect::new(0, height.saturating_sub(1), width, height.min(1));
    let body_height = height.saturating_sub(1);
    let panel_width = if width < PANEL_MIN_SCREEN {
        0
    } else if how.panel_width == 0 {
        (width / 3).clamp(26, 40)
    } else {
        // The article keeps at least half of the screen.
        how.panel_width.clamp(12, width / 2)
    };
    let left = how.panel_side == PanelSide::Left;
    let article_x = if left { panel_width } else { 0 };
    let article = Rect::new(article_x, 0, width - panel_width, body_height);
    let panel = (panel_width > 0).then(|| {
        Rect::new(
            if left { 0 } else { article.width },
            0,
            panel_width,
            body_height.min(screen.height),
        )
    });
    let gutter_width = if article.width >= NAME_GUTTER_FROM {
        10
    } else if article.width >= 12 {
        3
    } else {
        2
    };
    // One column of air on the right of the text.
    let room = article.width.saturating_sub(gutter_width + 1).max(1);
    let max = if max_width == 0 {
        room
    } else {
        u16::try_from(max_width).unwrap_or(u16::MAX).clamp(1, room)
    };
    let text_width = room.min(max);
    // Centre margin and text in the article's area when it is wider than needed.
    let spare = if how.center { room - text_width } else { 0 };
    let gutter_x = article.x + spare / 2;
    Geometry {
        article,
        gutter_x,
        gutter_width,
        text_x: gutter_x + gutter_width,
        text_width,
        panel,
        panel_side: how.panel_side,
        status,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_screens_centre_a_column_of_at_most_100() {
        let g = geometry(300, 50, DEFAULT_MAX_WIDTH);
        assert_eq!(g.text_width, 100);
        let left = g.gutter_x - g.article.x;
        let right = g.article.right() - (g.text_x + g.text_width);
        assert!(left.abs_diff(right) <= 2, "{left} {right}");
        assert_eq!(geometry(300, 50, 0).text_width, g.article.width - 11);
    }

    #[test]
    fn everything_fits_on_any_screen() {
        for (w, h) in [
            (0, 0),
            (1, 1),
            (20, 6),
            (59, 10),
            (60, 10),
            (80, 24),
            (120, 40),
        ] {
            let g = geometry(w, h, DEFAULT_MAX_WIDTH);
            assert!(
                g.text_x + g.text_width <= w.max(g.text_x + 1),
                "{w}x{h}: {g:?}"
            );
            if let Some(p) = g.panel {
                assert_eq!(p.right(), w);
                assert!(p.x >= g.text_x + g.text_width);
            }
            assert!(g.article.height + g.status.height <= h.max(1));
        }
    }

    #[test]
    fn the_panel_goes_left_and_the_text_need_not_be_centred() {
        let how = Arrangement {
            center: false,
            panel_side: PanelSide::Left,
            panel_width: 30,
            ..Arrangement::default()
        };
        let g = arrange(200, 40, &how);
        let p = g.panel.unwrap();
        assert_eq!((p.x, p.width), (0, 30));
        assert_eq!(g.article.x, 30);
        assert_eq!(g.gutter_x, 30, "the margin starts where the article does");
        // A panel asked wider than half the screen leaves the article half.
        assert_eq!(
            arrange(
                80,
                24,
                &Arrangement {
                    panel_width: 70,
                    ..how
                }
            )
            .panel
            .unwrap()
            .width,
            40
        );
    }
}
