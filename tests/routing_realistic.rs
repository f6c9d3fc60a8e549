//! The shipped configuration on post written by hand for this test (`realistic/letters.rs`):
//! a county's everyday letters in their own words, not the generator's. With no correction
//! learned, at least 90 % must reach the right department and at most one a wrong one (the
//! rest waits in triage, which costs a person a click, not a misdirected letter).

mod realistic;

use std::collections::BTreeMap;

use mailroom::config::Config;
use mailroom::routing::{DecideInput, Router};

#[test]
fn realistic_letters_are_routed_by_the_shipped_rules_on_day_one() {
    let dir = tempfile::tempdir().unwrap();
    let paths = mailroom::config::init_instance(dir.path(), false).unwrap();
    let config = Config::load(&paths.config).unwrap();
    let router = Router::new(config.routing.as_ref().unwrap(), &config.data_dir);
    let (mut right, mut wrong, mut triage) = (0, Vec::new(), Vec::new());
    let mut table: BTreeMap<&str, [u32; 3]> = BTreeMap::new();
    for (name, expected, text) in realistic::letters::LETTERS {
        let pages = vec![text.to_string()];
        let fields = router.extract(&[text]);
        assert!(
            !fields.iter().any(|f| f.name == "leitweg_id") || name.starts_with("rechnung"),
            "{name}: a Leitweg-ID where the letter names none: {fields:?}"
        );
        let d = router.decide(&DecideInput {
            pages: &pages,
            fields: &fields,
            pipeline: "scanner",
            channel: "Post",
            mailbox: None,
            sender: None,
            received_at: "2026-12-01T08:00:00Z".parse().unwrap(),
        });
        let row = table.entry(expected).or_default();
        match d.department.as_deref() {
            Some(got) if got == *expected => {
                right += 1;
                row[0] += 1;
            }
            Some(got) => {
                wrong.push(format!(
                    "{name}: {got} (rule {}), want {expected}",
                    d.explanation["rule"]
                ));
                row[1] += 1;
            }
            None => {
                triage.push(format!("{name}: want {expected}"));
                row[2] += 1;
            }
        }
    }
    let n = realistic::letters::LETTERS.len();
    println!("department  right wrong triage");
    for (dep, [r, w, t]) in &table {
        println!("{dep:<10} {r:>6} {w:>5} {t:>6}");
    }
    println!("total: {right} of {n} right; wrong: {wrong:?}; triage: {triage:?}");
    assert!(
        right * 10 >= n * 9,
        "only {right} of {n} right; wrong {wrong:?}; triage {triage:?}"
    );
    assert!(wrong.len() <= 1, "misrouted: {wrong:?}");
}
