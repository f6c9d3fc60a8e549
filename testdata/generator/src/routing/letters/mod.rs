//! Topic writers: one function per [`Topic`], each filling a [`Draft`] with varied wording.
//!
//! Every writer draws its sentences from several alternatives, adds optional paragraphs and
//! varies names, places, dates and numbers, so letters of one topic differ substantially between
//! seeds. The trigger-word contract of [`Topic`] is checked by the tests in `routing::tests`.

mod citizen;
mod legal;
mod money;
mod permits;
mod requests;
mod residents;
mod unruled;

use super::ctx::{Ctx, Draft};
use super::fields::leitweg_id_is_valid;
use super::topics::Topic;

/// Writes the body of a letter of `topic`.
pub(crate) fn write(topic: Topic, ctx: &mut Ctx) -> Draft {
    match topic {
        Topic::Gerichtspost => legal::gerichtspost(ctx),
        Topic::Widerspruch => legal::widerspruch(ctx),
        Topic::Rechnung => money::rechnung(ctx),
        Topic::Mahnung => money::mahnung(ctx),
        Topic::Bewerbung => requests::bewerbung(ctx),
        Topic::Bussgeld => requests::bussgeld(ctx),
        Topic::Jugendhilfe => residents::jugendhilfe(ctx),
        Topic::Aufenthalt => residents::aufenthalt(ctx),
        Topic::Bauantrag => permits::bauantrag(ctx),
        Topic::Gesundheit => permits::gesundheit(ctx),
        Topic::Wohngeld => permits::wohngeld(ctx),
        Topic::Beschwerde => citizen::beschwerde(ctx),
        Topic::Abfall => citizen::abfall(ctx),
        Topic::Werbung => citizen::werbung(ctx),
        Topic::Schulweg => unruled::schulweg(ctx),
        Topic::Tierhaltung => unruled::tierhaltung(ctx),
        Topic::Waffen => unruled::waffen(ctx),
    }
}

/// A law firm or lawyer as sender, signed by the context's person.
fn lawyer(ctx: &mut Ctx) -> Draft {
    let person = ctx.person.clone();
    let title = if ctx.chance(0.3) { "Dr. " } else { "" };
    let job = if person.female {
        "Rechtsanwältin"
    } else {
        "Rechtsanwalt"
    };
    let partner = ctx.other_person();
    let partner = if partner.last == person.last {
        "Partner".to_string()
    } else {
        partner.last
    };
    let sender_name = match ctx.below(3) {
        0 => vec![format!("Rechtsanwaltskanzlei {} & {partner}", person.last)],
        1 => vec![format!("{title}{}", person.full()), job.to_string()],
        _ => vec![
            format!(
                "Kanzlei am {}",
                ctx.pick(&[
                    "Marktplatz",
                    "Stadttor",
                    "Rathaus",
                    "Rheintor",
                    "Brunnenplatz"
                ])
            ),
            format!("{title}{} · {job}", person.full()),
        ],
    };
    Draft {
        sender_name,
        signature: vec![format!("{title}{}", person.full()), job.to_string()],
        formal: true,
        ..Draft::private(ctx)
    }
}

/// A company name for a trade, e.g. "Gebäudereinigung Schäfer GmbH". Only invoices repeat it in
/// the signature: a closing line ending in "GmbH" makes multi-page layouts continue with business
/// paragraphs that mention invoices, which would break the contract of later topics.
fn company_name(ctx: &mut Ctx, trade: &str) -> String {
    let last = ctx.person.last.clone();
    let other = ctx.other_person().last;
    match ctx.below(5) {
        0 => format!("{trade} {last} GmbH"),
        1 => format!("{last} & {other} {trade} GmbH & Co. KG"),
        2 => format!("{trade} {last} e. K."),
        3 => format!("{last} {trade} KG"),
        _ => format!("{trade} {} OHG", ctx.town.name),
    }
}

/// An Aktenzeichen of a department of the county, in one of the formats offices use, e.g.
/// "70-12/2026", "50.2-0456/26" or "32/10471/2026".
///
/// "70-82" would pass as a Leitweg-ID (two-digit coarse address, check digits 82), so numbers
/// that make the part before the slash a valid Leitweg-ID are skipped.
fn file_number_of(ctx: &mut Ctx, department: &str) -> String {
    let year = ctx.date.year;
    match ctx.below(3) {
        0 => loop {
            let n = ctx.int(1, 999);
            if !leitweg_id_is_valid(&format!("{department}-{n}")) {
                break format!("{department}-{n}/{year}");
            }
        },
        1 => format!(
            "{department}.{}-{:04}/{:02}",
            ctx.int(1, 4),
            ctx.int(1, 9999),
            year % 100
        ),
        _ => format!("{department}/{:05}/{year}", ctx.int(100, 99_999)),
    }
}

/// An Aktenzeichen of a random department.
fn file_number(ctx: &mut Ctx) -> String {
    let department = ctx.pick(&["32", "40", "50", "51", "63", "70"]);
    file_number_of(ctx, department)
}

/// A short paragraph with an IBAN in printed form (kept short so it never wraps).
fn iban_line(ctx: &mut Ctx, draft: &mut Draft) -> String {
    let printed = draft.found.new_iban(ctx.rng());
    let label = ctx.pick(&["IBAN:", "IBAN", "Bankverbindung: IBAN", "Unser Konto: IBAN"]);
    format!("{label} {printed}")
}
