//! The actors of an article as it is read: who has been named, by which words, and who a role
//! noun or a pronoun most likely refers to at a given point.

use std::collections::HashMap;

use super::lang::Language;
use super::mentions::{is_org_name, without_genitive, Mention, MentionKind};
use crate::model::{Actor, ActorKind, Gender, Span};

/// Where a mention stands, for salience: block, sentence in block, and whether it opens its
/// sentence (a subject, roughly) or names a speaker. Sixteen bytes: each actor keeps one for
/// every mention (`attribution` reads no text of more than `u32::MAX` bytes).
#[derive(Debug, Clone, Copy)]
pub struct Place {
    pub block: u32,
    pub sentence: u32,
    pub offset: u32,
    pub prominent: bool,
    /// The mention is the object of a preposition ("Speaking to Martin Smith, he said"): a
    /// pronoun later in its sentence means someone else.
    pub governed: bool,
}

impl Place {
    pub fn new(block: usize, sentence: usize, offset: usize, prominent: bool) -> Place {
        let small = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Place {
            block: small(block),
            sentence: small(sentence),
            offset: small(offset),
            prominent,
            governed: false,
        }
    }
    /// Is this a preposition's object in the sentence of `other`?
    fn governed_in(&self, other: Place) -> bool {
        self.governed && self.block == other.block && self.sentence == other.sentence
    }
}

#[derive(Debug, Default)]
pub struct Discourse {
    pub actors: Vec<Actor>,
    /// Role heads of each actor, lower case ("außenminister").
    role_heads: Vec<Vec<String>>,
    places: Vec<Vec<Place>>,
    /// (block, actor) for each actor's first mention in a block, in reading order, no older than
    /// two blocks before the latest and at most `RECENT_REMEMBERED`: the only actors `salience`
    /// can find. Resolving a pronoun
    /// looks at these instead of every actor of a novel.
    recent: std::collections::VecDeque<(u32, usize)>,
    /// Surname or organisation key -> actor.
    by_key: HashMap<String, usize>,
    /// Name spans already registered, so a name found twice is counted once.
    seen: std::collections::HashSet<Span>,
    /// The first person named in each block: the paragraph's topic, whom "er" and "sie" most
    /// often mean.
    topic: HashMap<u32, usize>,
    /// Actors who have been quoted: likelier to be "he" again.
    pub speakers: std::collections::HashSet<usize>,
    /// Who spoke last: "he said" after a quotation most often means them.
    pub last_speaker: Option<usize>,
    /// Role phrases in apposition to a name, by the start of their span: "Jana Brenner, die
    /// Sprecherin der Firma," names Jana Brenner, whoever else holds such a role.
    apposed: HashMap<usize, usize>,
    /// The last `PERSONS_REMEMBERED` persons named, the latest at the back: whom "he" or "she"
    /// may mean when no one fits in the last blocks.
    persons_named: std::collections::VecDeque<usize>,
    /// Texts a speaker spoke in, by their noun's head ("statement" after "Trump, in a
    /// statement, announced"): "the statement" later means the speaker who spoke in one last.
    pub documents: HashMap<String, usize>,
    /// The language's `nominative`: a role phrase is named and listed in the nominative.
    nominative: Option<fn(&str, &str) -> Option<String>>,
}

/// How many of the persons named last a pronoun with no one near may mean: enough for an
/// article's cast, and a text that names a hundred thousand people stays linear.
const PERSONS_REMEMBERED: usize = 32;

/// How many actors' first mentions in a block `recent` keeps: far more than three paragraphs
/// of an article name, and a paragraph that names a hundred thousand people stays linear.
const RECENT_REMEMBERED: usize = 64;

/// How many of an actor's latest mentions salience looks at: enough for any paragraph, and it
/// keeps an article that names one person a hundred thousand times linear.
const MAX_PLACES_LOOKED_AT: usize = 64;

/// How much each mention in the last blocks adds to an actor's salience, up to
/// `MENTIONS_COUNTED` of them.
const MENTION_BONUS: f32 = 0.25;
const MENTIONS_COUNTED: usize = 5;

/// How much likelier the person the first block (headline or lead) names is meant: enough to
/// settle a tie between two who fit as well.
const LEAD_BONUS: f32 = 0.1;

