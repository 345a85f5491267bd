//! Outgoing e-mail: a [`Mailer`] that sends through SMTP (lettre, rustls) or, when no SMTP
//! host is configured, writes `.eml` files under `<data_dir>/mail/`. Every e-mail is an
//! askama template triple under `frontend/templates/emails/<name>/` (subject, text, HTML),
//! rendered in the recipient's language. Logs name the template and the recipient's domain
//! only, never the address.
mod templates;

pub(crate) use templates::email;

use std::{
    path::PathBuf,
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use lettre::{
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{Mailbox, MultiPart, header},
    transport::smtp::authentication::Credentials,
};

pub use templates::{
    AccountLockedEmail, AddedToGroupEmail, InvitationEmail, PasswordChangedEmail,
    PasswordResetEmail,
};

use crate::config::Settings;

/// One e-mail, rendered in the recipient's language.
#[derive(Clone, Debug)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// An e-mail that can be sent: the structs in [`templates`] implement it.
pub trait Email: Send + Sync {
    /// The template's folder name under `frontend/templates/emails/` (for logs).
    fn template(&self) -> &'static str;
    /// The language of the e-mail (ISO 639-1).
    fn language(&self) -> &str;

    /// # Errors
    /// When a template fails to render.
    fn render(&self) -> Result<Rendered, askama::Error>;
}

/// Why an e-mail was not sent. Never holds the recipient's address.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("the recipient address is not valid")]
    Address,
    #[error("the e-mail template could not be rendered: {0}")]
    Render(#[from] askama::Error),
    #[error("the e-mail could not be built: {0}")]
    Build(String),
    #[error("the mail server did not take the e-mail: {0}")]
    Smtp(String),
    #[error("the e-mail could not be written to {path}: {source}")]
    File {
        path: String,
        source: std::io::Error,
    },
}

enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(PathBuf),
}

/// Sends e-mails. One per process, in `AppState::mailer`.
pub struct Mailer {
    transport: Transport,
    from: Mailbox,
    written: AtomicU64,
}

impl Mailer {
    /// The transport the settings ask for: SMTP when `smtp_host` is set, else files.
    ///
    /// # Errors
    /// When `mail_from` is not an address, or the SMTP relay settings are unusable.
    pub fn from_settings(settings: &Settings) -> anyhow::Result<Self> {
        let from: Mailbox = settings.mail_from.parse().map_err(|e| {
            anyhow::anyhow!(
                "Invalid setting: CONSULTA_MAIL_FROM (mail_from) is not an address: {e}"
            )
        })?;
        let transport = if settings.smtp_host.is_empty() {
            Transport::Files(settings.data_dir.join("mail"))
        } else {
            let host = settings.smtp_host.as_str();
            let builder = match settings.smtp_tls.as_str() {
                "tls" => AsyncSmtpTransport::<Tokio1Executor>::relay(host)?,
                "starttls" => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host)?,
                _ => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host),
            };
            let mut builder = builder
                .port(settings.smtp_port)
                .timeout(Some(Duration::from_secs(15)));
            if !settings.smtp_username.is_empty() {
                builder = builder.credentials(Credentials::new(
                    settings.smtp_username.clone(),
                    settings.smtp_password.expose().to_owned(),
                ));
            }
            Transport::Smtp(builder.build())
        };
        Ok(Self {
            transport,
            from,
            written: AtomicU64::new(0),
        })
    }

    /// A sentence for the start log saying where e-mails go (no secrets).
    pub fn describe(&self) -> String {
        match &self.transport {
            Transport::Smtp(_) => "E-mail: sent through the configured SMTP relay".to_owned(),
            Transport::Files(dir) => format!(
                "E-mail: no SMTP host configured (CONSULTA_SMTP_HOST), e-mails are written as .eml files under {}",
                dir.display()
            ),
        }
    }

    /// Renders and sends one e-mail now.
    ///
    /// # Errors
    /// [`MailError`] when the address is invalid, a template fails, or the relay (or the
    /// disk) refuses it. The error is also logged with the template and recipient domain.
    pub async fn send(&self, to: &str, email: &dyn Email) -> Result<(), MailError> {
        let template = email.template();
        let domain = domain_of(to);
        let result = self.deliver(to, email).await;
        match &result {
            Ok(()) => tracing::info!(template, domain, "e-mail sent"),
            Err(err) => tracing::error!(template, domain, error = %err, "e-mail not sent"),
        }
        result
    }

    /// Sends in the background: the caller answers at once (and takes the same time whether
    /// or not an e-mail goes out). Failures are logged.
    pub fn send_later(self: &Arc<Self>, to: String, email: impl Email + 'static) {
        let mailer = Arc::clone(self);
        tokio::spawn(async move {
            let _ = mailer.send(&to, &email).await;
        });
    }

    async fn deliver(&self, to: &str, email: &dyn Email) -> Result<(), MailError> {
        let to: Mailbox = to.trim().parse().map_err(|_| MailError::Address)?;
        let rendered = email.render()?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(rendered.subject.trim())
            .header(ContentLanguage(email.language().to_owned()))
            .header(header::MIME_VERSION_1_0)
            .multipart(MultiPart::alternative_plain_html(
                rendered.text,
                rendered.html,
            ))
            .map_err(|e| MailError::Build(e.to_string()))?;
        match &self.transport {
            Transport::Smtp(smtp) => smtp
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| MailError::Smtp(e.to_string())),
            Transport::Files(dir) => {
                let n = self.written.fetch_add(1, Ordering::Relaxed);
                let name = format!(
                    "{}-{n:04}-{}-{}.eml",
                    chrono::Utc::now().format("%Y%m%dT%H%M%S%.3fZ"),
                    email.template(),
                    &crate::secrets::new_secret()[..6],
                );
                let path = dir.join(name);
                let io = |source| MailError::File {
                    path: dir.display().to_string(),
                    source,
                };
                // Reset and invitation links are in these files: this user's eyes only.
                let formatted = message.formatted();
                let (dir_owned, path_owned) = (dir.to_path_buf(), path.clone());
                tokio::task::spawn_blocking(move || {
                    crate::db::create_private_dir(&dir_owned)?;
                    crate::db::create_private_file(&path_owned)?;
                    std::fs::write(&path_owned, formatted)
                })
                .await
                .map_err(|e| io(std::io::Error::other(e)))?
                .map_err(io)?;
                tracing::info!(
                    template = email.template(),
                    file = %path.display(),
                    "no SMTP configured: e-mail written to a file"
                );
                Ok(())
            }
        }
    }
}

