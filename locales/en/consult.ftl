## Consultation rounds.

round-created = Created { $id }: “{ $title }”.
round-opens = Opens: { $when }
round-closes = Closes: { $when }
round-next-steps = Next, add questions with { $question }, then announce the round.
question-added = Added { $id } to { $round }: { $text }
question-line = { $id }. { $text }
round-announcement = 📣 Open consultation { $id }: “{ $title }”
round-members-only = (members only)
round-deadline = Deadline: { $when } — { $left } left.
button-respond = Respond
round-how-to-respond = To respond: { $respond } (one question at a time) or { $answer }.
round-announced = { $id } announced in { $channels }.
round-announce-scheduled = { $id } will be announced in { $channels } when it opens: { $when }.
rounds-none = There are no open or upcoming consultation rounds.
rounds-header = { $count ->
    [one] One consultation round:
   *[other] { $count } consultation rounds:
}
rounds-line-open = { $id } “{ $title }” — open, closes { $closes } ({ $left } left)
rounds-line-upcoming = { $id } “{ $title }” — opens { $opens }
respond-start = Responding to { $id }: “{ $title }”. Answer each question in a message; send “-” to keep your previous answer.
respond-ask = { $round } { $id } (of { $total }): { $text }{ $has_previous ->
    [yes] {" "}(Your previous answer: “{ $previous }”)
   *[no] {""}
}
respond-done = Thank you, your answers to { $id } are recorded. You can change them until the deadline.
answer-received = Receipt: your answer to { $round } { $id } is recorded (version { $version }). You can edit it until { $when }.
status-header = { $id } “{ $title }” — { $state ->
    [open] open
    [upcoming] not open yet
   *[closed] closed
}
status-dates = Opens { $opens }; closes { $closes }.
status-time-left = Time left: { $left }.
status-questions = { $count ->
    [0] No questions yet.
    [one] 1 question.
   *[other] { $count } questions.
}
status-yours = You have answered { $answered } of { $total }.
status-inputs = { $respondents ->
    [0] No inputs yet.
    [one] Inputs: { $count } from 1 respondent.
   *[other] Inputs: { $count } from { $respondents } respondents.
}
status-per-question = { $id }: { $count }
status-by-group = By stakeholder group:
status-by-country = By country:
status-by-organisation = By organisation:
status-count-line = · { $name }: { $count }
status-group-rate = · { $name }: { $count } of { $invited } invited ({ $rate })
status-count-more = · Others ({ $count }): { $respondents }
status-respondents = Respondents: { $names }
status-waiting = Not answered yet: { $count }{ $count ->
    [0] {""}
   *[other] {" "}— { $names }
}
export-ready = { $count ->
    [0] Exported { $id } as { $format }, with no inputs yet: { $path }
    [one] Exported 1 input of { $id } as { $format }: { $path }
   *[other] Exported { $count } inputs of { $id } as { $format }: { $path }
}
export-col-question = Question
export-col-question-text = Question text
export-col-respondent = Respondent
export-col-organisation = Organisation
export-col-country = Country
export-col-group = Stakeholder group
export-col-submitted = Submitted (UTC)
export-col-version = Version
export-col-answer = Answer
export-md-period = Consultation open from { $opens } to { $closes }.
export-md-summary = Summary
export-md-totals = { $respondents ->
    [0] No inputs yet.
   *[other] { $inputs ->
        [one] 1 input
       *[other] { $inputs } inputs
    } from { $respondents ->
        [one] 1 respondent
       *[other] { $respondents } respondents
    }.
}
export-md-by-group = By stakeholder group
export-md-by-country = By country
export-md-by-organisation = By organisation
round-closed = { $id } is closed; no more inputs are accepted.
round-closed-announcement = 🔒 Consultation { $id } “{ $title }” is now closed. { $respondents ->
    [0] No inputs were received.
    [one] Thank you to the one respondent.
   *[other] Thank you to the { $respondents } respondents.
}
round-closed-announcement-organisations = 🔒 Consultation { $id } “{ $title }” is now closed. { $organisations ->
    [0] No organisation gave an input.
    [one] Thank you to the one organisation that answered.
   *[other] Thank you to the { $organisations } organisations that answered.
}
round-extended = { $id } now closes { $when }.
round-extended-announcement = ⏳ Consultation { $id } “{ $title }” is extended: it now closes { $when }. Respond with { $respond }.
reminders-header = Planned reminders for { $id } ({ $offsets }): { $count }
reminder-kind = { $kind ->
    [round-open] round opens
    [round-due] before the deadline
    [rsvp-due] RSVP deadline
    [action-due] before the due date
    [action-overdue] overdue
   *[meeting-start] meeting starts
}
reminders-line-person = { $when } → { $user } ({ reminder-kind })
reminders-line-channel = { $when } → { $channel } ({ reminder-kind })
reminders-set = Reminders for { $id } are now { $offsets } before the deadline.
reminder-round-open = 📣 Consultation { $id } “{ $title }” is open until { $when }. Respond with { $respond }.
reminder-round-due = ⏰ Reminder: consultation { $id } “{ $title }” closes { $when } ({ $left } left). Respond with { $respond }.
error-missing-title = Give a title between quotes, for example "Multilingualization of the Internet".
error-missing-closes = Say when the round closes: closes WHEN.
error-missing-round = Say which round, for example R1.
error-missing-question = Say which question, for example Q1.
error-missing-text = Give the text between quotes.
error-unknown-round = There is no round { $id }.
error-unknown-question = { $round } has no question { $id }.
error-round-closed = { $id } is closed.
error-round-late = Sorry, { $id } closed at { $when }; late inputs are not accepted.
error-round-not-open = { $id } opens only at { $when }.
error-round-no-questions = { $id } has no questions yet.
error-too-many-questions = A round can have at most { $max } questions.
error-opens-after-closes = A round must open before it closes.
error-members-only-channel = { $channel } is not a members-only channel; members-only items are announced only in members-only channels.
error-export-format = Say csv or md.
form-title = Respond to { $id }
form-submit = Send
form-received = Thank you: your answers to { $id } are recorded.
error-extend-earlier = { $id } closes { $current }. { $when } is not later, so it cannot be an extension; nothing was changed. To end the round now, use { $close }.

## Per-organisation rounds.
round-per-organisation = (one input per organisation: any of its delegates may give or edit it)
round-set-per-organisation = { $id }: { $value ->
    [on] one input per organisation; any of its delegates may give or edit it.
   *[off] one input per person.
}
error-round-setting = Say “per-organisation on” or “per-organisation off” (settings: { $keys }).
error-round-set-opened = { $id } has already opened: { $setting } can be changed only before a round opens.
error-round-no-organisation = { $id } takes one input per organisation, and you have no organisation set. Set yours with { $setting }, then answer.
answer-received-organisation = Receipt: the answer of { $organisation } to { $round } { $id } is recorded (version { $version }). Any delegate of { $organisation } can edit it until { $when }.
status-organisations = { $invited ->
    [0] Organisations answered: none invited yet.
    [one] Organisations answered: { $count } of 1 invited ({ $rate }).
   *[other] Organisations answered: { $count } of { $invited } invited ({ $rate }).
}
status-no-organisation = { $count ->
    [one] 1 person invited has no organisation set and cannot answer yet.
   *[other] { $count } people invited have no organisation set and cannot answer yet.
}
