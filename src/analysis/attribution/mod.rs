//! Who said it: a pipeline of small sieves, each of which records why it decided.
//!
//! The article is read block by block, sentence by sentence. Names are registered as actors when
//! they appear; role nouns and pronouns are resolved to the most salient actor that fits. For each
//! quotation the sieves are tried in order, most explicit first:
//!
//! 1. `quote, verb, name`: „…“, sagte Korbin / "…," she said / "…," said the minister
//! 2. `name, verb: quote`: Morland sagte: „…“ / Hallam said, "…"
//! 3. `according to`: laut X, X zufolge, nach Angaben von X, according to X
//! 4. `speaker of the sentence`: a fragment in a sentence whose verb of saying has a subject
//!    (`subject of the sentence`: a fragment in a sentence a person opens)
//! 5. `quote, clause, cue`: "“…” because …, he said." the cue closes the sentence the quotation opens
//! 6. `group, then we`: „Wir …“ after a sentence an organisation or group opens
//! 7. `continuation`: no cue, but the previous speaker goes on (same or next paragraph)
//!
//! The order is data: `pipeline::PIPELINE`, a list of `Sieve` values that each run the same way
//! and can be run alone (`analysis::analyze_with_sieves`); each decision records its `Reason`,
//! whose label is the statement's `attributed_by`.

use rustc_hash::FxHashSet;

mod grammar;
pub mod pipeline;
mod reported;
mod sieves;
#[cfg(test)]
mod tests;

pub use pipeline::{Reason, Sieve, PIPELINE};

use super::discourse::{Discourse, Place};
use super::lang::{Language, WordClasses};
use super::mentions::{self, Known, MentionKind};
use super::quotes::{Quotation, QuoteRole};
use super::sentences;
use super::tokens::{classify, tokenize, Token, TokenKind};
use crate::model::{Actor, BlockKind, Span};

/// A decision of one sieve.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub actor: usize,
    pub mention: Span,
    pub cue: Option<Span>,
    pub reason: Reason,
}

/// What a sieve made of a quotation: a speaker, a cue whose speaker cannot be named (the
/// quotation then stays unattributed: a guess would probably be wrong), or nothing to go on.
enum Outcome {
    Decided(Attribution),
    Unnamed,
    Pass,
}

impl From<Option<Attribution>> for Outcome {
    fn from(found: Option<Attribution>) -> Self {
        found.map_or(Outcome::Pass, Outcome::Decided)
    }
}

/// What attribution found: the actors, and for each quotation (by index) who said it. A
/// quotation split by its attribution ("„A“, sagte sie, „B“") names the quotation it continues.
pub struct Attributed {
    pub actors: Vec<Actor>,
    /// Indirect statements, in text order.
    pub reported: Vec<reported::Reported>,
    pub speakers: Vec<Option<Attribution>>,
    pub continues: Vec<Option<usize>>,
}

/// A sentence of some block's tokens: the tokens' address and number (they stay put while a text
/// is attributed), and the sentence's index.
type SentenceKey = (usize, usize, usize);

/// "laut X", "according to X": the source, the cue, and the tokens `[start, end)` of the phrase.
type SourcePhrase = (mentions::Mention, Span, (usize, usize));

/// One block as the sieves see it.
struct BlockView<'b> {
    index: usize,
    toks: &'b [Token],
    /// The block before, when it is a paragraph.
    prev: Option<&'b [Token]>,
    /// A title or heading reports no speech ("Hallam announces troop withdrawal").
    heading: bool,
}

struct Reader<'t> {
    text: &'t str,
    quotations: &'t [Quotation],
    lang: &'t Language,
    /// Surnames seen after a first name anywhere in the text.
    surnames: &'t FxHashSet<String>,
    discourse: Discourse,
    /// The last speaker: actor, block, and the mention that named them.
    last_speaker: Option<(usize, usize)>,
    /// The source phrase of the sentence looked at last: every quotation of a sentence asks for
    /// it, and a sentence may hold thousands.
    source_phrase: std::cell::RefCell<Option<(SentenceKey, Option<SourcePhrase>)>>,
    /// `loose_mention_at` of one block's tokens (their address and number), per token.
    mentions: std::cell::RefCell<MentionMemo>,
    /// Set while `subject_of_earlier` asks for an earlier verb's subject, which asks no further.
    asking_earlier: std::cell::Cell<bool>,
    /// Actors first found as the person a sentence opens with, on a looser reading of names
    /// than the scan of the block's mentions: dropped at the end unless they spoke or came up
    /// again ("Kurzer Text ohne Zitate." names no one).
    guessed: Vec<usize>,
    /// The sieves to try, in order.
    sieves: &'t [Sieve],
}

