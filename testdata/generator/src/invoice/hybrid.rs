//! A ZUGFeRD / Factur-X hybrid: a born-digital PDF with the invoice XML embedded.

use lopdf::{dictionary, Document, Object, Stream, StringFormat};

use super::data::amount;
use super::InvoiceSpec;
use crate::Letter;

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
