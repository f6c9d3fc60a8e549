//! The router: extracts fields, asks the model, runs the rules and decides where a document
//! goes — a department, or triage — with an explanation. Rules and the model are replaced while
//! the daemon runs when their files change; an invalid rules file keeps the old rules.

pub mod alerts;
mod characters_cache;
mod decide;
pub mod invoice_export;
mod model_file;
pub mod notifier;
pub mod training;
pub mod upkeep;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock, TryLockError};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

pub use decide::DecideInput;

use crate::classify::characters::CharacterModel;
use crate::classify::{Classifier, TopicModel};
use crate::config::{ConfigErrors, Departments, ExampleLetter, RoutingConfig};
use crate::extract::{ExtractSettings, Field, ReferencePattern};
use crate::model::{format_utc, now};
use crate::rules::RuleSet;

/// What `status` shows about the rules.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct RulesStatus {
    pub file: PathBuf,
    pub version: String,
    pub loaded_at: String,
    pub rules: usize,
    /// Set when the file on disk is invalid (the previous rules stay active).
    pub error: Option<Vec<String>>,
    /// The departments file as the daemon runs it (reloaded when it changes).
    #[serde(default)]
    pub departments_file: PathBuf,
    #[serde(default)]
    pub departments_loaded_at: String,
    /// Set when the edited departments file is invalid (the previous departments stay).
    #[serde(default)]
    pub departments_error: Option<Vec<String>>,
}

/// What field extraction needs: the rules' patterns and the county's towns.
fn settings_of(rules: &RuleSet, deps: &Departments) -> ExtractSettings {
    ExtractSettings {
        court_patterns: rules.court_patterns.clone(),
        reference_patterns: rules
            .reference_patterns
            .iter()
            .map(|(name, regex)| ReferencePattern {
                name: name.clone(),
                regex: regex.clone(),
            })
            .collect(),
        municipalities: deps
            .municipalities
            .iter()
            .map(|m| (m.postcode.clone(), m.name.clone()))
            .collect(),
        own_postcodes: deps.own_postcodes.clone(),
        own_name: deps.administration.clone(),
    }
}

/// The character model of the example letters, each under its department's model label, and
/// of the latest corrected ones (`corrected`: model label and text, as `Router::characters`
/// labels them).
fn learn_characters(
    examples: &[ExampleLetter],
    corrected: &[(&str, &str)],
    departments: &Departments,
) -> CharacterModel {
    CharacterModel::learn(&labelled(examples, corrected, departments))
}

/// The example letters under their departments' model labels, then `corrected`.
fn labelled<'a>(
    examples: &'a [ExampleLetter],
    corrected: &[(&'a str, &'a str)],
    departments: &'a Departments,
) -> Vec<(&'a str, &'a str)> {
    examples
        .iter()
        .map(|l| (departments.model_label(&l.department), l.text.as_str()))
        .chain(corrected.iter().copied())
        .collect()
}

/// The character model routing uses, and what it was fitted for: the router's generation (see
/// `Router::generation`) and the revision of the corrected letters.
struct Fitted {
    generation: u64,
    revision: u64,
    model: Arc<CharacterModel>,
}

/// Routing for one instance.
pub struct Router {
    config: RoutingConfig,
    /// The departments as last loaded: notification targets and municipalities change while
    /// the daemon runs.
    departments: RwLock<Arc<Departments>>,
    departments_seen: Mutex<Option<SystemTime>>,
    rules: RwLock<Arc<RuleSet>>,
    /// Built once per rules version: a cloned `Regex` starts with empty caches, and filling
    /// them again for every document cost more than the extraction itself.
    extract_settings: RwLock<Arc<ExtractSettings>>,
    rules_seen: Mutex<Option<SystemTime>>,
    status: RwLock<RulesStatus>,
    model: RwLock<Classifier>,
    /// The example letters' (`[model] examples`) character model, learned once per
    /// configuration; empty without examples.
    examples: Arc<CharacterModel>,
    /// The character model of the examples and the corrected letters in `model`, fitted again
    /// when they change (see [`Router::characters`]); `refitting` is held while one is.
    fitted: Mutex<Fitted>,
    refitting: Mutex<()>,
    /// Moves on after the model or the departments were replaced (a rebuilt model file may
    /// carry the same revision with other letters; departments change model labels): the
    /// character model is fitted again. Moved only after the replacement, so a fit that read
    /// the old state is never taken for the new one.
    generation: AtomicU64,
    /// The departments' task words (the model's warm start), rebuilt with the departments.
    topics: RwLock<Arc<TopicModel>>,
    model_path: PathBuf,
    model_seen: Mutex<Option<SystemTime>>,
}

