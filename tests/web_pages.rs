//! The web interface over real HTTP against the real binary, without a browser: logging in
//! through the form, the Posteingang, search and document pages of a clerk, and that a clerk
//! of one department gets nothing of another through any page or form (the same „Nicht
//! gefunden“ page as for a document that does not exist). The browser flows are in
//! `web_browser.rs`.

mod common;

use std::time::Duration;

use common::http::add_user;
use common::*;
use mailroom_testdata as gen;
use mailroom_testdata::Topic;

const PW: &str = "Sommer-2026-Poststelle";

/// A browser without JavaScript: keeps its cookie, does not follow redirects.
struct Browser {
    agent: ureq::Agent,
    base: String,
    cookie: Option<String>,
}

struct Page {
    status: u16,
    location: Option<String>,
    body: String,
}

impl Browser {
    fn new(base: &str) -> Browser {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .timeout_global(Some(Duration::from_secs(30)))
            .build()
            .into();
        Browser {
            agent,
            base: base.to_string(),
            cookie: None,
        }
    }

    fn answer(&mut self, r: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Page {
        let mut r = r.expect("request");
        if let Some(c) = r.headers().get("set-cookie") {
            let c = c.to_str().unwrap();
            if c.contains("Max-Age=0") {
                self.cookie = None;
            } else {
                assert!(
                    c.contains("HttpOnly") && c.contains("SameSite=Strict"),
                    "{c}"
                );
                self.cookie = Some(c.split(';').next().unwrap().to_string());
            }
        }
        Page {
            status: r.status().as_u16(),
            location: r
                .headers()
                .get("location")
                .map(|v| v.to_str().unwrap().to_string()),
            body: r.body_mut().read_to_string().unwrap_or_default(),
        }
    }

    fn get(&mut self, path: &str) -> Page {
        let mut req = self
            .agent
            .get(&format!("{}{path}", self.base))
            .header("Accept", "text/html");
        if let Some(c) = &self.cookie {
            req = req.header("Cookie", c);
        }
        let r = req.call();
        self.answer(r)
    }

    fn post(&mut self, path: &str, form: &[(&str, &str)]) -> Page {
        let mut req = self
            .agent
            .post(&format!("{}{path}", self.base))
            .header("Accept", "text/html");
        if let Some(c) = &self.cookie {
            req = req.header("Cookie", c);
        }
        let r = req.send_form(form.iter().copied());
        self.answer(r)
    }

    /// A multipart form with text fields and one file (`file_field`, name, bytes).
    fn post_file(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        file: (&str, &str, &[u8]),
    ) -> Page {
        let boundary = "mailroom-test-boundary-7MA4YWxkTrZu0gW";
        let mut body = Vec::new();
        for (k, v) in fields {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n"
                )
                .as_bytes(),
            );
        }
        let (field, name, bytes) = file;
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        let mut req = self
            .agent
            .post(&format!("{}{path}", self.base))
            .header("Accept", "text/html")
            .header(
                "Content-Type",
                &format!("multipart/form-data; boundary={boundary}"),
            );
        if let Some(c) = &self.cookie {
            req = req.header("Cookie", c);
        }
        let r = req.send(&body[..]);
        self.answer(r)
    }

    fn login(&mut self, user: &str, password: &str) -> Page {
        self.post(
            "/anmelden",
            &[("username", user), ("password", password), ("weiter", "")],
        )
    }
}

/// The value of the first hidden `csrf` field of a page.
fn csrf(body: &str) -> String {
    let at = body
        .find("name=\"csrf\" value=\"")
        .expect("a form with a CSRF field")
        + 19;
    body[at..].split('"').next().unwrap().to_string()
}

