//! The consultation the bench answers: every question kind in two sections, stored directly
//! (until `consulta demo` can seed one), and the answers a young person sends.
use chrono::Utc;
use sea_orm::{ActiveModelTrait, DatabaseConnection, Set};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::{
    accounts::repo as accounts,
    consultations::{
        definition::{
            Choice, Definition, LocalText, Question, QuestionKind, Section, Settings, Texts,
        },
        join_code,
    },
    entities::consultation,
};

/// Answer rows one [`api_body`] response stores.
pub const ANSWER_ROWS: usize = 10;

fn en(text: &str) -> LocalText {
    ["ar", "en", "es", "fr", "ru", "zh"]
        .iter()
        .map(|l| ((*l).to_owned(), text.to_owned()))
        .collect()
}

fn choices(codes: &[&str]) -> Vec<Choice> {
    codes
        .iter()
        .map(|c| Choice {
            code: (*c).to_owned(),
            label: en(c),
            ..Default::default()
        })
        .collect()
}

fn question(key: &str, kind: QuestionKind, text: &str, options: &[&str]) -> Question {
    let mut q = Question::new(key, kind);
    q.text = en(text);
    q.options = choices(options);
    q
}

/// Two sections with every kind of question.
pub fn definition() -> Definition {
    let mut uses = question(
        "uses",
        QuestionKind::SingleChoice,
        "Do you use social media?",
        &["yes", "no"],
    );
    uses.required = true;
    let mut apps = question(
        "apps",
        QuestionKind::MultipleChoice,
        "What do you do online?",
        &["video", "chat", "games"],
    );
    apps.max_choices = Some(2);
    let safe = question(
        "safe",
        QuestionKind::Scale,
        "How safe do you feel online?",
        &["1", "2", "3", "4", "5"],
    );
    let info = question("rules", QuestionKind::Info, "Now a few views.", &[]);
    let rating = question(
        "rating",
        QuestionKind::Rating,
        "How good are the rules?",
        &["1", "2", "3", "4", "5"],
    );
    let priorities = question(
        "priorities",
        QuestionKind::Ranking,
        "What matters most?",
        &["privacy", "bullying", "screen"],
    );
    let mut hours = question("hours", QuestionKind::Number, "Hours online a day?", &[]);
    hours.min = Some(0.0);
    hours.max = Some(24.0);
    let mut word = question(
        "word",
        QuestionKind::ShortText,
        "One word for the internet?",
        &[],
    );
    word.max_length = Some(50);
    let ideas = question("ideas", QuestionKind::LongText, "Your ideas?", &[]);
    Definition {
        languages: ["ar", "en", "es", "fr", "ru", "zh"]
            .map(str::to_owned)
            .to_vec(),
        default_language: "en".into(),
        texts: Texts {
            title: en("Safety online"),
            introduction: en("The working group wants to know what you think."),
            data_use: en("Answers will be read at the next meeting."),
            closing: en("Thank you!"),
            feedback: LocalText::new(),
        },
        settings: Settings {
            results_note: en("Results in March."),
            ..Settings::default()
        },
        sections: vec![
            Section {
                key: "online".into(),
                title: en("Your life online"),
                questions: vec![uses, apps, safe],
            },
            Section {
                key: "views".into(),
                title: en("Your views"),
                questions: vec![info, rating, priorities, hours, word, ideas],
            },
        ],
        translation_sources: std::collections::BTreeMap::new(),
    }
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
    let row = consultation::ActiveModel {
        group_id: Set(group.id),
        meeting_id: Set(None),
        slug: Set(slug.clone()),
        join_code: Set(join_code::generate()),
        status: Set("open".into()),
        default_language: Set("en".into()),
        definition: Set(serde_json::to_string(&definition())?),
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

/// A complete response for the JSON API ([`ANSWER_ROWS`] answer rows).
pub fn api_body(submission_id: Uuid) -> Value {
    json!({
        "submission_id": submission_id,
        "language": "en",
        "age_band": "13-15",
        "country": "KE",
        "gender": "prefer_not_to_say",
        "answers": {
            "uses": "yes",
            "apps": ["games"],
            "safe": "3",
            "rating": "4",
            "priorities": ["screen", "privacy", "bullying"],
            "hours": 2,
            "word": "friends",
            "ideas": "More help from adults"
        }
    })
}

/// The form fields of each step of the HTML journey after the start, in order.
pub fn form_steps() -> Vec<Vec<(&'static str, &'static str)>> {
    vec![
        vec![("age_band", "13-15")],
        vec![("country", "KE"), ("gender", "prefer_not_to_say")],
        vec![("a:uses", "yes"), ("a:apps", "games"), ("a:safe", "3")],
        vec![
            ("a:rating", "4"),
            ("r:priorities:screen", "1"),
            ("r:priorities:privacy", "2"),
            ("r:priorities:bullying", "3"),
            ("a:hours", "2"),
            ("a:word", "friends"),
            ("a:ideas", "More help from adults"),
        ],
    ]
}
