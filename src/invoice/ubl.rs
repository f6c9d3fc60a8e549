//! UBL 2.1 `Invoice` and `CreditNote` (XRechnung UBL, Peppol BIS) to an [`Invoice`].

use roxmltree::Node;

use super::xml::{amount_in, at, child, children, decimal, iso_date, node_text, text};
use crate::model::{Invoice, InvoiceLine, InvoiceParty, InvoiceSyntax, VatBreakdown};

fn party(node: Option<Node<'_, '_>>) -> InvoiceParty {
    let Some(p) = node.and_then(|n| child(n, "Party")) else {
        return InvoiceParty::default();
    };
    let vat_id = children(p, "PartyTaxScheme")
        .find(|s| text(*s, "TaxScheme/ID").is_some_and(|id| id.eq_ignore_ascii_case("VAT")))
        .and_then(|s| text(s, "CompanyID"));
    InvoiceParty {
        name: text(p, "PartyLegalEntity/RegistrationName").or_else(|| text(p, "PartyName/Name")),
        id: text(p, "PartyIdentification/ID").or_else(|| text(p, "PartyLegalEntity/CompanyID")),
        vat_id,
        street: text(p, "PostalAddress/StreetName"),
        postcode: text(p, "PostalAddress/PostalZone"),
        city: text(p, "PostalAddress/CityName"),
        country: text(p, "PostalAddress/Country/IdentificationCode"),
    }
}

fn line(l: Node<'_, '_>) -> InvoiceLine {
    let quantity = child(l, "InvoicedQuantity|CreditedQuantity");
    InvoiceLine {
        id: text(l, "ID"),
        name: text(l, "Item/Name"),
        quantity: quantity
            .and_then(node_text)
            .and_then(|t| super::xml::parse_decimal(&t)),
        unit: quantity.and_then(|q| q.attribute("unitCode").map(str::to_string)),
        net_price: decimal(l, "Price/PriceAmount"),
        net_amount: decimal(l, "LineExtensionAmount"),
        vat_category: text(l, "Item/ClassifiedTaxCategory/ID"),
        vat_rate: decimal(l, "Item/ClassifiedTaxCategory/Percent"),
        sub_line: false,
    }
}

/// Reads a UBL invoice or credit note whose root is `root`.
pub fn read(root: Node<'_, '_>) -> Invoice {
    let currency = text(root, "DocumentCurrencyCode");
    let cur = currency.as_deref();
    let date = |path: &str| text(root, path).map(|d| iso_date(&d).unwrap_or_else(|raw| raw));
    // The VAT total in the invoice currency is the one with the breakdown (BT-110).
    let tax_totals: Vec<Node<'_, '_>> = children(root, "TaxTotal").collect();
    let main_tax = tax_totals
        .iter()
        .find(|t| {
            child(**t, "TaxAmount").and_then(|a| a.attribute("currencyID")) == cur
                || child(**t, "TaxSubtotal").is_some()
        })
        .or(tax_totals.first())
        .copied();
    let vat = main_tax
        .map(|t| {
            children(t, "TaxSubtotal")
                .map(|s| VatBreakdown {
                    category: text(s, "TaxCategory/ID"),
                    rate: decimal(s, "TaxCategory/Percent"),
                    taxable: decimal(s, "TaxableAmount"),
                    tax: decimal(s, "TaxAmount"),
                })
                .collect()
        })
        .unwrap_or_default();
    let totals = at(root, "LegalMonetaryTotal");
    let total = |name: &str| totals.and_then(|t| decimal(t, name));
    let means = child(root, "PaymentMeans");
    Invoice {
        profile: String::new(),
        level: crate::model::ProfileLevel::Unknown,
        syntax: InvoiceSyntax::Ubl,
        specification: text(root, "CustomizationID"),
        number: text(root, "ID"),
        issue_date: date("IssueDate"),
        type_code: text(root, "InvoiceTypeCode").or_else(|| text(root, "CreditNoteTypeCode")),
        currency: currency.clone(),
        due_date: date("DueDate").or_else(|| {
            means
                .and_then(|m| text(m, "PaymentDueDate"))
                .map(|d| iso_date(&d).unwrap_or_else(|raw| raw))
        }),
        payment_terms: text(root, "PaymentTerms/Note"),
        buyer_reference: text(root, "BuyerReference"),
        order_reference: text(root, "OrderReference/ID"),
        seller: party(child(root, "AccountingSupplierParty")),
        buyer: party(child(root, "AccountingCustomerParty")),
        payment_means: means.and_then(|m| text(m, "PaymentMeansCode")),
        iban: children(root, "PaymentMeans")
            .find_map(|m| text(m, "PayeeFinancialAccount/ID"))
            .map(|i| i.replace(' ', "")),
        totals: crate::model::InvoiceTotals {
            line_net: total("LineExtensionAmount"),
            allowances: total("AllowanceTotalAmount"),
            charges: total("ChargeTotalAmount"),
            net: total("TaxExclusiveAmount"),
            tax: main_tax.and_then(|t| amount_in(t, "", "TaxAmount", cur)),
            gross: total("TaxInclusiveAmount"),
            prepaid: total("PrepaidAmount"),
            rounding: total("PayableRoundingAmount"),
            third_party: children(root, "PrepaidPayment")
                .filter_map(|p| decimal(p, "PaidAmount"))
                .reduce(|a, b| a + b),
            due: total("PayableAmount"),
        },
        vat,
        lines: children(root, "InvoiceLine|CreditNoteLine")
            .map(line)
            .collect(),
        checks: Vec::new(),
        embedded_as: None,
    }
}
