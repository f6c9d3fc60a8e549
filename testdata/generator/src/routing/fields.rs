//! Printed forms of the fields a mailroom extracts: IBAN, Leitweg-ID, euro amounts and vehicle
//! plates, with valid check digits where the format has them.

use rand::Rng;
use rand_chacha::ChaCha8Rng;

/// Remainder modulo 97 of the decimal number spelled by `digits` (ASCII digits only).
fn mod97(digits: &str) -> u32 {
    digits
        .bytes()
        .fold(0, |r, b| (r * 10 + u32::from(b - b'0')) % 97)
}

/// Expands letters to two-digit numbers (A = 10 … Z = 35) as ISO 7064 and ISO 13616 require.
///
/// # Panics
/// On characters other than ASCII digits and letters.
fn expand(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        match c {
            '0'..='9' => out.push(c),
            'A'..='Z' | 'a'..='z' => {
                let value = c.to_ascii_uppercase() as u32 - 'A' as u32 + 10;
                out.push_str(&value.to_string());
            }
            _ => panic!("{text:?}: only ASCII letters and digits are allowed"),
        }
    }
    out
}

/// A German IBAN (compact, no spaces) for an 18-digit BBAN (8-digit Bankleitzahl followed by a
/// 10-digit account number), with check digits per ISO 13616: `98 - (BBAN + "DE00") mod 97`,
/// letters counted as A = 10 … Z = 35.
///
/// # Panics
/// If `bban` is not 18 ASCII digits.
pub fn iban_from_bban(bban: &str) -> String {
    assert!(
        bban.len() == 18 && bban.bytes().all(|b| b.is_ascii_digit()),
        "a German BBAN has 18 digits: {bban:?}"
    );
    let remainder = mod97(&expand(&format!("{bban}DE00")));
    format!("DE{:02}{bban}", 98 - remainder)
}

/// Whether `iban` (compact or grouped) passes the ISO 13616 check: moving the first four
/// characters to the end gives a number that is 1 modulo 97.
pub fn iban_is_valid(iban: &str) -> bool {
    let compact: String = iban.chars().filter(|c| !c.is_whitespace()).collect();
    compact.len() > 4
        && compact.chars().all(|c| c.is_ascii_alphanumeric())
        && mod97(&expand(&format!("{}{}", &compact[4..], &compact[..4]))) == 1
}

/// Groups an IBAN in blocks of four as printed on letters: "DE12 3456 7890 1234 5678 90".
pub(crate) fn grouped_iban(iban: &str) -> String {
    let chars: Vec<char> = iban.chars().collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Check digits of a Leitweg-ID for the concatenation of its coarse and fine address (the parts
/// before the check digits, hyphens are ignored): ISO/IEC 7064 MOD 97-10, letters counted as
/// A = 10 … Z = 35, check = 98 - (number × 100 mod 97), always two digits.
///
/// `leitweg_check_digits("040110001234512345")` is `"06"` (the example
/// `04011000-1234512345-06`).
///
/// # Panics
/// On characters other than ASCII letters, digits and hyphens.
pub fn leitweg_check_digits(grob_fein: &str) -> String {
    let compact: String = grob_fein.chars().filter(|&c| c != '-').collect();
    let remainder = mod97(&format!("{}00", expand(&compact)));
    format!("{:02}", 98 - remainder)
}

/// Whether a printed Leitweg-ID `grob[-fein]-pp` is well-formed and its check digits verify:
/// the whole code without hyphens is 1 modulo 97 (ISO 7064).
pub fn leitweg_id_is_valid(id: &str) -> bool {
    let parts: Vec<&str> = id.split('-').collect();
    let (grob, fein, check) = match parts.as_slice() {
        [g, c] => (*g, "", *c),
        [g, f, c] => (*g, *f, *c),
        _ => return false,
    };
    let grob_ok = (2..=12).contains(&grob.len()) && grob.bytes().all(|b| b.is_ascii_digit());
    let fein_ok = fein.len() <= 30
        && fein
            .bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase());
    let check_ok = check.len() == 2 && check.bytes().all(|b| b.is_ascii_digit());
    grob_ok && fein_ok && check_ok && mod97(&expand(&format!("{grob}{fein}{check}"))) == 1
}

/// A Leitweg-ID of the county (coarse address 07137000, the official municipality key of the
/// Landkreis Mayen-Koblenz), with a fine address chosen by `rng` (sometimes none).
pub(crate) fn county_leitweg_id(rng: &mut ChaCha8Rng) -> String {
    const FINE: &[&str] = &[
        "", "RECH01", "KV20", "FB2", "0001", "KAEM", "E2026", "SCHULEN",
    ];
    let fine = FINE[rng.random_range(0..FINE.len())];
    let base = if fine.is_empty() {
        "07137000".to_string()
    } else {
        format!("07137000-{fine}")
    };
    format!("{base}-{}", leitweg_check_digits(&base))
}

/// How a letter prints euro amounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AmountStyle {
    /// "1.234,56 €"
    EuroSign,
    /// "1.234,56 EUR"
    Eur,
    /// "€ 1.234,56"
    EuroFirst,
}

