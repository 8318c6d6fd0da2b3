//! Word wrapping by grapheme cluster and display width. The same rules decide where a line breaks
//! and how wide each piece is drawn, so what the layout counts is what the screen shows.

use ratatui::buffer::CellWidth;
use unicode_segmentation::UnicodeSegmentation;

use crate::input::sanitize;

/// Columns between tab stops.
pub const TAB: usize = 4;

/// The grapheme clusters of `s` with their byte offsets, as `unicode-segmentation` finds them, but
/// quicker on ASCII: between two ASCII characters (other than CR LF) there is always a boundary,
/// so only the rest goes through the full rules. Wrapping and drawing both use it.
pub fn graphemes(s: &str) -> Graphemes<'_> {
    Graphemes { s, at: 0 }
}

pub struct Graphemes<'a> {
    s: &'a str,
    at: usize,
}

impl<'a> Iterator for Graphemes<'a> {
    type Item = (usize, &'a str);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let bytes = self.s.as_bytes();
        let i = self.at;
        let b = *bytes.get(i)?;
        let next = bytes.get(i + 1).copied();
        let single = b.is_ascii()
            && match next {
                None => true,
                Some(n) => n.is_ascii() && !(b == b'\r' && n == b'\n'),
            };
        let len = if single {
            1
        } else {
            self.s[i..].graphemes(true).next().map_or(1, str::len)
        };
        self.at = i + len;
        Some((i, &self.s[i..i + len]))
    }
}

/// Whitespace that separates words; no-break spaces bind their words together.
#[inline]
pub fn is_space(grapheme: &str) -> bool {
    if let [b] = grapheme.as_bytes() {
        return b.is_ascii_whitespace() || *b == 0x0b;
    }
    grapheme
        .chars()
        .all(|c| c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{2007}' | '\u{202f}'))
}

/// How a grapheme that is not a space is drawn: each character through `display_char` (by way of
/// `sanitize`), so no control character reaches the terminal.
pub fn shown(grapheme: &str) -> std::borrow::Cow<'_, str> {
    sanitize(grapheme)
}

/// Columns a non-space grapheme takes on screen, as ratatui will draw it.
#[inline]
pub fn width_of(grapheme: &str) -> usize {
    if grapheme.len() == 1 {
        // ASCII: one column (controls are drawn as one-column pictures).
        return 1;
    }
    usize::from(shown(grapheme).cell_width())
}

/// Columns a space grapheme takes at column `col`: a tab reaches the next tab stop.
pub fn space_width(grapheme: &str, col: usize) -> usize {
    if grapheme == "\t" {
        TAB - col % TAB
    } else {
        1
    }
}

/// An ASCII character that is one column wide, neither space nor a place to break.
#[inline]
fn is_plain(b: u8) -> bool {
    b.is_ascii_graphic() && b != b'-' && b != b'/'
}

/// A break may follow these: hyphens and dashes inside words ("Nato-Osterweiterung", "so—").
fn breaks_after(grapheme: &str) -> bool {
    matches!(grapheme, "-" | "\u{2010}" | "\u{2013}" | "\u{2014}" | "/")
}

/// Splits `text[start..end]` into lines of at most `width` columns, breaking at spaces (which are
/// dropped at line ends), after hyphens and dashes, around wide (CJK) characters, and inside a word
/// only when it is longer than a line. Returns byte ranges into `text`; never an empty list.
pub fn wrap(text: &str, start: usize, end: usize, width: usize) -> Vec<(usize, usize)> {
    let width = width.max(1);
    let Some(body) = text.get(start..end) else {
        return vec![(start, start)];
    };
    let mut lines = Vec::new();
    // The current line: where it starts (None while skipping leading spaces), where its last word
    // grapheme ends, and how many columns it uses so far, spaces included.
    let mut line_start: Option<usize> = None;
    let mut line_end = start;
    let mut col = 0usize;
    // The last place on this line where it may break: (end of this line, start of the next).
    let mut brk: Option<(usize, usize)> = None;
    // A break may come before the next word grapheme: after spaces, a hyphen or a wide character.
    let mut may_break_before = false;
    let bytes = text.as_bytes();
    let mut iter = graphemes(body);
    while let Some((i, g)) = iter.next() {
        let at = start + i;
        if is_space(g) {
            if line_start.is_some() {
                col += space_width(g, col);
                may_break_before = true;
            }
            continue;
        }
        let w = width_of(g);
        let wide = w > 1;
        let Some(ls) = line_start else {
            line_start = Some(at);
            line_end = at + g.len();
            col = w;
            brk = None;
            may_break_before = wide || breaks_after(g);
            continue;
        };
        if may_break_before || wide {
            brk = Some((line_end, at));
        }
        if col + w > width {
            match brk {
                Some((this_end, next_start)) if this_end > ls => {
                    lines.push((ls, this_end));
                    line_start = Some(next_start);
                    col = columns(text, next_start, at);
                }
                _ => {
                    // One word longer than the line: cut it where the line is full.
                    lines.push((ls, line_end));
                    line_start = Some(at);
                    col = 0;
                }
            }
            brk = None;
        }
        col += w;
        line_end = at + g.len();
        may_break_before = wide || breaks_after(g);
        // The rest of a plain ASCII word, at once when it fits: most of a long text. It is read
        // no further than the line has room for: a word of a million letters is not read again
        // for each of its letters.
        if g.len() == 1 && is_plain(g.as_bytes()[0]) {
            let run_start = line_end;
            let room = width.saturating_sub(col);
            let limit = end.min(run_start + room + 1);
            let mut j = run_start;
            while j < limit && is_plain(bytes[j]) {
                j += 1;
            }
            // The run's last letter may take a combining mark that follows it.
            if j < end && !bytes[j].is_ascii() {
                j -= 1;
            }
            let k = j.saturating_sub(run_start);
            if k > 0 && col + k <= width {
                col += k;
                line_end = j;
                iter.at = j - start;
            }
        }
    }
    match line_start {
        Some(ls) => lines.push((ls, line_end)),
        None if lines.is_empty() => lines.push((start, start)),
        None => {}
    }
    lines
}