/// The domain of an address, for logs (`example.org`), never the address itself.
pub fn domain_of(address: &str) -> String {
    address
        .trim()
        .trim_end_matches('>')
        .rsplit_once('@')
        .map(|(_, d)| d.to_lowercase())
        .unwrap_or_default()
}

/// `Content-Language`: which language the e-mail is written in.
#[derive(Clone, Debug)]
struct ContentLanguage(String);

impl header::Header for ContentLanguage {
    fn name() -> header::HeaderName {
        header::HeaderName::new_from_ascii_str("Content-Language")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(s.to_owned()))
    }

    fn display(&self) -> header::HeaderValue {
        header::HeaderValue::new(Self::name(), self.0.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    #[test]
    fn only_the_domain_of_an_address_is_logged() {
        assert_eq!(domain_of("Amal@Example.ORG"), "example.org");
        assert_eq!(domain_of("no address"), "");
    }

    #[test]
    fn every_email_renders_in_every_language_with_its_link() {
        for code in crate::i18n::available() {
            let l = Locale::new(code);
            let site = "https://consulta.example".to_owned();
            let link = "https://consulta.example/x/TOKEN".to_owned();
            let emails: Vec<Box<dyn Email>> = vec![
                Box::new(InvitationEmail {
                    l: l.clone(),
                    site: site.clone(),
                    group: "Youth <Panel>".into(),
                    role: l.t("role-facilitator"),
                    link: link.clone(),
                }),
                Box::new(AddedToGroupEmail {
                    l: l.clone(),
                    site: site.clone(),
                    group: "Youth <Panel>".into(),
                    role: l.t("role-member"),
                    link: link.clone(),
                }),
                Box::new(PasswordResetEmail {
                    l: l.clone(),
                    site: site.clone(),
                    link: link.clone(),
                }),
                Box::new(AccountLockedEmail {
                    l: l.clone(),
                    site: site.clone(),
                    attempts: 10,
                    minutes: 60,
                    link: link.clone(),
                }),
                Box::new(PasswordChangedEmail {
                    l: l.clone(),
                    site: site.clone(),
                    link: link.clone(),
                }),
            ];
            for email in emails {
                let r = email.render().unwrap();
                let name = email.template();
                assert!(!r.subject.trim().is_empty(), "{code} {name}");
                assert!(!r.subject.trim().contains('\n'), "{code} {name}");
                assert!(r.text.contains(&link), "{code} {name} text");
                assert!(r.html.contains(&link), "{code} {name} html");
                assert!(!r.html.contains("<Panel>"), "{code} {name} escapes HTML");
                assert!(!r.text.contains("Unknown localization"), "{code} {name}");
                assert!(
                    r.html.contains(&format!("lang=\"{code}\"")),
                    "{code} {name}"
                );
            }
        }
    }
}
