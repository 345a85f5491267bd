//! Flags in each of the six languages: real sentences that must raise each flag, and
//! ordinary answers to a consultation on online safety that must raise none.
use super::*;

fn assert_flagged(flag: Flag, lang: &str, sentences: &[&str]) {
    for s in sentences {
        assert!(
            flags(s, lang).contains(&flag),
            "[{lang}] expected {} for: {s}\n  got: {:?}",
            flag.as_str(),
            explain(s, lang)
        );
    }
}

/// No pattern or rule flags any of `sentences`. The disclosure classifier is allowed the odd
/// false alarm (its rate is measured on the corpus by `consulta moderation evaluate`, and a
/// flag only puts an answer in front of a person): at most one in ten of these sentences.
fn assert_clean(lang: &str, sentences: &[&str]) {
    let mut by_classifier = Vec::new();
    for s in sentences {
        let found = explain(s, lang);
        let (classifier, rules): (Vec<_>, Vec<_>) = found
            .into_iter()
            .partition(|r| r.flag == Flag::Disclosure && r.reason.starts_with("classifier"));
        assert!(
            rules.is_empty(),
            "[{lang}] expected no flag for: {s}\n  got: {rules:?}"
        );
        if !classifier.is_empty() {
            by_classifier.push(*s);
        }
    }
    assert!(
        by_classifier.len() * 10 <= sentences.len().max(10),
        "[{lang}] the classifier flags too many ordinary answers: {by_classifier:?}"
    );
}

#[test]
fn flags_have_stable_names_order_and_json() {
    let names: Vec<&str> = Flag::ALL.iter().map(|f| f.as_str()).collect();
    assert_eq!(
        names,
        ["personal_details", "profanity", "spam", "disclosure"]
    );
    let json = serde_json::to_string(&Flag::PersonalDetails).unwrap_or_default();
    assert_eq!(json, "\"personal_details\"");
    let mut sorted = Flag::ALL.to_vec();
    sorted.sort();
    assert_eq!(sorted, Flag::ALL);
    let all = flags(
        "My name is Sam, fuck this, I want to die, see example.com",
        "en",
    );
    assert_eq!(all, Flag::ALL);
}

#[test]
fn every_flag_pattern_compiles() {
    for re in [
        &SCHOOL_EN,
        &SCHOOL_FR_ES,
        &SCHOOL_RU,
        &SCHOOL_AR,
        &SCHOOL_ZH,
        &DIGITS,
    ] {
        assert!(!re.as_str().is_empty());
    }
}

#[test]
fn pattern_files_lists_eighteen_files_in_the_repository() {
    let files = pattern_files();
    assert_eq!(files.len(), 18);
    for (path, contents) in files {
        assert!(path.starts_with("frontend/moderation/"), "{path}");
        assert!(!contents.is_empty());
    }
}

// ------------------------------------------------------------------------------- English

#[test]
fn english_disclosures_are_flagged() {
    assert_flagged(
        Flag::Disclosure,
        "en",
        &[
            "My dad hits me when he is drunk",
            "he hits me",
            "My stepdad keeps hitting me and I am scared to go home",
            "I'm being bullied at school and online",
            "im bullied every day",
            "I was sexually abused by my uncle",
            "They bully me on Instagram",
            "Everyone at school makes fun of me",
            "Someone online asked me for photos",
            "A man I met in a game asked me to send him pictures",
            "he keeps asking me for nudes",
            "He said it's our little secret and told me not to tell my parents",
            "An adult online keeps messaging me and wants to meet me",
            "He threatened to post my nudes if I don't pay",
            "she said she'll share my nude photos",
            "I want to die",
            "sometimes i wanna die",
            "I have been thinking about killing myself",
            "I cut myself when I feel bad",
            "i don't want to live anymore",
            "I'm suicidal",
            "my friend is being abused",
            "please help me",
        ],
    );
}

