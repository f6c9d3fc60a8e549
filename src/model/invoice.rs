//! An electronic invoice read as data (XRechnung UBL/CII, ZUGFeRD, Factur-X), with the checks
//! that decide whether it can be paid as it is. Field names follow EN 16931 business terms
//! (BT-n); amounts are exact decimals, written as strings in JSON.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The XML syntax an invoice came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvoiceSyntax {
    /// OASIS UBL 2.1 `Invoice` or `CreditNote`.
    Ubl,
    /// UN/CEFACT `CrossIndustryInvoice` (XRechnung CII, ZUGFeRD 2, Factur-X).
    Cii,
    /// ZUGFeRD 1 `CrossIndustryDocument`.
    Zugferd1,
    /// Looked like an invoice but could not be read as XML.
    Unreadable,
}

/// How much an invoice of a profile must contain (the profiles differ in mandatory parts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProfileLevel {
    Minimum,
    BasicWl,
    Basic,
    En16931,
    Extended,
    /// XRechnung (EN 16931 plus the German rules BR-DE-*).
    Xrechnung,
    /// A specification identifier mailroom does not know: checked as EN 16931.
    Unknown,
}

impl ProfileLevel {
    /// Whether invoice lines and the VAT breakdown are mandatory.
    pub fn has_lines(self) -> bool {
        !matches!(self, ProfileLevel::Minimum | ProfileLevel::BasicWl)
    }
}

/// A party (seller or buyer).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InvoiceParty {
    /// BT-27 / BT-44.
    pub name: Option<String>,
    /// BT-29 / BT-46.
    pub id: Option<String>,
    /// BT-31 / BT-48.
    pub vat_id: Option<String>,
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    /// BT-40 / BT-55.
    pub country: Option<String>,
}

/// The document totals (BG-22).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InvoiceTotals {
    /// BT-106: sum of invoice line net amounts.
    pub line_net: Option<Decimal>,
    /// BT-107: sum of allowances on document level.
    pub allowances: Option<Decimal>,
    /// BT-108: sum of charges on document level.
    pub charges: Option<Decimal>,
    /// BT-109: total without VAT.
    pub net: Option<Decimal>,
    /// BT-110: total VAT in the invoice currency.
    pub tax: Option<Decimal>,
    /// BT-112: total with VAT.
    pub gross: Option<Decimal>,
    /// BT-113: paid amount.
    pub prepaid: Option<Decimal>,
    /// BT-114: rounding amount.
    pub rounding: Option<Decimal>,
    /// BT-DEX-002 summed: third-party payments (XRechnung extension), part of the amount due.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub third_party: Option<Decimal>,
    /// BT-115: amount due for payment.
    pub due: Option<Decimal>,
}

/// One VAT breakdown group (BG-23).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VatBreakdown {
    /// BT-118.
    pub category: Option<String>,
    /// BT-119, percent.
    pub rate: Option<Decimal>,
    /// BT-116.
    pub taxable: Option<Decimal>,
    /// BT-117.
    pub tax: Option<Decimal>,
}

/// One invoice line (BG-25).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InvoiceLine {
    /// BT-126.
    pub id: Option<String>,
    /// BT-153.
    pub name: Option<String>,
    /// BT-129.
    pub quantity: Option<Decimal>,
    /// BT-130.
    pub unit: Option<String>,
    /// BT-146.
    pub net_price: Option<Decimal>,
    /// BT-131.
    pub net_amount: Option<Decimal>,
    /// BT-151.
    pub vat_category: Option<String>,
    /// BT-152.
    pub vat_rate: Option<Decimal>,
    /// A detail or information line of a line group (ZUGFeRD EXTENDED): shown, but not part
    /// of the sum of line net amounts.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sub_line: bool,
}

/// The result of one check, with its EN 16931 (or XRechnung, or mailroom `MR-`) rule id and a
/// German message a clerk of the invoice team can act on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InvoiceCheck {
    pub rule: String,
    pub ok: bool,
    pub message: String,
}

