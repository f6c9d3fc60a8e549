//! Showing routing decisions to people: where a document went, why, and what else was close.

use super::output::berlin;
use crate::config::Config;
use crate::model::{source, ModelOpinion, PageRecord, Ranked, RoutingRecord};

/// `30 Rechtsamt`, or the bare id if the department is no longer configured.
pub fn department_label(config: &Config, id: &str) -> String {
    match config.routing.as_ref().and_then(|r| r.departments.get(id)) {
        Some(d) => format!("{id} {}", d.name),
        None => id.to_string(),
    }
}

/// Where a decision came from, in words.
pub fn source_text(r: &RoutingRecord) -> String {
    let x = &r.routing.explanation;
    match r.routing.source.as_str() {
        source::RULE => match (x.rule.as_deref(), x.rule_line) {
            (Some(name), Some(line)) => format!("rule \"{name}\" (line {line})"),
            (Some(name), None) => format!("rule \"{name}\""),
            _ => "a rule".into(),
        },
        source::MODEL => format!(
            "the learned model ({:.0}% sure)",
            r.routing.department_confidence.unwrap_or(0.0) * 100.0
        ),
        source::MANUAL => format!(
            "{} (by hand)",
            r.routing.decided_by.as_deref().unwrap_or("a person")
        ),
        source::TRIAGE => "nobody: triage".into(),
        source::SEPARATOR => match &x.separator {
            Some(sheet) => format!("the separator sheet on page {}", sheet.page),
            None => "a separator sheet".into(),
        },
        source::INVOICE => match &x.invoice {
            Some(i) if !i.failed.is_empty() => format!(
                "the invoice review: e-invoice checks failed ({})",
                i.failed.join("; ")
            ),
            Some(i) => format!(
                "the e-invoice's Leitweg-ID {}",
                i.leitweg_id.as_deref().unwrap_or("?")
            ),
            None => "an e-invoice".into(),
        },
        other => other.to_string(),
    }
}

/// Up to `radius` characters either side of a byte span, on one line, with the span marked.
pub fn snippet(text: &str, start: usize, end: usize, radius: usize) -> Option<String> {
    if start > end
        || end > text.len()
        || !text.is_char_boundary(start)
        || !text.is_char_boundary(end)
    {
        return None;
    }
    let before: String = text[..start]
        .chars()
        .rev()
        .take(radius)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let after: String = text[end..].chars().take(radius).collect();
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let lead = if before.len() < start { "…" } else { "" };
    let tail = if end + after.len() < text.len() {
        "…"
    } else {
        ""
    };
    Some(format!(
        "{lead}{} »{}« {}{tail}",
        flat(&before),
        flat(&text[start..end]),
        flat(&after)
    ))
}

