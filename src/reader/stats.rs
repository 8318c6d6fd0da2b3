//! What the reader counts once when it opens an article: who speaks how much, in which order the
//! statements come, and what a folded section says about itself.

use crate::input::sanitize_line;
use crate::model::{Analysis, Span, StatementKind};
use crate::plain::{short_name, speaker_ranks};

/// One voice in the panel: an actor who says something, or everything nobody could be named for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// Index into `Analysis::actors`; None for the unattributed statements.
    pub actor: Option<usize>,
    /// Colour rank, shared with `--plain` (0 = says the most); None for the unattributed.
    pub rank: Option<usize>,
    /// Display name, role and tag, made harmless for the terminal.
    pub name: String,
    pub short: String,
    pub role: Option<String>,
    /// A letter that tags this speaker's statements where there is no room for the name.
    pub letter: char,
    /// Direct and partial quotations, and reported (indirect) statements.
    pub quotations: usize,
    pub reported: usize,
    /// Words inside this speaker's quotation marks.
    pub quoted_words: usize,
    /// Statement indices in text order.
    pub statements: Vec<usize>,
}

/// Counted once per article.
#[derive(Debug, Clone, Default)]
pub struct Stats {
    /// Panel order: by how much each says; the unattributed last.
    pub speakers: Vec<Speaker>,
    /// For each actor, its entry in `speakers`.
    pub speaker_of_actor: Vec<Option<usize>>,
    /// For each statement, its entry in `speakers`.
    pub speaker_of_statement: Vec<usize>,
    /// Statement indices sorted by where they start.
    pub order: Vec<usize>,
    /// Every statement span, sorted, with its statement: what the article paints.
    pub spans: Vec<(Span, usize)>,
    pub total_quoted_words: usize,
    /// For each section, the line a folded section shows.
    pub fold_summaries: Vec<String>,
}

impl Stats {
    pub fn new(text: &str, analysis: &Analysis) -> Self {
        let ranks = speaker_ranks(analysis);
        let statements = &analysis.statements;
        let mut order: Vec<usize> = (0..statements.len()).collect();
        order.sort_by_key(|&i| (statements[i].extent().start, i));

        let mut by_rank: Vec<usize> = (0..analysis.actors.len()).collect();
        by_rank.sort_by_key(|&a| ranks[a]);
        let mut speakers: Vec<Speaker> = Vec::new();
        let mut speaker_of_actor = vec![None; analysis.actors.len()];
        let mut used_letters = vec!['?'];
        let mut speaks = vec![false; analysis.actors.len()];
        for st in statements {
            if let Some(s) = st.speaker.and_then(|a| speaks.get_mut(a)) {
                *s = true;
            }
        }
        for a in by_rank {
            let actor = &analysis.actors[a];
            if !speaks[a] {
                continue;
            }
            let name = sanitize_line(&actor.name);
            let short = sanitize_line(short_name(actor));
            let letter = pick_letter(&short, &name, &mut used_letters);
            speaker_of_actor[a] = Some(speakers.len());
            speakers.push(Speaker {
                actor: Some(a),
                rank: Some(ranks[a]),
                role: panel_role(&actor.roles).map(sanitize_line),
                name,
                short,
                letter,
                quotations: 0,
                reported: 0,
                quoted_words: 0,
                statements: Vec::new(),
            });
        }
        let unattributed = speakers.len();
        if statements.iter().any(|s| s.speaker.is_none()) {
            speakers.push(Speaker {
                actor: None,
                rank: None,
                name: "unattributed".into(),
                short: "?".into(),
                role: None,
                letter: '?',
                quotations: 0,
                reported: 0,
                quoted_words: 0,
                statements: Vec::new(),
            });
        }
        let mut speaker_of_statement = vec![unattributed; statements.len()];
        let mut total_quoted_words = 0;
        for &i in &order {
            let st = &statements[i];
            let entry = st
                .speaker
                .and_then(|a| speaker_of_actor.get(a).copied().flatten())
                .unwrap_or(unattributed);
            speaker_of_statement[i] = entry;
            let Some(sp) = speakers.get_mut(entry) else {
                continue;
            };
            sp.statements.push(i);
            if st.kind == StatementKind::Indirect {
                sp.reported += 1;
            } else {
                sp.quotations += 1;
                let words: usize = st
                    .spans
                    .iter()
                    .map(|s| s.slice(text).split_whitespace().count())
                    .sum();
                sp.quoted_words += words;
                if sp.actor.is_some() {
                    total_quoted_words += words;
                }
            }
        }
        let mut spans: Vec<(Span, usize)> = statements
            .iter()
            .enumerate()
            .flat_map(|(i, st)| st.spans.iter().map(move |sp| (*sp, i)))
            .collect();
        spans.sort();
        let mut stats = Stats {
            speakers,
            speaker_of_actor,
            speaker_of_statement,
            order,
            spans,
            total_quoted_words,
            fold_summaries: Vec::new(),
        };
        stats.fold_summaries = stats.fold_summaries(analysis);
        stats
    }

