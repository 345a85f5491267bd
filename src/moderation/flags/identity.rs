//! Personal details the pattern lists cannot express: a teacher's or another person's name
//! after a title (Mr Patel, Mme Koné, la profe Ramírez, 王老师, المعلمة نورة, Сергей
//! Палыч), a name with an age and a place ("Jayden, 14, Manchester"), a profile link, a
//! handle after the name of a platform ("sc: ella.rose22"), and an e-mail address written
//! around the scrubber ("tomriley08 at yahoo").
use std::sync::LazyLock;

use regex::Regex;

use super::compile;

/// Titles before a capitalised name (English, French, Spanish).
static TITLE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?:^|[^\p{L}])(?:(?:Mr|Mrs|Ms|Mx|Dr|Mme|Mlle|Sr|Sra|Srta)\.?|M\.|(?i:miss|sir|ma'?am|ma’am|madame|monsieur|mademoiselle|señora?|senora?|profe|profesora?|maestr[ao]|seño|tutora?|directora?|prof|ma[iî]tresse|ma[iî]tre|teacher|coach))\s+(?P<name>\p{Lu}[\p{L}'’\-]+)",
    )
});

/// Capitalised words after a title that are not a name.
const NOT_A_NAME: &[&str] = &[
    "Beast", "Bean", "Universe", "World", "Google", "The", "He", "She", "They", "I", "It", "We",
    "Is", "Says", "Said", "Told", "And", "Who", "Que", "Qui", "Y", "Et", "Le", "La", "Les", "El",
    "Los", "Las",
];

/// A Russian first name and patronymic ("Сергей Палыч", "Ксения Андреевна").
static PATRONYMIC: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}*(?:ович|евич|ьич|ична|овна|евна|ыч)(?:[^\p{L}]|$)")
});

/// Common Chinese family names (simplified and traditional), without those that are also
/// the last character of a school subject or of 高中/初中 (史, 高, 中).
const ZH_SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤張劉陳楊黃趙吳孫馬鄭羅謝許韓馮鄧蔣葉蘇呂盧鍾譚陸賈韋鄒龔錢嚴湯";

/// 王老师, 刘强老师, 何sir, 老师叫张建国.
static ZH_TEACHER: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?P<before>.?)[{ZH_SURNAMES}]\p{{Han}}?(?:老师|老師|(?i:sir|miss)|医生|醫生|教练|教練|校长|校長)|(?:老师|老師|班主任|班导|班導)(?:叫|是)[{ZH_SURNAMES}]\p{{Han}}{{1,2}}"
    ))
});

/// Characters before a family name that make it part of an ordinary word (我们林老师 is a
/// name, 树林老师 is not likely; 所有 is "all").
const ZH_NOT_BEFORE: &str = "所树森竹";

/// المعلمة نورة, الأستاذ عبد الرحمن, ميس رنا (on normalised text).
static AR_TEACHER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?:^|[^\p{L}])(?:المعلمه|المعلم|معلمتي|معلمي|الاستاذه|الاستاذ|استاذه|استاذ|استاذتي|ميس|مس|الابله|ابله|الشيخ|الدكتور|الدكتوره|مستر)\s+(?P<name>\p{Arabic}{3,})",
    )
});

/// Words after an Arabic title that are not a name.
const AR_NOT_A_NAME: &[&str] = &[
    "قال",
    "قالت",
    "قالي",
    "قالتلنا",
    "قالنا",
    "يقول",
    "تقول",
    "كان",
    "كانت",
    "يجب",
    "لازم",
    "هو",
    "هي",
    "في",
    "من",
    "ما",
    "لا",
    "لم",
    "لن",
    "الي",
    "التي",
    "الذي",
    "اللي",
    "بتاعنا",
    "بتاعتنا",
    "تبعنا",
    "حقنا",
    "حقتنا",
    "عندنا",
    "شرح",
    "شرحت",
    "علمنا",
    "علمتنا",
    "حكالنا",
    "حكتلنا",
    "طلب",
    "طلبت",
    "يعطينا",
    "تعطينا",
    "دايما",
    "دائما",
    "كمان",
    "ايضا",
    "اليوم",
    "امس",
    "بيقول",
    "بتقول",
    "بيشرح",
    "بتشرح",
    "الجديد",
    "الجديده",
    "ديال",
    "نتاعنا",
    "يا",
];

/// A name (one or two capitalised words), an age, then a place: "Jayden, 14, Manchester",
/// "Катя Волкова, 14, Тверь", "Isabella Castro 12 años Barranquilla", "张小雨，14，杭州",
/// "سلمى، ١٢ سنة، من الزرقاء".
static NAME_AGE_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?:^|[^\p{L}])\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s*[,，、]?\s*\d{1,2}\s*(?:(?:ans|años|anos|лет|года|год|yo|y/o|years old|岁|歲)\s*[,，、]?|[,，、])\s*\p{Lu}|\p{Han}{2,4}\s*[,，、]\s*\d{1,2}\s*[岁歲]?\s*[,，、]\s*\p{Han}{2}|\p{Arabic}{2,}\s*[،,]\s*\d{1,2}\s*(?:سنه|سنة|سنين)?\s*[،,]",
    )
});

/// A link to a profile on a social network or video site.
static PROFILE_LINK: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?:youtube\.com|youtu\.be|instagram\.com|tiktok\.com|facebook\.com|fb\.com|twitch\.tv|twitter\.com|x\.com|snapchat\.com|vk\.com|t\.me|discord\.gg|threads\.net)/@?[\w.\-]{2,}",
    )
});

