//! A batch scan becomes a consignment (kind `batch`): the scan file itself, kept bit-exact, is
//! the cover document (its pages record what each page was: letter, blank back, separator);
//! every letter is a document of its own whose bytes are its archive copy (PDF/A with text
//! layer, blank backs left out), with a child receipt. All of it is filed in one transaction,
//! like a mail, so a crash files either the whole batch or nothing.

use std::collections::HashMap;
use std::path::Path;

use serde_json::{json, Value};

use super::archive_copy::{archivable, take_archive_pages, ArchiveFailure};
use super::filer::BlobWrite;
use super::runner::{Outcome, Runner};
use super::split::{self, LetterPlan, SplitPlan};
use crate::config::BatchConfig;
use crate::model::{source, SeparatorSheet};
use crate::model::{
    MailHeader, NewConsignment, NewDocument, NewPart, NewRouting, PageRecord, PartOutcome, Receipt,
};
use crate::stage::{PageWork, Reason, WorkItem};
use crate::store::{ContentFacts, Filing, StoreError};

impl Runner {
    /// Files `item` as a batch if separators cut it into letters. `Ok(None)`: no separator was
    /// found; the scan is one letter and is filed as a single document.
    pub(super) async fn process_batch(
        &self,
        r: &Receipt,
        item: &mut WorkItem,
        batch: &BatchConfig,
        content: &ContentFacts,
    ) -> Result<Option<Outcome>, StoreError> {
        let roles: Vec<_> = item.pages.iter().map(|p| p.role.clone()).collect();
        let plan = split::plan(&roles, batch);
        if plan.separators.is_empty() {
            return Ok(None);
        }
        tracing::info!(
            letters = plan.letters.len(),
            separators = plan.separators.len(),
            "batch scan cut into letters"
        );
        if plan.letters.is_empty() {
            let reason = Reason::BatchNotSplit {
                detail: "only separator sheets and blank pages, no letter".into(),
            };
            return self
                .quarantine_with_content(r, content.clone(), reason)
                .await
                .map(Some);
        }
        // Every letter needs its pages as scanned images to become a PDF of its own; if one
        // cannot (pages with their own text, a page OCR could not read), the scan is filed
        // as one document, nothing lost, and the reason is recorded.
        let unsplittable = plan.letters.iter().enumerate().find_map(|(i, l)| {
            match archivable(l.pages.iter().map(|n| &item.pages[*n as usize - 1])) {
                Some(Ok(())) => None,
                Some(Err(why)) => Some(format!("letter {}: {why}", i + 1)),
                None => Some(format!("letter {}: no page was scanned as an image", i + 1)),
            }
        });
        if let Some(why) = unsplittable {
            return Ok(self.not_split(item, &plan, why));
        }
        let received = self.received_detail(r).await?;
        let ocr_done = item
            .events
            .iter()
            .rev()
            .find(|(k, _)| k == "ocr_done")
            .map(|(_, d)| d.clone())
            .unwrap_or(Value::Null);
        let stem = Path::new(&r.original_filename)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "Stapel".into());
        let mut parts = Vec::with_capacity(plan.letters.len());
        let mut blobs = vec![self.original_blob(r, item.sha256)];
        for (i, letter) in plan.letters.iter().enumerate() {
            let position = i as u32 + 1;
            let doc = match self
                .letter_document(
                    r,
                    item,
                    &plan,
                    letter,
                    position,
                    &ocr_done,
                    received.as_ref(),
                )
                .await
            {
                Ok((d, archive)) => {
                    blobs.push(archive);
                    d
                }
                Err(LetterError::Permanent(why)) => {
                    return Ok(self.not_split(item, &plan, format!("letter {position}: {why}")))
                }
                Err(LetterError::Transient(why)) => return Ok(Some(Outcome::Deferred(why))),
            };
            parts.push(NewPart {
                position,
                name: format!("{stem} Brief {position}.pdf"),
                outcome: PartOutcome::Document(Box::new(doc)),
            });
        }
        let cover = batch_document(item, &plan);
        let consignment = NewConsignment {
            kind: "batch".into(),
            mailbox: None,
            header: MailHeader::default(),
            cover,
            parts,
        };
        self.file(
            r,
            Some(content.clone()),
            Filing::Consignment(Box::new(consignment)),
            blobs,
        )
        .await
        .map(Some)
    }

    /// Records why separators were found but the scan is filed as one document.
    fn not_split(&self, item: &mut WorkItem, plan: &SplitPlan, why: String) -> Option<Outcome> {
        tracing::warn!(reason = %why, "batch not cut into letters; filed as one document");
        item.event(
            "batch_not_split",
            json!({ "reason": why, "plan": plan,
                    "action": "cut the letters apart by hand (`mailroom show` lists the separator pages) or scan them again" }),
        );
        None
    }

    /// One letter as a document: its pages renumbered, its fields and routing, its archive
    /// copy as its content.
    #[allow(clippy::too_many_arguments)]
    async fn letter_document(
        &self,
        r: &Receipt,
        item: &mut WorkItem,
        plan: &SplitPlan,
        letter: &LetterPlan,
        position: u32,
        ocr_done: &Value,
        received: Option<&Value>,
    ) -> Result<(NewDocument, BlobWrite), LetterError> {
        let archive_pages = take_archive_pages(
            item.pages
                .iter_mut()
                .filter(|p| letter.pages.contains(&p.number)),
        );
        let scan_pages: Vec<&PageWork> = letter
            .pages
            .iter()
            .map(|n| &item.pages[*n as usize - 1])
            .collect();
        // Scan page number → page number in the letter.
        let local: HashMap<u32, u32> = letter
            .pages
            .iter()
            .enumerate()
            .map(|(i, n)| (*n, i as u32 + 1))
            .collect();
        let pages: Vec<PageRecord> = scan_pages
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let mut rec = p.to_record();
                rec.number = i as u32 + 1;
                rec
            })
            .collect();
        let texts: Vec<String> = pages.iter().map(|p| p.text.clone()).collect();
        let fields = self.extract_fields(&texts).await;
        let separator_before = plan
            .separators
            .iter()
            .rev()
            .find(|s| s.pages.iter().all(|p| *p < letter.pages[0]));
        let letter_event = json!({
            "letter": position,
            "of": plan.letters.len(),
            "batch_receipt_id": r.id,
            "batch_file": r.original_filename,
            "batch_sha256": item.sha256.to_hex(),
            "scan_pages": letter.pages,
            "blank_pages": letter.blank_pages,
            "separator_before": separator_before,
            "department_from_separator": letter.department.as_ref().map(|(d, _)| d),
            "capture": received.and_then(|d| d.get("capture")),
        });
        let events = vec![
            ("letter_of_batch".to_string(), letter_event),
            (
                "ocr_done".to_string(),
                letter_ocr_done(ocr_done, &local, &scan_pages),
            ),
        ];
        let (archive, blob) = self
            .store_archive(
                r,
                format!("{} – Brief {position}", r.original_filename),
                item.sha256,
                archive_pages,
                &pages,
                &events,
                received,
            )
            .await
            .map_err(|e| match e {
                ArchiveFailure::Build(m) => LetterError::Permanent(format!("archive copy: {m}")),
                ArchiveFailure::Store(m) => LetterError::Transient(m),
            })?;
        let mut events = events;
        events.push((
            "archive_made".to_string(),
            json!({ "sha256": archive.sha256.to_hex(), "size": archive.size,
                    "pages": letter.pages, "format": "PDF/A-2b" }),
        ));
        let mut routing = self.decide(r, texts, fields.clone(), None, None).await;
        if let (Some(routing), Some((code, page))) = (routing.as_mut(), &letter.department) {
            self.route_by_separator(routing, code, *page);
        }
        let doc = NewDocument {
            sha256: archive.sha256,
            size: archive.size,
            media_type: "application/pdf".into(),
            pages,
            events,
            fields,
            routing,
            archive: Some(archive),
            invoice: None,
        };
        Ok((doc, blob))
    }

    /// A department code on the separator sheet decides, if the department exists.
    fn route_by_separator(&self, routing: &mut NewRouting, code: &str, page: u32) {
        let known = self
            .router()
            .is_some_and(|r| r.departments().get(code).is_some());
        routing.explanation.separator = Some(SeparatorSheet {
            page,
            department: code.to_string(),
        });
        if known {
            routing.source = source::SEPARATOR.into();
            routing.department = Some(code.to_string());
            routing.department_confidence = None;
            routing.explanation.triage_reason = None;
        } else {
            routing.source = source::TRIAGE.into();
            routing.department = None;
            routing.explanation.triage_reason = Some(format!(
                "the separator sheet on page {page} names department {code:?}, which is not configured"
            ));
        }
    }
}

