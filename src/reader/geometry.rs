//! Where everything goes on a screen of a given size. Drawing and the mouse both ask here, so a
//! click lands on what was drawn.

use ratatui::layout::Rect;

/// The text column is at most this wide unless the user asks otherwise (`--width`).
pub const DEFAULT_MAX_WIDTH: usize = 100;
/// Below this many columns the actors panel gives its room to the article.
const PANEL_MIN_SCREEN: u16 = 60;
/// From this width of the article area on, the margin has room for names instead of letters.
const NAME_GUTTER_FROM: u16 = 72;

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
    /// The actors panel, with a rule on its left edge; None on narrow screens.
    pub panel: Option<Rect>,
    /// The bottom line.
    pub status: Rect,
}

/// `max_width` 0 means "as wide as the screen allows".
pub fn geometry(width: u16, height: u16, max_width: usize) -> Geometry {
    let screen = Rect::new(0, 0, width, height);
    let status = Rect::new(0, height.saturating_sub(1), width, height.min(1));
    let body_height = height.saturating_sub(1);
    let panel_width = if width >= PANEL_MIN_SCREEN {
        (width / 3).clamp(26, 40)
    } else {
        0
    };
    let article = Rect::new(0, 0, width - panel_width, body_height);
    let panel = (panel_width > 0).then(|| {
        Rect::new(
            article.width,
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
    let spare = room - text_width;
    let gutter_x = article.x + spare / 2;
    Geometry {
        article,
        gutter_x,
        gutter_width,
        text_x: gutter_x + gutter_width,
        text_width,
        panel,
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
}
