# The young person's journey. Plain words: readers may be 9 years old.

p-start = Start
p-continue = Continue
p-back = Back
p-change = Change
p-send = Send my answers
p-opens-new-tab = (opens in a new tab)
p-questions-title = Your views
p-required-mark = (you need to answer this)
p-no-answer = I'd rather not answer
p-not-answered = Not answered
p-rank-none = No place
p-hint-rank-moves = { $count ->
    [one] Choose the one that matters most to you: press “Add”.
   *[other] Choose up to { $count } that matter most to you: press “Add”, then put them in order with the arrows. The first is the most important. You can leave the others out.
}
p-rank-mine = My ranking
p-rank-rest = Not ranked
p-rank-empty = Nothing yet. Press “Add” next to an item below.
p-rank-up = Move up
p-rank-down = Move down
p-rank-out = Remove
p-rank-in = Add
p-rank-said-place = { $item }: place { $place }.
p-rank-said-out = { $item }: not ranked.
p-rank-said-full = Your ranking is full. Remove an item first.
p-results-link = See the results of this survey
p-all-results-link = See published results
p-withdraw-link = Take back my answers
p-duration = { $count ->
    [one] It takes about 1 minute.
   *[other] It takes about { $count } minutes.
}
p-progress = Step { $step } of { $steps }

# Landing page
p-landing-asked-by = Asked by: { $group }
p-landing-anonymous = Your answers are anonymous. We never ask your name, your e-mail or your phone number.
p-landing-skip-all = You can skip any question.
p-landing-skip-most = You can skip most questions. The few you need to answer are marked.
p-landing-why-heading = Why we are asking
p-landing-data-heading = What happens with your answers
p-landing-data-promise = Your answers are added to those of other young people. Nobody will be able to tell which answers are yours. Before anything you write is shown to anyone, a person checks it and removes personal details.
p-landing-results-heading = When you can see the results
p-landing-results-default = The results will be published on this website, so you can see what the group did with your views.
p-landing-withdraw = Changed your mind after answering? Take back your answers.

# Closed or not yet open
p-closed-title = This survey has closed
p-closed-text = It no longer takes answers. Thank you to everyone who took part.
p-closed-not-yet-title = This survey is not open yet
p-closed-not-yet = You cannot answer yet. Please come back later.
p-closed-opens-on = It opens on { $date }.
p-meeting-only-title = This survey takes answers during the meeting
p-meeting-only = Answers are given during the meeting, with the code shown on the screen in the room or online.
p-meeting-only-join = Enter the join code

# Access code
p-access-title = Type the code for your group
p-access-hint = Your teacher or the person running the session has it. For example K7P-4MX.

# Age
p-age-title = How old are you?
p-age-hint = Choose your age group. We never ask for your date of birth.
p-age-band = { $min } to { $max } years old
p-age-under = Younger than { $count }
p-too-young-title = Thank you for wanting to take part
p-too-young-text = This survey is for young people aged { $count } or older. We are sorry you cannot answer it. Your views matter, and there will be other ways to share them.
p-too-young-results = You can still see what other young people said when the results are published.
p-too-young-back = I chose the wrong age

# Consent
p-consent-title = Ask an adult first
p-consent-intro = Because of your age, we need a parent, a guardian or a teacher to say it is OK for you to take part. Please show them this page.
p-consent-adult-heading = For the adult
p-consent-anonymous = The answers are anonymous: we do not ask for the young person's name, e-mail, phone number or where they live.
p-consent-skip = They can skip any question and stop at any time.
p-consent-nothing-stored = We do not store anything about you.
p-consent-check = I am a parent, guardian or teacher of this young person, and I agree that they can take part.

# About you
p-about-title = About you
p-about-intro = These questions help us see if all kinds of young people took part. You can skip them.
p-about-country = Which country do you live in?
p-about-country-hint = We only ask for the country, never your town or address.
p-about-country-none = I'd rather not say
p-about-gender = How do you describe yourself?
p-about-gender-hint = Choose one, or skip this question.
p-about-gender-description = In your own words (if you want)
p-gender-girl = Girl or young woman
p-gender-boy = Boy or young man
p-gender-self_described = I describe myself in another way
p-gender-prefer_not_to_say = I'd rather not say

# Hints under questions
p-hint-choose-any = Choose all that apply.
p-hint-choose-up-to = { $count ->
    [one] Choose 1 at most.
   *[other] Choose up to { $count }.
}
p-hint-ranking = { $count ->
    [one] Give your first choice the number 1. You can leave the others empty.
   *[other] Number your top choices from 1 (most important) up to { $count }, each number once. You can leave the others empty.
}
p-hint-number-range = A number from { $min } to { $max }.
p-hint-number-min = A number of { $min } or more.
p-hint-number-max = A number of { $max } or less.
p-hint-characters = { $count ->
    [one] Up to 1 character.
   *[other] Up to { $count } characters.
}
p-condition-equals = Answer this if you chose “{ $option }” for “{ $question }”.
p-condition-includes = Answer this if you ticked “{ $option }” for “{ $question }”.
p-condition-not-answered = Answer this if you skipped “{ $question }”.

p-chars-left = Characters left:
p-chars-over = Characters too many:

# Check your answers
p-check-title = Check your answers
p-check-intro = Have a look before you send them. You can change any answer.
p-check-about = About you
p-check-age = Your age group
p-check-personal-details = Before your answer is saved, we remove e-mail addresses, phone numbers, links, usernames and street addresses from what you wrote. Names are not removed, so please do not write anyone’s name, not even your own.
p-check-send-heading = Ready?
p-check-send-text = When you send your answers, you get an answer code. Keep it: it is the only way to take your answers back.

