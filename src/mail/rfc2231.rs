//! Attachment names with RFC 2231 continuations (`filename*0*=ISO-8859-1''Geb%FChren;
//! filename*1*=bescheid%20f%FCr.pdf`). mail-parser 0.11 decodes only the first section with
//! the declared charset and the rest as UTF-8 (upstream PR #154), which turns umlauts into
//! U+FFFD; for those names we decode the raw header ourselves.

use std::collections::BTreeMap;

/// The value of parameter `param` (e.g. `filename`) in a raw header, joined from its RFC 2231
/// sections and decoded with the charset named in section 0. `None` if the header does not
/// use RFC 2231 for this parameter.
pub fn decode_param(raw_header: &[u8], param: &str) -> Option<String> {
    let text = String::from_utf8_lossy(raw_header).replace(['\r', '\n'], " ");
    let mut sections: BTreeMap<u32, (bool, String)> = BTreeMap::new();
    for item in text.split(';') {
        let Some((key, value)) = item.trim().split_once('=') else {
            continue;
        };
        let key = key.trim().to_ascii_lowercase();
        let Some(rest) = key.strip_prefix(&format!("{param}*")) else {
            continue;
        };
        let (index, encoded) = match rest {
            "" => (0, true),
            r => match r.strip_suffix('*') {
                Some(n) => (n.parse().ok()?, true),
                None => (r.parse().ok()?, false),
            },
        };
        sections.insert(index, (encoded, value.trim().trim_matches('"').to_string()));
    }
    if sections.is_empty() {
        return None;
    }
    let mut charset = String::from("utf-8");
    let mut bytes = Vec::new();
    for (index, (encoded, mut value)) in sections {
        if index == 0 && encoded {
            // charset'language'value
            let mut it = value.splitn(3, '\'');
            let (cs, _lang, v) = (it.next()?, it.next()?, it.next()?);
            if !cs.is_empty() {
                charset = cs.to_string();
            }
            value = v.to_string();
        }
        if encoded {
            bytes.extend(percent_encoding::percent_decode_str(&value));
        } else {
            bytes.extend(value.as_bytes());
        }
    }
    let encoding =
        encoding_rs::Encoding::for_label(charset.as_bytes()).unwrap_or(encoding_rs::UTF_8);
    let (decoded, _, _) = encoding.decode(&bytes);
    Some(decoded.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_continuations_decode_to_umlauts() {
        let raw = b"Content-Disposition: attachment;\r\n filename*0*=ISO-8859-1''Geb%FChrenbescheid%20f;\r\n filename*1*=%FCr%20J%E4ger.pdf\r\n";
        assert_eq!(
            decode_param(raw, "filename").as_deref(),
            Some("Gebührenbescheid für Jäger.pdf")
        );
    }

    #[test]
    fn utf8_and_plain_sections_and_absent_parameters() {
        let raw = b"Content-Type: application/pdf; name*0*=UTF-8''Anh%C3%B6; name*1=\"rung.pdf\"";
        assert_eq!(decode_param(raw, "name").as_deref(), Some("Anhörung.pdf"));
        assert_eq!(
            decode_param(b"Content-Type: text/plain; name=\"a.txt\"", "name"),
            None
        );
    }
}
