//! Court mail and objections (Rechtsamt).

use super::super::ctx::{Ctx, Draft};
use super::{file_number, file_number_of, lawyer};

/// A court, the register letter of its file references and what the case is about.
struct Case {
    court: String,
    reference: String,
    matter: String,
    /// "Verwaltungsrechtssache", "Familiensache", ...
    kind: &'static str,
    /// The same with its dative article: "der Verwaltungsrechtssache", "dem Rechtsstreit".
    in_kind: &'static str,
    /// Whether the county is the opposing party (not in family matters).
    against_county: bool,
}

fn court_case(ctx: &mut Ctx) -> Case {
    let year = ctx.date.year - ctx.int(0, 1);
    let yy = year % 100;
    let chamber = ctx.int(1, 9);
    let number = ctx.int(12, 1999);
    let (child, _) = ctx.child_name();
    match ctx.below(5) {
        0 | 1 => {
            let register = ctx.pick(&["K", "K", "L"]);
            let matter = ctx.pick(&[
                "wegen Abfallgebühren",
                "wegen Erstattung von Kosten der Ersatzvornahme",
                "wegen Entziehung der Fahrerlaubnis",
                "wegen Beseitigungsanordnung für eine Einfriedung",
                "wegen Kostenerstattung für die Schülerbeförderung",
                "wegen Widerrufs einer Erlaubnis",
            ]);
            Case {
                court: "Verwaltungsgericht Koblenz".into(),
                reference: format!("{chamber} {register} {number}/{yy:02}"),
                matter: matter.into(),
                kind: "Verwaltungsrechtssache",
                in_kind: "der Verwaltungsrechtssache",
                against_county: true,
            }
        }
        2 => {
            let (register, matter) = ctx.pick(&[
                ("SO", "wegen Leistungen der Hilfe zur Pflege"),
                ("SO", "wegen Grundsicherung im Alter"),
                ("AS", "wegen Kosten der Unterkunft"),
                (
                    "AY",
                    "wegen Leistungen nach dem Asylbewerberleistungsgesetz",
                ),
            ]);
            Case {
                court: "Sozialgericht Koblenz".into(),
                reference: format!(
                    "S {} {register} {}/{yy:02}",
                    ctx.int(1, 15),
                    ctx.int(10, 999)
                ),
                matter: matter.into(),
                kind: "Sozialrechtssache",
                in_kind: "der Sozialrechtssache",
                against_county: true,
            }
        }
        3 => {
            let place = ctx.pick(&["Andernach", "Mayen", "Koblenz"]);
            let family = ctx.chance(0.6);
            Case {
                court: format!("Amtsgericht {place}"),
                reference: if family {
                    format!("{chamber} F {}/{yy:02}", ctx.int(1, 499))
                } else {
                    format!("{chamber} C {number}/{yy:02}")
                },
                matter: if family {
                    format!("wegen Regelung des Umgangs mit dem Kind {child}")
                } else {
                    "wegen Forderung aus einem Mietverhältnis".into()
                },
                kind: if family {
                    "Familiensache"
                } else {
                    "Rechtsstreit"
                },
                in_kind: if family {
                    "der Familiensache"
                } else {
                    "dem Rechtsstreit"
                },
                against_county: !family,
            }
        }
        _ => Case {
            court: "Landgericht Koblenz".into(),
            reference: format!("{} O {}/{yy:02}", ctx.int(1, 16), ctx.int(5, 480)),
            matter: ctx
                .pick(&[
                    "wegen Schadensersatz aus Amtshaftung",
                    "wegen Schmerzensgeld nach einem Sturz auf einem Gehweg",
                ])
                .into(),
            kind: "Rechtsstreit",
            in_kind: "dem Rechtsstreit",
            against_county: true,
        },
    }
}

