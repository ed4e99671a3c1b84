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
attendees-count = { $name }: { $count }
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

## Minutes taken in a channel: /meeting start, the # lines, /meeting end, /meeting minutes.

minutes-started = 📝 Minutes of { $id } “{ $title }” are being taken in this channel, chaired by { $chair }. Lines starting with #topic, #info, #agreed, #action or #link are recorded; #undo removes the last one, #chair @someone hands over, { $end } ends them.
minutes-recorded = ✓ #{ $kind } recorded.
minutes-action-recorded = ✓ Action { $id } recorded:
minutes-undone = ↶ Removed the last line: #{ $kind } { $text }
minutes-chair = { $user } now chairs the minutes of { $id }.
minutes-header = 📝 Minutes of { $id } “{ $title }”, from { $started }, chaired by { $chair }
minutes-nothing = Nothing was recorded.
minutes-topic = { $has_number ->
    [yes] { $number } { $title }
   *[no] { $title }
}
minutes-info = Info: { $text } ({ $user })
minutes-agreed = Agreed: { $text }
minutes-action = Action { $id }: { $text } — { $owner }{ $has_due ->
    [yes] , due { $due }
   *[no] {""}
}
minutes-link = Link: { $url } { $text } ({ $user })
minutes-file-sent = The minutes of { $id } “{ $title }”, as a Markdown file ({ $path }).
minutes-export-ready = The minutes of { $id } as { $format }: { $path }
error-minutes-no-channel = Minutes are taken in a channel: start them there.
error-minutes-running = The minutes of { $id } are being taken in this channel already; end them first with { $end }.
error-minutes-elsewhere = The minutes of { $id } are being taken in { $channel }; end them there first.
error-minutes-members-only = { $id } is members-only: take its minutes in a members-only channel.
error-minutes-not-running = No minutes of { $id } are being taken.
error-minutes-none-here = No minutes are being taken in this channel; start them with { $start }.
error-minutes-control = Only { $chair }, who chairs the minutes, or the secretariat can use { $what }.
error-minutes-empty = #{ $kind } needs words after it, for example: { $example }
error-minutes-link = #link needs a web address first, for example: #link https://www.itu.int/cwg-internet Consultation page
error-minutes-owner = Start #action with its owner, someone (@name) or a body in quotes, then the action, for example: #action "ITU Secretariat" Launch the open consultation due 1 October 2024
error-minutes-undo-nothing = Nothing has been recorded yet, so there is nothing to remove.
error-minutes-chair = Say who chairs the minutes next, for example: #chair @lena
error-minutes-chair-role = { $user } cannot chair the minutes: that takes the member, chair or secretariat role.
error-minutes-never-taken = No minutes were taken at { $id }.
error-minutes-format = Say md or html.
