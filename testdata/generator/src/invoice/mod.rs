//! Electronic invoices: XRechnung in both syntaxes (UBL 2.1 and UN/CEFACT CII), valid or broken
//! in one named way ([`Breakage`], each breaking one EN 16931 / XRechnung / mailroom rule), and a
//! ZUGFeRD / Factur-X hybrid PDF (a readable PDF with the CII XML embedded as `factur-x.xml`).
//! Totals are computed from the lines, so a valid invoice always adds up.

mod data;
mod hybrid;
mod syntax;

pub use hybrid::zugferd_pdf;
pub use syntax::{invoice_cii, invoice_ubl};

use crate::routing::{iban_from_bban, leitweg_check_digits};

/// A party of an invoice.
#[derive(Debug, Clone)]
pub struct InvoiceParty {
    pub name: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub country: String,
    pub vat_id: Option<String>,
}

/// One position.
#[derive(Debug, Clone)]
pub struct InvoiceLineSpec {
    pub name: String,
    pub quantity: i64,
    pub unit: String,
    /// Net price per unit in cents.
    pub price_cents: i64,
    /// VAT rate in percent (19, 7, 0).
    pub vat_rate: i64,
}

/// What an invoice says.
#[derive(Debug, Clone)]
pub struct InvoiceSpec {
    pub number: String,
    pub issue_date: String,
    pub due_date: String,
    pub currency: String,
    /// BT-10: the buyer's Leitweg-ID.
    pub buyer_reference: String,
    pub order_reference: Option<String>,
    pub seller: InvoiceParty,
    pub buyer: InvoiceParty,
    pub iban: String,
    pub lines: Vec<InvoiceLineSpec>,
    pub specification: String,
}

/// XRechnung 3.0's specification identifier.
pub const XRECHNUNG_3: &str =
    "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0";
/// Factur-X / ZUGFeRD 2 EN 16931 (COMFORT).
pub const FACTURX_EN16931: &str = "urn:cen.eu:en16931:2017";

/// A Leitweg-ID of the county with fine part `fine` and valid check digits.
pub fn leitweg_id(coarse: &str, fine: &str) -> String {
    format!(
        "{coarse}-{fine}-{}",
        leitweg_check_digits(&format!("{coarse}{fine}"))
    )
}

impl InvoiceSpec {
    /// A supplier's invoice to the county, varied by `seed`, addressed by Leitweg-ID
    /// `buyer_reference`.
    pub fn sample(seed: u64, buyer_reference: &str) -> InvoiceSpec {
        let sellers = [
            (
                "Bürotechnik Müller GmbH",
                "Hauptstraße 12",
                "56073",
                "Koblenz",
                "DE123456789",
            ),
            (
                "Straßenbau Schäfer & Söhne KG",
                "Am Hafen 3",
                "56626",
                "Andernach",
                "DE287654321",
            ),
            (
                "IT-Systemhaus Weiß e.K.",
                "Löhrstraße 88",
                "56068",
                "Koblenz",
                "DE311223344",
            ),
        ];
        let (name, street, postcode, city, vat) = sellers[(seed % 3) as usize];
        let items = [
            ("Toner schwarz für Drucker Modell 4711", 4, "H87", 8_990, 19),
            ("Kopierpapier DIN A4, 500 Blatt", 20, "H87", 549, 19),
            ("Wartung Kopierer (Stunden)", 3, "HUR", 9_500, 19),
            ("Fachbuch Verwaltungsrecht", 2, "H87", 4_990, 7),
            ("Asphaltarbeiten Kreisstraße K 95", 1, "C62", 1_234_500, 19),
        ];
        let lines = (0..(2 + seed % 3) as usize)
            .map(|i| {
                let (n, q, u, p, r) = items[(seed as usize + i) % items.len()];
                InvoiceLineSpec {
                    name: n.into(),
                    quantity: q,
                    unit: u.into(),
                    price_cents: p,
                    vat_rate: r,
                }
            })
            .collect();
        InvoiceSpec {
            number: format!("RE-2026-{:05}", 100 + seed),
            issue_date: format!("2026-11-{:02}", 1 + seed % 28),
            due_date: "2026-12-31".into(),
            currency: "EUR".into(),
            buyer_reference: buyer_reference.into(),
            order_reference: Some(format!("B-{}", 7000 + seed)),
            seller: InvoiceParty {
                name: name.into(),
                street: street.into(),
                postcode: postcode.into(),
                city: city.into(),
                country: "DE".into(),
                vat_id: Some(vat.into()),
            },
            buyer: InvoiceParty {
                name: "Kreisverwaltung Mayen-Koblenz".into(),
                street: "Bahnhofstraße 9".into(),
                postcode: "56068".into(),
                city: "Koblenz".into(),
                country: "DE".into(),
                vat_id: None,
            },
            iban: iban_from_bban(&format!("57050120{:010}", 1_000_000 + seed * 7919)),
            lines,
            specification: XRECHNUNG_3.into(),
        }
    }
}