#[test]
fn ordinary_english_answers_raise_no_flag() {
    assert_clean(
        "en",
        &[
            "Schools should teach us how to report bullying.",
            "Cyberbullying is a big problem for teenagers and adults should take it seriously.",
            "If someone asks you for photos you should tell an adult you trust.",
            "The game killed my character and I lost all my progress.",
            "Online games should have better reporting tools.",
            "Parents should not post photos of their kids without asking.",
            "I think apps should not share my photos without asking me first.",
            "I am 14 and I use my phone about 3 hours a day.",
            "In 2025 about 45% of my class had a smartphone.",
            "My friends and I play Minecraft after school.",
            "I go to high school and we learn about privacy.",
            "Social media can be fun but sometimes it hurts people's feelings.",
            "Your story really touched me.",
            "I have touched on this topic before in class.",
            "My brother beat me at chess yesterday.",
            "Adults should listen when children say they are being bullied.",
            "Passwords should be long and you should never tell anyone your password.",
            "I don't know what to say, it's fine.",
            "We need more help for kids who feel lonely online.",
        ],
    );
}

#[test]
fn english_profanity_personal_details_and_spam_are_flagged() {
    assert_flagged(
        Flag::Profanity,
        "en",
        &[
            "this is fucking stupid",
            "you're a bitch",
            "kys loser",
            "what a load of shit",
        ],
    );
    assert_flagged(
        Flag::PersonalDetails,
        "en",
        &[
            "My name is Sam Taylor",
            "I go to St Mary's School in Leeds",
            "I go to Riverside Academy",
            "I live on Baker Street",
            "my student number is 20234567",
            "write to me at sam.t@gmail.com",
            "call me on 07700 900123",
        ],
    );
    assert_flagged(
        Flag::Spam,
        "en",
        &[
            "buy now buy now buy now buy now buy now",
            "free robux at robux-free.xyz",
            "see [link] for more",
            "aaaaaaaaaaaaaaaaaaaaaaaa",
            &"win money ".repeat(30),
        ],
    );
}

// -------------------------------------------------------------------------------- French

#[test]
fn french_disclosures_are_flagged() {
    assert_flagged(
        Flag::Disclosure,
        "fr",
        &[
            "Mon père me frappe quand il a bu",
            "mon beau-père me tape",
            "Je suis harcelée au collège et sur Snapchat",
            "je me fais harceler tous les jours",
            "Tout le monde se moque de moi",
            "Un homme m'a demandé des photos sur Instagram",
            "il me demande de lui envoyer des nudes",
            "Il m'a dit que c'est notre secret et de ne rien dire à personne",
            "Il menace de publier mes photos si je ne paie pas",
            "je veux mourir",
            "J'ai envie de mourir",
            "je pense au suicide",
            "je me scarifie depuis un an",
            "je ne veux plus vivre",
            "j'ai peur de rentrer chez moi",
            "un adulte veut me rencontrer en secret",
        ],
    );
}

#[test]
fn ordinary_french_answers_raise_no_flag() {
    assert_clean(
        "fr",
        &[
            "L'école devrait nous apprendre à signaler le harcèlement.",
            "Le cyberharcèlement est un vrai problème pour les jeunes.",
            "Ce qui me frappe, c'est que les adultes ne savent pas utiliser les réseaux.",
            "Ça me touche beaucoup quand les gens s'entraident en ligne.",
            "Mon frère me bat toujours aux jeux vidéo.",
            "J'ai 13 ans et je suis en 4e.",
            "Les parents ne devraient pas publier de photos de leurs enfants.",
            "Il faut des mots de passe plus sûrs et ne jamais les partager.",
            "Je suis en retard pour mes devoirs à cause des écrans.",
            "Les réseaux sociaux, c'est bien mais il faut faire attention.",
            "On devrait pouvoir signaler les contenus violents plus facilement.",
        ],
    );
}

#[test]
fn french_profanity_personal_details_and_spam_are_flagged() {
    assert_flagged(
        Flag::Profanity,
        "fr",
        &["t'es qu'un connard", "putain de merde", "ferme ta gueule"],
    );
    assert_flagged(
        Flag::PersonalDetails,
        "fr",
        &[
            "Je m'appelle Léa Martin",
            "je suis à l'école Jules Ferry",
            "Mon collège s'appelle Victor Hugo",
            "j'habite rue des Lilas",
        ],
    );
    assert_flagged(
        Flag::Spam,
        "fr",
        &["abonnez vous sur monsite.fr", "lol lol lol lol lol lol"],
    );
}

// ------------------------------------------------------------------------------- Spanish

