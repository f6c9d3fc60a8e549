#![allow(dead_code)] // not every test crate that includes `realistic` reads every set
//! Hand-written letters: the shipped example letters (`config/examples/*.toml`: `letters`,
//! written while the default rules were made, and `held-out-01` … `held-out-12`, written by
//! others without seeing the rules or topic words) and four sets the model never learns,
//! `held_out_13.rs` … `held_out_16.rs` (written the same way after the examples shipped).
pub mod held_out_13;
pub mod held_out_14;
pub mod held_out_15;
pub mod held_out_16;

/// Name, expected department, text.
pub type Letters = &'static [(&'static str, &'static str, &'static str)];

/// The names of the shipped example sets (`config/examples/*.toml`), sorted.
pub fn example_sets() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config/examples");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 13, "{names:?}");
    names
}

/// The letters of `config/examples/NAME.toml` (kept for the test process's lifetime).
pub fn examples(name: &str) -> Letters {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("config/examples")
        .join(format!("{name}.toml"));
    let text = std::fs::read_to_string(&path).unwrap();
    let table: toml::Table = toml::from_str(&text).unwrap();
    let letters: Vec<(&'static str, &'static str, &'static str)> = table["letter"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            let field = |k: &str| -> &'static str {
                Box::leak(l[k].as_str().unwrap().to_string().into_boxed_str())
            };
            (field("name"), field("department"), field("text"))
        })
        .collect();
    Box::leak(letters.into_boxed_slice())
}
