//! Hostile and odd input, built in code (no multi-megabyte files in git): escape sequences, control
//! characters, bidi overrides, zero-width and combining characters, wide characters, a 10 MB line,
//! 100 000 tiny paragraphs, thousands of unbalanced quotation marks. Shared by the tests
//! (`tests/input_hostile.rs`) and the bench (`benches/input.rs`).
#![allow(dead_code)]

/// A hostile input: a name for messages, and its bytes as a file would hold them.
pub struct Case {
    pub name: &'static str,
    pub bytes: Vec<u8>,
    /// The message quoth refuses the case with (exit status 2), if it must: a page the HTML
    /// parser would take time or memory beyond all proportion on.
    pub refused: Option<&'static str>,
}

impl Case {
    fn read(name: &'static str, bytes: impl Into<Vec<u8>>) -> Case {
        Case {
            name,
            bytes: bytes.into(),
            refused: None,
        }
    }

    fn refused(name: &'static str, bytes: impl Into<Vec<u8>>, message: &'static str) -> Case {
        Case {
            name,
            bytes: bytes.into(),
            refused: Some(message),
        }
    }
}

/// Escape sequences as input carries them, each followed by a marker word of its own, so a test can
/// find where the sequence went: `(sequence, marker)`. Every one must reach the screen as visible
/// text (its ESC a stand-in), never as a sequence the terminal obeys.
pub const SEQUENCES: &[(&str, &str)] = &[
    ("\x1b[2J", "mkclear"),
    ("\x1b[31m", "mkred"),
    ("\x1b[?1049l", "mkaltscreen"),
    ("\x1b[6n", "mkreport"),
    ("\x1b]8;;http://evil.invalid/\x1b\\", "mkhyperlink"),
    ("\x1b]52;c;cXVvdGgtY2xpcGJvYXJk\x07", "mkclipboard"),
    ("\x1b]0;pwned\x07", "mktitle"),
    ("\x1bP+q544e\x1b\\", "mkdcs"),
    ("\x1b_apc\x1b\\", "mkapc"),
    ("\u{9b}2J", "mkcsi8"),
    ("\u{9d}52;c;eA==\u{9c}", "mkosc8"),
];

/// The OSC 52 payload above: it must never reach the terminal inside a sequence.
pub const CLIPBOARD_PAYLOAD: &str = "cXVvdGgtY2xpcGJvYXJk";

/// A short article with one of everything, small enough to fit on one screen.
pub fn escapes_article() -> String {
    let mut s = String::from("Hostile escapes\n\n");
    for (seq, marker) in SEQUENCES {
        s.push_str(&format!("Sequence {seq}{marker} ends here.\n\n"));
    }
    s.push_str("C0: bel\x07 bs\x08 vt\x0b ff\x0c cr\ralone so\x0e si\x0f del\x7f nul\0 end.\n\n");
    s.push_str("C1: nel\u{85} ind\u{84} ssa\u{86} st\u{9c} pm\u{9e} apc\u{9f} end.\n\n");
    s.push_str(
        "Bidi: \u{202e}desrever\u{202c} \u{2066}isolate\u{2069} \u{200f}rlm \u{61c}alm.\n\n",
    );
    s.push_str("Zero width: a\u{200b}b\u{200c}c\u{200d}d\u{2060}e\u{feff}f\u{ad}g.\n\n");
    s.push_str(&format!(
        "Combining: Z\u{337}\u{31b}\u{319}a\u{336}\u{356}l\u{338}g\u{335}o\u{334} e{} \u{301}alone.\n\n",
        "\u{301}".repeat(60)
    ));
    s.push_str("Wide: 中文新闻 日本語 한국어 😀 👍🏽 👨\u{200d}👩\u{200d}👧 🇩🇪 end.\n\n");
    s.push_str("\u{201c}A quotation with \x1b[1mbold\x1b[0m inside,\u{201d} said Jane Smith.\n");
    s
}

