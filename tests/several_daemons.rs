//! Several `mailroom run` on one configuration and one PostgreSQL database: each source is
//! read by one daemon at a time and taken over when that daemon dies; the notifier and the
//! embedded index's writer likewise. The chaos test kills daemons at random while post
//! arrives through two drop folders and the upload API, and then checks that every item was
//! filed exactly once and every arrival announced once.

mod common;

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::net::TcpListener;
use std::time::{Duration, Instant};

use common::daemons::{each_reads_one_folder, instance, readers, wait, Daemons};
use common::dovecot::Dovecot;
use common::drop_into;
use common::webhook::Receiver;
use mailroom_testdata as gen;

const MAIL_USER: &str = "poststelle@kreis.test";

fn letter(seed: u64) -> Vec<u8> {
    gen::born_digital_pdf(&gen::Letter::sample(seed), 1)
}

/// A one-page grey scan of letter `seed`.
fn scan(seed: u64) -> Vec<u8> {
    let options = gen::ScanOptions {
        seed,
        ..Default::default()
    };
    gen::pdf_with_jpeg_pages(&gen::render_scan(&gen::Letter::sample(seed), 1, &options))
}

#[test]
fn a_second_daemon_takes_the_folder_over_when_the_first_dies() {
    let (inst, second) = instance();
    let mut daemons = Daemons::new(&inst, 2);
    daemons.start(0);
    wait(
        "daemon 0 to read both folders",
        Duration::from_secs(20),
        || daemons.logs(),
        || readers(&inst).values().flatten().count() == 2,
    );
    daemons.start(1);
    // The first daemon leaves one folder to the second (fair share): each reads one.
    each_reads_one_folder(&inst, &daemons);
    assert_eq!(inst.status()["daemons"].as_array().unwrap().len(), 2);
    drop_into(&inst.drop, "a.pdf", &letter(1));
    drop_into(&second, "b.pdf", &letter(2));
    wait(
        "two documents",
        Duration::from_secs(60),
        || daemons.logs(),
        || inst.status()["documents"] == 2,
    );

    daemons.kill(0);
    let took_over = Instant::now();
    let survivor = daemons.pid(1).unwrap() as u64;
    wait(
        "daemon 1 to take both folders",
        Duration::from_secs(20),
        || daemons.logs(),
        || {
            let r = readers(&inst);
            r.get("scanner") == Some(&vec![survivor]) && r.get("eingang2") == Some(&vec![survivor])
        },
    );
    eprintln!("folders taken over after {:?}", took_over.elapsed());
    drop_into(&inst.drop, "c.pdf", &letter(3));
    drop_into(&second, "d.pdf", &letter(4));
    wait(
        "four documents, all searchable",
        Duration::from_secs(60),
        || daemons.logs(),
        || {
            let s = inst.status();
            s["documents"] == 4 && s["in_progress"] == 0 && s["unindexed"] == 0
        },
    );
    // The survivor writes the embedded index now: the letters filed after the failover are
    // found.
    assert!(daemons
        .logs()
        .contains("this process writes the search index now"));
    assert!(inst.drop_contents().is_empty());
    assert!(common::list(&second).is_empty());
    daemons.stop_all();
    assert_eq!(inst.status()["daemons"], serde_json::json!([]));
}

#[test]
fn an_idle_daemon_works_off_part_of_the_backlog_another_one_claimed() {
    let (inst, _second) = instance();
    // One folder, read by daemon 0.
    std::fs::remove_file(inst.pipelines_dir().join("eingang2.toml")).unwrap();
    let mut daemons = Daemons::new(&inst, 2);
    daemons.start_one_then_another(1);
    // A batch of scans (OCR takes a while each) into the folder daemon 0 reads: more than it
    // starts at once (8 with one worker).
    const SCANS: u64 = 14;
    for n in 0..SCANS {
        drop_into(&inst.drop, &format!("scan-{n}.pdf"), &scan(500 + n));
    }
    wait(
        "all scans filed",
        Duration::from_secs(180),
        || daemons.logs(),
        || {
            let s = inst.status();
            s["documents"] == SCANS && s["in_progress"] == 0
        },
    );
    let helper = std::fs::read_to_string(&daemons.logs[1]).unwrap();
    assert!(
        helper.contains("took work another daemon had claimed"),
        "daemon 1 helped:\n{}",
        daemons.logs()
    );
    let filed_by = |log: &str| {
        log.lines()
            .filter(|l| l.contains("filed document="))
            .count()
    };
    let own = std::fs::read_to_string(&daemons.logs[0]).unwrap();
    eprintln!(
        "daemon 0 (reads the folder) filed {}, daemon 1 filed {}",
        filed_by(&own),
        filed_by(&helper)
    );
    assert!(filed_by(&helper) >= 1 && filed_by(&own) >= 1);
    assert_eq!(
        filed_by(&helper) + filed_by(&own),
        SCANS as usize,
        "each once"
    );
    let status = inst.status();
    assert_eq!(status["receipts"], SCANS, "{status}");
    assert_eq!(status["duplicates"], 0, "{status}");
    daemons.stop_all();
}

