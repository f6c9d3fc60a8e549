use mailroom_testdata::{invoice_cii, invoice_ubl, leitweg_id, Breakage, InvoiceSpec};
use rust_decimal::Decimal;

use super::*;

fn sample() -> InvoiceSpec {
    InvoiceSpec::sample(4, &leitweg_id("07137000", "KAEMMEREI"))
}

fn failed(inv: &Invoice) -> Vec<&str> {
    inv.failures().map(|c| c.rule.as_str()).collect()
}

#[test]
fn reads_both_syntaxes_alike() {
    let spec = sample();
    let ubl = read(invoice_ubl(&spec, None).as_bytes(), None).expect("UBL is an invoice");
    let cii = read(invoice_cii(&spec, None).as_bytes(), None).expect("CII is an invoice");
    assert_eq!(ubl.syntax, InvoiceSyntax::Ubl);
    assert_eq!(cii.syntax, InvoiceSyntax::Cii);
    for inv in [&ubl, &cii] {
        assert_eq!(inv.profile, "XRechnung 3.0");
        assert_eq!(inv.number.as_deref(), Some(spec.number.as_str()));
        assert_eq!(inv.issue_date.as_deref(), Some(spec.issue_date.as_str()));
        assert_eq!(inv.due_date.as_deref(), Some("2026-12-31"));
        assert_eq!(
            inv.buyer_reference.as_deref(),
            Some(spec.buyer_reference.as_str())
        );
        assert_eq!(inv.seller.name.as_deref(), Some(spec.seller.name.as_str()));
        assert_eq!(inv.seller.vat_id, spec.seller.vat_id);
        assert_eq!(
            inv.buyer.name.as_deref(),
            Some("Kreisverwaltung Mayen-Koblenz")
        );
        assert_eq!(inv.iban.as_deref(), Some(spec.iban.as_str()));
        assert_eq!(inv.lines.len(), spec.lines.len());
        let net: i64 = spec.lines.iter().map(|l| l.quantity * l.price_cents).sum();
        assert_eq!(inv.totals.net, Some(Decimal::new(net, 2)));
        assert!(inv.passed(), "a valid invoice passes: {:?}", failed(inv));
        assert!(
            inv.checks.len() > 20,
            "every check is listed: {:?}",
            inv.checks
        );
    }
    assert_eq!(ubl.totals, cii.totals);
    assert_eq!(ubl.lines, cii.lines);
}

#[test]
fn every_rule_fails_once() {
    for syntax in ["ubl", "cii"] {
        for b in Breakage::ALL {
            let spec = sample();
            let xml = match syntax {
                "ubl" => invoice_ubl(&spec, Some(b)),
                _ => invoice_cii(&spec, Some(b)),
            };
            let mut inv = read(xml.as_bytes(), None).expect("still taken for an invoice");
            leitweg_check(&mut inv, |id| id.starts_with("07137000-"));
            let failures = failed(&inv);
            assert!(
                failures.contains(&b.rule()),
                "{syntax} {b:?}: {} must fail, failed: {failures:?}",
                b.rule()
            );
            let message = &inv.failures().find(|c| c.rule == b.rule()).unwrap().message;
            assert!(!message.is_empty() && !message.is_ascii() || message.contains(' '));
        }
    }
}

#[test]
fn minimum_and_basic_wl_are_no_e_invoices() {
    for (spec_id, profile) in [
        ("urn:factur-x.eu:1p0:minimum", "Factur-X MINIMUM"),
        ("urn:factur-x.eu:1p0:basicwl", "Factur-X BASIC WL"),
    ] {
        let mut spec = sample();
        spec.specification = spec_id.into();
        let inv = read(invoice_cii(&spec, None).as_bytes(), None).unwrap();
        assert_eq!(inv.profile, profile);
        assert_eq!(failed(&inv), ["MR-PROFILE"], "{profile}");
    }
    // A ZUGFeRD 1 identifier in a CII file does not fit its syntax.
    let mut spec = sample();
    spec.specification = "urn:ferd:CrossIndustryDocument:invoice:1p0:comfort".into();
    let inv = read(invoice_cii(&spec, None).as_bytes(), None).unwrap();
    assert!(failed(&inv).contains(&"BR-01"), "{:?}", failed(&inv));
}