    /// For every section, "(3 paragraphs, 4 quotations: Morland 3, Ostrander 1)": counted in one
    /// pass over blocks and statements, so a text of many sections costs no more than one.
    fn fold_summaries(&self, analysis: &Analysis) -> Vec<String> {
        let n = analysis.sections.len();
        let mut paragraphs = vec![0usize; n];
        for b in &analysis.blocks {
            if b.kind == crate::model::BlockKind::Paragraph {
                if let Some(p) = paragraphs.get_mut(b.section) {
                    *p += 1;
                }
            }
        }
        let mut quotations = vec![0usize; n];
        let mut reported = vec![0usize; n];
        // Per section, speaker index -> quotations, in the speakers' order.
        let mut per_speaker = vec![std::collections::BTreeMap::<usize, usize>::new(); n];
        for (i, st) in analysis.statements.iter().enumerate() {
            if st.section >= n {
                continue;
            }
            if st.kind == StatementKind::Indirect {
                reported[st.section] += 1;
                continue;
            }
            quotations[st.section] += 1;
            if let Some(&e) = self.speaker_of_statement.get(i) {
                if e < self.speakers.len() {
                    *per_speaker[st.section].entry(e).or_default() += 1;
                }
            }
        }
        (0..n)
            .map(|section| {
                let (paragraphs, quotations) = (paragraphs[section], quotations[section]);
                let mut s = format!(
                    "({paragraphs} {}, {quotations} {}",
                    plural(paragraphs, "paragraph", "paragraphs"),
                    plural(quotations, "quotation", "quotations")
                );
                let who: Vec<String> = per_speaker[section]
                    .iter()
                    .map(|(&e, n)| match self.speakers[e].actor {
                        Some(_) => format!("{} {n}", self.speakers[e].short),
                        None => format!("{n} unattributed"),
                    })
                    .collect();
                if !who.is_empty() {
                    s.push_str(": ");
                    s.push_str(&who.join(", "));
                }
                if reported[section] > 0 {
                    s.push_str(&format!(", {} reported", reported[section]));
                }
                s.push(')');
                s
            })
            .collect()
    }

    /// The statements that paint the byte range `[start, end)`, as (span, statement) in order.
    pub fn spans_in(&self, start: usize, end: usize) -> &[(Span, usize)] {
        let first = self.spans.partition_point(|(sp, _)| sp.end <= start);
        let last = first + self.spans[first..].partition_point(|(sp, _)| sp.start < end);
        &self.spans[first..last]
    }

    pub fn speaker_of(&self, statement: usize) -> Option<&Speaker> {
        self.speaker_of_statement
            .get(statement)
            .and_then(|&e| self.speakers.get(e))
    }
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// The first letter of the short name not yet taken, else of the full name, else any letter.
fn pick_letter(short: &str, name: &str, used: &mut Vec<char>) -> char {
    let candidates = short
        .chars()
        .chain(name.chars())
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase)
        .chain('A'..='Z');
    for c in candidates {
        if !used.contains(&c) {
            used.push(c);
            return c;
        }
    }
    '*'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_avoid_collisions() {
        let mut used = vec!['?'];
        assert_eq!(pick_letter("Morland", "Jake Morland", &mut used), 'M');
        assert_eq!(pick_letter("Mervold", "Olaf Mervold", &mut used), 'E');
        assert_eq!(pick_letter("?", "?", &mut used), 'A');
    }

    #[test]
    fn the_panel_shows_the_shortest_role() {
        let text =
            "Der Nationale Sicherheitsberater von US-Präsident Tom Hallam, Jake Morland, sagte: \
                    „Wir sind bereit.“ Der US-Sicherheitsberater sagte: „Wir warten.“";
        let analysis = crate::analyze(text, &crate::Options::default());
        let stats = Stats::new(text, &analysis);
        let sullivan = stats
            .speakers
            .iter()
            .find(|s| s.name == "Jake Morland")
            .expect("Morland speaks");
        assert_eq!(sullivan.role.as_deref(), Some("US-Sicherheitsberater"));
    }
}

/// The most characters of a role the panel shows whole.
const MAX_PANEL_ROLE_CHARS: usize = 32;

/// The role the panel shows: the first the article gives that fits ("Russlands Außenminister",
/// not the "Minister" it says later), else the shortest ("US-Sicherheitsberater", not
/// "Nationale Sicherheitsberater von US-Präsident Tom Hallam").
fn panel_role(roles: &[String]) -> Option<&str> {
    roles
        .iter()
        .find(|r| r.chars().count() <= MAX_PANEL_ROLE_CHARS)
        .or_else(|| roles.iter().min_by_key(|r| r.chars().count()))
        .map(String::as_str)
}

#[cfg(test)]
mod panel_role_tests {
    use super::panel_role;

    #[test]
    fn the_panel_shows_the_first_role_that_fits_else_the_shortest() {
        let roles = |r: &[&str]| r.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            panel_role(&roles(&["Russlands Außenminister", "Minister"])),
            Some("Russlands Außenminister")
        );
        assert_eq!(
            panel_role(&roles(&[
                "Nationale Sicherheitsberater von US-Präsident Tom Hallam",
                "US-Sicherheitsberater"
            ])),
            Some("US-Sicherheitsberater")
        );
        let long = "Sicherheitsberater von US-Präsident Tom Hallam und andere mehr";
        assert_eq!(panel_role(&roles(&[long])), Some(long));
        assert_eq!(panel_role(&[]), None);
    }
}