/// One line of about `bytes` bytes: sentences with quotations, wide characters and escapes.
pub fn long_line(bytes: usize) -> String {
    let unit = "\u{201c}We go on,\u{201d} said Smith \x1b[31m中文 😀 and \"left\" again; ";
    unit.repeat(bytes / unit.len() + 1)
}

/// One sentence of `words` words that never ends, with verbs of saying, subjects and
/// conjunctions all through it: the rules that look across a sentence from each of its words.
pub fn run_on_sentence(words: usize) -> String {
    let vocabulary = [
        "der",
        "Minister",
        "sagte",
        "dass",
        "die",
        "Regierung",
        "nicht",
        "und",
        "sie",
        "erklärte",
        "the",
        "mayor",
        "said",
        "that",
        "he",
        "warned",
    ];
    let mut s = String::with_capacity(words * 7);
    for i in 0..words {
        // A walk through the words that does not repeat with a short period.
        s.push_str(vocabulary[(i * 7 + i / 16) % vocabulary.len()]);
        s.push(' ');
    }
    s.push_str("ja.\n");
    s
}

/// One paragraph that quotes `n` different people, with a pronoun in every sentence between.
pub fn crowded_paragraph(n: usize) -> String {
    let first = [
        "Anna", "Peter", "Maria", "Thomas", "Julia", "Michael", "Laura", "Stefan",
    ];
    let mut s = String::with_capacity(n * 75);
    for i in 0..n {
        s.push_str(&format!(
            "Er sagte, dass sie nicht komme. „Das ist gut“, sagte {} Abel{i}. ",
            first[i % first.len()]
        ));
    }
    s.push('\n');
    s
}

/// `n` tiny paragraphs.
pub fn tiny_paragraphs(n: usize) -> String {
    let kinds = [
        "A b.",
        "\u{201c}Yes,\u{201d} he said.",
        "„Nein“",
        "x",
        "\x1b[2J",
    ];
    let mut s = String::with_capacity(n * 12);
    for i in 0..n {
        s.push_str(kinds[i % kinds.len()]);
        s.push_str("\n\n");
    }
    s
}

/// `n` quotation marks that open and never close, in one paragraph and in many.
pub fn unbalanced_quotes(n: usize) -> String {
    let marks = [
        '„', '\u{201c}', '"', '«', '»', '‚', '\u{2018}', '\'', '\u{201d}',
    ];
    let mut s = String::from("Unbalanced\n\n");
    for i in 0..n {
        s.push(marks[i % marks.len()]);
        s.push_str(if i % 7 == 0 { "sagte er " } else { "word " });
        if i % 500 == 499 {
            s.push_str("\n\n");
        }
    }
    // And a quarter of them again in one paragraph, half of them pairs of straight quotes that
    // could each open or close.
    s.push_str("\n\nOne paragraph:");
    for i in 0..n / 4 {
        s.push_str(if i % 2 == 0 {
            " \u{201c}word"
        } else {
            " \"a\""
        });
    }
    s.push('\n');
    s
}

/// One paragraph of `n` short straight-quoted words, each a fragment that may or may not be
/// speech: each asks whether its sentence has a verb of saying (this once took quadratic time).
pub fn short_fragments(n: usize) -> String {
    let mut s = String::from("Fragments\n\n");
    for i in 0..n {
        s.push_str(if i % 1000 == 999 {
            "\"a\" sagte er "
        } else {
            "\"a\" "
        });
    }
    s.push('\n');
    s
}

/// An HTML page whose text smuggles control characters in as character references.
pub fn hostile_page() -> String {
    let mut s = String::from(
        "<!DOCTYPE html><html><head><title>Page &#27;]0;pwned&#7; title</title>\
         <script>document.write('\\x1b[2J')</script></head><body><article>",
    );
    for (seq, marker) in SEQUENCES {
        let escaped: String = seq.chars().map(|c| format!("&#{};", c as u32)).collect();
        s.push_str(&format!(
            "<p>Entity {escaped}{marker} and raw {seq}{marker}.</p>"
        ));
    }
    s.push_str("<p>\u{201c}We stay,\u{201d} said Jane Smith.</p></article></body></html>");
    s
}

