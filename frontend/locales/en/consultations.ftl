## Validation messages (next to the field)
cn-v-required = Write this text.
cn-v-too-long = Use at most { $max } characters (this has { $count }).
cn-v-too-many = At most { $max }.
cn-v-key-format = Use lower-case letters, digits, “_” or “-”, starting with a letter (at most 64).
cn-v-key-duplicate = “{ $key }” is already used here. Each key must be different.
cn-v-code-format = Use letters, digits, “_”, “-” or “.” (at most 64).
cn-v-option-code-duplicate = The code “{ $code }” is used twice. Each option needs its own code.
cn-v-options-too-few = Give at least two options.
cn-v-options-not-used = This kind of question has no options.
cn-v-languages-empty = Choose at least one language.
cn-v-language-unknown = “{ $code }” is not a language Consulta offers.
cn-v-language-duplicate = { $language } is listed twice.
cn-v-default-language = The main language must be one of the chosen languages.
cn-v-range = Use a number from { $min } to { $max }.
cn-v-number = Write a number.
cn-v-threshold-min = The threshold cannot be below 5: smaller groups could single out a young person.
cn-v-retention-range = Keep raw answers between 1 and 365 days after closing.
cn-v-phases-empty = Choose at least one phase.
cn-v-phases-duplicate = A phase is listed twice.
cn-v-access-code = Use 4 to 20 letters or digits.
cn-v-country = Use a two-letter country code (such as FR) or * for every other country.
cn-v-phone = Use digits, spaces, +, - and brackets only (at most 40).
cn-v-url = Write a full web address starting with https://.
cn-v-helpline-contact = Give a phone number or a web address.
cn-v-percent = Shares are percentages from 0 to 100.
cn-v-age-bands-empty = Offer at least one age band.
cn-v-age-band-code = An age band code uses digits, letters, “+”, “-” or “_”.
cn-v-age-band-range = The band { $band } must go from a lower to a higher age, between 5 and 30.
cn-v-age-band-order = The band { $band } overlaps the one before it or is out of order.
cn-v-age-band-format = “{ $band }” is not an age band: write it like 13-15.
cn-v-easy-read-band = There is no age band { $band } any more.
cn-v-info-required = An information text has no answer, so it cannot be required.
cn-v-pictorial-needs-pictures = Give every point a picture, or turn pictures off.
cn-v-pictorial-scale-only = Only agreement scales have a picture variant.
cn-v-same-as-kind = Only single and multiple choice, scales and ratings are compared in reports.
cn-v-same-as-here = Another question of this consultation is already compared under “{ $key }”.
cn-v-max-choices = Use a number from 1 to { $count } (the number of options).
cn-v-not-for-kind = This setting does not apply to this kind of question.
cn-v-min-above-max = The smallest value is above the largest one.
cn-v-condition-forward = “{ $question }” comes later (or is this question): a condition can only use an earlier question.
cn-v-condition-missing = There is no question “{ $question }”.
cn-v-condition-info = An information text has no answer to depend on.
cn-v-condition-nested = “{ $question }” has its own condition: conditions go one level deep only.
cn-v-condition-operator = This comparison does not fit that question: “is” for single choice, scales and ratings, “includes” for multiple choice.
cn-v-condition-value = Choose one of the options of “{ $question }”.
cn-v-no-question = Add at least one question that young people can answer.
cn-v-slug-format = Use 3 to 80 lower-case letters, digits and dashes.
cn-v-slug-taken = The address “{ $slug }” is already used by another consultation.
cn-v-slug-locked = The address cannot change once young people have the link.
cn-v-meeting = Choose one of this group’s meetings.
cn-v-dates-order = The closing date must be after the opening date.
cn-v-closes-past = The closing date has already passed.
cn-v-date = Write a date.
cn-v-datetime = Write a date and time.
cn-v-meeting-dates = The end date is before the start date.
cn-v-place-or-online = Say where the meeting takes place, or tick “Online”.
cn-v-kind = Choose a kind of question.
cn-v-json = This is not a consultation document: { $detail }
cn-missing-text = { $language }: { $what } is missing.
cn-stale-version = Someone else changed this consultation while you were editing (it is now at version { $version }). Nothing was saved. Reload it, then make your change again.
cn-stale-version-form = Someone else saved a change to this consultation while you were editing. Nothing was saved. What you typed is below: check the current version (opens in a new tab), then save again to replace it.
cn-locked-archived = This consultation is archived: it can no longer change.
cn-locked-answers = This consultation already has { $count ->
    [one] one answer
   *[other] { $count } answers
  }, so its questions can no longer change. You can still fix wording and translations.
