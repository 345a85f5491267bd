//! A working group's meetings: the forms to add, change or delete one, and the same in the
//! API.
use actix_web::{HttpResponse, get, http::StatusCode, post, web};
use askama::Template;
use chrono::NaiveDate;

use super::{
    forms::{Errors, Field, FormData, IssueErrors, Posted, see_other},
    group::ConfirmPage,
    group_by_slug,
};
use crate::{
    accounts::Actor,
    consultations::{
        authoring::{self, EditError, MeetingInput},
        repo,
        rules::Issue,
    },
    entities::{meeting, work_group},
    error::AppError,
    i18n::Locale,
    state::AppState,
    web::no_store_page,
};

#[derive(Template)]
#[template(path = "consultations/meeting_form.html")]
struct MeetingPage {
    l: Locale,
    actor: Actor,
    group: work_group::Model,
    /// `None` for a new meeting.
    meeting_id: Option<i32>,
    version: i32,
    action: String,
    fields: Vec<Field>,
    errors: Errors,
    conflict: bool,
}

impl MeetingPage {
    fn new(
        l: Locale,
        actor: Actor,
        group: work_group::Model,
        meeting: Option<&meeting::Model>,
        form: Option<&FormData>,
        errors: Errors,
    ) -> Self {
        let value = |name: &str, stored: String| form.map_or(stored, |f| f.get(name).to_owned());
        let fields = vec![
            Field::text("title", l.t("cn-meeting-title"))
                .value(value(
                    "title",
                    meeting.map(|m| m.title.clone()).unwrap_or_default(),
                ))
                .hint(l.t("cn-meeting-title-hint")),
            Field::new("date", "starts_on", l.t("cn-meeting-starts-on")).value(value(
                "starts_on",
                meeting.map(|m| m.starts_on.to_string()).unwrap_or_default(),
            )),
            Field::new("date", "ends_on", l.t("cn-meeting-ends-on"))
                .value(value(
                    "ends_on",
                    meeting
                        .and_then(|m| m.ends_on)
                        .map(|d| d.to_string())
                        .unwrap_or_default(),
                ))
                .hint(l.t("cn-meeting-ends-on-hint")),
            Field::text("place", l.t("cn-meeting-place"))
                .value(value(
                    "place",
                    meeting.map(|m| m.place.clone()).unwrap_or_default(),
                ))
                .hint(l.t("cn-meeting-place-hint")),
            Field::new("checkbox", "is_online", l.t("cn-meeting-online"))
                .checked(form.map_or(meeting.is_some_and(|m| m.is_online), |f| f.has("is_online"))),
        ]
        .into_iter()
        .map(|f| f.errors(&errors))
        .collect();
        Self {
            action: meeting.map_or_else(
                || format!("/manage/groups/{}/meetings", group.slug),
                |m| format!("/manage/meetings/{}", m.id),
            ),
            meeting_id: meeting.map(|m| m.id),
            version: meeting.map_or(0, |m| m.version),
            l,
            actor,
            group,
            fields,
            errors,
            conflict: false,
        }
    }
}

/// Reads a meeting form; dates that do not read become issues.
fn meeting_input(form: &FormData) -> (MeetingInput, Vec<Issue>) {
    let mut issues = Vec::new();
    let mut date = |name: &str| {
        let raw = form.get(name).trim();
        if raw.is_empty() {
            return None;
        }
        let parsed = NaiveDate::parse_from_str(raw, "%Y-%m-%d").ok();
        if parsed.is_none() {
            issues.push(Issue::new(name, "cn-v-date"));
        }
        parsed
    };
    let starts_on = date("starts_on");
    let ends_on = date("ends_on");
    (
        MeetingInput {
            title: form.get("title").to_owned(),
            starts_on,
            ends_on,
            place: form.get("place").to_owned(),
            is_online: form.has("is_online"),
        },
        issues,
    )
}

#[get("/manage/groups/{group}/meetings/new")]
async fn show_new_meeting(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let group = group_by_slug(&state, &path).await?;
    actor.require_facilitator(group.id)?;
    no_store_page(
        StatusCode::OK,
        &MeetingPage::new(l, actor, group, None, None, Errors::default()),
    )
}

