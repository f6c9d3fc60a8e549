//! `mailroom validate` and `mailroom run` report every configuration error at once, each with
//! file, component and line, and `run` refuses to start on an invalid configuration.

mod common;

use common::*;

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_missing_folder_and_an_unknown_key_are_both_reported_with_file_names() {
    let inst = Instance::new();
    let fax = inst.pipeline.with_file_name("fax.toml");
    std::fs::write(
        &fax,
        "# fax server drop folder\ntype = \"folder\"\npath = \"../drop/fax\"\nchannel = \"Fax\"\n",
    )
    .unwrap();
    inst.set_pipeline("recursive", "false\nrecursiv = true");

    let out = inst.cli(&["validate"]);
    assert_eq!(out.status.code(), Some(78), "EX_CONFIG");
    let err = stderr(&out);
    assert!(err.contains("2 configuration errors"), "{err}");
    let missing = format!("{}:3: pipeline \"fax\": folder", fax.display());
    assert!(err.contains(&missing), "expected `{missing}` in:\n{err}");
    assert!(err.contains("drop/fax does not exist"), "{err}");
    let unknown_line = std::fs::read_to_string(&inst.pipeline)
        .unwrap()
        .lines()
        .position(|l| l.starts_with("recursiv ="))
        .unwrap()
        + 1;
    let unknown = format!(
        "{}:{unknown_line}: pipeline \"scanner\": unknown key `recursiv`",
        inst.pipeline.display()
    );
    assert!(err.contains(&unknown), "expected `{unknown}` in:\n{err}");

    // `run` refuses with the same messages and never starts.
    let run = inst.cli(&["run"]);
    assert_eq!(run.status.code(), Some(78));
    let run_err = stderr(&run);
    assert!(
        run_err.contains(&missing) && run_err.contains(&unknown),
        "{run_err}"
    );
    assert!(
        !inst.data.join("mailroom.db").exists(),
        "nothing was opened"
    );

    // JSON form for tools.
    let json = inst.cli(&["validate", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["valid"], false);
    assert_eq!(v["errors"].as_array().unwrap().len(), 2);

    // Fixed: valid, and the pipelines are listed.
    std::fs::create_dir_all(inst.dir.path().join("drop/fax")).unwrap();
    inst.set_pipeline("recursiv", "false");
    let s = std::fs::read_to_string(&inst.pipeline)
        .unwrap()
        .replace("recursiv = false\n", "");
    std::fs::write(&inst.pipeline, s).unwrap();
    let ok = inst.cli(&["validate"]);
    assert!(ok.status.success(), "{}", stderr(&ok));
    let listing = String::from_utf8_lossy(&ok.stdout);
    assert!(
        listing.contains("pipeline fax") && listing.contains("pipeline scanner"),
        "{listing}"
    );
}

#[test]
fn main_file_errors_name_section_and_line_and_keep_going() {
    let inst = Instance::new();
    inst.set_main("languages", "\"deu+klingonisch\"");
    inst.set_main("max_pages", "-5");
    inst.set_main("backend", "\"meilisearch\"");
    let out = inst.cli(&["validate"]);
    assert_eq!(out.status.code(), Some(78));
    let err = stderr(&out);
    let config = inst.config.display().to_string();
    assert!(err.contains(&format!("{config}:")), "{err}");
    assert!(
        err.contains("[ocr]: OCR language `klingonisch` is not installed"),
        "{err}"
    );
    assert!(
        err.contains("[limits]: `limits.max_pages`: invalid value"),
        "{err}"
    );
    assert!(
        err.contains("[search]: backend = \"meilisearch\" needs `url`"),
        "{err}"
    );
    for line in err.lines().skip(1) {
        let after = line
            .trim()
            .strip_prefix(&config)
            .unwrap_or_else(|| panic!("{line}"));
        let n: String = after
            .trim_start_matches(':')
            .chars()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        assert!(!n.is_empty(), "every error here has a line: {line}");
    }
}

#[test]
fn a_missing_config_file_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.toml");
    let out = std::process::Command::new(BIN)
        .arg("--config")
        .arg(&missing)
        .arg("status")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(78));
    let err = stderr(&out);
    assert!(
        err.contains(&missing.display().to_string()) && err.contains("cannot read file"),
        "{err}"
    );
}

