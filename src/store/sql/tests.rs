use super::*;

/// A fresh store: SQLite, or PostgreSQL with `MAILROOM_TEST_DB=postgres` (a database of its
/// own on the test process's throwaway cluster).
pub(crate) async fn store() -> (tempfile::TempDir, SqlStore) {
    let dir = tempfile::tempdir().unwrap();
    let url = if crate::store::pg_cluster::tests_use_postgres() {
        let test = std::thread::current().name().unwrap_or("store").to_string();
        crate::store::pg_cluster::fresh_database(&test).unwrap()
    } else {
        format!("sqlite://{}", dir.path().join("t.db").display())
    };
    let s = SqlStore::open(&url).await.unwrap();
    (dir, s)
}

pub(crate) fn receipt(name: &str) -> NewReceipt {
    NewReceipt {
        pipeline: "scanner".into(),
        channel: "Post".into(),
        source_path: PathBuf::from(format!("/drop/{name}")),
        original_filename: name.into(),
        received_at: "2026-11-21T09:00:00Z".parse().unwrap(),
        claimed_at: "2026-11-21T09:00:00Z".parse().unwrap(),
        claim_mode: ClaimMode::Moved,
        source_identity: None,
        capture: None,
    }
}

pub(crate) fn doc(bytes: &[u8]) -> NewDocument {
    NewDocument {
        sha256: Sha256::of(bytes),
        size: bytes.len() as u64,
        media_type: "application/pdf".into(),
        pages: vec![PageRecord {
            number: 1,
            text: "Widerspruch gegen den Bescheid".into(),
            text_source: TextSource::Ocr,
            confidence: Some(91.5),
            width: Some(2480),
            height: Some(3508),
            dpi: Some(300),
            words_json: Some("[]".into()),
            note: None,
        }],
        events: vec![("ocr_done".into(), json!({"pages": 1}))],
        fields: vec![],
        routing: None,
        archive: None,
        invoice: None,
    }
}

fn routing_to(department: Option<&str>, source: &str) -> NewRouting {
    NewRouting {
        source: source.into(),
        department: department.map(String::from),
        class: Some("Widerspruch".into()),
        class_confidence: None,
        department_confidence: None,
        tags: vec!["frist".into()],
        priority: Some("high".into()),
        deadline: Some("2026-12-21".into()),
        rules_version: Some("v1".into()),
        explanation: crate::model::Explanation {
            rule: Some("Widerspruch".into()),
            ..Default::default()
        },
        decided_by: None,
    }
}

