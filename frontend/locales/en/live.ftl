# Live meeting mode: phones, the projector and the facilitator's control page.

live-title = Live questions
live-session-code = Join code
live-join-button = Join
live-unknown-title = We could not find this meeting
live-unknown-text = The code may be mistyped, or the meeting has ended. Check the code on the screen and try again.
live-unknown-again = Type the code from the screen
live-setup-title = Before you start
live-setup-language = Which language do you want?
live-setup-age = How old are you?
live-setup-age-hint = We only ask for an age group, never your birthday.
live-age-under = Younger than { $age }
live-age-band = { $min } to { $max }
live-guardian-label = A parent, guardian or teacher says I can take part
live-guardian-hint = Only needed if you are younger than { $age }.
live-err-language = Choose a language.
live-err-age = Choose your age group.
live-err-guardian = Ask a parent, guardian or teacher, then tick the box.
live-err-empty = Choose or write an answer before sending.
live-err-ranking = Give at least one option a place before sending.
live-waiting-title = Look at the big screen
live-waiting-text = The next question will appear here by itself.
live-too-young-title = Thank you for coming
live-too-young-text = These questions are for older young people. You can still watch the big screen with everyone.
live-answered-title = Your answer is in
live-answered-text = Thank you! Look at the big screen. The next question will appear here by itself.
live-receipt = Your answer code (to take this answer back later):
live-question-title = The question
live-send = Send my answer
live-refresh = Check for a new question
live-refused-title = This question is closed
live-refused-text = Your answer was not saved because the question is closed now. Look at the big screen for the next one.
live-present-title = Live results
live-present-join = Join on your phone:
live-qr-label = QR code to join the meeting
live-no-question = The first question will appear here soon.
live-results-hidden = The results will be shown soon.
live-answers-count = { $count ->
    [one] 1 answer
   *[other] { $count } answers
}
live-too-few = The results will appear once { $threshold } people have answered.
live-fewer-than = fewer than { $threshold }
live-chart-desc = How many people chose each answer.
live-mean = Average
live-median = Middle value
live-state-waiting = Not asked yet
live-state-open = Open
live-state-closed = Closed
live-start-title = Live session
live-start-text = Start a live session to ask the questions one at a time during the meeting. You get a code and a QR code for the room.
live-start-button = Start the live session
live-start-not-open = Open the consultation before starting a live session.
live-start-no-phase = Turn on the "during the meeting" phase in the consultation's settings first.
live-start-no-question = The consultation has no question to ask.
live-api-unknown-action = Unknown action: use open, close, reveal or hide.
live-control-title = Run the live session
live-open-presenter = Open the projector view
live-control-questions = Questions, one at a time
live-col-question = Question
live-col-state = State
live-col-answers = Answers
live-col-actions = Actions
live-current = on screen
live-revealed = results shown
live-action-open = Open
live-action-close = Close
live-action-reveal = Show results
live-action-hide = Hide results
live-moderation-status = Texts: { $shown } shown, { $held } held for review, { $approved } approved, { $rejected } hidden
live-end-text = Ending the session stops the code. The answers stay in the consultation's summary.
live-end-button = End the live session
live-people-answers = { $people ->
    [one] { $people } person
   *[other] { $people } people
  }, { $answers ->
    [one] { $answers } answer
   *[other] { $answers } answers
  }
live-fullscreen = Full screen
live-fullscreen-exit = Leave full screen
live-new-question = A new question is on your screen.
live-votes-count = { $count ->
    [one] 1 vote
   *[other] { $count } votes
}
live-statements-top = Most-voted statements
live-opinion-forming = The opinion map appears once enough people have voted on at least { $votes } statements each. Groups of fewer than { $threshold } people are not shown.
