//! `consulta demo`: a demo group, a facilitator, and an open consultation on child online
//! protection (slug `demo`) with every question kind, written for young people in the six
//! UN languages. Running it again reuses what exists.
use std::collections::BTreeMap;

use anyhow::Context;
use sea_orm::DatabaseConnection;

use super::{
    Consultation, Status,
    authoring::{self, NewConsultation},
    definition::{
        AgeBand, Choice, Condition, ConditionOperator, Definition, Helpline, LocalText, Phase,
        Question, QuestionKind, Section, Settings, Texts,
    },
    lifecycle, repo, seed,
};
use crate::accounts::{Actor, Role, password, repo as accounts_repo};

pub const DEMO_SLUG: &str = "demo";
pub const DEMO_GROUP: &str = "demo";
pub const DEMO_EMAIL: &str = "demo-facilitator@example.org";

const LANGS: [&str; 6] = ["ar", "en", "es", "fr", "ru", "zh"];

/// A text in the six languages, in the order ar, en, es, fr, ru, zh.
fn t(texts: [&str; 6]) -> LocalText {
    LANGS
        .iter()
        .zip(texts)
        .map(|(l, s)| ((*l).to_owned(), s.to_owned()))
        .collect()
}

/// The same text in every language (numbers).
fn same(text: &str) -> LocalText {
    t([text; 6])
}

fn option(code: &str, label: LocalText) -> Choice {
    Choice {
        code: code.to_owned(),
        label,
        emoji: None,
        value: None,
    }
}

fn question(key: &str, kind: QuestionKind, text: [&str; 6]) -> Question {
    let mut q = Question::new(key, kind);
    q.text = t(text);
    q
}

fn easy(q: &mut Question, band: &str, text: [&str; 6]) {
    q.easy_read.insert(band.to_owned(), t(text));
}

const PRIVACY_HELP: [&str; 6] = [
    "من فضلك لا تكتب اسمك أو اسم أي شخص آخر.",
    "Please don’t write your name or anyone else’s.",
    "Por favor, no escribas tu nombre ni el de otra persona.",
    "N’écris pas ton nom ni celui de quelqu’un d’autre.",
    "Пожалуйста, не пиши своё имя или имена других людей.",
    "请不要写你或其他人的名字。",
];

