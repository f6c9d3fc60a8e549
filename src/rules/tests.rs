use std::path::Path;

use super::*;
use crate::extract::{extract, ExtractSettings};

fn known() -> Known {
    Known {
        departments: ["10", "20", "30", "51", "JA-AND"]
            .map(String::from)
            .to_vec(),
    }
}

const RULES: &str = r#"
[model]
min_confidence = 0.75

[[rule]]
name = "Gericht"
when = { any = [ { words = ["Verwaltungsgericht", "Amtsgericht"] }, { field = "court_reference" } ] }
class = "Klage/Gerichtspost"
department = "30"
priority = "high"
tags = ["frist"]

[[rule]]
name = "Widerspruch"
when = { words = ["Widerspruch", "widerspreche"] }
class = "Widerspruch"
department = "30"
deadline = "1 month"

[[rule]]
name = "Jugendamt Andernach"
department = "JA-AND"
[rule.when]
all = [
  { words = ["Unterhaltsvorschuss", "Kindertagespflege"] },
  { field = "sender_postcode", in = ["56626"] },
]

[[rule]]
name = "Jugendamt"
when = { words = ["Unterhaltsvorschuss", "Kindertagespflege"] }
department = "51"

[[rule]]
name = "Rechnung"
when = { all = [ { class = "Rechnung", min_confidence = 0.8 }, { not = { words = ["Mahnung"] } } ] }
department = "20"

[[rule]]
name = "Markierung E-Mail"
when = { channel = "E-Mail" }
tags = ["mail"]
stop = false
"#;

fn rules() -> RuleSet {
    parse(Path::new("/c/routing.toml"), RULES.to_string(), &known()).unwrap()
}

fn route(text: &str, channel: &str, class: Option<(&str, f64)>) -> RuleOutcome {
    let settings = ExtractSettings {
        court_patterns: ExtractSettings::default_court_patterns(),
        ..Default::default()
    };
    let pages = vec![text.to_string()];
    let fields = extract(&[text], &settings);
    rules().evaluate(&Input {
        pages: &pages,
        fields: &fields,
        pipeline: "scanner",
        channel,
        mailbox: None,
        sender: None,
        class,
    })
}

#[test]
fn first_matching_rule_decides_with_evidence() {
    let o = route(
        "Hiermit lege ich Widerspruch gegen den Bescheid ein.",
        "Post",
        None,
    );
    assert_eq!(o.department.as_deref(), Some("30"));
    assert_eq!(o.class.as_deref(), Some("Widerspruch"));
    assert_eq!(o.deadline, Some(Deadline::Months(1)));
    assert_eq!(o.matched, [("Widerspruch".to_string(), Some(13))]);
    assert_eq!(o.evidence[0].text, "Widerspruch");
    assert_eq!(o.evidence[0].start, Some(17));

    // A court letter mentioning a Widerspruch goes to the court rule (it comes first).
    let o = route("Verfahren 3 K 1234/25 wegen Widerspruch", "Post", None);
    assert_eq!(o.matched[0].0, "Gericht");
    assert_eq!(o.priority, Some(Priority::High));
    assert_eq!(o.evidence[0].condition, "field court_reference present");
}

#[test]
fn the_senders_postcode_decides_between_departments() {
    let andernach = "Anna Berg\nRheinstraße 4\n56626 Andernach\n\nAntrag auf Unterhaltsvorschuss";
    let bendorf = "Anna Berg\nRheinstraße 4\n56170 Bendorf\n\nAntrag auf Unterhaltsvorschuss";
    assert_eq!(
        route(andernach, "Post", None).department.as_deref(),
        Some("JA-AND")
    );
    assert_eq!(
        route(bendorf, "Post", None).department.as_deref(),
        Some("51")
    );
}

#[test]
fn class_conditions_not_and_continuing_rules() {
    let o = route(
        "Rechnung Nr. 5 für Büromaterial",
        "E-Mail",
        Some(("Rechnung", 0.9)),
    );
    assert_eq!(o.department.as_deref(), Some("20"));
    let o = route("Rechnung Nr. 5", "E-Mail", Some(("Rechnung", 0.5)));
    assert_eq!(o.department, None, "model not sure enough");
    assert_eq!(o.tags, ["mail"], "a non-stopping rule still adds its tags");
    let o = route(
        "Mahnung zur Rechnung Nr. 5",
        "Post",
        Some(("Rechnung", 0.9)),
    );
    assert_eq!(o.department, None);
    assert!(o.matched.is_empty());
}