#[test]
fn leitweg_ids_must_be_valid_and_the_administrations() {
    let mut inv = read(invoice_ubl(&sample(), None).as_bytes(), None).unwrap();
    leitweg_check(&mut inv, |id| id.starts_with("07137000-"));
    assert!(inv.passed(), "{:?}", failed(&inv));
    let mut foreign = inv.clone();
    foreign.checks.clear();
    leitweg_check(&mut foreign, |id| id.starts_with("99999999-"));
    assert_eq!(failed(&foreign), ["MR-LEITWEG"]);
    assert!(foreign.checks[0].message.contains("keinem Amt"));
}

#[test]
fn duplicate_check_names_the_filed_document() {
    let mut inv = read(invoice_ubl(&sample(), None).as_bytes(), None).unwrap();
    duplicate_check(&mut inv, None);
    assert!(inv.passed());
    duplicate_check(&mut inv, Some(42));
    let dup = inv.failures().next().expect("the duplicate check fails");
    assert_eq!(dup.rule, "MR-DUPLICATE");
    assert!(dup.message.contains("Dokument 42"), "{}", dup.message);
}

#[test]
fn other_xml_and_text_are_not_invoices() {
    assert!(read(b"<?xml version=\"1.0\"?><note>Rechnung</note>", None).is_none());
    assert!(read(b"Invoice CrossIndustryInvoice as plain text", None).is_none());
    // A DTD (entity expansion) is refused, not expanded.
    let bomb = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">&a;</Invoice>";
    let inv = read(bomb.as_bytes(), None).expect("taken for an invoice");
    assert_eq!(failed(&inv), ["MR-XML"]);
    // Broken XML whose root is no invoice is not taken for a broken invoice.
    let page = "<!DOCTYPE html><html><body>urn:oasis:names:specification:ubl:schema:xsd:Invoice-2 <br></body>";
    assert!(read(page.as_bytes(), None).is_none());
}

#[test]
fn latin1_invoices_are_decoded() {
    let xml = invoice_ubl(&sample(), None).replace("UTF-8", "ISO-8859-1");
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&xml);
    let inv = read(&bytes, None).unwrap();
    assert_eq!(
        inv.buyer.name.as_deref(),
        Some("Kreisverwaltung Mayen-Koblenz")
    );
    assert!(inv
        .seller
        .name
        .as_deref()
        .unwrap()
        .contains(['ü', 'ä', 'ß', 'ö', 'e']));
}

#[test]
fn readable_copy_shows_number_parties_and_total() {
    let inv = read(invoice_cii(&sample(), None).as_bytes(), None).unwrap();
    let lines = render::lines(&inv);
    let text = render::page_texts(&lines).join("\n");
    assert!(text.contains(inv.number.as_deref().unwrap()), "{text}");
    assert!(text.contains("Kreisverwaltung Mayen-Koblenz"));
    assert!(text.contains(inv.seller.name.as_deref().unwrap()));
    assert!(text.contains(&money(inv.totals.due.unwrap())), "{text}");
    assert!(
        lines
            .iter()
            .all(|l| l.text.chars().count() <= render::WIDTH),
        "{text}"
    );
}

#[test]
fn german_money() {
    assert_eq!(money(Decimal::new(123456789, 2)), "1.234.567,89");
    assert_eq!(money(Decimal::new(-5, 1)), "-0,50");
    assert_eq!(money(Decimal::new(100, 0)), "100,00");
}

#[test]
fn a_leitweg_id_with_non_ascii_characters_matches_no_prefix_and_does_not_panic() {
    let department: crate::config::Department =
        toml::from_str("id = \"20\"\nname = \"Kämmerei\"\nleitweg_ids = [\"07137000-*\"]\n")
            .unwrap();
    let deps = crate::config::Departments {
        list: vec![department],
        ..Default::default()
    };
    assert!(deps.by_leitweg_id("0713700€-1-00").is_none());
    assert_eq!(
        deps.by_leitweg_id("07137000-X-00").map(|d| d.id.as_str()),
        Some("20")
    );
}
