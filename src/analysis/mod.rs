//! Text to `Analysis`: pure, no terminal. Structure first, then quotations, then (in later stages)
//! actors and attribution.

pub mod attribution;
pub mod discourse;
pub mod lang;
pub mod mentions;
pub mod quotes;
pub mod sentences;
pub mod structure;
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
    let lang = options.lang.unwrap_or_else(|| lang::detect(text));
    let language = lang::language(lang);
    let other = lang::language(if lang == Lang::De { Lang::En } else { Lang::De });
    let (title, blocks, sections) = structure::structure(text, language, other);
    let quotations = quotes::find_quotations(text, &blocks, language);
    let attributed = attribution::attribute(text, &blocks, &quotations, language);
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
            id: format!("s{}", statements.len()),
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
            attributed_by: who.map(|a| a.sieve.to_string()),
            unclosed: q.unclosed,
        });
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
