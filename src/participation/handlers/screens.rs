//! The screens of the journey: each page's data and how the current screen is rendered
//! from the carried state (or, after a problem, from what was just typed).
use actix_web::{HttpResponse, http::StatusCode};
use askama::Template;

use super::{Frame, Step, page};
use crate::web::forms::Errors;
use crate::web::forms::FormData;
use crate::{
    consultations::{Consultation, definition::text_in},
    error::AppError,
    i18n::{Arg, Locale, countries},
    participation::{
        journey::{Journey, Screen, UNDER_MIN_AGE, visible_sections},
        response::{GENDER_DESCRIPTION_LIMIT, GENDERS, Problem},
        view::{CheckedAnswer, QuestionView, RawAnswer, Reader, answer_lines},
    },
    secrets::Keys,
};

/// A choice among radios (age bands, genders).
pub struct Radio {
    pub id: String,
    pub value: String,
    pub label: String,
    pub checked: bool,
}

pub struct CountryOption {
    pub code: &'static str,
    pub name: &'static str,
    pub selected: bool,
}

pub struct CheckedSection {
    pub title: String,
    pub answers: Vec<CheckedAnswer>,
}

#[derive(Template)]
#[template(path = "participation/access.html")]
struct AccessPage {
    l: Locale,
    f: Frame,
    errors: Errors,
    error: Option<String>,
    value: String,
}

#[derive(Template)]
#[template(path = "participation/age.html")]
struct AgePage {
    l: Locale,
    f: Frame,
    errors: Errors,
    error: Option<String>,
    bands: Vec<Radio>,
}

#[derive(Template)]
#[template(path = "participation/too_young.html")]
struct TooYoungPage {
    l: Locale,
    f: Frame,
    explanation: String,
    published: bool,
}

#[derive(Template)]
#[template(path = "participation/consent.html")]
struct ConsentPage {
    l: Locale,
    f: Frame,
    errors: Errors,
    error: Option<String>,
    intro: String,
    duration: String,
    checked: bool,
}

#[derive(Template)]
#[template(path = "participation/about.html")]
struct AboutPage {
    l: Locale,
    f: Frame,
    errors: Errors,
    ask_country: bool,
    ask_gender: bool,
    countries: Vec<CountryOption>,
    country_error: Option<String>,
    genders: Vec<Radio>,
    gender_error: Option<String>,
    description: String,
    description_error: Option<String>,
    description_hint: String,
    description_limit: usize,
}

#[derive(Template)]
#[template(path = "participation/section.html")]
struct SectionPage {
    l: Locale,
    f: Frame,
    errors: Errors,
    heading: String,
    questions: Vec<QuestionView>,
    /// A ranking's move buttons come before "Continue": Enter in a text field must still
    /// continue, so the page starts with a hidden "Continue".
    default_next: bool,
}

/// One section of the offline page.
pub struct OfflineSection {
    pub index: usize,
    pub heading: String,
    pub questions: Vec<QuestionView>,
}

/// Every section from the journey's current one on, in one form: kept by the service worker
/// so a young person whose connection drops mid-journey can finish (README, "Answering
/// without a steady connection").
#[derive(Template)]
#[template(path = "participation/offline_page.html")]
struct OfflinePage {
    l: Locale,
    f: Frame,
    errors: Errors,
    sections: Vec<OfflineSection>,
    shared_default: bool,
    kept: Kept,
    /// The start steps, asked at the top when no journey is carried.
    start: Option<StartSteps>,
}

/// The start steps on the offline page (the connection dropped before the first section):
/// the access code, the age band, the adult's confirmation below the consent age, the kind
/// words below the minimum age (shown by app.js as a band is chosen).
struct StartSteps {
    /// A fresh id for this response (app.js makes its own, as the page may be kept).
    submission_id: String,
    lang: String,
    access: bool,
    access_value: String,
    access_error: Option<String>,
    bands: Vec<StartBand>,
    age_error: Option<String>,
    guardian_checked: bool,
    guardian_error: Option<String>,
    too_young_text: String,
}

struct StartBand {
    radio: Radio,
    /// An adult confirms below the consent age.
    guardian: bool,
    /// Below the minimum age: the kind words instead of the questions.
    too_young: bool,
}