/// Removes the guessed actors (see `Reader::guessed`) that said nothing and were mentioned once,
/// and numbers the rest again.
fn drop_guesses(out: &mut Attributed, guessed: &[usize]) {
    let mut spoke = vec![false; out.actors.len()];
    for a in out.speakers.iter().flatten() {
        spoke[a.actor] = true;
    }
    for r in &out.reported {
        spoke[r.who.actor] = true;
    }
    let drop: FxHashSet<usize> = guessed
        .iter()
        .copied()
        .filter(|a| !spoke[*a] && out.actors[*a].mentions.len() <= 1)
        .collect();
    if drop.is_empty() {
        return;
    }
    let mut new_index = vec![usize::MAX; out.actors.len()];
    let mut kept = Vec::with_capacity(out.actors.len() - drop.len());
    for (i, mut actor) in std::mem::take(&mut out.actors).into_iter().enumerate() {
        if drop.contains(&i) {
            continue;
        }
        new_index[i] = kept.len();
        actor.id = format!("a{}", kept.len());
        kept.push(actor);
    }
    out.actors = kept;
    for a in out.speakers.iter_mut().flatten() {
        a.actor = new_index[a.actor];
    }
    for r in out.reported.iter_mut() {
        r.who.actor = new_index[r.who.actor];
    }
}

/// How many blocks ahead of the reading the second core may have found the mentions: enough to
/// keep it busy, few enough that memory stays flat.
const MENTIONS_AHEAD: usize = 64;

/// The tokens' address and number, and per token the phrase found there once asked.
/// Four bytes a token: `NOT_ASKED`, `NO_MENTION` or the index of the phrase among those found
/// (most tokens begin none; a block of a million tokens keeps no `Mention` for each). The
/// phrases are kept with their token, and forgotten (their tokens back to `NOT_ASKED`) once
/// there are `MEMO_MENTIONS`: the questions come from the sentence being read and those near
/// it, and a paragraph that names a hundred thousand people holds no copy of each.
type MentionMemo = ((usize, usize), Vec<u32>, Vec<(usize, mentions::Mention)>);

const MEMO_MENTIONS: usize = 4096;

const NOT_ASKED: u32 = u32::MAX;
const NO_MENTION: u32 = u32::MAX - 1;

/// Attributes every speech quotation in `quotations` (top-level ones; others are skipped) with
/// the `sieves` in their order (`PIPELINE`, or one alone to test it); `parallel` finds the
/// blocks' tokens and mentions on all cores.
pub fn attribute(
    text: &str,
    blocks: &[crate::model::Block],
    quotations: &[Quotation],
    lang: &Language,
    parallel: bool,
    sieves: &[Sieve],
) -> Attributed {
    let mut out = Attributed {
        actors: Vec::new(),
        reported: Vec::new(),
        speakers: vec![None; quotations.len()],
        continues: vec![None; quotations.len()],
    };
    // Tokens keep their offsets in four bytes. A text longer than that (two hundred times
    // what quoth opens) keeps its quotations, with no speakers.
    if u32::try_from(text.len()).is_err() {
        return out;
    }
    // Every top-level quotation span, sorted, with its quotation's index.
    let mut spans: Vec<(Span, usize)> = quotations
        .iter()
        .enumerate()
        .filter(|(_, q)| !q.nested)
        .flat_map(|(i, q)| q.spans.iter().map(move |s| (*s, i)))
        .collect();
    spans.sort_by_key(|(s, _)| s.start);
    let extents: Vec<Span> = spans.iter().map(|(s, _)| *s).collect();
    // Each block's tokens are its own: a long text's are found on all cores.
    let tokens: Vec<Vec<Token>> = crate::parallel::map_runs(blocks, parallel, |run| {
        let words = WordClasses::new(lang);
        run.iter()
            .map(|b| {
                let ends = if b.kind == BlockKind::Paragraph {
                    sentences::sentence_ends(text, b.span, &extents)
                } else {
                    Vec::new()
                };
                // A dateline names a place and an agency, not an actor of the article.
                let start = b.dateline.map_or(b.span.start, |d| d.end.min(b.span.end));
                let mut toks = tokenize(text, Span::new(start, b.span.end), &spans, &ends);
                classify(text, &mut toks, &words);
                toks
            })
            .collect()
    });
    let mut surnames = FxHashSet::default();
    for toks in &tokens {
        mentions::collect_surnames(text, toks, lang, &mut surnames);
    }
    let mut reader = Reader {
        text,
        quotations,
        lang,
        surnames: &surnames,
        discourse: Discourse::new(lang),
        last_speaker: None,
        source_phrase: Default::default(),
        mentions: Default::default(),
        asking_earlier: Default::default(),
        guessed: Vec::new(),
        sieves,
    };
    // The names, roles and organisations of each block need only the surnames of the whole
    // text: on a long text they are found up to `MENTIONS_AHEAD` blocks ahead, on another
    // core, while the blocks before them are read. A date line has none.
    let known = Known {
        surnames: &surnames,
    };
    let items: Vec<(&crate::model::Block, &Vec<Token>)> = blocks.iter().zip(&tokens).collect();
    crate::parallel::pipeline(
        &items,
        parallel,
        MENTIONS_AHEAD,
        |(block, toks)| {
            if block.kind == BlockKind::Date {
                Vec::new()
            } else {
                mentions::scan_block(text, toks, lang, &known)
            }
        },
        |bi, known_mentions| {
            let b = &blocks[bi];
            if b.kind == BlockKind::Date {
                return;
            }
            let toks = &tokens[bi];
            let prev = (bi > 0 && blocks[bi - 1].kind == BlockKind::Paragraph)
                .then(|| tokens[bi - 1].as_slice());
            let block = BlockView {
                index: bi,
                toks,
                prev,
                heading: matches!(b.kind, BlockKind::Title | BlockKind::Heading),
            };
            read_block(&mut reader, &block, &known_mentions, quotations, &mut out);
        },
    );
    let guessed = std::mem::take(&mut reader.guessed);
    out.actors = reader.discourse.actors;
    drop_guesses(&mut out, &guessed);
    mentions_of_speakers(&mut out);
    single_spaced(&mut out.actors);
    out
}

