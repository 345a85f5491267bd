# Statements young people vote on, and the opinion map (issue 23).
cn-kind-statements = Statements to vote on
cn-kind-statements-hint = Young people agree, disagree or pass on short statements; they may add their own if you allow it.
agg-kind-statements = Statements
p-hint-statements = For each statement choose agree, disagree or pass. You can leave any of them.
p-vote-agree = Agree
p-vote-disagree = Disagree
p-vote-pass = Pass
p-statement-add = Add your own statement (optional)
p-statement-add-hint = One short sentence, up to 140 characters. Don't write your name or anything about who you are. Someone checks it before others see it.
p-err-statement-unknown = There is no statement “{ $code }” to vote on here.
p-err-vote = Choose agree, disagree or pass for “{ $code }”.
p-err-statements-closed = Adding statements is not open for you in this consultation.
p-err-statements-too-many = { $count ->
    [one] Add at most one statement.
   *[other] Add at most { $count } statements.
}
p-err-shape-votes = Give an object with "votes" (statement code → agree, disagree or pass) and, optionally, "new_statements" (a list of texts).
cn-slot-statement = statement { $code } of question { $question }
cn-question-statements = Seed statements
cn-question-statements-hint = Short statements young people vote on, each with a stable code (made from the text when left empty) and its text in every language. Statements young people add appear here after moderation.
cn-question-statements-shown = Statements shown per person
cn-question-statements-shown-hint = Seed statements come first, then the least-voted new ones. Empty: 20.
cn-question-statements-allow = Young people may add statements
cn-question-statements-allow-hint = What they add is scrubbed of personal details and waits in the moderation queue before others see it.
cn-question-statements-age = Youngest age that may add statements
cn-question-statements-age-hint = Age bands starting below this age cannot add. Empty: 13.
agg-opinion-heading = Opinion map
agg-opinion-summary = { $participants } young people cast { $votes } votes; { $groups } opinion groups.
agg-opinion-group = Group { $number }
agg-opinion-map = Opinion map
agg-opinion-map-desc = Each shaded region is an opinion group: young people who voted alike are close together. The table below lists the same groups.
agg-opinion-groups = Opinion groups and what sets each apart
agg-opinion-group-col = Group
agg-opinion-size-col = Young people
agg-opinion-representative-col = Representative statements
agg-opinion-hidden = hidden from members
agg-opinion-consensus = Statements every group agrees with
agg-opinion-divisive = Statements that divide the groups
agg-opinion-consensus-by = Agreement across age bands, countries, genders and languages
agg-opinion-by-age_band = Across age bands
agg-opinion-by-country = Across countries
agg-opinion-by-gender = Across genders
agg-opinion-by-language = Across languages
agg-opinion-by-none = Not enough groups of sufficient size to compare.
agg-opinion-left-out = { $count ->
    [one] One group is left out: smaller than the threshold.
   *[other] { $count } groups are left out: smaller than the threshold.
}
agg-opinion-none = None yet.
agg-opinion-api = The opinion map as JSON

p-statement-progress = Statement { $step } of { $steps }
p-statement-vote = Your vote on this statement
p-statement-back = Previous statement
p-statements-done = You have seen every statement. You can change any vote below, then go on.

# The Pol.is import through the API: why a conversation was refused (file names stay as they are).
imp-polis-missing = { $file } is missing: send comments.csv and votes.csv as two parts of a multipart/form-data body.
imp-polis-column = { $file } has no column { $column }. Nothing was imported.
imp-polis-unreadable = { $file } could not be read as CSV. Nothing was imported.
imp-polis-empty = No comment could be read from comments.csv. Nothing was imported.
