## Справка по всем командам с примерами. Команды на всех платформах сохраняют английские слова.

help-intro = Я помогаю секретариату проводить консультации и собрания и следить за выполнением поручений. Команды (подробности и примеры — { $help }):
help-group = — { $group } —

help-consult-new = { $p }consult new "НАЗВАНИЕ" closes КОГДА [opens КОГДА] [zone ПОЯС] [members-only] — создать консультацию (секретариат).
help-consult-new-example = Пример: { $p }consult new "Роль государственной политики в содействии многоязычию в интернете" opens 7 октября 2024 closes 31 января 2025 zone Женева
help-consult-question = { $p }consult question R1 "ТЕКСТ" — добавить в консультацию вопрос (Q1, Q2, …) (секретариат).
help-consult-question-example = Пример: { $p }consult question R1 "Каковы преимущества и трудности многоязычия в интернете?"
help-consult-announce = { $p }consult announce R1 [#канал …] — объявить консультацию сейчас или в момент её открытия, если он наступит позже (секретариат).
help-consult-announce-example = Пример: { $p }consult announce R1 #cwg-internet #general
help-consult-list = { $p }consult list — открытые и предстоящие консультации.
help-consult-list-example = Пример: { $p }consult list
help-consult-respond = { $p }consult respond R1 — ответить на вопросы консультации по очереди.
help-consult-respond-example = Пример: { $p }consult respond R1, затем отправляйте каждый ответ отдельным сообщением.
help-consult-answer = { $p }consult answer R1 Q1 "ТЕКСТ" — ответить на один вопрос одной командой (чтобы изменить ответ, ответьте ещё раз; все версии сохраняются).
help-consult-answer-example = Пример: { $p }consult answer R1 Q1 "Поддерживать универсальное принятие IDN во всех государственных услугах."
help-consult-status = { $p }consult status R1 — срок и оставшееся время; для секретариата и председателя — число ответов и список участников.
help-consult-status-example = Пример: { $p }consult status R1
help-consult-export = { $p }consult export R1 csv|md [ПУТЬ] — все ответы, сгруппированные по вопросам, со сводными данными (секретариат, председатель).
help-consult-export-example = Пример: { $p }consult export R1 md report.md
help-consult-close = { $p }consult close R1 — закрыть консультацию немедленно (секретариат).
help-consult-close-example = Пример: { $p }consult close R1
help-consult-extend = { $p }consult extend R1 КОГДА — возобновить консультацию или продлить её с новым сроком (секретариат).
help-consult-extend-example = Пример: { $p }consult extend R1 14 февраля 2025 23:59 Женева
help-consult-reminders = { $p }consult reminders R1 — просмотреть запланированные напоминания: кому, когда, в каком часовом поясе (секретариат).
help-consult-reminders-example = Пример: { $p }consult reminders R1
help-consult-remind = { $p }consult remind R1 7d,1d,2h — изменить, за какое время до срока отправляются напоминания (секретариат).
help-consult-remind-example = Пример: { $p }consult remind R1 14d,3d,1d

help-meeting-new = { $p }meeting new "НАЗВАНИЕ" at КОГДА [until КОГДА] [zone ПОЯС] [place "МЕСТО"] [link ССЫЛКА] [members-only] [rsvp-by КОГДА] [capacity ЧИСЛО] — создать собрание (секретариат, председатель).
help-meeting-new-example = Пример: { $p }meeting new "Открытая консультация РГС-Интернет на IGF 2024" at 16 декабря 2024 10:00 until 11:30 zone Эр-Рияд place "IGF, Эр-Рияд" link https://example.org/join rsvp-by 10 декабря 2024 capacity 60
help-meeting-announce = { $p }meeting announce M1 [#канал …] — опубликовать объявление о собрании с инструкциями по подтверждению участия (секретариат, председатель).
help-meeting-announce-example = Пример: { $p }meeting announce M1 #general
help-meeting-rsvp = { $p }meeting rsvp M1 in-person|remote|no — подтвердить участие или изменить свой ответ.
help-meeting-rsvp-example = Пример: { $p }meeting rsvp M1 remote
help-meeting-list = { $p }meeting list — предстоящие собрания по вашему часовому поясу.
help-meeting-list-example = Пример: { $p }meeting list
help-meeting-attendees = { $p }meeting attendees M1 — кто участвует, в каком формате и откуда (секретариат, председатель).
help-meeting-attendees-example = Пример: { $p }meeting attendees M1
help-meeting-ics = { $p }meeting ics M1 [ПУТЬ] — файл календаря для собрания.
help-meeting-ics-example = Пример: { $p }meeting ics M1 igf-session.ics
help-meeting-reminders = { $p }meeting reminders M1 — просмотреть запланированные напоминания (секретариат, председатель).
help-meeting-reminders-example = Пример: { $p }meeting reminders M1
help-meeting-remind = { $p }meeting remind M1 1d,1h — изменить, за какое время до начала участникам отправляются напоминания (секретариат, председатель).
help-meeting-remind-example = Пример: { $p }meeting remind M1 2d,2h

help-action-add = { $p }action add [ref ПУНКТ] "ТЕКСТ" owner @участник|"ОРГАН" [due КОГДА] [meeting M1] — зарегистрировать поручение (секретариат, председатель).
help-action-add-example = Пример: { $p }action add ref 7.3.1 "Объявить открытую консультацию по многоязычию" owner "Секретариат МСЭ" due 7 октября 2024
help-action-list = { $p }action list [open|mine|overdue|week|all] [owner @участник|"ОРГАН"] — просмотреть поручения.
help-action-list-example = Пример: { $p }action list overdue
help-action-show = { $p }action show A1|ПУНКТ — поручение и история его выполнения.
help-action-show-example = Пример: { $p }action show 7.3.1
help-action-update = { $p }action update A1|ПУНКТ status open|in-progress|blocked|done|cancelled ["ПРИМЕЧАНИЕ"] — обновить статус поручения (ответственный, председатель, секретариат).
help-action-update-example = Пример: { $p }action update 7.3.2 status in-progress "Подготовлен проект резюме"
help-action-done = { $p }action done A1|ПУНКТ ["ПРИМЕЧАНИЕ"] — отметить поручение как выполненное.
help-action-done-example = Пример: { $p }action done 7.3.1 "Консультация объявлена 7 октября"
help-action-edit = { $p }action edit A1|ПУНКТ text "ТЕКСТ" | owner @пользователь|"ОРГАН" | due СРОК|none | ref ПУНКТ | meeting M1|none — изменить поручение, с записью в истории (председатель, секретариат; ответственный: текст и срок).
help-action-edit-example = Пример: { $p }action edit 7.3.2 due 22 октября 2024

help-digest-now = { $p }digest now [#канал] — опубликовать сводку: просроченные, срочные и выполненные поручения, открытые консультации, собрания (секретариат, председатель).
help-digest-now-example = Пример: { $p }digest now #cwg-internet
help-digest-schedule = { $p }digest schedule "пн 09:00" [zone ПОЯС] [#канал] — публиковать сводку по расписанию (секретариат).
help-digest-schedule-example = Пример: { $p }digest schedule "пн 09:00" zone Europe/Zurich #cwg-internet
help-digest-off = { $p }digest off [#канал] — отключить публикацию сводки по расписанию (секретариат).
help-digest-off-example = Пример: { $p }digest off

help-assistant-settings = { $p }assistant settings [tz ПОЯС | language ЯЗЫК | quiet ЧЧ:ММ-ЧЧ:ММ | organisation "ОРГАНИЗАЦИЯ" | country СТРАНА | group ГРУППА] — просмотреть или изменить ваши настройки.
help-assistant-settings-example = Пример: { $p }assistant settings tz America/Bogota
help-assistant-role = { $p }assistant role @участник secretariat|chair|member|stakeholder — назначить роль (секретариат).
help-assistant-role-example = Пример: { $p }assistant role @wojciech chair
help-assistant-channel = { $p }assistant channel language ЯЗЫК | members-only on|off — настройки этого канала (секретариат).
help-assistant-channel-example = Пример: { $p }assistant channel members-only on
help-assistant-when = { $p }assistant when КОГДА — показать, как я понимаю дату, в вашем часовом поясе и в UTC.
help-assistant-when-example = Пример: { $p }assistant when 15 января 2025 18:00 AoE
help-assistant-help = { $p }assistant help [КОМАНДА] — эта справка.
help-assistant-help-example = Пример: { $p }assistant help consult new
