//! Making a Meilisearch index ready: health, index settings (idempotent), and the search key
//! mailroom creates and holds to sign clerks' tenant tokens.

use meilisearch_sdk::client::Client;
use meilisearch_sdk::key::{Action, KeyBuilder};
use meilisearch_sdk::settings::{
    FacetSortValue, FacetingSettings, LocalizedAttributes, PaginationSetting, Settings,
    TypoToleranceSettings,
};
use sha2::{Digest, Sha256};

use super::{meili_error, MeilisearchIndex};
use crate::search::SearchError;

/// Filterable attributes: routing, intake and time (the department filter of tenant tokens
/// needs `department`).
pub(super) const FILTERABLE: &[&str] = &[
    "department",
    "class",
    "tags",
    "channel",
    "pipeline",
    "mailbox",
    "received_at",
    "fields",
];

/// The settings every mailroom index has. Setting them again is a no-op for Meilisearch.
pub(super) fn settings() -> Settings {
    Settings::new()
        // In order of weight: an identifier typed whole is the surest hit, then the words
        // (as the shared analysis has them), then the raw text (for highlighting).
        .with_searchable_attributes(["identifiers", "terms", "text", "filename"])
        .with_filterable_attributes(FILTERABLE)
        .with_sortable_attributes(["received_at"])
        .with_localized_attributes([
            LocalizedAttributes {
                locales: vec!["deu".into()],
                attribute_patterns: vec!["text".into(), "filename".into()],
            },
            // Already analysed: not to be split again.
            LocalizedAttributes {
                locales: vec!["eng".into()],
                attribute_patterns: vec!["terms".into()],
            },
        ])
        // The API pages up to offset 10,000 (Meilisearch's default stops at 1,000 hits).
        .with_pagination(PaginationSetting {
            max_total_hits: 10_200,
        })
        // As many values per facet as the embedded index counts, the most frequent first.
        .with_faceting(FacetingSettings {
            max_values_per_facet: 200,
            sort_facet_values_by: Some([("*".to_string(), FacetSortValue::Count)].into()),
        })
        .with_typo_tolerance(TypoToleranceSettings {
            enabled: Some(true),
            disable_on_attributes: Some(vec!["identifiers".into()]),
            disable_on_words: None,
            min_word_size_for_typos: None,
            disable_on_numbers: Some(true),
        })
}

/// A stable key uid per index, so every mailroom process finds the same key.
pub(super) fn search_key_uid(index: &str) -> String {
    let h = Sha256::digest(format!("mailroom search key for {index}").as_bytes());
    let hex = hex::encode(&h[..16]);
    // A UUID v4 layout, as Meilisearch requires for key uids.
    format!(
        "{}-{}-4{}-8{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[13..16],
        &hex[17..20],
        &hex[20..32]
    )
}

impl MeilisearchIndex {
    /// Checks the server, creates the index with its settings and the search key.
    pub(super) async fn prepare(&self) -> Result<(String, String), SearchError> {
        self.admin.health().await.map_err(|e| self.unavailable(e))?;
        self.apply_settings(&self.index).await?;
        self.search_key().await
    }

    /// Creates `uid` if missing and gives it the settings; returns when they are in force.
    pub(super) async fn apply_settings(&self, uid: &str) -> Result<(), SearchError> {
        let task = self
            .admin
            .create_index(uid, Some("id"))
            .await
            .map_err(|e| self.unavailable(e))?;
        // "index already exists" is the usual answer after the first start.
        let _ = task.wait_for_completion(&self.admin, None, None).await;
        let task = self
            .admin
            .index(uid)
            .set_settings(&settings())
            .await
            .map_err(|e| self.unavailable(e))?;
        self.wait(task).await
    }

    /// The key (uid, secret) that signs tenant tokens: search on this index only. Created
    /// once; found again by its uid.
    async fn search_key(&self) -> Result<(String, String), SearchError> {
        let uid = search_key_uid(&self.index);
        if let Ok(key) = self.admin.get_key(&uid).await {
            return Ok((key.uid, key.key));
        }
        let mut builder = KeyBuilder::new();
        builder
            .with_uid(&uid)
            .with_name("mailroom tenant tokens")
            .with_description("Signs mailroom's short-lived search tokens for clerks")
            .with_action(Action::Search)
            .with_index(&self.index);
        let key = self
            .admin
            .create_key(builder)
            .await
            .map_err(|e| meili_error(&self.url, "creating the search key", e))?;
        Ok((key.uid, key.key))
    }
}

/// A client for `url` with `key`.
pub(super) fn client(url: &str, key: Option<&str>) -> Result<Client, SearchError> {
    Client::new(url, key).map_err(|e| meili_error(url, "connecting", e))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_search_key_uid_is_a_stable_uuid() {
        let a = super::search_key_uid("mailroom-documents");
        assert_eq!(a, super::search_key_uid("mailroom-documents"));
        assert_ne!(a, super::search_key_uid("other"));
        let groups: Vec<usize> = a.split('-').map(str::len).collect();
        assert_eq!(groups, [8, 4, 4, 4, 12], "{a}");
        assert!(a.chars().all(|c| c == '-' || c.is_ascii_hexdigit()), "{a}");
    }
}
