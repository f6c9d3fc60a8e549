//! Invoices and payment reminders from companies (Kämmerei).

use super::super::ctx::{Ctx, Draft};
use super::super::fields::county_leitweg_id;
use super::{company_name, iban_line};

/// Trades that invoice a county, with what they did.
const SERVICES: &[(&str, &str)] = &[
    (
        "Gebäudereinigung",
        "die Unterhaltsreinigung der Büroräume im Kreishaus",
    ),
    (
        "Heizungsbau",
        "die Wartung der Heizungsanlage einer kreiseigenen Schule",
    ),
    (
        "Elektrotechnik",
        "die Prüfung der ortsveränderlichen elektrischen Geräte",
    ),
    ("Druckerei", "den Druck von 2.500 Informationsbroschüren"),
    (
        "IT-Service",
        "die Einrichtung von zwölf neuen Arbeitsplatzrechnern",
    ),
    (
        "Garten- und Landschaftsbau",
        "die Grünpflege an den Außenanlagen der Kreisverwaltung",
    ),
    (
        "Übersetzungsbüro",
        "Dolmetscherleistungen bei mehreren Terminen in Ihrem Haus",
    ),
    ("Schreinerei", "die Lieferung und Montage von Büroschränken"),
];

/// A company's invoice with Rechnungsnummer, invoice date, Leitweg-ID, amounts and IBAN.
pub(super) fn rechnung(ctx: &mut Ctx) -> Draft {
    let (trade, service) = ctx.pick(SERVICES);
    let company = company_name(ctx, trade);
    let role = ctx.pick(&["Buchhaltung", "Geschäftsführung", "Abrechnung", "Büro"]);
    let mut d = Draft::company(ctx, company.clone(), role);
    if ctx.chance(0.5) {
        // Signed with the company name; a GmbH then gets the business continuation paragraphs
        // of multi-page layouts (which talk about invoices, so only invoices may do this).
        d.signature = vec![company, format!("i. A. {}", ctx.person.full())];
    }
    let year = ctx.date.year;
    let number = match ctx.below(3) {
        0 => format!("RE-{year}-{:04}", ctx.int(1, 9999)),
        1 => format!("{year}{:05}", ctx.int(1, 99_999)),
        _ => format!("R{:02}/{:04}", year % 100, ctx.int(1, 9999)),
    };
    let invoice_date = ctx.day_before(1, 4);
    let month = ctx.before(20, 60);
    let period = format!("{} {}", month.month_name(), month.year);
    let leitweg = county_leitweg_id(ctx.rng());
    d.found.leitweg_id = Some(leitweg.clone());
    let due = ctx.day_after(14, 30);

    d.subject = match ctx.below(3) {
        0 => format!("Rechnung Nr. {number}"),
        1 => format!("Rechnung für {service}"),
        _ => format!("Unsere Rechnung vom {invoice_date}"),
    };
    d.para(match ctx.below(3) {
        0 => {
            format!("für {service} im {period} stellen wir Ihnen folgende Leistungen in Rechnung.")
        }
        1 => format!(
            "anbei erhalten Sie unsere Rechnung für {service}. Die Leistungen wurden im \
             {period} vollständig erbracht."
        ),
        _ => format!(
            "wir bedanken uns für Ihren Auftrag und berechnen für {service} im {period} wie folgt."
        ),
    });
    d.para(match ctx.below(3) {
        0 => format!(
            "Rechnungsnummer: {number}, Rechnungsdatum: {invoice_date}, Leitweg-ID: {leitweg}."
        ),
        1 => format!(
            "Bitte geben Sie bei der Zahlung die Rechnungsnummer {number} vom {invoice_date} an. \
             Die Leitweg-ID {leitweg} haben wir Ihrer Bestellung entnommen."
        ),
        _ => format!(
            "Rechnungsnummer {number}, ausgestellt am {invoice_date}. Als Leitweg-ID ist \
             {leitweg} angegeben."
        ),
    });
    let net = ctx.int(15_000, 980_000);
    if ctx.chance(0.2) {
        let total = ctx.money(net, &mut d.found);
        d.para(format!(
            "Gemäß § 19 UStG wird keine Umsatzsteuer ausgewiesen. Gesamtbetrag: {total}."
        ));
    } else {
        let vat = (net * 19 + 50) / 100;
        let net_printed = ctx.money(net, &mut d.found);
        let vat_printed = ctx.money(vat, &mut d.found);
        let gross_printed = ctx.money(net + vat, &mut d.found);
        d.para(match ctx.below(2) {
            0 => format!(
                "Nettobetrag {net_printed}, zuzüglich 19 % Umsatzsteuer {vat_printed}, \
                 Gesamtbetrag {gross_printed}."
            ),
            _ => format!(
                "Der Betrag beläuft sich auf {gross_printed} einschließlich {vat_printed} \
                 Umsatzsteuer (netto {net_printed})."
            ),
        });
    }
    d.para(match ctx.below(3) {
        0 => format!("Bitte überweisen Sie den Betrag bis zum {due} ohne Abzug auf unser Konto."),
        1 => format!("Zahlbar bis zum {due} ohne Abzug."),
        _ => "Zahlbar innerhalb von 14 Tagen nach Erhalt ohne Abzug.".to_string(),
    });
    let iban = iban_line(ctx, &mut d);
    d.para(iban);
    if ctx.chance(0.5) {
        d.para(ctx.pick(&[
            "Vielen Dank für die angenehme Zusammenarbeit.",
            "Den Leistungsnachweis mit den Unterschriften Ihrer Mitarbeiter fügen wir bei.",
            "Bei Fragen zu dieser Rechnung erreichen Sie uns unter der oben genannten Adresse.",
        ]));
    }
    if ctx.chance(0.4) {
        d.attachments = vec!["Leistungsnachweis".into()];
    }
    d.extras_at = Some(1);
    d.offer([
        "Die Arbeiten wurden termingerecht ausgeführt und von Ihrem Hausmeister abgenommen.",
        "Das Material wurde gemäß Ihrer Bestellung geliefert; Mehrmengen sind nicht angefallen.",
        "Die Leistungen entsprechen unserem Angebot und Ihrer Auftragsbestätigung.",
        "Falls die Unterlagen bei Ihnen nicht richtig sind, leiten Sie sie bitte an die \
         zuständige Stelle weiter.",
    ]);
    d
}

