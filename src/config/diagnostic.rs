use std::fmt;
use std::path::{Path, PathBuf};

/// One problem in the configuration, located as precisely as we can.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file the problem is in.
    pub file: PathBuf,
    /// 1-based line, when the problem has a place in the file.
    pub line: Option<usize>,
    /// The component the setting belongs to, e.g. `pipeline "scanner"` or `[ocr]`.
    pub component: String,
    /// What is wrong and, where it helps, what to do about it.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": {}: {}", self.component, self.message)
    }
}

/// Every problem found while loading the configuration. Loading never stops at the first one:
/// an operator fixing a config wants the whole list.
#[derive(Debug, Clone, Default, thiserror::Error)]
pub struct ConfigErrors(pub Vec<Diagnostic>);

impl ConfigErrors {
    pub(crate) fn push(
        &mut self,
        file: &Path,
        line: Option<usize>,
        component: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.0.push(Diagnostic {
            file: file.to_path_buf(),
            line,
            component: component.into(),
            message: message.into(),
        });
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for ConfigErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        writeln!(
            f,
            "{n} configuration error{}:",
            if n == 1 { "" } else { "s" }
        )?;
        for d in &self.0 {
            writeln!(f, "  {d}")?;
        }
        Ok(())
    }
}
