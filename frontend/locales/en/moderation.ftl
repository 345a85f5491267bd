# Moderation queue (facilitators)
mod-queue-title = Moderation
mod-queue-link = Moderation of written answers
mod-privacy-notice-link = Privacy notice for young people
mod-back-to-queue = Back to the moderation queue
mod-no-lead = This group has no safeguarding lead. Until an administrator names one, the group’s facilitators and the administrators are alerted to possible disclosures of harm, see them first and record what was done.
mod-sg-open = { $count ->
    [one] One answer may describe harm and needs the safeguarding lead.
   *[other] { $count } answers may describe harm and need the safeguarding lead.
}
mod-sg-lead-first = As the safeguarding lead, you see them first. Record what was done on each answer's page.
mod-sg-not-lead = The safeguarding lead has been told. Do not approve them or choose them as quotes; the lead reviews them first.
mod-deletion-date = Raw answers of this consultation are deleted on { $date }. Totals and the quotes chosen for publication stay.
mod-filter-legend = Show answers
mod-filter-status = Status
mod-filter-question = Question
mod-filter-language = Language
mod-filter-flag = Flag
mod-filter-any = Any
mod-filter-search = Text contains
mod-filter-duplicates = Only texts sent more than once
mod-filter-duplicates-hint = Helps to find a flood of the same message.
mod-filter-apply = Show
mod-results = { $count ->
    [one] One answer
   *[other] { $count } answers
}
mod-empty = No answers match. Change the filter to see others.
mod-answer-n = Answer { $count }
mod-language = Language
mod-age-band = Age band
mod-status = Status
mod-question = Question
mod-flags = Flags
mod-sg-label = Safeguarding
mod-quoted-as = Chosen as a public quote:
mod-select = Select this answer
mod-group-count = { $count ->
    [one] sent once
   *[other] the same text sent { $count } times: a decision applies to all { $count }
}
mod-group-members = The other answers with this text
mod-open-answer = Read, choose as a quote or record safeguarding
mod-bulk-legend = Decide on several answers
mod-bulk-hint = Approving counts answers in the analysis; it never makes them public quotes (choose those one by one, on each answer's page). Flagged answers are not approved in bulk, and possible disclosures only after the safeguarding lead's review.
mod-bulk-selected = The answers you select below
mod-bulk-all = { $count ->
    [one] The answer matching the filter (on every page)
   *[other] All { $count } answers matching the filter (on every page)
}
mod-action-approved = Approve for the analysis
mod-action-unpublished = Keep unpublished
mod-action-hidden = Hide
mod-action-pending = Back to pending
mod-pages = Pages
mod-previous = Previous page
mod-next = Next page
mod-status-pending = Pending
mod-status-approved = Approved for the analysis
mod-status-unpublished = Unpublished (counts, never quoted)
mod-status-hidden = Hidden (left out)
mod-status-all = Any status
mod-flag-personal_details = Personal details
mod-flag-profanity = Swearing or abuse
mod-flag-spam = Spam
mod-flag-disclosure = Possible disclosure of harm
mod-sg-awaiting_review = Awaiting the safeguarding lead's review
mod-sg-in_progress = Being dealt with
mod-sg-referred = Referred under the safeguarding procedure
mod-sg-no_further_action = Reviewed: no further action possible
mod-sg-not_a_concern = Not a safeguarding concern
mod-done-pending = { $count ->
    [one] One answer is pending again.
   *[other] { $count } answers are pending again.
}
mod-done-approved = { $count ->
    [one] One answer approved.
   *[other] { $count } answers approved.
}
mod-done-unpublished = { $count ->
    [one] One answer kept unpublished.
   *[other] { $count } answers kept unpublished.
}
mod-done-hidden = { $count ->
    [one] One answer hidden.
   *[other] { $count } answers hidden.
}
mod-done-skipped = { $count ->
    [one] One answer was left as it was: flagged answers are approved one by one, and possible disclosures only after the safeguarding lead's review.
   *[other] { $count } answers were left as they were: flagged answers are approved one by one, and possible disclosures only after the safeguarding lead's review.
}
mod-gender-description = Gender, in their own words

# One answer
mod-text-heading = What the young person wrote
mod-reasons = Why it was flagged
mod-quote-heading = Public quote
mod-quote-label = Text to quote
mod-quote-hint = You may remove or mask words (for example a name becomes [name]); do not add your own. The quote shows only the age band.
mod-approve-quote = Use as a public quote
mod-other-decisions = Other decisions
mod-sg-heading = Safeguarding
mod-refer-hint = If this answer suggests a young person may be at risk, send it to the safeguarding lead. It will not be quoted until the lead has reviewed it.
mod-refer = Send to the safeguarding lead
mod-sg-record = What was done
mod-sg-when = When
mod-sg-who = Who
mod-sg-status = Status
mod-sg-note = Note
mod-sg-what-done = What have you done?
mod-sg-note-hint = Write what you did and why, in your own words. Do not copy what the young person wrote.
mod-sg-save = Record
mod-refusal-awaiting_safeguarding = This answer may describe harm. It can be approved or chosen as a quote only after the safeguarding lead has recorded what was done.
mod-refusal-flagged_needs_individual_review = Flagged answers are approved one by one, after reading them.
mod-refusal-never_quoted = Answers about the young person themselves count in the analysis but are never quoted.
mod-refusal-gone = This answer no longer exists.
mod-quote-empty = Enter the text to quote.
mod-quote-too-long = The quote is much longer than the answer. Remove or mask words; do not add your own.
mod-quote-only-approved = A quote text is only given when approving.
mod-sg-status-missing = Choose what was done.
mod-sg-note-missing = Write a note saying what was done.
mod-sg-note-too-long = The note is too long (at most 2000 characters).
mod-bulk-ids-or-filter = Give either the answers' ids or a filter, not both.

# Safeguarding notice on the thank-you page (young people)
sg-notice-heading = You do not have to deal with this alone
sg-notice-message = Thank you for telling us. It sounds like something hard may be happening to you. It is not your fault, and there are people who want to help.
sg-notice-helplines = You can talk to someone now. It is free and you do not have to give your name:
sg-notice-no-helpline = Child helplines are free and you do not have to give your name. Find the one in your country here:
sg-notice-phone = Call:
sg-notice-website = Website:
sg-notice-more-help = More places to get help
sg-notice-danger = If you are in danger right now, call your local emergency number or go to an adult you trust.
sg-notice-what-next = An adult trained to keep young people safe will read your answer with care. We do not know who you are, so we cannot contact you: please reach out to a helpline or an adult you trust.

# Privacy notice of a consultation (young people)
pn-title = Your privacy: { $title }
pn-intro = This page tells you, in plain words, what happens to your answers to “{ $title }”. The questions are asked by { $group }.
pn-collect-heading = What we ask you
pn-collect-answers = Your answers to the questions. You can skip any question.
pn-collect-age = Your age group (for example 13 to 15), never your date of birth.
pn-collect-country = Your country, if you want to say it.
pn-collect-gender = Your gender, if you want to say it. You can choose “I prefer not to say”.
pn-collect-language = The language you answer in, and whether you answered before or during the meeting.
pn-collect-time = The time you sent your answers, rounded to the hour.
pn-collect-guardian = If you are younger than { $age }, a parent, guardian or teacher says you may take part. We do not ask for their name.
pn-collect-access-code = The code your group was given to take part. It is the same for everyone in the group.
pn-never-heading = What we never collect
pn-never-identity = Your name, e-mail address, phone number or home address.
pn-never-scrub = If you write them by mistake, we remove e-mail addresses, phone numbers, links and usernames before we save your answer.
pn-never-tracking = Your IP address, where exactly you are, or anything that follows you around the internet. There are no adverts and no tracking cookies; one cookie only remembers your language.
pn-who-heading = Who sees your answers
pn-who-facilitators = The organisers of { $group } read written answers first, to check them. Nothing you write is shown to anyone else before a person has checked it.
pn-who-members = Members of the group see totals and charts. A group of fewer than { $threshold } young people is never shown, so nobody can be picked out.
pn-who-public = Everyone else sees only the results the group decides to publish.
pn-who-quotes = A sentence you wrote may be quoted in the results only if an organiser reads it and chooses it as a quote. A quote shows at most your age group, never anything else about you.
pn-safety-heading = If you tell us you are not safe
pn-safety-help = If you write that someone is hurting you, or that you might hurt yourself, we show you straight away where you can get help.
pn-safety-lead = The group's safeguarding lead, an adult trained to keep young people safe, is told that an answer needs care. The e-mail does not contain your words.
pn-safety-anonymous = We do not know who you are, so nobody can contact you. If you need help, please use a helpline or talk to an adult you trust.
pn-kept-heading = How long we keep your answers
pn-kept-days = { $days ->
    [one] Your answers are deleted { $days } day after the survey closes.
   *[other] Your answers are deleted { $days } days after the survey closes.
}
pn-kept-until = This survey closed on { $closed }. The answers will be deleted on { $date }.
pn-kept-deleted = This survey closed on { $closed }. The answers were deleted on { $date }.
pn-kept-stays = What stays after that: the totals (for example how many people said yes) and the quotes that were approved. They cannot lead back to you.
pn-withdraw-heading = If you change your mind
pn-withdraw-receipt = When you send your answers, you get a receipt code. With it you can take back all your answers, until they are deleted.
pn-withdraw-lost = If you lose the code, we cannot find your answers, because we do not know which ones are yours. That is how your answers stay anonymous.
pn-questions-heading = Questions
pn-questions = If you have a question about your answers or this page, ask the adult who shared the survey with you. They can pass it on to { $group }.
pn-footer-link = Your privacy
pn-withdraw-link = Take back my answers
pn-back = Back to the survey

# Safeguarding alert e-mail (to the group's safeguarding lead)
sg-mail-subject = Safeguarding: an answer awaits your review
sg-mail-intro = { $count ->
    [one] An answer to the consultation “{ $title }” may describe harm to a young person and awaits your review as safeguarding lead.
   *[other] { $count } answers to the consultation “{ $title }” may describe harm to young people and await your review as safeguarding lead.
}
sg-mail-no-lead = You receive this because the group “{ $group }” has no safeguarding lead: until an administrator names one, its facilitators and the administrators review possible disclosures and record what was done. Administrators can name a lead from the moderation page.
sg-mail-what = Open the moderation queue: possible disclosures are shown first. Record what was done on each answer's page.
sg-mail-action = Open the moderation queue
sg-mail-privacy = To protect the young person, this e-mail does not contain what they wrote, and Consulta holds nothing that identifies them. They were shown where to get help.

## Safeguarding without a lead
mod-sg-no-lead-first = With no safeguarding lead, you see them first: open each one and record what was done on its page.
mod-sg-no-lead-record = With no safeguarding lead, you record what was done. The audit log keeps who recorded it.
mod-name-lead-hint = As an administrator, name one of the group’s facilitators as its safeguarding lead:
mod-name-lead = Name as safeguarding lead
mod-name-lead-none = This group has no facilitator yet: invite one on the group’s administration page, then name them lead.
mod-name-lead-not-facilitator = Only a facilitator of this group can be named its safeguarding lead.
mod-lead-named = The safeguarding lead is named and has been told of the possible disclosures waiting.

## Possible disclosures kept by the retention purge
sg-held-subject = Possible disclosures are waiting for your record
sg-held-intro = The retention period of these consultations has ended. Their raw answers were deleted, except possible disclosures of harm that nobody has recorded an outcome for yet: their text and flags are kept until then.
sg-held-what = Open each one and record what was done. The first deletion run after that removes them too.
sg-held-waiting = { $count ->
    [one] one possible disclosure waits for an outcome
   *[other] { $count } possible disclosures wait for an outcome
}

## Approving and quoting are two decisions
mod-bulk-page = Every answer on this page
mod-unquote = Stop using as a public quote
mod-quote-intro = Approving counts an answer in the analysis. Using it as a public quote is a separate decision, one answer at a time: the public results show, per question, at most { $max } of the quotes chosen (the first ones), each text once and never a single word.
mod-refusal-one_word = A single word is not quoted: choose a longer answer.

# The e-mail 7 days before raw answers are deleted.
ret-mail-subject = Raw answers will be deleted in 7 days
ret-mail-intro = The raw answers of “{ $title }” will be deleted on { $date } (UTC), as its retention period ends. Totals and approved quotes stay.
ret-mail-what = Before then you can still moderate free text, approve quotes and download the raw answers.
ret-mail-action = Open publishing and downloads
