//! Tells departments about arrivals. New inbox entries are collected per department and
//! announced at most once per `notify_batch` (the first at once), as a webhook POST and/or an
//! email. Announcing writes the notifications into an outbox in the same transaction that marks
//! the entries as announced, so none is lost; delivery is retried with backoff until it succeeds
//! (at least once: receivers can drop repeats by the `X-Mailroom-Notification` id).

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::time::{Duration, Instant};

use jiff::tz::TimeZone;
use lettre::message::header::ContentType;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use serde_json::{json, Value};
use tokio_util::sync::CancellationToken;

use crate::config::{RoutingConfig, SmtpConfig, TlsMode};
use crate::model::InboxEntry;
use crate::model::{format_utc, now, Timestamp};
use crate::routing::alerts::MailroomAlerts;
use crate::routing::Router;
use crate::store::{Notification, Store, StoreError};

/// How long a failed delivery waits before the next attempt: 5 s, doubling, at most 10 min.
pub fn retry_delay(attempts: u32) -> Duration {
    Duration::from_secs((5u64 << attempts.min(10)).min(600))
}

/// Announces arrivals and delivers notifications until cancelled.
pub struct Notifier {
    store: Arc<dyn Store>,
    /// Departments come from the router: edits of departments.toml apply while running.
    router: Arc<Router>,
    batch: Duration,
    smtp: Option<SmtpConfig>,
    http: ureq::Agent,
    last_announced: HashMap<String, Instant>,
    /// The web interface's base URL: notifications link to the document pages.
    links: Option<String>,
    /// What the mail room has been told of.
    alerts: MailroomAlerts,
}

impl Notifier {
    /// `state_dir`: where intake sources publish their troubles (see `source::health`).
    pub fn new(
        store: Arc<dyn Store>,
        router: Arc<Router>,
        links: Option<String>,
        state_dir: std::path::PathBuf,
    ) -> Self {
        let routing: &RoutingConfig = router.config();
        let (batch, smtp) = (routing.notify_batch, routing.smtp.clone());
        let links = links.map(|l| l.trim_end_matches('/').to_string());
        Notifier {
            alerts: MailroomAlerts::new(state_dir, batch, links.clone()),
            store,
            router,
            batch,
            smtp,
            http: http_agent(),
            last_announced: HashMap::new(),
            links,
        }
    }

