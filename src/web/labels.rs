//! Words and formats people read on the pages: states, field names, decision sources, dates
//! in Europe/Berlin, sizes.

use crate::app::routing::STATES;
use crate::model::{format_date_de, Timestamp};

/// An inbox state as a choice in a form.
pub struct StateChoice {
    pub key: &'static str,
    pub label: &'static str,
}

pub fn state_label(state: &str) -> &str {
    match state {
        "neu" => "neu",
        "in_bearbeitung" => "in Bearbeitung",
        "erledigt" => "erledigt",
        "weitergeleitet" => "weitergeleitet",
        "triage" => "in der Poststelle (Triage)",
        other => other,
    }
}

/// Every state a person may set, in order.
pub fn state_choices() -> Vec<StateChoice> {
    STATES
        .iter()
        .map(|&key| StateChoice {
            key,
            label: state_label(key),
        })
        .collect()
}

/// Date and time of day in Berlin, as a clerk reads a receipt stamp: `04.12.2026 14:03`.
pub fn berlin_minute(ts: Timestamp) -> String {
    let tz = jiff::tz::TimeZone::get("Europe/Berlin").expect("bundled tz database");
    ts.to_zoned(tz).strftime("%d.%m.%Y %H:%M").to_string()
}

/// Today in Berlin, ISO (`2026-12-04`), to compare stored deadlines with.
pub fn today_iso() -> String {
    let tz = jiff::tz::TimeZone::get("Europe/Berlin").expect("bundled tz database");
    crate::model::now()
        .to_zoned(tz)
        .strftime("%Y-%m-%d")
        .to_string()
}

/// A deadline for people and whether it has passed (while the work is still open).
pub fn deadline(iso: Option<&str>, state: Option<&str>, today: &str) -> (String, bool) {
    match iso {
        Some(d) => {
            let open = !matches!(state, Some("erledigt" | "weitergeleitet"));
            (format_date_de(d), open && d < today)
        }
        None => (String::new(), false),
    }
}

/// An extracted field's name in German.
pub fn field_label(name: &str) -> &str {
    match name {
        "date" => "Datum",
        "letter_date" => "Briefdatum",
        "subject" => "Betreff",
        "file_reference" => "Aktenzeichen",
        "court_reference" => "Gerichtsaktenzeichen",
        "iban" => "IBAN",
        "amount" => "Betrag",
        "sender_postcode" => "PLZ des Absenders",
        "sender_town" => "Ort des Absenders",
        "municipality" => "Gemeinde",
        "residence" => "Wohnort der betroffenen Person",
        "leitweg_id" => "Leitweg-ID",
        "plate" => "Kennzeichen",
        "sender" => "Absender",
        "invoice.profile" => "E-Rechnung: Profil",
        "invoice.number" => "E-Rechnung: Nummer",
        "invoice.issue_date" => "E-Rechnung: Datum",
        "invoice.type_code" => "E-Rechnung: Art",
        "invoice.currency" => "E-Rechnung: Währung",
        "invoice.due_date" => "E-Rechnung: fällig am",
        "invoice.buyer_reference" => "E-Rechnung: Leitweg-ID",
        "invoice.order_reference" => "E-Rechnung: Bestellnummer",
        "invoice.seller.name" => "E-Rechnung: Verkäufer",
        "invoice.seller.id" => "E-Rechnung: Kennung des Verkäufers",
        "invoice.seller.vat_id" => "E-Rechnung: USt-IdNr. des Verkäufers",
        "invoice.buyer.name" => "E-Rechnung: Käufer",
        "invoice.iban" => "E-Rechnung: IBAN",
        "invoice.totals.net" => "E-Rechnung: netto",
        "invoice.totals.tax" => "E-Rechnung: Umsatzsteuer",
        "invoice.totals.gross" => "E-Rechnung: brutto",
        "invoice.totals.due" => "E-Rechnung: Zahlbetrag",
        "invoice.checks" => "E-Rechnung: Prüfung",
        other => other,
    }
}

/// Who or what made a routing decision.
pub fn source_label(source: &str) -> &str {
    match source {
        "rule" => "Regel",
        "model" => "gelerntes Modell",
        "triage" => "Triage (keine sichere Zuordnung)",
        "manual" => "von Hand",
        "separator" => "Trennblatt",
        "invoice" => "E-Rechnung (Leitweg-ID und Prüfung)",
        other => other,
    }
}

/// A configured department as people name it: `20 Kämmerei`.
pub fn department_name(d: &crate::config::Department) -> String {
    format!("{} {}", d.id, d.name)
}

/// A department as people name it: `20 Kämmerei` (the code alone if it is not configured).
pub fn department(app: &crate::http::AppState, id: &str) -> String {
    app.departments()
        .and_then(|d| d.get(id).map(department_name))
        .unwrap_or_else(|| id.to_string())
}

/// Every department as a choice: id and the name people know it by.
pub fn department_choices(app: &crate::http::AppState) -> Vec<(String, String)> {
    app.departments()
        .map(|d| {
            d.list
                .iter()
                .map(|d| (d.id.clone(), department_name(d)))
                .collect()
        })
        .unwrap_or_default()
}

/// A file size for people: `1,2 MB`.
pub fn size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["Bytes", "KB", "MB", "GB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1000.0 && unit + 1 < UNITS.len() {
        value /= 1000.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} Bytes")
    } else {
        format!("{value:.1} {}", UNITS[unit]).replace('.', ",")
    }
}