#[test]
fn a_clerk_works_through_pages_and_sees_nothing_of_another_department() {
    let mut inst = Instance::new();
    let TwoDepartments {
        a,
        b,
        dep_a,
        dep_b,
        a_letter,
        b_letter,
    } = file_two_departments(&inst, 21);
    add_user(
        &inst,
        "clerk-a",
        &["--role", "clerk", "--department", dep_a],
        PW,
    );
    inst.start();
    let base = inst.url();
    let mut web = Browser::new(&base);

    // Without a session every page leads to the login form, and back after logging in.
    let home = web.get("/");
    assert_eq!(
        (home.status, home.location.as_deref()),
        (303, Some("/anmelden"))
    );
    let inbox = web.get("/posteingang");
    assert_eq!(inbox.status, 303);
    assert_eq!(
        inbox.location.as_deref(),
        Some("/anmelden?weiter=%2Fposteingang")
    );
    let doc_b = web.get(&format!("/dokumente/{b}"));
    assert_eq!(doc_b.status, 303, "no page content without a session");
    let form = web.get("/anmelden");
    assert_eq!(form.status, 200);
    assert!(form.body.contains("name=\"username\"") && form.body.contains("name=\"password\""));
    assert!(form.body.contains("lang=\"de\""));

    let wrong = web.login("clerk-a", "falsch-falsch-falsch");
    assert_eq!(wrong.status, 401);
    assert!(
        wrong.body.contains("Benutzername oder Passwort ist falsch"),
        "{}",
        wrong.body
    );
    assert!(web.cookie.is_none());
    let ok = web.post(
        "/anmelden",
        &[
            ("username", "clerk-a"),
            ("password", PW),
            ("weiter", "//evil.example/"),
        ],
    );
    assert_eq!(ok.status, 303);
    assert_eq!(
        ok.location.as_deref(),
        Some("/posteingang"),
        "no way off the site"
    );
    assert!(web.cookie.is_some());
    assert_eq!(web.get("/").location.as_deref(), Some("/posteingang"));

    // Posteingang: A's document with its state, nothing of B.
    let inbox = web.get("/posteingang");
    assert_eq!(inbox.status, 200);
    assert!(
        inbox.body.contains(&format!("href=\"/dokumente/{a}\"")),
        "{}",
        inbox.body
    );
    assert!(!inbox.body.contains(&format!("/dokumente/{b}\"")));
    assert!(inbox.body.contains(&format!("<td>{dep_a} ")));
    assert!(
        !inbox.body.contains(&format!("<td>{dep_b} ")),
        "department B appears in no list"
    );
    assert!(
        inbox.body.contains("Offen (1)"),
        "counts only A: {}",
        inbox.body
    );
    assert!(inbox.body.contains("Alle (1)"));

    // B's document, its state form and an unknown one: the same „Nicht gefunden“ page.
    let missing = web.get("/dokumente/999999");
    assert_eq!(missing.status, 404);
    assert!(missing.body.contains("Nicht gefunden"));
    let of_b = web.get(&format!("/dokumente/{b}"));
    assert_eq!(of_b.status, 404);
    assert_eq!(
        of_b.body, missing.body,
        "B's document must look like nothing"
    );
    assert_eq!(web.get("/dokumente/abc").body, missing.body);
    let token = csrf(&inbox.body);
    let set_b = web.post(
        &format!("/dokumente/{b}/status"),
        &[
            ("csrf", &token),
            ("department", dep_b),
            ("state", "erledigt"),
            ("zurueck", "/"),
        ],
    );
    assert_eq!(set_b.status, 404);
    let set_b_own_dep = web.post(
        &format!("/dokumente/{b}/status"),
        &[
            ("csrf", &token),
            ("department", dep_a),
            ("state", "erledigt"),
            ("zurueck", "/"),
        ],
    );
    assert_eq!(set_b_own_dep.status, 404);
    assert_eq!(inst.show(b)["state"], "neu", "B untouched");

    // Search: words of B's letter find nothing; facets name only A.
    let b_text = b_letter.letter.paragraphs.join(" ");
    let word = b_text
        .split_whitespace()
        .find(|w| w.len() > 8 && w.chars().all(char::is_alphabetic))
        .expect("a long word in B's letter");
    let found = web.get(&format!("/suche?q={word}"));
    assert_eq!(found.status, 200);
    assert!(found.body.contains("0 Treffer"), "{}", found.body);
    let chosen_b = web.get(&format!("/suche?amt={dep_b}"));
    assert!(chosen_b.body.contains("0 Treffer"), "{}", chosen_b.body);
    let everything = web.get("/suche?q=");
    assert!(everything.body.contains("1 Treffer"), "{}", everything.body);
    assert!(everything.body.contains(&format!("/dokumente/{a}?q=")));
    assert!(everything.body.contains(&format!("amt={dep_a}\"")));
    assert!(
        !everything.body.contains(&format!("amt={dep_b}\"")),
        "no facet of B: {}",
        everything.body
    );

    // A's document: text with the search word marked, fields, why it is here, downloads.
    let a_text = a_letter.letter.paragraphs.join(" ");
    let a_word = a_text
        .split_whitespace()
        .find(|w| w.len() > 8 && w.chars().all(char::is_alphabetic))
        .expect("a long word in A's letter");
    let hits = web.get(&format!("/suche?q={a_word}"));
    assert!(
        hits.body.contains(&format!("<b>{a_word}</b>")),
        "the snippet marks the word: {}",
        hits.body
    );
    let doc = web.get(&format!("/dokumente/{a}?q={a_word}"));
    assert_eq!(doc.status, 200);
    assert!(
        doc.body.contains(&format!("<mark>{a_word}</mark>")),
        "{}",
        doc.body
    );
    assert!(doc.body.contains("Warum hier"));
    assert!(doc
        .body
        .contains(&format!("/api/v1/documents/{a}/original")));
    assert!(doc.body.contains("Transfervermerk"));

    // State changes need the session's token from this site.
    let forged = web.post(
        &format!("/dokumente/{a}/status"),
        &[
            ("csrf", "nope"),
            ("department", dep_a),
            ("state", "erledigt"),
            ("zurueck", "/"),
        ],
    );
    assert_eq!(forged.status, 403);
    assert_eq!(inst.show(a)["state"], "neu");
    let done = web.post(
        &format!("/dokumente/{a}/status"),
        &[
            ("csrf", &csrf(&doc.body)),
            ("department", dep_a),
            ("state", "erledigt"),
            ("zurueck", &format!("/dokumente/{a}")),
        ],
    );
    assert_eq!(done.status, 303);
    assert_eq!(done.location, Some(format!("/dokumente/{a}")));
    assert_eq!(inst.show(a)["state"], "erledigt");
    assert!(web.get("/posteingang").body.contains("Offen (0)"));
    assert!(web
        .get("/posteingang?status=erledigt")
        .body
        .contains(&format!("/dokumente/{a}\"")));

    // Mail-room pages are not a clerk's.
    for path in ["/triage", "/quarantaene", "/uebersicht"] {
        let page = web.get(path);
        assert_eq!(page.status, 403, "{path}");
        assert!(page.body.contains("Keine Berechtigung"), "{path}");
    }

    // Paths nobody serves: a page for browsers, problem+json for programs.
    let nowhere = web.get("/gibt-es-nicht");
    assert_eq!(nowhere.status, 404);
    assert!(nowhere.body.contains("Nicht gefunden"));
    let api = common::http::request("GET", &format!("{base}/gibt-es-nicht"), &[], None);
    assert_eq!(api.header("content-type"), Some("application/problem+json"));

    // Logging out ends the session.
    let token = csrf(&web.get("/posteingang").body);
    let cookie = web.cookie.clone();
    let out = web.post("/abmelden", &[("csrf", &token)]);
    assert_eq!(
        (out.status, out.location.as_deref()),
        (303, Some("/anmelden"))
    );
    web.cookie = cookie;
    assert_eq!(
        web.get("/posteingang").status,
        303,
        "the old cookie is worthless"
    );
    inst.stop();
}