/// The demo consultation's definition: three sections, every question kind, a condition,
/// easy-read wording for 9–12, a pictorial scale, helplines.
#[allow(clippy::too_many_lines)]
pub fn definition() -> Definition {
    let texts = Texts {
        title: t([
            "الأمان على الإنترنت: ما رأيك؟",
            "Being safe online: what do you think?",
            "Seguridad en internet: ¿qué opinas?",
            "Être en sécurité en ligne : qu’en penses-tu ?",
            "Безопасность в интернете: что ты думаешь?",
            "网络安全：你怎么看？",
        ]),
        introduction: t([
            "فريق العمل التابع للمجلس المعني بحماية الأطفال على الإنترنت هو مجموعة من البلدان تجتمع في الاتحاد الدولي للاتصالات. يريد الفريق أن يسمع رأي الشباب مثلك قبل اجتماعه القادم. ستساعد إجاباتك الفريق على تقرير ما يجب فعله لجعل الإنترنت أكثر أمانًا للأطفال والشباب.",
            "The Council Working Group on Child Online Protection is a group of countries that meets at the International Telecommunication Union (ITU). It wants to hear from young people like you before its next meeting. Your answers will help the group decide what to do to make the internet safer for children and young people.",
            "El Grupo de Trabajo del Consejo sobre la Protección de la Infancia en Línea es un grupo de países que se reúne en la Unión Internacional de Telecomunicaciones (UIT). Quiere escuchar a jóvenes como tú antes de su próxima reunión. Tus respuestas ayudarán al grupo a decidir qué hacer para que internet sea más seguro para niñas, niños y jóvenes.",
            "Le Groupe de travail du Conseil sur la protection en ligne des enfants réunit des pays à l’Union internationale des télécommunications (UIT). Il veut entendre des jeunes comme toi avant sa prochaine réunion. Tes réponses aideront le groupe à décider quoi faire pour rendre Internet plus sûr pour les enfants et les jeunes.",
            "Рабочая группа Совета по защите ребёнка в онлайновой среде — это группа стран, которая собирается в Международном союзе электросвязи (МСЭ). Перед следующим заседанием она хочет услышать мнение таких молодых людей, как ты. Твои ответы помогут группе решить, что сделать, чтобы интернет стал безопаснее для детей и молодёжи.",
            "理事会保护上网儿童工作组由多个国家组成，在国际电信联盟（国际电联）开会。在下次会议之前，工作组想听听像你这样的年轻人的想法。你的回答将帮助工作组决定怎样让互联网对儿童和青少年更安全。",
        ]),
        data_use: t([
            "لا نطلب اسمك أو بريدك الإلكتروني أو رقم هاتفك، لذلك لا يمكن لأحد أن يعرف أي الإجابات لك. تُجمع إجاباتك مع إجابات الجميع. يقرأ الفريق الملخص وينشره على هذا الموقع. نحذف الإجابات الأصلية بعد 90 يومًا من انتهاء الاستشارة. يمكنك تخطي أي سؤال، ويمكنك سحب إجاباتك باستخدام رمز الإيصال.",
            "We do not ask for your name, e-mail or phone number, so nobody can tell which answers are yours. Your answers are put together with everyone else’s. The group reads the summary and publishes it on this website. We delete the raw answers 90 days after the consultation closes. You can skip any question, and with your receipt code you can take back your answers.",
            "No te pedimos tu nombre, tu correo electrónico ni tu número de teléfono, así que nadie puede saber qué respuestas son tuyas. Tus respuestas se juntan con las de todas las demás personas. El grupo lee el resumen y lo publica en este sitio web. Borramos las respuestas originales 90 días después de que termine la consulta. Puedes saltarte cualquier pregunta y, con tu código de recibo, puedes retirar tus respuestas.",
            "Nous ne te demandons ni ton nom, ni ton adresse e-mail, ni ton numéro de téléphone : personne ne peut savoir quelles réponses sont les tiennes. Tes réponses sont regroupées avec celles de tout le monde. Le groupe lit le résumé et le publie sur ce site. Nous effaçons les réponses brutes 90 jours après la fin de la consultation. Tu peux passer n’importe quelle question et, avec ton code de reçu, tu peux retirer tes réponses.",
            "Мы не спрашиваем твоё имя, адрес электронной почты или номер телефона, поэтому никто не узнает, какие ответы твои. Твои ответы объединяются с ответами всех остальных. Группа читает сводку и публикует её на этом сайте. Исходные ответы мы удаляем через 90 дней после окончания опроса. Ты можешь пропустить любой вопрос, а с помощью кода-квитанции — забрать свои ответы.",
            "我们不会问你的名字、电子邮箱或电话号码，所以没有人能知道哪些回答是你的。你的回答会和所有人的回答放在一起。工作组会阅读汇总结果，并在本网站上公布。征询结束90天后，我们会删除原始回答。你可以跳过任何问题，也可以用你的回执码撤回你的回答。",
        ]),
        closing: t([
            "شكرًا لك! سيقرأ فريق العمل آراءك. عد إلى هذا الموقع بعد الاجتماع لترى ما فعله الفريق بها.",
            "Thank you! The working group will read your views. Come back to this website after the meeting to see what the group did with them.",
            "¡Gracias! El grupo de trabajo leerá tus opiniones. Vuelve a este sitio web después de la reunión para ver qué hizo el grupo con ellas.",
            "Merci ! Le groupe de travail lira ton avis. Reviens sur ce site après la réunion pour voir ce que le groupe en a fait.",
            "Спасибо! Рабочая группа прочитает твоё мнение. Загляни на этот сайт после заседания, чтобы узнать, что группа с ним сделала.",
            "谢谢你！工作组会阅读你的意见。会议结束后，请回到本网站，看看工作组是怎样采纳这些意见的。",
        ]),
        feedback: LocalText::new(),
    };

    let mut welcome = question(
        "welcome",
        QuestionKind::Info,
        [
            "لا توجد إجابات صحيحة أو خاطئة. أجب فقط عمّا تريد: يمكنك تخطي أي سؤال.",
            "There are no right or wrong answers. Answer only what you want to: you can skip any question.",
            "No hay respuestas correctas ni incorrectas. Responde solo lo que quieras: puedes saltarte cualquier pregunta.",
            "Il n’y a pas de bonne ou de mauvaise réponse. Réponds seulement à ce que tu veux : tu peux passer n’importe quelle question.",
            "Здесь нет правильных и неправильных ответов. Отвечай только на то, что хочешь: любой вопрос можно пропустить.",
            "答案没有对错之分。你只需回答你想回答的问题：任何问题都可以跳过。",
        ],
    );
    easy(
        &mut welcome,
        "9-12",
        [
            "لا توجد إجابة خاطئة. إذا لم ترغب في الإجابة عن سؤال، انتقل إلى السؤال التالي.",
            "There is no wrong answer. If you don’t want to answer a question, just go to the next one.",
            "No hay respuestas malas. Si no quieres contestar una pregunta, pasa a la siguiente.",
            "Il n’y a pas de mauvaise réponse. Si tu ne veux pas répondre à une question, passe à la suivante.",
            "Неправильных ответов нет. Если не хочешь отвечать на вопрос, просто переходи к следующему.",
            "没有错误的答案。如果你不想回答某个问题，直接看下一题就好。",
        ],
    );

    let mut time_online = question(
        "time_online",
        QuestionKind::SingleChoice,
        [
            "في يوم دراسي، كم من الوقت تقضي على الإنترنت؟",
            "On a school day, how much time do you spend online?",
            "En un día de clase, ¿cuánto tiempo pasas en internet?",
            "Un jour d’école, combien de temps passes-tu en ligne ?",
            "Сколько времени ты проводишь в интернете в учебный день?",
            "上学的日子，你每天上网多长时间？",
        ],
    );
    time_online.required = true;
    easy(
        &mut time_online,
        "9-12",
        [
            "في يوم المدرسة، كم تبقى على الإنترنت؟",
            "On a school day, how long are you on the internet?",
            "Un día de cole, ¿cuánto rato estás en internet?",
            "Un jour d’école, combien de temps es-tu sur Internet ?",
            "Сколько времени ты сидишь в интернете, когда ходишь в школу?",
            "上学的时候，你每天上网多久？",
        ],
    );
    time_online.options = vec![
        option(
            "under_1h",
            t([
                "أقل من ساعة",
                "Less than 1 hour",
                "Menos de 1 hora",
                "Moins d’une heure",
                "Меньше часа",
                "不到1小时",
            ]),
        ),
        option(
            "1_to_3h",
            t([
                "من ساعة إلى 3 ساعات",
                "1 to 3 hours",
                "De 1 a 3 horas",
                "De 1 à 3 heures",
                "От 1 до 3 часов",
                "1到3小时",
            ]),
        ),
        option(
            "3_to_5h",
            t([
                "من 3 إلى 5 ساعات",
                "3 to 5 hours",
                "De 3 a 5 horas",
                "De 3 à 5 heures",
                "От 3 до 5 часов",
                "3到5小时",
            ]),
        ),
        option(
            "over_5h",
            t([
                "أكثر من 5 ساعات",
                "More than 5 hours",
                "Más de 5 horas",
                "Plus de 5 heures",
                "Больше 5 часов",
                "超过5小时",
            ]),
        ),
        option(
            "not_sure",
            t([
                "لست متأكدًا",
                "I’m not sure",
                "No estoy seguro o segura",
                "Je ne sais pas",
                "Не знаю",
                "我不确定",
            ]),
        ),
    ];

    let mut activities = question(
        "activities",
        QuestionKind::MultipleChoice,
        [
            "ما أكثر ما تفعله على الإنترنت؟ اختر حتى 3 إجابات.",
            "What do you do most online? Choose up to 3.",
            "¿Qué es lo que más haces en internet? Elige hasta 3.",
            "Que fais-tu le plus en ligne ? Choisis jusqu’à 3 réponses.",
            "Чем ты чаще всего занимаешься в интернете? Выбери до 3 ответов.",
            "你上网时最常做什么？最多选3项。",
        ],
    );
    activities.help = t([
        "فكّر في الأسبوع الماضي.",
        "Think about the last week.",
        "Piensa en la última semana.",
        "Pense à la semaine dernière.",
        "Вспомни последнюю неделю.",
        "想一想过去一周。",
    ]);
    activities.max_choices = Some(3);
    activities.options = vec![
        option(
            "schoolwork",
            t([
                "الواجبات المدرسية",
                "Schoolwork",
                "Tareas del colegio",
                "Devoirs",
                "Учёба",
                "做作业",
            ]),
        ),
        option(
            "videos",
            t([
                "مشاهدة الفيديوهات",
                "Watching videos",
                "Ver vídeos",
                "Regarder des vidéos",
                "Смотрю видео",
                "看视频",
            ]),
        ),
        option(
            "games",
            t([
                "ممارسة الألعاب",
                "Playing games",
                "Jugar a videojuegos",
                "Jouer à des jeux",
                "Играю в игры",
                "玩游戏",
            ]),
        ),
        option(
            "messaging",
            t([
                "الدردشة مع الأصدقاء والعائلة",
                "Chatting with friends and family",
                "Chatear con amigos y familia",
                "Discuter avec mes amis et ma famille",
                "Общаюсь с друзьями и семьёй",
                "和朋友、家人聊天",
            ]),
        ),
        option(
            "social_media",
            t([
                "وسائل التواصل الاجتماعي",
                "Social media",
                "Redes sociales",
                "Réseaux sociaux",
                "Соцсети",
                "社交媒体",
            ]),
        ),
        option(
            "creating",
            t([
                "صنع أشياء (فيديوهات، موسيقى، فن، برمجة)",
                "Making things (videos, music, art, code)",
                "Crear cosas (vídeos, música, arte, código)",
                "Créer (vidéos, musique, dessin, code)",
                "Создаю что-то своё (видео, музыку, рисунки, код)",
                "创作（视频、音乐、绘画、编程）",
            ]),
        ),
        option(
            "news",
            t([
                "قراءة الأخبار",
                "Reading news",
                "Leer noticias",
                "Lire l’actualité",
                "Читаю новости",
                "看新闻",
            ]),
        ),
    ];

    let mut feel_safe = question(
        "feel_safe",
        QuestionKind::Scale,
        [
            "أشعر بالأمان عندما أكون على الإنترنت.",
            "I feel safe when I am online.",
            "Me siento seguro o segura cuando estoy en internet.",
            "Je me sens en sécurité quand je suis en ligne.",
            "Я чувствую себя в безопасности, когда я в интернете.",
            "我上网时感到安全。",
        ],
    );
    easy(
        &mut feel_safe,
        "9-12",
        [
            "أشعر بالأمان على الإنترنت.",
            "I feel safe on the internet.",
            "En internet me siento a salvo.",
            "Sur Internet, je me sens en sécurité.",
            "В интернете я чувствую себя спокойно.",
            "我在网上觉得很安全。",
        ],
    );
    feel_safe.help = t([
        "اختر الإجابة الأقرب إليك.",
        "Choose the answer that fits you best.",
        "Elige la respuesta que más se parezca a ti.",
        "Choisis la réponse qui te ressemble le plus.",
        "Выбери ответ, который тебе больше подходит.",
        "选出最符合你的答案。",
    ]);
    feel_safe.pictorial = true;
    feel_safe.options = agreement_scale();

    let you_online = Section {
        key: "you_online".into(),
        title: t([
            "أنت والإنترنت",
            "You and the internet",
            "Tú e internet",
            "Toi et Internet",
            "Ты и интернет",
            "你和互联网",
        ]),
        questions: vec![welcome, time_online, activities, feel_safe],
    };

    let mut upsetting = question(
        "upsetting",
        QuestionKind::SingleChoice,
        [
            "خلال العام الماضي، هل أزعجك أو أقلقك شيء على الإنترنت؟",
            "In the last year, did something online upset or worry you?",
            "En el último año, ¿algo en internet te molestó o te preocupó?",
            "Cette dernière année, est-ce que quelque chose en ligne t’a blessé(e) ou inquiété(e) ?",
            "Было ли за последний год в интернете что-то, что тебя расстроило или встревожило?",
            "在过去一年里，网上有没有让你难过或担心的事？",
        ],
    );
    easy(
        &mut upsetting,
        "9-12",
        [
            "هذا العام، هل جعلك شيء على الإنترنت حزينًا أو خائفًا؟",
            "This year, did something on the internet make you sad or scared?",
            "Este año, ¿algo en internet te puso triste o te dio miedo?",
            "Cette année, est-ce que quelque chose sur Internet t’a rendu triste ou t’a fait peur ?",
            "Было ли в этом году в интернете что-то, от чего тебе стало грустно или страшно?",
            "今年，网上有没有让你伤心或害怕的事？",
        ],
    );
    upsetting.help = t([
        "لست مضطرًا لقول ما حدث.",
        "You do not have to say what happened.",
        "No tienes que contar qué pasó.",
        "Tu n’es pas obligé(e) de dire ce qui s’est passé.",
        "Не обязательно рассказывать, что случилось.",
        "你不用说出发生了什么。",
    ]);
    upsetting.options = vec![
        option("yes", t(["نعم", "Yes", "Sí", "Oui", "Да", "有"])),
        option("no", t(["لا", "No", "No", "Non", "Нет", "没有"])),
        option(
            "prefer_not",
            t([
                "أفضّل ألا أقول",
                "I’d rather not say",
                "Prefiero no decirlo",
                "Je préfère ne pas répondre",
                "Не хочу отвечать",
                "我不想说",
            ]),
        ),
    ];

    let mut what_happened = question(
        "what_happened",
        QuestionKind::MultipleChoice,
        [
            "بماذا كان يتعلق الأمر؟ اختر كل ما ينطبق.",
            "What was it about? Choose all that fit.",
            "¿De qué se trataba? Elige todas las que correspondan.",
            "De quoi s’agissait-il ? Choisis tout ce qui correspond.",
            "С чем это было связано? Выбери все подходящие ответы.",
            "是关于什么的？选出所有符合的选项。",
        ],
    );
    what_happened.condition = Some(Condition {
        question: "upsetting".into(),
        operator: ConditionOperator::Equals,
        value: Some("yes".into()),
    });
    what_happened.options = vec![
        option(
            "mean_messages",
            t([
                "رسائل مؤذية أو جارحة",
                "Mean or hurtful messages",
                "Mensajes crueles o hirientes",
                "Des messages méchants ou blessants",
                "Злые или обидные сообщения",
                "刻薄或伤人的信息",
            ]),
        ),
        option(
            "strangers",
            t([
                "شخص غريب تواصل معي",
                "A stranger contacting me",
                "Una persona desconocida que me contactó",
                "Un inconnu qui m’a contacté(e)",
                "Со мной связался незнакомый человек",
                "陌生人联系我",
            ]),
        ),
        option(
            "scary_content",
            t([
                "صور أو فيديوهات مخيفة أو عنيفة",
                "Scary or violent pictures or videos",
                "Imágenes o vídeos que daban miedo o eran violentos",
                "Des images ou vidéos effrayantes ou violentes",
                "Страшные или жестокие картинки или видео",
                "可怕或暴力的图片或视频",
            ]),
        ),
        option(
            "shared_pictures",
            t([
                "صور لي نُشرت دون إذني",
                "Pictures of me shared without asking me",
                "Fotos mías compartidas sin mi permiso",
                "Des photos de moi partagées sans mon accord",
                "Мои фото выложили без моего разрешения",
                "有人未经我同意分享我的照片",
            ]),
        ),
        option(
            "scams",
            t([
                "عمليات احتيال أو خداع للحصول على مالي أو كلمات مروري",
                "Scams or tricks to get my money or passwords",
                "Estafas o trucos para conseguir mi dinero o mis contraseñas",
                "Des arnaques pour avoir mon argent ou mes mots de passe",
                "Мошенники пытались выманить деньги или пароли",
                "骗取我的钱或密码的骗局",
            ]),
        ),
        option(
            "pressure",
            t([
                "ضغط عليّ لفعل شيء لم أرغب فيه",
                "Pressure to do something I didn’t want to do",
                "Presión para hacer algo que no quería",
                "On m’a poussé(e) à faire quelque chose que je ne voulais pas",
                "Меня заставляли сделать то, чего я не хотел(а)",
                "被逼着做我不想做的事",
            ]),
        ),
        option(
            "other",
            t([
                "شيء آخر",
                "Something else",
                "Otra cosa",
                "Autre chose",
                "Другое",
                "其他",
            ]),
        ),
    ];

    let mut help_first = question(
        "help_first",
        QuestionKind::Ranking,
        [
            "إذا أقلقك شيء على الإنترنت، إلى من ستلجأ لطلب المساعدة؟ رتّبهم بدءًا بمن ستلجأ إليه أولًا.",
            "If something online worried you, who would you go to for help? Put them in order, starting with who you would go to first.",
            "Si algo en internet te preocupara, ¿a quién acudirías para pedir ayuda? Ordénalos empezando por quien acudirías primero.",
            "Si quelque chose en ligne t’inquiétait, vers qui irais-tu chercher de l’aide ? Classe-les, en commençant par la personne vers qui tu irais en premier.",
            "Если бы тебя что-то встревожило в интернете, к кому бы ты обратился(-ась) за помощью? Расставь по порядку, начиная с того, к кому обратишься в первую очередь.",
            "如果网上有事让你担心，你会向谁求助？请排序，把你最先会找的人排在第一位。",
        ],
    );
    easy(
        &mut help_first,
        "9-12",
        [
            "إذا أخافك شيء على الإنترنت، ممن ستطلب المساعدة أولًا؟ رتّبهم.",
            "If something on the internet scared you, who would you ask for help first? Put them in order.",
            "Si algo en internet te diera miedo, ¿a quién le pedirías ayuda primero? Ponlos en orden.",
            "Si quelque chose sur Internet te faisait peur, à qui demanderais-tu de l’aide en premier ? Mets-les dans l’ordre.",
            "Если в интернете тебе станет страшно, кого ты попросишь о помощи первым? Расставь по порядку.",
            "如果网上有事让你害怕，你会先找谁帮忙？请排好顺序。",
        ],
    );
    help_first.options = vec![
        option(
            "parent",
            t([
                "أحد الوالدين أو من يرعاني",
                "A parent or carer",
                "Mi madre, mi padre o quien me cuida",
                "Un parent ou la personne qui s’occupe de moi",
                "Родители или опекун",
                "父母或照顾我的人",
            ]),
        ),
        option(
            "teacher",
            t([
                "معلم أو معلمة",
                "A teacher",
                "Un profesor o una profesora",
                "Un enseignant ou une enseignante",
                "Учитель",
                "老师",
            ]),
        ),
        option(
            "friend",
            t([
                "صديق أو صديقة",
                "A friend",
                "Un amigo o una amiga",
                "Un ami ou une amie",
                "Друг или подруга",
                "朋友",
            ]),
        ),
        option(
            "helpline",
            t([
                "خط مساعدة الأطفال",
                "A child helpline",
                "Una línea de ayuda para la infancia",
                "Une ligne d’écoute pour les jeunes",
                "Детский телефон доверия",
                "儿童求助热线",
            ]),
        ),
        option(
            "report_button",
            t([
                "زر الإبلاغ في التطبيق",
                "The app’s report button",
                "El botón de denuncia de la aplicación",
                "Le bouton « signaler » de l’appli",
                "Кнопка «Пожаловаться» в приложении",
                "应用里的举报按钮",
            ]),
        ),
    ];

    let mut report_ease = question(
        "report_ease",
        QuestionKind::Rating,
        [
            "ما مدى سهولة الإبلاغ عن مشكلة في التطبيقات والألعاب التي تستخدمها؟",
            "How easy is it to report a problem on the apps and games you use?",
            "¿Qué tan fácil es denunciar un problema en las aplicaciones y los juegos que usas?",
            "Est-ce facile de signaler un problème dans les applis et les jeux que tu utilises ?",
            "Насколько легко пожаловаться на проблему в приложениях и играх, которыми ты пользуешься?",
            "在你使用的应用和游戏里，举报问题有多容易？",
        ],
    );
    report_ease.help = t([
        "0 تعني صعب جدًا، و10 تعني سهل جدًا.",
        "0 means very hard, 10 means very easy.",
        "0 significa muy difícil y 10, muy fácil.",
        "0 veut dire très difficile, 10 veut dire très facile.",
        "0 — очень трудно, 10 — очень легко.",
        "0表示非常难，10表示非常容易。",
    ]);
    report_ease.options = rating_points(0, 10);

    let problems = Section {
        key: "problems".into(),
        title: t([
            "عندما يحدث خطأ ما",
            "When something goes wrong",
            "Cuando algo sale mal",
            "Quand quelque chose se passe mal",
            "Когда что-то идёт не так",
            "遇到问题的时候",
        ]),
        questions: vec![upsetting, what_happened, help_first, report_ease],
    };

    let mut first_phone_age = question(
        "first_phone_age",
        QuestionKind::Number,
        [
            "كم كان عمرك عندما حصلت على هاتفك الخاص؟ تخطَّ هذا السؤال إن لم يكن لديك هاتف.",
            "How old were you when you got your own phone? Skip this question if you don’t have one.",
            "¿Cuántos años tenías cuando tuviste tu propio móvil? Sáltate esta pregunta si no tienes.",
            "Quel âge avais-tu quand tu as eu ton propre téléphone ? Passe cette question si tu n’en as pas.",
            "Сколько тебе было лет, когда у тебя появился свой телефон? Пропусти этот вопрос, если телефона нет.",
            "你几岁时有了自己的手机？如果你没有手机，请跳过这个问题。",
        ],
    );
    first_phone_age.help = t([
        "اكتب رقمًا، مثلًا 11.",
        "Write a number, for example 11.",
        "Escribe un número, por ejemplo 11.",
        "Écris un nombre, par exemple 11.",
        "Напиши число, например 11.",
        "请写一个数字，例如11。",
    ]);
    first_phone_age.min = Some(3.0);
    first_phone_age.max = Some(24.0);

    let mut one_change = question(
        "one_change",
        QuestionKind::ShortText,
        [
            "لو استطعت تغيير شيء واحد لجعل الإنترنت أكثر أمانًا للشباب، ماذا سيكون؟",
            "If you could change one thing to make the internet safer for young people, what would it be?",
            "Si pudieras cambiar una cosa para que internet fuera más seguro para los jóvenes, ¿cuál sería?",
            "Si tu pouvais changer une seule chose pour rendre Internet plus sûr pour les jeunes, ce serait quoi ?",
            "Если бы ты мог(ла) изменить одну вещь, чтобы интернет стал безопаснее для молодёжи, что бы это было?",
            "如果你能改变一件事，让互联网对年轻人更安全，你会改变什么？",
        ],
    );
    easy(
        &mut one_change,
        "9-12",
        [
            "ما الشيء الذي سيجعل الإنترنت أكثر أمانًا للأطفال؟",
            "What is one thing that would make the internet safer for kids?",
            "¿Qué cosa haría que internet fuera más seguro para los niños y las niñas?",
            "Qu’est-ce qui rendrait Internet plus sûr pour les enfants ?",
            "Что сделало бы интернет безопаснее для детей?",
            "做什么能让互联网对小朋友更安全？",
        ],
    );
    one_change.help = t(PRIVACY_HELP);
    one_change.max_length = Some(150);

    let mut message = question(
        "message_to_leaders",
        QuestionKind::LongText,
        [
            "هل هناك أي شيء آخر تريد أن يعرفه الأشخاص الذين يتخذون القرارات بشأن الإنترنت؟",
            "Is there anything else you want the people who make decisions about the internet to know?",
            "¿Hay algo más que quieras que sepan las personas que toman decisiones sobre internet?",
            "Y a-t-il autre chose que tu voudrais dire aux personnes qui prennent des décisions sur Internet ?",
            "Хочешь ли ты ещё что-то сказать людям, которые принимают решения об интернете?",
            "关于互联网，你还有什么想让做决定的人知道的吗？",
        ],
    );
    message.help = t(PRIVACY_HELP);
    message.max_length = Some(1000);

    let ideas = Section {
        key: "ideas".into(),
        title: t([
            "أفكارك",
            "Your ideas",
            "Tus ideas",
            "Tes idées",
            "Твои идеи",
            "你的想法",
        ]),
        questions: vec![first_phone_age, one_change, message],
    };

    Definition {
        languages: LANGS.iter().map(|l| (*l).to_owned()).collect(),
        default_language: "en".into(),
        texts,
        settings: Settings {
            age_bands: AgeBand::defaults(),
            phases: vec![Phase::Before, Phase::During],
            duration_minutes: 10,
            results_note: t([
                "ستُنشر النتائج على هذا الموقع بعد اجتماع الفريق.",
                "The results will be published on this website after the group’s meeting.",
                "Los resultados se publicarán en este sitio web después de la reunión del grupo.",
                "Les résultats seront publiés sur ce site après la réunion du groupe.",
                "Результаты будут опубликованы на этом сайте после заседания группы.",
                "结果将在工作组会议结束后在本网站公布。",
            ]),
            helplines: helplines(),
            ..Settings::default()
        },
        sections: vec![you_online, problems, ideas],
        translation_sources: BTreeMap::new(),
    }
}

