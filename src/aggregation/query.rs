//! Who may read a consultation's summary and as which audience, and the summary itself built
//! from the database for a reader: the one entry point for the API, the page, exports and
//! published results.
use sea_orm::ConnectionTrait;

use super::{
    counters::{self, Dimension},
    summary::{self, NOT_STATED, Request, Summary, View},
    suppression::{Audience, effective_threshold},
    texts,
};
use crate::{accounts::Viewer, consultations::Consultation, error::AppError, i18n::Locale};

/// The audience a viewer reads a consultation's summary as: facilitators (and administrators)
/// of its group see everything with markers, members of the group the suppressed figures, and
/// anyone else the public figures of a published consultation.
///
/// # Errors
/// [`AppError::NotFound`] for the public before publication (nothing to see, and nothing said
/// about whether it exists); [`AppError::Forbidden`] for a signed-in adult outside the group.
pub fn audience_of(viewer: &Viewer, consultation: &Consultation) -> Result<Audience, AppError> {
    let group = consultation.group_id();
    let published = consultation.results_public();
    match viewer.actor() {
        Some(actor) if actor.can_facilitate(group) => Ok(Audience::Facilitator),
        Some(actor) if actor.can_read(group) => Ok(Audience::Member),
        _ if published => Ok(Audience::Public),
        Some(_) => Err(AppError::Forbidden),
        None => Err(AppError::NotFound),
    }
}

/// What to add to the counters' figures.
#[derive(Clone, Debug, Default)]
pub struct Options<'a> {
    /// Only this question.
    pub question: Option<&'a str>,
    /// Analyse free text (key terms, chosen quotes).
    pub text: bool,
}

/// The summary of `consultation` for `audience` in the reader's language.
///
/// # Errors
/// A database error, or counters that contradict each other.
pub async fn build(
    db: &impl ConnectionTrait,
    consultation: &Consultation,
    audience: Audience,
    view: &View,
    l: &Locale,
    options: &Options<'_>,
) -> Result<Summary, AppError> {
    let id = consultation.id();
    let counts = counters::load(db, id, view.dimension())
        .await
        .map_err(|e| AppError::context(e, format!("Failed to load the counters of {id}")))?;
    let sizes = counters::load_sizes(db, id)
        .await
        .map_err(|e| AppError::context(e, format!("Failed to load the group sizes of {id}")))?;
    let label = |d: Dimension, key: &str| group_label(l, d, key);
    let request = Request {
        definition: &consultation.definition,
        counts: &counts,
        sizes: &sizes,
        audience,
        view,
        lang: l.code(),
        group_label: &label,
        only_question: options.question,
    };
    let mut summary = summary::summarise(&request)
        .map_err(|e| AppError::context(e, format!("The counters of {id} disagree")))?;
    if options.text {
        let threshold = effective_threshold(u64::from(consultation.definition.threshold()));
        let filter = match view {
            View::Filter(d, value) if value == NOT_STATED => Some((*d, "")),
            View::Filter(d, value) => Some((*d, value.as_str())),
            _ => None,
        };
        // Nothing of a group too small to publish, not even its words.
        let allowed = audience.sees_everything() || summary.responses.is_some();
        for question in summary.questions.iter_mut().filter(|q| q.kind.is_text()) {
            if !allowed {
                continue;
            }
            let quotes = consultation.definition.quotes_per_question();
            let analysis =
                texts::analyse(db, id, &question.key, filter, threshold, audience, quotes)
                    .await
                    .map_err(|e| {
                        AppError::context(e, format!("Failed to read the text of {id}"))
                    })?;
            question.text_analysis = Some(analysis);
        }
    }
    Ok(summary)
}

/// A group's name in the reader's language.
pub fn group_label(l: &Locale, dimension: Dimension, key: &str) -> String {
    if key.is_empty() || key == NOT_STATED {
        return l.t("agg-not-stated");
    }
    match dimension {
        Dimension::AgeBand => key.to_owned(),
        Dimension::Country => {
            let code = key.to_uppercase();
            crate::i18n::countries::name(&code, l.code()).map_or(code, str::to_owned)
        }
        Dimension::Gender => match key {
            "girl" | "boy" | "self_described" | "prefer_not_to_say" => {
                l.t(&format!("agg-gender-{key}"))
            }
            other => other.to_owned(),
        },
        Dimension::Language if crate::i18n::is_available(key) => Locale::new(key).native_name(),
        Dimension::Language => key.to_owned(),
        Dimension::Region | Dimension::ItuRegion => dimension
            .region_scheme()
            .and_then(|scheme| crate::i18n::regions::name(scheme, key, l.code()))
            .map_or_else(|| key.to_owned(), str::to_owned),
        Dimension::Phase => match key {
            "before" | "during" => l.t(&format!("agg-phase-{key}")),
            other => other.to_owned(),
        },
    }
}

/// A dimension's name in the reader's language.
pub fn dimension_label(l: &Locale, dimension: Dimension) -> String {
    l.t(&format!("agg-dim-{}", dimension.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_are_named_in_the_readers_language_and_unknown_codes_stay_codes() {
        let label =
            |lang: &str, key: &str| group_label(&Locale::new(lang), Dimension::Country, key);
        assert_eq!(label("es", "KE"), "Kenia");
        assert_eq!(label("ar", "ke"), "كينيا");
        assert_eq!(label("zh", "KE"), "肯尼亚");
        assert_eq!(label("en", "xx"), "XX");
    }
}
