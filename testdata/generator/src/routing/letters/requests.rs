//! Job applications and replies in fine proceedings.

use super::super::ctx::{Ctx, Draft};
use super::super::fields::vehicle_plate;

/// Advertised posts: (title, what the work is about).
const POSTS: &[(&str, &str)] = &[
    (
        "Verwaltungsfachangestellte/r (m/w/d) im Bürgerservice",
        "den Kontakt mit Bürgerinnen und Bürgern",
    ),
    (
        "Sachbearbeiter/in (m/w/d) in der Führerscheinstelle",
        "sorgfältige Sachbearbeitung nach klaren Vorschriften",
    ),
    (
        "Auszubildende/r zur/zum Verwaltungsfachangestellten",
        "eine fundierte Ausbildung in der öffentlichen Verwaltung",
    ),
    (
        "Studierende/r im dualen Studium Öffentliche Verwaltung",
        "die Verbindung von Studium und Praxis",
    ),
    (
        "Hausmeister/in (m/w/d) für die kreiseigenen Schulen",
        "handwerkliche Arbeit mit viel Abwechslung",
    ),
    (
        "IT-Administrator/in (m/w/d)",
        "die Betreuung von Netzwerken und Arbeitsplätzen",
    ),
    (
        "Sozialarbeiter/in (m/w/d) im Allgemeinen Sozialen Dienst",
        "die Beratung von Familien in schwierigen Lagen",
    ),
];

