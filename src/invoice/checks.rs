//! The checks that decide whether an invoice can be paid as it is: the mandatory parts of its
//! profile, the sums (EN 16931 BR-CO-*), German rules (BR-DE-*) and mailroom's own (`MR-*`):
//! Leitweg-ID check digits, dates. Each with a German message for the invoice team.

use rust_decimal::Decimal;

use crate::extract::valid_leitweg_id;
use crate::model::{Invoice, InvoiceCheck, ProfileLevel};

/// ISO 4217 currency codes in use.
const CURRENCIES: &str = "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND \
BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB \
EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY \
KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR \
MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF \
SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS \
UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWG";

struct Checks(Vec<InvoiceCheck>);

impl Checks {
    fn add(&mut self, rule: &str, ok: bool, message: impl Into<String>) {
        self.0.push(InvoiceCheck {
            rule: rule.to_string(),
            ok,
            message: message.into(),
        });
    }

    /// A mandatory business term: present, or the message says which one is missing.
    fn present<T>(&mut self, rule: &str, value: &Option<T>, what: &str) {
        let ok = value.is_some();
        let message = if ok {
            format!("{what} ist angegeben.")
        } else {
            format!("{what} fehlt: beim Rechnungssteller anfordern.")
        };
        self.add(rule, ok, message);
    }

    /// `expected` = `actual` (within `tolerance`), when both are given.
    fn sum(
        &mut self,
        rule: &str,
        actual: Option<Decimal>,
        expected: Option<Decimal>,
        tolerance: Decimal,
        what: &str,
    ) {
        let (Some(actual), Some(expected)) = (actual, expected) else {
            return;
        };
        let ok = (actual.round_dp(2) - expected.round_dp(2)).abs() <= tolerance;
        let message = if ok {
            format!("{what}: {} stimmt.", money(actual))
        } else {
            format!(
                "{what}: angegeben {}, berechnet {}. Die Rechnung rechnet nicht; beim \
                 Rechnungssteller eine berichtigte Rechnung anfordern.",
                money(actual),
                money(expected)
            )
        };
        self.add(rule, ok, message);
    }
}

/// An amount as Germans write it: `1.234,50`.
pub fn money(d: Decimal) -> String {
    let s = format!("{:.2}", d.round_dp(2));
    let (int, frac) = s.split_once('.').unwrap_or((&s, "00"));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    format!("{sign}{grouped},{frac}")
}

fn sum_of(values: impl Iterator<Item = Option<Decimal>>) -> Option<Decimal> {
    values.sum::<Option<Decimal>>()
}

