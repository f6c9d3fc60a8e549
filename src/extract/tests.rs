use super::*;

fn settings() -> ExtractSettings {
    ExtractSettings {
        court_patterns: ExtractSettings::default_court_patterns(),
        reference_patterns: vec![],
        municipalities: vec![("56626".into(), "Andernach".into())],
        own_postcodes: vec!["56068".into()],
        own_name: "Kreisverwaltung Mayen-Koblenz".into(),
    }
}

fn values(fields: &[Field], name: &str) -> Vec<String> {
    fields
        .iter()
        .filter(|f| f.name == name)
        .map(|f| f.value.clone())
        .collect()
}

const LETTER: &str = "Jürgen Weiß
Mühlenstraße 12
56626 Andernach

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Andernach, den 3. März 2026

Betreff: Widerspruch gegen den Gebührenbescheid vom 14.02.2026
Az.: 70-12/2026

Sehr geehrte Damen und Herren,

gegen den Bescheid vom 14.02.26 lege ich Widerspruch ein. Die Gebühr von 1.234,56 € ist zu hoch;
bitte erstatten Sie 99,90 EUR auf mein Konto DE89 3704 0044 0532 0130 00 bei der Sparkasse.
Ihre Rechnung trägt die Leitweg-ID 991-33333TEST-33. Das Fahrzeug MYK-AB 123 ist abgemeldet.
Das Verwaltungsgericht Koblenz führt das Verfahren unter 3 K 1234/25.

Mit freundlichen Grüßen
Jürgen Weiß";

#[test]
fn a_letter_yields_its_fields_with_spans() {
    let fields = extract(&[LETTER], &settings());
    for f in &fields {
        assert_eq!(&LETTER[f.start..f.end], f.raw, "{f:?}");
    }
    assert_eq!(values(&fields, "letter_date"), ["2026-03-03"]);
    assert_eq!(
        values(&fields, "date"),
        ["2026-03-03", "2026-02-14", "2026-02-14"]
    );
    assert_eq!(
        values(&fields, "subject"),
        ["Widerspruch gegen den Gebührenbescheid vom 14.02.2026 / Az.: 70-12/2026"]
    );
    assert_eq!(values(&fields, "file_reference"), ["70-12/2026"]);
    assert_eq!(values(&fields, "amount"), ["123456", "9990"]);
    assert_eq!(values(&fields, "iban"), ["DE89370400440532013000"]);
    assert_eq!(values(&fields, "leitweg_id"), ["991-33333TEST-33"]);
    assert_eq!(values(&fields, "plate"), ["MYK-AB 123"]);
    assert_eq!(values(&fields, "court_reference"), ["3 K 1234/25"]);
    assert_eq!(values(&fields, "sender_postcode"), ["56626"]);
    assert_eq!(values(&fields, "sender_town"), ["Andernach"]);
    assert_eq!(values(&fields, "municipality"), ["Andernach"]);
    assert_eq!(
        values(&fields, "sender"),
        ["Jürgen Weiß, Mühlenstraße 12, 56626 Andernach"]
    );
}

#[test]
fn invalid_values_are_not_fields() {
    let text =
        "Konto DE89 3704 0044 0532 0130 01, Version 1.2.3, am 31.02.2026, ID 991-33333TEST-34";
    let fields = extract(&[text], &settings());
    assert!(values(&fields, "iban").is_empty(), "bad IBAN checksum");
    assert!(
        values(&fields, "date").is_empty(),
        "no 31 February, no version numbers"
    );
    assert!(
        values(&fields, "leitweg_id").is_empty(),
        "bad Leitweg check digits"
    );
}

#[test]
fn leitweg_check_digits_follow_iso_7064() {
    // The KoSIT test Leitweg-ID 991-33333TEST-33.
    assert_eq!(money::leitweg_check("99133333TEST"), "33");
    assert_eq!(
        money::leitweg_check("04011000"),
        money::leitweg_check("04011000")
    );
    assert_eq!(money::leitweg_check("ä"), "");
}

#[test]
fn dates_in_german_forms_and_a_standalone_date_line() {
    let text = "Absender\n\n21.11.26\n\nam 1. Dezember 2026 und am 2. Okt. 2025";
    let fields = extract(&[text], &settings());
    assert_eq!(
        values(&fields, "date"),
        ["2026-11-21", "2026-12-01", "2025-10-02"]
    );
    assert_eq!(values(&fields, "letter_date"), ["2026-11-21"]);
}