async fn file_routed(s: &SqlStore, name: &str, department: Option<&str>) -> DocumentId {
    let r = s.claim(receipt(name), "me").await.unwrap();
    let mut d = doc(name.as_bytes());
    d.fields = vec![crate::extract::Field {
        name: "subject".into(),
        value: format!("Betreff {name}"),
        page: 1,
        start: 0,
        end: 5,
        raw: "Betr.".into(),
    }];
    d.routing = Some(routing_to(
        department,
        if department.is_some() {
            "rule"
        } else {
            "triage"
        },
    ));
    match s.file_document(r, d).await.unwrap() {
        FileOutcome::Filed(id) => id,
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn filing_with_a_routing_fills_the_inbox_and_reroute_forwards() {
    let (_d, s) = store().await;
    let id = file_routed(&s, "a.pdf", Some("30")).await;
    let inbox = s.inbox("30", &[], false).await.unwrap();
    assert_eq!(inbox.len(), 1);
    assert_eq!(inbox[0].state, "neu");
    assert_eq!(inbox[0].subject.as_deref(), Some("Betreff a.pdf"));
    assert_eq!(inbox[0].deadline.as_deref(), Some("2026-12-21"));
    assert_eq!(s.fields(id).await.unwrap().len(), 1);

    let mut manual = routing_to(Some("50"), "manual");
    manual.decided_by = Some("schmidt".into());
    s.route_document(id, manual).await.unwrap();
    assert_eq!(
        s.inbox("30", &[], false).await.unwrap()[0].state,
        "weitergeleitet"
    );
    assert!(s.inbox("30", &[], true).await.unwrap().is_empty());
    assert_eq!(
        s.inbox("50", &["neu".into()], false).await.unwrap().len(),
        1
    );
    let history = s.routings(id).await.unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[1].routing.decided_by.as_deref(), Some("schmidt"));
    let doc = s.document(id).await.unwrap().unwrap();
    assert_eq!(doc.department.as_deref(), Some("50"));

    s.set_assignment_state(id, "50", "erledigt", "anna")
        .await
        .unwrap();
    assert!(s
        .inbox("50", &["neu".into()], false)
        .await
        .unwrap()
        .is_empty());
    assert!(s
        .set_assignment_state(id, "50", "fertig", "anna")
        .await
        .is_err());
    assert!(s
        .set_assignment_state(id, "63", "erledigt", "anna")
        .await
        .is_err());
    let counts = s.counts().await.unwrap();
    assert_eq!(counts.open_by_department, vec![]);
}

#[tokio::test]
async fn triage_holds_documents_without_a_department() {
    let (_d, s) = store().await;
    let id = file_routed(&s, "unklar.pdf", None).await;
    file_routed(&s, "klar.pdf", Some("20")).await;
    let triage = s.triage().await.unwrap();
    assert_eq!(triage.len(), 1);
    assert_eq!(triage[0].document_id, id);
    assert_eq!(s.counts().await.unwrap().triage, 1);
    s.route_document(id, routing_to(Some("20"), "manual"))
        .await
        .unwrap();
    assert!(s.triage().await.unwrap().is_empty());
    assert_eq!(
        s.counts().await.unwrap().open_by_department,
        vec![("20".to_string(), 2)]
    );
}

#[tokio::test]
async fn arrivals_are_announced_once_and_notifications_retried_until_sent() {
    let (_d, s) = store().await;
    let a = file_routed(&s, "a.pdf", Some("30")).await;
    let b = file_routed(&s, "b.pdf", Some("30")).await;
    assert_eq!(s.unnotified_arrivals().await.unwrap().len(), 2);
    let delivery = (
        "webhook".to_string(),
        "http://127.0.0.1:9/hook".to_string(),
        json!({"count": 2}),
    );
    s.queue_notifications("30", &[a, b], &[delivery])
        .await
        .unwrap();
    assert!(s.unnotified_arrivals().await.unwrap().is_empty());

    let due = s.due_notifications(now()).await.unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].payload["count"], 2);
    let later: Timestamp = "2099-01-01T00:00:00Z".parse().unwrap();
    s.notification_result(due[0].id, Some("connection refused"), Some(later))
        .await
        .unwrap();
    assert!(s.due_notifications(now()).await.unwrap().is_empty());
    let c = s.counts().await.unwrap();
    assert_eq!((c.notifications_pending, c.notifications_failing), (1, 1));
    let again = s.due_notifications(later).await.unwrap();
    assert_eq!(again[0].attempts, 1);
    s.notification_result(again[0].id, None, None)
        .await
        .unwrap();
    assert!(s.due_notifications(later).await.unwrap().is_empty());
    assert_eq!(s.counts().await.unwrap().notifications_pending, 0);
}

#[tokio::test]
async fn training_examples_replace_earlier_labels() {
    let (_d, s) = store().await;
    let id = file_routed(&s, "a.pdf", Some("30")).await;
    let first = s
        .record_training(id, Some("Antrag"), Some("50"), "corrected")
        .await
        .unwrap();
    assert_eq!(first, None);
    let second = s
        .record_training(id, Some("Widerspruch"), Some("30"), "corrected")
        .await
        .unwrap();
    assert_eq!(second, Some((Some("Antrag".into()), Some("50".into()))));
    assert_eq!(
        s.training_examples().await.unwrap(),
        vec![(id, Some("Widerspruch".into()), Some("30".into()))]
    );
}

