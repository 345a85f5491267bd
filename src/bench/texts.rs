//! Step 8 of `consulta bench`: the free-text analysis of one question
//! ([`crate::aggregation::texts::analyse`], as the summary pages and API, the
//! published results and the exports call it) over 100,000 approved answers (10,000 with `--quick`)
//! in six languages, Chinese and Arabic included, loaded with multi-row inserts.
use std::time::Instant;

use anyhow::Context;
use chrono::Utc;
use sea_orm::{
    ConnectionTrait, DatabaseConnection, FromQueryResult, Value,
    sea_query::{Expr, ExprTrait, Query},
};

use super::{Figure, summaries};
use crate::{
    aggregation::{
        counters::Dimension,
        suppression::{Audience, effective_threshold},
        texts::{self, TextRow},
    },
    entities::{answer, response},
};

/// Approved answers of the full measurement (the target size).
pub const ANSWERS: u64 = 100_000;
/// The question analysed (a short text of the bench consultation).
const QUESTION: &str = "worry";
/// Rows per insert statement (SQLite accepts 32,766 bound values per statement).
const ROWS_PER_INSERT: usize = 1_000;

/// Languages with their share of the answers and phrases young people might write.
const LANGUAGES: &[(&str, u64, &[&str])] = &[
    (
        "en",
        30,
        &[
            "strangers send me messages and I do not like it",
            "people share photos without asking",
            "scams and fake games that steal accounts",
            "bullying in group chats at school",
            "too much time on my phone at night",
            "adults should listen to young people",
            "online safety lessons should start earlier",
            "my parents check my phone every day",
        ],
    ),
    (
        "fr",
        15,
        &[
            "des inconnus m'envoient des messages",
            "le harcèlement en ligne fait peur aux enfants",
            "les écoles devraient parler de sécurité",
            "on partage mes photos sans demander",
            "trop de temps sur le téléphone le soir",
            "les adultes doivent écouter les jeunes",
        ],
    ),
    (
        "es",
        15,
        &[
            "los desconocidos me envían mensajes",
            "el acoso en las redes sociales es un problema",
            "necesitamos más seguridad en internet",
            "los padres deben hablar con los jóvenes",
            "demasiado tiempo en el móvil por la noche",
            "estafas y juegos falsos que roban cuentas",
        ],
    ),
    (
        "ar",
        15,
        &[
            "التنمّر على الإنترنت مشكلة كبيرة",
            "يجب حماية الأطفال من الغرباء",
            "الأطفال يحتاجون إلى الأمان على الانترنت",
            "يشارك الناس الصور دون إذن",
            "وقت طويل على الهاتف في الليل",
            "على الكبار أن يستمعوا إلى الشباب",
        ],
    ),
    (
        "ru",
        10,
        &[
            "травля в интернете это серьёзная проблема",
            "незнакомцы пишут мне сообщения",
            "нужно больше говорить о безопасности в школе",
            "слишком много времени в телефоне ночью",
            "взрослые должны слушать молодых людей",
            "мошенники крадут аккаунты в играх",
        ],
    ),
    (
        "zh",
        15,
        &[
            "网络欺凌是一个很严重的问题",
            "陌生人给我发消息，我不喜欢",
            "我们需要更多的网络安全教育",
            "学校应该教我们网络安全",
            "晚上玩手机的时间太长",
            "大人应该听听年轻人的意见",
        ],
    ),
];

/// Syllables of the rarer made-up words mixed into the answers (a vocabulary of thousands).
fn syllables(language: &str) -> &'static [&'static str] {
    match language {
        "ar" => &["كا", "لو", "مي", "را", "تي", "سو", "فن", "دو"],
        "ru" => &["ка", "ло", "ми", "ра", "те", "су", "вен", "дор"],
        "zh" => &["山", "水", "火", "木", "金", "土", "风", "云"],
        _ => &["ka", "lo", "mi", "ra", "te", "su", "ven", "dor"],
    }
}

/// A seeded generator (every run writes the same answers).
struct Seeded(u64);

impl Seeded {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % Ord::max(below, 1)
    }
}

/// One answer in `language`: one to three phrases, often a made-up word, sometimes a
/// scrubbing marker.
fn answer_text(rng: &mut Seeded, language: &str, phrases: &[&str]) -> String {
    let mut out = String::new();
    let zh = language == "zh";
    for i in 0..=rng.next(3) {
        if i > 0 {
            out.push_str(if zh { "。" } else { ". " });
        }
        out.push_str(phrases[rng.next(phrases.len() as u64) as usize]);
        if rng.next(2) == 0 {
            let parts = syllables(language);
            if !zh {
                out.push(' ');
            }
            for _ in 0..2 + rng.next(2) {
                out.push_str(parts[rng.next(parts.len() as u64) as usize]);
            }
        }
    }
    if rng.next(10) == 0 {
        out.push_str(" [email]");
    }
    out
}

#[derive(FromQueryResult)]
struct Stored {
    id: i32,
    language: String,
}