/// A news page with `n` paragraphs of quotations among navigation, ads and related links.
pub fn big_page(n: usize) -> String {
    let mut s = String::from(
        "<!DOCTYPE html><html><head><title>Long read</title><script>track()</script></head>\
         <body><nav><a href=\"/\">Home</a></nav><div class=\"cookie-banner\">Cookies?</div>\
         <article><h1>Long read</h1>",
    );
    for i in 0..n {
        if i % 50 == 49 {
            s.push_str(&format!("<h2>Part {}</h2>", i / 50 + 1));
        }
        s.push_str(&format!(
            "<p>\u{201c}Point {i} stands,\u{201d} said <a href=\"/p\">Jane Smith</a>. \
             <em>The council</em> met again.</p>"
        ));
    }
    s.push_str("</article><aside class=\"related\"><a href=\"/x\">More</a></aside></body></html>");
    s
}

/// Quotations nested `n` deep in one another ("„‚„‚…x…‘“‘“"), then a verb of saying. Every
/// nested quotation was once read whole: time that grew with the square of `n`.
pub fn nested_quotes(n: usize) -> String {
    format!("{}x{} sagte er.\n", "„‚".repeat(n), "‘“".repeat(n))
}

/// `n` opening marks that stay open and closing marks that close none of them, in one paragraph:
/// each closing mark once searched every opening mark before it.
pub fn unmatched_closers(n: usize) -> String {
    let words = ["laut", "dass", "Merkel", "Sie"];
    (0..n)
        .map(|i| format!("{}{}", ["««", "““"][i % 2], words[i % 4]))
        .collect()
}

/// An article of `n` `<div/>`: in HTML the slash closes nothing, so they nest `n` deep.
pub fn self_closing_divs(n: usize) -> String {
    format!(
        "<html><body><article>{}<p>\u{201c}Yes,\u{201d} she said.</p></article></body></html>",
        "<div/>".repeat(n)
    )
}

/// `n` distinct `<b>` left open in a `<div>`, then `n` `<div>`s of text: the parser opens a copy
/// of every `<b>` in every later `<div>`, `n²` elements.
pub fn reopened_formatting(n: usize) -> String {
    let open: String = (0..n).map(|i| format!("<b id=b{i}>")).collect();
    format!(
        "<html><body><article><div>{open}</div>{}</article></body></html>",
        "<div>x</div>".repeat(n)
    )
}

/// Markdown of `n` opening brackets in one paragraph: the parser keeps a node for each.
/// `n` distinct `<b>`s left open in a paragraph, then `n` paragraphs: each `<p>` ends the one
/// before and the `<b>`s in it, and the parser copies them all into every later paragraph.
pub fn reopened_in_paragraphs(n: usize) -> String {
    let open: String = (0..n).map(|i| format!("<b id=b{i}>")).collect();
    format!(
        "<html><body><article><p>{open}{}</article></body></html>",
        "<p>x".repeat(n)
    )
}

/// The same with list items: each `<li>` ends the one before.
pub fn reopened_in_list_items(n: usize) -> String {
    let open: String = (0..n).map(|i| format!("<i class=c{i}>")).collect();
    format!(
        "<html><body><article><ul><li>{open}{}</ul></article></body></html>",
        "<li>x".repeat(n)
    )
}

/// 500 distinct `<b>`s left open in a `<div>`, then `n` texts in `<div>`s of their own: the page
/// costs the parser nothing more, but Readability makes paragraphs of the texts, and each would
/// end the `<b>`s and copy them all.
pub fn rewritten_by_readability(n: usize) -> String {
    let open: String = (0..500).map(|i| format!("<b id=b{i}>")).collect();
    format!(
        "<html><body><article><div>{open}{}</div></article></body></html>",
        "<div>The council met again.</div>".repeat(n)
    )
}

