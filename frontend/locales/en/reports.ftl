# The group's yearly and final reports
rep-title-yearly = Yearly report { $period }
rep-title-final = Final report { $period }
rep-reports = Yearly and final reports
rep-reports-intro = Write the group's report to Council for each year, or a final report over several years: an introduction and conclusions in each language, and the key findings of each consultation. It is published only when you publish it.
rep-no-years = No consultation has been run yet: a report needs at least one.
rep-state-published = Published
rep-state-draft = Draft
rep-final-heading = Final report
rep-final-intro = A final report covers several years: choose the first and the last.
rep-field-from = First year
rep-field-to = Last year
rep-final-open = Open the final report
rep-introduction = Introduction
rep-introduction-hint = A few paragraphs; leave an empty line between paragraphs.
rep-conclusions = Conclusions
rep-consultations = Consultations
rep-consultations-count = { $count ->
    [one] { $count } consultation
   *[other] { $count } consultations
}
rep-no-consultations = No consultation was run in this period.
rep-who-took-part = Who took part
rep-findings = Key findings
rep-findings-heading = Key findings of each consultation
rep-findings-hint = A short text: what young people said, in plain words.
rep-feedback = What we did with your views
rep-top-figures = Top figures
rep-quotes = Quotes chosen by the facilitators
rep-trends = Questions asked again
rep-trends-intro = The same question asked in several consultations: the share of each answer, consultation by consultation.
rep-asked-again = Asked again: { $question }
rep-results-not-public = The results of this consultation are not published.
rep-published-note = This report is published: everyone can read it.
rep-draft-note = This is a draft: only the group's facilitators can see it until it is published.
rep-edit = Edit the report
rep-draft = Draft
rep-download-pdf = The report (PDF)
rep-download-xlsx = The figures (XLSX)
rep-download-json = Open data (JSON)
rep-not-published-title = Report not published yet
rep-not-published = This report has not been published yet. Published reports are listed on the group's public record.
rep-bad-period-title = Not a year
rep-back-to-record = The group's public record
rep-v-period-malformed = Write a year with four digits, such as 2026, or two years joined by a dash, such as 2024-2026.
rep-v-period-range = Choose a year from 2000 to 2100.
rep-v-period-backwards = The last year must come after the first.
rep-v-period-long = A report covers at most 30 years.
rep-v-too-long = { $count ->
    [one] At most { $count } character.
   *[other] At most { $count } characters.
}
rep-v-no-consultations = No consultation was run in this period, so there is nothing to report.
rep-saved = Saved.
rep-preview = See the report
rep-language-nav = Language of the texts
rep-publish = Publish the report
rep-publish-hint = Everyone will be able to read it, in every language, without a password.
rep-unpublish = Take the report back to draft
rep-texts = Introduction and conclusions
rep-col-title = Title
rep-col-opens = Opened
rep-col-closes = Closed
rep-col-phases = Phases
rep-col-status = Status
rep-col-year = Year
rep-record-heading = Reports
rep-record-none = No report has been published yet.
rep-group-link = Yearly and final reports
