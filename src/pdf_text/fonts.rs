//! What a PDF font says about its glyphs: which characters its codes stand for (`/ToUnicode`
//! first, else the font's encoding, via lopdf) and how wide each glyph is (`/Widths`, `/W`,
//! the standard fonts' metrics), so positioned glyphs can be joined into words.

use std::collections::HashMap;

use lopdf::{Dictionary, Document, Encoding, Object};

use super::core14::{self, Core14};

/// Glyph width (in 1/1000 of the font size) when a font says nothing usable.
const DEFAULT_WIDTH: f32 = 500.0;

/// One shown glyph of a string: its text, its advance in text space units per font size
/// (width / 1000) and whether it is the single-byte code 32 (word spacing applies).
pub(super) struct ShownGlyph {
    pub text: GlyphText,
    pub advance: f32,
    pub is_space_code: bool,
}

/// The characters a glyph stands for.
#[derive(Clone, PartialEq)]
pub(super) enum GlyphText {
    None,
    Char(char),
    Str(Box<str>),
}

/// A font as far as text extraction needs it.
pub(super) struct Font {
    /// Composite (Type0) fonts use two-byte codes (the Identity CMaps every PDF writer uses).
    two_byte: bool,
    /// Always `Encoding::UnicodeMapEncoding`: lopdf does not export its CMap type by name.
    unicode: Option<Encoding<'static>>,
    /// Simple fonts: the character of each code by the font's encoding.
    by_code: Vec<Option<char>>,
    /// Simple fonts: text and advance of each of the 256 codes, worked out once.
    simple: Vec<(GlyphText, f32)>,
    widths: Widths,
    /// Glyph space to text space: 1/1000, or a Type3 font's `/FontMatrix`.
    scale: f32,
}

enum Widths {
    Simple {
        first: u32,
        widths: Vec<f32>,
        missing: Option<f32>,
        core14: Option<&'static Core14>,
    },
    Cid {
        widths: HashMap<u32, f32>,
        default: f32,
    },
}

fn number(o: &Object) -> Option<f32> {
    match o {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
}

fn deref<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    doc.dereference(o).map(|(_, o)| o).unwrap_or(o)
}

fn get<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    dict.get(key).ok().map(|o| deref(doc, o))
}

impl Font {
    /// Reads `dict` (a `/Font` dictionary); `limit` bounds decompressing its CMap.
    pub(super) fn load(doc: &Document, dict: &Dictionary, limit: usize) -> Font {
        let subtype = get(doc, dict, b"Subtype").and_then(|o| o.as_name().ok());
        let two_byte = subtype == Some(b"Type0");
        let unicode = to_unicode(doc, dict, limit);
        let by_code = if two_byte {
            Vec::new()
        } else {
            simple_encoding(doc, dict, limit)
        };
        let scale = match (subtype, get(doc, dict, b"FontMatrix")) {
            (Some(b"Type3"), Some(Object::Array(m))) => {
                m.first().and_then(number).unwrap_or(0.001).abs()
            }
            _ => 0.001,
        };
        let widths = if two_byte {
            cid_widths(doc, dict)
        } else {
            let first = get(doc, dict, b"FirstChar")
                .and_then(number)
                .unwrap_or(0.0)
                .max(0.0) as u32;
            let widths = match get(doc, dict, b"Widths") {
                Some(Object::Array(a)) => a
                    .iter()
                    .map(|o| number(deref(doc, o)).unwrap_or(0.0))
                    .collect(),
                _ => Vec::new(),
            };
            let missing = get(doc, dict, b"FontDescriptor")
                .and_then(|o| o.as_dict().ok())
                .and_then(|d| get(doc, d, b"MissingWidth"))
                .and_then(number)
                .filter(|w| *w > 0.0);
            let core14 = get(doc, dict, b"BaseFont")
                .and_then(|o| o.as_name().ok())
                .and_then(core14::metrics);
            Widths::Simple {
                first,
                widths,
                missing,
                core14,
            }
        };
        let mut font = Font {
            two_byte,
            unicode,
            by_code,
            simple: Vec::new(),
            widths,
            scale,
        };
        if !two_byte {
            font.simple = (0..=255u32)
                .map(|code| {
                    let encoded = font.by_code.get(code as usize).copied().flatten();
                    let text = font
                        .unicode_of(code, 1)
                        .or_else(|| encoded.map(GlyphText::Char))
                        .unwrap_or(GlyphText::None);
                    (text, font.width(code, encoded) * font.scale)
                })
                .collect();
        }
        font
    }

    /// The glyphs a string shows.
    pub(super) fn glyphs(&self, bytes: &[u8], out: &mut Vec<ShownGlyph>) {
        if self.two_byte {
            for pair in bytes.chunks(2) {
                let code = pair.iter().fold(0u32, |a, &b| a << 8 | u32::from(b));
                let len = pair.len() as u8;
                let text = self.unicode_of(code, len).unwrap_or(GlyphText::None);
                out.push(ShownGlyph {
                    text,
                    advance: self.width(code, None) * self.scale,
                    is_space_code: false,
                });
            }
            return;
        }
        for &b in bytes {
            let (text, advance) = &self.simple[b as usize];
            out.push(ShownGlyph {
                text: text.clone(),
                advance: *advance,
                is_space_code: b == 32,
            });
        }
    }

