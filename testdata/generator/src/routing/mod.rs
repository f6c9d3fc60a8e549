//! Routing corpus: German letters to the Kreisverwaltung Mayen-Koblenz for every document class
//! and department, with the expected routing and the expected extracted fields.
//!
//! [`routed_letter`] writes a deterministic letter of a [`Topic`]; its [`RoutedLetter`] carries
//! the department and class mailroom should assign and the [`ExpectedFields`] it should extract
//! (letter date, IBAN, amounts, Leitweg-ID, vehicle plate, court reference, Aktenzeichen, sender
//! postcode and town).
//!
//! Wording contract (checked by this module's tests for every topic and many seeds, on
//! [`Letter::text`] and on the rendered page texts including continuation paragraphs): a letter
//! contains at least one of its topic's [`Topic::triggers`] and no trigger of an earlier topic;
//! letters of topics without a rule contain no trigger at all. Comparison is case-insensitive
//! substring matching. The recipient block never contains a trigger word.
//!
//! Letters vary a lot between seeds (scenarios, alternative sentences, optional paragraphs,
//! paragraph order, names, towns, date and amount formats, salutations and closings) so that
//! held-out seeds can measure a classifier. Every letter fits on one page.

mod ctx;
mod dates;
mod fields;
mod letters;
mod topics;
mod towns;

#[cfg(test)]
mod tests;

pub use fields::{iban_from_bban, iban_is_valid, leitweg_check_digits, leitweg_id_is_valid};
pub use topics::Topic;
pub use towns::{Town, TOWNS};

use crate::letter::Letter;
use ctx::{Ctx, Draft};
use dates::DateStyle;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

/// The county administration every letter is addressed to.
pub const COUNTY_NAME: &str = "Kreisverwaltung Mayen-Koblenz";
const COUNTY_STREET: &str = "Bahnhofstraße 9";
const COUNTY_CITY: &str = "56068 Koblenz";

/// The field values mailroom should extract from a routing-corpus letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectedFields {
    /// The letter's own date (from the place/date line), ISO `yyyy-mm-dd`. Other dates in the
    /// body (a Bescheid's date, a deadline, a birthday) always differ from it.
    pub letter_date: String,
    /// The IBAN, compact without spaces (printed in groups of four).
    pub iban: Option<String>,
    /// Every euro amount printed in the letter, in cents, each distinct printed amount once, in
    /// order of first appearance.
    pub amounts_cents: Vec<i64>,
    /// The Leitweg-ID as printed, e.g. "07137000-RECH01-42".
    pub leitweg_id: Option<String>,
    /// The vehicle plate as printed, e.g. "MYK-AB 123".
    pub plate: Option<String>,
    /// A court file reference as printed, e.g. "3 K 1234/25" or "S 7 AS 310/25".
    pub court_reference: Option<String>,
    /// An administrative Aktenzeichen as printed, without its label, e.g. "70-12/2026".
    pub file_reference: Option<String>,
    /// Postcode of the sender (the "PLZ Ort" line of the sender block).
    pub sender_postcode: String,
    /// Town of the sender.
    pub sender_town: String,
}

/// A routing-corpus letter with its expected routing and fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoutedLetter {
    /// The letter; render it with [`crate::born_digital_pdf`] or [`crate::render_scan`] (it fits
    /// on one page; layouts fill the rest of a page with continuation paragraphs).
    pub letter: Letter,
    /// What the letter is about.
    pub topic: Topic,
    /// Department id from mailroom's `config/departments.toml`, e.g. "51" or "JA-AND".
    pub expected_department: &'static str,
    /// Document class, e.g. "Antrag"; equals `topic.class()`.
    pub expected_class: &'static str,
    /// The fields mailroom should extract.
    pub fields: ExpectedFields,
}

/// Deterministic letter of `topic`; the sender town is chosen from [`TOWNS`] by seed (ten
/// consecutive seeds cover every town).
pub fn routed_letter(topic: Topic, seed: u64) -> RoutedLetter {
    routed_letter_from(topic, seed, town_for(topic, seed))
}

/// The same, with the sender in a given town (for the postcode rule test). With the town that
/// [`routed_letter`] would choose, the result is identical.
pub fn routed_letter_from(topic: Topic, seed: u64, town: &Town) -> RoutedLetter {
    let mut ctx = Ctx::new(ChaCha8Rng::seed_from_u64(mix(topic, seed)), town);
    let draft = letters::write(topic, &mut ctx);
    assemble(topic, &mut ctx, draft)
}

/// Every topic for every seed in `seeds`, topic-major.
pub fn routing_corpus(seeds: std::ops::Range<u64>) -> Vec<RoutedLetter> {
    Topic::all()
        .iter()
        .flat_map(|&topic| seeds.clone().map(move |seed| routed_letter(topic, seed)))
        .collect()
}