/// Names and roles as one line of text: a hard-wrapped article breaks "Monica\nSchoch-Spana"
/// and "public \nhealth expert" across lines, and a tab may stand between words.
fn single_spaced(actors: &mut [Actor]) {
    let respace = |s: &mut String| {
        if s.contains(|c: char| c.is_whitespace() && c != ' ') || s.contains("  ") {
            *s = s.split_whitespace().collect::<Vec<_>>().join(" ");
        }
    };
    for actor in actors {
        respace(&mut actor.name);
        let mut roles: Vec<String> = Vec::with_capacity(actor.roles.len());
        for mut role in std::mem::take(&mut actor.roles) {
            respace(&mut role);
            if !roles.contains(&role) {
                roles.push(role);
            }
        }
        actor.roles = roles;
    }
}

/// Makes the mention that names each speaker one of the speaker's mentions, as the JSON contract
/// promises: a stored mention it overlaps stands for it ("Sprecher Bernd Schmidt" for "Bernd
/// Schmidt"); one that overlaps none is added.
fn mentions_of_speakers(out: &mut Attributed) {
    let actors = &mut out.actors;
    let who = out
        .speakers
        .iter_mut()
        .flatten()
        .chain(out.reported.iter_mut().map(|r| &mut r.who));
    for a in who {
        let Some(actor) = actors.get_mut(a.actor) else {
            continue;
        };
        let mentions = &mut actor.mentions;
        if mentions.binary_search(&a.mention).is_ok() {
            continue;
        }
        let overlaps = |m: &Span| m.start < a.mention.end && a.mention.start < m.end;
        match mentions.iter().find(|m| overlaps(m)) {
            Some(m) => a.mention = *m,
            None => {
                let at = mentions.partition_point(|m| m < &a.mention);
                mentions.insert(at, a.mention);
            }
        }
    }
}