/// A job application to the county's personnel office.
pub(super) fn bewerbung(ctx: &mut Ctx) -> Draft {
    let (post, appeal) = ctx.pick(POSTS);
    let code = format!("{}/{}", ctx.int(10, 99), ctx.date.year);
    let source = ctx.pick(&[
        "auf Ihrer Internetseite",
        "in der Tageszeitung",
        "im Amtsblatt der Verbandsgemeinde",
        "im Stellenportal der Agentur für Arbeit",
    ]);
    let years = ctx.int(2, 14);
    let female = ctx.person.female;
    let town = ctx.town.name;
    let mut d = Draft::private(ctx);
    let initiative = ctx.chance(0.2);
    d.subject = if initiative {
        "Initiativbewerbung".to_string()
    } else {
        match ctx.below(3) {
            0 => format!("Bewerbung als {post}"),
            1 => format!("Ihre Stellenausschreibung, Kennziffer {code}"),
            _ => format!("Bewerbung – Kennziffer {code}"),
        }
    };
    d.para(if initiative {
        format!(
            "ich bewerbe mich hiermit initiativ bei der Kreisverwaltung, da mich {appeal} \
             besonders anspricht und ich mich beruflich verändern möchte."
        )
    } else {
        match ctx.below(3) {
            0 => format!(
                "mit großem Interesse habe ich Ihre Ausschreibung {source} gelesen. Ich \
                 bewerbe mich hiermit um die Stelle als {post} (Kennziffer {code})."
            ),
            1 => format!(
                "auf Ihre Stellenanzeige {source} hin sende ich Ihnen meine Bewerbung als {post}. \
                 Die Kennziffer lautet {code}."
            ),
            _ => format!(
                "Ihre Ausschreibung {source} hat mich sofort angesprochen, denn {appeal} ist \
                 genau das, was ich suche. Ich bewerbe mich daher gerne als {post}."
            ),
        }
    });
    let (office, technical) = if female {
        ("zur Kauffrau", "zur Elektronikerin")
    } else {
        ("zum Kaufmann", "zum Elektroniker")
    };
    let mut middle = vec![match ctx.below(4) {
        0 => format!(
            "Nach meinem Realschulabschluss habe ich eine Ausbildung {office} für \
             Büromanagement abgeschlossen und arbeite seit {years} Jahren in der Verwaltung \
             eines mittelständischen Betriebs in {town}."
        ),
        1 => format!(
            "Derzeit besuche ich die zwölfte Klasse eines Gymnasiums und werde im Sommer {} \
             mein Abitur ablegen. In den Ferien habe ich bereits ein Praktikum im Rathaus \
             meiner Heimatgemeinde gemacht.",
            ctx.date.year + 1
        ),
        2 => format!(
            "Seit {years} Jahren bin ich bei einer Verbandsgemeindeverwaltung beschäftigt und \
             dort unter anderem für Meldeangelegenheiten und Gewerbeanzeigen zuständig."
        ),
        _ => format!(
            "Nach meiner Ausbildung {technical} habe ich {years} Jahre im Kundendienst \
             gearbeitet. Dabei habe ich gelernt, auch unter Zeitdruck ruhig und freundlich zu \
             bleiben."
        ),
    }];
    middle.push(
        ctx.pick(&[
            "Ich arbeite gerne im Team, bin zuverlässig und behalte auch an hektischen Tagen den \
             Überblick.",
            "Mir liegt daran, dass Menschen verständliche Auskünfte bekommen; Geduld und \
             Genauigkeit gehören für mich dazu.",
            "Eine sichere Stelle im öffentlichen Dienst in der Nähe meines Wohnorts wäre für mich \
             und meine Familie ideal.",
            "Mit den gängigen Büroprogrammen gehe ich sicher um, und ich lerne mich schnell in \
             neue Aufgaben ein.",
        ])
        .to_string(),
    );
    if ctx.chance(0.6) {
        middle.push(match ctx.below(3) {
            0 => format!(
                "Die Stelle könnte ich zum {} antreten.",
                ctx.day_after(40, 120)
            ),
            1 => "Meine Kündigungsfrist beträgt drei Monate zum Quartalsende.".to_string(),
            _ => "Gerne würde ich mit 30 Wochenstunden in Teilzeit arbeiten.".to_string(),
        });
    }
    ctx.shuffle(&mut middle[1..]);
    d.paragraphs.extend(middle);
    d.para(ctx.pick(&[
        "Meinen Lebenslauf und Kopien meiner Zeugnisse finden Sie in der Anlage. Über eine \
         Einladung zu einem Vorstellungsgespräch freue ich mich sehr.",
        "Lebenslauf und Zeugnisse lege ich bei. Ich freue mich darauf, Sie in einem persönlichen \
         Gespräch von mir zu überzeugen.",
        "Meine Unterlagen mit Lebenslauf, Zeugnissen und Nachweisen habe ich beigefügt. Für \
         Rückfragen bin ich jederzeit erreichbar.",
    ]));
    d.attachments = vec!["Lebenslauf".into(), "Zeugnisse".into()];
    if ctx.chance(0.5) {
        d.attachments.push(
            ctx.pick(&[
                "Praktikumsbescheinigung",
                "Führerschein (Kopie)",
                "Arbeitszeugnis",
            ])
            .into(),
        );
    }
    d.offer([
        "Ich besitze einen Führerschein der Klasse B und bin zeitlich flexibel.".to_string(),
        format!(
            "Ehrenamtlich engagiere ich mich seit Jahren in einem Sportverein in {town}, wo ich \
             eine Jugendgruppe betreue."
        ),
        "Gute Kenntnisse in Englisch sowie Grundkenntnisse in Französisch runden mein Profil ab."
            .to_string(),
        "Besonders wichtig ist mir ein respektvoller Umgang mit Kolleginnen, Kollegen und \
         Bürgern."
            .to_string(),
        "Ein Führungszeugnis kann ich kurzfristig vorlegen.".to_string(),
    ]);
    d
}

