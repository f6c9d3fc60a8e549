//! The web interface in a real browser: Debian's Chromium, headless, driven over WebDriver
//! (chromedriver) against the real daemon. A clerk logs in, a scan dropped into the watched
//! folder appears in the Posteingang without a reload, the search word is marked on the page
//! image, the clerk sets `erledigt`; another department's document is „Nicht gefunden“;
//! axe-core finds no serious or critical accessibility violation on any page. Screenshots of
//! every page go to `target/web-screenshots/` for review.

mod common;

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::http::add_user;
use common::*;
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::{Client, ClientBuilder, Locator};
use mailroom_testdata as gen;
use mailroom_testdata::Topic;
use serde_json::{json, Value};

const PW: &str = "Sommer-2026-Poststelle";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";

/// chromedriver on a port of its own, stopped with the test.
struct Driver {
    child: Child,
    url: String,
}

impl Driver {
    fn start() -> Driver {
        let mut child = Command::new(CHROMEDRIVER)
            .arg("--port=0")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver (scripts/setup.sh installs chromium-driver)");
        let mut out = BufReader::new(child.stdout.take().unwrap()).lines();
        for line in out.by_ref() {
            let line = line.unwrap();
            if let Some(rest) = line.split("started successfully on port ").nth(1) {
                let port = rest.trim_end_matches('.').trim().to_string();
                // Keep reading what it says later, so a full pipe never stalls it.
                std::thread::spawn(move || out.for_each(drop));
                return Driver {
                    child,
                    url: format!("http://127.0.0.1:{port}"),
                };
            }
        }
        let _ = child.kill();
        let _ = child.wait();
        panic!("chromedriver did not say its port");
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn browser(driver: &Driver) -> Client {
    let caps = json!({
        "goog:chromeOptions": {
            "binary": CHROMIUM,
            "args": ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,1024", "--lang=de-DE"],
        }
    });
    let Value::Object(caps) = caps else {
        unreachable!()
    };
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&driver.url)
        .await
        .expect("a Chromium session")
}

fn screenshots() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/web-screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Saves a screenshot and checks the page with axe-core (WCAG 2.1 A/AA rules): no serious or
/// critical violation.
async fn review(c: &Client, name: &str) {
    let png = c.screenshot().await.unwrap();
    std::fs::write(screenshots().join(format!("{name}.png")), png).unwrap();
    let axe = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("target/npm/node_modules/axe-core/axe.min.js"),
    )
    .expect("axe-core (scripts/setup.sh installs it with npm into target/npm)");
    c.execute(&axe, vec![]).await.unwrap();
    let result = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.map(n => n.html).slice(0, 3)}))));",
            vec![],
        )
        .await
        .unwrap();
    let bad: Vec<&Value> = result
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
        .collect();
    assert!(bad.is_empty(), "{name}: accessibility violations {bad:#?}");
}

/// Waits for an element; on timeout the page's URL and source say what was there instead.
async fn wait_for(c: &Client, css: &str, seconds: u64) -> fantoccini::elements::Element {
    match c
        .wait()
        .at_most(Duration::from_secs(seconds))
        .for_element(Locator::Css(css))
        .await
    {
        Ok(e) => e,
        Err(e) => {
            let url = c
                .current_url()
                .await
                .map(|u| u.to_string())
                .unwrap_or_default();
            let source = c.source().await.unwrap_or_default();
            panic!("no {css} after {seconds} s ({e}) on {url}:\n{source}");
        }
    }
}

