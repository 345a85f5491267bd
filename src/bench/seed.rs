//! Synthetic responses for demos and benchmarks: realistic, valid answers to any
//! consultation (conditions respected, required questions answered, limits kept), written
//! straight into `response` and `answer` with multi-row inserts in transactions, fast
//! enough to load a million responses.
use std::collections::{BTreeMap, HashMap};

use anyhow::Context;
use chrono::{Duration, Utc};
use rand::{Rng, SeedableRng, rngs::StdRng, seq::SliceRandom};
use sea_orm::{ConnectionTrait, DatabaseConnection, Value, sea_query::Query};
use sha2::{Digest, Sha256};

use crate::{
    aggregation::counters,
    consultations::{
        Consultation,
        answers::{self, AnswerRow},
        definition::{
            AnswerValue, Definition, GENDER_CODES, Phase, Question, QuestionKind, StatementsAnswer,
            Vote,
        },
    },
    entities::{answer, response},
};

/// How seeded free text is marked for moderation: the texts come from a fixed, reviewed
/// list, so they count as approved.
pub const SEEDED_TEXT_STATUS: &str = "approved";

/// Responses per transaction.
const BATCH: usize = 1000;
/// Rows per insert statement (SQLite accepts 32 766 bound values per statement).
const RESPONSES_PER_INSERT: usize = 500;
const ANSWERS_PER_INSERT: usize = 2000;

/// Adds `n` synthetic responses to `consultation`, in batches, then rebuilds its counters so
/// that the overview, the summaries and every download count them like real ones; returns
/// how many were added.
///
/// # Errors
/// A database failure (the batches already committed stay).
pub async fn seed_responses(
    db: &DatabaseConnection,
    consultation: &Consultation,
    n: u64,
) -> anyhow::Result<u64> {
    let mut rng = StdRng::seed_from_u64(rand::random());
    let generator = Generator::new(&consultation.definition);
    let mut done = 0u64;
    let started = std::time::Instant::now();
    while done < n {
        let size = usize::try_from((n - done).min(BATCH as u64)).unwrap_or(BATCH);
        let batch: Vec<Synthetic> = (0..size).map(|_| generator.response(&mut rng)).collect();
        let tx = crate::db::begin_write(db)
            .await
            .context("Failed to start a batch of synthetic responses")?;
        insert_batch(&tx, consultation.id(), &batch).await?;
        tx.commit()
            .await
            .context("Failed to commit a batch of synthetic responses")?;
        done += size as u64;
        if done % 100_000 < BATCH as u64 {
            tracing::info!(
                consultation = consultation.id(),
                done,
                seconds = started.elapsed().as_secs(),
                "synthetic responses"
            );
        }
    }
    counters::rebuild(db, consultation.id())
        .await
        .map_err(|e| anyhow::anyhow!("Failed to count the synthetic responses: {e}"))?;
    Ok(done)
}

/// One generated response.
struct Synthetic {
    submission_id: String,
    language: String,
    age_band: Option<String>,
    country: Option<String>,
    gender: Option<String>,
    phase: Phase,
    minutes_ago: i64,
    rows: Vec<AnswerRow>,
    content_hash: String,
}