# Thank you
p-thanks-title = Thank you! Your answers were sent
p-thanks-receipt-label = Your answer code:
p-thanks-copy = Copy the answer code
p-thanks-copied = Copied
p-thanks-print = Print or save this page
p-thanks-keep-code = Write this code down or take a picture of it. We will not show it again, and we cannot find your answers without it.
p-thanks-repeated = You had already sent these answers. They were saved only once.
p-thanks-next-heading = What happens next
p-thanks-next = The group will read the answers of all the young people together, and use them in its work.
p-thanks-help-heading = If something is hurting you
p-thanks-help-text = Thank you for telling us. You do not have to deal with it alone. A child helpline can listen and help, for free, without asking your name. If you are in danger right now, call your local emergency number or go to an adult you trust.
p-thanks-help-link = Find help now
p-thanks-withdraw-heading = If you change your mind
p-thanks-withdraw = You can take back your answers at any time before they are deleted. You will need your answer code.

# Same answers sent twice, but different
p-conflict-title = These answers were already sent
p-conflict-text = Your answers were sent before, and then something was changed. We did not save the changes, so your first answers are kept.
p-conflict-what-to-do = If you want to answer differently, take back your first answers with your answer code, then answer again.

# Changed or broken page
p-start-again-title = Please start again
p-start-again-text = We could not read your answers from this page. This can happen when a page is changed or saved for too long. Nothing was sent. Sorry!
p-start-again-link = Start again

# Errors
p-error-label = Error:
p-error-prefix = Error:
p-error-title = Error: { $title }
p-error-about = “{ $question }” — { $message }
p-err-submission-missing = The submission id is missing.
p-err-submission-malformed = The submission id must be a UUID.
p-err-language = Choose one of the languages of this survey.
p-err-access-code = This code is not right. Check it with the person who gave it to you.
p-err-age-required = Choose your age group.
p-err-age-band = Choose one of the age groups shown.
p-err-too-young = This survey is for older young people.
p-err-guardian = A parent, guardian or teacher must confirm first.
p-err-guardian-required = An adult needs to tick the box before you can continue.
p-err-country = Choose a country from the list.
p-err-gender = Choose one of the answers shown.
p-err-gender-description-alone = Words about yourself go with “I describe myself in another way”.
p-err-required = Answer this question to continue.
p-err-unknown-option = Choose one of the answers shown.
p-err-duplicate-option = Each answer can be chosen only once.
p-err-too-many = { $count ->
    [one] Choose 1 answer at most.
   *[other] Choose { $count } answers at most.
}
p-err-ranking = { $count ->
    [one] Give the number 1 to one item only.
   *[other] Use each number from 1 to { $count } once at most.
}
p-err-number = Type a number, like 12.
p-err-number-range = Type a number from { $min } to { $max }.
p-err-number-min = Type a number of { $min } or more.
p-err-number-max = Type a number of { $max } or less.
p-err-text-too-long = Your answer has { $count } characters. Please make it { $max } characters or shorter.
p-err-hidden-question = This question is not asked with your other answers.
p-err-info-answered = This is information, not a question: it takes no answer.
p-err-unknown-question = There is no question with this key.
p-err-shape-code = Give one option code, as a string.
p-err-shape-codes = Give a list of option codes.
p-err-shape-ranking = Give the option codes you rank, best first, as a list.
p-err-shape-number = Give a number.
p-err-shape-text = Give a text, as a string.
p-err-shape-string = Give a string.
p-err-shape-bool = Give true or false.
p-err-shape-answers = Give the answers as an object keyed by question key.

# Help
p-help-phone = Phone:

# Join by code
p-join-title = Type your join code
p-join-hint = The join code you were given, for example K7P-4MX.
p-join-button = Join
p-join-empty = Type the join code you were given.
p-join-unknown = We could not find this code. Check the letters and numbers and try again.

# Withdraw
p-withdraw-title = Take back your answers
p-withdraw-intro = If you do not want your answers to be used, type the answer code you got when you sent them. Your answers will be deleted.
p-withdraw-code = Your answer code
p-withdraw-hint = For example K7PM-4MX9-QATR. Small or capital letters both work.
p-withdraw-empty = Type your answer code.
p-withdraw-not-found = We could not find answers with this code. Check it and try again. Answers are also deleted by themselves some time after a survey closes.
p-withdraw-lost = Lost your answer code? We cannot find your answers without it, because we do not know who you are.
p-withdraw-confirm-title = Are you sure?
p-withdraw-confirm-question = Delete your answers to “{ $title }”?
p-withdraw-confirm-text = This cannot be undone.
p-withdraw-confirm-button = Yes, delete my answers
p-withdraw-keep = No, keep my answers
p-withdrawn-title = Your answers were deleted
p-withdrawn-text = Thank you for letting us know. Your answers will not be used.
p-withdrawn-before-title = These answers were taken back
p-withdrawn-before-text = You took these answers back with your answer code, so they were not sent again. If you want to answer again, start a new set of answers.

## Offline answering
off-shared = This is a shared phone or computer: keep nothing on it after sending
off-saved = Saved on this phone. Your answers will be sent when you are online.
off-waiting = 1 answer waiting to be sent.
off-sending = Sending your answers…
off-sent = Your answers were sent. Your answer code to keep:
off-closed = The survey closed before your answers could be sent, so they were removed from this phone.
off-refused = Your answers could not be sent and were removed from this phone. You can answer again from the start.
off-page-title = The rest of the questions
off-page-heading = The rest of the questions
off-page-intro = You are offline. Answer the rest of the questions here: your answers will be kept on this phone and sent when you are online.

# The facilitators' preview of the journey, in a phone-sized frame.
p-preview-banner = Preview — nothing is stored