#[test]
fn the_administrations_own_address_is_not_the_sender() {
    let text = "Kreisverwaltung Mayen-Koblenz · Bahnhofstraße 9 · 56068 Koblenz\nFrau Anna Schmitz\nHauptstraße 3\n56170 Bendorf\n";
    let fields = extract(&[text], &settings());
    assert_eq!(values(&fields, "sender_postcode"), ["56170"]);
    assert_eq!(values(&fields, "municipality"), ["Bendorf"]);
}

#[test]
fn a_subject_that_wraps_is_taken_whole_with_its_reference_line() {
    let text = "Jürgen Weiß\nMühlenstraße 12\n56626 Andernach\n\nAndernach, 3. März 2026\n\n\
Betreff: Widerspruch gegen den Bescheid vom 14.02.2026 über die Festsetzung\n\
der Abfallgebühren für das Jahr 2026\n\
Aktenzeichen: AW-2025-01234\n\n\
Sehr geehrte Damen und Herren,\n\nhiermit lege ich Widerspruch ein.\n";
    let fields = extract(&[text], &settings());
    assert_eq!(
        values(&fields, "subject"),
        ["Widerspruch gegen den Bescheid vom 14.02.2026 über die Festsetzung der Abfallgebühren für das Jahr 2026 / Aktenzeichen: AW-2025-01234"]
    );
    let s = fields.iter().find(|f| f.name == "subject").unwrap();
    assert_eq!(&text[s.start..s.end], s.raw);
    assert!(s.raw.ends_with("AW-2025-01234"));
    assert_eq!(values(&fields, "file_reference"), ["AW-2025-01234"]);
}

#[test]
fn an_unlabelled_subject_over_two_lines_is_taken_whole_and_a_date_line_is_no_subject() {
    let text = "Kreisverwaltung Mayen-Koblenz\nBahnhofstraße 9\n56068 Koblenz\n\n\
Koblenz, 3. März 2026\n\
Antrag auf Übernahme der Kosten für die Schülerbeförderung\n\
meiner Tochter Lena, Klasse 5b\n\n\
Sehr geehrte Damen und Herren,\n";
    let fields = extract(&[text], &settings());
    assert_eq!(
        values(&fields, "subject"),
        ["Antrag auf Übernahme der Kosten für die Schülerbeförderung meiner Tochter Lena, Klasse 5b"]
    );
    let only_date = "Max Muster\n\nKoblenz, den 3. März 2026\n\nSehr geehrte Damen und Herren,\n";
    assert!(values(&extract(&[only_date], &settings()), "subject").is_empty());
}

#[test]
fn a_labelled_subject_running_into_the_body_keeps_only_its_line() {
    let text = "Betreff: Mein Antrag\nich bitte um Auskunft, ob mein Antrag vollständig ist\nund wann ich mit einer Entscheidung rechnen kann\nweil ich den Termin\nplanen muss und nicht weiß\nwie lange es dauert\n";
    let fields = extract(&[text], &settings());
    assert_eq!(values(&fields, "subject"), ["Mein Antrag"]);
}

#[test]
fn the_sender_comes_from_a_letterhead_when_there_is_no_window_address() {
    // One-line letterhead with dashes, the county's address below it.
    let head = "Schäfer Bau GmbH – Rheinuferstraße 20 – D-56626 Andernach\n\n\
Kreisverwaltung Mayen-Koblenz\nBauaufsicht\nBahnhofstraße 9\n56068 Koblenz\n\n\
Bauantrag Flur 3\n\nSehr geehrte Damen und Herren,\n";
    let fields = extract(&[head], &settings());
    assert_eq!(values(&fields, "sender_postcode"), ["56626"]);
    assert_eq!(values(&fields, "municipality"), ["Andernach"]);
    assert_eq!(
        values(&fields, "sender"),
        ["Schäfer Bau GmbH, Rheinuferstraße 20, D-56626 Andernach"]
    );
    // Only in the footer, as company letters print it.
    let mut foot =
        String::from("Kreisverwaltung Mayen-Koblenz\nBahnhofstraße 9\n56068 Koblenz\n\n");
    for i in 0..30 {
        foot.push_str(&format!("Zeile {i} des Briefes mit Text.\n"));
    }
    foot.push_str("\nIngenieurbüro Weber | Am Markt 3 | 56170 Bendorf | Tel. 02622 1234\n");
    let fields = extract(&[&foot], &settings());
    assert_eq!(values(&fields, "sender_postcode"), ["56170"]);
    assert_eq!(
        values(&fields, "sender"),
        ["Ingenieurbüro Weber, Am Markt 3, 56170 Bendorf"]
    );
    // A long letterhead: its name and the address lines.
    let long = "Rechtsanwälte Berg & Partner\nFachanwälte für Verwaltungsrecht\nDr. Hans Berg\nPetra Klein\nJonas Wolf\nTelefon 0261 4711\nSchloßstraße 14\n56070 Koblenz\n\nSehr geehrte Damen und Herren,\n";
    let fields = extract(&[long], &settings());
    assert_eq!(
        values(&fields, "sender"),
        ["Rechtsanwälte Berg & Partner, Schloßstraße 14, 56070 Koblenz"]
    );
}

