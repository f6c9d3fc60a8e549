//! Fixed RFC 2822 dates for generated mails, taken from the letter's date line.

const GERMAN_MONTHS: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// RFC 2822 date for a letter dated `place_date` ("Tübingen, 3. März 2025"): that day at a
/// seed-dependent office hour, with the German UTC offset (+0200 from April to October, roughly
/// CEST, else +0100). Falls back to 3 March 2025 if the line has another form.
pub(crate) fn mail_date(place_date: &str, seed: u64) -> String {
    let hour = 7 + seed % 10;
    let minute = seed.wrapping_mul(7) % 60;
    let second = seed.wrapping_mul(13) % 60;
    mail_date_at(place_date, hour, minute, second)
}

/// Like [`mail_date`] at a given time of day.
pub(crate) fn mail_date_at(place_date: &str, hour: u64, minute: u64, second: u64) -> String {
    let (day, month, year) = parse_german_date(place_date).unwrap_or((3, 3, 2025));
    let offset = if (4..=10).contains(&month) {
        "+0200"
    } else {
        "+0100"
    };
    format!(
        "{}, {day} {} {year} {hour:02}:{minute:02}:{second:02} {offset}",
        WEEKDAYS[weekday(year, month, day)],
        MONTHS[month as usize - 1]
    )
}

/// "…, 3. März 2025" → (3, 3, 2025).
fn parse_german_date(place_date: &str) -> Option<(u32, u32, i64)> {
    let date = place_date.rsplit_once(", ").map_or(place_date, |(_, d)| d);
    let mut words = date.split_whitespace();
    let day: u32 = words.next()?.trim_end_matches('.').parse().ok()?;
    let month_name = words.next()?;
    let month = GERMAN_MONTHS.iter().position(|m| *m == month_name)? as u32 + 1;
    let year: i64 = words.next()?.parse().ok()?;
    (1..=31).contains(&day).then_some((day, month, year))
}

/// Seconds since 1970 of an RFC 2822 date as [`mail_date_at`] writes it
/// ("Fri, 14 Mar 2025 09:12:07 +0100"); `None` for other forms.
pub(crate) fn unix_seconds(rfc2822: &str) -> Option<i64> {
    let mut w = rfc2822.split_whitespace().skip(1);
    let day: u32 = w.next()?.parse().ok()?;
    let month_name = w.next()?;
    let month = MONTHS.iter().position(|m| *m == month_name)? as u32 + 1;
    let year: i64 = w.next()?.parse().ok()?;
    let mut hms = w.next()?.split(':').map(|p| p.parse::<i64>().ok());
    let (h, m, s) = (hms.next()??, hms.next()??, hms.next()??);
    let offset = w.next()?;
    let sign = if offset.starts_with('-') { -1 } else { 1 };
    let off: i64 = offset.get(1..)?.parse().ok()?;
    let offset_secs = sign * ((off / 100) * 3600 + (off % 100) * 60);
    Some(days_from_civil(year, month, day) * 86_400 + h * 3600 + m * 60 + s - offset_secs)
}

/// Day of the week, 0 = Monday, via days since 1970-01-01 (a Thursday).
fn weekday(year: i64, month: u32, day: u32) -> usize {
    (days_from_civil(year, month, day) + 3).rem_euclid(7) as usize
}

/// Days since 1970-01-01.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    // Howard Hinnant's days_from_civil.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_are_right() {
        assert_eq!(WEEKDAYS[weekday(1970, 1, 1)], "Thu");
        assert_eq!(WEEKDAYS[weekday(2025, 3, 14)], "Fri");
        assert_eq!(WEEKDAYS[weekday(2024, 2, 29)], "Thu");
    }

    #[test]
    fn rfc2822_dates_read_back_as_seconds() {
        assert_eq!(unix_seconds("Thu, 1 Jan 1970 01:00:00 +0100"), Some(0));
        assert_eq!(
            unix_seconds("Fri, 14 Mar 2025 09:14:26 +0100"),
            Some(1_741_940_066)
        );
        assert_eq!(unix_seconds("gestern"), None);
    }

    #[test]
    fn date_follows_the_letter() {
        assert_eq!(
            mail_date("Tübingen, 14. März 2025", 2),
            "Fri, 14 Mar 2025 09:14:26 +0100"
        );
        assert_eq!(
            mail_date("Dahn, 3. Juli 2024", 0),
            "Wed, 3 Jul 2024 07:00:00 +0200"
        );
    }
}
