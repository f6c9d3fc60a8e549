//! The sender: the first postcode and town in the letter head that are not the
//! administration's own, the municipality they belong to, and the sender block above them.

use std::sync::LazyLock;

use regex::Regex;

use super::{Collector, ExtractSettings};

static POSTCODE_TOWN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)(?:^|[·•|,][ \t]*|[ \t]{2,})(\d{5})[ \t]+([A-ZÄÖÜ][\p{L}\-. ]*\p{L})")
        .expect("pattern")
});

/// How far into page 1 the letter head reaches.
const HEAD_LINES: usize = 16;

pub(super) fn collect(c: &mut Collector<'_>, settings: &ExtractSettings) {
    let text = c.text;
    let head_end = text
        .match_indices('\n')
        .nth(HEAD_LINES)
        .map_or(text.len(), |(i, _)| i);
    let head = &text[..head_end];
    let Some(cap) = POSTCODE_TOWN
        .captures_iter(head)
        .find(|cap| !settings.own_postcodes.iter().any(|p| p == &cap[1]))
    else {
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
    let municipality = settings
        .municipalities
        .iter()
        .find(|(p, _)| p == pc.as_str())
        .map_or(town_name, |(_, m)| m.as_str());
    c.push(
        "municipality",
        municipality,
        pc.start(),
        town.start() + town_name.len(),
    );
    // The sender block: the non-empty lines from the top of the page down to the town line.
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
    if block.len() <= 6 {
        c.push("sender", block.join(", "), block_start, line_end);
    }
}
