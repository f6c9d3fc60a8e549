//! The readable copy of an XML-only invoice, laid out as lines of a fixed-width page (header,
//! parties, positions, totals, payment), in German. The same lines are the document's
//! searchable text and, drawn by `archive::invoice_pdf`, its PDF/A-3 copy.

use rust_decimal::Decimal;

use super::money;
use crate::model::{Invoice, InvoiceParty};

/// Characters per line of the page.
pub const WIDTH: usize = 93;

/// One line of the readable copy.
#[derive(Debug, Clone, PartialEq)]
pub struct RenderLine {
    pub text: String,
    /// Headings.
    pub bold: bool,
}

/// The lines of a page, for [`lines`].
#[derive(Default)]
struct Page(Vec<RenderLine>);

impl Page {
    fn line(&mut self, text: impl Into<String>) {
        self.0.push(RenderLine {
            text: text.into(),
            bold: false,
        });
    }
    fn heading(&mut self, text: impl Into<String>) {
        self.0.push(RenderLine {
            text: text.into(),
            bold: true,
        });
    }
    fn blank(&mut self) {
        self.line("");
    }
}

/// `text` cut to `n` characters (an ellipsis marks the cut).
fn fit(text: &str, n: usize) -> String {
    if text.chars().count() <= n {
        return text.to_string();
    }
    let mut s: String = text.chars().take(n.saturating_sub(1)).collect();
    s.push('…');
    s
}

/// Wraps `text` into lines of at most `n` characters, at spaces where it can.
fn wrap(text: &str, n: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let word_len = word.chars().count();
        if !line.is_empty() && line.chars().count() + 1 + word_len > n {
            out.push(std::mem::take(&mut line));
        }
        if word_len > n {
            let chars: Vec<char> = word.chars().collect();
            for chunk in chars.chunks(n) {
                if !line.is_empty() {
                    out.push(std::mem::take(&mut line));
                }
                line = chunk.iter().collect();
            }
            continue;
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push(line);
    }
    out
}

/// An ISO date as Germans write it.
fn date(iso: &Option<String>) -> String {
    match iso.as_deref().map(|d| d.split('-').collect::<Vec<_>>()) {
        Some(p) if p.len() == 3 => format!("{}.{}.{}", p[2], p[1], p[0]),
        _ => iso.clone().unwrap_or_else(|| "–".into()),
    }
}

fn amount(d: Option<Decimal>) -> String {
    d.map(money).unwrap_or_else(|| "–".into())
}

/// What the type code (BT-3) means.
fn kind(code: Option<&str>) -> &'static str {
    match code {
        Some("381") => "Gutschrift",
        Some("384") => "Rechnungskorrektur",
        Some("326") => "Teilrechnung",
        Some("389") => "Gutschriftsverfahren (Selbstfakturierung)",
        Some("875") | Some("876") => "Abschlagsrechnung",
        Some("877") => "Schlussrechnung",
        _ => "Rechnung",
    }
}