/// Nine hundred and ninety levels of `<b>`, then `n` blocks in them: each block's start makes the
/// parser look down all the levels.
pub fn deep_throughout(n: usize) -> String {
    let open: String = (0..990).map(|i| format!("<b id=b{i}>")).collect();
    format!(
        "<html><body><article><div>{open}{}</div></article></body></html>",
        "<div>The council met again.</div>".repeat(n)
    )
}

pub fn markdown_brackets(n: usize) -> String {
    format!("# Brackets\n\n{}\n", "[".repeat(n))
}

/// Markdown of `n` runs of backticks of every length up to 50, each a possible code span.
pub fn markdown_backticks(n: usize) -> String {
    let mut s = String::from("# Backticks\n\n");
    for i in 0..n {
        s.push_str(&"`".repeat(i % 50 + 1));
        s.push_str(" a ");
    }
    s
}

/// An article of `n` paragraphs whose `<p>` is never closed, each with a quotation.
pub fn unclosed_paragraphs(n: usize) -> String {
    let mut s = String::from("<html><body><article>");
    for i in 0..n {
        s.push_str(&format!("<p>Satz {i}: „Ja“, sagte er."));
    }
    s.push_str("</article></body></html>");
    s
}

/// Every hostile case; `scale` 1.0 gives the sizes of the issue (a 10 MB line, 100 000
/// paragraphs, thousands of quotation marks).
pub fn all(scale: f64) -> Vec<Case> {
    let n = |x: f64| (x * scale) as usize;
    let mut latin1 =
        b"Caf\xe9 text with raw 8-bit C1 bytes: \x9b2J \x9d52;c;eA==\x9c end.\n".to_vec();
    latin1.extend_from_slice(b"\xabUnbalanced \x84Gr\xfc\xdfe\n");
    vec![
        Case::read("escapes.txt", escapes_article()),
        Case::read("long-line.txt", long_line(n(10_000_000.0))),
        Case::read("tiny-paragraphs.txt", tiny_paragraphs(n(100_000.0))),
        Case::read("run-on-sentence.txt", run_on_sentence(n(600_000.0))),
        Case::read("crowded-paragraph.txt", crowded_paragraph(n(20_000.0))),
        Case::read("unbalanced-quotes.txt", unbalanced_quotes(n(20_000.0))),
        Case::read("short-fragments.txt", short_fragments(n(100_000.0))),
        Case::read("nested-quotes.txt", nested_quotes(n(50_000.0))),
        Case::read("unmatched-closers.txt", unmatched_closers(n(32_000.0))),
        Case::read("latin1-c1.txt", latin1),
        Case::read("hostile.html", hostile_page()),
        Case::read("big-page.html", big_page(n(100_000.0))),
        Case::read("brackets.md", markdown_brackets(n(2_000_000.0))),
        Case::read("backticks.md", markdown_backticks(n(100_000.0))),
        Case::read("unclosed-p.html", unclosed_paragraphs(n(50_000.0))),
        Case::refused("self-closing.html", self_closing_divs(n(8_000.0).max(2_000)), "nest more than"),
        Case::refused("reopened.html", reopened_formatting(n(990.0).max(200)), "copy them more than"),
        Case::refused("reopened-p.html", reopened_in_paragraphs(n(990.0).max(200)), "copy them more than"),
        Case::refused("reopened-li.html", reopened_in_list_items(n(990.0).max(200)), "copy them more than"),
        Case::read("rewritten.html", rewritten_by_readability(n(990.0))),
        Case::refused("deep-throughout.html", deep_throughout(n(10_000.0).max(2_000)), "nest deep all through"),
        Case::read(
            "hostile.md",
            format!("# Title \x1b[2Jmkclear\n\n**bold \x1b]52;c;{CLIPBOARD_PAYLOAD}\x07** [link](http://x)\n"),
        ),
    ]
}
