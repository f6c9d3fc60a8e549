//! Complaints, waste collection and advertising.

use super::super::ctx::{Ctx, Draft};
use super::company_name;

/// A complaint about the administration's service.
pub(super) fn beschwerde(ctx: &mut Ctx) -> Draft {
    let when = ctx.day_before(3, 30);
    let hours = ctx.pick(&["zweieinhalb", "drei", "fast vier"]);
    let mut d = Draft::private(ctx);
    d.formal = ctx.chance(0.5);
    let (topic, opener, detail) = match ctx.below(6) {
        0 => (
            "lange Wartezeiten in der Zulassungsstelle",
            format!(
                "am {when} habe ich {hours} Stunden in der Zulassungsstelle gewartet, um ein \
                 Fahrzeug umzumelden."
            ),
            "Von sechs Schaltern war nur einer besetzt, und Auskunft über die voraussichtliche \
             Wartezeit konnte mir niemand geben.",
        ),
        1 => (
            "die telefonische Erreichbarkeit",
            "seit zwei Wochen versuche ich vergeblich, jemanden in Ihrem Haus telefonisch zu \
             erreichen."
                .to_string(),
            "Entweder ist besetzt, oder niemand nimmt ab. Auch die Rückrufbitte auf dem \
             Anrufbeantworter blieb ohne Reaktion.",
        ),
        2 => (
            "das Verhalten eines Mitarbeiters",
            format!(
                "bei meinem Besuch in Ihrer Dienststelle am {when} wurde ich am Empfang sehr \
                 unfreundlich behandelt."
            ),
            "Meine Frage wurde mit einem genervten Hinweis auf die Internetseite abgetan, und \
             als ich nachfragte, wurde der Mitarbeiter laut.",
        ),
        3 => (
            "die Online-Terminvergabe",
            "seit Tagen versuche ich, über Ihre Internetseite einen Termin zu buchen.".to_string(),
            "Angeblich sind für die nächsten acht Wochen keine Termine frei. Ohne Termin werde \
             ich aber nicht bedient.",
        ),
        4 => (
            "eine unbeantwortete Anfrage",
            format!("auf meine E-Mail vom {when} habe ich bis heute keine Antwort erhalten."),
            "Nicht einmal eine Eingangsbestätigung kam zurück, und auch mein Anruf hat nichts \
             bewirkt.",
        ),
        _ => (
            "den Zustand der Kreisstraße in meinem Ort",
            format!(
                "die Kreisstraße am Ortsausgang von {} ist seit dem Winter voller tiefer \
                 Schlaglöcher.",
                ctx.town.name
            ),
            "Radfahrer müssen auf die Gegenfahrbahn ausweichen; ein Nachbar ist bereits \
             gestürzt. Passiert ist trotz mehrerer Hinweise nichts.",
        ),
    };
    d.subject = match ctx.below(3) {
        0 => format!("Beschwerde über {topic}"),
        1 => "Beschwerde".to_string(),
        _ => format!("Meine Erfahrungen mit Ihrer Verwaltung – {topic}"),
    };
    let mut body = vec![opener, detail.to_string()];
    if ctx.chance(0.5) {
        body.push(
            ctx.pick(&[
                "Ich bin berufstätig und kann mir nicht beliebig oft freinehmen.",
                "Als Steuerzahler erwarte ich einen respektvollen und verlässlichen Service.",
                "Ich weiß, dass Ihre Mitarbeiter viel zu tun haben, aber so kann es nicht \
                 weitergehen.",
            ])
            .to_string(),
        );
    }
    d.para(body.join(" "));
    d.para(match ctx.below(3) {
        0 => "Ich beschwere mich hiermit ausdrücklich über diesen Zustand und bitte um eine \
              Stellungnahme."
            .to_string(),
        1 => "Ich bitte Sie, meine Beschwerde an die zuständige Stelle weiterzuleiten und mir \
              mitzuteilen, was sich ändern wird."
            .to_string(),
        _ => format!(
            "Ich beschwere mich nicht gern, aber das war nicht in Ordnung. Bitte antworten Sie \
             mir bis zum {}.",
            ctx.day_after(14, 30)
        ),
    });
    let stated = std::iter::once(&d.subject)
        .chain(&d.paragraphs)
        .any(|p| p.contains("Beschwerde") || p.contains("beschwere mich"));
    if !stated {
        d.para("Ich bitte darum, diese Beschwerde schriftlich zu beantworten.");
    }
    d.offer([
        "Ich hoffe sehr, dass sich so etwas nicht wiederholt.",
        "Andere Bürgerinnen und Bürger haben die Situation ähnlich erlebt wie ich.",
        "Seit vielen Jahren bin ich mit der Kreisverwaltung zufrieden; umso mehr hat mich \
         dieser Vorfall geärgert.",
        "Eine Kopie dieses Schreibens geht an ein Mitglied des Kreistags.",
        "Ich erwarte, dass die Verwaltung ihre Abläufe überprüft und mir das Ergebnis mitteilt.",
        "Gerade ältere Menschen sind auf eine verlässliche Erreichbarkeit angewiesen.",
        "Für ein klärendes Gespräch stehe ich selbstverständlich zur Verfügung.",
    ]);
    d
}

