//! Summaries: counters kept in the submission's transaction agree with a rebuild and with a
//! direct count of the raw answers; the summary API and page show what each reader may see.
use std::collections::BTreeMap;

use chrono::Utc;
use consulta::{
    accounts::Role,
    aggregation::{
        Dimension, apply_response, apply_responses,
        counters::{self, rebuild},
        query::{self, Options},
        summary::{QuestionSummary, Summary, View},
        suppression::Audience,
    },
    consultations::{
        Consultation,
        definition::{Choice, Definition, LocalText, Question, QuestionKind, Section},
        repo,
    },
    entities::{answer, consultation, response},
    i18n::Locale,
};
use proptest::{prelude::*, strategy::ValueTree};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DatabaseTransaction, EntityTrait,
    QueryFilter, Set,
};
use serde_json::Value;

use crate::helpers::{TestApp, spawn_app};

// ---------------------------------------------------------------------------------------
// Arrangers: a consultation with every question kind, and responses stored as a submission
// stores them (response, answers and counters in one transaction).
// ---------------------------------------------------------------------------------------

fn text(en: &str, fr: &str, ar: &str) -> LocalText {
    [("en", en), ("fr", fr), ("ar", ar)]
        .into_iter()
        .map(|(l, t)| (l.to_owned(), t.to_owned()))
        .collect()
}

fn options(codes: &[(&str, &str, &str, &str)]) -> Vec<Choice> {
    codes
        .iter()
        .map(|(code, en, fr, ar)| Choice {
            code: (*code).to_owned(),
            label: text(en, fr, ar),
            ..Choice::default()
        })
        .collect()
}

fn definition() -> Definition {
    let mut device = Question::new("device", QuestionKind::SingleChoice);
    device.text = text("Which device?", "Quel appareil ?", "أي جهاز؟");
    device.options = options(&[
        ("phone", "Phone", "Téléphone", "هاتف"),
        ("tablet", "Tablet", "Tablette", "جهاز لوحي"),
        ("computer", "Computer", "Ordinateur", "حاسوب"),
    ]);
    let mut apps = Question::new("apps", QuestionKind::MultipleChoice);
    apps.text = text("Which apps?", "Quelles applis ?", "أي تطبيقات؟");
    apps.options = options(&[
        ("video", "Video", "Vidéo", "فيديو"),
        ("chat", "Chat", "Messagerie", "دردشة"),
        ("games", "Games", "Jeux", "ألعاب"),
    ]);
    let mut safe = Question::new("safe", QuestionKind::Scale);
    safe.text = text(
        "I feel safe online",
        "Je me sens en sécurité",
        "أشعر بالأمان",
    );
    safe.options = options(&[
        ("1", "Disagree", "Pas d’accord", "لا أوافق"),
        ("2", "Not sure", "Je ne sais pas", "لست متأكدًا"),
        ("3", "Agree", "D’accord", "أوافق"),
    ]);
    let mut priorities = Question::new("priorities", QuestionKind::Ranking);
    priorities.text = text("What matters most?", "Le plus important ?", "ما الأهم؟");
    priorities.options = options(&[
        ("privacy", "Privacy", "Vie privée", "الخصوصية"),
        ("bullying", "Bullying", "Harcèlement", "التنمر"),
        ("scams", "Scams", "Arnaques", "الاحتيال"),
    ]);
    let mut hours = Question::new("hours", QuestionKind::Number);
    hours.text = text("Hours online?", "Heures en ligne ?", "ساعات على الإنترنت؟");
    hours.min = Some(0.0);
    hours.max = Some(24.0);
    let mut worry = Question::new("worry", QuestionKind::ShortText);
    worry.text = text(
        "What worries you?",
        "Qu’est-ce qui t’inquiète ?",
        "ما الذي يقلقك؟",
    );
    let mut info = Question::new("intro", QuestionKind::Info);
    info.text = text("Thanks", "Merci", "شكرًا");
    let mut def = Definition {
        languages: vec!["ar".into(), "en".into(), "fr".into()],
        default_language: "en".into(),
        sections: vec![Section {
            key: "s".into(),
            title: LocalText::new(),
            questions: vec![info, device, apps, safe, priorities, hours, worry],
        }],
        ..Definition::default()
    };
    def.texts.title = text("Online safety", "Sécurité en ligne", "الأمان على الإنترنت");
    def.settings.threshold = 10;
    def.settings.targets = BTreeMap::from([(
        "gender".to_owned(),
        BTreeMap::from([("girl".to_owned(), 50), ("boy".to_owned(), 50)]),
    )]);
    def
}