/// The sender town [`routed_letter`] uses for `(topic, seed)`.
pub fn town_for(topic: Topic, seed: u64) -> &'static Town {
    let offset = 3 * topic.index() as u64;
    &TOWNS[(seed.wrapping_add(offset) % TOWNS.len() as u64) as usize]
}

/// Seed of the letter's random generator (SplitMix64 finaliser over seed and topic).
fn mix(topic: Topic, seed: u64) -> u64 {
    let mut z = seed ^ ((topic.index() as u64 + 1) << 56);
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The recipient line naming the topic's own department, where that is natural and contains no
/// trigger word.
fn designation(topic: Topic, department: &str) -> Option<&'static str> {
    match topic {
        Topic::Gerichtspost => Some("Rechtsamt"),
        Topic::Rechnung | Topic::Mahnung => Some("Kämmerei"),
        Topic::Bewerbung => Some("Personalamt"),
        Topic::Bussgeld => Some("Bußgeldstelle"),
        Topic::Jugendhilfe if department == "51" => Some("Jugendamt"),
        Topic::Aufenthalt => Some("Ausländerbehörde"),
        Topic::Bauantrag => Some("Bauaufsicht"),
        Topic::Gesundheit => Some("Gesundheitsamt"),
        Topic::Wohngeld => Some("Sozialamt"),
        Topic::Beschwerde => Some("Bürgerservice"),
        _ => None,
    }
}

/// Turns a draft into a letter: sender and recipient blocks, place/date line, subject,
/// salutation and closing, all varied by the context's generator.
fn assemble(topic: Topic, ctx: &mut Ctx, draft: Draft) -> RoutedLetter {
    let department = topic.department_for(ctx.town);

    let mut sender = draft.sender_name.clone();
    sender.push(ctx.street.clone());
    sender.push(ctx.town.postcode_line());
    let is_person = draft.sender_name == draft.signature;
    if is_person && ctx.chance(0.3) {
        sender.push(format!(
            "E-Mail: {}@example.org",
            mail_local_part(&draft.sender_name[0])
        ));
    } else if draft.business && ctx.chance(0.5) {
        let local = ctx.pick(&["info", "kontakt", "service", "buero"]);
        let domain = ctx.pick(&["example.com", "example.net"]);
        sender.push(format!("E-Mail: {local}@{domain}"));
    } else if !draft.business && ctx.chance(0.2) {
        sender.push(format!(
            "Telefon {} {}",
            towns::area_code(ctx.town),
            ctx.int(10_000, 999_999)
        ));
    }

    let clerk = ctx.chance(0.2).then(|| ctx.other_person());
    let mut recipient: Vec<String> = match (designation(topic, department), ctx.below(4)) {
        (Some(unit), 3) => vec![COUNTY_NAME.into(), format!("– {unit} –")],
        (_, 0) => vec!["Landkreis Mayen-Koblenz".into(), "Kreisverwaltung".into()],
        (_, 1) => vec!["An die".into(), COUNTY_NAME.into()],
        _ => vec![COUNTY_NAME.into()],
    };
    if let Some(clerk) = &clerk {
        recipient.push(format!("z. Hd. {}", clerk.addressed()));
    }
    recipient.push(COUNTY_STREET.into());
    recipient.push(COUNTY_CITY.into());

    let style = ctx.pick(&[
        DateStyle::Numeric,
        DateStyle::Numeric,
        DateStyle::Long,
        DateStyle::Long,
        DateStyle::Short,
        DateStyle::Unpadded,
    ]);
    let date = ctx.date.format(style);
    let place_date = match ctx.below(4) {
        0 | 1 => format!("{}, {date}", ctx.town.name),
        2 => format!("{}, den {date}", ctx.town.name),
        _ => date,
    };

    let subject = if ctx.chance(0.3) {
        format!("Betreff: {}", draft.subject)
    } else {
        draft.subject.clone()
    };

    let salutation = match (&draft.salutation, &clerk) {
        (Some(fixed), _) => fixed.clone(),
        (None, Some(clerk)) => format!(
            "Sehr {} {},",
            if clerk.female {
                "geehrte Frau"
            } else {
                "geehrter Herr"
            },
            clerk.last
        ),
        (None, None) => {
            let mut options = vec![
                "Sehr geehrte Damen und Herren,",
                "Sehr geehrte Damen und Herren,",
                "Guten Tag,",
            ];
            if !draft.formal && !draft.business {
                options.push("Sehr geehrtes Team der Kreisverwaltung,");
                options.push("Hallo,");
            }
            ctx.pick(&options).to_string()
        }
    };

    let greeting = if draft.formal {
        ctx.pick(&["Mit freundlichen Grüßen", "Hochachtungsvoll"])
    } else if draft.business {
        ctx.pick(&[
            "Mit freundlichen Grüßen",
            "Freundliche Grüße",
            "Mit besten Grüßen",
        ])
    } else {
        ctx.pick(&[
            "Mit freundlichen Grüßen",
            "Mit freundlichen Grüßen",
            "Freundliche Grüße",
            "Mit freundlichem Gruß",
            "Viele Grüße",
        ])
    };
    let mut closing = vec![greeting.to_string(), String::new()];
    closing.extend(draft.signature.iter().cloned());
    if !draft.attachments.is_empty() {
        let label = if draft.attachments.len() == 1 {
            "Anlage"
        } else {
            "Anlagen"
        };
        closing.push(String::new());
        closing.push(format!("{label}: {}", draft.attachments.join(", ")));
    }

    let mut letter = Letter {
        sender,
        recipient,
        place_date,
        subject,
        salutation,
        paragraphs: draft.paragraphs,
        closing,
    };
    fill_page(ctx, &mut letter, draft.extras, draft.extras_at);
    let text = letter.text();
    let mut amounts: Vec<(usize, i64)> = Vec::new();
    for (cents, printed) in &draft.found.amounts {
        let at = find_field(&text, printed)
            .unwrap_or_else(|| panic!("amount {printed} is not printed in {topic:?}"));
        if !amounts.iter().any(|&(pos, _)| pos == at) {
            amounts.push((at, *cents));
        }
    }
    amounts.sort_unstable();
    let found = draft.found;
    RoutedLetter {
        topic,
        expected_department: department,
        expected_class: topic.class(),
        fields: ExpectedFields {
            letter_date: ctx.date.iso(),
            iban: found.iban,
            amounts_cents: amounts.into_iter().map(|(_, cents)| cents).collect(),
            leitweg_id: found.leitweg_id,
            plate: found.plate,
            court_reference: found.court_reference,
            file_reference: found.file_reference,
            sender_postcode: ctx.town.postcode.to_string(),
            sender_town: ctx.town.name.to_string(),
        },
        letter,
    }
}