/// How much likelier the one quoted last is to be "he" or "sie" again than another person.
const LAST_SPEAKER_BONUS: f32 = 1.0;

/// The key a name is known by: lower case, without diacritics, so that one name spelt with and
/// without them ("Erdoğan", "Erdogan") is one actor.
fn key_of(s: &str) -> String {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    if s.is_ascii() {
        return s.to_lowercase();
    }
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase()
}

/// The word right before `start` in `text`: the article of a phrase that starts there.
pub(crate) fn word_before(text: &str, start: usize) -> &str {
    text[..start]
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
}

impl Discourse {
    pub fn new(lang: &Language) -> Discourse {
        Discourse {
            nominative: Some(lang.nominative),
            ..Discourse::default()
        }
    }

    /// A role phrase as the panel shows it: in the nominative ("des russischen
    /// Außenministeriums" → "russisches Außenministerium").
    fn in_nominative(&self, text: &str, phrase: Span) -> String {
        let words = phrase.slice(text);
        self.nominative
            .and_then(|f| f(word_before(text, phrase.start), words))
            .unwrap_or_else(|| words.to_string())
    }

    fn add_actor(&mut self, name: String, kind: ActorKind, gender: Option<Gender>) -> usize {
        let id = self.actors.len();
        self.actors.push(Actor {
            id: format!("a{id}"),
            name,
            kind,
            gender,
            roles: Vec::new(),
            mentions: Vec::new(),
        });
        self.role_heads.push(Vec::new());
        self.places.push(Vec::new());
        id
    }

    pub fn note(&mut self, actor: usize, span: Span, place: Place) {
        let a = &mut self.actors[actor];
        let at = a.mentions.partition_point(|m| m < &span);
        if a.mentions.get(at) != Some(&span) {
            a.mentions.insert(at, span);
        }
        let places = &mut self.places[actor];
        if places.last().is_none_or(|p| p.block != place.block) {
            while self
                .recent
                .front()
                .is_some_and(|(block, _)| block + 2 < place.block)
            {
                self.recent.pop_front();
            }
            self.recent.push_back((place.block, actor));
            if self.recent.len() > RECENT_REMEMBERED {
                self.recent.pop_front();
            }
        }
        places.push(place);
        if self.actors[actor].kind == ActorKind::Person {
            self.topic.entry(place.block).or_insert(actor);
            // The persons named last, latest at the back, each once.
            self.persons_named.retain(|a| *a != actor);
            self.persons_named.push_back(actor);
            if self.persons_named.len() > PERSONS_REMEMBERED {
                self.persons_named.pop_front();
            }
        }
    }

    fn add_role(&mut self, actor: usize, role: &str, head: Option<&str>) {
        let role = role.trim().to_string();
        if !role.is_empty() && !self.actors[actor].roles.contains(&role) {
            self.actors[actor].roles.push(role);
        }
        if let Some(h) = head {
            if !self.role_heads[actor].iter().any(|x| x == h) {
                self.role_heads[actor].push(h.to_string());
            }
        }
    }

    fn set_gender(&mut self, actor: usize, gender: Option<Gender>) {
        if self.actors[actor].gender.is_none() {
            self.actors[actor].gender = gender;
        }
    }