async fn create_consultation(
    db: &DatabaseConnection,
    group_id: i32,
    status: &str,
    def: &Definition,
) -> Consultation {
    let now = Utc::now();
    let code = uuid::Uuid::new_v4().simple().to_string();
    let row = consultation::ActiveModel {
        group_id: Set(group_id),
        slug: Set(format!("c-{}", &code[..10])),
        join_code: Set(code[..10].to_uppercase()),
        status: Set(status.into()),
        default_language: Set("en".into()),
        definition: Set(serde_json::to_string(def).unwrap()),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    repo::parse(row).unwrap()
}

/// One young person's response, as the test generates it.
#[derive(Clone, Debug)]
struct Resp {
    language: &'static str,
    age_band: Option<&'static str>,
    country: Option<&'static str>,
    gender: Option<&'static str>,
    phase: &'static str,
    device: Option<usize>,
    apps: Vec<usize>,
    safe: Option<usize>,
    priorities: Option<Vec<usize>>,
    hours: Option<f64>,
    worry: Option<(&'static str, &'static str)>,
}

const DEVICES: [&str; 3] = ["phone", "tablet", "computer"];
const APPS: [&str; 3] = ["video", "chat", "games"];
const POINTS: [&str; 3] = ["1", "2", "3"];
const ITEMS: [&str; 3] = ["privacy", "bullying", "scams"];

impl Resp {
    fn group(&self, d: Dimension) -> &'static str {
        match d {
            Dimension::AgeBand => self.age_band.unwrap_or(""),
            Dimension::Country => self.country.unwrap_or(""),
            Dimension::Gender => self.gender.unwrap_or(""),
            Dimension::Language => self.language,
            Dimension::Phase => self.phase,
            Dimension::Region | Dimension::ItuRegion => d
                .region_scheme()
                .zip(self.country)
                .and_then(|(scheme, c)| consulta::i18n::regions::of(scheme, c))
                .unwrap_or(""),
        }
    }

    fn rows(&self, consultation_id: i32, response_id: i32) -> Vec<answer::Model> {
        let row = |key: &str| answer::Model {
            id: 0,
            response_id,
            consultation_id,
            question_key: key.to_owned(),
            option_code: None,
            position: None,
            number_value: None,
            text_value: None,
            moderation_status: None,
            flags: None,
            safeguarding_status: None,
        };
        let mut rows = Vec::new();
        if let Some(d) = self.device {
            rows.push(answer::Model {
                option_code: Some(DEVICES[d].into()),
                ..row("device")
            });
        }
        for &a in &self.apps {
            rows.push(answer::Model {
                option_code: Some(APPS[a].into()),
                ..row("apps")
            });
        }
        if let Some(s) = self.safe {
            rows.push(answer::Model {
                option_code: Some(POINTS[s].into()),
                number_value: Some((s + 1) as f64),
                ..row("safe")
            });
        }
        if let Some(order) = &self.priorities {
            for (position, &item) in order.iter().enumerate() {
                rows.push(answer::Model {
                    option_code: Some(ITEMS[item].into()),
                    position: Some(position as i32 + 1),
                    ..row("priorities")
                });
            }
        }
        if let Some(h) = self.hours {
            rows.push(answer::Model {
                number_value: Some(h),
                ..row("hours")
            });
        }
        if let Some((t, status)) = self.worry {
            rows.push(answer::Model {
                text_value: Some(t.into()),
                moderation_status: Some(status.into()),
                ..row("worry")
            });
        }
        rows
    }
}

/// Stores a response, its answers and its counters in one write transaction, as the
/// participation seam does.
async fn store(db: &DatabaseConnection, c: &Consultation, r: &Resp) -> response::Model {
    let txn = consulta::db::begin_write(db).await.unwrap();
    let (stored, rows) = insert_rows(&txn, c, r).await;
    apply_response(&txn, c.id(), &stored, &rows, 1)
        .await
        .unwrap();
    txn.commit().await.unwrap();
    stored
}

/// The response and answer rows of `r`, counted by nobody yet.
async fn insert_rows(
    txn: &DatabaseTransaction,
    c: &Consultation,
    r: &Resp,
) -> (response::Model, Vec<answer::Model>) {
    let stored = response::ActiveModel {
        consultation_id: Set(c.id()),
        submission_id: Set(uuid::Uuid::new_v4().to_string()),
        content_hash: Set("test".into()),
        receipt_hash: Set(uuid::Uuid::new_v4().simple().to_string()),
        language: Set(r.language.into()),
        age_band: Set(r.age_band.map(str::to_owned)),
        country: Set(r.country.map(str::to_owned)),
        gender: Set(r.gender.map(str::to_owned)),
        phase: Set(r.phase.into()),
        submitted_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(txn)
    .await
    .unwrap();
    let rows = r.rows(c.id(), stored.id);
    if !rows.is_empty() {
        answer::Entity::insert_many(rows.iter().cloned().map(|a| answer::ActiveModel {
            response_id: Set(a.response_id),
            consultation_id: Set(a.consultation_id),
            question_key: Set(a.question_key),
            option_code: Set(a.option_code),
            position: Set(a.position),
            number_value: Set(a.number_value),
            text_value: Set(a.text_value),
            moderation_status: Set(a.moderation_status),
            flags: Set(None),
            ..Default::default()
        }))
        .exec_without_returning(txn)
        .await
        .unwrap();
    }
    (stored, rows)
}

/// Withdraws a response: its counters down by one, then its rows deleted, in one transaction.
async fn withdraw(db: &DatabaseConnection, c: &Consultation, stored: &response::Model) {
    let txn = consulta::db::begin_write(db).await.unwrap();
    let rows = answer::Entity::find()
        .filter(answer::Column::ResponseId.eq(stored.id))
        .all(&txn)
        .await
        .unwrap();
    apply_response(&txn, c.id(), stored, &rows, -1)
        .await
        .unwrap();
    answer::Entity::delete_many()
        .filter(answer::Column::ResponseId.eq(stored.id))
        .exec(&txn)
        .await
        .unwrap();
    response::Entity::delete_by_id(stored.id)
        .exec(&txn)
        .await
        .unwrap();
    txn.commit().await.unwrap();
}

fn arb_resp() -> impl Strategy<Value = Resp> {
    let demographics = (
        prop::sample::select(vec!["en", "fr", "ar"]),
        prop::option::weighted(0.8, prop::sample::select(vec!["9-12", "13-15", "16-17"])),
        prop::option::weighted(0.8, prop::sample::select(vec!["FR", "KE"])),
        prop::option::weighted(0.8, prop::sample::select(vec!["girl", "boy"])),
        prop::sample::select(vec!["before", "during"]),
    );
    let answers = (
        prop::option::weighted(0.85, 0usize..3),
        prop::sample::subsequence(vec![0usize, 1, 2], 0..=3),
        prop::option::weighted(0.85, 0usize..3),
        prop::option::weighted(0.8, Just(vec![0usize, 1, 2]).prop_shuffle()),
        prop::option::weighted(0.8, (0u32..49).prop_map(|h| f64::from(h) / 2.0)),
        prop::option::weighted(
            0.6,
            (
                prop::sample::select(vec![
                    "strangers message me",
                    "people share photos",
                    "bullying in group chats",
                ]),
                prop::sample::select(vec!["approved", "unpublished", "pending", "hidden"]),
            ),
        ),
    );
    (demographics, answers).prop_map(
        |(
            (language, age_band, country, gender, phase),
            (device, apps, safe, priorities, hours, worry),
        )| Resp {
            language,
            age_band,
            country,
            gender,
            phase,
            device,
            apps,
            safe,
            priorities,
            hours,
            worry,
        },
    )
}

// ---------------------------------------------------------------------------------------
// The direct computation from raw answers.
// ---------------------------------------------------------------------------------------

fn percent(count: u64, base: u64) -> Option<u8> {
    (base > 0).then(|| ((200 * count + base) / (2 * base)) as u8)
}

fn quantile(values: &[f64], p: f64) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let h = (sorted.len() - 1) as f64 * p;
    let i = h.floor() as usize;
    let next = sorted[(i + 1).min(sorted.len() - 1)];
    Some(sorted[i] + (h - h.floor()) * (next - sorted[i]))
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() < 1e-9,
        (None, None) => true,
        _ => false,
    }
}

