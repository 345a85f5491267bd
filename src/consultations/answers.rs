//! How one checked answer is stored in the `answer` table: single choice, scale and rating
//! as one row with the option code (and, for scales and ratings, the point value in
//! `number_value`); multiple choice as one row per chosen code; ranking as one row per code
//! with its `position` (1 = first); number in `number_value`; text in `text_value`.
use super::definition::{AnswerValue, Question, QuestionKind, StatementsAnswer, Vote};

/// One row of the `answer` table, without its ids.
#[derive(Clone, Debug, PartialEq)]
pub struct AnswerRow {
    pub question_key: String,
    pub option_code: Option<String>,
    pub position: Option<i32>,
    pub number_value: Option<f64>,
    pub text_value: Option<String>,
}

impl AnswerRow {
    fn new(q: &Question) -> Self {
        Self {
            question_key: q.key.clone(),
            option_code: None,
            position: None,
            number_value: None,
            text_value: None,
        }
    }
}

/// The point value of an option: its `value`, else its place from 1.
pub fn point(q: &Question, code: &str) -> Option<f64> {
    q.options
        .iter()
        .position(|o| o.code == code)
        .map(|i| q.options[i].value.unwrap_or((i + 1) as f64))
}

/// The rows storing `value` as the answer to `q` (already checked against it).
pub fn rows_for(q: &Question, value: &AnswerValue) -> Vec<AnswerRow> {
    match (q.kind, value) {
        (QuestionKind::ShortText | QuestionKind::LongText, AnswerValue::Text(text)) => {
            vec![AnswerRow {
                text_value: Some(text.clone()),
                ..AnswerRow::new(q)
            }]
        }
        (_, AnswerValue::Text(code)) => vec![AnswerRow {
            option_code: Some(code.clone()),
            number_value: matches!(q.kind, QuestionKind::Scale | QuestionKind::Rating)
                .then(|| point(q, code))
                .flatten(),
            ..AnswerRow::new(q)
        }],
        (_, AnswerValue::Number(n)) => vec![AnswerRow {
            number_value: Some(*n),
            ..AnswerRow::new(q)
        }],
        (_, AnswerValue::Votes(answer)) => vote_rows(q, answer),
        (kind, AnswerValue::Codes(codes)) => codes
            .iter()
            .enumerate()
            .map(|(i, code)| AnswerRow {
                option_code: Some(code.clone()),
                position: (kind == QuestionKind::Ranking)
                    .then(|| i32::try_from(i + 1).unwrap_or(i32::MAX)),
                ..AnswerRow::new(q)
            })
            .collect(),
    }
}

/// A `statements` answer: one row per vote (the statement's code, and +1 agree, −1 disagree,
/// 0 pass in `number_value`, the participant × statement matrix of the opinion map) and one
/// text row per added statement (moderated like any text; approved, it becomes a statement).
pub fn vote_rows(q: &Question, answer: &StatementsAnswer) -> Vec<AnswerRow> {
    let votes = answer.votes.iter().filter_map(|(code, vote)| {
        Vote::parse(vote).map(|v| AnswerRow {
            option_code: Some(code.clone()),
            number_value: Some(v.value()),
            ..AnswerRow::new(q)
        })
    });
    let added = answer.new_statements.iter().map(|text| AnswerRow {
        text_value: Some(text.clone()),
        ..AnswerRow::new(q)
    });
    votes.chain(added).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consultations::definition::Choice;

    fn q(kind: QuestionKind) -> Question {
        let mut q = Question::new("q", kind);
        q.options = ["a", "b", "c"]
            .iter()
            .map(|c| Choice {
                code: (*c).into(),
                ..Choice::default()
            })
            .collect();
        q
    }

    #[test]
    fn each_kind_has_its_row_shape() {
        let rows = rows_for(&q(QuestionKind::Scale), &AnswerValue::Text("b".into()));
        assert_eq!(rows[0].option_code.as_deref(), Some("b"));
        assert_eq!(rows[0].number_value, Some(2.0));
        let rows = rows_for(
            &q(QuestionKind::Ranking),
            &AnswerValue::Codes(vec!["c".into(), "a".into(), "b".into()]),
        );
        assert_eq!(
            rows.iter().map(|r| r.position).collect::<Vec<_>>(),
            [Some(1), Some(2), Some(3)]
        );
        let rows = rows_for(
            &Question::new("t", QuestionKind::LongText),
            &AnswerValue::Text("hello".into()),
        );
        assert_eq!(rows[0].text_value.as_deref(), Some("hello"));
        assert_eq!(rows[0].option_code, None);
    }
}