#[tokio::test]
async fn filing_twice_the_same_bytes_makes_one_document_with_two_receipts() {
    let (_d, s) = store().await;
    let r1 = s.claim(receipt("a.pdf"), "me").await.unwrap();
    let r2 = s.claim(receipt("a-again.pdf"), "me").await.unwrap();
    let FileOutcome::Filed(id) = s.file_document(r1, doc(b"same")).await.unwrap() else {
        panic!("first filing must create a document");
    };
    assert_eq!(
        s.file_document(r2, doc(b"same")).await.unwrap(),
        FileOutcome::Duplicate(id)
    );
    // Filing a receipt that is already done is refused, not repeated.
    assert_eq!(
        s.file_document(r1, doc(b"same")).await.unwrap(),
        FileOutcome::AlreadyHandled
    );
    let d = s.document(id).await.unwrap().unwrap();
    assert_eq!(d.receipt_id, r1);
    assert_eq!(d.original_filename, "a.pdf");
    assert_eq!(d.page_count, 1);
    let kinds: Vec<String> = s
        .document_events(id)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect();
    assert_eq!(
        kinds,
        [
            "received",
            "received",
            "ocr_done",
            "filed",
            "duplicate_received"
        ]
    );
    let counts = s.counts().await.unwrap();
    assert_eq!(counts.documents, 1);
    assert_eq!(counts.duplicates, 1);
    assert_eq!(counts.in_progress, 0);
    assert_eq!(counts.unindexed, 1);
    let pages = s.pages(id).await.unwrap();
    assert_eq!(pages[0].confidence, Some(91.5));
    assert_eq!(pages[0].text_source, TextSource::Ocr);
}

#[tokio::test]
async fn take_over_only_succeeds_for_the_current_owner() {
    let (_d, s) = store().await;
    let r = s.claim(receipt("b.pdf"), "dead-process").await.unwrap();
    assert!(!s.take_over(r, Some("someone-else"), "me").await.unwrap());
    assert!(s.take_over(r, Some("dead-process"), "me").await.unwrap());
    let rec = s.receipt(r).await.unwrap().unwrap();
    assert_eq!(rec.owner.as_deref(), Some("me"));
    assert_eq!(rec.attempts, 1);
    assert_eq!(s.claimed_receipts().await.unwrap().len(), 1);
}

#[tokio::test]
async fn quarantine_retry_and_discard() {
    let (_d, s) = store().await;
    let r = s.claim(receipt("bad.pdf"), "me").await.unwrap();
    s.quarantine(r, "corrupt", "The PDF is damaged.", "/q/1-bad.pdf")
        .await
        .unwrap();
    assert_eq!(s.counts().await.unwrap().quarantined, 1);
    let q = s.quarantined(false).await.unwrap();
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].reason_code.as_deref(), Some("corrupt"));
    let again = s.retry_quarantined(r, "me", "anna", None).await.unwrap();
    assert_eq!(again.state, ReceiptState::Claimed);
    assert_eq!(again.received_at, q[0].received_at, "receipt time is kept");
    assert!(
        s.discard_quarantined(r, "anna").await.is_err(),
        "not in quarantine now"
    );
    s.quarantine(r, "corrupt", "still damaged", "/q/1-bad.pdf")
        .await
        .unwrap();
    let gone = s.discard_quarantined(r, "anna").await.unwrap();
    assert_eq!(gone.state, ReceiptState::Discarded);
    assert!(s.quarantined(false).await.unwrap().is_empty());
    assert_eq!(s.quarantined(true).await.unwrap().len(), 1);
    let kinds: Vec<String> = s
        .receipt_events(r)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect();
    assert_eq!(
        kinds,
        [
            "received",
            "quarantined",
            "retried",
            "quarantined",
            "discarded"
        ]
    );
}

#[tokio::test]
async fn index_feed_returns_text_and_marks_once() {
    let (_d, s) = store().await;
    let r = s.claim(receipt("c.pdf"), "me").await.unwrap();
    let FileOutcome::Filed(id) = s.file_document(r, doc(b"c")).await.unwrap() else {
        panic!()
    };
    assert_eq!(s.unindexed(10).await.unwrap(), vec![id]);
    let texts = s.texts_for_index(&[id]).await.unwrap();
    assert_eq!(texts[0].text, "Widerspruch gegen den Bescheid");
    let read = IndexedAs {
        id,
        routing: texts[0].routing,
    };
    s.mark_indexed(&[read]).await.unwrap();
    s.mark_indexed(&[read]).await.unwrap();
    assert!(s.unindexed(10).await.unwrap().is_empty());
    let indexed = s
        .document_events(id)
        .await
        .unwrap()
        .iter()
        .filter(|e| e.kind == "indexed")
        .count();
    assert_eq!(indexed, 1);
    assert_eq!(s.reset_indexed().await.unwrap(), 1);
}