async fn click(c: &Client, css: &str) {
    c.find(Locator::Css(css))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

async fn type_into(c: &Client, css: &str, text: &str) {
    c.find(Locator::Css(css))
        .await
        .unwrap()
        .send_keys(text)
        .await
        .unwrap();
}

async fn text_of(c: &Client, css: &str) -> String {
    c.find(Locator::Css(css))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

async fn count(c: &Client, css: &str) -> usize {
    c.find_all(Locator::Css(css)).await.unwrap().len()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_clerk_finds_a_new_scan_marks_it_done_and_sees_nothing_else() {
    let mut inst = Instance::new();
    let TwoDepartments {
        b, dep_a, dep_b, ..
    } = file_two_departments(&inst, 31);
    let mine = gen::routed_letter(Topic::Rechnung, 33);
    add_user(
        &inst,
        "clerk-a",
        &["--role", "clerk", "--department", dep_a],
        PW,
    );
    inst.start();
    let base = inst.url();
    let driver = Driver::start();
    let c = browser(&driver).await;

    // The root leads to the login form; logging in to the Posteingang.
    c.goto(&format!("{base}/")).await.unwrap();
    assert!(c
        .current_url()
        .await
        .unwrap()
        .path()
        .starts_with("/anmelden"));
    review(&c, "anmelden").await;
    log_in(&c, &base, "clerk-a", "table.inbox").await;
    assert_eq!(c.current_url().await.unwrap().path(), "/posteingang");
    assert_eq!(count(&c, "table.inbox a.open").await, 1);
    review(&c, "posteingang").await;

    // A scan dropped into the watched folder appears without a reload.
    let opts = gen::ScanOptions {
        seed: 31,
        ..Default::default()
    };
    let scan = gen::render_scan(&mine.letter, 1, &opts);
    inst.drop_file("rechnung-scan.pdf", &gen::pdf_with_jpeg_pages(&scan));
    c.execute("window.notReloaded = true;", vec![])
        .await
        .unwrap();
    c.wait()
        .at_most(Duration::from_secs(120))
        .for_element(Locator::Css("table.inbox tbody tr:nth-child(2)"))
        .await
        .expect("the new scan in the list");
    let still = c
        .execute("return window.notReloaded === true;", vec![])
        .await
        .unwrap();
    assert_eq!(still, Value::Bool(true), "the page was not reloaded");
    let scan_id = inst
        .search("")
        .iter()
        .map(|h| h["id"].as_i64().unwrap())
        .max()
        .unwrap();
    assert_eq!(inst.show(scan_id)["department"], dep_a);

    // Search for a word of the scan, open the hit: the word is marked on the page image.
    let text = all_text(&inst.show(scan_id));
    let word = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .find(|w| w.chars().count() >= 9 && w.chars().all(char::is_alphabetic))
        .expect("a long word on the scan")
        .to_string();
    c.goto(&format!("{base}/suche")).await.unwrap();
    type_into(&c, "#q", &word).await;
    // Results follow the typing (no submit).
    let hit = format!("ol.hits a[href^='/dokumente/{scan_id}?']");
    c.wait()
        .for_element(Locator::Css(&hit))
        .await
        .expect("live results");
    let marked = wait_for(&c, "ol.hits p.snippet b", 10).await;
    assert_eq!(
        marked.text().await.unwrap().to_lowercase(),
        word.to_lowercase()
    );
    review(&c, "suche").await;
    click(&c, &hit).await;
    c.wait()
        .for_element(Locator::Css("svg.hits rect.hit"))
        .await
        .expect("a marked word");
    assert!(count(&c, "svg.hits rect.hit").await >= 1);
    assert!(count(&c, "pre.text mark").await >= 1);
    review(&c, "dokument").await;

    // Set `erledigt`.
    let select = c.find(Locator::Css("#state")).await.unwrap();
    select.select_by_value("erledigt").await.unwrap();
    click(&c, "form.state button").await;
    c.wait()
        .for_element(Locator::XPath("//dd[@id='status' and text()='erledigt']"))
        .await
        .unwrap();
    assert_eq!(inst.show(scan_id)["state"], "erledigt");

    // Another department's document by its URL: not found, and nowhere in lists or facets.
    c.goto(&format!("{base}/dokumente/{b}")).await.unwrap();
    assert_eq!(text_of(&c, "h1").await, "Nicht gefunden");
    review(&c, "nicht-gefunden").await;
    c.goto(&format!("{base}/suche?q=")).await.unwrap();
    let page = c.source().await.unwrap();
    assert!(
        !page.contains(&format!("amt={dep_b}\"")) && !page.contains(&format!("/dokumente/{b}?"))
    );
    c.goto(&format!("{base}/posteingang?status=alle"))
        .await
        .unwrap();
    assert_eq!(count(&c, "table.inbox a.open").await, 2);
    assert!(!c
        .source()
        .await
        .unwrap()
        .contains(&format!("/dokumente/{b}\"")));

    c.close().await.unwrap();
    inst.stop();
}

/// Logs `user` in through the form and waits for `landing`.
async fn log_in(c: &Client, base: &str, user: &str, landing: &str) {
    c.goto(&format!("{base}/anmelden")).await.unwrap();
    type_into(c, "#username", user).await;
    type_into(c, "#password", PW).await;
    click(c, "form.login button").await;
    wait_for(c, landing, 30).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mail_room_staff_route_from_triage_with_one_click_and_retry_a_fixed_file() {
    let mut inst = Instance::new();
    without_rules(&inst, &UNRULED);
    let unknown = gen::routed_letter(Topic::Schulweg, 41);
    let second = gen::routed_letter(Topic::Schulweg, 42);
    let t1 = inst.ingest(
        None,
        "schulweg-1.pdf",
        &gen::born_digital_pdf(&unknown.letter, 1),
    );
    let t2 = inst.ingest(
        None,
        "schulweg-2.pdf",
        &gen::born_digital_pdf(&second.letter, 1),
    );
    assert_eq!(inst.show(t1)["department"], Value::Null, "in triage");
    assert_eq!(inst.show(t2)["department"], Value::Null, "in triage");
    // Letters routed by hand teach the model two departments (the two above were decided
    // before it knew).
    for (topic, seed) in [
        (Topic::Schulweg, 44),
        (Topic::Schulweg, 45),
        (Topic::Tierhaltung, 46),
        (Topic::Tierhaltung, 47),
    ] {
        let l = gen::routed_letter(topic, seed);
        let id = inst.ingest(
            None,
            &format!("schulweg-{seed}.pdf"),
            &gen::born_digital_pdf(&l.letter, 1),
        );
        let out = inst.cli(&["route", &id.to_string(), l.expected_department]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    add_user(
        &inst,
        "staff",
        &["--role", "mailroom", "--role", "admin"],
        PW,
    );
    inst.start();
    let base = inst.url();
    let driver = Driver::start();
    let c = browser(&driver).await;
    log_in(&c, &base, "staff", "table.inbox, main h1").await;

    // Triage: the oldest document first, the model's choices as buttons; one click (or key)
    // routes it, the next one opens at once.
    c.goto(&format!("{base}/triage")).await.unwrap();
    wait_for(&c, "form.choices button[data-key='1']", 30).await;
    let current = c
        .find(Locator::Css("section.triage-current a"))
        .await
        .unwrap();
    assert_eq!(
        current.attr("href").await.unwrap().as_deref(),
        Some(format!("/dokumente/{t1}").as_str())
    );
    review(&c, "triage").await;
    let choice = c
        .find(Locator::Css("form.choices button[data-key='1']"))
        .await
        .unwrap();
    let department = choice.attr("value").await.unwrap().unwrap();
    assert_eq!(
        department, unknown.expected_department,
        "the learned suggestion first"
    );
    // The keyboard shortcut: key 1 chooses the first suggestion.
    let key = KeyActions::new("tastatur".into())
        .then(KeyAction::Down { value: '1' })
        .then(KeyAction::Up { value: '1' });
    c.perform_actions(key).await.unwrap();
    wait_for(&c, "p.done", 30).await;
    assert_eq!(inst.show(t1)["department"], department.as_str());
    assert_eq!(inst.show(t1)["routing"]["source"], "manual");
    assert_eq!(inst.show(t1)["routing"]["decided_by"], "staff");
    let next = c
        .find(Locator::Css("section.triage-current a"))
        .await
        .unwrap();
    assert_eq!(
        next.attr("href").await.unwrap().as_deref(),
        Some(format!("/dokumente/{t2}").as_str()),
        "the next document opens at once"
    );

    // A broken file lands in quarantine: the badge says so on every page.
    inst.drop_file("kaputt.pdf", &gen::corrupt_pdf(7));
    inst.wait_for("the file in quarantine", Duration::from_secs(60), |i| {
        i.status()["quarantined"] == 1
    });
    c.goto(&format!("{base}/posteingang")).await.unwrap();
    assert_eq!(text_of(&c, "nav .badge").await, "1");
    click(&c, "nav a[href='/quarantaene']").await;
    wait_for(&c, "table.quarantine", 30).await;
    let reason = text_of(&c, "table.quarantine tbody tr td:nth-child(5)").await;
    assert!(!reason.is_empty(), "a reason a person can act on");
    review(&c, "quarantaene").await;
    // Its own page: why, a preview where there can be one, and a form for a corrected file.
    click(&c, "table.quarantine a[href^='/quarantaene/']").await;
    wait_for(&c, "input#datei", 30).await;
    review(&c, "quarantaene-eintrag").await;
    c.goto(&format!("{base}/quarantaene")).await.unwrap();
    wait_for(&c, "table.quarantine", 30).await;

    // Someone puts a good copy in its place; retried from the page, it is filed.
    let list = inst.json(&["quarantine", "list", "--json"]);
    let path = PathBuf::from(list[0]["path"].as_str().unwrap());
    let good = gen::born_digital_pdf(&gen::Letter::sample(43), 1);
    std::fs::write(&path, &good).unwrap();
    let documents = inst.status()["documents"].as_u64().unwrap();
    click(&c, "table.quarantine input[type=checkbox]").await;
    click(&c, "button[value=erneut]").await;
    wait_for(&c, "p.done", 30).await;
    inst.wait_for("the fixed file filed", Duration::from_secs(60), |i| {
        i.status()["documents"].as_u64().unwrap() == documents + 1
    });
    assert_eq!(inst.status()["quarantined"], 0);

    c.goto(&format!("{base}/uebersicht")).await.unwrap();
    wait_for(&c, "dl.counts", 30).await;
    review(&c, "uebersicht").await;
    c.goto(&format!("{base}/regeln")).await.unwrap();
    wait_for(&c, "ol.rules-text", 30).await;
    review(&c, "regeln").await;
    // The file as it is, tried: what would move where (nothing here), nothing saved.
    click(&c, "form.rules-edit button[type=submit]").await;
    wait_for(&c, "section.trial", 30).await;
    review(&c, "regeln-pruefung").await;
    c.goto(&format!("{base}/konten")).await.unwrap();
    wait_for(&c, "table.accounts", 30).await;
    review(&c, "konten").await;
    c.goto(&format!("{base}/konten/staff")).await.unwrap();
    wait_for(&c, "select#aemter", 30).await;
    review(&c, "konto").await;

    c.close().await.unwrap();
    inst.stop();
}
