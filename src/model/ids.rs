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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_parse_with_or_without_hash_sign() {
        assert_eq!("42".parse::<DocumentId>().unwrap(), DocumentId(42));
        assert_eq!("#7".parse::<ReceiptId>().unwrap(), ReceiptId(7));
        assert!("0".parse::<DocumentId>().is_err());
        assert!("abc".parse::<DocumentId>().is_err());
    }
}