/// What app.js needs to keep answers on the phone: the instance's public key to seal them
/// to, and when the consultation closes (answers still waiting then are discarded).
pub struct Kept {
    pub key: String,
    pub closes: String,
}

impl Kept {
    pub fn of(c: &Consultation, keys: &Keys) -> Self {
        Self {
            key: keys.offline().public(),
            closes: c.row.closes_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
        }
    }
}

#[derive(Template)]
#[template(path = "participation/check.html")]
struct CheckPage {
    l: Locale,
    f: Frame,
    errors: Errors,
    about: Vec<CheckedAnswer>,
    sections: Vec<CheckedSection>,
    has_text: bool,
    /// Offline answering: "shared device" starts ticked for under-13s (nothing is kept on
    /// the phone after sending).
    shared_default: bool,
    kept: Kept,
}

/// The youngest age that can answer: the minimum age, or the youngest band's lower bound
/// when no band starts that low.
fn youngest_age(def: &crate::consultations::Definition) -> u8 {
    def.settings
        .age_bands
        .iter()
        .map(|b| b.min)
        .min()
        .map_or(def.settings.min_age, |m| m.max(def.settings.min_age))
}

/// Renders the journey's current screen: with the posted values and their problems (422)
/// when `form` is given and problems were found, else from the kept answers.
pub fn render(
    c: &Consultation,
    keys: &Keys,
    journey: &Journey,
    form: Option<&FormData>,
    problems: &[Problem],
) -> Result<HttpResponse, AppError> {
    let mut journey = journey.clone();
    // A section that no answer shows any more (or a changed link) moves on to the next one.
    if let Screen::Section(i) = journey.at
        && !visible_sections(&c.definition, &journey.answers).any(|v| v == i)
    {
        let next = journey.next(c);
        journey.go(c, next);
    }
    let screens = Screens {
        l: Locale::new(&journey.lang),
        status: if problems.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        },
        c,
        keys,
        journey: &journey,
        form,
        problems,
    };
    match journey.at {
        Screen::Access => screens.access(),
        Screen::Age => screens.age(),
        Screen::TooYoung => screens.too_young(),
        Screen::Consent => screens.consent(),
        Screen::About => screens.about(),
        Screen::Section(index) => screens.section(index),
        Screen::Check => screens.check(),
    }
}

/// The offline page for `journey`: its sections from the current one on (all of them for a
/// journey not yet at a section), with the posted values and their problems (422) after a
/// send that had some. The state is carried only once a journey reached its sections.
pub fn render_offline(
    c: &Consultation,
    keys: &Keys,
    journey: &Journey,
    form: Option<&FormData>,
    problems: &[Problem],
) -> Result<HttpResponse, AppError> {
    let screens = Screens {
        l: Locale::new(&journey.lang),
        status: if problems.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        },
        c,
        keys,
        journey,
        form,
        problems,
    };
    screens.offline()
}

/// What every screen is built from: the consultation, the journey so far, the reader's
/// language, and what was just posted with its problems.
struct Screens<'a> {
    c: &'a Consultation,
    keys: &'a Keys,
    journey: &'a Journey,
    form: Option<&'a FormData>,
    problems: &'a [Problem],
    l: Locale,
    /// 200, or 422 when there are problems.
    status: StatusCode,
}