    /// Runs once a second until `cancel`; notifications still due are sent after the restart.
    pub async fn run(mut self, cancel: CancellationToken) {
        let mut tick = tokio::time::interval(Duration::from_secs(1));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = cancel.cancelled() => return,
                _ = tick.tick() => {}
            }
            if let Err(e) = self.announce().await {
                tracing::warn!(error = %e, "could not queue department notifications; retrying");
            }
            let targets = self.router.departments().mailroom.clone();
            if let Err(e) = self.alerts.tick(self.store.as_ref(), &targets).await {
                tracing::warn!(error = %e, "could not queue the mail room's notifications; retrying");
            }
            if let Err(e) = self.deliver_due().await {
                tracing::warn!(error = %e, "could not deliver department notifications; retrying");
            }
        }
    }

    /// Queues notifications for departments with unannounced arrivals whose last announcement
    /// is at least one batch interval ago. Returns the number of arrivals announced.
    pub async fn announce(&mut self) -> Result<usize, StoreError> {
        let arrivals = self.store.unnotified_arrivals().await?;
        let mut by_department: BTreeMap<String, Vec<InboxEntry>> = BTreeMap::new();
        for a in arrivals {
            if let Some(d) = a.department.clone() {
                by_department.entry(d).or_default().push(a);
            }
        }
        let mut announced = 0;
        for (department, entries) in by_department {
            if self
                .last_announced
                .get(&department)
                .is_some_and(|t| t.elapsed() < self.batch)
            {
                continue;
            }
            let deliveries = self.deliveries(&department, &entries);
            let ids: Vec<_> = entries.iter().map(|e| e.document_id).collect();
            self.store
                .queue_notifications(&department, &ids, &deliveries)
                .await?;
            if !deliveries.is_empty() {
                tracing::info!(department = %department, documents = ids.len(), "department notification queued");
            }
            self.last_announced.insert(department, Instant::now());
            announced += ids.len();
        }
        Ok(announced)
    }

    /// The (kind, target, payload) of each notification a department gets for these arrivals.
    fn deliveries(&self, department: &str, entries: &[InboxEntry]) -> Vec<(String, String, Value)> {
        let departments = self.router.departments();
        let Some(dep) = departments.get(department) else {
            return Vec::new();
        };
        let payload = payload(department, &dep.name, entries, self.links.as_deref());
        let mut out = Vec::new();
        if let Some(url) = &dep.webhook {
            out.push(("webhook".to_string(), url.clone(), payload.clone()));
        }
        if let Some(address) = &dep.email {
            out.push(("email".to_string(), address.clone(), payload));
        }
        out
    }

    /// Tries every due notification once. Returns (delivered, failed).
    pub async fn deliver_due(&self) -> Result<(usize, usize), StoreError> {
        let due = self.store.due_notifications(now()).await?;
        let (mut delivered, mut failed) = (0, 0);
        for mut n in due {
            // A target fixed in departments.toml applies to what is still waiting too.
            if let Some(now_target) = self.target_now(&n) {
                if now_target != n.target {
                    tracing::info!(department = %n.department, kind = %n.kind, old = %n.target,
                        new = %now_target, "notification goes to the target now in departments.toml");
                    n.target = now_target;
                }
            }
            let result = match n.kind.as_str() {
                "webhook" => self.post(&n).await,
                "email" => self.mail(&n).await,
                other => Err(format!("unknown notification kind {other:?}")),
            };
            match result {
                Ok(()) => {
                    delivered += 1;
                    tracing::info!(department = %n.department, kind = %n.kind, target = %n.target, "department notified");
                    self.store.notification_result(n.id, None, None).await?;
                }
                Err(e) => {
                    failed += 1;
                    let delay = retry_delay(n.attempts);
                    tracing::warn!(
                        department = %n.department, kind = %n.kind, target = %n.target,
                        attempt = n.attempts + 1, retry_in_secs = delay.as_secs(), error = %e,
                        "department notification failed; it is retried (check the target in departments.toml)"
                    );
                    let next = Timestamp::from_second(now().as_second() + delay.as_secs() as i64)
                        .unwrap_or_else(|_| now());
                    self.store
                        .notification_result(n.id, Some(&e), Some(next))
                        .await?;
                }
            }
        }
        Ok((delivered, failed))
    }

    /// The department's current target for this kind of notification, if it still has one.
    fn target_now(&self, n: &Notification) -> Option<String> {
        let departments = self.router.departments();
        let (webhook, email) = departments.targets(&n.department)?;
        match n.kind.as_str() {
            "webhook" => webhook.map(str::to_string),
            "email" => email.map(str::to_string),
            _ => None,
        }
    }

    async fn post(&self, n: &Notification) -> Result<(), String> {
        let agent = self.http.clone();
        let (url, id, body) = (n.target.clone(), n.id.to_string(), n.payload.clone());
        tokio::task::spawn_blocking(move || {
            agent
                .post(&url)
                .header("X-Mailroom-Notification", &id)
                .send_json(&body)
                .map(|_| ())
                .map_err(|e| format!("POST {url}: {e}"))
        })
        .await
        .map_err(|e| format!("webhook task failed: {e}"))?
    }

    async fn mail(&self, n: &Notification) -> Result<(), String> {
        let smtp = self
            .smtp
            .as_ref()
            .ok_or("no [routing.smtp] configured for email notifications")?;
        let message = email(smtp, n)?;
        let transport = smtp_transport(smtp)?;
        transport
            .send(message)
            .await
            .map(|_| ())
            .map_err(|e| format!("SMTP {}:{}: {e}", smtp.host, smtp.port))
    }
}

pub(crate) fn http_agent() -> ureq::Agent {
    use ureq::tls::{Certificate, RootCerts, TlsConfig};
    // Intranet endpoints often use the administration's own CA: trust what the system trusts.
    let native = rustls_native_certs::load_native_certs().certs;
    let roots = if native.is_empty() {
        RootCerts::WebPki
    } else {
        let certs: Vec<Certificate<'static>> = native
            .iter()
            .map(|c| Certificate::from_der(c.as_ref()).to_owned())
            .collect();
        RootCerts::new_with_certs(&certs)
    };
    ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(15)))
        .http_status_as_error(true)
        .tls_config(TlsConfig::builder().root_certs(roots).build())
        .user_agent("mailroom")
        .build()
        .into()
}