/// One question's figures, overall or in one group.
struct Figures<'a> {
    answered: Option<u64>,
    skipped: Option<u64>,
    options: Option<&'a [consulta::aggregation::summary::OptionFigure]>,
    stats: Option<&'a consulta::aggregation::summary::Statistics>,
    bins: Option<&'a [consulta::aggregation::summary::BinFigure]>,
}

/// Checks one question's figures (facilitator view: nothing hidden) against `people`.
fn check_question(q_key: &str, figures: Figures<'_>, people: &[&Resp], context: &str) {
    let Figures {
        answered,
        skipped,
        options,
        stats,
        bins,
    } = figures;
    let total = people.len() as u64;
    let answered_by = |r: &Resp| match q_key {
        "device" => r.device.is_some(),
        "apps" => !r.apps.is_empty(),
        "safe" => r.safe.is_some(),
        "priorities" => r.priorities.is_some(),
        "hours" => r.hours.is_some(),
        "worry" => r.worry.is_some(),
        _ => false,
    };
    let a = people.iter().filter(|r| answered_by(r)).count() as u64;
    assert_eq!(answered, Some(a), "{context}: answered of {q_key}");
    assert_eq!(skipped, Some(total - a), "{context}: skipped of {q_key}");
    let expect_options = |counts: Vec<u64>| {
        let options = options.unwrap_or_else(|| panic!("{context}: options of {q_key}"));
        let got: Vec<Option<u64>> = options.iter().map(|o| o.count).collect();
        let want: Vec<Option<u64>> = counts.iter().map(|&c| Some(c)).collect();
        assert_eq!(got, want, "{context}: counts of {q_key}");
        let got: Vec<Option<u8>> = options.iter().map(|o| o.percent).collect();
        let want: Vec<Option<u8>> = counts.iter().map(|&c| percent(c, a)).collect();
        assert_eq!(got, want, "{context}: percentages of {q_key}");
    };
    match q_key {
        "device" => expect_options(
            (0..3)
                .map(|i| people.iter().filter(|r| r.device == Some(i)).count() as u64)
                .collect(),
        ),
        "apps" => expect_options(
            (0..3)
                .map(|i| people.iter().filter(|r| r.apps.contains(&i)).count() as u64)
                .collect(),
        ),
        "safe" => {
            expect_options(
                (0..3)
                    .map(|i| people.iter().filter(|r| r.safe == Some(i)).count() as u64)
                    .collect(),
            );
            let points: Vec<f64> = people
                .iter()
                .filter_map(|r| r.safe)
                .map(|s| (s + 1) as f64)
                .collect();
            let s = stats.unwrap();
            assert!(close(s.mean, mean(&points)), "{context}: mean of safe");
            assert!(
                close(s.median, quantile(&points, 0.5)),
                "{context}: median of safe"
            );
        }
        "priorities" => {
            expect_options(
                (0..3)
                    .map(|i| {
                        people
                            .iter()
                            .filter(|r| r.priorities.as_ref().is_some_and(|p| p[0] == i))
                            .count() as u64
                    })
                    .collect(),
            );
            for (i, o) in options.unwrap().iter().enumerate() {
                let ranks: Vec<f64> = people
                    .iter()
                    .filter_map(|r| r.priorities.as_ref())
                    .map(|p| (p.iter().position(|&x| x == i).unwrap() + 1) as f64)
                    .collect();
                assert!(
                    close(o.average_rank, mean(&ranks)),
                    "{context}: average rank {i}"
                );
            }
        }
        "hours" => {
            let values: Vec<f64> = people.iter().filter_map(|r| r.hours).collect();
            let s = stats.unwrap();
            assert!(close(s.mean, mean(&values)), "{context}: mean hours");
            assert!(
                close(s.median, quantile(&values, 0.5)),
                "{context}: median hours"
            );
            assert!(close(s.q1, quantile(&values, 0.25)), "{context}: q1 hours");
            assert!(close(s.q3, quantile(&values, 0.75)), "{context}: q3 hours");
            for bin in bins.unwrap() {
                let inside = values
                    .iter()
                    .filter(|&&v| v >= bin.from - 1e-9 && v < bin.to - 1e-9)
                    .count() as u64;
                assert_eq!(bin.count, Some(inside), "{context}: bin {}", bin.label);
            }
        }
        _ => {}
    }
}

fn check_summary(summary: &Summary, people: &[&Resp], context: &str) {
    assert_eq!(
        summary.responses,
        Some(people.len() as u64),
        "{context}: responses"
    );
    for q in &summary.questions {
        let figures = Figures {
            answered: q.answered,
            skipped: q.skipped,
            options: q.options.as_deref(),
            stats: q.statistics.as_ref(),
            bins: q.bins.as_deref(),
        };
        check_question(&q.key, figures, people, context);
    }
}

fn check_breakdown(summary: &Summary, d: Dimension, people: &[&Resp]) {
    let breakdown = summary.breakdown.as_ref().unwrap();
    let total: u64 = breakdown.iter().map(|g| g.responses.unwrap()).sum();
    assert_eq!(total, people.len() as u64, "groups of {d:?} add up");
    for q in &summary.questions {
        let QuestionSummary {
            breakdown: Some(groups),
            ..
        } = q
        else {
            panic!("no breakdown for {}", q.key)
        };
        for g in groups {
            let key = if g.group == "not_stated" {
                ""
            } else {
                g.group.as_str()
            };
            let members: Vec<&Resp> = people
                .iter()
                .copied()
                .filter(|r| r.group(d) == key)
                .collect();
            assert_eq!(g.responses, Some(members.len() as u64));
            let figures = Figures {
                answered: g.answered,
                skipped: g.skipped,
                options: g.options.as_deref(),
                stats: g.statistics.as_ref(),
                bins: g.bins.as_deref(),
            };
            check_question(&q.key, figures, &members, &format!("{d:?} = {}", g.group));
        }
    }
}

