//! Time from a keystroke in the Suche's search box to the updated results on screen, in
//! Debian's Chromium (headless, over chromedriver): the page's own script debounces the
//! typing, asks the server and swaps the results in. Measured inside the page, from the
//! `keydown` event to the moment the results element is replaced (a MutationObserver).

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{ClientBuilder, Locator};
use serde_json::{json, Value};

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";

struct Driver(Child, String);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn driver() -> Option<Driver> {
    let mut child = Command::new(CHROMEDRIVER)
        .arg("--port=0")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut out = BufReader::new(child.stdout.take()?).lines();
    for line in out.by_ref() {
        let line = line.ok()?;
        if let Some(rest) = line.split("started successfully on port ").nth(1) {
            let port = rest.trim_end_matches('.').trim().to_string();
            std::thread::spawn(move || out.for_each(drop));
            return Some(Driver(child, format!("http://127.0.0.1:{port}")));
        }
    }
    let _ = child.kill();
    None
}

/// Types `words` (as a person would: key by key, waiting for the results after each) as
/// `user` and prints p50/p95/max of keystroke → results.
pub fn measure(base: &str, user: &str, password: &str, words: &[&str]) {
    if !std::path::Path::new(CHROMEDRIVER).exists() {
        println!("keystroke → results: SKIPPED (no {CHROMEDRIVER}; scripts/setup.sh installs it)");
        return;
    }
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let d = driver().expect("chromedriver starts");
        let caps = json!({"goog:chromeOptions": {"binary": CHROMIUM, "args": [
            "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
            "--window-size=1280,1024", "--lang=de-DE"]}});
        let Value::Object(caps) = caps else {
            unreachable!()
        };
        let c = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&d.1)
            .await
            .expect("a Chromium session");
        c.goto(&format!("{base}/anmelden")).await.unwrap();
        c.find(Locator::Id("username")).await.unwrap().send_keys(user).await.unwrap();
        c.find(Locator::Id("password")).await.unwrap().send_keys(password).await.unwrap();
        c.find(Locator::Css("form.login button")).await.unwrap().click().await.unwrap();
        let mut times = Vec::new();
        for word in words {
            c.goto(&format!("{base}/suche")).await.unwrap();
            c.execute(
                "window.__took = [];
                 const box = document.getElementById('q');
                 box.addEventListener('keydown', () => { window.__t0 = performance.now(); });
                 new MutationObserver(() => {
                     if (window.__t0 !== undefined) {
                         window.__took.push(performance.now() - window.__t0);
                         window.__t0 = undefined;
                     }
                 }).observe(document.querySelector('main'), {childList: true, subtree: true});",
                vec![],
            )
            .await
            .unwrap();
            let input = c.find(Locator::Id("q")).await.unwrap();
            for (i, ch) in word.chars().enumerate() {
                input.send_keys(&ch.to_string()).await.unwrap();
                // Wait for this keystroke's results before the next one (at most 5 s).
                for _ in 0..500 {
                    let n = c.execute("return window.__took.length", vec![]).await.unwrap();
                    if n.as_u64().unwrap_or(0) > i as u64 {
                        break;
                    }
                    tokio::time::sleep(Duration::from_millis(10)).await;
                }
            }
            let took = c.execute("return window.__took", vec![]).await.unwrap();
            times.extend(took.as_array().unwrap().iter().filter_map(|v| v.as_f64()));
        }
        let _ = c.close().await;
        times.sort_by(|a, b| a.total_cmp(b));
        let at = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize];
        println!(
            "{user:>5} keystroke → results in Chromium: p50 {:.0} ms, p95 {:.0} ms, max {:.0} ms over {} keystrokes (includes the page's typing pause, TYPING_PAUSE_MS in app.js)",
            at(0.5),
            at(0.95),
            times.last().unwrap(),
            times.len()
        );
    });
}
