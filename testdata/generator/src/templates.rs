//! Letter templates: four kinds of correspondence to a county administration, varied by seed.
//!
//! The wording is written for this crate (no copied sample letters). Names, streets and amounts
//! are chosen so that umlauts and ß occur in headers, subjects and first paragraphs, because those
//! are the parts every page layout renders and that [`Letter::key_words`] draws from.

use crate::letter::Letter;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// A county administration and towns in its district.
struct District {
    authority: &'static str,
    street: &'static str,
    city: &'static str,
    towns: &'static [&'static str],
}

const DISTRICTS: &[District] = &[
    District {
        authority: "Landratsamt Tübingen",
        street: "Wilhelm-Keil-Straße 50",
        city: "72072 Tübingen",
        towns: &[
            "72108 Rottenburg am Neckar",
            "72116 Mössingen",
            "72127 Kusterdingen",
        ],
    },
    District {
        authority: "Landratsamt Lörrach",
        street: "Palmstraße 3",
        city: "79539 Lörrach",
        towns: &[
            "79650 Schopfheim",
            "79576 Weil am Rhein",
            "79541 Lörrach-Brombach",
        ],
    },
    District {
        authority: "Landratsamt Günzburg",
        street: "An der Kapuzinermauer 1",
        city: "89312 Günzburg",
        towns: &["89331 Burgau", "89340 Leipheim", "89335 Ichenhausen"],
    },
    District {
        authority: "Kreisverwaltung Mainz-Bingen",
        street: "Georg-Rückert-Straße 11",
        city: "55218 Ingelheim am Rhein",
        towns: &[
            "55411 Bingen am Rhein",
            "55283 Nierstein",
            "55268 Nieder-Olm",
        ],
    },
    District {
        authority: "Kreisverwaltung Südwestpfalz",
        street: "Unterer Sommerwaldweg 40",
        city: "66953 Pirmasens",
        towns: &["66994 Dahn", "66989 Höheischweiler", "66957 Vinningen"],
    },
];

const FIRST_NAMES: &[&str] = &[
    "Jürgen", "Sören", "Jörg", "Käthe", "Bärbel", "Günther", "Lena", "Thomas", "Sabine", "Andreas",
];
const LAST_NAMES: &[&str] = &[
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
];
const STREETS: &[&str] = &[
    "Hauptstraße",
    "Lindenstraße",
    "Schloßstraße",
    "Gartenstraße",
    "Mühlenstraße",
    "Kirchstraße",
    "Bahnhofstraße",
    "Rosenstraße",
];
const MONTHS: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

/// A calendar date; days stay within 1..=28 so every month is valid.
#[derive(Clone, Copy)]
struct Date {
    day: u32,
    month: usize,
    year: u32,
}

impl Date {
    /// The same day `n` months earlier.
    fn months_before(self, n: usize) -> Date {
        let total = self.year as usize * 12 + self.month - n;
        Date {
            day: self.day,
            month: total % 12,
            year: (total / 12) as u32,
        }
    }

    /// German long form, e.g. "3. März 2025".
    fn long(self) -> String {
        format!("{}. {} {}", self.day, MONTHS[self.month], self.year)
    }
}

/// Formats cents as a German euro amount, e.g. "1.234,50 €".
fn euro(cents: u64) -> String {
    let units = (cents / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in units.chars().enumerate() {
        if i > 0 && (units.len() - i).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(c);
    }
    format!("{grouped},{:02} €", cents % 100)
}

/// Everything a template needs that is not specific to its topic.
struct Context {
    name: String,
    last_name: &'static str,
    street: String,
    town: &'static str,
    district: &'static District,
    date: Date,
    phone: String,
}

impl Context {
    fn pick(rng: &mut ChaCha8Rng) -> Context {
        let district = DISTRICTS.choose(rng).expect("non-empty");
        let first = FIRST_NAMES.choose(rng).expect("non-empty");
        let last_name = *LAST_NAMES.choose(rng).expect("non-empty");
        Context {
            name: format!("{first} {last_name}"),
            last_name,
            street: format!(
                "{} {}",
                STREETS.choose(rng).expect("non-empty"),
                rng.random_range(1..90)
            ),
            town: district.towns.choose(rng).expect("non-empty"),
            district,
            date: Date {
                day: rng.random_range(1..=28),
                month: rng.random_range(3..12),
                year: rng.random_range(2024..=2025),
            },
            phone: format!(
                "0{} {}",
                rng.random_range(7000..7999),
                rng.random_range(100_000..999_999)
            ),
        }
    }

    fn town_name(&self) -> &str {
        self.town
            .split_once(' ')
            .map_or(self.town, |(_, name)| name)
    }

    fn private_sender(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.street.clone(),
            self.town.to_string(),
            format!("Telefon {}", self.phone),
        ]
    }

    fn recipient(&self, department: &str) -> Vec<String> {
        vec![
            self.district.authority.to_string(),
            department.to_string(),
            self.district.street.to_string(),
            self.district.city.to_string(),
        ]
    }

    fn place_date(&self) -> String {
        format!("{}, {}", self.town_name(), self.date.long())
    }

    fn closing(&self, attachments: &str) -> Vec<String> {
        vec![
            "Mit freundlichen Grüßen".to_string(),
            String::new(),
            self.name.clone(),
            String::new(),
            format!("Anlagen: {attachments}"),
        ]
    }
}