#[post("/manage/groups/{group}/meetings")]
async fn create_meeting(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let form = FormData::posted_by(&actor, form)?;
    let group = group_by_slug(&state, &path).await?;
    actor.require_facilitator(group.id)?;
    let (input, mut issues) = meeting_input(&form);
    if issues.is_empty() {
        match authoring::create_meeting(&state.db, &actor, group.id, &input).await {
            Ok(_) => return Ok(see_other(&format!("/groups/{}", group.slug))),
            Err(EditError::Invalid(found)) => issues = found,
            Err(other) => return Err(other.into_app_error(&l)),
        }
    } else {
        issues.extend(
            authoring::validate_meeting(&input)
                .into_iter()
                .filter(|i| i.key != "cn-v-date"),
        );
    }
    let mut errors = Errors::default();
    errors.add_issues(&issues, &l, |p| Some(p.to_owned()));
    let page = MeetingPage::new(l, actor, group, None, Some(&form), errors);
    no_store_page(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

async fn meeting_and_group(
    state: &AppState,
    actor: &Actor,
    id: i32,
) -> Result<(meeting::Model, work_group::Model), AppError> {
    let m = repo::meeting_by_id(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    actor.require_facilitator(m.group_id)?;
    let group = repo::group_by_id(&state.db, m.group_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((m, group))
}

#[get("/manage/meetings/{id}")]
async fn show_meeting(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let (m, group) = meeting_and_group(&state, &actor, *path).await?;
    no_store_page(
        StatusCode::OK,
        &MeetingPage::new(l, actor, group, Some(&m), None, Errors::default()),
    )
}

#[post("/manage/meetings/{id}")]
async fn update_meeting(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<i32>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let form = FormData::posted_by(&actor, form)?;
    let (m, group) = meeting_and_group(&state, &actor, *path).await?;
    let version = form.version()?;
    let (input, mut issues) = meeting_input(&form);
    let mut conflict = false;
    let mut current = m.clone();
    if issues.is_empty() {
        match authoring::update_meeting(&state.db, &actor, m.id, version, &input).await {
            Ok(_) => return Ok(see_other(&format!("/groups/{}", group.slug))),
            Err(EditError::Invalid(found)) => issues = found,
            Err(EditError::Stale { .. }) => {
                conflict = true;
                if let Some(latest) = repo::meeting_by_id(&state.db, m.id).await? {
                    current = latest;
                }
            }
            Err(other) => return Err(other.into_app_error(&l)),
        }
    }
    let mut errors = Errors::default();
    errors.add_issues(&issues, &l, |p| Some(p.to_owned()));
    let mut page = MeetingPage::new(l, actor, group, Some(&current), Some(&form), errors);
    page.conflict = conflict;
    if !conflict {
        page.version = version;
    }
    let status = if conflict {
        StatusCode::CONFLICT
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    no_store_page(status, &page)
}

#[get("/manage/meetings/{id}/delete")]
async fn confirm_delete_meeting(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let (m, group) = meeting_and_group(&state, &actor, *path).await?;
    let page = ConfirmPage {
        title: l.t("cn-meeting-delete-title"),
        message: l.t_args(
            "cn-meeting-delete-message",
            &[("title", crate::i18n::Arg::Str(&m.title))],
        ),
        action: format!("/manage/meetings/{}/delete", m.id),
        back: format!("/groups/{}", group.slug),
        button: l.t("cn-meeting-delete-button"),
        version: m.version,
        errors: Errors::default(),
        fields: Vec::new(),
        l,
        actor,
    };
    no_store_page(StatusCode::OK, &page)
}

#[post("/manage/meetings/{id}/delete")]
async fn delete_meeting(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<i32>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    FormData::posted_by(&actor, form)?;
    let (m, group) = meeting_and_group(&state, &actor, *path).await?;
    authoring::delete_meeting(&state.db, &actor, m.id)
        .await
        .map_err(|e| e.into_app_error(&l))?;
    Ok(see_other(&format!("/groups/{}", group.slug)))
}

/// The JSON API of meetings.
mod api {
    use actix_web::{HttpResponse, delete, get, post, put, web};
    use chrono::NaiveDate;
    use serde::{Deserialize, Serialize};
    use utoipa::ToSchema;

    use crate::{
        accounts::Actor,
        consultations::{
            authoring::{self, EditError, MeetingInput},
            handlers::group_by_slug,
            repo,
        },
        entities::meeting,
        error::{AppError, FieldError},
        i18n::Locale,
        state::AppState,
    };

    /// A meeting of a working group.
    #[derive(Debug, Serialize, ToSchema)]
    pub struct MeetingView {
        pub id: i32,
        pub group_id: i32,
        pub title: String,
        pub starts_on: NaiveDate,
        pub ends_on: Option<NaiveDate>,
        pub place: String,
        pub is_online: bool,
        /// Send it back with every change.
        pub version: i32,
    }

    impl From<meeting::Model> for MeetingView {
        fn from(m: meeting::Model) -> Self {
            Self {
                id: m.id,
                group_id: m.group_id,
                title: m.title,
                starts_on: m.starts_on,
                ends_on: m.ends_on,
                place: m.place,
                is_online: m.is_online,
                version: m.version,
            }
        }
    }

    #[derive(Debug, Deserialize, ToSchema)]
    pub struct MeetingBody {
        /// Needed to change a meeting (not to create one).
        pub version: Option<i32>,
        pub title: String,
        pub starts_on: Option<NaiveDate>,
        pub ends_on: Option<NaiveDate>,
        #[serde(default)]
        pub place: String,
        #[serde(default)]
        pub is_online: bool,
    }

    impl MeetingBody {
        fn input(&self) -> MeetingInput {
            MeetingInput {
                title: self.title.clone(),
                starts_on: self.starts_on,
                ends_on: self.ends_on,
                place: self.place.clone(),
                is_online: self.is_online,
            }
        }
    }

    /// A group's meetings, soonest first.
    #[utoipa::path(
    tag = "meetings",
    params(("group" = String, Path)),
    responses((status = 200, body = Vec<MeetingView>), (status = 403), (status = 404)),
    security(("bearer" = []))
)]
    #[get("/api/v1/groups/{group}/meetings")]
    async fn list_meetings(
        state: web::Data<AppState>,
        actor: Actor,
        path: web::Path<String>,
    ) -> Result<HttpResponse, AppError> {
        let group = group_by_slug(&state, &path).await?;
        actor.require_reader(group.id)?;
        let list: Vec<MeetingView> = repo::meetings_of_group(&state.db, group.id)
            .await?
            .into_iter()
            .map(MeetingView::from)
            .collect();
        Ok(HttpResponse::Ok().json(list))
    }

    /// Creates a meeting (title, dates, place or online).
    #[utoipa::path(
    tag = "meetings",
    params(("group" = String, Path)),
    request_body = MeetingBody,
    responses((status = 201, body = MeetingView), (status = 403), (status = 422, body = crate::error::Problem)),
    security(("bearer" = []))
)]
    #[post("/api/v1/groups/{group}/meetings")]
    async fn create_meeting(
        state: web::Data<AppState>,
        actor: Actor,
        l: Locale,
        path: web::Path<String>,
        body: web::Json<MeetingBody>,
    ) -> Result<HttpResponse, AppError> {
        let group = group_by_slug(&state, &path).await?;
        let m = authoring::create_meeting(&state.db, &actor, group.id, &body.input())
            .await
            .map_err(|e| e.into_app_error(&l))?;
        Ok(HttpResponse::Created().json(MeetingView::from(m)))
    }

    async fn meeting_for(
        state: &AppState,
        actor: &Actor,
        id: i32,
    ) -> Result<meeting::Model, AppError> {
        let m = repo::meeting_by_id(&state.db, id)
            .await?
            .ok_or(AppError::NotFound)?;
        actor.require_reader(m.group_id)?;
        Ok(m)
    }

    /// One meeting.
    #[utoipa::path(
    tag = "meetings",
    params(("id" = i32, Path)),
    responses((status = 200, body = MeetingView), (status = 403), (status = 404)),
    security(("bearer" = []))
)]
    #[get("/api/v1/meetings/{id}")]
    async fn show_meeting(
        state: web::Data<AppState>,
        actor: Actor,
        path: web::Path<i32>,
    ) -> Result<HttpResponse, AppError> {
        let m = meeting_for(&state, &actor, *path).await?;
        Ok(HttpResponse::Ok().json(MeetingView::from(m)))
    }

    /// Changes a meeting seen at `version`.
    #[utoipa::path(
    tag = "meetings",
    params(("id" = i32, Path)),
    request_body = MeetingBody,
    responses((status = 200, body = MeetingView), (status = 403), (status = 409, body = crate::error::Problem), (status = 422, body = crate::error::Problem)),
    security(("bearer" = []))
)]
    #[put("/api/v1/meetings/{id}")]
    async fn update_meeting(
        state: web::Data<AppState>,
        actor: Actor,
        l: Locale,
        path: web::Path<i32>,
        body: web::Json<MeetingBody>,
    ) -> Result<HttpResponse, AppError> {
        let m = meeting_for(&state, &actor, *path).await?;
        let Some(version) = body.version else {
            return Err(AppError::Invalid(vec![FieldError {
                field: "version".into(),
                message: l.t("cn-v-version"),
            }]));
        };
        let m = authoring::update_meeting(&state.db, &actor, m.id, version, &body.input())
            .await
            .map_err(|e| e.into_app_error(&l))?;
        Ok(HttpResponse::Ok().json(MeetingView::from(m)))
    }

    /// Deletes a meeting; its consultations stay, detached.
    #[utoipa::path(
    tag = "meetings",
    params(("id" = i32, Path)),
    responses((status = 204), (status = 403), (status = 404)),
    security(("bearer" = []))
)]
    #[delete("/api/v1/meetings/{id}")]
    async fn delete_meeting(
        state: web::Data<AppState>,
        actor: Actor,
        l: Locale,
        path: web::Path<i32>,
    ) -> Result<HttpResponse, AppError> {
        let m = meeting_for(&state, &actor, *path).await?;
        authoring::delete_meeting(&state.db, &actor, m.id)
            .await
            .map_err(|e: EditError| e.into_app_error(&l))?;
        Ok(HttpResponse::NoContent().finish())
    }

    pub(super) fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
        cfg.service(list_meetings)
            .service(create_meeting)
            .service(show_meeting)
            .service(update_meeting)
            .service(delete_meeting);
    }
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    api::routes(cfg);
    cfg.map(|c| {
        c.service(show_new_meeting)
            .service(create_meeting)
            .service(show_meeting)
            .service(update_meeting)
            .service(confirm_delete_meeting)
            .service(delete_meeting)
    });
}
