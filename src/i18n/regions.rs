//! Countries grouped into regions, in two schemes: the five continental regions of the UN
//! Statistics Division's M49 standard (Africa 002, Americas 019, Asia 142, Europe 150,
//! Oceania 009), and the five administrative regions of the ITU (A Americas, B Western
//! Europe, C Eastern Europe and Northern Asia, D Africa, E Asia and Australasia). Countries
//! are ISO 3166-1 codes as in [`super::countries`]; Antarctica (AQ) belongs to no region.

/// A way of grouping countries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    /// UN M49 continental regions.
    M49,
    /// ITU administrative regions A–E.
    Itu,
}

/// M49 regions: (code, members). Taiwan (TW), which M49 does not list apart, is in Asia.
const M49: [(&str, &str); 5] = [
    (
        "africa",
        "DZ EG LY MA SD TN EH BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW IO TF \
         AO CM CF TD CG CD GQ GA ST BW SZ LS NA ZA BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG",
    ),
    (
        "americas",
        "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI \
         BZ CR SV GT HN MX NI PA AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE BM CA GL PM US",
    ),
    (
        "asia",
        "KZ KG TJ TM UZ CN HK MO KP JP MN KR TW BN KH ID LA MY MM PH SG TH TL VN \
         AF BD BT IN IR MV NP PK LK AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE",
    ),
    (
        "europe",
        "BY BG CZ HU PL MD RO RU SK UA AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB \
         AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES AT BE FR DE LI LU MC NL CH",
    ),
    (
        "oceania",
        "AU CX CC HM NZ NF FJ NC PG SB VU GU KI MH FM NR MP PW UM AS CK PF NU PN WS TK TO TV WF",
    ),
];

/// ITU region C (Eastern Europe and Northern Asia): the countries taken out of M49's Europe
/// and Asia. B (Western Europe) is the rest of Europe with Türkiye, Cyprus and Israel; E
/// (Asia and Australasia) the rest of Asia with Oceania; A is the Americas; D is Africa.
const ITU_C: &str = "AL BA BG BY CZ EE HR HU LT LV MD ME MK PL RO RS RU SI SK UA \
                     AM AZ GE KG KZ TJ TM UZ";
const ITU_B_FROM_ASIA: &str = "CY IL TR";

/// The region codes of a scheme, in the order they are shown.
pub fn codes(scheme: Scheme) -> &'static [&'static str] {
    match scheme {
        Scheme::M49 => &["africa", "americas", "asia", "europe", "oceania"],
        Scheme::Itu => &["a", "b", "c", "d", "e"],
    }
}

fn m49(country: &str) -> Option<&'static str> {
    M49.iter()
        .find(|(_, members)| members.split_whitespace().any(|c| c == country))
        .map(|(code, _)| *code)
}

fn listed(list: &str, country: &str) -> bool {
    list.split_whitespace().any(|c| c == country)
}

/// The region of a country (ISO code, any case) in `scheme`; `None` for an unknown code or
/// Antarctica.
pub fn of(scheme: Scheme, country: &str) -> Option<&'static str> {
    let country = country.trim().to_ascii_uppercase();
    let continent = m49(&country)?;
    Some(match scheme {
        Scheme::M49 => continent,
        Scheme::Itu if listed(ITU_C, &country) => "c",
        Scheme::Itu if listed(ITU_B_FROM_ASIA, &country) => "b",
        Scheme::Itu => match continent {
            "americas" => "a",
            "europe" => "b",
            "africa" => "d",
            _ => "e",
        },
    })
}

/// The countries of a region, as ISO codes.
pub fn members(scheme: Scheme, region: &str) -> Vec<&'static str> {
    M49.iter()
        .flat_map(|(_, members)| members.split_whitespace())
        .filter(|c| of(scheme, c) == Some(region))
        .collect()
}

