//! Joining placed glyphs into words and lines, in the order the page draws them: a gap along
//! the baseline wider than a fraction of the font size is a word space, a new baseline is a new
//! line, a jump of more than about one empty line (or back up the page, to a new column or
//! block) is a paragraph break. Glyphs drawn twice at the same place (fake bold) count once.

use super::fonts::GlyphText;
use super::interpret::Placed;

/// A gap wider than this share of the font size separates words. Letter-spacing and kerning
/// stay far below it (a few hundredths); a space in any text font is a quarter em or more.
const WORD_GAP: f32 = 0.12;
/// Baselines closer than this share of the font size are the same line.
const SAME_LINE: f32 = 0.5;
/// Drawn back over the previous glyph by more than this share: a new line, not kerning.
const BACKWARDS: f32 = 0.6;
/// Baselines further apart than this (in font sizes) have an empty line between them.
const PARAGRAPH: f32 = 2.0;

/// How many recent glyphs a glyph is compared with to find it drawn twice.
const OVERPRINT_WINDOW: usize = 64;

pub(super) fn text_of(glyphs: &[Placed]) -> String {
    let mut out = String::with_capacity(glyphs.len() + glyphs.len() / 4);
    let mut prev: Option<&Placed> = None;
    let mut pending_space = false;
    let mut recent: std::collections::VecDeque<&Placed> = Default::default();
    for g in glyphs {
        if g.is_space {
            pending_space = true;
            continue;
        }
        // Drawn again over earlier glyphs only ever means going back along the line, so the
        // window is searched only then.
        let backwards = prev.is_some_and(|p| {
            let along = (g.start.0 - p.end.0) * p.dir.0 + (g.start.1 - p.end.1) * p.dir.1;
            along < 0.0
        });
        if backwards && recent.iter().any(|r| overprints(r, g)) {
            continue;
        }
        if recent.len() == OVERPRINT_WINDOW {
            recent.pop_front();
        }
        recent.push_back(g);
        let mut buf = [0u8; 4];
        let text: &str = match &g.text {
            GlyphText::None => continue,
            GlyphText::Char(c) => c.encode_utf8(&mut buf),
            GlyphText::Str(s) => s,
        };
        push_glyph(&mut out, prev, g, pending_space, text);
        pending_space = false;
        prev = Some(g);
    }
    out
}

/// The same glyph drawn again at (nearly) the same place: fake bold, or a shadow.
fn overprints(earlier: &Placed, g: &Placed) -> bool {
    let near = 0.15 * g.size.max(earlier.size);
    earlier.text == g.text
        && (g.start.0 - earlier.start.0).abs() < near
        && (g.start.1 - earlier.start.1).abs() < near
}

fn push_glyph(out: &mut String, prev: Option<&Placed>, g: &Placed, space: bool, text: &str) {
    let Some(p) = prev else {
        out.push_str(text);
        return;
    };
    let size = g.size.max(p.size).max(0.1);
    let same_dir = g.dir.0 * p.dir.0 + g.dir.1 * p.dir.1 > 0.99;
    // Offsets in the previous glyph's frame: along its baseline from its end, and across it.
    let along = (g.start.0 - p.end.0) * p.dir.0 + (g.start.1 - p.end.1) * p.dir.1;
    let across = p.dir.0 * (g.start.1 - p.start.1) - p.dir.1 * (g.start.0 - p.start.0);
    if same_dir && across.abs() < SAME_LINE * size && along > -BACKWARDS * size {
        if (space || along > WORD_GAP * size) && !out.ends_with(char::is_whitespace) {
            out.push(' ');
        }
        out.push_str(text);
        return;
    }
    // A new line; an empty one before it if the text jumped down a lot, or back up the page.
    let paragraph = !same_dir || across > SAME_LINE * size || -across > PARAGRAPH * size;
    while out.ends_with(' ') {
        out.pop();
    }
    out.push_str(if paragraph { "\n\n" } else { "\n" });
    out.push_str(text);
}
