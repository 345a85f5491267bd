//! The demo group's public record: a meeting of the year before with two published
//! documents (small PDFs made here) and a consultation run for it, closed and published, so
//! that `/g/demo` and the meeting's page have content on a fresh machine. Running it again
//! finds the meeting and changes nothing.
use chrono::{Datelike, NaiveDate, TimeZone, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, sea_query::Expr};

use crate::{
    accounts::Actor,
    consultations::{
        Status,
        authoring::{self, MeetingInput, NewConsultation},
        lifecycle, repo,
    },
    entities::consultation,
    record::{
        files::{FileKind, tiny_pdf},
        repo::{self as record_repo, DocumentKind, NewDocument, NewFile},
    },
};

/// The slug of the demo's consultation of the year before.
pub const LAST_YEAR_SLUG: &str = "demo-last-year";
const MEETING_TITLE: &str = "Council Working Group on Child Online Protection, autumn meeting";

/// Seeds the record once; returns whether it was created now.
///
/// # Errors
/// A database failure, or the demo definition refused (a bug).
pub async fn seed(db: &DatabaseConnection, actor: &Actor, group_id: i32) -> anyhow::Result<bool> {
    let meetings = repo::meetings_of_group(db, group_id).await?;
    if meetings.iter().any(|m| m.title == MEETING_TITLE) {
        return Ok(false);
    }
    let year = Utc::now().year() - 1;
    let day = |month, day| NaiveDate::from_ymd_opt(year, month, day);
    let meeting = authoring::create_meeting(
        db,
        actor,
        group_id,
        &MeetingInput {
            title: MEETING_TITLE.into(),
            starts_on: day(9, 22),
            ends_on: day(9, 23),
            place: "Geneva".into(),
            is_online: true,
        },
    )
    .await
    .map_err(|e| anyhow::anyhow!("The demo meeting is not valid: {e:?}"))?;

    let documents = [
        (
            "What young people told the Working Group",
            DocumentKind::Contribution,
            "Youth panel",
            &["en", "fr"][..],
        ),
        (
            "Summary of the online consultation",
            DocumentKind::Summary,
            "Secretariat",
            &["en"][..],
        ),
    ];
    let tx = crate::db::begin_write(db).await?;
    for (title, kind, org, languages) in documents {
        let file = |lang: &str| NewFile {
            language: lang.to_owned(),
            filename: format!("{}-{lang}.pdf", title.to_lowercase().replace(' ', "-")),
            content_type: FileKind::Pdf.content_type(),
            content: tiny_pdf(&format!("{title} ({lang})")),
        };
        let doc = record_repo::insert_document(
            &tx,
            NewDocument {
                meeting_id: meeting.id,
                title: title.to_owned(),
                kind,
                author_org: org.to_owned(),
                dated_on: day(9, 20).unwrap_or(meeting.starts_on),
            },
            file(languages[0]),
        )
        .await?;
        for lang in &languages[1..] {
            record_repo::put_file(&tx, doc.id, file(lang)).await?;
        }
        record_repo::publish(&tx, doc.id).await?;
    }
    tx.commit().await?;

    // The consultation run before the meeting: the demo's questions, closed and published.
    let draft = authoring::create(
        db,
        actor,
        group_id,
        NewConsultation {
            slug: Some(LAST_YEAR_SLUG.into()),
            meeting_id: Some(meeting.id),
            opens_at: None,
            closes_at: None,
            definition: super::demo::definition(),
        },
        "consultation_created",
    )
    .await
    .map_err(|e| anyhow::anyhow!("The demo consultation is not valid: {e:?}"))?;
    for to in [Status::Open, Status::Closed] {
        lifecycle::transition(db, actor, draft.id(), to, None)
            .await
            .map_err(|e| anyhow::anyhow!("The demo consultation does not move: {e:?}"))?;
    }
    let closed = repo::find_by_id(db, draft.id())
        .await?
        .ok_or_else(|| anyhow::anyhow!("The demo consultation vanished"))?;
    crate::publishing::publish(db, &closed, Some(actor.id()), true)
        .await
        .map_err(|e| anyhow::anyhow!("The demo consultation does not publish: {e:?}"))?;
    // Its dates in the year before, as if it had run then.
    let at = |month, day| Utc.with_ymd_and_hms(year, month, day, 9, 0, 0).single();
    consultation::Entity::update_many()
        // Created then too, so it sorts below the demo consultation on the group's home.
        .col_expr(consultation::Column::CreatedAt, Expr::value(at(7, 15)))
        .col_expr(consultation::Column::OpensAt, Expr::value(at(8, 1)))
        .col_expr(consultation::Column::ClosesAt, Expr::value(at(9, 15)))
        .col_expr(consultation::Column::ClosedAt, Expr::value(at(9, 15)))
        .col_expr(consultation::Column::PublishedAt, Expr::value(at(10, 1)))
        .filter(consultation::Column::Id.eq(draft.id()))
        .exec(db)
        .await?;
    Ok(true)
}