enum LetterError {
    /// The letter cannot be made from this scan.
    Permanent(String),
    /// Storing failed; try the whole batch again later.
    Transient(String),
}

/// The letter's share of the batch's `ocr_done`, in the letter's page numbers.
fn letter_ocr_done(batch: &Value, local: &HashMap<u32, u32>, pages: &[&PageWork]) -> Value {
    let colours: std::collections::BTreeSet<&str> = pages
        .iter()
        .filter_map(|p| p.colour.map(|c| c.as_str()))
        .collect();
    let confidences: Vec<f64> = pages
        .iter()
        .filter_map(|p| p.confidence.map(f64::from))
        .collect();
    let mean = (!confidences.is_empty())
        .then(|| confidences.iter().sum::<f64>() / confidences.len() as f64)
        .map(|m| (m * 10.0).round() / 10.0);
    let map_numbers = |key: &str| -> Vec<u32> {
        batch[key]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_u64().and_then(|n| local.get(&(n as u32)).copied()))
            .collect()
    };
    let map_objects = |key: &str| -> Vec<Value> {
        batch[key]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| {
                let n = v["page"].as_u64()? as u32;
                let mut v = v.clone();
                v["page"] = json!(local.get(&n)?);
                Some(v)
            })
            .collect()
    };
    json!({
        "pages": local.len(),
        "failed_pages": map_numbers("failed_pages"),
        "blank_pages": [],
        "turned_pages": map_objects("turned_pages"),
        "deskewed_pages": map_objects("deskewed_pages"),
        "colour": colours,
        "mean_confidence": mean,
    })
}

