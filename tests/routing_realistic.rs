//! The shipped configuration on post written by hand (`realistic/`): a county's everyday
//! letters in their own words, not the generator's. Thirteen sets: `letters.rs`, written while the
//! default rules were made, and `held_out.rs` … `held_out_12.rs`, written by
//! others who never saw the rules or the departments' topic words (BENCHMARKS.md has what each
//! scored when it was new, before it informed the configuration). With no correction learned,
//! at least 90 % of each set must reach the right department (the second, third, fourth, sixth
//! and seventh sets: what they reach) and at most one letter a wrong one (the seventh: two;
//! the rest waits in triage, which costs a
//! person a click, not a misdirected letter); the departments' topic words alone (no rules)
//! must already route most of them; after 5 corrections per department on other letters, at
//! least 95 %.

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

/// The shipped configuration without any rule: what the warm model does on its own.
fn without_rules(dir: &Path) -> Router {
    let paths = mailroom::config::init_instance(dir, false).unwrap();
    let rules = dir.join("config/routing.toml");
    let text = std::fs::read_to_string(&rules).unwrap();
    let head = text.split("\n[[rule]]\n").next().unwrap();
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
/// right and at most one wrong.
fn day_one(letters: Letters, title: &str, percent: usize) {
    day_one_at_most_wrong(letters, title, percent, 1);
}

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

#[test]
fn realistic_letters_are_routed_by_the_shipped_rules_on_day_one() {
    day_one(
        realistic::letters::LETTERS,
        "hand-written set, shipped config",
        90,
    );
}

#[test]
fn held_out_letters_are_routed_by_the_shipped_configuration_on_day_one() {
    day_one(
        realistic::held_out::HELD_OUT,
        "held-out set, shipped config",
        90,
    );
}

/// The second held-out set does not reach the 90 % yet (BENCHMARKS.md: 27 of 42 when
/// it was new, 33 after it informed the topic words): this guards what it reaches, and the
/// routing issue stays open until a new set reaches 90 %.
#[test]
fn second_held_out_letters_are_routed_by_the_shipped_configuration_on_day_one() {
    day_one(
        realistic::held_out_2::HELD_OUT_2,
        "second held-out set, shipped config",
        75,
    );
}

/// The third held-out set (44 letters, written by a helper who saw only the departments' names
/// and tasks) scored 36 right, 1 wrong, 7 triage when new (BENCHMARKS.md); a few task words it
/// showed missing were added (39 right, none wrong). This guards that; 90 % on a set nobody
/// has seen is not reached yet.
#[test]
fn third_held_out_letters_are_routed_by_the_shipped_configuration_on_day_one() {
    day_one(
        realistic::held_out_3::HELD_OUT_3,
        "third held-out set, shipped config",
        85,
    );
}

/// The fourth held-out set (48 letters, written by a helper who saw only the departments' names
/// and tasks) scored 37 right, 5 wrong, 6 triage when new (BENCHMARKS.md). Its wrong ones led
/// to the second opinion on rules, the register-court and guardian exceptions of court post,
/// `takes_over` for the towns' youth offices and a few task words (44 right, none wrong).
#[test]
fn fourth_held_out_letters_are_routed_by_the_shipped_configuration_on_day_one() {
    day_one(
        realistic::held_out_4::HELD_OUT_4,
        "fourth held-out set, shipped config",
        85,
    );
}

/// The fifth held-out set (48 letters of less common matters, written by a helper who saw only
/// the departments' names and tasks) scored 34 right, 4 wrong, 10 triage when new
/// (BENCHMARKS.md); "Amtsgericht" alone no longer makes court post, the model's second opinion
/// decides, and task words it showed missing were added (44 right, none wrong).
#[test]
fn fifth_held_out_letters_are_routed_by_the_shipped_configuration_on_day_one() {
    day_one(
        realistic::held_out_5::HELD_OUT_5,
        "fifth held-out set, shipped config",
        90,
    );
}

/// The sixth held-out set (48 letters, written by a helper who saw only the departments' names
/// and tasks, after the fifth set's changes) scored 36 right, 1 wrong, 11 triage when new
/// (BENCHMARKS.md): day-one routing of unseen post is about three in four right with almost
/// none wrong. Lost property no longer goes to the Ordnungsamt by rule; task words it showed
/// missing were added (42 right, none wrong).
#[test]
fn sixth_held_out_letters_are_routed_by_the_shipped_configuration_on_day_one() {
    day_one(
        realistic::held_out_6::HELD_OUT_6,
        "sixth held-out set, shipped config",
        85,
    );
}

/// The seventh held-out set (48 letters) scored 34 right, 4 wrong, 10 triage when new
/// (BENCHMARKS.md). Two rule phrases were too broad ("Umgang mit" of the youth office matched
/// "beim Umgang mit Geld"; "Baulast*" matched "Baulastträger"); task words were added. Two stay
/// wrong: "Mülltonnen" in passing in a report of a crumbling balcony (the model only 0.6 sure of
/// the Bauaufsicht, below the second opinion), and a car conversion for a wheelchair user taken
/// for the Zulassung by its car words. This guards 38 right with those two.
#[test]
fn seventh_held_out_letters_are_routed_by_the_shipped_configuration_on_day_one() {
    day_one_at_most_wrong(
        realistic::held_out_7::HELD_OUT_7,
        "seventh held-out set, shipped config",
        75,
        2,
    );
}

/// The eighth held-out set (48 letters, written by a helper who saw only the departments' names
/// and tasks, a third of them tricky on purpose: another matter in passing, everyday words, an
/// intermediary writing) scored 28 right, 8 wrong, 12 triage when new (BENCHMARKS.md). Four
/// wrong were youth-office letters about people whose home was not the sender's town (a court
/// in Mayen about a youth from Mendig; e-mails from families in town districts): the `residence`
/// field now decides `takes_over`. An objection to a fine goes to the Bußgeldstelle, the
/// minimum confidence is 0.65 (none wrong more on all sets), a few words (38 right; 36 since
/// a rule the model contradicts waits in triage: a youth-court help and a rainwater cistern
/// the model took for the Rechtsamt and the Bauaufsicht). Two stay
/// wrong: "Gewerbeanmeldung … erledigt" in a shop sign's building question, and "beim
/// Jugendamt … beantragt, das läuft" in a housing-benefit request.
#[test]
fn eighth_held_out_letters_are_routed_by_the_shipped_configuration_on_day_one() {
    day_one_at_most_wrong(
        realistic::held_out_8::HELD_OUT_8,
        "eighth held-out set, shipped config",
        75,
        2,
    );
}

/// The ninth held-out set (48 letters, written by a helper who saw only the departments' names
/// and tasks, after the eighth set's changes: `residence`, objections to fines, minimum
/// confidence 0.65) scored 33 right, 4 wrong, 11 triage when new (BENCHMARKS.md). Its wrong
/// ones were rule words in passing with the model below the second opinion (a foster child's
/// bus ticket with "Pflegekind" and "Vormund"; a clerk of the Zulassungsstelle asking the
/// Personalamt; an accessibility complaint about booking a Zulassung appointment) and a
/// school-entry examination without health words; task words were added (39 right, 3 wrong).
/// A second opinion at 0.7 instead of 0.8 was tried: it overrules two rules wrongly more.
#[test]
fn ninth_held_out_letters_are_routed_by_the_shipped_configuration_on_day_one() {
    day_one_at_most_wrong(
        realistic::held_out_9::HELD_OUT_9,
        "ninth held-out set, shipped config",
        80,
        3,
    );
}

/// The tenth held-out set (48 letters, written by a helper who saw only the departments' names
/// and tasks, after the ninth set's changes) scored 30 right, 6 wrong, 12 triage when new
/// (BENCHMARKS.md).
#[test]
fn tenth_held_out_letters_are_routed_by_the_shipped_configuration_on_day_one() {
    day_one_at_most_wrong(
        realistic::held_out_10::HELD_OUT_10,
        "tenth held-out set, shipped config",
        60,
        6,
    );
}

/// The eleventh held-out set (48 letters, written by a helper who saw only the departments'
/// names and tasks, a third of them tricky on purpose) scored 27 right, 11 wrong, 10 triage
/// when new (BENCHMARKS.md). A family court's letter goes to the youth office; an e-mail's
/// signature names the sender's town where no postal address does ("Jugendleiter SV Rheinland
/// Andernach"); a rule the model contradicts (at least `doubt` sure of another office) waits
/// in triage (29 right, 4 wrong). Four stay wrong: rule words in passing where the model does
/// not disagree enough (an IT ticket signed "Zulassungsstelle", a leave request of a waste
/// adviser, a trailer's "Führerscheinklasse" in a parish fête's question about a dishwasher
/// trailer) and a caterer's lukewarm Kita food taken for the youth office.
#[test]
fn eleventh_held_out_letters_are_routed_by_the_shipped_configuration_on_day_one() {
    day_one_at_most_wrong(
        realistic::held_out_11::HELD_OUT_11,
        "eleventh held-out set, shipped config",
        60,
        4,
    );
}

/// The twelfth held-out set (48 letters, written like the others after the eleventh set's
/// changes: `doubt`, family courts, the signature's town) scored 23 right, 9 wrong, 16 triage
/// when new (BENCHMARKS.md); kept as measured, not tuned.
#[test]
fn twelfth_held_out_letters_are_routed_by_the_shipped_configuration_on_day_one() {
    day_one_at_most_wrong(
        realistic::held_out_12::HELD_OUT_12,
        "twelfth held-out set, shipped config",
        45,
        9,
    );
}

/// Without any rule, the departments' topic words route most letters, and almost never wrongly;
/// what they cannot decide goes to triage with the closest department named.
#[test]
fn topic_words_alone_route_most_letters_before_any_correction() {
    let dir = tempfile::tempdir().unwrap();
    let router = without_rules(dir.path());
    for (letters, title) in [
        (realistic::letters::LETTERS, "hand-written set, no rules"),
        (realistic::held_out::HELD_OUT, "held-out set, no rules"),
        (
            realistic::held_out_2::HELD_OUT_2,
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
/// department and two of the generator's — the shipped configuration with the learned model
/// routes at least 95 % of the other two sets right.
#[test]
fn five_corrections_per_department_keep_routing_at_least_95_percent_right() {
    let dir = tempfile::tempdir().unwrap();
    let router = shipped(dir.path());
    let internal: Vec<String> = router
        .departments()
        .list
        .iter()
        .filter(|d| !d.external)
        .map(|d| d.id.clone())
        .collect();
    let learn = |pages: Vec<String>, class: Option<&str>, department: &str| {
        let texts: Vec<&str> = pages.iter().map(String::as_str).collect();
        let fields = router.extract(&texts);
        let tokens = router.tokens_of(&pages, &fields);
        router
            .learn(&tokens, class, Some(department), None)
            .unwrap();
    };
    let mut per_department: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, department, text) in realistic::held_out_2::HELD_OUT_2 {
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
    let mut all: Vec<(&str, &str, &str)> = realistic::letters::LETTERS.to_vec();
    all.extend_from_slice(realistic::held_out::HELD_OUT);
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
#[test]
fn a_rule_the_words_contradict_waits_in_triage() {
    let dir = tempfile::tempdir().unwrap();
    let router = shipped(dir.path());
    let (_, want, text) = realistic::held_out_11::HELD_OUT_11
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