impl Screens<'_> {
    /// The page title, marked as showing errors when there are problems.
    fn title(&self, key: &str) -> String {
        if self.problems.is_empty() {
            self.l.t(key)
        } else {
            self.l
                .t_args("p-error-title", &[("title", Arg::Str(&self.l.t(key)))])
        }
    }

    fn frame(&self, page_title: String) -> Frame {
        let f = Frame::new(self.c, &self.l, page_title, self.journey.country.as_deref())
            .carrying(self.journey.sign(self.keys))
            .at_step(self.step());
        if self.journey.preview {
            f.previewing()
        } else {
            f
        }
    }

    /// "Step 3 of 6". The count follows the answers so far: a consent step for the
    /// youngest, sections that conditions skip. A young person turned away is on no step.
    fn step(&self) -> Option<Step> {
        let screens = self.journey.screens(self.c);
        let at = screens.iter().position(|s| *s == self.journey.at)? + 1;
        (self.journey.at != Screen::TooYoung).then(|| Step {
            at,
            of: screens.len(),
            text: self.l.t_args(
                "p-progress",
                &[
                    ("step", Arg::Num(at as f64)),
                    ("steps", Arg::Num(screens.len() as f64)),
                ],
            ),
        })
    }

    fn error_for(&self, field: &str) -> Option<String> {
        self.problems
            .iter()
            .find(|p| p.field == field)
            .map(|p| p.message(&self.l))
    }

    /// The error summary, each problem linking to `anchor_of` it.
    fn links(&self, anchor_of: &dyn Fn(&Problem) -> String) -> Errors {
        self.problems
            .iter()
            .map(|p| (anchor_of(p), p.message(&self.l)))
            .collect::<Errors>()
    }

    /// A posted value, or empty.
    fn posted(&self, name: &str) -> String {
        self.form
            .and_then(|f| f.opt(name))
            .unwrap_or_default()
            .to_owned()
    }

    /// A value as posted when there is a form, else as kept in the journey.
    fn posted_or(&self, name: &str, kept: Option<&String>) -> String {
        match self.form {
            Some(f) => f.opt(name).unwrap_or_default().to_owned(),
            None => kept.cloned().unwrap_or_default(),
        }
    }

    fn access(&self) -> Result<HttpResponse, AppError> {
        page(
            self.status,
            &AccessPage {
                f: self.frame(self.title("p-access-title")),
                errors: self.links(&|_| "access_code".into()),
                error: self.error_for("access_code"),
                value: self.posted("access_code"),
                l: self.l.clone(),
            },
        )
    }

    fn age(&self) -> Result<HttpResponse, AppError> {
        let l = &self.l;
        page(
            self.status,
            &AgePage {
                f: self.frame(self.title("p-age-title")),
                errors: self.links(&|_| "age-0".into()),
                error: self.error_for("age_band"),
                bands: self.bands(),
                l: l.clone(),
            },
        )
    }

    /// The age bands to choose from, "younger than …" first, the chosen one checked.
    fn bands(&self) -> Vec<Radio> {
        let (def, l) = (&self.c.definition, &self.l);
        let chosen = match self.form {
            Some(f) => f.opt("age_band").map(str::to_owned),
            None => self.journey.age_band.clone(),
        };
        let mut bands = vec![Radio {
            id: "age-0".into(),
            value: UNDER_MIN_AGE.into(),
            label: l.t_count("p-age-under", i64::from(youngest_age(def))),
            checked: chosen.as_deref() == Some(UNDER_MIN_AGE),
        }];
        for band in &def.settings.age_bands {
            bands.push(Radio {
                id: format!("age-{}", bands.len()),
                value: band.code.clone(),
                label: l.t_args(
                    "p-age-band",
                    &[
                        ("min", Arg::Num(f64::from(band.min))),
                        ("max", Arg::Num(f64::from(band.max))),
                    ],
                ),
                checked: chosen.as_deref() == Some(band.code.as_str()),
            });
        }
        bands
    }

    /// The start steps at the top of the offline page when no journey is carried.
    fn start_steps(&self) -> StartSteps {
        let (def, l) = (&self.c.definition, &self.l);
        let bands = self
            .bands()
            .into_iter()
            .map(|radio| {
                let band = def.age_band(&radio.value);
                StartBand {
                    guardian: band.is_some_and(|b| def.needs_guardian(b) && !def.too_young(b)),
                    too_young: band.is_none_or(|b| def.too_young(b)),
                    radio,
                }
            })
            .collect();
        let posted_id = self.posted("submission_id");
        StartSteps {
            submission_id: if posted_id.is_empty() {
                self.journey.submission_id.to_string()
            } else {
                posted_id
            },
            lang: self.journey.lang.clone(),
            access: def
                .settings
                .access_code
                .as_deref()
                .is_some_and(|code| !code.is_empty()),
            access_value: self.posted("access_code"),
            access_error: self.error_for("access_code"),
            bands,
            age_error: self.error_for("age_band"),
            guardian_checked: self.posted("guardian") == "yes",
            guardian_error: self.error_for("guardian"),
            too_young_text: l.t_count("p-too-young-text", i64::from(youngest_age(def))),
        }
    }

    fn too_young(&self) -> Result<HttpResponse, AppError> {
        let l = &self.l;
        page(
            StatusCode::OK,
            &TooYoungPage {
                f: self.frame(l.t("p-too-young-title")),
                explanation: l.t_count(
                    "p-too-young-text",
                    i64::from(youngest_age(&self.c.definition)),
                ),
                published: self.c.row.published_at.is_some(),
                l: l.clone(),
            },
        )
    }

    fn consent(&self) -> Result<HttpResponse, AppError> {
        let (def, l) = (&self.c.definition, &self.l);
        page(
            self.status,
            &ConsentPage {
                f: self.frame(self.title("p-consent-title")),
                errors: self.links(&|_| "guardian".into()),
                error: self.error_for("guardian"),
                intro: text_in(&def.texts.introduction, &self.journey.lang).to_owned(),
                duration: l.t_count("p-duration", i64::from(def.minutes())),
                checked: self.journey.guardian || self.posted("guardian") == "yes",
                l: l.clone(),
            },
        )
    }

    fn about(&self) -> Result<HttpResponse, AppError> {
        let (def, l, journey) = (&self.c.definition, &self.l, self.journey);
        let country = self.posted_or("country", journey.country.as_ref());
        let gender = self.posted_or("gender", journey.gender.as_ref());
        let description = self.posted_or("gender_description", journey.gender_description.as_ref());
        page(
            self.status,
            &AboutPage {
                f: self.frame(self.title("p-about-title")),
                errors: self.links(&|p| match p.field.as_str() {
                    "gender" => "gender-0".into(),
                    other => other.into(),
                }),
                ask_country: def.settings.ask_country,
                ask_gender: def.settings.ask_gender,
                countries: countries::all(&journey.lang)
                    .into_iter()
                    .map(|(code, name)| CountryOption {
                        code,
                        name,
                        selected: code == country,
                    })
                    .collect(),
                country_error: self.error_for("country"),
                genders: GENDERS
                    .iter()
                    .enumerate()
                    .map(|(i, g)| Radio {
                        id: format!("gender-{i}"),
                        value: (*g).to_owned(),
                        label: l.t(&format!("p-gender-{g}")),
                        checked: gender == *g,
                    })
                    .collect(),
                gender_error: self.error_for("gender"),
                description,
                description_error: self.error_for("gender_description"),
                description_hint: l.t_count("p-hint-characters", GENDER_DESCRIPTION_LIMIT as i64),
                description_limit: GENDER_DESCRIPTION_LIMIT,
                l: l.clone(),
            },
        )
    }

    fn section(&self, index: usize) -> Result<HttpResponse, AppError> {
        let (def, l, journey) = (&self.c.definition, &self.l, self.journey);
        let section = &def.sections[index];
        let questions = self.section_questions(index);
        let errors = self.section_errors(&questions);
        let heading = text_in(&section.title, &journey.lang).to_owned();
        let page_title = if heading.is_empty() {
            l.t("p-questions-title")
        } else {
            heading.clone()
        };
        page(
            self.status,
            &SectionPage {
                f: self.frame(if self.problems.is_empty() {
                    page_title
                } else {
                    l.t_args("p-error-title", &[("title", Arg::Str(&page_title))])
                }),
                errors,
                heading,
                default_next: questions.iter().any(|q| q.moves),
                questions,
                l: l.clone(),
            },
        )
    }

    fn offline(&self) -> Result<HttpResponse, AppError> {
        let (def, l) = (&self.c.definition, &self.l);
        let first = match self.journey.at {
            Screen::Section(i) => i,
            _ => 0,
        };
        let indexes: Vec<usize> = (first..def.sections.len()).collect();
        let same_page: Vec<String> = indexes
            .iter()
            .flat_map(|&i| def.sections[i].questions.iter().map(|q| q.key.clone()))
            .collect();
        let sections: Vec<OfflineSection> = indexes
            .into_iter()
            .map(|index| OfflineSection {
                index,
                heading: text_in(&def.sections[index].title, &self.journey.lang).to_owned(),
                questions: self.section_questions_on(index, &same_page),
            })
            .collect();
        let all: Vec<QuestionView> = sections
            .iter()
            .flat_map(|s| s.questions.iter().cloned())
            .collect();
        let mut f = Frame::new(self.c, l, self.title("off-page-title"), None);
        let carried = matches!(self.journey.at, Screen::Section(_));
        if carried {
            f = f.carrying(self.journey.sign(self.keys));
        }
        let errors = self
            .problems
            .iter()
            .filter_map(|p| {
                let anchor = match p.field.as_str() {
                    "age_band" => "age-0",
                    field @ ("access_code" | "guardian") => field,
                    _ => return None,
                };
                Some((anchor.to_owned(), p.message(l)))
            })
            .chain(self.section_error_links(&all))
            .collect();
        page(
            self.status,
            &OfflinePage {
                f,
                start: (!carried).then(|| self.start_steps()),
                errors,
                sections,
                shared_default: self.shared_default(),
                kept: self.kept(),
                l: l.clone(),
            },
        )
    }

    fn kept(&self) -> Kept {
        Kept::of(self.c, self.keys)
    }

    /// "Shared device" starts ticked for under-13s (nothing is kept on the phone after
    /// sending).
    fn shared_default(&self) -> bool {
        let def = &self.c.definition;
        self.journey
            .age_band
            .as_deref()
            .and_then(|code| def.age_band(code))
            .is_some_and(|b| b.min < 13)
    }

    /// The questions of section `index` that show: those the answers so far call for, and
    /// those whose condition is on the same page (shown or hidden as the reader answers).
    fn section_questions(&self, index: usize) -> Vec<QuestionView> {
        let section = &self.c.definition.sections[index];
        let same_page: Vec<String> = section.questions.iter().map(|q| q.key.clone()).collect();
        self.section_questions_on(index, &same_page)
    }

    /// The questions of section `index` on a page that also holds the questions `same_page`.
    fn section_questions_on(&self, index: usize, same_page: &[String]) -> Vec<QuestionView> {
        let (def, journey) = (&self.c.definition, self.journey);
        let section = &def.sections[index];
        let reader = Reader {
            def,
            l: &self.l,
            age_band: journey.age_band.as_deref(),
            same_page,
            seed: crate::consultations::statements::seed_of(&journey.submission_id),
            votes: None,
        };
        let first = def
            .sections
            .iter()
            .take(index)
            .map(|s| s.questions.len())
            .sum::<usize>();
        section
            .questions
            .iter()
            .enumerate()
            .filter(|(_, q)| {
                let on_page = q
                    .condition
                    .as_ref()
                    .is_some_and(|cond| same_page.contains(&cond.question));
                on_page || def.is_shown(q, &journey.answers)
            })
            .map(|(i, q)| {
                let raw = match self.form {
                    Some(f) => RawAnswer::from_form(q, f),
                    None => RawAnswer::from_answer(q, journey.answers.get(&q.key)),
                };
                let error = self.error_for(&format!("answers.{}", q.key));
                let mut view = QuestionView::new(&reader, q, first + i, &raw, error);
                if q.kind == crate::consultations::definition::QuestionKind::Ranking {
                    view.moves = true;
                    view.limit_hint = self.l.t_count("p-hint-rank-moves", q.rank_places() as i64);
                }
                view
            })
            .collect()
    }

    /// The error summary of a section: each problem names its question and links to it.
    fn section_errors(&self, questions: &[QuestionView]) -> Errors {
        self.section_error_links(questions).into_iter().collect()
    }

    fn section_error_links(&self, questions: &[QuestionView]) -> Vec<(String, String)> {
        let l = &self.l;
        self.problems
            .iter()
            .filter_map(|p| {
                let q = questions
                    .iter()
                    .find(|q| Some(q.key.as_str()) == p.question_key())?;
                Some((
                    q.anchor(),
                    l.t_args(
                        "p-error-about",
                        &[
                            ("question", Arg::Str(&q.text)),
                            ("message", Arg::Str(&p.message(l))),
                        ],
                    ),
                ))
            })
            .collect()
    }

    /// "Check your answers": who answers, then every shown question by section.
    fn check(&self) -> Result<HttpResponse, AppError> {
        let def = &self.c.definition;
        let about = self.check_about();
        let (sections, has_text) = self.check_sections();
        let errors = self
            .problems
            .iter()
            .map(|p| (check_anchor(def, p), p.message(&self.l)))
            .collect();
        page(
            self.status,
            &CheckPage {
                f: self.frame(self.title("p-check-title")),
                errors,
                about,
                sections,
                has_text,
                shared_default: self.shared_default(),
                kept: self.kept(),
                l: self.l.clone(),
            },
        )
    }

    /// The age band, and the country and gender when they are asked.
    fn check_about(&self) -> Vec<CheckedAnswer> {
        let (def, l, journey) = (&self.c.definition, &self.l, self.journey);
        let mut about = vec![CheckedAnswer {
            id: "check-age".into(),
            question: l.t("p-check-age"),
            lines: journey
                .age_band
                .as_deref()
                .and_then(|code| def.age_band(code))
                .map(|b| {
                    vec![l.t_args(
                        "p-age-band",
                        &[
                            ("min", Arg::Num(f64::from(b.min))),
                            ("max", Arg::Num(f64::from(b.max))),
                        ],
                    )]
                })
                .unwrap_or_default(),
            ordered: false,
            change: Screen::Age.code(),
            error: self
                .error_for("age_band")
                .or_else(|| self.error_for("guardian_confirmed")),
        }];
        if def.settings.ask_country {
            about.push(CheckedAnswer {
                id: "check-country".into(),
                question: l.t("p-about-country"),
                lines: journey
                    .country
                    .as_deref()
                    .and_then(|code| countries::name(code, l.code()))
                    .map(|n| vec![n.to_owned()])
                    .unwrap_or_default(),
                ordered: false,
                change: Screen::About.code(),
                error: self.error_for("country"),
            });
        }
        if def.settings.ask_gender {
            let mut lines: Vec<String> = journey
                .gender
                .as_deref()
                .map(|g| vec![l.t(&format!("p-gender-{g}"))])
                .unwrap_or_default();
            lines.extend(journey.gender_description.clone());
            about.push(CheckedAnswer {
                id: "check-gender".into(),
                question: l.t("p-about-gender"),
                lines,
                ordered: false,
                change: Screen::About.code(),
                error: self
                    .error_for("gender")
                    .or_else(|| self.error_for("gender_description")),
            });
        }
        about
    }

    /// The answered questions by section, and whether any of them is a written answer.
    fn check_sections(&self) -> (Vec<CheckedSection>, bool) {
        let (def, journey, lang) = (&self.c.definition, self.journey, self.l.code());
        let mut sections = Vec::new();
        let mut has_text = false;
        let mut position = 0;
        for (index, section) in def.sections.iter().enumerate() {
            let mut answers = Vec::new();
            for q in &section.questions {
                position += 1;
                if !q.kind.takes_answer() || !def.is_shown(q, &journey.answers) {
                    continue;
                }
                let answer = journey.answers.get(&q.key);
                has_text |= q.kind.is_text() && answer.is_some();
                answers.push(CheckedAnswer {
                    id: format!("check-q{}", position - 1),
                    question: q.wording(lang, journey.age_band.as_deref()).to_owned(),
                    lines: answer_lines(q, answer, &self.l),
                    ordered: q.kind == crate::consultations::definition::QuestionKind::Ranking,
                    change: Screen::Section(index).code(),
                    error: self.error_for(&format!("answers.{}", q.key)),
                });
            }
            if !answers.is_empty() {
                sections.push(CheckedSection {
                    title: text_in(&section.title, lang).to_owned(),
                    answers,
                });
            }
        }
        (sections, has_text)
    }
}

/// Where a problem links to on the check page.
fn check_anchor(def: &crate::consultations::Definition, p: &Problem) -> String {
    match (p.question_key(), p.field.as_str()) {
        (Some(key), _) => def
            .questions()
            .position(|(_, q)| q.key == key)
            .map_or_else(|| "main".to_owned(), |i| format!("check-q{i}")),
        (None, "age_band" | "guardian_confirmed") => "check-age".to_owned(),
        (None, "country") => "check-country".to_owned(),
        (None, "gender" | "gender_description") => "check-gender".to_owned(),
        (None, _) => "main".to_owned(),
    }
}