/// Adds one to four of the optional paragraphs, in random order and as long as the letter stays
/// on one page, joining up to three of them into one paragraph now and then.
fn fill_page(ctx: &mut Ctx, letter: &mut Letter, mut extras: Vec<String>, at: Option<usize>) {
    ctx.shuffle(&mut extras);
    // A random subset only, so that letters of a topic do not converge on the same extras.
    extras.truncate(ctx.int(1, 4) as usize);
    let mut at = at
        .unwrap_or(letter.paragraphs.len().saturating_sub(1))
        .max(1);
    // The paragraph extras are currently appended to, and how many it holds.
    let mut open: Option<(usize, usize)> = None;
    for extra in extras {
        let join = ctx.chance(0.6);
        match open {
            Some((index, count)) if join && count < 3 => {
                let before = std::mem::take(&mut letter.paragraphs[index]);
                letter.paragraphs[index] = format!("{before} {extra}");
                if crate::layout::fits(letter, 1) {
                    open = Some((index, count + 1));
                } else {
                    letter.paragraphs[index] = before;
                }
            }
            _ => {
                letter.paragraphs.insert(at, extra);
                if crate::layout::fits(letter, 1) {
                    open = Some((at, 1));
                    at += 1;
                } else {
                    letter.paragraphs.remove(at);
                }
            }
        }
    }
}

/// "Käthe Müller" → "kaethe.mueller".
fn mail_local_part(name: &str) -> String {
    let mut out = String::new();
    for c in name.to_lowercase().chars() {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            'ã' => out.push('a'),
            ' ' | '-' => out.push('.'),
            c if c.is_ascii_alphanumeric() => out.push(c),
            _ => {}
        }
    }
    out
}

/// Byte offset of the first occurrence of `field` in `text` that stands on its own: not glued
/// to a preceding letter, digit or number separator, nor followed by a letter or digit (a
/// sentence-ending period or comma is fine).
pub(crate) fn find_field(text: &str, field: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(offset) = text[from..].find(field) {
        let start = from + offset;
        let end = start + field.len();
        let before = text[..start].chars().next_back();
        let mut after = text[end..].chars();
        let next = after.next();
        let next2 = after.next();
        let glued_before =
            before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | ',' | '-' | '/'));
        let glued_after = next.is_some_and(|c| c.is_alphanumeric())
            || (matches!(next, Some('.' | ',' | '/' | '-'))
                && next2.is_some_and(|c| c.is_alphanumeric()));
        if !glued_before && !glued_after {
            return Some(start);
        }
        from = start + field.chars().next().map_or(1, char::len_utf8);
    }
    None
}
