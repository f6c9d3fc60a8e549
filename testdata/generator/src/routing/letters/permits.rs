//! Building permits, health certificates and housing benefit.

use super::super::ctx::{Ctx, Draft};
use super::file_number_of;

/// Cadastral districts (Gemarkungen) by town; the town itself is always one.
fn gemarkung(ctx: &mut Ctx) -> String {
    let parts: &[&str] = match ctx.town.name {
        "Andernach" => &["Andernach", "Miesenheim", "Namedy", "Kell", "Eich"],
        "Mayen" => &["Mayen", "Hausen", "Kürrenberg"],
        "Bendorf" => &["Bendorf", "Sayn", "Stromberg"],
        "Mendig" => &["Niedermendig", "Obermendig"],
        "Kobern-Gondorf" => &["Kobern", "Gondorf"],
        _ => &[],
    };
    if parts.is_empty() {
        ctx.town.name.to_string()
    } else {
        ctx.pick(parts).to_string()
    }
}

/// Building permits: application, preliminary enquiry, documents handed in later, extension.
pub(super) fn bauantrag(ctx: &mut Ctx) -> Draft {
    let parcel = format!(
        "Gemarkung {}, Flur {}, Flurstück {}/{}",
        gemarkung(ctx),
        ctx.int(1, 24),
        ctx.int(12, 2400),
        ctx.int(1, 15)
    );
    let architect = ctx.other_person().last;
    let mut d = Draft::private(ctx);
    let project = ctx.pick(&[
        "eines Einfamilienhauses mit Garage",
        "eines Doppelhauses",
        "eines eingeschossigen Anbaus an unser Wohnhaus",
        "einer Doppelgarage mit Geräteraum",
        "eines Wintergartens auf der Südseite unseres Hauses",
    ]);
    match ctx.below(4) {
        0 => {
            d.subject = format!("Bauantrag – {parcel}");
            d.para(format!(
                "{} den Bauantrag für die Errichtung {project} auf dem Grundstück {parcel}.",
                ctx.pick(&[
                    "anbei reiche ich",
                    "hiermit übersende ich Ihnen",
                    "wie telefonisch besprochen erhalten Sie"
                ])
            ));
            d.para(format!(
                "Die Planung stammt vom Architekturbüro {architect} in {}. Die Bauvorlagen \
                 einschließlich Lageplan, Bauzeichnungen und Baubeschreibung sind in dreifacher \
                 Ausfertigung beigefügt.",
                ctx.town.name
            ));
            d.attachments = vec!["Bauvorlagen (dreifach)".into()];
        }
        1 => {
            d.subject = ctx
                .pick(&[
                    "Bauvoranfrage",
                    "Anfrage zur Bebaubarkeit meines Grundstücks",
                ])
                .to_string();
            d.para(format!(
                "für das Grundstück {parcel} stelle ich eine Bauvoranfrage. Ich möchte vorab \
                 klären lassen, ob dort {} zulässig ist.",
                ctx.pick(&[
                    "ein Mehrfamilienhaus mit vier Wohneinheiten",
                    "ein zweigeschossiges Wohnhaus mit Satteldach",
                    "die Umnutzung der alten Scheune zu Wohnzwecken"
                ])
            ));
            d.para(
                "Das Grundstück ist bisher unbebaut und über eine öffentliche Straße erschlossen. \
                 Eine Skizze mit der geplanten Lage des Gebäudes liegt bei.",
            );
        }
        2 => {
            let az = file_number_of(ctx, "63");
            let filed = ctx.day_before(20, 90);
            d.found.file_reference = Some(az.clone());
            d.subject = format!("Nachreichung von Unterlagen, Az. {az}");
            d.para(format!(
                "zu meinem Bauantrag vom {filed} für die Errichtung {project} ({parcel}) reiche \
                 ich die von Ihnen angeforderten Unterlagen nach."
            ));
            d.para(ctx.pick(&[
                "Beigefügt sind der Entwässerungsplan und der Nachweis der notwendigen \
                 Stellplätze. Der Standsicherheitsnachweis folgt in der kommenden Woche.",
                "Beigefügt sind die überarbeiteten Ansichten mit der geänderten Dachneigung sowie \
                 die Zustimmung der Nachbarn.",
            ]));
            d.para("Ich bitte um Mitteilung, ob die Unterlagen nun vollständig sind und wann mit der Baugenehmigung zu rechnen ist.");
        }
        _ => {
            d.subject = ctx
                .pick(&[
                    "Anfrage zur Genehmigungspflicht",
                    "Ist eine Baugenehmigung erforderlich?",
                ])
                .to_string();
            d.para(format!(
                "ich beabsichtige die Errichtung {project} auf meinem Grundstück {parcel}. Bitte \
                 teilen Sie mir mit, ob hierfür eine Baugenehmigung erforderlich ist."
            ));
            d.para(format!(
                "Die Grundfläche beträgt etwa {} Quadratmeter, die Höhe rund {},{} Meter.",
                ctx.int(12, 90),
                ctx.int(2, 7),
                ctx.int(0, 9)
            ));
        }
    }
    d.core_done();
    let mut extras = vec![
        "Das Vorhaben liegt im Geltungsbereich eines Bebauungsplans; dessen Festsetzungen werden \
         nach Auskunft des Architekten eingehalten.",
        "Die Nachbarn wurden informiert und haben keine Einwände.",
        "Die Abstandsflächen zu den Grundstücksgrenzen werden nach unserer Planung eingehalten.",
        "Für Rückfragen steht Ihnen auch der Entwurfsverfasser gerne zur Verfügung.",
    ];
    ctx.shuffle(&mut extras);
    let count = ctx.int(0, 2) as usize;
    d.paragraphs
        .extend(extras.into_iter().take(count).map(str::to_string));
    d.offer([
        "Mit den Arbeiten möchten wir nach Möglichkeit im kommenden Frühjahr beginnen.",
        "Die Erschließung des Grundstücks mit Wasser, Abwasser und Strom ist gesichert.",
        "Auf Wunsch stellen wir die Pläne auch in digitaler Form zur Verfügung.",
        "Ein Gespräch mit der Ortsgemeinde hat bereits stattgefunden; dort bestehen keine \
         Bedenken.",
        "Bäume müssen für das Vorhaben nicht gefällt werden.",
    ]);
    d
}

