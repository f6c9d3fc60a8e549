//! UN/CEFACT Cross Industry Invoice (XRechnung CII, ZUGFeRD 2, Factur-X) and its predecessor,
//! ZUGFeRD 1's `CrossIndustryDocument`, to an [`Invoice`]. The two name the same parts
//! differently; paths list both (`A|B`).

use roxmltree::Node;

use super::xml::{amount_in, at, child, children, decimal, iso_date, node_text, text};
use crate::model::{Invoice, InvoiceLine, InvoiceParty, InvoiceSyntax, InvoiceTotals};
use crate::model::{ProfileLevel, VatBreakdown};

const TRANSACTION: &str = "SupplyChainTradeTransaction|SpecifiedSupplyChainTradeTransaction";
const AGREEMENT: &str = "ApplicableHeaderTradeAgreement|ApplicableSupplyChainTradeAgreement";
const SETTLEMENT: &str = "ApplicableHeaderTradeSettlement|ApplicableSupplyChainTradeSettlement";
const SUMMATION: &str =
    "SpecifiedTradeSettlementHeaderMonetarySummation|SpecifiedTradeSettlementMonetarySummation";
const LINE: &str = "IncludedSupplyChainTradeLineItem";
const LINE_AGREEMENT: &str = "SpecifiedLineTradeAgreement|SpecifiedSupplyChainTradeAgreement";
const LINE_DELIVERY: &str = "SpecifiedLineTradeDelivery|SpecifiedSupplyChainTradeDelivery";
const LINE_SETTLEMENT: &str = "SpecifiedLineTradeSettlement|SpecifiedSupplyChainTradeSettlement";
const LINE_SUMMATION: &str =
    "SpecifiedTradeSettlementLineMonetarySummation|SpecifiedTradeSettlementMonetarySummation";

fn date_at(node: Node<'_, '_>, path: &str) -> Option<String> {
    text(node, path).map(|d| iso_date(&d).unwrap_or_else(|raw| raw))
}

fn party(node: Option<Node<'_, '_>>) -> InvoiceParty {
    let Some(p) = node else {
        return InvoiceParty::default();
    };
    let vat_id = children(p, "SpecifiedTaxRegistration")
        .filter_map(|r| child(r, "ID"))
        .find(|id| id.attribute("schemeID") == Some("VA"))
        .and_then(node_text);
    InvoiceParty {
        name: text(p, "Name"),
        id: text(p, "ID").or_else(|| text(p, "GlobalID")),
        vat_id,
        street: text(p, "PostalTradeAddress/LineOne"),
        postcode: text(p, "PostalTradeAddress/PostcodeCode"),
        city: text(p, "PostalTradeAddress/CityName"),
        country: text(p, "PostalTradeAddress/CountryID"),
    }
}

fn line(l: Node<'_, '_>) -> InvoiceLine {
    let quantity = at(l, &format!("{LINE_DELIVERY}/BilledQuantity"));
    let settlement = child(l, LINE_SETTLEMENT);
    let tax = settlement.and_then(|s| child(s, "ApplicableTradeTax"));
    InvoiceLine {
        id: text(l, "AssociatedDocumentLineDocument/LineID"),
        name: text(l, "SpecifiedTradeProduct/Name"),
        quantity: quantity
            .and_then(node_text)
            .and_then(|t| super::xml::parse_decimal(&t)),
        unit: quantity.and_then(|q| q.attribute("unitCode").map(str::to_string)),
        net_price: decimal(
            l,
            &format!("{LINE_AGREEMENT}/NetPriceProductTradePrice/ChargeAmount"),
        ),
        net_amount: settlement.and_then(|s| {
            let sum = child(s, LINE_SUMMATION)?;
            amount_in(sum, "", "LineTotalAmount", None)
        }),
        vat_category: tax.and_then(|t| text(t, "CategoryCode")),
        vat_rate: tax.and_then(|t| {
            decimal(t, "RateApplicablePercent").or_else(|| decimal(t, "ApplicablePercent"))
        }),
        sub_line: text(l, "AssociatedDocumentLineDocument/LineStatusReasonCode")
            .is_some_and(|c| matches!(c.as_str(), "DETAIL" | "INFORMATION")),
    }
}

