//! The points a new scale or rating question starts with, labelled in the six UN languages.
use super::definition::{Choice, LocalText};

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