/// Waste collection: bulky waste, damaged or missed bins, bin size.
pub(super) fn abfall(ctx: &mut Ctx) -> Draft {
    let when = ctx.day_before(2, 14);
    let mut d = Draft::private(ctx);
    let litres = ctx.pick(&[(240, 120), (120, 80), (80, 120), (120, 240)]);
    match ctx.below(5) {
        0 => {
            d.subject = ctx
                .pick(&["Anmeldung Sperrmüll", "Sperrmüllabholung"])
                .to_string();
            d.para(format!(
                "ich möchte Sperrmüll zur Abholung anmelden. Es handelt sich um {}.",
                ctx.pick(&[
                    "ein altes Sofa, zwei Kleiderschränke und einen Lattenrost",
                    "eine Eckbank, einen Tisch und vier Stühle",
                    "einen Teppich, ein Bettgestell und einen Sessel",
                ])
            ));
            d.para(format!(
                "Ein Termin in der Woche nach dem {} wäre mir am liebsten. Die Gegenstände stelle \
                 ich am Vorabend an die Straße.",
                ctx.day_after(7, 20)
            ));
        }
        1 => {
            d.subject = ctx
                .pick(&["Beschädigte Restmülltonne", "Ersatz für unsere Mülltonne"])
                .to_string();
            d.para(format!(
                "bei der Leerung am {when} ist unsere Restmülltonne beschädigt worden: {}.",
                ctx.pick(&[
                    "Der Deckel ist abgerissen",
                    "Ein Rad ist abgebrochen",
                    "Der Behälter hat einen langen Riss"
                ])
            ));
            d.para("Ich bitte um Austausch der Tonne. Die Behälternummer ist leider nicht mehr lesbar.");
        }
        2 => {
            d.subject = ctx
                .pick(&["Tonne nicht geleert", "Ausgefallene Leerung"])
                .to_string();
            d.para(format!(
                "am {when} wurde unsere Restmülltonne nicht geleert, obwohl sie ab 6 Uhr \
                 am Straßenrand stand."
            ));
            d.para(ctx.pick(&[
                "Auch bei den Nachbarn wurde nicht geleert. Bitte holen Sie die Leerung nach.",
                "Die Tonne ist randvoll. Darf ich zusätzliche Säcke neben die Tonne stellen?",
            ]));
        }
        3 => {
            d.subject = "Änderung der Behältergröße".to_string();
            d.para(format!(
                "wir möchten unsere Restmülltonne von {} auf {} Liter umstellen, weil sich die \
                 Zahl der Personen in unserem Haushalt geändert hat.",
                litres.0, litres.1
            ));
            d.para("Bitte teilen Sie mir mit, wann der Austausch erfolgen kann.");
        }
        _ => {
            d.subject = "Abfallkalender und Biotonne".to_string();
            d.para(
                "wir sind neu zugezogen und haben von der Abfallwirtschaft noch keinen \
                 Abfallkalender erhalten. Können Sie uns einen zusenden?",
            );
            d.para("Außerdem möchten wir eine Biotonne bestellen. Wie lange dauert die Lieferung?");
        }
    }
    d.core_done();
    if ctx.chance(0.6) {
        d.para(format!(
            "{} Die Abfallwirtschaft erreicht man telefonisch leider schlecht.",
            ctx.pick(&[
                "Für eine kurze Bestätigung per E-Mail wäre ich dankbar.",
                "Vielen Dank im Voraus.",
                "Bitte melden Sie sich, falls noch Angaben fehlen."
            ])
        ));
    }
    d.offer([
        "Die Tonnen stehen an der Einfahrt neben der Garage und sind gut zu erreichen.",
        "Die Gebühren zahle ich per Lastschrift; an der Bankverbindung hat sich nichts geändert.",
        "Unsere Kundennummer finde ich leider nicht mehr; die Anschrift oben sollte aber \
         eindeutig sein.",
        "Wir trennen unseren Müll sorgfältig und nutzen auch den Wertstoffhof in der Nähe.",
        "Grünschnitt bringen wir selbst zur Sammelstelle; es geht also nur um den Hausmüll.",
        "Mit der Müllabfuhr in unserer Straße sind wir sonst sehr zufrieden.",
        "Ein Foto der Tonne kann ich Ihnen gerne per E-Mail schicken.",
    ]);
    d
}

