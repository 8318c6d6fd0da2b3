//! The sieves as data: an ordered list of `Sieve` values, each run the same way on one
//! quotation, and the `Reason` each decision records (the statement's `attributed_by`).

use super::{Attribution, BlockView, Outcome, Reader};

/// One sieve of the pipeline. Each looks at one quotation (a token of its block) and decides who
/// said it, finds a cue whose speaker it cannot name (the quotation then stays unattributed), or
/// passes to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sieve {
    /// „…“, sagte Korbin / "…," she said / "…," said the minister
    QuoteVerbName,
    /// Morland sagte: „…“ / Hallam said, "…"
    NameVerbQuote,
    /// laut X, X zufolge, nach Angaben von X, according to X
    AccordingTo,
    /// A fragment in a sentence whose verb of saying has a subject.
    SpeakerOfSentence,
    /// A fragment in a sentence a person opens.
    SubjectOfSentence,
    /// "“…” because …, he said.": the cue closes the sentence the quotation opens.
    CueClosingTheSentence,
    /// A quotation that speaks as "we" after a sentence an organisation or group opens.
    WeAfterGroup,
    /// No cue, but the previous speaker goes on (same or next paragraph).
    Continuation,
}

/// The sieves, most explicit first.
pub const PIPELINE: [Sieve; 8] = [
    Sieve::QuoteVerbName,
    Sieve::NameVerbQuote,
    Sieve::AccordingTo,
    Sieve::SpeakerOfSentence,
    Sieve::SubjectOfSentence,
    Sieve::CueClosingTheSentence,
    Sieve::WeAfterGroup,
    Sieve::Continuation,
];

impl Sieve {
    /// Runs the sieve on the quotation token `q`; `direct` for a whole quotation, which the
    /// sieves for fragments leave alone.
    pub(super) fn run(
        self,
        reader: &mut Reader,
        block: &BlockView,
        q: usize,
        direct: bool,
    ) -> Outcome {
        match self {
            Sieve::QuoteVerbName => reader.quote_verb_name(block, q),
            Sieve::NameVerbQuote => reader.name_verb_quote(block, q, direct),
            Sieve::AccordingTo => reader.according_to(block, q).into(),
            Sieve::SpeakerOfSentence if !direct => reader.speaker_of_sentence(block, q).into(),
            Sieve::SubjectOfSentence if !direct => reader.subject_of_sentence(block, q).into(),
            Sieve::SpeakerOfSentence | Sieve::SubjectOfSentence => Outcome::Pass,
            Sieve::CueClosingTheSentence => reader.cue_closing_the_sentence(block, q).into(),
            Sieve::WeAfterGroup => reader.we_after_group(block, q).into(),
            Sieve::Continuation => reader.continuation(block).into(),
        }
    }
}

/// Runs the reader's sieves on one quotation: the first that decides, or finds a cue it
/// cannot name, ends it.
pub(super) fn attribute_quotation(
    reader: &mut Reader,
    block: &BlockView,
    q: usize,
    direct: bool,
) -> Option<Attribution> {
    for sieve in reader.sieves {
        match sieve.run(reader, block, q, direct) {
            Outcome::Decided(a) => return Some(a),
            Outcome::Unnamed => return None,
            Outcome::Pass => {}
        }
    }
    None
}

/// Why a speaker was named: the pattern a sieve (or the reported-speech reader) matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    QuoteVerbName,
    NameQuoteVerb,
    QuoteSoVerbName,
    QuoteSoName,
    QuoteNameVerb,
    NameVerbQuote,
    NameQuote,
    NameVerbParagraphQuote,
    AccordingTo,
    SpeakerOfSentence,
    SubjectOfSentence,
    QuoteClauseCue,
    WeAfterGroup,
    Continuation,
    SplitQuotation,
    VerbReportedClause,
    ReportedClauseVerb,
    ReportedMood,
}

impl Reason {
    /// The words the reader and `--json` show for it.
    pub fn label(self) -> &'static str {
        match self {
            Reason::QuoteVerbName => "quote, verb, name",
            Reason::NameQuoteVerb => "name, quote, verb",
            Reason::QuoteSoVerbName => "quote, so, verb, name",
            Reason::QuoteSoName => "quote, so, name",
            Reason::QuoteNameVerb => "quote, name, verb",
            Reason::NameVerbQuote => "name, verb: quote",
            Reason::NameQuote => "name: quote",
            Reason::NameVerbParagraphQuote => "name, verb: ¶ quote",
            Reason::AccordingTo => "according to",
            Reason::SpeakerOfSentence => "speaker of the sentence",
            Reason::SubjectOfSentence => "subject of the sentence",
            Reason::QuoteClauseCue => "quote, clause, cue",
            Reason::WeAfterGroup => "group, then we",
            Reason::Continuation => "continuation",
            Reason::SplitQuotation => "split quotation",
            Reason::VerbReportedClause => "verb, reported clause",
            Reason::ReportedClauseVerb => "reported clause, verb",
            Reason::ReportedMood => "reported mood",
        }
    }

    /// Was the cue found after the quotation ("„…“, sagte sie")? Then a quotation right after
    /// the cue continues it, and a pronoun in the cue is already the speaker's mention.
    pub fn cue_after_quote(self) -> bool {
        matches!(
            self,
            Reason::QuoteVerbName
                | Reason::QuoteSoVerbName
                | Reason::QuoteSoName
                | Reason::QuoteNameVerb
                | Reason::QuoteClauseCue
        )
    }
}
