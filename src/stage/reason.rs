//! Quarantine reasons: each says what is wrong with the file and what a person can do.
//! The stable `code` lets a (German) user interface translate them later.

use std::fmt;

/// Why a file could not be processed.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    Empty,
    FileTooLarge {
        size: u64,
        limit: u64,
    },
    UnsupportedType {
        detected: String,
    },
    Corrupt {
        format: &'static str,
        detail: String,
    },
    Encrypted {
        format: &'static str,
    },
    TooManyPages {
        pages: usize,
        limit: usize,
    },
    PageTooLarge {
        page: u32,
        detail: String,
    },
    Unreadable {
        detail: String,
    },
    PageTimeout {
        page: u32,
        seconds: u64,
    },
    Hang {
        step: &'static str,
        seconds: u64,
    },
    ReaderCrashed {
        step: &'static str,
        detail: String,
    },
    /// Not a mail that can be read.
    Unparseable {
        detail: String,
    },
    /// A ZIP archive that was not unpacked (bomb, too many entries, too large).
    ZipRefused {
        detail: String,
    },
    /// A batch scan whose letters could not be made into documents.
    BatchNotSplit {
        detail: String,
    },
}

impl Reason {
    /// Stable machine-readable code.
    pub fn code(&self) -> &'static str {
        match self {
            Reason::Empty => "empty",
            Reason::FileTooLarge { .. } => "file_too_large",
            Reason::UnsupportedType { .. } => "unsupported_type",
            Reason::Corrupt { .. } => "corrupt",
            Reason::Encrypted { .. } => "encrypted",
            Reason::TooManyPages { .. } => "too_many_pages",
            Reason::PageTooLarge { .. } => "page_too_large",
            Reason::Unreadable { .. } => "unreadable",
            Reason::PageTimeout { .. } => "page_timeout",
            Reason::Hang { .. } => "timeout",
            Reason::ReaderCrashed { .. } => "reader_crashed",
            Reason::Unparseable { .. } => "unparseable_mail",
            Reason::ZipRefused { .. } => "zip_refused",
            Reason::BatchNotSplit { .. } => "batch_not_split",
        }
    }

    /// What a person can do about it.
    pub fn action(&self) -> &'static str {
        match self {
            Reason::Empty => "The file has no content (often an aborted scan or copy). Scan the letter again; discard this entry.",
            Reason::FileTooLarge { .. } => "Split the scan into smaller batches, or raise limits.max_file_mb if such files are expected, then `mailroom quarantine retry`.",
            Reason::UnsupportedType { .. } => "Read are: PDF; TIFF, PNG, JPEG, BMP, GIF and WebP images; text and RTF files; mails (.eml, mailbox files, Outlook .msg, winmail.dat). Convert the file (print it to PDF, or scan it) and drop it in again; discard this entry.",
            Reason::Corrupt { .. } => "The file is damaged or incomplete. Open it to check; if it was cut off, scan or copy it again. Otherwise repair/convert it and retry.",
            Reason::Encrypted { .. } => "The file is protected with a password. Ask the sender for an unprotected copy, or print/scan it, then discard this entry.",
            Reason::TooManyPages { .. } => "Split the batch into smaller files, or raise limits.max_pages, then `mailroom quarantine retry`.",
            Reason::PageTooLarge { .. } => "Scan at a normal resolution (200-400 dpi), or raise limits.max_page_megapixels if the page is genuine, then retry.",
            Reason::Unreadable { .. } => "No page of the file could be read. Open it to check; scan again or convert it, then retry or discard.",
            Reason::PageTimeout { .. } => "Recognising one page took too long (often a noisy or huge image). Scan that page again, or raise limits.page_timeout_secs and retry.",
            Reason::Hang { .. } => "Reading the file took too long; it is probably damaged. Open it to check, convert it if needed, then retry.",
            Reason::ReaderCrashed { .. } => "The file triggered an internal error while being read (please report it with the file). Convert it (e.g. print to PDF) and drop it in again.",
            Reason::Unparseable { .. } => "The message is not a readable mail. Open the file in a mail program to check; ask the sender to send it again.",
            Reason::BatchNotSplit { .. } => "The scan holds separator sheets and blank pages but no letter. Check the stack (fed the wrong way round? only separator sheets?), scan it again and discard this entry.",
            Reason::ZipRefused { .. } => "The archive was not unpacked to protect the system. Unpack it by hand on a safe machine and ingest the files, or ask the sender for the documents without the archive.",
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Empty => write!(f, "the file is empty (0 bytes)"),
            Reason::FileTooLarge { size, limit } => write!(
                f,
                "the file is {:.1} MB, over the limit of {:.1} MB",
                *size as f64 / 1048576.0,
                *limit as f64 / 1048576.0
            ),
            Reason::UnsupportedType { detected } => {
                write!(f, "unsupported file type: {detected}")
            }
            Reason::Corrupt { format, detail } => {
                write!(
                    f,
                    "the {format} file is damaged and cannot be read ({detail})"
                )
            }
            Reason::Encrypted { format } => {
                write!(
                    f,
                    "the {format} file is encrypted and needs a password to open"
                )
            }
            Reason::TooManyPages { pages, limit } => write!(
                f,
                "the file has {pages} pages, over the limit of {limit} (limits.max_pages)"
            ),
            Reason::PageTooLarge { page, detail } => write!(f, "page {page}: {detail}"),
            Reason::Unreadable { detail } => write!(f, "no page could be read: {detail}"),
            Reason::PageTimeout { page, seconds } => write!(
                f,
                "OCR of page {page} did not finish within {seconds} s (limits.page_timeout_secs)"
            ),
            Reason::Hang { step, seconds } => {
                write!(f, "{step} did not finish within {seconds} s")
            }
            Reason::ReaderCrashed { step, detail } => {
                write!(f, "{step} failed with an internal error: {detail}")
            }
            Reason::Unparseable { detail } => write!(f, "the mail cannot be read ({detail})"),
            Reason::ZipRefused { detail } => write!(f, "ZIP archive not unpacked: {detail}"),
            Reason::BatchNotSplit { detail } => {
                write!(f, "the batch scan could not be cut into letters: {detail}")
            }
        }
    }
}
