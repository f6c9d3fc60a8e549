//! End-to-end: real Tesseract one-page PDFs joined into an archive copy, checked with qpdf,
//! poppler and lopdf.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use lopdf::{Dictionary, Document, Object, Stream};

use super::icc::grey_profile;
use super::{build_archive, ArchiveMeta};

const TOOLS: [(&str, &str); 6] = [
    ("tesseract", "--version"),
    ("pdftoppm", "-v"),
    ("pdftotext", "-v"),
    ("pdffonts", "-v"),
    ("pdfinfo", "-v"),
    ("qpdf", "--version"),
];

/// Whether every external tool can be started; names the missing ones otherwise.
fn tools_present() -> bool {
    let missing: Vec<&str> = TOOLS
        .iter()
        .filter(|(tool, arg)| Command::new(tool).arg(arg).output().is_err())
        .map(|(tool, _)| *tool)
        .collect();
    if !missing.is_empty() {
        eprintln!(
            "SKIPPED: archive end-to-end test needs {} (apt install tesseract-ocr \
             tesseract-ocr-deu poppler-utils qpdf)",
            missing.join(", ")
        );
    }
    missing.is_empty()
}

fn run(command: &mut Command) -> Output {
    let output = command
        .output()
        .unwrap_or_else(|e| panic!("{command:?}: {e}"));
    assert!(
        output.status.success(),
        "{command:?} failed with {}:\n{}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// A4 letter with `lines` in Helvetica (WinAnsi, so umlauts and ß are single bytes).
fn letter_pdf(lines: &[&str]) -> Vec<u8> {
    let mut content = b"BT /F1 14 Tf 72 760 Td 20 TL\n".to_vec();
    for line in lines {
        content.push(b'(');
        for c in line.chars() {
            let byte = u8::try_from(u32::from(c)).expect("Latin-1 text");
            if matches!(byte, b'(' | b')' | b'\\') {
                content.push(b'\\');
            }
            content.push(byte);
        }
        content.extend_from_slice(b") Tj T*\n");
    }
    content.extend_from_slice(b"ET\n");

    let mut doc = Document::with_version("1.4");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(Dictionary::from_iter([
        ("Type", Object::Name(b"Font".to_vec())),
        ("Subtype", Object::Name(b"Type1".to_vec())),
        ("BaseFont", Object::Name(b"Helvetica".to_vec())),
        ("Encoding", Object::Name(b"WinAnsiEncoding".to_vec())),
    ]));
    let contents = doc.add_object(Stream::new(Dictionary::new(), content));
    let resources = Dictionary::from_iter([(
        "Font",
        Object::Dictionary(Dictionary::from_iter([("F1", Object::Reference(font))])),
    )]);
    let page = doc.add_object(Dictionary::from_iter([
        ("Type", Object::Name(b"Page".to_vec())),
        ("Parent", Object::Reference(pages_id)),
        (
            "MediaBox",
            Object::Array(vec![0.into(), 0.into(), 595.into(), 842.into()]),
        ),
        ("Resources", Object::Dictionary(resources)),
        ("Contents", Object::Reference(contents)),
    ]));
    doc.objects.insert(
        pages_id,
        Object::Dictionary(Dictionary::from_iter([
            ("Type", Object::Name(b"Pages".to_vec())),
            ("Kids", Object::Array(vec![Object::Reference(page)])),
            ("Count", Object::Integer(1)),
        ])),
    );
    let catalog = doc.add_object(Dictionary::from_iter([
        ("Type", Object::Name(b"Catalog".to_vec())),
        ("Pages", Object::Reference(pages_id)),
    ]));
    doc.trailer.set("Root", Object::Reference(catalog));
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    bytes
}

/// How the page is scanned: 8-bit grey (Tesseract writes a JPEG) or 1-bit (CCITT G4).
#[derive(Clone, Copy)]
enum Scan {
    Grey,
    Bilevel,
}

/// The one-page PDF Tesseract's renderer writes for a 300 dpi scan of a letter with `lines`.
fn tesseract_page(dir: &Path, name: &str, lines: &[&str], scan: Scan) -> Vec<u8> {
    let source = dir.join(format!("{name}-source.pdf"));
    std::fs::write(&source, letter_pdf(lines)).unwrap();
    let (flag, extension) = match scan {
        Scan::Grey => ("-gray", "pgm"),
        Scan::Bilevel => ("-mono", "pbm"),
    };
    let image_base = dir.join(format!("{name}-scan"));
    run(Command::new("pdftoppm")
        .args(["-r", "300", flag, "-singlefile"])
        .arg(&source)
        .arg(&image_base));
    let image = image_base.with_extension(extension);
    let out_base = dir.join(name);
    run(Command::new("tesseract")
        .env("OMP_THREAD_LIMIT", "1")
        .arg(&image)
        .arg(&out_base)
        .args(["-l", "deu", "--dpi", "300", "pdf"]));
    std::fs::read(out_base.with_extension("pdf")).unwrap()
}

fn text_of(path: &Path, page: Option<u32>) -> String {
    let mut command = Command::new("pdftotext");
    if let Some(page) = page {
        command.args(["-f", &page.to_string(), "-l", &page.to_string()]);
    }
    let output = run(command.args(["-enc", "UTF-8"]).arg(path).arg("-"));
    String::from_utf8(output.stdout).unwrap()
}

fn stream<'a>(doc: &'a Document, value: &'a Object) -> &'a Stream {
    let id = value.as_reference().unwrap();
    doc.get_object(id).unwrap().as_stream().unwrap()
}

struct Fixture {
    _dir: tempfile::TempDir,
    pages: Vec<Vec<u8>>,
    archive: Vec<u8>,
    path: PathBuf,
    meta: ArchiveMeta,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let first = tesseract_page(
        dir.path(),
        "page1",
        &[
            "Sehr geehrter Herr Müller,",
            "hiermit lege ich Widerspruch gegen den Bescheid",
            "vom 3. März 2024 ein.",
        ],
        Scan::Grey,
    );
    let second = tesseract_page(
        dir.path(),
        "page2",
        &["Straße der Einheit 12", "Mit freundlichen Grüßen"],
        Scan::Bilevel,
    );
    let meta = ArchiveMeta {
        title: "Widerspruch Müller".to_string(),
        created: "2024-03-05T07:08:09Z".parse().unwrap(),
        producer: "mailroom test".to_string(),
        transfer_note_json: r#"{"pipeline":"post","anomalies":["Seite 2 <schief> & \"blass\""]}"#
            .to_string(),
    };
    let pages = vec![first, second];
    let archive = build_archive(&pages, &meta).unwrap();
    let path = dir.path().join("archive.pdf");
    std::fs::write(&path, &archive).unwrap();
    Fixture {
        _dir: dir,
        pages,
        archive,
        path,
        meta,
    }
}

#[test]
fn archive_of_two_tesseract_pages() {
    if !tools_present() {
        return;
    }
    let f = fixture();
    let inputs: usize = f.pages.iter().map(Vec::len).sum();
    eprintln!(
        "archive: {} bytes; page PDFs: {} + {} = {inputs} bytes",
        f.archive.len(),
        f.pages[0].len(),
        f.pages[1].len()
    );

    // Header: version and the binary comment line.
    assert!(f.archive.starts_with(b"%PDF-1.7\n%"));
    assert!(f.archive[10..14].iter().all(|&b| b >= 128));
    assert_eq!(f.archive[14], b'\n');

    // qpdf finds no damage (exit 0: no errors, no warnings).
    let check = run(Command::new("qpdf").arg("--check").arg(&f.path));
    let report = String::from_utf8_lossy(&check.stdout);
    assert!(
        report.contains("No syntax or stream encoding errors"),
        "{report}"
    );

    // Every font is embedded.
    let fonts = run(Command::new("pdffonts").arg(&f.path));
    let fonts = String::from_utf8(fonts.stdout).unwrap();
    let mut rows = fonts.lines();
    let header = rows.next().unwrap();
    let emb = header.find("emb").unwrap();
    let rows: Vec<&str> = rows.skip(1).filter(|r| !r.trim().is_empty()).collect();
    assert!(!rows.is_empty(), "{fonts}");
    for row in &rows {
        assert_eq!(&row[emb..emb + 3], "yes", "not embedded: {row}");
    }
    assert_eq!(rows.len(), 1, "one font object for both pages:\n{fonts}");

    // The text layer gives words with spaces, umlauts and ß, each on its own page.
    let all = text_of(&f.path, None);
    for words in [
        "Müller",
        "Widerspruch gegen den Bescheid",
        "März",
        "Straße",
        "Grüßen",
    ] {
        assert!(all.contains(words), "{words:?} missing from:\n{all}");
    }
    assert!(text_of(&f.path, Some(1)).contains("Herr Müller"));
    assert!(text_of(&f.path, Some(2)).contains("Straße der Einheit"));

    // Info as poppler reads it.
    let info = run(Command::new("pdfinfo").arg(&f.path));
    let info = String::from_utf8(info.stdout).unwrap();
    let field = |name: &str| {
        info.lines()
            .find_map(|line| line.strip_prefix(name)?.strip_prefix(':'))
            .map(str::trim)
            .unwrap_or_else(|| panic!("no {name} in:\n{info}"))
    };
    assert_eq!(field("PDF version"), "1.7");
    assert_eq!(field("Title"), "Widerspruch Müller");
    assert_eq!(field("Producer"), "mailroom test");
    assert_eq!(field("Pages"), "2");
    assert_eq!(field("Encrypted"), "no");
    assert_eq!(field("Metadata Stream"), "yes");

    // Structure as lopdf reads it.
    let doc = Document::load_mem(&f.archive).unwrap();
    assert_eq!(doc.get_pages().len(), 2);
    let catalog = doc.catalog().unwrap();

    let metadata = stream(&doc, catalog.get(b"Metadata").unwrap());
    assert!(!metadata.dict.has(b"Filter"), "metadata uncompressed");
    assert!(metadata.dict.has_type(b"Metadata"));
    let xmp = String::from_utf8(metadata.content.clone()).unwrap();
    for expected in [
        "<pdfaid:part>2</pdfaid:part>",
        "<pdfaid:conformance>B</pdfaid:conformance>",
        "<rdf:li xml:lang=\"x-default\">Widerspruch Müller</rdf:li>",
        "<xmp:CreateDate>2024-03-05T07:08:09+00:00</xmp:CreateDate>",
        "<pdf:Producer>mailroom test</pdf:Producer>",
        "<mailroom:transferNote>{&quot;pipeline&quot;:&quot;post&quot;,&quot;anomalies&quot;:\
         [&quot;Seite 2 &lt;schief&gt; &amp; \\&quot;blass\\&quot;&quot;]}</mailroom:transferNote>",
        "<pdfaSchema:prefix>mailroom</pdfaSchema:prefix>",
    ] {
        assert!(xmp.contains(expected), "{expected:?} missing from:\n{xmp}");
    }

    let info_id = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let info = doc.get_dictionary(info_id).unwrap();
    assert_eq!(
        info.get(b"CreationDate").unwrap().as_str().unwrap(),
        b"D:20240305070809+00'00'"
    );
    assert_eq!(
        info.get(b"ModDate").unwrap(),
        info.get(b"CreationDate").unwrap()
    );
    assert_eq!(
        lopdf::decode_text_string(info.get(b"Title").unwrap()).unwrap(),
        f.meta.title
    );

    let intents = catalog.get(b"OutputIntents").unwrap().as_array().unwrap();
    assert_eq!(intents.len(), 1);
    let intent = intents[0].as_dict().unwrap();
    assert_eq!(intent.get(b"S").unwrap().as_name().unwrap(), b"GTS_PDFA1");
    let profile = stream(&doc, intent.get(b"DestOutputProfile").unwrap());
    assert_eq!(profile.dict.get(b"N").unwrap().as_i64().unwrap(), 1);
    assert_eq!(profile.decompressed_content().unwrap(), grey_profile());

    let ids = doc.trailer.get(b"ID").unwrap().as_array().unwrap();
    assert_eq!(ids.len(), 2);
    assert_eq!(ids[0], ids[1]);
    assert_eq!(ids[0].as_str().unwrap().len(), 16);

    // The font program is stored once, and both pages use the same font object.
    let programs: Vec<_> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter_map(|d| d.get(b"FontFile2").ok())
        .collect();
    assert_eq!(programs.len(), 1, "one FontFile2");
    let font_streams = doc
        .objects
        .values()
        .filter(|o| o.as_stream().is_ok_and(|s| s.dict.has(b"Length1")))
        .count();
    assert_eq!(font_streams, 1);
    let page_fonts: Vec<Vec<Object>> = doc
        .page_iter()
        .map(|page| {
            let page = doc.get_dictionary(page).unwrap();
            let resources = page.get(b"Resources").unwrap().as_dict().unwrap();
            let fonts = resources.get(b"Font").unwrap().as_dict().unwrap();
            fonts.iter().map(|(_, v)| v.clone()).collect()
        })
        .collect();
    assert_eq!(page_fonts[0], page_fonts[1], "pages share the font object");

    // Grey and 1-bit images, as Tesseract wrote them; nothing PDF/A forbids.
    let mut image_filters = Vec::new();
    for object in doc.objects.values() {
        if let Ok(s) = object.as_stream() {
            if s.dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Image") {
                assert_eq!(
                    s.dict.get(b"ColorSpace").unwrap().as_name().unwrap(),
                    b"DeviceGray"
                );
                image_filters.push(s.dict.get(b"Filter").unwrap().as_name().unwrap().to_vec());
            }
        }
        let dict = match object {
            Object::Dictionary(d) => d,
            Object::Stream(s) => &s.dict,
            _ => continue,
        };
        for key in [b"Encrypt".as_slice(), b"JavaScript", b"Group", b"AA"] {
            assert!(!dict.has(key), "{}", String::from_utf8_lossy(key));
        }
    }
    image_filters.sort();
    assert_eq!(
        image_filters,
        [b"CCITTFaxDecode".to_vec(), b"DCTDecode".to_vec()]
    );
    assert!(!doc.trailer.has(b"Encrypt"));

    // Same inputs and metadata, same bytes.
    assert_eq!(build_archive(&f.pages, &f.meta).unwrap(), f.archive);
}
