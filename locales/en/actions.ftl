## Action items and digests.

action-added = Recorded { $id }:
action-line = { $has_ref ->
    [yes] { $ref } ({ $id })
   *[no] { $id }
} { $text } — { $owner } — { $status ->
    [open] open
    [in-progress] in progress
    [blocked] blocked
    [done] done
   *[cancelled] cancelled
}{ $has_due ->
    [yes] , due { $due }{ $overdue ->
        [yes] {" "}⚠ overdue
       *[no] {""}
    }
   *[no] {""}
}
actions-header = { $filter ->
    [mine] Your actions
    [overdue] Overdue actions
    [week] Actions due this week
    [all] All actions
   *[open] Open actions
} ({ $count }):
actions-none = { $filter ->
    [mine] You have no open actions.
    [overdue] Nothing is overdue.
    [week] Nothing is due this week.
    [all] No actions have been recorded.
   *[open] There are no open actions.
}
action-meeting = Agreed at { $id } “{ $title }”.
action-history-header = History:
action-history-line = · { $when } { $user }: { $status ->
    [open] open
    [in-progress] in progress
    [blocked] blocked
    [done] done
   *[cancelled] cancelled
}{ $has_note ->
    [yes] {" "}— { $note }
   *[no] {""}
}
action-updated = { $id } is now { $status ->
    [open] open
    [in-progress] in progress
    [blocked] blocked
    [done] done
   *[cancelled] cancelled
}.
error-missing-action = Say which action, by id (A1) or reference (7.3.1).
error-unknown-action = There is no action { $id }.
error-missing-owner = Say who owns the action: owner @user or owner "Body name".
error-bad-ref = “{ $ref }” is not a usable reference; use something like 7.3.1.
error-ref-taken = The reference { $ref } is already used by another action.
error-missing-status = Say: status open|in-progress|blocked|done|cancelled.
error-bad-status = “{ $value }” is not a status; choose open, in-progress, blocked, done or cancelled.
error-action-filter = “{ $value }” is not a list; choose open, mine, overdue, week or all.
error-not-owner = Only the owner of { $id }, the chair or the secretariat can update it.
action-edited = Changed the { $field ->
    [text] text
    [owner] owner
    [due] due date
    [ref] reference
   *[meeting] meeting
} of { $id }:
action-unchanged = { $id } already has that { $field ->
    [text] text
    [owner] owner
    [due] due date
    [ref] reference
   *[meeting] meeting
}. Nothing was changed.
action-history-edit = · { $when } { $user }: { $field ->
    [text] text changed to “{ $value }”
    [owner] owner changed to { $value }
    [due] { $cleared ->
        [yes] due date removed
       *[no] due date changed to { $value }
    }
    [ref] reference changed to { $value }
   *[meeting] { $cleared ->
        [yes] no longer linked to a meeting
       *[no] linked to meeting { $value }
    }
}
error-edit-field = Say what to change: text "TEXT", owner @user|"BODY", due WHEN|none, ref REF or meeting M1|none.
error-edit-organisers = Only the chair or the secretariat can change the { $field ->
    [owner] owner
    [ref] reference
   *[meeting] meeting
} of { $id }.

digest-header = 📋 Digest for { $channel } — { $when }
digest-section-overdue = Overdue ({ $count }):
digest-section-soon = Due in the next 7 days ({ $count }):
digest-section-done = Done in the last 7 days ({ $count }):
digest-section-rounds = Open consultations ({ $count }):
digest-round-line = { $id } “{ $title }” — { $inputs ->
    [0] no respondents
    [one] 1 respondent
   *[other] { $inputs } respondents
} so far, closes { $closes } ({ $left } left)
digest-section-meetings = Upcoming meetings ({ $count }):
digest-meeting-line = { $id } “{ $title }” — { $when } — in person { $inperson }, remote { $remote }
digest-nothing = Nothing overdue, due soon or recently done; no open consultations or upcoming meetings.
digest-posted = Digest posted in { $channel }.
digest-scheduled = Digest for { $channel } scheduled { $schedule } ({ $zone }); next one { $next }.
digest-schedule = { $kind ->
    [daily] every day at { $at }
    [weekdays] { $first } to { $last } at { $at }
   *[days] every { $days } at { $at }
}
digest-off = Scheduled digest for { $channel } is off.

## The personal overview (Slack App Home).

home-header = What is waiting for you
home-inputs = { $count ->
    [0] No consultation is waiting for your input.
    [one] One consultation is waiting for your input:
   *[other] { $count } consultations are waiting for your input:
}
home-rsvps = { $count ->
    [0] No meeting is waiting for your RSVP.
    [one] One meeting is waiting for your RSVP:
   *[other] { $count } meetings are waiting for your RSVP:
}
home-actions = { $count ->
    [0] You own no open actions.
    [one] You own one open action:
   *[other] You own { $count } open actions:
}
button-done = Mark done

## Reminders of actions and the DM to a new owner.

action-assigned = 📌 { $user } made you the owner of action { $id } “{ $text }”{ $has_due ->
    [yes] , due { $due }{ $overdue ->
        [yes] {" "}⚠ overdue
       *[no] {""}
    }
   *[no] {""}
}. See it with { $show }; when it is done: { $done }.
reminder-action-due = ⏰ { $body ->
    [yes] Reminder for { $owner }:
   *[no] Reminder:
} action { $id } “{ $text }” is due { $when } ({ $left } left). When it is done: { $done }.
reminder-action-overdue = ⚠ { $body ->
    [yes] For { $owner }:
   *[no] Overdue:
} action { $id } “{ $text }” was due { $when } and is not done yet. When it is done: { $done }.
action-reminders-default = Actions without reminders of their own are now reminded { $offsets } before they are due, and once when overdue.
action-reminders-none = { $reason ->
    [closed] { $id } is no longer open: nobody is reminded.
    [no-due] { $id } has no due date: nobody is reminded.
    [no-meeting] { $id } is owned by a body and linked to no meeting: a body is reminded in the channels of the action's meeting.
    [no-channel] { $id } is owned by a body, and its meeting was not announced in any channel where it may be posted.
    [hidden] The owner of { $id } may not see actions of a members-only meeting: nobody is reminded.
   *[past] No reminder of { $id } is still ahead.
}
error-action-default-secretariat = Only the secretariat can change the default reminders of actions.
