//! `mailroom init DIR`: a ready-to-run instance from the sample configuration.

use std::io;
use std::path::{Path, PathBuf};

/// The sample files shipped in the repository are the templates, so they cannot drift apart.
const MAIN_TEMPLATE: &str = include_str!("../../config/mailroom.toml");
const SCANNER_TEMPLATE: &str = include_str!("../../pipelines/scanner.toml");
const DEPARTMENTS_TEMPLATE: &str = include_str!("../../config/departments.toml");
const ROUTING_TEMPLATE: &str = include_str!("../../config/routing.toml");
/// The example letters the model starts from (`[model] examples = "examples"`).
macro_rules! example_files {
    ($($name:literal),*) => {
        &[$((
            concat!($name, ".toml"),
            include_str!(concat!("../../config/examples/", $name, ".toml")),
        )),*]
    };
}
const EXAMPLE_TEMPLATES: &[(&str, &str)] = example_files!(
    "letters",
    "held-out-01",
    "held-out-02",
    "held-out-03",
    "held-out-04",
    "held-out-05",
    "held-out-06",
    "held-out-07",
    "held-out-08",
    "held-out-09",
    "held-out-10",
    "held-out-11",
    "held-out-12"
);

/// What `init` created.
#[derive(Debug, Clone, serde::Serialize)]
pub struct InitPaths {
    pub config: PathBuf,
    pub pipeline: PathBuf,
    pub drop_folder: PathBuf,
    pub data_dir: PathBuf,
    pub quarantine_dir: PathBuf,
}

/// Creates `dir/config/mailroom.toml`, `dir/pipelines/scanner.toml` watching
/// `dir/drop/scanner`, and the data and quarantine folders. Existing configuration files are
/// left alone unless `force` is set.
pub fn init_instance(dir: &Path, force: bool) -> io::Result<InitPaths> {
    let dir = if dir.is_absolute() {
        dir.to_path_buf()
    } else {
        std::env::current_dir()?.join(dir)
    };
    let paths = InitPaths {
        config: dir.join("config/mailroom.toml"),
        pipeline: dir.join("pipelines/scanner.toml"),
        drop_folder: dir.join("drop/scanner"),
        data_dir: dir.join("data"),
        quarantine_dir: dir.join("quarantine"),
    };
    for file in [&paths.config, &paths.pipeline] {
        if file.exists() && !force {
            return Err(io::Error::new(
                io::ErrorKind::AlreadyExists,
                format!(
                    "{} already exists; use --force to overwrite it",
                    file.display()
                ),
            ));
        }
    }
    for d in [
        &paths.drop_folder,
        &paths.data_dir,
        &paths.quarantine_dir,
        &dir.join("config"),
        &dir.join("pipelines"),
    ] {
        std::fs::create_dir_all(d)?;
    }
    std::fs::write(&paths.config, MAIN_TEMPLATE)?;
    std::fs::write(dir.join("config/departments.toml"), DEPARTMENTS_TEMPLATE)?;
    std::fs::write(dir.join("config/routing.toml"), ROUTING_TEMPLATE)?;
    let examples = dir.join("config/examples");
    std::fs::create_dir_all(&examples)?;
    for (name, text) in EXAMPLE_TEMPLATES {
        std::fs::write(examples.join(name), text)?;
    }
    std::fs::write(&paths.pipeline, SCANNER_TEMPLATE)?;
    Ok(paths)
}
