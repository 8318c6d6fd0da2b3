//! Texts in a language quoth does not read. German and English rules would name speakers in a
//! French article at random, so such a text is recognised, by the function words of the
//! languages most often met next to German and English news, and refused unless the user names
//! its language.

use super::{language, ALL};

/// Function words of other languages: the most frequent ones, leaving out any that German or
/// English has too ("in", "die", "was", "a") and single letters.
const OTHERS: &[(&str, &[&str])] = &[
    (
        "French",
        &[
            "le", "la", "les", "des", "du", "une", "est", "et", "dans", "pour", "que", "qui",
            "pas", "sur", "avec", "ce", "cette", "sont", "il", "elle", "nous", "vous", "ils", "au",
            "aux", "ont", "été", "mais", "ou", "par", "plus", "sa", "ses", "leur",
        ],
    ),
    (
        "Spanish",
        &[
            "el", "los", "las", "del", "por", "con", "una", "es", "para", "como", "pero", "sus",
            "fue", "está", "han", "muy", "también", "sobre", "lo", "se", "su", "al", "más",
        ],
    ),
    (
        "Italian",
        &[
            "il", "di", "che", "per", "una", "non", "sono", "della", "delle", "degli", "gli",
            "nel", "nella", "anche", "come", "più", "è", "ha", "del", "alla", "dei",
        ],
    ),
    (
        "Dutch",
        &[
            "het", "een", "van", "niet", "zijn", "ook", "maar", "wordt", "bij", "naar", "dat",
            "voor", "met", "heeft", "deze", "door", "werd", "tegen", "hij", "zij", "wij",
        ],
    ),
    (
        "Portuguese",
        &[
            "os", "não", "uma", "com", "para", "por", "mais", "foi", "são", "também", "pelo",
            "pela", "seu", "sua", "ao", "dos", "das", "da", "do", "em", "um",
        ],
    ),
];

/// Fewer of the other language's words than this, and a text is read as German or English.
const MIN_EVIDENCE: usize = 30;

/// How many times the German and English function words the other language's must outnumber.
const DOMINANCE: usize = 3;

/// The language a text is in, by name, when it is clearly neither German nor English: at least
/// `MIN_EVIDENCE` of its function words, and `DOMINANCE` times as many as German's and
/// English's together. Short texts and texts that quote another language are read as usual.
pub fn unsupported(text: &str) -> Option<&'static str> {
    let mut own = 0usize;
    let mut others = [0usize; OTHERS.len()];
    let mut lower = String::new();
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().nth(1).is_some())
        .take(20_000)
    {
        // Function words are short: a long word is none, of any language.
        if word.len() > LONGEST_FUNCTION_WORD {
            continue;
        }
        lower.clear();
        lower.extend(word.chars().flat_map(char::to_lowercase));
        let languages = function_words().get(lower.as_str()).copied().unwrap_or(0);
        if languages & OURS != 0 {
            own += 1;
        }
        if languages & OURS == 0 {
            for (i, count) in others.iter_mut().enumerate() {
                *count += usize::from(languages >> i & 1);
            }
        }
        if own + others.iter().sum::<usize>() >= DECISIVE {
            break;
        }
    }
    let (best, count) = others.iter().enumerate().max_by_key(|(_, n)| **n)?;
    (*count >= MIN_EVIDENCE && *count > DOMINANCE * own).then_some(OTHERS[best].0)
}

/// Function words enough to tell the language: the rest of a long text is not read.
const DECISIVE: usize = 1_000;

/// Bytes of the longest function word, of ours and of the others: a longer word is no function
/// word (German's and English's longest are well under it).
const LONGEST_FUNCTION_WORD: usize = 24;

/// The bit of German's and English's function words in `function_words`.
const OURS: u8 = 1 << 7;

/// Every function word, German's and English's (`OURS`) and the other languages' (bit `i`:
/// `OTHERS[i]`). Built from the word lists alone, not the lexicons, so that telling a language
/// costs no more than it needs: the reader does it before its first screen.
fn function_words() -> &'static rustc_hash::FxHashMap<&'static str, u8> {
    static WORDS: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, u8>> =
        std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let mut map = rustc_hash::FxHashMap::default();
        for lang in ALL {
            for word in language(lang).function_words {
                *map.entry(*word).or_insert(0) |= OURS;
            }
        }
        for (i, (_, words)) in OTHERS.iter().enumerate() {
            for word in *words {
                *map.entry(*word).or_insert(0) |= 1 << i;
            }
        }
        map
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRENCH: &str = "Le président de la République a annoncé mardi une série de mesures pour \
        soutenir les entreprises touchées par la crise. « Nous ne laisserons personne sur le bord \
        de la route », a-t-il déclaré dans une allocution télévisée. Les syndicats ont salué \
        cette décision, mais ils demandent plus de moyens pour les salariés. Selon le ministre de \
        l'Économie, le plan coûtera plusieurs milliards d'euros et sera financé par la dette. \
        Les partis d'opposition estiment que ces mesures arrivent trop tard et qu'elles ne sont \
        pas à la hauteur des enjeux. Le gouvernement doit présenter le texte au Parlement dans les \
        prochaines semaines, avec un vote prévu avant la fin du mois.";

    #[test]
    fn no_function_word_is_longer_than_the_bound() {
        let ours = ALL
            .iter()
            .flat_map(|l| language(*l).function_words.iter().copied());
        for word in ours.chain(OTHERS.iter().flat_map(|(_, w)| w.iter().copied())) {
            assert!(word.len() <= LONGEST_FUNCTION_WORD, "{word}");
        }
    }

    #[test]
    fn a_french_article_is_named() {
        assert_eq!(unsupported(FRENCH), Some("French"));
    }

    #[test]
    fn german_english_and_short_texts_are_read() {
        let de = include_str!("../../../samples/de/dpa-ukraine-verhandlungen.txt");
        assert_eq!(unsupported(de), None);
        let en = "The president said on Tuesday that the plan would cost billions. \
            \"We will not leave anyone behind,\" he told reporters in Paris, where the motto \
            \"Liberté, égalité, fraternité\" was quoted by the ministers of la République.";
        assert_eq!(unsupported(&en.repeat(20)), None);
        assert_eq!(
            unsupported("Le président a dit oui."),
            None,
            "too little to tell"
        );
        // An English article quoting French at length is still English.
        let quoting = format!("{} {}", en.repeat(30), &FRENCH[..200]);
        assert_eq!(unsupported(&quoting), None);
    }
}
