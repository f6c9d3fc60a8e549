//! Where the person a letter is about lives, when the letter says so ("wohnhaft Brauerstraße
//! 12, 56743 Mendig", "wir wohnen in Andernach-Eich"). Local competence follows it, not the
//! sender: a court in Mayen writes about a youth from Mendig, a Kita e-mails about a child
//! living in Mayen, a family writes from a town district without a postal address.
//!
//! Three forms count, all cheap to get right: a postcode and town after "wohnhaft", a form's
//! "Wohnort:" field, and "wohnhaft/wohne(n)/wohnt/lebe(n)/lebt … in <Town>" where the town is
//! one of the configured municipalities (a district such as "Mayen-Kürrenberg" is its town,
//! the county "Mayen-Koblenz" is not). A town merely mentioned ("Training in Mayen") is no residence, nor one that is
//! denied or past ("wohnen nicht mehr in Andernach"). A page naming two different residences
//! (the father in Mayen, the mother and children in Andernach) gives none: the sender's town
//! decides then. Only the first page that names one counts.

use std::sync::LazyLock;

use regex::Regex;

use super::{Collector, ExtractSettings};

/// What may stand between the verb and the town: anything within the sentence and at most a
/// line break further ("wohnhaft Brauerstraße 12,⏎56743 Mendig"); a full stop only inside an
/// abbreviation or a date ("Str. 12", "St.-Veit", "seit dem 01.03.2024").
const GAP: &str = r"(?:[^.;\n]|\.\S|\.[ \t]*\d|\n){0,80}?";

/// "wohnhaft Brauerstraße 12, 56743 Mendig": postcode and town after "wohnhaft".
static WOHNHAFT_POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?i:wohnhaft)\b({GAP})\b(\d{{5}})[ \t]+([A-ZÄÖÜ][\p{{L}}\-]*\p{{L}})"
    ))
    .expect("pattern")
});

/// "wohnhaft mit ihrer Mutter … in Mayen", "wir wohnen in Andernach-Eich".
static LIVES_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?i:wohnhaft|wohne|wohnen|wohnt|lebe|leben|lebt)\b({GAP})\bin[ \t]+([A-ZÄÖÜ][\p{{L}}\-]*\p{{L}})"
    ))
    .expect("pattern")
});

/// A form's field: "Wohnort: 56727 Mayen", "Wohnort: Andernach-Eich".
static WOHNORT_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?i:wohnort)[ \t]*:[ \t]*(?:(\d{5})[ \t]+)?([A-ZÄÖÜ][\p{L}\-]*\p{L})")
        .expect("pattern")
});

/// Words in the gap that make the town not (or no longer) the residence.
static NOT_NOW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:nicht|nie|kein|keine|früher|ehemals|bisher|bis|vorher|zuvor)\b")
        .expect("pattern")
});

/// One mention: where it is and the municipality it names.
struct Mention {
    start: usize,
    end: usize,
    municipality: String,
}

pub(super) fn collect(c: &mut Collector<'_>, settings: &ExtractSettings) {
    if c.out.iter().any(|f| f.name == "residence") {
        return; // an earlier page said it
    }
    let text = c.text;
    let stands = |gap: &str| !gap.contains("\n\n") && !NOT_NOW.is_match(gap);
    let by_postcode = WOHNHAFT_POSTCODE.captures_iter(text).filter_map(|cap| {
        let gap = cap.get(1).expect("group");
        let (pc, town) = (cap.get(2).expect("group"), cap.get(3).expect("group"));
        if !stands(gap.as_str()) {
            return None;
        }
        Some(Mention {
            start: pc.start(),
            end: town.end(),
            municipality: settings
                .municipality_of(pc.as_str(), town.as_str())
                .to_string(),
        })
    });
    let by_name = LIVES_IN.captures_iter(text).filter_map(|cap| {
        let (gap, town) = (cap.get(1).expect("group"), cap.get(2).expect("group"));
        if !stands(gap.as_str()) {
            return None;
        }
        known_municipality(town.as_str(), settings).map(|municipality| Mention {
            start: town.start(),
            end: town.end(),
            municipality,
        })
    });
    let by_field = WOHNORT_FIELD.captures_iter(text).filter_map(|cap| {
        let town = cap.get(2).expect("group");
        let municipality = match cap.get(1) {
            Some(pc) => Some(
                settings
                    .municipality_of(pc.as_str(), town.as_str())
                    .to_string(),
            ),
            None => known_municipality(town.as_str(), settings),
        };
        municipality.map(|municipality| Mention {
            start: cap.get(1).unwrap_or(town).start(),
            end: town.end(),
            municipality,
        })
    });
    let mut mentions: Vec<Mention> = by_postcode.chain(by_name).chain(by_field).collect();
    mentions.sort_by_key(|m| m.start);
    let Some(first) = mentions.first() else {
        return;
    };
    // Two different homes on one page (parents apart): no telling whose matters here.
    if mentions
        .iter()
        .any(|m| !m.municipality.eq_ignore_ascii_case(&first.municipality))
    {
        return;
    }
    c.push(
        "residence",
        first.municipality.clone(),
        first.start,
        first.end,
    );
}

