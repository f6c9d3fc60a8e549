//! Cutting a batch scan into letters. Pure: from what each page is (content, blank, separator
//! sheet) and how the pipeline scans (simplex/duplex, which separators count), decide which
//! pages make which letter, which pages are separators and which blank pages are left out.

use serde::Serialize;

use crate::config::{BatchConfig, SeparatorType};
use crate::stage::PageRole;

/// One letter of a batch.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LetterPlan {
    /// Scan page numbers (1-based) of the letter's pages with content, in order.
    pub pages: Vec<u32>,
    /// Blank pages inside the letter (backs of its sheets): recorded, left out of its copy.
    pub blank_pages: Vec<u32>,
    /// Department code from the separator sheet before the letter, with that sheet's page.
    pub department: Option<(String, u32)>,
}

/// A separator found in the batch.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeparatorPlan {
    /// Scan pages of the separator (a sheet in duplex scans).
    pub pages: Vec<u32>,
    pub kind: SeparatorType,
    /// What was read on it, for people.
    pub detail: String,
}

/// How a batch is cut.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct SplitPlan {
    pub letters: Vec<LetterPlan>,
    pub separators: Vec<SeparatorPlan>,
    /// Blank pages belonging to no letter (e.g. blank sheets that are not separators, before
    /// the first letter).
    pub loose_blank_pages: Vec<u32>,
    /// Something a person should check, in words.
    pub anomalies: Vec<String>,
}

/// Cuts pages with `roles` (index 0 = scan page 1) into letters.
pub fn plan(roles: &[PageRole], batch: &BatchConfig) -> SplitPlan {
    let per_unit = if batch.duplex { 2 } else { 1 };
    let blank_separates = batch.separators.contains(&SeparatorType::Blank);
    let mut out = SplitPlan::default();
    if batch.duplex && roles.len() % 2 == 1 {
        out.anomalies.push(format!(
            "duplex scan with an odd number of pages ({}): was a back side lost?",
            roles.len()
        ));
    }
    let mut current = LetterPlan {
        pages: Vec::new(),
        blank_pages: Vec::new(),
        department: None,
    };
    let mut pending_department: Option<(String, u32)> = None;
    for (u, unit) in roles.chunks(per_unit).enumerate() {
        let first = (u * per_unit) as u32 + 1;
        let numbers: Vec<u32> = (first..first + unit.len() as u32).collect();
        let separator = unit.iter().zip(&numbers).find_map(|(r, n)| match r {
            PageRole::Separator(hit) => Some((hit, *n)),
            _ => None,
        });
        let all_blank = unit.iter().all(|r| *r == PageRole::Blank);
        if let Some((hit, page)) = separator {
            close(&mut current, &mut out);
            // The other side of a separator sheet should be empty; content there (sheets
            // paired wrongly, a back side lost) starts the next letter instead of vanishing.
            let stray: Vec<u32> = unit
                .iter()
                .zip(&numbers)
                .filter(|(r, _)| **r == PageRole::Content)
                .map(|(_, n)| *n)
                .collect();
            out.separators.push(SeparatorPlan {
                pages: numbers
                    .iter()
                    .copied()
                    .filter(|n| !stray.contains(n))
                    .collect(),
                kind: hit.kind,
                detail: hit.detail.clone(),
            });
            if let Some((code, at)) = &pending_department {
                out.anomalies.push(format!(
                    "separator sheet on page {at} names department {code:?} but the next page is another separator (page {page}); the department was not used"
                ));
            }
            // A sheet without a code ends what an earlier code said.
            pending_department = hit.department.clone().map(|code| (code, page));
            if !stray.is_empty() {
                out.anomalies.push(format!(
                    "page {stray:?} has content but shares a sheet with the separator on page {page}: check the pairing of front and back sides"
                ));
                current.department = pending_department.take();
                current.pages.extend(stray);
            }
        } else if all_blank && blank_separates {
            close(&mut current, &mut out);
            out.separators.push(SeparatorPlan {
                pages: numbers.clone(),
                kind: SeparatorType::Blank,
                detail: if batch.duplex {
                    "blank sheet".into()
                } else {
                    "blank page".into()
                },
            });
        } else if all_blank && current.pages.is_empty() {
            out.loose_blank_pages.extend(&numbers);
        } else {
            if current.pages.is_empty() && current.department.is_none() {
                current.department = pending_department.take();
            }
            for (role, n) in unit.iter().zip(&numbers) {
                if *role == PageRole::Blank {
                    current.blank_pages.push(*n);
                } else {
                    current.pages.push(*n);
                }
            }
        }
    }
    close(&mut current, &mut out);
    if let Some((code, page)) = pending_department {
        out.anomalies.push(format!(
            "separator sheet on page {page} names department {code:?} but no letter follows it"
        ));
    }
    out
}