async fn summary_of(db: &DatabaseConnection, c: &Consultation, view: View) -> Summary {
    query::build(
        db,
        c,
        Audience::Facilitator,
        &view,
        &Locale::new("en"),
        &Options::default(),
    )
    .await
    .unwrap()
}

/// Every figure of every view against the raw answers.
async fn check_all_views(db: &DatabaseConnection, c: &Consultation, people: &[&Resp]) {
    check_summary(&summary_of(db, c, View::Overall).await, people, "overall");
    for d in Dimension::QUERYABLE {
        let by = summary_of(db, c, View::By(d)).await;
        check_summary(&by, people, &format!("overall with {d:?}"));
        check_breakdown(&by, d, people);
    }
    for (d, value) in [
        (Dimension::AgeBand, "13-15"),
        (Dimension::Gender, "not_stated"),
        (Dimension::Phase, "during"),
        (Dimension::Region, "europe"),
    ] {
        let stored = if value == "not_stated" { "" } else { value };
        let members: Vec<&Resp> = people
            .iter()
            .copied()
            .filter(|r| r.group(d) == stored)
            .collect();
        let filtered = summary_of(db, c, View::Filter(d, value.into())).await;
        check_summary(&filtered, &members, &format!("filter {d:?} = {value}"));
    }
}

#[test]
fn every_figure_of_the_facilitator_summary_matches_a_direct_count_and_a_withdrawal_removes_exactly_one_response()
 {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let app = rt.block_on(spawn_app());
    let group = rt.block_on(app.create_group("Property"));
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases: 10,
        failure_persistence: None,
        ..ProptestConfig::default()
    });
    let strategy = (
        prop::collection::vec(arb_resp(), 0..40),
        any::<prop::sample::Index>(),
    );
    runner
        .run(&strategy, |(people, victim)| {
            rt.block_on(async {
                let c = create_consultation(&app.db, group.id, "open", &definition()).await;
                let mut stored = Vec::new();
                for r in &people {
                    stored.push(store(&app.db, &c, r).await);
                }
                let everyone: Vec<&Resp> = people.iter().collect();
                check_all_views(&app.db, &c, &everyone).await;
                if !people.is_empty() {
                    let gone = victim.index(people.len());
                    withdraw(&app.db, &c, &stored[gone]).await;
                    let rest: Vec<&Resp> = people
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| *i != gone)
                        .map(|(_, r)| r)
                        .collect();
                    check_all_views(&app.db, &c, &rest).await;
                }
            });
            Ok(())
        })
        .unwrap();
}

/// `n` arbitrary responses, the same at every run.
fn fixed_people(n: usize) -> Vec<Resp> {
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    prop::collection::vec(arb_resp(), n)
        .new_tree(&mut runner)
        .unwrap()
        .current()
}

#[tokio::test]
async fn counters_kept_by_submissions_and_withdrawals_equal_a_rebuild_from_the_raw_answers() {
    let app = spawn_app().await;
    let group = app.create_group("Counters").await;
    let c = create_consultation(&app.db, group.id, "open", &definition()).await;
    let people = fixed_people(60);
    let mut stored = Vec::new();
    for r in &people {
        stored.push(store(&app.db, &c, r).await);
    }
    let kept = counters::snapshot(&app.db, c.id()).await.unwrap();
    rebuild(&app.db, c.id()).await.unwrap();
    let rebuilt = counters::snapshot(&app.db, c.id()).await.unwrap();
    assert_eq!(kept, rebuilt, "apply_response and rebuild agree");
    assert!(kept.len() > 100, "a real set of counters: {}", kept.len());

    // After a rebuild (everything in one shard), withdrawals still count down exactly.
    for s in stored.iter().take(7) {
        withdraw(&app.db, &c, s).await;
    }
    let kept = counters::snapshot(&app.db, c.id()).await.unwrap();
    rebuild(&app.db, c.id()).await.unwrap();
    assert_eq!(kept, counters::snapshot(&app.db, c.id()).await.unwrap());
}

#[tokio::test]
async fn counters_of_responses_stored_together_equal_a_rebuild() {
    let app = spawn_app().await;
    let group = app.create_group("Batches").await;
    let c = create_consultation(&app.db, group.id, "open", &definition()).await;
    let people = fixed_people(90);
    // Batches of 1, 2, 3… responses, as the group commit forms them under load.
    let mut rest = people.as_slice();
    let mut size = 1;
    while !rest.is_empty() {
        let (batch, after) = rest.split_at(size.min(rest.len()));
        let txn = consulta::db::begin_write(&app.db).await.unwrap();
        let mut stored = Vec::new();
        for r in batch {
            stored.push(insert_rows(&txn, &c, r).await);
        }
        let together: Vec<_> = stored
            .iter()
            .map(|(s, rows)| (s, rows.as_slice()))
            .collect();
        apply_responses(&txn, c.id(), &together, 1).await.unwrap();
        txn.commit().await.unwrap();
        rest = after;
        size += 1;
    }
    let kept = counters::snapshot(&app.db, c.id()).await.unwrap();
    rebuild(&app.db, c.id()).await.unwrap();
    assert_eq!(kept, counters::snapshot(&app.db, c.id()).await.unwrap());
    let everyone: Vec<&Resp> = people.iter().collect();
    check_all_views(&app.db, &c, &everyone).await;
}

