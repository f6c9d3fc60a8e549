use super::*;

fn instance() -> (tempfile::TempDir, InitPaths) {
    let dir = tempfile::tempdir().unwrap();
    let paths = init_instance(dir.path(), false).unwrap();
    (dir, paths)
}

fn errors_of(file: &Path) -> Vec<Diagnostic> {
    Config::load(file).expect_err("config should be invalid").0
}

#[test]
fn init_creates_a_valid_instance_with_paths_relative_to_each_file() {
    let (dir, paths) = instance();
    let config = Config::load(&paths.config).unwrap();
    assert_eq!(config.data_dir, dir.path().join("data"));
    assert_eq!(config.quarantine_dir, dir.path().join("quarantine"));
    assert_eq!(config.pipelines.len(), 1);
    let p = &config.pipelines[0];
    assert_eq!(p.name, "scanner");
    assert_eq!(p.channel, "Post (Scan)");
    let SourceConfig::Folder(f) = &p.source else {
        panic!("scanner is a folder pipeline")
    };
    assert_eq!(f.path, dir.path().join("drop/scanner"));
    assert!(config
        .database_url
        .ends_with(&format!("{}/data/mailroom.db", dir.path().display())));
    assert!(config.workers >= 1);
    assert!(
        init_instance(dir.path(), false).is_err(),
        "must not overwrite"
    );
}

#[test]
fn missing_folder_and_unknown_key_are_both_reported_with_file_and_line() {
    let (dir, paths) = instance();
    std::fs::write(
        &paths.pipeline,
        "type = \"folder\"\npath = \"../drop/nowhere\"\nsettel_secs = 2\n",
    )
    .unwrap();
    let errors = errors_of(&paths.config);
    assert_eq!(errors.len(), 2, "{errors:?}");
    let missing = errors
        .iter()
        .find(|d| d.message.contains("does not exist"))
        .unwrap();
    assert_eq!(missing.file, paths.pipeline);
    assert_eq!(missing.line, Some(2));
    assert_eq!(missing.component, "pipeline \"scanner\"");
    assert!(missing
        .message
        .contains(&dir.path().join("drop/nowhere").display().to_string()));
    let unknown = errors
        .iter()
        .find(|d| d.message.contains("settel_secs"))
        .unwrap();
    assert_eq!(unknown.line, Some(3));
    let shown = unknown.to_string();
    assert!(
        shown.starts_with(&format!("{}:3: ", paths.pipeline.display())),
        "{shown}"
    );
}

#[test]
fn errors_in_several_files_and_sections_are_collected() {
    let (_dir, paths) = instance();
    let main = std::fs::read_to_string(&paths.config).unwrap();
    let main = main
        .replace("workers = 0", "workers = \"many\"")
        .replace("max_pages = 1000", "max_pages = 1000\nmax_pagez = 3")
        .replace("languages = \"deu+eng\"", "languages = \"deu+xyz\"");
    std::fs::write(&paths.config, main).unwrap();
    std::fs::write(
        paths.pipeline.with_file_name("fax.toml"),
        "type = \"folder\"\npath = \"../drop/scanner\"\nocr = \"sometimes\"\n",
    )
    .unwrap();
    let errors = errors_of(&paths.config);
    let text: Vec<String> = errors.iter().map(|d| d.to_string()).collect();
    let has = |needle: &str| text.iter().any(|t| t.contains(needle));
    assert!(has("`workers`: invalid type"), "{text:#?}");
    assert!(has("unknown key `limits.max_pagez`"), "{text:#?}");
    assert!(has("OCR language `xyz` is not installed"), "{text:#?}");
    assert!(has("\"sometimes\""), "{text:#?}");
    assert!(has("also watches"), "{text:#?}");
    // The type error in [general] does not hide the errors found in other sections.
    assert!(errors.len() >= 5, "{text:#?}");
}

#[test]
fn syntax_errors_name_the_line() {
    let (_dir, paths) = instance();
    std::fs::write(&paths.pipeline, "type = \"folder\"\npath = \n").unwrap();
    let errors = errors_of(&paths.config);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].file, paths.pipeline);
    assert_eq!(errors[0].line, Some(2));
}

