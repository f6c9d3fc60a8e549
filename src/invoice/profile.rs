//! The profile of an invoice, from its specification identifier (BT-24).

use crate::model::ProfileLevel;

/// What people call the profile, and how much it must contain.
pub fn profile_of(spec: Option<&str>, zugferd1: bool) -> (String, ProfileLevel) {
    let Some(spec) = spec.map(str::trim).filter(|s| !s.is_empty()) else {
        return ("unbekanntes Profil".into(), ProfileLevel::Unknown);
    };
    let lower = spec.to_ascii_lowercase();
    if let Some(at) = lower.find("xrechnung_") {
        let version: String = lower[at + "xrechnung_".len()..]
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        let extension = if lower.contains("kosit:extension") {
            " (Extension)"
        } else {
            ""
        };
        let name = format!("XRechnung {}{extension}", version.trim_end_matches('.'));
        return (name, ProfileLevel::Xrechnung);
    }
    let level = |s: &str| -> Option<(&'static str, ProfileLevel)> {
        Some(match s {
            "minimum" => ("MINIMUM", ProfileLevel::Minimum),
            "basicwl" => ("BASIC WL", ProfileLevel::BasicWl),
            "basic" => ("BASIC", ProfileLevel::Basic),
            "comfort" | "en16931" => ("EN 16931", ProfileLevel::En16931),
            "extended" => ("EXTENDED", ProfileLevel::Extended),
            _ => return None,
        })
    };
    let last = lower.rsplit([':', '#']).next().unwrap_or_default();
    if zugferd1 || lower.starts_with("urn:ferd:") {
        let (name, level) = match last {
            "comfort" => ("COMFORT", ProfileLevel::En16931),
            other => level(other).unwrap_or(("", ProfileLevel::Unknown)),
        };
        return (format!("ZUGFeRD 1 {name}").trim().to_string(), level);
    }
    if lower.contains("urn:factur-x.eu:1p0:") || lower.contains("urn:zugferd.de:2p0:") {
        let family = if lower.contains("urn:zugferd.de:2p0:") {
            "ZUGFeRD 2.0"
        } else {
            "Factur-X"
        };
        if let Some((name, level)) = level(last) {
            return (format!("{family} {name}"), level);
        }
    }
    if lower.contains("peppol.eu:2017:poacc:billing") {
        return ("Peppol BIS Billing 3.0".into(), ProfileLevel::En16931);
    }
    if lower.starts_with("urn:cen.eu:en16931:2017") {
        return ("EN 16931".into(), ProfileLevel::En16931);
    }
    (
        format!("unbekanntes Profil ({spec})"),
        ProfileLevel::Unknown,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_by_specification_identifier() {
        let cases = [
            ("urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0", "XRechnung 3.0", ProfileLevel::Xrechnung),
            ("urn:cen.eu:en16931:2017#compliant#urn:xoev-de:kosit:standard:xrechnung_2.3", "XRechnung 2.3", ProfileLevel::Xrechnung),
            ("urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0#conformant#urn:xeinkauf.de:kosit:extension:xrechnung_3.0", "XRechnung 3.0 (Extension)", ProfileLevel::Xrechnung),
            ("urn:cen.eu:en16931:2017", "EN 16931", ProfileLevel::En16931),
            ("urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic", "Factur-X BASIC", ProfileLevel::Basic),
            ("urn:factur-x.eu:1p0:basicwl", "Factur-X BASIC WL", ProfileLevel::BasicWl),
            ("urn:factur-x.eu:1p0:minimum", "Factur-X MINIMUM", ProfileLevel::Minimum),
            ("urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended", "Factur-X EXTENDED", ProfileLevel::Extended),
            ("urn:zugferd.de:2p0:extended", "ZUGFeRD 2.0 EXTENDED", ProfileLevel::Extended),
            ("urn:ferd:CrossIndustryDocument:invoice:1p0:comfort", "ZUGFeRD 1 COMFORT", ProfileLevel::En16931),
            ("urn:ferd:CrossIndustryDocument:invoice:1p0:basic", "ZUGFeRD 1 BASIC", ProfileLevel::Basic),
        ];
        for (spec, name, level) in cases {
            assert_eq!(
                profile_of(Some(spec), false),
                (name.to_string(), level),
                "{spec}"
            );
        }
        assert_eq!(profile_of(None, false).1, ProfileLevel::Unknown);
    }
}