/// Columns of `text[start..end]` drawn from column 0.
pub fn columns(text: &str, start: usize, end: usize) -> usize {
    let mut col = 0;
    for (_, g) in graphemes(text.get(start..end).unwrap_or("")) {
        col += if is_space(g) {
            space_width(g, col)
        } else {
            width_of(g)
        };
    }
    col
}

/// Wraps a whole string (a fold summary, a panel line): the lines as string slices.
pub fn wrap_str(s: &str, width: usize) -> Vec<&str> {
    wrap(s, 0, s.len(), width)
        .into_iter()
        .map(|(a, b)| &s[a..b])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(s: &str, width: usize) -> Vec<&str> {
        wrap_str(s, width)
    }

    #[test]
    fn breaks_at_spaces_and_drops_them() {
        assert_eq!(
            lines("the quick brown fox jumps", 10),
            ["the quick", "brown fox", "jumps"]
        );
        assert_eq!(lines("  lead  spaces ", 20), ["lead  spaces"]);
    }

    #[test]
    fn every_line_fits() {
        let text =
            "„Wir warten auf eine Antwort, auf eine Antwort von unseren Kollegen auf Papier“, \
                    sagte Korbin am Freitag bei einer Pressekonferenz zum Jahresauftakt in Moskau.";
        for width in 1..60 {
            for line in lines(text, width) {
                assert!(
                    columns(line, 0, line.len()) <= width.max(2),
                    "{width}: {line}"
                );
            }
        }
    }

    #[test]
    fn long_words_are_cut_and_hyphens_break() {
        assert_eq!(lines("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(
            lines("die Nato-Osterweiterung", 12),
            ["die Nato-", "Osterweiteru", "ng"]
        );
    }

    #[test]
    fn wide_characters_count_two_and_may_break_anywhere() {
        let text = "日本語のテキスト";
        let ls = lines(text, 6);
        assert_eq!(ls, ["日本語", "のテキ", "スト"]);
    }

    #[test]
    fn combining_marks_stay_with_their_letter() {
        let text = "cafe\u{301} cafe\u{301}";
        assert_eq!(lines(text, 5), ["cafe\u{301}", "cafe\u{301}"]);
    }

    #[test]
    fn quick_graphemes_agree_with_the_full_rules() {
        let text = "a\r\nb cafe\u{301} 🇩🇪🇫🇷 x\u{200d}y 👩‍👩‍👧 „Grüße“\t日本 \u{1b}[0m e\u{301}\u{302}";
        let quick: Vec<(usize, &str)> = graphemes(text).collect();
        let full: Vec<(usize, &str)> = text.grapheme_indices(true).collect();
        assert_eq!(quick, full);
        let article = crate::input::BUILTIN_SAMPLE;
        assert!(graphemes(article).eq(article.grapheme_indices(true)));
    }

    #[test]
    fn nothing_is_lost_and_every_line_fits() {
        let article = crate::input::BUILTIN_SAMPLE;
        let tricky =
            "naïve cafe\u{301}s — co-operate/collude 日本語テキスト x\u{301}\u{302}y tab\there";
        for text in [article, tricky] {
            let words: String = text.split_whitespace().collect();
            for width in [1, 2, 3, 5, 8, 13, 21, 34, 55, 89] {
                let lines = wrap(text, 0, text.len(), width);
                let joined: String = lines
                    .iter()
                    .flat_map(|&(a, b)| text[a..b].split_whitespace())
                    .collect();
                assert_eq!(joined, words, "width {width}");
                for &(a, b) in &lines {
                    let single = graphemes(&text[a..b]).count() == 1;
                    assert!(
                        single || columns(text, a, b) <= width,
                        "{width}: {}",
                        &text[a..b]
                    );
                }
            }
        }
        assert_eq!(lines("cafe\u{301}", 3), ["caf", "e\u{301}"]);
        assert_eq!(lines("cafe\u{301}", 4), ["cafe\u{301}"]);
    }

    #[test]
    fn a_word_of_a_million_letters_is_cut_in_linear_time() {
        // Each letter once scanned the rest of the word: 500 KB took minutes.
        let word = "[".repeat(1_000_000);
        let lines = wrap(&word, 0, word.len(), 80);
        assert_eq!(lines.len(), 12_500);
        assert!(lines.iter().all(|(a, b)| b - a == 80));
    }

    #[test]
    fn tabs_reach_the_next_stop() {
        assert_eq!(columns("a\tb", 0, 3), TAB + 1);
    }

    #[test]
    fn offsets_point_into_the_text() {
        let text = "xx one two";
        assert_eq!(wrap(text, 3, text.len(), 3), [(3, 6), (7, 10)]);
        assert_eq!(wrap(text, 3, 3, 3), [(3, 3)]);
    }
}
