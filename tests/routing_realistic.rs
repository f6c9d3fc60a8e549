//! The shipped configuration on post written by hand (`realistic/`): a county's everyday
//! letters in their own words, not the generator's. The thirteen older sets ship as the
//! model's example letters (`config/examples/`: `letters`, written while the default rules
//! were made, and `held-out-01` … `held-out-12`, written by others who never saw the rules or
//! the topic words); BENCHMARKS.md has what each scored when it was new. What they say about
//! unseen post is measured by leaving each out in turn; `held_out_13.rs` … `held_out_16.rs`
//! are never learned and are routed as a county's first day would route them. Besides: the
//! departments' topic words alone must route most letters, and 5 corrections per department
//! (without examples) at least 95 %. What is not routed right should wait in triage (a click
//! for a person) rather than reach a wrong office.

mod realistic;

use std::collections::BTreeMap;
use std::path::Path;

use mailroom::config::Config;
use mailroom::model::NewRouting;
use mailroom::routing::{DecideInput, Router};
use mailroom_testdata as gen;
use mailroom_testdata::Topic;

type Letters = &'static [(&'static str, &'static str, &'static str)];

fn shipped(dir: &Path) -> Router {
    let paths = mailroom::config::init_instance(dir, false).unwrap();
    let config = Config::load(&paths.config).unwrap();
    Router::new(config.routing.as_ref().unwrap(), &config.data_dir)
}

/// The shipped configuration without any rule and without the example letters: what the
/// departments' topic words do on their own.
fn without_rules(dir: &Path) -> Router {
    without_rules_but(dir, false)
}

/// The shipped configuration without any rule, with or without the example letters.
fn without_rules_but(dir: &Path, examples: bool) -> Router {
    let paths = mailroom::config::init_instance(dir, false).unwrap();
    let rules = dir.join("config/routing.toml");
    let text = std::fs::read_to_string(&rules).unwrap();
    let mut head = text.split("\n[[rule]]\n").next().unwrap().to_string();
    assert!(head.contains("\nexamples = \"examples\"\n"), "{head}");
    if !examples {
        head = head.replace("\nexamples = \"examples\"\n", "\n");
    }
    std::fs::write(&rules, head).unwrap();
    let config = Config::load(&paths.config).unwrap();
    let router = Router::new(config.routing.as_ref().unwrap(), &config.data_dir);
    assert!(router.rules().rules.is_empty());
    router
}

fn decide(router: &Router, text: &str) -> NewRouting {
    let pages = vec![text.to_string()];
    let fields = router.extract(&[text]);
    router.decide(&DecideInput {
        pages: &pages,
        fields: &fields,
        pipeline: "scanner",
        channel: "Post",
        mailbox: None,
        sender: None,
        received_at: "2026-12-01T08:00:00Z".parse().unwrap(),
        invoice: None,
    })
}

#[derive(Default)]
struct Tally {
    right: usize,
    wrong: Vec<String>,
    triage: Vec<String>,
    /// Per expected department: right, wrong, triage.
    table: BTreeMap<&'static str, [u32; 3]>,
    /// Decided by rule, by the model, of those by the model how many overruled a rule.
    by_rule: usize,
    by_model: usize,
    overruled: usize,
}

impl Tally {
    fn of(router: &Router, letters: Letters) -> Tally {
        let mut t = Tally::default();
        for (name, expected, text) in letters {
            let d = decide(router, text);
            match d.source.as_str() {
                "rule" => t.by_rule += 1,
                "model" => t.by_model += 1,
                _ => {}
            }
            t.overruled += usize::from(d.explanation.second_opinion.is_some());
            let row = t.table.entry(expected).or_default();
            match d.department.as_deref() {
                Some(got) if got == *expected => {
                    t.right += 1;
                    row[0] += 1;
                }
                Some(got) => {
                    t.wrong.push(format!(
                        "{name}: {got} by {} (rule {:?}, model {:?}), want {expected}",
                        d.source,
                        d.explanation.rule,
                        d.explanation.model.as_ref().map(|m| &m.departments)
                    ));
                    row[1] += 1;
                }
                None => {
                    t.triage.push(format!(
                        "{name}: want {expected} ({})",
                        d.explanation.triage_reason.as_deref().unwrap_or_default()
                    ));
                    row[2] += 1;
                }
            }
        }
        t
    }