/// An invoice as data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Invoice {
    /// What people call it: "XRechnung 3.0", "Factur-X EN 16931", "ZUGFeRD 1 COMFORT".
    pub profile: String,
    pub level: ProfileLevel,
    pub syntax: InvoiceSyntax,
    /// BT-24, as written.
    pub specification: Option<String>,
    /// BT-1.
    pub number: Option<String>,
    /// BT-2, ISO date.
    pub issue_date: Option<String>,
    /// BT-3 (380 invoice, 381 credit note, 384 corrected invoice, …).
    pub type_code: Option<String>,
    /// BT-5.
    pub currency: Option<String>,
    /// BT-9, ISO date.
    pub due_date: Option<String>,
    /// BT-20.
    pub payment_terms: Option<String>,
    /// BT-10: the Leitweg-ID of German public buyers.
    pub buyer_reference: Option<String>,
    /// BT-13.
    pub order_reference: Option<String>,
    pub seller: InvoiceParty,
    pub buyer: InvoiceParty,
    /// BT-81.
    pub payment_means: Option<String>,
    /// BT-84.
    pub iban: Option<String>,
    pub totals: InvoiceTotals,
    pub vat: Vec<VatBreakdown>,
    pub lines: Vec<InvoiceLine>,
    pub checks: Vec<InvoiceCheck>,
    /// Where the XML was: `None` for an XML file, else its name inside the PDF.
    pub embedded_as: Option<String>,
}

impl Invoice {
    /// Whether every check passed.
    pub fn passed(&self) -> bool {
        self.checks.iter().all(|c| c.ok)
    }

    /// The failed checks.
    pub fn failures(&self) -> impl Iterator<Item = &InvoiceCheck> {
        self.checks.iter().filter(|c| !c.ok)
    }

    /// The key of the duplicate check: the seller (VAT id, else id, else name) and the number.
    pub fn duplicate_key(&self) -> Option<(String, String)> {
        let seller = self
            .seller
            .vat_id
            .as_ref()
            .or(self.seller.id.as_ref())
            .or(self.seller.name.as_ref())?;
        let number = self.number.as_ref()?;
        Some((seller.trim().to_uppercase(), number.trim().to_string()))
    }

    /// The fields routing rules and search filters see (`invoice.number`, …).
    pub fn field_values(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        let mut push = |name: &'static str, v: Option<String>| {
            if let Some(v) = v.filter(|v| !v.trim().is_empty()) {
                out.push((name, v));
            }
        };
        let amount = |d: Option<Decimal>| d.map(|d| d.round_dp(2).to_string());
        push("invoice.profile", Some(self.profile.clone()));
        push("invoice.number", self.number.clone());
        push("invoice.issue_date", self.issue_date.clone());
        push("invoice.type_code", self.type_code.clone());
        push("invoice.currency", self.currency.clone());
        push("invoice.due_date", self.due_date.clone());
        push("invoice.buyer_reference", self.buyer_reference.clone());
        push("invoice.order_reference", self.order_reference.clone());
        push("invoice.seller.name", self.seller.name.clone());
        push("invoice.seller.id", self.seller.id.clone());
        push("invoice.seller.vat_id", self.seller.vat_id.clone());
        push("invoice.buyer.name", self.buyer.name.clone());
        push("invoice.iban", self.iban.clone());
        push("invoice.totals.net", amount(self.totals.net));
        push("invoice.totals.tax", amount(self.totals.tax));
        push("invoice.totals.gross", amount(self.totals.gross));
        push("invoice.totals.due", amount(self.totals.due));
        push(
            "invoice.checks",
            Some(if self.passed() { "ok" } else { "failed" }.to_string()),
        );
        out
    }
}

/// The names of [`Invoice::field_values`], for rules and search.
pub const INVOICE_FIELD_NAMES: &[&str] = &[
    "invoice.profile",
    "invoice.number",
    "invoice.issue_date",
    "invoice.type_code",
    "invoice.currency",
    "invoice.due_date",
    "invoice.buyer_reference",
    "invoice.order_reference",
    "invoice.seller.name",
    "invoice.seller.id",
    "invoice.seller.vat_id",
    "invoice.buyer.name",
    "invoice.iban",
    "invoice.totals.net",
    "invoice.totals.tax",
    "invoice.totals.gross",
    "invoice.totals.due",
    "invoice.checks",
];