/// Reads one block: `known_mentions` are its names, roles and organisations (`scan_block`).
fn read_block(
    reader: &mut Reader,
    block: &BlockView,
    known_mentions: &[mentions::Mention],
    quotations: &[Quotation],
    out: &mut Attributed,
) {
    let toks = block.toks;
    let sentence_count = toks.last().map_or(0, |t| t.sentence() + 1);
    let mut next_mention = 0;
    // The last person named in the block: their name's tokens, and the actor.
    let mut last_person: Option<(usize, usize, usize)> = None;
    for sentence in 0..sentence_count {
        // Names first: a speaker named after the quotation is known when the quotation is read.
        let mut first_in_sentence = true;
        while next_mention < known_mentions.len()
            && toks[known_mentions[next_mention].tokens.0].sentence() <= sentence
        {
            let m = &known_mentions[next_mention];
            let governed = reader.object_of_preposition(toks, m);
            let place = Place {
                governed,
                ..reader.place(block, m.tokens.0, first_in_sentence && !governed)
            };
            first_in_sentence = false;
            match m.kind {
                MentionKind::Name | MentionKind::Org => {
                    let actor = reader.discourse.register(reader.text, m, place);
                    if let (Some(a), Some(short)) = (actor, short_form_after(reader.text, toks, m))
                    {
                        reader.discourse.alias(a, short);
                    }
                    last_person = actor
                        .filter(|_| m.kind == MentionKind::Name && m.person)
                        .map(|a| (m.tokens.0, m.tokens.1, a));
                }
                MentionKind::Role => {
                    let apposed = apposed_person(toks, last_person, m)
                        .or_else(|| unknown_name_before_role(reader, block, m));
                    if let Some(a) = apposed {
                        reader.discourse.appose(a, reader.text, m, place);
                    } else if let Some(a) = reader.resolve_role(m, place) {
                        reader.learn_role(a, m);
                        reader.discourse.note(a, m.span, place);
                    } else if place.prominent && !m.plural && !m.case_marked {
                        // "Der Moderator kommentierte: …": a person known by their role alone,
                        // whom a later "er" may mean.
                        reader
                            .discourse
                            .add_unnamed(reader.text, m, place, reader.lang);
                    }
                }
                _ => {}
            }
            next_mention += 1;
        }
        let quoted = attribute_sentence_quotations(reader, block, sentence, quotations, out);
        let reported = if block.heading {
            None
        } else {
            reader.reported_speech(block, sentence, quotations)
        };
        let reporter = reported.as_ref().map(|r| r.who.actor);
        if let Some(r) = reported {
            reader.last_speaker = Some((r.who.actor, block.index));
            reader.discourse.speakers.insert(r.who.actor);
            out.reported.push(r);
        }
        // "Trump, in a statement, announced …": the statement is the speaker's.
        if let Some(actor) = reporter.or(quoted) {
            reader.note_documents(block, sentence, actor);
        }
        if reporter.is_some() {
            continue;
        }
        // A sentence with a verb of saying and a clear subject makes that subject the speaker
        // whose words may go on in the next sentences.
        update_last_speaker(reader, block, sentence);
    }
}

/// Runs the sieves on each speech quotation that opens in `sentence` of the block; a
/// quotation split by its cue („A“, sagte sie, „B“) gives its second part the same speaker.
/// Who was found to speak last in the sentence.
fn attribute_sentence_quotations(
    reader: &mut Reader,
    block: &BlockView,
    sentence: usize,
    quotations: &[Quotation],
    out: &mut Attributed,
) -> Option<usize> {
    let mut spoke = None;
    let speakers = &mut out.speakers;
    let continues = &mut out.continues;
    let toks = block.toks;
    let quotes_here: Vec<usize> = crate::analysis::tokens::sentence_range(toks, sentence)
        .filter(|k| matches!(toks[*k].kind, TokenKind::Quote(_)))
        .collect();
    for q in quotes_here {
        let TokenKind::Quote(qi) = toks[q].kind else {
            continue;
        };
        let quotation = &quotations[qi as usize];
        if !quotation.role.is_speech() || speakers[qi as usize].is_some() {
            continue;
        }
        // Only the quotation's first span looks for a cue; later paragraphs continue it.
        if quotation.spans[0].start != toks[q].span().start {
            continue;
        }
        let direct = quotation.role == QuoteRole::Direct;
        let found = pipeline::attribute_quotation(reader, block, q, direct);
        if let Some(a) = &found {
            if !a.reason.cue_after_quote() {
                reader.note_trailing_pronoun(block, q, a.actor);
            }
            reader.last_speaker = Some((a.actor, block.index));
            reader.discourse.speakers.insert(a.actor);
            reader.discourse.last_speaker = Some(a.actor);
            spoke = Some(a.actor);
            // „A“, sagte sie, „B“: the second part continues the first.
            if a.reason.cue_after_quote() {
                if let Some(next) = sieves::split_continuation(reader, block, q, quotations) {
                    continues[next] = Some(qi as usize);
                    speakers[next] = Some(Attribution {
                        reason: Reason::SplitQuotation,
                        ..a.clone()
                    });
                }
            }
        }
        speakers[qi as usize] = found;
    }
    spoke
}

