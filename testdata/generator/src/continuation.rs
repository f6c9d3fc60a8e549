//! Extra paragraphs appended when a letter is too short for the requested number of pages.
//!
//! Multi-page scans need every page to carry real text, but templates only hold a page or so.
//! Instead of repeating the letter verbatim (which would make per-page ground truth ambiguous),
//! the layout continues with these topic-neutral paragraphs, starting at a letter-dependent
//! offset and cycling when exhausted.

use crate::letter::Letter;

/// Paragraphs written from the point of view of a private person ("ich").
const PRIVATE: &[&str] = &[
    "Ergänzend weise ich darauf hin, dass sich meine Bankverbindung nicht geändert hat. Etwaige \
     Erstattungen überweisen Sie bitte weiterhin auf das Ihnen bekannte Konto. Sollten Sie hierfür \
     eine gesonderte Bestätigung benötigen, reiche ich diese gerne nach.",
    "Sollten für die weitere Bearbeitung zusätzliche Unterlagen oder Nachweise erforderlich sein, \
     bitte ich um einen kurzen Hinweis mit Angabe einer angemessenen Frist. Ich werde die \
     Unterlagen dann umgehend zusammenstellen und im Bürgerbüro abgeben oder per Post übersenden.",
    "Ich bitte außerdem darum, mir den Eingang dieses Schreibens kurz schriftlich zu bestätigen. \
     In der Vergangenheit sind Schreiben leider mehrfach verloren gegangen, sodass ich auf eine \
     Eingangsbestätigung großen Wert lege.",
    "Mit der elektronischen Übermittlung von Bescheiden und Mitteilungen an meine E-Mail-Adresse \
     bin ich ausdrücklich einverstanden. Eine Zustellung auf dem Postweg ist selbstverständlich \
     ebenfalls möglich; bitte verwenden Sie dann die oben genannte Anschrift.",
    "Für ein persönliches Gespräch stehe ich gerne zur Verfügung. Am besten erreichen Sie mich \
     dienstags und donnerstags zwischen 8 und 12 Uhr. Bitte berücksichtigen Sie, dass ich vom \
     14. bis zum 25. Juli urlaubsbedingt abwesend bin.",
    "Hinsichtlich der Gebühren für die Bearbeitung bitte ich um eine vorherige Mitteilung, falls \
     Kosten von mehr als 50 Euro entstehen sollten. Eine Übersicht über die aktuelle \
     Gebührenordnung Ihres Hauses habe ich auf Ihrer Internetseite leider nicht gefunden.",
    "Die Angaben in diesem Schreiben habe ich nach bestem Wissen und Gewissen gemacht. Mir ist \
     bekannt, dass unrichtige oder unvollständige Angaben rechtliche Folgen haben können und dass \
     Änderungen der Verhältnisse unverzüglich mitzuteilen sind.",
    "Abschließend möchte ich mich für die bisher stets freundliche und zügige Bearbeitung meiner \
     Anliegen durch Ihre Mitarbeiterinnen und Mitarbeiter bedanken. Gerade bei Rückfragen am \
     Telefon habe ich mich immer gut beraten gefühlt.",
    "Während meiner Abwesenheit ist mein Nachbar, Herr Günther Schößler, berechtigt, Post für mich \
     entgegenzunehmen. Eine entsprechende Vollmacht mit seiner Unterschrift liegt diesem Schreiben \
     in Kopie bei.",
    "Für die Prüfung der Größe und Lage des Grundstücks verweise ich auf den beigefügten Auszug \
     aus dem Liegenschaftskataster. Die dort eingetragenen Flächenangaben sind nach meiner \
     Kenntnis weiterhin zutreffend und vollständig.",
];

/// Paragraphs written from the point of view of a company ("wir").
const BUSINESS: &[&str] = &[
    "Bitte geben Sie bei der Zahlung unbedingt die Rechnungsnummer an, damit wir Ihre Überweisung \
     eindeutig zuordnen können. Zahlungen ohne Verwendungszweck führen erfahrungsgemäß zu \
     Rückfragen und Verzögerungen in unserer Buchhaltung.",
    "Die Gewährleistung für die ausgeführten Arbeiten beträgt vier Jahre ab Abnahme. Die Abnahme \
     erfolgte am Tag der Fertigstellung durch Ihren Hausmeister, Herrn Jäger, der das \
     Abnahmeprotokoll unterzeichnet hat.",
    "Für die kommende Heizperiode empfehlen wir, die Umwälzpumpen im Heizraum gegen \
     Hocheffizienzpumpen auszutauschen. Gerne erstellen wir Ihnen hierzu ein unverbindliches \
     Angebot einschließlich einer Berechnung der zu erwartenden Einsparung.",
    "Bei Rückfragen zu dieser Rechnung wenden Sie sich bitte an unsere Buchhaltung, Frau Bärbel \
     Schütz, montags bis freitags von 8 bis 12 Uhr. Technische Fragen beantwortet Ihnen gerne \
     unser Kundendienstleiter.",
    "Wir bedanken uns für die gute Zusammenarbeit mit Ihrem Gebäudemanagement und die \
     reibungslose Abstimmung der Termine mit der Schulleitung. Die Arbeiten konnten dadurch \
     vollständig außerhalb der Unterrichtszeiten durchgeführt werden.",
    "Bitte beachten Sie, dass sich unsere Bankverbindung zum 1. Januar geändert hat. \
     Überweisungen auf das alte Konto bei der Volksbank werden nur noch bis zum Ende des \
     Quartals weitergeleitet.",
    "Die Messprotokolle der Abgasmessung wurden dem zuständigen Bezirksschornsteinfeger \
     übermittelt. Alle gemessenen Werte lagen deutlich unter den zulässigen Grenzwerten; \
     Mängel an den Anlagen wurden nicht festgestellt.",
];

/// The letter's own paragraphs followed by an endless, deterministic stream of continuations.
pub(crate) fn body_paragraphs(letter: &Letter) -> impl Iterator<Item = &str> {
    let pool = if letter.closing.iter().any(|l| l.ends_with("GmbH")) {
        BUSINESS
    } else {
        PRIVATE
    };
    // Start at a letter-dependent offset so different letters do not all continue alike.
    let offset = letter.subject.len() % pool.len();
    letter
        .paragraphs
        .iter()
        .map(String::as_str)
        .chain(pool.iter().cycle().skip(offset).copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_with_own_paragraphs_then_continues_forever() {
        let letter = Letter::sample(3);
        let body: Vec<&str> = body_paragraphs(&letter).take(40).collect();
        assert_eq!(body.len(), 40);
        assert_eq!(body[0], letter.paragraphs[0]);
        assert!(PRIVATE.contains(&body[letter.paragraphs.len()]));
    }

    #[test]
    fn companies_continue_in_the_first_person_plural() {
        let invoice = Letter::sample(2);
        let next = body_paragraphs(&invoice)
            .nth(invoice.paragraphs.len())
            .unwrap();
        assert!(BUSINESS.contains(&next));
    }
}
