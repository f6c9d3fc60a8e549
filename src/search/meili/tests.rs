use super::*;

#[test]
fn filter_values_are_quoted_so_no_value_can_widen_a_filter() {
    let q = SearchQuery {
        departments: vec!["a\" OR department = \"b".into()],
        tags: vec!["eilt".into()],
        fields: vec![("iban".into(), "DE02".into())],
        ..Default::default()
    };
    assert_eq!(
        filter(&q),
        r#"department IN ["a\" OR department = \"b"] AND tags = "eilt" AND fields = "iban=DE02""#
    );
}

#[test]
fn snippets_are_escaped_and_marked() {
    let formatted = format!("…Herr <Müller> & {PRE}Widerspruch{POST} gegen…");
    assert_eq!(
        snippet_html(&formatted),
        "…Herr &lt;Müller&gt; &amp; <b>Widerspruch</b> gegen…"
    );
}

#[test]
fn queries_are_sent_as_the_shared_analysis_has_them() {
    assert_eq!(
        meili_query("Zahlung DE02 1203 0000 0000 2020 51 Mueller"),
        format!(
            "de02120300000000202051 zahlung {}",
            crate::text::term("Müller")
        )
    );
    assert_eq!(meili_query("Az. 3 K 1234/25"), "az 3 k \"1234 25\"");
    assert_eq!(
        meili_query("\"Straße des\" -Mahnung"),
        "\"strass des\" -mahnung"
    );
}

/// A clerk's tenant token holds in the server: a crafted filter that names another
/// department finds nothing, and the token cannot write.
#[tokio::test]
async fn a_tenant_token_cannot_see_another_department_whatever_the_filter() {
    let Ok(url) = std::env::var("MEILI_URL") else {
        println!("SKIPPED: Meilisearch tests (MEILI_URL not set)");
        return;
    };
    let key = std::env::var("MEILI_MASTER_KEY").ok();
    let index = MeilisearchIndex::new(&url, key.as_deref(), "mailroom-test-tenant").unwrap();
    index.clear().await.unwrap();
    let doc = |id: i64, dep: &str| IndexDocument {
        id: DocumentId(id),
        pipeline: "scanner".into(),
        channel: "Post".into(),
        original_filename: format!("{id}.pdf"),
        received_at: "2026-12-01T08:00:00Z".parse().unwrap(),
        text: "Widerspruch gegen den Bescheid".into(),
        mailbox: None,
        department: Some(dep.into()),
        class: None,
        tags: Vec::new(),
        fields: Vec::new(),
    };
    index
        .add(vec![doc(1, "bauamt"), doc(2, "jugendamt")])
        .await
        .unwrap();
    let scope = DocumentScope::Departments(["bauamt".to_string()].into());
    let clerk = index.client_for(&scope).await.unwrap().unwrap();
    for crafted in [
        "department = \"jugendamt\"",
        "department = \"jugendamt\" OR department = \"bauamt\"",
        "NOT department = \"bauamt\"",
    ] {
        let found = clerk
            .index("mailroom-test-tenant")
            .search()
            .with_query("Widerspruch")
            .with_filter(crafted)
            .execute::<serde_json::Value>()
            .await
            .unwrap();
        let ids: Vec<i64> = found
            .hits
            .iter()
            .filter_map(|h| h.result["id"].as_i64())
            .collect();
        assert!(ids.iter().all(|i| *i == 1), "{crafted}: {ids:?}");
    }
    // The token only searches: writing with it is refused.
    let write = clerk
        .index("mailroom-test-tenant")
        .delete_all_documents()
        .await;
    assert!(write.is_err(), "a tenant token could write");
    let all = SearchQuery {
        text: "Widerspruch".into(),
        limit: 10,
        ..Default::default()
    };
    assert_eq!(index.search(&all).await.unwrap().total, 2);
}
