//! Short codes young people type or hear read aloud: no ambiguous characters
//! (no 0/O, 1/I/L, 2/Z, 5/S, 8/B), shown as `K7P-4MX`, accepted in any case, with or
//! without the dash.
use rand::Rng;

const ALPHABET: &[u8] = b"34679ACDEFGHJKMNPQRTUVWXY";

/// A new random code of six characters (about 244 million possibilities).
pub fn generate() -> String {
    let mut rng = rand::rng();
    (0..6)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
        .collect()
}

/// The form stored and compared: upper case, dashes and spaces removed.
pub fn normalise(input: &str) -> String {
    input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect()
}

/// The form shown: `K7PMX4` → `K7P-MX4`.
pub fn display(code: &str) -> String {
    if code.len() == 6 {
        format!("{}-{}", &code[..3], &code[3..])
    } else {
        code.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_avoid_ambiguous_characters_and_read_back_in_any_form() {
        for _ in 0..200 {
            let code = generate();
            assert_eq!(code.len(), 6);
            assert!(!code.chars().any(|c| "0O1IL2Z5S8B".contains(c)), "{code}");
            assert_eq!(normalise(&display(&code).to_lowercase()), code);
        }
        assert_eq!(normalise(" k7p - 4mx "), "K7P4MX");
    }
}