/// Runs every check that applies to `invoice`'s profile and stores the results in it. The
/// duplicate check needs the archive: the caller adds it ([`duplicate_check`]).
pub fn check(invoice: &mut Invoice) {
    let mut c = Checks(Vec::new());
    let inv = &*invoice;
    let level = inv.level;
    // A ZUGFeRD 1 identifier belongs to ZUGFeRD 1's syntax, and only there.
    let zugferd1_id = inv
        .specification
        .as_deref()
        .is_some_and(|s| s.trim().starts_with("urn:ferd:"));
    let mismatch = zugferd1_id != (inv.syntax == crate::model::InvoiceSyntax::Zugferd1);
    c.add(
        "BR-01",
        inv.specification.is_some() && !mismatch,
        match &inv.specification {
            Some(s) if mismatch => format!(
                "Die Spezifikationskennung (BT-24) \"{s}\" passt nicht zur Syntax der Datei."
            ),
            Some(_) => format!("Profil {} erkannt.", inv.profile),
            None => "Die Spezifikationskennung (BT-24) fehlt: das Profil ist unbekannt.".into(),
        },
    );
    c.present("BR-02", &inv.number, "Die Rechnungsnummer (BT-1)");
    date_check(
        &mut c,
        "BR-03",
        inv.issue_date.as_deref(),
        "Das Rechnungsdatum (BT-2)",
        true,
    );
    let type_ok = inv
        .type_code
        .as_deref()
        .is_some_and(|t| t.len() == 3 && t.bytes().all(|b| b.is_ascii_digit()));
    c.add(
        "BR-04",
        type_ok,
        match &inv.type_code {
            Some(t) if type_ok => format!("Rechnungsart {t} ist angegeben."),
            Some(t) => format!("Die Rechnungsart (BT-3) \"{t}\" ist kein Code nach UNTDID 1001."),
            None => "Die Rechnungsart (BT-3) fehlt.".into(),
        },
    );
    let currency_ok = inv
        .currency
        .as_deref()
        .is_some_and(|cur| cur.len() == 3 && CURRENCIES.split(' ').any(|k| k == cur));
    c.add(
        "BR-05",
        currency_ok,
        match &inv.currency {
            Some(cur) if currency_ok => format!("Währung {cur}."),
            Some(cur) => format!("Die Währung (BT-5) \"{cur}\" ist kein Code nach ISO 4217."),
            None => "Die Währung (BT-5) fehlt.".into(),
        },
    );
    c.present("BR-06", &inv.seller.name, "Der Name des Verkäufers (BT-27)");
    c.present("BR-07", &inv.buyer.name, "Der Name des Käufers (BT-44)");
    if level != ProfileLevel::Minimum {
        c.present(
            "BR-09",
            &inv.seller.country,
            "Das Land des Verkäufers (BT-40)",
        );
        c.present("BR-11", &inv.buyer.country, "Das Land des Käufers (BT-55)");
        c.present(
            "BR-12",
            &inv.totals.line_net,
            "Die Summe der Positionen (BT-106)",
        );
    }
    c.present(
        "BR-13",
        &inv.totals.net,
        "Der Gesamtbetrag ohne Umsatzsteuer (BT-109)",
    );
    c.present(
        "BR-14",
        &inv.totals.gross,
        "Der Gesamtbetrag mit Umsatzsteuer (BT-112)",
    );
    c.present("BR-15", &inv.totals.due, "Der fällige Betrag (BT-115)");
    // ZUGFeRD 1 predates EN 16931: its positions follow rules of their own.
    if level.has_lines() && inv.syntax != crate::model::InvoiceSyntax::Zugferd1 {
        lines_checks(&mut c, inv);
    }
    if matches!(level, ProfileLevel::Minimum | ProfileLevel::BasicWl) {
        c.add(
            "MR-PROFILE",
            false,
            format!(
                "Das Profil {} enthält keine Positionen und ist keine E-Rechnung nach EN 16931, \
                 nur eine Buchungshilfe: das PDF ist die Rechnung und wird von Hand geprüft.",
                inv.profile
            ),
        );
    }
    decimals_check(&mut c, inv);
    let t = &inv.totals;
    if level != ProfileLevel::Minimum {
        let net = t
            .line_net
            .map(|l| l - t.allowances.unwrap_or_default() + t.charges.unwrap_or_default());
        c.sum(
            "BR-CO-13",
            t.net,
            net,
            Decimal::ZERO,
            "Gesamtbetrag ohne Umsatzsteuer (BT-109) = Positionen − Nachlässe + Zuschläge",
        );
        let vat_tax = sum_of(inv.vat.iter().map(|v| v.tax));
        if !inv.vat.is_empty() {
            c.sum(
                "BR-CO-14",
                t.tax,
                vat_tax,
                Decimal::ZERO,
                "Umsatzsteuer gesamt (BT-110) = Summe der Steuerbeträge je Steuersatz",
            );
        }
        c.add(
            "BR-CO-18",
            !inv.vat.is_empty(),
            if inv.vat.is_empty() {
                "Die Aufschlüsselung der Umsatzsteuer (BG-23) fehlt."
            } else {
                "Die Umsatzsteuer ist aufgeschlüsselt."
            },
        );
        for (i, v) in inv.vat.iter().enumerate() {
            if let (Some(taxable), Some(rate)) = (v.taxable, v.rate) {
                let expected = (taxable * rate / Decimal::ONE_HUNDRED).round_dp(2);
                c.sum(
                    "BR-CO-17",
                    v.tax,
                    Some(expected),
                    Decimal::new(1, 2),
                    &format!("Steuerbetrag der Gruppe {} ({} %)", i + 1, rate.normalize()),
                );
            }
        }
    }
    let gross = t.net.zip(t.tax.or(Some(Decimal::ZERO))).map(|(n, x)| n + x);
    c.sum(
        "BR-CO-15",
        t.gross,
        gross,
        Decimal::ZERO,
        "Gesamtbetrag mit Umsatzsteuer (BT-112) = ohne Umsatzsteuer + Umsatzsteuer",
    );
    // BR-DEX-09: third-party payments of the XRechnung extension are part of the amount due.
    let due = t.gross.map(|g| {
        g - t.prepaid.unwrap_or_default()
            + t.rounding.unwrap_or_default()
            + t.third_party.unwrap_or_default()
    });
    c.sum(
        "BR-CO-16",
        t.due,
        due,
        Decimal::ZERO,
        "Fälliger Betrag (BT-115) = Gesamtbetrag − Vorauszahlung + Rundung (+ Zahlungen Dritter)",
    );
    if level != ProfileLevel::Minimum && t.due.is_some_and(|d| d > Decimal::ZERO) {
        let ok = inv.due_date.is_some() || inv.payment_terms.is_some();
        c.add(
            "BR-CO-25",
            ok,
            if ok {
                "Fälligkeit oder Zahlungsbedingungen sind angegeben."
            } else {
                "Weder Fälligkeitsdatum (BT-9) noch Zahlungsbedingungen (BT-20) sind angegeben."
            },
        );
    }
    if inv.due_date.is_some() {
        date_check(
            &mut c,
            "MR-DATE",
            inv.due_date.as_deref(),
            "Das Fälligkeitsdatum (BT-9)",
            false,
        );
    }
    german_checks(&mut c, inv);
    invoice.checks = c.0;
}