    fn print(&self, title: &str, n: usize) {
        println!("{title}\ndepartment  right wrong triage");
        for (dep, [r, w, t]) in &self.table {
            println!("{dep:<10} {r:>6} {w:>5} {t:>6}");
        }
        println!(
            "total: {} of {n} right, {} wrong, {} triage\n  decided by rule {}, by the model {} \
             ({} of them overruling a rule)\n  wrong: {:#?}\n  triage: {:#?}",
            self.right,
            self.wrong.len(),
            self.triage.len(),
            self.by_rule,
            self.by_model,
            self.overruled,
            self.wrong,
            self.triage
        );
    }
}

/// Routes `letters` with the shipped configuration and no corrections: at least `percent` %
/// right and at most `max_wrong` wrong.
fn day_one_at_most_wrong(letters: Letters, title: &str, percent: usize, max_wrong: usize) {
    let dir = tempfile::tempdir().unwrap();
    let router = shipped(dir.path());
    for (name, _, text) in letters {
        let fields = router.extract(&[text]);
        assert!(
            !fields.iter().any(|f| f.name == "leitweg_id") || name.starts_with("rechnung"),
            "{name}: a Leitweg-ID where the letter names none: {fields:?}"
        );
    }
    let t = Tally::of(&router, letters);
    let n = letters.len();
    t.print(title, n);
    assert!(
        t.right * 100 >= n * percent,
        "only {} of {n} right; wrong {:?}; triage {:?}",
        t.right,
        t.wrong,
        t.triage
    );
    assert!(t.wrong.len() <= max_wrong, "misrouted: {:?}", t.wrong);
}

/// The shipped example letters themselves (584, `config/examples`): the shipped configuration
/// has learned them, so this is no measure of unseen post (that is
/// [`each_example_set_left_out_is_routed_by_the_others`] and the four sets below); it guards
/// that rules and examples do not work against each other (measured: 581 right, 3 wrong; the
/// complement model before the character model: 563 right, 9 wrong, 12 triage).
#[test]
fn the_shipped_example_letters_are_routed_right() {
    let mut all: Vec<(&str, &str, &str)> = Vec::new();
    for set in realistic::example_sets() {
        all.extend_from_slice(realistic::examples(&set));
    }
    let letters: Letters = Box::leak(all.into_boxed_slice());
    day_one_at_most_wrong(letters, "shipped example letters, shipped config", 95, 10);
}

/// The thirteenth set (48 letters of everyday post, written by a helper who saw only the
/// departments' names and tasks, after the twelfth set) scored 41 right, 4 wrong, 3 triage with
/// the complement model over the example letters' stemmed words, and 45 right, 2 wrong,
/// 1 triage with their character model (BENCHMARKS.md); the model never learns it.
#[test]
fn thirteenth_held_out_letters_are_routed_by_the_shipped_configuration_on_day_one() {
    day_one_at_most_wrong(
        realistic::held_out_13::HELD_OUT_13,
        "thirteenth held-out set, shipped config",
        93,
        2,
    );
}

/// The fourteenth set (48 letters, a quarter tricky on purpose: words of another office in
/// passing, three-line e-mails, forms) scored 40 right, 4 wrong, 4 triage with the complement
/// model, 46 right, 1 wrong, 1 triage with the character model.
#[test]
fn fourteenth_held_out_letters_are_routed_by_the_shipped_configuration_on_day_one() {
    day_one_at_most_wrong(
        realistic::held_out_14::HELD_OUT_14,
        "fourteenth held-out set, shipped config",
        95,
        1,
    );
}