#[test]
fn a_quarantined_file_is_looked_at_and_replaced_by_a_corrected_one() {
    let mut inst = Instance::new();
    add_user(&inst, "staff", &["--role", "mailroom"], PW);
    add_user(&inst, "betrieb", &["--role", "operator"], PW);
    inst.start();
    inst.drop_file("brief.pdf", &gen::corrupt_pdf(7));
    inst.wait_for("the file in quarantine", Duration::from_secs(60), |i| {
        i.status()["quarantined"] == 1
    });
    let q = inst.json(&["quarantine", "list", "--json"])[0]["id"].to_string();
    let mut web = Browser::new(&inst.url());
    web.login("staff", PW);
    let list = web.get("/quarantaene");
    assert!(
        list.body.contains(&format!("href=\"/quarantaene/{q}\"")),
        "{}",
        list.body
    );
    let entry = web.get(&format!("/quarantaene/{q}"));
    assert_eq!(entry.status, 200, "{}", entry.body);
    assert!(entry.body.contains("brief.pdf") && entry.body.contains("Grund und was zu tun ist"));
    // The file itself: a download that runs nothing on this site.
    let file = web
        .agent
        .get(&format!("{}/quarantaene/{q}/datei", inst.url()))
        .header("Cookie", web.cookie.as_deref().unwrap())
        .call()
        .unwrap();
    assert_eq!(file.status().as_u16(), 200);
    assert_eq!(
        file.headers().get("content-type").unwrap(),
        "application/octet-stream"
    );
    assert!(file
        .headers()
        .get("content-security-policy")
        .unwrap()
        .to_str()
        .unwrap()
        .contains("sandbox"));
    assert!(file
        .headers()
        .get("content-disposition")
        .unwrap()
        .to_str()
        .unwrap()
        .starts_with("attachment"));

    // Operators do not handle quarantined post; a missing entry is not found.
    let mut ops = Browser::new(&inst.url());
    ops.login("betrieb", PW);
    assert_eq!(ops.get(&format!("/quarantaene/{q}")).status, 403);
    assert_eq!(web.get("/quarantaene/999999").status, 404);

    // Replaced by a corrected letter: processed at once, keeping the time of receipt.
    let token = csrf(&entry.body);
    let letter = gen::routed_letter(Topic::Bauantrag, 7);
    let pdf = gen::born_digital_pdf(&letter.letter, 1);
    let no_token = web.post_file(
        &format!("/quarantaene/{q}/ersetzen"),
        &[],
        ("datei", "brief-neu.pdf", &pdf),
    );
    assert_eq!(no_token.status, 403);
    let done = web.post_file(
        &format!("/quarantaene/{q}/ersetzen"),
        &[("csrf", &token)],
        ("datei", "brief-neu.pdf", &pdf),
    );
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(done.location.as_deref(), Some("/quarantaene?ersetzt=1"));
    let status = inst.wait_for_documents(1, Duration::from_secs(120));
    assert_eq!(status["quarantined"], 0, "{status}");
    inst.wait_for("it is searchable", Duration::from_secs(60), |i| {
        i.status()["unindexed"] == 0
    });
    let doc = inst.search("")[0].clone();
    let shown = inst.show(doc["id"].as_i64().unwrap());
    assert!(all_text(&shown).contains(
        letter.letter.paragraphs[0]
            .split_whitespace()
            .next()
            .unwrap()
    ));
    assert!(
        event_kinds(&shown)
            .iter()
            .any(|k| k.contains("replace") || k.contains("retr")),
        "the replacement is on record: {:?}",
        event_kinds(&shown)
    );
    inst.stop();
}