cn-locked-question = Question “{ $question }”: this cannot change once answers exist.
cn-locked-removed = Question “{ $question }” cannot be removed once answers exist.
cn-locked-added = Question “{ $question }” cannot be added once answers exist.
cn-locked-order = Questions cannot be moved once answers exist.
cn-locked-age-bands = Age bands cannot change once answers exist.
cn-locked-open-incomplete = Young people are answering this consultation now, so every language must stay complete:
cn-locked-delete-answers = This consultation has { $count ->
    [one] one answer
   *[other] { $count } answers
  }: it cannot be deleted. Archive it instead.
cn-locked-delete-open = Close this consultation before deleting it.
cn-locked-has-answers = It already has { $count ->
    [one] one answer
   *[other] { $count } answers
  }, so it cannot go back to draft.
cn-transition-not-allowed = A consultation cannot go from { $from } to { $to }.
cn-live-needs-phase = To go live, add the “during the meeting” phase in the settings.
cn-status-moved = Someone else changed the status meanwhile: this consultation is now { $status }.

## What a text is (used in lists of missing texts)
cn-slot-title = the title
cn-slot-introduction = the introduction
cn-slot-data-use = “what happens with your answers”
cn-slot-closing = the closing message
cn-slot-feedback = “what we did with your views”
cn-slot-results-note = the note on results
cn-slot-section-title = the title of section “{ $section }”
cn-slot-question-text = the text of question “{ $question }”
cn-slot-question-help = the help text of question “{ $question }”
cn-slot-easy-read = the easy-read wording of question “{ $question }” for { $band }
cn-slot-option-label = option “{ $code }” of question “{ $question }”
cn-v-section-missing = There is no section “{ $key }” (any more).
cn-v-question-missing = There is no question “{ $key }” (any more).
cn-v-question-used = Question “{ $dependent }” is shown depending on “{ $question }”: change its condition first.
cn-v-text-path = There is no text at this path.
cn-v-version = Send the version you changed (from the last answer).

## Statuses
cn-status-draft = draft
cn-status-open = open
cn-status-live = live
cn-status-closed = closed
cn-status-published = published
cn-status-archived = archived

## Shared words
cn-save = Save
cn-cancel = Cancel
cn-back = Back
cn-edit = Edit
cn-delete = Delete
cn-move-up = Move up
cn-move-down = Move down
cn-required = Required
cn-section = section
cn-language = Language
cn-main-language = main language
cn-error-prefix = Error:
cn-no-meeting = No meeting
cn-conflict-open-current = Open the current version in a new tab
cn-stale-meeting = Someone else changed this meeting while you were editing. Nothing was saved. What you typed is below: save again to replace their changes.
cn-stale-version-overview = Someone else changed this consultation just before you. Nothing was changed: look at the list again and repeat what you wanted to do.
cn-transition-refused = It cannot be { $to } yet:
cn-saved-version = Saved (version { $count }).
cn-editor-version = version { $count }
cn-editor-tabs = Parts of this consultation

## Phases
cn-phase-before = Before the meeting (open for days or weeks)
cn-phase-during = During the meeting (live)

## A group's home
cn-group-new-consultation = New consultation
cn-group-new-meeting = New meeting
cn-group-import = Import a consultation
cn-group-meetings = Meetings
cn-group-no-meetings = No meeting yet.
cn-group-unattached = Consultations without a meeting
cn-group-no-consultations = No consultation yet.
cn-group-responses = { $count ->
    [one] one response
   *[other] { $count } responses
  }