#[tokio::test]
async fn one_submission_writes_one_counter_row_per_value_and_group_in_one_statement() {
    let app = spawn_app().await;
    let group = app.create_group("Rows").await;
    let c = create_consultation(&app.db, group.id, "open", &definition()).await;
    let r = Resp {
        language: "fr",
        age_band: Some("13-15"),
        country: None,
        gender: Some("girl"),
        phase: "before",
        device: Some(0),
        apps: vec![0, 2],
        safe: Some(1),
        priorities: Some(vec![2, 0, 1]),
        hours: Some(3.5),
        worry: Some(("strangers message me", "pending")),
    };
    let txn = consulta::db::begin_write(&app.db).await.unwrap();
    let stored = response::ActiveModel {
        consultation_id: Set(c.id()),
        submission_id: Set("s".into()),
        content_hash: Set("h".into()),
        receipt_hash: Set(uuid::Uuid::new_v4().simple().to_string()),
        language: Set("fr".into()),
        age_band: Set(Some("13-15".into())),
        country: Set(None),
        gender: Set(Some("girl".into())),
        phase: Set("before".into()),
        submitted_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .unwrap();
    let rows = r.rows(c.id(), stored.id);
    let written = apply_response(&txn, c.id(), &stored, &rows, 1)
        .await
        .unwrap();
    txn.commit().await.unwrap();
    // responses + 6 questions answered + 1 + 2 + 1 + 3 + 1 values, in 6 groups.
    assert_eq!(written, 6 * (1 + 6 + 8));
    let counts = counters::load(&app.db, c.id(), Some(Dimension::Country))
        .await
        .unwrap();
    assert_eq!(counts.overall.responses, 1);
    let (_, groups) = counts.groups.unwrap();
    assert_eq!(
        groups[""].responses, 1,
        "no country is the not-stated group"
    );
    assert_eq!(counts.overall.questions["priorities"].ranks["scams"][&1], 1);
}

// ---------------------------------------------------------------------------------------
// Over HTTP.
// ---------------------------------------------------------------------------------------

/// `n` young people with the same answers but spread over two age bands (`small` of them in
/// 9-12), girls and boys.
fn crowd(n: usize, small: usize) -> Vec<Resp> {
    (0..n)
        .map(|i| Resp {
            language: if i % 3 == 0 { "fr" } else { "en" },
            age_band: Some(if i < small { "9-12" } else { "13-15" }),
            country: Some(if i % 2 == 0 { "FR" } else { "KE" }),
            gender: Some(if i % 4 == 0 { "boy" } else { "girl" }),
            phase: "before",
            device: Some(if i < 3 { 1 } else { 0 }),
            apps: if i % 2 == 0 { vec![0] } else { vec![0, 1] },
            safe: Some(i % 3),
            priorities: Some(vec![0, 1, 2]),
            hours: Some((i % 10) as f64),
            worry: (i < 25).then_some(("bullying in group chats", "approved")),
        })
        .collect()
}

struct Setup {
    app: TestApp,
    c: Consultation,
    facilitator: String,
    member: String,
    outsider: String,
    admin: String,
}

async fn setup(status: &str, people: &[Resp]) -> Setup {
    let app = spawn_app().await;
    let group = app.create_group("Working group").await;
    let c = create_consultation(&app.db, group.id, status, &definition()).await;
    for r in people {
        store(&app.db, &c, r).await;
    }
    let facilitator = app
        .create_user(Some((group.id, Role::Facilitator)), false)
        .await
        .token;
    let member = app
        .create_user(Some((group.id, Role::Member)), false)
        .await
        .token;
    let other = app.create_group("Another group").await;
    let outsider = app
        .create_user(Some((other.id, Role::Facilitator)), false)
        .await
        .token;
    let admin = app.create_user(None, true).await.token;
    Setup {
        app,
        c,
        facilitator,
        member,
        outsider,
        admin,
    }
}

impl Setup {
    async fn api(&self, token: Option<&str>, query: &str) -> reqwest::Response {
        let mut req = self.app.client.get(self.app.url(&format!(
            "/api/v1/consultations/{}/summary{query}",
            self.c.slug()
        )));
        if let Some(token) = token {
            req = req.bearer_auth(token);
        }
        req.send().await.unwrap()
    }

    async fn json(&self, token: Option<&str>, query: &str) -> Value {
        let res = self.api(token, query).await;
        assert_eq!(res.status(), 200, "{query}");
        res.json().await.unwrap()
    }
}

fn question<'a>(summary: &'a Value, key: &str) -> &'a Value {
    summary["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["key"] == key)
        .unwrap()
}

#[tokio::test]
async fn the_summary_api_has_the_contract_shape() {
    let s = setup("open", &crowd(40, 12)).await;
    let json = s.json(Some(&s.facilitator), "").await;
    assert_eq!(json["responses"], 40);
    assert_eq!(json["audience"], "facilitator");
    let questions = json["questions"].as_array().unwrap();
    let keys: Vec<&str> = questions
        .iter()
        .map(|q| q["key"].as_str().unwrap())
        .collect();
    assert_eq!(
        keys,
        ["device", "apps", "safe", "priorities", "hours", "worry"],
        "info is not summarised"
    );
    let device = question(&json, "device");
    assert_eq!(device["kind"], "single_choice");
    assert_eq!(device["answered"], 40);
    assert_eq!(device["skipped"], 0);
    let options = device["options"].as_array().unwrap();
    assert_eq!(options[0]["code"], "phone");
    assert_eq!(options[0]["count"], 37);
    assert_eq!(options[0]["percent"], 93);
    assert_eq!(options[0]["label"], "Phone");
    assert_eq!(options[1]["count"], 3, "facilitators see small counts");
    assert_eq!(options[1]["suppressed"], true, "with the marker");
    assert!(question(&json, "worry").get("options").is_none());
    assert_eq!(question(&json, "safe")["statistics"]["median"], 2.0);
    assert!(question(&json, "priorities")["options"][0]["average_rank"].is_number());
    assert!(question(&json, "hours")["bins"].is_array());
    let totals = json["totals"].as_array().unwrap();
    assert_eq!(totals.len(), 5);
    assert!(json.get("breakdown").is_none(), "no breakdown without ?by=");

    // Labels in the reader's language.
    let fr = s.json(Some(&s.facilitator), "?lang=fr").await;
    assert_eq!(question(&fr, "device")["options"][0]["label"], "Téléphone");
    assert_eq!(question(&fr, "device")["text"], "Quel appareil ?");
}