#[test]
fn discarding_quarantined_files_asks_first() {
    let mut inst = Instance::new();
    add_user(&inst, "staff", &["--role", "mailroom"], PW);
    inst.start();
    inst.drop_file("kaputt-1.pdf", &gen::corrupt_pdf(1));
    inst.drop_file("kaputt-2.pdf", &gen::corrupt_pdf(2));
    inst.wait_for("two files in quarantine", Duration::from_secs(60), |i| {
        i.status()["quarantined"] == 2
    });
    let mut web = Browser::new(&inst.url());
    assert_eq!(web.login("staff", PW).status, 303);
    let page = web.get("/quarantaene");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("kaputt-1.pdf") && page.body.contains("kaputt-2.pdf"));
    assert!(
        page.body.contains("class=\"badge\""),
        "the badge counts them"
    );
    let ids: Vec<String> = inst
        .json(&["quarantine", "list", "--json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["id"].to_string())
        .collect();
    let token = csrf(&page.body);

    // Nothing chosen: said so, nothing done.
    let none = web.post(
        "/quarantaene/aktion",
        &[("csrf", &token), ("aktion", "verwerfen")],
    );
    assert_eq!(none.status, 422);
    // Both chosen: first a confirmation page naming them, nothing discarded yet.
    let form = [
        ("csrf", token.as_str()),
        ("id", ids[0].as_str()),
        ("id", ids[1].as_str()),
        ("aktion", "verwerfen"),
    ];
    let ask = web.post("/quarantaene/aktion", &form);
    assert_eq!(ask.status, 200);
    assert!(ask.body.contains("Wirklich verwerfen?"));
    assert!(ask.body.contains("kaputt-1.pdf") && ask.body.contains("kaputt-2.pdf"));
    assert_eq!(inst.status()["quarantined"], 2);
    // Confirmed: both gone, with a message.
    let mut confirmed = form.to_vec();
    confirmed.push(("bestaetigt", "ja"));
    let done = web.post("/quarantaene/aktion", &confirmed);
    assert_eq!(
        (done.status, done.location.as_deref()),
        (303, Some("/quarantaene?verworfen=2"))
    );
    assert_eq!(inst.status()["quarantined"], 0);
    let after = web.get("/quarantaene?verworfen=2");
    assert!(after.body.contains("2 Datei(en) verworfen"));
    assert!(after.body.contains("Nichts in Quarantäne"));
    assert!(!after.body.contains("class=\"badge\""));
    inst.stop();
}

#[test]
fn an_admin_adds_and_locks_accounts_on_the_konten_page() {
    let mut inst = Instance::new();
    add_user(&inst, "chefin", &["--role", "admin"], PW);
    let letter = gen::routed_letter(Topic::Rechnung, 51);
    let dep = letter.expected_department;
    inst.ingest(None, "r.pdf", &gen::born_digital_pdf(&letter.letter, 1));
    inst.start();
    let base = inst.url();
    let mut admin = Browser::new(&base);
    let landed = admin.login("chefin", PW);
    assert_eq!(landed.status, 303);
    assert_eq!(
        landed.location.as_deref(),
        Some("/konten"),
        "an admin's first page"
    );
    assert_eq!(admin.get("/").location.as_deref(), Some("/konten"));
    let page = admin.get("/konten");
    assert_eq!(page.status, 200);
    assert!(page.body.contains(">chefin</a></td>"), "{}", page.body);
    let token = csrf(&page.body);

    // A clerk without a department is refused, with the reason; with one, added.
    let refused = admin.post(
        "/konten",
        &[
            ("csrf", &token),
            ("name", "neu"),
            ("passwort", PW),
            ("rolle", "clerk"),
        ],
    );
    assert_eq!(refused.status, 422, "{}", refused.body);
    let added = admin.post(
        "/konten",
        &[
            ("csrf", &token),
            ("name", "neu"),
            ("passwort", PW),
            ("rolle", "clerk"),
            ("amt", dep),
        ],
    );
    assert_eq!(added.location.as_deref(), Some("/konten?angelegt=neu"));
    let users = inst.json(&["user", "list", "--json"]);
    let neu = users
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["name"] == "neu")
        .unwrap();
    assert_eq!(neu["roles"], serde_json::json!(["clerk"]));
    assert_eq!(neu["departments"], serde_json::json!([dep]));

    // The new clerk works, and may not manage accounts.
    let mut clerk = Browser::new(&base);
    assert_eq!(clerk.login("neu", PW).status, 303);
    assert_eq!(clerk.get("/posteingang").status, 200);
    assert_eq!(clerk.get("/konten").status, 403);
    let forged = clerk.post(
        "/konten",
        &[
            ("csrf", &token),
            ("name", "x"),
            ("passwort", PW),
            ("rolle", "admin"),
        ],
    );
    assert_eq!(forged.status, 403, "another session's token is no token");

    // An open Posteingang's event stream (new arrivals) …
    let stream = {
        let (agent, url) = (
            clerk.agent.clone(),
            format!("{base}/posteingang/ereignisse"),
        );
        let cookie = clerk.cookie.clone().unwrap();
        std::thread::spawn(move || {
            let mut r = agent
                .get(&url)
                .header("Cookie", &cookie)
                .header("Accept", "text/event-stream")
                .call()
                .unwrap();
            assert_eq!(r.status().as_u16(), 200);
            // Ends when the server closes it; an endless stream fails on the agent's timeout.
            r.body_mut().read_to_vec().map(|_| ())
        })
    };
    std::thread::sleep(Duration::from_millis(500));
    // Locked: the clerk's session ends at once, and with it the event stream.
    let locked = admin.post(
        "/konten/neu/zustand",
        &[("csrf", &token), ("gesperrt", "ja")],
    );
    assert_eq!(locked.location.as_deref(), Some("/konten?gesperrt=neu"));
    assert_eq!(
        clerk.get("/posteingang").status,
        303,
        "back to the login form"
    );
    let ended = stream.join().unwrap();
    assert!(
        ended.is_ok(),
        "the stream ended with the session: {ended:?}"
    );
    assert_eq!(clerk.login("neu", PW).status, 401);
    admin.post(
        "/konten/neu/zustand",
        &[("csrf", &token), ("gesperrt", "nein")],
    );
    assert_eq!(clerk.login("neu", PW).status, 303);

    // Departments changed: from the clerk's next page on, the letter is out of reach.
    let doc_path = {
        let inbox = clerk.get("/posteingang");
        let at = inbox
            .body
            .find("href=\"/dokumente/")
            .expect("the letter is listed")
            + 6;
        inbox.body[at..].split('"').next().unwrap().to_string()
    };
    let edit = admin.get("/konten/neu");
    assert_eq!(edit.status, 200);
    assert!(
        edit.body
            .contains(&format!("<option value=\"{dep}\" selected>")),
        "{}",
        edit.body
    );
    let other = if dep == "30" { "50" } else { "30" };
    let changed = admin.post(
        "/konten/neu",
        &[("csrf", &token), ("rolle", "clerk"), ("amt", other)],
    );
    assert_eq!(changed.location.as_deref(), Some("/konten?geaendert=neu"));
    let audit = inst.json(&["audit", "--json"]);
    assert!(
        audit
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["kind"] == "account_changed"
                && e["detail"]["account"] == "neu"
                && e["detail"]["departments"] == serde_json::json!([other])),
        "{audit}"
    );
    assert_eq!(clerk.get(&doc_path).status, 404);
    assert!(!clerk.get("/posteingang").body.contains(&doc_path));
    // An admin keeps their own admin role; unknown accounts are not found.
    let own = admin.post("/konten/chefin", &[("csrf", &token), ("rolle", "auditor")]);
    assert_eq!(own.status, 422, "{}", own.body);
    assert_eq!(admin.get("/konten/niemand").status, 404);
    inst.stop();
}