/// The configured municipality a written town names: the town itself or one of its districts
/// ("Mayen-Kürrenberg", "Andernach-Eich"), but not a county named after towns when that is
/// the administration's own name ("Mayen-Koblenz").
pub(super) fn known_municipality(town: &str, settings: &ExtractSettings) -> Option<String> {
    let written = town.to_lowercase();
    let own = settings.own_name.to_lowercase();
    if written.contains('-') && own.split_whitespace().any(|w| w == written) {
        return None;
    }
    let head = written.split('-').next().unwrap_or(&written);
    settings
        .municipalities
        .iter()
        .map(|(_, m)| m)
        .find(|m| {
            let m = m.to_lowercase();
            m == written || m == head
        })
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
                ("56753".into(), "Münstermaifeld".into()),
            ],
            own_name: "Kreisverwaltung Mayen-Koblenz".into(),
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
        let wrapped = "Luca B., wohnhaft Brauerstr. 12,\n56743 Mendig, wegen";
        assert_eq!(residence(wrapped).as_deref(), Some("Mendig"));
        let postcode = "Herr K., wohnhaft Markt 1, 56727 Mayen, beantragt";
        assert_eq!(residence(postcode).as_deref(), Some("Mayen"));
        let kita = "ein Mädchen, wohnhaft mit ihrer Mutter und zwei Geschwistern in Mayen, Im \
                    Weidenbruch";
        assert_eq!(residence(kita).as_deref(), Some("Mayen"));
        let district = "Wir wohnen in Andernach-Eich, Auf dem Häuschen 3.";
        assert_eq!(residence(district).as_deref(), Some("Andernach"));
        let married = "mein Mann und ich wohnen in Mayen-Kürrenberg. Leider";
        assert_eq!(residence(married).as_deref(), Some("Mayen"));
        let since = "Wir wohnen seit dem 01.03.2024 in Andernach.";
        assert_eq!(residence(since).as_deref(), Some("Andernach"));
        let capitals = "Wir wohnen in MÜNSTERMAIFELD.";
        assert_eq!(residence(capitals).as_deref(), Some("Münstermaifeld"));
        let form = "Name des Kindes: Mia K.\nWohnort: 56727 Mayen\nSchule: Grundschule";
        assert_eq!(residence(form).as_deref(), Some("Mayen"));
        let form = "Wohnort:  Andernach-Miesenheim";
        assert_eq!(residence(form).as_deref(), Some("Andernach"));
        let form = "Wohnort: 56743 Mendig";
        assert_eq!(residence(form).as_deref(), Some("Mendig"));
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
        // The county is not its town.
        assert_eq!(residence("Wir wohnen gerne in Mayen-Koblenz."), None);
        // Not the residence any more.
        assert_eq!(
            residence("Wir wohnen nicht mehr in Andernach, sondern in Polch."),
            None
        );
        // A sentence ends before another address.
        assert_eq!(
            residence("Herr B., wohnhaft ebenda. Vertreten durch RA M., 56727 Mayen"),
            None
        );
        // A paragraph ends before it.
        assert_eq!(residence("wohnhaft:\n\n56727 Mayen"), None);
        // Two different homes: none.
        assert_eq!(
            residence("Der Vater lebt in Mayen, ich wohne mit den Kindern in Andernach."),
            None
        );
    }

    #[test]
    fn only_the_first_page_that_names_one_counts() {
        let pages = [
            "Wir wohnen in Andernach.",
            "Urteil: Antragsgegner, wohnhaft Markt 1, 56727 Mayen",
        ];
        let fields = extract(&pages, &settings());
        let found: Vec<_> = fields.iter().filter(|f| f.name == "residence").collect();
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].value.as_str(), found[0].page), ("Andernach", 1));
    }
}