/// The five points of the agreement scale with their pictures, in the six languages.
pub fn agreement_scale() -> Vec<Choice> {
    let points: [(&str, &str, [&str; 6]); 5] = [
        (
            "strongly_disagree",
            "😞",
            [
                "لا أوافق إطلاقًا",
                "Strongly disagree",
                "Totalmente en desacuerdo",
                "Pas du tout d’accord",
                "Совсем не согласен(на)",
                "非常不同意",
            ],
        ),
        (
            "disagree",
            "🙁",
            [
                "لا أوافق",
                "Disagree",
                "En desacuerdo",
                "Pas d’accord",
                "Не согласен(на)",
                "不同意",
            ],
        ),
        (
            "neutral",
            "😐",
            [
                "لا أوافق ولا أعارض",
                "Neither agree nor disagree",
                "Ni de acuerdo ni en desacuerdo",
                "Ni d’accord ni pas d’accord",
                "И да, и нет",
                "说不清",
            ],
        ),
        (
            "agree",
            "🙂",
            [
                "أوافق",
                "Agree",
                "De acuerdo",
                "D’accord",
                "Согласен(на)",
                "同意",
            ],
        ),
        (
            "strongly_agree",
            "😄",
            [
                "أوافق بشدة",
                "Strongly agree",
                "Totalmente de acuerdo",
                "Tout à fait d’accord",
                "Полностью согласен(на)",
                "非常同意",
            ],
        ),
    ];
    points
        .into_iter()
        .enumerate()
        .map(|(i, (code, emoji, label))| Choice {
            code: code.to_owned(),
            label: t(label),
            emoji: Some(emoji.to_owned()),
            value: Some((i + 1) as f64),
        })
        .collect()
}

