//! Administrators manage groups, roles, the safeguarding lead, accounts and read the audit
//! log, in the browser and through the API; facilitators manage their API tokens.
use consulta::{
    accounts::{Role, repo},
    entities::{account, api_token},
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
use serde_json::{Value, json};

use crate::helpers::{TestApp, input_value_where, spawn_app};

async fn post(
    app: &TestApp,
    c: &reqwest::Client,
    path: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    c.post(app.url(path)).form(form).send().await.unwrap()
}

#[tokio::test]
async fn an_administrator_creates_groups_and_bad_names_are_explained() {
    let app = spawn_app().await;
    let (_, admin) = app.logged_in_admin().await;
    let csrf = app.form_csrf(&admin, "/admin/groups").await;
    let res = post(
        &app,
        &admin,
        "/admin/groups",
        &[
            ("csrf", &csrf),
            ("name", "Council Working Group on Child Online Protection"),
            ("slug", ""),
        ],
    )
    .await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        res.headers()["location"],
        "/admin/groups/council-working-group-on-child-online-protection?done=created"
    );
    let cases = [
        ("", "", "Enter the group"),
        (
            "Youth Panel",
            "Not Valid!",
            "Use 2 to 80 lower-case letters",
        ),
        (
            "Another",
            "council-working-group-on-child-online-protection",
            "already uses this short name",
        ),
    ];
    for (name, slug, message) in cases {
        let res = post(
            &app,
            &admin,
            "/admin/groups",
            &[("csrf", &csrf), ("name", name), ("slug", slug)],
        )
        .await;
        assert_eq!(res.status(), 422, "{message}");
        let html = res.text().await.unwrap();
        assert!(html.contains(message), "{message}: {html}");
        if !name.is_empty() {
            assert!(
                html.contains(&format!("value=\"{name}\"")),
                "the name is kept"
            );
        }
    }
    let res = post(
        &app,
        &admin,
        "/admin/groups",
        &[("csrf", &csrf), ("name", "فريق الشباب"), ("slug", "")],
    )
    .await;
    assert_eq!(res.status(), 303, "names in any script get a short name");
}

#[tokio::test]
async fn roles_change_a_facilitator_becomes_the_only_safeguarding_lead_and_members_are_removed() {
    let app = spawn_app().await;
    let (_, admin) = app.logged_in_admin().await;
    let group = app.create_group("Youth Panel").await;
    let a = app
        .create_user(Some((group.id, Role::Facilitator)), false)
        .await;
    let b = app.create_user(Some((group.id, Role::Member)), false).await;
    let base = format!("/admin/groups/{}", group.slug);
    let csrf = app.form_csrf(&admin, &base).await;
    let html = app.text_with(&admin, &base).await;
    assert!(html.contains(&a.email) && html.contains(&b.email));

    let res = post(
        &app,
        &admin,
        &format!("{base}/members/{}", b.id),
        &[
            ("csrf", &csrf),
            ("role", "member"),
            ("safeguarding_lead", "on"),
        ],
    )
    .await;
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Only a facilitator can be the safeguarding lead")
    );

    let res = post(
        &app,
        &admin,
        &format!("{base}/members/{}", a.id),
        &[
            ("csrf", &csrf),
            ("role", "facilitator"),
            ("safeguarding_lead", "on"),
        ],
    )
    .await;
    assert_eq!(res.status(), 303);
    let res = post(
        &app,
        &admin,
        &format!("{base}/members/{}", b.id),
        &[
            ("csrf", &csrf),
            ("role", "facilitator"),
            ("safeguarding_lead", "on"),
        ],
    )
    .await;
    assert_eq!(res.status(), 303);
    let leads = repo::safeguarding_leads(&app.db, group.id).await.unwrap();
    assert_eq!(
        leads.iter().map(|l| l.id).collect::<Vec<_>>(),
        vec![b.id],
        "one lead per group"
    );
    assert_eq!(
        repo::membership(&app.db, b.id, group.id)
            .await
            .unwrap()
            .unwrap()
            .role,
        "facilitator"
    );

    let res = post(
        &app,
        &admin,
        &format!("{base}/members/{}/remove", a.id),
        &[("csrf", &csrf)],
    )
    .await;
    assert_eq!(res.status(), 303);
    assert!(
        repo::membership(&app.db, a.id, group.id)
            .await
            .unwrap()
            .is_none()
    );
    let res = post(
        &app,
        &admin,
        &format!("{base}/members/{}/remove", a.id),
        &[("csrf", &csrf)],
    )
    .await;
    assert_eq!(res.status(), 404);

    let (status, html) = {
        let res = admin
            .get(app.url("/admin/audit?action=role_changed"))
            .send()
            .await
            .unwrap();
        (res.status(), res.text().await.unwrap())
    };
    assert_eq!(status, 200);
    assert!(
        html.contains("Role changed") && html.contains("from=member to=facilitator"),
        "{html}"
    );
    assert!(
        !html.contains("Removed from a group</td>"),
        "filtered by action"
    );
}