#[test]
fn operators_see_the_rules_file_with_its_errors_at_their_lines() {
    let mut inst = Instance::new();
    add_user(&inst, "betrieb", &["--role", "operator"], PW);
    inst.start();
    let mut web = Browser::new(&inst.url());
    let landed = web.login("betrieb", PW);
    assert_eq!(
        landed.location.as_deref(),
        Some("/uebersicht"),
        "an operator's first page"
    );
    let page = web.get("/regeln");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Gültig:"), "{}", page.body);
    assert!(!page.body.contains("Fehler in der Datei"));
    assert!(page.body.contains("[[rule]]"));

    // An edit that breaks a rule: shown with its line, the file as it is now.
    let rules = inst.config.parent().unwrap().join("routing.toml");
    let text = std::fs::read_to_string(&rules).unwrap();
    let broken = text.replacen("[[rule]]\n", "[[rule]]\nwhen_gibts_nicht = 1\n", 1);
    std::fs::write(&rules, &broken).unwrap();
    let line = broken
        .lines()
        .position(|l| l.starts_with("when_gibts_nicht"))
        .unwrap()
        + 1;
    let page = web.get("/regeln");
    assert!(page.body.contains("Fehler in der Datei"), "{}", page.body);
    assert!(
        page.body
            .contains(&format!("href=\"#z{line}\">Zeile {line}</a>")),
        "{}",
        page.body
    );
    assert!(page.body.contains(&format!("id=\"z{line}\" class=\"bad\"")));
    std::fs::write(&rules, &text).unwrap();
    inst.stop();
}

