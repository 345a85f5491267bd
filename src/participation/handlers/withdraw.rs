//! `/withdraw`: a young person deletes their answers with the receipt code, after a
//! confirmation that says which consultation they belong to.
use actix_web::{HttpRequest, HttpResponse, get, http::StatusCode, post, web};
use askama::Template;

use super::{page, read_body};
use crate::web::forms::FormData;
use crate::{
    consultations::{join_code, repo},
    error::AppError,
    i18n::{Arg, Locale},
    participation::store,
    state::AppState,
};

#[derive(Template)]
#[template(path = "participation/withdraw.html")]
struct WithdrawPage {
    l: Locale,
    code: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "participation/withdraw_confirm.html")]
struct ConfirmPage {
    l: Locale,
    code: String,
    /// "Delete your answers to …?"
    question: String,
}

#[derive(Template)]
#[template(path = "participation/withdrawn.html")]
struct WithdrawnPage {
    l: Locale,
}

#[get("/withdraw")]
async fn show_withdraw(req: HttpRequest, l: Locale) -> Result<HttpResponse, AppError> {
    crate::web::limit_public(&req)?;
    page(
        StatusCode::OK,
        &WithdrawPage {
            l,
            code: String::new(),
            error: None,
        },
    )
}

#[post("/withdraw")]
async fn withdraw_answers(
    req: HttpRequest,
    l: Locale,
    state: web::Data<AppState>,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    crate::web::limit_public(&req)?;
    let body = read_body(&req, payload, &state).await?;
    let form = FormData::parse(&body).map_err(|e| AppError::BadRequest(e.to_string()))?;
    let code = form.opt("code").unwrap_or_default().trim().to_owned();
    let not_found = |l: Locale, code: String| {
        let key = if code.is_empty() {
            "p-withdraw-empty"
        } else {
            "p-withdraw-not-found"
        };
        page(
            StatusCode::UNPROCESSABLE_ENTITY,
            &WithdrawPage {
                error: Some(l.t(key)),
                code,
                l,
            },
        )
    };
    if form.opt("confirm") == Some("yes") {
        return match store::withdraw(&state.db, &code, None).await? {
            Some(consultation_id) => {
                tracing::info!(consultation = consultation_id, "response withdrawn");
                page(StatusCode::OK, &WithdrawnPage { l })
            }
            None => not_found(l, code),
        };
    }
    let Some(response) = store::find_by_receipt(&state.db, &code).await? else {
        return not_found(l, code);
    };
    let title = repo::find_by_id(&state.db, response.consultation_id)
        .await?
        .map(|c| c.definition.title(l.code()).to_owned())
        .unwrap_or_default();
    page(
        StatusCode::OK,
        &ConfirmPage {
            code: store::display_receipt(&join_code::normalise(&code)),
            question: l.t_args(
                "p-withdraw-confirm-question",
                &[("title", Arg::Str(&title))],
            ),
            l,
        },
    )
}