#[test]
fn each_file_reference_is_listed_once() {
    let text = "Betreff: Widerspruch\nAz.: 70-12/2026\n\nSehr geehrte Damen und Herren,\n\
zu Ihrem Schreiben (Az. 70-12/2026) und dem Verfahren 3 K 1234/25 (3 K 1234/25) …\n";
    let mut s = settings();
    s.reference_patterns = vec![ReferencePattern {
        name: "amt70".into(),
        regex: Regex::new(r"70-\d+/\d{4}").unwrap(),
    }];
    let fields = extract(&[text, text], &s);
    assert_eq!(values(&fields, "file_reference"), ["70-12/2026"]);
    assert_eq!(values(&fields, "court_reference"), ["3 K 1234/25"]);
}

#[test]
fn a_leitweg_id_is_only_taken_where_the_letter_calls_it_one_or_in_its_long_form() {
    // Numbers whose last two digits happen to be valid check digits.
    let mut fakes = Vec::new();
    for n in 1000..1200u32 {
        let coarse = n.to_string();
        fakes.push(format!("{coarse}-{}", money::leitweg_check(&coarse)));
    }
    let text = format!(
        "Bewerbung auf die Stelle mit der Kennziffer {} und Rückfragen unter {}.\nTermin am 2026-12-04.",
        fakes[0], fakes[1]
    );
    assert!(
        values(&extract(&[&text], &settings()), "leitweg_id").is_empty(),
        "{text}"
    );
    // Labelled, also on the line above; the long form stands alone.
    let coarse = "04011000";
    let fine = "1234512345";
    let long = format!(
        "{coarse}-{fine}-{}",
        money::leitweg_check(&format!("{coarse}{fine}"))
    );
    let labelled = format!(
        "Leitweg-ID: {}\nKäuferreferenz (BT-10):\n{}\nUnsere Rechnung an {long}",
        fakes[2], fakes[3]
    );
    assert_eq!(
        values(&extract(&[&labelled], &settings()), "leitweg_id"),
        [fakes[2].clone(), fakes[3].clone(), long]
    );
}

#[test]
fn an_email_without_address_takes_the_town_its_signature_names() {
    let mail = "Von: Timo Hahn <jugend@sv-example.de>\nBetreff: Führungszeugnisse\n\n\
Sehr geehrte Damen und Herren,\nwir trainieren in der Halle.\n\nSportliche Grüße\nTimo Hahn\n\
Jugendleiter SV Rheinland Andernach 1919 e. V.\n";
    let fields = extract(&[mail], &settings());
    let m: Vec<&Field> = fields.iter().filter(|f| f.name == "municipality").collect();
    assert_eq!(m.len(), 1, "{fields:?}");
    assert_eq!(
        (m[0].value.as_str(), m[0].raw.as_str()),
        ("Andernach", "Andernach")
    );
    // The county's own name in a colleague's signature is no town, nor is a town in the body.
    let internal = "Hallo,\nich war in Andernach.\n\nViele Grüße\nAnna Berg\n\
Kreisverwaltung Mayen-Koblenz, Jugendamt\n";
    assert!(values(&extract(&[internal], &settings()), "municipality").is_empty());
    // A postal address decides before any signature.
    let letter = "Eva Roth\nMarktplatz 1\n56727 Mayen\n\nBetreff: Kita\n\nText.\n\n\
Mit freundlichen Grüßen\nEva Roth, Bäckerei Andernacher Straße\nSV Andernach\n";
    assert_eq!(
        values(&extract(&[letter], &settings()), "municipality"),
        ["Mayen"]
    );
}
