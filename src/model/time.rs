//! Times of receipt are stored in UTC and shown in Europe/Berlin, the administration's time.

use jiff::tz::TimeZone;
pub use jiff::Timestamp;

/// The current time.
pub fn now() -> Timestamp {
    Timestamp::now()
}

/// The storage form: RFC 3339 in UTC with fixed microsecond precision, so that text order is
/// time order (`2026-11-21T09:39:00.123456Z`).
pub fn format_utc(ts: Timestamp) -> String {
    ts.strftime("%Y-%m-%dT%H:%M:%S.%6fZ").to_string()
}

/// Serialises a time in the storage form (for `#[serde(serialize_with = ...)]`), as every
/// JSON answer writes times.
pub fn serialize_utc<S: serde::Serializer>(ts: &Timestamp, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format_utc(*ts))
}

/// Parses the storage form (any RFC 3339 timestamp is accepted).
pub fn parse_utc(s: &str) -> Result<Timestamp, jiff::Error> {
    s.parse()
}

/// Local time in Berlin for people: `21.11.2026 10:39:00 MEZ` (summer: `MESZ`, the German
/// names; the tz database's abbreviations are English).
pub fn format_berlin(ts: Timestamp) -> String {
    let tz = TimeZone::get("Europe/Berlin").expect("bundled tz database has Europe/Berlin");
    let local = ts.to_zoned(tz);
    let zone = match local.offset().seconds() {
        3600 => "MEZ".to_string(),
        7200 => "MESZ".to_string(),
        _ => local.strftime("%Z").to_string(),
    };
    format!("{} {zone}", local.strftime("%d.%m.%Y %H:%M:%S"))
}

/// A stored time (`format_utc` form) for people, or the text as it is if it is no time.
pub fn format_berlin_text(stored: &str) -> String {
    parse_utc(stored).map_or_else(|_| stored.to_string(), format_berlin)
}

/// A calendar date (`2027-01-02`, as stored for deadlines) for people: `02.01.2027`. Text that
/// is no such date is returned as it is.
pub fn format_date_de(iso: &str) -> String {
    match iso.parse::<jiff::civil::Date>() {
        Ok(d) => d.strftime("%d.%m.%Y").to_string(),
        Err(_) => iso.to_string(),
    }
}

/// The day in Berlin for lists: `21.11.2026`.
pub fn format_berlin_date(ts: Timestamp) -> String {
    let tz = TimeZone::get("Europe/Berlin").expect("bundled tz database has Europe/Berlin");
    ts.to_zoned(tz).strftime("%d.%m.%Y").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn storage_form_is_sortable_and_round_trips() {
        let ts: Timestamp = "2026-11-21T09:39:00.5Z".parse().unwrap();
        let s = format_utc(ts);
        assert_eq!(s, "2026-11-21T09:39:00.500000Z");
        assert_eq!(parse_utc(&s).unwrap(), ts);
    }

    #[test]
    fn berlin_time_respects_summer_and_winter_time() {
        let winter: Timestamp = "2026-11-21T09:39:00Z".parse().unwrap();
        assert_eq!(format_berlin(winter), "21.11.2026 10:39:00 MEZ");
        let summer: Timestamp = "2026-07-01T09:00:00Z".parse().unwrap();
        assert_eq!(format_berlin(summer), "01.07.2026 11:00:00 MESZ");
        assert_eq!(
            format_berlin_text("2026-07-01T09:00:00.000000Z"),
            "01.07.2026 11:00:00 MESZ"
        );
        assert_eq!(format_berlin_text("gestern"), "gestern");
    }

    #[test]
    fn dates_for_people_are_day_month_year() {
        assert_eq!(format_date_de("2027-01-02"), "02.01.2027");
        assert_eq!(format_date_de("bald"), "bald");
    }
}
