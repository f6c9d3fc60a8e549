//! Routing benchmarks, in process, with the shipped configuration (`config/*.toml` as `mailroom
//! init` writes it) and letters from the routing corpus:
//!
//! 1. extraction + classification + rules for one 2-page letter, with a model that has learned
//!    10,000 documents (target: median < 5 ms);
//! 2. learning one correction (count update and saving the model file) at 10,000 documents
//!    (target: < 1 s);
//! 3. how well the model alone routes unseen letters of all 17 kinds after k corrections per
//!    kind (first choice right, and routed at the shipped minimum confidence);
//! 4. the warm start alone (the departments' topic words, no rules, no corrections; then with
//!    the shipped example letters too) on the generator's letters: right, wrong, triage.
//!
//! `cargo bench --bench routing`. Sizes: BENCH_ROUTE_LETTERS (500), BENCH_MODEL_DOCS (10000).

use std::path::Path;
use std::time::{Duration, Instant};

use mailroom::config::Config;
use mailroom::routing::{DecideInput, Router};
use mailroom_testdata as gen;
use mailroom_testdata::{RoutedLetter, Topic};

#[path = "support/mod.rs"]
mod support;
use support::{env_usize, percentile};

fn router(dir: &Path) -> Router {
    let paths = mailroom::config::init_instance(dir, false).expect("init");
    let config = Config::load(&paths.config).expect("shipped config");
    Router::new(
        config.routing.as_ref().expect("[routing]"),
        &config.data_dir,
    )
}

fn tokens(r: &Router, pages: &[String]) -> Vec<String> {
    let texts: Vec<&str> = pages.iter().map(String::as_str).collect();
    let fields = r.extract(&texts);
    r.tokens_of(pages, &fields)
}

fn decide(r: &Router, pages: &[String]) -> mailroom::model::NewRouting {
    let texts: Vec<&str> = pages.iter().map(String::as_str).collect();
    let fields = r.extract(&texts);
    r.decide(&DecideInput {
        pages,
        fields: &fields,
        pipeline: "scanner",
        channel: "Post",
        mailbox: None,
        sender: None,
        received_at: "2026-11-23T08:00:00Z".parse().unwrap(),
        invoice: None,
    })
}

