//! What the model learns from: routings a person confirmed or corrected. Each correction is
//! learned at once (a few count updates, no retraining); the whole model is rebuilt from the
//! stored examples only when its file is missing or unreadable.

use std::sync::Arc;

use super::Router;
use crate::classify::Classifier;
use crate::model::DocumentId;
use crate::store::{Store, StoreError};

/// Errors while learning.
#[derive(Debug, thiserror::Error)]
pub enum TrainingError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot save the model: {0}")]
    Save(#[from] std::io::Error),
}

/// A stored document's text and its tokens, as the models see them.
pub async fn document_text(
    store: &dyn Store,
    router: &Router,
    document: DocumentId,
) -> Result<(String, Vec<String>), StoreError> {
    let pages: Vec<String> = store
        .pages(document)
        .await?
        .into_iter()
        .map(|p| p.text)
        .collect();
    let fields = store.fields(document).await?;
    let tokens = router.tokens_of(&pages, &fields);
    Ok((pages.join("\n"), tokens))
}

/// Records a person's routing of `document` as an example and learns it (replacing what the
/// model learned of this document before). `kind` is `confirmed` or `corrected`.
pub async fn learn(
    store: &dyn Store,
    router: &Arc<Router>,
    document: DocumentId,
    class: Option<&str>,
    department: Option<&str>,
    kind: &str,
) -> Result<(), TrainingError> {
    let (text, tokens) = document_text(store, router, document).await?;
    let previous = store
        .record_training(document, class, department, kind)
        .await?;
    // Saving the model (with the kept letters' texts) is blocking work.
    let (router, class, department) = (
        Arc::clone(router),
        class.map(str::to_string),
        department.map(str::to_string),
    );
    tokio::task::spawn_blocking(move || {
        let key = document.to_string();
        router.learn(
            Some((key.as_str(), text.as_str())),
            &tokens,
            class.as_deref(),
            department.as_deref(),
            previous,
        )
    })
    .await
    .map_err(|e| TrainingError::Save(std::io::Error::other(e)))??;
    Ok(())
}

/// Rebuilds the model from every stored example. Returns the number of examples.
pub async fn rebuild(store: &dyn Store, router: &Arc<Router>) -> Result<usize, TrainingError> {
    let examples = store.training_examples().await?;
    let mut model = Classifier::default();
    for (document, class, department) in &examples {
        let (text, tokens) = document_text(store, router, *document).await?;
        model.learn(&tokens, class.as_deref(), department.as_deref());
        if let Some(department) = department {
            // Judging the text is CPU work: off the async runtime.
            let (judge, judged, to) = (Arc::clone(router), text.clone(), department.clone());
            let surprising = tokio::task::spawn_blocking(move || judge.surprised_by(&judged, &to))
                .await
                .unwrap_or(false);
            model
                .letters
                .remember(&document.to_string(), &text, department, surprising);
        }
    }
    router.replace_model(model)?;
    Ok(examples.len())
}
