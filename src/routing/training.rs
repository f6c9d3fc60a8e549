//! What the model learns from: routings a person confirmed or corrected. Each correction is
//! learned at once (a few count updates, no retraining); the whole model is rebuilt from the
//! stored examples only when its file is missing or unreadable.

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

/// The tokens of a stored document, as the model sees them.
pub async fn document_tokens(
    store: &dyn Store,
    router: &Router,
    document: DocumentId,
) -> Result<Vec<String>, StoreError> {
    let pages: Vec<String> = store
        .pages(document)
        .await?
        .into_iter()
        .map(|p| p.text)
        .collect();
    let fields = store.fields(document).await?;
    Ok(router.tokens_of(&pages, &fields))
}

/// Records a person's routing of `document` as an example and learns it (replacing what the
/// model learned of this document before). `kind` is `confirmed` or `corrected`.
pub async fn learn(
    store: &dyn Store,
    router: &Router,
    document: DocumentId,
    class: Option<&str>,
    department: Option<&str>,
    kind: &str,
) -> Result<(), TrainingError> {
    let tokens = document_tokens(store, router, document).await?;
    let previous = store
        .record_training(document, class, department, kind)
        .await?;
    router.learn(&tokens, class, department, previous)?;
    Ok(())
}

/// Rebuilds the model from every stored example. Returns the number of examples.
pub async fn rebuild(store: &dyn Store, router: &Router) -> Result<usize, TrainingError> {
    let examples = store.training_examples().await?;
    let mut model = Classifier::default();
    for (document, class, department) in &examples {
        let tokens = document_tokens(store, router, *document).await?;
        model.learn(&tokens, class.as_deref(), department.as_deref());
    }
    router.replace_model(model)?;
    Ok(examples.len())
}