#[test]
fn operators_try_a_changed_rules_file_before_saving_it() {
    let mut inst = Instance::new();
    let TwoDepartments { a, b, dep_a, .. } = file_two_departments(&inst, 81);
    add_user(&inst, "betrieb", &["--role", "operator"], PW);
    add_user(&inst, "post", &["--role", "mailroom"], PW);
    inst.start();
    let mut web = Browser::new(&inst.url());
    web.login("betrieb", PW);
    let page = web.get("/regeln");
    let token = csrf(&page.body);
    let at = page.body.find("name=\"basis\" value=\"").unwrap() + 20;
    let basis = page.body[at..].split('"').next().unwrap().to_string();
    let rules = inst.config.parent().unwrap().join("routing.toml");
    let text = std::fs::read_to_string(&rules).unwrap();

    // A first rule that sends everything to A (final: no second opinion of the model): B would
    // move; nothing is saved yet.
    let first = text.find("[[rule]]").unwrap();
    let changed = format!(
        "{}[[rule]]\nname = \"Alles nach A\"\nwhen = {{ always = true }}\ndepartment = \"{dep_a}\"\nsecond_opinion = false\n\n{}",
        &text[..first],
        &text[first..]
    );
    let tried = web.post(
        "/regeln/pruefen",
        &[("csrf", &token), ("basis", &basis), ("regeln", &changed)],
    );
    assert_eq!(tried.status, 200, "{}", tried.body);
    assert!(
        tried.body.contains("Die geänderten Regeln sind gültig"),
        "{}",
        tried.body
    );
    // The operator sees which document would move, not its name (operators read no documents).
    assert!(
        tried.body.contains(&format!("<td>Dokument {b}</td>")),
        "B would move: {}",
        tried.body
    );
    assert!(
        !tried.body.contains(&format!("<td>Dokument {a}</td>")),
        "A stays"
    );
    assert!(
        !tried.body.contains("widerspruch.pdf"),
        "no file names for operators"
    );
    assert!(
        tried.body.contains("Regel „Alles nach A“"),
        "{}",
        tried.body
    );
    assert_eq!(
        std::fs::read_to_string(&rules).unwrap(),
        text,
        "nothing saved"
    );

    // A broken change is shown with its error and cannot be saved.
    let broken = changed.replacen(
        &format!("department = \"{dep_a}\""),
        "department = \"99-gibt-es-nicht\"",
        1,
    );
    assert_ne!(broken, changed);
    let tried = web.post(
        "/regeln/pruefen",
        &[("csrf", &token), ("basis", &basis), ("regeln", &broken)],
    );
    assert!(
        tried.body.contains("Fehler in der Änderung"),
        "{}",
        tried.body
    );
    let refused = web.post(
        "/regeln/speichern",
        &[("csrf", &token), ("basis", &basis), ("regeln", &broken)],
    );
    assert_eq!(refused.status, 422);
    assert_eq!(std::fs::read_to_string(&rules).unwrap(), text);

    // Mail-room staff may try, not save.
    let mut staff = Browser::new(&inst.url());
    staff.login("post", PW);
    let staff_page = staff.get("/regeln");
    assert!(!staff_page.body.contains("formaction=\"/regeln/speichern\""));
    let staff_token = csrf(&staff_page.body);
    let staff_tried = staff.post(
        "/regeln/pruefen",
        &[
            ("csrf", &staff_token),
            ("basis", &basis),
            ("regeln", &changed),
        ],
    );
    assert!(
        staff_tried
            .body
            .contains(&format!("href=\"/dokumente/{b}\">")),
        "mail-room staff open the document that would move"
    );
    assert!(
        !staff_tried
            .body
            .contains(&format!("href=\"/dokumente/{a}\">")),
        "A stays"
    );
    let r = staff.post(
        "/regeln/speichern",
        &[
            ("csrf", &staff_token),
            ("basis", &basis),
            ("regeln", &changed),
        ],
    );
    assert_eq!(r.status, 403);

    // Saved: the file holds it, and the audit log names who saved it.
    let saved = web.post(
        "/regeln/speichern",
        &[("csrf", &token), ("basis", &basis), ("regeln", &changed)],
    );
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert!(saved.location.unwrap().starts_with("/regeln?gespeichert="));
    assert_eq!(std::fs::read_to_string(&rules).unwrap(), changed);
    // A second save over the old text would overwrite this change: refused.
    let stale = web.post(
        "/regeln/speichern",
        &[("csrf", &token), ("basis", &basis), ("regeln", &text)],
    );
    assert_eq!(stale.status, 409, "{}", stale.body);
    assert!(stale.body.contains("inzwischen geändert"));
    assert_eq!(std::fs::read_to_string(&rules).unwrap(), changed);
    let audit = inst.json(&["audit", "--json"]);
    assert!(
        audit
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["kind"] == "rules_saved" && e["detail"]["actor"] == "betrieb"),
        "{audit}"
    );
    inst.stop();
}

