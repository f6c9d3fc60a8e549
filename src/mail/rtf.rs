//! The text of an RTF document: `.rtf` files and Outlook's rich-text bodies.
//!
//! Our own reader, because the crate we tried (rtf-parser 0.4) glues paragraphs together
//! (`\par` gives no line break) and loses characters after an escape (`Gr\'fc\'dfen` became
//! "Grüen"). Text is what is left outside ignorable destinations (font and colour tables,
//! pictures, `{\*…}` groups, field instructions); paragraphs and line breaks become line
//! ends; `\'hh` is a byte in the document's code page (`\ansicpg`, windows-1252 if none);
//! `\uN` a Unicode character followed by `\ucN` fallback characters that are skipped. RTF
//! that wraps HTML (`\fromhtml1`) keeps only the HTML's text (`\htmlrtf` parts are skipped).

/// Destinations whose content is not text.
const SKIPPED: &[&str] = &[
    "fonttbl",
    "colortbl",
    "stylesheet",
    "info",
    "pict",
    "object",
    "listtable",
    "listoverridetable",
    "rsidtbl",
    "generator",
    "themedata",
    "colorschememapping",
    "datastore",
    "latentstyles",
    "filetbl",
    "revtbl",
    "fldinst",
    "header",
    "footer",
    "headerl",
    "headerr",
    "headerf",
    "footerl",
    "footerr",
    "footerf",
    "xmlnstbl",
    "mmathPr",
];

#[derive(Clone, Copy)]
struct Group {
    skip: bool,
    /// Fallback characters after `\uN`.
    uc: usize,
}

/// The text of `rtf` (the file's bytes read as windows-1252, so raw 8-bit bytes survive), or
/// `None` when it does not start like RTF.
pub fn rtf_to_text(rtf: &str) -> Option<String> {
    if !rtf.trim_start().starts_with("{\\rtf") {
        return None;
    }
    let mut code_page: Option<u16> = None;
    let mut out = String::with_capacity(rtf.len() / 2);
    let mut stack: Vec<Group> = Vec::new();
    let mut group = Group { skip: false, uc: 1 };
    let mut html_rtf = false;
    // Fallback characters still to skip after a `\u`.
    let mut pending_skip = 0usize;
    let chars: Vec<char> = rtf.chars().collect();
    let mut i = 0;
    let emit = |out: &mut String, c: char, group: &Group, html_rtf: bool, skip: &mut usize| {
        if *skip > 0 {
            *skip -= 1;
        } else if !group.skip && !html_rtf {
            out.push(c);
        }
    };
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        match c {
            '{' => {
                stack.push(group);
                pending_skip = 0;
            }
            '}' => {
                group = stack.pop()?;
                pending_skip = 0;
                if stack.is_empty() {
                    break;
                }
            }
            '\r' | '\n' => {}
            '\\' => {
                let Some(&next) = chars.get(i) else { break };
                i += 1;
                match next {
                    '\\' | '{' | '}' => emit(&mut out, next, &group, html_rtf, &mut pending_skip),
                    '~' => emit(&mut out, '\u{00A0}', &group, html_rtf, &mut pending_skip),
                    '_' => emit(&mut out, '-', &group, html_rtf, &mut pending_skip),
                    '-' => {}
                    '*' => group.skip = true,
                    '\r' | '\n' => emit(&mut out, '\n', &group, html_rtf, &mut pending_skip),
                    '\'' => {
                        let hex: String = chars.iter().skip(i).take(2).collect();
                        i += hex.len();
                        if let Ok(byte) = u8::from_str_radix(&hex, 16) {
                            let c = decode_byte(byte, code_page);
                            emit(&mut out, c, &group, html_rtf, &mut pending_skip);
                        }
                    }
                    c if c.is_ascii_alphabetic() => {
                        let start = i - 1;
                        while chars.get(i).is_some_and(|c| c.is_ascii_alphabetic()) {
                            i += 1;
                        }
                        let word: String = chars[start..i].iter().collect();
                        let num_start = i;
                        if chars.get(i) == Some(&'-') {
                            i += 1;
                        }
                        while chars.get(i).is_some_and(|c| c.is_ascii_digit()) {
                            i += 1;
                        }
                        let param: Option<i64> =
                            chars[num_start..i].iter().collect::<String>().parse().ok();
                        if chars.get(i) == Some(&' ') {
                            i += 1;
                        }
                        let text = match word.as_str() {
                            "par" | "line" | "sect" | "page" | "row" => Some('\n'),
                            "tab" | "cell" => Some('\t'),
                            "emdash" => Some('—'),
                            "endash" => Some('–'),
                            "bullet" => Some('•'),
                            "lquote" => Some('‘'),
                            "rquote" => Some('’'),
                            "ldblquote" => Some('“'),
                            "rdblquote" => Some('”'),
                            "u" => {
                                let n = param.unwrap_or(0);
                                let unit = if n < 0 { n + 65536 } else { n };
                                let c = u32::try_from(unit)
                                    .ok()
                                    .and_then(char::from_u32)
                                    .unwrap_or('\u{FFFD}');
                                emit(&mut out, c, &group, html_rtf, &mut pending_skip);
                                pending_skip = group.uc;
                                None
                            }
                            "uc" => {
                                group.uc = param.unwrap_or(1).clamp(0, 8) as usize;
                                None
                            }
                            "ansicpg" => {
                                code_page = param.and_then(|p| u16::try_from(p).ok());
                                None
                            }
                            "htmlrtf" => {
                                html_rtf = param != Some(0);
                                None
                            }
                            w if SKIPPED.contains(&w) => {
                                group.skip = true;
                                None
                            }
                            _ => None,
                        };
                        if let Some(t) = text {
                            pending_skip = 0;
                            emit(&mut out, t, &group, html_rtf, &mut pending_skip);
                        }
                    }
                    _ => {}
                }
            }
            c => emit(&mut out, c, &group, html_rtf, &mut pending_skip),
        }
    }
    let lines: Vec<&str> = out.lines().map(str::trim_end).collect();
    Some(lines.join("\n").trim().to_string())
}

