## The console adapter's own commands.

console-welcome = Consultation assistant — console. You are { $user } in { $channel }. Commands start with /; try /assistant help. Console only: /as @user, /in #channel{ $simulated ->
    [yes] , /clock +2d or /clock 2025-01-31T12:00Z (simulated clock: { $now })
   *[no] {""}
}, /quit.
console-first-start = No one is secretariat yet. To become secretariat, leave (/quit) and run “{ $command }”, or start with ASSISTANT_ADMINS={ $user }.
console-as = Now speaking as { $user }.
console-as-usage = Say /as @user.
console-in = Now in { $channel }.
console-in-usage = Say /in #channel.
console-clock = Clock: { $now }
console-clock-usage = Say /clock +2d (w, d, h, m) or /clock 2025-01-31T12:00Z (not in the past).
console-clock-real = The clock is real; start the console with --now 2024-10-07T08:00Z to travel in time.
console-file-error = Could not write { $path }: { $reason }
console-file-progress = Writing { $path }… { $kilobytes } KB so far.

## The command line and the demo.

cli-adapter-unavailable = The adapter “{ $adapter }” is not available in this version; use console.
cli-database-ready = The database is up to date.
config-positive-number = Configuration error: { $name } must be a positive number.
config-log-level = Configuration error: { $name } must be DEBUG, INFO, WARNING or ERROR.
demo-export-summary = Export summary ({ $file })
demo-explore = The demo database is kept. Explore it with: { $command }
cli-bad-instant = “{ $text }” is not an ISO 8601 instant with a zone, such as 2024-10-07T08:00Z.
cli-slack-http = Listening for Slack on port { $port } at /slack/events.
cli-slack-socket = Connected to Slack over Socket Mode.
config-missing = Configuration error: { $name } is not set.
cli-matrix-ready = Connected to Matrix as { $user }.
console-file-outside = { $path } is outside the export folder { $folder }, so nothing was written. Give a path inside it, or none to see the file here.
config-export-dir = Configuration error: { $name } must name an existing folder.

## assistant status: scheduled messages seen from outside.

cli-status-header = Scheduled messages at { $now }, per kind:
cli-status-kind = { $kind }: pending { $pending }, claimed { $claimed }, failed { $failed }, sent { $sent }, dropped { $dropped }, skipped { $skipped }, cancelled { $cancelled }
cli-status-empty = No scheduled messages.
cli-status-oldest = Oldest due and not sent: { $key } (due { $due }), attempts { $attempts }, failed tries { $failures }
cli-status-next-try = Next try: { $at }
cli-status-last-error = Last error: { $error }
cli-status-none-due = Nothing pending is due.

## Roster import and export (command line)
roster-line-bad = Line { $line }: { $reason }
roster-line-added = Line { $line }: { $platform } { $user } — added ({ $columns })
roster-line-changed = Line { $line }: { $platform } { $user } — changed: { $columns }
roster-summary = { $dryrun ->
    [yes] Dry run, nothing was changed. Would add: { $added } · change: { $changed } · leave as they are: { $unchanged } · new organisations: { $organisations }
   *[other] Imported. Added: { $added } · changed: { $changed } · as they were: { $unchanged } · new organisations: { $organisations }
}
roster-unchanged = Nothing to change: every line already matches what is known (people: { $count }).
roster-refused = Nothing was imported; bad lines: { $count }. Correct them and import the file again.
roster-exported = Roster written to { $path } (people: { $count }).
roster-error-file = Cannot read or write { $path }: { $reason }
roster-error-header = The first line must be exactly: { $header }
roster-error-cells = { $expected } cells expected, { $count } found.
roster-error-platform = “{ $value }” is not a platform; use one of: { $platforms }.
roster-error-user = The user_id is missing.
roster-error-no-organisation = A country or stakeholder group needs an organisation on the same line.
roster-error-duplicate = The same person as on line { $other }.
roster-error-conflict = The { $column ->
    [country] country
   *[other] stakeholder group
} of { $organisation } is given differently on line { $other }.
