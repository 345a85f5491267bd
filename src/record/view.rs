//! What the record's pages show of a meeting and a document, in the reader's language.
use crate::{
    consultations::handlers::group::meeting_dates,
    entities::{meeting, meeting_document},
    i18n::Locale,
    web::forms::language_name,
};

use super::{
    files::FileKind,
    repo::{FileInfo, WITHDRAWN},
};

pub struct MeetingItem {
    pub id: i32,
    pub title: String,
    pub dates: String,
    pub place: String,
    pub is_online: bool,
    pub documents: i64,
}

impl MeetingItem {
    pub fn new(m: &meeting::Model, documents: usize) -> Self {
        let documents = i64::try_from(documents).unwrap_or(i64::MAX);
        Self {
            id: m.id,
            title: m.title.clone(),
            dates: meeting_dates(m),
            place: m.place.clone(),
            is_online: m.is_online,
            documents,
        }
    }
}

pub struct FileItem {
    pub language: String,
    pub language_name: String,
    pub href: String,
    pub format: &'static str,
    pub size: String,
}

pub struct DocItem {
    pub id: i32,
    pub title: String,
    pub kind_label: String,
    pub author_org: String,
    pub date: String,
    pub status: String,
    pub status_label: String,
    pub withdrawn_reason: Option<String>,
    pub files: Vec<FileItem>,
    pub meeting_id: i32,
    pub meeting_title: String,
}

impl DocItem {
    pub fn new(
        l: &Locale,
        d: &meeting_document::Model,
        files: &[FileInfo],
        meeting_title: &str,
    ) -> Self {
        let withdrawn = d.status == WITHDRAWN;
        let files = if withdrawn {
            Vec::new()
        } else {
            files
                .iter()
                .filter(|f| f.document_id == d.id)
                .map(|f| FileItem {
                    href: format!("/documents/{}/{}", d.id, f.language),
                    language_name: language_name(&f.language),
                    language: f.language.clone(),
                    format: FileKind::from_content_type(&f.content_type)
                        .map_or("", FileKind::label),
                    size: size_text(f.size_bytes),
                })
                .collect()
        };
        Self {
            id: d.id,
            title: d.title.clone(),
            kind_label: l.t(&format!("rec-kind-{}", d.kind)),
            author_org: d.author_org.clone(),
            date: d.dated_on.to_string(),
            status: d.status.clone(),
            status_label: l.t(&format!("rec-status-{}", d.status)),
            withdrawn_reason: d.withdrawn_reason.clone().filter(|_| withdrawn),
            files,
            meeting_id: d.meeting_id,
            meeting_title: meeting_title.to_owned(),
        }
    }
}

/// `340 kB`, `2.4 MB`: sizes matter to a reader paying for data.
pub fn size_text(bytes: i64) -> String {
    #[allow(clippy::cast_precision_loss)]
    let b = bytes as f64;
    if b < 1_000_000.0 {
        format!("{} kB", (b / 1000.0).ceil())
    } else {
        format!("{:.1} MB", b / 1_000_000.0)
    }
}
