//! Step 5 of `consulta bench`: a live meeting. Phones join with the code and answer one
//! question while projector views follow the count over Server-Sent Events
//! ([`crate::live::bench`] drives it); then the stored answers are counted in the database,
//! so a lost or doubled answer shows.
use std::time::Duration;

use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, sea_query::Expr,
};

use super::{Figure, consultation};
use crate::{
    accounts::{Role, password, repo as accounts},
    bench::live_meeting::{LiveBench, LiveFigures, bench_live},
    consultations::definition::Phase,
    entities::{consultation as consultation_entity, response},
};

const STEP: &str = "5 live";

/// How big a meeting: the 2,000 phones and 200 projector views, or a small one.
pub struct Size {
    pub participants: usize,
    pub presenters: usize,
    /// Phones start evenly over this time.
    pub spread: Duration,
    /// Each meeting stops after this, whatever happens.
    pub deadline: Duration,
}

impl Size {
    pub fn new(quick: bool) -> Self {
        if quick {
            Self {
                participants: 200,
                presenters: 20,
                spread: Duration::from_secs(4),
                deadline: Duration::from_secs(20),
            }
        } else {
            Self {
                participants: 2000,
                presenters: 200,
                spread: Duration::from_secs(30),
                deadline: Duration::from_secs(90),
            }
        }
    }
}

/// A consultation with the "during the meeting" phase and a facilitator of its group, ready
/// for a live session: its id, slug, and the facilitator's e-mail and password.
pub(crate) struct Prepared {
    pub consultation_id: i32,
    pub slug: String,
    pub email: String,
    pub password: String,
}

/// Stores a [`Prepared`] meeting.
///
/// # Errors
/// A database error.
pub(crate) async fn prepare(db: &DatabaseConnection) -> anyhow::Result<Prepared> {
    let (consultation_id, slug) = consultation::create(db).await?;
    let mut definition = consultation::definition();
    if !definition.settings.phases.contains(&Phase::During) {
        definition.settings.phases.push(Phase::During);
    }
    consultation_entity::Entity::update_many()
        .col_expr(
            consultation_entity::Column::Definition,
            Expr::value(serde_json::to_string(&definition)?),
        )
        .col_expr(
            consultation_entity::Column::UpdatedAt,
            Expr::value(chrono::Utc::now()),
        )
        .filter(consultation_entity::Column::Id.eq(consultation_id))
        .exec(db)
        .await?;
    let group_id = consultation_entity::Entity::find_by_id(consultation_id)
        .one(db)
        .await?
        .map(|c| c.group_id)
        .ok_or_else(|| anyhow::anyhow!("The bench consultation disappeared"))?;
    let secret = uuid::Uuid::new_v4().simple().to_string();
    let email = format!("live-{}@bench.invalid", &secret[..12]);
    let hash = password::hash(secret.clone()).await?;
    let account = accounts::create_account(
        db,
        accounts::NewAccount {
            email: &email,
            display_name: "Bench facilitator",
            password_hash: &hash,
            is_admin: false,
            locale: "en",
        },
    )
    .await?;
    accounts::set_membership(db, account.id, group_id, Role::Facilitator).await?;
    Ok(Prepared {
        consultation_id,
        slug,
        email,
        password: secret,
    })
}

/// One meeting: a [`Prepared`] consultation, the run, and the answers stored in the database.
async fn meeting(
    db: &DatabaseConnection,
    base: &str,
    size: &Size,
) -> anyhow::Result<(LiveFigures, u64)> {
    let Prepared {
        consultation_id,
        slug,
        email,
        password: secret,
    } = prepare(db).await?;
    let figures = bench_live(&LiveBench {
        base_url: base.to_owned(),
        slug,
        email,
        password: secret,
        question: "time_online".into(),
        option: "1_to_3h".into(),
        participants: size.participants,
        presenters: size.presenters,
        spread: size.spread,
        deadline: size.deadline,
    })
    .await?;
    let stored = response::Entity::find()
        .filter(response::Column::ConsultationId.eq(consultation_id))
        .filter(response::Column::Phase.eq("during"))
        .count(db)
        .await?;
    Ok((figures, stored))
}

/// What the live step measured, and whether every acknowledged answer was stored once and
/// every projector ended on that count.
pub struct Measured {
    pub figures: Vec<Figure>,
    pub verified: bool,
    /// What failed requests met, when some did.
    pub errors: Vec<String>,
}

/// Runs `runs` meetings and reports the median of each figure.
///
/// # Errors
/// When a meeting cannot be set up (the facilitator cannot sign in, the session does not
/// start) or a database error.
pub async fn measure(
    db: &DatabaseConnection,
    base: &str,
    quick: bool,
    runs: usize,
) -> anyhow::Result<Measured> {
    let size = Size::new(quick);
    let mut all = Vec::new();
    for _ in 0..runs {
        all.push(meeting(db, base, &size).await?);
    }
    let values = |f: &dyn Fn(&LiveFigures, u64) -> f64| -> Vec<f64> {
        all.iter()
            .map(|(figures, stored)| f(figures, *stored))
            .collect()
    };
    let name = |figure: &str| format!("meeting: {figure}");
    let submission_p50 = values(&|f, _| f.submission_p50_ms);
    let submission_p95 = values(&|f, _| f.submission_p95_ms);
    let update_p50 = values(&|f, _| f.update_p50_ms);
    let update_p95 = values(&|f, _| f.update_p95_ms);
    let errors = values(&|f, _| f.errors as f64);
    // Positive: answers stored twice or without an acknowledgement; negative: lost.
    let stored_gap = values(&|f, stored| stored as f64 - f.stored as f64);
    // The projector furthest from the stored count (0 when every one ended on it).
    let screen_gap = values(&|f, stored| {
        let low = f.final_counts_min as f64 - stored as f64;
        let high = f.final_counts_max as f64 - stored as f64;
        if high.abs() > low.abs() { high } else { low }
    });
    let mut figures = vec![
        Figure::of(
            STEP,
            &name("phones answering"),
            "phones",
            &[size.participants as f64],
        ),
        Figure::of(
            STEP,
            &name("projector views open"),
            "streams",
            &[size.presenters as f64],
        ),
        Figure::of(STEP, &name("submissions p50"), "ms", &submission_p50),
        Figure::of(STEP, &name("submissions p95"), "ms", &submission_p95)
            .target("< 500 ms", |v| v < 500.0),
        Figure::of(STEP, &name("presenter update p50"), "ms", &update_p50),
        Figure::of(STEP, &name("presenter update p95"), "ms", &update_p95)
            .target("< 1 s", |v| v < 1000.0),
        Figure::of(STEP, &name("failed requests"), "requests", &errors).target("0", |v| v == 0.0),
        Figure::of(STEP, &name("stored − acknowledged"), "answers", &stored_gap)
            .target("0", |v| v == 0.0),
        Figure::of(
            STEP,
            &name("projector count − stored"),
            "answers",
            &screen_gap,
        )
        .target("0", |v| v == 0.0),
    ];
    figures.push(Figure::of(
        STEP,
        &name("duration"),
        "s",
        &values(&|f, _| f.seconds),
    ));
    let verified = all.iter().all(|(f, stored)| {
        *stored == f.stored as u64 && f.final_counts_min == *stored && f.final_counts_max == *stored
    });
    let errors = all
        .iter()
        .flat_map(|(f, _)| f.error_kinds.iter().cloned())
        .take(10)
        .collect();
    Ok(Measured {
        figures,
        verified,
        errors,
    })
}
