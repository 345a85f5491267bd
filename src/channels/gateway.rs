//! The two gateways' wire formats: Twilio's signed form posts answered with TwiML, and
//! RapidPro's external channel (form or JSON posts, replies posted to a send URL).
use std::{sync::OnceLock, time::Duration};

use base64::Engine;
use sha1::{Digest, Sha1};

use crate::secrets::same;

/// HMAC-SHA1 (RFC 2104), as Twilio signs its requests.
fn hmac_sha1(key: &[u8], data: &[u8]) -> [u8; 20] {
    let mut block = [0u8; 64];
    if key.len() <= block.len() {
        block[..key.len()].copy_from_slice(key);
    } else {
        block[..20].copy_from_slice(&Sha1::digest(key));
    }
    let pad = |byte: u8| block.map(|b| b ^ byte);
    let inner = Sha1::new()
        .chain_update(pad(0x36))
        .chain_update(data)
        .finalize();
    Sha1::new()
        .chain_update(pad(0x5c))
        .chain_update(inner)
        .finalize()
        .into()
}

/// Twilio's `X-Twilio-Signature` for a POST to `url` with these form fields: base64 of
/// HMAC-SHA1 under the auth token of the URL followed by each field's name and value,
/// sorted by name.
pub fn twilio_signature(token: &str, url: &str, fields: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> = fields.iter().collect();
    sorted.sort();
    let mut data = url.to_owned();
    for (name, value) in sorted {
        data.push_str(name);
        data.push_str(value);
    }
    base64::engine::general_purpose::STANDARD.encode(hmac_sha1(token.as_bytes(), data.as_bytes()))
}

/// Whether `given` is Twilio's signature of the request under one of the URLs it may have
/// been sent to (compared in constant time).
pub fn twilio_signed(
    token: &str,
    urls: &[String],
    fields: &[(String, String)],
    given: &str,
) -> bool {
    urls.iter()
        .any(|url| same(&twilio_signature(token, url, fields), given))
}

/// The TwiML answer: one message, or nothing to send.
pub fn twiml(reply: &str) -> String {
    if reply.is_empty() {
        return r#"<?xml version="1.0" encoding="UTF-8"?><Response/>"#.to_owned();
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><Response><Message>{}</Message></Response>"#,
        escape_xml(reply)
    )
}

fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// Whether a RapidPro request carries the channel's token (`Authorization: Token …`).
pub fn rapidpro_authorized(token: &str, header: Option<&str>) -> bool {
    header
        .and_then(|h| h.strip_prefix("Token "))
        .is_some_and(|given| same(given.trim(), token))
}

fn client() -> &'static reqwest::Client {
    static CLIENT: OnceLock<reqwest::Client> = OnceLock::new();
    CLIENT.get_or_init(|| {
        reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap_or_default()
    })
}

/// Posts a reply to RapidPro's send URL: the form fields `to`, `text` and `in_reply_to` (the
/// incoming message's id), with the channel's token.
///
/// # Errors
/// When the gateway cannot be reached or does not answer 2xx.
pub async fn rapidpro_send(
    send_url: &str,
    token: &str,
    to: &str,
    text: &str,
    in_reply_to: &str,
) -> anyhow::Result<()> {
    let res = client()
        .post(send_url)
        .header("Authorization", format!("Token {token}"))
        .form(&[("to", to), ("text", text), ("in_reply_to", in_reply_to)])
        .send()
        .await
        .map_err(|e| anyhow::anyhow!("the send URL could not be reached: {e}"))?;
    if !res.status().is_success() {
        anyhow::bail!("the send URL answered {}", res.status().as_u16());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hmac_sha1_matches_the_rfc_2202_test_vector() {
        let mac = hmac_sha1(b"Jefe", b"what do ya want for nothing?");
        assert_eq!(hex::encode(mac), "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
    }

    #[test]
    fn the_signature_is_that_of_twilios_documentation() {
        // The example of Twilio's "Webhooks security" page.
        let fields: Vec<(String, String)> = [
            ("CallSid", "CA1234567890ABCDE"),
            ("Caller", "+12349013030"),
            ("Digits", "1234"),
            ("From", "+12349013030"),
            ("To", "+18005551212"),
        ]
        .iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect();
        let sig = twilio_signature(
            "12345",
            "https://mycompany.com/myapp.php?foo=1&bar=2",
            &fields,
        );
        assert_eq!(sig, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
    }

    #[test]
    fn twiml_escapes_the_reply() {
        assert_eq!(
            twiml("1 <b> & 2"),
            r#"<?xml version="1.0" encoding="UTF-8"?><Response><Message>1 &lt;b&gt; &amp; 2</Message></Response>"#
        );
        assert!(twiml("").ends_with("<Response/>"));
    }
}