    fn unicode_of(&self, code: u32, len: u8) -> Option<GlyphText> {
        let Some(Encoding::UnicodeMapEncoding(cmap)) = &self.unicode else {
            return None;
        };
        let units = cmap.get(code, len)?;
        let s = String::from_utf16_lossy(&units);
        let mut chars = s.chars();
        Some(match (chars.next(), chars.next()) {
            (None, _) => GlyphText::None,
            (Some(c), None) => GlyphText::Char(c),
            _ => GlyphText::Str(s.into_boxed_str()),
        })
    }

    fn width(&self, code: u32, c: Option<char>) -> f32 {
        match &self.widths {
            Widths::Simple {
                first,
                widths,
                missing,
                core14,
            } => code
                .checked_sub(*first)
                .and_then(|i| widths.get(i as usize))
                .copied()
                .filter(|w| *w > 0.0)
                .or(*missing)
                .or_else(|| core14.and_then(|m| m.width(c, code as u8)))
                .unwrap_or(DEFAULT_WIDTH),
            Widths::Cid { widths, default } => widths.get(&code).copied().unwrap_or(*default),
        }
    }
}

/// The `/ToUnicode` CMap, read through lopdf: a copy of the font dictionary without
/// `/Encoding` makes lopdf take the CMap (it prefers the encoding otherwise; `/ToUnicode` is
/// what says which character a glyph is).
fn to_unicode(doc: &Document, dict: &Dictionary, limit: usize) -> Option<Encoding<'static>> {
    dict.get(b"ToUnicode").ok()?;
    let mut only_cmap = Dictionary::new();
    only_cmap.set("Type", Object::Name(b"Font".to_vec()));
    only_cmap.set("ToUnicode", dict.get(b"ToUnicode").ok()?.clone());
    match only_cmap.get_font_encoding_with_limit(doc, limit).ok()? {
        Encoding::UnicodeMapEncoding(cmap) => Some(Encoding::UnicodeMapEncoding(cmap)),
        _ => None,
    }
}

/// The character of each code by a simple font's `/Encoding` (standard, WinAnsi, MacRoman,
/// `/Differences`), through lopdf.
fn simple_encoding(doc: &Document, dict: &Dictionary, limit: usize) -> Vec<Option<char>> {
    let mut plain = dict.clone();
    plain.remove(b"ToUnicode");
    plain.set("Type", Object::Name(b"Font".to_vec()));
    let Ok(encoding) = plain.get_font_encoding_with_limit(doc, limit) else {
        return vec![None; 256];
    };
    // The usual cases, read straight from lopdf's tables (no string per code).
    match &encoding {
        Encoding::OneByteEncoding(table) => {
            return table
                .iter()
                .map(|g| g.and_then(|g| char::from_u32(u32::from(g.utf16_code_unit()))))
                .collect()
        }
        Encoding::Differences(d) => {
            if let Encoding::OneByteEncoding(base) = &*d.base {
                return (0..=255u8)
                    .map(|b| {
                        d.map
                            .get(&b)
                            .copied()
                            .or(base[b as usize])
                            .and_then(|g| char::from_u32(u32::from(g.utf16_code_unit())))
                    })
                    .collect();
            }
        }
        _ => {}
    }
    (0..=255u8)
        .map(|b| {
            let s = encoding.bytes_to_string(&[b]).ok()?;
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Some(c),
                _ => None,
            }
        })
        .collect()
}

/// `/W` and `/DW` of a composite font's descendant CIDFont.
fn cid_widths(doc: &Document, dict: &Dictionary) -> Widths {
    let descendant = match get(doc, dict, b"DescendantFonts") {
        Some(Object::Array(a)) => a
            .first()
            .map(|o| deref(doc, o))
            .and_then(|o| o.as_dict().ok()),
        _ => None,
    };
    let default = descendant
        .and_then(|d| get(doc, d, b"DW"))
        .and_then(number)
        .unwrap_or(1000.0);
    let mut widths = HashMap::new();
    if let Some(Object::Array(w)) = descendant.and_then(|d| get(doc, d, b"W")) {
        let items: Vec<&Object> = w.iter().map(|o| deref(doc, o)).collect();
        let mut i = 0;
        // At most 64k entries: a hostile range must not allocate gigabytes.
        while i + 1 < items.len() && widths.len() < 65_536 {
            let Some(first) = number(items[i]) else { break };
            let first = first.max(0.0) as u32;
            match items[i + 1] {
                Object::Array(list) => {
                    for (k, o) in list.iter().enumerate() {
                        if let Some(w) = number(deref(doc, o)) {
                            widths.insert(first + k as u32, w);
                        }
                    }
                    i += 2;
                }
                last => {
                    let (Some(last), Some(w)) =
                        (number(last), items.get(i + 2).and_then(|o| number(o)))
                    else {
                        break;
                    };
                    let last = (last.max(0.0) as u32).min(first.saturating_add(65_535));
                    for code in first..=last {
                        widths.insert(code, w);
                    }
                    i += 3;
                }
            }
        }
    }
    Widths::Cid { widths, default }
}
