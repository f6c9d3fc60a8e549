//! The sender: the first postcode and town in the letter head that are not the
//! administration's own, the municipality they belong to, and the sender block above them.

use std::sync::LazyLock;

use regex::Regex;

use super::{Collector, ExtractSettings};

static POSTCODE_TOWN: LazyLock<Regex> = LazyLock::new(|| {
    // At the start of a line, after a letterhead separator (`·`, `|`, `–`, ` - `, `/`, `,`)
    // or a wide gap, with or without a country prefix (`D-56626`).
    Regex::new(r"(?m)(?:^|[·•|,;–—/][ \t]*|[ \t]-[ \t]+|[ \t]{2,})(?:D-|DE-)?(\d{5})[ \t]+([A-ZÄÖÜ][\p{L}\-. ]*\p{L})")
        .expect("pattern")
});
/// Separators between the parts of a one-line letterhead or footer.
static PARTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[ \t]*(?:[·•|;–—]|[ \t]-[ \t]|[ \t]{3,})[ \t]*").expect("pattern")
});

/// How far into page 1 the letter head reaches.
const HEAD_LINES: usize = 16;
/// How many lines at the end of page 1 a footer with the sender's address may take.
const FOOT_LINES: usize = 8;

pub(super) fn collect(c: &mut Collector<'_>, settings: &ExtractSettings) {
    let text = c.text;
    let head_end = text
        .match_indices('\n')
        .nth(HEAD_LINES)
        .map_or(text.len(), |(i, _)| i);
    // Without a window address, the sender may only be in the letterhead's footer line.
    let foot_start = text
        .trim_end()
        .rmatch_indices('\n')
        .nth(FOOT_LINES - 1)
        .map_or(0, |(i, _)| i + 1)
        .max(head_end);
    let not_own = |cap: &regex::Captures<'_>| !settings.own_postcodes.iter().any(|p| p == &cap[1]);
    let Some(cap) = POSTCODE_TOWN
        .captures_iter(&text[..head_end])
        .find(not_own)
        .or_else(|| {
            POSTCODE_TOWN
                .captures_iter(text)
                .filter(|c| c.get(0).expect("m").start() >= foot_start)
                .find(not_own)
        })
    else {
        town_in_closing(c, settings);
        return;
    };
    let (pc, town) = (cap.get(1).expect("group"), cap.get(2).expect("group"));
    let town_name = town.as_str().trim();
    c.push("sender_postcode", pc.as_str(), pc.start(), pc.end());
    c.push(
        "sender_town",
        town_name,
        town.start(),
        town.start() + town_name.len(),
    );
    let municipality = settings.municipality_of(pc.as_str(), town_name);
    c.push(
        "municipality",
        municipality,
        pc.start(),
        town.start() + town_name.len(),
    );
    let town_end = town.start() + town_name.len();
    let line_start = text[..pc.start()].rfind('\n').map_or(0, |i| i + 1);
    // A one-line letterhead or footer: `Name · Street 5 · 56626 Town · Tel. …`.
    let parts: Vec<&str> = PARTS
        .split(&text[line_start..town_end])
        .map(|p| p.trim().trim_matches(','))
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() >= 2 {
        c.push("sender", parts.join(", "), line_start, town_end);
        return;
    }
    if pc.start() >= foot_start {
        return;
    }
    // The sender block: the non-empty lines from the top of the page down to the town line;
    // a long letterhead gives its first line (the name) and the address lines.
    let line_end = text[town.end()..]
        .find('\n')
        .map_or(text.len(), |i| town.end() + i);
    let block_start = text[..line_end]
        .char_indices()
        .find(|(_, ch)| !ch.is_whitespace())
        .map_or(0, |(i, _)| i);
    let block: Vec<&str> = text[block_start..line_end]
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    match block.len() {
        0 => {}
        n if n <= 6 => c.push("sender", block.join(", "), block_start, line_end),
        n if n <= HEAD_LINES => {
            let name_and_address = [block[0], block[n - 2], block[n - 1]];
            c.push("sender", name_and_address.join(", "), block_start, line_end);
        }
        _ => {}
    }
}

/// Without a postal address (an e-mail), the sender's municipality as the closing names it: a
/// configured town in the signature ("Jugendleiter SV Rheinland Andernach 1919 e. V."), the
/// first one named. The administration's own name ("Mayen-Koblenz") is not a town.
fn town_in_closing(c: &mut Collector<'_>, settings: &ExtractSettings) {
    let text = c.text;
    let found = super::closing::closing_blocks(text)
        .into_iter()
        .find_map(|block| {
            text[block]
                .split(|ch: char| !(ch.is_alphanumeric() || ch == '-'))
                .map(|word| word.trim_matches('-'))
                .filter(|word| word.chars().next().is_some_and(char::is_uppercase))
                .find_map(|word| {
                    let m = super::residence::known_municipality(word, settings)?;
                    // `word` is a slice of `text`: its offset is where it starts.
                    let start = word.as_ptr() as usize - text.as_ptr() as usize;
                    Some((m, start, start + word.len()))
                })
        });
    if let Some((municipality, start, end)) = found {
        c.push("municipality", municipality, start, end);
    }
}
