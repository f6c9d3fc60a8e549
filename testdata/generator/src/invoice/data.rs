//! What an invoice prints, as strings, after a [`Breakage`] is applied: shared by both syntaxes.

use super::{Breakage, InvoiceParty, InvoiceSpec};

pub(super) fn amount(cents: i64) -> String {
    format!(
        "{}{}.{:02}",
        if cents < 0 { "-" } else { "" },
        cents.abs() / 100,
        cents.abs() % 100
    )
}

pub(super) fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Everything an invoice prints, as strings, after the breakage is applied.
pub(super) struct Data {
    pub(super) spec: Option<String>,
    pub(super) number: Option<String>,
    pub(super) issue_date: String,
    pub(super) type_code: String,
    pub(super) currency: String,
    pub(super) due_date: Option<String>,
    pub(super) buyer_reference: Option<String>,
    pub(super) order_reference: Option<String>,
    pub(super) seller: InvoiceParty,
    pub(super) seller_name: Option<String>,
    pub(super) seller_country: Option<String>,
    pub(super) buyer_name: Option<String>,
    pub(super) buyer_country: Option<String>,
    pub(super) buyer: InvoiceParty,
    pub(super) iban: String,
    pub(super) lines: Vec<LineData>,
    /// Rate → (taxable, tax) in cents.
    pub(super) vat: Vec<(i64, i64, i64)>,
    pub(super) line_total: Option<i64>,
    pub(super) net: Option<i64>,
    pub(super) tax: i64,
    pub(super) gross: Option<i64>,
    pub(super) due: Option<i64>,
}

pub(super) struct LineData {
    pub(super) id: Option<String>,
    pub(super) name: Option<String>,
    pub(super) quantity: Option<i64>,
    pub(super) unit: String,
    pub(super) price: Option<i64>,
    pub(super) amount: Option<i64>,
    pub(super) rate: i64,
    /// Written with four decimals (BR-DEC-23).
    pub(super) fine: bool,
}