/// Inserts the responses, then their answers.
async fn insert_batch(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    batch: &[Synthetic],
) -> anyhow::Result<()> {
    let now = Utc::now();
    let mut ids: HashMap<String, i32> = HashMap::with_capacity(batch.len());
    for chunk in batch.chunks(RESPONSES_PER_INSERT) {
        let mut insert = Query::insert();
        insert.into_table(response::Entity).columns([
            response::Column::ConsultationId,
            response::Column::SubmissionId,
            response::Column::ContentHash,
            response::Column::ReceiptHash,
            response::Column::Language,
            response::Column::AgeBand,
            response::Column::Country,
            response::Column::Gender,
            response::Column::Phase,
            response::Column::SubmittedAt,
        ]);
        for r in chunk {
            let receipt = hex::encode(Sha256::digest(uuid::Uuid::new_v4().as_bytes()));
            let values: Vec<Value> = vec![
                consultation_id.into(),
                r.submission_id.clone().into(),
                r.content_hash.clone().into(),
                receipt.into(),
                r.language.clone().into(),
                r.age_band.clone().into(),
                r.country.clone().into(),
                r.gender.clone().into(),
                r.phase.as_str().into(),
                (now - Duration::minutes(r.minutes_ago)).into(),
            ];
            insert
                .values(values.into_iter().map(Into::into))
                .context("Failed to build an insert of responses")?;
        }
        insert.returning(
            Query::returning().columns([response::Column::Id, response::Column::SubmissionId]),
        );
        let rows = db
            .query_all(&insert)
            .await
            .context("Failed to insert synthetic responses")?;
        for row in rows {
            let id: i32 = row.try_get("", "id").context("Inserted response id")?;
            let submission: String = row
                .try_get("", "submission_id")
                .context("Inserted response submission id")?;
            ids.insert(submission, id);
        }
    }
    let mut pending: Vec<(i32, &AnswerRow)> = Vec::with_capacity(ANSWERS_PER_INSERT);
    for r in batch {
        let id = *ids
            .get(&r.submission_id)
            .context("An inserted response came back without its id")?;
        for row in &r.rows {
            pending.push((id, row));
            if pending.len() == ANSWERS_PER_INSERT {
                insert_answers(db, consultation_id, &pending).await?;
                pending.clear();
            }
        }
    }
    if !pending.is_empty() {
        insert_answers(db, consultation_id, &pending).await?;
    }
    Ok(())
}

async fn insert_answers(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    rows: &[(i32, &AnswerRow)],
) -> anyhow::Result<()> {
    let mut insert = Query::insert();
    insert.into_table(answer::Entity).columns([
        answer::Column::ResponseId,
        answer::Column::ConsultationId,
        answer::Column::QuestionKey,
        answer::Column::OptionCode,
        answer::Column::Position,
        answer::Column::NumberValue,
        answer::Column::TextValue,
        answer::Column::ModerationStatus,
    ]);
    for (response_id, row) in rows {
        let status: Option<String> = row
            .text_value
            .as_ref()
            .map(|_| SEEDED_TEXT_STATUS.to_owned());
        let values: Vec<Value> = vec![
            (*response_id).into(),
            consultation_id.into(),
            row.question_key.clone().into(),
            row.option_code.clone().into(),
            row.position.into(),
            row.number_value.into(),
            row.text_value.clone().into(),
            status.into(),
        ];
        insert
            .values(values.into_iter().map(Into::into))
            .context("Failed to build an insert of answers")?;
    }
    db.execute(&insert)
        .await
        .context("Failed to insert synthetic answers")?;
    Ok(())
}

/// Makes plausible responses for one definition: answer choices lean differently per age
/// band (so cross-tabulations show something), languages and countries follow a rough
/// worldwide mix.
struct Generator<'a> {
    def: &'a Definition,
    languages: Vec<(String, u32)>,
    bands: Vec<String>,
    /// Per question key, per band, per option: its weight.
    leans: HashMap<&'a str, Vec<Vec<u32>>>,
}

impl<'a> Generator<'a> {
    fn new(def: &'a Definition) -> Self {
        let weight = |l: &str| match l {
            "en" => 32,
            "fr" | "es" | "ar" => 16,
            "ru" | "zh" => 10,
            _ => 8,
        };
        let band_count = def.settings.age_bands.len().max(1);
        let leans = def
            .answerable()
            .map(|q| {
                let per_band = (0..band_count)
                    .map(|band| (0..q.options.len()).map(|i| lean(q, i, band)).collect())
                    .collect();
                (q.key.as_str(), per_band)
            })
            .collect();
        Self {
            leans,
            def,
            languages: def
                .languages
                .iter()
                .map(|l| (l.clone(), weight(l)))
                .collect(),
            bands: def
                .settings
                .age_bands
                .iter()
                .filter(|b| !def.too_young(b))
                .map(|b| b.code.clone())
                .collect(),
        }
    }