/// Court mail: a lawyer or a party reports on proceedings, with a court reference and a deadline.
pub(super) fn gerichtspost(ctx: &mut Ctx) -> Draft {
    let case = court_case(ctx);
    let (court, reference) = (case.court.clone(), case.reference.clone());
    let decision = ctx.day_before(40, 160);
    let order = ctx.day_before(3, 20);
    let deadline = ctx.day_after(10, 45);
    let firm = ctx.chance(0.6);
    let mut d = if firm {
        lawyer(ctx)
    } else {
        Draft::private(ctx)
    };
    d.formal = true;
    d.found.court_reference = Some(reference.clone());

    if firm {
        let client = ctx.other_person();
        let client_word = if client.female {
            "unserer Mandantin"
        } else {
            "unseres Mandanten"
        };
        let parties = if case.against_county {
            format!("{} ./. Landkreis Mayen-Koblenz", client.full())
        } else {
            client.full()
        };
        // Subjects start with the reference so that it never wraps.
        d.subject = match ctx.below(3) {
            0 => format!("Az. {reference} – {parties}"),
            1 => format!("Aktenzeichen {reference} – {}", case.kind),
            _ => format!("{court}, Az. {reference}"),
        };
        d.para(match ctx.below(3) {
            0 => format!(
                "in {} {parties} {}, anhängig beim {court}, zeigen wir an, dass wir {} \
                 anwaltlich vertreten. Eine auf uns lautende Vollmacht ist beigefügt.",
                case.in_kind,
                case.matter,
                client.addressed()
            ),
            1 => format!(
                "wir nehmen Bezug auf das beim {court} unter dem Aktenzeichen {reference} \
                 anhängige Verfahren {client_word} {} {}.",
                client.full(),
                case.matter
            ),
            _ => format!(
                "namens und in Vollmacht {client_word} {} teilen wir mit, dass wir beim \
                 {court} Klage gegen den Bescheid vom {decision} erhoben haben. Das Verfahren \
                 wird dort unter dem Aktenzeichen {reference} geführt.",
                client.full()
            ),
        });
        d.para(match ctx.below(3) {
            0 => format!(
                "Das {court} hat mit Verfügung vom {order} angeordnet, dass die vollständigen \
                 Verwaltungsvorgänge vorgelegt werden."
            ),
            1 => format!(
                "Mit Schreiben vom {order} hat uns das Gericht die Erwiderung Ihres Hauses \
                 übersandt. Hierzu werden wir gesondert Stellung nehmen."
            ),
            _ => "Das Gericht hat angeregt, die Möglichkeit einer gütlichen Einigung zu prüfen, \
                  und bittet beide Seiten um Mitteilung, ob ein Vergleich in Betracht kommt."
                .to_string(),
        });
    } else {
        d.subject = match ctx.below(3) {
            0 => format!("Az. {reference} – mein Verfahren beim {court}"),
            1 => format!("Aktenzeichen {reference}: Klage {}", case.matter),
            _ => format!("{court}, Az. {reference}"),
        };
        d.para(match ctx.below(3) {
            0 => format!(
                "ich möchte Ihnen mitteilen, dass ich gegen Ihren Bescheid vom {decision} Klage \
                 beim {court} erhoben habe. Das Gericht führt das Verfahren unter dem \
                 Aktenzeichen {reference}."
            ),
            1 => format!(
                "in dem Verfahren vor dem {court} ({reference}) hat mich das Gericht gebeten, \
                 Ihnen eine Abschrift meines Schriftsatzes vom {order} zukommen zu lassen. Dieser \
                 Bitte komme ich hiermit nach."
            ),
            _ => format!(
                "heute habe ich Post vom {court} erhalten. Darin wird mir mitgeteilt, dass über \
                 meine Klage {} unter dem Aktenzeichen {reference} entschieden werden soll.",
                case.matter
            ),
        });
    }
    d.para(match ctx.below(4) {
        0 => format!("Das Gericht hat hierfür eine Frist bis zum {deadline} gesetzt; bitte beachten Sie diese Frist."),
        1 => format!(
            "{} die Unterlagen bis spätestens {deadline} unmittelbar an das Gericht zu übersenden.",
            if firm { "Wir bitten," } else { "Ich bitte Sie," }
        ),
        2 => format!("Die Frist zur Stellungnahme endet am {deadline}. Um eine kurze Rückmeldung vorab wird gebeten."),
        _ => format!(
            "Der Termin zur mündlichen Verhandlung ist auf den {deadline}, {} Uhr, bestimmt worden.",
            ctx.pick(&["9:00", "10:30", "11:15", "13:30", "14:45"])
        ),
    });
    d.core_done();
    let mut extras = vec![
        "Zugleich wird Akteneinsicht in die vollständige Verwaltungsakte beantragt. Die Akte kann \
         gerne in elektronischer Form übermittelt werden."
            .to_string(),
        "Für Rückfragen stehe ich zu den üblichen Bürozeiten gerne zur Verfügung; eine kurze \
         Nachricht per E-Mail genügt."
            .to_string(),
        "Sollte Ihr Haus bereit sein, den angefochtenen Bescheid noch einmal zu überprüfen, ließe \
         sich das Verfahren möglicherweise ohne Urteil erledigen."
            .to_string(),
    ];
    ctx.shuffle(&mut extras);
    let count = ctx.int(0, 1) as usize;
    d.paragraphs.extend(extras.into_iter().take(count));
    if ctx.chance(0.4) {
        let az = file_number(ctx);
        d.para(format!(
            "Im Verwaltungsverfahren führen Sie die Sache unter dem Aktenzeichen {az}; bitte \
             geben Sie es künftig zusätzlich an."
        ));
        d.found.file_reference = Some(az);
    }
    if firm {
        d.attachments = vec!["Vollmacht".into()];
    } else if ctx.chance(0.5) {
        d.attachments = vec!["Abschrift des Schriftsatzes".into()];
    }
    if firm {
        d.offer([
            "Eine Abschrift der Klageschrift ist diesem Schreiben beigefügt.",
            "Wir gehen davon aus, dass ohne mündliche Verhandlung entschieden werden kann, und \
             haben dem Gericht unser Einverständnis mitgeteilt.",
            "Bis zur Entscheidung des Gerichts bitten wir, von Vollstreckungsmaßnahmen \
             abzusehen.",
            "Über den weiteren Verlauf des Verfahrens halten wir Sie unterrichtet.",
            "Sollten Sie zu einer außergerichtlichen Lösung bereit sein, bitten wir um \
             kurzfristige Nachricht.",
        ]);
    } else {
        d.offer([
            "Eine Kopie der gerichtlichen Verfügung lege ich bei.",
            "Ich hoffe weiterhin auf eine Lösung ohne Urteil und bin zu einem Gespräch bereit.",
            "Bitte senden Sie mir eine Kopie meiner Akte zu, damit ich mich auf den Termin \
             vorbereiten kann.",
            "Bis zur Entscheidung des Gerichts bitte ich, von weiteren Zahlungsaufforderungen \
             abzusehen.",
        ]);
    }
    d
}