/// A quarantine reason (by its stable code, see `stage::Reason::code`) in German: what is
/// wrong, and what the mail room can do. The stored reason (English, with the technical
/// detail) is shown beside it.
pub fn quarantine_help(code: &str) -> Option<(&'static str, &'static str)> {
    Some(match code {
        "empty" => ("Die Datei ist leer.", "Meist ein abgebrochener Scan oder eine abgebrochene Kopie: Brief neu scannen, diesen Eintrag verwerfen."),
        "file_too_large" => ("Die Datei ist größer als erlaubt.", "Den Stapel in kleineren Teilen scannen, oder (wenn solche Dateien zu erwarten sind) limits.max_file_mb erhöhen und erneut verarbeiten."),
        "unsupported_type" => ("Diese Dateiart kann nicht gelesen werden.", "Gelesen werden PDF, Bilder (TIFF, PNG, JPEG, BMP, GIF, WebP), Text- und RTF-Dateien und E-Mails. Datei als PDF drucken oder scannen und die korrigierte Datei hochladen; sonst verwerfen."),
        "corrupt" => ("Die Datei ist beschädigt oder unvollständig.", "Datei herunterladen und öffnen. War sie abgeschnitten: neu scannen oder kopieren und die korrigierte Datei hochladen."),
        "encrypted" => ("Die Datei ist mit einem Passwort geschützt.", "Beim Absender eine ungeschützte Fassung anfordern oder ausdrucken und scannen; die korrigierte Datei hochladen."),
        "too_many_pages" => ("Die Datei hat mehr Seiten als erlaubt.", "Den Stapel in kleineren Teilen scannen, oder limits.max_pages erhöhen und erneut verarbeiten."),
        "page_too_large" => ("Eine Seite ist zu groß (Auflösung).", "Mit üblicher Auflösung (200–400 dpi) neu scannen, oder limits.max_page_megapixels erhöhen und erneut verarbeiten."),
        "unreadable" => ("Keine Seite der Datei war lesbar.", "Datei herunterladen und prüfen; neu scannen oder umwandeln und die korrigierte Datei hochladen, sonst verwerfen."),
        "page_timeout" => ("Die Texterkennung einer Seite dauerte zu lange.", "Oft ein verrauschtes oder riesiges Bild: die Seite neu scannen, oder limits.page_timeout_secs erhöhen und erneut verarbeiten."),
        "timeout" => ("Das Lesen der Datei dauerte zu lange.", "Die Datei ist wahrscheinlich beschädigt: herunterladen, prüfen, umwandeln und die korrigierte Datei hochladen."),
        "reader_crashed" => ("Die Datei löste beim Lesen einen internen Fehler aus.", "Bitte mit der Datei melden. Als PDF drucken und die korrigierte Datei hochladen."),
        "unparseable_mail" => ("Die Nachricht ist keine lesbare E-Mail.", "In einem E-Mail-Programm öffnen und prüfen; den Absender um erneutes Senden bitten."),
        "zip_refused" => ("Das Archiv wurde zum Schutz des Systems nicht entpackt.", "Auf einem sicheren Rechner von Hand entpacken und die Dateien einzeln einliefern, oder die Dokumente ohne Archiv anfordern."),
        "batch_not_split" => ("Der Stapel enthält Trennblätter und leere Seiten, aber keinen Brief.", "Stapel prüfen (falsch herum eingelegt? nur Trennblätter?), neu scannen und diesen Eintrag verwerfen."),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadlines_are_overdue_only_while_open() {
        assert_eq!(
            deadline(Some("2026-12-01"), Some("neu"), "2026-12-04"),
            ("01.12.2026".to_string(), true)
        );
        assert!(!deadline(Some("2026-12-01"), Some("erledigt"), "2026-12-04").1);
        assert!(!deadline(Some("2026-12-04"), Some("neu"), "2026-12-04").1);
        assert_eq!(deadline(None, None, "2026-12-04"), (String::new(), false));
    }

    #[test]
    fn every_field_has_a_german_name() {
        for name in crate::extract::FIELD_NAMES
            .iter()
            .chain(crate::model::INVOICE_FIELD_NAMES)
        {
            assert_ne!(field_label(name), *name, "no German label for field {name}");
        }
    }

    #[test]
    fn sizes_read_in_german() {
        assert_eq!(size(999), "999 Bytes");
        assert_eq!(size(1_234_567), "1,2 MB");
    }

    #[test]
    fn every_quarantine_reason_has_german_help() {
        use crate::stage::Reason as R;
        let s = String::new;
        for r in [
            R::Empty,
            R::FileTooLarge { size: 1, limit: 1 },
            R::UnsupportedType { detected: s() },
            R::Corrupt {
                format: "PDF",
                detail: s(),
            },
            R::Encrypted { format: "PDF" },
            R::TooManyPages { pages: 1, limit: 1 },
            R::PageTooLarge {
                page: 1,
                detail: s(),
            },
            R::Unreadable { detail: s() },
            R::PageTimeout {
                page: 1,
                seconds: 1,
            },
            R::Hang {
                step: "x",
                seconds: 1,
            },
            R::ReaderCrashed {
                step: "x",
                detail: s(),
            },
            R::Unparseable { detail: s() },
            R::ZipRefused { detail: s() },
            R::BatchNotSplit { detail: s() },
        ] {
            assert!(quarantine_help(r.code()).is_some(), "{}", r.code());
        }
        assert!(quarantine_help("gibt-es-nicht").is_none());
    }
}
