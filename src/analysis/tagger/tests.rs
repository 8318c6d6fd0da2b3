use super::train::{evaluate, parse_conllu, train, Options};
use super::*;

const CORPUS: &str = "\
# text = The dog barks.
1\tThe\tthe\tDET\t_\t_\t2\tdet\t_\t_
2\tdog\tdog\tNOUN\t_\t_\t3\tnsubj\t_\t_
3\tbarks\tbark\tVERB\t_\t_\t0\troot\t_\t_
4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
1\tdo\tdo\tAUX\t_\t_\t3\taux\t_\t_
2\tn't\tnot\tPART\t_\t_\t3\tadvmod\t_\t_
3\trun\trun\tVERB\t_\t_\t0\troot\t_\t_
3.1\tgo\tgo\tVERB\t_\t_\t_\t_\t_\t_
4\t!\t!\tPUNCT\t_\t_\t3\tpunct\t_\t_

1\tMary\tMary\tPROPN\t_\t_\t2\tnsubj\t_\t_
2\tsees\tsee\tVERB\t_\t_\t0\troot\t_\t_
3\ta\ta\tDET\t_\t_\t4\tdet\t_\t_
4\tcat\tcat\tNOUN\t_\t_\t2\tobj\t_\t_
5\tquickly\tquickly\tADV\t_\t_\t2\tadvmod\t_\t_
6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_
";

fn tiny_tagger(closed_rule: bool) -> (Tagger, Vec<train::Sentence>) {
    let sentences = parse_conllu(CORPUS).expect("the inline corpus parses");
    let opts = Options {
        iterations: 10,
        closed_rule,
        prune: 0.0,
        ..Options::default()
    };
    let bytes: &'static [u8] = Box::leak(train(&sentences, &opts).into_boxed_slice());
    (
        Tagger::from_bytes(bytes).expect("a trained model loads"),
        sentences,
    )
}

#[test]
fn conllu_skips_comments_multiword_tokens_and_empty_nodes() {
    let s = parse_conllu(CORPUS).unwrap();
    assert_eq!(s.len(), 3);
    assert_eq!(s[1].words, ["do", "n't", "run", "!"]);
    assert_eq!(s[1].tags, [Upos::Aux, Upos::Part, Upos::Verb, Upos::Punct]);
    assert!(parse_conllu("1\tx\tx\tNOPE\n").is_err());
}

#[test]
fn a_trained_model_round_trips_and_tags_its_training_sentences() {
    for closed_rule in [false, true] {
        let (tagger, sentences) = tiny_tagger(closed_rule);
        let mut out = Vec::new();
        for s in &sentences {
            let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
            tagger.tag(&words, &mut out);
            assert_eq!(out, s.tags, "{words:?}");
        }
        assert_eq!(evaluate(&tagger, &sentences).accuracy(), 100.0);
    }
}

#[test]
fn empty_sentences_unseen_words_and_quotations_do_not_crash() {
    let (tagger, _) = tiny_tagger(true);
    let mut out = vec![Upos::Noun];
    tagger.tag(&[], &mut out);
    assert!(out.is_empty());
    tagger.tag(&["Zxq", QUOTE, "ÄÖÜ-ß", "", "42", "‽"], &mut out);
    assert_eq!(out.len(), 6);
}

#[test]
fn garbage_bytes_are_an_error() {
    let sentences = parse_conllu(CORPUS).unwrap();
    let good = train(&sentences, &Options::default());
    let mut cases: Vec<Vec<u8>> = vec![
        vec![],
        b"QTAG".to_vec(),
        vec![0xff; 100],
        good[..good.len() - 1].to_vec(),
    ];
    let mut header = good.clone();
    header[8..12].copy_from_slice(&u32::MAX.to_le_bytes());
    cases.push(header);
    let mut version = good.clone();
    version[4] = 9;
    cases.push(version);
    for bytes in cases {
        let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
        assert!(Tagger::from_bytes(bytes).is_err());
    }
    // Right length, scrambled tables: no panic, no endless probing.
    let mut scrambled = good.clone();
    for (i, b) in scrambled[HEADER..].iter_mut().enumerate() {
        *b = (i as u8).wrapping_mul(37) | 1;
    }
    let tagger = Tagger::from_bytes(Box::leak(scrambled.into_boxed_slice())).unwrap();
    let mut out = Vec::new();
    tagger.tag(&["The", "dog", "barks", "."], &mut out);
    assert_eq!(out.len(), 4);
}

#[test]
fn upos_names_round_trip() {
    for u in Upos::ALL {
        assert_eq!(Upos::from_ud(u.as_str()), Some(u));
    }
    assert_eq!(Upos::from_ud("_"), None);
}

#[test]
fn shipped_models_load_and_tag_plain_sentences() {
    for lang in crate::analysis::lang::ALL {
        let model = crate::analysis::lang::language(lang).tagger_model;
        assert!(Tagger::from_bytes(model).is_ok(), "{lang:?}");
    }
    let cases = [
        (Lang::En, &["The", "minister", "said", "it", "."][..]),
        (Lang::De, &["Die", "Ministerin", "sagte", "das", "."][..]),
    ];
    for (lang, words) in cases {
        let mut out = Vec::new();
        for_lang(lang).tag(words, &mut out);
        assert_eq!(
            out,
            [Upos::Det, Upos::Noun, Upos::Verb, Upos::Pron, Upos::Punct],
            "{words:?}"
        );
    }
}
