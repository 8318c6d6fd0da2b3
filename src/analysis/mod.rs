//! Text to `Analysis`: pure, no terminal. Structure first, then quotations, then (in later stages)
//! actors and attribution.

pub mod lang;
pub mod quotes;
pub mod sentences;
pub mod structure;

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
    let statements = quotations
        .iter()
        .filter(|q| q.role.is_speech() && !q.nested)
        .enumerate()
        .map(|(i, q)| Statement {
            id: format!("s{i}"),
            kind: if q.role == QuoteRole::Direct {
                StatementKind::Direct
            } else {
                StatementKind::Partial
            },
            spans: q.spans.clone(),
            speaker: None,
            speaker_mention: None,
            cue: None,
            section: structure::section_at(&sections, q.spans[0].start),
            attributed_by: None,
            unclosed: q.unclosed,
        })
        .collect();
    Analysis {
        lang,
        title,
        blocks,
        sections,
        actors: Vec::new(),
        statements,
    }
}