/// A region's name in `lang` (English for another language); `None` for an unknown code.
pub fn name(scheme: Scheme, region: &str, lang: &str) -> Option<&'static str> {
    // ar, en, es, fr, ru, zh
    let names: [&str; 6] = match (scheme, region) {
        (Scheme::M49, "africa") => ["أفريقيا", "Africa", "África", "Afrique", "Африка", "非洲"],
        (Scheme::M49, "americas") => [
            "الأمريكتان",
            "Americas",
            "Américas",
            "Amériques",
            "Америка",
            "美洲",
        ],
        (Scheme::M49, "asia") => ["آسيا", "Asia", "Asia", "Asie", "Азия", "亚洲"],
        (Scheme::M49, "europe") => ["أوروبا", "Europe", "Europa", "Europe", "Европа", "欧洲"],
        (Scheme::M49, "oceania") => [
            "أوقيانوسيا",
            "Oceania",
            "Oceanía",
            "Océanie",
            "Океания",
            "大洋洲",
        ],
        (Scheme::Itu, "a") => [
            "المنطقة A (الأمريكتان)",
            "Region A (Americas)",
            "Región A (Américas)",
            "Région A (Amériques)",
            "Район A (Америка)",
            "A区（美洲）",
        ],
        (Scheme::Itu, "b") => [
            "المنطقة B (أوروبا الغربية)",
            "Region B (Western Europe)",
            "Región B (Europa Occidental)",
            "Région B (Europe occidentale)",
            "Район B (Западная Европа)",
            "B区（西欧）",
        ],
        (Scheme::Itu, "c") => [
            "المنطقة C (أوروبا الشرقية وشمال آسيا)",
            "Region C (Eastern Europe and Northern Asia)",
            "Región C (Europa Oriental y Asia Septentrional)",
            "Région C (Europe orientale et Asie septentrionale)",
            "Район C (Восточная Европа и Северная Азия)",
            "C区（东欧和北亚）",
        ],
        (Scheme::Itu, "d") => [
            "المنطقة D (أفريقيا)",
            "Region D (Africa)",
            "Región D (África)",
            "Région D (Afrique)",
            "Район D (Африка)",
            "D区（非洲）",
        ],
        (Scheme::Itu, "e") => [
            "المنطقة E (آسيا وأستراليا)",
            "Region E (Asia and Australasia)",
            "Región E (Asia y Australasia)",
            "Région E (Asie et Australasie)",
            "Район E (Азия и Австралазия)",
            "E区（亚洲和大洋洲）",
        ],
        _ => return None,
    };
    let column = ["ar", "en", "es", "fr", "ru", "zh"]
        .iter()
        .position(|l| *l == lang)
        .unwrap_or(1);
    Some(names[column])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_but_antarctica_is_in_one_region_of_each_scheme() {
        let countries = crate::i18n::countries::all("en");
        for (code, _) in &countries {
            if *code == "AQ" {
                assert_eq!(of(Scheme::M49, code), None);
                continue;
            }
            for scheme in [Scheme::M49, Scheme::Itu] {
                let region = of(scheme, code).unwrap_or_else(|| panic!("{code} has no region"));
                assert!(codes(scheme).contains(&region));
            }
        }
        let listed: usize = M49.iter().map(|(_, m)| m.split_whitespace().count()).sum();
        assert_eq!(listed, countries.len() - 1, "each country is listed once");
    }

    #[test]
    fn regions_are_named_in_six_languages() {
        for scheme in [Scheme::M49, Scheme::Itu] {
            for code in codes(scheme) {
                for lang in ["ar", "en", "es", "fr", "ru", "zh"] {
                    assert!(name(scheme, code, lang).is_some_and(|n| !n.is_empty()));
                }
            }
        }
        assert_eq!(of(Scheme::M49, "ke"), Some("africa"));
        assert_eq!(of(Scheme::Itu, "KZ"), Some("c"));
        assert_eq!(of(Scheme::Itu, "TR"), Some("b"));
        assert_eq!(of(Scheme::Itu, "EG"), Some("d"));
        assert_eq!(of(Scheme::Itu, "AU"), Some("e"));
        assert_eq!(name(Scheme::Itu, "a", "fr"), Some("Région A (Amériques)"));
        assert!(members(Scheme::M49, "oceania").contains(&"FJ"));
    }
}