    /// The actor a named mention stands for, created if new. Role and pronoun mentions are not
    /// handled here (see `resolve`).
    pub fn register(&mut self, text: &str, m: &Mention, place: Place) -> Option<usize> {
        let actor = match m.kind {
            MentionKind::Name => {
                let name_span = m.name?;
                let name = name_span.slice(text);
                let words: Vec<&str> = name.split_whitespace().collect();
                let last = *words.last()?;
                let key = key_of(without_genitive(last));
                let key_plain = key_of(last);
                let existing = self
                    .by_key
                    .get(&key_plain)
                    .or_else(|| self.by_key.get(&key))
                    .copied();
                // "Georg Brenner" after "Joseph Brenner": one surname, two people. A full
                // name with another first name is a new actor, and the surname alone then means
                // the one named last.
                let other_person = existing.is_some_and(|a| {
                    let known: Vec<&str> = self.actors[a].name.split_whitespace().collect();
                    words.len() > 1 && known.len() > 1 && known[0] != words[0]
                });
                let existing = existing.filter(|_| !other_person);
                let actor = match existing {
                    Some(a) => a,
                    None => {
                        let kind = if m.person {
                            ActorKind::Person
                        } else if m.org || is_org_name(last) {
                            ActorKind::Organization
                        } else {
                            ActorKind::Other
                        };
                        let a = self.add_actor(name.to_string(), kind, None);
                        self.by_key.insert(
                            if words.len() > 1 {
                                key_of(last)
                            } else {
                                key_plain
                            },
                            a,
                        );
                        // "Li Fei", then "Li": a person's two names, neither a known first
                        // name, may put the family name first.
                        let first_name = super::lang::first_names::first_name(words[0]);
                        if words.len() == 2 && m.person && first_name.is_none() {
                            self.by_key.entry(key_of(words[0])).or_insert(a);
                        }
                        a
                    }
                };
                // The fullest form is the name.
                if words.len() > self.actors[actor].name.split_whitespace().count() {
                    self.actors[actor].name = name.to_string();
                }
                if m.person && self.actors[actor].kind != ActorKind::Person {
                    self.actors[actor].kind = ActorKind::Person;
                }
                self.set_gender(actor, m.gender);
                if let Some(role) = m.role {
                    let role = self.in_nominative(text, role);
                    self.add_role(actor, &role, m.role_head.as_deref());
                }
                if self.seen.contains(&name_span) {
                    return Some(actor);
                }
                self.seen.insert(name_span);
                actor
            }
            MentionKind::Org | MentionKind::Group => {
                let kind = if m.kind == MentionKind::Org {
                    ActorKind::Organization
                } else {
                    ActorKind::Other
                };
                self.actor_by_phrase(m.span.slice(text), kind)
            }
            MentionKind::Role | MentionKind::Pronoun => return None,
        };
        self.note(actor, m.span, place);
        Some(actor)
    }

    /// The actor an organisation or group phrase names, created the first time it is seen.
    fn actor_by_phrase(&mut self, name: &str, kind: ActorKind) -> usize {
        let key = key_of(name);
        if let Some(a) = self.by_key.get(&key) {
            return *a;
        }
        let a = self.add_actor(name.to_string(), kind, None);
        self.by_key.insert(key, a);
        a
    }

    /// The actor a role noun or pronoun refers to at `place`, by agreement and salience.
    pub fn resolve(&self, m: &Mention, place: Place, lang: &Language) -> Option<usize> {
        let mut best: Option<(f32, usize)> = None;
        // In the order of their ids, so that ties go to the actor met first.
        let mut candidates: Vec<usize> = self
            .recent
            .iter()
            .filter(|(block, _)| block + 2 >= place.block)
            .map(|(_, a)| *a)
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        for a in candidates {
            let actor = &self.actors[a];
            let fits = match m.kind {
                MentionKind::Pronoun if m.plural => actor.kind != ActorKind::Person,
                MentionKind::Pronoun => {
                    actor.kind == ActorKind::Person
                        && (actor.gender.is_none()
                            || actor.gender == m.gender
                            || m.gender.is_none())
                }
                MentionKind::Role => {
                    actor.kind == ActorKind::Person
                        && (m.gender.is_none()
                            || actor.gender.is_none()
                            || actor.gender == m.gender)
                        && self.role_fits(a, m, lang)
                }
                _ => false,
            };
            if !fits {
                continue;
            }
            let Some(score) = self.salience(a, place) else {
                continue;
            };
            if best.is_none_or(|(s, _)| score > s) {
                best = Some((score, a));
            }
        }
        best.map(|(_, a)| a)
            .or_else(|| self.last_person_before(m, place))
    }

    /// „nach Meinung des SPD-Politikers“ right after Gall spoke: a definite role noun that no
    /// known person's role fits names the one who spoke last, when that is a person of the
    /// role's gender who spoke in this block or the one before.
    pub fn epithet_of_last_speaker(&self, m: &Mention, place: Place) -> Option<usize> {
        if m.kind != MentionKind::Role || m.plural {
            return None;
        }
        let actor = self.last_speaker?;
        let a = &self.actors[actor];
        let recent = self.places[actor]
            .iter()
            .rev()
            .take(MAX_PLACES_LOOKED_AT)
            .any(|p| p.offset < place.offset && p.block + 1 >= place.block);
        let gender_fits = match m.gender {
            Some(g) => a.gender.is_none_or(|ag| ag == g),
            None => a.gender != Some(Gender::Female),
        };
        (a.kind == ActorKind::Person && recent && gender_fits).then_some(actor)
    }

