//! Statements young people add to a `statements` question: once a moderator approves one,
//! it joins the question's statements in the definition (code `n<answer id>`, its text in the
//! language it was written in, nothing about its author), so every channel shows it and
//! takes votes on it; any later decision but approval takes it out again.
use chrono::Utc;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::Expr,
};

use super::Decision;
use crate::{
    consultations::{
        definition::{LocalText, QuestionKind, Statement},
        repo as consultations_repo,
    },
    entities::{answer, consultation, response},
};

/// The code of the statement an approved answer becomes.
pub fn code_of(answer_id: i32) -> String {
    format!("n{answer_id}")
}

/// Makes the added statements of every `statements` question of the consultation the
/// approved ones, inside the caller's transaction. Returns whether the definition changed.
///
/// # Errors
/// A database error, or a definition that does not serialise.
pub async fn sync(db: &impl ConnectionTrait, consultation_id: i32) -> Result<bool, DbErr> {
    let Some(c) = consultations_repo::find_by_id(db, consultation_id).await? else {
        return Ok(false);
    };
    let keys: Vec<String> = c
        .definition
        .questions()
        .map(|(_, q)| q)
        .filter(|q| q.kind == QuestionKind::Statements)
        .map(|q| q.key.clone())
        .collect();
    if keys.is_empty() {
        return Ok(false);
    }
    let approved: Vec<(i32, i32, String, Option<String>)> = answer::Entity::find()
        .select_only()
        .column(answer::Column::Id)
        .column(answer::Column::ResponseId)
        .column(answer::Column::QuestionKey)
        .column(answer::Column::TextValue)
        .filter(answer::Column::ConsultationId.eq(consultation_id))
        .filter(answer::Column::QuestionKey.is_in(keys))
        .filter(answer::Column::ModerationStatus.eq(Decision::Approved.as_str()))
        .filter(answer::Column::TextValue.is_not_null())
        .order_by_asc(answer::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let response_ids: Vec<i32> = approved.iter().map(|a| a.1).collect();
    let languages: std::collections::HashMap<i32, String> = response::Entity::find()
        .select_only()
        .column(response::Column::Id)
        .column(response::Column::Language)
        .filter(response::Column::Id.is_in(response_ids))
        .into_tuple::<(i32, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let mut def = (*c.definition).clone();
    for q in def.sections.iter_mut().flat_map(|s| s.questions.iter_mut()) {
        if q.kind != QuestionKind::Statements {
            continue;
        }
        q.statements.retain(|st| !st.added);
        for (id, response_id, _, text) in approved.iter().filter(|a| a.2 == q.key) {
            let lang = languages
                .get(response_id)
                .cloned()
                .unwrap_or_else(|| def_language(&c.definition.default_language));
            let text: LocalText = [(lang, text.clone().unwrap_or_default())].into();
            q.statements.push(Statement {
                code: code_of(*id),
                text,
                easy_read: Default::default(),
                added: true,
            });
        }
    }
    if def == *c.definition {
        return Ok(false);
    }
    let json = serde_json::to_string(&def)
        .map_err(|e| DbErr::Json(format!("Failed to serialise a definition: {e}")))?;
    // A new `updated_at` makes every instance's definition cache read the new statements.
    consultation::Entity::update_many()
        .col_expr(consultation::Column::Definition, Expr::value(json))
        .col_expr(consultation::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(consultation::Column::Id.eq(consultation_id))
        .exec(db)
        .await?;
    Ok(true)
}

fn def_language(default: &str) -> String {
    default.to_owned()
}