#[test]
fn spanish_disclosures_are_flagged() {
    assert_flagged(
        Flag::Disclosure,
        "es",
        &[
            "Mi padrastro me pega",
            "me pegan en el colegio",
            "En el colegio me hacen bullying",
            "sufro acoso en las redes",
            "Se burlan de mí todos los días",
            "Un señor me pidió fotos por WhatsApp",
            "me pidió el pack",
            "Me dijo que es nuestro secreto y que no le dijera a nadie",
            "Amenaza con publicar mis fotos si no le pago",
            "quiero morir",
            "Me quiero morir",
            "pienso en suicidarme",
            "me corto los brazos",
            "no quiero vivir",
            "tengo miedo de volver a casa",
        ],
    );
}

#[test]
fn ordinary_spanish_answers_raise_no_flag() {
    assert_clean(
        "es",
        &[
            "Las escuelas deberían enseñarnos a denunciar el acoso.",
            "El ciberacoso es un problema grave para los jóvenes.",
            "Me toca estudiar mucho y uso el móvil para hacer los deberes.",
            "Esa canción se me pega mucho.",
            "Tengo 15 años y 3 hermanos.",
            "El 80 % de mis amigos usa TikTok.",
            "Los padres no deberían publicar fotos de sus hijos sin permiso.",
            "Me molesta que las aplicaciones pidan tantos datos.",
            "Me llamó la atención lo fácil que es crear una cuenta falsa.",
            "Me gusta la calle donde vivo porque es tranquila.",
            "Me muero de risa con los memes.",
        ],
    );
}

#[test]
fn spanish_profanity_personal_details_and_spam_are_flagged() {
    assert_flagged(
        Flag::Profanity,
        "es",
        &["eres un pendejo", "qué mierda", "hijo de puta"],
    );
    assert_flagged(
        Flag::PersonalDetails,
        "es",
        &[
            "Me llamo Lucía García",
            "Estudio en el colegio San José",
            "mi colegio se llama Cervantes",
            "vivo en la calle Mayor",
        ],
    );
    assert_flagged(
        Flag::Spam,
        "es",
        &["gana dinero en www.ganar.com", "si si si si si si si"],
    );
}

// ------------------------------------------------------------------------------- Russian

#[test]
fn russian_disclosures_are_flagged() {
    assert_flagged(
        Flag::Disclosure,
        "ru",
        &[
            "Меня бьют дома",
            "отчим бьёт меня",
            "Меня травят в школе",
            "надо мной издеваются одноклассники",
            "Один взрослый попросил меня прислать фото",
            "он просит скинуть ему интимные фотки",
            "Он сказал никому не говорить, это наш секрет",
            "Мне угрожают, что выложат мои фото",
            "он угрожает слить мои фото если я не заплачу",
            "Я хочу умереть",
            "не хочу жить",
            "хочу покончить с собой",
            "я режу себя",
            "боюсь идти домой",
        ],
    );
}

#[test]
fn ordinary_russian_answers_raise_no_flag() {
    assert_clean(
        "ru",
        &[
            "Школы должны учить, как сообщать о травле.",
            "Кибербуллинг — большая проблема для подростков.",
            "Мне 12 лет, в классе 28 человек.",
            "Родители не должны выкладывать фото детей без разрешения.",
            "Друзья меня зовут гулять, а я сижу в телефоне.",
            "На улице холодно, поэтому мы играем дома.",
            "Надо придумать сложный пароль и никому его не говорить.",
            "В школе 5 уроков в день, и телефоны нельзя.",
            "Я умру со смеху от этих мемов.",
            "Хорошо, что в играх можно пожаловаться на игрока.",
        ],
    );
}

#[test]
fn russian_profanity_personal_details_and_spam_are_flagged() {
    assert_flagged(
        Flag::Profanity,
        "ru",
        &["ты сука", "иди нахуй", "это пиздец", "бля, опять"],
    );
    assert_flagged(
        Flag::PersonalDetails,
        "ru",
        &[
            "Меня зовут Иван Петров",
            "я учусь в школе № 57",
            "я живу на улице Ленина",
        ],
    );
    assert_flagged(
        Flag::Spam,
        "ru",
        &["заходи на сайт.рф", "да да да да да да да"],
    );
}

// -------------------------------------------------------------------------------- Arabic