#[test]
fn clerks_do_not_see_rules() {
    let mut inst = Instance::new();
    inst.start();
    // Clerks do not see rules.
    add_user(
        &inst,
        "clerk",
        &["--role", "clerk", "--department", "20"],
        PW,
    );
    let mut clerk = Browser::new(&inst.url());
    clerk.login("clerk", PW);
    assert_eq!(clerk.get("/regeln").status, 403);
    inst.stop();
}

#[test]
fn mail_room_staff_place_a_triage_document_from_its_page() {
    let mut inst = Instance::new();
    without_rules(&inst, &UNRULED);
    let letter = gen::routed_letter(Topic::Schulweg, 91);
    let id = inst.ingest(
        None,
        "schulweg.pdf",
        &gen::born_digital_pdf(&letter.letter, 1),
    );
    assert_eq!(
        inst.show(id)["department"],
        serde_json::Value::Null,
        "in triage"
    );
    add_user(&inst, "staff", &["--role", "mailroom"], PW);
    inst.start();
    let mut web = Browser::new(&inst.url());
    web.login("staff", PW);
    let page = web.get(&format!("/dokumente/{id}"));
    assert!(page.body.contains("Einem Amt zuordnen"), "{}", page.body);
    let token = csrf(&page.body);
    let dep = letter.expected_department;
    let done = web.post(
        &format!("/dokumente/{id}/weiterleiten"),
        &[("csrf", &token), ("amt", dep), ("notiz", "")],
    );
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(done.location, Some(format!("/dokumente/{id}")));
    let shown = inst.show(id);
    assert_eq!(shown["department"], dep);
    assert_eq!(shown["routing"]["decided_by"], "staff");
    let again = web.get(&format!("/dokumente/{id}"));
    assert!(again.body.contains("An ein anderes Amt weiterleiten"));
    inst.stop();
}