/// The fifteenth and sixteenth sets (48 letters each, the sixteenth about a third tricky:
/// a job application for a building inspector's post, a court letter about a building permit,
/// a butcher's hygiene naming the Gesundheitsamt) were written and committed before either
/// model saw them: the complement model routed 47 right, 1 wrong and 42 right, 3 wrong,
/// 3 triage; the character model 47 right, 1 triage and 45 right, 1 wrong, 2 triage (the test:
/// at least 90 % right and at most one wrong).
#[test]
fn fifteenth_and_sixteenth_held_out_letters_are_routed_by_the_shipped_configuration_on_day_one() {
    day_one_at_most_wrong(
        realistic::held_out_15::HELD_OUT_15,
        "fifteenth held-out set, shipped config",
        90,
        1,
    );
    day_one_at_most_wrong(
        realistic::held_out_16::HELD_OUT_16,
        "sixteenth held-out set, shipped config",
        90,
        1,
    );
}

/// Without any rule, the departments' topic words route most letters, and almost never wrongly;
/// what they cannot decide goes to triage with the closest department named.
#[test]
fn topic_words_alone_route_most_letters_before_any_correction() {
    let dir = tempfile::tempdir().unwrap();
    let router = without_rules(dir.path());
    for (letters, title) in [
        (realistic::examples("letters"), "hand-written set, no rules"),
        (realistic::examples("held-out-01"), "held-out set, no rules"),
        (
            realistic::examples("held-out-02"),
            "second held-out set, no rules",
        ),
    ] {
        let t = Tally::of(&router, letters);
        let n = letters.len();
        t.print(title, n);
        assert!(
            t.right * 3 >= n * 2,
            "{title}: only {} of {n} right by topic words",
            t.right
        );
        assert!(
            t.wrong.len() * 10 <= n,
            "{title}: more than 10 % misrouted: {:?}",
            t.wrong
        );
    }
    // The triage reason names what was closest.
    let d = decide(&router, "Sehr geehrte Damen und Herren, mein Hund bellt.");
    assert_eq!(d.source, "triage");
    let why = d.explanation.triage_reason.clone().unwrap();
    assert!(
        why.contains("closest: 39 Veterinäramt") && why.contains("Hund"),
        "{why}"
    );
    let d = decide(&router, "Sehr geehrte Damen und Herren, bitte um Rückruf.");
    let why = d.explanation.triage_reason.clone().unwrap();
    assert!(why.contains("no department's task words"), "{why}");
}

/// After 5 corrections per department on other letters — the second held-out set's three per
/// department and two of the generator's — the shipped rules and topic words with the learned
/// model route at least 95 % of the other two sets right. (Without the example letters: the
/// sets are among them.)
#[test]
fn five_corrections_per_department_keep_routing_at_least_95_percent_right() {
    let dir = tempfile::tempdir().unwrap();
    let router = with_examples(dir.path(), &[]);
    let internal: Vec<String> = router
        .departments()
        .list
        .iter()
        .filter(|d| !d.external)
        .map(|d| d.id.clone())
        .collect();
    let learn = |pages: Vec<String>, class: Option<&str>, department: &str| {
        correct(&router, &pages, class, department)
    };
    let mut per_department: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, department, text) in realistic::examples("held-out-02") {
        learn(vec![text.to_string()], None, department);
        *per_department.entry(department).or_default() += 1;
    }
    for seed in 0u64..200 {
        for &topic in Topic::all() {
            let l = gen::routed_letter(topic, 900_000 + seed);
            let count = per_department.entry(l.expected_department).or_default();
            if *count >= 5 {
                continue;
            }
            *count += 1;
            learn(
                gen::page_texts(&l.letter, 1),
                Some(l.expected_class),
                l.expected_department,
            );
        }
    }
    for id in &internal {
        assert_eq!(
            per_department.get(id.as_str()),
            Some(&5),
            "{per_department:?}"
        );
    }
    let mut all: Vec<(&str, &str, &str)> = realistic::examples("letters").to_vec();
    all.extend_from_slice(realistic::examples("held-out-01"));
    let letters: Letters = Box::leak(all.into_boxed_slice());
    let t = Tally::of(&router, letters);
    let n = letters.len();
    t.print("both sets, shipped config, 5 corrections per department", n);
    assert!(
        t.right * 100 >= n * 95,
        "only {} of {n} right; wrong {:?}; triage {:?}",
        t.right,
        t.wrong,
        t.triage
    );
    assert!(t.wrong.len() <= 2, "misrouted: {:?}", t.wrong);
}

