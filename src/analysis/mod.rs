//! Text to `Analysis`: pure, no terminal. Structure first, then quotations, then (in later stages)
//! actors and attribution.

pub mod attribution;
pub mod discourse;
pub mod lang;
pub mod mentions;
pub mod quotes;
pub mod sentences;
pub mod structure;
pub mod tagger;
pub mod tokens;

use crate::model::{Analysis, Lang, Statement, StatementKind};
use quotes::QuoteRole;

/// How to analyse.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The article's language; None detects it.
    pub lang: Option<Lang>,
}

/// Everything quoth understands of one article.
pub fn analyze(text: &str, options: &Options) -> Analysis {
    analyze_on(
        text,
        options,
        text.len() >= crate::parallel::PARALLEL_FROM_BYTES,
        &attribution::PIPELINE,
    )
}

/// `analyze` with only these sieves, in this order: a sieve tested alone.
pub fn analyze_with_sieves(
    text: &str,
    options: &Options,
    sieves: &[attribution::Sieve],
) -> Analysis {
    analyze_on(text, options, false, sieves)
}

/// `analyze`, with the steps that work block by block spread over the cores when `parallel`:
/// the result is the same either way.
fn analyze_on(
    text: &str,
    options: &Options,
    parallel: bool,
    sieves: &[attribution::Sieve],
) -> Analysis {
    let lang = options.lang.unwrap_or_else(|| lang::detect(text));
    let language = lang::language(lang);
    // The other language's words, which a heading in it still is.
    let other = lang::language(
        lang::ALL
            .iter()
            .copied()
            .find(|l| *l != lang)
            .unwrap_or(lang),
    );
    let (title, blocks, sections) = structure::structure(text, language, other);
    let quotations = quotes::find_quotations(text, &blocks, language);
    let attributed = attribution::attribute(text, &blocks, &quotations, language, parallel, sieves);
    let mut statements: Vec<Statement> = Vec::new();
    let mut statement_of: Vec<Option<usize>> = vec![None; quotations.len()];
    for (qi, q) in quotations.iter().enumerate() {
        if !q.role.is_speech() || q.nested {
            continue;
        }
        // The second part of a split quotation joins the first's statement.
        if let Some(first) = attributed.continues[qi].and_then(|f| statement_of[f]) {
            statements[first].spans.extend(q.spans.iter().copied());
            statement_of[qi] = Some(first);
            continue;
        }
        let who = attributed.speakers[qi].as_ref();
        statement_of[qi] = Some(statements.len());
        statements.push(Statement {
            id: String::new(),
            kind: if q.role == QuoteRole::Direct {
                StatementKind::Direct
            } else {
                StatementKind::Partial
            },
            spans: q.spans.clone(),
            speaker: who.map(|a| a.actor),
            speaker_mention: who.map(|a| a.mention),
            cue: who.and_then(|a| a.cue),
            section: structure::section_at(&sections, q.spans[0].start),
            attributed_by: who.map(|a| a.reason.label().to_string()),
            unclosed: q.unclosed,
        });
    }
    for r in &attributed.reported {
        statements.push(Statement {
            id: String::new(),
            kind: StatementKind::Indirect,
            spans: r.spans.clone(),
            speaker: Some(r.who.actor),
            speaker_mention: Some(r.who.mention),
            cue: r.who.cue,
            section: structure::section_at(&sections, r.spans[0].start),
            attributed_by: Some(r.who.reason.label().to_string()),
            unclosed: false,
        });
    }
    // In reading order; a quotation before the reported speech around it.
    statements.sort_by_key(|s| (s.spans[0].start, s.kind == StatementKind::Indirect));
    for (i, s) in statements.iter_mut().enumerate() {
        s.id = format!("s{i}");
    }
    Analysis {
        lang,
        title,
        blocks,
        sections,
        actors: attributed.actors,
        statements,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A text long enough to be split, whose paragraphs differ: names, roles, pronouns,
    /// quotations and reported speech, so that every block's tokens and mentions matter.
    fn long_text(lang: Lang) -> String {
        let mut text = String::new();
        let mut i = 0;
        while text.len() < 2 * crate::parallel::PARALLEL_FROM_BYTES {
            let p = match (lang, i % 4) {
                (Lang::De, 0) => {
                    format!("Die Ministerin Jana Brenner{i} sagte: „Wir warten seit {i} Tagen.“")
                }
                (Lang::De, 1) => {
                    format!("„Das ist {i} Mal zu viel“, erklärte der Sprecher. Er habe keine Zeit.")
                }
                (Lang::De, 2) => format!(
                    "Laut Tomas Wendt{i} sei die Lage ernst. Sie sagte, es gebe {i} Fragen."
                ),
                (Lang::De, _) => format!(
                    "Der „Bericht {i}“ kam spät. Danach ging Brenner{} nach Hause.",
                    i - 3
                ),
                (Lang::En, 0) => {
                    format!("\"We have waited {i} days,\" said Mara Quill{i}, the minister.")
                }
                (Lang::En, 1) => {
                    format!("She told reporters that {i} talks had failed. \"No,\" he said.")
                }
                (Lang::En, 2) => format!("According to Owen Hart{i}, the \"plan {i}\" was late."),
                (Lang::En, _) => format!("The spokesman warned that {i} people were missing."),
            };
            text.push_str(&p);
            text.push_str("\n\n");
            i += 1;
        }
        text
    }

    #[test]
    fn a_long_text_analysed_on_all_cores_is_analysed_as_on_one() {
        for lang in [Lang::De, Lang::En] {
            let text = long_text(lang);
            let options = Options { lang: Some(lang) };
            let serial = analyze_on(&text, &options, false, &attribution::PIPELINE);
            assert!(serial.statements.len() > 1000 && serial.actors.len() > 100);
            assert_eq!(
                analyze_on(&text, &options, true, &attribution::PIPELINE),
                serial
            );
        }
    }
}