#[tokio::test]
async fn the_audit_log_explains_bad_filters_and_pages_through_entries() {
    let app = spawn_app().await;
    let (admin_user, admin) = app.logged_in_admin().await;
    for i in 0..55 {
        repo::audit(
            &app.db,
            Some(admin_user.id),
            None,
            "export_downloaded",
            &format!("consultation:{i}"),
            "",
        )
        .await
        .unwrap();
    }
    let res = admin
        .get(app.url("/admin/audit?from=yesterday&to=2020-01-01&actor=x"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("Enter a date like 2027-03-31."));
    assert!(html.contains("Choose a value from the list."));
    assert!(
        html.contains("value=\"yesterday\""),
        "typed values are kept"
    );

    let html = app
        .text_with(
            &admin,
            &format!(
                "/admin/audit?action=export_downloaded&actor={}",
                admin_user.id
            ),
        )
        .await;
    assert_eq!(html.matches("consultation:").count(), 50);
    assert!(html.contains("Older entries"));
    assert!(
        html.contains("<option value=\"export_downloaded\" selected>"),
        "other modules' actions are offered"
    );
    let next = html
        .split("href=\"/admin/audit?before=")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .replace("&amp;", "&");
    let older = app
        .text_with(&admin, &format!("/admin/audit?before={next}"))
        .await;
    assert_eq!(older.matches("consultation:").count(), 5);
}

#[tokio::test]
async fn a_locked_account_is_listed_and_unlocked_by_an_administrator() {
    let app = spawn_app().await;
    let (_, admin) = app.logged_in_admin().await;
    let user = app.create_user(None, false).await;
    account::Entity::update_many()
        .col_expr(account::Column::FailedLogins, Expr::value(10))
        .col_expr(
            account::Column::LockedUntil,
            Expr::value(Some(chrono::Utc::now() + chrono::Duration::hours(1))),
        )
        .filter(account::Column::Id.eq(user.id))
        .exec(&app.db)
        .await
        .unwrap();
    let html = app.text_with(&admin, "/admin/accounts").await;
    assert!(html.contains("Locked after failed sign-ins"));
    let csrf = app.form_csrf(&admin, "/admin/accounts").await;
    let res = post(
        &app,
        &admin,
        &format!("/admin/accounts/{}/unlock", user.id),
        &[("csrf", &csrf)],
    )
    .await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        app.submit_login(&crate::helpers::client(), &user.email, &user.password)
            .await
            .status(),
        303
    );
}