fn letter(i: usize) -> RoutedLetter {
    let topics = Topic::all();
    gen::routed_letter(topics[i % topics.len()], (i / topics.len()) as u64)
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let n_letters = env_usize("BENCH_ROUTE_LETTERS", 500);
    let n_model = env_usize("BENCH_MODEL_DOCS", 10_000);
    let dir = tempfile::tempdir().unwrap();
    let r = router(dir.path());

    // A model that has learned n_model documents (seeds beyond the ones measured below).
    let started = Instant::now();
    let mut training_tokens = Vec::with_capacity(n_model);
    for i in 0..n_model {
        let l = letter(i + 1_000_000);
        let pages = gen::page_texts(&l.letter, 1);
        training_tokens.push((tokens(&r, &pages), pages.join("\n"), l));
    }
    let mut model = mailroom::classify::Classifier::default();
    for (i, (t, text, l)) in training_tokens.iter().enumerate() {
        model.learn(t, Some(l.expected_class), Some(l.expected_department));
        model
            .letters
            .remember(&i.to_string(), text, l.expected_department, false);
    }
    r.replace_model(model).unwrap();
    // The character model learns the examples and the latest corrected letters once.
    let t = Instant::now();
    std::hint::black_box(r.characters());
    eprintln!(
        "character model fitted with the example letters and {} corrected ones in {:.2} s",
        r.model().letters.iter().count(),
        t.elapsed().as_secs_f64()
    );
    let model_bytes = std::fs::metadata(dir.path().join("data/models/classifier.json"))
        .map(|m| m.len())
        .unwrap_or(0);
    eprintln!(
        "model of {n_model} documents built in {:.1} s ({:.1} MB on disk)",
        started.elapsed().as_secs_f64(),
        model_bytes as f64 / 1e6
    );

    // 1. Per 2-page letter.
    let letters: Vec<Vec<String>> = (0..n_letters)
        .map(|i| gen::page_texts(&letter(i).letter, 2))
        .collect();
    for pages in letters.iter().take(20) {
        decide(&r, pages); // warm-up
    }
    let mut times: Vec<Duration> = letters
        .iter()
        .map(|pages| {
            let t = Instant::now();
            std::hint::black_box(decide(&r, pages));
            t.elapsed()
        })
        .collect();
    times.sort();
    let chars: usize = letters
        .iter()
        .map(|p| p.iter().map(String::len).sum::<usize>())
        .sum();
    println!(
        "route one 2-page letter ({n_letters} letters, {} bytes of text each on average): median {}, p95 {}, max {}",
        chars / n_letters,
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.95)),
        ms(*times.last().unwrap())
    );

    // 1b. Of that, the character model's judging alone.
    let characters = r.characters();
    let texts: Vec<String> = letters.iter().map(|pages| pages.join("\n")).collect();
    let mut judge_times: Vec<Duration> = texts
        .iter()
        .map(|text| {
            let t = Instant::now();
            std::hint::black_box(characters.judge(text));
            t.elapsed()
        })
        .collect();
    judge_times.sort();
    println!(
        "of which the character model judging the letter: median {}, p95 {}",
        ms(percentile(&judge_times, 0.5)),
        ms(percentile(&judge_times, 0.95))
    );

    // 2. One correction at n_model documents: forget the old labels, learn the new, save.
    let mut learn_times: Vec<Duration> = (0..20)
        .map(|i| {
            let (t, text, l) = &training_tokens[i];
            let before = Some((
                Some(l.expected_class.to_string()),
                Some(l.expected_department.to_string()),
            ));
            let t0 = Instant::now();
            let key = i.to_string();
            r.learn(
                Some((key.as_str(), text.as_str())),
                t,
                Some("Sonstiges"),
                Some("10"),
                before,
            )
            .unwrap();
            t0.elapsed()
        })
        .collect();
    learn_times.sort();
    println!(
        "learn one correction at {n_model} documents (including saving the model): median {}, max {}",
        ms(percentile(&learn_times, 0.5)),
        ms(*learn_times.last().unwrap())
    );

    // 3. Model-only accuracy on unseen letters of all kinds after k corrections per kind.
    let min = r.rules().min_confidence;
    for k in [1usize, 2, 5, 10, 20] {
        let mut m = mailroom::classify::Classifier::default();
        for &t in Topic::all() {
            for seed in 0..k as u64 {
                let l = gen::routed_letter(t, 500_000 + seed);
                let toks = tokens(&r, &gen::page_texts(&l.letter, 1));
                m.learn(&toks, Some(l.expected_class), Some(l.expected_department));
            }
        }
        let (mut top1, mut routed, mut wrong, mut total) = (0, 0, 0, 0);
        for &t in Topic::all() {
            for seed in 0..20u64 {
                let l = gen::routed_letter(t, 700_000 + seed);
                let toks = tokens(&r, &gen::page_texts(&l.letter, 1));
                let p = m.department.predict(&toks);
                total += 1;
                if let Some((d, c)) = p.best() {
                    let right = d == l.expected_department;
                    top1 += usize::from(right);
                    if c >= min {
                        if right {
                            routed += 1;
                        } else {
                            wrong += 1;
                        }
                    }
                }
            }
        }
        let pct = |n: usize| 100.0 * n as f64 / total as f64;
        println!(
            "model alone, {k:>2} corrections per kind (17 kinds), {total} unseen letters: first choice right {:.1}%, routed at ≥ {min} {:.1}% ({:.1}% wrong), rest to triage",
            pct(top1),
            pct(routed + wrong),
            pct(wrong)
        );
    }

    // 4. The warm start alone, no rules, no corrections: the topic words, then the topic words
    //    with the shipped example letters (hand-written, not the generator's).
    for (title, with_examples) in [
        ("topic words alone", false),
        ("topic words and example letters", true),
    ] {
        let bare = tempfile::tempdir().unwrap();
        let paths = mailroom::config::init_instance(bare.path(), false).expect("init");
        let rules = bare.path().join("config/routing.toml");
        let text = std::fs::read_to_string(&rules).unwrap();
        let mut head = text.split("\n[[rule]]\n").next().unwrap().to_string();
        assert!(head.contains("\nexamples = \"examples\"\n"));
        if !with_examples {
            head = head.replacen("\nexamples = \"examples\"\n", "\n", 1);
        }
        std::fs::write(&rules, head).unwrap();
        let config = Config::load(&paths.config).expect("config without rules");
        let warm = Router::new(config.routing.as_ref().unwrap(), &config.data_dir);
        let (mut right, mut wrong, mut triage) = (0, 0, 0);
        for &t in Topic::all() {
            for seed in 0..20u64 {
                let l = gen::routed_letter(t, 700_000 + seed);
                match decide(&warm, &gen::page_texts(&l.letter, 1)).department {
                    Some(d) if d == l.expected_department => right += 1,
                    Some(_) => wrong += 1,
                    None => triage += 1,
                }
            }
        }
        println!(
            "{title} (no rules, no corrections), {} generator letters: {right} right, {wrong} wrong, {triage} to triage",
            right + wrong + triage
        );
    }

    // 5. Letters of kinds nobody has corrected yet (the model knows the other 14 kinds, 10
    //    corrections each): how many would it send somewhere (necessarily wrong)?
    let unseen = [Topic::Schulweg, Topic::Tierhaltung, Topic::Waffen];
    let mut m = mailroom::classify::Classifier::default();
    for &t in Topic::all().iter().filter(|t| !unseen.contains(t)) {
        for seed in 0..10u64 {
            let l = gen::routed_letter(t, 500_000 + seed);
            let toks = tokens(&r, &gen::page_texts(&l.letter, 1));
            m.learn(&toks, Some(l.expected_class), Some(l.expected_department));
        }
    }
    for threshold in [0.6, 0.7, 0.8, 0.9] {
        let (mut routed, mut total) = (0, 0);
        for &t in &unseen {
            for seed in 0..40u64 {
                let l = gen::routed_letter(t, 700_000 + seed);
                let toks = tokens(&r, &gen::page_texts(&l.letter, 1));
                total += 1;
                if m.department
                    .predict(&toks)
                    .best()
                    .is_some_and(|(_, c)| c >= threshold)
                {
                    routed += 1;
                }
            }
        }
        println!(
            "letters of 3 kinds the model never saw, {total} letters, min_confidence {threshold}: {:.1}% would be routed (wrongly), the rest go to triage",
            100.0 * routed as f64 / total as f64
        );
    }
}