#[test]
fn a_topic_word_that_is_no_word_is_reported_with_its_line() {
    let inst = Instance::new();
    let path = inst.config.parent().unwrap().join("departments.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let anchor = "id = \"39\"\n";
    assert!(text.contains(anchor));
    let text = text.replacen(
        anchor,
        &format!("{anchor}topics = [\"Hund\",\n  \" * \"]\nwebhook = \"ftp://x\"\n"),
        1,
    );
    // The shipped file has its own topics for 39: keep only the edited ones.
    let text = text.replacen(
        "topics = [\"Veterinäramt\"",
        "old_topics = [\"Veterinäramt\"",
        1,
    );
    // The mail room's own target, checked like a department's, at its line.
    let text = text.replacen(
        "# email = \"poststelle@kreis.example\"",
        "email = \"poststelle\"",
        1,
    );
    std::fs::write(&path, &text).unwrap();
    let mail_line = text
        .lines()
        .position(|l| l == "email = \"poststelle\"")
        .unwrap()
        + 1;
    let line = text.lines().position(|l| l == "  \" * \"]").unwrap() + 1;
    let out = inst.cli(&["validate"]);
    assert_eq!(out.status.code(), Some(78));
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "{}:{line}: department \"39\": topic \" * \" has no word to look for",
            path.display()
        )),
        "{err}"
    );
    assert!(err.contains("webhook \"ftp://x\""), "both at once: {err}");
    assert!(
        err.contains(&format!(
            "{}:{mail_line}: [poststelle]: email \"poststelle\" is not an address",
            path.display()
        )),
        "{err}"
    );
}

#[test]
fn takes_over_names_a_department_and_towns_of_the_file_or_is_reported_at_its_line() {
    let inst = Instance::new();
    let path = inst.config.parent().unwrap().join("departments.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let shipped = "takes_over = { department = \"51\", municipalities = [\"Mayen\"] }";
    assert!(
        text.contains(shipped),
        "the shipped file has the town youth offices"
    );
    let text = text.replacen(
        shipped,
        "takes_over = { department = \"52\", municipalities = [\"Atlantis\"] }",
        1,
    );
    std::fs::write(&path, &text).unwrap();
    let line = text.lines().position(|l| l.contains("\"52\"")).unwrap() + 1;
    let out = inst.cli(&["validate"]);
    assert_eq!(out.status.code(), Some(78));
    let err = stderr(&out);
    let at = format!(
        "{}:{line}: department \"JA-MY\": takes_over: ",
        path.display()
    );
    assert!(
        err.contains(&format!("{at}\"52\" is not another [[department]] id")),
        "{err}"
    );
    assert!(
        err.contains(&format!("{at}\"Atlantis\" is not a [[municipality]]")),
        "both at once: {err}"
    );
}

/// A department added without example letters is valid, but the model would never choose it:
/// `validate` says so (the shipped configuration, whose every department has letters, not).
#[test]
fn a_department_without_example_letters_is_noted() {
    let inst = Instance::new();
    let shipped = inst.cli(&["validate", "--json"]);
    assert!(shipped.status.success(), "{}", stderr(&shipped));
    let json: serde_json::Value = serde_json::from_slice(&shipped.stdout).unwrap();
    assert_eq!(json["notes"], serde_json::json!([]), "{json}");
    let path = inst.config.parent().unwrap().join("departments.toml");
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str("\n[[department]]\nid = \"60\"\nname = \"Umweltamt\"\n");
    std::fs::write(&path, text).unwrap();
    let out = inst.cli(&["validate"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("note: department 60 (Umweltamt) has no example letter")
            && said.contains("only a rule can"),
        "{said}"
    );
    assert_eq!(said.matches("note:").count(), 1, "{said}");
}