## Meetings
cn-meeting-title = Title of the meeting
cn-meeting-title-hint = For example: Council Working Group on Child Online Protection, 12th meeting.
cn-meeting-starts-on = First day
cn-meeting-ends-on = Last day
cn-meeting-ends-on-hint = Leave empty for a one-day meeting.
cn-meeting-place = Place
cn-meeting-place-hint = City and venue. Leave empty if the meeting is only online.
cn-meeting-online = Online (also or only)
cn-meeting-online-short = online
cn-meeting-edit = Change the meeting
cn-meeting-delete-title = Delete this meeting?
cn-meeting-delete-message = The meeting “{ $title }” will be deleted. Its consultations stay, without a meeting.
cn-meeting-delete-button = Delete the meeting

## Creating and importing
cn-new-title = Title
cn-new-title-hint = In the main language. You can change it and add the other languages afterwards.
cn-new-create = Create the draft
cn-field-slug = Address
cn-field-slug-hint = The end of the link young people open (/c/…): lower-case letters, digits and dashes. Leave empty to make one from the title.
cn-field-meeting = Meeting
cn-field-languages = Languages
cn-field-languages-hint = Every text must be written in each chosen language before the consultation opens.
cn-field-default-language = Main language
cn-field-default-language-hint = The language you write in first; the other languages are translated from it.
cn-field-phases = When young people answer
cn-field-phases-hint = Choose one or both.
cn-field-key = Key
cn-import-title = Import a consultation
cn-import-intro = Paste a consultation document exported from Consulta (a JSON file). It becomes a new draft in this group.
cn-import-document = Consultation document (JSON)
cn-import-document-hint = Open the exported .json file in a text editor, copy everything and paste it here.
cn-import-slug-hint = Leave empty to keep the document’s address (a free one is chosen if it is taken).
cn-import-submit = Import
cn-replace-title = Replace from a document
cn-replace-intro = Paste a consultation document (JSON): its questions, texts and settings replace this consultation’s. Its address and answers stay.

## Editor tabs
cn-tab-overview = Overview
cn-tab-details = Details
cn-tab-texts = Texts
cn-tab-settings = Settings
cn-tab-translations = Translations
cn-tab-preview = Preview

## Overview
cn-overview-address = Link for young people
cn-overview-join-code = Join code
cn-overview-responses = Responses
cn-overview-publish-page = Open the publish page
cn-overview-locked = { $count ->
    [one] One young person has answered,
   *[other] { $count } young people have answered,
  } so the questions are fixed: you can still correct wording and translations.
cn-overview-status = Status
cn-overview-problems = { $count ->
    [one] One thing to do before it can open
   *[other] { $count } things to do before it can open
  }
cn-overview-see-translations = See every language’s missing texts
cn-overview-ready = Everything is ready: it can open.
cn-overview-no-moves = This consultation is archived: nothing more can happen to it.
cn-overview-questions = Sections and questions
cn-overview-no-sections = No section yet. Add one, then add questions to it.
cn-overview-no-questions = No question in this section yet.
cn-overview-add-question = Add a question of this kind
cn-overview-add = Add
cn-overview-add-section = Add a section
cn-overview-more = More
cn-overview-duplicate = Duplicate as a new draft
cn-overview-export = Export as a JSON document
cn-overview-history = History
cn-history-when = When
cn-history-from = From
cn-history-to = To
cn-history-by-schedule = by schedule
cn-move-to-draft = Back to draft
cn-move-to-draft-hint = Only while nobody has answered.
cn-move-to-open = Open
cn-move-to-open-hint = Young people can answer with the link or the join code.
cn-move-to-live = Go live
cn-move-to-live-hint = For the session during the meeting.
cn-move-to-closed = Close
cn-move-to-closed-hint = No more answers are taken.
cn-move-to-published = Publish the results
cn-move-to-published-hint = The results become public.
cn-move-to-archived = Archive
cn-move-to-archived-hint = Keeps it for the record; nothing can change any more.
cn-consultation-delete-title = Delete this consultation
cn-consultation-delete-message = “{ $title }” and everything in it will be deleted for good.
cn-section-delete-title = Delete this section?
cn-section-delete-message = The section “{ $section }” and its { $count ->
    [one] question
   *[other] { $count } questions
  } will be deleted.
