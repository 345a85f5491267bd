## Validation messages (next to the field)
v-required = Write this text.
v-too-long = Use at most { $max } characters (this has { $count }).
v-too-many = At most { $max }.
v-key-format = Use lower-case letters, digits, “_” or “-”, starting with a letter (at most 64).
v-key-duplicate = “{ $key }” is already used here. Each key must be different.
v-code-format = Use letters, digits, “_”, “-” or “.” (at most 64).
v-option-code-duplicate = The code “{ $code }” is used twice. Each option needs its own code.
v-options-too-few = Give at least two options.
v-options-not-used = This kind of question has no options.
v-languages-empty = Choose at least one language.
v-language-unknown = “{ $code }” is not a language Consulta offers.
v-language-duplicate = { $language } is listed twice.
v-default-language = The main language must be one of the chosen languages.
v-range = Use a number from { $min } to { $max }.
v-number = Write a number.
v-threshold-min = The threshold cannot be below 5: smaller groups could single out a young person.
v-retention-range = Keep raw answers between 1 and 365 days after closing.
v-phases-empty = Choose at least one phase.
v-phases-duplicate = A phase is listed twice.
v-access-code = Use 4 to 20 letters or digits.
v-country = Use a two-letter country code (such as FR) or * for every other country.
v-phone = Use digits, spaces, +, - and brackets only (at most 40).
v-url = Write a full web address starting with https://.
v-helpline-contact = Give a phone number or a web address.
v-percent = Shares are percentages from 0 to 100.
v-age-bands-empty = Offer at least one age band.
v-age-band-code = An age band code uses digits, letters, “+”, “-” or “_”.
v-age-band-range = The band { $band } must go from a lower to a higher age, between 5 and 30.
v-age-band-order = The band { $band } overlaps the one before it or is out of order.
v-age-band-format = “{ $band }” is not an age band: write it like 13-15.
v-easy-read-band = There is no age band { $band } any more.
v-info-required = An information text has no answer, so it cannot be required.
v-pictorial-needs-pictures = Give every point a picture, or turn pictures off.
v-pictorial-scale-only = Only agreement scales have a picture variant.
v-max-choices = Use a number from 1 to { $count } (the number of options).
v-not-for-kind = This setting does not apply to this kind of question.
v-min-above-max = The smallest value is above the largest one.
v-condition-forward = “{ $question }” comes later (or is this question): a condition can only use an earlier question.
v-condition-missing = There is no question “{ $question }”.
v-condition-info = An information text has no answer to depend on.
v-condition-nested = “{ $question }” has its own condition: conditions go one level deep only.
v-condition-operator = This comparison does not fit that question: “is” for single choice, scales and ratings, “includes” for multiple choice.
v-condition-value = Choose one of the options of “{ $question }”.
v-no-question = Add at least one question that young people can answer.
v-slug-format = Use 3 to 80 lower-case letters, digits and dashes.
v-slug-taken = The address “{ $slug }” is already used by another consultation.
v-slug-locked = The address cannot change once young people have the link.
v-meeting = Choose one of this group’s meetings.
v-dates-order = The closing date must be after the opening date.
v-closes-past = The closing date has already passed.
v-date = Write a date.
v-datetime = Write a date and time.
v-meeting-dates = The end date is before the start date.
v-place-or-online = Say where the meeting takes place, or tick “Online”.
v-kind = Choose a kind of question.
v-json = This is not a consultation document: { $detail }
missing-text = { $language }: { $what } is missing.
stale-version = Someone else changed this consultation while you were editing (it is now at version { $version }). Nothing was saved. Reload it, then make your change again.
stale-version-form = Someone else saved a change to this consultation while you were editing. Nothing was saved. What you typed is below: check the current version (opens in a new tab), then save again to replace it.
locked-archived = This consultation is archived: it can no longer change.
locked-answers = This consultation already has { $count ->
    [one] one answer
   *[other] { $count } answers
  }, so its questions can no longer change. You can still fix wording and translations.
locked-question = Question “{ $question }”: this cannot change once answers exist.
locked-removed = Question “{ $question }” cannot be removed once answers exist.
locked-added = Question “{ $question }” cannot be added once answers exist.
locked-order = Questions cannot be moved once answers exist.
locked-age-bands = Age bands cannot change once answers exist.
locked-open-incomplete = Young people are answering this consultation now, so every language must stay complete:
locked-delete-answers = This consultation has { $count ->
    [one] one answer
   *[other] { $count } answers
  }: it cannot be deleted. Archive it instead.
locked-delete-open = Close this consultation before deleting it.
locked-has-answers = It already has { $count ->
    [one] one answer
   *[other] { $count } answers
  }, so it cannot go back to draft.
transition-not-allowed = A consultation cannot go from { $from } to { $to }.
live-needs-phase = To go live, add the “during the meeting” phase in the settings.
status-moved = Someone else changed the status meanwhile: this consultation is now { $status }.

## What a text is (used in lists of missing texts)
slot-title = the title
slot-introduction = the introduction
slot-data-use = “what happens with your answers”
slot-closing = the closing message
slot-feedback = “what we did with your views”
slot-results-note = the note on results
slot-section-title = the title of section “{ $section }”
slot-question-text = the text of question “{ $question }”
slot-question-help = the help text of question “{ $question }”
slot-easy-read = the easy-read wording of question “{ $question }” for { $band }
slot-option-label = option “{ $code }” of question “{ $question }”
v-section-missing = There is no section “{ $key }” (any more).
v-question-missing = There is no question “{ $key }” (any more).
v-question-used = Question “{ $dependent }” is shown depending on “{ $question }”: change its condition first.
v-text-path = There is no text at this path.
v-version = Send the version you changed (from the last answer).

## Statuses
status-draft = draft
status-open = open
status-live = live
status-closed = closed
status-published = published
status-archived = archived
