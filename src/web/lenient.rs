//! JSON request fields read leniently: a field of the wrong JSON type is remembered so the
//! answer can name it (422 with one message per field), instead of refusing the whole body
//! with serde's first error.
use serde::{Deserialize, Deserializer, de::DeserializeOwned};
use serde_json::Value;

/// One field of a JSON body: absent (or `null`), given with the expected type, or given
/// with another.
#[derive(Debug, Default)]
pub enum Lenient<T> {
    #[default]
    Absent,
    Given(T),
    WrongType,
}

impl<T> Lenient<T> {
    /// The value when it was given with the right type; `wrong` is told when it was not.
    pub fn take(self, wrong: impl FnOnce()) -> Option<T> {
        match self {
            Self::Absent => None,
            Self::Given(value) => Some(value),
            Self::WrongType => {
                wrong();
                None
            }
        }
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Lenient<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(match Value::deserialize(deserializer)? {
            Value::Null => Self::Absent,
            value => serde_json::from_value(value).map_or(Self::WrongType, Self::Given),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct Body {
        #[serde(default)]
        name: Lenient<String>,
        #[serde(default)]
        flag: Lenient<bool>,
        #[serde(default)]
        missing: Lenient<String>,
    }

    #[test]
    fn a_wrong_type_is_named_not_fatal_and_null_is_absent() {
        let body: Body = serde_json::from_str(r#"{"name": 3, "flag": true, "missing": null}"#)
            .expect("lenient fields accept any JSON");
        let mut wrong = Vec::new();
        assert_eq!(body.name.take(|| wrong.push("name")), None);
        assert_eq!(body.flag.take(|| wrong.push("flag")), Some(true));
        assert_eq!(body.missing.take(|| wrong.push("missing")), None);
        assert_eq!(wrong, ["name"]);
    }
}
