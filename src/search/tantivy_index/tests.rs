use super::*;

fn doc(id: i64, pipeline: &str, at: &str, text: &str) -> IndexDocument {
    IndexDocument {
        id: DocumentId(id),
        pipeline: pipeline.into(),
        channel: "Post".into(),
        original_filename: format!("scan-{id}.pdf"),
        received_at: at.parse().unwrap(),
        text: text.into(),
        mailbox: (pipeline == "mail").then(|| "poststelle@kreis.test".to_string()),
        department: None,
        class: None,
        tags: Vec::new(),
        fields: Vec::new(),
    }
}

fn routed(id: i64, department: &str, class: &str, tags: &[&str], town: &str) -> IndexDocument {
    IndexDocument {
        department: Some(department.into()),
        class: Some(class.into()),
        tags: tags.iter().map(|t| t.to_string()).collect(),
        fields: vec![
            ("municipality".into(), town.into()),
            ("file_reference".into(), format!("3 K {id}/25")),
        ],
        ..doc(
            id,
            "scanner",
            "2026-11-20T08:00:00Z",
            &format!("Schreiben Nummer {id}"),
        )
    }
}

fn query(text: &str) -> SearchQuery {
    SearchQuery {
        text: text.into(),
        limit: 10,
        ..Default::default()
    }
}

async fn ids(index: &Arc<TantivyIndex>, q: SearchQuery) -> Vec<i64> {
    let mut v: Vec<i64> = index
        .search(&q)
        .await
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.id.0)
        .collect();
    v.sort();
    v
}

#[tokio::test]
async fn finds_german_words_in_any_spelling_and_filters() {
    let dir = tempfile::tempdir().unwrap();
    let index = Arc::new(TantivyIndex::open(dir.path(), true).unwrap());
    assert!(index.is_writable());
    index
        .add(vec![
            doc(
                1,
                "scanner",
                "2026-11-20T08:00:00Z",
                "Widerspruch gegen den Gebührenbescheid, Hauptstraße 5, Herr Müller",
            ),
            doc(
                2,
                "fax",
                "2026-11-21T08:00:00Z",
                "Rechnung Nr. 4711 über Straßenreinigung",
            ),
            doc(3, "scanner", "2026-11-22T08:00:00Z", "Antrag auf Wohngeld"),
        ])
        .await
        .unwrap();
    assert_eq!(ids(&index, query("Mueller")).await, [1]);
    assert_eq!(ids(&index, query("hauptstrasse")).await, [1]);
    assert_eq!(ids(&index, query("4711")).await, [2]);
    assert_eq!(ids(&index, query("Widerspruch Müller")).await, [1]);
    assert!(
        ids(&index, query("Widerspruch Wohngeld")).await.is_empty(),
        "terms are ANDed"
    );
    let mut q = query("");
    q.pipeline = Some("scanner".into());
    assert_eq!(ids(&index, q.clone()).await, [1, 3]);
    q.received_from = Some("2026-11-21T00:00:00Z".parse().unwrap());
    assert_eq!(ids(&index, q).await, [3]);
    let mut q = query("");
    q.received_until = Some("2026-11-21T00:00:00Z".parse().unwrap());
    assert_eq!(ids(&index, q).await, [1]);
    index
        .add(vec![doc(
            4,
            "mail",
            "2026-11-22T09:00:00Z",
            "Antrag per E-Mail",
        )])
        .await
        .unwrap();
    let mut q = query("Antrag");
    q.mailbox = Some("poststelle@kreis.test".into());
    assert_eq!(ids(&index, q).await, [4]);
    let hit = &index.search(&query("E-Mail")).await.unwrap().hits[0];
    assert_eq!(hit.mailbox.as_deref(), Some("poststelle@kreis.test"));

    let hit = &index.search(&query("Gebührenbescheid")).await.unwrap().hits[0];
    assert!(hit.snippet.contains("Gebührenbescheid"), "{}", hit.snippet);
    assert!(
        hit.snippet_html.contains("<b>Gebührenbescheid</b>"),
        "{}",
        hit.snippet_html
    );
    assert_eq!(hit.original_filename, "scan-1.pdf");
    assert_eq!(
        hit.received_at,
        "2026-11-20T08:00:00Z".parse::<Timestamp>().unwrap()
    );

    // A malformed query is not an error.
    let _ = index.search(&query("\"unclosed AND (")).await.unwrap();
}

#[tokio::test]
async fn re_adding_replaces_and_a_second_writer_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let index = Arc::new(TantivyIndex::open(dir.path(), true).unwrap());
    index
        .add(vec![doc(7, "s", "2026-11-20T08:00:00Z", "alpha")])
        .await
        .unwrap();
    index
        .add(vec![doc(7, "s", "2026-11-20T08:00:00Z", "beta")])
        .await
        .unwrap();
    assert!(ids(&index, query("alpha")).await.is_empty());
    assert_eq!(ids(&index, query("beta")).await, [7]);

    let second = Arc::new(TantivyIndex::open(dir.path(), true).unwrap());
    assert!(!second.is_writable());
    assert!(matches!(
        second
            .add(vec![doc(8, "s", "2026-11-20T08:00:00Z", "x")])
            .await,
        Err(SearchError::Locked)
    ));
    // Readers in other processes see what the writer committed.
    assert_eq!(ids(&second, query("beta")).await, [7]);
    index.clear().await.unwrap();
    assert!(ids(&second, query("beta")).await.is_empty());
}