/// Formats `cents` in German notation in the given style.
pub(crate) fn amount(cents: i64, style: AmountStyle) -> String {
    assert!(cents >= 0, "negative amounts are not printed");
    let units = (cents / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in units.chars().enumerate() {
        if i > 0 && (units.len() - i).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(c);
    }
    let number = format!("{grouped},{:02}", cents % 100);
    match style {
        AmountStyle::EuroSign => format!("{number} €"),
        AmountStyle::Eur => format!("{number} EUR"),
        AmountStyle::EuroFirst => format!("€ {number}"),
    }
}

/// District codes of plates issued in and around the county.
const DISTRICTS: &[&str] = &["MYK", "KO", "AW", "MY", "NR"];
/// Letters used in the middle part of plates (no umlauts; I, O and Q are avoided as many
/// registration offices do).
const PLATE_LETTERS: &[u8] = b"ABCDEFGHJKLMNPRSTUVWXYZ";
/// Letter groups that are not issued.
const BANNED: &[&str] = &["HJ", "KZ", "NS", "SA", "SS", "HH", "AH"];

/// A German vehicle plate such as "MYK-AB 123", "KO-XY 4711" or "AW-R 12E" (electric), at most
/// eight characters without the separators.
pub(crate) fn vehicle_plate(rng: &mut ChaCha8Rng) -> String {
    let district = DISTRICTS[rng.random_range(0..DISTRICTS.len())];
    loop {
        let letter_count = rng.random_range(1..=2);
        let letters: String = (0..letter_count)
            .map(|_| PLATE_LETTERS[rng.random_range(0..PLATE_LETTERS.len())] as char)
            .collect();
        let electric = rng.random_bool(0.15);
        let room = 8 - district.len() - letters.len() - usize::from(electric);
        let digit_count = rng.random_range(1..=room.min(4));
        let number =
            rng.random_range(10u32.pow(digit_count as u32 - 1)..10u32.pow(digit_count as u32));
        if BANNED.contains(&letters.as_str()) {
            continue;
        }
        let suffix = if electric { "E" } else { "" };
        return format!("{district}-{letters} {number}{suffix}");
    }
}

/// A random 18-digit German BBAN: an 8-digit Bankleitzahl (first digit 1–8) and a 10-digit
/// account number.
pub(crate) fn random_bban(rng: &mut ChaCha8Rng) -> String {
    let blz = rng.random_range(10_000_000u64..90_000_000);
    let account = rng.random_range(0u64..10_000_000_000);
    format!("{blz}{account:010}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn iban_check_digits_match_published_examples() {
        // The example IBAN of the German Bundesbank / ISO 13616 literature:
        // DE89 3704 0044 0532 0130 00.
        assert_eq!(
            iban_from_bban("370400440532013000"),
            "DE89370400440532013000"
        );
        assert!(iban_is_valid("DE89 3704 0044 0532 0130 00"));
        assert!(!iban_is_valid("DE88 3704 0044 0532 0130 00"));
        assert_eq!(
            grouped_iban("DE89370400440532013000"),
            "DE89 3704 0044 0532 0130 00"
        );
    }

    #[test]
    fn random_ibans_validate_and_single_digit_errors_are_caught() {
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        for _ in 0..500 {
            let bban = random_bban(&mut rng);
            let iban = iban_from_bban(&bban);
            assert_eq!(iban.len(), 22);
            assert!(iban_is_valid(&iban), "{iban}");
            let mut wrong: Vec<u8> = iban.clone().into_bytes();
            let i = rng.random_range(4..22);
            wrong[i] = b'0' + (wrong[i] - b'0' + 1) % 10;
            assert!(!iban_is_valid(std::str::from_utf8(&wrong).unwrap()));
        }
    }

    /// Published Leitweg-IDs: `04011000-1234512345-06` is the example of the KoSIT format
    /// specification (quoted as such in Apache Commons Validator's MOD 97-10 tests),
    /// `04011000-12345ABCXYZ-86` the alphanumeric example of the German Wikipedia article
    /// (quoted there too), `992-90009-96` a further one from those tests, and `991-33333TEST-33`
    /// the widely used test Leitweg-ID of the federal invoice portal.
    #[test]
    fn leitweg_check_digits_match_published_examples() {
        assert_eq!(leitweg_check_digits("040110001234512345"), "06");
        assert_eq!(leitweg_check_digits("04011000-12345ABCXYZ"), "86");
        assert_eq!(leitweg_check_digits("99290009"), "96");
        assert_eq!(leitweg_check_digits("991-33333TEST"), "33");
        for id in [
            "04011000-1234512345-06",
            "04011000-12345ABCXYZ-86",
            "992-90009-96",
            "991-33333TEST-33",
        ] {
            assert!(leitweg_id_is_valid(id), "{id}");
        }
        assert!(!leitweg_id_is_valid("04011000-1234512345-07"));
        assert!(
            !leitweg_id_is_valid("04011000-12345abcxyz-86"),
            "fine part is uppercase"
        );
        assert!(
            !leitweg_id_is_valid("0-12345-06"),
            "coarse part has 2 to 12 digits"
        );
    }

    #[test]
    fn county_leitweg_ids_verify() {
        let mut rng = ChaCha8Rng::seed_from_u64(2);
        for _ in 0..100 {
            let id = county_leitweg_id(&mut rng);
            assert!(id.starts_with("07137000-"), "{id}");
            assert!(leitweg_id_is_valid(&id), "{id}");
        }
    }

    #[test]
    fn amounts_in_three_styles() {
        assert_eq!(amount(123_456, AmountStyle::EuroSign), "1.234,56 €");
        assert_eq!(amount(23_400, AmountStyle::Eur), "234,00 EUR");
        assert_eq!(amount(9_990, AmountStyle::EuroFirst), "€ 99,90");
        assert_eq!(amount(5, AmountStyle::EuroSign), "0,05 €");
        assert_eq!(amount(100_000_000, AmountStyle::Eur), "1.000.000,00 EUR");
    }

    #[test]
    fn plates_have_the_german_shape() {
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        for _ in 0..500 {
            let plate = vehicle_plate(&mut rng);
            let (district, rest) = plate.split_once('-').expect("hyphen");
            let (letters, number) = rest.split_once(' ').expect("space");
            assert!(DISTRICTS.contains(&district), "{plate}");
            assert!((1..=2).contains(&letters.len()), "{plate}");
            assert!(letters.bytes().all(|b| b.is_ascii_uppercase()), "{plate}");
            let digits = number.trim_end_matches('E');
            assert!(
                (1..=4).contains(&digits.len()) && !digits.starts_with('0'),
                "{plate}"
            );
            assert!(digits.bytes().all(|b| b.is_ascii_digit()), "{plate}");
            assert!(
                district.len() + letters.len() + number.len() <= 8,
                "{plate}"
            );
        }
    }
}