/// Builds the letter for `seed`; see [`Letter::sample`].
pub(crate) fn build(seed: u64) -> Letter {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let ctx = Context::pick(&mut rng);
    match seed % 4 {
        0 => objection(&ctx, &mut rng),
        1 => housing_benefit(&ctx, &mut rng),
        2 => invoice(&ctx, &mut rng),
        _ => building_inquiry(&ctx, &mut rng),
    }
}

/// Widerspruch gegen einen Abfallgebührenbescheid.
fn objection(ctx: &Context, rng: &mut ChaCha8Rng) -> Letter {
    let notice = ctx.date.months_before(1);
    let file_no = format!("AW-{}-{:05}", notice.year, rng.random_range(1000..99_999));
    let (billed, actual) = *[(240, 120), (120, 60), (360, 240)]
        .choose(rng)
        .expect("non-empty");
    let fee = rng.random_range(18_000..42_000u64);
    let excess = fee * (billed - actual) / billed;
    Letter {
        sender: ctx.private_sender(),
        recipient: ctx.recipient("Abfallwirtschaft und Gebühren"),
        place_date: ctx.place_date(),
        subject: format!(
            "Widerspruch gegen den Gebührenbescheid vom {}, Aktenzeichen {file_no}",
            notice.long()
        ),
        salutation: "Sehr geehrte Damen und Herren,".to_string(),
        paragraphs: vec![
            format!(
                "hiermit lege ich gegen den oben genannten Bescheid über die Abfallgebühren für \
                 mein Grundstück {} in {} fristgerecht Widerspruch ein. Der Bescheid ist mir \
                 erst am {} zugegangen, die Widerspruchsfrist ist daher gewahrt.",
                ctx.street,
                ctx.town_name(),
                notice.long()
            ),
            format!(
                "Der Bescheid geht von einer Restmülltonne mit einer Größe von {billed} Litern \
                 aus. Tatsächlich nutzen wir seit dem 1. Juli {} nur noch eine Tonne mit \
                 {actual} Litern; die Änderung wurde Ihnen schriftlich mitgeteilt und von Ihrem \
                 Außendienst bei der Leerung bestätigt. Die festgesetzten Gebühren von {} sind \
                 daher um {} zu hoch.",
                notice.year - 1,
                euro(fee),
                euro(excess)
            ),
            "Außerdem wurde die Grundgebühr für zwei Haushalte berechnet, obwohl die \
             Einliegerwohnung im Erdgeschoß seit dem Auszug der früheren Mieterin leer steht \
             und auch nicht möbliert vermietet wird. Eine Bestätigung der Meldebehörde über die \
             Abmeldung füge ich diesem Schreiben bei."
                .to_string(),
            "Ich beantrage, den Bescheid aufzuheben und die Gebühren neu festzusetzen sowie mir \
             den zu viel gezahlten Betrag zu erstatten. Bis zur Entscheidung über den \
             Widerspruch bitte ich, die Vollziehung gemäß § 80 Abs. 4 VwGO auszusetzen und von \
             Mahnungen abzusehen."
                .to_string(),
            format!(
                "Für Rückfragen bin ich werktags ab 16 Uhr unter der Telefonnummer {} \
                 erreichbar. Gerne können Sie mir Ihre Entscheidung auch vorab per E-Mail \
                 übermitteln.",
                ctx.phone
            ),
        ],
        closing: ctx.closing("Änderungsmitteilung, Bestätigung der Meldebehörde"),
    }
}

