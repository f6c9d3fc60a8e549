//! Where the person a letter is about lives, when the letter says so ("wohnhaft Brauerstraße
//! 12, 56743 Mendig", "wir wohnen in Andernach-Eich"). Local competence follows it, not the
//! sender: a court in Mayen writes about a youth from Mendig, a Kita e-mails about a child
//! living in Mayen, a family writes from a town district without a postal address.
//!
//! Only two forms count, both cheap to get right: a postcode and town after "wohnhaft", and
//! "wohnhaft/wohne(n)/wohnt/lebe(n)/lebt … in <Town>" where the town is one of the configured
//! municipalities (a district such as "Mayen-Kürrenberg" is its town). A town merely
//! mentioned ("Training in Mayen") is no residence.

use std::sync::LazyLock;

use regex::Regex;

use super::{Collector, ExtractSettings};

/// "wohnhaft Brauerstraße 12, 56743 Mendig": postcode and town within the clause.
static WOHNHAFT_POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:wohnhaft)\b[^;\n]{0,60}?\b(\d{5})[ \t]+([A-ZÄÖÜ][\p{L}\-]*\p{L})")
        .expect("pattern")
});

/// "wohnhaft mit ihrer Mutter … in Mayen", "wir wohnen in Andernach-Eich".
static LIVES_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?i:wohnhaft|wohne|wohnen|wohnt|lebe|leben|lebt)\b[^.;:\n]{0,60}?\bin[ \t]+([A-ZÄÖÜ][\p{L}\-]*\p{L})",
    )
    .expect("pattern")
});

pub(super) fn collect(c: &mut Collector<'_>, settings: &ExtractSettings) {
    if c.out.iter().any(|f| f.name == "residence") {
        return; // an earlier page said it
    }
    let text = c.text;
    let by_postcode = WOHNHAFT_POSTCODE.captures(text).map(|cap| {
        let (pc, town) = (cap.get(1).expect("group"), cap.get(2).expect("group"));
        let municipality = settings
            .municipalities
            .iter()
            .find(|(p, _)| p == pc.as_str())
            .map_or(town.as_str(), |(_, m)| m.as_str());
        (pc.start(), town.end(), municipality.to_string())
    });
    let by_name = LIVES_IN.captures_iter(text).find_map(|cap| {
        let town = cap.get(1).expect("group");
        known_municipality(town.as_str(), settings).map(|m| (town.start(), town.end(), m))
    });
    // The earlier mention is the person the letter is about.
    let found = match (by_postcode, by_name) {
        (Some(a), Some(b)) => Some(if a.0 <= b.0 { a } else { b }),
        (a, b) => a.or(b),
    };
    if let Some((start, end, municipality)) = found {
        c.push("residence", municipality, start, end);
    }
}

/// The configured municipality a written town names: the town itself or one of its districts
/// ("Mayen-Kürrenberg", "Andernach-Eich").
fn known_municipality(town: &str, settings: &ExtractSettings) -> Option<String> {
    let head = town.split('-').next().unwrap_or(town);
    settings
        .municipalities
        .iter()
        .map(|(_, m)| m)
        .find(|m| m.eq_ignore_ascii_case(town) || m.eq_ignore_ascii_case(head))
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::super::{extract, ExtractSettings};

    fn settings() -> ExtractSettings {
        ExtractSettings {
            municipalities: vec![
                ("56626".into(), "Andernach".into()),
                ("56727".into(), "Mayen".into()),
            ],
            ..Default::default()
        }
    }

    fn residence(text: &str) -> Option<String> {
        extract(&[text], &settings())
            .into_iter()
            .find(|f| f.name == "residence")
            .map(|f| f.value)
    }

    #[test]
    fn a_residence_is_read_from_wohnhaft_and_lives_in() {
        let court = "Amtsgericht Mayen\nSt.-Veit-Straße 38, 56727 Mayen\n\nStrafsache gegen\n\
                     Luca B., geb. 14.02.2009,\nwohnhaft Brauerstraße 12, 56743 Mendig,\n";
        assert_eq!(residence(court).as_deref(), Some("Mendig"));
        let postcode = "Herr K., wohnhaft Markt 1, 56727 Mayen, beantragt";
        assert_eq!(residence(postcode).as_deref(), Some("Mayen"));
        let kita = "ein Mädchen, wohnhaft mit ihrer Mutter und zwei Geschwistern in Mayen, Im \
                    Weidenbruch";
        assert_eq!(residence(kita).as_deref(), Some("Mayen"));
        let district = "Wir wohnen in Andernach-Eich, Auf dem Häuschen 3.";
        assert_eq!(residence(district).as_deref(), Some("Andernach"));
        let married = "mein Mann und ich wohnen in Mayen-Kürrenberg. Leider";
        assert_eq!(residence(married).as_deref(), Some("Mayen"));
    }

    #[test]
    fn a_town_mentioned_otherwise_is_no_residence() {
        assert_eq!(residence("Er fährt zum Training nach Mayen."), None);
        assert_eq!(
            residence("Wir wohnen seit 2019 hier. In Mayen war es"),
            None
        );
        // Only configured towns count by name (a postcode is needed for any other).
        assert_eq!(residence("Wir wohnen in Ochtendung."), None);
        assert_eq!(residence("Wir leben in Frieden."), None);
    }
}
