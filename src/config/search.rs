//! `[search]` of `mailroom.toml`: the embedded index, or a Meilisearch server with its key
//! (from the environment or a file, never the file itself).

use std::path::Path;

use super::diagnostic::ConfigErrors;
use super::document::TomlDoc;
use super::main_file::SearchSection;
use super::{resolve, SearchBackend, SecretSource};

/// `[search]`: the embedded index in the data folder, or a Meilisearch server.
pub(super) fn backend(
    doc: &TomlDoc,
    dir: &Path,
    data_dir: &Path,
    s: &SearchSection,
    errors: &mut ConfigErrors,
) -> SearchBackend {
    let file = &doc.path;
    let line = |key: &str| doc.line_of(&["search", key]).or(doc.line_of(&["search"]));
    let embedded = SearchBackend::Embedded {
        index_dir: data_dir.join("index"),
    };
    match s.backend.as_str() {
        "embedded" => {
            for (key, set) in [
                ("url", s.url.is_some()),
                ("api_key_env", s.api_key_env.is_some()),
                ("api_key_file", s.api_key_file.is_some()),
                ("index", s.index.is_some()),
            ] {
                if set {
                    errors.push(file, line(key), "[search]", format!("`{key}` is for backend = \"meilisearch\"; the embedded index needs none"));
                }
            }
            embedded
        }
        "meilisearch" => {
            let url = s.url.clone().unwrap_or_default();
            if !(url.starts_with("http://") || url.starts_with("https://")) {
                errors.push(file, line("url"), "[search]", format!("backend = \"meilisearch\" needs `url` = \"http://host:7700\" (got {url:?})"));
            }
            let api_key = match (&s.api_key_env, &s.api_key_file) {
                (Some(_), Some(_)) => {
                    errors.push(
                        file,
                        line("api_key_env"),
                        "[search]",
                        "give api_key_env or api_key_file, not both".to_string(),
                    );
                    None
                }
                (Some(v), None) => Some(SecretSource::Env(v.clone())),
                (None, Some(f)) => Some(SecretSource::File(resolve(dir, f))),
                (None, None) => None,
            };
            let index = s
                .index
                .clone()
                .unwrap_or_else(|| "mailroom-documents".into());
            if index.is_empty()
                || !index
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                errors.push(file, line("index"), "[search]", format!("index {index:?}: Meilisearch index names use only letters, digits, '-' and '_'"));
            }
            SearchBackend::Meilisearch(super::MeiliConfig {
                url,
                api_key,
                key_line: line("api_key_env").or(line("api_key_file")),
                index,
            })
        }
        other => {
            errors.push(
                file,
                line("backend"),
                "[search]",
                format!(
                    "unknown search backend {other:?}; expected \"embedded\" or \"meilisearch\""
                ),
            );
            embedded
        }
    }
}