fn party_lines(p: &InvoiceParty) -> Vec<String> {
    let mut out = vec![p.name.clone().unwrap_or_else(|| "(ohne Namen)".into())];
    out.extend(p.street.clone());
    let town = [
        p.postcode.as_deref(),
        p.city.as_deref(),
        p.country.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    if !town.is_empty() {
        out.push(town);
    }
    if let Some(v) = &p.vat_id {
        out.push(format!("USt-IdNr. {v}"));
    }
    if let Some(id) = &p.id {
        out.push(format!("Kennung {id}"));
    }
    out
}

/// `label` left and `value` right-aligned in the right half of the line.
fn total_line(label: &str, value: String) -> String {
    format!("{:>w$}{:>16}", label, value, w = WIDTH - 16)
}

/// The lines of the readable copy, to be cut into pages of [`LINES_PER_PAGE`].
pub fn lines(inv: &Invoice) -> Vec<RenderLine> {
    let mut p = Page::default();
    let cur = inv.currency.clone().unwrap_or_default();
    p.heading(format!(
        "{} {}",
        kind(inv.type_code.as_deref()),
        inv.number.as_deref().unwrap_or("(ohne Nummer)")
    ));
    p.line(fit(
        &format!(
            "Elektronische Rechnung ({}), lesbare Fassung der XML-Daten",
            inv.profile
        ),
        WIDTH,
    ));
    p.blank();
    p.line(format!(
        "Rechnungsdatum: {}   Fällig am: {}   Währung: {}",
        date(&inv.issue_date),
        date(&inv.due_date),
        if cur.is_empty() { "–" } else { &cur }
    ));
    if let Some(r) = &inv.buyer_reference {
        p.line(fit(&format!("Leitweg-ID / Käuferreferenz: {r}"), WIDTH));
    }
    if let Some(o) = &inv.order_reference {
        p.line(fit(&format!("Bestellnummer: {o}"), WIDTH));
    }
    p.blank();
    let half = WIDTH / 2;
    p.heading(format!("{:<half$}{}", "Verkäufer", "Käufer"));
    let (seller, buyer) = (party_lines(&inv.seller), party_lines(&inv.buyer));
    for i in 0..seller.len().max(buyer.len()) {
        let s = seller.get(i).map(|s| fit(s, half - 2)).unwrap_or_default();
        let b = buyer.get(i).map(|b| fit(b, half)).unwrap_or_default();
        p.line(format!("{s:<half$}{b}").trim_end().to_string());
    }
    p.blank();
    if !inv.lines.is_empty() {
        p.heading(format!(
            "{:<5}{:<37}{:>12} {:<5}{:>12}{:>6}{:>15}",
            "Pos.", "Bezeichnung", "Menge", "Einh.", "Einzelpreis", "USt%", "Nettobetrag"
        ));
        for l in &inv.lines {
            let name = l.name.clone().unwrap_or_default();
            let mut wrapped = wrap(&name, 36).into_iter();
            p.line(format!(
                "{:<5}{:<37}{:>12} {:<5}{:>12}{:>6}{:>15}",
                fit(l.id.as_deref().unwrap_or(""), 4),
                wrapped.next().unwrap_or_default(),
                l.quantity
                    .map(|q| q.normalize().to_string().replace('.', ","))
                    .unwrap_or_default(),
                fit(l.unit.as_deref().unwrap_or(""), 5),
                l.net_price.map(money).unwrap_or_default(),
                l.vat_rate
                    .map(|r| r.normalize().to_string().replace('.', ","))
                    .unwrap_or_default(),
                l.net_amount.map(money).unwrap_or_default(),
            ));
            for more in wrapped {
                p.line(format!("{:<5}{more}", ""));
            }
        }
        p.blank();
    }
    let t = &inv.totals;
    p.line(total_line("Summe der Positionen:", amount(t.line_net)));
    if let Some(a) = t.allowances.filter(|a| !a.is_zero()) {
        p.line(total_line("Nachlässe:", money(a)));
    }
    if let Some(c) = t.charges.filter(|c| !c.is_zero()) {
        p.line(total_line("Zuschläge:", money(c)));
    }
    p.line(total_line("Gesamtbetrag netto:", amount(t.net)));
    for v in &inv.vat {
        let rate = v
            .rate
            .map(|r| format!("{} %", r.normalize().to_string().replace('.', ",")))
            .unwrap_or_default();
        p.line(total_line(
            &format!(
                "Umsatzsteuer {} {rate} auf {}:",
                v.category.as_deref().unwrap_or(""),
                amount(v.taxable)
            ),
            amount(v.tax),
        ));
    }
    p.line(total_line("Umsatzsteuer gesamt:", amount(t.tax)));
    p.line(total_line(
        &format!("Gesamtbetrag brutto {cur}:"),
        amount(t.gross),
    ));
    if let Some(pre) = t.prepaid.filter(|a| !a.is_zero()) {
        p.line(total_line("Bereits gezahlt:", money(pre)));
    }
    if let Some(third) = t.third_party.filter(|a| !a.is_zero()) {
        p.line(total_line("Zahlungen Dritter:", money(third)));
    }
    if let Some(r) = t.rounding.filter(|a| !a.is_zero()) {
        p.line(total_line("Rundung:", money(r)));
    }
    p.heading(total_line(&format!("Zahlbetrag {cur}:"), amount(t.due)));
    p.blank();
    if inv.iban.is_some() || inv.payment_terms.is_some() {
        p.heading("Zahlung");
        if let Some(iban) = &inv.iban {
            p.line(format!("Überweisung an IBAN {iban}"));
        }
        if let Some(terms) = &inv.payment_terms {
            for l in wrap(terms, WIDTH) {
                p.line(l);
            }
        }
    }
    p.0
}

/// Lines per A4 page at the copy's font size.
pub const LINES_PER_PAGE: usize = 62;

/// The text of each page of the readable copy (what search and routing read).
pub fn page_texts(lines: &[RenderLine]) -> Vec<String> {
    lines
        .chunks(LINES_PER_PAGE)
        .map(|page| {
            page.iter()
                .map(|l| l.text.trim_end())
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect()
}
