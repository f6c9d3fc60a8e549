//! Electronic invoices: XRechnung in both syntaxes (UBL 2.1 and UN/CEFACT CII), valid or broken
//! in one named way ([`Breakage`], each breaking one EN 16931 / XRechnung / mailroom rule), and a
//! ZUGFeRD / Factur-X hybrid PDF (a readable PDF with the CII XML embedded as `factur-x.xml`).
//! Totals are computed from the lines, so a valid invoice always adds up.

use lopdf::{dictionary, Document, Object, Stream, StringFormat};

use crate::routing::{iban_from_bban, leitweg_check_digits};
use crate::Letter;

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

fn amount(cents: i64) -> String {
    format!(
        "{}{}.{:02}",
        if cents < 0 { "-" } else { "" },
        cents.abs() / 100,
        cents.abs() % 100
    )
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Everything an invoice prints, as strings, after the breakage is applied.
struct Data {
    spec: Option<String>,
    number: Option<String>,
    issue_date: String,
    type_code: String,
    currency: String,
    due_date: Option<String>,
    buyer_reference: Option<String>,
    order_reference: Option<String>,
    seller: InvoiceParty,
    seller_name: Option<String>,
    seller_country: Option<String>,
    buyer_name: Option<String>,
    buyer_country: Option<String>,
    buyer: InvoiceParty,
    iban: String,
    lines: Vec<LineData>,
    /// Rate → (taxable, tax) in cents.
    vat: Vec<(i64, i64, i64)>,
    line_total: Option<i64>,
    net: Option<i64>,
    tax: i64,
    gross: Option<i64>,
    due: Option<i64>,
}

struct LineData {
    id: Option<String>,
    name: Option<String>,
    quantity: Option<i64>,
    unit: String,
    price: Option<i64>,
    amount: Option<i64>,
    rate: i64,
    /// Written with four decimals (BR-DEC-23).
    fine: bool,
}

fn data(s: &InvoiceSpec, b: Option<Breakage>) -> Data {
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
fn line_amount(cents: i64, fine: bool) -> String {
    if fine {
        format!("{}01", amount(cents))
    } else {
        amount(cents)
    }
}

fn opt(tag: &str, v: &Option<String>) -> String {
    v.as_ref()
        .map(|v| format!("<{tag}>{}</{tag}>", esc(v)))
        .unwrap_or_default()
}

/// The invoice in UBL 2.1 syntax (XRechnung UBL), broken by `breakage` if given.
pub fn invoice_ubl(s: &InvoiceSpec, breakage: Option<Breakage>) -> String {
    let d = data(s, breakage);
    let c = &d.currency;
    let party = |p: &InvoiceParty, name: &Option<String>, country: &Option<String>, vat: bool| {
        format!(
            "<cac:Party><cac:PostalAddress><cbc:StreetName>{}</cbc:StreetName><cbc:CityName>{}</cbc:CityName><cbc:PostalZone>{}</cbc:PostalZone>{}</cac:PostalAddress>{}{}</cac:Party>",
            esc(&p.street),
            esc(&p.city),
            p.postcode,
            country
                .as_ref()
                .map(|c| format!("<cac:Country><cbc:IdentificationCode>{c}</cbc:IdentificationCode></cac:Country>"))
                .unwrap_or_default(),
            p.vat_id
                .as_ref()
                .filter(|_| vat)
                .map(|v| format!("<cac:PartyTaxScheme><cbc:CompanyID>{v}</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>"))
                .unwrap_or_default(),
            name.as_ref()
                .map(|n| format!("<cac:PartyLegalEntity><cbc:RegistrationName>{}</cbc:RegistrationName></cac:PartyLegalEntity>", esc(n)))
                .unwrap_or_default(),
        )
    };
    let vat: String = d
        .vat
        .iter()
        .map(|(r, taxable, tax)| {
            format!(
                "<cac:TaxSubtotal><cbc:TaxableAmount currencyID=\"{c}\">{}</cbc:TaxableAmount><cbc:TaxAmount currencyID=\"{c}\">{}</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>{r}</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>",
                amount(*taxable),
                amount(*tax)
            )
        })
        .collect();
    let lines: String = d
        .lines
        .iter()
        .map(|l| {
            format!(
                "<cac:InvoiceLine>{}{}{}<cac:Item>{}<cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>{}</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>{}</cac:InvoiceLine>",
                opt("cbc:ID", &l.id),
                l.quantity
                    .map(|q| format!("<cbc:InvoicedQuantity unitCode=\"{}\">{q}</cbc:InvoicedQuantity>", l.unit))
                    .unwrap_or_default(),
                l.amount
                    .map(|a| format!("<cbc:LineExtensionAmount currencyID=\"{c}\">{}</cbc:LineExtensionAmount>", line_amount(a, l.fine)))
                    .unwrap_or_default(),
                opt("cbc:Name", &l.name),
                l.rate,
                l.price
                    .map(|p| format!("<cac:Price><cbc:PriceAmount currencyID=\"{c}\">{}</cbc:PriceAmount></cac:Price>", amount(p)))
                    .unwrap_or_default(),
            )
        })
        .collect();
    let money = |tag: &str, v: Option<i64>| {
        v.map(|v| format!("<cbc:{tag} currencyID=\"{c}\">{}</cbc:{tag}>", amount(v)))
            .unwrap_or_default()
    };
    let xml = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
{spec}<cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
{number}<cbc:IssueDate>{issue}</cbc:IssueDate>
{due}<cbc:InvoiceTypeCode>{type_code}</cbc:InvoiceTypeCode>
<cbc:DocumentCurrencyCode>{c}</cbc:DocumentCurrencyCode>
{buyer_ref}{order}
<cac:AccountingSupplierParty>{seller}</cac:AccountingSupplierParty>
<cac:AccountingCustomerParty>{buyer}</cac:AccountingCustomerParty>
<cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>{iban}</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
<cac:TaxTotal><cbc:TaxAmount currencyID="{c}">{tax}</cbc:TaxAmount>{vat}</cac:TaxTotal>
<cac:LegalMonetaryTotal>{line_total}{net}{gross}{due_amount}</cac:LegalMonetaryTotal>
{lines}
</ubl:Invoice>
"#,
        spec = opt("cbc:CustomizationID", &d.spec),
        number = opt("cbc:ID", &d.number),
        issue = d.issue_date,
        due = opt("cbc:DueDate", &d.due_date),
        type_code = d.type_code,
        buyer_ref = opt("cbc:BuyerReference", &d.buyer_reference),
        order = d
            .order_reference
            .as_ref()
            .map(|o| format!(
                "<cac:OrderReference><cbc:ID>{}</cbc:ID></cac:OrderReference>",
                esc(o)
            ))
            .unwrap_or_default(),
        seller = party(&d.seller, &d.seller_name, &d.seller_country, true),
        buyer = party(&d.buyer, &d.buyer_name, &d.buyer_country, false),
        iban = d.iban,
        tax = amount(d.tax),
        line_total = money("LineExtensionAmount", d.line_total),
        net = money("TaxExclusiveAmount", d.net),
        gross = money("TaxInclusiveAmount", d.gross),
        due_amount = money("PayableAmount", d.due),
    );
    finish(xml, breakage)
}

fn finish(xml: String, breakage: Option<Breakage>) -> String {
    if breakage == Some(Breakage::NotWellFormed) {
        // A mail gateway cut the file short.
        return xml[..xml.len() * 2 / 3].to_string();
    }
    xml
}

/// The invoice in UN/CEFACT CII syntax (XRechnung CII, or ZUGFeRD/Factur-X with another
/// specification identifier), broken by `breakage` if given.
pub fn invoice_cii(s: &InvoiceSpec, breakage: Option<Breakage>) -> String {
    let d = data(s, breakage);
    let c = &d.currency;
    let date102 = |iso: &str| iso.replace('-', "");
    let party = |tag: &str, p: &InvoiceParty, name: &Option<String>, country: &Option<String>| {
        format!(
            "<ram:{tag}>{}<ram:PostalTradeAddress><ram:PostcodeCode>{}</ram:PostcodeCode><ram:LineOne>{}</ram:LineOne><ram:CityName>{}</ram:CityName>{}</ram:PostalTradeAddress>{}</ram:{tag}>",
            opt("ram:Name", name),
            p.postcode,
            esc(&p.street),
            esc(&p.city),
            opt("ram:CountryID", country),
            p.vat_id
                .as_ref()
                .map(|v| format!("<ram:SpecifiedTaxRegistration><ram:ID schemeID=\"VA\">{v}</ram:ID></ram:SpecifiedTaxRegistration>"))
                .unwrap_or_default(),
        )
    };
    let lines: String = d
        .lines
        .iter()
        .map(|l| {
            format!(
                "<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument>{}</ram:AssociatedDocumentLineDocument><ram:SpecifiedTradeProduct>{}</ram:SpecifiedTradeProduct><ram:SpecifiedLineTradeAgreement>{}</ram:SpecifiedLineTradeAgreement><ram:SpecifiedLineTradeDelivery>{}</ram:SpecifiedLineTradeDelivery><ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>{}</ram:RateApplicablePercent></ram:ApplicableTradeTax><ram:SpecifiedTradeSettlementLineMonetarySummation>{}</ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>",
                opt("ram:LineID", &l.id),
                opt("ram:Name", &l.name),
                l.price
                    .map(|p| format!("<ram:NetPriceProductTradePrice><ram:ChargeAmount>{}</ram:ChargeAmount></ram:NetPriceProductTradePrice>", amount(p)))
                    .unwrap_or_default(),
                l.quantity
                    .map(|q| format!("<ram:BilledQuantity unitCode=\"{}\">{q}</ram:BilledQuantity>", l.unit))
                    .unwrap_or_default(),
                l.rate,
                l.amount
                    .map(|a| format!("<ram:LineTotalAmount>{}</ram:LineTotalAmount>", line_amount(a, l.fine)))
                    .unwrap_or_default(),
            )
        })
        .collect();
    let vat: String = d
        .vat
        .iter()
        .map(|(r, taxable, tax)| {
            format!(
                "<ram:ApplicableTradeTax><ram:CalculatedAmount>{}</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>{}</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>{r}</ram:RateApplicablePercent></ram:ApplicableTradeTax>",
                amount(*tax),
                amount(*taxable)
            )
        })
        .collect();
    let money = |tag: &str, v: Option<i64>| {
        v.map(|v| format!("<ram:{tag}>{}</ram:{tag}>", amount(v)))
            .unwrap_or_default()
    };
    let xml = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>{spec}</ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
<rsm:ExchangedDocument>{number}<ram:TypeCode>{type_code}</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">{issue}</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
<rsm:SupplyChainTradeTransaction>
{lines}
<ram:ApplicableHeaderTradeAgreement>{buyer_ref}{seller}{buyer}{order}</ram:ApplicableHeaderTradeAgreement>
<ram:ApplicableHeaderTradeDelivery/>
<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>{c}</ram:InvoiceCurrencyCode><ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode><ram:PayeePartyCreditorFinancialAccount><ram:IBANID>{iban}</ram:IBANID></ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>{vat}{terms}<ram:SpecifiedTradeSettlementHeaderMonetarySummation>{line_total}{net}<ram:TaxTotalAmount currencyID="{c}">{tax}</ram:TaxTotalAmount>{gross}{due_amount}</ram:SpecifiedTradeSettlementHeaderMonetarySummation></ram:ApplicableHeaderTradeSettlement>
</rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
"#,
        spec = opt("ram:ID", &d.spec),
        number = opt("ram:ID", &d.number),
        type_code = d.type_code,
        issue = date102(&d.issue_date),
        buyer_ref = opt("ram:BuyerReference", &d.buyer_reference),
        seller = party("SellerTradeParty", &d.seller, &d.seller_name, &d.seller_country),
        buyer = party("BuyerTradeParty", &d.buyer, &d.buyer_name, &d.buyer_country),
        order = d
            .order_reference
            .as_ref()
            .map(|o| format!("<ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>{}</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>", esc(o)))
            .unwrap_or_default(),
        iban = d.iban,
        terms = d
            .due_date
            .as_ref()
            .map(|due| format!("<ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime><udt:DateTimeString format=\"102\">{}</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>", date102(due)))
            .unwrap_or_default(),
        tax = amount(d.tax),
        line_total = money("LineTotalAmount", d.line_total),
        net = money("TaxBasisTotalAmount", d.net),
        gross = money("GrandTotalAmount", d.gross),
        due_amount = money("DuePayableAmount", d.due),
    );
    finish(xml, breakage)
}

