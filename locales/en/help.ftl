## Help for every command, with examples. Commands keep their English words on every platform.

help-intro = I help the secretariat run consultations, meetings and actions. Commands (type { $help } for details and examples):
help-group = — { $group } —

help-consult-new = { $p }consult new "TITLE" closes WHEN [opens WHEN] [zone ZONE] [members-only] — create a consultation round (secretariat).
help-consult-new-example = Example: { $p }consult new "The role of public policy in promoting multilingualization of the Internet" opens 7 October 2024 closes 31 January 2025 zone Geneva
help-consult-question = { $p }consult question R1 "TEXT" — add a question (Q1, Q2, …) to a round (secretariat).
help-consult-question-example = Example: { $p }consult question R1 "What are the benefits and challenges of multilingualization of the Internet?"
help-consult-announce = { $p }consult announce R1 [#channel …] — announce a round now, or at its opening if that is later (secretariat).
help-consult-announce-example = Example: { $p }consult announce R1 #cwg-internet #general
help-consult-list = { $p }consult list — open and upcoming rounds.
help-consult-list-example = Example: { $p }consult list
help-consult-respond = { $p }consult respond R1 — answer a round's questions one at a time.
help-consult-respond-example = Example: { $p }consult respond R1, then send one message per answer.
help-consult-answer = { $p }consult answer R1 Q1 "TEXT" — answer one question at once (answer again to edit; every version is kept).
help-consult-answer-example = Example: { $p }consult answer R1 Q1 "Support universal acceptance of IDNs in all public services."
help-consult-status = { $p }consult status R1 — deadline and time left; counts and respondents for the secretariat and chair.
help-consult-status-example = Example: { $p }consult status R1
help-consult-export = { $p }consult export R1 csv|md [PATH] — all inputs grouped by question, with a summary (secretariat, chair).
help-consult-export-example = Example: { $p }consult export R1 md report.md
help-consult-close = { $p }consult close R1 — close a round now (secretariat).
help-consult-close-example = Example: { $p }consult close R1
help-consult-extend = { $p }consult extend R1 WHEN — reopen or extend with a new deadline (secretariat).
help-consult-extend-example = Example: { $p }consult extend R1 14 February 2025 23:59 Geneva
help-consult-reminders = { $p }consult reminders R1 — preview the planned reminders: who, when, in which zone (secretariat).
help-consult-reminders-example = Example: { $p }consult reminders R1
help-consult-remind = { $p }consult remind R1 7d,1d,2h — change when reminders go out before the deadline (secretariat).
help-consult-remind-example = Example: { $p }consult remind R1 14d,3d,1d

help-meeting-new = { $p }meeting new "TITLE" at WHEN [until WHEN] [zone ZONE] [place "PLACE"] [link URL] [members-only] [rsvp-by WHEN] [capacity N] — create a meeting (secretariat, chair).
help-meeting-new-example = Example: { $p }meeting new "CWG-Internet open consultation at IGF 2024" at 16 December 2024 10:00 until 11:30 zone Riyadh place "IGF, Riyadh" link https://example.org/join rsvp-by 10 December 2024 capacity 60
help-meeting-announce = { $p }meeting announce M1 [#channel …] — post the meeting with RSVP instructions (secretariat, chair).
help-meeting-announce-example = Example: { $p }meeting announce M1 #general
help-meeting-rsvp = { $p }meeting rsvp M1 in-person|remote|no — answer or change your RSVP.
help-meeting-rsvp-example = Example: { $p }meeting rsvp M1 remote
help-meeting-list = { $p }meeting list — upcoming meetings, in your time zone.
help-meeting-list-example = Example: { $p }meeting list
help-meeting-attendees = { $p }meeting attendees M1 — who comes, how, and from where (secretariat, chair).
help-meeting-attendees-example = Example: { $p }meeting attendees M1
help-meeting-ics = { $p }meeting ics M1 [PATH] — a calendar file for the meeting.
help-meeting-ics-example = Example: { $p }meeting ics M1 igf-session.ics
help-meeting-reminders = { $p }meeting reminders M1 — preview the planned reminders (secretariat, chair).
help-meeting-reminders-example = Example: { $p }meeting reminders M1
help-meeting-remind = { $p }meeting remind M1 1d,1h — change when attendees are reminded before the start (secretariat, chair).
help-meeting-remind-example = Example: { $p }meeting remind M1 2d,2h

help-action-add = { $p }action add [ref REF] "TEXT" owner @user|"BODY" [due WHEN] [meeting M1] — record an action (secretariat, chair).
help-action-add-example = Example: { $p }action add ref 7.3.1 "Launch the open consultation on multilingualization" owner "ITU Secretariat" due 7 October 2024
help-action-list = { $p }action list [open|mine|overdue|week|all] [owner @user|"BODY"] — query actions.
help-action-list-example = Example: { $p }action list overdue
help-action-show = { $p }action show A1|REF — one action with its history.
help-action-show-example = Example: { $p }action show 7.3.1
help-action-update = { $p }action update A1|REF status open|in-progress|blocked|done|cancelled ["NOTE"] — update an action (its owner, chair, secretariat).
help-action-update-example = Example: { $p }action update 7.3.2 status in-progress "Summary drafted"
help-action-done = { $p }action done A1|REF ["NOTE"] — mark an action done.
help-action-done-example = Example: { $p }action done 7.3.1 "Round launched on 7 October"
help-action-edit = { $p }action edit A1|REF text "TEXT" | owner @user|"BODY" | due WHEN|none | ref REF | meeting M1|none — change an action, kept in its history (chair, secretariat; its owner: text and due).
help-action-edit-example = Example: { $p }action edit 7.3.2 due 22 October 2024

help-digest-now = { $p }digest now [#channel] — post a digest: overdue, due soon, done, open rounds, meetings (secretariat, chair).
help-digest-now-example = Example: { $p }digest now #cwg-internet
help-digest-schedule = { $p }digest schedule "mon 09:00" [zone ZONE] [#channel] — post a digest on a schedule (secretariat).
help-digest-schedule-example = Example: { $p }digest schedule "mon 09:00" zone Europe/Zurich #cwg-internet
help-digest-off = { $p }digest off [#channel] — stop the scheduled digest (secretariat).
help-digest-off-example = Example: { $p }digest off

help-assistant-settings = { $p }assistant settings [tz ZONE | language LANG | quiet HH:MM-HH:MM | organisation "ORG" | country CC | group GROUP] — show or change your settings.
help-assistant-settings-example = Example: { $p }assistant settings tz America/Bogota
help-assistant-role = { $p }assistant role @user secretariat|chair|member|stakeholder — grant a role (secretariat).
help-assistant-role-example = Example: { $p }assistant role @wojciech chair
help-assistant-channel = { $p }assistant channel language LANG | members-only on|off — settings of this channel (secretariat).
help-assistant-channel-example = Example: { $p }assistant channel members-only on
help-assistant-when = { $p }assistant when WHEN — show how I read a date, in your zone and UTC.
help-assistant-when-example = Example: { $p }assistant when 15 January 2025 18:00 AoE
help-assistant-help = { $p }assistant help [COMMAND] — this help.
help-assistant-help-example = Example: { $p }assistant help consult new