fn mtime(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// Whether `path` changed since `seen` was last updated (and updates it).
fn changed(seen: &Mutex<Option<SystemTime>>, path: &Path) -> bool {
    let current = mtime(path);
    let mut seen = seen.lock().expect("mtime lock");
    if *seen == current {
        return false;
    }
    *seen = current;
    true
}

impl Router {
    /// A router with the configuration's rules and the model stored under `data_dir`.
    pub fn new(config: &RoutingConfig, data_dir: &Path) -> Self {
        let model_path = model_file::path(data_dir);
        let rules = Arc::clone(&config.rules);
        let status = RulesStatus {
            file: rules.file.clone(),
            version: rules.version.clone(),
            loaded_at: format_utc(now()),
            rules: rules.rules.len(),
            error: None,
            departments_file: config.departments_file.clone(),
            departments_loaded_at: format_utc(now()),
            departments_error: None,
        };
        let extract_settings = Arc::new(settings_of(&rules, &config.departments));
        // Kept beside the model file between starts (learning them is the dearest part of
        // starting).
        let examples = Arc::clone(config.examples_learned.get_or_init(|| {
            let letters = labelled(&config.examples, &[], &config.departments);
            let kept = characters_cache::path(model_path.parent().unwrap_or(data_dir));
            Arc::new(characters_cache::learned(&kept, &letters, || {
                CharacterModel::learn(&letters)
            }))
        }));
        Router {
            fitted: Mutex::new(Fitted {
                generation: 0,
                revision: 0,
                model: Arc::clone(&examples),
            }),
            generation: AtomicU64::new(1),
            refitting: Mutex::new(()),
            examples,
            extract_settings: RwLock::new(extract_settings),
            departments: RwLock::new(Arc::new(config.departments.clone())),
            departments_seen: Mutex::new(mtime(&config.departments_file)),
            rules_seen: Mutex::new(mtime(&config.rules_file)),
            config: config.clone(),
            rules: RwLock::new(rules),
            status: RwLock::new(status),
            model: RwLock::new(model_file::load(&model_path).unwrap_or_default()),
            topics: RwLock::new(Arc::new(TopicModel::new(&config.departments.topics()))),
            model_seen: Mutex::new(mtime(&model_path)),
            model_path,
        }
    }

    pub fn config(&self) -> &RoutingConfig {
        &self.config
    }

    /// The active rules.
    pub fn rules(&self) -> Arc<RuleSet> {
        Arc::clone(&self.rules.read().expect("rules lock"))
    }

    pub fn status(&self) -> RulesStatus {
        self.status.read().expect("status lock").clone()
    }

    /// The model (a copy, for evaluation).
    pub fn model(&self) -> Classifier {
        self.model.read().expect("model lock").clone()
    }

    /// Reloads the rules file if it changed. `Some(Err)` keeps the previous rules.
    pub fn reload_rules_if_changed(&self) -> Option<Result<String, ConfigErrors>> {
        if !changed(&self.rules_seen, &self.config.rules_file) {
            return None;
        }
        let departments = self.departments();
        let result = self
            .config_with(&departments)
            .load_rules(&self.config.rules_file);
        let mut status = self.status.write().expect("status lock");
        Some(match result {
            Ok(rules) => {
                let version = rules.version.clone();
                status.file = rules.file.clone();
                status.version = version.clone();
                status.loaded_at = format_utc(now());
                status.rules = rules.rules.len();
                status.error = None;
                *self.extract_settings.write().expect("settings lock") =
                    Arc::new(settings_of(&rules, &departments));
                *self.rules.write().expect("rules lock") = Arc::new(rules);
                Ok(version)
            }
            Err(errors) => {
                status.error = Some(errors.0.iter().map(|d| d.to_string()).collect());
                Err(errors)
            }
        })
    }

    /// Reloads the model if another process (`mailroom route`) saved a new one.
    pub fn reload_model_if_changed(&self) {
        if changed(&self.model_seen, &self.model_path) {
            if let Some(m) = model_file::load(&self.model_path) {
                *self.model.write().expect("model lock") = m;
                self.stale();
            }
        }
    }

    /// The character model routing uses: the example letters' until people corrected
    /// routings, then one learned from the examples and the latest corrected letters, fitted
    /// again once per change (0.5 s in a release build; BENCHMARKS.md). While one
    /// thread fits it, the others route with the previous one. Empty without examples.
    pub fn characters(&self) -> Arc<CharacterModel> {
        if self.examples.is_empty() {
            return Arc::clone(&self.examples);
        }
        let generation = self.generation.load(Ordering::SeqCst);
        let revision = self.model.read().expect("model lock").letters.revision();
        {
            let fitted = self.fitted.lock().expect("fitted lock");
            if fitted.generation == generation && fitted.revision == revision {
                return Arc::clone(&fitted.model);
            }
        }
        let _refitting = match self.refitting.try_lock() {
            Ok(guard) => guard,
            // A fit that panicked left nothing half-done behind: fit again.
            Err(TryLockError::Poisoned(poisoned)) => poisoned.into_inner(),
            Err(TryLockError::WouldBlock) => {
                return Arc::clone(&self.fitted.lock().expect("fitted lock").model)
            }
        };
        let letters = self.model.read().expect("model lock").letters.clone();
        let departments = self.departments();
        // Letters of a department no longer in the file are not learned.
        let labelled: Vec<(&str, &str)> = letters
            .iter()
            .filter(|(d, _)| departments.get(d).is_some())
            .map(|(d, text)| (departments.model_label(d), text))
            .collect();
        let model = if labelled.is_empty() {
            Arc::clone(&self.examples)
        } else {
            self.config.characters_fitted(&labelled, || {
                learn_characters(&self.config.examples, &labelled, &departments)
            })
        };
        *self.fitted.lock().expect("fitted lock") = Fitted {
            generation,
            revision: letters.revision(),
            model: Arc::clone(&model),
        };
        model
    }

    /// Whether the example letters alone would not route `text` to `department` (such a
    /// corrected letter is kept longer: `CorrectedLetters::remember`).
    pub fn surprised_by(&self, text: &str, department: &str) -> bool {
        let label = self.departments().model_label(department).to_string();
        self.examples
            .predict(text)
            .best()
            .is_some_and(|(best, _)| best != label)
    }

    /// The character model must be fitted again (called after the model or the departments
    /// were replaced).
    fn stale(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
    }

    /// What field extraction needs: the rules' patterns and the county's towns.
    pub fn extract_settings(&self) -> Arc<ExtractSettings> {
        Arc::clone(&self.extract_settings.read().expect("settings lock"))
    }

    /// The departments' task words as last loaded.
    pub fn topics(&self) -> Arc<TopicModel> {
        Arc::clone(&self.topics.read().expect("topics lock"))
    }

    /// The departments as last loaded.
    pub fn departments(&self) -> Arc<Departments> {
        Arc::clone(&self.departments.read().expect("departments lock"))
    }

    /// The routing configuration with `departments` in place of those it was loaded with.
    fn config_with(&self, departments: &Departments) -> RoutingConfig {
        RoutingConfig {
            departments: departments.clone(),
            ..self.config.clone()
        }
    }

    /// Reloads the departments file if it changed: notification targets and municipalities
    /// apply to the next arrivals. The active rules must still name only known departments;
    /// `Some(Err)` keeps the previous departments (and says why in the status).
    pub fn reload_departments_if_changed(&self) -> Option<Result<usize, ConfigErrors>> {
        if !changed(&self.departments_seen, &self.config.departments_file) {
            return None;
        }
        let result = self.config.load_departments().and_then(|deps| {
            // The rules file as it is now, checked against the new departments.
            let rules = self
                .config_with(&deps)
                .load_rules(&self.config.rules_file)?;
            Ok((deps, rules))
        });
        let mut status = self.status.write().expect("status lock");
        Some(match result {
            Ok((deps, rules)) => {
                let n = deps.list.len();
                status.departments_loaded_at = format_utc(now());
                status.departments_error = None;
                status.version = rules.version.clone();
                status.rules = rules.rules.len();
                status.error = None;
                *self.extract_settings.write().expect("settings lock") =
                    Arc::new(settings_of(&rules, &deps));
                *self.rules.write().expect("rules lock") = Arc::new(rules);
                *self.topics.write().expect("topics lock") =
                    Arc::new(TopicModel::new(&deps.topics()));
                *self.departments.write().expect("departments lock") = Arc::new(deps);
                // Model labels follow the departments (a town's office taking over).
                self.stale();
                Ok(n)
            }
            Err(errors) => {
                status.departments_error = Some(errors.0.iter().map(|d| d.to_string()).collect());
                Err(errors)
            }
        })
    }

    /// Extracts the fields of a document's pages.
    pub fn extract(&self, pages: &[&str]) -> Vec<Field> {
        crate::extract::extract(pages, &self.extract_settings())
    }

    /// Learns a person's routing of a document, replacing what it learned of it before, and
    /// saves the model (other processes pick it up). `letter` (the document's key and text)
    /// is kept for the character model when the routing names a department.
    pub fn learn(
        &self,
        letter: Option<(&str, &str)>,
        tokens: &[String],
        class: Option<&str>,
        department: Option<&str>,
        previous: Option<(Option<String>, Option<String>)>,
    ) -> std::io::Result<()> {
        let surprising = match (letter, department) {
            (Some((_, text)), Some(department)) => self.surprised_by(text, department),
            _ => false,
        };
        // Another process (a second `mailroom route`) may have learned since this one loaded.
        let _file_lock = model_file::lock(&self.model_path)?;
        // Changed and saved as a copy: routing (which reads the model on the documents' few
        // CPU threads) does not wait for the save's syncs; the file lock keeps learners in turn.
        let mut model = self.model.read().expect("model lock").clone();
        let mut reloaded = false;
        {
            let mut seen = self.model_seen.lock().expect("mtime lock");
            let current = mtime(&self.model_path);
            if *seen != current {
                if let Some(m) = model_file::load(&self.model_path) {
                    model = m;
                    reloaded = true;
                }
                *seen = current;
            }
        }
        if let Some((c, d)) = previous {
            model.forget(tokens, c.as_deref(), d.as_deref());
        }
        model.learn(tokens, class, department);
        match (letter, department) {
            (Some((document, text)), Some(department)) => model
                .letters
                .remember(document, text, department, surprising),
            // No department now: what was kept of the document no longer says where it goes.
            (Some((document, _)), None) => model.letters.forget(document),
            (None, _) => {}
        }
        model_file::save(&self.model_path, &model)?;
        *self.model.write().expect("model lock") = model;
        if reloaded {
            self.stale();
        }
        *self.model_seen.lock().expect("mtime lock") = mtime(&self.model_path);
        Ok(())
    }

    /// Replaces the model (rebuilt from the training examples).
    pub fn replace_model(&self, model: Classifier) -> std::io::Result<()> {
        let _file_lock = model_file::lock(&self.model_path)?;
        model_file::save(&self.model_path, &model)?;
        *self.model.write().expect("model lock") = model;
        self.stale();
        *self.model_seen.lock().expect("mtime lock") = mtime(&self.model_path);
        Ok(())
    }

    /// Whether the model should be rebuilt from the stored training examples: its file is
    /// missing, or it was written before corrected letters were kept with it (where example
    /// letters exist, only those letters let corrections count).
    pub fn needs_rebuild(&self) -> bool {
        if !self.model_path.exists() {
            return true;
        }
        let model = self.model.read().expect("model lock");
        !self.examples.is_empty()
            && model.letters.is_empty()
            && model.department.examples().values().sum::<u64>() > 0
    }
}
