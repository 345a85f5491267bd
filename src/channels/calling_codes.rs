//! The country a phone number belongs to, from its international calling code (ITU-T E.164
//! assignments), so that HELP names the helpline of the sender's country without asking and
//! without keeping the number. Numbers shared by several countries (+1, +7) give the largest.

/// Calling code → ISO 3166-1 alpha-2.
#[rustfmt::skip]
const CODES: &[(&str, &str)] = &[
    ("1", "US"), ("7", "RU"), ("20", "EG"), ("27", "ZA"), ("30", "GR"), ("31", "NL"),
    ("32", "BE"), ("33", "FR"), ("34", "ES"), ("36", "HU"), ("39", "IT"), ("40", "RO"),
    ("41", "CH"), ("43", "AT"), ("44", "GB"), ("45", "DK"), ("46", "SE"), ("47", "NO"),
    ("48", "PL"), ("49", "DE"), ("51", "PE"), ("52", "MX"), ("53", "CU"), ("54", "AR"),
    ("55", "BR"), ("56", "CL"), ("57", "CO"), ("58", "VE"), ("60", "MY"), ("61", "AU"),
    ("62", "ID"), ("63", "PH"), ("64", "NZ"), ("65", "SG"), ("66", "TH"), ("81", "JP"),
    ("82", "KR"), ("84", "VN"), ("86", "CN"), ("90", "TR"), ("91", "IN"), ("92", "PK"),
    ("93", "AF"), ("94", "LK"), ("95", "MM"), ("98", "IR"), ("211", "SS"), ("212", "MA"),
    ("213", "DZ"), ("216", "TN"), ("218", "LY"), ("220", "GM"), ("221", "SN"), ("223", "ML"),
    ("225", "CI"), ("226", "BF"), ("227", "NE"), ("228", "TG"), ("229", "BJ"), ("231", "LR"),
    ("232", "SL"), ("233", "GH"), ("234", "NG"), ("235", "TD"), ("236", "CF"), ("237", "CM"),
    ("243", "CD"), ("244", "AO"), ("249", "SD"), ("250", "RW"), ("251", "ET"), ("252", "SO"),
    ("254", "KE"), ("255", "TZ"), ("256", "UG"), ("257", "BI"), ("258", "MZ"), ("260", "ZM"),
    ("261", "MG"), ("263", "ZW"), ("264", "NA"), ("265", "MW"), ("266", "LS"), ("267", "BW"),
    ("351", "PT"), ("352", "LU"), ("353", "IE"), ("354", "IS"), ("358", "FI"), ("359", "BG"),
    ("370", "LT"), ("371", "LV"), ("372", "EE"), ("373", "MD"), ("374", "AM"), ("375", "BY"),
    ("380", "UA"), ("381", "RS"), ("385", "HR"), ("386", "SI"), ("420", "CZ"), ("421", "SK"),
    ("502", "GT"), ("503", "SV"), ("504", "HN"), ("505", "NI"), ("506", "CR"), ("507", "PA"),
    ("509", "HT"), ("591", "BO"), ("593", "EC"), ("595", "PY"), ("598", "UY"), ("852", "HK"),
    ("855", "KH"), ("856", "LA"), ("880", "BD"), ("886", "TW"), ("960", "MV"), ("961", "LB"),
    ("962", "JO"), ("963", "SY"), ("964", "IQ"), ("965", "KW"), ("966", "SA"), ("967", "YE"),
    ("968", "OM"), ("970", "PS"), ("971", "AE"), ("972", "IL"), ("973", "BH"), ("974", "QA"),
    ("976", "MN"), ("977", "NP"), ("992", "TJ"), ("993", "TM"), ("994", "AZ"), ("995", "GE"),
    ("996", "KG"), ("998", "UZ"),
];

/// The country of an international number (`+44 7700 900123`, `0044…`), if its calling code
/// is known; `None` for national numbers, whose country the gateway did not say.
pub fn country_of(number: &str) -> Option<&'static str> {
    let trimmed = number.trim();
    let international = trimmed
        .strip_prefix('+')
        .or_else(|| trimmed.strip_prefix("00"))?;
    let digits: String = international
        .chars()
        .filter(char::is_ascii_digit)
        .take(3)
        .collect();
    (1..=digits.len()).rev().find_map(|n| {
        CODES
            .iter()
            .find(|(code, _)| *code == &digits[..n])
            .map(|(_, country)| *country)
    })
}

#[cfg(test)]
mod tests {
    use super::country_of;

    #[test]
    fn the_longest_calling_code_wins() {
        assert_eq!(country_of("+44 7700 900123"), Some("GB"));
        assert_eq!(country_of("+254712345678"), Some("KE"));
        assert_eq!(country_of("0020 100 000 0000"), Some("EG"));
        assert_eq!(country_of("+8613800000000"), Some("CN"));
        assert_eq!(country_of("07700 900123"), None);
        assert_eq!(country_of("+"), None);
    }
}
