//! The per-letter random context and the draft a topic writer fills in.

use super::dates::{DateStyle, Day};
use super::fields::{self, AmountStyle};
use super::towns::{Town, FEMALE, LAST, MALE, STREETS};
use rand::seq::SliceRandom;
use rand::Rng;
use rand_chacha::ChaCha8Rng;

/// A person with a salutation-relevant gender.
#[derive(Debug, Clone)]
pub(crate) struct Person {
    pub first: String,
    pub last: String,
    pub female: bool,
}

impl Person {
    pub(crate) fn full(&self) -> String {
        format!("{} {}", self.first, self.last)
    }

    /// "Frau Müller" / "Herrn Müller" (accusative/dative form).
    pub(crate) fn addressed(&self) -> String {
        format!(
            "{} {}",
            if self.female { "Frau" } else { "Herrn" },
            self.last
        )
    }
}

/// Randomness and the facts shared by all parts of one letter.
pub(crate) struct Ctx<'t> {
    rng: ChaCha8Rng,
    pub town: &'t Town,
    /// The private sender (or the signing person of a company or law firm).
    pub person: Person,
    /// Street and house number of the sender.
    pub street: String,
    /// The letter's own date (printed in the place/date line).
    pub date: Day,
    /// How dates in the body are printed.
    body_dates: DateStyle,
    /// How amounts are printed.
    amounts: AmountStyle,
}

impl<'t> Ctx<'t> {
    pub(crate) fn new(mut rng: ChaCha8Rng, town: &'t Town) -> Ctx<'t> {
        let person = random_person(&mut rng);
        let street = format!(
            "{} {}",
            STREETS[rng.random_range(0..STREETS.len())],
            house_number(&mut rng)
        );
        // Letters are dated between 1 October 2025 and the end of 2026.
        let date = Day::new(2025, 10, 1).plus_days(rng.random_range(0..455));
        let body_dates = if rng.random_bool(0.5) {
            DateStyle::Long
        } else {
            DateStyle::Numeric
        };
        let amounts = [
            AmountStyle::EuroSign,
            AmountStyle::Eur,
            AmountStyle::EuroFirst,
        ][rng.random_range(0..3)];
        Ctx {
            rng,
            town,
            person,
            street,
            date,
            body_dates,
            amounts,
        }
    }

    /// Direct access to the generator (for the field helpers).
    pub(crate) fn rng(&mut self) -> &mut ChaCha8Rng {
        &mut self.rng
    }

    /// A number in `0..n`.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        self.rng.random_range(0..n)
    }

    /// A number in `lo..=hi`.
    pub(crate) fn int(&mut self, lo: i64, hi: i64) -> i64 {
        self.rng.random_range(lo..=hi)
    }

    /// True with probability `p`.
    pub(crate) fn chance(&mut self, p: f64) -> bool {
        self.rng.random_bool(p)
    }

    /// One of `items`.
    pub(crate) fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    /// Shuffles `items` in place.
    pub(crate) fn shuffle<T>(&mut self, items: &mut [T]) {
        items.shuffle(&mut self.rng);
    }

    /// Another invented person (a child, a client, a clerk ...).
    pub(crate) fn other_person(&mut self) -> Person {
        random_person(&mut self.rng)
    }

    /// A first name only, e.g. for a child.
    pub(crate) fn child_name(&mut self) -> (String, bool) {
        let female = self.chance(0.5);
        let pool = if female { FEMALE } else { MALE };
        (self.pick(pool).to_string(), female)
    }

    /// A day between `min` and `max` days before the letter date.
    pub(crate) fn before(&mut self, min: i64, max: i64) -> Day {
        let n = self.int(min, max);
        self.date.plus_days(-n)
    }

    /// A day between `min` and `max` days after the letter date.
    pub(crate) fn after(&mut self, min: i64, max: i64) -> Day {
        let n = self.int(min, max);
        self.date.plus_days(n)
    }

    /// A printed day between `min` and `max` days before the letter date.
    pub(crate) fn day_before(&mut self, min: i64, max: i64) -> String {
        let day = self.before(min, max);
        self.day(day)
    }

    /// A printed day between `min` and `max` days after the letter date.
    pub(crate) fn day_after(&mut self, min: i64, max: i64) -> String {
        let day = self.after(min, max);
        self.day(day)
    }

    /// A date as printed in the body of this letter.
    pub(crate) fn day(&self, day: Day) -> String {
        day.format(self.body_dates)
    }