#[tokio::test]
async fn routing_fields_filter_and_facet() {
    let dir = tempfile::tempdir().unwrap();
    let index = Arc::new(TantivyIndex::open(dir.path(), true).unwrap());
    index
        .add(vec![
            routed(1, "30", "Widerspruch", &["frist"], "Andernach"),
            routed(
                2,
                "30",
                "Klage/Gerichtspost",
                &["frist", "gericht"],
                "Mayen",
            ),
            routed(3, "51", "Antrag", &[], "Andernach"),
            doc(
                4,
                "scanner",
                "2026-11-20T08:00:00Z",
                "Schreiben ohne Routing",
            ),
        ])
        .await
        .unwrap();
    let mut q = query("");
    q.departments = vec!["30".into()];
    assert_eq!(ids(&index, q.clone()).await, [1, 2]);
    q.departments = vec!["30".into(), "51".into()];
    assert_eq!(ids(&index, q.clone()).await, [1, 2, 3]);
    q.tags = vec!["frist".into(), "gericht".into()];
    assert_eq!(ids(&index, q).await, [2]);
    let mut q = query("Schreiben");
    q.class = Some("Klage/Gerichtspost".into());
    assert_eq!(ids(&index, q).await, [2]);
    let mut q = query("");
    q.fields = vec![("municipality".into(), "Andernach".into())];
    assert_eq!(ids(&index, q.clone()).await, [1, 3]);
    q.fields.push(("file_reference".into(), "3 K 3/25".into()));
    assert_eq!(ids(&index, q).await, [3]);

    let mut q = query("Schreiben");
    q.facets = true;
    q.limit = 1;
    let r = index.search(&q).await.unwrap();
    assert_eq!((r.hits.len(), r.total), (1, 4));
    let f = r.facets.unwrap();
    let count =
        |v: &[FacetCount], value: &str| v.iter().find(|c| c.value == value).map(|c| c.count);
    assert_eq!(count(&f.departments, "30"), Some(2));
    assert_eq!(count(&f.departments, "51"), Some(1));
    assert_eq!(count(&f.tags, "frist"), Some(2));
    assert_eq!(count(&f.classes, "Antrag"), Some(1));
    assert_eq!(count(&f.fields["municipality"], "Andernach"), Some(2));
    let hit = &index
        .search(&{
            let mut q = query("");
            q.class = Some("Widerspruch".into());
            q
        })
        .await
        .unwrap()
        .hits[0];
    assert_eq!(
        (hit.department.as_deref(), hit.tags.clone()),
        (Some("30"), vec!["frist".to_string()])
    );
}

#[tokio::test]
async fn newest_first_orders_by_time_of_receipt_and_pages() {
    let dir = tempfile::tempdir().unwrap();
    let index = Arc::new(TantivyIndex::open(dir.path(), true).unwrap());
    // Added out of order: the order of receipt, not of indexing, counts.
    index
        .add(vec![
            doc(1, "scanner", "2026-11-21T08:00:00Z", "Antrag eins"),
            doc(2, "scanner", "2026-11-23T08:00:00Z", "Antrag zwei"),
            doc(3, "scanner", "2026-11-22T08:00:00Z", "Antrag Antrag drei"),
        ])
        .await
        .unwrap();
    let in_order = |q: SearchQuery| {
        let index = Arc::clone(&index);
        async move {
            let r = index.search(&q).await.unwrap();
            (r.total, r.hits.iter().map(|h| h.id.0).collect::<Vec<_>>())
        }
    };
    let newest = SearchQuery {
        order: SearchOrder::Newest,
        ..query("Antrag")
    };
    assert_eq!(in_order(newest.clone()).await, (3, vec![2, 3, 1]));
    let second_page = SearchQuery {
        offset: 1,
        limit: 1,
        ..newest
    };
    assert_eq!(in_order(second_page).await, (3, vec![3]));
    // By relevance the letter that says it twice comes first.
    assert_eq!(in_order(query("Antrag")).await.1[0], 3);
}

#[tokio::test]
async fn staged_documents_are_found_after_the_commit_only() {
    let dir = tempfile::tempdir().unwrap();
    let index = Arc::new(TantivyIndex::open(dir.path(), true).unwrap());
    assert!(index.stages());
    // Staged twice (the second replaces the first, not doubles it), then committed.
    for _ in 0..2 {
        let letter = doc(1, "scanner", "2026-11-20T08:00:00Z", "Antrag auf Wohngeld");
        index.stage(vec![letter]).await.unwrap();
        assert!(ids(&index, query("Wohngeld")).await.is_empty());
    }
    index.commit().await.unwrap();
    assert_eq!(ids(&index, query("Wohngeld")).await, [1]);
    assert_eq!(index.search(&query("Wohngeld")).await.unwrap().total, 1);
}