    /// For "he" or "she" with no fitting person in the last blocks: the fitting person named
    /// last before `place`, however far back (a long profile names its subject once, then says
    /// "he" for pages).
    fn last_person_before(&self, m: &Mention, place: Place) -> Option<usize> {
        if m.kind != MentionKind::Pronoun || m.plural {
            return None;
        }
        self.persons_named
            .iter()
            .copied()
            .filter(|i| {
                let a = &self.actors[*i];
                a.kind == ActorKind::Person
                    && (a.gender.is_none() || m.gender.is_none() || a.gender == m.gender)
            })
            .filter_map(|i| {
                let last = self.places[i]
                    .iter()
                    .rev()
                    .take(MAX_PLACES_LOOKED_AT)
                    .find(|p| p.offset < place.offset && !p.governed_in(place))?;
                Some((last.offset, i))
            })
            .max()
            .map(|(_, i)| i)
    }

    /// Does a role mention fit the actor? The same role noun ("der Minister" after
    /// "Außenminister"); or, for a feminine or masculine role noun with no such match, an actor of
    /// that gender (the role noun then describes them: "die Grünen-Politikerin").
    fn role_fits(&self, actor: usize, m: &Mention, lang: &Language) -> bool {
        let Some(head) = m.role_head.as_deref() else {
            return false;
        };
        if self.role_heads[actor]
            .iter()
            .any(|h| h.ends_with(head) || head.ends_with(h.as_str()))
        {
            return true;
        }
        // A gendered role noun may describe a known person of that gender.
        let gendered =
            m.gender.is_some() && lang.gendered_role_nouns && m.gender == Some(Gender::Female);
        gendered && self.actors[actor].gender == m.gender
    }

    /// How present an actor is at `place`: recent and prominent mentions count most. None when
    /// the actor has not been mentioned before `place` in this or the two blocks before.
    fn salience(&self, actor: usize, place: Place) -> Option<f32> {
        let mut best: Option<f32> = None;
        let mut count = 0;
        // Newest first, and no further back than two blocks: places are in reading order.
        for p in self.places[actor].iter().rev().take(MAX_PLACES_LOOKED_AT) {
            if p.block + 2 < place.block {
                break;
            }
            if p.offset >= place.offset || p.governed_in(place) {
                continue;
            }
            count += 1;
            let distance = if p.block == place.block {
                (place.sentence - p.sentence.min(place.sentence)) as f32
            } else {
                2.0 + (place.block - p.block) as f32 * 2.0
            };
            let topic = self.topic.get(&place.block) == Some(&actor);
            let score = -distance
                + if p.prominent { 1.5 } else { 0.0 }
                + if topic { 1.5 } else { 0.0 }
                + if self.speakers.contains(&actor) {
                    0.5
                } else {
                    0.0
                }
                + if self.last_speaker == Some(actor) {
                    LAST_SPEAKER_BONUS
                } else {
                    0.0
                }
                + p.offset as f32 * 1e-7;
            if best.is_none_or(|b| score > b) {
                best = Some(score);
            }
        }
        // Who is named often is who the passage is about; who the headline or the lead names,
        // the whole article.
        let lead = self.places[actor].first().is_some_and(|p| p.block == 0);
        best.map(|b| {
            b + MENTION_BONUS * (count.min(MENTIONS_COUNTED) as f32 - 1.0)
                + if lead { LEAD_BONUS } else { 0.0 }
        })
    }

    /// The role phrase `m` stands in apposition to `actor`'s name: it is one of their roles,
    /// and wherever the phrase is read again it names them.
    pub fn appose(&mut self, actor: usize, text: &str, m: &Mention, place: Place) {
        self.learn_role(actor, text, m);
        self.note(actor, m.span, place);
        self.apposed.insert(m.span.start, actor);
    }