#[tokio::test]
async fn members_and_the_public_get_null_for_small_figures_and_everything_they_would_reveal() {
    let s = setup("published", &crowd(40, 12)).await;
    for token in [Some(s.member.as_str()), None] {
        let json = s.json(token, "").await;
        let device = question(&json, "device");
        let options = device["options"].as_array().unwrap();
        assert_eq!(options[1]["count"], Value::Null, "3 tablets are hidden");
        assert_eq!(options[1]["percent"], Value::Null);
        // 37 phones + 3 tablets + 0 computers = 40 answered: the 37 must go too.
        assert_eq!(
            options[0]["count"],
            Value::Null,
            "or 40 − 37 would give the 3 away"
        );
        assert_eq!(options[2]["count"], 0, "zeros are published");
        assert_eq!(device["answered"], 40);
        let suppressed: Vec<bool> = options
            .iter()
            .map(|o| o["suppressed"].as_bool().unwrap())
            .collect();
        assert_eq!(suppressed, [true, true, false]);
        assert!(
            device.get("suppressed").is_none()
                || device["suppressed"].as_array().unwrap().is_empty()
        );
    }
    let json = s.json(None, "").await;
    assert_eq!(json["audience"], "public");
    let facilitator = s.json(Some(&s.facilitator), "").await;
    assert_eq!(question(&facilitator, "device")["options"][0]["count"], 37);
}

#[tokio::test]
async fn a_breakdown_hides_small_groups_and_their_complements_from_members() {
    let s = setup("open", &crowd(40, 4)).await;
    let json = s.json(Some(&s.member), "?by=age_band").await;
    assert_eq!(json["by"], "age_band");
    let groups = json["breakdown"].as_array().unwrap();
    let band = |g: &str| groups.iter().find(|x| x["group"] == g).unwrap().clone();
    assert_eq!(band("9-12")["responses"], Value::Null, "4 young people");
    assert_eq!(
        band("13-15")["responses"],
        Value::Null,
        "or 40 − 36 would give the 4 away"
    );
    assert_eq!(band("16-17")["responses"], 0);
    assert_eq!(json["responses"], 40);
    let device = question(&json, "device");
    let rows = device["breakdown"].as_array().unwrap();
    let small = rows.iter().find(|r| r["group"] == "9-12").unwrap();
    assert!(
        small["options"]
            .as_array()
            .unwrap()
            .iter()
            .all(|o| o["count"].is_null() || o["count"] == 0)
    );
    assert_eq!(small["answered"], Value::Null);

    let facilitator = s.json(Some(&s.facilitator), "?by=age_band").await;
    let groups = facilitator["breakdown"].as_array().unwrap();
    let small = groups.iter().find(|x| x["group"] == "9-12").unwrap();
    assert_eq!(small["responses"], 4);
    assert_eq!(small["suppressed"], true);
}

#[tokio::test]
async fn a_filter_limits_the_whole_summary_to_one_group() {
    let s = setup("open", &crowd(40, 12)).await;
    let json = s.json(Some(&s.facilitator), "?age_band=9-12").await;
    assert_eq!(json["responses"], 12);
    assert_eq!(json["filter"]["dimension"], "age_band");
    assert_eq!(json["filter"]["value"], "9-12");
    assert_eq!(question(&json, "device")["answered"], 12);
    let json = s.json(Some(&s.facilitator), "?country=fr").await;
    assert_eq!(json["responses"], 20, "country codes in any case");
    let json = s.json(Some(&s.facilitator), "?gender=not_stated").await;
    assert_eq!(json["responses"], 0);
}

#[tokio::test]
async fn bad_parameters_are_400_with_problem_json() {
    let s = setup("open", &crowd(12, 0)).await;
    for query in [
        "?by=shoe_size",
        "?by=age_band&country=FR",
        "?age_band=9-12&gender=girl",
    ] {
        let res = s.api(Some(&s.facilitator), query).await;
        assert_eq!(res.status(), 400, "{query}");
        assert_eq!(
            res.headers()["content-type"].to_str().unwrap(),
            "application/problem+json",
            "{query}"
        );
    }
}

#[tokio::test]
async fn an_invalid_token_is_401_and_no_token_is_the_public_view() {
    let s = setup("published", &crowd(12, 0)).await;
    let res = s.api(Some("not-a-token"), "").await;
    assert_eq!(res.status(), 401);
    let res = s
        .app
        .client
        .get(
            s.app
                .url(&format!("/api/v1/consultations/{}/summary", s.c.slug())),
        )
        .header("Authorization", "Basic abc")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401, "a malformed Authorization header");
    let json = s.json(None, "").await;
    assert_eq!(json["audience"], "public");
}

#[tokio::test]
async fn who_may_read_the_summary_api_before_and_after_publication() {
    for (status, public, outsider) in [
        ("draft", 404, 403),
        ("open", 404, 403),
        ("closed", 404, 403),
        ("published", 200, 200),
    ] {
        let s = setup(status, &crowd(12, 0)).await;
        let cases = [
            ("no token", None, public, "public"),
            ("outsider", Some(s.outsider.as_str()), outsider, "public"),
            ("member", Some(s.member.as_str()), 200, "member"),
            (
                "facilitator",
                Some(s.facilitator.as_str()),
                200,
                "facilitator",
            ),
            ("admin", Some(s.admin.as_str()), 200, "facilitator"),
        ];
        for (who, token, expected, audience) in cases {
            let res = s.api(token, "").await;
            assert_eq!(res.status(), expected, "{who} on a {status} consultation");
            if expected == 200 {
                let json: Value = res.json().await.unwrap();
                assert_eq!(json["audience"], audience, "{who} on {status}");
            }
        }
    }
    let s = setup("open", &[]).await;
    let res = s
        .app
        .client
        .get(s.app.url("/api/v1/consultations/no-such-thing/summary"))
        .bearer_auth(&s.facilitator)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
}

#[tokio::test]
async fn the_summary_is_documented_in_the_openapi_document() {
    let app = spawn_app().await;
    let spec: Value = app.get("/api/openapi.json").await.json().await.unwrap();
    let path = &spec["paths"]["/api/v1/consultations/{slug}/summary"]["get"];
    assert!(path.is_object(), "the path is documented");
    let params: Vec<&str> = path["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    for name in [
        "slug", "by", "age_band", "country", "gender", "language", "phase", "text",
    ] {
        assert!(params.contains(&name), "{name} documented");
    }
    assert!(spec["components"]["schemas"]["Summary"].is_object());
    assert!(spec["components"]["schemas"]["QuestionSummary"].is_object());
}