/// The batch scan itself: every page with what it turned out to be. Its text lives in the
/// letters, so that a search finds each letter once.
fn batch_document(item: &mut WorkItem, plan: &SplitPlan) -> NewDocument {
    let mut what: HashMap<u32, String> = HashMap::new();
    for (i, l) in plan.letters.iter().enumerate() {
        for (j, n) in l.pages.iter().enumerate() {
            what.insert(*n, format!("letter {}, page {}", i + 1, j + 1));
        }
        for n in &l.blank_pages {
            what.insert(*n, format!("letter {}: blank page, left out", i + 1));
        }
    }
    for s in &plan.separators {
        for n in &s.pages {
            what.insert(*n, format!("separator ({})", s.detail));
        }
    }
    for n in &plan.loose_blank_pages {
        what.insert(*n, "blank page, left out".into());
    }
    let pages = item
        .pages
        .iter()
        .map(|p| {
            let mut rec = p.to_record();
            rec.text = String::new();
            rec.words_json = None;
            rec.note = Some(match (what.get(&p.number), &p.note) {
                (Some(w), Some(n)) if !n.starts_with("blank") && !n.starts_with("separator") => {
                    format!("{w}; {n}")
                }
                (Some(w), _) => w.clone(),
                (None, n) => n.clone().unwrap_or_default(),
            });
            rec
        })
        .collect();
    let mut events = std::mem::take(&mut item.events);
    events.push(("batch_split".to_string(), json!(plan)));
    NewDocument {
        sha256: item.sha256,
        size: item.original.len(),
        media_type: item.mime(),
        pages,
        events,
        fields: Vec::new(),
        routing: None,
        archive: None,
        invoice: None,
    }
}