/// Loads `n` approved answers to one question of a new consultation; returns its id.
async fn load(db: &DatabaseConnection, n: u64) -> anyhow::Result<i32> {
    let slug = format!(
        "bench-texts-{}",
        &uuid::Uuid::new_v4().simple().to_string()[..8]
    );
    let consultation = summaries::create_consultation(db, &slug).await?;
    let cid = consultation.id();
    let backend = db.get_database_backend();
    let total: u64 = LANGUAGES.iter().map(|l| l.1).sum();
    let mut rng = Seeded(21);
    let now = Utc::now();
    let mut i = 0;
    while i < n {
        let mut insert = Query::insert();
        insert.into_table(response::Entity).columns([
            response::Column::ConsultationId,
            response::Column::SubmissionId,
            response::Column::ContentHash,
            response::Column::ReceiptHash,
            response::Column::Language,
            response::Column::AgeBand,
            response::Column::Gender,
            response::Column::Phase,
            response::Column::SubmittedAt,
        ]);
        for _ in 0..ROWS_PER_INSERT.min(usize::try_from(n - i).unwrap_or(ROWS_PER_INSERT)) {
            let mut pick = rng.next(total);
            let language = LANGUAGES
                .iter()
                .find(|l| {
                    let hit = pick < l.1;
                    pick = pick.saturating_sub(l.1);
                    hit
                })
                .map_or("en", |l| l.0);
            let age = ["9-12", "13-15", "16-17", "18-24"][rng.next(4) as usize];
            let gender = ["girl", "boy"][rng.next(2) as usize];
            insert.values_panic([
                cid.into(),
                format!("texts-{i}").into(),
                "bench".into(),
                format!("bench-texts-{cid}-{i}").into(),
                language.into(),
                age.into(),
                gender.into(),
                "before".into(),
                Value::from(now).into(),
            ]);
            i += 1;
        }
        db.execute(&insert)
            .await
            .context("Failed to insert the responses")?;
    }
    let mut select = Query::select();
    select
        .columns([response::Column::Id, response::Column::Language])
        .from(response::Entity)
        .and_where(Expr::col(response::Column::ConsultationId).eq(cid));
    let stored = Stored::find_by_statement(backend.build(&select))
        .all(db)
        .await?;
    for chunk in stored.chunks(ROWS_PER_INSERT) {
        let mut insert = Query::insert();
        insert.into_table(answer::Entity).columns([
            answer::Column::ResponseId,
            answer::Column::ConsultationId,
            answer::Column::QuestionKey,
            answer::Column::TextValue,
            answer::Column::ModerationStatus,
        ]);
        for row in chunk {
            let phrases = LANGUAGES
                .iter()
                .find(|l| l.0 == row.language)
                .map_or(LANGUAGES[0].2, |l| l.2);
            insert.values_panic([
                row.id.into(),
                cid.into(),
                QUESTION.into(),
                answer_text(&mut rng, &row.language, phrases).into(),
                "approved".into(),
            ]);
        }
        db.execute(&insert)
            .await
            .context("Failed to insert the answers")?;
    }
    Ok(cid)
}

/// Reads the question's texts as the analysis does (for a facilitator); returns how many.
async fn read_texts(db: &DatabaseConnection, cid: i32) -> anyhow::Result<u64> {
    let query = texts::read_query(cid, QUESTION, Audience::Facilitator);
    let rows = TextRow::find_by_statement(db.get_database_backend().build(&query))
        .all(db)
        .await?;
    Ok(rows.len() as u64)
}

/// Loads the answers and times `runs` analyses for a facilitator (with the preview of
/// answers waiting for moderation), for the public, and for a facilitator filtered to one
/// age band; the target (< 1 s) is the issue's, for 100,000 answers.
///
/// # Errors
/// A database error.
pub async fn measure(
    db: &DatabaseConnection,
    quick: bool,
    runs: usize,
) -> anyhow::Result<Vec<Figure>> {
    let n = if quick { ANSWERS / 10 } else { ANSWERS };
    let step = format!("8 texts {}k", n / 1_000);
    let step = step.as_str();
    let started = Instant::now();
    let cid = load(db, n).await?;
    let mut figures = vec![Figure::of(
        step,
        "load of the answers (multi-row inserts)",
        "s",
        &[started.elapsed().as_secs_f64()],
    )];
    // The rows the analysis reads, alone: what the rest of its time is spent on is the text.
    let mut read = Vec::with_capacity(runs.max(1));
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        let rows = read_texts(db, cid).await?;
        read.push(started.elapsed().as_secs_f64());
        anyhow::ensure!(rows == n, "read {rows} texts of {n}");
    }
    figures.push(Figure::of(
        step,
        "read of the texts alone (same columns and join)",
        "s",
        &read,
    ));
    let threshold = effective_threshold(10);
    let mut analysed = 0;
    for (name, audience, filter) in [
        (
            "analysis, facilitator (with preview)",
            Audience::Facilitator,
            None,
        ),
        ("analysis, public", Audience::Public, None),
        (
            "analysis, facilitator, age 13-15",
            Audience::Facilitator,
            Some((Dimension::AgeBand, "13-15")),
        ),
    ] {
        let mut seconds = Vec::with_capacity(runs.max(1));
        for _ in 0..runs.max(1) {
            let started = Instant::now();
            let analysis = texts::analyse(db, cid, QUESTION, filter, threshold, audience, 5)
                .await
                .context("Failed to analyse the texts")?;
            seconds.push(started.elapsed().as_secs_f64());
            if filter.is_none() && audience == Audience::Facilitator {
                analysed = analysis
                    .languages
                    .iter()
                    .filter_map(|l| l.answers)
                    .sum::<u64>();
            }
        }
        let figure = Figure::of(step, name, "s", &seconds);
        figures.push(if quick {
            figure
        } else {
            figure.target("< 1 s", |v| v < 1.0)
        });
    }
    let mut check = Figure::of(
        step,
        "answers analysed − approved",
        "answers",
        &[analysed as f64 - n as f64],
    );
    check.met = Some(analysed == n);
    check.target = Some("0".into());
    figures.push(check);
    Ok(figures)
}
