## Long texts: refused with a way to give them, shown whole, never cut.

# A question, an answer, an action or a note over its limit (names and titles use error-too-long).
error-text-too-long = That text has { $length } { $length ->
    [one] character
   *[other] characters
}; this field takes at most { $max }. For a longer contribution, put the full text in a shared document and send its link here with a short summary.
# The respond form (a Slack modal): the field under each question.
form-answer-label = Your answer to { $id }
# A stored answer too long for the form's field, which cannot be pre-filled without cutting it.
form-answer-kept = Your current answer to { $id } has { $length } { $length ->
    [one] character
   *[other] characters
}, too many to edit in this form, so the field below is empty: your answer is kept unless you write a new one there. To change it, use { $command }. It begins: “{ $excerpt }…”
# Only questions typed before today's limits can make a form too long for Slack.
form-too-long = These questions are too long for a Slack form. Answer them one at a time with { $respond }, or each with { $answer }.
# The App Home tab holds 100 blocks; the rest is one command away.
home-more = More is waiting for you than fits here: see { $rounds }, { $meetings } and { $actions }.