/// Reads a CII invoice (or a ZUGFeRD 1 document) whose root is `root`.
pub fn read(root: Node<'_, '_>, zugferd1: bool) -> Invoice {
    let context = child(
        root,
        "ExchangedDocumentContext|SpecifiedExchangedDocumentContext",
    );
    let header = child(root, "ExchangedDocument|HeaderExchangedDocument");
    let tx = child(root, TRANSACTION);
    let agreement = tx.and_then(|t| child(t, AGREEMENT));
    let settlement = tx.and_then(|t| child(t, SETTLEMENT));
    let sum = settlement.and_then(|s| child(s, SUMMATION));
    let currency = settlement.and_then(|s| text(s, "InvoiceCurrencyCode"));
    let cur = currency.as_deref();
    let total = |name: &str| sum.and_then(|s| amount_in(s, "", name, cur));
    let means: Vec<Node<'_, '_>> = settlement
        .map(|s| children(s, "SpecifiedTradeSettlementPaymentMeans").collect())
        .unwrap_or_default();
    let terms = settlement.and_then(|s| child(s, "SpecifiedTradePaymentTerms"));
    Invoice {
        profile: String::new(),
        level: ProfileLevel::Unknown,
        syntax: if zugferd1 {
            InvoiceSyntax::Zugferd1
        } else {
            InvoiceSyntax::Cii
        },
        specification: context
            .and_then(|c| text(c, "GuidelineSpecifiedDocumentContextParameter/ID")),
        number: header.and_then(|h| text(h, "ID")),
        issue_date: header.and_then(|h| date_at(h, "IssueDateTime/DateTimeString")),
        type_code: header.and_then(|h| text(h, "TypeCode")),
        currency: currency.clone(),
        due_date: terms.and_then(|t| date_at(t, "DueDateDateTime/DateTimeString")),
        payment_terms: terms.and_then(|t| text(t, "Description")),
        buyer_reference: agreement.and_then(|a| text(a, "BuyerReference")),
        order_reference: agreement
            .and_then(|a| text(a, "BuyerOrderReferencedDocument/IssuerAssignedID")),
        seller: party(agreement.and_then(|a| child(a, "SellerTradeParty"))),
        buyer: party(agreement.and_then(|a| child(a, "BuyerTradeParty"))),
        payment_means: means.first().and_then(|m| text(*m, "TypeCode")),
        iban: means
            .iter()
            .find_map(|m| text(*m, "PayeePartyCreditorFinancialAccount/IBANID"))
            .map(|i| i.replace(' ', "")),
        totals: InvoiceTotals {
            line_net: total("LineTotalAmount"),
            allowances: total("AllowanceTotalAmount"),
            charges: total("ChargeTotalAmount"),
            net: total("TaxBasisTotalAmount"),
            tax: total("TaxTotalAmount"),
            gross: total("GrandTotalAmount"),
            prepaid: total("TotalPrepaidAmount"),
            rounding: total("RoundingAmount"),
            third_party: None,
            due: total("DuePayableAmount"),
        },
        vat: settlement
            .map(|s| {
                children(s, "ApplicableTradeTax")
                    .map(|t| VatBreakdown {
                        category: text(t, "CategoryCode"),
                        rate: decimal(t, "RateApplicablePercent")
                            .or_else(|| decimal(t, "ApplicablePercent")),
                        taxable: decimal(t, "BasisAmount"),
                        tax: decimal(t, "CalculatedAmount"),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        lines: tx
            .map(|t| children(t, LINE).map(line).collect())
            .unwrap_or_default(),
        checks: Vec::new(),
        embedded_as: None,
    }
}
