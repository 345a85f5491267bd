## A group's home and the tabs of a consultation's cycle
cn-tab-live = Live session
cn-tab-moderation = Moderation
cn-tab-results = Results
cn-tab-downloads = Downloads
cn-tab-publish = Publish
cn-tab-public = Public page

gh-consultations = Consultations
gh-empty-intro = This group has no consultation yet. A consultation goes through these steps, each one click from here:
gh-empty-step-write = Write the questions in your language.
gh-empty-step-translate = Translate them into the languages young people read.
gh-empty-step-open = Open it (and run a live session in a meeting, if you have one).
gh-empty-step-publish = Close it, moderate the written answers, publish the results and say what you did with the views.
gh-empty-create = Create the first consultation
gh-empty-member = This group has no consultation yet. Its facilitators create them; you will find their results here.
gh-opens = Opens
gh-closes = Closes
gh-date-none = not set
gh-answered = Answered
gh-people = { $count ->
    [one] one person
   *[other] { $count } people
  }
gh-pending = Waiting for moderation
gh-texts = { $count ->
    [one] one text
   *[other] { $count } texts
  }
gh-safeguarding = Open safeguarding concerns
gh-deletion = Raw answers deleted on
gh-cycle-label = Pages of
gh-link-editor = Questions and settings
gh-step-write = Write the questions
gh-step-translate = Translate
gh-step-finish = Finish it before opening
gh-step-open = Open it
gh-step-start-live = Start the live session
gh-step-run-live = Run the live session
gh-step-close = Close it
gh-step-safeguarding = { $count ->
    [one] Deal with one safeguarding concern
   *[other] Deal with { $count } safeguarding concerns
  }
gh-step-moderate = { $count ->
    [one] Moderate one text
   *[other] Moderate { $count } texts
  }
gh-step-publish = Publish the results
gh-step-feedback = Write "what we did with your views"
gh-downloads-intro = The summary and the report show every figure to facilitators; the raw answers are anonymised and each download of them is written to the audit log.
gh-downloads-intro-member = The summary and the report, with small groups hidden so no young person can be singled out.
