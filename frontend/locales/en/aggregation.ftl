agg-page-title = Summary
agg-status = Status:
agg-responses = Responses:
# "12 people, 87 answers": young people who answered and the answers they gave (also on the projector).
agg-people-answers = { $people ->
    [one] { $people } person
   *[other] { $people } people
  }, { $answers ->
    [one] { $answers } answer
   *[other] { $answers } answers
  }
agg-status-draft = draft
agg-status-open = open
agg-status-live = live
agg-status-closed = closed
agg-status-published = published
agg-status-archived = archived
agg-facilitator-note = You see every figure. Figures marked * are based on fewer than { $count } young people, or could give such a figure away: group members and the public see “fewer than { $count }” instead.
agg-member-note = To protect the young people, a count based on fewer than { $count } of them is shown as “fewer than { $count }”, and so is any figure it could be worked out from.
agg-hidden-marker = (hidden from members and the public)
agg-fewer-than = fewer than { $count }
agg-hidden = hidden
agg-controls = Cross-tabulate and filter
agg-by-label = Break down each question by
agg-by-hint = Shows every question per group, as a table and a stacked chart.
agg-by-none = No breakdown
agg-filter-label = Show only young people of one group
agg-filter-hint = Use either a breakdown or a filter, not both at once.
agg-filter-none = Everyone
agg-question-label = Question
agg-question-all = All questions
agg-apply = Show
agg-reset = Start again
agg-error-one-view = Choose either a breakdown or a filter, not both.
agg-view-filtered = Only young people where { $dimension } is { $group }.
agg-view-by = Each question broken down by { $dimension }.
agg-dim-age_band = Age band
agg-dim-country = Country
agg-dim-gender = Gender
agg-dim-language = Language
agg-dim-phase = Phase
agg-not-stated = Not stated
agg-gender-girl = Girls
agg-gender-boy = Boys
agg-gender-self_described = Described in their own words
agg-gender-prefer_not_to_say = Preferred not to say
agg-phase-before = Before the meeting
agg-phase-during = During the meeting
agg-who-answered = Who answered
agg-totals-by = Responses by { $dimension }
agg-young-people = Young people
agg-representativeness = Representativeness
agg-no-targets = No targets were set for this consultation, so there is nothing to compare with.
agg-targets-caption = Share of responses against the target
agg-target = Target
agg-reached = Reached
agg-heard = Heard enough?
agg-under-heard-short = Under-heard
agg-heard-ok = Yes
agg-nobody-under-heard = Every group with a target reached at least four fifths of it.
agg-under-heard = These groups are under-heard (below four fifths of their target), so read the results with care and consider reaching out to them:
agg-no-questions = This consultation has no questions to summarise yet.
agg-answered-skipped = { $answered } answered, { $skipped } did not
agg-answered = Answered
agg-chart-desc = Answers of { $answered } young people. The same figures are in the table below the chart.
agg-all = Everyone
agg-option = Option
agg-ranked-first = Ranked first
agg-average-rank = Average rank (1 = first)
agg-table-caption = The figures of the chart
agg-bin = Range
agg-mean = Mean
agg-median = Median
agg-median-option = Middle answer
agg-q1 = First quartile
agg-q3 = Third quartile
agg-min = Smallest
agg-max = Largest
agg-crosstab = Cross-tabulation
agg-crosstab-title = { $question } by { $dimension }
agg-crosstab-desc = One bar per group, split by answer, with percentages of those who answered in the group. The same figures are in the table below.
agg-crosstab-caption = Figures by { $dimension } (percentages of those who answered in each group)
agg-text-heading = What young people wrote
agg-text-answers = Answers analysed:
agg-no-text = No moderated answers yet. Free text is shown once a facilitator has moderated it.
agg-no-terms = No term is used often enough to show.
agg-key-terms = Key terms (answers using each):
agg-phrases = Phrases:
agg-cloud-title = Key terms of “{ $question }” in { $language }
agg-cloud-desc = A word cloud: the more answers use a term, the larger it is written. The same terms are listed below.
agg-quotes = Approved quotes
agg-no-quotes = No quote has been approved yet.
agg-preview-heading = Preview for facilitators: includes answers waiting for moderation
agg-preview-note = Nobody else sees this preview. It includes answers no facilitator has checked yet.
agg-api-link = These figures as JSON (API)
agg-kind-single_choice = Single choice
agg-kind-multiple_choice = Multiple choice (percentages can add up to more than 100)
agg-kind-scale = Agreement scale
agg-kind-rating = Rating
agg-kind-ranking = Ranking
agg-kind-number = Number
agg-kind-short_text = Short text
agg-kind-long_text = Long text
agg-kind-info = Information
agg-contents = Questions at a glance
agg-preview-show = Show the preview with answers waiting for moderation
agg-key-heading = Key figures
agg-key-people = Young people who answered
agg-key-completion = Answered the last question
agg-key-timeline = Responses per day
agg-key-busiest = Busiest day: { $day } ({ $count ->
    [one] { $count } response
   *[other] { $count } responses
})
agg-key-timeline-label = Responses per day from { $first } to { $last }. { $busiest }
agg-answered-share = { $percent }% of everyone answered