#[tokio::test]
async fn an_administrator_invites_another_administrator_who_cannot_then_demote_the_first() {
    let app = spawn_app().await;
    let (first, admin) = app.logged_in_admin().await;
    let csrf = app.form_csrf(&admin, "/admin/accounts").await;
    let res = post(
        &app,
        &admin,
        "/admin/accounts/invitations",
        &[
            ("csrf", &csrf),
            ("email", "second@example.org"),
            ("locale", "zh"),
        ],
    )
    .await;
    assert_eq!(res.status(), 303);
    let mail = app.mail.wait_for("second@example.org", 1).await;
    assert_eq!(mail.subject(), "邀请您加入 Consulta");
    assert!(mail.text().contains("管理员"));
    let link = mail.link_to(&app.address).unwrap();
    let c = crate::helpers::client();
    let html = app.text_with(&c, &link).await;
    let csrf2 = crate::helpers::input_value(&html, "csrf").unwrap();
    let res = c
        .post(app.url(link.split('?').next().unwrap()))
        .form(&[
            ("csrf", csrf2.as_str()),
            ("display_name", "李明"),
            ("password", "一个很长而且很难猜到的密码短语"),
            ("confirm", "一个很长而且很难猜到的密码短语"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/admin");
    let second = repo::find_account_by_email(&app.db, "second@example.org")
        .await
        .unwrap()
        .unwrap();
    assert!(second.is_admin);
    let res = post(
        &app,
        &admin,
        &format!("/admin/accounts/{}/revoke-admin", first.id),
        &[("csrf", &csrf)],
    )
    .await;
    assert_eq!(res.status(), 409, "not oneself");
    let res = post(
        &app,
        &admin,
        &format!("/admin/accounts/{}/revoke-admin", second.id),
        &[("csrf", &csrf)],
    )
    .await;
    assert_eq!(res.status(), 303);
    assert!(
        !repo::account_by_id(&app.db, second.id)
            .await
            .unwrap()
            .unwrap()
            .is_admin
    );
}

#[tokio::test]
async fn a_facilitator_creates_sees_once_and_revokes_api_tokens_in_the_browser() {
    let app = spawn_app().await;
    let (_, user, c) = app.logged_in_facilitator().await;
    let csrf = app.form_csrf(&c, "/account/tokens").await;
    let res = post(
        &app,
        &c,
        "/account/tokens",
        &[("csrf", &csrf), ("name", " ")],
    )
    .await;
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Enter a name for the token.")
    );
    let res = post(
        &app,
        &c,
        "/account/tokens",
        &[("csrf", &csrf), ("name", "Nightly export")],
    )
    .await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["cache-control"], "no-store");
    let html = res.text().await.unwrap();
    let secret = input_value_where(&html, "id", "new-token").expect("the new token's field");
    assert!(secret.starts_with("cst_"));
    let me = app
        .client
        .get(app.url("/api/v1/me"))
        .bearer_auth(&secret)
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), 200);
    assert_eq!(
        me.json::<Value>().await.unwrap()["email"],
        user.email.as_str()
    );
    let listed = app.text_with(&c, "/account/tokens").await;
    assert!(
        listed.contains("Nightly export") && !listed.contains(&secret),
        "shown once"
    );

    let id = api_token::Entity::find()
        .filter(api_token::Column::Name.eq("Nightly export"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let res = post(
        &app,
        &c,
        &format!("/account/tokens/{id}/revoke"),
        &[("csrf", &csrf)],
    )
    .await;
    assert_eq!(res.status(), 303);
    let me = app
        .client
        .get(app.url("/api/v1/me"))
        .bearer_auth(&secret)
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), 401);
    assert_eq!(me.headers()["content-type"], "application/problem+json");
}

