//! The transfer note (Transfervermerk, BSI TR-03138 "TR-RESISCAN") of a scanned document:
//! when and from where it was received, with which scanner and profile, how many pages were
//! scanned and kept, what the quality checks found and what went wrong. Pure: built from the
//! document, its pages and its (hash-chained) events, so it shows what was recorded at
//! capture time, not today's configuration.

use std::collections::BTreeSet;

use serde::Serialize;
use serde_json::Value;

use crate::model::format_utc;
use crate::model::{DocumentRecord, EventRecord, PageRecord, TextSource};

/// Pages read with a lower mean word confidence are named for a person to check.
pub const LOW_CONFIDENCE: f32 = 70.0;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TransferNote {
    pub received_at: String,
    pub pipeline: String,
    pub channel: String,
    pub original_filename: String,
    /// SHA-256 of the original scan file, kept bit-exact.
    pub original_sha256: String,
    /// Scanner, station and operator as configured when the file was received.
    pub capture: Option<Value>,
    /// For a letter cut from a batch scan: which letter, the batch's receipt, its scan pages
    /// and the separator before it. For the batch scan itself: how many letters it was cut
    /// into and which pages were separators (the text is with the letters).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub batch: Option<Value>,
    pub scan_profile: ScanProfile,
    pub pages_scanned: u32,
    /// Pages with content (scanned minus blank).
    pub pages_with_content: u32,
    pub quality: Quality,
    /// Everything a person should look at, in words.
    pub anomalies: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScanProfile {
    /// Resolutions of the scanned pages (usually one).
    pub dpi: Vec<u32>,
    /// How the pages were scanned: `black-white`, `grey`, `colour` (`unknown` for pages
    /// rendered from vector content).
    pub colour: Vec<String>,
    /// Pages that were images (OCR) and pages that had their own text.
    pub image_pages: u32,
    pub text_pages: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quality {
    pub blank_pages: Vec<u32>,
    pub low_confidence_pages: Vec<u32>,
    pub skew_corrected: Vec<Value>,
    pub orientation_changed: Vec<Value>,
    pub unreadable_pages: Vec<u32>,
    pub mean_confidence: Option<f64>,
}

/// The facts of a document a note needs besides its pages and events.
#[derive(Debug, Clone, Copy)]
pub struct NoteFacts<'a> {
    pub received_at: crate::model::Timestamp,
    pub pipeline: &'a str,
    pub channel: &'a str,
    pub original_filename: &'a str,
    pub sha256: crate::model::Sha256,
    pub page_count: u32,
}

/// Builds the note of `doc` from what was recorded.
pub fn transfer_note(
    doc: &DocumentRecord,
    pages: &[PageRecord],
    events: &[EventRecord],
) -> TransferNote {
    let received = events
        .iter()
        .find(|e| e.kind == "received" && e.receipt_id == Some(doc.receipt_id));
    let last = |kind: &str| {
        events
            .iter()
            .rev()
            .find(|e| e.kind == kind)
            .map(|e| &e.detail)
    };
    let facts = NoteFacts {
        received_at: doc.received_at,
        pipeline: &doc.pipeline,
        channel: &doc.channel,
        original_filename: &doc.original_filename,
        sha256: doc.sha256,
        page_count: doc.page_count,
    };
    build(
        &facts,
        pages,
        received.map(|e| &e.detail),
        last("ocr_done"),
        last("letter_of_batch"),
        last("batch_split"),
    )
}

/// The note of a document about to be filed (for its archive copy), from its pages, its
/// processing events and its receipt's `received` event.
pub fn pending_transfer_note(
    facts: &NoteFacts<'_>,
    pages: &[PageRecord],
    events: &[(String, Value)],
    received: Option<&Value>,
) -> TransferNote {
    let last = |kind: &str| events.iter().rev().find(|(k, _)| k == kind).map(|(_, d)| d);
    build(
        facts,
        pages,
        received,
        last("ocr_done"),
        last("letter_of_batch"),
        last("batch_split"),
    )
}

fn build(
    doc: &NoteFacts<'_>,
    pages: &[PageRecord],
    received: Option<&Value>,
    ocr_done: Option<&Value>,
    letter: Option<&Value>,
    split: Option<&Value>,
) -> TransferNote {
    let list = |key: &str| -> Vec<Value> {
        ocr_done
            .and_then(|e| e.get(key))
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let numbers_in = |v: Option<&Value>| -> Vec<u32> {
        v.and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_u64().map(|n| n as u32))
                    .collect()
            })
            .unwrap_or_default()
    };
    let numbers = |key: &str| numbers_in(ocr_done.and_then(|e| e.get(key)));
    // A letter cut from a batch holds only its pages with content; its blank backs are
    // counted by their page numbers in the batch scan.
    let blank_backs = numbers_in(letter.and_then(|l| l.get("blank_pages")));
    let blank_pages = match letter {
        Some(_) => blank_backs.clone(),
        None => numbers("blank_pages"),
    };
    let unreadable_pages = numbers("failed_pages");
    let low_confidence_pages: Vec<u32> = pages
        .iter()
        .filter(|p| p.text_source == TextSource::Ocr)
        .filter(|p| p.confidence.is_some_and(|c| c < LOW_CONFIDENCE))
        .map(|p| p.number)
        .collect();
    let dpi: BTreeSet<u32> = pages.iter().filter_map(|p| p.dpi).collect();
    let image_pages = pages.iter().filter(|p| p.dpi.is_some()).count() as u32;
    let text_pages = pages
        .iter()
        .filter(|p| p.text_source == TextSource::TextLayer)
        .count() as u32;

    let mut anomalies = Vec::new();
    for &n in &unreadable_pages {
        let why = pages
            .iter()
            .find(|p| p.number == n)
            .and_then(|p| p.note.clone())
            .unwrap_or_else(|| "page could not be read".into());
        anomalies.push(format!("page {n}: {why}"));
    }
    for &n in &low_confidence_pages {
        let c = pages
            .iter()
            .find(|p| p.number == n)
            .and_then(|p| p.confidence);
        anomalies.push(format!(
            "page {n}: OCR confidence {:.0} below {LOW_CONFIDENCE:.0}; compare with the paper",
            c.unwrap_or_default()
        ));
    }
    let pages_scanned = doc.page_count + blank_backs.len() as u32;
    let with_content = pages_scanned.saturating_sub(blank_pages.len() as u32);
    if pages_scanned > 0 && with_content == 0 {
        anomalies.push("every page is blank: was the stack fed the wrong way round?".into());
    }
    // A batch scan that was cut into letters keeps no text of its own: it is with them.
    if pages.iter().all(|p| p.text.trim().is_empty()) && with_content > 0 && split.is_none() {
        anomalies.push("no text found on any page".into());
    }

    TransferNote {
        received_at: format_utc(doc.received_at),
        pipeline: doc.pipeline.to_string(),
        channel: doc.channel.to_string(),
        original_filename: doc.original_filename.to_string(),
        // A letter's original is the batch scan it was cut from.
        original_sha256: letter
            .and_then(|l| l.get("batch_sha256"))
            .and_then(Value::as_str)
            .map_or_else(|| doc.sha256.to_hex(), str::to_string),
        // Letters of a batch carry the batch's capture details.
        capture: received
            .and_then(|e| e.get("capture"))
            .or_else(|| letter.and_then(|l| l.get("capture")))
            .filter(|c| !c.is_null())
            .cloned(),
        batch: letter
            .map(|l| {
                let mut l = l.clone();
                if let Some(o) = l.as_object_mut() {
                    o.remove("capture");
                }
                l
            })
            .or_else(|| split.map(batch_summary)),
        scan_profile: ScanProfile {
            dpi: dpi.into_iter().collect(),
            colour: list("colour")
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            image_pages,
            text_pages,
        },
        pages_scanned,
        pages_with_content: with_content,
        quality: Quality {
            blank_pages,
            low_confidence_pages,
            skew_corrected: list("deskewed_pages"),
            orientation_changed: list("turned_pages"),
            unreadable_pages,
            mean_confidence: ocr_done
                .and_then(|e| e.get("mean_confidence"))
                .and_then(Value::as_f64),
        },
        anomalies,
    }
}

