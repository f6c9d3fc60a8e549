//! Corpus-wide checks of the routing letters: the trigger-word contract (on the letter text and
//! on the rendered pages), the expected fields, routing targets and layout; variation and
//! learnability are in `learning`.

mod learning;
mod scanners;

use super::dates::MONTHS;
use super::fields::{amount, grouped_iban, AmountStyle};
use super::*;
use crate::layout::{layout_letter, page_texts};
use scanners::*;
use std::collections::HashSet;
use std::sync::OnceLock;

/// Seeds per topic for the corpus-wide checks.
const SEEDS: u64 = 40;

fn corpus() -> &'static [RoutedLetter] {
    static CORPUS: OnceLock<Vec<RoutedLetter>> = OnceLock::new();
    CORPUS.get_or_init(|| routing_corpus(0..SEEDS))
}

fn normalized(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Violations of the trigger-word contract of `topic` in `text`: an own trigger must occur as
/// whole words; earlier triggers must not occur even inside other words.
fn contract_violations(topic: Topic, text: &str) -> Vec<String> {
    let folded = fold(text);
    let mut problems = Vec::new();
    if topic.has_rule() && !topic.triggers().iter().any(|w| has_words(text, w)) {
        problems.push(format!("no own trigger {:?} as a word", topic.triggers()));
    }
    // For topics without a rule, the earlier triggers are all triggers.
    for word in topic.earlier_triggers() {
        if folded.contains(&fold(word)) {
            problems.push(format!("earlier trigger {word:?}"));
        }
    }
    problems
}

#[test]
fn every_letter_keeps_the_trigger_contract() {
    for r in corpus() {
        let problems = contract_violations(r.topic, &r.letter.text());
        assert!(
            problems.is_empty(),
            "{:?}: {problems:?}\n{}",
            r.topic,
            r.letter.text()
        );
    }
}

#[test]
fn rendered_pages_keep_the_trigger_contract_including_continuations() {
    // Layouts fill the page with continuation paragraphs; those must not break the contract.
    for r in corpus() {
        for pages in [1, 2] {
            let text = normalized(&page_texts(&r.letter, pages).join("\n"));
            let problems = contract_violations(r.topic, &text);
            assert!(
                problems.is_empty(),
                "{:?} on {pages} pages: {problems:?}\n{text}",
                r.topic
            );
        }
    }
}

#[test]
fn no_rule_topics_contain_no_trigger_at_all() {
    let all: Vec<&str> = Topic::all()
        .iter()
        .flat_map(|t| t.triggers().iter().copied())
        .collect();
    for r in corpus().iter().filter(|r| !r.topic.has_rule()) {
        let folded = fold(&r.letter.text());
        for word in &all {
            assert!(
                !folded.contains(&fold(word)),
                "{:?} contains {word}",
                r.topic
            );
        }
    }
}

#[test]
fn every_letter_fits_on_one_page() {
    for r in corpus() {
        let layout = layout_letter(&r.letter, 1);
        assert_eq!(layout.len(), 1, "{:?}", r.topic);
        let page = normalized(&layout[0].text());
        for paragraph in &r.letter.paragraphs {
            assert!(
                page.contains(&normalized(paragraph)),
                "{:?}: {paragraph} dropped",
                r.topic
            );
        }
        for line in r.letter.closing.iter().filter(|l| !l.is_empty()) {
            assert!(page.contains(line.as_str()), "{:?}: {line}", r.topic);
        }
    }
}

#[test]
fn unwrapped_lines_fit_the_page() {
    use crate::fonts::{fonts, text_width_pt};
    // Text area: 25 mm left margin, 165 mm wide.
    let right_edge = 190.0 * 72.0 / 25.4;
    for r in corpus() {
        for page in layout_letter(&r.letter, 1) {
            for line in &page.lines {
                let width = text_width_pt(fonts().get(line.face), &line.text, line.size);
                assert!(
                    line.x + width <= right_edge + 0.01,
                    "{:?}: {}",
                    r.topic,
                    line.text
                );
            }
        }
    }
}

#[test]
fn letter_date_is_the_place_date_and_no_body_date_equals_it() {
    let mut with_body_dates = 0;
    for r in corpus() {
        let in_line = dates_in(&r.letter.place_date);
        assert_eq!(in_line.len(), 1, "{}", r.letter.place_date);
        assert_eq!(
            in_line[0].iso(),
            r.fields.letter_date,
            "{}",
            r.letter.place_date
        );
        let mut rest = r.letter.clone();
        rest.place_date.clear();
        let body = dates_in(&rest.text());
        assert!(
            body.iter().all(|d| d.iso() != r.fields.letter_date),
            "{:?}: a body date equals the letter date\n{}",
            r.topic,
            r.letter.text()
        );
        with_body_dates += usize::from(!body.is_empty());
        if matches!(
            r.topic,
            Topic::Gerichtspost | Topic::Widerspruch | Topic::Bussgeld | Topic::Rechnung
        ) {
            assert!(!body.is_empty(), "{:?} needs a second date", r.topic);
        }
    }
    assert!(
        with_body_dates * 2 > corpus().len(),
        "most letters carry a second date"
    );
}

#[test]
fn letter_dates_use_every_format() {
    let lines: Vec<&str> = corpus()
        .iter()
        .map(|r| r.letter.place_date.as_str())
        .collect();
    let has = |f: &dyn Fn(&str) -> bool| lines.iter().any(|l| f(l));
    assert!(has(&|l| l.contains(", den ")), "with 'den'");
    assert!(has(&|l| MONTHS.iter().any(|m| l.contains(m))), "long form");
    assert!(
        has(&|l| l.len() == 8 && l.as_bytes()[2] == b'.'),
        "bare short form"
    );
    assert!(
        has(&|l| l.ends_with(".2026") || l.ends_with(".2025")),
        "numeric"
    );
    assert!(has(&|l| l.starts_with(char::is_alphabetic)), "with place");
}

#[test]
fn amounts_are_exactly_the_printed_ones() {
    let mut styles = HashSet::new();
    for r in corpus() {
        let text = r.letter.text();
        assert_eq!(
            amounts_in(&text),
            r.fields.amounts_cents,
            "{:?}\n{text}",
            r.topic
        );
        if !r.fields.amounts_cents.is_empty() {
            let cents = r.fields.amounts_cents[0];
            styles.extend(
                [
                    AmountStyle::EuroSign,
                    AmountStyle::Eur,
                    AmountStyle::EuroFirst,
                ]
                .into_iter()
                .filter(|&s| find_field(&text, &amount(cents, s)).is_some())
                .map(|s| format!("{s:?}")),
            );
        }
    }
    assert_eq!(styles.len(), 3, "all three amount styles occur: {styles:?}");
}

#[test]
fn fields_are_printed_verbatim_and_valid() {
    for r in corpus() {
        let text = r.letter.text();
        let f = &r.fields;
        let printed = |value: &str| find_field(&text, value).is_some();
        if let Some(iban) = &f.iban {
            assert!(iban_is_valid(iban), "{iban}");
            assert!(iban.starts_with("DE") && iban.len() == 22 && !iban.contains(' '));
            assert!(
                printed(&grouped_iban(iban)),
                "{:?}: {iban} not printed",
                r.topic
            );
        }
        if let Some(id) = &f.leitweg_id {
            assert!(leitweg_id_is_valid(id), "{id}");
            assert!(printed(id), "{id}");
        }
        for value in [&f.plate, &f.court_reference].into_iter().flatten() {
            assert!(printed(value), "{:?}: {value} not printed\n{text}", r.topic);
        }
        if let Some(az) = &f.file_reference {
            let labelled = ["Az. ", "Aktenzeichen ", "Aktenzeichen: "]
                .iter()
                .any(|label| text.contains(&format!("{label}{az}")));
            assert!(
                labelled && printed(az),
                "{:?}: {az} not labelled\n{text}",
                r.topic
            );
        }
        // Every letter has exactly the fields its topic calls for.
        let t = r.topic;
        assert_eq!(
            f.iban.is_some(),
            matches!(t, Topic::Rechnung | Topic::Mahnung),
            "{t:?}"
        );
        assert_eq!(f.leitweg_id.is_some(), t == Topic::Rechnung, "{t:?}");
        assert_eq!(f.plate.is_some(), t == Topic::Bussgeld, "{t:?}");
        assert_eq!(
            f.court_reference.is_some(),
            t == Topic::Gerichtspost,
            "{t:?}"
        );
        if matches!(t, Topic::Widerspruch | Topic::Bussgeld) {
            assert!(f.file_reference.is_some(), "{t:?}");
        }
        if matches!(t, Topic::Rechnung | Topic::Mahnung) {
            assert!(!f.amounts_cents.is_empty(), "{t:?}");
        }
        if f.iban.is_none() {
            assert!(
                !text.contains("IBAN"),
                "{t:?} mentions an IBAN it does not expect"
            );
        }
    }
}

#[test]
fn letters_hold_no_field_lookalikes() {
    // mailroom's extractors would report these; every one must be an expected field.
    for r in corpus() {
        let text = r.letter.text();
        let f = &r.fields;
        for shape in court_shapes(&text) {
            // The social court pattern's tail ("7 AS 310/25") also has the civil court shape.
            let expected = f
                .court_reference
                .as_ref()
                .is_some_and(|c| c.ends_with(&shape));
            assert!(expected, "{:?}: {shape}\n{text}", r.topic);
        }
        for shape in leitweg_shapes(&text) {
            assert_eq!(Some(&shape), f.leitweg_id.as_ref(), "{:?}\n{text}", r.topic);
        }
        for shape in plate_shapes(&text) {
            assert_eq!(Some(&shape), f.plate.as_ref(), "{:?}\n{text}", r.topic);
        }
        if let Some(court) = &f.court_reference {
            assert!(
                court_shapes(&text).contains(court),
                "{court} has the expected shape"
            );
        }
    }
}

#[test]
fn spaced_fields_stay_on_one_rendered_line() {
    // Extraction from PDFs and OCR is easier when a field is not split across lines.
    for r in corpus() {
        let page = &page_texts(&r.letter, 1)[0];
        let f = &r.fields;
        let mut values: Vec<String> = [&f.plate, &f.court_reference]
            .into_iter()
            .flatten()
            .cloned()
            .collect();
        values.extend(f.iban.as_deref().map(grouped_iban));
        let text = r.letter.text();
        for &cents in &f.amounts_cents {
            let styles = [
                AmountStyle::EuroSign,
                AmountStyle::Eur,
                AmountStyle::EuroFirst,
            ];
            let printed = styles
                .iter()
                .map(|&s| amount(cents, s))
                .find(|a| find_field(&text, a).is_some());
            values.push(printed.expect("amount printed"));
        }
        for value in values {
            assert!(
                page.lines().any(|l| l.contains(&value)),
                "{:?}: {value} is split\n{page}",
                r.topic
            );
        }
    }
}

#[test]
fn sender_block_comes_first_and_ends_with_the_postcode_line() {
    for r in corpus() {
        let line = format!("{} {}", r.fields.sender_postcode, r.fields.sender_town);
        let at = r
            .letter
            .sender
            .iter()
            .position(|l| *l == line)
            .expect("postcode line");
        assert!(at >= 2, "name and street come first: {:?}", r.letter.sender);
        assert!(r.letter.text().starts_with(&r.letter.sender[0]));
        let town = TOWNS
            .iter()
            .find(|t| t.name == r.fields.sender_town)
            .expect("known town");
        assert_eq!(town.postcode, r.fields.sender_postcode);
    }
}

#[test]
fn recipient_is_the_county_without_trigger_words() {
    let all: Vec<String> = Topic::all()
        .iter()
        .flat_map(|t| t.triggers().iter().map(|w| fold(w)))
        .collect();
    for r in corpus() {
        let block = r.letter.recipient.join("\n");
        assert!(
            block.contains("Mayen-Koblenz") && block.ends_with("Bahnhofstraße 9\n56068 Koblenz"),
            "{block}"
        );
        let folded = fold(&block);
        assert!(all.iter().all(|w| !folded.contains(w.as_str())), "{block}");
    }
}

#[test]
fn routing_targets_follow_topic_and_town() {
    let mut youth_offices = HashSet::new();
    for r in corpus() {
        let town = TOWNS
            .iter()
            .find(|t| t.name == r.fields.sender_town)
            .unwrap();
        assert_eq!(r.expected_department, r.topic.department_for(town));
        assert_eq!(r.expected_class, r.topic.class());
        if r.topic == Topic::Jugendhilfe {
            youth_offices.insert(r.expected_department);
        }
    }
    assert_eq!(youth_offices, HashSet::from(["51", "JA-AND", "JA-MY"]));
    for town in TOWNS {
        let r = routed_letter_from(Topic::Jugendhilfe, 5, town);
        assert_eq!(r.expected_department, town.own_youth_office.unwrap_or("51"));
        assert_eq!(r.fields.sender_postcode, town.postcode);
        assert!(r.letter.sender.contains(&town.postcode_line()));
    }
}

#[test]
fn letters_are_deterministic_and_the_town_choice_is_transparent() {
    for &topic in Topic::all() {
        for seed in [0, 7, 1234] {
            let a = routed_letter(topic, seed);
            assert_eq!(a, routed_letter(topic, seed));
            assert_eq!(a, routed_letter_from(topic, seed, town_for(topic, seed)));
        }
    }
    let towns: HashSet<&str> = (0..10).map(|s| town_for(Topic::Abfall, s).name).collect();
    assert_eq!(
        towns.len(),
        TOWNS.len(),
        "ten consecutive seeds cover every town"
    );
}

#[test]
fn letters_render_to_pdf_text_and_scans() {
    for &topic in Topic::all() {
        let r = routed_letter(topic, 3);
        let pdf = crate::born_digital_pdf(&r.letter, 1);
        let doc = lopdf::Document::load_mem(&pdf).expect("valid PDF");
        let text = normalized(&doc.extract_text(&[1]).expect("text layer"));
        assert!(
            contract_violations(topic, &text).is_empty(),
            "{topic:?}: {text}"
        );
        for value in [
            &r.fields.plate,
            &r.fields.court_reference,
            &r.fields.leitweg_id,
        ]
        .into_iter()
        .flatten()
        {
            assert!(
                text.contains(value.as_str()),
                "{topic:?}: {value} not in PDF text"
            );
        }
        if let Some(iban) = &r.fields.iban {
            assert!(text.contains(&grouped_iban(iban)), "{topic:?}");
        }
    }
    let r = routed_letter(Topic::Bussgeld, 1);
    let opts = crate::ScanOptions {
        dpi: 60,
        ..Default::default()
    };
    let pages = crate::render_scan(&r.letter, 1, &opts);
    assert_eq!(pages.len(), 1);
    assert!(pages[0].text.contains(r.fields.plate.as_deref().unwrap()));
}