/// A handle (with a digit, `_`, `.` or `#` in it) after the name of a platform, within a
/// few words: "sc: ella.rose22", "мой ник в майнкрафте Creeper_Slayer2010", "vx: sunny_2008_cn".
static PLATFORM_HANDLE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?:^|[^\p{L}])(?:insta(?:gram)?|ig|snap(?:chat)?|sc|tik\s?tok|discord|dc|дс|дискорд|vx|wx|微信|line(?:\s?id)?|gamertag|gt|ник|ника|нику|ником|нике|никнейм\w*|pseudo|twitch|roblox|psn|xbox|steam|telegram|tg|тг|телеграм\w*|инст\w*|снап\w*|тикток\w*|вк|ватсап|whatsapp|سناب\w*|سنابي|انستا\w*|انستقرام\w*|تيك\s?توك|يوزر\w*|用户名|账号|帳號|id)\b(?:\s+[\p{L}\p{N}]{1,12}){0,3}?\s*(?::|：|=|-|\bis\b|\bes\b|c'?est|是)?\s*@?(?P<h>[\p{L}\p{N}]+(?:[_.#]+[\p{L}\p{N}]+)+|[\p{L}_]+\d{2,}[\p{L}\p{N}_]*)",
    )
});

/// An e-mail address written with words or spaces ("tomriley08 at yahoo", "nathan06 sur
/// gmail", "zhangwei 艾特 163 点 com", "j.o.u.d.2010 @ g m a i l").
static SPOKEN_EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)[\p{L}\p{N}._]*[\p{N}._][\p{L}\p{N}._]*\s*(?:\(at\)|\bat\b|arroba|艾特|在|\bsur\b|\ben\b|@|собака)\s*(?:g\s?m\s?a\s?i\s?l|yahoo|hotmail|outlook|icloud|yandex|mail|orange|163|126|qq|rediffmail|live)|(?:mail|correo|email|e-mail|邮箱|郵箱|ايميلي|почта)\s*(?:es|est|c'?est|是|:)?\s*[\p{L}\p{N}._ ]{3,}\s*(?:\(at\)|\bat\b|arroba|艾特|\ben\b|\bsur\b|@)\s*(?:gmail|yahoo|hotmail|outlook|icloud|yandex|mail|orange|163|126|qq|live)",
    )
});

/// The first of these details in `plain` (NFKC, case kept) or `normalized` text.
pub(super) fn identity(plain: &str, normalized: &str) -> Option<String> {
    let title = TITLE_NAME.captures_iter(plain).any(|c| {
        c.name("name")
            .is_some_and(|m| !NOT_A_NAME.contains(&m.as_str()))
    });
    if title {
        return Some("a name after a title (Mr, Mme, profe…)".to_string());
    }
    if PATRONYMIC.is_match(plain) {
        return Some("a name and patronymic".to_string());
    }
    let zh = ZH_TEACHER.captures_iter(plain).any(|c| {
        c.name("before")
            .is_none_or(|m| !m.as_str().chars().any(|ch| ZH_NOT_BEFORE.contains(ch)))
    });
    if zh {
        return Some("a family name with 老师 or a title".to_string());
    }
    let ar = AR_TEACHER.captures_iter(normalized).any(|c| {
        c.name("name").is_some_and(|m| {
            let w = m.as_str();
            !AR_NOT_A_NAME.contains(&w) && !w.starts_with("ال")
        })
    });
    if ar {
        return Some("a name after a title (الاستاذ، المعلمة…)".to_string());
    }
    if NAME_AGE_PLACE.is_match(plain) {
        return Some("a name with an age and a place".to_string());
    }
    if PROFILE_LINK.is_match(plain) {
        return Some("a link to a profile".to_string());
    }
    if PLATFORM_HANDLE.is_match(plain) {
        return Some("a handle after a platform's name".to_string());
    }
    if SPOKEN_EMAIL.is_match(plain) {
        return Some("an e-mail address written out".to_string());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(plain: &str) -> bool {
        identity(plain, &crate::moderation::normalize(plain)).is_some()
    }

    #[test]
    fn names_handles_and_written_out_addresses_are_found() {
        for s in [
            "my teacher Mr Patel said we should tell him",
            "Mme N'Guessan la prof d'anglais",
            "el profe Gutiérrez de historia",
            "наш физрук Сергей Палыч орет",
            "王老师是我们班主任",
            "我们数学老师叫张建国",
            "المعلمة نورة الشمري علمتنا",
            "Jayden, 14, Manchester",
            "张小雨，14，杭州",
            "youtube.com/@zaraplaysmc",
            "sc: ella.rose22",
            "tomriley08 at yahoo",
        ] {
            assert!(found(s), "{s}");
        }
        for s in [
            "Mr Beast has the best videos",
            "我们数学老师很好",
            "历史老师讲了网络安全",
            "高中老师说要保护隐私",
            "المعلمة قالت لنا ان نحمي حساباتنا",
            "my insta is private",
            "I have 3 brothers, 2 sisters",
            "i use gmail at school",
            "My friends and I play Minecraft after school.",
            "Надо придумать сложный пароль и никому его не говорить.",
        ] {
            assert!(!found(s), "{s}");
        }
    }
}