/// Antrag auf Wohngeld (Mietzuschuss).
fn housing_benefit(ctx: &Context, rng: &mut ChaCha8Rng) -> Letter {
    let start = ctx.date.months_before(11);
    let size = rng.random_range(48..95);
    let rent = rng.random_range(45_000..89_000u64);
    let heating = rng.random_range(6_000..14_000u64);
    let income = rng.random_range(110_000..210_000u64);
    let persons = rng.random_range(2..5);
    Letter {
        sender: ctx.private_sender(),
        recipient: ctx.recipient("Wohngeldstelle"),
        place_date: ctx.place_date(),
        subject: format!(
            "Antrag auf Wohngeld (Mietzuschuss) für die Wohnung {}",
            ctx.street
        ),
        salutation: "Sehr geehrte Damen und Herren,".to_string(),
        paragraphs: vec![
            format!(
                "hiermit beantrage ich für meinen Haushalt Wohngeld in Form eines Mietzuschusses. \
                 Zu unserem Haushalt gehören {persons} Personen, die alle in der Wohnung {} in \
                 {} gemeldet sind. Das ausgefüllte Antragsformular liegt diesem Schreiben bei.",
                ctx.street,
                ctx.town_name()
            ),
            format!(
                "Die Wohnung hat eine Größe von {size} Quadratmetern. Die monatliche Kaltmiete \
                 beträgt {}, hinzu kommen Vorauszahlungen für Heizung und Warmwasser in Höhe von \
                 {}. Die Mietbescheinigung des Vermieters sowie eine Kopie des Mietvertrags vom \
                 {} sind beigefügt.",
                euro(rent),
                euro(heating),
                start.long()
            ),
            format!(
                "Das monatliche Bruttoeinkommen unseres Haushalts beträgt derzeit etwa {}. Es \
                 setzt sich aus meinem Gehalt als Teilzeitkraft und dem Kindergeld zusammen. Die \
                 Gehaltsnachweise der letzten zwölf Monate füge ich vollständig bei.",
                euro(income)
            ),
            "Da sich unsere Einkünfte durch die Verkürzung meiner Arbeitszeit deutlich verringert \
             haben, bitte ich um eine zügige Prüfung. Sollten Sie für die Entscheidung weitere \
             Nachweise benötigen, etwa über Rücklagen oder Unterhaltszahlungen, reiche ich diese \
             umgehend nach."
                .to_string(),
            "Über die Bewilligung würde ich mich sehr freuen. Bitte überweisen Sie das Wohngeld \
             auf das im Antragsformular angegebene Konto."
                .to_string(),
        ],
        closing: ctx.closing("Antragsformular, Mietbescheinigung, Mietvertrag, Gehaltsnachweise"),
    }
}

/// Rechnung eines Handwerksbetriebs an das Gebäudemanagement des Kreises.
fn invoice(ctx: &Context, rng: &mut ChaCha8Rng) -> Letter {
    let company = format!("Heizungsbau {} GmbH", ctx.last_name);
    let order = ctx.date.months_before(2);
    let invoice_no = format!("{}-{:04}", ctx.date.year, rng.random_range(100..9999));
    let boilers = rng.random_range(2..5u64);
    let per_boiler = rng.random_range(19_000..32_000u64);
    let hours = rng.random_range(3..9u64);
    let net = boilers * per_boiler + hours * 6_850 + 4_500;
    let tax = net * 19 / 100;
    Letter {
        sender: vec![
            company.clone(),
            ctx.street.clone(),
            ctx.town.to_string(),
            format!("Telefon {}", ctx.phone),
        ],
        recipient: ctx.recipient("Amt für Gebäudemanagement"),
        place_date: ctx.place_date(),
        subject: format!(
            "Rechnung Nr. {invoice_no} über die Wartung der Heizungsanlage in der Beruflichen \
             Schule {}",
            ctx.town_name()
        ),
        salutation: "Sehr geehrte Damen und Herren,".to_string(),
        paragraphs: vec![
            format!(
                "für die gemäß Ihrem Auftrag vom {} ausgeführten Wartungsarbeiten an der \
                 Heizungsanlage der Beruflichen Schule {} erlauben wir uns, wie folgt \
                 abzurechnen. Die Arbeiten wurden vollständig und ohne Beanstandungen \
                 abgeschlossen.",
                order.long(),
                ctx.town_name()
            ),
            format!(
                "Wartung von {boilers} Gasbrennwertkesseln einschließlich Reinigung der \
                 Wärmetauscher und Abgasmessung, je {}. Arbeitszeit für die Prüfung der \
                 Sicherheitseinrichtungen: {hours} Stunden zu je 68,50 €. Pauschale für Anfahrt \
                 und Kleinmaterial: 45,00 €.",
                euro(per_boiler)
            ),
            format!(
                "Der Nettobetrag beläuft sich auf {}, zuzüglich 19 % Umsatzsteuer in Höhe von \
                 {}. Der Gesamtbetrag beträgt somit {}.",
                euro(net),
                euro(tax),
                euro(net + tax)
            ),
            "Bitte überweisen Sie den Gesamtbetrag innerhalb von 30 Tagen ohne Abzug auf unser \
             Konto bei der Sparkasse, IBAN DE12 6005 0101 0004 5678 90. Bei Zahlung innerhalb \
             von zehn Tagen gewähren wir 2 % Skonto."
                .to_string(),
            format!(
                "Für Rückfragen zu dieser Rechnung steht Ihnen Herr Jörg {} unter der oben \
                 genannten Telefonnummer gerne zur Verfügung.",
                ctx.last_name
            ),
        ],
        closing: vec![
            "Mit freundlichen Grüßen".to_string(),
            String::new(),
            company,
            String::new(),
            "Anlagen: Arbeitsnachweise, Messprotokolle".to_string(),
        ],
    }
}