    fn response(&self, rng: &mut StdRng) -> Synthetic {
        let language = pick_weighted(rng, &self.languages)
            .unwrap_or(&self.def.default_language)
            .clone();
        let band_index = if self.bands.is_empty() {
            0
        } else {
            let w: Vec<(usize, u32)> = (0..self.bands.len())
                .map(|i| (i, [20, 35, 25, 20].get(i).copied().unwrap_or(10)))
                .collect();
            *pick_weighted(rng, &w).unwrap_or(&0)
        };
        let age_band = self.bands.get(band_index).cloned();
        let country = (self.def.settings.ask_country && rng.random_bool(0.9))
            .then(|| country_for(&language, rng).to_owned());
        let gender = (self.def.settings.ask_gender && rng.random_bool(0.95)).then(|| {
            let w: Vec<(&str, u32)> = GENDER_CODES.iter().copied().zip([46, 44, 4, 6]).collect();
            (*pick_weighted(rng, &w).unwrap_or(&"prefer_not_to_say")).to_owned()
        });
        let phases = &self.def.settings.phases;
        let phase = if phases.contains(&Phase::During) && phases.contains(&Phase::Before) {
            if rng.random_bool(0.15) {
                Phase::During
            } else {
                Phase::Before
            }
        } else {
            phases.first().copied().unwrap_or(Phase::Before)
        };
        let mut answers: BTreeMap<String, AnswerValue> = BTreeMap::new();
        let mut rows = Vec::new();
        for q in self.def.answerable() {
            if !self.def.is_shown(q, &answers) {
                continue;
            }
            let chance = match q.kind {
                _ if q.required => 1.0,
                QuestionKind::ShortText => 0.45,
                QuestionKind::LongText => 0.2,
                _ => 0.88,
            };
            if !rng.random_bool(chance) {
                continue;
            }
            let weights = self
                .leans
                .get(q.key.as_str())
                .and_then(|per_band| per_band.get(band_index))
                .map_or(&[][..], Vec::as_slice);
            if let Some(value) = answer_for(q, weights, &language, rng) {
                rows.extend(answers::rows_for(q, &value));
                answers.insert(q.key.clone(), value);
            }
        }
        let content = serde_json::to_string(&answers).unwrap_or_default();
        Synthetic {
            submission_id: uuid::Uuid::new_v4().to_string(),
            content_hash: hex::encode(Sha256::digest(content.as_bytes())),
            language,
            age_band,
            country,
            gender,
            phase,
            minutes_ago: rng.random_range(0..60 * 24 * 30),
            rows,
        }
    }
}

fn pick_weighted<'a, T>(rng: &mut StdRng, items: &'a [(T, u32)]) -> Option<&'a T> {
    let total: u32 = items.iter().map(|(_, w)| *w).sum();
    if total == 0 {
        return items.first().map(|(t, _)| t);
    }
    let mut roll = rng.random_range(0..total);
    for (item, w) in items {
        if roll < *w {
            return Some(item);
        }
        roll -= w;
    }
    items.last().map(|(t, _)| t)
}

/// A stable weight per (question, option, band): each band leans its own way.
fn lean(q: &Question, option: usize, band: usize) -> u32 {
    let digest = Sha256::digest(format!("{}:{option}", q.key).as_bytes());
    let base = u32::from(digest[0] % 6) + 1;
    let shift = u32::try_from(band).unwrap_or(0) * u32::from(digest[1] % 3);
    let towards_end = u32::try_from(option).unwrap_or(0) * shift / 2;
    base + towards_end
}

