//! Which encoding a file is in, and its text.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// Formats that are certainly not articles, by their first bytes.
const MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program (ELF)"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"RIFF", "a media file (RIFF)"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an old office document"),
    (b"MZ", "a Windows program"),
];

/// Decodes an article's bytes: UTF-8 (with or without BOM), UTF-16 (by BOM, or by its pattern of
/// zero bytes), or a legacy 8-bit encoding guessed by chardetng. Err names what binary data it is.
pub fn decode(bytes: &[u8]) -> Result<Decoded, &'static str> {
    decode_declared(bytes, None)
}

/// As `decode`, but an encoding the document declares (an HTTP header, an HTML `<meta charset>`)
/// is used when there is no byte order mark. UTF-16 labels mean UTF-8, as the HTML standard says:
/// a page that got this far in ASCII-compatible bytes is not UTF-16.
pub fn decode_declared(
    bytes: &[u8],
    declared: Option<&'static Encoding>,
) -> Result<Decoded, &'static str> {
    match plan(bytes, declared)? {
        Plan::Encoding(encoding, skip) => Ok(decode_with(encoding, &bytes[skip..])),
        Plan::Utf8OrGuess => Ok(utf8_or_guess(bytes)),
    }
}

/// As `decode`, taking the bytes: UTF-8 without a BOM, most text, becomes the text without
/// being copied.
pub fn decode_owned(bytes: Vec<u8>) -> Result<Decoded, &'static str> {
    match plan(&bytes, None)? {
        Plan::Encoding(encoding, skip) => Ok(decode_with(encoding, &bytes[skip..])),
        Plan::Utf8OrGuess => match String::from_utf8(bytes) {
            Ok(text) => Ok(Decoded {
                text,
                encoding: UTF_8.name(),
            }),
            Err(e) => Ok(utf8_or_guess(e.as_bytes())),
        },
    }
}

/// The text of the first bytes of a file, as `decode` would begin it, when they are UTF-8 (with
/// or without a byte order mark): up to the last whole character. None when they are in another
/// encoding, whose text only the whole file decides; Err when `decode` would refuse the file.
pub fn utf8_beginning(bytes: &[u8]) -> Result<Option<String>, &'static str> {
    let bytes = match plan(bytes, None)? {
        Plan::Encoding(encoding, skip) if encoding == UTF_8 => &bytes[skip..],
        Plan::Encoding(..) => return Ok(None),
        Plan::Utf8OrGuess => bytes,
    };
    Ok(match std::str::from_utf8(bytes) {
        Ok(text) => Some(text.to_string()),
        // Cut inside a character: its first bytes are no error.
        Err(e) if e.error_len().is_none() => std::str::from_utf8(&bytes[..e.valid_up_to()])
            .ok()
            .map(str::to_string),
        Err(_) => None,
    })
}

/// How bytes are to be decoded.
enum Plan {
    /// In this encoding, after this many bytes (a byte order mark).
    Encoding(&'static Encoding, usize),
    /// As UTF-8 if they are, else in the encoding chardetng guesses.
    Utf8OrGuess,
}

fn plan(bytes: &[u8], declared: Option<&'static Encoding>) -> Result<Plan, &'static str> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return Ok(Plan::Encoding(encoding, bom_len));
    }
    if let Some((_, what)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Err(what);
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        return Ok(Plan::Encoding(encoding, 0));
    }
    if looks_binary(bytes) {
        return Err("binary data");
    }
    // A page saved by a browser is written in UTF-8 but keeps the `<meta charset>` it was
    // served with: bytes that are valid UTF-8 beyond ASCII are UTF-8, whatever they declare
    // (in a legacy encoding they almost never are).
    if let Some(encoding) = declared {
        let utf8 = encoding.output_encoding() != UTF_8
            && !bytes.is_ascii()
            && std::str::from_utf8(bytes).is_ok();
        if !utf8 {
            return Ok(Plan::Encoding(encoding.output_encoding(), 0));
        }
    }
    Ok(Plan::Utf8OrGuess)
}

