//! Texts in a language quoth does not read. German and English rules would name speakers in a
//! French article at random, so such a text is recognised, by the function words of the
//! languages most often met next to German and English news, and refused unless the user names
//! its language.

use super::{lexicon, ALL};

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
    let ours = |w: &str| ALL.iter().any(|l| lexicon(*l).function_words.contains(w));
    let mut own = 0usize;
    let mut others = [0usize; OTHERS.len()];
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().nth(1).is_some())
        .take(20_000)
    {
        let lower = word.to_lowercase();
        if ours(&lower) {
            own += 1;
            continue;
        }
        for (i, (_, words)) in OTHERS.iter().enumerate() {
            if words.contains(&lower.as_str()) {
                others[i] += 1;
            }
        }
    }
    let (best, count) = others.iter().enumerate().max_by_key(|(_, n)| **n)?;
    (*count >= MIN_EVIDENCE && *count > DOMINANCE * own).then_some(OTHERS[best].0)
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