fn smtp_transport(smtp: &SmtpConfig) -> Result<AsyncSmtpTransport<Tokio1Executor>, String> {
    let tls_params = || {
        TlsParameters::new(smtp.host.clone())
            .map_err(|e| format!("TLS setup for {}: {e}", smtp.host))
    };
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&smtp.host)
        .port(smtp.port)
        .timeout(Some(Duration::from_secs(30)));
    builder = match smtp.tls {
        TlsMode::Implicit => builder.tls(Tls::Wrapper(tls_params()?)),
        TlsMode::StartTls => builder.tls(Tls::Required(tls_params()?)),
        TlsMode::Plain => builder.tls(Tls::None),
    };
    if let (Some(user), Some(secret)) = (&smtp.user, &smtp.password) {
        builder = builder.credentials(Credentials::new(user.clone(), secret.read()?));
    }
    Ok(builder.build())
}

/// The webhook body: the department and its new documents, with links to the web interface
/// at `links` (its base URL) where known.
pub fn payload(department: &str, name: &str, entries: &[InboxEntry], links: Option<&str>) -> Value {
    json!({
        "event": "arrivals",
        "department": department,
        "department_name": name,
        "count": entries.len(),
        "inbox_url": links.map(|base| format!("{base}/posteingang")),
        "documents": entries.iter().map(|e| json!({
            "id": e.document_id.0,
            "url": links.map(|base| format!("{base}/dokumente/{}", e.document_id.0)),
            "received_at": format_utc(e.received_at),
            "subject": e.subject,
            "class": e.class,
            "priority": e.priority,
            "deadline": e.deadline,
            "channel": e.channel,
            "pipeline": e.pipeline,
            "original_filename": e.original_filename,
        })).collect::<Vec<_>>(),
    })
}

