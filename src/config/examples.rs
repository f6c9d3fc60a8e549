//! Example letters with the department each belongs to (`[model] examples` in the rules file):
//! the model starts from them before anyone has corrected a routing. A folder of TOML files,
//! each with `[[letter]]` tables of `name`, `department` and `text`.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::departments::Departments;
use super::diagnostic::ConfigErrors;
use super::document::TomlDoc;

/// One example letter.
#[derive(Debug, Clone, PartialEq)]
pub struct ExampleLetter {
    pub name: String,
    pub department: String,
    pub text: String,
}

#[derive(Deserialize, Default)]
struct RawFile {
    #[serde(default)]
    letter: Vec<RawLetter>,
}

#[derive(Deserialize)]
struct RawLetter {
    name: String,
    department: toml::Spanned<String>,
    text: String,
}

const COMPONENT: &str = "[model] examples";

/// Reads every `*.toml` in `dir` (sorted by name). Errors name the file and line; a letter
/// whose department `departments.toml` does not list is reported, not learned.
pub fn load(
    dir: &Path,
    departments: &Departments,
    errors: &mut ConfigErrors,
) -> Vec<ExampleLetter> {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect(),
        Err(e) => {
            errors.push(
                dir,
                None,
                COMPONENT,
                format!("cannot read the folder of example letters: {e}"),
            );
            return Vec::new();
        }
    };
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let Some(doc) = TomlDoc::read(&file, COMPONENT, errors) else {
            continue;
        };
        let raw: RawFile = doc.section(None, &[], COMPONENT, errors);
        for letter in raw.letter {
            let department = letter.department.get_ref();
            if departments.get(department).is_none() {
                let line = doc.line_at(letter.department.span().start);
                errors.push(
                    &file,
                    Some(line),
                    COMPONENT,
                    format!(
                        "example letter {:?}: department {department:?} is not in departments.toml",
                        letter.name
                    ),
                );
                continue;
            }
            out.push(ExampleLetter {
                name: letter.name,
                department: department.clone(),
                text: letter.text,
            });
        }
    }
    out
}