#[test]
fn every_error_is_reported_with_its_line() {
    let bad = r#"
[[rule]]
name = "A"
when = { words = ["x"], regex = "y" }
department = "99"

[[rule]]
name = "A"
when = { field = "postleitzahl", in = ["1"] }
class = "Unbekannt"
deadline = "bald"

[[rule]]
name = "C"
when = { any = [ { regex = "(" }, { colour = "red" } ] }
priority = "sofort"

[[rule]]
name = "D"
when = { always = false }
department = "30"
"#;
    let errors = parse(Path::new("/c/routing.toml"), bad.to_string(), &known())
        .unwrap_err()
        .0;
    let lines: Vec<(Option<usize>, &str)> = errors
        .iter()
        .map(|d| (d.line, d.message.as_str()))
        .collect();
    let has = |line: usize, needle: &str| {
        lines
            .iter()
            .any(|(l, m)| *l == Some(line) && m.contains(needle))
    };
    assert!(has(4, "exactly one of"), "{lines:#?}");
    assert!(has(5, "unknown department \"99\""), "{lines:#?}");
    assert!(has(8, "also called \"A\""), "{lines:#?}");
    assert!(has(9, "unknown field \"postleitzahl\""), "{lines:#?}");
    assert!(has(10, "unknown class \"Unbekannt\""), "{lines:#?}");
    assert!(has(11, "deadline \"bald\""), "{lines:#?}");
    assert!(has(15, "invalid regex"), "{lines:#?}");
    assert!(has(15, "unknown key `colour`"), "{lines:#?}");
    assert!(has(16, "priority \"sofort\""), "{lines:#?}");
    assert!(has(20, "`always` takes only `true`"), "{lines:#?}");
    assert!(errors
        .iter()
        .all(|d| d.file == Path::new("/c/routing.toml")));
}

#[test]
fn deadlines_from_the_day_of_receipt() {
    let received: jiff::civil::Date = "2026-01-31".parse().unwrap();
    assert_eq!(
        Deadline::parse("1 month")
            .unwrap()
            .due(received)
            .to_string(),
        "2026-02-28"
    );
    assert_eq!(
        Deadline::parse("2 Wochen")
            .unwrap()
            .due(received)
            .to_string(),
        "2026-02-14"
    );
    assert!(Deadline::parse("1 month later").is_none());
}

#[test]
fn rules_on_where_a_document_came_from_are_not_second_guessed_by_default() {
    let text = r#"
[[rule]]
name = "Postfach Jugendamt"
when = { any = [ { mailbox = "jugendamt" }, { words = ["Jugendamt"] } ] }
department = "51"

[[rule]]
name = "Gericht"
when = { words = ["Verwaltungsgericht"] }
department = "30"

[[rule]]
name = "Ausnahme"
when = { words = ["Sonderfall"] }
department = "10"
second_opinion = false

[[rule]]
name = "Scanner Kämmerei"
when = { pipeline = "kaemmerei" }
department = "20"
second_opinion = true
"#;
    let set = parse(Path::new("/c/routing.toml"), text.to_string(), &known()).unwrap();
    let flags: Vec<(&str, bool)> = set
        .rules
        .iter()
        .map(|r| (r.name.as_str(), r.second_opinion))
        .collect();
    assert_eq!(
        flags,
        [
            ("Postfach Jugendamt", false),
            ("Gericht", true),
            ("Ausnahme", false),
            ("Scanner Kämmerei", true),
        ]
    );
}

#[test]
fn doubt_lies_between_min_confidence_and_second_opinion() {
    let model = |doubt: &str| {
        format!("classes = [\"Antrag\"]\n[model]\nmin_confidence = 0.65\nsecond_opinion = 0.8\n{doubt}\n")
    };
    let set = parse(Path::new("/c/routing.toml"), model("doubt = 0.7"), &known()).unwrap();
    assert_eq!((set.second_opinion, set.doubt), (Some(0.8), Some(0.7)));
    for bad in ["doubt = 0.9", "doubt = 0.5"] {
        let errors = parse(Path::new("/c/routing.toml"), model(bad), &known())
            .unwrap_err()
            .0;
        assert!(
            errors
                .iter()
                .any(|d| d.line == Some(5) && d.message.contains("`doubt` must be between")),
            "{bad}: {errors:?}"
        );
    }
}

#[test]
fn a_rule_by_form_can_be_left_undoubted() {
    let text = r#"
classes = ["Widerspruch"]
[[rule]]
name = "Widerspruch"
when = { words = ["Widerspruch"] }
department = "30"
doubt = false

[[rule]]
name = "Gericht"
when = { words = ["Verwaltungsgericht"] }
department = "30"

[[rule]]
name = "Postfach"
when = { mailbox = "jugendamt" }
department = "51"

[[rule]]
name = "Alles andere"
when = { always = true }
department = "10"
"#;
    let set = parse(Path::new("/c/routing.toml"), text.to_string(), &known()).unwrap();
    let flags: Vec<(bool, bool)> = set
        .rules
        .iter()
        .map(|r| (r.second_opinion, r.doubt))
        .collect();
    assert_eq!(
        flags,
        [(true, false), (true, true), (false, false), (true, false)]
    );
}