    /// `short` (an acronym in brackets after the actor's name) names the actor too.
    pub fn alias(&mut self, actor: usize, short: &str) {
        self.by_key.entry(key_of(short)).or_insert(actor);
    }

    /// The actor a role phrase at `span` was found in apposition to, if any.
    pub fn apposed_to(&self, span: Span) -> Option<usize> {
        self.apposed.get(&span.start).copied()
    }

    /// Records a role noun as one of the actor's roles.
    /// The speaker one of whose roles holds `word` ("Turkish" of "Turkish President"), the one
    /// who spoke last if several.
    pub fn speaker_described_by(&self, word: &str) -> Option<usize> {
        self.speakers
            .iter()
            .copied()
            .filter(|a| {
                self.actors[*a]
                    .roles
                    .iter()
                    .any(|r| r.split_whitespace().any(|w| w == word))
            })
            .max_by_key(|a| self.places[*a].last().map_or(0, |p| p.offset))
    }

    pub fn learn_role(&mut self, actor: usize, text: &str, m: &Mention) {
        if let Some(role) = m.role {
            let role = self.in_nominative(text, role);
            self.add_role(actor, &role, m.role_head.as_deref());
        }
        if self.actors[actor].gender.is_none() && m.kind == MentionKind::Role {
            self.set_gender(actor, m.gender);
        }
    }

    /// An actor for a speaker named only by a role or a group ("ein Sprecher", "officials").
    pub fn add_unnamed(&mut self, text: &str, m: &Mention, place: Place, lang: &Language) -> usize {
        let name = self.in_nominative(text, m.span);
        let key = key_of(&name);
        // "der Sprecher" is a person; "die Zeitung", "the email", "the crowd" are not, and so
        // no "er" or "she" will be taken to mean them.
        let person = m.kind == MentionKind::Role
            && !m.plural
            && m.role_head
                .as_deref()
                .is_some_and(|h| lang.role_heads.iter().any(|r| h.ends_with(r)));
        let actor = match self.by_key.get(&key) {
            Some(a) => *a,
            None => {
                let kind = if person {
                    ActorKind::Person
                } else {
                    ActorKind::Other
                };
                let a = self.add_actor(
                    name,
                    kind,
                    if m.kind == MentionKind::Role {
                        m.gender
                    } else {
                        None
                    },
                );
                self.by_key.insert(key, a);
                a
            }
        };
        self.learn_role(actor, text, m);
        self.note(actor, m.span, place);
        actor
    }

    pub fn set_pronoun_gender(&mut self, actor: usize, gender: Option<Gender>) {
        self.set_gender(actor, gender);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::lang::language;
    use crate::model::Lang;

    fn place(block: usize, sentence: usize, offset: usize) -> Place {
        Place::new(block, sentence, offset, true)
    }

    fn pronoun(offset: usize) -> Mention {
        Mention {
            kind: MentionKind::Pronoun,
            span: Span::new(offset, offset + 2),
            tokens: (0, 1),
            name: None,
            role: None,
            role_head: None,
            gender: None,
            plural: false,
            person: false,
            org: false,
            case_marked: false,
        }
    }

    /// A paragraph that names ten thousand people: each pronoun weighed every one of them, in
    /// time that grew with the square of the paragraph.
    #[test]
    fn a_place_takes_16_bytes() {
        // Kept for every mention of every actor: a paragraph naming 250 000 people keeps a
        // million.
        assert!(
            std::mem::size_of::<Place>() <= 16,
            "{}",
            std::mem::size_of::<Place>()
        );
    }

    #[test]
    fn a_pronoun_weighs_a_bounded_number_of_recent_actors() {
        let mut d = Discourse::new(language(Lang::De));
        let n = 10_000;
        for i in 0..n {
            let a = d.add_actor(format!("Person {i}"), ActorKind::Person, None);
            d.note(a, Span::new(i * 10, i * 10 + 8), place(0, i, i * 10));
        }
        assert_eq!(d.recent.len(), RECENT_REMEMBERED);
        // The person named last is still the one "er" means.
        let at = n * 10;
        let found = d.resolve(&pronoun(at), place(0, n, at), language(Lang::De));
        assert_eq!(found, Some(n - 1));
    }
}