cn-question-delete-title = Delete this question?
cn-question-delete-message = The question “{ $question }” will be deleted.
cn-condition-summary-equals = Shown only when the answer to “{ $question }” is “{ $value }”.
cn-condition-summary-includes = Shown only when the answers to “{ $question }” include “{ $value }”.
cn-condition-summary-not-answered = Shown only when “{ $question }” was not answered.

## Question kinds
cn-kind-single_choice = Single choice
cn-kind-single_choice-hint = Young people choose one option (round buttons).
cn-kind-multiple_choice = Multiple choice
cn-kind-multiple_choice-hint = Young people tick every option that fits, up to a maximum if you set one.
cn-kind-scale = Agreement scale
cn-kind-scale-hint = Five points from “strongly disagree” to “strongly agree”, with pictures for younger children if you wish.
cn-kind-rating = Rating
cn-kind-rating-hint = A mark from 0 to 10 or from 1 to 5.
cn-kind-ranking = Ranking
cn-kind-ranking-hint = Young people put their top choices in order (the top 3 when there are more than 4 options).
cn-kind-number = Number
cn-kind-number-hint = A number, between a smallest and a largest value.
cn-kind-short_text = Short text
cn-kind-short_text-hint = A few words (200 characters unless you set another limit).
cn-kind-long_text = Long text
cn-kind-long_text-hint = Several sentences (2000 characters unless you set another limit).
cn-kind-info = Information text
cn-kind-info-hint = A text to read, with no answer.

## Texts
cn-texts-intro = What young people read before and after the questions, in each language.
cn-text-title = Title
cn-text-title-hint = Short and clear, for young people.
cn-text-introduction = Introduction
cn-text-introduction-hint = Who is asking and why, in plain words.
cn-text-data-use = What happens with your answers
cn-text-data-use-hint = Who reads the answers, what is published, when raw answers are deleted.
cn-text-closing = Closing message
cn-text-closing-hint = Shown after the answers are sent.
cn-text-feedback = What we did with your views
cn-text-feedback-hint = Written after the meeting, to close the loop with young people. Not needed to open.

## Settings
cn-settings-audience = Young people
cn-settings-age-bands = Age bands
cn-settings-age-bands-hint = Separated by commas, for example 9-12, 13-15, 16-17, 18-24. Young people choose a band, never a date of birth.
cn-settings-min-age = Minimum age
cn-settings-min-age-hint = Younger children are kindly turned away.
cn-settings-consent-age = Age of consent
cn-settings-consent-age-hint = Below this age a parent, guardian or teacher confirms (13 in most places).
cn-settings-ask-country = Ask for the country
cn-settings-ask-gender = Ask for the gender
cn-settings-ask-gender-hint = Always optional, with “prefer not to say” and a self-description.
cn-settings-duration = Minutes it takes
cn-settings-duration-hint = { $count ->
    [one] Leave empty to estimate it from the questions: now about 1 minute.
   *[other] Leave empty to estimate it from the questions: now about { $count } minutes.
}
cn-settings-dates = Dates
cn-settings-opens-at = Opening (UTC)
cn-settings-closes-at = Closing (UTC)
cn-settings-dates-hint = Optional. Answers stop at the closing time.
cn-settings-privacy = Privacy
cn-settings-threshold = Smallest group shown
cn-settings-threshold-hint = Numbers based on fewer young people are hidden from everyone but facilitators. Never below 5; 10 is advised.
cn-settings-retention = Days raw answers are kept
cn-settings-retention-hint = After closing, at most 365 days; the summaries stay.
cn-settings-access-code = Access code
cn-settings-access-code-hint = Optional: young people type it before answering (a class or a room). 4 to 20 letters or digits.
cn-settings-results = Results
cn-settings-results-note = When and where results will be public ({ $language })
cn-settings-helplines = Helplines
cn-settings-helplines-hint = Shown to young people who may need help, by country. Use * for every other country. Leave a row empty to remove it.
cn-v-targets-format = Write each group and its share as “group: share”, separated by commas, for example 13-15: 40, 16-17: 60.
cn-v-target-group = “{ $key }” is not one of the groups of this list.
cn-settings-targets = Representativeness targets
cn-settings-targets-hint = The share of young people, in percent, you hope to hear from in each group. The summary marks a group whose share is more than a fifth below its target. Leave a field empty for no target.
cn-settings-target-age_band = Age bands
cn-settings-target-age_band-hint = The codes of the age bands above, for example 13-15: 40, 16-17: 60.
cn-settings-target-country = Countries
cn-settings-target-country-hint = Two-letter country codes, for example FR: 50, SN: 50.
cn-settings-target-gender = Gender
cn-settings-target-gender-hint = girl, boy, self_described or prefer_not_to_say, for example girl: 50, boy: 50.
cn-settings-target-language = Languages
cn-settings-target-language-hint = Language codes of this consultation, for example en: 50, fr: 50.
cn-settings-target-phase = Phases
cn-settings-target-phase-hint = before (online before the meeting) or during (live), for example before: 70, during: 30.
cn-helpline-number = Helpline { $count }
cn-helpline-country = Country code
cn-helpline-name = Name
cn-helpline-phone = Phone
cn-helpline-url = Web address