#[tokio::test]
async fn a_document_rerouted_after_it_was_read_for_the_index_stays_unindexed() {
    let (_d, s) = store().await;
    let id = file_routed(&s, "r.pdf", Some("32")).await;
    let read = s.texts_for_index(&[id]).await.unwrap();
    assert!(read[0].routing.is_some());
    s.route_document(id, routing_to(Some("20"), "manual"))
        .await
        .unwrap();
    let stale = IndexedAs {
        id,
        routing: read[0].routing,
    };
    s.mark_indexed(&[stale]).await.unwrap();
    assert_eq!(s.unindexed(10).await.unwrap(), vec![id]);
    // Read again, with the new department: now it counts.
    let again = s.texts_for_index(&[id]).await.unwrap();
    assert_eq!(again[0].department.as_deref(), Some("20"));
    assert_ne!(again[0].routing, read[0].routing);
    s.mark_indexed(&[IndexedAs {
        id,
        routing: again[0].routing,
    }])
    .await
    .unwrap();
    assert!(s.unindexed(10).await.unwrap().is_empty());
}

#[tokio::test]
async fn abandoned_claims_leave_no_trace() {
    let (_d, s) = store().await;
    let r = s.claim(receipt("gone.pdf"), "me").await.unwrap();
    s.abandon_claim(r).await.unwrap();
    assert!(s.receipt(r).await.unwrap().is_none());
    assert!(s.receipt_events(r).await.unwrap().is_empty());
}

#[tokio::test]
async fn events_written_before_the_chain_existed_are_sealed_when_the_store_opens() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("t.db").display());
    let s = SqlStore::open(&url).await.unwrap();
    let r = s.claim(receipt("alt.pdf"), "me").await.unwrap();
    // Events as an older version wrote them: no chain, no hash.
    for kind in ["detected", "ocr_done"] {
        sqlx::query(
            "INSERT INTO events (document_id, receipt_id, at, kind, detail)
             VALUES (NULL, $1, '2026-11-01T08:00:00Z', $2, '{}')",
        )
        .bind(r.0)
        .bind(kind)
        .execute(&s.pool)
        .await
        .unwrap();
    }
    s.close().await;

    let s = SqlStore::open(&url).await.unwrap();
    let chain = integrity::chain_of(Some(r.0), None);
    let c = s.event_chain(&chain).await.unwrap();
    let (events, head) = (c.events, c.head);
    assert_eq!(events.len(), 3, "received + the two old ones");
    assert!(events.iter().all(|e| e.hash.is_some()));
    assert_eq!(
        integrity::check_chain(&chain, None, &events, head.as_ref()),
        []
    );
    // New events continue the sealed chain.
    s.receipt_event(r, "retried", json!({})).await.unwrap();
    let c = s.event_chain(&chain).await.unwrap();
    let (events, head) = (c.events, c.head);
    assert_eq!(events.len(), 4);
    assert_eq!(events[3].prev_hash, events[2].hash);
    assert_eq!(
        integrity::check_chain(&chain, None, &events, head.as_ref()),
        []
    );
}

/// Everything filing wrote about `id`, without ids and times: what must not depend on whether
/// a document was filed alone or together with others.
async fn filed_state(s: &SqlStore, id: DocumentId) -> serde_json::Value {
    let d = s.document(id).await.unwrap().unwrap();
    let receipt = s.receipt(d.receipt_id).await.unwrap().unwrap();
    let routings: Vec<_> = s
        .routings(id)
        .await
        .unwrap()
        .into_iter()
        .map(|r| {
            json!([
                r.routing.source,
                r.routing.department,
                r.routing.class,
                r.routing.tags
            ])
        })
        .collect();
    let events: Vec<_> = s
        .document_events(id)
        .await
        .unwrap()
        .into_iter()
        .map(|e| json!([e.kind, e.receipt_id.is_some(), e.detail]))
        .collect();
    let inbox: Vec<_> = s
        .inbox("51", &[], false)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.document_id == id)
        .map(|e| e.state)
        .collect();
    json!({
        "name": d.original_filename, "received_at": d.received_at.to_string(),
        "size": d.size, "media_type": d.media_type, "pages": d.page_count,
        "department": d.department, "class": d.class, "priority": d.priority,
        "deadline": d.deadline, "tags": d.tags, "indexed": d.indexed_at.is_some(),
        "page_text": s.pages(id).await.unwrap().iter().map(|p| p.text.clone()).collect::<Vec<_>>(),
        "fields": s.fields(id).await.unwrap().iter().map(|f| f.value.clone()).collect::<Vec<_>>(),
        "routings": routings, "events": events, "inbox": format!("{inbox:?}"),
        "receipt": [receipt.state.as_str(), receipt.sha256.map(|s| s.to_hex())],
    })
}