/// A person's routing of `pages` to `department`, learned as a correction.
fn correct(router: &Router, pages: &[String], class: Option<&str>, department: &str) {
    static DOCUMENTS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    let key = DOCUMENTS
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        .to_string();
    let texts: Vec<&str> = pages.iter().map(String::as_str).collect();
    let fields = router.extract(&texts);
    let tokens = router.tokens_of(pages, &fields);
    let text = pages.join("\n");
    router
        .learn(
            Some((key.as_str(), text.as_str())),
            &tokens,
            class,
            Some(department),
            None,
        )
        .unwrap();
}

/// A person's routing of the generator's letter `l` (one page, with its class) to
/// `department`, learned as a correction.
fn correct_generated(router: &Router, l: &gen::RoutedLetter, department: &str) {
    correct(
        router,
        &gen::page_texts(&l.letter, 1),
        Some(l.expected_class),
        department,
    );
}

/// A youth-office letter no rule recognises, from a town with its own youth office: the
/// model chooses the county's youth office, and the town's office takes it over.
#[test]
fn a_town_youth_office_takes_over_what_the_model_sends_to_the_county_youth_office() {
    let dir = tempfile::tempdir().unwrap();
    let router = without_rules(dir.path());
    let letter = |postcode_town: &str| {
        format!(
            "Petra Sommer
Kirchstraße 3
{postcode_town}

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

2. November 2026

Sorge um meine Enkelin

Sehr geehrte Damen und Herren,

ich mache mir Sorgen um das Kindeswohl meiner Enkelin. Ich fürchte eine Vernachlässigung,
die Familie bräuchte dringend Familienhilfe.

Mit freundlichen Grüßen
Petra Sommer"
        )
    };
    let from_andernach = decide(&router, &letter("56626 Andernach"));
    assert_eq!(from_andernach.source, "model", "{from_andernach:?}");
    assert_eq!(from_andernach.department.as_deref(), Some("JA-AND"));
    let taken = from_andernach.explanation.taken_over.as_ref().unwrap();
    assert_eq!(
        (
            taken.from.as_str(),
            taken.municipality.as_str(),
            taken.by.as_str()
        ),
        ("51", "Andernach", "sender")
    );
    let from_polch = decide(&router, &letter("56751 Polch"));
    assert_eq!(
        from_polch.department.as_deref(),
        Some("51"),
        "{from_polch:?}"
    );
    assert!(from_polch.explanation.taken_over.is_none());

    // Where the child lives decides, not where the writer does: from Polch about a
    // granddaughter living in Mayen; from Mayen (a court) about a youth living in Mendig.
    let about_mayen = letter("56751 Polch").replace(
        "meiner Enkelin.",
        "meiner Enkelin, wohnhaft mit ihrer Mutter in Mayen.",
    );
    let d = decide(&router, &about_mayen);
    assert_eq!(d.department.as_deref(), Some("JA-MY"), "{d:?}");
    let taken = d.explanation.taken_over.as_ref().unwrap();
    assert_eq!(
        (taken.municipality.as_str(), taken.by.as_str()),
        ("Mayen", "residence")
    );
    let about_mendig = letter("56727 Mayen").replace(
        "meiner Enkelin.",
        "meiner Enkelin Lea B., wohnhaft Brauerstraße 12, 56743 Mendig.",
    );
    let d = decide(&router, &about_mendig);
    assert_eq!(d.department.as_deref(), Some("51"), "{d:?}");
    assert!(d.explanation.taken_over.is_none());
}

