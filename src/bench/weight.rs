//! Page weight: the bytes of every respondent page as they travel (compressed, as a browser
//! asks with `Accept-Encoding: br, gzip`) with everything the page loads on a first visit.
use anyhow::{Context, bail};
use reqwest::{Client, header::ACCEPT_ENCODING};

use super::{html, load};

/// One page's first visit.
#[derive(Clone, Debug)]
pub struct PageWeight {
    pub page: &'static str,
    /// Body bytes on the wire: the page and what it loads.
    pub bytes: usize,
    pub requests: usize,
}

async fn fetch(
    client: &Client,
    url: &str,
    form: Option<&[(String, String)]>,
) -> anyhow::Result<usize> {
    let req = match form {
        Some(form) => client.post(url).form(form),
        None => client.get(url),
    };
    let res = req
        .header(ACCEPT_ENCODING, "br, gzip")
        .send()
        .await
        .with_context(|| format!("Failed to fetch {url}"))?;
    if !res.status().is_success() {
        bail!("{url} answered {}", res.status());
    }
    Ok(res.bytes().await?.len())
}

/// The weight of a page fetched at `url` (posted with `form`) and of what it loads.
async fn weigh(
    client: &Client,
    base: &str,
    page: &'static str,
    url: &str,
    form: Option<&[(String, String)]>,
    plain_html: &str,
) -> anyhow::Result<PageWeight> {
    let mut bytes = fetch(client, url, form).await?;
    let mut requests = 1;
    for asset in html::subresources(plain_html) {
        let n = fetch(client, &format!("{base}{asset}"), None).await?;
        bytes += n;
        requests += 1;
    }
    Ok(PageWeight {
        page,
        bytes,
        requests,
    })
}

/// Every respondent page of a 9–12 journey (the longest), plus help, join and withdraw.
///
/// # Errors
/// When a page cannot be fetched.
pub async fn measure(base: &str, slug: &str) -> anyhow::Result<Vec<PageWeight>> {
    let plain = load::client()?;
    let wire = load::client()?;
    let journey = format!("{base}/c/{slug}");
    let mut weights = Vec::new();

    let landing_url = format!("{journey}?lang=en");
    let landing = plain.get(&landing_url).send().await?.text().await?;
    weights.push(weigh(&wire, base, "landing", &landing_url, None, &landing).await?);

    let mut form: Vec<(String, String)> = vec![
        ("lang".into(), "en".into()),
        ("action".into(), "start".into()),
    ];
    let steps: [(&'static str, &[(&str, &str)]); 7] = [
        ("age", &[]),
        ("consent", &[("age_band", "9-12")]),
        ("about you", &[("guardian", "yes")]),
        ("section 1", &[("country", "FR"), ("gender", "girl")]),
        (
            "section 2",
            &[
                ("a:time_online", "1_to_3h"),
                ("a:activities", "videos"),
                ("a:feel_safe", "agree"),
            ],
        ),
        (
            "section 3",
            &[
                ("a:upsetting", "no"),
                ("r:help_first:parent", "1"),
                ("r:help_first:teacher", "2"),
                ("r:help_first:friend", "3"),
                ("r:help_first:helpline", ""),
                ("r:help_first:report_button", ""),
                ("a:report_ease", "8"),
            ],
        ),
        (
            "check",
            &[
                ("a:first_phone_age", "10"),
                ("a:one_change", "Report buttons that work"),
            ],
        ),
    ];
    let mut page_html = String::new();
    for (i, (name, fields)) in steps.iter().enumerate() {
        if i > 0 {
            form = vec![
                (
                    "state".into(),
                    html::input_value(&page_html, "state").context("no state")?,
                ),
                (
                    "sig".into(),
                    html::input_value(&page_html, "sig").context("no sig")?,
                ),
                ("action".into(), "next".into()),
            ];
            form.extend(
                fields
                    .iter()
                    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
            );
        }
        page_html = plain
            .post(&journey)
            .form(&form)
            .send()
            .await?
            .text()
            .await?;
        weights.push(weigh(&wire, base, name, &journey, Some(&form), &page_html).await?);
    }
    let submit = vec![
        (
            "state".into(),
            html::input_value(&page_html, "state").context("no state")?,
        ),
        (
            "sig".into(),
            html::input_value(&page_html, "sig").context("no sig")?,
        ),
        ("action".into(), "submit".into()),
    ];
    let submit_url = format!("{journey}/submit");
    // The same submission twice gives the same receipt page (idempotent), so the plain
    // fetch and the weighed one are one response.
    let thanks = plain
        .post(&submit_url)
        .form(&submit)
        .send()
        .await?
        .text()
        .await?;
    weights.push(
        weigh(
            &wire,
            base,
            "thank you",
            &submit_url,
            Some(&submit),
            &thanks,
        )
        .await?,
    );
    for (name, path) in [
        ("help", "/help?lang=en"),
        ("join", "/j?lang=en"),
        ("withdraw", "/withdraw?lang=en"),
    ] {
        let url = format!("{base}{path}");
        let page = plain.get(&url).send().await?.text().await?;
        weights.push(weigh(&wire, base, name, &url, None, &page).await?);
    }
    Ok(weights)
}
