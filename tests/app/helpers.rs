//! The test harness: `spawn_app()` starts the real server on port 0 with its own fresh,
//! migrated database (SQLite by default; PostgreSQL when `CONSULTA_TEST_DATABASE_URL` is set)
//! and a real SMTP sink for its e-mails (`app.mail`), and returns a `TestApp` that talks
//! HTTP to it.
#![allow(dead_code)] // the harness serves every test module; not all use every helper
use std::{
    ffi::OsStr,
    path::{Path, PathBuf},
};

use consulta::{config::Settings, startup::Application};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection};

/// A running test instance. Dropping it removes its data directory (the server, which runs
/// until the test's runtime ends, holds its SQLite files open: removing them unlinks them, and
/// nothing is written there once the test is over). Its PostgreSQL database is left: dropping
/// it would block the runtime while the server still holds connections to it; `.ci/run` drops
/// the `consulta_test_*` databases before and after the tests.
pub struct TestApp {
    pub address: String,
    pub port: u16,
    pub db: DatabaseConnection,
    pub database_url: String,
    /// A browser-like client: keeps cookies, does not follow redirects.
    pub client: reqwest::Client,
    pub data_dir: PathBuf,
    /// Every e-mail the app sent (through SMTP to the test's own sink).
    pub mail: crate::smtp_sink::Outbox,
    /// Removes `data_dir` when the app is dropped.
    scratch: ScratchDir,
    /// The HTTP shell's handles (the in-flight limit), to arrange an overloaded server.
    pub shell: actix_web::web::Data<consulta::web::Shell>,
    /// The app's shared state (database, mailer, keys), for background work a test drives.
    pub state: actix_web::web::Data<consulta::state::AppState>,
}

/// A fresh folder `consulta-<kind>-<uuid>` in the temporary directory, removed with all it
/// holds when dropped (also when the test fails), so that no test leaves a folder behind.
pub struct ScratchDir(PathBuf);

impl ScratchDir {
    pub fn new(kind: &str) -> ScratchDir {
        let dir =
            std::env::temp_dir().join(format!("consulta-{kind}-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).expect("Failed to create a scratch folder");
        ScratchDir(dir)
    }
}

impl std::ops::Deref for ScratchDir {
    type Target = Path;

    fn deref(&self) -> &Path {
        &self.0
    }
}

impl AsRef<Path> for ScratchDir {
    fn as_ref(&self) -> &Path {
        &self.0
    }
}

impl AsRef<OsStr> for ScratchDir {
    fn as_ref(&self) -> &OsStr {
        self.0.as_os_str()
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.0).ok();
    }
}

/// Settings for a test instance: defaults, port 0, `data_dir` and a fresh database.
pub async fn test_settings(data_dir: &Path) -> Settings {
    let mut settings =
        Settings::load_from(config::File::with_name("/nonexistent/consulta-test").required(false))
            .expect("Failed to load default settings");
    settings.host = "127.0.0.1".into();
    settings.port = 0;
    settings.workers = 2;
    settings.data_dir = data_dir.to_owned();
    settings.public_url = String::new();
    settings.smtp_host = String::new();
    settings.rate_limit_per_minute = 100_000;
    // Tests change consultations behind the app's back and look at once; the cache of
    // landing pages has its own test (participation).
    settings.page_cache_ms = 0;
    settings.database_url = consulta::config::Secret::new(fresh_database_url(data_dir).await);
    settings
}

/// A new empty database: a SQLite file in `data_dir`, or a new PostgreSQL database.
/// Fails when a `CONSULTA_REQUIRE_…` variable asks for the other database (see `prerequisites`).
pub async fn fresh_database_url(data_dir: &Path) -> String {
    crate::prerequisites::check_backend(crate::prerequisites::on_postgres());
    match std::env::var("CONSULTA_TEST_DATABASE_URL") {
        Ok(admin_url) if !admin_url.is_empty() => {
            let name = format!("consulta_test_{}", uuid::Uuid::new_v4().simple());
            let admin = Database::connect(&admin_url)
                .await
                .expect("Failed to reach the PostgreSQL test server");
            admin
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .expect("Failed to create a test database");
            admin.close().await.ok();
            let base = admin_url
                .rsplit_once('/')
                .map(|(b, _)| b)
                .unwrap_or(&admin_url);
            format!("{base}/{name}")
        }
        _ => format!(
            "sqlite://{}?mode=rwc",
            data_dir.join("consulta.db").display()
        ),
    }
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// Same as [`spawn_app`]: every test app sends its e-mails to a real SMTP sink.
pub async fn spawn_app_with_mail() -> TestApp {
    spawn_app().await
}

/// Starts the app after letting the test adjust its settings (e-mails go to the SMTP sink
/// unless the test empties `smtp_host`, which makes the app write `.eml` files).
pub async fn spawn_app_with(adjust: impl FnOnce(&mut Settings)) -> TestApp {
    let scratch = ScratchDir::new("test");
    let mut settings = test_settings(&scratch).await;
    let (smtp_port, mail) = crate::smtp_sink::start().await;
    settings.smtp_host = "127.0.0.1".into();
    settings.smtp_port = smtp_port;
    settings.smtp_tls = "none".into();
    settings.mail_from = "Consulta <consulta@example.org>".into();
    adjust(&mut settings);
    let database_url = settings.effective_database_url();
    let data_dir = settings.data_dir.clone();
    let app = Application::build(settings)
        .await
        .expect("Failed to build the application");
    let port = app.port();
    let db = app.state().db.clone();
    let shell = app.shell();
    let state = app.state();
    tokio::spawn(app.run_until_stopped());
    // As a proxy would: requests only once `/readyz` no longer says "starting".
    shell.started().await;
    TestApp {
        address: format!("http://127.0.0.1:{port}"),
        port,
        db,
        database_url,
        client: client(),
        data_dir,
        mail,
        scratch,
        shell,
        state,
    }
}

/// A client like a browser with cookies, that shows redirects instead of following them.
///
/// It lets an idle connection go after 3 s, before the server's keep-alive (actix-web's 5 s)
/// closes it: a request sent on a connection the server is closing at that moment fails with
/// `IncompleteMessage` (seen on a loaded CI machine with 300 phones).
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .pool_idle_timeout(std::time::Duration::from_secs(3))
        .build()
        .expect("Failed to build the HTTP client")
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("GET failed")
    }

