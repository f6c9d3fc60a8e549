//! Pipeline filters on sender, subject and attachment names.

use mail_parser::{MessageParser, MimeHeaders};

use crate::config::MailFilters;

/// Whether a raw mail passes every configured filter (empty filters pass everything).
pub fn passes(filters: &MailFilters, raw: &[u8]) -> bool {
    if filters.from.is_empty() && filters.subject.is_empty() && filters.attachment.is_empty() {
        return true;
    }
    let Some(m) = MessageParser::default().parse(raw) else {
        // Unreadable mails are taken: the pipeline quarantines them with a reason.
        return true;
    };
    let any = |list: &[String], value: &str| {
        let v = value.to_lowercase();
        list.is_empty() || list.iter().any(|f| v.contains(f.as_str()))
    };
    let from: String = m
        .from()
        .map(|a| {
            a.iter()
                .map(|x| format!("{} {}", x.name().unwrap_or(""), x.address().unwrap_or("")))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_default();
    let names: Vec<String> = m
        .attachments()
        .filter_map(|a| a.attachment_name().map(str::to_lowercase))
        .collect();
    any(&filters.from, &from)
        && any(&filters.subject, m.subject().unwrap_or(""))
        && (filters.attachment.is_empty()
            || names
                .iter()
                .any(|n| filters.attachment.iter().any(|f| n.contains(f.as_str()))))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAIL: &[u8] = b"From: Amtsgericht Mainz <poststelle@ag-mainz.justiz.de>\r\nSubject: Ladung 3 K 1234/25\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nx\r\n--B\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=Ladung.pdf\r\n\r\n%PDF\r\n--B--\r\n";

    fn f(from: &[&str], subject: &[&str], attachment: &[&str]) -> MailFilters {
        let v = |l: &[&str]| l.iter().map(|s| s.to_lowercase()).collect();
        MailFilters {
            from: v(from),
            subject: v(subject),
            attachment: v(attachment),
        }
    }

    #[test]
    fn all_configured_filters_must_match() {
        assert!(passes(&MailFilters::default(), MAIL));
        assert!(passes(&f(&["justiz.de"], &[], &[]), MAIL));
        assert!(passes(
            &f(&["@ag-mainz", "@lg-mainz"], &["ladung"], &[".pdf"]),
            MAIL
        ));
        assert!(!passes(&f(&["@lg-mainz"], &[], &[]), MAIL));
        assert!(!passes(&f(&["justiz"], &["rechnung"], &[]), MAIL));
        assert!(!passes(&f(&[], &[], &[".docx"]), MAIL));
    }
}
