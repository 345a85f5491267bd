//! How many text messages a text costs: GSM 03.38 (7-bit, 160 characters, 153 per part of a
//! longer one) when every character is in the GSM alphabet, else UCS-2 (70 UTF-16 units, 67
//! per part) — Arabic, Chinese and Russian texts always take UCS-2.

/// The GSM 03.38 basic alphabet (one septet each).
const BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

/// The extension table (an escape and a septet: two each).
const EXTENDED: &str = "^{}\\[~]|€\x0c";

/// The encoding a text is sent in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Gsm7,
    Ucs2,
}

/// What a text costs on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cost {
    pub encoding: Encoding,
    /// Septets (GSM-7) or UTF-16 units (UCS-2).
    pub units: usize,
    /// Messages it is sent as (at least 1).
    pub segments: usize,
}

/// The cost of `text` as one (possibly concatenated) text message.
pub fn cost(text: &str) -> Cost {
    let gsm: Option<usize> = text
        .chars()
        .map(|c| {
            if BASIC.contains(c) {
                Some(1)
            } else if EXTENDED.contains(c) {
                Some(2)
            } else {
                None
            }
        })
        .sum();
    let (encoding, units, single, part) = match gsm {
        Some(septets) => (Encoding::Gsm7, septets, 160, 153),
        None => (Encoding::Ucs2, text.encode_utf16().count(), 70, 67),
    };
    let segments = if units <= single {
        1
    } else {
        units.div_ceil(part)
    };
    Cost {
        encoding,
        units,
        segments,
    }
}

/// The most characters of a young person's own words kept from one message: what fits in
/// the longest concatenated message gateways pass on (10 parts).
pub const LONGEST_INCOMING: usize = 1530;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_english_fits_160_and_then_costs_153_a_part() {
        assert_eq!(cost(&"a".repeat(160)).segments, 1);
        assert_eq!(cost(&"a".repeat(161)).segments, 2);
        assert_eq!(cost(&"a".repeat(306)).segments, 2);
        assert_eq!(cost(&"a".repeat(307)).segments, 3);
        assert_eq!(cost("Reply 1 for yes").encoding, Encoding::Gsm7);
    }

    #[test]
    fn extension_characters_count_twice() {
        let c = cost(&"€".repeat(80));
        assert_eq!((c.encoding, c.units, c.segments), (Encoding::Gsm7, 160, 1));
        assert_eq!(cost(&"€".repeat(81)).segments, 2);
    }

    #[test]
    fn arabic_chinese_and_russian_take_ucs2_at_70_and_67_a_part() {
        assert_eq!(cost(&"ب".repeat(70)).segments, 1);
        assert_eq!(cost(&"ب".repeat(71)).segments, 2);
        assert_eq!(cost(&"中".repeat(134)).segments, 2);
        assert_eq!(cost(&"中".repeat(135)).segments, 3);
        let ru = cost("Привет");
        assert_eq!(ru.encoding, Encoding::Ucs2);
        // One character outside GSM (a curly quote) turns the whole text to UCS-2.
        assert_eq!(cost("it’s").encoding, Encoding::Ucs2);
    }
}