/// A rule word used in passing does not send a letter to the wrong office: when the letter's
/// words point clearly elsewhere, the model's second opinion decides, naming the rule.
#[test]
fn a_rule_word_used_in_passing_meets_a_second_opinion() {
    let text = "Lena Fuchs
Hauptstraße 2
56751 Polch

Kreisverwaltung Mayen-Koblenz
Bahnhofstraße 9
56068 Koblenz

Polch, 4. November 2026

Beglaubigte Kopien meiner Zeugnisse

Guten Tag,

ich bewerbe mich für einen Masterstudiengang in Wien und brauche beglaubigte Kopien meiner
Zeugnisse. Kann ich die Beglaubigung bei Ihnen im Bürgerservice machen lassen, und wann sind
Ihre Öffnungszeiten?

Viele Grüße
Lena Fuchs";
    let dir = tempfile::tempdir().unwrap();
    let router = shipped(dir.path());
    let d = decide(&router, text);
    assert_eq!(
        (d.source.as_str(), d.department.as_deref()),
        ("model", Some("10")),
        "{d:?}"
    );
    let why = d.explanation.second_opinion.unwrap();
    assert!(
        why.contains("\"Bewerbung\"") && why.contains("chose 11") && why.contains("to 10"),
        "{why}"
    );
    // Without the second opinion the model still doubts the rule: triage, both named.
    let rules = dir.path().join("config/routing.toml");
    let shipped_text = std::fs::read_to_string(&rules).unwrap();
    let reload = |text: String| {
        std::fs::write(&rules, text).unwrap();
        let config = Config::load(&dir.path().join("config/mailroom.toml")).unwrap();
        Router::new(config.routing.as_ref().unwrap(), &config.data_dir)
    };
    let router = reload(shipped_text.replace("second_opinion = 0.8", ""));
    let d = decide(&router, text);
    assert_eq!(d.source, "triage", "{d:?}");
    assert!(d.department.is_none());
    let why = d.explanation.triage_reason.unwrap();
    assert!(
        why.contains("chose 11") && why.contains("point to 10") && why.contains("doubt 0.65"),
        "{why}"
    );
    // Without either the rule decides alone.
    let router = reload(
        shipped_text
            .replace("second_opinion = 0.8", "")
            .replace("doubt = 0.65", ""),
    );
    let d = decide(&router, text);
    assert_eq!(
        (d.source.as_str(), d.department.as_deref()),
        ("rule", Some("11"))
    );
}

/// When the model would route a letter to another office on its own (at least `doubt`
/// sure) but not as surely as a second opinion, rule and words disagree: triage, not a guess.
/// (Without the example letters: the letter is one of them, and having learned it the model
/// is sure enough to overrule the rule.)
#[test]
fn a_rule_the_words_contradict_waits_in_triage() {
    let dir = tempfile::tempdir().unwrap();
    let router = with_examples(dir.path(), &[]);
    let (_, want, text) = realistic::examples("held-out-11")
        .iter()
        .find(|(name, _, _)| *name == "pruefbericht-brandschutz-hotelumbau-vallendar")
        .unwrap();
    assert_eq!(*want, "63");
    let d = decide(&router, text);
    assert_eq!(d.source, "triage", "{d:?}");
    let why = d.explanation.triage_reason.as_deref().unwrap();
    assert!(
        why.contains("\"Ordnungsamt\"") && why.contains("point to 63"),
        "{why}"
    );
    assert!(d
        .explanation
        .rules_matched
        .iter()
        .any(|r| r.name == "Ordnungsamt"));
}

/// An instance with the shipped rules and topic words whose example letters are `letters`
/// (none: the configuration without `[model] examples`).
fn with_examples(dir: &Path, letters: &[(&str, &str, &str)]) -> Router {
    let paths = mailroom::config::init_instance(dir, false).unwrap();
    let examples = dir.join("config/examples");
    std::fs::remove_dir_all(&examples).unwrap();
    if letters.is_empty() {
        let rules = dir.join("config/routing.toml");
        let text = std::fs::read_to_string(&rules).unwrap();
        assert!(text.contains("\nexamples = \"examples\"\n"), "{text}");
        std::fs::write(&rules, text.replace("\nexamples = \"examples\"\n", "\n")).unwrap();
    } else {
        let table: Vec<toml::Value> = letters
            .iter()
            .map(|(name, department, text)| {
                let mut t = toml::Table::new();
                t.insert("name".into(), (*name).into());
                t.insert("department".into(), (*department).into());
                t.insert("text".into(), (*text).into());
                toml::Value::Table(t)
            })
            .collect();
        let mut file = toml::Table::new();
        file.insert("letter".into(), toml::Value::Array(table));
        std::fs::create_dir_all(&examples).unwrap();
        std::fs::write(examples.join("train.toml"), toml::to_string(&file).unwrap()).unwrap();
    }
    let config = Config::load(&paths.config).unwrap();
    let routing = config.routing.as_ref().unwrap();
    assert_eq!(routing.examples.len(), letters.len());
    Router::new(routing, &config.data_dir)
}