/// Products advertised to public authorities.
const PRODUCTS: &[(&str, &str, &str)] = &[
    (
        "Büromöbel",
        "höhenverstellbare Schreibtische",
        "für ergonomische Arbeitsplätze",
    ),
    (
        "Software",
        "eine digitale Aktenverwaltung für Kommunen",
        "mit sicherer Anbindung an Ihre Fachverfahren",
    ),
    (
        "Streudienst",
        "Auftausalz für den Winterdienst",
        "zu festen Preisen für die ganze Saison",
    ),
    (
        "Seminare",
        "Fortbildungen zum Vergaberecht",
        "für Ihre Beschäftigten in der Beschaffung",
    ),
    (
        "Kaffeetechnik",
        "Kaffeevollautomaten für Teeküchen",
        "inklusive Wartung und Reinigung",
    ),
    (
        "Bürotechnik",
        "Multifunktionsdrucker im Leasing",
        "mit Vor-Ort-Service innerhalb von 24 Stunden",
    ),
];

/// Advertising mail from a company.
pub(super) fn werbung(ctx: &mut Ctx) -> Draft {
    let (trade, product, benefit) = ctx.pick(PRODUCTS);
    let company = company_name(ctx, trade);
    let role = ctx.pick(&["Vertrieb", "Kundenbetreuung", "Außendienst", "Marketing"]);
    let mut d = Draft::company(ctx, company, role);
    d.salutation = Some(
        ctx.pick(&[
            "Sehr geehrte Damen und Herren,",
            "Guten Tag,",
            "Sehr geehrte Verantwortliche,",
        ])
        .to_string(),
    );
    d.subject = match ctx.below(3) {
        0 => format!("Neu: {product}"),
        1 => format!("Unser Angebot für Behörden – {product}"),
        _ => "Informationen für Ihre Verwaltung".to_string(),
    };
    d.para(match ctx.below(3) {
        0 => format!("heute möchten wir Ihnen {product} {benefit} vorstellen."),
        1 => format!(
            "viele Kommunen in Rheinland-Pfalz setzen bereits auf {product} aus unserem Haus. \
             Jetzt möchten wir auch Sie überzeugen."
        ),
        _ => format!("kennen Sie schon {product} {benefit}?"),
    });
    let mut middle = vec![
        ctx.pick(&[
            "Als regionaler Anbieter sind wir schnell vor Ort und kennen die Anforderungen \
             öffentlicher Auftraggeber.",
            "Unsere Kunden schätzen die kurze Lieferzeit und den persönlichen Ansprechpartner.",
            "Bis zum Monatsende gewähren wir Behörden einen Einführungsrabatt von 15 %.",
        ])
        .to_string(),
        ctx.pick(&[
            "Gerne erstellen wir Ihnen ein unverbindliches Angebot.",
            "Fordern Sie noch heute Ihr unverbindliches Angebot an.",
            "Ein unverbindliches Angebot erhalten Sie mit der beiliegenden Antwortkarte.",
        ])
        .to_string(),
    ];
    if ctx.chance(0.5) {
        let price = ctx.int(49, 2_400) * 100 - ctx.pick(&[0, 1, 10]);
        let printed = ctx.money(price, &mut d.found);
        middle.push(format!(
            "Schon ab {printed} zuzüglich Umsatzsteuer sind Sie dabei."
        ));
    }
    ctx.shuffle(&mut middle);
    d.paragraphs.extend(middle);
    d.para(ctx.pick(&[
        "Sie erhalten diese Post, weil Sie unseren Newsletter für öffentliche Einrichtungen \
         bezogen haben. Sie können ihn jederzeit abbestellen.",
        "Wenn Sie keine weiteren Informationen wünschen, können Sie unseren Newsletter mit einer \
         kurzen Nachricht abbestellen.",
        "Möchten Sie künftig keine Post mehr von uns erhalten? Dann genügt eine kurze Nachricht, \
         um alle Zusendungen abzubestellen.",
    ]));
    let town = ctx.town.name;
    d.extras_at = Some(1);
    d.offer([
        "Gerne stellen wir Ihnen unsere Produkte auch persönlich in Ihrem Haus vor.".to_string(),
        "Referenzen anderer Kreisverwaltungen nennen wir Ihnen auf Anfrage.".to_string(),
        "Alle Preise gelten für Bestellungen bis zum Jahresende.".to_string(),
        "Unser Unternehmen ist seit über 25 Jahren in der Region tätig.".to_string(),
        format!("Besuchen Sie auch unsere Ausstellung in {town}."),
    ]);
    d
}
