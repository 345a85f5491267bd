//! Consultations made directly in the database for the respondent tests: every question
//! kind, a condition within a page and one across pages, easy-read wording for 9–12, a
//! pictorial scale, helplines, and all six languages. Its submodules arrange what more than one
//! test module needs: a live meeting (`live`) and the moderation set-up (`moderation`).
pub mod live;
pub mod moderation;

use std::collections::BTreeMap;

use chrono::Utc;
use consulta::{
    accounts::Role,
    consultations::definition::{
        AgeBand, Choice, Condition, ConditionOperator, Definition, Helpline, LocalText, Question,
        QuestionKind, Section, Settings, Texts,
    },
    entities::consultation,
};
use sea_orm::{ActiveModelTrait, Set};

use crate::helpers::{TestApp, TestUser};

pub const LANGUAGES: [&str; 6] = ["ar", "en", "es", "fr", "ru", "zh"];

/// A text in the six languages, given in the order of [`LANGUAGES`].
pub fn six(texts: [&str; 6]) -> LocalText {
    LANGUAGES
        .iter()
        .zip(texts)
        .map(|(l, t)| ((*l).to_owned(), t.to_owned()))
        .collect()
}

fn choice(code: &str, labels: [&str; 6]) -> Choice {
    Choice {
        code: code.into(),
        label: six(labels),
        ..Default::default()
    }
}

fn question(key: &str, kind: QuestionKind, text: [&str; 6]) -> Question {
    let mut q = Question::new(key, kind);
    q.text = six(text);
    q
}

