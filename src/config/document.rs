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
    /// Byte offsets of the text's line breaks, for line numbers without counting each time.
    breaks: Vec<usize>,
    /// The line of every key path, gathered at the first question: rules and departments ask
    /// for dozens, and parsing the file again for each made loading the configuration (every
    /// command, `mailroom status` too) cost ~75 million instructions.
    keys: std::sync::OnceLock<KeyLines>,
}

/// Key path → (line, whether the value is a table or an array one can descend into).
type KeyLines = std::collections::HashMap<Vec<String>, (usize, bool)>;

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
        let breaks = text.match_indices('\n').map(|(at, _)| at).collect();
        Some(TomlDoc {
            path: path.to_path_buf(),
            text,
            breaks,
            keys: std::sync::OnceLock::new(),
        })
    }

    fn root(&self) -> Spanned<DeTable<'_>> {
        DeTable::parse(&self.text).expect("syntax was checked when the document was created")
    }

    /// The 1-based line of byte `offset`.
    pub(crate) fn line_at(&self, offset: usize) -> usize {
        self.breaks.partition_point(|&b| b < offset) + 1
    }

    /// The line where the key at `path` (e.g. `["ocr", "languages"]`) is written; `None` where
    /// a table or array on the way lacks the key. A path that goes on below a plain value gives
    /// that value's line. A numeric segment picks an element of a `[[rule]]` or inline array.
    pub fn line_of(&self, path: &[&str]) -> Option<usize> {
        let keys = self.keys.get_or_init(|| self.key_lines());
        let mut line = None;
        let mut prefix: Vec<String> = Vec::with_capacity(path.len());
        for key in path {
            prefix.push((*key).to_string());
            let (at, descends) = *keys.get(&prefix)?;
            line = Some(at);
            if !descends {
                break;
            }
        }
        line
    }

    /// Every key path of the document with its line (see [`KeyLines`]).
    fn key_lines(&self) -> KeyLines {
        fn walk(doc: &TomlDoc, value: &DeValue<'_>, path: &mut Vec<String>, out: &mut KeyLines) {
            let mut visit = |segment: String, start: usize, v: &DeValue<'_>| {
                path.push(segment);
                let descends = matches!(v, DeValue::Table(_) | DeValue::Array(_));
                out.insert(path.clone(), (doc.line_at(start), descends));
                walk(doc, v, path, out);
                path.pop();
            };
            match value {
                DeValue::Table(t) => {
                    for (k, v) in t.iter() {
                        visit(k.get_ref().to_string(), k.span().start, v.get_ref());
                    }
                }
                DeValue::Array(a) => {
                    for (i, v) in a.iter().enumerate() {
                        visit(i.to_string(), v.span().start, v.get_ref());
                    }
                }
                _ => {}
            }
        }
        let root = self.root();
        let mut out = KeyLines::new();
        walk(
            self,
            &DeValue::Table(root.get_ref().clone()),
            &mut Vec::new(),
            &mut out,
        );
        out
    }

    /// The path of the innermost key whose value (not the key itself) contains `offset`.
    fn value_key_at(&self, offset: usize) -> Option<Vec<String>> {
        let path = self.key_at(offset)?;
        let refs: Vec<&str> = path.iter().map(String::as_str).collect();
        let root = self.root();
        let mut current = DeValue::Table(root.get_ref().clone());
        for k in &refs {
            let DeValue::Table(t) = current else {
                return None;
            };
            let v = t.get(*k)?;
            if refs.last() == Some(k) {
                return v.span().contains(&offset).then_some(path);
            }
            current = v.get_ref().clone();
        }
        None
    }

    /// The path of the innermost key whose value contains byte `offset`.
    fn key_at(&self, offset: usize) -> Option<Vec<String>> {
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
        walk(root.get_ref(), offset, &mut path).then_some(path)
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
        // A value of the wrong type stops deserialisation. Report it, leave that key out and
        // go on, so every other error of the file is still found and the keys that are right
        // still count (no false "missing `path`" because `recursive` had a bad value).
        let mut value = value;
        let mut unknown: Vec<Vec<String>>;
        let mut result: Result<T, toml::de::Error>;
        let mut left_out: Vec<Vec<String>> = Vec::new();
        loop {
            unknown = Vec::new();
            result = serde_ignored::deserialize(ValueDeserializer::from(value.clone()), |p| {
                unknown.push(path_segments(&p))
            });
            let Err(e) = &result else { break };
            // Only an error inside a key's value is a wrong type; anything else (a missing
            // field spans its table) ends the search.
            let at = e
                .span()
                .and_then(|s| self.value_key_at(s.start))
                .and_then(|path| match key {
                    None => Some(path),
                    Some(k) => path
                        .first()
                        .is_some_and(|p| p == k)
                        .then(|| path[1..].to_vec()),
                })
                .filter(|p| !p.is_empty() && !left_out.contains(p));
            let Some(path) = at else { break };
            if left_out.len() >= 64 || !remove_key(value.get_mut(), &path) {
                break;
            }
            left_out.push(path);
            self.report(e, component, errors);
        }
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
                self.report(&e, component, errors);
                T::default()
            }
        }
    }

    /// Reports a deserialisation error with its line and key.
    fn report(&self, e: &toml::de::Error, component: &str, errors: &mut ConfigErrors) {
        let line = e.span().map(|s| self.line_at(s.start));
        let mut message = e.message().trim().to_string();
        if let Some(key) = e.span().and_then(|s| self.key_at(s.start)) {
            message = format!("`{}`: {message}", key.join("."));
        }
        errors.push(&self.path, line, component, message);
    }
}

/// Removes the key at `path` from nested tables; `false` if there is no such key.
fn remove_key(value: &mut DeValue<'_>, path: &[String]) -> bool {
    let DeValue::Table(t) = value else {
        return false;
    };
    match path {
        [] => false,
        [last] => t.remove(last.as_str()).is_some(),
        [first, rest @ ..] => t
            .get_mut(first.as_str())
            .is_some_and(|v| remove_key(v.get_mut(), rest)),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> TomlDoc {
        let mut errors = ConfigErrors::default();
        TomlDoc::parse(Path::new("t.toml"), text.to_string(), "test", &mut errors)
            .expect("valid TOML")
    }

    #[test]
    fn lines_of_keys_tables_array_elements_and_plain_values() {
        let d = doc("a = 1\n\n[ocr]\nlanguages = \"deu\"\n\n[[rule]]\nname = \"x\"\n\n[[rule]]\nname = \"y\"\nwords = [\"m\",\n \"n\"]\n");
        assert_eq!(d.line_of(&["a"]), Some(1));
        assert_eq!(d.line_of(&["ocr"]), Some(3));
        assert_eq!(d.line_of(&["ocr", "languages"]), Some(4));
        assert_eq!(d.line_of(&["rule", "1", "name"]), Some(10));
        assert_eq!(d.line_of(&["rule", "1", "words", "1"]), Some(12));
        // Below a plain value: that value's line; a missing key or element: none.
        assert_eq!(d.line_of(&["a", "b"]), Some(1));
        assert_eq!(d.line_of(&["ocr", "nothing"]), None);
        assert_eq!(d.line_of(&["rule", "2", "name"]), None);
        assert_eq!(d.line_of(&["rule", "x"]), None);
        assert_eq!(d.line_of(&[]), None);
        assert_eq!(d.line_at(0), 1);
        assert_eq!(d.line_at(5), 1);
        assert_eq!(d.line_at(6), 2);
    }
}