fn answer_for(
    q: &Question,
    leans: &[u32],
    language: &str,
    rng: &mut StdRng,
) -> Option<AnswerValue> {
    let lean_of = |i: usize| leans.get(i).copied().unwrap_or(1);
    let weights: Vec<(usize, u32)> = (0..q.options.len()).map(|i| (i, lean_of(i))).collect();
    match q.kind {
        QuestionKind::SingleChoice | QuestionKind::Scale | QuestionKind::Rating => {
            let i = *pick_weighted(rng, &weights)?;
            Some(AnswerValue::Text(q.options[i].code.clone()))
        }
        QuestionKind::MultipleChoice => {
            let max = q.max_choices.map_or(q.options.len(), |m| m as usize).max(1);
            let mut chosen: Vec<String> = q
                .options
                .iter()
                .enumerate()
                .filter(|(i, _)| rng.random_bool((f64::from(lean_of(*i)) / 16.0).min(0.9)))
                .map(|(_, o)| o.code.clone())
                .collect();
            chosen.shuffle(rng);
            chosen.truncate(max);
            if chosen.is_empty() {
                let i = *pick_weighted(rng, &weights)?;
                chosen.push(q.options[i].code.clone());
            }
            Some(AnswerValue::Codes(chosen))
        }
        QuestionKind::Ranking => {
            let mut scored: Vec<(f64, String)> = q
                .options
                .iter()
                .enumerate()
                .map(|(i, o)| {
                    let score = f64::from(lean_of(i)) + rng.random_range(0.0..6.0);
                    (score, o.code.clone())
                })
                .collect();
            scored.sort_by(|a, b| b.0.total_cmp(&a.0));
            Some(AnswerValue::Codes(
                scored
                    .into_iter()
                    .map(|(_, c)| c)
                    .take(q.rank_places())
                    .collect(),
            ))
        }
        QuestionKind::Number => {
            let min = q.min.unwrap_or(0.0);
            let max = q.max.unwrap_or(min + 100.0).max(min);
            let centre = min + (max - min) * 0.4;
            let spread = ((max - min) / 6.0).max(1.0);
            let noise: f64 = (0..3).map(|_| rng.random_range(-1.0..1.0)).sum::<f64>();
            Some(AnswerValue::Number(
                (centre + noise * spread).round().clamp(min, max),
            ))
        }
        QuestionKind::ShortText | QuestionKind::LongText => {
            let pool = texts_for(language, q.kind == QuestionKind::LongText);
            let text = pool.get(rng.random_range(0..pool.len()))?;
            Some(AnswerValue::Text(
                text.chars().take(q.text_limit()).collect(),
            ))
        }
        QuestionKind::Info => None,
        QuestionKind::Statements => {
            // Votes lean like options do: a statement's lean is its agree weight.
            let mut votes = std::collections::BTreeMap::new();
            for (i, st) in q.statements.iter().take(q.statements_shown()).enumerate() {
                if !rng.random_bool(0.9) {
                    continue;
                }
                let agree = f64::from(lean_of(i)) / (f64::from(lean_of(i)) + 2.0);
                let vote = if rng.random_bool(0.1) {
                    Vote::Pass
                } else if rng.random_bool(agree) {
                    Vote::Agree
                } else {
                    Vote::Disagree
                };
                votes.insert(st.code.clone(), vote.as_str().to_owned());
            }
            Some(AnswerValue::Votes(StatementsAnswer {
                votes,
                new_statements: Vec::new(),
            }))
        }
    }
}

fn country_for(language: &str, rng: &mut StdRng) -> &'static str {
    let list: &[&str] = match language {
        "ar" => &["EG", "SA", "MA", "JO", "AE", "TN", "LB"],
        "es" => &["ES", "MX", "CO", "AR", "PE", "CL", "GT"],
        "fr" => &["FR", "SN", "CI", "CM", "BE", "CA", "MA", "CD"],
        "ru" => &["RU", "KZ", "BY", "KG", "UZ", "AM"],
        "zh" => &["CN", "SG", "MY"],
        _ => &["GB", "US", "IN", "KE", "NG", "AU", "PH", "ZA", "GH"],
    };
    list[rng.random_range(0..list.len())]
}

