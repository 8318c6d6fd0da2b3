//! What quoth understood of an article: plain data, no behaviour.
//!
//! Offsets in the model are **byte** offsets into the decoded text (what Rust slices by). The JSON
//! contract speaks in Unicode scalar values; `crate::json` converts at the edge.

use serde::Serialize;

/// A half-open byte range `[start, end)` into the article's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn contains(&self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    pub fn encloses(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    De,
    #[default]
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// The language of a code ("de", "en"), if quoth reads it.
    pub fn from_code(code: &str) -> Option<Lang> {
        [Lang::De, Lang::En].into_iter().find(|l| l.code() == code)
    }
}

/// What a block of the article is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    Title,
    /// A line that only gives a date ("2009-10-09", "Tuesday, October 8, 2019").
    Date,
    Heading,
    Paragraph,
}

/// A paragraph, heading, title or date line: one run of non-blank lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Block {
    pub kind: BlockKind,
    pub span: Span,
    pub section: usize,
    /// For a paragraph that opens with a dateline ("Washington/Moskau (dpa) - "), the dateline.
    pub dateline: Option<Span>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    /// None for the lead, the part before the first heading.
    pub heading: Option<String>,
    pub heading_span: Option<Span>,
    /// The section covers `span`: from its heading (or the article's start) to the next heading.
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    Organization,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Gender {
    #[serde(rename = "f")]
    Female,
    #[serde(rename = "m")]
    Male,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Actor {
    pub id: String,
    /// The fullest form of the name seen in the article.
    pub name: String,
    pub kind: ActorKind,
    pub gender: Option<Gender>,
    pub roles: Vec<String>,
    /// Every place the actor is named or referred to, in text order.
    pub mentions: Vec<Span>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum StatementKind {
    /// A whole utterance inside quotation marks.
    Direct,
    /// A quoted fragment inside a sentence of the author's.
    Partial,
    /// Reported speech without quotation marks.
    Indirect,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Statement {
    pub id: String,
    pub kind: StatementKind,
    /// Usually one span; a quotation split by its attribution has two or more.
    pub spans: Vec<Span>,
    /// Index into `Analysis::actors`, or None when nobody can be named.
    pub speaker: Option<usize>,
    pub speaker_mention: Option<Span>,
    pub cue: Option<Span>,
    pub section: usize,
    /// Which sieve named the speaker, in the reader's words ("quote, verb, name").
    pub attributed_by: Option<String>,
    /// The quotation's closing mark was missing; the statement was cut at its paragraph's end.
    pub unclosed: bool,
}

impl Statement {
    /// From the first span's start to the last span's end.
    pub fn extent(&self) -> Span {
        let start = self.spans.first().map_or(0, |s| s.start);
        let end = self.spans.last().map_or(start, |s| s.end);
        Span::new(start, end)
    }
}

/// Everything quoth understood of one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Analysis {
    pub lang: Lang,
    pub title: Option<Span>,
    pub blocks: Vec<Block>,
    pub sections: Vec<Section>,
    pub actors: Vec<Actor>,
    pub statements: Vec<Statement>,
}
