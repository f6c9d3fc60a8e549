//! The document topics of the routing corpus: their class, department and the trigger words the
//! default routing rules match on.

use super::towns::Town;

/// What a routing-corpus letter is about.
///
/// The order is the order in which mailroom's default rules are evaluated (first match wins):
/// a letter of one topic contains at least one of its own [`Topic::triggers`] and none of the
/// triggers of any earlier topic. The last three topics have no rule and contain no trigger
/// word at all; a learned classifier has to pick them up from corrections.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Topic {
    /// Court mail: a lawsuit or court proceedings (class "Klage/Gerichtspost", Rechtsamt).
    Gerichtspost,
    /// An objection against a Bescheid (Rechtsamt).
    Widerspruch,
    /// A company's invoice to the county (Kämmerei).
    Rechnung,
    /// A company's payment reminder (Kämmerei).
    Mahnung,
    /// A job application (Personalamt).
    Bewerbung,
    /// A reply to a hearing in fine proceedings (Straßenverkehrsamt / Bußgeldstelle).
    Bussgeld,
    /// Youth welfare applications (county Jugendamt, or the town's own youth office).
    Jugendhilfe,
    /// Residence titles (Ausländerbehörde).
    Aufenthalt,
    /// Building permits (Bauaufsicht).
    Bauantrag,
    /// Proof of measles protection, vaccination records, Infektionsschutz (Gesundheitsamt).
    Gesundheit,
    /// Housing benefit and basic income support (Sozialamt).
    Wohngeld,
    /// Complaints about the administration (Hauptamt / Bürgerservice).
    Beschwerde,
    /// Waste collection (Abfallwirtschaft).
    Abfall,
    /// Advertising mail from companies (Hauptamt).
    Werbung,
    /// School transport (Schulamt); no rule.
    Schulweg,
    /// Animal keeping and animal welfare (Veterinäramt); no rule.
    Tierhaltung,
    /// Weapons law: Waffenbesitzkarte, Jagdschein (Ordnungsamt); no rule.
    Waffen,
}

const ALL: [Topic; 17] = [
    Topic::Gerichtspost,
    Topic::Widerspruch,
    Topic::Rechnung,
    Topic::Mahnung,
    Topic::Bewerbung,
    Topic::Bussgeld,
    Topic::Jugendhilfe,
    Topic::Aufenthalt,
    Topic::Bauantrag,
    Topic::Gesundheit,
    Topic::Wohngeld,
    Topic::Beschwerde,
    Topic::Abfall,
    Topic::Werbung,
    Topic::Schulweg,
    Topic::Tierhaltung,
    Topic::Waffen,
];