/// "Syrian Democratic Forces (SDF)", "Bund der Steuerzahler (BdSt)": an acronym in brackets
/// right after an organisation's name, or after any name whose initials it spells, is its short
/// form. ("Renate Wulfert (SPD)" is a person and her party.)
fn short_form_after<'t>(text: &'t str, toks: &[Token], m: &mentions::Mention) -> Option<&'t str> {
    let end = m.tokens.1;
    let (open, word, close) = (toks.get(end)?, toks.get(end + 1)?, toks.get(end + 2)?);
    if !open.is_punct('(') || !word.is_word() || !close.is_punct(')') {
        return None;
    }
    let short = word.span().slice(text);
    if !mentions::is_acronym(short) {
        return None;
    }
    let name = m.name.unwrap_or(m.span).slice(text);
    let initials: String = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    let spells = initials.chars().count() >= 2
        && initials.to_lowercase() == short.replace('.', "").to_lowercase();
    (m.org || m.kind == MentionKind::Org || spells).then_some(short)
}

/// "Lea Voss, die Sprecherin der Firma, sagte": a singular role phrase right after a person's
/// name and a comma describes that person (`last_person`: the name's tokens `[start, end)`,
/// and its actor), when a comma or the sentence's end closes it or the name opens its sentence; "Es sprach Karl
/// Moser, der Minister erklärte" goes on with a clause of its own.
fn apposed_person(
    toks: &[Token],
    last_person: Option<(usize, usize, usize)>,
    role: &mentions::Mention,
) -> Option<usize> {
    let (start, after_name, actor) = last_person?;
    let follows = !role.plural && role.tokens.0 == after_name + 1 && toks[after_name].is_punct(',');
    // A comma or the sentence's end closes the apposition.
    let closed = toks.get(role.tokens.1).is_none_or(|t| {
        t.is_punct(',') || t.is_punct('.') || t.sentence() != toks[role.tokens.0].sentence()
    });
    let opens = start == 0 || toks[start - 1].sentence() != toks[start].sentence();
    (follows && (closed || opens)).then_some(actor)
}

/// "Dolkun Qadir, der Sekretär des Weltkongresses, sagte": capitalised words that open the
/// sentence, then a comma and a singular role phrase, are the name of the person the role
/// describes, though no first name is known; the person is registered.
fn unknown_name_before_role(
    reader: &mut Reader,
    block: &BlockView,
    role: &mentions::Mention,
) -> Option<usize> {
    let toks = block.toks;
    let comma = role.tokens.0.checked_sub(1)?;
    if role.plural || comma == 0 || !toks[comma].is_punct(',') {
        return None;
    }
    let sentence = toks[comma].sentence();
    let mut name = reader.mention_ending_at_if(toks, comma, |n| {
        n.kind == MentionKind::Name
            && !n.org
            && n.tokens.1 == comma
            && (n.tokens.0 == 0 || toks[n.tokens.0 - 1].sentence() != sentence)
            && n.tokens.1 - n.tokens.0 >= 2
    })?;
    name.person = true;
    let place = reader.place(block, name.tokens.0, true);
    reader.discourse.register(reader.text, &name, place)
}

fn update_last_speaker(reader: &mut Reader, block: &BlockView, sentence: usize) {
    let toks = block.toks;
    let Some(v) = crate::analysis::tokens::sentence_range(toks, sentence).find(|k| {
        reader.is_speech_verb(toks, *k)
            && !matches!(
                toks.get(k.wrapping_sub(1)).map(|t| t.kind),
                Some(TokenKind::Quote(_))
            )
    }) else {
        // "Sein Bruder Georg war eingeweiht. „Mein Bruder wünscht sich Ruhe.“": the person a
        // sentence is about is who the next quotation most likely quotes.
        if let Some(m) = reader.topic_opening(block, sentence) {
            let place = reader.place(block, m.tokens.0, true);
            let known = reader.discourse.actors.len();
            if let Some(actor) = reader.actor_for(&m, place) {
                reader.last_speaker = Some((actor, block.index));
                if actor >= known {
                    reader.guessed.push(actor);
                }
            }
        }
        return;
    };
    let Some(m) = reader.subject_of(toks, v) else {
        return;
    };
    // „Indem sie ausführen“: a group speaks, whom no actor holds.
    if reader.plural_by_verb(toks, &m) {
        return;
    }
    if m.kind == MentionKind::Org && reader.last_speaker.is_some() {
        return;
    }
    let place = reader.place(block, m.tokens.0, true);
    if let Some(actor) = reader.actor_for(&m, place) {
        if reader.discourse.actors[actor].kind != crate::model::ActorKind::Organization {
            reader.last_speaker = Some((actor, block.index));
        }
    }
}
