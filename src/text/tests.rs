use super::*;

fn terms(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    index_pieces(text, |p| out.push(p.term.to_string()));
    out
}

#[test]
fn spelling_variants_and_inflections_of_german_words_meet() {
    for (a, b) in [
        ("Straße", "Strasse"),
        ("Müller", "Mueller"),
        ("Häuser", "Haeuser"),
        ("Gebühren", "Gebuehren"),
        ("Größe", "Groesse"),
        ("GRÜSSE", "Grüße"),
        ("Bescheid", "Bescheides"),
        ("Antrag", "Antrags"),
        ("Antrag", "Anträge"),
        ("Breitbandausbau", "Breitbandausbaus"),
        ("Sicherheit", "Sicherheiten"),
        ("Auto", "Autos"),
    ] {
        assert_eq!(term(a), term(b), "{a} vs {b}");
    }
    assert_ne!(term("Widerspruch"), term("Bescheid"));
    assert_ne!(term("Sicherheit"), term("sich"));
}

#[test]
fn compounds_are_found_by_their_parts() {
    for (compound, part) in [
        ("Bauantrag", "Antrag"),
        ("Kreisverwaltung", "Verwaltung"),
        ("Cybersicherheit", "Sicherheit"),
        ("Sperrmüllabholung", "Sperrmüll"),
    ] {
        let analysis = with_analysis(compound, Clone::clone);
        assert!(
            analysis.parts.contains(&term(part)),
            "{compound} → {analysis:?} lacks {part}"
        );
    }
    // Parts share the position of their word, so phrases of whole words still match.
    let mut pieces = Vec::new();
    index_pieces("der Bauantrag kam", |p| {
        pieces.push((p.term.to_string(), p.position))
    });
    assert!(pieces.contains(&(term("Antrag"), 1)), "{pieces:?}");
    assert!(pieces.contains(&(term("kam"), 2)), "{pieces:?}");
}

#[test]
fn numbers_and_file_references_survive_and_case_does_not_matter() {
    assert_eq!(terms("Az. 3 K 1234/25"), ["az", "3", "k", "1234", "25"]);
    assert_eq!(
        with_analysis("BAUANTRAG", Clone::clone),
        with_analysis("bauantrag", Clone::clone)
    );
    assert_eq!(typing_form("Widers"), "widers");
    assert_eq!(typing_form("Grüß"), "gruss");
    assert_eq!(typing_form("Mueller"), "muller");
}

#[test]
fn ibans_typed_with_spaces_are_found_compact_and_bad_ones_are_not() {
    let found = query_identifiers("Zahlung DE02 1203 0000 0000 2020 51 bitte");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].1, "de02120300000000202051");
    assert_eq!(
        query_identifiers("DE02120300000000202051")[0].1,
        "de02120300000000202051"
    );
    assert!(query_identifiers("DE02 1203 0000 0000 2020 52").is_empty());
    assert!(query_identifiers("3 K 1234/25 vom 04.12.2026").is_empty());
}

#[test]
fn classifier_terms_leave_out_numbers_and_short_words() {
    assert_eq!(
        topic_terms("Am 12.03. ein Widerspruch zu 450 Euro"),
        [term("ein"), term("Widerspruch"), term("Euro")]
    );
}