fn utf8_or_guess(bytes: &[u8]) -> Decoded {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded {
            text: text.to_string(),
            encoding: UTF_8.name(),
        };
    }
    if mostly_utf8(bytes) {
        return Decoded {
            text: String::from_utf8_lossy(bytes).into_owned(),
            encoding: UTF_8.name(),
        };
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let encoding = detector.guess(None, false);
    decode_with(encoding, bytes)
}

/// UTF-8 with a few bytes gone wrong: more characters beyond ASCII in valid UTF-8 than bytes
/// that are not. Text in an 8-bit encoding almost never holds a valid UTF-8 sequence (its
/// letters would have to come in pairs such as "Ã¼"), so one stray byte in a UTF-8 file does
/// not make the whole file read as Windows-1252; the stray byte becomes U+FFFD.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut valid, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    valid > invalid
}

fn decode_with(encoding: &'static Encoding, bytes: &[u8]) -> Decoded {
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: encoding.name(),
    }
}

/// UTF-16 text of a Latin script has a zero byte in every other place.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 8 {
        return None;
    }
    let pairs = sample.len() / 2;
    let zero_even = sample.iter().step_by(2).filter(|b| **b == 0).count();
    let zero_odd = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|b| **b == 0)
        .count();
    if zero_odd * 10 >= pairs * 7 && zero_even * 10 <= pairs {
        Some(UTF_16LE)
    } else if zero_even * 10 >= pairs * 7 && zero_odd * 10 <= pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Many zero bytes or control bytes: not text. A few stray ones are text with noise in it, which
