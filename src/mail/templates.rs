//! The e-mails Consulta sends, one struct each. Every struct carries the recipient's
//! locale `l` and the site's base URL `site`; its templates live in
//! `frontend/templates/emails/<name>/{subject.txt,body.txt,body.html}` and read the
//! struct's fields as `m.<field>`.
use crate::i18n::Locale;

/// Declares an e-mail struct and its three templates.
macro_rules! email {
    (
        $(#[$doc:meta])*
        $name:ident = $dir:literal, $subject:literal, $text:literal, $html:literal {
            $( $(#[$fdoc:meta])* $field:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$doc])*
        #[derive(Clone, Debug)]
        pub struct $name {
            /// The recipient's language.
            pub l: $crate::i18n::Locale,
            /// The base URL of this Consulta instance.
            pub site: String,
            $( $(#[$fdoc])* pub $field: $ty ),*
        }

        const _: () = {
            use askama::Template;

            use $crate::mail::{Email, Rendered};

            #[derive(Template)]
            #[template(path = $subject)]
            struct Subject<'a> {
                m: &'a $name,
            }

            #[derive(Template)]
            #[template(path = $text)]
            struct Text<'a> {
                m: &'a $name,
            }

            #[derive(Template)]
            #[template(path = $html)]
            struct Html<'a> {
                m: &'a $name,
            }

            impl Email for $name {
                fn template(&self) -> &'static str {
                    $dir
                }

                fn language(&self) -> &str {
                    self.l.code()
                }

                fn render(&self) -> Result<Rendered, askama::Error> {
                    Ok(Rendered {
                        subject: Subject { m: self }.render()?.trim().to_owned(),
                        text: Text { m: self }.render()?,
                        html: Html { m: self }.render()?,
                    })
                }
            }
        };
    };
}

/// Features above the mail floor declare their e-mails with it too.
pub(crate) use email;

email! {
    /// An invitation to create an account (valid 7 days, single use).
    InvitationEmail = "invitation",
        "emails/invitation/subject.txt", "emails/invitation/body.txt", "emails/invitation/body.html" {
        /// The group's name; empty for an invitation to become an administrator.
        group: String,
        /// The role, already translated.
        role: String,
        link: String,
    }
}

email! {
    /// An existing account was given a role in one more group.
    AddedToGroupEmail = "added_to_group",
        "emails/added_to_group/subject.txt", "emails/added_to_group/body.txt", "emails/added_to_group/body.html" {
        group: String,
        role: String,
        /// Where to sign in.
        link: String,
    }
}

email! {
    /// A link to choose a new password (valid 30 minutes, single use).
    PasswordResetEmail = "password_reset",
        "emails/password_reset/subject.txt", "emails/password_reset/body.txt", "emails/password_reset/body.html" {
        link: String,
    }
}

email! {
    /// The account was locked after too many failed sign-ins.
    AccountLockedEmail = "account_locked",
        "emails/account_locked/subject.txt", "emails/account_locked/body.txt", "emails/account_locked/body.html" {
        attempts: u32,
        minutes: i64,
        /// Where to reset the password (which also unlocks the account).
        link: String,
    }
}

email! {
    /// The password was changed; if that was not the holder, they should reset it.
    PasswordChangedEmail = "password_changed",
        "emails/password_changed/subject.txt", "emails/password_changed/body.txt", "emails/password_changed/body.html" {
        /// Where to reset the password.
        link: String,
    }
}

use crate::i18n::Arg;

impl InvitationEmail {
    fn intro(&self) -> String {
        if self.group.is_empty() {
            self.l.t("email-invitation-admin")
        } else {
            self.l.t_args(
                "email-invitation-group",
                &[
                    ("group", Arg::Str(&self.group)),
                    ("role", Arg::Str(&self.role)),
                ],
            )
        }
    }
}

impl AddedToGroupEmail {
    fn intro(&self) -> String {
        self.l.t_args(
            "email-added-body",
            &[
                ("group", Arg::Str(&self.group)),
                ("role", Arg::Str(&self.role)),
            ],
        )
    }
}

impl AccountLockedEmail {
    fn intro(&self) -> String {
        self.l.t_args(
            "email-locked-body",
            &[
                ("attempts", Arg::Num(f64::from(self.attempts))),
                ("minutes", Arg::Num(self.minutes as f64)),
            ],
        )
    }
}

/// The footer line every e-mail ends with.
fn footer(l: &Locale, site: &str) -> String {
    l.t_args("email-footer", &[("site", Arg::Str(site))])
}

impl InvitationEmail {
    fn footer(&self) -> String {
        footer(&self.l, &self.site)
    }
}
impl AddedToGroupEmail {
    fn footer(&self) -> String {
        footer(&self.l, &self.site)
    }
}
impl PasswordResetEmail {
    fn footer(&self) -> String {
        footer(&self.l, &self.site)
    }
}
impl AccountLockedEmail {
    fn footer(&self) -> String {
        footer(&self.l, &self.site)
    }
}
impl PasswordChangedEmail {
    fn footer(&self) -> String {
        footer(&self.l, &self.site)
    }
}