/// The introduction and conclusions of the demo's report of the year before, per language.
const REPORT_TEXTS: [(&str, &str, &str); 6] = [
    (
        "en",
        "This year the Working Group asked young people how they stay safe online, before its autumn meeting in Geneva.\n\nThis report sets out who took part, what they told us and what the Group did with their views.",
        "Young people asked for clear ways to report harm and for adults who listen. The Group will ask the same questions again next year to see what has changed.",
    ),
    (
        "fr",
        "Cette année, le Groupe de travail a demandé aux jeunes comment ils se protègent en ligne, avant sa réunion d’automne à Genève.",
        "Les jeunes demandent des moyens simples de signaler un problème et des adultes qui écoutent.",
    ),
    (
        "es",
        "Este año el Grupo de Trabajo preguntó a los jóvenes cómo se protegen en línea, antes de su reunión de otoño en Ginebra.",
        "Los jóvenes piden formas sencillas de denunciar un daño y adultos que escuchen.",
    ),
    (
        "ar",
        "سأل الفريق العامل هذا العام الشباب عن كيفية حماية أنفسهم على الإنترنت، قبل اجتماعه في الخريف في جنيف.",
        "يطلب الشباب طرقًا واضحة للإبلاغ عن الأذى وبالغين يصغون إليهم.",
    ),
    (
        "ru",
        "В этом году Рабочая группа спросила молодых людей, как они защищают себя в интернете, перед осенним заседанием в Женеве.",
        "Молодые люди просят простых способов сообщить о вреде и взрослых, которые слушают.",
    ),
    (
        "zh",
        "今年，工作组在日内瓦秋季会议之前，询问了年轻人如何在网上保护自己。",
        "年轻人希望有清楚的途径举报伤害，也希望成年人认真倾听。",
    ),
];

/// Seeds the demo group's published report of the year before, with the key findings of the
/// consultation run that year, once (a report already written is left as it is).
///
/// # Errors
/// A database failure.
pub async fn seed_report(db: &DatabaseConnection, group_id: i32) -> anyhow::Result<()> {
    use crate::reports::repo as reports;
    let period = (Utc::now().year() - 1).to_string();
    if !reports::drafts(db, group_id, &period).await?.is_empty() {
        return Ok(());
    }
    let tx = crate::db::begin_write(db).await?;
    for (lang, introduction, conclusions) in REPORT_TEXTS {
        reports::save_texts(&tx, group_id, &period, lang, introduction, conclusions).await?;
    }
    if let Some(c) = repo::find_by_slug(&tx, LAST_YEAR_SLUG).await? {
        reports::save_finding(
            &tx,
            c.id(),
            "en",
            "Most young people said they know how to block someone, but fewer know where to report harm.",
        )
        .await?;
    }
    reports::set_published(&tx, group_id, &period, "en", true).await?;
    tx.commit().await?;
    Ok(())
}
