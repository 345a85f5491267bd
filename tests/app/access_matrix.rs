//! Every accounts and administration route, tried by every kind of visitor: nobody, a
//! group member, a facilitator of another group, a facilitator of the group, and an
//! administrator. Pages send the anonymous to sign in (303); the API answers 401; a wrong
//! role gets 403; the right role reaches the handler.
use consulta::accounts::Role;
use serde_json::{Value, json};

use crate::helpers::{TestApp, TestUser, client, spawn_app};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Who {
    Anonymous,
    Member,
    OtherFacilitator,
    Facilitator,
    Admin,
}

const EVERYONE: [Who; 5] = [
    Who::Anonymous,
    Who::Member,
    Who::OtherFacilitator,
    Who::Facilitator,
    Who::Admin,
];

/// Who may use a route.
#[derive(Clone, Copy, Debug)]
enum Rule {
    /// Any signed-in adult.
    SignedIn,
    /// Facilitators (of any group) and administrators.
    AnyFacilitator,
    /// Facilitators of the group in the path, and administrators.
    GroupFacilitator,
    Admin,
}

impl Rule {
    fn allows(self, who: Who) -> bool {
        match (self, who) {
            (_, Who::Anonymous) => false,
            (Rule::SignedIn, _) => true,
            (Rule::AnyFacilitator, w) => w != Who::Member,
            (Rule::GroupFacilitator, w) => matches!(w, Who::Facilitator | Who::Admin),
            (Rule::Admin, w) => w == Who::Admin,
        }
    }
}

struct Fixture {
    app: TestApp,
    slug: String,
    target: i32,
    users: Vec<(Who, TestUser)>,
}

impl Fixture {
    fn user(&self, who: Who) -> Option<&TestUser> {
        self.users.iter().find(|(w, _)| *w == who).map(|(_, u)| u)
    }

    fn path(&self, template: &str) -> String {
        template
            .replace("{slug}", &self.slug)
            .replace("{account_id}", &self.target.to_string())
            .replace("{id}", "999999")
    }
}

async fn fixture() -> Fixture {
    let app = spawn_app().await;
    let a = app.create_group("Group A").await;
    let b = app.create_group("Group B").await;
    let member = app.create_user(Some((a.id, Role::Member)), false).await;
    let other = app
        .create_user(Some((b.id, Role::Facilitator)), false)
        .await;
    let facilitator = app
        .create_user(Some((a.id, Role::Facilitator)), false)
        .await;
    let admin = app.create_user(None, true).await;
    let target = app.create_user(Some((a.id, Role::Member)), false).await;
    Fixture {
        slug: a.slug,
        target: target.id,
        users: vec![
            (Who::Member, member),
            (Who::OtherFacilitator, other),
            (Who::Facilitator, facilitator),
            (Who::Admin, admin),
        ],
        app,
    }
}

const PAGES: &[(&str, &str, Rule)] = &[
    ("GET", "/groups", Rule::SignedIn),
    ("GET", "/account", Rule::SignedIn),
    ("POST", "/account", Rule::SignedIn),
    ("GET", "/account/password", Rule::SignedIn),
    ("POST", "/account/password", Rule::SignedIn),
    ("GET", "/account/sessions", Rule::SignedIn),
    ("POST", "/account/sessions/end", Rule::SignedIn),
    ("POST", "/account/sessions/end-all", Rule::SignedIn),
    ("GET", "/account/2fa", Rule::SignedIn),
    ("POST", "/account/2fa/setup", Rule::SignedIn),
    ("POST", "/account/2fa/enable", Rule::SignedIn),
    ("POST", "/account/2fa/disable", Rule::SignedIn),
    ("POST", "/account/2fa/recovery-codes", Rule::SignedIn),
    ("POST", "/logout", Rule::SignedIn),
    ("GET", "/account/tokens", Rule::SignedIn),
    ("POST", "/account/tokens", Rule::AnyFacilitator),
    ("POST", "/account/tokens/{id}/revoke", Rule::SignedIn),
    ("GET", "/admin", Rule::Admin),
    ("POST", "/admin/settings", Rule::Admin),
    ("GET", "/admin/groups", Rule::Admin),
    ("POST", "/admin/groups", Rule::Admin),
    ("GET", "/admin/groups/{slug}", Rule::Admin),
    ("POST", "/admin/groups/{slug}/invitations", Rule::Admin),
    (
        "POST",
        "/admin/groups/{slug}/invitations/{id}/revoke",
        Rule::Admin,
    ),
    (
        "POST",
        "/admin/groups/{slug}/members/{account_id}",
        Rule::Admin,
    ),
    (
        "POST",
        "/admin/groups/{slug}/members/{account_id}/remove",
        Rule::Admin,
    ),
    ("GET", "/admin/accounts", Rule::Admin),
    ("POST", "/admin/accounts/invitations", Rule::Admin),
    (
        "POST",
        "/admin/accounts/invitations/{id}/revoke",
        Rule::Admin,
    ),
    ("POST", "/admin/accounts/{account_id}/unlock", Rule::Admin),
    (
        "POST",
        "/admin/accounts/{account_id}/revoke-admin",
        Rule::Admin,
    ),
    ("GET", "/admin/audit", Rule::Admin),
];