#[test]
fn unknown_pipeline_type_and_missing_type_are_reported() {
    let (_dir, paths) = instance();
    std::fs::write(&paths.pipeline, "type = \"ftp\"\n").unwrap();
    std::fs::write(paths.pipeline.with_file_name("b.toml"), "path = \"x\"\n").unwrap();
    let text: Vec<String> = errors_of(&paths.config)
        .iter()
        .map(|d| d.to_string())
        .collect();
    assert!(text
        .iter()
        .any(|t| t.contains("unknown pipeline type \"ftp\"")));
    assert!(text.iter().any(|t| t.contains("missing `type`")));
}

#[test]
fn postgres_urls_are_accepted_and_their_password_kept_out_of_the_file() {
    let (_dir, paths) = instance();
    let original = std::fs::read_to_string(&paths.config).unwrap();
    let write = |database: &str| {
        let text = original.replace("# url = \"\"", database);
        std::fs::write(&paths.config, text).unwrap();
    };
    let with = |database: &str| {
        write(database);
        errors_of(&paths.config)
    };
    write("url = \"postgres://mailroom@db.kreis.local/mailroom\"\npassword_file = \"db.pass\"");
    let config = Config::load(&paths.config).unwrap();
    assert_eq!(
        config.database_url,
        "postgres://mailroom@db.kreis.local/mailroom"
    );
    assert!(matches!(
        config.database_password,
        Some(crate::config::SecretSource::File(ref f)) if f.ends_with("db.pass")
    ));
    let errors = with("url = \"postgres://mailroom:geheim@db/mailroom\"");
    assert!(
        errors
            .iter()
            .any(|d| d.component == "[database]" && d.message.contains("password_file")),
        "{errors:?}"
    );
    let errors = with("url = \"postgres://m@db/m\"\npassword_env = \"X\"\npassword_file = \"f\"");
    assert!(errors
        .iter()
        .any(|d| d.component == "[database]" && d.message.contains("not both")));
}

#[test]
fn unsupported_backends_are_config_errors_not_runtime_surprises() {
    let (_dir, paths) = instance();
    let main = std::fs::read_to_string(&paths.config)
        .unwrap()
        .replace("# url = \"\"", "url = \"mysql://localhost/mailroom\"")
        .replace("backend = \"embedded\"", "backend = \"elastic\"");
    std::fs::write(&paths.config, main).unwrap();
    let errors = errors_of(&paths.config);
    assert!(errors.iter().any(|d| d.component == "[database]"));
    assert!(errors
        .iter()
        .any(|d| d.component == "[search]" && d.line.is_some()));
}

#[test]
fn resolve_folds_dot_segments() {
    assert_eq!(
        resolve(Path::new("/srv/mailroom/config"), "../drop/scanner"),
        PathBuf::from("/srv/mailroom/drop/scanner")
    );
    assert_eq!(
        resolve(Path::new("/srv/x"), "/abs/./y"),
        PathBuf::from("/abs/y")
    );
}

#[test]
fn the_shipped_imap_example_is_valid() {
    let (_dir, paths) = instance();
    let example = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/pipelines/examples/poststelle-imap.toml"
    );
    std::fs::copy(example, paths.pipeline.with_file_name("poststelle.toml")).unwrap();
    let config = Config::load(&paths.config).unwrap();
    let p = config.pipeline("poststelle").unwrap();
    let SourceConfig::Imap(c) = &p.source else {
        panic!("imap pipeline")
    };
    assert_eq!((c.port, c.tls), (993, TlsMode::Implicit));
    assert_eq!(c.after, AfterFiling::Move("Verarbeitet".into()));
    assert_eq!(p.mailbox().as_deref(), Some("poststelle@kreis.example"));
    // The secret is not in the environment here: only validate/run complain.
    assert_eq!(config.check_secrets().0.len(), 1);
}

