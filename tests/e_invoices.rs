//! E-invoices end to end through the real binary: XRechnung UBL and CII files, a ZUGFeRD hybrid
//! PDF and a mail with an XRechnung attachment are filed as invoices with their data and
//! checks, routed by Leitweg-ID (or to the invoice review when a check fails), and an XML-only
//! invoice gets a readable PDF/A-3 copy with the XML embedded.

mod common;

use std::path::Path;
use std::process::Command;

use common::Instance;
use mailroom_testdata as gen;
use serde_json::Value;

/// A Leitweg-ID of the county that the shipped departments.toml maps to the Bauaufsicht (63).
fn bauaufsicht() -> String {
    gen::leitweg_id("07137000", "63BAU")
}

/// A Leitweg-ID only the county-wide prefix covers: the Kämmerei (20).
fn kaemmerei() -> String {
    gen::leitweg_id("07137000", "KAEMMEREI")
}

fn failed_rules(doc: &Value) -> Vec<String> {
    doc["invoice"]["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .filter(|c| c["ok"] == false)
        .map(|c| c["rule"].as_str().unwrap().to_string())
        .collect()
}

fn tool(program: &str, args: &[&str]) -> Vec<u8> {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} (installed by scripts/setup.sh): {e}"));
    assert!(
        out.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn xml_invoice_is_filed_as_data_routed_by_leitweg_id_with_a_readable_copy() {
    let inst = Instance::new();
    let spec = gen::InvoiceSpec::sample(1, &bauaufsicht());
    let xml = gen::invoice_ubl(&spec, None);
    let id = inst.ingest(None, "rechnung.xml", xml.as_bytes());
    let doc = inst.show(id);
    assert_eq!(doc["media_type"], "application/xml");
    let inv = &doc["invoice"];
    assert_eq!(inv["profile"], "XRechnung 3.0", "{inv}");
    assert_eq!(inv["number"], spec.number.as_str());
    assert_eq!(inv["buyer_reference"], bauaufsicht().as_str());
    assert_eq!(inv["seller"]["name"], spec.seller.name.as_str());
    assert_eq!(
        inv["seller"]["vat_id"],
        spec.seller.vat_id.as_deref().unwrap()
    );
    assert_eq!(inv["buyer"]["name"], "Kreisverwaltung Mayen-Koblenz");
    assert_eq!(inv["iban"], spec.iban.as_str());
    assert_eq!(inv["lines"].as_array().unwrap().len(), spec.lines.len());
    for key in ["line_net", "net", "tax", "gross", "due"] {
        assert!(inv["totals"][key].is_string(), "totals.{key}: {inv}");
    }
    assert!(failed_rules(&doc).is_empty(), "{}", inv["checks"]);
    assert_eq!(
        doc["department"], "63",
        "routed by Leitweg-ID: {}",
        doc["routing"]
    );
    assert_eq!(doc["routing"]["source"], "invoice");
    assert_eq!(
        doc["routing"]["explanation"]["invoice"]["mapped_to"], "63",
        "{}",
        doc["routing"]
    );
    // The invoice's data are fields for rules and search filters.
    let fields = doc["fields"].as_array().unwrap();
    assert!(fields
        .iter()
        .any(|f| f["name"] == "invoice.number" && f["value"] == spec.number.as_str()));

    // The readable copy: PDF/A-3 whose text has number, parties and total, the XML inside.
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("copy.pdf");
    let out = inst.cli(&["show", &id.to_string(), "--archive", pdf.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(tool(
        "pdftotext",
        &["-enc", "UTF-8", "-layout", pdf.to_str().unwrap(), "-"],
    ))
    .unwrap();
    assert!(text.contains(&spec.number), "{text}");
    assert!(text.contains(&spec.seller.name), "{text}");
    assert!(text.contains("Kreisverwaltung Mayen-Koblenz"), "{text}");
    let due = inv["totals"]["due"].as_str().unwrap().replace('.', ",");
    assert!(text.contains(&due), "total {due} in {text}");
    let bytes = std::fs::read(&pdf).unwrap();
    // The font is embedded as a subset: a readable copy stays small.
    eprintln!(
        "readable copy: {} bytes, XML {} bytes",
        bytes.len(),
        xml.len()
    );
    assert!(
        bytes.len() < 100_000,
        "readable copy of {} bytes",
        bytes.len()
    );
    let head = String::from_utf8_lossy(&bytes);
    assert!(head.contains("pdfaid:part=\"3\"") || head.contains("<pdfaid:part>3</pdfaid:part>"));
    tool("qpdf", &["--check", pdf.to_str().unwrap()]);
    let fonts = String::from_utf8(tool("pdffonts", &[pdf.to_str().unwrap()])).unwrap();
    assert!(
        fonts.lines().skip(2).all(|l| l.contains(" yes yes yes ")),
        "every font embedded as a subset with Unicode mapping: {fonts}"
    );
    let list = String::from_utf8(tool("pdfdetach", &["-list", pdf.to_str().unwrap()])).unwrap();
    assert!(list.contains("rechnung.xml"), "{list}");
    let saved = dir.path().join("embedded.xml");
    tool(
        "pdfdetach",
        &[
            "-save",
            "1",
            "-o",
            saved.to_str().unwrap(),
            pdf.to_str().unwrap(),
        ],
    );
    assert_eq!(
        std::fs::read(&saved).unwrap(),
        xml.as_bytes(),
        "the original XML, unchanged"
    );

    // Search finds it by its words and filters by its fields.
    let hits = inst.json(&[
        "search",
        "--json",
        "--field",
        &format!("invoice.buyer_reference={}", bauaufsicht()),
        "",
    ]);
    assert_eq!(hits.as_array().map(Vec::len), Some(1), "{hits}");
    assert!(!inst.search(&spec.seller.name).is_empty());
}

#[test]
fn cii_invoice_of_the_county_goes_to_the_kaemmerei() {
    let inst = Instance::new();
    let spec = gen::InvoiceSpec::sample(2, &kaemmerei());
    let id = inst.ingest(
        None,
        "xrechnung.xml",
        gen::invoice_cii(&spec, None).as_bytes(),
    );
    let doc = inst.show(id);
    assert_eq!(doc["invoice"]["profile"], "XRechnung 3.0");
    assert!(
        failed_rules(&doc).is_empty(),
        "{}",
        doc["invoice"]["checks"]
    );
    assert_eq!(doc["department"], "20");
    assert_eq!(doc["routing"]["source"], "invoice");
}

#[test]
fn failed_checks_and_duplicates_go_to_the_invoice_review() {
    let inst = Instance::new();
    // Sums that do not add up: filed, but to the review with the reason.
    let spec = gen::InvoiceSpec::sample(3, &bauaufsicht());
    let broken = gen::invoice_ubl(&spec, Some(gen::Breakage::WrongLineSum));
    let id = inst.ingest(None, "falsch.xml", broken.as_bytes());
    let doc = inst.show(id);
    assert_eq!(failed_rules(&doc), ["BR-CO-10"]);
    assert_eq!(
        doc["department"], "20",
        "the review department: {}",
        doc["routing"]
    );
    assert_eq!(doc["routing"]["source"], "invoice");
    let failed = doc["routing"]["explanation"]["invoice"]["failed"].to_string();
    assert!(failed.contains("BR-CO-10"), "{failed}");
    let shown = String::from_utf8(inst.cli(&["show", &id.to_string()]).stdout).unwrap();
    assert!(
        shown.contains("1 of") && shown.contains("BR-CO-10"),
        "{shown}"
    );
    let why = inst.cli(&["explain", &id.to_string()]);
    assert!(
        String::from_utf8_lossy(&why.stdout).contains("BR-CO-10"),
        "{}",
        String::from_utf8_lossy(&why.stdout)
    );

    // A file cut short is no XML any more: filed with its text, for the review.
    let cut = gen::invoice_ubl(&spec, Some(gen::Breakage::NotWellFormed));
    let doc = inst.show(inst.ingest(None, "abgeschnitten.xml", cut.as_bytes()));
    assert_eq!(failed_rules(&doc), ["MR-XML"]);
    assert_eq!(doc["department"], "20");
    assert!(doc["archive_sha256"].is_null(), "no copy made of nothing");
    assert!(doc["pages"][0]["text"]
        .as_str()
        .unwrap()
        .contains(&spec.number));

    // A valid invoice, then the same invoice again in the other syntax: a duplicate.
    let spec = gen::InvoiceSpec::sample(5, &bauaufsicht());
    let first = inst.show(inst.ingest(None, "a.xml", gen::invoice_ubl(&spec, None).as_bytes()));
    assert_eq!(first["department"], "63");
    let again = inst.show(inst.ingest(None, "b.xml", gen::invoice_cii(&spec, None).as_bytes()));
    assert_eq!(failed_rules(&again), ["MR-DUPLICATE"]);
    let message = again["invoice"]["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["rule"] == "MR-DUPLICATE")
        .unwrap()["message"]
        .to_string();
    assert!(
        message.contains(&format!("Dokument {}", first["id"])),
        "{message}"
    );
    assert_eq!(again["department"], "20");
    let status = inst.status();
    assert_eq!(
        status["invoices"]["failed_checks"], 3,
        "{}",
        status["invoices"]
    );
    assert_eq!(
        status["invoices"]["export_pending"], 0,
        "no export configured"
    );
}

#[test]
fn zugferd_hybrid_pdf_keeps_its_visual_and_reads_its_xml() {
    let inst = Instance::new();
    let mut spec = gen::InvoiceSpec::sample(6, &bauaufsicht());
    spec.specification = gen::FACTURX_EN16931.into();
    let pdf = gen::zugferd_pdf(&spec, &gen::invoice_cii(&spec, None), "factur-x.xml");
    let id = inst.ingest(None, "rechnung.pdf", &pdf);
    let doc = inst.show(id);
    assert_eq!(doc["media_type"], "application/pdf");
    assert_eq!(doc["invoice"]["profile"], "EN 16931");
    assert_eq!(doc["invoice"]["embedded_as"], "factur-x.xml");
    assert_eq!(doc["invoice"]["number"], spec.number.as_str());
    assert!(
        failed_rules(&doc).is_empty(),
        "{}",
        doc["invoice"]["checks"]
    );
    assert!(doc["archive_sha256"].is_null(), "the PDF stays the visual");
    assert_eq!(doc["department"], "63");
    let text = doc["pages"][0]["text"].as_str().unwrap();
    assert!(text.contains(&spec.number), "the PDF's own text: {text}");
}

#[test]
fn mail_with_xrechnung_attachment_goes_where_the_invoice_goes() {
    let inst = Instance::new();
    let spec = gen::InvoiceSpec::sample(7, &bauaufsicht());
    let mut mail = gen::MailSpec::from_letter(&gen::Letter::sample(3), 3);
    // The mail's own words must not decide: the attachment is the invoice.
    mail.subject = format!("Rechnung {}", spec.number);
    mail.body_text = "Sehr geehrte Damen und Herren,\nanbei unsere Rechnung.\n".into();
    mail.attachments = vec![gen::Attachment::new(
        "xrechnung.xml",
        "application/xml",
        gen::invoice_ubl(&spec, None).into_bytes(),
    )];
    let id = inst.ingest(None, "rechnung.eml", &mail.to_eml());
    let cover = inst.show(id);
    let parts = cover["consignments"][0]["documents"]
        .as_array()
        .unwrap()
        .clone();
    let attachment = parts
        .iter()
        .find(|p| p["name"] == "xrechnung.xml")
        .unwrap_or_else(|| panic!("attachment filed: {cover}"));
    let doc = inst.show(attachment["document_id"].as_i64().unwrap());
    assert_eq!(doc["invoice"]["number"], spec.number.as_str());
    assert!(
        doc["archive_sha256"].is_string(),
        "readable copy of the attachment"
    );
    assert_eq!(doc["department"], "63", "{}", doc["routing"]);
    assert_eq!(cover["department"], "63", "the mail goes with its invoice");
}

#[test]
fn rules_may_test_invoice_fields() {
    let inst = Instance::new();
    let rules = inst.config.parent().unwrap().join("routing.toml");
    let text = std::fs::read_to_string(&rules).unwrap();
    let rule = "[[rule]]\nname = \"Rechnungen von Lieferant X\"\nwhen = { field = \"invoice.seller.vat_id\", matches = \"^DE311\" }\ntags = [\"lieferant-x\"]\n\n";
    let at = text.find("[[rule]]").expect("a rule");
    std::fs::write(&rules, format!("{}{rule}{}", &text[..at], &text[at..])).unwrap();
    let out = inst.cli(&["validate"]);
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let spec = gen::InvoiceSpec::sample(2, &bauaufsicht());
    assert_eq!(spec.seller.vat_id.as_deref(), Some("DE311223344"));
    let doc = inst.show(inst.ingest(None, "r.xml", gen::invoice_ubl(&spec, None).as_bytes()));
    let tags = doc["tags"].to_string();
    assert!(
        tags.contains("lieferant-x") && tags.contains("e-rechnung"),
        "{tags}"
    );
    assert!(Path::new(&rules).exists());
}

/// Sets `[invoices] export` and the Bauaufsicht's own `invoice_export` in departments.toml.
fn set_exports(inst: &Instance, all: &str, bauaufsicht: &str) {
    let path = inst.config.parent().unwrap().join("departments.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text.replace(
        "[invoices]\nreview = \"20\"\n",
        &format!("[invoices]\nreview = \"20\"\nexport = \"{all}\"\n"),
    );
    let text = text.replace(
        "leitweg_ids = [\"07137000-63*\"]\n",
        &format!("leitweg_ids = [\"07137000-63*\"]\ninvoice_export = \"{bauaufsicht}\"\n"),
    );
    assert!(text.contains(bauaufsicht) && text.contains(all), "{text}");
    std::fs::write(&path, text).unwrap();
}

#[test]
fn invoices_are_handed_over_to_finance_once() {
    let mut inst = Instance::new();
    let finance = inst.dir.path().join("finanzen");
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let receiver = common::webhook::Receiver::listen("x-mailroom-invoice", listener);
    set_exports(
        &inst,
        finance.to_str().unwrap(),
        &format!("http://127.0.0.1:{port}/rechnungen"),
    );
    inst.start();
    let to_kaemmerei = gen::InvoiceSpec::sample(8, &kaemmerei());
    let xml = gen::invoice_cii(&to_kaemmerei, None);
    inst.drop_file("kaemmerei.xml", xml.as_bytes());
    let to_bau = gen::InvoiceSpec::sample(9, &bauaufsicht());
    let bau_xml = gen::invoice_ubl(&to_bau, None);
    inst.drop_file("bau.xml", bau_xml.as_bytes());
    inst.wait_for_documents(2, std::time::Duration::from_secs(60));
    let mut files = Vec::new();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while std::time::Instant::now() < deadline {
        files = std::fs::read_dir(&finance)
            .map(|d| {
                d.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| !n.starts_with('.'))
                    .collect()
            })
            .unwrap_or_default();
        if files.len() == 2 && !receiver.received().is_empty() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    files.sort();
    assert_eq!(
        files.len(),
        2,
        "XML and JSON in the folder: {files:?}\n{}",
        inst.log()
    );
    let stem = files[0].trim_end_matches(".json").to_string();
    assert!(stem.ends_with(&to_kaemmerei.number), "{files:?}");
    let handed = std::fs::read(finance.join(format!("{stem}.xml"))).unwrap();
    assert_eq!(handed, xml.as_bytes(), "the original XML");
    let data: Value =
        serde_json::from_slice(&std::fs::read(finance.join(format!("{stem}.json"))).unwrap())
            .unwrap();
    assert_eq!(data["invoice"]["number"], to_kaemmerei.number.as_str());
    assert_eq!(data["passed"], true);
    assert_eq!(data["department"], "20");

    let posts = receiver.received();
    assert_eq!(posts.len(), 1, "one POST for the Bauaufsicht's invoice");
    let (id, body) = &posts[0];
    assert_eq!(body["invoice"]["number"], to_bau.number.as_str());
    assert_eq!(id, &body["document_id"].to_string());
    use base64::Engine;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(body["xml_base64"].as_str().unwrap())
        .unwrap();
    assert_eq!(decoded, bau_xml.as_bytes());

    // After a restart nothing is handed over again.
    inst.stop();
    let before = std::fs::metadata(finance.join(format!("{stem}.json")))
        .unwrap()
        .modified()
        .unwrap();
    inst.start();
    std::thread::sleep(std::time::Duration::from_secs(5));
    inst.stop();
    assert_eq!(receiver.received().len(), 1, "no repeat");
    let after = std::fs::metadata(finance.join(format!("{stem}.json")))
        .unwrap()
        .modified()
        .unwrap();
    assert_eq!(before, after, "the folder's files are not written again");
    let status = inst.status();
    assert_eq!(status["invoices"]["filed"], 2, "{}", status["invoices"]);
    assert_eq!(status["invoices"]["export_pending"], 0);
    assert_eq!(status["invoices"]["failed_checks"], 0);
    let human = String::from_utf8(inst.cli(&["status"]).stdout).unwrap();
    assert!(human.contains("e-invoices: 2 filed"), "{human}");
}

#[test]
fn validate_names_bad_invoice_settings_at_their_lines() {
    let inst = Instance::new();
    let path = inst.config.parent().unwrap().join("departments.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text
        .replace(
            "[invoices]\nreview = \"20\"\n",
            "[invoices]\nreview = \"99\"\nexport = \"finanzen\"\n",
        )
        .replace(
            "leitweg_ids = [\"07137000-63*\"]",
            "leitweg_ids = [\"07137000-63BAU-00\"]",
        );
    std::fs::write(&path, &text).unwrap();
    let out = inst.cli(&["validate"]);
    assert!(!out.status.success());
    let err =
        String::from_utf8_lossy(&out.stderr).to_string() + &String::from_utf8_lossy(&out.stdout);
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    for (what, needle) in [
        ("review department \"99\"", "review = \"99\""),
        ("export \"finanzen\"", "export = \"finanzen\""),
        ("Leitweg-ID \"07137000-63BAU-00\"", "07137000-63BAU-00"),
    ] {
        assert!(err.contains(what), "{what} in {err}");
        let at = format!("departments.toml:{}", line_of(needle));
        assert!(err.contains(&at), "{what} at {at}: {err}");
    }
}

#[test]
fn the_same_invoice_arriving_twice_at_once_is_caught() {
    let mut inst = Instance::new();
    inst.set_main("workers", "2");
    inst.start();
    let mut failed = 0;
    for seed in 10..14u64 {
        // The same invoice as UBL and as CII (different bytes), dropped together.
        let spec = gen::InvoiceSpec::sample(seed, &bauaufsicht());
        inst.drop_file(
            &format!("a-{seed}.xml"),
            gen::invoice_ubl(&spec, None).as_bytes(),
        );
        inst.drop_file(
            &format!("b-{seed}.xml"),
            gen::invoice_cii(&spec, None).as_bytes(),
        );
    }
    let status = inst.wait_for_documents(8, std::time::Duration::from_secs(60));
    assert_eq!(status["documents"], 8);
    for id in 1..=8 {
        let doc = inst.show(id);
        if failed_rules(&doc) == ["MR-DUPLICATE"] {
            failed += 1;
        } else {
            assert!(
                failed_rules(&doc).is_empty(),
                "{}",
                doc["invoice"]["checks"]
            );
        }
    }
    assert_eq!(failed, 4, "one of each pair is the duplicate");
}