/// A Bescheid the citizen objects to: what it is called, the issuing department's number, and
/// reasons.
struct Notice {
    name: &'static str,
    department: &'static str,
    reasons: [&'static str; 2],
}

const NOTICES: &[Notice] = &[
    Notice {
        name: "Gebührenbescheid über die Abfallgebühren",
        department: "70",
        reasons: [
            "Die Gebühr wurde für eine 240-Liter-Restmülltonne berechnet, obwohl wir seit dem \
             Frühjahr nur noch eine 120-Liter-Tonne nutzen. Die Umstellung wurde schriftlich \
             bestätigt.",
            "Das Grundstück ist seit dem Tod meiner Mutter unbewohnt. Eine Abmeldung der \
             Abfallbehälter habe ich rechtzeitig beantragt, sie wurde aber offenbar nicht \
             berücksichtigt.",
        ],
    },
    Notice {
        name: "Ablehnungsbescheid zu meinem Antrag auf Wohngeld",
        department: "50",
        reasons: [
            "Bei der Prüfung wurde das Einkommen meines Sohnes berücksichtigt, obwohl er bereits \
             ausgezogen ist und nicht mehr zu meinem Haushalt gehört.",
            "Die Miete wurde zu niedrig angesetzt. Die Nebenkosten für Heizung und Wasser sind im \
             Bescheid überhaupt nicht enthalten, obwohl ich die Belege vorgelegt habe.",
        ],
    },
    Notice {
        name: "Kostenbescheid für das Abschleppen meines Fahrzeugs",
        department: "32",
        reasons: [
            "Das Fahrzeug stand nicht im Halteverbot. Das mobile Schild wurde nach meinen \
             Feststellungen erst aufgestellt, als mein Wagen dort bereits parkte.",
            "Ich war telefonisch erreichbar und hätte das Auto innerhalb weniger Minuten \
             weggefahren. Das Abschleppen war daher nicht verhältnismäßig.",
        ],
    },
    Notice {
        name: "Bescheid über die Festsetzung eines Kostenbeitrags",
        department: "51",
        reasons: [
            "Mein Einkommen wurde zu hoch angesetzt, weil die Fahrtkosten zur Arbeit und die \
             Beiträge zur Altersvorsorge nicht abgezogen wurden.",
            "Ich bin seit drei Monaten arbeitslos und kann den festgesetzten Beitrag nicht \
             aufbringen. Den Nachweis der Agentur für Arbeit füge ich bei.",
        ],
    },
    Notice {
        name: "Gebührenbescheid für die Prüfung meines Bauvorhabens",
        department: "63",
        reasons: [
            "Die Gebühr steht in keinem Verhältnis zum Aufwand. Es handelte sich um einen kleinen \
             Anbau, für den nur wenige Unterlagen zu prüfen waren.",
            "Der Gebühr wurde ein viel zu hoher Rohbauwert zugrunde gelegt. Die tatsächlichen \
             Kosten liegen laut Angebot meines Architekten deutlich darunter.",
        ],
    },
    Notice {
        name: "Bescheid über die Beförderung meines Kindes zur Schule",
        department: "40",
        reasons: [
            "Der kürzeste Fußweg zur Schule ist länger als vier Kilometer und führt über eine \
             Landstraße ohne Gehweg. Die Entfernung wurde offenbar falsch gemessen.",
            "Mein Kind hat eine Gehbehinderung; das ärztliche Attest lag dem Antrag bei, wurde \
             im Bescheid aber nicht erwähnt.",
        ],
    },
];

/// An objection against a Bescheid with its date and Aktenzeichen.
pub(super) fn widerspruch(ctx: &mut Ctx) -> Draft {
    let notice = &NOTICES[ctx.below(NOTICES.len())];
    let az = file_number_of(ctx, notice.department);
    let issued = ctx.before(8, 30);
    let delay = ctx.int(2, 5);
    let received = ctx.day(issued.plus_days(delay));
    let issued = ctx.day(issued);
    let label = ctx.pick(&["Az.", "Aktenzeichen", "Ihr Aktenzeichen:"]);
    let mut d = Draft::private(ctx);
    d.formal = true;
    d.found.file_reference = Some(az.clone());
    d.subject = match ctx.below(3) {
        0 => format!("Widerspruch gegen Ihren Bescheid vom {issued}"),
        1 => format!("Widerspruch – {label} {az}"),
        _ => format!("Ihr Bescheid vom {issued}, Az. {az}"),
    };
    let name = notice.name;
    d.para(match ctx.below(3) {
        0 => format!(
            "hiermit lege ich gegen Ihren {name} vom {issued}, {label} {az}, fristgerecht \
             Widerspruch ein."
        ),
        1 => format!(
            "gegen den {name} vom {issued} ({label} {az}), der mir am {received} zugegangen \
             ist, erhebe ich Widerspruch."
        ),
        _ => format!(
            "mit diesem Schreiben widerspreche ich Ihrem {name} vom {issued} ({label} {az}). \
             Bitte behandeln Sie das Schreiben als förmlichen Widerspruch."
        ),
    });
    let mut reasons = vec![ctx.pick(&notice.reasons).to_string()];
    if ctx.chance(0.4) {
        let fee = ctx.int(40, 900) * 100 + ctx.pick(&[0, 50, 80]);
        let printed = ctx.money(fee, &mut d.found);
        reasons.push(format!(
            "Der festgesetzte Betrag von {printed} ist deshalb nicht gerechtfertigt."
        ));
    }
    d.para(reasons.join(" "));
    d.para(match ctx.below(3) {
        0 => "Ich beantrage, den Bescheid aufzuheben und in der Sache neu zu entscheiden.",
        1 => {
            "Ich bitte darum, den Bescheid zu überprüfen und mir das Ergebnis schriftlich \
              mitzuteilen. Bis zur Entscheidung bitte ich, von Vollstreckungsmaßnahmen abzusehen."
        }
        _ => {
            "Eine ausführliche Begründung reiche ich nach, sobald ich Einsicht in die Akte \
              nehmen konnte. Bitte teilen Sie mir mit, wann das möglich ist."
        }
    });
    d.core_done();
    if ctx.chance(0.5) {
        d.para(ctx.pick(&[
            "Über eine kurze Bestätigung des Eingangs wäre ich dankbar.",
            "Tagsüber bin ich schlecht erreichbar; bitte antworten Sie mir schriftlich.",
            "Eine Kopie des Bescheids und meine bisherigen Unterlagen füge ich bei.",
        ]));
    }
    if ctx.chance(0.5) {
        d.attachments = vec!["Kopie des Bescheids".into()];
    }
    d.offer([
        "Den Bescheid habe ich erst nach meiner Rückkehr aus dem Urlaub vorgefunden; die Frist \
         ist dennoch gewahrt.",
        "Bitte gewähren Sie mir Einsicht in die vollständige Verwaltungsakte, damit ich meinen \
         Widerspruch näher begründen kann.",
        "Sollten Sie weitere Nachweise benötigen, reiche ich diese gerne nach.",
        "Den festgesetzten Betrag zahle ich bis zur Entscheidung nur unter Vorbehalt.",
        "Ich bin gerne bereit, die Angelegenheit in einem persönlichen Gespräch zu klären.",
    ]);
    d
}