pub(super) fn data(s: &InvoiceSpec, b: Option<Breakage>) -> Data {
    use Breakage::*;
    let mut lines: Vec<LineData> = s
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| LineData {
            id: Some(format!("{}", i + 1)),
            name: Some(l.name.clone()),
            quantity: Some(l.quantity),
            unit: l.unit.clone(),
            price: Some(l.price_cents),
            amount: Some(l.quantity * l.price_cents),
            rate: l.vat_rate,
            fine: false,
        })
        .collect();
    let mut rates: Vec<i64> = lines.iter().map(|l| l.rate).collect();
    rates.sort_unstable();
    rates.dedup();
    let mut vat: Vec<(i64, i64, i64)> = rates
        .iter()
        .map(|&r| {
            let taxable: i64 = lines
                .iter()
                .filter(|l| l.rate == r)
                .filter_map(|l| l.amount)
                .sum();
            // Rounded half up to cents.
            (r, taxable, (taxable * r + 50) / 100)
        })
        .collect();
    let line_total: i64 = lines.iter().filter_map(|l| l.amount).sum();
    let tax: i64 = vat.iter().map(|v| v.2).sum();
    let mut d = Data {
        spec: Some(s.specification.clone()),
        number: Some(s.number.clone()),
        issue_date: s.issue_date.clone(),
        type_code: "380".into(),
        currency: s.currency.clone(),
        due_date: Some(s.due_date.clone()),
        buyer_reference: Some(s.buyer_reference.clone()),
        order_reference: s.order_reference.clone(),
        seller_name: Some(s.seller.name.clone()),
        seller_country: Some(s.seller.country.clone()),
        buyer_name: Some(s.buyer.name.clone()),
        buyer_country: Some(s.buyer.country.clone()),
        seller: s.seller.clone(),
        buyer: s.buyer.clone(),
        iban: s.iban.clone(),
        lines: Vec::new(),
        vat: Vec::new(),
        line_total: Some(line_total),
        net: Some(line_total),
        tax,
        gross: Some(line_total + tax),
        due: Some(line_total + tax),
    };
    match b {
        None | Some(NotWellFormed) => {}
        Some(MissingSpecification) => d.spec = None,
        Some(MissingNumber) => d.number = None,
        Some(BadIssueDate) => d.issue_date = "2026-02-30".into(),
        Some(BadTypeCode) => d.type_code = "RECHNUNG".into(),
        Some(BadCurrency) => d.currency = "EUD".into(),
        Some(MissingSellerName) => d.seller_name = None,
        Some(MissingBuyerName) => d.buyer_name = None,
        Some(MissingSellerCountry) => d.seller_country = None,
        Some(MissingBuyerCountry) => d.buyer_country = None,
        Some(MissingLineTotal) => d.line_total = None,
        Some(MissingNet) => d.net = None,
        Some(MissingGross) => d.gross = None,
        Some(MissingDue) => d.due = None,
        Some(NoLines) => lines.clear(),
        Some(LineWithoutId) => lines[0].id = None,
        Some(LineWithoutQuantity) => lines[0].quantity = None,
        Some(LineWithoutAmount) => {
            // The sum stays right without the missing amount: only BR-24 fails.
            let missing = lines[0].amount.take().unwrap_or(0);
            d.line_total = d.line_total.map(|t| t - missing);
            d.net = d.net.map(|t| t - missing);
            d.gross = d.gross.map(|t| t - missing);
            d.due = d.due.map(|t| t - missing);
            vat[0].1 -= missing;
            vat[0].2 = (vat[0].1 * vat[0].0 + 50) / 100;
            let tax: i64 = vat.iter().map(|v| v.2).sum();
            d.gross = d.net.map(|n| n + tax);
            d.due = d.gross;
            d.tax = tax;
        }
        Some(LineWithoutName) => lines[0].name = None,
        Some(LineWithoutPrice) => lines[0].price = None,
        Some(WrongLineSum) => {
            // Line 1 claims 10.00 more than the sum says: only BR-CO-10 fails.
            lines[0].amount = lines[0].amount.map(|a| a + 1000);
        }
        Some(WrongNet) => {
            d.net = d.net.map(|n| n + 100);
            d.gross = d.gross.map(|g| g + 100);
            d.due = d.due.map(|g| g + 100);
        }
        Some(WrongTaxTotal) => {
            d.tax += 100;
            d.gross = d.gross.map(|g| g + 100);
            d.due = d.due.map(|g| g + 100);
        }
        Some(WrongGross) => {
            d.gross = d.gross.map(|g| g + 100);
            d.due = d.due.map(|g| g + 100);
        }
        Some(WrongDue) => d.due = d.due.map(|g| g - 100),
        Some(WrongVatAmount) => {
            vat[0].2 += 100;
            d.tax += 100;
            d.gross = d.gross.map(|g| g + 100);
            d.due = d.due.map(|g| g + 100);
        }
        Some(NoVatBreakdown) => vat.clear(),
        Some(NoDueDateOrTerms) => d.due_date = None,
        Some(BadDueDate) => d.due_date = Some("2026-13-01".into()),
        Some(MissingBuyerReference) => d.buyer_reference = None,
        Some(BadLeitwegId) => {
            let r = &s.buyer_reference;
            let (head, check) = r.rsplit_once('-').unwrap_or((r, "00"));
            let wrong = (check.parse::<u32>().unwrap_or(0) + 1) % 100;
            d.buyer_reference = Some(format!("{head}-{wrong:02}"));
        }
        Some(TooManyDecimals) => lines[0].fine = true,
        Some(BadIban) => {
            let mut iban: Vec<char> = s.iban.chars().collect();
            let last = iban.len() - 1;
            iban[last] = if iban[last] == '9' {
                '0'
            } else {
                (iban[last] as u8 + 1) as char
            };
            d.iban = iban.into_iter().collect();
        }
    }
    d.lines = lines;
    d.vat = vat;
    d
}

/// An amount in cents; with `fine`, written with four decimals (`359.6001`, BR-DEC-23).
pub(super) fn line_amount(cents: i64, fine: bool) -> String {
    if fine {
        format!("{}01", amount(cents))
    } else {
        amount(cents)
    }
}

pub(super) fn opt(tag: &str, v: &Option<String>) -> String {
    v.as_ref()
        .map(|v| format!("<{tag}>{}</{tag}>", esc(v)))
        .unwrap_or_default()
}

pub(super) fn finish(xml: String, breakage: Option<Breakage>) -> String {
    if breakage == Some(Breakage::NotWellFormed) {
        // A mail gateway cut the file short.
        return xml[..xml.len() * 2 / 3].to_string();
    }
    xml
}