/// How well the example letters carry over to post the model has not seen: each shipped set
/// in turn is left out and routed by an instance that learned the other twelve. Measured
/// (BENCHMARKS.md): 528 of 584 right, 23 wrong, 33 triage with the examples' character model
/// (503 / 26 / 55 with the complement model over their stemmed words before it), against
/// 465 / 25 / 94 with the rules and topic words alone (which were tuned on these sets, so that
/// baseline flatters).
#[test]
fn each_example_set_left_out_is_routed_by_the_others() {
    let names = realistic::example_sets();
    let sets: Vec<Letters> = names.iter().map(|s| realistic::examples(s)).collect();
    let (mut right, mut wrong, mut n) = (0, 0, 0);
    for (k, letters) in sets.iter().enumerate() {
        let others: Vec<(&str, &str, &str)> = sets
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != k)
            .flat_map(|(_, s)| s.iter().copied())
            .collect();
        let dir = tempfile::tempdir().unwrap();
        let router = with_examples(dir.path(), &others);
        let t = Tally::of(&router, letters);
        println!(
            "{} left out: {} of {} right, {} wrong, {} triage",
            names[k],
            t.right,
            letters.len(),
            t.wrong.len(),
            t.triage.len()
        );
        right += t.right;
        wrong += t.wrong.len();
        n += letters.len();
    }
    println!("all sets left out in turn: {right} of {n} right, {wrong} wrong");
    assert!(right * 100 >= n * 85, "only {right} of {n} right");
    assert!(wrong * 100 <= n * 5, "{wrong} of {n} wrong");
    // Without examples the same letters fare worse: the examples are what carries.
    let dir = tempfile::tempdir().unwrap();
    let bare = with_examples(dir.path(), &[]);
    let bare_right: usize = sets.iter().map(|l| Tally::of(&bare, l).right).sum();
    assert!(
        bare_right < right,
        "{bare_right} without examples, {right} with"
    );
}

/// A rule word in passing whose office the model hardly sees: the rule is doubted even below
/// `doubt` (the model at least 0.3 sure of another office, at most 0.3 of the rule's).
#[test]
fn a_rule_whose_office_the_words_hardly_support_waits_in_triage() {
    let dir = tempfile::tempdir().unwrap();
    let router = shipped(dir.path());
    let text = "Von: Petra Lenz <p.lenz@kvmyk.de>
An: Personalamt
Betreff: Hochzeit meiner Tochter am 14. Mai

Liebe Kolleginnen und Kollegen,

meine Tochter heiratet am 14. Mai 2027 in Trier. Ich bitte für diesen Tag um Arbeitsbefreiung
nach dem Tarifvertrag und für den Folgetag um einen Tag Erholungsurlaub. Meine Vertretung am
Schalter ist mit Frau Klein abgesprochen.

Viele Grüße
Petra Lenz
Zulassungsstelle, Schalter 3";
    let d = decide(&router, text);
    assert_eq!(
        d.explanation.rules_matched[0].name,
        "Zulassung und Fahrerlaubnis"
    );
    // Shipped: the model is sure enough of the Personalamt to overrule the rule.
    assert_eq!(
        (d.source.as_str(), d.department.as_deref()),
        ("model", Some("11"))
    );
    let c = d.department_confidence.unwrap();
    assert!((0.8..0.999).contains(&c), "{d:?}");
    // With second opinion and doubt above that confidence, the rule's office (hardly in the
    // words) still does not get the letter: a person decides.
    let rules = dir.path().join("config/routing.toml");
    let shipped_text = std::fs::read_to_string(&rules).unwrap();
    let raised = shipped_text
        .replace("second_opinion = 0.8", "second_opinion = 0.9999")
        .replace("doubt = 0.65", "doubt = 0.9999");
    std::fs::write(&rules, raised).unwrap();
    let config = Config::load(&dir.path().join("config/mailroom.toml")).unwrap();
    let router = Router::new(config.routing.as_ref().unwrap(), &config.data_dir);
    let d = decide(&router, text);
    assert_eq!(d.source, "triage", "{d:?}");
    let why = d.explanation.triage_reason.unwrap();
    assert!(
        why.contains("chose 36")
            && why.contains("point rather to 11")
            && why.contains("hardly to 36"),
        "{why}"
    );
}

