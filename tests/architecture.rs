//! Cheap guards for the invariants in ARCHITECTURE.md that a grep can check: where SQL,
//! the search engine and IO may appear, and that the HTTP adapter reaches documents only
//! through the application layer (where access is decided).

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// Source files under `src/` (relative paths) whose code contains any of `needles`,
/// leaving out files under any of `allowed`.
fn offenders(needles: &[&str], allowed: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    rust_files(&root)
        .into_iter()
        .filter_map(|p| {
            let rel = p
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            if allowed.iter().any(|a| rel.starts_with(a)) {
                return None;
            }
            let text = std::fs::read_to_string(&p).unwrap();
            let code: String = text
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            needles.iter().any(|n| code.contains(n)).then_some(rel)
        })
        .collect()
}

#[test]
fn only_the_store_has_sql() {
    assert_eq!(
        offenders(&["sqlx::query", "sqlx::Row", "SqlitePool"], &["store/"]),
        Vec::<String>::new()
    );
}

#[test]
fn only_the_directory_module_speaks_ldap() {
    assert_eq!(
        offenders(&["ldap3::", "LdapConn"], &["app/directory.rs"]),
        Vec::<String>::new()
    );
}

#[test]
fn only_search_knows_its_engine() {
    // The German analysis is shared (`text/`); the engines stay behind `search/`.
    assert_eq!(
        offenders(&["tantivy::", "TantivyIndex"], &["search/", "instance.rs"]),
        Vec::<String>::new()
    );
    assert_eq!(
        offenders(
            &["meilisearch_sdk", "MeilisearchIndex"],
            &["search/", "instance.rs"]
        ),
        Vec::<String>::new()
    );
}

#[test]
fn pure_modules_do_no_io() {
    let io = [
        "std::fs",
        "tokio::fs",
        "File::open",
        "File::create",
        "std::process",
        "std::net",
    ];
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    for dir in ["rules", "extract", "classify", "text", "invoice"] {
        for p in rust_files(&root.join(dir)) {
            let text = std::fs::read_to_string(&p).unwrap();
            if io.iter().any(|n| text.contains(n)) && !p.ends_with("tests.rs") {
                found.push(p.display().to_string());
            }
        }
    }
    let split = std::fs::read_to_string(root.join("pipeline/split.rs")).unwrap();
    if io.iter().any(|n| split.contains(n)) {
        found.push("pipeline/split.rs".into());
    }
    assert_eq!(found, Vec::<String>::new());
}

/// Documents' CPU steps (the stages, the runner's hashing and routing) run on the CPU pool
/// (`cpu_pool.rs`, a thread per core), not on tokio's blocking pool, whose thread per waiting
/// task cost the daemon a tenth of its CPU in thread switches (BENCHMARKS.md).
#[test]
fn documents_cpu_steps_run_on_the_cpu_pool() {
    let stages: Vec<String> = offenders(&["spawn_blocking"], &[])
        .into_iter()
        .filter(|p| p.starts_with("stage/"))
        .collect();
    assert_eq!(stages, Vec::<String>::new());
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let stage_mod = std::fs::read_to_string(root.join("stage/mod.rs")).unwrap();
    assert!(
        stage_mod.contains("CpuPool::global()"),
        "stage::blocking uses the CPU pool"
    );
    // The pipeline opens, splits and hashes originals, extracts fields and routes on the
    // pool; it keeps tokio's pool for the IO that waits (syncs, moving files to quarantine).
    let cpu_steps = [
        "Original::open",
        "Sha256::of",
        "mbox::split",
        "router.decide",
        ".extract(",
    ];
    for p in rust_files(&root.join("pipeline")) {
        let text = std::fs::read_to_string(&p).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if !line.contains("spawn_blocking") {
                continue;
            }
            let next = lines[i..lines.len().min(i + 3)].join("\n");
            assert!(
                !cpu_steps.iter().any(|step| next.contains(step)),
                "{} line {}: a document's CPU step on tokio's blocking pool",
                p.display(),
                i + 1
            );
        }
    }
}

/// Handlers (API and web pages) parse and serialise or render; who may see what is decided
/// in `app/`. A handler that reached the store or the index itself would bypass that.
#[test]
fn http_reaches_documents_only_through_the_application_layer() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let adapters = [
        rust_files(&root.join("http")),
        rust_files(&root.join("web")),
    ]
    .concat();
    assert!(adapters.iter().any(|p| p.starts_with(root.join("web"))));
    for p in adapters {
        let text = std::fs::read_to_string(&p).unwrap();
        for needle in [
            "app.store",
            "app.search",
            "app.blobs",
            ".search(&",
            "scope:",
        ] {
            assert!(
                !text.contains(needle),
                "{} uses `{needle}`: go through crate::app",
                p.display()
            );
        }
    }
}

/// Every HTTP route is registered through `utoipa_axum::routes!` from its handler's
/// `#[utoipa::path]`, so the OpenAPI document lists exactly what is served; a plain axum
/// `.route(` would serve something the document does not know.
#[test]
fn every_http_route_is_in_the_openapi_document() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/http");
    for p in rust_files(&root) {
        let text = std::fs::read_to_string(&p).unwrap();
        for needle in [".route(", ".route_service(", ".nest("] {
            assert!(
                !text.contains(needle),
                "{} registers a route with `{needle}`: use `.routes(routes!(handler))`",
                p.display()
            );
        }
    }
}

/// The actor's scope is set in one place: `app::documents::search`.
#[test]
fn the_search_scope_is_set_in_one_place() {
    let found = offenders(&["query.scope =", "scope: DocumentScope::"], &[]);
    assert_eq!(found, vec!["app/documents.rs".to_string()]);
}

#[test]
fn routing_explanations_are_typed_and_domain_types_live_in_model() {
    // One shape for why a document went where it went (model::Explanation), read by field.
    assert_eq!(
        offenders(
            &["explanation[", "explanation.get(", "json!({ \"manual\""],
            &[]
        ),
        Vec::<String>::new()
    );
    // The store files and reads domain types; it does not define documents or decisions.
    assert_eq!(
        offenders(
            &[
                "pub struct DocumentRecord",
                "pub struct NewRouting",
                "pub struct Receipt ",
                "pub struct ConsignmentRecord",
                "pub struct PageRecord",
            ],
            &["model/"]
        ),
        Vec::<String>::new()
    );
}

/// Table names created by the `.sql` files of a migrations folder.
fn tables_in(folder: &str) -> std::collections::BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut tables = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in text.lines() {
            if let Some(rest) = line.trim().strip_prefix("CREATE TABLE ") {
                let name = rest.split([' ', '(']).next().unwrap();
                tables.insert(name.to_string());
            }
        }
    }
    tables
}

#[test]
fn both_databases_get_the_same_tables_and_migrate_store_copies_them() {
    let sqlite = tables_in("migrations/sqlite");
    assert_eq!(
        sqlite,
        tables_in("migrations/postgres"),
        "a migration is missing in one folder"
    );
    let copy = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src/store/sql/migrate.rs"),
    )
    .unwrap();
    // `daemons` is liveness of running processes, nothing to copy.
    for table in sqlite.iter().filter(|t| *t != "daemons") {
        assert!(
            copy.contains(&format!("(\"{table}\", &[")),
            "migrate-store skips {table}"
        );
    }
}
