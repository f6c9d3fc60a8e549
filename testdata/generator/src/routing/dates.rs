//! Calendar days and the German date formats that letters print.

/// German month names.
pub(crate) const MONTHS: [&str; 12] = [
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

/// A day of the proleptic Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Day {
    pub year: i64,
    pub month: u32,
    pub day: u32,
}

/// How a date is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateStyle {
    /// "03.03.2026"
    Numeric,
    /// "3.3.2026"
    Unpadded,
    /// "03.03.26"
    Short,
    /// "3. März 2026"
    Long,
}

impl Day {
    pub(crate) fn new(year: i64, month: u32, day: u32) -> Day {
        let d = Day { year, month, day };
        assert_eq!(Day::from_days(d.days()), d, "invalid date {d:?}");
        d
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub(crate) fn days(self) -> i64 {
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = if m <= 2 { self.year - 1 } else { self.year };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Inverse of [`Day::days`] (Hinnant's `civil_from_days`).
    pub(crate) fn from_days(days: i64) -> Day {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Day { year, month, day }
    }

    /// The day `n` days later (earlier for negative `n`).
    pub(crate) fn plus_days(self, n: i64) -> Day {
        Day::from_days(self.days() + n)
    }

    /// ISO 8601, e.g. "2026-03-03".
    pub(crate) fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// German month name.
    pub(crate) fn month_name(self) -> &'static str {
        MONTHS[self.month as usize - 1]
    }

    pub(crate) fn format(self, style: DateStyle) -> String {
        let (y, m, d) = (self.year, self.month, self.day);
        match style {
            DateStyle::Numeric => format!("{d:02}.{m:02}.{y}"),
            DateStyle::Unpadded => format!("{d}.{m}.{y}"),
            DateStyle::Short => format!("{d:02}.{m:02}.{:02}", y % 100),
            DateStyle::Long => format!("{d}. {} {y}", self.month_name()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip_and_match_known_values() {
        assert_eq!(Day::new(1970, 1, 1).days(), 0);
        assert_eq!(Day::new(2000, 3, 1).days(), 11_017);
        assert_eq!(Day::new(2026, 1, 1).days(), 20_454);
        for n in 19_000..22_000 {
            assert_eq!(Day::from_days(n).days(), n);
        }
        assert_eq!(Day::new(2024, 2, 28).plus_days(1), Day::new(2024, 2, 29));
        assert_eq!(Day::new(2026, 2, 28).plus_days(1), Day::new(2026, 3, 1));
        assert_eq!(Day::new(2026, 1, 3).plus_days(-5), Day::new(2025, 12, 29));
    }

    #[test]
    fn german_formats() {
        let d = Day::new(2026, 3, 3);
        assert_eq!(d.format(DateStyle::Numeric), "03.03.2026");
        assert_eq!(d.format(DateStyle::Unpadded), "3.3.2026");
        assert_eq!(d.format(DateStyle::Short), "03.03.26");
        assert_eq!(d.format(DateStyle::Long), "3. März 2026");
        assert_eq!(Day::new(2026, 11, 21).iso(), "2026-11-21");
    }
}