fn routed_doc(name: &str, department: Option<&str>) -> NewDocument {
    let mut d = doc(name.as_bytes());
    d.fields = vec![crate::extract::Field {
        name: "subject".into(),
        value: format!("Betreff {name}"),
        page: 1,
        start: 0,
        end: 5,
        raw: "Betr.".into(),
    }];
    d.routing = Some(routing_to(department, "rule"));
    d
}

#[tokio::test]
async fn a_group_commit_files_exactly_what_filing_one_by_one_does() {
    let names = ["a.pdf", "b.pdf", "c.pdf", "d.pdf"];
    let department = |i: usize| i.is_multiple_of(2).then_some("51");
    // One by one.
    let (_d1, alone) = store().await;
    let mut expected = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let r = alone.claim(receipt(name), "me").await.unwrap();
        let FileOutcome::Filed(id) = alone
            .file_document(r, routed_doc(name, department(i)))
            .await
            .unwrap()
        else {
            panic!("{name} must be filed");
        };
        expected.push(filed_state(&alone, id).await);
    }
    // Together, with a repeat of the first inside the batch, one of an earlier batch and a
    // receipt someone else finished: those take the one-by-one path or are refused.
    let (_d2, s) = store().await;
    let earlier = s.claim(receipt("early.pdf"), "me").await.unwrap();
    let FileOutcome::Filed(early_id) = s.file_document(earlier, doc(b"early")).await.unwrap()
    else {
        panic!("early.pdf must be filed");
    };
    let mut requests = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let r = s.claim(receipt(name), "me").await.unwrap();
        requests.push(FilingRequest {
            receipt: r,
            content: None,
            filing: Filing::Document(Box::new(routed_doc(name, department(i)))),
        });
    }
    let again = s.claim(receipt("a-again.pdf"), "me").await.unwrap();
    let early_again = s.claim(receipt("early-again.pdf"), "me").await.unwrap();
    let finished = s.claim(receipt("finished.pdf"), "me").await.unwrap();
    s.file_document(finished, doc(b"finished")).await.unwrap();
    for (r, bytes) in [
        (again, b"a.pdf".as_slice()),
        (early_again, b"early"),
        (finished, b"finished"),
    ] {
        requests.push(FilingRequest {
            receipt: r,
            content: None,
            filing: Filing::Document(Box::new(doc(bytes))),
        });
    }
    let outcomes: Vec<FileOutcome> = s
        .file_batch(&requests)
        .await
        .unwrap()
        .into_iter()
        .map(|o| match o.unwrap() {
            FilingOutcome::Document(d) => d,
            other => panic!("unexpected {other:?}"),
        })
        .collect();
    let ids: Vec<DocumentId> = outcomes[..4]
        .iter()
        .map(|o| match o {
            FileOutcome::Filed(id) => *id,
            other => panic!("a new document must be filed, not {other:?}"),
        })
        .collect();
    for (id, want) in ids.iter().zip(&expected) {
        let mut got = filed_state(&s, *id).await;
        if *id == ids[0] {
            // The repeat delivery is recorded on the first document.
            let events = got["events"].as_array_mut().unwrap();
            assert_eq!(events.pop().unwrap()[0], "duplicate_received");
            events.retain(|e| !(e[0] == "received" && e[2]["source"] == "/drop/a-again.pdf"));
        }
        assert_eq!(&got, want);
    }
    assert_eq!(outcomes[4], FileOutcome::Duplicate(ids[0]));
    assert_eq!(outcomes[5], FileOutcome::Duplicate(early_id));
    assert_eq!(outcomes[6], FileOutcome::AlreadyHandled);
    // Every chain the batch wrote is intact.
    for chain in s.event_chains(None).await.unwrap() {
        let c = s.event_chain(&chain).await.unwrap();
        let problems = crate::integrity::check_chain(&chain, None, &c.events, c.head.as_ref());
        assert!(problems.is_empty(), "{chain}: {problems:?}");
    }
}

