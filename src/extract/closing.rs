//! A letter's closing: the greeting ("Mit freundlichen Grüßen") and the signature under it
//! (name, function, organisation, telephone). It says who writes: an e-mail without a postal
//! address often names the sender's town only there ("Jugendleiter SV Rheinland Andernach"),
//! and [`super::sender`] reads the town from it.
//!
//! The block ends where content starts again: enclosures ("Anlage"), a postscript, a quoted
//! or forwarded message, or after [`MAX_LINES`] lines.

use std::ops::Range;

use crate::rules::words::fold;

/// Lines after the greeting that still count as the signature.
pub const MAX_LINES: usize = 8;

/// Whether a (folded, trimmed) line is a closing greeting: short, with "Gruß"/"Grüße" or
/// "hochachtungsvoll" in it, or the line begins with an abbreviated greeting ("MfG", "VG,
/// Anna"). Only at the start: "VG Koblenz" and "LG Mainz" are courts.
fn is_greeting(folded: &str) -> bool {
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 6 || folded.contains('?') {
        return false;
    }
    let abbreviated = ["mfg", "vg", "lg"].iter().any(|a| {
        folded
            .strip_prefix(a)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(','))
    });
    abbreviated
        || words
            .iter()
            .any(|w| w.starts_with("gruess") || w.starts_with("gruss") || *w == "hochachtungsvoll")
}

/// A cheap test before folding a line: short, and "gr", "mfg", "hochachtungsvoll", "vg" or
/// "lg" in it (any case).
fn might_greet(line: &str) -> bool {
    let line = line.trim().as_bytes();
    let has = |needle: &[u8]| {
        line.windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle))
    };
    line.len() <= 80
        && (has(b"gr") || has(b"mfg") || has(b"hochachtungsvoll") || has(b"vg") || has(b"lg"))
}

/// Whether a line starts content again after a signature.
fn resumes_content(line: &str) -> bool {
    let folded = fold(line.trim_start());
    [
        "anlage",
        "p.s",
        "ps:",
        "ps ",
        "nachtrag",
        "-----",
        "von:",
        "from:",
        "gesendet:",
        "betreff:",
        "weitergeleitete",
        "urspruengliche",
        ">",
    ]
    .iter()
    .any(|p| folded.starts_with(p))
        || (folded.starts_with("am ") && folded.trim_end().ends_with("schrieb:"))
}

/// The byte ranges of `text` that are a closing greeting and the signature under it.
pub fn closing_blocks(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None; // (start byte, lines so far)
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        if let Some((from, lines)) = open {
            if resumes_content(line) || lines >= MAX_LINES {
                out.push(from..start);
                open = None;
            } else {
                open = Some((from, lines + 1));
                continue;
            }
        }
        // A greeting may end a line of text ("Ich danke Ihnen. Viele Grüße"): only a line of
        // its own counts, so a sentence that merely mentions greetings does not.
        if might_greet(line) && is_greeting(&fold(line.trim())) {
            open = Some((start, 0));
        }
    }
    if let Some((from, _)) = open {
        out.push(from..text.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn closing(text: &str) -> Vec<&str> {
        closing_blocks(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn the_signature_under_the_greeting_is_the_closing() {
        let text =
            "Betreff: Schwangerschaft\n\nich bin schwanger.\n\nMit freundlichen Grüßen\nLea \
                    Schumacher\nZulassungsstelle, Schalter 4\n";
        assert_eq!(
            closing(text),
            ["Mit freundlichen Grüßen\nLea Schumacher\nZulassungsstelle, Schalter 4\n"]
        );
    }

    #[test]
    fn enclosures_and_forwarded_mail_are_content_again() {
        let text = "Text.\nViele Grüße\nAnna\nAnlage: Bußgeldbescheid\nWeiter.";
        assert_eq!(closing(text), ["Viele Grüße\nAnna\n"]);
        let text = "Danke.\nGruß\nPeter\n\n-----Ursprüngliche Nachricht-----\nVon: Amt\nKita";
        assert_eq!(closing(text), ["Gruß\nPeter\n\n"]);
    }

    #[test]
    fn a_sentence_about_greetings_is_no_closing_and_the_block_is_short() {
        let text = "Bitte richten Sie meine Grüße an Frau Weber aus, die meinen Bauantrag \
                    bearbeitet hat.\nDanke";
        assert!(closing(text).is_empty());
        // Court abbreviations are no abbreviated greeting; a greeting's abbreviation is.
        assert!(closing("Az. 3 K 12/26\nVG Koblenz\nLG Mainz\n").is_empty());
        assert_eq!(closing("Danke!\nVG, Anna\n"), ["VG, Anna\n"]);
        assert_eq!(closing("Danke!\nMfG\nTom\n"), ["MfG\nTom\n"]);
        let long: String = std::iter::repeat_n("Zeile\n", 20).collect();
        let text = format!("Hochachtungsvoll\n{long}");
        assert_eq!(closing(&text)[0].lines().count(), MAX_LINES + 1);
    }
}
