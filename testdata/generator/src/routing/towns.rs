//! Towns of the Landkreis Mayen-Koblenz that senders live in, and invented people and streets.
//!
//! Postcodes and the two towns with their own youth office (Andernach, Mayen) are public facts;
//! street names and people are invented.

/// A town in the county, as printed in a sender's "PLZ Ort" line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Town {
    /// Five-digit German postcode, e.g. "56626".
    pub postcode: &'static str,
    /// Town name, e.g. "Andernach".
    pub name: &'static str,
    /// Department id of the town's own youth office, if it has one ("JA-AND", "JA-MY"); youth
    /// welfare letters from there are routed to it instead of the county's Jugendamt (`51`).
    pub own_youth_office: Option<&'static str>,
}

impl Town {
    /// The "PLZ Ort" line, e.g. "56626 Andernach".
    pub fn postcode_line(&self) -> String {
        format!("{} {}", self.postcode, self.name)
    }
}

/// The sender towns, all in the Landkreis Mayen-Koblenz.
pub const TOWNS: &[Town] = &[
    Town {
        postcode: "56626",
        name: "Andernach",
        own_youth_office: Some("JA-AND"),
    },
    Town {
        postcode: "56727",
        name: "Mayen",
        own_youth_office: Some("JA-MY"),
    },
    Town {
        postcode: "56170",
        name: "Bendorf",
        own_youth_office: None,
    },
    Town {
        postcode: "56179",
        name: "Vallendar",
        own_youth_office: None,
    },
    Town {
        postcode: "56575",
        name: "Weißenthurm",
        own_youth_office: None,
    },
    Town {
        postcode: "56743",
        name: "Mendig",
        own_youth_office: None,
    },
    Town {
        postcode: "56751",
        name: "Polch",
        own_youth_office: None,
    },
    Town {
        postcode: "56330",
        name: "Kobern-Gondorf",
        own_youth_office: None,
    },
    Town {
        postcode: "56294",
        name: "Münstermaifeld",
        own_youth_office: None,
    },
    Town {
        postcode: "56299",
        name: "Ochtendung",
        own_youth_office: None,
    },
];

/// Invented street names (no trigger words, nothing that hints at a department).
pub(crate) const STREETS: &[&str] = &[
    "Im Weidenfeld",
    "Rosenstraße",
    "Am Mühlbach",
    "Kirchgasse",
    "Römerstraße",
    "Lindenallee",
    "Auf der Höhe",
    "Birkenweg",
    "Eifelstraße",
    "Moselweg",
    "Am Rebenhang",
    "Gartenstraße",
    "Jahnstraße",
    "Grüner Weg",
    "Schloßgasse",
    "Weißdornweg",
    "Brückenstraße",
    "Mühlenstraße",
    "Kastanienweg",
    "Untere Grabenstraße",
    "Am Großen Garten",
    "Maifeldstraße",
    "Rheinblick",
    "Fließstraße",
    "Am Höllenberg",
    "Nettetalstraße",
];

/// Female first names (Latin-1 only, so every name survives WinAnsi PDFs).
pub(crate) const FEMALE: &[&str] = &[
    "Käthe",
    "Bärbel",
    "Sabine",
    "Lena",
    "Jördis",
    "Maren",
    "Ulrike",
    "Sophie",
    "Anja",
    "Gülten",
    "Miriam",
    "Hannelore",
    "Jana",
    "Franziska",
];
/// Male first names.
pub(crate) const MALE: &[&str] = &[
    "Jürgen", "Sören", "Jörg", "Günther", "Thomas", "Andreas", "Matthias", "Björn", "Stefan",
    "Lukas", "Dieter", "Timo", "Rüdiger", "Felix",
];
/// Family names.
pub(crate) const LAST: &[&str] = &[
    "Müller",
    "Schäfer",
    "Köhler",
    "Weiß",
    "Groß",
    "Krüger",
    "Jäger",
    "Böhm",
    "Schröder",
    "Möller",
    "Hoffmann",
    "Becker",
    "Wagner",
    "Schmitz",
    "Theisen",
    "Hürter",
    "Mäurer",
    "Nöthen",
    "Kläs",
    "Gräf",
    "Baumann",
    "Zimmermann",
];
/// Names of people who hold (or apply for) a foreign residence title.
pub(crate) const FOREIGN_FIRST: &[(&str, bool)] = &[
    ("Amina", true),
    ("Olena", true),
    ("Mariana", true),
    ("Thi Lan", true),
    ("Ahmad", false),
    ("Mehmet", false),
    ("Karim", false),
    ("Piotr", false),
    ("João", false),
    ("Dragan", false),
];
/// Family names for [`FOREIGN_FIRST`].
pub(crate) const FOREIGN_LAST: &[&str] = &[
    "Haddad",
    "Yilmaz",
    "Kowalczyk",
    "Nguyen",
    "Oliveira",
    "Petrovic",
    "Popescu",
    "Hosseini",
    "Bondarenko",
    "Mensah",
];

/// Public area codes of the towns' telephone networks (for the rare phone line).
pub(crate) fn area_code(town: &Town) -> &'static str {
    match town.name {
        "Andernach" => "02632",
        "Mayen" => "02651",
        "Bendorf" => "02622",
        "Vallendar" => "0261",
        "Weißenthurm" => "02637",
        "Mendig" => "02652",
        "Polch" => "02654",
        "Kobern-Gondorf" => "02607",
        "Münstermaifeld" => "02605",
        _ => "02625",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn towns_have_five_digit_postcodes_in_the_county_range() {
        for town in TOWNS {
            assert_eq!(town.postcode.len(), 5, "{}", town.name);
            assert!(town.postcode.starts_with("56"), "{}", town.name);
            assert!(town.postcode.bytes().all(|b| b.is_ascii_digit()));
        }
    }

    #[test]
    fn only_andernach_and_mayen_have_their_own_youth_office() {
        let own: Vec<(&str, &str)> = TOWNS
            .iter()
            .filter_map(|t| t.own_youth_office.map(|o| (t.name, o)))
            .collect();
        assert_eq!(own, [("Andernach", "JA-AND"), ("Mayen", "JA-MY")]);
    }

    #[test]
    fn names_fit_the_pdf_character_set() {
        let all = FEMALE
            .iter()
            .chain(MALE)
            .chain(LAST)
            .chain(FOREIGN_LAST)
            .chain(STREETS)
            .chain(FOREIGN_FIRST.iter().map(|(n, _)| n));
        for name in all {
            assert!(name.chars().all(|c| (c as u32) < 0x100), "{name}");
        }
    }
}