#[test]
fn arabic_disclosures_are_flagged() {
    assert_flagged(
        Flag::Disclosure,
        "ar",
        &[
            "أبي يضربني كل يوم",
            "زوج أمي يضربني",
            "الطلاب يتنمرون علي في المدرسة",
            "أتعرض للتنمر على الإنترنت",
            "شخص غريب طلب مني صور",
            "طلب مني أن أرسل له صوري",
            "قال لي هذا سرنا ولا تخبر أهلك",
            "يهددني بنشر صوري إذا لم أدفع",
            "أريد أن أموت",
            "أفكر في الانتحار",
            "لا أريد أن أعيش",
            "أؤذي نفسي",
            "أخاف من أبي",
        ],
    );
}

#[test]
fn ordinary_arabic_answers_raise_no_flag() {
    assert_clean(
        "ar",
        &[
            "يجب أن تعلمنا المدارس كيف نبلغ عن التنمر.",
            "التنمر الإلكتروني مشكلة كبيرة للشباب.",
            "الأطفال الذين يتعرضون للتنمر يحتاجون إلى المساعدة.",
            "عمري ١٤ سنة وفي صفي ٣٠ طالبا.",
            "لا يجب على الآباء نشر صور أطفالهم بدون إذن.",
            "الشارع خطير للأطفال في الليل.",
            "هذا الوقت يناسبني.",
            "أموت من الضحك على هذه الفيديوهات.",
            "يجب أن تكون كلمة المرور قوية.",
            "كل مدرسة الآن تستخدم الإنترنت.",
        ],
    );
}

#[test]
fn arabic_profanity_personal_details_and_spam_are_flagged() {
    assert_flagged(
        Flag::Profanity,
        "ar",
        &["يا حمار", "ابن الكلب", "يلعن أبوك"],
    );
    assert_flagged(
        Flag::PersonalDetails,
        "ar",
        &[
            "اسمي أحمد محمد",
            "أدرس في مدرسة النور",
            "أسكن في شارع الملك فهد",
        ],
    );
    assert_flagged(
        Flag::Spam,
        "ar",
        &["زوروا موقعنا example.com", "هههه هههه هههه هههه هههه هههه"],
    );
}

// ------------------------------------------------------------------------------- Chinese

#[test]
fn chinese_disclosures_are_flagged() {
    assert_flagged(
        Flag::Disclosure,
        "zh",
        &[
            "我爸爸打我",
            "他经常打我",
            "我在学校被欺负",
            "同学们都孤立我",
            "网上有人让我发照片",
            "他找我要裸照",
            "他说这是我们的秘密，不要告诉你爸妈",
            "他威胁我，如果我不给钱就把我的裸照发出去",
            "我想死",
            "我真的不想活了",
            "我想自杀",
            "我经常自残",
            "我不敢回家",
        ],
    );
}

#[test]
fn ordinary_chinese_answers_raise_no_flag() {
    assert_clean(
        "zh",
        &[
            "学校应该教我们怎么举报网络欺凌。",
            "网络暴力对青少年是个大问题。",
            "我今年13岁，班上有40个同学。",
            "父母不应该不经允许发孩子的照片。",
            "我想死你了，好久不见！",
            "有事可以打我电话。",
            "上课的时候不要被打扰。",
            "我们学校的网络课很有意思。",
            "密码要复杂，不要告诉别人。",
            "他妈妈的手机很新。",
            "学校应该教我们废物利用。",
        ],
    );
}

#[test]
fn chinese_profanity_personal_details_and_spam_are_flagged() {
    assert_flagged(Flag::Profanity, "zh", &["你个傻逼", "卧槽", "去死吧"]);
    assert_flagged(
        Flag::PersonalDetails,
        "zh",
        &[
            "我叫王小明",
            "我在北京第一中学上学",
            "我在阳光小学读书",
            "我的地址是建国路",
        ],
    );
    assert_flagged(
        Flag::Spam,
        "zh",
        &[
            "点击 www.example.cn 领奖",
            "哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈",
        ],
    );
}

// ---------------------------------------------------------------------- mixed and evasion

#[test]
fn every_language_is_checked_whatever_the_answer_language() {
    assert_flagged(
        Flag::Disclosure,
        "en",
        &["je veux mourir", "我想死", "меня бьют"],
    );
    assert_flagged(Flag::Disclosure, "fr", &["I want to die", "أريد أن أموت"]);
    assert_flagged(Flag::Disclosure, "zh-Hans", &["quiero morir"]);
    assert_flagged(Flag::Profanity, "es", &["what the fuck"]);
}

