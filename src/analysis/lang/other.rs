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
            "de", "la", "que", "en", "el", "los", "las", "del", "por", "con", "un", "una", "es",
            "para", "como", "pero", "sus", "fue", "está", "han", "muy", "también", "sobre", "lo",
            "se", "su", "al", "más",
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
        "Czech",
        &[
            "je", "se", "na", "že", "ve", "do", "jako", "pro", "si", "za", "po", "od", "jsou",
            "byl", "ale", "které", "který", "jeho", "tak", "už", "jak", "při", "podle", "také",
            "bylo", "když", "mezi", "jen", "jsem", "byla", "není",
        ],
    ),
    (
        "Polish",
        &[
            "nie", "się", "jest", "na", "że", "do", "jak", "ale", "po", "od", "za", "przez", "dla",
            "jego", "czy", "już", "tylko", "oraz", "który", "która", "są", "było", "został", "jej",
            "też", "może", "jednak", "także", "gdy", "tym",
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
    if let Some(script) = other_script(text) {
        return Some(script);
    }
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

/// Letters looked at to tell the script: the rest of a long text is not read.
const SCRIPT_SAMPLE: usize = 20_000;

/// Fewer letters than this in other scripts, and a text is not judged by its script.
const MIN_SCRIPT_LETTERS: usize = 100;

/// The language a text is in when most of its letters are not Latin ones: Chinese, Japanese
/// (kana among the characters), Korean, or the language or script its letters mostly belong
/// to. German and English text quoting a name in another script keeps its Latin majority.
fn other_script(text: &str) -> Option<&'static str> {
    // Latin, then each other script with the name it is told by.
    const SCRIPTS: [(&str, &[(u32, u32)]); 8] = [
        (
            "Chinese",
            &[(0x3400, 0x4dbf), (0x4e00, 0x9fff), (0xf900, 0xfaff)],
        ),
        ("Japanese", &[(0x3040, 0x30ff)]),
        ("Korean", &[(0x1100, 0x11ff), (0xac00, 0xd7af)]),
        (
            "Russian or another language in Cyrillic",
            &[(0x0400, 0x052f)],
        ),
        ("Greek", &[(0x0370, 0x03ff)]),
        ("Arabic", &[(0x0600, 0x06ff), (0x0750, 0x077f)]),
        ("Hebrew", &[(0x0590, 0x05ff)]),
        ("a script quoth does not read", &[]),
    ];
    let mut latin = 0usize;
    let mut counts = [0usize; SCRIPTS.len()];
    for c in text
        .chars()
        .filter(|c| c.is_alphabetic())
        .take(SCRIPT_SAMPLE)
    {
        let code = u32::from(c);
        if c.is_ascii() || (0x00c0..=0x024f).contains(&code) || (0x1e00..=0x1eff).contains(&code) {
            latin += 1;
            continue;
        }
        let script = SCRIPTS
            .iter()
            .position(|(_, ranges)| ranges.iter().any(|(a, b)| (*a..=*b).contains(&code)))
            .unwrap_or(SCRIPTS.len() - 1);
        counts[script] += 1;
    }
    let other: usize = counts.iter().sum();
    if other < MIN_SCRIPT_LETTERS || other <= latin {
        return None;
    }
    // Japanese writes kana between its Chinese characters; Chinese has none.
    let (han, kana) = (counts[0], counts[1]);
    if kana > 0 && kana * 10 >= han + kana {
        return Some(SCRIPTS[1].0);
    }
    let (best, _) = counts.iter().enumerate().max_by_key(|(_, n)| **n)?;
    Some(SCRIPTS[if best == 1 { 0 } else { best }].0)
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
    fn texts_in_other_scripts_are_named() {
        let chinese =
            "人工智能迈上新台阶，新电脑已可利用记忆自学。研究人员表示，这是一个重要的进展。";
        assert_eq!(unsupported(&chinese.repeat(5)), Some("Chinese"));
        let japanese =
            "東京都は月曜日、新しい計画を発表しました。知事は「準備はできている」と述べました。";
        assert_eq!(unsupported(&japanese.repeat(5)), Some("Japanese"));
        let russian = "Министр иностранных дел заявил во вторник, что переговоры продолжатся. ";
        assert_eq!(
            unsupported(&russian.repeat(5)),
            Some("Russian or another language in Cyrillic")
        );
        // English that names a place in its own script is English.
        let en = "The minister said on Tuesday that the talks in 北京 (Beijing) would go on. ";
        assert_eq!(unsupported(&en.repeat(40)), None);
    }

    #[test]
    fn spanish_czech_and_polish_articles_are_named() {
        let es = "Twitter ha dado a conocer que Twitter Lite llegará a un total de 24 nuevos \
            países a partir de hoy, 11 de ellos de América Latina. Según explicó en un \
            comunicado, la aplicación estará disponible en Bolivia, Brasil, Chile y Colombia, \
            y es la versión ligera de la aplicación que consume menos datos. ";
        assert_eq!(unsupported(&es.repeat(3)), Some("Spanish"));
        let cs = "Zázrak jedné sezony? West Ham dává pochybovačům stále pádnější odpovědi a \
            fotbalový svět si začíná uvědomovat, že se anglická elita rozrůstá o nového člena. \
            Tým je podle trenéra silný, ale když hraje venku, není to tak jisté jako doma. ";
        assert_eq!(unsupported(&cs.repeat(4)), Some("Czech"));
        let pl = "Minister powiedział we wtorek, że rozmowy nie zostały jeszcze zakończone, ale \
            jest już jasne, że porozumienie jest możliwe. Jak dodał, to nie jest tylko sprawa \
            rządu, lecz także opozycji, która też może przez to zyskać. ";
        assert_eq!(unsupported(&pl.repeat(4)), Some("Polish"));
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
