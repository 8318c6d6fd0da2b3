//! The layout cache: the article as visual lines. Blocks are wrapped once per width; folding only
//! rearranges the wrapped lines. Scrolling, jumps, search and the panel read these lines, and a
//! frame draws only the ones on screen.

use crate::model::{Analysis, BlockKind};
use crate::parallel::{map_runs, PARALLEL_FROM_BYTES};

use super::wrap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Title,
    Date,
    Heading,
    Text,
    /// Between blocks.
    Blank,
    /// A folded section's "(3 paragraphs, ...)"; its range points into the section's summary.
    FoldSummary,
}

/// One line on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VisualLine {
    pub kind: LineKind,
    pub section: usize,
    /// The block the line belongs to (for a blank line: the block before it).
    pub block: usize,
    /// Byte range into the article (into the fold summary for `FoldSummary`); empty for blanks.
    pub start: usize,
    pub end: usize,
    /// The first line of its block.
    pub first: bool,
    /// Where in the article the line sits, for lookups by offset: `start` for article lines, the
    /// next block's start for blanks, the first hidden block's start for fold summaries.
    pub pos: usize,
}

impl VisualLine {
    pub fn from_article(&self) -> bool {
        !matches!(self.kind, LineKind::Blank | LineKind::FoldSummary)
    }
}

#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub width: usize,
    /// Per block, its wrapped lines at `width`.
    wrapped: Vec<Vec<(usize, usize)>>,
    /// Per section, the fold summary wrapped at `width`.
    summaries: Vec<Vec<(usize, usize)>>,
    pub lines: Vec<VisualLine>,
}

impl Layout {
    /// Wraps every block at `width` and arranges the lines with the given folds.
    pub fn new(
        text: &str,
        analysis: &Analysis,
        summaries: &[String],
        width: usize,
        folded: &[bool],
    ) -> Self {
        let width = width.max(1);
        let wrapped = wrap_blocks(text, analysis, width);
        let summaries = summaries
            .iter()
            .map(|s| wrap::wrap(s, 0, s.len(), width))
            .collect();
        let mut layout = Layout {
            width,
            wrapped,
            summaries,
            lines: Vec::new(),
        };
        layout.arrange(analysis, folded);
        layout
    }

