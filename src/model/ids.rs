use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }

        impl FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                s.trim()
                    .trim_start_matches('#')
                    .parse::<i64>()
                    .ok()
                    .filter(|n| *n > 0)
                    .map($name)
                    .ok_or_else(|| format!("`{s}` is not a valid id (expected a positive number)"))
            }
        }
    };
}

id_type!(
    /// A filed document: one unique content (by SHA-256), however often it was delivered.
    DocumentId
);
id_type!(
    /// A consignment (Sendung): what arrived together, e.g. a mail with its attachments.
    ConsignmentId
);
id_type!(
    /// One delivery of a file or message (Eingang): claimed, then filed, recognised as a
    /// duplicate, or quarantined. The time of receipt belongs to the receipt.
    ReceiptId
);

/// A quarantined delivery as people see it: `Q13` (its receipt id with a `Q`). Every command
/// accepts `Q13`, `q13`, `#13` and `13`; JSON keeps the plain number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct QuarantineId(pub ReceiptId);

impl fmt::Display for QuarantineId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Q{}", self.0 .0)
    }
}

impl FromStr for QuarantineId {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        let digits = t
            .strip_prefix(['Q', 'q'])
            .map(|rest| rest.trim_start_matches('#'))
            .unwrap_or(t);
        digits.parse::<ReceiptId>().map(QuarantineId).map_err(|_| {
            format!("`{s}` is not a quarantine id (expected e.g. Q13 or 13, see `mailroom quarantine list`)")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarantine_ids_are_shown_with_q_and_accepted_in_every_form() {
        for s in ["Q13", "q13", "13", "#13", " Q13 ", "Q#13"] {
            assert_eq!(
                s.parse::<QuarantineId>().unwrap(),
                QuarantineId(ReceiptId(13)),
                "{s}"
            );
        }
        assert_eq!(QuarantineId(ReceiptId(13)).to_string(), "Q13");
        for bad in ["Q", "Q0", "QQ1", "X13", "13a", ""] {
            assert!(bad.parse::<QuarantineId>().is_err(), "{bad}");
        }
    }

    #[test]
    fn ids_parse_with_or_without_hash_sign() {
        assert_eq!("42".parse::<DocumentId>().unwrap(), DocumentId(42));
        assert_eq!("#7".parse::<ReceiptId>().unwrap(), ReceiptId(7));
        assert!("0".parse::<DocumentId>().is_err());
        assert!("abc".parse::<DocumentId>().is_err());
    }
}
