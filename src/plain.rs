//! The article as text: what `--plain` prints and what quoth prints when its output is not a
//! terminal. Headings are marked like Markdown, statements carry their speaker in brackets, and
//! with colour each statement is painted in its speaker's colour.

use std::fmt::Write as _;

use crate::input::sanitize;
use crate::model::{Analysis, BlockKind, StatementKind};
use crate::palette;

/// Renders the article. `color` adds ANSI colours (never when NO_COLOR is set; the caller decides).
pub fn render(text: &str, analysis: &Analysis, color: bool) -> String {
    let ranks = speaker_ranks(analysis);
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    // Statement spans in text order: (start, end, statement index, is its last span).
    let mut spans: Vec<(usize, usize, usize, bool)> = Vec::new();
    for (si, st) in analysis.statements.iter().enumerate() {
        for (k, sp) in st.spans.iter().enumerate() {
            spans.push((sp.start, sp.end, si, k + 1 == st.spans.len()));
        }
    }
    spans.sort();
    let mut next_span = 0;
    for (bi, block) in analysis.blocks.iter().enumerate() {
        if bi > 0 {
            out.push('\n');
        }
        let body = block.span.slice(text);
        match block.kind {
            BlockKind::Title => {
                let line = one_line(body);
                paint(&mut out, color, "1", &line);
                out.push('\n');
                out.push_str(
                    &"=".repeat(unicode_width::UnicodeWidthStr::width(line.as_str()).clamp(3, 100)),
                );
                out.push('\n');
                continue;
            }
            BlockKind::Heading => {
                paint(&mut out, color, "1", &format!("## {}", one_line(body)));
                out.push('\n');
                continue;
            }
            BlockKind::Date => {
                paint(&mut out, color, "2", &one_line(body));
                out.push('\n');
                continue;
            }
            BlockKind::Paragraph => {}
        }
        let mut at = block.span.start;
        while next_span < spans.len() && spans[next_span].0 < block.span.end {
            let (start, end, si, last) = spans[next_span];
            next_span += 1;
            if start < at {
                continue;
            }
            push_text(&mut out, &text[at..start]);
            let st = &analysis.statements[si];
            let end = end.min(block.span.end);
            let code = st.speaker.map(|a| speaker_code(ranks[a], st.kind));
            match (color, &code) {
                (true, Some(code)) => {
                    let _ = write!(out, "\x1b[{code}m");
                    push_text(&mut out, &text[start..end]);
                    out.push_str("\x1b[0m");
                }
                _ => push_text(&mut out, &text[start..end]),
            }
            if last {
                let who = st
                    .speaker
                    .and_then(|a| analysis.actors.get(a))
                    .map_or("?", short_name);
                let tag = match st.kind {
                    StatementKind::Indirect => format!(" [{}, reported]", sanitize(who)),
                    _ => format!(" [{}]", sanitize(who)),
                };
                paint(&mut out, color, "2", &tag);
            }
            at = end;
        }
        push_text(&mut out, &text[at..block.span.end]);
        out.push('\n');
    }
    out
}

/// Text as printed: line ends made plain, tabs made spaces (no control character but the newline
/// leaves quoth), other control characters made harmless.
fn push_text(out: &mut String, s: &str) {
    let s = s
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\t', "    ");
    out.push_str(&sanitize(&s));
}

fn one_line(s: &str) -> String {
    sanitize(&s.split_whitespace().collect::<Vec<_>>().join(" ")).into_owned()
}

fn paint(out: &mut String, color: bool, code: &str, s: &str) {
    if color {
        let _ = write!(out, "\x1b[{code}m{s}\x1b[0m");
    } else {
        out.push_str(s);
    }
}

fn speaker_code(rank: usize, kind: StatementKind) -> String {
    let c = palette::SPEAKER_ANSI256[palette::slot(rank)];
    match kind {
        StatementKind::Indirect => format!("38;5;{c};2"),
        _ => format!("38;5;{c};1"),
    }
}

/// The short name for tags: a person's surname, the last word of the name; for an actor named
/// by a role ("Sprecher der Firma", "spokesman for the campaign"), the role noun, not the last
/// word of its complement, which would name someone else.
pub fn short_name(actor: &crate::model::Actor) -> &str {
    let name = actor.name.as_str();
    let role = actor.roles.iter().find(|r| {
        name.strip_prefix(r.as_str())
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    });
    let words = role.map_or(name, |r| r.as_str());
    words.rsplit(' ').next().unwrap_or(words)
}

/// Each actor's rank by how many statements they have (0 = says the most); ties by first appearance.
pub fn speaker_ranks(analysis: &Analysis) -> Vec<usize> {
    let mut counts = vec![0usize; analysis.actors.len()];
    for st in &analysis.statements {
        if let Some(a) = st.speaker {
            if let Some(c) = counts.get_mut(a) {
                *c += 1;
            }
        }
    }
    let mut order: Vec<usize> = (0..counts.len()).collect();
    order.sort_by_key(|a| std::cmp::Reverse(counts[*a]));
    let mut ranks = vec![0; counts.len()];
    for (rank, a) in order.into_iter().enumerate() {
        ranks[a] = rank;
    }
    ranks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, ActorKind};

    fn actor(name: &str, roles: &[&str]) -> Actor {
        Actor {
            id: "a0".into(),
            name: name.into(),
            kind: ActorKind::Person,
            gender: None,
            roles: roles.iter().map(|r| r.to_string()).collect(),
            mentions: Vec::new(),
        }
    }

    #[test]
    fn a_role_actor_is_tagged_by_its_role_noun_a_person_by_surname() {
        assert_eq!(
            short_name(&actor("Sprecher der Firma", &["Sprecher"])),
            "Sprecher"
        );
        assert_eq!(short_name(&actor("Jana Weber", &["Ministerin"])), "Weber");
        assert_eq!(
            short_name(&actor("Sprecherin", &["Sprecherin"])),
            "Sprecherin"
        );
        assert_eq!(short_name(&actor("Tom J. Quill", &[])), "Quill");
        assert_eq!(
            short_name(&actor("spokesman for the campaign", &["spokesman"])),
            "spokesman"
        );
    }
}
