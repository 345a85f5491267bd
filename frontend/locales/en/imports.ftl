# Importing forms from other tools (XLSForm, LimeSurvey) and exporting an XLSForm.
imp-file-heading = Import a form file
imp-file-intro = An XLSForm (KoboToolbox, ODK, SurveyCTO, Ona: .xlsx, .csv or .md) or a LimeSurvey survey export (.lss) becomes a new draft in this group. The editor then shows what was imported and what was left out, row by row.
imp-file-label = Form file
imp-file-hint = .xlsx, .csv, .md or .lss, at most 10 MB. Questions that identify a person (phone, e-mail, location, photos, files) are never imported.
imp-file-submit = Import the file
imp-paste-heading = Or paste a Consulta document
imp-export-xlsform = Download as XLSForm (.xlsx)
imp-report-heading = Imported from { $format } ({ $file })
imp-report-summary = Questions: { $questions } · sections: { $sections } · conditions translated: { $conditions } · notes below: { $notes }
imp-report-languages = Languages
imp-report-items = Rows and elements not imported as they were
imp-report-dismiss = I have read this report
imp-lang-code = “{ $found }” → { $code } (by its code)
imp-lang-name = “{ $found }” → { $code } (by its name)
imp-lang-default = “{ $found }” (no language given) → { $code }, the form’s default language
imp-lang-unmatched = “{ $found }” is not one of Consulta’s languages: its texts were left out
imp-at = { $place ->
    [survey] Row { $at } of the survey sheet
    [choices] Row { $at } of the choices sheet
    [settings] The settings sheet
    [question] Question { $at }
    [group] Group { $at }
    [answer] Answers of question { $at }
    [quota] Quota { $at }
    [assessment] Assessment { $at }
    [language] Language { $at }
   *[other] { $place } { $at }
}
imp-why-identifying = left out: “{ $detail }” would identify a young person, their device or where they are
imp-why-metadata = left out: form metadata (“{ $detail }”), nothing to ask
imp-why-repeat = left out: repeated groups are not supported
imp-why-calculation = left out: calculations are not supported
imp-why-unsupported-type = left out: the type “{ $detail }” has no Consulta equivalent
imp-why-nested-group = a group inside a group became a section of its own
imp-why-condition-unsupported = shown to everyone: the condition “{ $detail }” is not one Consulta can express (one comparison with an earlier question)
imp-why-constraint-unsupported = the constraint “{ $detail }” was not imported
imp-why-constraint-strict = the strict bound in “{ $detail }” became an inclusive minimum or maximum
imp-why-language-unmatched = texts in “{ $detail }” left out: not one of Consulta’s six languages
imp-why-key-changed = renamed to “{ $detail }” (keys are lower-case letters, digits, _ and -)
imp-why-markup-removed = formatting (HTML) removed: imported as plain text
imp-why-or-other = an option “Other” was added; the box to specify it was not
imp-why-quota = left out: quotas are not supported
imp-why-assessment = left out: assessments are not supported
imp-why-script = a script was removed and never runs
imp-why-custom-style = custom styles (CSS) removed
imp-why-no-label = had no text in { $detail }: another language’s text or its name was used
imp-why-no-name = left out: no name
imp-why-too-many = only the first { $detail } options were kept
imp-why-too-long = a text was cut to { $detail } characters
imp-why-too-few-options = left out: fewer than two options
imp-why-subquestion = became { $detail } questions, one per sub-question
imp-why-unknown-element = left out: unknown element “{ $detail }”
imp-why-choice-filter = every option is shown: the choice filter “{ $detail }” was not imported
imp-why-column-ignored = not imported: { $detail }
imp-why-required-expression = made optional: “required” depends on “{ $detail }”
imp-why-range-as-number = became a number question: the range { $detail } has too many points for a rating
imp-why-comment-dropped = the comment boxes were not imported
imp-why-second-scale-dropped = only the first scale was imported
imp-why-asked-by-consulta = left out: Consulta asks this itself (gender), with a “prefer not to say” answer
imp-refuse-empty = The file is empty.
imp-refuse-format = This is neither an XLSForm (.xlsx, .csv, .md) nor a LimeSurvey export (.lss).
imp-refuse-too-large = The file is larger than { $detail }.
imp-refuse-too-big = The workbook is too large once unpacked ({ $detail }).
imp-refuse-too-many-rows = A sheet has more than { $detail } rows.
imp-refuse-too-many-columns = A sheet has more than { $detail } columns.
imp-refuse-not-workbook = This is not a workbook that can be read ({ $detail }).
imp-refuse-corrupt-zip = The .xlsx file is damaged: it is not a valid zip archive ({ $detail }).
imp-refuse-not-text = The file is not text in UTF-8.
imp-refuse-not-csv = The CSV file cannot be read ({ $detail }).
imp-refuse-no-survey = The form has no “survey” sheet with a “type” column.
imp-refuse-formula = A cell starts with “=” (a formula): { $detail }. Type the text without it.
imp-refuse-duplicate-name = Two questions have the same name: { $detail }.
imp-refuse-duplicate-choice = A choice list has the same name twice: { $detail }.
imp-refuse-no-choices = A question uses a choice list that is not in the “choices” sheet: { $detail }.
imp-refuse-no-language = None of the form’s languages is one of Consulta’s (Arabic, Chinese, English, French, Russian, Spanish).
imp-refuse-invalid = The imported form breaks a rule of Consulta at { $detail }.
imp-refuse-not-xml = The .lss file is not valid XML ({ $detail }).
imp-refuse-not-lss = This XML is not a LimeSurvey survey export (found “{ $detail }”).
imp-refuse-multipart = The upload could not be read: choose a file and send it again.
imp-refuse-too-many-questions = The form has too many questions for one consultation ({ $detail }).
imp-refuse-too-many-sections = The form has too many groups for one consultation ({ $detail }).
# The fixed answers of LimeSurvey's yes/no, uncertain and increase/same/decrease types.
imp-lss-answer-y = Yes
imp-lss-answer-n = No
imp-lss-answer-u = Uncertain
imp-lss-answer-i = Increase
imp-lss-answer-s = Same
imp-lss-answer-d = Decrease