    /// Rebuilds the visual lines for new folds, without wrapping again.
    pub fn arrange(&mut self, analysis: &Analysis, folded: &[bool]) {
        let mut lines = Vec::with_capacity(self.lines.len().max(analysis.blocks.len() * 4));
        let mut summarised = usize::MAX;
        for (bi, block) in analysis.blocks.iter().enumerate() {
            let section = block.section;
            let is_folded = folded.get(section).copied().unwrap_or(false);
            if is_folded && block.kind != BlockKind::Heading {
                // A folded section keeps its heading and says what it hides, once.
                if summarised != section {
                    summarised = section;
                    if let Some(summary) = self.summaries.get(section) {
                        for (k, &(start, end)) in summary.iter().enumerate() {
                            lines.push(VisualLine {
                                kind: LineKind::FoldSummary,
                                section,
                                block: bi,
                                start,
                                end,
                                first: k == 0,
                                pos: block.span.start,
                            });
                        }
                    }
                }
                continue;
            }
            if let Some(prev) = lines.last().copied() {
                // One blank line between blocks; a heading gets its own paragraph of space.
                let blank = VisualLine {
                    kind: LineKind::Blank,
                    section: prev.section,
                    block: prev.block,
                    start: block.span.start,
                    end: block.span.start,
                    first: true,
                    pos: block.span.start,
                };
                lines.push(blank);
            }
            let kind = match block.kind {
                BlockKind::Title => LineKind::Title,
                BlockKind::Date => LineKind::Date,
                BlockKind::Heading => LineKind::Heading,
                BlockKind::Paragraph => LineKind::Text,
            };
            for (k, &(start, end)) in self.wrapped[bi].iter().enumerate() {
                lines.push(VisualLine {
                    kind,
                    section,
                    block: bi,
                    start,
                    end,
                    first: k == 0,
                    pos: start,
                });
            }
        }
        self.lines = lines;
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The visual line that shows the byte `offset` of the article (or, when its section is
    /// folded, that section's fold summary): the last article line starting at or before it.
    pub fn line_of_offset(&self, offset: usize) -> usize {
        let n = self.lines.partition_point(|l| l.pos <= offset);
        let mut i = n.saturating_sub(1);
        // Prefer the text line to the blank before it.
        while i + 1 < self.lines.len() && self.lines[i].kind == LineKind::Blank {
            i += 1;
        }
        i
    }

    /// The first line of a block, if it is shown.
    pub fn first_line_of_block(&self, block: usize) -> Option<usize> {
        let i = self.lines.partition_point(|l| l.block < block);
        (i..self.lines.len())
            .take_while(|&i| self.lines[i].block == block)
            .find(|&i| self.lines[i].kind != LineKind::Blank)
    }
}

/// Every block wrapped at `width`. A long text is cut into runs of blocks wrapped side by side,
/// one a core, since each block wraps on its own: a novel lays out in half the time on two cores.
fn wrap_blocks(text: &str, analysis: &Analysis, width: usize) -> Vec<Vec<(usize, usize)>> {
    map_runs(
        &analysis.blocks,
        text.len() >= PARALLEL_FROM_BYTES,
        |blocks: &[crate::model::Block]| {
            blocks
                .iter()
                .map(|b| wrap::wrap(text, b.span.start, b.span.end, width))
                .collect()
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Options};

    const TEXT: &str = "Titel der Meldung\n\nErster Absatz mit einem „Zitat, das lang ist“, sagte er.\n\nZweiter Teil\n\nNoch ein Absatz. Und noch einer.\n\nDritter Absatz.";

    fn layout(width: usize, folded: &[bool]) -> (Analysis, Layout) {
        let a = analyze(TEXT, &Options::default());
        let summaries = vec!["(summary)".to_string(); a.sections.len()];
        let l = Layout::new(TEXT, &a, &summaries, width, folded);
        (a, l)
    }

    #[test]
    fn lines_cover_every_block_in_order() {
        let (a, l) = layout(20, &[]);
        for (bi, b) in a.blocks.iter().enumerate() {
            let first = l.first_line_of_block(bi).expect("every block is shown");
            assert_eq!(l.lines[first].start, b.span.start);
        }
        let starts: Vec<usize> = l.lines.iter().map(|l| l.pos).collect();
        assert!(starts.windows(2).all(|w| w[0] <= w[1]));
        assert!(l.lines.iter().all(|v| v.end <= TEXT.len()));
    }

    #[test]
    fn folding_keeps_the_heading_and_adds_a_summary() {
        let (a, open) = layout(30, &[]);
        assert!(a.sections.len() >= 2, "{:?}", a.sections);
        let mut folded = vec![false; a.sections.len()];
        folded[1] = true;
        let (_, shut) = layout(30, &folded);
        assert!(shut.len() < open.len());
        let kinds: Vec<LineKind> = shut
            .lines
            .iter()
            .filter(|l| l.section == 1)
            .map(|l| l.kind)
            .collect();
        assert_eq!(
            kinds,
            [LineKind::Heading, LineKind::FoldSummary],
            "{:?}",
            shut.lines
        );
        // An offset inside the folded section leads to its summary.
        let inside = a.sections[1].span.end - 2;
        assert_eq!(
            shut.lines[shut.line_of_offset(inside)].kind,
            LineKind::FoldSummary
        );
    }

    #[test]
    fn a_long_text_wrapped_on_several_threads_wraps_as_on_one() {
        let paragraph = "Ein „Zitat“, sagte sie – und noch ein Wort: Außenministerin. ";
        let text = paragraph.repeat(20).trim_end().to_string() + "\n\n";
        let text = text.repeat(PARALLEL_FROM_BYTES / text.len() + 2);
        let a = analyze(&text, &Options::default());
        assert!(text.len() >= PARALLEL_FROM_BYTES && a.blocks.len() > 100);
        let serial: Vec<_> = a
            .blocks
            .iter()
            .map(|b| wrap::wrap(&text, b.span.start, b.span.end, 37))
            .collect();
        assert_eq!(wrap_blocks(&text, &a, 37), serial);
    }

    #[test]
    fn offsets_find_their_line() {
        let (_, l) = layout(12, &[]);
        for (i, line) in l.lines.iter().enumerate() {
            if line.kind == LineKind::Text && line.end > line.start {
                assert_eq!(l.line_of_offset(line.start), i);
                assert_eq!(l.line_of_offset(line.end - 1), i);
            }
        }
    }
}
