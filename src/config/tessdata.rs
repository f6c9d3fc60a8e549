//! Finding Tesseract's language data, so a missing language is a config error and not a
//! failure deep inside OCR.

use std::path::{Path, PathBuf};

/// `$TESSDATA_PREFIX`, else the Debian location of the newest installed Tesseract.
pub fn default_dir() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("TESSDATA_PREFIX") {
        let p = PathBuf::from(p);
        // Tesseract accepts both the folder and its parent.
        for cand in [p.join("tessdata"), p.clone()] {
            if has_traineddata(&cand) {
                return Some(cand);
            }
        }
    }
    let mut candidates: Vec<PathBuf> = std::fs::read_dir("/usr/share/tesseract-ocr")
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path().join("tessdata"))
        .filter(|p| has_traineddata(p))
        .collect();
    candidates.sort();
    candidates.pop()
}

fn has_traineddata(dir: &Path) -> bool {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .any(|e| e.path().extension().is_some_and(|x| x == "traineddata"))
        })
        .unwrap_or(false)
}

/// Problems with a `deu+eng` style language list in `dir`, as messages.
pub fn check_languages(dir: &Path, languages: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if languages.trim().is_empty() {
        problems.push("`languages` is empty; use e.g. \"deu+eng\"".to_string());
        return problems;
    }
    for lang in languages.split('+') {
        let lang = lang.trim();
        let valid = !lang.is_empty()
            && lang
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        if !valid {
            problems.push(format!("`{languages}` is not a list like \"deu+eng\""));
            break;
        }
        if !dir.join(format!("{lang}.traineddata")).is_file() {
            problems.push(format!(
                "OCR language `{lang}` is not installed in {} (Debian: apt-get install tesseract-ocr-{lang})",
                dir.display()
            ));
        }
    }
    problems
}
