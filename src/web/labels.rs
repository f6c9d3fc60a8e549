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
        "leitweg_id" => "Leitweg-ID",
        "plate" => "Kennzeichen",
        "sender" => "Absender",
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
        for name in crate::extract::FIELD_NAMES {
            assert_ne!(field_label(name), *name, "no German label for field {name}");
        }
    }

    #[test]
    fn sizes_read_in_german() {
        assert_eq!(size(999), "999 Bytes");
        assert_eq!(size(1_234_567), "1,2 MB");
    }
}
