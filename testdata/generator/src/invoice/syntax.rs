//! The invoice written in its two syntaxes: UBL 2.1 and UN/CEFACT CII.

use super::data::{amount, data, esc, finish, line_amount, opt};
use super::{Breakage, InvoiceParty, InvoiceSpec};

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
