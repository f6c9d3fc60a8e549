//! Glyph widths of the 14 standard PDF fonts, which PDFs may use without embedding them or
//! listing their widths (Adobe's AFM files, from the `pdf-core-14-font-afms` crate). Without
//! them the end of a word drawn in Helvetica is unknown, and so is the gap to the next word.

use std::collections::HashMap;
use std::sync::OnceLock;

use lopdf::{Dictionary, Document, Object};

/// Characters below this are looked up in a table (Latin, Greek, Cyrillic, punctuation and
/// the euro sign): every letter's text is made of them, and a lookup is one index.
const DENSE_CHARS: usize = 0x2200;

/// Widths of one standard font, in 1/1000 of the font size (0: no such glyph).
pub(super) struct Core14 {
    dense: Vec<u16>,
    /// Characters from [`DENSE_CHARS`] on.
    by_char: HashMap<char, u16>,
    /// By code in the font's built-in encoding (Symbol and ZapfDingbats use it).
    by_code: [u16; 256],
}

impl Core14 {
    /// Width of the glyph for `c`, else of code `code` in the built-in encoding.
    pub(super) fn width(&self, c: Option<char>, code: u8) -> Option<f32> {
        let by_char = c.and_then(|c| match self.dense.get(c as usize) {
            Some(&w) => Some(w),
            None => self.by_char.get(&c).copied(),
        });
        by_char
            .filter(|&w| w > 0)
            .or(Some(self.by_code[code as usize]).filter(|&w| w > 0))
            .map(f32::from)
    }
}

/// The standard font a `/BaseFont` name stands for (also the usual substitutes: Arial for
/// Helvetica, Times New Roman for Times, Courier New for Courier; subset prefixes ignored).
pub(super) fn metrics(base_font: &[u8]) -> Option<&'static Core14> {
    let name = String::from_utf8_lossy(base_font);
    let name = match name.split_once('+') {
        Some((prefix, rest)) if prefix.len() == 6 => rest.to_string(),
        _ => name.into_owned(),
    };
    let lower = name.to_ascii_lowercase();
    let bold = lower.contains("bold");
    let slanted = lower.contains("italic") || lower.contains("oblique");
    use pdf_core_14_font_afms as afm;
    let (slot, text): (usize, &'static str) = if lower.starts_with("symbol") {
        (12, afm::SYMBOL)
    } else if lower.starts_with("zapfdingbats") {
        (13, afm::ZAPF_DINGBATS)
    } else if lower.contains("courier") {
        match (bold, slanted) {
            (false, false) => (0, afm::COURIER),
            (true, false) => (1, afm::COURIER_BOLD),
            (false, true) => (2, afm::COURIER_OBLIQUE),
            (true, true) => (3, afm::COURIER_BOLD_OBLIQUE),
        }
    } else if lower.contains("times") {
        match (bold, slanted) {
            (false, false) => (4, afm::TIMES_ROMAN),
            (true, false) => (5, afm::TIMES_BOLD),
            (false, true) => (6, afm::TIMES_ITALIC),
            (true, true) => (7, afm::TIMES_BOLD_ITALIC),
        }
    } else if lower.contains("helvetica") || lower.contains("arial") {
        match (bold, slanted) {
            (false, false) => (8, afm::HELVETICA),
            (true, false) => (9, afm::HELVETICA_BOLD),
            (false, true) => (10, afm::HELVETICA_OBLIQUE),
            (true, true) => (11, afm::HELVETICA_BOLD_OBLIQUE),
        }
    } else {
        return None;
    };
    static PARSED: [OnceLock<Core14>; 14] = [const { OnceLock::new() }; 14];
    Some(PARSED[slot].get_or_init(|| parse(text)))
}

/// Reads the `C code ; WX width ; N name ;` lines of an AFM file.
fn parse(afm: &str) -> Core14 {
    let mut by_char = HashMap::new();
    let mut dense = vec![0u16; DENSE_CHARS];
    let mut by_code = [0u16; 256];
    let mut named: Vec<(String, u16)> = Vec::new();
    for line in afm.lines().filter(|l| l.starts_with("C ")) {
        let (mut code, mut width, mut name) = (None, None, None);
        for field in line.split(';') {
            let mut parts = field.split_whitespace();
            match (parts.next(), parts.next()) {
                (Some("C"), Some(v)) => code = v.parse::<i32>().ok(),
                (Some("WX"), Some(v)) => width = v.parse::<u16>().ok(),
                (Some("N"), Some(v)) => name = Some(v),
                _ => {}
            }
        }
        let Some(width) = width else { continue };
        if let Some(c) = code.and_then(|c| u8::try_from(c).ok()) {
            by_code[c as usize] = width;
        }
        if let Some(name) = name {
            named.push((name.to_string(), width));
        }
    }
    for (name, width) in &named {
        if let Some(ch) = glyph_char(name) {
            match dense.get_mut(ch as usize) {
                Some(w) if *w == 0 => *w = *width,
                Some(_) => {}
                None => {
                    by_char.entry(ch).or_insert(*width);
                }
            }
        }
    }
    Core14 {
        dense,
        by_char,
        by_code,
    }
}

/// The character of a glyph name (Adobe Glyph List), looked up through lopdf's
/// `/Differences` support, the one public door to its glyph list. One name at a time: an
/// unknown name makes lopdf drop the whole `/Differences` array.
fn glyph_char(name: &str) -> Option<char> {
    let differences = vec![Object::Integer(0), Object::Name(name.as_bytes().to_vec())];
    let encoding = Dictionary::from_iter([("Differences", Object::Array(differences))]);
    let font = Dictionary::from_iter([
        ("Type", Object::Name(b"Font".to_vec())),
        ("Encoding", Object::Dictionary(encoding)),
    ]);
    let doc = Document::new();
    let text = font
        .get_font_encoding(&doc)
        .ok()?
        .bytes_to_string(&[0])
        .ok()?;
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helvetica_and_its_substitutes_have_adobe_widths() {
        let h = metrics(b"Helvetica").unwrap();
        assert_eq!(h.width(Some(' '), 32), Some(278.0));
        assert_eq!(h.width(Some('ä'), 0), Some(556.0));
        assert_eq!(h.width(Some('ß'), 0), Some(611.0));
        let bold = metrics(b"ABCDEF+Arial,Bold").unwrap();
        assert_eq!(bold.width(Some('A'), 65), Some(722.0));
        assert_eq!(
            metrics(b"Courier").unwrap().width(Some('x'), 0),
            Some(600.0)
        );
        assert!(metrics(b"DejaVuSans").is_none());
    }
}