/// What the note of a batch scan says about its cutting: letters, separator pages, loose
/// blank pages (from the `batch_split` event).
fn batch_summary(split: &Value) -> Value {
    let pages_of = |key: &str| -> Vec<Value> {
        split
            .get(key)
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .flat_map(|s| s["pages"].as_array().cloned().unwrap_or_default())
                    .collect()
            })
            .unwrap_or_default()
    };
    serde_json::json!({
        "letters": split.get("letters").and_then(Value::as_array).map_or(0, Vec::len),
        "separator_pages": pages_of("separators"),
        "loose_blank_pages": split.get("loose_blank_pages").cloned().unwrap_or(Value::Array(Vec::new())),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DocumentId, ReceiptId, Sha256};
    use serde_json::json;

    fn doc(pages: u32) -> DocumentRecord {
        DocumentRecord {
            id: DocumentId(1),
            sha256: Sha256::of(b"scan"),
            receipt_id: ReceiptId(5),
            pipeline: "scanner".into(),
            channel: "Post (Scan)".into(),
            original_filename: "stapel.pdf".into(),
            received_at: "2026-11-23T08:00:00Z".parse().unwrap(),
            claimed_at: "2026-11-23T08:00:00Z".parse().unwrap(),
            size: 4,
            media_type: "application/pdf".into(),
            page_count: pages,
            status: "filed".into(),
            filed_at: "2026-11-23T08:00:05Z".parse().unwrap(),
            indexed_at: None,
            department: None,
            class: None,
            priority: None,
            deadline: None,
            tags: vec![],
            archive_sha256: None,
            archive_size: None,
        }
    }

    fn page(number: u32, source: TextSource, confidence: Option<f32>) -> PageRecord {
        PageRecord {
            number,
            text: if source == TextSource::None {
                String::new()
            } else {
                "Text".into()
            },
            text_source: source,
            confidence,
            width: Some(2480),
            height: Some(3508),
            dpi: Some(300),
            words_json: None,
            note: None,
        }
    }

    fn event(kind: &str, receipt: Option<i64>, detail: Value) -> EventRecord {
        EventRecord {
            at: "2026-11-23T08:00:01Z".parse().unwrap(),
            kind: kind.into(),
            receipt_id: receipt.map(ReceiptId),
            document_id: Some(DocumentId(1)),
            detail,
        }
    }

    #[test]
    fn a_duplex_scan_with_a_blank_back_a_skew_and_a_weak_page() {
        let pages = [
            page(1, TextSource::Ocr, Some(93.0)),
            page(2, TextSource::None, None),
            page(3, TextSource::Ocr, Some(55.0)),
        ];
        let events = [
            event(
                "received",
                Some(5),
                json!({"capture": {"device": "Kodak i4250", "station": "Poststelle"}}),
            ),
            event(
                "ocr_done",
                Some(5),
                json!({"blank_pages": [2], "failed_pages": [],
                       "deskewed_pages": [{"page": 1, "degrees": 1.2}],
                       "turned_pages": [], "mean_confidence": 74.0}),
            ),
        ];
        let n = transfer_note(&doc(3), &pages, &events);
        assert_eq!(n.capture.unwrap()["device"], "Kodak i4250");
        assert_eq!(n.pages_scanned, 3);
        assert_eq!(n.pages_with_content, 2);
        assert_eq!(n.quality.blank_pages, [2]);
        assert_eq!(n.quality.low_confidence_pages, [3]);
        assert_eq!(n.quality.skew_corrected[0]["page"], 1);
        assert_eq!(n.scan_profile.dpi, [300]);
        assert_eq!(n.anomalies.len(), 1, "{:?}", n.anomalies);
        assert!(n.anomalies[0].starts_with("page 3: OCR confidence 55"));
    }

    #[test]
    fn an_all_blank_scan_is_an_anomaly() {
        let pages = [
            page(1, TextSource::None, None),
            page(2, TextSource::None, None),
        ];
        let events = [event("ocr_done", Some(5), json!({"blank_pages": [1, 2]}))];
        let n = transfer_note(&doc(2), &pages, &events);
        assert_eq!(n.pages_with_content, 0);
        assert!(n
            .anomalies
            .iter()
            .any(|a| a.contains("every page is blank")));
        assert_eq!(n.capture, None);
    }
}
