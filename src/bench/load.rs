//! Young people submitting at once: each client a tokio task that answers again and again
//! (through the JSON API or through the HTML pages) until the time is up.
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use reqwest::{Client, StatusCode};
use uuid::Uuid;

use super::{consultation, html};

/// Which way responses go in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    Api,
    Form,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Api => "api",
            Self::Form => "form",
        }
    }
}

/// What one run of clients achieved.
#[derive(Clone, Debug, Default)]
pub struct Sample {
    /// Responses acknowledged (201 from the API, the receipt page from the form).
    pub acknowledged: u64,
    /// Attempts that did not end with an acknowledgement.
    pub failed: u64,
    /// Time of each acknowledged response (the whole journey for the form).
    pub latencies: Vec<Duration>,
    pub elapsed: Duration,
}

impl Sample {
    pub fn per_second(&self) -> f64 {
        self.acknowledged as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }

    /// The `p` quantile (0–1) of the latencies in milliseconds.
    pub fn quantile_ms(&self, p: f64) -> f64 {
        if self.latencies.is_empty() {
            return 0.0;
        }
        let mut sorted = self.latencies.clone();
        sorted.sort_unstable();
        let rank = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
        sorted[rank - 1].as_secs_f64() * 1000.0
    }
}

/// A client as a plain browser without cookies or redirects followed.
///
/// # Errors
/// When the client cannot be built.
pub fn client() -> anyhow::Result<Client> {
    Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(30))
        .build()
        .context("Failed to build the HTTP client")
}

/// Sends one response through the JSON API; `Ok(true)` when it is acknowledged as stored.
///
/// # Errors
/// When the request fails on the way.
pub async fn submit_api(client: &Client, base: &str, slug: &str, id: Uuid) -> anyhow::Result<bool> {
    let res = client
        .post(format!("{base}/api/v1/consultations/{slug}/responses"))
        .json(&consultation::api_body(id))
        .send()
        .await?;
    let status = res.status();
    res.bytes().await?;
    Ok(status == StatusCode::CREATED)
}

/// Goes through every page of the journey and submits; `Ok(true)` on the receipt page.
///
/// # Errors
/// When a page does not come as expected.
pub async fn submit_form(client: &Client, base: &str, slug: &str) -> anyhow::Result<bool> {
    let journey = format!("{base}/c/{slug}");
    let landing = client.get(format!("{journey}?lang=en")).send().await?;
    if !landing.status().is_success() {
        bail!("landing page: {}", landing.status());
    }
    landing.bytes().await?;
    let mut page = post(
        client,
        &journey,
        vec![
            ("lang".into(), "en".into()),
            ("action".into(), "start".into()),
        ],
    )
    .await?;
    for step in consultation::form_steps() {
        let mut form = carried(&page)?;
        form.push(("action".into(), "next".into()));
        form.extend(step.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())));
        page = post(client, &journey, form).await?;
    }
    let mut form = carried(&page)?;
    form.push(("action".into(), "submit".into()));
    let res = client
        .post(format!("{journey}/submit"))
        .form(&form)
        .send()
        .await?;
    let ok = res.status() == StatusCode::OK;
    let body = res.text().await?;
    Ok(ok && body.contains("<code"))
}

async fn post(client: &Client, url: &str, form: Vec<(String, String)>) -> anyhow::Result<String> {
    let res = client.post(url).form(&form).send().await?;
    let status = res.status();
    let body = res.text().await?;
    if status != StatusCode::OK {
        bail!("journey page answered {status}");
    }
    Ok(body)
}

/// The signed journey state a page carries into its form.
fn carried(page: &str) -> anyhow::Result<Vec<(String, String)>> {
    let state = html::input_value(page, "state").context("no journey state on the page")?;
    let sig = html::input_value(page, "sig").context("no state signature on the page")?;
    Ok(vec![("state".into(), state), ("sig".into(), sig)])
}

/// Runs `clients` tasks answering through `channel` for `duration`.
///
/// # Errors
/// When a client cannot be built or a task panics.
pub async fn run(
    base: &str,
    slug: &str,
    channel: Channel,
    clients: usize,
    duration: Duration,
) -> anyhow::Result<Sample> {
    let started = Instant::now();
    let deadline = started + duration;
    let mut tasks = Vec::with_capacity(clients);
    for _ in 0..clients {
        let client = client()?;
        let (base, slug) = (base.to_owned(), slug.to_owned());
        tasks.push(tokio::spawn(async move {
            let mut sample = Sample::default();
            while Instant::now() < deadline {
                let begun = Instant::now();
                let outcome = match channel {
                    Channel::Api => submit_api(&client, &base, &slug, Uuid::new_v4()).await,
                    Channel::Form => submit_form(&client, &base, &slug).await,
                };
                if matches!(outcome, Ok(true)) {
                    sample.acknowledged += 1;
                    sample.latencies.push(begun.elapsed());
                } else {
                    sample.failed += 1;
                }
            }
            sample
        }));
    }
    let mut total = Sample::default();
    for task in tasks {
        let s = task.await.context("A bench client failed")?;
        total.acknowledged += s.acknowledged;
        total.failed += s.failed;
        total.latencies.extend(s.latencies);
    }
    total.elapsed = started.elapsed();
    Ok(total)
}