/// A reply to a hearing in fine proceedings, with plate and Aktenzeichen.
pub(super) fn bussgeld(ctx: &mut Ctx) -> Draft {
    let plate = vehicle_plate(ctx.rng());
    let az = match ctx.below(3) {
        0 => format!(
            "{:02}.{:06}.{}",
            ctx.yy(),
            ctx.int(1, 999_999),
            ctx.int(1, 9)
        ),
        1 => format!("36-OW-{:05}/{:02}", ctx.int(1, 99_999), ctx.yy()),
        _ => format!("OWi {:06}/{}", ctx.int(1, 999_999), ctx.date.year),
    };
    let offence_day = ctx.before(14, 50);
    let delay = ctx.int(5, 10);
    let letter_day = ctx.day(offence_day.plus_days(delay));
    let offence_day = ctx.day(offence_day);
    let time = format!("{}:{:02}", ctx.int(6, 21), ctx.int(0, 59));
    let place = ctx.pick(&[
        "Andernach",
        "Mayen",
        "Polch",
        "Mendig",
        "Weißenthurm",
        "Bendorf",
        "Ochtendung",
    ]);
    let offence = match ctx.below(4) {
        0 => format!(
            "am {offence_day} um {time} Uhr auf der {} bei {place} die zulässige \
             Höchstgeschwindigkeit um {} km/h überschritten zu haben",
            ctx.pick(&["B 9", "B 256", "B 262", "L 52", "K 23", "L 117"]),
            ctx.int(6, 31)
        ),
        1 => format!(
            "am {offence_day} gegen {time} Uhr in {place} im eingeschränkten Halteverbot geparkt zu haben"
        ),
        2 => format!(
            "am {offence_day} um {time} Uhr in {place} während der Fahrt ein Mobiltelefon benutzt zu haben"
        ),
        _ => format!("am {offence_day} in {place} eine rote Ampel missachtet zu haben"),
    };
    let mut d = Draft::private(ctx);
    d.found.plate = Some(plate.clone());
    d.found.file_reference = Some(az.clone());
    // Subjects name the plate early so that it never wraps.
    d.subject = match ctx.below(4) {
        0 => format!("Anhörungsbogen zum Fahrzeug {plate}, Az. {az}"),
        1 => format!("Kennzeichen {plate} – Aktenzeichen {az}"),
        2 => format!("Kennzeichen {plate}, Az. {az}"),
        _ => format!("Az. {az} ({plate})"),
    };
    d.para(match ctx.below(3) {
        0 => format!(
            "mit dem Anhörungsbogen vom {letter_day} werfen Sie mir vor, mit dem Fahrzeug mit dem \
             Kennzeichen {plate} {offence}."
        ),
        1 => format!(
            "ich habe Ihren Anhörungsbogen erhalten. Darin wird mir vorgeworfen, mit meinem Wagen \
             ({plate}) {offence}."
        ),
        _ => format!(
            "in dem Bußgeldverfahren wegen einer Ordnungswidrigkeit mit dem Fahrzeug {plate} \
             äußere ich mich wie folgt. Vorgeworfen wird mir, {offence}."
        ),
    });
    match ctx.below(5) {
        0 => {
            let driver = ctx.other_person();
            d.para(format!(
                "Ich war zu diesem Zeitpunkt nicht Fahrer des Fahrzeugs. Der Wagen wird \
                 regelmäßig auch von {} genutzt, {} Anschrift ich Ihnen gerne mitteile.",
                driver.full(),
                if driver.female { "deren" } else { "dessen" }
            ));
        }
        1 => {
            let fine = ctx.pick(&[2000, 3000, 3500, 5500]);
            let printed = ctx.money(fine, &mut d.found);
            d.para(format!(
                "Den Verstoß räume ich ein. Ich bitte jedoch darum, das Verwarnungsgeld von \
                 {printed} in zwei Raten zahlen zu dürfen, da ich derzeit nur wenig verdiene."
            ));
        }
        2 => d.para(
            "Ich hatte einen gültigen Parkschein gelöst, der gut sichtbar hinter der \
             Windschutzscheibe lag. Eine Kopie des Parkscheins füge ich bei.",
        ),
        3 => d.para(
            "Bevor ich mich zur Sache äußere, bitte ich um Übersendung des Messfotos sowie des \
             Messprotokolls. Auf dem Foto in Ihrem Schreiben ist die fahrende Person nicht zu \
             erkennen.",
        ),
        _ => d.para(
            "Ich war auf dem Weg in die Notaufnahme, weil sich mein Kind schwer verletzt hatte. \
             Eine Bescheinigung des Krankenhauses reiche ich nach.",
        ),
    }
    d.core_done();
    if ctx.chance(0.6) {
        d.para(ctx.pick(&[
            "Ich bitte darum, das Verfahren einzustellen.",
            "Bitte berücksichtigen Sie, dass ich seit über zwanzig Jahren unfallfrei fahre und \
             bisher nie aufgefallen bin.",
            "Den ausgefüllten Fragebogen habe ich beigelegt; die Angaben zur Person sind \
             vollständig.",
            "Für Rückfragen erreichen Sie mich am besten schriftlich unter der oben genannten \
             Anschrift.",
        ]));
    }
    d.offer([
        "Das Fahrzeug ist auf mich zugelassen, wird aber von mehreren Personen in unserer \
         Familie genutzt.",
        "Die Beschilderung an der betreffenden Stelle ist nach meiner Erinnerung schlecht zu \
         erkennen.",
        "Im Übrigen bitte ich um Akteneinsicht, bevor eine Entscheidung getroffen wird.",
        "Im Fahreignungsregister ist für mich kein Eintrag vorhanden; ich bitte, dies zu \
         berücksichtigen.",
    ]);
    d
}
