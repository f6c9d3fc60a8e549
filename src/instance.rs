//! Opening an instance: the store, blobs and search index of one configuration, and — for
//! commands that process documents — the OCR pool, runner and intake.

use std::sync::Arc;

use crate::config::{Config, SearchBackend, SecretSource};
use crate::ocr::{OcrError, OcrPool};
use crate::pipeline::indexer::IndexerHandle;
use crate::pipeline::{Intake, Owner, QuarantineDir, Runner, Spool};
use crate::search::{MeilisearchIndex, SearchError, SearchIndex, TantivyIndex};
use crate::store::{BlobError, BlobStore, SqlStore, Store, StoreError};

/// Errors while opening an instance.
#[derive(Debug, thiserror::Error)]
pub enum InstanceError {
    #[error("cannot open the database {url}: {source}")]
    Store { url: String, source: StoreError },
    #[error("cannot create {path}: {source}")]
    Folder {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Blobs(#[from] BlobError),
    #[error(transparent)]
    Search(#[from] SearchError),
    #[error(transparent)]
    Ocr(#[from] OcrError),
}

/// `url` with the password from `source`, if any, put in (percent-encoded). The password
/// never stands in the config file, and errors name only the URL without it.
pub fn with_password(url: &str, source: Option<&SecretSource>) -> Result<String, String> {
    let Some(source) = source else {
        return Ok(url.to_string());
    };
    let password = source.read()?;
    let encoded =
        percent_encoding::utf8_percent_encode(&password, percent_encoding::NON_ALPHANUMERIC);
    // postgres://user@host/db → postgres://user:password@host/db
    let (scheme, rest) = url.split_once("://").unwrap_or(("postgres", url));
    match rest.split_once('@') {
        Some((user, host)) => Ok(format!("{scheme}://{user}:{encoded}@{host}")),
        None => Err(format!(
            "{url} names no user: write postgres://USER@HOST/DATABASE to use a password"
        )),
    }
}

/// Store, blobs and configuration.
pub struct Instance {
    pub config: Config,
    pub store: Arc<dyn Store>,
    pub blobs: BlobStore,
}

/// The search index and whether this process may write it.
pub struct SearchHandle {
    pub index: Arc<dyn SearchIndex>,
    pub writable: bool,
}

/// Everything needed to process documents.
pub struct Worker {
    pub owner: Arc<Owner>,
    pub intake: Intake,
    pub runner: Arc<Runner>,
    pub pool: Arc<OcrPool>,
}

impl Instance {
    /// Opens the store (creating the data folder and database if needed).
    pub async fn open(config: Config) -> Result<Self, InstanceError> {
        // Letters of every department live in the data and quarantine folders: readable by
        // the service account only (the process umask keeps new files private too).
        for dir in [&config.data_dir, &config.quarantine_dir] {
            std::fs::create_dir_all(dir)
                .and_then(|()| crate::fsutil::make_private(dir))
                .map_err(|source| InstanceError::Folder {
                    path: dir.clone(),
                    source,
                })?;
        }
        let url = with_password(&config.database_url, config.database_password.as_ref()).map_err(
            |why| InstanceError::Store {
                url: config.database_url.clone(),
                source: StoreError::Settings(why),
            },
        )?;
        let store = SqlStore::open(&url)
            .await
            .map_err(|source| InstanceError::Store {
                url: config.database_url.clone(),
                source,
            })?;
        let root = config.data_dir.join("blobs");
        let blobs = tokio::task::spawn_blocking(move || BlobStore::open(root))
            .await
            .unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()))?;
        Ok(Instance {
            config,
            store: Arc::new(store),
            blobs,
        })
    }

    /// Opens the search index; `writable` asks for the writer lock (which may be held by a
    /// running daemon, in which case the handle is read-only).
    pub async fn search(&self, writable: bool) -> Result<SearchHandle, InstanceError> {
        match &self.config.search {
            SearchBackend::Embedded { index_dir } => {
                let index = Arc::new(TantivyIndex::open(index_dir, writable)?);
                if index.was_rebuilt() {
                    let n = self.store.reset_indexed().await.map_err(|source| {
                        InstanceError::Store {
                            url: self.config.database_url.clone(),
                            source,
                        }
                    })?;
                    tracing::warn!(
                        documents = n,
                        "search index was from an older version; rebuilding it"
                    );
                }
                let writable = index.is_writable();
                Ok(SearchHandle {
                    index: Arc::new(index),
                    writable,
                })
            }
            // Shared by every process: each one writes. The server is contacted on first
            // use, so filing goes on while it is away.
            SearchBackend::Meilisearch(m) => {
                // Read now, but only searching and indexing need it: `user add` works without.
                let key = m.api_key.as_ref().map(|source| source.read()).transpose();
                let index = MeilisearchIndex::with_key(
                    &m.url,
                    key.as_ref().map(|k| k.as_deref()).map_err(Clone::clone),
                    &m.index,
                )?;
                Ok(SearchHandle {
                    index: Arc::new(index),
                    writable: true,
                })
            }
        }
    }

    /// Starts OCR workers and builds the runner. `indexer` receives filed documents.
    pub async fn worker(&self, indexer: Option<IndexerHandle>) -> Result<Worker, InstanceError> {
        let folder = |path: &std::path::Path, source| InstanceError::Folder {
            path: path.to_path_buf(),
            source,
        };
        let owner = Arc::new(
            Owner::acquire(&self.config.data_dir).map_err(|e| folder(&self.config.data_dir, e))?,
        );
        let spool =
            Spool::open(&self.config.data_dir).map_err(|e| folder(&self.config.data_dir, e))?;
        let quarantine = QuarantineDir::open(&self.config.quarantine_dir)
            .map_err(|e| folder(&self.config.quarantine_dir, e))?;
        let (tessdata, langs, workers) = (
            self.config.ocr.tessdata_dir.clone(),
            self.config.ocr.languages.clone(),
            self.config.workers,
        );
        // The router (its models read or learned) is built while the OCR engines load.
        let config = self.config.clone();
        let router = tokio::task::spawn_blocking(move || Runner::router_of(&config));
        let pool = tokio::task::spawn_blocking(move || OcrPool::start(tessdata, langs, workers))
            .await
            .map_err(|e| OcrError::Failed(e.to_string()))??;
        let pool = Arc::new(pool);
        let router = router
            .await
            .unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()));
        let runner = Arc::new(Runner::new(
            &self.config,
            Arc::clone(&self.store),
            self.blobs.clone(),
            spool.clone(),
            quarantine,
            Arc::clone(&pool),
            indexer,
            router,
        ));
        let intake = Intake::new(Arc::clone(&self.store), spool, Arc::clone(&owner));
        Ok(Worker {
            owner,
            intake,
            runner,
            pool,
        })
    }
}