/// The test after corrections: five per department, on the generator's letters, are
/// learned into the character model beside the example letters and must keep the four newest
/// hand-written sets at least 95 % right (measured: 183 right, 4 wrong, 5 triage of 192; the
/// same as on day one. Blending in a complement naive Bayes over examples and corrections, as
/// before, gave 182 / 7 / 3: its sure mistakes came back with the first correction).
#[test]
fn corrections_on_top_of_the_example_letters_keep_the_held_out_sets_routed() {
    let dir = tempfile::tempdir().unwrap();
    let router = shipped(dir.path());
    let mut per_department: BTreeMap<&str, usize> = BTreeMap::new();
    for seed in 0u64..200 {
        for &topic in Topic::all() {
            let l = gen::routed_letter(topic, 700_000 + seed);
            let count = per_department.entry(l.expected_department).or_default();
            if *count >= 5 {
                continue;
            }
            *count += 1;
            correct_generated(&router, &l, l.expected_department);
        }
    }
    assert!(
        per_department.values().all(|n| *n == 5),
        "{per_department:?}"
    );
    let mut all: Vec<(&str, &str, &str)> = Vec::new();
    for set in [
        realistic::held_out_13::HELD_OUT_13,
        realistic::held_out_14::HELD_OUT_14,
        realistic::held_out_15::HELD_OUT_15,
        realistic::held_out_16::HELD_OUT_16,
    ] {
        all.extend_from_slice(set);
    }
    let letters: Letters = Box::leak(all.into_boxed_slice());
    let t = Tally::of(&router, letters);
    let n = letters.len();
    t.print(
        "sets 13 to 16, shipped config, 5 corrections per department",
        n,
    );
    let d = decide(&router, letters[0].2);
    let learned = d.explanation.model.unwrap().learned_documents;
    assert_eq!(learned, 5 * per_department.len() as u64);
    assert!(
        t.right * 100 >= n * 95,
        "only {} of {n} right; wrong {:?}",
        t.right,
        t.wrong
    );
    assert!(t.wrong.len() <= 4, "misrouted: {:?}", t.wrong);
}