#[tokio::test]
async fn the_api_manages_tokens_groups_members_invitations_settings_and_reads_the_audit_log() {
    let app = spawn_app().await;
    let admin = app.create_user(None, true).await;
    let api = |method: reqwest::Method, path: &str| {
        app.client
            .request(method, app.url(path))
            .bearer_auth(&admin.token)
    };
    use reqwest::Method;

    let res = api(Method::POST, "/api/v1/tokens")
        .json(&json!({"name": "CI"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let created: Value = res.json().await.unwrap();
    assert!(created["secret"].as_str().unwrap().starts_with("cst_"));
    let res = api(Method::POST, "/api/v1/tokens")
        .json(&json!({"name": ""}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    assert_eq!(
        res.json::<Value>().await.unwrap()["errors"][0]["field"],
        "name"
    );
    let list: Value = api(Method::GET, "/api/v1/tokens")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert!(
        list.to_string().find("cst_").is_none(),
        "no secret in the list"
    );
    let id = created["id"].as_i64().unwrap();
    assert_eq!(
        api(Method::DELETE, &format!("/api/v1/tokens/{id}"))
            .send()
            .await
            .unwrap()
            .status(),
        204
    );
    assert_eq!(
        api(Method::DELETE, &format!("/api/v1/tokens/{id}"))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );

    let res = api(Method::POST, "/api/v1/groups")
        .json(&json!({"name": "Youth Advisory Board", "slug": "yab"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let res = api(Method::POST, "/api/v1/groups")
        .json(&json!({"name": "Again", "slug": "yab"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 409);
    let res = api(Method::POST, "/api/v1/groups")
        .body("{not json")
        .header("content-type", "application/json")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);

    let res = api(Method::POST, "/api/v1/groups/yab/invitations")
        .json(&json!({"email": "newcomer@example.org", "role": "member", "locale": "es"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    assert_eq!(res.json::<Value>().await.unwrap()["status"], "invited");
    let mail = app.mail.wait_for("newcomer@example.org", 1).await;
    assert_eq!(mail.subject(), "Le invitan a Consulta");
    let res = api(Method::POST, "/api/v1/groups/yab/invitations")
        .header("Accept-Language", "fr")
        .json(&json!({"email": "bad", "role": "chief"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let problem: Value = res.json().await.unwrap();
    assert!(
        problem["errors"].to_string().contains("nom@exemple.org"),
        "{problem}"
    );

    let member = app.create_user(None, false).await;
    let res = api(Method::POST, "/api/v1/groups/yab/invitations")
        .json(&json!({"email": member.email, "role": "member"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.json::<Value>().await.unwrap()["status"], "added");
    let res = api(
        Method::PUT,
        &format!("/api/v1/groups/yab/members/{}", member.id),
    )
    .json(&json!({"role": "member", "safeguarding_lead": true}))
    .send()
    .await
    .unwrap();
    assert_eq!(res.status(), 422);
    let res = api(
        Method::PUT,
        &format!("/api/v1/groups/yab/members/{}", member.id),
    )
    .json(&json!({"role": "facilitator", "safeguarding_lead": true}))
    .send()
    .await
    .unwrap();
    assert_eq!(res.status(), 204);
    let members: Value = api(Method::GET, "/api/v1/groups/yab/members")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(members[0]["role"], "facilitator");
    assert_eq!(members[0]["safeguarding_lead"], true);
    assert_eq!(
        api(
            Method::DELETE,
            &format!("/api/v1/groups/yab/members/{}", member.id)
        )
        .send()
        .await
        .unwrap()
        .status(),
        204
    );

    let res = api(Method::PUT, "/api/v1/settings/security")
        .json(&json!({"require_totp_for_facilitators": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422, "the administrator has no second factor");
    let settings: Value = api(Method::GET, "/api/v1/settings/security")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(settings["require_totp_for_facilitators"], false);

    let page: Value = api(Method::GET, "/api/v1/audit?action=role_changed")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(page["entries"].as_array().unwrap().len(), 1);
    assert_eq!(page["entries"][0]["label"], "Role changed");
    let page: Value = api(Method::GET, "/api/v1/audit?limit=2")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(page["next_before"].is_number());
    assert_eq!(
        api(Method::GET, "/api/v1/audit?from=soon")
            .send()
            .await
            .unwrap()
            .status(),
        422
    );

    let doc: Value = app
        .client
        .get(app.url("/api/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    for path in [
        "/api/v1/me",
        "/api/v1/tokens",
        "/api/v1/tokens/{id}",
        "/api/v1/groups",
        "/api/v1/groups/{slug}/members",
        "/api/v1/groups/{slug}/invitations",
        "/api/v1/groups/{slug}/members/{account_id}",
        "/api/v1/settings/security",
        "/api/v1/audit",
    ] {
        assert!(doc["paths"].get(path).is_some(), "{path} is documented");
    }
}
