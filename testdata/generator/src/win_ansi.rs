//! Text → WinAnsiEncoding bytes for the standard Type 1 fonts (Helvetica) in text PDFs.
//!
//! With `/Encoding /WinAnsiEncoding` the viewer maps each byte to a glyph name it knows, so
//! umlauts, ß, € and German quotes extract correctly without embedding a font.

/// Encodes `text` as WinAnsi (Windows-1252) bytes; characters outside it become '?'.
pub(crate) fn encode(text: &str) -> Vec<u8> {
    text.chars().map(byte_for).collect()
}

fn byte_for(c: char) -> u8 {
    match c {
        ' '..='~' => c as u8,
        // Latin-1 supplement is identical in Windows-1252.
        '\u{a0}'..='\u{ff}' => c as u32 as u8,
        '€' => 0x80,
        '‚' => 0x82,
        '„' => 0x84,
        '…' => 0x85,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '–' => 0x96,
        '—' => 0x97,
        _ => b'?',
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_text_maps_to_windows_1252() {
        assert_eq!(encode("Grüße"), b"Gr\xfc\xdfe");
        assert_eq!(encode("ÄÖÜäöü"), b"\xc4\xd6\xdc\xe4\xf6\xfc");
        assert_eq!(encode("„Mühle“ 5 € §"), b"\x84M\xfchle\x93 5 \x80 \xa7");
    }

    #[test]
    fn unsupported_characters_become_question_marks() {
        assert_eq!(encode("a→b"), b"a?b");
    }
}
