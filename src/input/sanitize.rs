//! Text made harmless for a terminal. Everything quoth prints that came from input passes here:
//! escape sequences, other control characters and bidirectional overrides never reach the screen.

use std::borrow::Cow;

/// What a character becomes on screen: itself, or a visible stand-in of the same count (one char),
/// so offsets into the text stay aligned with what is drawn.
#[inline]
pub fn display_char(c: char) -> char {
    match c {
        '\n' | '\t' => c,
        // C0 controls show as their Unicode "control picture" (U+2400 + code).
        '\0'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
        '\u{7f}' => '\u{2421}',
        // C1 controls (CSI, OSC, ... in their 8-bit form).
        '\u{80}'..='\u{9f}' => '\u{fffd}',
        // Bidirectional embeddings, overrides and isolates can reorder what follows them.
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}' => {
            '\u{fffd}'
        }
        _ => c,
    }
}

#[inline]
fn is_harmful(c: char) -> bool {
    display_char(c) != c
}

/// The text with every harmful character replaced by a visible stand-in; newlines and tabs stay.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_harmful) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(display_char).collect())
}

/// As `sanitize`, for one line of a message: newlines and tabs become stand-ins too.
pub fn sanitize_line(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\n' => '\u{2424}',
            '\t' => ' ',
            '\r' => '\u{240d}',
            _ => display_char(c),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_lose_their_escape() {
        let out = sanitize("a\x1b[31mred\x1b]52;c;aGk=\x07b");
        assert!(!out
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t'));
        assert!(
            out.contains("[31mred"),
            "the rest of the text is kept: {out}"
        );
    }

    #[test]
    fn c1_and_bidi_controls_are_replaced() {
        let out = sanitize("x\u{9b}31m\u{202e}abc\u{2066}");
        assert_eq!(out, "x\u{fffd}31m\u{fffd}abc\u{fffd}");
    }

    #[test]
    fn clean_text_is_not_copied() {
        assert!(matches!(
            sanitize("„Grüße“, sagte sie.\n"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn one_char_per_char_keeps_offsets() {
        let input = "a\x00b\x1bc\u{85}d";
        assert_eq!(sanitize(input).chars().count(), input.chars().count());
    }

    #[test]
    fn message_lines_stay_one_line() {
        assert!(!sanitize_line("bad\nname\r\x1b").contains(['\n', '\r', '\x1b']));
    }
}