/// Proof of measles protection, vaccination records, Infektionsschutz instruction, or a power of
/// attorney for one of these.
pub(super) fn gesundheit(ctx: &mut Ctx) -> Draft {
    let (child, girl) = ctx.child_name();
    let kid = if girl {
        "meiner Tochter"
    } else {
        "meines Sohnes"
    };
    let place = ctx.pick(&[
        "die Kindertagesstätte",
        "die Grundschule",
        "der Kindergarten",
        "die Integrierte Gesamtschule",
    ]);
    let mut d = Draft::private(ctx);
    match ctx.below(4) {
        0 => {
            let born = ctx.day_before(365 * 2, 365 * 8);
            d.subject = ctx
                .pick(&[
                    "Nachweis über den Masernschutz",
                    "Masernschutz meines Kindes",
                    "Vorlage eines Nachweises nach dem Masernschutzgesetz",
                ])
                .to_string();
            d.para(format!(
                "{place} {kid} {child} (geboren am {born}) hat mich gebeten, dem Gesundheitsamt \
                 einen Nachweis über den Masernschutz vorzulegen."
            ));
            d.para(ctx.pick(&[
                "Anbei übersende ich eine Kopie des Impfausweises mit beiden Masernimpfungen.",
                "Beigefügt ist ein ärztliches Zeugnis, nach dem eine Impfung aus medizinischen \
                 Gründen derzeit nicht möglich ist.",
                "Die zweite Impfung ist für den kommenden Monat beim Kinderarzt vereinbart; die \
                 Bestätigung reiche ich danach nach.",
            ]));
            d.attachments = vec!["Kopie des Impfausweises".into()];
        }
        1 => {
            let start = ctx.day_after(10, 60);
            d.subject = ctx
                .pick(&[
                    "Impfnachweis für meine neue Tätigkeit",
                    "Vorlage Impfnachweis",
                ])
                .to_string();
            d.para(format!(
                "ab dem {start} arbeite ich in einer Gemeinschaftseinrichtung ({}). Mein \
                 Arbeitgeber hat mich gebeten, den Impfnachweis auch dem Gesundheitsamt \
                 vorzulegen.",
                ctx.pick(&[
                    "Kindertagesstätte",
                    "Seniorenheim",
                    "Grundschule",
                    "Arztpraxis"
                ])
            ));
            d.para(ctx.pick(&[
                "Eine Kopie meines Impfausweises füge ich bei. Sollte eine Titerbestimmung \
                 erforderlich sein, bitte ich um einen Hinweis.",
                "Leider ist mein Impfausweis verloren gegangen. Mein Hausarzt hat mir die \
                 Impfungen bescheinigt; die Bescheinigung liegt bei.",
            ]));
        }
        2 => {
            let start = ctx.day_after(7, 40);
            let trade = ctx.pick(&[
                "einer Bäckerei",
                "einem Imbiss",
                "einer Metzgerei",
                "einer Kantine",
            ]);
            d.subject = ctx
                .pick(&[
                    "Belehrung zum Infektionsschutz",
                    "Termin für die Erstbelehrung (Infektionsschutz)",
                    "Erstbelehrung nach § 43 IfSG",
                ])
                .to_string();
            d.para(format!(
                "ab dem {start} beginne ich eine Tätigkeit in {trade}. Dafür benötige ich eine \
                 Erstbelehrung zum Infektionsschutz nach § 43 des Infektionsschutzgesetzes."
            ));
            d.para(ctx.pick(&[
                "Bitte teilen Sie mir mit, wann der nächste Termin stattfindet und ob ich mich \
                 vorher anmelden muss.",
                "Ist die Belehrung auch online möglich? Ich bin tagsüber berufstätig und kann \
                 nur schwer vorbeikommen.",
            ]));
        }
        _ => {
            let agent = ctx.other_person();
            let born = ctx.day_before(365 * 25, 365 * 70);
            d.subject = "Vollmacht".to_string();
            d.para(format!(
                "hiermit bevollmächtige ich {}, geboren am {born}, in meinem Namen {}.",
                agent.full(),
                ctx.pick(&[
                    "den Nachweis über den Masernschutz meines Kindes beim Gesundheitsamt \
                     vorzulegen",
                    "die Bescheinigung über die Belehrung zum Infektionsschutz abzuholen",
                    "meinen Impfnachweis beim Gesundheitsamt einzureichen"
                ])
            ));
            d.para(format!(
                "Ich selbst bin {} verhindert. Die Vollmacht gilt nur für diesen Vorgang.",
                ctx.pick(&[
                    "beruflich",
                    "wegen eines Krankenhausaufenthalts",
                    "aus familiären Gründen"
                ])
            ));
            d.attachments = vec!["Kopie meines Personalausweises".into()];
        }
    }
    d.core_done();
    if ctx.chance(0.5) {
        d.para(ctx.pick(&[
            "Für Rückfragen erreichen Sie mich am besten per E-Mail.",
            "Bitte bestätigen Sie mir kurz, dass die Unterlagen vollständig sind.",
            "Vielen Dank für Ihre Unterstützung.",
        ]));
    }
    let doctor = ctx.other_person().last;
    d.offer([
        "Die Unterlagen habe ich zusätzlich als Kopie für Ihre Akte beigefügt.".to_string(),
        "Falls Sie die Originale sehen möchten, bringe ich sie gerne persönlich vorbei."
            .to_string(),
        format!("Unser Hausarzt, Dr. {doctor}, kann die Angaben bei Bedarf bestätigen."),
        "Ich bitte um eine kurze schriftliche Bestätigung, die ich vorlegen kann.".to_string(),
        "Vielen Dank für die freundliche Auskunft am Telefon in der vergangenen Woche.".to_string(),
        "Die Angaben sind vollständig; weitere Impfungen sind derzeit nicht geplant.".to_string(),
        "Eine Antwort per E-Mail ist mir am liebsten.".to_string(),
    ]);
    d
}