/// The letter a hybrid invoice shows: the same facts as its XML.
fn invoice_letter(s: &InvoiceSpec) -> Letter {
    let total: i64 = s
        .lines
        .iter()
        .map(|l| {
            let net = l.quantity * l.price_cents;
            net + (net * l.vat_rate + 50) / 100
        })
        .sum();
    Letter {
        sender: vec![
            s.seller.name.clone(),
            s.seller.street.clone(),
            format!("{} {}", s.seller.postcode, s.seller.city),
        ],
        recipient: vec![
            s.buyer.name.clone(),
            s.buyer.street.clone(),
            format!("{} {}", s.buyer.postcode, s.buyer.city),
        ],
        place_date: format!("{}, {}", s.seller.city, s.issue_date),
        subject: format!("Rechnung {}", s.number),
        salutation: "Sehr geehrte Damen und Herren,".into(),
        paragraphs: s
            .lines
            .iter()
            .map(|l| {
                format!(
                    "{} x {} zu {} EUR",
                    l.quantity,
                    l.name,
                    amount(l.price_cents)
                )
            })
            .chain([format!(
                "Gesamtbetrag {} EUR, zahlbar bis {} auf IBAN {}. Leitweg-ID {}.",
                amount(total),
                s.due_date,
                s.iban,
                s.buyer_reference
            )])
            .collect(),
        closing: vec!["Mit freundlichen Grüßen".into(), s.seller.name.clone()],
    }
}