#[test]
fn a_clerk_forwards_a_document_with_a_note_and_it_leaves_their_posteingang() {
    let mut inst = Instance::new();
    let TwoDepartments {
        a, b, dep_a, dep_b, ..
    } = file_two_departments(&inst, 61);
    add_user(
        &inst,
        "clerk-a",
        &["--role", "clerk", "--department", dep_a],
        PW,
    );
    add_user(
        &inst,
        "clerk-b",
        &["--role", "clerk", "--department", dep_b],
        PW,
    );
    inst.start();
    let mut web = Browser::new(&inst.url());
    web.login("clerk-a", PW);
    let page = web.get(&format!("/dokumente/{a}"));
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("An ein anderes Amt weiterleiten"),
        "{}",
        page.body
    );
    assert!(
        page.body.contains(&format!("<option value=\"{dep_b}\">")),
        "B is a choice"
    );
    assert!(
        !page.body.contains(&format!("<option value=\"{dep_a}\">")),
        "not the department it is in"
    );
    let token = csrf(&page.body);
    // Without the token nothing happens; B's document cannot be forwarded by A's clerk.
    let refused = web.post(
        &format!("/dokumente/{a}/weiterleiten"),
        &[("amt", dep_b), ("notiz", "")],
    );
    assert_eq!(refused.status, 403);
    let theirs = web.post(
        &format!("/dokumente/{b}/weiterleiten"),
        &[("csrf", &token), ("amt", dep_a), ("notiz", "")],
    );
    assert_eq!(theirs.status, 404);
    let note = "Bitte übernehmen – betrifft Ihr Amt.";
    let done = web.post(
        &format!("/dokumente/{a}/weiterleiten"),
        &[("csrf", &token), ("amt", dep_b), ("notiz", note)],
    );
    assert_eq!(done.status, 303, "{}", done.body);
    let back = done.location.expect("back to the Posteingang");
    assert!(back.starts_with("/posteingang?weitergeleitet="), "{back}");
    let inbox = web.get(&back);
    assert!(inbox.body.contains("weitergeleitet."), "{}", inbox.body);
    let all = web.get("/posteingang?status=alle");
    assert!(
        !all.body.contains(&format!("/dokumente/{a}\"")),
        "{}",
        all.body
    );
    assert!(all.body.contains("Alle (0)"), "{}", all.body);
    assert!(all.body.contains("Weitergeleitet (0)"));
    assert_eq!(web.get(&format!("/dokumente/{a}")).status, 404);

    // Department B has it, new, with the note and who sent it.
    let mut b_web = Browser::new(&inst.url());
    b_web.login("clerk-b", PW);
    let open = b_web.get("/posteingang");
    assert!(
        open.body.contains(&format!("/dokumente/{a}\"")),
        "{}",
        open.body
    );
    let doc = b_web.get(&format!("/dokumente/{a}"));
    assert_eq!(doc.status, 200);
    assert!(
        doc.body
            .contains("Notiz von clerk-a: „Bitte übernehmen – betrifft Ihr Amt.“"),
        "{}",
        doc.body
    );
    inst.stop();
}

#[test]
fn the_invoice_team_sees_an_e_invoices_data_and_failed_checks() {
    let mut inst = Instance::new();
    add_user(&inst, "staff", &["--role", "mailroom"], PW);
    let spec = gen::InvoiceSpec::sample(3, &gen::leitweg_id("07137000", "63BAU"));
    let broken = gen::invoice_cii(&spec, Some(gen::Breakage::WrongVatAmount));
    let id = inst.ingest(None, "rechnung.xml", broken.as_bytes());
    inst.start();
    let mut web = Browser::new(&inst.url());
    assert_eq!(web.login("staff", PW).status, 303);
    let page = web.get(&format!("/dokumente/{id}"));
    assert_eq!(page.status, 200);
    for expected in [
        "E-Rechnung",
        "XRechnung 3.0",
        spec.number.as_str(),
        "BR-CO-17",
        "nicht bestanden",
        "Rechnungsdaten (XML)",
    ] {
        assert!(page.body.contains(expected), "{expected} on the page");
    }
}