/// A county whose Bürgerservice handles housing benefit: the example letters say Sozialamt, a
/// person corrects the first letters of the kind, and the model follows the corrections (it
/// learns the corrected letters themselves) instead of arguing with them in triage. Measured:
/// see the test's output.
#[test]
fn corrections_teach_the_model_what_the_example_letters_taught_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let router = without_rules_but(dir.path(), true);
    let from = gen::routed_letter(Topic::Wohngeld, 0).expected_department;
    let to = gen::routed_letter(Topic::Beschwerde, 0).expected_department;
    assert_ne!(from, to);
    // Unseen letters of the kind: to the examples' office, to the corrections' one, triage.
    let route = |router: &Router| {
        let mut counts = [0usize; 3];
        for seed in 100..120 {
            let l = gen::routed_letter(Topic::Wohngeld, seed);
            let pages = gen::page_texts(&l.letter, 1);
            let d = decide(router, &pages.join("\n"));
            counts[match d.department.as_deref() {
                Some(d) if d == from => 0,
                Some(d) if d == to => 1,
                _ => 2,
            }] += 1;
        }
        counts
    };
    let before = route(&router);
    eprintln!("day one: {before:?} (to {from}, to {to}, elsewhere or triage)");
    assert!(before[0] >= 15, "{before:?}");
    let mut seed = 0;
    for corrections in [3, 10] {
        while seed < corrections {
            correct_generated(&router, &gen::routed_letter(Topic::Wohngeld, seed), to);
            seed += 1;
        }
        let after = route(&router);
        eprintln!("after {corrections} corrections: {after:?}");
        assert_eq!(
            after[0], 0,
            "still sent where the corrections said not to: {after:?}"
        );
        if corrections >= 10 {
            assert!(after[1] >= 16, "{after:?}");
        }
    }
    // Routine confirmations for the Bürgerservice (letters the examples route there too) do
    // not push the surprising corrections out of its kept letters.
    for seed in 300..300 + 2 * mailroom::classify::letters::PER_DEPARTMENT as u64 {
        correct_generated(&router, &gen::routed_letter(Topic::Beschwerde, seed), to);
    }
    let after_routine = route(&router);
    eprintln!("after routine confirmations: {after_routine:?}");
    assert_eq!(after_routine[0], 0, "{after_routine:?}");
    assert!(after_routine[1] >= 16, "{after_routine:?}");
    // A model rebuilt from other decisions (letters of the kind kept for the Sozialamt),
    // whose kept letters happen to carry the same revision number: fitted again, not mistaken
    // for the one before.
    let mut rebuilt = mailroom::classify::Classifier::default();
    let mut seed = 200;
    while rebuilt.letters.revision() < router.model().letters.revision() {
        let l = gen::routed_letter(Topic::Wohngeld, seed);
        let text = gen::page_texts(&l.letter, 1).join("\n");
        rebuilt
            .letters
            .remember(&format!("r{seed}"), &text, from, false);
        seed += 1;
    }
    assert_eq!(
        rebuilt.letters.revision(),
        router.model().letters.revision()
    );
    router.replace_model(rebuilt).unwrap();
    let back = route(&router);
    eprintln!("rebuilt: {back:?}");
    assert!(back[0] >= before[0], "{back:?}");
}

/// A mail room at work: it corrects what one pair of the newest hand-written sets got wrong or
/// sent to triage (as a person working the triage list does), and the other pair, never seen,
/// must be routed at least as right and no more wrongly than on day one; the corrected letters
/// themselves are then mostly routed right. Both ways round. Measured: see the output.
#[test]
fn correcting_what_went_wrong_helps_and_does_not_harm_the_next_letters() {
    let pairs: [[Letters; 2]; 2] = [
        [
            realistic::held_out_13::HELD_OUT_13,
            realistic::held_out_14::HELD_OUT_14,
        ],
        [
            realistic::held_out_15::HELD_OUT_15,
            realistic::held_out_16::HELD_OUT_16,
        ],
    ];
    let joined = |p: [Letters; 2]| -> Letters {
        let mut all = p[0].to_vec();
        all.extend_from_slice(p[1]);
        Box::leak(all.into_boxed_slice())
    };
    for (taught, next) in [(0, 1), (1, 0)] {
        let (taught, next) = (joined(pairs[taught]), joined(pairs[next]));
        let dir = tempfile::tempdir().unwrap();
        let router = shipped(dir.path());
        let day_one = Tally::of(&router, next);
        let mut corrected = Vec::new();
        for (name, expected, text) in taught {
            if decide(&router, text).department.as_deref() != Some(*expected) {
                correct(&router, &[text.to_string()], None, expected);
                corrected.push((*name, *expected, *text));
            }
        }
        let after = Tally::of(&router, next);
        let again = Tally::of(&router, Box::leak(corrected.clone().into_boxed_slice()));
        println!(
            "corrected {} letters; the next {}: day one {} right, {} wrong, {} triage; \
             after {} right, {} wrong, {} triage; the corrected ones now {} right, {} wrong",
            corrected.len(),
            next.len(),
            day_one.right,
            day_one.wrong.len(),
            day_one.triage.len(),
            after.right,
            after.wrong.len(),
            after.triage.len(),
            again.right,
            again.wrong.len()
        );
        assert!(!corrected.is_empty());
        assert!(after.right >= day_one.right, "{:?}", after.wrong);
        assert!(
            after.wrong.len() <= day_one.wrong.len(),
            "{:?}",
            after.wrong
        );
        assert!(again.right * 2 > corrected.len(), "{:?}", again.triage);
    }
}
