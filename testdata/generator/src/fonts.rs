//! System TrueType fonts used to lay out and rasterise letters.
//!
//! No font files are committed: the DejaVu fonts from Debian's `fonts-dejavu-core` are loaded at
//! run time (override with `MAILROOM_TESTDATA_FONT` / `MAILROOM_TESTDATA_BOLD_FONT`). Layout
//! measures text with these fonts, so line breaks — and hence per-page ground truth — depend on
//! which font was found; with the default DejaVu Sans they are stable across machines.

use ab_glyph::{Font, FontVec, GlyphId};
use std::sync::OnceLock;

const REGULAR_CANDIDATES: &[&str] = &[
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
];
const BOLD_CANDIDATES: &[&str] = &[
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
];

/// Font weight of a laid-out line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Face {
    Regular,
    Bold,
}

/// The loaded regular and bold fonts.
pub(crate) struct Fonts {
    regular: FontVec,
    bold: FontVec,
}

impl Fonts {
    /// The font for `face`.
    pub(crate) fn get(&self, face: Face) -> &FontVec {
        match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
        }
    }
}

/// The process-wide fonts, loaded on first use.
///
/// # Panics
/// If no usable font file is found; the message names the Debian package to install.
pub(crate) fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| Fonts {
        regular: load("MAILROOM_TESTDATA_FONT", REGULAR_CANDIDATES),
        bold: load("MAILROOM_TESTDATA_BOLD_FONT", BOLD_CANDIDATES),
    })
}

fn load(env_var: &str, candidates: &[&str]) -> FontVec {
    let override_path = std::env::var(env_var).ok();
    let paths = override_path
        .iter()
        .map(String::as_str)
        .chain(candidates.iter().copied());
    for path in paths {
        if let Ok(bytes) = std::fs::read(path) {
            match FontVec::try_from_vec(bytes) {
                Ok(font) => return font,
                Err(err) => panic!("{path} is not a usable TrueType font: {err}"),
            }
        }
    }
    panic!(
        "no DejaVu Sans font found (tried {candidates:?}); install the Debian package \
         fonts-dejavu-core or set {env_var} to a .ttf file"
    );
}

/// Font units → points factor for a font at `size_pt`.
pub(crate) fn units_to_pt(font: &FontVec, size_pt: f32) -> f32 {
    size_pt / font.units_per_em().unwrap_or(2048.0)
}

/// Width of `text` in points when set in `font` at `size_pt`, including kerning.
pub(crate) fn text_width_pt(font: &FontVec, text: &str, size_pt: f32) -> f32 {
    let mut previous: Option<GlyphId> = None;
    let mut width = 0.0;
    for c in text.chars() {
        let id = font.glyph_id(c);
        if let Some(prev) = previous {
            width += font.kern_unscaled(prev, id);
        }
        width += font.h_advance_unscaled(id);
        previous = Some(id);
    }
    width * units_to_pt(font, size_pt)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_characters_have_glyphs() {
        let font = fonts().get(Face::Regular);
        for c in "äöüÄÖÜß€§„“".chars() {
            assert_ne!(font.glyph_id(c).0, 0, "no glyph for {c}");
        }
    }

    #[test]
    fn widths_scale_with_size_and_bold_is_wider() {
        let regular = fonts().get(Face::Regular);
        let w11 = text_width_pt(regular, "Größe", 11.0);
        let w22 = text_width_pt(regular, "Größe", 22.0);
        assert!(w11 > 20.0 && w11 < 45.0, "{w11}");
        assert!((w22 - 2.0 * w11).abs() < 1e-3);
        assert!(text_width_pt(fonts().get(Face::Bold), "Größe", 11.0) > w11);
    }
}