/// A ZUGFeRD / Factur-X hybrid: a born-digital PDF of the invoice with `xml` embedded as
/// `name` (`factur-x.xml`), reachable through the EmbeddedFiles name tree and the catalog's
/// /AF array as PDF/A-3 requires.
pub fn zugferd_pdf(s: &InvoiceSpec, xml: &str, name: &str) -> Vec<u8> {
    let base = crate::born_digital_pdf(&invoice_letter(s), 1);
    let mut doc = Document::load_mem(&base).expect("the generator's own PDF");
    let stream = Stream::new(
        dictionary! {
            "Type" => "EmbeddedFile",
            "Subtype" => Object::Name(b"text/xml".to_vec()),
            "Params" => dictionary! { "Size" => xml.len() as i64 },
        },
        xml.as_bytes().to_vec(),
    );
    let stream_id = doc.add_object(stream);
    let spec_id = doc.add_object(dictionary! {
        "Type" => "Filespec",
        "F" => Object::String(name.as_bytes().to_vec(), StringFormat::Literal),
        "UF" => Object::String(name.as_bytes().to_vec(), StringFormat::Literal),
        "AFRelationship" => "Alternative",
        "Desc" => Object::String(b"Factur-X invoice".to_vec(), StringFormat::Literal),
        "EF" => dictionary! { "F" => stream_id, "UF" => stream_id },
    });
    let names = doc.add_object(dictionary! {
        "Names" => vec![Object::String(name.as_bytes().to_vec(), StringFormat::Literal), spec_id.into()],
    });
    let catalog = doc.catalog_mut().expect("catalog");
    catalog.set("Names", dictionary! { "EmbeddedFiles" => names });
    catalog.set("AF", vec![Object::Reference(spec_id)]);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("writing to memory");
    out
}