/// `sanitize` makes harmless.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    if sample.is_empty() {
        return false;
    }
    let zeros = sample.iter().filter(|b| **b == 0).count();
    let controls = sample
        .iter()
        .filter(|b| **b < 0x20 && !matches!(**b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b | 0))
        .count();
    zeros * 100 > sample.len() || (zeros + controls) * 10 > sample.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    const GERMAN: &str = "„Grüße aus Köln“, sagte Müller. Das Wetter sei schön.";

    #[test]
    fn utf8_with_and_without_bom() {
        let plain = decode(GERMAN.as_bytes()).unwrap();
        assert_eq!(plain.text, GERMAN);
        assert_eq!(plain.encoding, "UTF-8");
        let mut bom = b"\xef\xbb\xbf".to_vec();
        bom.extend_from_slice(GERMAN.as_bytes());
        let with_bom = decode(&bom).unwrap();
        assert_eq!(with_bom.text, GERMAN, "the BOM is not part of the text");
    }

    #[test]
    fn utf16_with_bom_both_byte_orders() {
        let mut le = vec![0xff, 0xfe];
        let mut be = vec![0xfe, 0xff];
        for unit in GERMAN.encode_utf16() {
            le.extend_from_slice(&unit.to_le_bytes());
            be.extend_from_slice(&unit.to_be_bytes());
        }
        assert_eq!(decode(&le).unwrap().text, GERMAN);
        assert_eq!(decode(&be).unwrap().text, GERMAN);
        assert_eq!(decode(&le).unwrap().encoding, "UTF-16LE");
    }

    #[test]
    fn owned_bytes_decode_as_borrowed_ones() {
        let latin1 = b"Gr\xfc\xdfe aus K\xf6ln, sagte er.".to_vec();
        let utf16: Vec<u8> = "Der Minister sagte etwas."
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        for bytes in [
            "Grüße, sagte sie.".as_bytes().to_vec(),
            b"\xef\xbb\xbfmit BOM".to_vec(),
            latin1,
            utf16,
            b"%PDF-1.4 binary".to_vec(),
            Vec::new(),
        ] {
            assert_eq!(decode_owned(bytes.clone()), decode(&bytes), "{bytes:?}");
        }
    }

    #[test]
    fn utf16_without_bom_is_recognised() {
        let text = "Der Minister sagte, die Lage sei ernst.";
        let le: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert_eq!(decode(&le).unwrap().text, text);
    }

    #[test]
    fn windows_1252_german() {
        // „Grüße“ in Windows-1252: 0x84 and 0x93 are the German quotation marks.
        let text = "\u{201e}Die Gr\u{fc}\u{df}e aus K\u{f6}ln sind sch\u{f6}n\u{201c}, sagte der B\u{fc}rgermeister \u{fc}ber die Stra\u{df}e.";
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
        assert!(!unmappable);
        assert_eq!(bytes[0], 0x84);
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.text, text);
        assert_eq!(decoded.encoding, "windows-1252");
    }

    #[test]
    fn latin1_bytes_decode_as_windows_1252() {
        // ISO-8859-1 is a subset of Windows-1252 for printable characters.
        let bytes =
            b"Der M\xfcller sagte, die Stra\xdfe sei gesperrt, und \xe4rgerte sich dar\xfcber.";
        let decoded = decode(bytes).unwrap();
        assert_eq!(
            decoded.text,
            "Der Müller sagte, die Straße sei gesperrt, und ärgerte sich darüber."
        );
    }

    #[test]
    fn binary_files_are_refused() {
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Err("a PNG image"));
        assert_eq!(decode(b"%PDF-1.7\n"), Err("a PDF document"));
        let noise: Vec<u8> = (0..2000u32).map(|i| (i * 7 % 256) as u8).collect();
        assert!(decode(&noise).is_err());
    }

    #[test]
    fn one_stray_byte_in_utf8_is_replaced_not_read_as_another_encoding() {
        let text = "Die Verbündeten warnten: „Wir warten.“ Grüße aus Köln.";
        let mut bytes = text.as_bytes().to_vec();
        bytes.insert(4, 0xe4);
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.encoding, "UTF-8");
        assert_eq!(decoded.text, format!("Die \u{fffd}{}", &text[4..]));
        // A Windows-1252 file with no valid UTF-8 in it is still read as one.
        let (legacy, _, _) = encoding_rs::WINDOWS_1252.encode(text);
        assert_eq!(decode(&legacy).unwrap().text, text);
    }

    #[test]
    fn a_saved_page_in_utf8_that_declares_another_charset_is_utf8() {
        let page = "<meta charset=gb2312><p>新闻 „Grüße“</p>";
        let decoded = decode_declared(page.as_bytes(), Encoding::for_label(b"gb2312")).unwrap();
        assert_eq!(decoded.text, page);
        // Bytes that are not UTF-8 follow the declaration.
        let page = "<meta charset=gb2312><p>新闻报道</p>";
        let (gbk, _, unmappable) = encoding_rs::GBK.encode(page);
        assert!(!unmappable && std::str::from_utf8(&gbk).is_err());
        let decoded = decode_declared(&gbk, Encoding::for_label(b"gb2312")).unwrap();
        assert_eq!(decoded.text, page);
    }

    #[test]
    fn a_few_stray_zero_bytes_are_still_text() {
        let mut bytes = "Ein langer Satz über das Wetter, der weitergeht. "
            .repeat(10)
            .into_bytes();
        bytes[20] = 0;
        let decoded = decode(&bytes).unwrap();
        assert!(decoded.text.contains('\0'));
    }

    #[test]
    fn a_declared_encoding_wins_over_guessing() {
        let bytes = b"Caf\xe9 cr\xe8me";
        let koi8 = Encoding::for_label(b"koi8-r");
        let decoded = decode_declared(bytes, koi8).unwrap();
        assert_eq!(decoded.encoding, "KOI8-R");
        let utf16 = Encoding::for_label(b"utf-16");
        assert_eq!(decode_declared(b"plain", utf16).unwrap().encoding, "UTF-8");
    }

    #[test]
    fn empty_input_is_empty_text() {
        assert_eq!(decode(b"").unwrap().text, "");
    }
}