/// Anfrage an die untere Bauaufsichtsbehörde zur Genehmigungspflicht eines Gartenhauses.
fn building_inquiry(ctx: &Context, rng: &mut ChaCha8Rng) -> Letter {
    let parcel = format!(
        "{}/{}",
        rng.random_range(100..2999),
        rng.random_range(1..12)
    );
    let width = rng.random_range(25..45) as f32 / 10.0;
    let depth = rng.random_range(25..50) as f32 / 10.0;
    let distance = rng.random_range(5..30) as f32 / 10.0;
    let decimal = |v: f32| format!("{v:.1}").replace('.', ",");
    Letter {
        sender: ctx.private_sender(),
        recipient: ctx.recipient("Untere Bauaufsichtsbehörde"),
        place_date: ctx.place_date(),
        subject: format!(
            "Anfrage zur Genehmigungspflicht eines Gartenhauses mit Überdachung, Flurstück {parcel}"
        ),
        salutation: "Sehr geehrte Damen und Herren,".to_string(),
        paragraphs: vec![
            format!(
                "auf meinem Grundstück {} in {} möchte ich im kommenden Frühjahr ein \
                 Gartenhaus aus Holz mit einer überdachten Terrasse errichten. Bevor ich einen \
                 Auftrag vergebe, bitte ich um Auskunft, ob das Vorhaben genehmigungspflichtig \
                 ist.",
                ctx.street,
                ctx.town_name()
            ),
            format!(
                "Das Gartenhaus soll eine Größe von {} mal {} Metern und eine Firsthöhe von \
                 2,60 Metern haben. Der Abstand zur östlichen Grundstücksgrenze beträgt {} \
                 Meter. Eine Feuerstätte, ein Wasseranschluss oder Aufenthaltsräume sind nicht \
                 vorgesehen.",
                decimal(width),
                decimal(depth),
                decimal(distance)
            ),
            "Das Grundstück liegt im Geltungsbereich des Bebauungsplans „Östlich der \
             Mühlstraße“. Nach meinem Verständnis sind dort Nebenanlagen außerhalb der \
             überbaubaren Grundstücksfläche nur ausnahmsweise zulässig. Ich bitte daher um \
             Prüfung, ob eine Befreiung oder Ausnahme erforderlich ist."
                .to_string(),
            "Einen Lageplan im Maßstab 1:500 sowie eine Skizze mit den Außenmaßen füge ich \
             bei. Falls Sie es für sinnvoll halten, komme ich gerne zu einem Beratungsgespräch \
             in Ihre Dienststelle."
                .to_string(),
            "Für die Bearbeitung etwa anfallende Gebühren übernehme ich selbstverständlich. \
             Vielen Dank für Ihre Mühe."
                .to_string(),
        ],
        closing: ctx.closing("Lageplan, Skizze"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn euro_groups_thousands_and_pads_cents() {
        assert_eq!(euro(5), "0,05 €");
        assert_eq!(euro(123_456), "1.234,56 €");
        assert_eq!(euro(100_000_000), "1.000.000,00 €");
    }

    #[test]
    fn months_before_wraps_into_previous_year() {
        let date = Date {
            day: 3,
            month: 1,
            year: 2025,
        };
        assert_eq!(date.long(), "3. Februar 2025");
        assert_eq!(date.months_before(3).long(), "3. November 2024");
    }

    #[test]
    fn consecutive_seeds_cycle_through_templates() {
        let subjects: Vec<String> = (0..4).map(|s| build(s).subject).collect();
        assert!(subjects[0].starts_with("Widerspruch"));
        assert!(subjects[1].starts_with("Antrag auf Wohngeld"));
        assert!(subjects[2].starts_with("Rechnung"));
        assert!(subjects[3].starts_with("Anfrage"));
    }
}