#[tokio::test]
async fn free_text_shows_only_moderated_words_and_facilitators_get_a_marked_preview() {
    let mut people = crowd(30, 0);
    for (i, r) in people.iter_mut().enumerate() {
        r.worry = Some(if i < 12 {
            ("bullying in group chats", "approved")
        } else if i < 24 {
            ("strangers message me", "pending")
        } else {
            ("my secret name is hidden", "hidden")
        });
    }
    let s = setup("published", &people).await;
    let before = s.json(None, "?text=true").await;
    assert_eq!(
        question(&before, "worry")["text_analysis"]["quotes"],
        Value::Array(Vec::new()),
        "approval alone never makes a quote"
    );
    crate::fixtures::moderation::quote_all_approved(&s.app, s.c.id()).await;
    let public = s.json(None, "?text=true").await;
    let analysis = &question(&public, "worry")["text_analysis"];
    let words = analysis.to_string();
    assert!(words.contains("bullying"), "{words}");
    assert!(
        !words.contains("strangers"),
        "pending text is not analysed for the public"
    );
    assert!(!words.contains("secret"), "hidden text never");
    assert!(analysis.get("preview").is_none());
    assert_eq!(analysis["quotes"][0]["text"], "bullying in group chats");
    assert_eq!(
        analysis["quotes"].as_array().map(Vec::len),
        Some(1),
        "twelve times the same text is quoted once"
    );

    let facilitator = s.json(Some(&s.facilitator), "?text=true").await;
    let analysis = &question(&facilitator, "worry")["text_analysis"];
    let preview = analysis["preview"].to_string();
    assert!(preview.contains("strangers"), "{preview}");
    assert!(!preview.contains("secret"));
    assert!(!analysis["languages"].to_string().contains("strangers"));
    assert!(
        question(&s.json(None, "").await, "worry")
            .get("text_analysis")
            .is_none()
    );
}

#[tokio::test]
async fn every_approved_answer_counts_in_the_key_terms_not_only_the_newest_two_thousand() {
    // Twenty old answers with a word of their own, then 2,500 newer ones: the analysis once
    // read only the newest 2,000.
    let s = setup("published", &crowd(30, 0)).await;
    let txn = consulta::db::begin_write(&s.app.db).await.unwrap();
    let mut rows = Vec::new();
    for i in 0..2_520 {
        let stored = response::ActiveModel {
            consultation_id: Set(s.c.id()),
            submission_id: Set(format!("many-{i}")),
            content_hash: Set("test".into()),
            receipt_hash: Set(format!("many-{}-{i}", s.c.id())),
            language: Set("en".into()),
            age_band: Set(Some("13-15".into())),
            phase: Set("before".into()),
            submitted_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&txn)
        .await
        .unwrap();
        let text = if i < 20 {
            "sandcastles on the beach"
        } else {
            "too many adverts in games"
        };
        rows.push(answer::ActiveModel {
            response_id: Set(stored.id),
            consultation_id: Set(s.c.id()),
            question_key: Set("worry".into()),
            text_value: Set(Some(text.into())),
            moderation_status: Set(Some("approved".into())),
            ..Default::default()
        });
    }
    for chunk in rows.chunks(500) {
        answer::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(&txn)
            .await
            .unwrap();
    }
    txn.commit().await.unwrap();
    let count_of = |analysis: &Value, term: &str| {
        analysis["languages"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|l| l["terms"].as_array().unwrap())
            .find(|t| t["text"] == term)
            .map(|t| t["count"].as_u64().unwrap())
    };
    for token in [None, Some(s.facilitator.as_str())] {
        let summary = s.json(token, "?text=true").await;
        let analysis = &question(&summary, "worry")["text_analysis"];
        assert_eq!(count_of(analysis, "sandcastles"), Some(20), "{analysis}");
        assert_eq!(count_of(analysis, "adverts"), Some(2_500));
        assert!(analysis.get("sampled").is_none(), "{analysis}");
        let english = analysis["languages"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["language"] == "en")
            .unwrap();
        // Every approved English answer: the 2,520 and 16 of the crowd's 25 (a third French).
        assert_eq!(english["answers"], 2_520 + 16, "{english}");
    }
    // A filter reads every answer of its group too.
    let summary = s
        .json(Some(&s.facilitator), "?text=true&age_band=13-15")
        .await;
    let analysis = &question(&summary, "worry")["text_analysis"];
    assert_eq!(count_of(analysis, "sandcastles"), Some(20), "{analysis}");
}

async fn page(
    client: &reqwest::Client,
    app: &TestApp,
    c: &Consultation,
    query: &str,
) -> (u16, String) {
    let res = client
        .get(app.url(&format!(
            "/manage/consultations/{}/summary{query}",
            c.slug()
        )))
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    (status, res.text().await.unwrap())
}