/// Trades that remind a county of an open payment.
const TRADES: &[(&str, &str)] = &[
    (
        "Bürobedarf",
        "die Lieferung von Druckerpapier und Tonerkartuschen",
    ),
    ("Autohaus", "die Inspektion eines Dienstfahrzeugs"),
    ("Sanitär", "die Reparatur der Wasserleitung im Nebengebäude"),
    (
        "Catering",
        "die Bewirtung bei einer Veranstaltung im Sitzungssaal",
    ),
    ("Malerbetrieb", "die Malerarbeiten im Treppenhaus"),
    (
        "Sicherheitsdienst",
        "den Wachdienst während einer Ausstellung",
    ),
];

/// A payment reminder: amount, reference number, IBAN; never the word for an invoice.
pub(super) fn mahnung(ctx: &mut Ctx) -> Draft {
    let (trade, service) = ctx.pick(TRADES);
    let company = company_name(ctx, trade);
    let role = ctx.pick(&[
        "Forderungsmanagement",
        "Buchhaltung",
        "Inhaber",
        "Verwaltung",
    ]);
    let mut d = Draft::company(ctx, company, role);
    let number = match ctx.below(3) {
        0 => {
            let year = ctx.date.year;
            format!("Beleg-Nr. {year}-{:04}", ctx.int(1, 9999))
        }
        1 => format!("Vorgangsnummer {:06}", ctx.int(1, 999_999)),
        _ => format!("Belegnummer B{:05}", ctx.int(1, 99_999)),
    };
    let delivered = ctx.day_before(40, 90);
    let earlier = ctx.day_before(10, 25);
    let due = ctx.day_after(7, 14);
    let level = ctx.below(3);
    let open = ctx.int(4_000, 640_000);
    let open_printed = ctx.money(open, &mut d.found);

    d.subject = match (level, ctx.below(2)) {
        (0, 0) => format!("Zahlungserinnerung – {number}"),
        (0, _) => format!("Offener Betrag aus unserer Leistung vom {delivered}"),
        (l, 0) => format!("{l}. Mahnung – {number}"),
        (_, _) => format!("Mahnung zu unserer Leistung vom {delivered}"),
    };
    d.para(match (level, ctx.below(2)) {
        (0, 0) => format!(
            "sicher ist es Ihrer Aufmerksamkeit entgangen, dass unsere Forderung für {service} \
             vom {delivered} ({number}) über {open_printed} noch offen ist."
        ),
        (0, _) => format!(
            "bei der Durchsicht unserer Buchhaltung haben wir festgestellt, dass der Betrag von \
             {open_printed} für {service} ({number}) noch nicht bei uns eingegangen ist."
        ),
        (_, 0) => format!(
            "trotz unserer Zahlungserinnerung vom {earlier} konnten wir bis heute keinen \
             Zahlungseingang für {service} vom {delivered} feststellen ({number}). Offen ist ein \
             Betrag von {open_printed}."
        ),
        (_, _) => format!(
            "leider ist der Betrag von {open_printed} für {service} ({number}) trotz Fälligkeit \
             am {earlier} noch immer nicht beglichen."
        ),
    });
    d.para(match level {
        0 => ctx.pick(&[
            "Bitte verstehen Sie dieses Schreiben als freundliche Zahlungserinnerung.",
            "Mit dieser Zahlungserinnerung bitten wir Sie, den Ausgleich kurzfristig zu \
             veranlassen.",
        ]),
        1 => "Dies ist unsere erste Mahnung.",
        _ => ctx.pick(&[
            "Dies ist unsere zweite und letzte Mahnung.",
            "Wir sehen uns leider gezwungen, Ihnen hiermit die zweite Mahnung zu schicken.",
        ]),
    });
    if level > 0 {
        let fee = ctx.pick(&[250, 500, 750, 1000]);
        let fee_printed = ctx.money(fee, &mut d.found);
        let total_printed = ctx.money(open + fee, &mut d.found);
        d.para(format!(
            "Für dieses Schreiben erheben wir eine Gebühr von {fee_printed}. Der zu zahlende \
             Gesamtbetrag beläuft sich damit auf {total_printed}."
        ));
    }
    d.para(format!(
        "{} bis zum {due} auf das folgende Konto.",
        ctx.pick(&[
            "Bitte überweisen Sie den offenen Betrag",
            "Wir bitten um Überweisung",
            "Bitte begleichen Sie den Betrag"
        ])
    ));
    let iban = iban_line(ctx, &mut d);
    d.para(iban);
    d.para(if level == 2 && ctx.chance(0.7) {
        "Sollte der Betrag bis dahin nicht eingehen, geben wir die Forderung ohne weitere \
         Ankündigung an ein Inkassounternehmen ab."
    } else {
        ctx.pick(&[
            "Sollten Sie die Zahlung inzwischen veranlasst haben, betrachten Sie dieses Schreiben \
             bitte als gegenstandslos.",
            "Falls sich Ihre Zahlung mit diesem Schreiben überschnitten hat, danken wir Ihnen und \
             bitten um Entschuldigung.",
        ])
    });
    d.extras_at = Some(1);
    d.offer([
        "Die Leistung wurde vollständig und ohne Beanstandungen erbracht.",
        "Unsere Zahlungsbedingungen sehen ein Zahlungsziel von 14 Tagen vor.",
        "Bitte prüfen Sie, ob der Beleg bei Ihnen eingegangen ist; auf Wunsch senden wir eine \
         Kopie.",
        "Für Rückfragen zum Zahlungsstand erreichen Sie uns vormittags.",
    ]);
    d
}
