## General messages, roles, dates and errors.

when-in-zone = { $local } { $zone }
when-with-others = { $main } ({ $others })
when-read = “{ $text }” reads as { $when }.
when-end-of-day = No time was given, so the end of that day (23:59) is assumed.
note-dst-overlap = Note: { $when } happens twice on that day (clocks go back); the first occurrence is used.

role-secretariat = secretariat
role-chair = chair
role-member = member
role-stakeholder = stakeholder

time-left = { $days ->
    [0] { $hours } h { $minutes } min
    [one] 1 day { $hours } h
   *[other] { $days } days { $hours } h
}
unknown-value = not given
list-more = … and { $count } more.

settings-show = Your settings: time zone { $tz }, language { $language }, quiet hours { $quiet }, role { $role }, organisation { $organisation }, country { $country }, stakeholder group { $group }.
role-granted = { $user } is now { $role }.
channel-settings = Channel { $channel }: language { $language }, members-only { $membersonly ->
    [yes] on
   *[no] off
}.

error-internal = Sorry, something went wrong on our side and nothing was changed. Please try again; if it keeps happening, tell the secretariat.
error-busy = The assistant is busy and could not do that; nothing was changed. Please try again in a moment.
error-empty = Type a command, for example { $help }.
error-unknown-command = I don't know the command “{ $command }”. Type { $help } to see what I can do.
error-unknown-verb = { $group } understands: { $verbs }.
error-unclosed-quote = A quotation mark is not closed. Put multi-word text between "…".
error-unexpected = I did not understand “{ $text }” at the end of the command.
error-missing-value = “{ $keyword }” needs a value after it.
error-too-long = That text is too long: at most { $max } characters.
error-not-allowed = Sorry, your role ({ $role }) does not allow that. Nothing was changed. { $granted }
role-granted-by = Roles are granted by the secretariat: { $people }.
role-granted-by-operator = No one is secretariat yet: whoever runs the assistant can make you secretariat with “{ $command }”.
error-bad-id = “{ $id }” is not a valid id; ids look like { $kind }1.
error-bad-channel = “{ $channel }” is not a channel; channels look like #name.
error-unknown-user = I don't know { $user } yet; they need to talk to me once, or the secretariat can give them a role.
error-missing-user = Name the person as @user.
error-missing-role = Say which role: secretariat, chair, member or stakeholder.
error-role = “{ $value }” is not a role; choose one of: { $roles }.
error-last-secretariat = You are the last secretariat; grant the role to someone else first.
error-language = “{ $value }” is not a supported language; choose one of: { $languages }.
error-setting-key = “{ $key }” is not a setting; choose one of: { $keys }.
error-quiet = Quiet hours look like 22:00-07:00, not “{ $value }”.
error-group = “{ $value }” is not a stakeholder group; choose one of: { $groups }.
error-channel-key = Say “language LANG” or “members-only on|off”.
error-on-off = Say on or off, not “{ $value }”.

error-when-missing = Say when, for example “15 January 2025 18:00”, “next Tuesday 17:00” or “2025-01-31T12:00Z”.
error-when-too-long = A date can be at most { $max } characters.
error-when-unreadable = I could not read “{ $text }” as a date. Try “15 January 2025 18:00”, “next Tuesday 17:00 Geneva”, “tomorrow 9:30” or “2025-01-31T12:00Z”.
error-when-needs-time = “{ $text }” has no time of day; please add one, for example “{ $text } 10:00”.
error-when-past = { $when } is already in the past. Please give a future date.
error-time-impossible = “{ $text }” is not a time that exists on a clock (hours go to 23, minutes to 59).
error-time-nonexistent = “{ $text }” does not exist in { $zone }: the clocks jump forward over it. Please choose another time.
error-zone-unknown = I don't know the time zone “{ $zone }”. Use a name like Europe/Zurich, a city like Geneva, UTC+3 or AoE.
error-zone-ambiguous = “{ $zone }” means different zones to different people; please write one of: { $choices }.
error-offsets = Reminder times look like 7d,1d,2h (weeks w, days d, hours h, minutes m), not “{ $text }”.
error-schedule = A digest schedule looks like “mon 09:00”, “mon,thu 17:30”, “weekdays 09:00” or “daily 08:00”, not “{ $text }”.
error-missing-schedule = Say when the digest goes out, for example “mon 09:00”.
error-platform-send = The message could not be delivered ({ $reason }). Is the assistant a member of that channel?
list-more-names = { $count ->
    [one] one more
   *[other] { $count } more
}
list-more-organisations = { $count ->
    [one] 1 more
   *[other] { $count } more
}
reply-moved-to-direct = { $user }, my answer is in our direct chat.
error-direct-chat = { $user }, I could not open a direct chat with you, so my answer was not sent. Please start a direct chat with me and ask there.

## Scheduled messages given up (to the secretariat).

delivery-failed = ⚠️ A scheduled message to { $to } (due { $when }) could not be delivered after { $tries ->
    [one] { $tries } try
   *[other] { $tries } tries
}: { $reason }. It will not be tried again. Key: { $key }
delivery-reason-not-in-channel = the assistant is not in { $channel }
delivery-reason-missing-scope = the app lacks the permission { $scope }
delivery-reason-other = the platform answered { $code }

# The console only: a line that is not a command, outside a guided answer.
hint-not-a-command = Commands start with /. Type { $help } for the list.

language-name = { $language ->
    [en] English
    [fr] French
    [es] Spanish
    [ru] Russian
    [ar] Arabic
    [zh] Chinese
   *[other] { $language }
}
when-language = Read in { $language }.
error-when-languages = “{ $text }” means different dates in different languages: { $first } in { $first_language }, { $second } in { $second_language }. Please write the date with the month in full, or as 2025-01-31 18:00.
error-date-impossible = “{ $text }” is not a date: { $month } has { $days } days.
error-offset-range = A reminder comes between { $min } and { $max } before the deadline or the start; “{ $text }” is outside that range.

## Organisations and stakeholder groups
stakeholder-group-government = Government
stakeholder-group-private-sector = Private sector
stakeholder-group-civil-society = Civil society
stakeholder-group-technical-community = Technical community
stakeholder-group-academia = Academia
stakeholder-group-intergovernmental = Intergovernmental organisation
error-country = “{ $value }” is not a country I know; give its two-letter ISO code (DE, PY) or its name.
error-no-organisation = A country or stakeholder group belongs to your organisation: name it first with { $command }.
error-organisation-field-set = { $field ->
    [country] The country
   *[other] The stakeholder group
} of { $organisation } is already { $value }, not { $new }; only the secretariat can change it.