/// A mailbox read by daemon 0 fills with mails whose scans take a while: daemon 1 works off
/// part of them from the shared spool, and daemon 0 still moves every mail on the server.
#[test]
fn mails_one_daemon_fetched_are_worked_off_by_both() {
    let dv = Dovecot::start(&[MAIL_USER], false);
    let (inst, _second) = instance();
    for p in ["eingang2", "scanner"] {
        std::fs::remove_file(inst.pipelines_dir().join(format!("{p}.toml"))).unwrap();
    }
    dv.pipeline(&inst.pipelines_dir(), "poststelle", MAIL_USER, "");
    let mut daemons = Daemons::new(&inst, 2);
    daemons.start_one_then_another(1);
    // More mails than daemon 0 starts at once (8), each with a two-page scan to read.
    const MAILS: u64 = 12;
    for n in 0..MAILS {
        dv.append(
            MAIL_USER,
            "INBOX",
            &gen::german_mail_with_two_pdfs(700 + 2 * n).0,
        );
    }
    wait(
        "all mails filed and moved",
        Duration::from_secs(300),
        || daemons.logs() + &dv.log(),
        || {
            let s = inst.status();
            s["documents"] == 3 * MAILS
                && s["in_progress"] == 0
                && dv.count(MAIL_USER, "INBOX") == 0
                && dv.count(MAIL_USER, "Verarbeitet") == MAILS as usize
        },
    );
    let helper = std::fs::read_to_string(&daemons.logs[1]).unwrap();
    assert!(
        helper.contains("took work another daemon had claimed")
            && helper.contains("filed document="),
        "daemon 1 helped:\n{}",
        daemons.logs()
    );
    let status = inst.status();
    assert_eq!(status["duplicates"], 0, "{status}");
    assert_eq!(status["quarantined"], 0, "{status}");
    daemons.stop_all();
}

/// The same invoice as UBL and as CII (different files) arriving at the same moment in two
/// folders read by two daemons: one of each pair is caught as the duplicate.
#[test]
fn the_same_invoice_arriving_at_two_daemons_at_once_is_caught() {
    let (inst, second) = instance();
    let mut daemons = Daemons::new(&inst, 2);
    daemons.start(0);
    daemons.start(1);
    each_reads_one_folder(&inst, &daemons);
    const PAIRS: u64 = 4;
    for seed in 0..PAIRS {
        let spec = gen::InvoiceSpec::sample(seed, &gen::leitweg_id("07137000", "63BAU"));
        let (ubl, cii) = (gen::invoice_ubl(&spec, None), gen::invoice_cii(&spec, None));
        drop_into(&inst.drop, &format!("a-{seed}.xml"), ubl.as_bytes());
        drop_into(&second, &format!("b-{seed}.xml"), cii.as_bytes());
    }
    wait(
        "all invoices filed",
        Duration::from_secs(90),
        || daemons.logs(),
        || {
            let s = inst.status();
            s["documents"] == 2 * PAIRS && s["in_progress"] == 0
        },
    );
    let logs = daemons.logs();
    for (i, log) in daemons.logs.iter().enumerate() {
        let text = std::fs::read_to_string(log).unwrap();
        assert!(
            text.contains("filed document="),
            "daemon {i} filed some:\n{logs}"
        );
    }
    let mut duplicates = 0;
    for id in 1..=2 * PAIRS {
        let doc = inst.show(id as i64);
        let failed: Vec<&str> = doc["invoice"]["checks"]
            .as_array()
            .expect("checks")
            .iter()
            .filter(|c| c["ok"] == false)
            .map(|c| c["rule"].as_str().unwrap())
            .collect();
        match failed.as_slice() {
            ["MR-DUPLICATE"] => duplicates += 1,
            [] => {}
            other => panic!("document {id}: {other:?}"),
        }
    }
    assert_eq!(duplicates, PAIRS, "one of each pair is the duplicate");
    daemons.stop_all();
}