/// Answers young people might write, by language (short, then long).
fn texts_for(language: &str, long: bool) -> &'static [&'static str] {
    match (language, long) {
        ("ar", false) => &[
            "زر إبلاغ أسهل وأسرع",
            "منع الغرباء من مراسلة الأطفال",
            "دروس عن الأمان على الإنترنت في المدرسة",
            "حذف التعليقات المسيئة بسرعة",
            "إعدادات خصوصية أبسط",
            "أن تستمع الشركات إلى الشباب",
        ],
        ("ar", true) => &[
            "أتمنى أن تأخذ الشركات البلاغات على محمل الجد. عندما أبلغت عن حساب مزعج لم يحدث شيء.",
            "يجب أن يتعلم الكبار أيضًا كيف يستخدمون الإنترنت بأمان، وليس الأطفال فقط.",
            "نريد أن نكون آمنين على الإنترنت من دون أن نُمنع من استخدامه.",
        ],
        ("es", false) => &[
            "Un botón de denuncia más fácil",
            "Que los desconocidos no puedan escribir a los niños",
            "Clases sobre seguridad en internet",
            "Borrar rápido los comentarios ofensivos",
            "Ajustes de privacidad más simples",
            "Que las empresas escuchen a los jóvenes",
        ],
        ("es", true) => &[
            "Ojalá las plataformas respondieran cuando denunciamos algo. Denuncié una cuenta que acosaba a mi amiga y nadie hizo nada.",
            "Los adultos también necesitan aprender a usar internet con seguridad, no solo los niños.",
            "Queremos estar seguros en internet sin que nos prohíban usarlo.",
        ],
        ("fr", false) => &[
            "Un bouton signaler plus simple",
            "Empêcher les inconnus d’écrire aux enfants",
            "Des cours sur la sécurité en ligne",
            "Supprimer vite les commentaires méchants",
            "Des réglages de confidentialité plus clairs",
            "Que les entreprises écoutent les jeunes",
        ],
        ("fr", true) => &[
            "J’aimerais que les plateformes répondent quand on signale quelque chose. J’ai signalé un compte qui harcelait mon amie et rien ne s’est passé.",
            "Les adultes aussi devraient apprendre à utiliser Internet en sécurité, pas seulement les enfants.",
            "On veut être en sécurité en ligne sans qu’on nous interdise d’y aller.",
        ],
        ("ru", false) => &[
            "Простая кнопка «Пожаловаться»",
            "Запретить незнакомцам писать детям",
            "Уроки безопасности в интернете",
            "Быстро удалять оскорбительные комментарии",
            "Понятные настройки приватности",
            "Чтобы компании слушали молодёжь",
        ],
        ("ru", true) => &[
            "Хочу, чтобы платформы отвечали на жалобы. Я пожаловался на аккаунт, который травил мою подругу, и ничего не произошло.",
            "Взрослым тоже нужно учиться безопасно пользоваться интернетом, не только детям.",
            "Мы хотим быть в безопасности в интернете, но чтобы нам не запрещали им пользоваться.",
        ],
        ("zh", false) => &[
            "更简单的举报按钮",
            "不让陌生人给孩子发消息",
            "在学校上网络安全课",
            "尽快删除伤人的评论",
            "更简单的隐私设置",
            "希望公司听听年轻人的意见",
        ],
        ("zh", true) => &[
            "希望平台认真对待举报。我举报了一个欺负我朋友的账号，但什么都没有发生。",
            "大人也需要学习如何安全上网，不只是孩子。",
            "我们希望上网安全，而不是被禁止上网。",
        ],
        (_, false) => &[
            "An easier report button",
            "Stop strangers from messaging kids",
            "Online safety lessons at school",
            "Remove mean comments faster",
            "Simpler privacy settings",
            "Companies should listen to young people",
        ],
        (_, true) => &[
            "I wish platforms answered when we report something. I reported an account that was bullying my friend and nothing happened.",
            "Adults need to learn how to be safe online too, not only children.",
            "We want to be safe online without being banned from using it.",
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::demo;

    #[test]
    fn synthetic_answers_follow_the_definition() {
        let def = demo::definition();
        let generator = Generator::new(&def);
        let mut rng = StdRng::seed_from_u64(7);
        for _ in 0..300 {
            let r = generator.response(&mut rng);
            assert!(def.has_language(&r.language));
            let keys: Vec<&str> = r.rows.iter().map(|a| a.question_key.as_str()).collect();
            assert!(keys.contains(&"time_online"), "required question answered");
            let upset_yes = r
                .rows
                .iter()
                .any(|a| a.question_key == "upsetting" && a.option_code.as_deref() == Some("yes"));
            assert!(
                upset_yes || !keys.contains(&"what_happened"),
                "the condition holds"
            );
            let activities = keys.iter().filter(|k| **k == "activities").count();
            assert!(activities <= 3, "max choices kept");
            for row in &r.rows {
                let q = def.question(&row.question_key).unwrap();
                if let Some(code) = &row.option_code {
                    let known = q.option(code).is_some() || q.statement(code).is_some();
                    assert!(known, "{code}");
                }
                if let Some(n) = row.number_value.filter(|_| q.kind == QuestionKind::Number) {
                    assert!((3.0..=24.0).contains(&n));
                }
                if let Some(text) = &row.text_value {
                    assert!(text.chars().count() <= q.text_limit());
                }
            }
            let ranking = r
                .rows
                .iter()
                .filter(|a| a.question_key == "help_first")
                .count();
            // The demo offers every place of its 5 priorities (a young person may fill fewer).
            assert!(ranking == 0 || ranking == 5, "all five ranked");
        }
    }
}