fn decode_byte(byte: u8, code_page: Option<u16>) -> char {
    let encoding = code_page
        .and_then(codepage::to_encoding)
        .unwrap_or(encoding_rs::WINDOWS_1252);
    encoding
        .decode_without_bom_handling(&[byte])
        .0
        .chars()
        .next()
        .unwrap_or('\u{FFFD}')
}

#[cfg(test)]
mod tests {
    use super::rtf_to_text;

    #[test]
    fn paragraphs_escapes_and_unicode_come_out_as_text() {
        let rtf = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\
                   {\\colortbl ;\\red0\\green0\\blue255;}\\f0\\fs20 Sehr geehrte Damen,\\par\n\
                   die M\\'fcllgeb\\'fchren\\tab sind \\u8364?\\~12.\\par\n\
                   {\\*\\generator Riched20;}Mit freundlichen Gr\\'fc\\'dfen\\par}";
        assert_eq!(
            rtf_to_text(rtf).unwrap(),
            "Sehr geehrte Damen,\ndie Müllgebühren\tsind €\u{a0}12.\nMit freundlichen Grüßen"
        );
    }

    #[test]
    fn html_wrapped_in_rtf_keeps_only_the_html_text() {
        let rtf = "{\\rtf1\\ansi\\fromhtml1 {\\*\\htmltag19 <html>}\\htmlrtf {\\fonttbl x}\
                   \\htmlrtf0 Guten {\\*\\htmltag84 <b>}Tag{\\*\\htmltag92 </b>}\\htmlrtf \\par \
                   \\htmlrtf0 }";
        assert_eq!(rtf_to_text(rtf).unwrap(), "Guten Tag");
    }

    #[test]
    fn what_is_no_rtf_or_broken_gives_no_panic() {
        assert_eq!(rtf_to_text("plain text"), None);
        for broken in [
            "{\\rtf1 \\'",
            "{\\rtf1 \\u",
            "{\\rtf1 }}}}",
            "{\\rtf1 {{{\\par",
        ] {
            let _ = rtf_to_text(broken);
        }
    }
}