/// The fixture's definition.
pub fn definition() -> Definition {
    let mut uses = question(
        "uses",
        QuestionKind::SingleChoice,
        [
            "هل تستخدم وسائل التواصل الاجتماعي؟",
            "Do you use social media?",
            "¿Usas redes sociales?",
            "Utilises-tu les réseaux sociaux ?",
            "Ты пользуешься соцсетями?",
            "你使用社交媒体吗？",
        ],
    );
    uses.required = true;
    uses.options = vec![
        choice("yes", ["نعم", "Yes", "Sí", "Oui", "Да", "是"]),
        choice("no", ["لا", "No", "No", "Non", "Нет", "否"]),
    ];

    let mut apps = question(
        "apps",
        QuestionKind::MultipleChoice,
        [
            "ماذا تفعل على الإنترنت؟",
            "What do you do online?",
            "¿Qué haces en internet?",
            "Que fais-tu en ligne ?",
            "Что ты делаешь в интернете?",
            "你在网上做什么？",
        ],
    );
    apps.options = vec![
        choice(
            "video",
            [
                "أشاهد الفيديو",
                "Watch videos",
                "Ver vídeos",
                "Regarder des vidéos",
                "Смотрю видео",
                "看视频",
            ],
        ),
        choice(
            "chat",
            [
                "أتحدث مع الأصدقاء",
                "Chat with friends",
                "Chatear con amigos",
                "Discuter avec des amis",
                "Общаюсь с друзьями",
                "和朋友聊天",
            ],
        ),
        choice(
            "games",
            ["ألعب", "Play games", "Jugar", "Jouer", "Играю", "玩游戏"],
        ),
    ];
    apps.max_choices = Some(2);
    apps.condition = Some(Condition {
        question: "uses".into(),
        operator: ConditionOperator::Equals,
        value: Some("yes".into()),
    });

    let mut safe = question(
        "safe",
        QuestionKind::Scale,
        [
            "إلى أي حد تشعر بالأمان على الإنترنت؟",
            "How safe do you feel online?",
            "¿Qué tan seguro te sientes en internet?",
            "À quel point te sens-tu en sécurité en ligne ?",
            "Насколько безопасно ты чувствуешь себя в интернете?",
            "你在网上感觉有多安全？",
        ],
    );
    safe.easy_read.insert(
        "9-12".into(),
        six([
            "هل تشعر بالأمان على الإنترنت؟",
            "Do you feel safe online?",
            "¿Te sientes seguro en internet?",
            "Te sens-tu en sécurité sur internet ?",
            "Тебе спокойно в интернете?",
            "你在网上觉得安全吗？",
        ]),
    );
    safe.pictorial = true;
    safe.options = [
        (
            "1",
            "😟",
            [
                "غير آمن أبدًا",
                "Not safe at all",
                "Nada seguro",
                "Pas du tout",
                "Совсем нет",
                "一点也不安全",
            ],
        ),
        (
            "2",
            "🙁",
            [
                "غير آمن",
                "Not safe",
                "Poco seguro",
                "Pas trop",
                "Скорее нет",
                "不太安全",
            ],
        ),
        (
            "3",
            "😐",
            [
                "بين بين",
                "In between",
                "Más o menos",
                "Moyen",
                "Так себе",
                "一般",
            ],
        ),
        (
            "4",
            "🙂",
            [
                "آمن",
                "Safe",
                "Seguro",
                "En sécurité",
                "Скорее да",
                "比较安全",
            ],
        ),
        (
            "5",
            "😀",
            [
                "آمن جدًا",
                "Very safe",
                "Muy seguro",
                "Très en sécurité",
                "Полностью",
                "非常安全",
            ],
        ),
    ]
    .into_iter()
    .map(|(code, emoji, labels)| Choice {
        code: code.into(),
        label: six(labels),
        emoji: Some(emoji.into()),
        value: None,
    })
    .collect();

    let info = question(
        "rules",
        QuestionKind::Info,
        [
            "الأسئلة التالية عن القواعد على الإنترنت.",
            "The next questions are about rules online.",
            "Las siguientes preguntas tratan de las normas en internet.",
            "Les questions suivantes parlent des règles en ligne.",
            "Следующие вопросы — о правилах в интернете.",
            "下面的问题是关于网上规则的。",
        ],
    );

    let mut rating = question(
        "rating",
        QuestionKind::Rating,
        [
            "ما مدى فائدة القواعد الحالية؟",
            "How useful are today's rules?",
            "¿Qué tan útiles son las normas actuales?",
            "Les règles actuelles sont-elles utiles ?",
            "Насколько полезны нынешние правила?",
            "现在的规则有多大用处？",
        ],
    );
    rating.options = (1..=5)
        .map(|n| {
            let n = n.to_string();
            choice(&n, [&n, &n, &n, &n, &n, &n].map(String::as_str))
        })
        .collect();

    let mut priorities = question(
        "priorities",
        QuestionKind::Ranking,
        [
            "رتّب هذه حسب الأهمية",
            "Rank these by importance",
            "Ordena por importancia",
            "Classe-les par importance",
            "Расставь по важности",
            "按重要性排序",
        ],
    );
    priorities.options = vec![
        choice(
            "privacy",
            [
                "الخصوصية",
                "Privacy",
                "Privacidad",
                "Vie privée",
                "Приватность",
                "隐私",
            ],
        ),
        choice(
            "bullying",
            [
                "التنمر",
                "Bullying",
                "Acoso",
                "Harcèlement",
                "Травля",
                "欺凌",
            ],
        ),
        choice(
            "screen",
            [
                "وقت الشاشة",
                "Screen time",
                "Tiempo de pantalla",
                "Temps d’écran",
                "Время у экрана",
                "屏幕时间",
            ],
        ),
    ];

    let mut hours = question(
        "hours",
        QuestionKind::Number,
        [
            "كم ساعة تقضي على الإنترنت يوميًا؟",
            "How many hours a day are you online?",
            "¿Cuántas horas al día pasas en internet?",
            "Combien d’heures par jour es-tu en ligne ?",
            "Сколько часов в день ты в интернете?",
            "你每天上网几个小时？",
        ],
    );
    hours.min = Some(0.0);
    hours.max = Some(24.0);

    let mut word = question(
        "word",
        QuestionKind::ShortText,
        [
            "كلمة واحدة عن الإنترنت",
            "One word about the internet",
            "Una palabra sobre internet",
            "Un mot sur internet",
            "Одно слово об интернете",
            "用一个词形容网络",
        ],
    );
    word.max_length = Some(50);

    let ideas = question(
        "ideas",
        QuestionKind::LongText,
        [
            "ما الذي سيجعل الإنترنت أكثر أمانًا؟",
            "What would make the internet safer?",
            "¿Qué haría internet más seguro?",
            "Qu’est-ce qui rendrait internet plus sûr ?",
            "Что сделало бы интернет безопаснее?",
            "怎样能让网络更安全？",
        ],
    );

    let mut why = question(
        "why-not",
        QuestionKind::ShortText,
        [
            "لماذا لا تستخدمها؟",
            "Why not?",
            "¿Por qué no?",
            "Pourquoi pas ?",
            "Почему нет?",
            "为什么不用？",
        ],
    );
    why.condition = Some(Condition {
        question: "uses".into(),
        operator: ConditionOperator::Equals,
        value: Some("no".into()),
    });

    let mut helplines = BTreeMap::new();
    helplines.insert(
        "FR".to_owned(),
        Helpline {
            name: "3018".into(),
            phone: "3018".into(),
            url: "https://e-enfance.org/".into(),
        },
    );
    helplines.insert(
        "*".to_owned(),
        Helpline {
            name: "Child Helpline International".into(),
            phone: String::new(),
            url: "https://childhelplineinternational.org/".into(),
        },
    );

    Definition {
        languages: LANGUAGES.iter().map(|l| (*l).to_owned()).collect(),
        default_language: "en".into(),
        texts: Texts {
            title: six([
                "الأمان على الإنترنت",
                "Safety online",
                "Seguridad en internet",
                "La sécurité en ligne",
                "Безопасность в интернете",
                "网络安全",
            ]),
            introduction: six([
                "يريد الفريق العامل أن يعرف ما تفكر فيه.",
                "The working group wants to know what you think.",
                "El grupo de trabajo quiere saber qué piensas.",
                "Le groupe de travail veut savoir ce que tu penses.",
                "Рабочая группа хочет знать, что ты думаешь.",
                "工作组想知道你的想法。",
            ]),
            data_use: six([
                "ستُقرأ الإجابات في الاجتماع القادم.",
                "Answers will be read at the next meeting.",
                "Las respuestas se leerán en la próxima reunión.",
                "Les réponses seront lues à la prochaine réunion.",
                "Ответы прочитают на следующей встрече.",
                "回答会在下次会议上宣读。",
            ]),
            closing: six([
                "شكرًا جزيلًا!",
                "Thank you so much!",
                "¡Muchas gracias!",
                "Merci beaucoup !",
                "Большое спасибо!",
                "非常感谢！",
            ]),
            feedback: LocalText::new(),
            headlines: Default::default(),
        },
        settings: Settings {
            age_bands: AgeBand::defaults(),
            duration_minutes: Some(8),
            results_note: six([
                "النتائج في مارس.",
                "Results in March.",
                "Resultados en marzo.",
                "Résultats en mars.",
                "Результаты в марте.",
                "三月公布结果。",
            ]),
            helplines,
            ..Settings::default()
        },
        sections: vec![
            Section {
                key: "online".into(),
                title: six([
                    "حياتك على الإنترنت",
                    "Your life online",
                    "Tu vida en internet",
                    "Ta vie en ligne",
                    "Твоя жизнь в интернете",
                    "你的网络生活",
                ]),
                questions: vec![uses, apps, safe],
            },
            Section {
                key: "views".into(),
                title: six([
                    "آراؤك",
                    "Your views",
                    "Tus opiniones",
                    "Ton avis",
                    "Твоё мнение",
                    "你的看法",
                ]),
                questions: vec![info, rating, priorities, hours, word, ideas, why],
            },
        ],
        translation_sources: BTreeMap::new(),
    }
}