/// One way to break an invoice, and the rule that must then fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Breakage {
    MissingSpecification,
    MissingNumber,
    BadIssueDate,
    BadTypeCode,
    BadCurrency,
    MissingSellerName,
    MissingBuyerName,
    MissingSellerCountry,
    MissingBuyerCountry,
    MissingLineTotal,
    MissingNet,
    MissingGross,
    MissingDue,
    NoLines,
    LineWithoutId,
    LineWithoutQuantity,
    LineWithoutAmount,
    LineWithoutName,
    LineWithoutPrice,
    WrongLineSum,
    WrongNet,
    WrongTaxTotal,
    WrongGross,
    WrongDue,
    WrongVatAmount,
    NoVatBreakdown,
    NoDueDateOrTerms,
    BadDueDate,
    MissingBuyerReference,
    BadLeitwegId,
    BadIban,
    TooManyDecimals,
    NotWellFormed,
}

impl Breakage {
    pub const ALL: [Breakage; 33] = [
        Breakage::MissingSpecification,
        Breakage::MissingNumber,
        Breakage::BadIssueDate,
        Breakage::BadTypeCode,
        Breakage::BadCurrency,
        Breakage::MissingSellerName,
        Breakage::MissingBuyerName,
        Breakage::MissingSellerCountry,
        Breakage::MissingBuyerCountry,
        Breakage::MissingLineTotal,
        Breakage::MissingNet,
        Breakage::MissingGross,
        Breakage::MissingDue,
        Breakage::NoLines,
        Breakage::LineWithoutId,
        Breakage::LineWithoutQuantity,
        Breakage::LineWithoutAmount,
        Breakage::LineWithoutName,
        Breakage::LineWithoutPrice,
        Breakage::WrongLineSum,
        Breakage::WrongNet,
        Breakage::WrongTaxTotal,
        Breakage::WrongGross,
        Breakage::WrongDue,
        Breakage::WrongVatAmount,
        Breakage::NoVatBreakdown,
        Breakage::NoDueDateOrTerms,
        Breakage::BadDueDate,
        Breakage::MissingBuyerReference,
        Breakage::BadLeitwegId,
        Breakage::BadIban,
        Breakage::TooManyDecimals,
        Breakage::NotWellFormed,
    ];

    /// The rule that must fail.
    pub fn rule(self) -> &'static str {
        use Breakage::*;
        match self {
            MissingSpecification => "BR-01",
            MissingNumber => "BR-02",
            BadIssueDate => "BR-03",
            BadTypeCode => "BR-04",
            BadCurrency => "BR-05",
            MissingSellerName => "BR-06",
            MissingBuyerName => "BR-07",
            MissingSellerCountry => "BR-09",
            MissingBuyerCountry => "BR-11",
            MissingLineTotal => "BR-12",
            MissingNet => "BR-13",
            MissingGross => "BR-14",
            MissingDue => "BR-15",
            NoLines => "BR-16",
            LineWithoutId => "BR-21",
            LineWithoutQuantity => "BR-22",
            LineWithoutAmount => "BR-24",
            LineWithoutName => "BR-25",
            LineWithoutPrice => "BR-26",
            WrongLineSum => "BR-CO-10",
            WrongNet => "BR-CO-13",
            WrongTaxTotal => "BR-CO-14",
            WrongGross => "BR-CO-15",
            WrongDue => "BR-CO-16",
            WrongVatAmount => "BR-CO-17",
            NoVatBreakdown => "BR-CO-18",
            NoDueDateOrTerms => "BR-CO-25",
            BadDueDate => "MR-DATE",
            MissingBuyerReference => "BR-DE-15",
            BadLeitwegId => "MR-LEITWEG",
            BadIban => "BR-DE-19",
            TooManyDecimals => "BR-DEC-23",
            NotWellFormed => "MR-XML",
        }
    }
}