## Sections
cn-section-edit = Change the section
cn-section-key-hint = A short name that never changes, for example you_online.
cn-section-titles = Title
cn-section-titles-hint = Optional. A heading above the section’s questions.
cn-section-title-in = Title ({ $language })

## Questions
cn-question-new = New question
cn-question-edit = Change the question
cn-question-kind = Kind of question
cn-question-change-kind = Change the kind
cn-question-key-hint = A short name that never changes, for example feel_safe: answers and results are filed under it.
cn-question-required = Required
cn-question-required-hint = Optional is better: young people may skip anything. Make a question required only if the answers make no sense without it.
cn-question-text = Question
cn-question-info-text = Text to read
cn-question-help = Help text
cn-question-help-hint = Optional: a hint under the question.
cn-question-easy-read = Easy-read wording
cn-question-easy-read-hint = Optional: simpler words for an age band, shown instead of the question to that band.
cn-question-easy-read-band = For { $band }
cn-question-options = Options
cn-question-options-hint = Each option has a code that never changes, so results stay comparable across languages and rewordings. Empty rows are ignored.
cn-option-number = Option { $count }
cn-option-new = New option
cn-option-code = Code
cn-option-code-hint = Made from the label if you leave it empty.
cn-option-label-in = Label ({ $language })
cn-option-emoji = Picture (an emoji)
cn-option-value = Points
cn-option-value-hint = Used for averages; the position if empty.
cn-option-remove = Remove
cn-option-add-more = More empty options
cn-preset-agree = Use the five agreement points
cn-preset-rating-10 = Use 0 to 10
cn-preset-rating-5 = Use 1 to 5
cn-question-max-choices = Most options a young person may choose
cn-question-max-choices-hint = Leave empty for no limit.
cn-question-rank-places-hint = Young people put up to this many options in order and may leave the rest. Leave empty for the default: the top 3 when there are more than 4 options, else all of them.
cn-question-rank-places = Places to rank (top N)
cn-question-min = Smallest value
cn-question-max = Largest value
cn-question-max-length = Most characters
cn-question-max-length-hint = Leave empty for { $count }.
cn-question-pictorial = Show pictures with the points
cn-question-pictorial-hint = For younger children: each point needs a picture.
cn-question-condition = Show this question only if…
cn-question-condition-hint = Depends on an earlier question’s answer (one level only).
cn-condition-none = Always show it
cn-condition-question = Earlier question
cn-condition-operator = Comparison
cn-condition-op-equals = the answer is
cn-condition-op-includes = the answers include
cn-condition-op-not_answered = it was not answered
cn-condition-value = Answer
cn-condition-value-hint = Not needed for “it was not answered”.
cn-question-save = Save the question
cn-question-not-saved = Not saved yet: check the question, then press “Save the question”.
cn-question-locked = Young people have answered already: you can correct the wording and translations, but not the key, kind, options or condition.