/// BR-DEC-*: amounts of the document totals, the VAT breakdown and the positions have at most
/// two decimals.
fn decimals_check(c: &mut Checks, inv: &Invoice) {
    let t = &inv.totals;
    let mut amounts: Vec<(&str, &str, Option<Decimal>)> = vec![
        ("BR-DEC-09", "Summe der Positionen (BT-106)", t.line_net),
        ("BR-DEC-10", "Nachlässe (BT-107)", t.allowances),
        ("BR-DEC-11", "Zuschläge (BT-108)", t.charges),
        ("BR-DEC-12", "Gesamtbetrag netto (BT-109)", t.net),
        ("BR-DEC-13", "Umsatzsteuer gesamt (BT-110)", t.tax),
        ("BR-DEC-14", "Gesamtbetrag brutto (BT-112)", t.gross),
        ("BR-DEC-16", "Vorauszahlung (BT-113)", t.prepaid),
        ("BR-DEC-17", "Rundung (BT-114)", t.rounding),
        ("BR-DEC-18", "Zahlbetrag (BT-115)", t.due),
    ];
    for v in &inv.vat {
        amounts.push(("BR-DEC-19", "Steuerbasis je Satz (BT-116)", v.taxable));
        amounts.push(("BR-DEC-20", "Steuerbetrag je Satz (BT-117)", v.tax));
    }
    for l in &inv.lines {
        amounts.push((
            "BR-DEC-23",
            "Nettobetrag einer Position (BT-131)",
            l.net_amount,
        ));
    }
    let mut failed = false;
    for (rule, what, value) in amounts {
        if let Some(v) = value.filter(|v| v.normalize().scale() > 2) {
            failed = true;
            c.add(
                rule,
                false,
                format!("{what} hat mehr als zwei Nachkommastellen: {v}."),
            );
        }
    }
    if !failed {
        c.add(
            "BR-DEC",
            true,
            "Alle Beträge haben höchstens zwei Nachkommastellen.",
        );
    }
}

fn date_check(c: &mut Checks, rule: &str, value: Option<&str>, what: &str, mandatory: bool) {
    match value {
        None if mandatory => c.add(rule, false, format!("{what} fehlt.")),
        None => {}
        Some(d) => {
            let ok = super::xml::iso_date(d).is_ok();
            let message = if ok {
                format!("{what}: {d}.")
            } else {
                format!("{what} \"{d}\" ist kein gültiges Datum.")
            };
            c.add(rule, ok, message);
        }
    }
}

