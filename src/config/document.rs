//! A parsed TOML file that remembers where every key is, so that errors found during
//! deserialisation *and* during later validation can name a line.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use toml::de::{DeTable, DeValue, ValueDeserializer};
use toml::Spanned;

use super::diagnostic::ConfigErrors;

/// A TOML configuration file whose syntax is known to be valid.
///
/// The spanned tree borrows from the text, so it is re-parsed on demand instead of stored;
/// configuration files are a few hundred bytes and this happens only at load time.
pub(crate) struct TomlDoc {
    pub path: PathBuf,
    text: String,
}

impl TomlDoc {
    /// Reads and parses `path`. Syntax errors are reported and yield `None`.
    pub fn read(path: &Path, component: &str, errors: &mut ConfigErrors) -> Option<TomlDoc> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                errors.push(path, None, component, format!("cannot read file: {e}"));
                return None;
            }
        };
        Self::parse(path, text, component, errors)
    }

    /// Checks the syntax of `text`, the content of `path`.
    pub fn parse(
        path: &Path,
        text: String,
        component: &str,
        errors: &mut ConfigErrors,
    ) -> Option<TomlDoc> {
        if let Err(e) = DeTable::parse(&text) {
            let line = e.span().map(|s| line_of_offset(&text, s.start));
            errors.push(path, line, component, e.message().trim().to_string());
            return None;
        }
        Some(TomlDoc {
            path: path.to_path_buf(),
            text,
        })
    }

    fn root(&self) -> Spanned<DeTable<'_>> {
        DeTable::parse(&self.text).expect("syntax was checked when the document was created")
    }

    /// The 1-based line of byte `offset`.
    fn line(&self, offset: usize) -> usize {
        line_of_offset(&self.text, offset)
    }

    /// The line where the key at `path` (e.g. `["ocr", "languages"]`) is written, or the line
    /// of its closest existing parent.
    pub fn line_of(&self, path: &[&str]) -> Option<usize> {
        let root = self.root();
        let mut current: &DeValue<'_> = &DeValue::Table(root.get_ref().clone());
        let mut holder;
        let mut line = None;
        for key in path {
            match current {
                DeValue::Table(t) => {
                    let (k, v) = t.get_key_value(*key)?;
                    line = Some(self.line(k.span().start));
                    holder = v.get_ref().clone();
                }
                // `[[rule]]` arrays and inline arrays: a numeric segment picks an element.
                DeValue::Array(a) => {
                    let i: usize = key.parse().ok()?;
                    let v = a.get(i)?;
                    line = Some(self.line(v.span().start));
                    holder = v.get_ref().clone();
                }
                _ => break,
            }
            current = &holder;
        }
        line
    }

    /// The dotted path of the innermost key whose value contains byte `offset`.
    fn key_at(&self, offset: usize) -> Option<String> {
        // Table values of `[section]` headers do not span their keys, so look inside every
        // table rather than trusting the table's own span.
        fn walk(table: &DeTable<'_>, offset: usize, path: &mut Vec<String>) -> bool {
            for (k, v) in table.iter() {
                if let DeValue::Table(t) = v.get_ref() {
                    path.push(k.get_ref().to_string());
                    if walk(t, offset, path) {
                        return true;
                    }
                    path.pop();
                } else if v.span().contains(&offset) || k.span().contains(&offset) {
                    path.push(k.get_ref().to_string());
                    return true;
                }
            }
            false
        }
        let root = self.root();
        let mut path = Vec::new();
        walk(root.get_ref(), offset, &mut path).then(|| path.join("."))
    }

    /// Deserialises the table at `key` (or the whole file when `key` is `None`) into `T`.
    ///
    /// Unknown keys are reported as errors but do not stop deserialisation, and keys listed in
    /// `allowed_extra` (e.g. sibling sections handled elsewhere) are not reported. On a type
    /// error the error is reported and `T::default()` is returned so validation can go on.
    pub fn section<T: DeserializeOwned + Default>(
        &self,
        key: Option<&str>,
        allowed_extra: &[&str],
        component: &str,
        errors: &mut ConfigErrors,
    ) -> T {
        let root = self.root();
        let value = match key {
            None => Spanned::new(root.span(), DeValue::Table(root.get_ref().clone())),
            Some(k) => match root.get_ref().get(k) {
                Some(v) => v.clone(),
                None => return T::default(),
            },
        };
        if key.is_some() && !matches!(value.get_ref(), DeValue::Table(_)) {
            let line = key.and_then(|k| self.line_of(&[k]));
            errors.push(
                &self.path,
                line,
                component,
                format!("`{}` must be a table", key.unwrap_or_default()),
            );
            return T::default();
        }
        let mut unknown: Vec<Vec<String>> = Vec::new();
        let result: Result<T, _> =
            serde_ignored::deserialize(ValueDeserializer::from(value), |p| {
                unknown.push(path_segments(&p))
            });
        for segments in unknown {
            if segments.len() == 1 && allowed_extra.contains(&segments[0].as_str()) {
                continue;
            }
            let mut full: Vec<&str> = key.into_iter().collect();
            full.extend(segments.iter().map(String::as_str));
            errors.push(
                &self.path,
                self.line_of(&full),
                component,
                format!("unknown key `{}`", full.join(".")),
            );
        }
        match result {
            Ok(v) => v,
            Err(e) => {
                let line = e.span().map(|s| self.line(s.start));
                let mut message = e.message().trim().to_string();
                if let Some(key) = e.span().and_then(|s| self.key_at(s.start)) {
                    message = format!("`{key}`: {message}");
                }
                errors.push(&self.path, line, component, message);
                T::default()
            }
        }
    }
}

fn line_of_offset(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

fn path_segments(path: &serde_ignored::Path<'_>) -> Vec<String> {
    use serde_ignored::Path;
    match path {
        Path::Root => Vec::new(),
        Path::Seq { parent, index } => {
            let mut v = path_segments(parent);
            v.push(index.to_string());
            v
        }
        Path::Map { parent, key } => {
            let mut v = path_segments(parent);
            v.push(key.clone());
            v
        }
        Path::Some { parent }
        | Path::NewtypeStruct { parent }
        | Path::NewtypeVariant { parent } => path_segments(parent),
    }
}
