//! Hand-rolled MIME encoders for the hand-written mails: base64, RFC 2047 encoded words,
//! quoted-printable and RFC 2231 parameter continuations, plus Latin-1 conversion.

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding, no line breaks.
pub(crate) fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(BASE64[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Base64 body with CRLF after every 76 characters (and at the end), as mail programs write it.
pub(crate) fn base64_lines(bytes: &[u8]) -> String {
    let encoded = base64(bytes);
    let mut out = String::with_capacity(encoded.len() + encoded.len() / 38 + 2);
    for line in encoded.as_bytes().chunks(76) {
        out.push_str(std::str::from_utf8(line).expect("base64 is ASCII"));
        out.push_str("\r\n");
    }
    out
}

/// `text` as ISO-8859-1 bytes. Characters outside Latin-1 are replaced the way an old mail
/// program's "save as Latin-1" would: `€` → `EUR`, dashes → `-`, typographic quotes → `"`/`'`,
/// anything else → `?`. [`latin1_safe`] gives the matching Unicode text.
pub(crate) fn to_latin1(text: &str) -> Vec<u8> {
    latin1_safe(text).chars().map(|c| c as u8).collect()
}

/// `text` with every character outside ISO-8859-1 replaced as in [`to_latin1`].
pub(crate) fn latin1_safe(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            c if (c as u32) < 0x100 => out.push(c),
            '€' => out.push_str("EUR"),
            '–' | '—' | '‐' => out.push('-'),
            '„' | '“' | '”' => out.push('"'),
            '‚' | '‘' | '’' => out.push('\''),
            _ => out.push('?'),
        }
    }
    out
}

/// RFC 2047 "Q" encoded words for a header, charset `charset`, each at most 75 characters,
/// joined by CRLF + space (folded). `bytes` are already in that charset; multi-byte sequences
/// (UTF-8) are never split because a new word only starts before a byte < 0x80 or a lead byte.
pub(crate) fn q_encoded_words(bytes: &[u8], charset: &str) -> String {
    let prefix = format!("=?{charset}?Q?");
    let max_payload = 75 - prefix.len() - 2;
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    for (i, &b) in bytes.iter().enumerate() {
        let piece = match b {
            b' ' => "_".to_string(),
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'!' | b'*' | b'+' | b'-' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("={b:02X}"),
        };
        let starts_char = !(0x80..0xC0).contains(&b) || charset != "UTF-8";
        if current.len() + piece.len() > max_payload && starts_char && i > 0 {
            words.push(std::mem::take(&mut current));
        }
        current.push_str(&piece);
    }
    words.push(current);
    words
        .iter()
        .map(|w| format!("{prefix}{w}?="))
        .collect::<Vec<_>>()
        .join("\r\n ")
}

/// RFC 2047 "B" encoded words (UTF-8) for use inside a quoted parameter value, the way Outlook
/// writes non-ASCII attachment names; long names become several words separated by spaces.
pub(crate) fn b_encoded_words_utf8(text: &str) -> String {
    let mut words = Vec::new();
    let mut chunk = String::new();
    for c in text.chars() {
        if chunk.len() + c.len_utf8() > 36 {
            words.push(format!("=?UTF-8?B?{}?=", base64(chunk.as_bytes())));
            chunk.clear();
        }
        chunk.push(c);
    }
    words.push(format!("=?UTF-8?B?{}?=", base64(chunk.as_bytes())));
    words.join(" ")
}

/// Quoted-printable body (RFC 2045) of `bytes` whose lines end in `\n`: hard line breaks become
/// CRLF, lines longer than 76 characters get soft breaks (`=` CRLF), `=`, bytes ≥ 0x80 and
/// trailing white space are `=XX` escaped.
pub(crate) fn quoted_printable(bytes: &[u8]) -> String {
    let mut out = String::new();
    for (index, line) in bytes.split(|&b| b == b'\n').enumerate() {
        if index > 0 {
            out.push_str("\r\n");
        }
        let mut column = 0;
        for (i, &b) in line.iter().enumerate() {
            let last = i + 1 == line.len();
            let piece = match b {
                b' ' | b'\t' if last => format!("={b:02X}"),
                b'=' => "=3D".to_string(),
                0x21..=0x7E | b' ' | b'\t' => (b as char).to_string(),
                _ => format!("={b:02X}"),
            };
            // Keep room for the soft break's '=' unless this is the line's last piece.
            let limit = if last { 76 } else { 75 };
            if column + piece.len() > limit {
                out.push_str("=\r\n");
                column = 0;
            }
            out.push_str(&piece);
            column += piece.len();
        }
    }
    out
}

/// RFC 2231 continued extended parameter `key*0*=CHARSET''..; key*1*=..; ...` with `bytes` in
/// `charset`, split into `sections` roughly equal sections (never inside a `%XX`). Returns the
/// parameter text with sections joined by `;` CRLF TAB, ready to follow `; ` in a header.
pub(crate) fn rfc2231_continuation(
    key: &str,
    bytes: &[u8],
    charset: &str,
    sections: usize,
) -> String {
    let per_section = bytes.len().div_ceil(sections.max(1)).max(1);
    bytes
        .chunks(per_section)
        .enumerate()
        .map(|(i, chunk)| {
            let encoded: String = chunk.iter().map(|&b| percent(b)).collect();
            if i == 0 {
                format!("{key}*0*={charset}''{encoded}")
            } else {
                format!("{key}*{i}*={encoded}")
            }
        })
        .collect::<Vec<_>>()
        .join(";\r\n\t")
}

fn percent(b: u8) -> String {
    match b {
        b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b'-' | b'_' => (b as char).to_string(),
        _ => format!("%{b:02X}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_known_vectors() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn latin1_replaces_what_it_cannot_hold() {
        assert_eq!(latin1_safe("12,50 € – „ok“ ß"), "12,50 EUR - \"ok\" ß");
        assert_eq!(to_latin1("Müß"), b"M\xfc\xdf");
    }

    #[test]
    fn quoted_printable_wraps_and_escapes() {
        let text = format!("{}ü =\nzwei \n", "a".repeat(80));
        let qp = quoted_printable(&to_latin1(&text));
        assert!(qp.lines().all(|l| l.len() <= 76), "{qp}");
        assert!(qp.contains("=FC =3D\r\nzwei=20\r\n"), "{qp}");
    }

    #[test]
    fn q_words_stay_short() {
        let words = q_encoded_words(
            &to_latin1(&"Gebührenbescheid für Müller ".repeat(4)),
            "ISO-8859-1",
        );
        for line in words.split("\r\n ") {
            assert!(
                line.len() <= 75 && line.starts_with("=?ISO-8859-1?Q?"),
                "{line}"
            );
        }
    }

    #[test]
    fn continuation_splits_into_sections() {
        let param = rfc2231_continuation("filename", &to_latin1("für Ü.pdf"), "ISO-8859-1", 2);
        assert_eq!(
            param,
            "filename*0*=ISO-8859-1''f%FCr%20%DC;\r\n\tfilename*1*=.pdf"
        );
    }
}