/// Rating points `from..=to`, each labelled with its number in every language.
pub fn rating_points(from: u8, to: u8) -> Vec<Choice> {
    (from..=to)
        .map(|n| Choice {
            code: n.to_string(),
            label: same(&n.to_string()),
            emoji: None,
            value: Some(f64::from(n)),
        })
        .collect()
}

fn helplines() -> BTreeMap<String, Helpline> {
    let line = |name: &str, phone: &str, url: &str| Helpline {
        name: name.to_owned(),
        phone: phone.to_owned(),
        url: url.to_owned(),
    };
    [
        (
            "*",
            line(
                "Child Helpline International",
                "",
                "https://childhelplineinternational.org/helplines/",
            ),
        ),
        ("CN", line("12355 青少年服务台", "12355", "")),
        ("EG", line("خط نجدة الطفل", "16000", "")),
        (
            "ES",
            line("Fundación ANAR", "900 20 20 10", "https://www.anar.org"),
        ),
        ("FR", line("3018", "3018", "https://e-enfance.org")),
        (
            "GB",
            line("Childline", "0800 1111", "https://www.childline.org.uk"),
        ),
        ("IN", line("CHILDLINE 1098", "1098", "")),
        (
            "KE",
            line("Childline Kenya", "116", "https://www.childlinekenya.co.ke"),
        ),
        (
            "RU",
            line(
                "Детский телефон доверия",
                "8 800 2000 122",
                "https://telefon-doveria.ru",
            ),
        ),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect()
}

/// What `consulta demo` did.
#[derive(Debug)]
pub struct DemoReport {
    pub group_slug: String,
    pub email: String,
    /// Set when the facilitator was created (or its password reset) now.
    pub password: Option<String>,
    pub api_token: String,
    pub consultation: Consultation,
    /// The consultation was created now (not found from an earlier run).
    pub created: bool,
    pub responses_added: u64,
    pub responses_total: u64,
}

/// Seeds (or finds) the demo group, facilitator and open consultation, creates a new API
/// token, and adds `responses` synthetic responses.
///
/// # Errors
/// A database failure; the demo consultation existing but not open when responses are
/// asked for.
pub async fn seed(
    db: &DatabaseConnection,
    responses: u64,
    reset_password: bool,
) -> anyhow::Result<DemoReport> {
    let group = match repo::group_by_slug(db, DEMO_GROUP).await? {
        Some(g) => g,
        None => {
            accounts_repo::create_group(
                db,
                DEMO_GROUP,
                "Council Working Group on Child Online Protection (demo)",
            )
            .await?
        }
    };
    let (account, password) = match accounts_repo::find_account_by_email(db, DEMO_EMAIL).await? {
        Some(account) if !reset_password => (account, None),
        existing => {
            let secret = format!("demo-{}", &crate::secrets::new_secret()[..20]);
            let hash = password::hash(secret.clone()).await?;
            let account = match existing {
                Some(account) => {
                    set_password(db, account.id, &hash).await?;
                    account
                }
                None => {
                    accounts_repo::create_account(
                        db,
                        accounts_repo::NewAccount {
                            email: DEMO_EMAIL,
                            display_name: "Demo facilitator",
                            password_hash: &hash,
                            is_admin: false,
                            locale: "en",
                        },
                    )
                    .await?
                }
            };
            (account, Some(secret))
        }
    };
    let actor = Actor {
        memberships: Vec::new(),
        account: account.clone(),
        session: None,
    };
    let is_facilitator = accounts_repo::memberships_of(db, account.id)
        .await?
        .iter()
        .any(|m| m.group_id == group.id && m.role == Role::Facilitator.as_str());
    if !is_facilitator {
        accounts_repo::set_membership(db, account.id, group.id, Role::Facilitator).await?;
    }
    let actor = Actor {
        memberships: accounts_repo::memberships_of(db, account.id).await?,
        ..actor
    };
    let (_, api_token) = accounts_repo::create_api_token(db, account.id, "consulta demo").await?;

    let (consultation, created) = match repo::find_by_slug(db, DEMO_SLUG).await? {
        Some(c) => (c, false),
        None => {
            let draft = authoring::create(
                db,
                &actor,
                group.id,
                NewConsultation {
                    slug: Some(DEMO_SLUG.into()),
                    meeting_id: None,
                    opens_at: None,
                    closes_at: None,
                    definition: definition(),
                },
                "consultation_created",
            )
            .await
            .map_err(|e| anyhow::anyhow!("The demo consultation is not valid: {e:?}"))?;
            let open = lifecycle::transition(db, &actor, draft.id(), Status::Open, None)
                .await
                .map_err(|e| anyhow::anyhow!("The demo consultation does not open: {e:?}"))?;
            (open, true)
        }
    };
    let mut added = 0;
    if responses > 0 {
        anyhow::ensure!(
            consultation.status.takes_answers(),
            "The demo consultation is {}: responses can only be added while it is open or live",
            consultation.status.as_str()
        );
        added = seed::seed_responses(db, &consultation, responses).await?;
    }
    let total = repo::count_responses(db, consultation.id()).await?;
    Ok(DemoReport {
        group_slug: group.slug,
        email: DEMO_EMAIL.to_owned(),
        password,
        api_token,
        consultation,
        created,
        responses_added: added,
        responses_total: total,
    })
}

async fn set_password(db: &DatabaseConnection, account_id: i32, hash: &str) -> anyhow::Result<()> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};

    use crate::entities::account;
    account::Entity::update_many()
        .col_expr(account::Column::PasswordHash, Expr::value(hash))
        .col_expr(account::Column::FailedLogins, Expr::value(0))
        .col_expr(
            account::Column::LockedUntil,
            Expr::value(Option::<chrono::DateTime<chrono::Utc>>::None),
        )
        .filter(account::Column::Id.eq(account_id))
        .exec(db)
        .await
        .context("Failed to set the demo facilitator's password")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consultations::rules;

    #[test]
    fn the_demo_is_complete_in_six_languages_with_every_question_kind() {
        let d = definition();
        let issues = rules::missing_for_open(&d);
        assert!(issues.is_empty(), "{issues:?}");
        for kind in QuestionKind::ALL {
            assert!(
                d.questions().any(|(_, q)| q.kind == kind),
                "{kind:?} missing"
            );
        }
        assert!(d.questions().any(|(_, q)| q.condition.is_some()));
        assert!(d.questions().any(|(_, q)| q.pictorial));
        assert!(d.questions().any(|(_, q)| q.easy_read.contains_key("9-12")));
    }
}