    pub async fn get_html(&self, path: &str) -> (u16, String) {
        let res = self.get(path).await;
        let status = res.status().as_u16();
        (status, res.text().await.expect("Failed to read the body"))
    }

    /// The body of `path` fetched with `client` (signed in or a stranger's).
    pub async fn text_with(&self, client: &reqwest::Client, path: &str) -> String {
        client
            .get(self.url(path))
            .send()
            .await
            .expect("GET failed")
            .text()
            .await
            .expect("Failed to read the body")
    }

    pub async fn post_json(&self, path: &str, body: &serde_json::Value) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .json(body)
            .send()
            .await
            .expect("POST failed")
    }

    pub async fn post_form(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .form(form)
            .send()
            .await
            .expect("POST failed")
    }

    pub fn is_postgres(&self) -> bool {
        self.database_url.starts_with("postgres")
    }
}

/// Decodes the character references askama writes in attributes and text.
pub use consulta::bench::html::unescape;

/// The value of the first `<input>` named `name`, decoded: how every test reads a form's
/// fields (CSRF tokens, the journey's signed state, prefilled answers) out of a page.
pub fn input_value(html: &str, name: &str) -> Option<String> {
    input_value_where(html, "name", name)
}

/// Like [`input_value`], for the first `<input>` whose `attribute` (`id`, …) is `key`.
pub fn input_value_where(html: &str, attribute: &str, key: &str) -> Option<String> {
    html.split("<input")
        .skip(1)
        .map(|rest| rest.split('>').next().unwrap_or_default())
        .find(|tag| attribute_of(tag, attribute).as_deref() == Some(key))
        .and_then(|tag| attribute_of(tag, "value"))
}

/// The decoded value of `name="…"` in one tag's text (not of `data-name="…"`).
fn attribute_of(tag: &str, name: &str) -> Option<String> {
    let marker = format!("{name}=\"");
    tag.match_indices(&marker)
        .find(|(at, _)| tag[..*at].ends_with(char::is_whitespace))
        .and_then(|(at, _)| tag[at + marker.len()..].split('"').next())
        .map(unescape)
}

/// An adult made directly in the database, with an API token.
pub struct TestUser {
    pub id: i32,
    pub email: String,
    pub password: String,
    pub token: String,
}

pub const TEST_PASSWORD: &str = "a long test password";

impl TestApp {
    /// A new working group with a unique slug.
    pub async fn create_group(&self, name: &str) -> consulta::entities::work_group::Model {
        let slug = format!("g-{}", &uuid::Uuid::new_v4().simple().to_string()[..8]);
        consulta::accounts::repo::create_group(&self.db, &slug, name)
            .await
            .expect("Failed to create a group")
    }