impl Topic {
    /// All topics in rule order.
    pub fn all() -> &'static [Topic] {
        &ALL
    }

    /// Position in rule order (0-based).
    pub fn index(&self) -> usize {
        *self as usize
    }

    /// The document class mailroom should assign (exact string).
    pub fn class(&self) -> &'static str {
        match self {
            Topic::Gerichtspost => "Klage/Gerichtspost",
            Topic::Widerspruch => "Widerspruch",
            Topic::Rechnung => "Rechnung",
            Topic::Mahnung => "Mahnung",
            Topic::Bewerbung => "Bewerbung",
            Topic::Bussgeld => "Anhörung/Bußgeld",
            Topic::Gesundheit => "Nachweis/Vollmacht",
            Topic::Beschwerde => "Beschwerde",
            Topic::Abfall | Topic::Tierhaltung => "Sonstiges",
            Topic::Werbung => "Werbung",
            Topic::Jugendhilfe
            | Topic::Aufenthalt
            | Topic::Bauantrag
            | Topic::Wohngeld
            | Topic::Schulweg
            | Topic::Waffen => "Antrag",
        }
    }

    /// Whether a default routing rule exists for this topic (false for the last three).
    pub fn has_rule(&self) -> bool {
        !self.triggers().is_empty()
    }

    /// The words the default rule matches on, as in the brief plus the few extra words of the
    /// shipped `config/routing.toml` ("Oberverwaltungsgericht", "widerspreche",
    /// "widersprechen", "Bußgeldbescheid"). Rules match whole words, case-insensitively with
    /// umlauts folded; letters contain an own trigger as a whole word and no earlier trigger
    /// even as part of a word. Empty for topics without a rule.
    pub fn triggers(&self) -> &'static [&'static str] {
        match self {
            Topic::Gerichtspost => &[
                "Verwaltungsgericht",
                "Sozialgericht",
                "Amtsgericht",
                "Landgericht",
                "Oberverwaltungsgericht",
            ],
            Topic::Widerspruch => &["Widerspruch", "widerspreche", "widersprechen"],
            Topic::Rechnung => &["Rechnung", "Rechnungsnummer"],
            Topic::Mahnung => &["Mahnung", "Zahlungserinnerung"],
            Topic::Bewerbung => &["Bewerbung", "bewerbe mich"],
            Topic::Bussgeld => &[
                "Anhörungsbogen",
                "Ordnungswidrigkeit",
                "Bußgeldverfahren",
                "Bußgeldbescheid",
            ],
            Topic::Jugendhilfe => &[
                "Unterhaltsvorschuss",
                "Kindertagespflege",
                "Hilfe zur Erziehung",
            ],
            Topic::Aufenthalt => &[
                "Aufenthaltserlaubnis",
                "Aufenthaltstitel",
                "Niederlassungserlaubnis",
            ],
            Topic::Bauantrag => &["Bauantrag", "Baugenehmigung", "Bauvoranfrage"],
            Topic::Gesundheit => &["Masernschutz", "Impfnachweis", "Infektionsschutz"],
            Topic::Wohngeld => &["Wohngeld", "Grundsicherung"],
            Topic::Beschwerde => &["Beschwerde", "beschwere mich"],
            Topic::Abfall => &["Abfallwirtschaft", "Restmülltonne", "Sperrmüll"],
            Topic::Werbung => &["Newsletter", "unverbindliches Angebot", "abbestellen"],
            Topic::Schulweg | Topic::Tierhaltung | Topic::Waffen => &[],
        }
    }

    /// Every trigger word of the topics before this one in rule order.
    pub fn earlier_triggers(&self) -> impl Iterator<Item = &'static str> {
        ALL[..self.index()]
            .iter()
            .flat_map(|t| t.triggers().iter().copied())
    }

    /// The department a letter of this topic from `town` belongs to: fixed per topic, except that
    /// youth welfare goes to the town's own youth office where there is one.
    pub fn department_for(&self, town: &Town) -> &'static str {
        match self {
            Topic::Gerichtspost | Topic::Widerspruch => "30",
            Topic::Rechnung | Topic::Mahnung => "20",
            Topic::Bewerbung => "11",
            Topic::Bussgeld => "36",
            Topic::Jugendhilfe => town.own_youth_office.unwrap_or("51"),
            Topic::Aufenthalt => "33",
            Topic::Bauantrag => "63",
            Topic::Gesundheit => "53",
            Topic::Wohngeld => "50",
            Topic::Beschwerde | Topic::Werbung => "10",
            Topic::Abfall => "70",
            Topic::Schulweg => "40",
            Topic::Tierhaltung => "39",
            Topic::Waffen => "32",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routing::towns::TOWNS;

    #[test]
    fn all_is_in_declaration_order_and_complete() {
        for (i, topic) in Topic::all().iter().enumerate() {
            assert_eq!(topic.index(), i);
        }
        assert_eq!(Topic::all().len(), 17);
        assert_eq!(Topic::all().last(), Some(&Topic::Waffen));
    }

    #[test]
    fn exactly_the_last_three_have_no_rule() {
        let without: Vec<Topic> = Topic::all()
            .iter()
            .copied()
            .filter(|t| !t.has_rule())
            .collect();
        assert_eq!(
            without,
            [Topic::Schulweg, Topic::Tierhaltung, Topic::Waffen]
        );
    }

    #[test]
    fn youth_welfare_follows_the_town() {
        let by_name = |name: &str| TOWNS.iter().find(|t| t.name == name).unwrap();
        assert_eq!(
            Topic::Jugendhilfe.department_for(by_name("Andernach")),
            "JA-AND"
        );
        assert_eq!(Topic::Jugendhilfe.department_for(by_name("Mayen")), "JA-MY");
        assert_eq!(Topic::Jugendhilfe.department_for(by_name("Polch")), "51");
        assert_eq!(Topic::Aufenthalt.department_for(by_name("Mayen")), "33");
    }

    #[test]
    fn no_trigger_contains_an_earlier_trigger() {
        // Otherwise a letter could not contain its own trigger without an earlier one.
        for topic in Topic::all() {
            for own in topic.triggers() {
                for earlier in topic.earlier_triggers() {
                    assert!(
                        !own.to_lowercase().contains(&earlier.to_lowercase()),
                        "{own} contains {earlier}"
                    );
                }
            }
        }
    }
}