## Translations
cn-translations-intro = Every text must be written in each language before the consultation opens. A text is stale when the main-language text changed after it was translated.
cn-translations-missing = Missing
cn-translations-stale = Stale
cn-translations-complete = { $count ->
    [one] Complete: the one text is written.
   *[other] Complete: all { $count } texts are written.
  }
cn-translations-missing-count = { $count ->
    [one] One text missing
   *[other] { $count } texts missing
  }
cn-translations-stale-count = { $count ->
    [one] One stale translation
   *[other] { $count } stale translations
  }
cn-translations-stale-hint = The main-language text changed after these were translated: check them.
cn-translations-work-on = Write what is missing or stale
cn-translations-all-texts = See every text
cn-translate-title = Texts in { $language }
cn-translate-nothing = Nothing to do here: every text is written and up to date.
cn-translate-still-right = This translation is still right
cn-text-state-missing = Missing
cn-text-state-stale = Stale
cn-text-state-current = Up to date

## Preview
cn-preview-intro = This is what a young person sees. Try the answers: nothing is sent or stored.
cn-preview-language = Language
cn-preview-band = Age band
cn-preview-show = Show
cn-preview-band-alone = Young people of this age answer on their own.
cn-preview-band-guardian = Below { $age }, a parent, guardian or teacher confirms first.
cn-preview-band-too-young = This band is below the minimum age: these children are kindly turned away.
cn-preview-easy-read-used = Easy-read wording for { $band }.
cn-preview-data-use = What happens with your answers
cn-preview-optional = optional
cn-preview-choose-any = Choose all that fit.
cn-preview-choose-up-to = { $count ->
    [one] Choose one.
   *[other] Choose up to { $count }.
  }
cn-preview-rank = { $count ->
    [one] Give the first choice the number 1.
   *[other] Number up to { $count } choices: 1 for the first.
}
cn-preview-number-between = A number from { $min } to { $max }.
cn-preview-max-length = { $count ->
    [one] At most one character.
   *[other] At most { $count } characters.
  }
cn-preview-duration = { $count ->
    [one] About one minute.
   *[other] About { $count } minutes.
  }
cn-preview-thanks = Thank you
cn-v-live-threshold-min = The live threshold cannot be below 3: smaller groups could single out a young person.
cn-settings-live-threshold = Live results shown from
cn-settings-live-threshold-hint = On the live projector a revealed question shows every option once at least this many people answered it (sensitive questions keep the smallest group shown). Never below 3; 5 is advised.
cn-settings-quotes-per-question = Quotes shown per question
cn-settings-quotes-per-question-hint = The most answers quoted on the public results for each question: the first ones you choose as quotes. From 1 to 20; 5 is advised.
cn-question-sensitive = Sensitive question
cn-question-sensitive-hint = On the live projector, keep hiding each option chosen by fewer young people than the smallest group shown.
cn-question-same-as = Compare in the group's reports with
cn-question-same-as-hint = The group's yearly and final reports show a question asked again in several consultations as a trend. Questions with the same key are compared already; choose here when this question was asked before under another key.
cn-question-same-as-own = Only questions with this key

# A draft whose opening date has passed but which the calendar could not open.
cn-not-opened = It was due to open on { $date } but could not: it stays a draft until what stops it is done.
cn-confirm-move-title = Please confirm
cn-confirm-move-closed = Close “{ $title }”? Young people can no longer answer. You can open it again later.
cn-confirm-move-archived = Archive “{ $title }”? It is kept for the record and nothing in it can change any more.
cn-confirm-move-draft = Move “{ $title }” back to draft? Young people can no longer answer until you open it again.

# The journey step by step in a phone-sized frame (preview tab, question editor).
cn-preview-phone-heading = Step by step, as on a phone
cn-preview-phone-title = The young person’s screens, step by step (preview: nothing is stored)
cn-preview-phone-restart = Start the preview again
cn-preview-all-heading = Every question on one page
cn-preview-phone-link = Preview on a phone-sized screen
