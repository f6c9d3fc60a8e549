//! Small helpers over a roxmltree document: children by local name (namespace prefixes differ
//! between senders), paths of such names, and values as text, dates and decimals.

use roxmltree::Node;
use rust_decimal::Decimal;
use std::str::FromStr;

/// Whether `node` is an element called `name` (any namespace). `name` may list alternatives
/// separated by `|` (ZUGFeRD 1 and CII name the same parts differently).
fn named(node: &Node<'_, '_>, name: &str) -> bool {
    node.is_element() && name.split('|').any(|n| node.tag_name().name() == n)
}

/// The first child element called `name`.
pub fn child<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|c| named(c, name))
}

/// All child elements called `name`.
pub fn children<'a, 'i: 'a>(
    node: Node<'a, 'i>,
    name: &'a str,
) -> impl Iterator<Item = Node<'a, 'i>> + 'a {
    node.children().filter(move |c| named(c, name))
}

/// The element at `path` (child names separated by `/`) below `node`.
pub fn at<'a, 'i>(node: Node<'a, 'i>, path: &str) -> Option<Node<'a, 'i>> {
    path.split('/').try_fold(node, |n, name| child(n, name))
}

/// The trimmed text of the element at `path`, if it has any.
pub fn text(node: Node<'_, '_>, path: &str) -> Option<String> {
    node_text(at(node, path)?)
}

/// The trimmed text of `node`, if it has any.
pub fn node_text(node: Node<'_, '_>) -> Option<String> {
    let t: String = node
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect();
    let t = t.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// A decimal at `path`; `Some(Err(text))` if it is there but no number.
pub fn decimal(node: Node<'_, '_>, path: &str) -> Option<Decimal> {
    parse_decimal(&text(node, path)?)
}

/// A decimal as XML schema writes it (`1234.50`, `-3`, `+0.5`).
pub fn parse_decimal(s: &str) -> Option<Decimal> {
    Decimal::from_str(s.trim().trim_start_matches('+')).ok()
}

/// The first of several elements at `path` whose `currencyID` is `currency` (or any, if
/// none names it): UBL and CII may give the VAT total twice, in the invoice and the
/// accounting currency.
pub fn amount_in(
    node: Node<'_, '_>,
    parent: &str,
    name: &str,
    currency: Option<&str>,
) -> Option<Decimal> {
    let parent = if parent.is_empty() {
        Some(node)
    } else {
        at(node, parent)
    }?;
    let all: Vec<Node<'_, '_>> = children(parent, name).collect();
    let pick = all
        .iter()
        .find(|n| currency.is_some() && n.attribute("currencyID") == currency)
        .or_else(|| all.iter().find(|n| n.attribute("currencyID").is_none()))
        .or_else(|| all.first())?;
    parse_decimal(&node_text(*pick)?)
}

/// An ISO date (`2026-03-05`) from the forms invoices use: ISO (UBL) or `20260305` (CII
/// format 102). `Err(raw)` if it is not a valid date.
pub fn iso_date(raw: &str) -> Result<String, String> {
    let raw = raw.trim();
    let iso = if raw.len() == 8 && raw.bytes().all(|b| b.is_ascii_digit()) {
        format!("{}-{}-{}", &raw[..4], &raw[4..6], &raw[6..])
    } else {
        raw.to_string()
    };
    match iso.parse::<jiff::civil::Date>() {
        Ok(d) if iso.len() == 10 => Ok(d.to_string()),
        _ => Err(raw.to_string()),
    }
}