#[test]
fn evasion_by_invisible_characters_look_alikes_and_spacing_is_caught() {
    assert_flagged(
        Flag::Disclosure,
        "en",
        &[
            "I want to d\u{200b}ie",
            "I w\u{200d}ant t\u{2060}o die",
            "I wаnt tо dіe",
            "I WANT TO DIIIIE",
            "i want to d i e",
            "k i l l m y s e l f",
            "i want to k1ll mys3lf",
            "ｉ ｗａｎｔ ｔｏ ｄｉｅ",
            "𝐈 𝐰𝐚𝐧𝐭 𝐭𝐨 𝐝𝐢𝐞",
            "хочу умеpеть",
            "我 想 死",
            "أريـــد أن أمـــوت",
        ],
    );
    assert_flagged(
        Flag::Profanity,
        "en",
        &["f.u.c.k you", "ѕhit", "sh1t", "fuuuuck"],
    );
}

#[test]
fn lines_for_one_language_only_count_in_that_language() {
    assert!(flags("quel con", "fr").contains(&Flag::Profanity));
    assert!(!flags("pros and con", "en").contains(&Flag::Profanity));
    assert!(!flags("Je suis en retard", "fr").contains(&Flag::Profanity));
}

#[test]
fn reasons_name_the_rule_and_never_the_answer() {
    let reasons = explain("My name is Zyxwvu and I want to die", "en");
    assert_eq!(reasons.len(), 2);
    for r in &reasons {
        assert!(!r.reason.contains("Zyxwvu"), "{r:?}");
    }
    assert!(
        reasons[1]
            .reason
            .starts_with("frontend/moderation/en/disclosure.txt: ")
    );
}

#[test]
fn long_numbers_are_personal_but_round_ones_are_not() {
    assert!(flags("my code is 48213", "en").contains(&Flag::PersonalDetails));
    assert!(!flags("we reached 10000 followers", "en").contains(&Flag::PersonalDetails));
    assert!(!flags("born in 2011, I am 14", "en").contains(&Flag::PersonalDetails));
}

#[test]
fn empty_and_tiny_texts_raise_nothing() {
    for text in ["", " ", "ok", "?", "👍", "٠", "是"] {
        assert!(flags(text, "en").is_empty(), "{text}");
    }
    // One or two words are left to the pattern lists: the classifier needs three.
    for (text, lang) in [("q", "en"), ("q", "fr"), ("no se", "es"), ("我不", "zh")] {
        assert!(!flags(text, lang).contains(&Flag::Disclosure), "{text}");
    }
}

#[test]
fn school_names_are_found_in_six_languages() {
    for (lang, text) in [
        ("en", "I go to Lincoln High School"),
        ("en", "we are from St Mary's Catholic School"),
        ("fr", "Je suis au collège Victor Hugo"),
        ("fr", "à l'école n° 12"),
        ("es", "Voy al colegio San Martín"),
        ("es", "estudio en la escuela nº 5"),
        ("ru", "я учусь в 57-й школе"),
        ("ru", "гимназия № 1543"),
        ("ar", "مدرسة الأمل هي الأفضل"),
        ("zh", "我在北京第一中学上学"),
        ("zh", "阳光小学的老师很好"),
    ] {
        assert_flagged(Flag::PersonalDetails, lang, &[text]);
    }
    for (lang, text) in [
        ("en", "The School Board should listen to students."),
        ("en", "My school is big and I go to High School next year."),
        ("fr", "Le collège est loin de chez moi."),
        ("es", "La escuela es importante para aprender."),
        ("ru", "В школе 5 уроков в день."),
        ("ar", "المدرسة مهمة للأطفال"),
        ("zh", "我们学校很大，在学校要注意安全。"),
    ] {
        assert_clean(lang, &[text]);
    }
}

#[test]
fn enormous_texts_are_handled() {
    let words = "Young people need safe spaces online and adults who listen to them. ";
    let big = words.repeat(800);
    assert!(flags(&big, "en").contains(&Flag::Spam));
    let mixed: String = (0..20_000)
        .map(|i| char::from_u32(0x4e00 + (i * 7919) % 20_000).unwrap_or('字'))
        .collect();
    let _ = flags(&mixed, "zh");
    let _ = crate::moderation::scrub(&mixed);
}

