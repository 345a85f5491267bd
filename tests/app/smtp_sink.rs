//! A real SMTP server for tests (tokio only): listens on 127.0.0.1 on a free port, accepts
//! every message, and keeps it for the test to read, decoded (quoted-printable, base64,
//! RFC 2047 subjects).
#![allow(dead_code)]
use std::{
    sync::{Arc, Mutex},
    time::Duration,
};

use base64::Engine;
use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    net::TcpListener,
};

/// One message as received.
#[derive(Clone, Debug)]
pub struct Mail {
    /// The envelope recipients (`RCPT TO`).
    pub to: Vec<String>,
    /// The raw message (headers and body) as sent.
    pub raw: String,
}

impl Mail {
    /// A header's value (unfolded, RFC 2047 words decoded).
    pub fn header(&self, name: &str) -> Option<String> {
        let head = self.raw.split("\n\n").next().unwrap_or("");
        let mut value: Option<String> = None;
        for line in head.lines() {
            if let Some(v) = value.as_mut() {
                if line.starts_with([' ', '\t']) {
                    v.push_str(line.trim_start());
                    continue;
                }
                break;
            }
            if let Some((k, v)) = line.split_once(':')
                && k.eq_ignore_ascii_case(name)
            {
                value = Some(v.trim().to_owned());
            }
        }
        value.map(|v| decode_words(&v))
    }

    pub fn subject(&self) -> String {
        self.header("Subject").unwrap_or_default()
    }

    /// The decoded part with this content type (`text/plain`, `text/html`).
    pub fn part(&self, content_type: &str) -> Option<String> {
        let boundary = self
            .raw
            .split("boundary=\"")
            .nth(1)?
            .split('"')
            .next()?
            .to_owned();
        self.raw
            .split(&format!("--{boundary}"))
            .find(|p| {
                p.trim_start_matches('\n')
                    .lines()
                    .take_while(|l| !l.is_empty())
                    .any(|l| {
                        l.to_ascii_lowercase().starts_with("content-type: ")
                            && l.contains(content_type)
                    })
            })
            .map(|part| {
                let (head, body) = part
                    .trim_start_matches('\n')
                    .split_once("\n\n")
                    .unwrap_or(("", part));
                let encoding = head.to_ascii_lowercase();
                if encoding.contains("content-transfer-encoding: base64") {
                    let joined: String = body.split_whitespace().collect();
                    String::from_utf8_lossy(
                        &base64::engine::general_purpose::STANDARD
                            .decode(joined)
                            .unwrap_or_default(),
                    )
                    .into_owned()
                } else if encoding.contains("content-transfer-encoding: quoted-printable") {
                    decode_qp(body)
                } else {
                    body.to_owned()
                }
            })
    }

    pub fn text(&self) -> String {
        self.part("text/plain").unwrap_or_default()
    }

    pub fn html(&self) -> String {
        self.part("text/html").unwrap_or_default()
    }

    /// The first link in the text part that points at `base` (returned as a path).
    pub fn link_to(&self, base: &str) -> Option<String> {
        let text = self.text();
        let at = text.find(base)?;
        let rest = &text[at + base.len()..];
        let end = rest.find(|c: char| c.is_whitespace()).unwrap_or(rest.len());
        Some(rest[..end].to_owned())
    }
}

fn decode_qp(body: &str) -> String {
    let joined = body.replace("=\r\n", "").replace("=\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'='
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(&joined[i + 1..i + 3], 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Decodes RFC 2047 encoded words (`=?utf-8?b?…?=` and `=?utf-8?q?…?=`).
fn decode_words(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(start) = rest.find("=?") {
        let before = &rest[..start];
        if !before.trim().is_empty() {
            out.push_str(before);
        }
        let word = &rest[start + 2..];
        let Some(end) = word.find("?=") else {
            out.push_str(&rest[start..]);
            return out;
        };
        let mut parts = word[..end].splitn(3, '?');
        let (_charset, kind, data) = (parts.next(), parts.next(), parts.next().unwrap_or(""));
        let bytes = match kind.map(str::to_ascii_lowercase).as_deref() {
            Some("b") => base64::engine::general_purpose::STANDARD
                .decode(data)
                .unwrap_or_default(),
            _ => decode_qp(&data.replace('_', " ")).into_bytes(),
        };
        out.push_str(&String::from_utf8_lossy(&bytes));
        rest = &word[end + 2..];
    }
    out.push_str(rest);
    out
}

/// The messages received so far.
#[derive(Clone, Default)]
pub struct Outbox(Arc<Mutex<Vec<Mail>>>);

impl Outbox {
    pub fn all(&self) -> Vec<Mail> {
        self.0.lock().unwrap().clone()
    }

    /// Messages sent to this address.
    pub fn to(&self, address: &str) -> Vec<Mail> {
        self.all()
            .into_iter()
            .filter(|m| m.to.iter().any(|t| t.eq_ignore_ascii_case(address)))
            .collect()
    }

    /// Waits (up to 10 s) until `count` messages went to `address`; returns the last.
    pub async fn wait_for(&self, address: &str, count: usize) -> Mail {
        for _ in 0..200 {
            let mails = self.to(address);
            if mails.len() >= count {
                return mails[count - 1].clone();
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!(
            "no e-mail number {count} to {address} within 10 s (got {})",
            self.to(address).len()
        );
    }

    /// Waits for the first message to `address`.
    pub async fn last_to(&self, address: &str) -> Mail {
        let n = self.to(address).len().max(1);
        self.wait_for(address, n).await
    }
}

/// Starts the sink; returns its port and outbox.
pub async fn start() -> (u16, Outbox) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let outbox = Outbox::default();
    let shared = outbox.clone();
    tokio::spawn(async move {
        loop {
            let Ok((socket, _)) = listener.accept().await else {
                return;
            };
            let outbox = shared.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 sink ESMTP\r\n").await.ok();
                let (mut in_data, mut raw, mut to) = (false, String::new(), Vec::new());
                while let Ok(Some(line)) = lines.next_line().await {
                    if in_data {
                        if line == "." {
                            in_data = false;
                            outbox.0.lock().unwrap().push(Mail {
                                to: std::mem::take(&mut to),
                                raw: std::mem::take(&mut raw),
                            });
                            write.write_all(b"250 OK queued\r\n").await.ok();
                        } else {
                            raw.push_str(line.strip_prefix('.').unwrap_or(&line));
                            raw.push('\n');
                        }
                        continue;
                    }
                    let verb = line.get(..4).unwrap_or("").to_ascii_uppercase();
                    let reply: &[u8] = match verb.as_str() {
                        "EHLO" => b"250-sink\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n",
                        "RCPT" => {
                            let address = line
                                .split_once(':')
                                .map(|(_, a)| a.trim().trim_matches(['<', '>']).to_owned())
                                .unwrap_or_default();
                            to.push(address);
                            b"250 OK\r\n"
                        }
                        "HELO" | "MAIL" | "RSET" | "NOOP" => b"250 OK\r\n",
                        "DATA" => {
                            in_data = true;
                            b"354 go ahead\r\n"
                        }
                        "QUIT" => {
                            write.write_all(b"221 bye\r\n").await.ok();
                            break;
                        }
                        _ => b"502 not implemented\r\n",
                    };
                    write.write_all(reply).await.ok();
                }
            });
        }
    });
    (port, outbox)
}
