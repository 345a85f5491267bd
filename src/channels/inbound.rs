//! One incoming text message, whichever gateway brought it: the sender becomes a keyed hash
//! (the number is never stored), a flood is dropped quietly, a retried message id is
//! answered without being processed again, and the conversation takes its turn; a finished
//! one is stored through the one submission path of every channel.
use std::{num::NonZeroU32, sync::OnceLock};

use actix_web::web::Data;
use chrono::Utc;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use super::{
    calling_codes::country_of,
    conversation::{self, Context, Next, State},
};
use crate::{
    consultations::Consultation,
    entities::sms_channel,
    error::AppError,
    participation::{
        self, Availability, availability, phase_of, response::parse_response, writer::Writer,
    },
    secrets::mac,
    state::AppState,
};

/// Messages one sender may send at once, and then a minute, before the rest are dropped
/// without a reply (a whole conversation typed fast stays within the burst).
const FLOOD_BURST: u32 = 30;

/// Message ids kept per conversation to recognise a gateway's retry.
const SEEN: usize = 8;

/// A message as received, before anything is kept.
pub struct Inbound {
    /// The sender's number: used for its hash and, for RapidPro, the reply; never stored.
    pub from: String,
    pub text: String,
    /// The gateway's id of the message.
    pub message_id: String,
}

/// A channel with its secrets opened.
pub struct Channel {
    pub row: sms_channel::Model,
    number_key: Vec<u8>,
    pub twilio_token: Option<String>,
    pub rapidpro_token: Option<String>,
}

impl Channel {
    /// Opens the channel's sealed secrets.
    ///
    /// # Errors
    /// [`AppError::Unexpected`] when they cannot be opened (another instance key).
    pub fn open(state: &AppState, row: sms_channel::Model) -> Result<Self, AppError> {
        let open = |sealed: &Option<String>| sealed.as_deref().and_then(|s| state.sealing.open(s));
        let number_key = state
            .sealing
            .open(&row.number_secret)
            .ok_or_else(|| {
                AppError::Unexpected(anyhow::anyhow!(
                    "The text-message channel's secret cannot be opened with this instance's key"
                ))
            })?
            .into_bytes();
        Ok(Self {
            twilio_token: open(&row.twilio_token),
            rapidpro_token: open(&row.rapidpro_token),
            number_key,
            row,
        })
    }

    /// The sender as kept: HMAC-SHA256 of the number's digits under the channel's secret.
    fn sender(&self, from: &str) -> String {
        let digits: String = from.chars().filter(char::is_ascii_digit).collect();
        hex::encode(mac(&self.number_key, digits.as_bytes()))
    }

    /// A message id as kept until the conversation ends: keyed too.
    fn message(&self, id: &str) -> String {
        hex::encode(&mac(&self.number_key, format!("message:{id}").as_bytes())[..16])
    }
}

/// The flood limit, keyed by the sender's keyed hash, in memory only.
fn flood() -> &'static DefaultKeyedRateLimiter<String> {
    static LIMIT: OnceLock<DefaultKeyedRateLimiter<String>> = OnceLock::new();
    LIMIT.get_or_init(|| {
        let n = NonZeroU32::new(FLOOD_BURST).unwrap_or(NonZeroU32::MIN);
        RateLimiter::keyed(Quota::per_minute(n).allow_burst(n))
    })
}

/// The reply to one message (empty: send none).
///
/// # Errors
/// Database errors, as [`AppError`].
pub async fn receive(
    state: &Data<AppState>,
    writer: &Writer,
    c: &Consultation,
    channel: &Channel,
    msg: Inbound,
) -> Result<String, AppError> {
    let sender = channel.sender(&msg.from);
    if flood().len() > 100_000 {
        flood().retain_recent();
    }
    if flood().check_key(&sender).is_err() {
        tracing::info!(consultation = c.id(), "text message dropped: flood");
        return Ok(String::new());
    }
    let cx = Context {
        c,
        keyword: &channel.row.keyword,
        base_url: &state.base_url,
    };
    let db = &state.db;
    let kept: Option<State> = super::repo::conversation(db, c.id(), &sender)
        .await?
        .and_then(|json| serde_json::from_str(&json).ok());
    let message = channel.message(&msg.message_id);
    if let Some(kept) = &kept
        && !msg.message_id.is_empty()
        && kept.seen.contains(&message)
    {
        tracing::info!(
            consultation = c.id(),
            "text message retried: not processed again"
        );
        return Ok(conversation::prompt_of(&cx, kept));
    }
    if availability(c, Utc::now()) != Availability::Open {
        super::repo::forget(db, c.id(), &sender).await?;
        let lang = kept
            .as_ref()
            .map_or(&c.definition.default_language, |s| &s.language);
        return Ok(conversation::closed(&cx, lang));
    }
    let turn = conversation::turn(&cx, kept, &msg.text, country_of(&msg.from));
    match turn.next {
        Next::Keep(mut next) => {
            if !msg.message_id.is_empty() {
                next.seen.push(message);
                let extra = next.seen.len().saturating_sub(SEEN);
                next.seen.drain(..extra);
            }
            let json = serde_json::to_string(&next).map_err(|e| AppError::Unexpected(e.into()))?;
            super::repo::keep(db, c.id(), &sender, json, Utc::now()).await?;
            tracing::info!(consultation = c.id(), "text message answered");
            Ok(turn.reply)
        }
        Next::Forget => {
            super::repo::forget(db, c.id(), &sender).await?;
            tracing::info!(consultation = c.id(), "text conversation ended");
            Ok(turn.reply)
        }
        Next::Submit(done) => {
            let stored = store(state, writer, c, &done).await;
            super::repo::forget(db, c.id(), &sender).await?;
            let end = match stored {
                Some(receipt) => conversation::thanks(&done.language, &receipt),
                None => conversation::failed(&cx, &done.language),
            };
            Ok(if turn.reply.is_empty() {
                end
            } else {
                format!("{}\n{end}", turn.reply)
            })
        }
    }
}

/// Stores a finished conversation as one response, as the web form and the API do; the
/// receipt code, or `None` when it could not be stored (logged).
async fn store(
    state: &Data<AppState>,
    writer: &Writer,
    c: &Consultation,
    done: &State,
) -> Option<String> {
    let parsed = match parse_response(c, phase_of(c), conversation::to_input(done)) {
        Ok(parsed) => parsed,
        Err(problems) => {
            tracing::error!(
                consultation = c.id(),
                problems = problems.len(),
                "a finished text conversation was refused by the response rules"
            );
            return None;
        }
    };
    match participation::submit(state, writer, c, &parsed).await {
        Ok(done) => {
            tracing::info!(
                consultation = c.id(),
                "text conversation stored as a response"
            );
            Some(done.receipt.receipt)
        }
        Err(err) => {
            tracing::error!(consultation = c.id(), error = %err, "storing a text conversation failed");
            None
        }
    }
}