mod properties {
    use proptest::prelude::*;

    use super::super::flags;
    use crate::moderation::{normalize, scrub};

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn nothing_panics_on_arbitrary_unicode(text in "\\PC{0,200}", lang in "[a-z]{0,3}") {
            let _ = flags(&text, &lang);
            let _ = normalize(&text);
            let _ = scrub(&text);
        }

        #[test]
        fn scrubbing_is_idempotent_on_arbitrary_unicode(text in "\\PC{0,200}") {
            let once = scrub(&text);
            let twice = scrub(&once.text);
            prop_assert_eq!(&twice.text, &once.text);
            prop_assert!(twice.removed.is_empty());
        }

        #[test]
        fn scrubbing_is_idempotent_on_contact_like_text(
            text in "[a-z0-9@＠.+() \\-_/:٠-٩]{0,80}"
        ) {
            let once = scrub(&text);
            let twice = scrub(&once.text);
            prop_assert_eq!(&twice.text, &once.text);
            prop_assert!(twice.removed.is_empty());
        }

        #[test]
        fn scrubbing_keeps_short_numbers(n in 0u32..1_000_000) {
            let text = format!("I counted {n} things.");
            prop_assert_eq!(scrub(&text).text, text);
        }
    }
}

/// A negation word that begins the disclosure ("nobody knows…", "no one believes me…") does
/// not cancel it, while a negation of the harm itself still does (the pattern lists alone).
#[test]
fn a_disclosure_that_begins_with_a_negation_word_is_not_cancelled() {
    for (lang, text) in [
        ("en", "nobody knows he hits me"),
        ("en", "no one knows my dad hits me"),
        ("en", "i never told anyone he hits me"),
        ("es", "nadie sabe que me pega mi padrastro"),
        ("es", "nadie me cree que me pegan"),
        ("fr", "personne sait qu il me frappe"),
        ("fr", "personne ne me croit quand je dis qu il me frappe"),
        ("ru", "никто не знает что меня бьют"),
        ("ar", "محدش يعرف ان ابويا بيضربني"),
    ] {
        assert!(
            disclosure_rules(text, lang).is_some(),
            "[{lang}] no rule for: {text}"
        );
    }
    for (lang, text) in [
        ("en", "nobody at school bullies me"),
        ("en", "if someone threatens you tell an adult"),
        ("es", "nadie me pega en casa"),
        ("fr", "personne me frappe"),
        ("ru", "никто меня не бьет"),
    ] {
        assert!(
            disclosure_rules(text, lang).is_none(),
            "[{lang}] a rule flags: {text}: {:?}",
            disclosure_rules(text, lang)
        );
    }
}

/// An `=` line (a negated harm, advice to "you", a film) keeps the classifier out when no line
/// stands, and never cancels a line that does; a text of fewer than three words is left to the
/// lines alone. The same path serves `--cross-validate` ([`disclosure_check`]).
#[test]
fn ordinary_frames_and_short_texts_leave_the_classifier_out() {
    for (lang, text) in [
        ("en", "nobody hurts me at home, my family is nice"),
        ("en", "in the film the killer follows her home"),
        (
            "en",
            "if someone threatens to share your pictures go to the police",
        ),
        ("es", "nadie me ha pedido fotos nunca"),
        ("fr", "dans le film l'homme la suivait jusque chez elle"),
        ("ru", "никто меня не бьет"),
        ("zh", "电影里的坏人一直跟着她"),
        ("ar", "محدش بيأذيني في البيت"),
        ("en", "ok thanks"),
    ] {
        assert_eq!(
            disclosure_check(text, lang),
            Stage::Neither,
            "[{lang}] the classifier may decide on: {text}"
        );
    }
    for (lang, text) in [
        ("en", "nobody hurts me at home but my uncle touches me"),
        ("en", "in the film club my coach hits me"),
    ] {
        assert!(
            matches!(disclosure_check(text, lang), Stage::Rule(_)),
            "[{lang}] no rule for: {text}"
        );
    }
    assert!(matches!(
        disclosure_check("i like football and pizza", "en"),
        Stage::Classifier(_)
    ));
}