/// The notification mail, in German like everything users read.
fn email(smtp: &SmtpConfig, n: &Notification) -> Result<Message, String> {
    // The mail room's alerts carry their subject and text (see `alerts`).
    if let (Some(subject), Some(text)) = (n.payload["subject"].as_str(), n.payload["text"].as_str())
    {
        let body = format!("{text}\n-- \nDigitale Poststelle (mailroom), automatische Nachricht\n");
        return message(smtp, &n.target, subject.to_string(), body);
    }
    let docs = n.payload["documents"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let name = n.payload["department_name"].as_str().unwrap_or_default();
    let berlin = TimeZone::get("Europe/Berlin").map_err(|e| e.to_string())?;
    let news = match docs.len() {
        1 => "ist 1 Dokument neu".to_string(),
        n => format!("sind {n} Dokumente neu"),
    };
    let mut body = format!(
        "Guten Tag,\n\nim Posteingang von {} {name} {news}:\n\n",
        n.department
    );
    for d in &docs {
        let received = d["received_at"]
            .as_str()
            .and_then(|s| s.parse::<Timestamp>().ok())
            .map(|t| {
                t.to_zoned(berlin.clone())
                    .strftime("%d.%m.%Y %H:%M")
                    .to_string()
            })
            .unwrap_or_default();
        let subject = d["subject"]
            .as_str()
            .or(d["original_filename"].as_str())
            .unwrap_or("(ohne Betreff)");
        body.push_str(&format!("- Nr. {} vom {received}: {subject}", d["id"]));
        if let Some(class) = d["class"].as_str() {
            body.push_str(&format!(" [{class}]"));
        }
        if let Some(deadline) = d["deadline"].as_str() {
            let german = deadline
                .parse::<jiff::civil::Date>()
                .map(|d| d.strftime("%d.%m.%Y").to_string())
                .unwrap_or_else(|_| deadline.to_string());
            body.push_str(&format!(", Frist {german}"));
        }
        if d["priority"]
            .as_str()
            .is_some_and(|p| p == "high" || p == "urgent")
        {
            body.push_str(", dringend");
        }
        body.push('\n');
        if let Some(url) = d["url"].as_str() {
            body.push_str(&format!("  {url}\n"));
        }
    }
    let show = match n.payload["inbox_url"].as_str() {
        Some(url) => format!("Posteingang: {url}"),
        None => format!("Anzeigen: mailroom inbox {}", n.department),
    };
    body.push_str(&format!(
        "\n{show}\n\n-- \nDigitale Poststelle (mailroom), automatische Nachricht\n"
    ));
    let subject = format!(
        "Posteingang {}: {} neue{} Dokument{}",
        n.department,
        docs.len(),
        if docs.len() == 1 { "s" } else { "" },
        if docs.len() == 1 { "" } else { "e" },
    );
    message(smtp, &n.target, subject, body)
}

fn message(smtp: &SmtpConfig, to: &str, subject: String, body: String) -> Result<Message, String> {
    Message::builder()
        .from(
            smtp.from
                .parse()
                .map_err(|e| format!("from {:?}: {e}", smtp.from))?,
        )
        .to(to.parse().map_err(|e| format!("to {to:?}: {e}"))?)
        .subject(subject)
        .header(ContentType::TEXT_PLAIN)
        .body(body)
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DocumentId;

    fn entry(id: i64, subject: &str) -> InboxEntry {
        InboxEntry {
            document_id: DocumentId(id),
            department: Some("30".into()),
            state: "neu".into(),
            assigned_at: Some(now()),
            received_at: "2026-11-21T09:30:00Z".parse().unwrap(),
            original_filename: "scan.pdf".into(),
            pipeline: "scanner".into(),
            channel: "scan".into(),
            class: Some("Widerspruch".into()),
            priority: Some("high".into()),
            deadline: Some("2026-12-21".into()),
            subject: Some(subject.into()),
            sender: None,
        }
    }

    #[test]
    fn retries_back_off_to_ten_minutes() {
        assert_eq!(retry_delay(0), Duration::from_secs(5));
        assert_eq!(retry_delay(1), Duration::from_secs(10));
        assert_eq!(retry_delay(6), Duration::from_secs(320));
        assert_eq!(retry_delay(7), Duration::from_secs(600));
        assert_eq!(retry_delay(40), Duration::from_secs(600));
    }

    #[test]
    fn payload_lists_every_arrival() {
        let p = payload(
            "30",
            "Rechtsamt",
            &[entry(7, "Widerspruch"), entry(9, "Klage")],
            Some("https://post.kreis.example"),
        );
        assert_eq!(p["count"], 2);
        assert_eq!(
            p["documents"][1]["url"],
            "https://post.kreis.example/dokumente/9"
        );
        assert_eq!(p["inbox_url"], "https://post.kreis.example/posteingang");
        let bare = payload("30", "Rechtsamt", &[entry(7, "Widerspruch")], None);
        assert!(bare["documents"][0]["url"].is_null());
        assert_eq!(p["documents"][1]["id"], 9);
        assert_eq!(p["documents"][0]["deadline"], "2026-12-21");
        assert_eq!(p["department_name"], "Rechtsamt");
    }

    #[test]
    fn email_is_german_and_names_the_documents() {
        let smtp = SmtpConfig {
            host: "localhost".into(),
            port: 25,
            tls: TlsMode::Plain,
            from: "poststelle@kreis.example".into(),
            user: None,
            password: None,
            password_line: None,
        };
        let n = Notification {
            id: 1,
            department: "30".into(),
            kind: "email".into(),
            target: "rechtsamt@kreis.example".into(),
            payload: payload(
                "30",
                "Rechtsamt",
                &[entry(7, "Widerspruch gegen Bescheid")],
                Some("https://post.kreis.example"),
            ),
            attempts: 0,
        };
        let raw = email(&smtp, &n).unwrap().formatted();
        let parsed = mail_parser::MessageParser::default().parse(&raw).unwrap();
        assert_eq!(parsed.subject(), Some("Posteingang 30: 1 neues Dokument"));
        let text = parsed.body_text(0).unwrap();
        assert!(text.contains("ist 1 Dokument neu"), "{text}");
        assert!(
            text.contains("Nr. 7 vom 21.11.2026 10:30: Widerspruch gegen Bescheid"),
            "{text}"
        );
        assert!(text.contains("Frist 21.12.2026, dringend"), "{text}");
        assert!(
            text.contains("\n  https://post.kreis.example/dokumente/7"),
            "{text}"
        );
        assert!(
            text.contains("Posteingang: https://post.kreis.example/posteingang"),
            "{text}"
        );
    }
}