    /// A new adult, optionally with a role in a group.
    pub async fn create_user(
        &self,
        group_role: Option<(i32, consulta::accounts::Role)>,
        admin: bool,
    ) -> TestUser {
        use consulta::accounts::{password, repo};
        let email = format!("adult-{}@example.org", uuid::Uuid::new_v4().simple());
        let hash = password::hash(TEST_PASSWORD.into()).await.unwrap();
        let account = repo::create_account(
            &self.db,
            repo::NewAccount {
                email: &email,
                display_name: "Test Adult",
                password_hash: &hash,
                is_admin: admin,
                locale: "en",
            },
        )
        .await
        .unwrap();
        if let Some((group_id, role)) = group_role {
            repo::set_membership(&self.db, account.id, group_id, role)
                .await
                .unwrap();
        }
        let (_, token) = repo::create_api_token(&self.db, account.id, "tests")
            .await
            .unwrap();
        TestUser {
            id: account.id,
            email,
            password: TEST_PASSWORD.into(),
            token,
        }
    }

    /// A fresh client signed in through the login form.
    pub async fn logged_in(&self, user: &TestUser) -> reqwest::Client {
        let c = client();
        let res = self.submit_login(&c, &user.email, &user.password).await;
        assert_eq!(res.status(), 303, "login failed");
        c
    }

    /// Opens the sign-in page (for its CSRF token) and submits the form.
    pub async fn submit_login(
        &self,
        c: &reqwest::Client,
        email: &str,
        password: &str,
    ) -> reqwest::Response {
        let csrf = self.form_csrf(c, "/login").await;
        c.post(self.url("/login"))
            .form(&[
                ("csrf", csrf.as_str()),
                ("email", email),
                ("password", password),
                ("next", "/groups"),
            ])
            .send()
            .await
            .unwrap()
    }

    /// The CSRF token of the form on a page (signed in or not).
    pub async fn form_csrf(&self, c: &reqwest::Client, path: &str) -> String {
        let html = c
            .get(self.url(path))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        input_value(&html, "csrf").unwrap_or_else(|| panic!("no csrf field on {path}: {html}"))
    }

    /// A new administrator, signed in: (administrator, their client).
    pub async fn logged_in_admin(&self) -> (TestUser, reqwest::Client) {
        let admin = self.create_user(None, true).await;
        let c = self.logged_in(&admin).await;
        (admin, c)
    }

    /// A new group with a facilitator signed in: (group, facilitator, their client).
    pub async fn logged_in_facilitator(
        &self,
    ) -> (
        consulta::entities::work_group::Model,
        TestUser,
        reqwest::Client,
    ) {
        let group = self
            .create_group("Council Working Group on Child Online Protection")
            .await;
        let user = self
            .create_user(
                Some((group.id, consulta::accounts::Role::Facilitator)),
                false,
            )
            .await;
        let client = self.logged_in(&user).await;
        (group, user, client)
    }