/// A portal's upload, retried with its key at any live daemon until one answers 201.
fn upload(daemons: &std::sync::Mutex<Vec<Option<String>>>, token: &str, n: u64) {
    let pdf = letter(100_000 + n);
    let boundary = "chaos-boundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"antrag-{n}.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(&pdf);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(20)))
        .build()
        .into();
    for attempt in 0.. {
        assert!(attempt < 400, "upload {n} never accepted");
        let urls: Vec<String> = daemons.lock().unwrap().iter().flatten().cloned().collect();
        if let Some(base) = urls.get(attempt % urls.len().max(1)) {
            let answer = agent
                .post(&format!("{base}/api/v1/uploads"))
                .header("Authorization", &format!("Bearer {token}"))
                .header("Idempotency-Key", &format!("chaos-{n}"))
                .header(
                    "Content-Type",
                    &format!("multipart/form-data; boundary={boundary}"),
                )
                .send(&body[..]);
            if answer.is_ok_and(|r| r.status() == 201) {
                return;
            }
        }
        std::thread::sleep(Duration::from_millis(250));
    }
}

/// Three daemons, two drop folders and the upload API; daemons are SIGKILLed and restarted
/// at random while `files` letters and `uploads` uploads arrive over `chaos` time.
fn chaos(files: u64, uploads: u64, chaos: Duration) {
    let (inst, second) = instance();
    std::fs::write(
        inst.pipelines_dir().join("portal.toml"),
        "type = \"upload\"\nchannel = \"Online (Portal)\"\n",
    )
    .unwrap();
    let hook = TcpListener::bind(("127.0.0.1", 0)).unwrap();
    let departments = inst.config.parent().unwrap().join("departments.toml");
    let text = std::fs::read_to_string(&departments).unwrap();
    // Every department announces to the one receiver.
    let hooked = text.replace(
        "[[department]]\n",
        &format!(
            "[[department]]\nwebhook = \"http://{}/hook\"\n",
            hook.local_addr().unwrap()
        ),
    );
    assert_ne!(hooked, text, "departments have names");
    std::fs::write(&departments, hooked).unwrap();
    inst.set_main("notify_batch_secs", "1");
    let receiver = Receiver::listen("x-mailroom-notification", hook);
    let token = common::http::create_token(
        &inst,
        &["portal", "--role", "portal", "--pipeline", "portal"],
    );
    // Mostly born-digital letters; every 40th a scan, so that OCR keeps daemons busy when
    // they are killed.
    let letters: Vec<(String, Vec<u8>)> = (0..files)
        .map(|n| {
            let bytes = if n % 40 == 0 { scan(n) } else { letter(n) };
            (format!("brief-{n:04}.pdf"), bytes)
        })
        .collect();
    let distinct: HashSet<&Vec<u8>> = letters.iter().map(|(_, b)| b).collect();
    assert_eq!(
        distinct.len() as u64,
        files,
        "the generator's letters differ"
    );

    let mut daemons = Daemons::new(&inst, 3);
    for i in 0..3 {
        daemons.start(i);
    }
    let urls = std::sync::Arc::new(std::sync::Mutex::new(
        (0..3).map(|i| daemons.url(i)).collect::<Vec<_>>(),
    ));
    let (drop_a, drop_b) = (inst.drop.clone(), second.clone());
    let feeder = std::thread::spawn(move || {
        // In ten bursts over the first two thirds of the chaos, as a scan station delivers a
        // batch: a killed daemon leaves claimed work behind.
        let pause = chaos * 2 / 3 / 10;
        for (n, (name, bytes)) in letters.iter().enumerate() {
            let folder = if n % 2 == 0 { &drop_a } else { &drop_b };
            drop_into(folder, name, bytes);
            if (n + 1) % (letters.len() / 10).max(1) == 0 {
                std::thread::sleep(pause);
            }
        }
    });
    let (up_urls, up_token) = (std::sync::Arc::clone(&urls), token.clone());
    let uploader = std::thread::spawn(move || {
        for n in 0..uploads {
            upload(&up_urls, &up_token, n);
            std::thread::sleep(chaos / 2 / (uploads as u32).max(1));
        }
    });

    use rand::{Rng, SeedableRng};
    let mut rng = rand::rngs::StdRng::seed_from_u64(7);
    let started = Instant::now();
    let mut kills = 0;
    while started.elapsed() < chaos {
        std::thread::sleep(Duration::from_millis(rng.random_range(2000..6000)));
        let victim = rng.random_range(0..3);
        urls.lock().unwrap()[victim] = None;
        daemons.kill(victim);
        kills += 1;
        std::thread::sleep(Duration::from_millis(rng.random_range(200..2500)));
        daemons.start(victim);
        urls.lock().unwrap()[victim] = daemons.url(victim);
    }
    feeder.join().unwrap();
    uploader.join().unwrap();

    // Each upload is its cover page and its letter.
    let expected = files + 2 * uploads;
    wait(
        "everything filed and searchable",
        Duration::from_secs(240),
        || daemons.logs(),
        || {
            let s = inst.status();
            s["documents"] == expected && s["in_progress"] == 0 && s["unindexed"] == 0
        },
    );
    let status = inst.status();
    // (An upload's cover page and its file each count as a receipt.)
    assert_eq!(status["receipts"], expected, "{status}");
    assert_eq!(status["duplicates"], 0, "nothing taken twice: {status}");
    assert_eq!(status["quarantined"], 0, "{status}");
    assert!(
        inst.drop_contents().is_empty(),
        "{:?}",
        inst.drop_contents()
    );
    assert!(common::list(&second).is_empty());
    let verify = inst.json(&["verify", "--all", "--json"]);
    assert_eq!(verify["documents"], expected, "{verify}");
    assert_eq!(verify["problems"], serde_json::json!([]), "{verify}");

    // Each arrival announced under one notification id (a delivery repeated after a crash
    // carries the same id).
    let routed: u64 = status["routing"]["open_by_department"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_u64().unwrap())
        .sum();
    let mut announced_by: BTreeMap<i64, BTreeSet<String>> = BTreeMap::new();
    wait(
        "every arrival announced",
        Duration::from_secs(60),
        || daemons.logs(),
        || {
            announced_by.clear();
            for (id, body) in receiver.received() {
                for d in body["documents"].as_array().into_iter().flatten() {
                    announced_by
                        .entry(d["id"].as_i64().unwrap())
                        .or_default()
                        .insert(id.clone());
                }
            }
            announced_by.len() as u64 == routed
        },
    );
    let twice: Vec<_> = announced_by
        .iter()
        .filter(|(_, ids)| ids.len() > 1)
        .collect();
    assert!(
        twice.is_empty(),
        "announced under two notifications: {twice:?}"
    );
    let logs = daemons.logs();
    let resumed = logs.matches("resuming after an interruption").count();
    let helped = logs.matches("took work another daemon had claimed").count();
    let deliveries = receiver.received().len();
    let distinct: HashSet<String> = receiver.received().into_iter().map(|(id, _)| id).collect();
    eprintln!(
        "chaos: {files} files, {uploads} uploads, {kills} kills in {:?}; {resumed} receipts \
         resumed after their daemon died (processed twice); {helped} times an idle daemon took \
         others' work; {routed} arrivals announced in {} notifications ({} deliveries)",
        chaos,
        distinct.len(),
        deliveries
    );
    assert!(kills > 0);
    assert!(
        resumed > 0,
        "no daemon was killed with work in hand: the test tests nothing"
    );
    daemons.stop_all();
}

#[test]
fn three_daemons_killed_at_random_file_everything_exactly_once() {
    chaos(1000, 20, Duration::from_secs(60));
}

/// The long run: `cargo test --test several_daemons -- --ignored`.
#[test]
#[ignore]
fn three_daemons_killed_at_random_for_five_minutes() {
    chaos(4000, 100, Duration::from_secs(300));
}
