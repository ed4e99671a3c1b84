## Meetings and RSVPs.

meeting-created = Created { $id }: “{ $title }”.
meeting-when = When: { $starts } until { $ends }
meeting-place = Place: { $place }
meeting-link = Remote link: { $link }
meeting-rsvp-by = Please RSVP by { $when }
meeting-capacity = Capacity: { $capacity }
meeting-members-only = Members only.
meeting-next-steps = Announce it with { $announce }.
meeting-announcement = 🗓 Meeting { $id }: “{ $title }”
meeting-how-to-rsvp = RSVP with { $rsvp }.
meeting-counts = So far: { $inperson } in person, { $remote } remote{ $waitlist ->
    [0] {""}
   *[other] , { $waitlist } on the waitlist
}.
button-rsvp = { $choice ->
    [in-person] In person
    [remote] Remote
   *[no] Not attending
}
meeting-announced = { $id } announced in { $channels }.
rsvp-recorded = Your RSVP to { $id } “{ $title }”: { $choice ->
    [in-person] attending in person
    [remote] attending remotely
   *[no] not attending
}{ $waitlisted ->
    [yes] {" "}— the room is full, so you are on the waitlist; you will be told if a seat frees up.
   *[no] .
}
rsvp-night-warning = Note: the meeting starts at { $when }, during your night.
rsvp-promoted = Good news: a seat has freed up and you are now confirmed for { $id } “{ $title }” on { $when }.
meetings-none = There are no upcoming meetings.
meetings-header = { $count ->
    [one] One upcoming meeting:
   *[other] { $count } upcoming meetings:
}
meetings-line = { $id } “{ $title }” — { $when }{ $has_place ->
    [yes] , { $place }
   *[no] {""}
} — your RSVP: { $rsvp ->
    [in-person] in person
    [remote] remote
    [no] not attending
    [waitlist] waitlist
   *[none] none yet
}
attendees-header = Attendance for { $id } “{ $title }”:
attendees-counts = In person: { $inperson } · Remote: { $remote } · Not attending: { $no } · Waitlist: { $waitlist }
attendees-group = { $choice ->
    [in-person] In person
    [remote] Remote
    [no] Not attending
   *[waitlist] Waitlist
}: { $names }
attendees-by-country = By country: { $counts }
attendees-by-organisation = By organisation: { $counts }
ics-ready = Calendar file for { $id }: { $path }
reminder-rsvp = ⏰ Please RSVP to { $id } “{ $title }” by { $when }: { $rsvp }
reminder-meeting = ⏰ Reminder: { $id } “{ $title }” starts { $when }. { $place }
error-missing-meeting = Say which meeting, for example M1.
error-unknown-meeting = There is no meeting { $id }.
error-missing-at = Say when the meeting starts: at WHEN.
error-bad-link = “{ $link }” is not a web link (https://…).
error-capacity = Capacity must be a whole number above zero, not “{ $value }”.
error-ends-before-start = A meeting must end after it starts.
error-rsvp-after-start = The RSVP deadline must be before the meeting starts.
error-rsvp-choice = Say in-person, remote or no.
error-rsvp-closed = RSVPs for { $id } closed at { $when }.
error-meeting-past = { $id } has already started.

## Changing and cancelling a meeting.

meeting-updated = { $id } “{ $title }” updated; { $count ->
    [0] nobody had answered yet, so nobody was told.
    [one] the one person attending or waiting was told:
   *[other] the { $count } people attending or waiting were told:
}
meeting-changed = 🗓 { $id } “{ $title }” has changed:
meeting-cancelled = { $id } “{ $title }” cancelled; { $count ->
    [0] nobody had answered yet, so nobody was told.
    [one] the one person attending or waiting was told.
   *[other] the { $count } people attending or waiting were told.
}
meeting-cancelled-dm = ❌ { $id } “{ $title }” on { $when } is cancelled.
meeting-announcement-cancelled = ❌ Cancelled: meeting { $id } “{ $title }”
meeting-cancel-reason = Reason: { $reason }
meetings-line-cancelled = { $id } “{ $title }” — { $when } — cancelled
error-meeting-cancelled = { $id } has been cancelled; it can no longer be changed or answered.
error-nothing-to-change = Nothing to change in { $id }: say at, until, place, link, capacity or rsvp-by with a new value.