fn lines_checks(c: &mut Checks, inv: &Invoice) {
    c.add(
        "BR-16",
        !inv.lines.is_empty(),
        if inv.lines.is_empty() {
            "Die Rechnung hat keine Position (BG-25)."
        } else {
            "Die Rechnung hat Positionen."
        },
    );
    let missing = |test: &dyn Fn(&crate::model::InvoiceLine) -> bool| -> Vec<String> {
        inv.lines
            .iter()
            .enumerate()
            .filter(|(_, l)| !test(l))
            .map(|(i, l)| l.id.clone().unwrap_or_else(|| format!("{}", i + 1)))
            .collect()
    };
    for (rule, what, test) in [
        (
            "BR-21",
            "Positionsnummer (BT-126)",
            &(|l: &crate::model::InvoiceLine| l.id.is_some())
                as &dyn Fn(&crate::model::InvoiceLine) -> bool,
        ),
        ("BR-22", "Menge (BT-129)", &|l| l.quantity.is_some()),
        ("BR-24", "Nettobetrag (BT-131)", &|l| l.net_amount.is_some()),
        ("BR-25", "Artikelname (BT-153)", &|l| l.name.is_some()),
        ("BR-26", "Nettopreis (BT-146)", &|l| l.net_price.is_some()),
    ] {
        if inv.lines.is_empty() {
            continue;
        }
        let gaps = missing(test);
        c.add(
            rule,
            gaps.is_empty(),
            if gaps.is_empty() {
                format!("Jede Position hat eine {what}.")
            } else {
                format!("{what} fehlt in Position {}.", gaps.join(", "))
            },
        );
    }
    let counted = inv.lines.iter().filter(|l| !l.sub_line);
    c.sum(
        "BR-CO-10",
        inv.totals.line_net,
        sum_of(counted.map(|l| l.net_amount)),
        Decimal::ZERO,
        "Summe der Positionen (BT-106) = Summe der Nettobeträge der Positionen",
    );
}

fn german_checks(c: &mut Checks, inv: &Invoice) {
    if inv.level == ProfileLevel::Xrechnung {
        c.present(
            "BR-DE-15",
            &inv.buyer_reference,
            "Die Käuferreferenz / Leitweg-ID (BT-10)",
        );
    }
    if let Some(iban) = &inv.iban {
        let ok = iban.parse::<iban::Iban>().is_ok();
        c.add(
            "BR-DE-19",
            ok,
            if ok {
                format!("IBAN {iban} ist gültig.")
            } else {
                format!(
                    "Die IBAN \"{iban}\" (BT-84) ist ungültig (Prüfziffer): nicht überweisen, \
                     beim Rechnungssteller nachfragen."
                )
            },
        );
    }
}

/// The Leitweg-ID check against the administration's own (`ours`: whether a department lists
/// it): the Leitweg-ID says who pays, so one with a wrong check digit, or one no department of
/// this administration has, needs a person. Applies to XRechnung and to any buyer reference
/// shaped like a Leitweg-ID; nothing to check without a configured mapping.
pub fn leitweg_check(invoice: &mut Invoice, ours: impl Fn(&str) -> bool) {
    let Some(reference) = invoice.buyer_reference.clone() else {
        return;
    };
    let shaped = reference.contains('-')
        && reference
            .split('-')
            .next()
            .is_some_and(|p| (2..=12).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
    if invoice.level != ProfileLevel::Xrechnung && !shaped {
        return;
    }
    let (ok, message) = if !valid_leitweg_id(&reference) {
        (
            false,
            format!(
                "Die Leitweg-ID \"{reference}\" ist ungültig (Aufbau oder Prüfziffer): beim \
                 Rechnungssteller die richtige Leitweg-ID anfordern."
            ),
        )
    } else if !ours(&reference) {
        (
            false,
            format!(
                "Die Leitweg-ID {reference} gehört keinem Amt dieser Verwaltung: Rechnung an eine \
                 andere Stelle? Sonst die Leitweg-ID in departments.toml (leitweg_ids) eintragen."
            ),
        )
    } else {
        (
            true,
            format!("Leitweg-ID {reference} ist gültig und zugeordnet."),
        )
    };
    invoice.checks.push(InvoiceCheck {
        rule: "MR-LEITWEG".into(),
        ok,
        message,
    });
}

/// The duplicate check: `filed` is the document that already holds an invoice with the same
/// seller and number, if any.
pub fn duplicate_check(invoice: &mut Invoice, filed: Option<i64>) {
    let Some((seller, number)) = invoice.duplicate_key() else {
        return;
    };
    let (ok, message) = match filed {
        None => (true, format!("Rechnung {number} von {seller} ist neu.")),
        Some(doc) => (
            false,
            format!(
                "Rechnung {number} von {seller} ist bereits als Dokument {doc} abgelegt: \
                 nicht doppelt bezahlen."
            ),
        ),
    };
    invoice.checks.push(InvoiceCheck {
        rule: "MR-DUPLICATE".into(),
        ok,
        message,
    });
}