#[tokio::test]
async fn the_summary_page_shows_charts_tables_and_markers_to_facilitators_only() {
    let app = spawn_app().await;
    let (group, _, facilitator) = app.logged_in_facilitator().await;
    let c = create_consultation(&app.db, group.id, "open", &definition()).await;
    for r in crowd(40, 12) {
        store(&app.db, &c, &r).await;
    }
    let (status, html) = page(&facilitator, &app, &c, "").await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains("<svg"), "charts");
    assert!(html.contains("<table"), "tables beside them");
    // Every question at a glance: a link to it, how many answered, the share as a bar.
    let contents = html
        .split("<nav class=\"contents\"")
        .nth(1)
        .and_then(|rest| rest.split("</nav>").next())
        .expect("the list of questions");
    assert!(contents.contains("href=\"#q0-heading\""), "{contents}");
    assert!(contents.contains(" answered, "), "{contents}");
    assert!(
        contents.contains("<meter min=\"0\" max=\"100\" value=\""),
        "{contents}"
    );
    assert!(
        html.contains("hidden from members and the public"),
        "the marker"
    );
    assert!(!html.contains("<script>"), "no inline script");
    assert_eq!(html.matches("<h1").count(), 1);
    assert!(html.contains("name=\"by\""), "cross-tab control");
    assert!(html.contains("Representativeness"));
    assert!(html.contains("bullying"), "key terms of approved text");

    let member = app.create_user(Some((group.id, Role::Member)), false).await;
    let member = app.logged_in(&member).await;
    let (status, html) = page(&member, &app, &c, "").await;
    assert_eq!(status, 200);
    assert!(
        !html.contains("hidden from members and the public"),
        "no marker for members"
    );
    assert!(html.contains("fewer than 10"));

    let (status, html) = page(&facilitator, &app, &c, "?by=gender&question=device").await;
    assert_eq!(status, 200);
    assert!(html.contains("Cross-tabulation"));
    assert!(html.contains("Girls"));
    assert!(!html.contains("id=\"q1-heading\""), "one question");

    let (status, html) = page(&facilitator, &app, &c, "?filter=age_band:9-12").await;
    assert_eq!(status, 200);
    assert!(
        html.contains("Only young people where Age band is 9-12."),
        "{html}"
    );

    let (status, html) = page(&facilitator, &app, &c, "?by=gender&filter=age_band:9-12").await;
    assert_eq!(status, 400);
    assert!(html.contains("error-summary"));
}

#[tokio::test]
async fn the_summary_page_reads_right_to_left_in_arabic_and_is_translated() {
    let app = spawn_app().await;
    let (group, _, facilitator) = app.logged_in_facilitator().await;
    let c = create_consultation(&app.db, group.id, "open", &definition()).await;
    for r in crowd(20, 0) {
        store(&app.db, &c, &r).await;
    }
    let (status, html) = page(&facilitator, &app, &c, "?lang=ar&by=age_band").await;
    assert_eq!(status, 200);
    assert!(html.contains("dir=\"rtl\""));
    assert!(html.contains("direction=\"rtl\""), "the charts mirror");
    assert!(html.contains("الملخص"));
    assert!(html.contains("هاتف"), "option labels in Arabic");
    for lang in ["es", "fr", "ru", "zh"] {
        let (status, html) = page(&facilitator, &app, &c, &format!("?lang={lang}")).await;
        assert_eq!(status, 200);
        assert!(html.contains(&format!("lang=\"{lang}\"")));
        assert!(
            !html.contains("Cross-tabulate and filter"),
            "{lang} is translated"
        );
    }
}

#[tokio::test]
async fn who_may_open_the_summary_page() {
    let app = spawn_app().await;
    let group = app.create_group("Group").await;
    let c = create_consultation(&app.db, group.id, "published", &definition()).await;
    let (status, _) = page(&crate::helpers::client(), &app, &c, "").await;
    assert_eq!(status, 303, "the public is sent to sign in");
    let other = app.create_group("Other").await;
    let outsider = app
        .create_user(Some((other.id, Role::Facilitator)), false)
        .await;
    let (status, _) = page(&app.logged_in(&outsider).await, &app, &c, "").await;
    assert_eq!(status, 403);
    for (role, admin) in [
        (Some((group.id, Role::Member)), false),
        (Some((group.id, Role::Facilitator)), false),
        (None, true),
    ] {
        let user = app.create_user(role, admin).await;
        let (status, _) = page(&app.logged_in(&user).await, &app, &c, "").await;
        assert_eq!(status, 200, "{role:?} {admin}");
    }
    let user = app.create_user(Some((group.id, Role::Member)), false).await;
    let res = app
        .logged_in(&user)
        .await
        .get(app.url("/manage/consultations/nope/summary"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
}

/// 40 young people: 20 from Kenya and 12 from Nigeria (Africa, ITU region D), 4 from France
/// (Europe, ITU B) and 4 from Russia (Europe, ITU C).
fn continents() -> Vec<Resp> {
    crowd(40, 0)
        .into_iter()
        .enumerate()
        .map(|(i, mut r)| {
            r.country = Some(match i {
                0..20 => "KE",
                20..32 => "NG",
                32..36 => "FR",
                _ => "RU",
            });
            r
        })
        .collect()
}

#[tokio::test]
async fn regions_break_down_and_filter_a_summary_with_the_same_suppression() {
    let s = setup("open", &continents()).await;
    let group = |json: &Value, g: &str| {
        json["breakdown"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["group"] == g)
            .unwrap_or_else(|| panic!("no group {g}: {json}"))
            .clone()
    };
    let facilitator = s.json(Some(&s.facilitator), "?by=region&lang=fr").await;
    assert_eq!(facilitator["by"], "region");
    assert_eq!(group(&facilitator, "africa")["responses"], 32);
    assert_eq!(group(&facilitator, "europe")["responses"], 8);
    assert_eq!(group(&facilitator, "europe")["suppressed"], true);
    assert!(
        facilitator.to_string().contains("Afrique"),
        "named in the reader's language"
    );

    let itu = s.json(Some(&s.facilitator), "?by=itu_region").await;
    assert_eq!(group(&itu, "d")["responses"], 32);
    assert_eq!(group(&itu, "b")["responses"], 4);
    assert_eq!(group(&itu, "c")["responses"], 4);

    // Members: the small region and what would reveal it are hidden, as for any dimension.
    let member = s.json(Some(&s.member), "?by=region").await;
    assert_eq!(group(&member, "europe")["responses"], Value::Null);
    assert_eq!(
        group(&member, "africa")["responses"],
        Value::Null,
        "40 − 32 = 8"
    );
    let member = s.json(Some(&s.member), "?by=itu_region").await;
    assert_eq!(group(&member, "b")["responses"], Value::Null);
    assert_eq!(group(&member, "c")["responses"], Value::Null);

    // A filter by region sums its countries.
    let africa = s.json(Some(&s.facilitator), "?region=africa").await;
    assert_eq!(africa["responses"], 32);
    let europe = s.json(Some(&s.member), "?region=europe").await;
    assert_eq!(
        europe["responses"],
        Value::Null,
        "8 young people are too few for members"
    );
    let res = s.api(Some(&s.facilitator), "?by=continent").await;
    assert_eq!(res.status(), 400);
}
