//! Reading respondents' HTML forms strictly: `application/x-www-form-urlencoded` with
//! repeated names (checkboxes), where a value that is not valid UTF-8 is refused rather than
//! silently replaced.
use percent_encoding::percent_decode;

/// The fields of a submitted form, in order.
#[derive(Clone, Debug, Default)]
pub struct FormData(Vec<(String, String)>);

/// Why a form body could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FormError {
    #[error("the form contains text that is not valid UTF-8")]
    InvalidUtf8,
}

impl FormData {
    /// Decodes a urlencoded body.
    ///
    /// # Errors
    /// [`FormError::InvalidUtf8`] when a name or value does not decode to UTF-8.
    pub fn parse(body: &[u8]) -> Result<Self, FormError> {
        let mut fields = Vec::new();
        for pair in body.split(|b| *b == b'&').filter(|p| !p.is_empty()) {
            let (name, value) = match pair.iter().position(|b| *b == b'=') {
                Some(at) => (&pair[..at], &pair[at + 1..]),
                None => (pair, &[][..]),
            };
            fields.push((decode(name)?, decode(value)?));
        }
        Ok(Self(fields))
    }

    /// The first value of `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every value of `name`, in order.
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.0
            .iter()
            .filter(move |(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every (name, value) whose name starts with `prefix`, the prefix removed.
    pub fn with_prefix<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (&'a str, &'a str)> {
        self.0
            .iter()
            .filter_map(move |(n, v)| n.strip_prefix(prefix).map(|rest| (rest, v.as_str())))
    }
}

fn decode(raw: &[u8]) -> Result<String, FormError> {
    let spaced: Vec<u8> = raw
        .iter()
        .map(|b| if *b == b'+' { b' ' } else { *b })
        .collect();
    let bytes: Vec<u8> = percent_decode(&spaced).collect();
    String::from_utf8(bytes).map_err(|_| FormError::InvalidUtf8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_names_plus_signs_and_percent_escapes_decode() {
        let f = FormData::parse(b"a=1&b=x+y&a=%C3%A9t%C3%A9&c&=z").unwrap();
        assert_eq!(f.all("a").collect::<Vec<_>>(), ["1", "été"]);
        assert_eq!(f.get("b"), Some("x y"));
        assert_eq!(f.get("c"), Some(""));
        assert_eq!(f.get("missing"), None);
    }

    #[test]
    fn invalid_utf8_is_refused_not_replaced() {
        assert_eq!(
            FormData::parse(b"a=%FF%FE").unwrap_err(),
            FormError::InvalidUtf8
        );
        assert_eq!(
            FormData::parse(b"a=\xff").unwrap_err(),
            FormError::InvalidUtf8
        );
    }
}
