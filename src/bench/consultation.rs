//! The consultation the bench answers: the demo consultation (`consulta demo`, the same
//! document: every question kind, six languages, a condition, two free texts) stored
//! directly under a fresh slug, and the varied answers a young person sends (those of
//! `../shared/bench/sidebyside/consulta.lua`).
use chrono::Utc;
use rand::{Rng, seq::IndexedRandom};
use sea_orm::{ActiveModelTrait, DatabaseConnection, Set};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::{
    accounts::repo as accounts,
    consultations::{definition::Definition, join_code},
    entities::consultation,
};

/// Answer rows one [`api_body`] response stores: time online, two activities, feeling safe,
/// upsetting, the three top-ranked helpers, report ease, first phone age and two texts.
pub const ANSWER_ROWS: usize = 12;

/// The demo consultation's definition (`frontend/demo/consultation.json`).
pub fn definition() -> Definition {
    super::demo::definition()
}

/// Stores an open consultation with [`definition`] and returns its id and slug.
///
/// # Errors
/// A database error.
pub async fn create(db: &DatabaseConnection) -> anyhow::Result<(i32, String)> {
    let suffix = Uuid::new_v4().simple().to_string();
    let group = accounts::create_group(db, &format!("bench-{}", &suffix[..8]), "Bench").await?;
    let slug = format!("bench-{}", &suffix[..8]);
    let now = Utc::now();
    let definition = definition();
    let row = consultation::ActiveModel {
        group_id: Set(group.id),
        meeting_id: Set(None),
        slug: Set(slug.clone()),
        join_code: Set(join_code::generate()),
        status: Set("open".into()),
        default_language: Set(definition.default_language.clone()),
        definition: Set(serde_json::to_string(&definition)?),
        version: Set(1),
        opens_at: Set(None),
        closes_at: Set(None),
        closed_at: Set(None),
        published_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok((row.id, slug))
}

const TIME_ONLINE: [&str; 5] = ["under_1h", "1_to_3h", "3_to_5h", "over_5h", "not_sure"];
const ACTIVITIES: [&str; 7] = [
    "schoolwork",
    "videos",
    "games",
    "messaging",
    "social_media",
    "creating",
    "news",
];
const SCALE: [&str; 5] = [
    "strongly_disagree",
    "disagree",
    "neutral",
    "agree",
    "strongly_agree",
];
const BANDS: [&str; 3] = ["13-15", "16-17", "18-24"];
const TEXTS: [&str; 3] = [
    "More privacy settings",
    "Teach online safety at school",
    "Report buttons that work",
];

fn pick<const N: usize>(rng: &mut impl Rng, from: &[&'static str; N]) -> &'static str {
    from.choose(rng).copied().unwrap_or(from[0])
}

/// A complete, varied response to the demo consultation for the JSON API ([`ANSWER_ROWS`]
/// answer rows, two short texts), as `consulta.lua` sends it. The answers are drawn from the
/// submission id, so a retry with the same id sends the same response (stored once, 200).
pub fn api_body(submission_id: Uuid) -> Value {
    use rand::SeedableRng;
    let (high, low) = submission_id.as_u64_pair();
    let mut rng = rand::rngs::StdRng::seed_from_u64(high ^ low);
    let a1 = rng.random_range(0..ACTIVITIES.len());
    let a2 = (a1 + 1) % ACTIVITIES.len();
    json!({
        "submission_id": submission_id,
        "language": "en",
        "age_band": pick(&mut rng, &BANDS),
        "answers": {
            "time_online": pick(&mut rng, &TIME_ONLINE),
            "activities": [ACTIVITIES[a1], ACTIVITIES[a2]],
            "feel_safe": pick(&mut rng, &SCALE),
            "upsetting": "no",
            "help_first": ["friend", "parent", "teacher"],
            "report_ease": rng.random_range(0..=10).to_string(),
            "first_phone_age": rng.random_range(6..=16),
            "one_change": pick(&mut rng, &TEXTS),
            "message_to_leaders": pick(&mut rng, &TEXTS),
        }
    })
}

/// The form fields of each step of the HTML journey after the start, in order: age, about
/// you, then the demo's three sections (the same answers as [`api_body`]).
pub fn form_steps() -> Vec<Vec<(&'static str, &'static str)>> {
    vec![
        vec![("age_band", "13-15")],
        vec![("country", "KE"), ("gender", "prefer_not_to_say")],
        vec![
            ("a:time_online", "1_to_3h"),
            ("a:activities", "games"),
            ("a:activities", "messaging"),
            ("a:feel_safe", "agree"),
        ],
        vec![
            ("a:upsetting", "no"),
            ("r:help_first:friend", "1"),
            ("r:help_first:parent", "2"),
            ("r:help_first:teacher", "3"),
            ("r:help_first:helpline", ""),
            ("r:help_first:report_button", ""),
            ("a:report_ease", "7"),
        ],
        vec![
            ("a:first_phone_age", "11"),
            ("a:one_change", "More privacy settings"),
            ("a:message_to_leaders", "Teach online safety at school"),
        ],
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_retry_sends_the_same_response_and_other_ids_vary() {
        let id = Uuid::new_v4();
        assert_eq!(api_body(id), api_body(id));
        let bodies: std::collections::BTreeSet<String> = (0..20)
            .map(|_| api_body(Uuid::new_v4())["answers"].to_string())
            .collect();
        assert!(bodies.len() > 1, "varied answers");
    }
}
