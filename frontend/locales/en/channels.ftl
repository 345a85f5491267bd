# Text messages (SMS): what young people receive. Keep each under 160 plain characters.
sms-consent = { $title }: a survey for young people. Anonymous; your number is not kept. Privacy: { $url } STOP to end, HELP for help.
sms-age = How old are you? Reply a number:
sms-guardian = Under { $age }, a parent, guardian or teacher must agree. Are they with you and agree? 1 Yes 2 No
sms-guardian-no = Thank you. Ask a parent, guardian or teacher to help you, then text { $keyword } again. Nothing was kept.
sms-too-young = Thank you for wanting to help! This survey is for people aged { $age } and over. Nothing was kept.
sms-reply-number = Reply 1 to { $max }.
sms-reply-numbers = Reply one or more numbers, like 1 3.
sms-reply-ranking = Reply the numbers in your order, best first, like 2 1 3.
sms-reply-range = Reply a number from { $min } to { $max }.
sms-reply-amount = Reply with a number.
sms-reply-words = Reply in your own words. Please write no names.
sms-skip-hint = Or SKIP.
sms-required = This question needs an answer.
sms-out-of-range = Please reply 1 to { $max }.
sms-text-cut = Your text was cut to { $max } characters.
sms-stopped = Stopped. Nothing you sent was kept. Text { $keyword } to start again.
sms-help = Need to talk? { $name }: { $phone } (free). BACK repeats the question, STOP ends.
sms-help-none = Need to talk? Tell an adult you trust. Help: { $url } BACK repeats the question, STOP ends.
sms-harm = Thank you for telling us. You can talk to { $name } for free: { $phone }.
sms-harm-none = Thank you for telling us. Please tell an adult you trust. Help: { $url }
sms-unknown = Text { $keyword } to answer "{ $title }".
sms-closed = This survey is closed. Thank you! Results: { $url }
sms-thanks = Thank you! Your answers are saved. Receipt code: { $receipt }
sms-failed = Sorry, something went wrong. Please text { $keyword } again later.
# The commands young people may type in this language (English ones always work).
sms-word-stop = STOP
sms-word-help = HELP
sms-word-back = BACK
sms-word-skip = SKIP

# The facilitators' page
sms-overview-link = Text messages (SMS)
sms-page-title = Text messages
sms-intro = Young people without data or a smartphone can answer by text message: they text the keyword to your SMS gateway's number and get one question at a time. Their number is never stored.
sms-off = Text messages are off for this consultation.
sms-on = Text messages are on
sms-settings = Keyword and gateway
sms-keyword = Keyword
sms-keyword-hint = What young people text to start, 2 to 20 letters or digits (e.g. SAFE). Unique on this site.
sms-twilio-token = Twilio auth token
sms-token-hint = Leave empty to keep the one saved. It is never shown again.
sms-rapidpro-url = RapidPro send URL
sms-rapidpro-url-hint = Where replies are posted (your RapidPro external channel's address). This version posts over plain http:// only: use an address on your own network.
sms-rapidpro-token = RapidPro token
sms-enable = Turn on text messages
sms-save = Save
sms-disable = Turn off text messages (deletes conversations in progress)
sms-webhook-twilio = Twilio webhook (A message comes in, HTTP POST)
sms-webhook-rapidpro = RapidPro external channel
sms-not-set = not set up
sms-in-progress = Conversations in progress
sms-privacy-hint = Only a keyed hash of each number keeps a conversation's place; it is deleted when the answers are stored or after 24 hours of silence.
sms-costs = What each question costs
sms-costs-hint = Messages each question takes as a text, per language (160 characters a message in GSM-7, 70 in UCS-2 for Arabic, Chinese and Russian).
sms-col-question = Question
sms-err-keyword = Enter a keyword of 2 to 20 letters or digits, other than STOP, HELP, BACK or SKIP.
sms-err-keyword-taken = Another consultation already uses this keyword: choose another.
sms-err-url = Enter the send URL as a web address starting with http:// or https://.
sms-err-url-tls = This version cannot post to https:// addresses yet: use an http:// address on your own network.
sms-err-rapidpro-token = Enter the RapidPro token that goes with the send URL.

# The privacy notice (young people)
pn-never-sms = If you answer by text message, your phone number is not stored: only a coded form of it keeps your place, and it is deleted when your answers are saved, when you send STOP, or after 24 hours without a message. Your mobile company and the text-message service carry your messages, as with any text.