    /// An amount as printed in this letter, recorded in `found`.
    pub(crate) fn money(&self, cents: i64, found: &mut Found) -> String {
        let printed = fields::amount(cents, self.amounts);
        found.amounts.push((cents, printed.clone()));
        printed
    }

    /// Year of the letter date, two digits.
    pub(crate) fn yy(&self) -> i64 {
        self.date.year % 100
    }
}

fn random_person(rng: &mut ChaCha8Rng) -> Person {
    let female = rng.random_bool(0.5);
    let pool = if female { FEMALE } else { MALE };
    Person {
        first: pool[rng.random_range(0..pool.len())].to_string(),
        last: LAST[rng.random_range(0..LAST.len())].to_string(),
        female,
    }
}

fn house_number(rng: &mut ChaCha8Rng) -> String {
    let n = rng.random_range(1..=88);
    if rng.random_bool(0.15) {
        format!("{n}{}", ["a", "b", "c"][rng.random_range(0..3)])
    } else {
        n.to_string()
    }
}

/// Field values a topic writer printed, collected for [`super::ExpectedFields`].
#[derive(Debug, Clone, Default)]
pub(crate) struct Found {
    /// Compact IBAN.
    pub iban: Option<String>,
    /// (cents, as printed) for every amount, in the order they were produced.
    pub amounts: Vec<(i64, String)>,
    pub leitweg_id: Option<String>,
    pub plate: Option<String>,
    pub court_reference: Option<String>,
    pub file_reference: Option<String>,
}

impl Found {
    /// Records a fresh valid IBAN and returns it in printed (grouped) form.
    pub(crate) fn new_iban(&mut self, rng: &mut ChaCha8Rng) -> String {
        let iban = fields::iban_from_bban(&fields::random_bban(rng));
        let printed = fields::grouped_iban(&iban);
        self.iban = Some(iban);
        printed
    }
}

/// What a topic writer produces; `super::assemble` turns it into a letter.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    /// Sender lines above the street: a person's name, or a company / law firm.
    pub sender_name: Vec<String>,
    /// Subject line without a "Betreff:" prefix (added by chance when assembling).
    pub subject: String,
    /// A fixed salutation, or `None` for the generic choice.
    pub salutation: Option<String>,
    /// Body paragraphs; the first one continues the salutation (starts in lower case unless
    /// it starts with a noun or a formal pronoun).
    pub paragraphs: Vec<String>,
    /// Signature lines below the greeting.
    pub signature: Vec<String>,
    /// Optional topic paragraphs, added in random order as long as the letter still fits on one
    /// page (so letters fill about a page and need few continuation paragraphs).
    pub extras: Vec<String>,
    /// Where the extras go; `None` puts them before the last paragraph.
    pub extras_at: Option<usize>,
    /// Enclosures, listed in an "Anlage(n):" line when non-empty.
    pub attachments: Vec<String>,
    /// Whether a strictly formal greeting ("Hochachtungsvoll") fits.
    pub formal: bool,
    /// Whether the sender is a business (changes greetings and the contact line).
    pub business: bool,
    pub found: Found,
}

impl Draft {
    /// A draft from the context's private person.
    pub(crate) fn private(ctx: &Ctx) -> Draft {
        Draft {
            sender_name: vec![ctx.person.full()],
            subject: String::new(),
            salutation: None,
            paragraphs: Vec::new(),
            extras: Vec::new(),
            extras_at: None,
            signature: vec![ctx.person.full()],
            attachments: Vec::new(),
            formal: false,
            business: false,
            found: Found::default(),
        }
    }

    /// A draft from a company, signed by the context's person on its behalf.
    pub(crate) fn company(ctx: &Ctx, company: String, role: &str) -> Draft {
        Draft {
            sender_name: vec![company],
            signature: vec![format!("i. A. {}", ctx.person.full()), role.to_string()],
            business: true,
            ..Draft::private(ctx)
        }
    }

    pub(crate) fn para(&mut self, text: impl Into<String>) {
        self.paragraphs.push(text.into());
    }

    /// Marks the end of the core paragraphs: extras go here, before closing remarks.
    pub(crate) fn core_done(&mut self) {
        self.extras_at = Some(self.paragraphs.len());
    }

    /// Offers optional paragraphs (see [`Draft::extras`]).
    pub(crate) fn offer<S: Into<String>>(&mut self, extras: impl IntoIterator<Item = S>) {
        self.extras.extend(extras.into_iter().map(Into::into));
    }
}
