//! Electronic invoices: XRechnung (UBL and CII), ZUGFeRD 1/2 and Factur-X read as data and
//! checked. Pure: bytes in, an [`Invoice`] out; `hybrid.rs` finds the XML inside a PDF that
//! lopdf has parsed; `render.rs` lays out the readable copy of an XML-only invoice.

pub mod checks;
mod cii;
pub mod hybrid;
mod profile;
pub mod render;
mod ubl;
mod xml;

pub use checks::{duplicate_check, leitweg_check, money};

use crate::model::{Invoice, InvoiceCheck, InvoiceSyntax, ProfileLevel};

/// Root elements and namespaces of invoice XML, for recognising a file before parsing it.
const MARKERS: &[&str] = &[
    "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
    "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "urn:ferd:CrossIndustryDocument:invoice:1p0",
    "CrossIndustryInvoice",
    "CrossIndustryDocument",
];

/// The most nodes an invoice may have (an XRechnung with embedded attachments has some
/// thousands); a larger file is not read as an invoice.
const MAX_NODES: u32 = 2_000_000;

/// Whether `bytes` look like invoice XML: an XML document naming an invoice root or
/// namespace near its start.
pub fn looks_like_invoice(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    if !head.trim_ascii_start().starts_with(b"<") {
        return false;
    }
    let text = String::from_utf8_lossy(head);
    MARKERS.iter().any(|m| text.contains(m))
}

/// The XML as text: UTF-8 (with or without BOM) or the charset its declaration names.
fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Ok(s) = std::str::from_utf8(bytes) {
        return s.to_string();
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(200)]).to_lowercase();
    let label = head
        .split("encoding=")
        .nth(1)
        .and_then(|r| r.trim_start_matches(['"', '\'']).split(['"', '\'']).next())
        .unwrap_or("windows-1252");
    let encoding =
        encoding_rs::Encoding::for_label(label.as_bytes()).unwrap_or(encoding_rs::WINDOWS_1252);
    encoding.decode(bytes).0.into_owned()
}

/// Reads `bytes` as an invoice and runs its checks (all but the duplicate check). `None` if
/// it is not invoice XML; an invoice that cannot be parsed comes back with syntax
/// `Unreadable` and a failed check saying why (it is filed for the invoice team, not lost).
pub fn read(bytes: &[u8], embedded_as: Option<&str>) -> Option<Invoice> {
    if !looks_like_invoice(bytes) {
        return None;
    }
    let text = decode(bytes);
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        nodes_limit: MAX_NODES,
        ..Default::default()
    };
    let mut invoice = match roxmltree::Document::parse_with_options(&text, options) {
        Ok(doc) => {
            let root = doc.root_element();
            match root.tag_name().name() {
                "Invoice" | "CreditNote" => ubl::read(root),
                "CrossIndustryInvoice" => cii::read(root, false),
                "CrossIndustryDocument" => cii::read(root, true),
                _ => return None,
            }
        }
        // Only a file whose root element is an invoice's is a broken invoice; other broken
        // XML that mentions an invoice namespace (an HTML page, a validator report) is text.
        Err(e) if invoice_root(&text) => return Some(unreadable(&e.to_string(), embedded_as)),
        Err(_) => return None,
    };
    let (profile, level) = profile::profile_of(
        invoice.specification.as_deref(),
        invoice.syntax == InvoiceSyntax::Zugferd1,
    );
    invoice.profile = profile;
    invoice.level = level;
    invoice.embedded_as = embedded_as.map(str::to_string);
    checks::check(&mut invoice);
    Some(invoice)
}

/// Whether the first start tag (after the declaration, comments and a DOCTYPE) names an
/// invoice's root element, whatever its prefix.
fn invoice_root(text: &str) -> bool {
    let Some(tag) = text
        .match_indices('<')
        .map(|(i, _)| &text[i + 1..])
        .find(|rest| !rest.starts_with(['?', '!']))
    else {
        return false;
    };
    let name = tag
        .split(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .next()
        .unwrap_or_default();
    let local = name.rsplit(':').next().unwrap_or_default();
    matches!(
        local,
        "Invoice" | "CreditNote" | "CrossIndustryInvoice" | "CrossIndustryDocument"
    )
}

fn unreadable(why: &str, embedded_as: Option<&str>) -> Invoice {
    Invoice {
        profile: "unlesbar".into(),
        level: ProfileLevel::Unknown,
        syntax: InvoiceSyntax::Unreadable,
        specification: None,
        number: None,
        issue_date: None,
        type_code: None,
        currency: None,
        due_date: None,
        payment_terms: None,
        buyer_reference: None,
        order_reference: None,
        seller: Default::default(),
        buyer: Default::default(),
        payment_means: None,
        iban: None,
        totals: Default::default(),
        vat: Vec::new(),
        lines: Vec::new(),
        checks: vec![InvoiceCheck {
            rule: "MR-XML".into(),
            ok: false,
            message: format!(
                "Die Rechnungsdatei ist kein wohlgeformtes XML ({why}): beim \
                 Rechnungssteller eine lesbare Rechnung anfordern."
            ),
        }],
        embedded_as: embedded_as.map(str::to_string),
    }
}

#[cfg(test)]
mod tests;