#[tokio::test]
async fn inbox_pages_are_newest_first_and_follow_forwarding() {
    let (_d, s) = store().await;
    let a = file_routed(&s, "a.pdf", Some("30")).await;
    let b = file_routed(&s, "b.pdf", Some("30")).await;
    let c = file_routed(&s, "c.pdf", Some("30")).await;
    let other = file_routed(&s, "d.pdf", Some("50")).await;
    let ids = |v: Vec<InboxEntry>| v.into_iter().map(|e| e.document_id).collect::<Vec<_>>();
    let ours = ["30".to_string()];
    let first = s.inbox_newest(Some(&ours), &[], 0, 2).await.unwrap();
    assert_eq!(ids(first), [c, b]);
    let second = s.inbox_newest(Some(&ours), &[], 2, 2).await.unwrap();
    assert_eq!(ids(second), [a]);
    let all = s.inbox_newest(None, &[], 0, 10).await.unwrap();
    assert_eq!(ids(all), [other, c, b, a]);
    assert_eq!(
        s.inbox_counts(Some(&ours)).await.unwrap(),
        [("neu".to_string(), 3)]
    );
    // Forwarded to 50: no longer in 30's pages or counts (it is 50's now).
    let mut manual = routing_to(Some("50"), "manual");
    manual.decided_by = Some("clerk".into());
    s.route_document(c, manual).await.unwrap();
    let first = s.inbox_newest(Some(&ours), &[], 0, 2).await.unwrap();
    assert_eq!(ids(first), [b, a]);
    assert_eq!(
        s.inbox_counts(Some(&ours)).await.unwrap(),
        [("neu".to_string(), 2)]
    );
}

#[tokio::test]
async fn pages_with_and_without_confidence_file_one_after_the_other() {
    // A text-layer page has no confidence, an OCRed one has: the same statement must take
    // both, one after the other (on PostgreSQL a prepared statement keeps its parameter types).
    let (_d, s) = store().await;
    // Connections are handed out in turn, so the pattern repeats with a period (3) that no
    // small pool size divides into one connection seeing only one kind.
    for i in 0..12 {
        let confidence = (i % 3 != 0).then_some(80.0 + i as f32);
        let r = s.claim(receipt(&format!("c{i}.pdf")), "me").await.unwrap();
        let mut d = doc(format!("Seite {i}").as_bytes());
        d.pages[0].confidence = confidence;
        if i % 3 == 1 {
            let mut routing = routing_to(Some("30"), "rule");
            routing.class_confidence = Some(0.75);
            d.routing = Some(routing);
        }
        let id = match s.file_document(r, d).await.unwrap() {
            FileOutcome::Filed(id) => id,
            other => panic!("{other:?}"),
        };
        let pages = s.pages(id).await.unwrap();
        assert_eq!(pages[0].confidence, confidence);
    }
}

#[tokio::test]
async fn text_with_nul_characters_is_filed_with_a_replacement_character() {
    // PostgreSQL refuses NUL in text; a hostile PDF or mail header must still be filed.
    let (_d, s) = store().await;
    // A name from a mail or upload may hold NUL; a path on disk cannot.
    let mut new = receipt("nul.pdf");
    new.original_filename = "nul\0name.pdf".into();
    let r = s.claim(new, "me").await.unwrap();
    let mut d = doc(b"nul bytes");
    d.pages[0].text = "Antrag\0auf Wohngeld".into();
    let id = match s.file_document(r, d).await.unwrap() {
        FileOutcome::Filed(id) => id,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        s.pages(id).await.unwrap()[0].text,
        "Antrag\u{fffd}auf Wohngeld"
    );
    let filed = s.receipt(r).await.unwrap().unwrap();
    assert_eq!(filed.original_filename, "nul\u{fffd}name.pdf");
}
