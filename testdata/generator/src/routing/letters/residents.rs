//! Youth welfare and residence permits.

use super::super::ctx::{Ctx, Draft};
use super::super::towns::{FOREIGN_FIRST, FOREIGN_LAST};

/// Youth welfare: Unterhaltsvorschuss, Kindertagespflege or Hilfe zur Erziehung.
pub(super) fn jugendhilfe(ctx: &mut Ctx) -> Draft {
    let (child, girl) = ctx.child_name();
    let poss = if girl { "meine Tochter" } else { "meinen Sohn" };
    let mut d = Draft::private(ctx);
    match ctx.below(3) {
        0 => {
            let born = ctx.day_before(365 * 2, 365 * 11);
            let other = ctx.other_person();
            d.subject = ctx
                .pick(&[
                    "Antrag auf Unterhaltsvorschuss",
                    "Unterhaltsvorschuss für mein Kind",
                    "Unterhalt für mein Kind – Antrag",
                ])
                .to_string();
            d.para(format!(
                "{} für {poss} {child}, geboren am {born}.",
                ctx.pick(&[
                    "hiermit beantrage ich Unterhaltsvorschuss",
                    "ich möchte Unterhaltsvorschuss beantragen, und zwar",
                    "bitte prüfen Sie meinen Anspruch auf Unterhaltsvorschuss"
                ])
            ));
            d.para(match ctx.below(3) {
                0 => format!(
                    "Der Vater des Kindes, Herr {}, zahlt seit {} keinen Unterhalt mehr. Mehrere \
                     Aufforderungen sind ohne Antwort geblieben.",
                    other.last,
                    ctx.before(60, 200).month_name()
                ),
                1 => "Der Vater ist unbekannt verzogen; seine aktuelle Anschrift kenne ich nicht. \
                      Unterhalt hat er nur unregelmäßig und seit Monaten gar nicht mehr gezahlt."
                    .to_string(),
                _ => format!(
                    "Wir leben seit dem {} getrennt. Der andere Elternteil ist nach eigener \
                     Auskunft nicht leistungsfähig.",
                    ctx.day_before(100, 700)
                ),
            });
            d.para(ctx.pick(&[
                "Ich bin alleinerziehend und arbeite in Teilzeit. Mein Kind lebt ausschließlich in \
                 meinem Haushalt.",
                "Das Kindergeld erhalte ich. Weitere Leistungen für das Kind bekomme ich nicht.",
                "Eine Beistandschaft besteht bisher nicht; ich wäre für eine Beratung dankbar.",
            ]));
            d.attachments = vec!["Geburtsurkunde".into(), "Meldebescheinigung".into()];
        }
        1 => {
            let born = ctx.day_before(300, 900);
            let start = ctx.after(30, 120);
            let carer = ctx.other_person();
            let hours = ctx.int(20, 40);
            d.subject = ctx
                .pick(&[
                    "Förderung in Kindertagespflege",
                    "Antrag auf Kindertagespflege",
                    "Betreuungsplatz für mein Kind",
                ])
                .to_string();
            d.para(format!(
                "für {poss} {child} (geboren am {born}) beantrage ich ab dem {} eine Förderung in \
                 der Kindertagespflege.",
                ctx.day(start)
            ));
            d.para(match ctx.below(2) {
                0 => format!(
                    "Frau {} in {} hat sich bereit erklärt, {child} zu betreuen. Sie verfügt über \
                     eine gültige Pflegeerlaubnis.",
                    carer.last, ctx.town.name
                ),
                _ => "Bisher haben wir keine Tagesmutter gefunden. Ich bitte daher auch um \
                      Vermittlung eines Platzes in der Nähe unseres Wohnorts."
                    .to_string(),
            });
            d.para(format!(
                "Ich arbeite ab {} wieder {hours} Stunden pro Woche. Die Betreuung wird daher \
                 montags bis freitags vormittags benötigt.",
                start.month_name()
            ));
            d.attachments = vec!["Arbeitgeberbescheinigung".into()];
        }
        _ => {
            let age = ctx.int(9, 16);
            d.subject = ctx
                .pick(&[
                    "Antrag auf Hilfe zur Erziehung",
                    "Bitte um Unterstützung für unsere Familie",
                    "Hilfe zur Erziehung für unser Kind",
                ])
                .to_string();
            d.para(format!(
                "seit einigen Monaten haben wir zu Hause große Schwierigkeiten mit {} {child} \
                 ({age} Jahre). {} geht kaum noch zur Schule und zieht sich völlig zurück.",
                if girl {
                    "unserer Tochter"
                } else {
                    "unserem Sohn"
                },
                if girl { "Sie" } else { "Er" }
            ));
            d.para(ctx.pick(&[
                "Die Schulsozialarbeiterin hat uns geraten, uns an Sie zu wenden. Wir haben das \
                 Gefühl, allein nicht mehr weiterzukommen.",
                "Gespräche mit der Klassenlehrerin und dem Kinderarzt haben bisher nicht \
                 geholfen. Wir wissen nicht mehr weiter.",
            ]));
            d.para(format!(
                "Wir beantragen deshalb Hilfe zur Erziehung, zum Beispiel in Form einer \
                 {}. Für ein Gespräch kommen wir gerne in Ihre Dienststelle.",
                ctx.pick(&[
                    "Erziehungsbeistandschaft",
                    "sozialpädagogischen Familienhilfe",
                    "Erziehungsberatung"
                ])
            ));
        }
    }
    d.core_done();
    if ctx.chance(0.5) {
        d.para(format!(
            "{} Am besten bin ich {} erreichbar.",
            ctx.pick(&[
                "Für Rückfragen stehe ich gerne zur Verfügung.",
                "Fehlende Unterlagen reiche ich umgehend nach.",
                "Bitte teilen Sie mir mit, ob ein persönlicher Termin nötig ist."
            ]),
            ctx.pick(&["nachmittags", "per E-Mail", "vormittags", "nach 17 Uhr"])
        ));
    }
    d.offer([
        "Unser Familienalltag ist durch meine Schichtarbeit ohnehin sehr angespannt.",
        "Ich bin für jede Beratung dankbar, gerne auch telefonisch.",
        "Eine Kopie meines Personalausweises lege ich bei.",
        "Unsere Anschrift ist seit der Geburt des Kindes unverändert.",
    ]);
    d
}

