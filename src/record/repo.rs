//! Queries of the public record: a meeting's documents and their files (listed without
//! their bytes, which are read only to serve one file).
use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult,
    QueryFilter, QueryOrder, QuerySelect, Set,
};

use crate::entities::{document_file, meeting, meeting_document};

/// What a document is, as the group calls it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentKind {
    Contribution,
    Report,
    Summary,
    Other,
}

impl DocumentKind {
    pub const ALL: [Self; 4] = [Self::Contribution, Self::Report, Self::Summary, Self::Other];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Contribution => "contribution",
            Self::Report => "report",
            Self::Summary => "summary",
            Self::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A document's state: facilitators and members see drafts; the public sees published and
/// withdrawn documents (the latter with the reason, never the file).
pub const DRAFT: &str = "draft";
pub const PUBLISHED: &str = "published";
pub const WITHDRAWN: &str = "withdrawn";

/// A file of a document, without its bytes.
#[derive(Clone, Debug, FromQueryResult)]
pub struct FileInfo {
    pub id: i32,
    pub document_id: i32,
    pub language: String,
    pub filename: String,
    pub content_type: String,
    pub size_bytes: i64,
}

/// A document to store with its first file.
pub struct NewDocument {
    pub meeting_id: i32,
    pub title: String,
    pub kind: DocumentKind,
    pub author_org: String,
    pub dated_on: NaiveDate,
}

/// A checked file to store.
pub struct NewFile {
    pub language: String,
    pub filename: String,
    pub content_type: &'static str,
    pub content: Vec<u8>,
}

/// # Errors
/// A database error.
pub async fn meetings_newest_first(
    db: &impl ConnectionTrait,
    group_id: i32,
) -> Result<Vec<meeting::Model>, DbErr> {
    meeting::Entity::find()
        .filter(meeting::Column::GroupId.eq(group_id))
        .order_by_desc(meeting::Column::StartsOn)
        .order_by_desc(meeting::Column::Id)
        .all(db)
        .await
}

/// The documents of meetings, newest first; drafts only when `with_drafts`.
///
/// # Errors
/// A database error.
pub async fn documents_of(
    db: &impl ConnectionTrait,
    meeting_ids: &[i32],
    with_drafts: bool,
) -> Result<Vec<meeting_document::Model>, DbErr> {
    let mut q = meeting_document::Entity::find()
        .filter(meeting_document::Column::MeetingId.is_in(meeting_ids.iter().copied()));
    if !with_drafts {
        q = q.filter(meeting_document::Column::Status.ne(DRAFT));
    }
    q.order_by_desc(meeting_document::Column::DatedOn)
        .order_by_desc(meeting_document::Column::Id)
        .all(db)
        .await
}

/// # Errors
/// A database error.
pub async fn document(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<Option<meeting_document::Model>, DbErr> {
    meeting_document::Entity::find_by_id(id).one(db).await
}

/// The files of documents (without their bytes), by language.
///
/// # Errors
/// A database error.
pub async fn files_of(
    db: &impl ConnectionTrait,
    document_ids: &[i32],
) -> Result<Vec<FileInfo>, DbErr> {
    document_file::Entity::find()
        .select_only()
        .columns([
            document_file::Column::Id,
            document_file::Column::DocumentId,
            document_file::Column::Language,
            document_file::Column::Filename,
            document_file::Column::ContentType,
            document_file::Column::SizeBytes,
        ])
        .filter(document_file::Column::DocumentId.is_in(document_ids.iter().copied()))
        .order_by_asc(document_file::Column::Language)
        .into_model::<FileInfo>()
        .all(db)
        .await
}

/// One file with its bytes.
///
/// # Errors
/// A database error.
pub async fn file(
    db: &impl ConnectionTrait,
    document_id: i32,
    language: &str,
) -> Result<Option<document_file::Model>, DbErr> {
    document_file::Entity::find()
        .filter(document_file::Column::DocumentId.eq(document_id))
        .filter(document_file::Column::Language.eq(language))
        .one(db)
        .await
}

/// Stores a draft document and its first file.
///
/// # Errors
/// A database error.
pub async fn insert_document(
    db: &impl ConnectionTrait,
    new: NewDocument,
    file: NewFile,
) -> Result<meeting_document::Model, DbErr> {
    let doc = meeting_document::ActiveModel {
        meeting_id: Set(new.meeting_id),
        title: Set(new.title),
        kind: Set(new.kind.as_str().to_owned()),
        author_org: Set(new.author_org),
        dated_on: Set(new.dated_on),
        status: Set(DRAFT.to_owned()),
        withdrawn_reason: Set(None),
        withdrawn_at: Set(None),
        published_at: Set(None),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    put_file(db, doc.id, file).await?;
    Ok(doc)
}

/// Stores a document's file in a language, replacing the one it had in that language.
///
/// # Errors
/// A database error.
pub async fn put_file(
    db: &impl ConnectionTrait,
    document_id: i32,
    file: NewFile,
) -> Result<(), DbErr> {
    use sha2::Digest;
    document_file::Entity::delete_many()
        .filter(document_file::Column::DocumentId.eq(document_id))
        .filter(document_file::Column::Language.eq(file.language.as_str()))
        .exec(db)
        .await?;
    let size = i64::try_from(file.content.len()).unwrap_or(i64::MAX);
    document_file::ActiveModel {
        document_id: Set(document_id),
        language: Set(file.language),
        filename: Set(file.filename),
        content_type: Set(file.content_type.to_owned()),
        size_bytes: Set(size),
        sha256: Set(hex::encode(sha2::Sha256::digest(&file.content))),
        content: Set(file.content),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Publishes a draft (a published or withdrawn document stays as it is).
///
/// # Errors
/// A database error.
pub async fn publish(db: &impl ConnectionTrait, id: i32) -> Result<bool, DbErr> {
    let done = meeting_document::Entity::update_many()
        .col_expr(
            meeting_document::Column::Status,
            sea_orm::sea_query::Expr::value(PUBLISHED),
        )
        .col_expr(
            meeting_document::Column::PublishedAt,
            sea_orm::sea_query::Expr::value(Utc::now()),
        )
        .filter(meeting_document::Column::Id.eq(id))
        .filter(meeting_document::Column::Status.eq(DRAFT))
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

/// Withdraws a document, saying why; its page and files answer 410 with the reason.
///
/// # Errors
/// A database error.
pub async fn withdraw(db: &impl ConnectionTrait, id: i32, reason: &str) -> Result<bool, DbErr> {
    let done = meeting_document::Entity::update_many()
        .col_expr(
            meeting_document::Column::Status,
            sea_orm::sea_query::Expr::value(WITHDRAWN),
        )
        .col_expr(
            meeting_document::Column::WithdrawnReason,
            sea_orm::sea_query::Expr::value(reason),
        )
        .col_expr(
            meeting_document::Column::WithdrawnAt,
            sea_orm::sea_query::Expr::value(Utc::now()),
        )
        .filter(meeting_document::Column::Id.eq(id))
        .filter(meeting_document::Column::Status.ne(WITHDRAWN))
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}