const API: &[(&str, &str, Rule)] = &[
    ("GET", "/api/v1/me", Rule::SignedIn),
    ("GET", "/api/v1/groups", Rule::SignedIn),
    ("GET", "/api/v1/tokens", Rule::AnyFacilitator),
    ("POST", "/api/v1/tokens", Rule::AnyFacilitator),
    ("DELETE", "/api/v1/tokens/{id}", Rule::AnyFacilitator),
    ("POST", "/api/v1/groups", Rule::Admin),
    (
        "GET",
        "/api/v1/groups/{slug}/members",
        Rule::GroupFacilitator,
    ),
    ("POST", "/api/v1/groups/{slug}/invitations", Rule::Admin),
    (
        "PUT",
        "/api/v1/groups/{slug}/members/{account_id}",
        Rule::Admin,
    ),
    (
        "DELETE",
        "/api/v1/groups/{slug}/members/{account_id}",
        Rule::Admin,
    ),
    ("GET", "/api/v1/settings/security", Rule::Admin),
    ("PUT", "/api/v1/settings/security", Rule::Admin),
    ("GET", "/api/v1/audit", Rule::Admin),
];

/// A plausible form for each page (values that do no lasting harm).
fn form_for(path: &str) -> Vec<(&'static str, &'static str)> {
    if path.contains("/members/") && !path.ends_with("/remove") {
        vec![("role", "member")]
    } else if path.ends_with("/invitations") {
        vec![
            ("email", "matrix@example.org"),
            ("role", "member"),
            ("locale", "en"),
        ]
    } else if path == "/admin/groups" {
        vec![("name", "")]
    } else {
        Vec::new()
    }
}

fn body_for(method: &str, path: &str) -> Value {
    match (method, path) {
        ("POST", "/api/v1/tokens") => json!({"name": "matrix"}),
        ("POST", "/api/v1/groups") => json!({"name": "Matrix group"}),
        ("POST", p) if p.ends_with("/invitations") => {
            json!({"email": "matrix@example.org", "role": "member"})
        }
        ("PUT", "/api/v1/settings/security") => json!({"require_totp_for_facilitators": false}),
        ("PUT", _) => json!({"role": "member"}),
        _ => json!({}),
    }
}

#[tokio::test]
async fn every_page_refuses_the_wrong_people_and_lets_the_right_ones_in() {
    let f = fixture().await;
    let mut failures = Vec::new();
    for (method, template, rule) in PAGES {
        for who in EVERYONE {
            let path = f.path(template);
            let c = match f.user(who) {
                Some(user) => f.app.logged_in(user).await,
                None => client(),
            };
            let csrf = match who {
                Who::Anonymous => String::new(),
                _ => f.app.csrf(&c).await,
            };
            let res = if *method == "GET" {
                c.get(f.app.url(&path)).send().await.unwrap()
            } else {
                let mut form = form_for(&path);
                form.push(("csrf", csrf.as_str()));
                c.post(f.app.url(&path)).form(&form).send().await.unwrap()
            };
            let status = res.status().as_u16();
            let location = res
                .headers()
                .get("location")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_owned();
            let to_login = status == 303 && location.starts_with("/login?next=");
            let ok = if who == Who::Anonymous {
                to_login
            } else if rule.allows(who) {
                status < 500 && status != 401 && status != 403 && !to_login
            } else {
                status == 403
            };
            if !ok {
                failures.push(format!("{method} {path} as {who:?}: {status} {location}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[tokio::test]
async fn every_api_route_refuses_the_wrong_people_and_lets_the_right_ones_in() {
    let f = fixture().await;
    let mut failures = Vec::new();
    for (method, template, rule) in API {
        for who in EVERYONE {
            let path = f.path(template);
            let method_ = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
            let mut req = client().request(method_, f.app.url(&path));
            if let Some(user) = f.user(who) {
                req = req.bearer_auth(&user.token);
            }
            if *method != "GET" && *method != "DELETE" {
                req = req.json(&body_for(method, &path));
            }
            let res = req.send().await.unwrap();
            let status = res.status().as_u16();
            let ok = if who == Who::Anonymous {
                status == 401
            } else if rule.allows(who) {
                status < 500 && status != 401 && status != 403
            } else {
                status == 403
            };
            if !ok {
                failures.push(format!("{method} {path} as {who:?}: {status}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    let res = client()
        .get(f.app.url("/api/v1/me"))
        .bearer_auth("cst_not-a-token")
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        401,
        "a wrong token is refused, not treated as anonymous"
    );
}

#[tokio::test]
async fn a_member_of_one_group_sees_nothing_of_another() {
    let f = fixture().await;
    let member = f.user(Who::Member).unwrap();
    let groups: Value = client()
        .get(f.app.url("/api/v1/groups"))
        .bearer_auth(&member.token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let names: Vec<&str> = groups
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Group A"]);
    let c = f.app.logged_in(member).await;
    let html = c
        .get(f.app.url("/groups"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("Group A") && !html.contains("Group B"));
    let other = f.user(Who::OtherFacilitator).unwrap();
    let res = client()
        .get(f.app.url(&format!("/api/v1/groups/{}/members", f.slug)))
        .bearer_auth(&other.token)
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        403,
        "a facilitator of group B cannot list group A"
    );
}