/// A consultation stored in the database.
pub struct Fixture {
    pub id: i32,
    pub slug: String,
    pub join_code: String,
    /// The working group it belongs to (made for it).
    pub group_id: i32,
}

impl TestApp {
    /// An open consultation with the fixture's definition.
    pub async fn open_consultation(&self) -> Fixture {
        self.consultation_with("open", |_| {}).await
    }

    /// A consultation in `status`, its definition adjusted by `adjust`.
    pub async fn consultation_with(
        &self,
        status: &str,
        adjust: impl FnOnce(&mut Definition),
    ) -> Fixture {
        let group = self
            .create_group("Council Working Group on Child Online Protection")
            .await;
        let mut def = definition();
        adjust(&mut def);
        let slug = format!("safety-{}", &uuid::Uuid::new_v4().simple().to_string()[..8]);
        let join_code = consulta::consultations::join_code::generate();
        let now = Utc::now();
        let row = consultation::ActiveModel {
            group_id: Set(group.id),
            meeting_id: Set(None),
            slug: Set(slug.clone()),
            join_code: Set(join_code.clone()),
            status: Set(status.into()),
            default_language: Set("en".into()),
            definition: Set(serde_json::to_string(&def).unwrap()),
            version: Set(1),
            opens_at: Set(None),
            closes_at: Set(None),
            closed_at: Set(None),
            published_at: Set((status == "published").then_some(now)),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&self.db)
        .await
        .expect("Failed to store the fixture consultation");
        Fixture {
            id: row.id,
            slug,
            join_code,
            group_id: group.id,
        }
    }

    /// A new facilitator of the fixture's group.
    pub async fn facilitator_of(&self, fx: &Fixture) -> TestUser {
        self.create_user(Some((fx.group_id, Role::Facilitator)), false)
            .await
    }

    /// A new member of the fixture's group.
    pub async fn member_of(&self, fx: &Fixture) -> TestUser {
        self.create_user(Some((fx.group_id, Role::Member)), false)
            .await
    }

    /// A new facilitator of the fixture's group, signed in, and a form token of theirs.
    pub async fn signed_in_facilitator_of(
        &self,
        fx: &Fixture,
    ) -> (TestUser, reqwest::Client, String) {
        let user = self.facilitator_of(fx).await;
        let client = self.logged_in(&user).await;
        let csrf = self.csrf(&client).await;
        (user, client, csrf)
    }
}