    /// The CSRF token of a signed-in page.
    pub async fn csrf(&self, client: &reqwest::Client) -> String {
        let html = client
            .get(self.url("/groups"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        input_value(&html, "csrf").expect("no csrf field on /groups")
    }
}

/// A consultation made through the authoring code, with its group and a facilitator.
pub struct TestConsultation {
    pub id: i32,
    pub slug: String,
    pub group: consulta::entities::work_group::Model,
    pub facilitator: TestUser,
}

impl TestApp {
    /// A request to the JSON API with a bearer token (none when `token` is empty).
    pub async fn api(
        &self,
        method: reqwest::Method,
        path: &str,
        token: &str,
        body: Option<&serde_json::Value>,
    ) -> reqwest::Response {
        let mut req = reqwest::Client::new().request(method, self.url(path));
        if !token.is_empty() {
            req = req.bearer_auth(token);
        }
        if let Some(body) = body {
            req = req.json(body);
        }
        req.send().await.expect("API request failed")
    }

    /// The signed-in adult as the authoring code sees them.
    pub async fn actor_of(&self, user: &TestUser) -> consulta::accounts::Actor {
        use sea_orm::EntityTrait;
        let account = consulta::entities::account::Entity::find_by_id(user.id)
            .one(&self.db)
            .await
            .unwrap()
            .expect("the test user exists");
        consulta::accounts::Actor {
            memberships: consulta::accounts::repo::memberships_of(&self.db, user.id)
                .await
                .unwrap(),
            account,
            session: None,
        }
    }

    /// A draft in a new group with a facilitator: the demo's definition (six languages,
    /// every question kind, a condition, easy read for 9-12, a pictorial scale) under a
    /// fresh slug.
    pub async fn create_draft_consultation(&self) -> TestConsultation {
        use consulta::{bench::demo, consultations::authoring};
        let group = self.create_group("Youth Panel").await;
        let facilitator = self
            .create_user(
                Some((group.id, consulta::accounts::Role::Facilitator)),
                false,
            )
            .await;
        let actor = self.actor_of(&facilitator).await;
        let slug = format!("c-{}", &uuid::Uuid::new_v4().simple().to_string()[..10]);
        let c = authoring::create(
            &self.db,
            &actor,
            group.id,
            authoring::NewConsultation {
                slug: Some(slug.clone()),
                meeting_id: None,
                opens_at: None,
                closes_at: None,
                definition: demo::definition(),
            },
            "consultation_created",
        )
        .await
        .expect("the demo definition is valid");
        TestConsultation {
            id: c.id(),
            slug,
            group,
            facilitator,
        }
    }

    /// Like [`TestApp::create_draft_consultation`], opened: young people can answer it.
    pub async fn create_open_consultation(&self) -> TestConsultation {
        use consulta::consultations::{Status, lifecycle};
        let c = self.create_draft_consultation().await;
        let actor = self.actor_of(&c.facilitator).await;
        lifecycle::transition(&self.db, &actor, c.id, Status::Open, None)
            .await
            .expect("the demo consultation opens");
        c
    }
}

/// A young person going through the pages with a plain HTTP client (no JavaScript).
pub struct Walk<'a> {
    app: &'a TestApp,
    client: reqwest::Client,
    slug: String,
    /// The status of the last page.
    pub status: u16,
    /// The last page.
    pub html: String,
    /// How many cookies the server set along the way (the journey sets none).
    pub cookies_set: usize,
}

impl<'a> Walk<'a> {
    pub async fn start(app: &'a TestApp, slug: &str, lang: &str) -> Walk<'a> {
        let client = client();
        let res = client
            .get(app.url(&format!("/c/{slug}")))
            .header("Accept-Language", lang)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let landing = res.text().await.unwrap();
        assert!(
            landing.contains(&format!("<html lang=\"{lang}\"")),
            "{lang}: browser language is the default"
        );
        let mut walk = Walk {
            app,
            client,
            slug: slug.to_owned(),
            status: 0,
            html: landing,
            cookies_set: 0,
        };
        walk.send(
            &format!("/c/{slug}"),
            &[("lang", lang), ("action", "start")],
            false,
        )
        .await;
        walk
    }

    async fn send(&mut self, path: &str, fields: &[(&str, &str)], with_state: bool) {
        let mut form: Vec<(String, String)> = Vec::new();
        if with_state {
            form.push((
                "state".into(),
                input_value(&self.html, "state").expect("no state"),
            ));
            form.push((
                "sig".into(),
                input_value(&self.html, "sig").expect("no sig"),
            ));
        }
        form.extend(
            fields
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
        );
        let res = self
            .client
            .post(self.app.url(path))
            .form(&form)
            .send()
            .await
            .unwrap();
        self.cookies_set += res.headers().get_all("set-cookie").iter().count();
        self.status = res.status().as_u16();
        self.html = res.text().await.unwrap();
    }

    /// Posts the current page's form with these fields ("continue" unless an action is given).
    pub async fn next(&mut self, fields: &[(&str, &str)]) -> u16 {
        let mut all = fields.to_vec();
        if !fields
            .iter()
            .any(|(k, _)| *k == "action" || *k == "lang_switch")
        {
            all.push(("action", "next"));
        }
        let path = format!("/c/{}", self.slug);
        self.send(&path, &all, true).await;
        self.status
    }

    pub async fn submit(&mut self) -> u16 {
        let path = format!("/c/{}/submit", self.slug);
        self.send(&path, &[("action", "submit")], true).await;
        self.status
    }

    /// The text of the page's heading.
    pub fn h1(&self) -> String {
        let at = self.html.find("<h1").expect("no h1");
        let text = &self.html[at..];
        let end = text.find("</h1>").unwrap();
        unescape(&strip_tags(&text[..end]))
    }

    /// The receipt code shown after the submission.
    pub fn receipt(&self) -> String {
        let marker = "<code dir=\"ltr\" aria-hidden=\"true\">";
        let at = self.html.find(marker).expect("no receipt") + marker.len();
        self.html[at..].split('<').next().unwrap().to_owned()
    }
}

fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in html.chars() {
        match c {
            '<' => inside = true,
            '>' => inside = false,
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out.trim().to_owned()
}

/// Closes a consultation and publishes its results through the API as its facilitator
/// (`skip_moderation`: although texts still wait for moderation).
pub async fn close_and_publish(app: &TestApp, slug: &str, token: &str, skip_moderation: bool) {
    let publish = if skip_moderation {
        serde_json::json!({"skip_moderation": true})
    } else {
        serde_json::json!({})
    };
    for (path, body) in [
        ("transitions", serde_json::json!({"to": "closed"})),
        ("publish", publish),
    ] {
        let res = app
            .api(
                reqwest::Method::POST,
                &format!("/api/v1/consultations/{slug}/{path}"),
                token,
                Some(&body),
            )
            .await;
        assert_eq!(res.status(), 200, "{path}: {}", res.text().await.unwrap());
    }
}
