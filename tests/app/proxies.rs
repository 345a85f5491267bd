//! Behind a proxy or in one room (issue 18): the client address comes from the forwarding
//! headers only when the peer is a trusted proxy (rightmost untrusted hop), forged headers
//! are ignored, and live participants are limited per phone, not per address, so a whole
//! class behind one school address answers without a 429 while a flood is still refused.
use futures_util::future::join_all;

use consulta::config::Settings;

use crate::{
    fixtures::live::{act, answer, live_consultation, participant, start},
    helpers::{TestApp, spawn_app_with},
};

/// The production default of `rate_limit_per_minute` (test apps raise it).
const DEFAULT_RATE: u32 = 600;

/// The statuses of `GET /j` sent with these `X-Forwarded-For` values, 50 at a time.
async fn join_page_as(app: &TestApp, forwarded: Vec<String>) -> Vec<u16> {
    let mut statuses = Vec::new();
    for chunk in forwarded.chunks(50) {
        let sent = chunk.iter().map(|hops| {
            app.client
                .get(app.url("/j"))
                .header("x-forwarded-for", hops)
                .send()
        });
        for res in join_all(sent).await {
            statuses.push(res.unwrap().status().as_u16());
        }
    }
    statuses
}

fn count(statuses: &[u16], status: u16) -> usize {
    statuses.iter().filter(|s| **s == status).count()
}

#[tokio::test]
async fn three_hundred_clients_behind_a_trusted_proxy_are_told_apart_and_forged_hops_are_not() {
    let app = spawn_app_with(|s| {
        s.rate_limit_per_minute = DEFAULT_RATE;
        s.trusted_proxies = "127.0.0.1/32, ::1".into();
    })
    .await;
    // 300 clients, three pages each: 900 requests through one proxy address, far above
    // one client's burst, and none refused.
    let clients: Vec<String> = (0..900)
        .map(|n| format!("203.0.{}.{}", n % 300 / 200, n % 300 % 200 + 1))
        .collect();
    let statuses = join_page_as(&app, clients).await;
    assert_eq!(count(&statuses, 200), 900, "{:?}", &statuses[..20]);

    // One client behind the proxy flooding is refused.
    let flood = join_page_as(&app, vec!["198.51.100.7".to_owned(); 300]).await;
    assert!(count(&flood, 429) > 0, "a flood from one client is refused");

    // A client forging hops to the left of the one the proxy wrote gains nothing.
    let forged: Vec<String> = (0..300)
        .map(|n| format!("10.9.{}.{}, 198.51.100.8", n / 200, n % 200 + 1))
        .collect();
    let statuses = join_page_as(&app, forged).await;
    assert!(count(&statuses, 429) > 0, "forged hops are not clients");
}

#[tokio::test]
async fn forwarding_headers_from_a_peer_that_is_not_a_trusted_proxy_are_ignored() {
    let app = spawn_app_with(|s| s.rate_limit_per_minute = DEFAULT_RATE).await;
    let forged: Vec<String> = (0..300)
        .map(|n| format!("203.0.113.{}", n % 250 + 1))
        .collect();
    let statuses = join_page_as(&app, forged).await;
    assert!(
        count(&statuses, 429) > 0,
        "without trusted proxies every request is the peer's"
    );
}

#[test]
fn a_trusted_proxy_list_that_does_not_parse_stops_the_start_with_a_message() {
    let dir = crate::helpers::ScratchDir::new("proxies");
    let file = dir.join("consulta.toml");
    std::fs::write(&file, "trusted_proxies = \"10.0.0.0/8, proxy.local\"\n").unwrap();
    let err = Settings::load_from(config::File::from(file.as_path())).expect_err("refused");
    let message = err.to_string();
    assert!(
        message.contains("CONSULTA_TRUSTED_PROXIES") && message.contains("proxy.local"),
        "{message}"
    );
}

#[tokio::test]
async fn three_hundred_phones_behind_one_address_join_and_answer_live_without_a_429() {
    let app = spawn_app_with(|s| s.rate_limit_per_minute = DEFAULT_RATE).await;
    let (f, facilitator, csrf) = live_consultation(&app, 3).await;
    let code = start(&app, &f, &facilitator, &csrf).await;
    act(&app, &facilitator, &csrf, &code, "open", "uses").await;

    // Every phone comes from 127.0.0.1: joining (the code's page, the form), the question,
    // the answer.
    let mut phones = Vec::new();
    for _ in 0..6 {
        let joined = (0..50).map(|_| async {
            let join = app.client.get(app.url(&format!("/j/{code}"))).send();
            assert_eq!(join.await.unwrap().status(), 303);
            participant(&app, &code, "en").await
        });
        phones.extend(join_all(joined).await);
    }
    for chunk in phones.chunks(50) {
        let answered = chunk.iter().map(|phone| async {
            let page = phone
                .get(app.url(&format!("/live/{code}")))
                .send()
                .await
                .unwrap();
            assert_eq!(page.status(), 200);
            answer(
                &app,
                phone,
                &code,
                &[("question", "uses"), ("a:uses", "yes")],
            )
            .await
        });
        for status in join_all(answered).await {
            assert_eq!(status, 303, "no phone of the room is refused");
        }
    }

    // One phone flooding is refused: its own budget, not the room's.
    let flooder = &phones[0];
    let mut refused = false;
    for _ in 0..300 {
        let res = flooder
            .get(app.url(&format!("/live/{code}")))
            .send()
            .await
            .unwrap();
        if res.status() == 429 {
            refused = true;
            break;
        }
    }
    assert!(refused, "a flood from one phone is refused");
    let other = phones[1]
        .get(app.url(&format!("/live/{code}")))
        .send()
        .await
        .unwrap();
    assert_eq!(other.status(), 200, "the rest of the room is not");
}