/// Housing benefit (Wohngeld) and basic income support in old age (Grundsicherung).
pub(super) fn wohngeld(ctx: &mut Ctx) -> Draft {
    let persons = ctx.int(1, 5);
    let rent = ctx.int(380, 1150) * 100;
    let mut d = Draft::private(ctx);
    match ctx.below(5) {
        0 => {
            d.subject = ctx
                .pick(&["Antrag auf Wohngeld", "Wohngeld (Mietzuschuss)"])
                .to_string();
            d.para(format!(
                "hiermit beantrage ich Wohngeld als Mietzuschuss für unsere Wohnung in {}. Zu \
                 unserem Haushalt gehören {persons} Personen.",
                ctx.town.name
            ));
            let rent_printed = ctx.money(rent, &mut d.found);
            d.para(format!(
                "Die monatliche Miete beträgt {rent_printed} einschließlich Nebenkosten. Die \
                 Mietbescheinigung des Vermieters und meine Gehaltsnachweise liegen bei."
            ));
            d.attachments = vec!["Antragsformular".into(), "Mietbescheinigung".into()];
        }
        1 => {
            let end = ctx.after(20, 60);
            d.subject = "Weiterleistungsantrag Wohngeld".to_string();
            d.para(format!(
                "mein Wohngeld wird nur noch bis Ende {} {} gezahlt. Ich beantrage die \
                 Weiterleistung für die folgenden zwölf Monate.",
                end.month_name(),
                end.year
            ));
            d.para(
                "An meinen Verhältnissen hat sich seit dem letzten Antrag nichts geändert. \
                    Die aktuellen Einkommensnachweise füge ich bei.",
            );
        }
        2 => {
            let since = ctx.day_before(10, 60);
            d.subject = ctx
                .pick(&[
                    "Änderungsmitteilung zu meinem Wohngeld",
                    "Mieterhöhung – Wohngeld",
                ])
                .to_string();
            let rent_printed = ctx.money(rent, &mut d.found);
            d.para(format!(
                "ich beziehe Wohngeld und teile Ihnen mit, dass sich meine Miete zum {since} \
                 auf {rent_printed} im Monat erhöht hat."
            ));
            d.para(
                "Das Schreiben des Vermieters über die Mieterhöhung liegt bei. Ich bitte, \
                    das Wohngeld neu festzusetzen.",
            );
        }
        3 => {
            let age = ctx.int(66, 89);
            let pension = ctx.int(480, 1050) * 100 + ctx.int(0, 99);
            d.subject = ctx
                .pick(&[
                    "Antrag auf Grundsicherung im Alter",
                    "Grundsicherung – Antrag",
                ])
                .to_string();
            let pension_printed = ctx.money(pension, &mut d.found);
            d.para(format!(
                "ich bin {age} Jahre alt und beziehe eine Altersrente von monatlich \
                 {pension_printed}. Davon kann ich Miete und Lebensunterhalt nicht mehr bestreiten."
            ));
            d.para(
                "Ich beantrage deshalb Leistungen der Grundsicherung im Alter. Der \
                    Rentenbescheid und meine Kontoauszüge der letzten drei Monate liegen bei.",
            );
            d.attachments = vec!["Rentenbescheid".into(), "Kontoauszüge".into()];
        }
        _ => {
            d.subject = "Lastenzuschuss für unser Eigenheim".to_string();
            d.para(format!(
                "wir bewohnen mit {persons} Personen unser eigenes Haus in {} und möchten \
                 Wohngeld in Form eines Lastenzuschusses beantragen.",
                ctx.town.name
            ));
            d.para(
                "Die monatliche Belastung aus dem Darlehen ist nach dem Auslaufen der \
                    Zinsbindung deutlich gestiegen. Die Bescheinigung der Bank liegt bei.",
            );
        }
    }
    d.para(ctx.pick(&[
        "Sollten weitere Nachweise nötig sein, reiche ich sie gerne nach.",
        "Bitte teilen Sie mir mit, ob ich persönlich vorsprechen muss.",
        "Da das Geld knapp ist, wäre ich für eine zügige Bearbeitung dankbar.",
        "Vielen Dank im Voraus für Ihre Mühe.",
    ]));
    let size = ctx.int(38, 110);
    d.offer([
        format!("Die Wohnung hat {size} Quadratmeter und wird von einer privaten Eigentümerin vermietet."),
        "Weitere Einkünfte als die angegebenen habe ich nicht.".to_string(),
        "Ich habe kein nennenswertes Vermögen; die Kontoauszüge der letzten drei Monate liegen \
         bei."
            .to_string(),
        "Meine Lebensumstände haben sich im letzten Jahr durch eine Erkrankung verändert."
            .to_string(),
        "Andere Sozialleistungen beziehe ich nicht.".to_string(),
        "Die Miete zahle ich pünktlich per Dauerauftrag; Rückstände gibt es nicht.".to_string(),
    ]);
    d
}