/// Residence permits: extension, settlement permit, new passport, family reunion.
pub(super) fn aufenthalt(ctx: &mut Ctx) -> Draft {
    let (first, female) = ctx.pick(FOREIGN_FIRST);
    let last = ctx.pick(FOREIGN_LAST);
    let name = format!("{first} {last}");
    let mut d = Draft::private(ctx);
    d.sender_name = vec![name.clone()];
    d.signature = vec![name];
    let years = ctx.int(3, 12);
    let job = ctx.pick(&[
        "Pflegefachkraft in einem Seniorenheim",
        "Fachkraft für Lagerlogistik",
        "Koch in einem Hotel",
        "Softwareentwickler",
        "Elektriker in einem Handwerksbetrieb",
        "Busfahrer",
    ]);
    let expiry = ctx.day_after(30, 100);
    match ctx.below(4) {
        0 => {
            d.subject = ctx
                .pick(&[
                    "Verlängerung meiner Aufenthaltserlaubnis",
                    "Antrag auf Verlängerung des Aufenthaltstitels",
                ])
                .to_string();
            d.para(format!(
                "meine Aufenthaltserlaubnis läuft am {expiry} ab. Hiermit beantrage ich \
                 rechtzeitig die Verlängerung."
            ));
            d.para(format!(
                "Ich arbeite seit {years} Jahren als {job}; mein Arbeitsvertrag ist unbefristet. \
                 Eine aktuelle Bescheinigung meines Arbeitgebers liegt bei."
            ));
        }
        1 => {
            d.subject = "Antrag auf Niederlassungserlaubnis".to_string();
            d.para(format!(
                "ich lebe seit {years} Jahren in Deutschland und besitze eine \
                 Aufenthaltserlaubnis. Nun möchte ich eine Niederlassungserlaubnis beantragen."
            ));
            d.para(ctx.pick(&[
                "Den Integrationskurs habe ich abgeschlossen und die Prüfung Deutsch-Test für \
                 Zuwanderer auf dem Niveau B1 bestanden. Das Zertifikat füge ich bei.",
                "Ich habe mehr als 60 Monate Beiträge zur Rentenversicherung gezahlt. Der \
                 Versicherungsverlauf liegt diesem Schreiben bei.",
            ]));
            d.para(format!(
                "Ich bin als {job} beschäftigt und verdiene meinen Lebensunterhalt selbst."
            ));
        }
        2 => {
            d.subject = ctx
                .pick(&[
                    "Neuer Reisepass – Übertrag des Aufenthaltstitels",
                    "Mein neuer Pass",
                ])
                .to_string();
            d.para(format!(
                "mein Reisepass ist abgelaufen; das Konsulat hat mir am {} einen neuen Pass \
                 ausgestellt.",
                ctx.day_before(5, 40)
            ));
            d.para(
                "Ich bitte darum, meinen elektronischen Aufenthaltstitel auf den neuen Pass \
                 umzuschreiben bzw. neu auszustellen. Eine Kopie des neuen Passes liegt bei.",
            );
        }
        _ => {
            let spouse = if female {
                "mein Ehemann"
            } else {
                "meine Ehefrau"
            };
            d.subject = "Familiennachzug – Frage zur Aufenthaltserlaubnis".to_string();
            d.para(format!(
                "{spouse} und unsere beiden Kinder leben noch in meinem Heimatland. Sie möchten \
                 zu mir nach {} ziehen.",
                ctx.town.name
            ));
            d.para(format!(
                "Ich besitze eine Aufenthaltserlaubnis, die bis zum {expiry} gültig ist, und \
                 arbeite seit {years} Jahren als {job}. Welche Unterlagen benötigen Sie für die \
                 Zustimmung zum Visum?"
            ));
        }
    }
    d.para(ctx.pick(&[
        "Bitte teilen Sie mir einen Termin in Ihrer Dienststelle mit. Vormittags kann ich mir \
         freinehmen.",
        "Ich bitte um eine kurze Nachricht, welche Unterlagen noch fehlen und wann ich \
         vorsprechen soll.",
        "Meine Wohnung habe ich nicht gewechselt; die Anschrift oben ist aktuell.",
        "Für eine schnelle Bearbeitung wäre ich sehr dankbar, weil mein Arbeitgeber einen \
         gültigen Nachweis verlangt.",
    ]));
    if ctx.chance(0.5) {
        d.attachments = vec!["Kopie des Reisepasses".into(), "biometrisches Foto".into()];
    }
    d.offer([
        "Meine Meldebescheinigung und den aktuellen Mietvertrag bringe ich zum Termin mit.",
        "Ich spreche gut Deutsch; ein Dolmetscher ist nicht nötig.",
        "Meine Krankenversicherung besteht seit meiner Einreise ohne Unterbrechung.",
        "Bitte schicken Sie mir die Einladung an die oben genannte Anschrift.",
        "In meiner Freizeit helfe ich in einem Sportverein mit und habe hier viele Freunde.",
    ]);
    d
}