fn ranking(items: &[Ranked]) -> String {
    if items.is_empty() {
        return "nothing learned yet".into();
    }
    items
        .iter()
        .map(|e| format!("{} {:.0}%", e.label, e.confidence * 100.0))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A model's rankings (`model` of an explanation) as lines after `label` (12 characters).
pub fn model_lines(label: &str, model: &ModelOpinion) -> Vec<String> {
    let mut out = vec![
        format!("{label} departments: {}", ranking(&model.departments)),
        format!("             classes: {}", ranking(&model.classes)),
    ];
    let words: Vec<String> = model
        .topics
        .iter()
        .map(|t| {
            format!(
                "{} {:.0}% ({})",
                t.label,
                t.confidence * 100.0,
                t.words.join(", ")
            )
        })
        .collect();
    if !words.is_empty() {
        out.push(format!("             task words: {}", words.join(", ")));
    }
    out
}

/// The full explanation of one decision, as indented lines.
pub fn explain_lines(config: &Config, r: &RoutingRecord, pages: &[PageRecord]) -> Vec<String> {
    let x = &r.routing.explanation;
    let mut out = Vec::new();
    let target = match &r.routing.department {
        Some(d) => department_label(config, d),
        None => "triage (no department)".into(),
    };
    out.push(format!("decision:    {target}, by {}", source_text(r)));
    out.push(format!("decided:     {}", berlin(r.decided_at)));
    if let Some(c) = &r.routing.class {
        let conf = r
            .routing
            .class_confidence
            .map(|p| format!(" ({:.0}% sure)", p * 100.0))
            .unwrap_or_default();
        out.push(format!("class:       {c}{conf}"));
    }
    if let Some(p) = &r.routing.priority {
        out.push(format!("priority:    {p}"));
    }
    if let Some(d) = &r.routing.deadline {
        out.push(format!("deadline:    {}", crate::model::format_date_de(d)));
    }
    if !r.routing.tags.is_empty() {
        out.push(format!("tags:        {}", r.routing.tags.join(", ")));
    }
    if let Some(why) = &x.triage_reason {
        out.push(format!("why triage:  {why}"));
    }
    if let Some(why) = &x.second_opinion {
        out.push(format!("overruled:   {why}"));
    }
    if let Some(t) = &x.taken_over {
        let whose = match t.by.as_str() {
            "residence" => "the person concerned lives in",
            _ => "sender in",
        };
        out.push(format!(
            "taken over:  from {} ({whose} {})",
            t.from, t.municipality
        ));
    }
    if let Some(file) = &x.rules_file {
        let version = r.routing.rules_version.as_deref().unwrap_or("?");
        out.push(format!("rules:       {file} (version {version})"));
    }
    let matched: Vec<String> = x
        .rules_matched
        .iter()
        .map(|m| match m.line {
            Some(l) => format!("\"{}\" (line {l})", m.name),
            None => format!("\"{}\"", m.name),
        })
        .collect();
    if !matched.is_empty() {
        out.push(format!("matched:     {}", matched.join(", ")));
    }
    if !x.evidence.is_empty() {
        out.push("evidence:".into());
        for e in &x.evidence {
            let cond = &e.condition;
            let text = &e.text;
            let place = match (e.page, e.start, e.end) {
                (Some(p), Some(s), Some(en)) => {
                    let context = pages
                        .iter()
                        .find(|pg| pg.number == p)
                        .and_then(|pg| snippet(&pg.text, s, en, 40));
                    match context {
                        Some(c) => format!("page {p}, bytes {s}–{en}: {c}"),
                        None => format!("page {p}, bytes {s}–{en}: »{text}«"),
                    }
                }
                _ if !text.is_empty() => format!("»{text}«"),
                _ => String::new(),
            };
            out.push(format!("  - {cond}  {place}"));
        }
    }
    if let Some(model) = &x.model {
        out.extend(model_lines("model:      ", model));
        out.push(format!(
            "             (decides alone from {:.0}% when no rule matches)",
            model.min_confidence * 100.0
        ));
    }
    if let Some(sheet) = &x.separator {
        out.push(format!(
            "separator:   page {} names department {}",
            sheet.page, sheet.department
        ));
    }
    if let Some(previous) = &x.previous {
        let was = match &previous.department {
            Some(d) => department_label(config, d),
            None => "triage".into(),
        };
        out.push(format!("replaced:    {was} (by {})", previous.source));
    }
    if let Some(note) = &x.note {
        out.push(format!("note:        {note}"));
    }
    if let Some(parts) = &x.pages {
        let list: Vec<String> = parts
            .iter()
            .map(|p| format!("{} from page {}", p.part, p.first_page))
            .collect();
        out.push(format!(
            "pages:       decided for the whole mail; page numbers count {}",
            list.join(", ")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_marks_the_span_and_respects_char_boundaries() {
        let text =
            "Sehr geehrte Damen und Herren,\nhiermit lege ich Widerspruch gegen den Bescheid ein.";
        let start = text.find("Widerspruch").unwrap();
        let s = snippet(text, start, start + 11, 12).unwrap();
        assert_eq!(s, "…it lege ich »Widerspruch« gegen den B…");
        assert_eq!(snippet("Bußgeld", 2, 3, 5), None, "inside ß");
        assert_eq!(snippet("abc", 1, 9, 5), None);
    }
}