/// Ends the letter in progress, if it has content.
fn close(current: &mut LetterPlan, out: &mut SplitPlan) {
    let letter = std::mem::replace(
        current,
        LetterPlan {
            pages: Vec::new(),
            blank_pages: Vec::new(),
            department: None,
        },
    );
    if !letter.pages.is_empty() {
        out.letters.push(letter);
    } else {
        out.loose_blank_pages.extend(letter.blank_pages);
    }
    out.loose_blank_pages.sort_unstable();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stage::SeparatorHit;

    const C: PageRole = PageRole::Content;
    const B: PageRole = PageRole::Blank;

    fn sep(department: Option<&str>) -> PageRole {
        PageRole::Separator(SeparatorHit {
            kind: SeparatorType::Barcode,
            detail: "QrCode \"TRENNBLATT\"".into(),
            department: department.map(str::to_string),
        })
    }

    fn config(duplex: bool, separators: &[SeparatorType]) -> BatchConfig {
        BatchConfig {
            separators: separators.to_vec(),
            duplex,
            barcode_value: "TRENNBLATT".into(),
        }
    }

    fn pages(p: &SplitPlan) -> Vec<Vec<u32>> {
        p.letters.iter().map(|l| l.pages.clone()).collect()
    }

    #[test]
    fn simplex_blank_pages_separate_letters() {
        let roles = [C, C, B, C, B, C, C, C];
        let p = plan(&roles, &config(false, &[SeparatorType::Blank]));
        assert_eq!(pages(&p), [vec![1, 2], vec![4], vec![6, 7, 8]]);
        assert_eq!(p.separators.len(), 2);
        assert_eq!(p.separators[0].pages, [3]);
        assert!(p.anomalies.is_empty());
    }

    #[test]
    fn duplex_needs_both_sides_blank_and_drops_blank_backs() {
        // Letter 1: sheet 1 (front+blank back), sheet 2 (both sides); blank sheet; letter 2.
        let roles = [C, B, C, C, B, B, C, B];
        let p = plan(&roles, &config(true, &[SeparatorType::Blank]));
        assert_eq!(pages(&p), [vec![1, 3, 4], vec![7]]);
        assert_eq!(p.letters[0].blank_pages, [2]);
        assert_eq!(p.letters[1].blank_pages, [8]);
        assert_eq!(p.separators[0].pages, [5, 6]);
    }

    #[test]
    fn barcode_sheets_separate_and_carry_a_department_to_the_next_letter() {
        let roles = [sep(None), C, C, sep(Some("JUGENDAMT")), C, sep(None), C];
        let p = plan(&roles, &config(false, &[SeparatorType::Barcode]));
        assert_eq!(pages(&p), [vec![2, 3], vec![5], vec![7]]);
        assert_eq!(p.letters[0].department, None);
        assert_eq!(p.letters[1].department, Some(("JUGENDAMT".into(), 4)));
        assert_eq!(p.letters[2].department, None);
    }

    #[test]
    fn without_blank_separators_blank_pages_are_only_left_out() {
        let roles = [B, C, B, C, sep(None), C];
        let p = plan(&roles, &config(false, &[SeparatorType::Barcode]));
        assert_eq!(pages(&p), [vec![2, 4], vec![6]]);
        assert_eq!(p.letters[0].blank_pages, [3]);
        assert_eq!(p.loose_blank_pages, [1]);
    }

    #[test]
    fn a_duplex_separator_sheet_takes_its_back_with_it() {
        let roles = [C, B, sep(Some("BAUAMT")), B, C, C];
        let p = plan(&roles, &config(true, &[SeparatorType::Barcode]));
        assert_eq!(pages(&p), [vec![1], vec![5, 6]]);
        assert_eq!(p.separators[0].pages, [3, 4]);
        assert_eq!(p.letters[1].department, Some(("BAUAMT".into(), 3)));
    }

    #[test]
    fn a_department_survives_a_blank_sheet_and_a_trailing_one_is_an_anomaly() {
        let roles = [sep(Some("BAUAMT")), B, C, sep(Some("SOZIALAMT"))];
        let p = plan(&roles, &config(false, &[SeparatorType::Barcode]));
        assert_eq!(pages(&p), [vec![3]]);
        assert_eq!(p.letters[0].department, Some(("BAUAMT".into(), 1)));
        assert_eq!(p.loose_blank_pages, [2]);
        assert_eq!(p.anomalies.len(), 1, "{:?}", p.anomalies);
    }

    #[test]
    fn content_behind_a_duplex_separator_starts_the_next_letter() {
        // Sheets paired wrongly: the separator's back carries the next letter's first page.
        let roles = [C, B, sep(Some("BAUAMT")), C, C, B];
        let p = plan(&roles, &config(true, &[SeparatorType::Barcode]));
        assert_eq!(pages(&p), [vec![1], vec![4, 5]]);
        assert_eq!(p.separators[0].pages, [3]);
        assert_eq!(p.letters[1].department, Some(("BAUAMT".into(), 3)));
        assert_eq!(p.anomalies.len(), 1, "{:?}", p.anomalies);
    }

    #[test]
    fn a_plain_sheet_after_a_department_sheet_cancels_the_department() {
        let roles = [C, sep(Some("BAUAMT")), sep(None), C];
        let p = plan(&roles, &config(false, &[SeparatorType::Barcode]));
        assert_eq!(pages(&p), [vec![1], vec![4]]);
        assert_eq!(p.letters[1].department, None);
        assert_eq!(p.anomalies.len(), 1, "{:?}", p.anomalies);
    }

    #[test]
    fn odd_duplex_page_count_is_reported_and_nothing_is_lost() {
        let roles = [C, B, C];
        let p = plan(&roles, &config(true, &[SeparatorType::Blank]));
        assert_eq!(pages(&p), [vec![1, 3]]);
        assert_eq!(p.anomalies.len(), 1);
    }
}
