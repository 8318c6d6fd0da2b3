//! The promises of `tests/invariants` on generated input: a few thousand documents a run, built
//! from the pieces that trip parsers (quotation marks of every kind, verbs of saying, names and
//! roles, pronouns, line breaks and tabs, HTML tags and entities, Markdown syntax, control
//! characters, escape sequences, bidirectional overrides, invalid UTF-8), as text, HTML and
//! Markdown. Seeded, so a failure names the seed that repeats it (`QUOTH_SEED=…`); the fuzz
//! target in `fuzz/` checks the same promises without end.

mod invariants;

/// Documents a run: a few seconds in a debug build.
const CASES: u64 = 600;

/// xorshift64*: enough to pick pieces, and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "„",
    "“",
    "”",
    "‚",
    "‘",
    "’",
    "\"",
    "'",
    "«",
    "»",
    "‹",
    "›",
    "「",
    "」",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\t",
    ", ",
    ". ",
    ": ",
    "? ",
    "(",
    ")",
    " – ",
    "sagte",
    "said",
    "sagte er",
    "she said",
    "according to",
    "laut",
    "erklärte die Ministerin",
    "told reporters",
    "Angela Merkel",
    "Joe Biden",
    "der US-Sicherheitsberater",
    "the spokeswoman",
    "Sprecher",
    "er",
    "sie",
    "he",
    "they",
    "Die Grünen-Politikerin",
    "Mr.",
    "Dr.",
    "U.S.",
    "SPD",
    "Nato",
    "Wir",
    "We",
    "go",
    "gehen",
    "nicht",
    "dass",
    "that",
    "sei",
    "would",
    "\u{1b}[2J",
    "\u{1b}]52;c;eA==\u{7}",
    "\u{9b}31m",
    "\u{85}",
    "\u{7f}",
    "\u{202e}",
    "\u{2066}",
    "\u{200b}",
    "\u{301}",
    "中文",
    "😀",
    "# ",
    "## ",
    "**",
    "_",
    "`",
    "```\n",
    "[",
    "](http://x)",
    "> ",
    "- ",
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<b>",
    "<br>",
    "<h2>",
    "</h2>",
    "<article>",
    "&amp;",
    "&#27;",
    "&#x9b;",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<div/>",
    "<a href=\"https://example.org/a\">",
    "<a href=\"x\u{1b}y\">",
    "</a>",
    "<link rel=\"canonical\" href=\"http://example.org/\">",
    "\u{f0000}",
    "\u{10fffd}",
    "\r\n",
];

/// A document of up to `max` pieces; now and then a stray byte that is no UTF-8.
fn document(rng: &mut Rng, max: usize) -> Vec<u8> {
    let mut bytes = Vec::new();
    for _ in 0..rng.below(max) + 1 {
        if rng.below(200) == 0 {
            bytes.push([0xff, 0xc3, 0x80, 0x9b, 0x00][rng.below(5)]);
        } else {
            bytes.extend_from_slice(PIECES[rng.below(PIECES.len())].as_bytes());
        }
    }
    bytes
}

#[test]
fn any_input_keeps_every_promise() {
    let seed: u64 = std::env::var("QUOTH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_0f07);
    let mut rng = Rng(seed | 1);
    for case in 0..CASES {
        let state = rng.0;
        let bytes = document(&mut rng, 300);
        let name = ["article.txt", "page.html", "notes.md", "unknown"][case as usize % 4];
        let sizes: &[(u16, u16)] = if case % 10 == 0 {
            &[(80, 24), (33, 9)]
        } else {
            &[]
        };
        let outcome = std::panic::catch_unwind(|| invariants::check(name, &bytes, sizes));
        if let Err(e) = outcome {
            let why = e
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| e.downcast_ref::<&str>().copied())
                .unwrap_or("a panic");
            panic!(
                "case {case} ({name}, generator state {state}) broke a promise: {why}\ninput: {:?}",
                String::from_utf8_lossy(&bytes)
            );
        }
    }
}

#[test]
fn the_samples_keep_every_promise() {
    for dir in ["samples/de", "samples/en"] {
        for entry in std::fs::read_dir(dir).expect("the samples") {
            let path = entry.expect("a sample").path();
            let bytes = std::fs::read(&path).expect("a sample's bytes");
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("sample.txt");
            invariants::check(name, &bytes, &[(100, 30)]);
        }
    }
}