#[test]
fn batch_settings_are_read_and_every_mistake_is_reported_with_its_line() {
    let (_dir, paths) = instance();
    let head = "type = \"folder\"\npath = \"../drop/scanner\"\n";
    std::fs::write(
        &paths.pipeline,
        format!("{head}blank_threshold = 0.05\n[batch]\nseparators = [\"blank\", \"patch\"]\nduplex = true\n"),
    )
    .unwrap();
    let config = Config::load(&paths.config).unwrap();
    let scan = &config.pipelines[0].scan;
    assert_eq!(scan.blank_threshold, 0.05);
    let batch = scan.batch.as_ref().expect("[batch] read");
    assert_eq!(
        batch.separators,
        [SeparatorType::Blank, SeparatorType::Patch]
    );
    assert!(batch.duplex);

    std::fs::write(
        &paths.pipeline,
        format!("{head}blank_threshold = 2\n[batch]\nseparators = [\"qr\", \"barcode\"]\nbarcode_value = \"TRENN:BLATT\"\nduplx = true\n"),
    )
    .unwrap();
    let errors = errors_of(&paths.config);
    let line_of = |needle: &str| {
        errors
            .iter()
            .find(|d| d.message.contains(needle))
            .unwrap_or_else(|| panic!("no error about {needle}: {errors:?}"))
            .line
    };
    assert_eq!(errors.len(), 4, "{errors:?}");
    assert_eq!(line_of("blank_threshold"), Some(3));
    assert_eq!(line_of("\"qr\""), Some(5));
    assert_eq!(line_of("barcode_value"), Some(6));
    assert_eq!(line_of("batch.duplx"), Some(7));
}

#[test]
fn a_wrong_type_is_reported_alone_and_every_other_error_of_the_file_too() {
    let (_dir, paths) = instance();
    let text = std::fs::read_to_string(&paths.pipeline).unwrap();
    let text = text
        .replace("recursive = false", "recursive = \"nein\"\nsetle_secs = 3")
        .replace("settle_secs = 3", "settle_secs = \"drei\"");
    std::fs::write(&paths.pipeline, &text).unwrap();
    let line = |prefix: &str| text.lines().position(|l| l.starts_with(prefix)).unwrap() + 1;
    let errors = errors_of(&paths.config);
    let text_of: Vec<String> = errors.iter().map(|d| d.to_string()).collect();
    assert_eq!(errors.len(), 3, "{text_of:#?}");
    let find = |needle: &str| {
        errors
            .iter()
            .find(|d| d.message.contains(needle))
            .unwrap_or_else(|| panic!("no error about {needle}: {text_of:#?}"))
    };
    assert_eq!(find("`recursive`").line, Some(line("recursive =")));
    assert_eq!(find("`settle_secs`").line, Some(line("settle_secs =")));
    assert_eq!(
        find("unknown key `setle_secs`").line,
        Some(line("setle_secs ="))
    );
    assert!(
        !text_of.iter().any(|t| t.contains("missing `path`")),
        "{text_of:#?}"
    );
}

#[test]
fn the_shipped_example_letters_load_and_their_mistakes_name_file_and_line() {
    let (dir, paths) = instance();
    let config = Config::load(&paths.config).unwrap();
    let examples = &config.routing.as_ref().unwrap().examples;
    assert_eq!(examples.len(), 584, "the shipped example letters");
    let departments = &config.routing.as_ref().unwrap().departments;
    assert!(examples
        .iter()
        .all(|l| departments.get(&l.department).is_some() && !l.text.is_empty()));

    // An unknown department and a misspelt key, in two files: both reported, with files.
    let folder = dir.path().join("config/examples");
    std::fs::write(
        folder.join("zz-own.toml"),
        "[[letter]]\nname = \"a\"\ndepartment = \"99\"\ntext = \"Hund\"\n",
    )
    .unwrap();
    std::fs::write(
        folder.join("zz-typo.toml"),
        "[[letter]]\nname = \"b\"\ndepartment = \"39\"\ntxt = \"Hund\"\n",
    )
    .unwrap();
    let errors = errors_of(&paths.config);
    let own = errors
        .iter()
        .find(|e| e.file.ends_with("zz-own.toml"))
        .expect("the unknown department");
    assert_eq!(own.line, Some(3), "{own}");
    assert!(own.message.contains("\"99\""), "{own}");
    // A misspelt key: the letter has no `text`.
    let typo = errors
        .iter()
        .find(|e| e.file.ends_with("zz-typo.toml"))
        .expect("the misspelt key");
    assert!(typo.message.contains("`text`"), "{typo}");

    // A folder that is not there is named.
    std::fs::remove_dir_all(&folder).unwrap();
    let errors = errors_of(&paths.config);
    assert!(
        errors
            .iter()
            .any(|e| e.file == folder && e.component == "[model] examples"),
        "{errors:?}"
    );
}
