## Консультации.

round-created = Создана консультация { $id }: «{ $title }».
round-opens = Открытие: { $when }
round-closes = Закрытие: { $when }
round-next-steps = Теперь добавьте вопросы командой { $question }, а затем объявите консультацию.
question-added = Вопрос { $id } добавлен в { $round }: { $text }
question-line = { $id }. { $text }
round-announcement = 📣 Открытая консультация { $id }: «{ $title }»
round-members-only = (только для членов)
round-deadline = Срок: { $when } — осталось { $left }.
button-respond = Ответить
round-how-to-respond = Как ответить: { $respond } (по одному вопросу) или { $answer }.
round-announced = Консультация { $id } объявлена в { $channels }.
round-announce-scheduled = Консультация { $id } будет объявлена в { $channels } в момент открытия: { $when }.
rounds-none = Открытых или предстоящих консультаций нет.
rounds-header = { $count ->
    [one] { $count } консультация:
    [few] { $count } консультации:
    [many] { $count } консультаций:
   *[other] { $count } консультации:
}
rounds-line-open = { $id } «{ $title }» — открыта, закрывается { $closes } (осталось { $left })
rounds-line-upcoming = { $id } «{ $title }» — открывается { $opens }
respond-start = Ответы на консультацию { $id }: «{ $title }». Отвечайте на каждый вопрос отдельным сообщением; чтобы сохранить предыдущий ответ, отправьте «-».
respond-ask = { $round } { $id } (из { $total }): { $text }{ $has_previous ->
    [yes] {" "}(Ваш предыдущий ответ: «{ $previous }»)
   *[no] {""}
}
respond-done = Спасибо, ваши ответы на консультацию { $id } сохранены. Их можно изменить до истечения срока.
answer-received = Подтверждение получения: ваш ответ на { $round } { $id } сохранён (версия { $version }). Его можно изменить до { $when }.
status-header = { $id } «{ $title }» — { $state ->
    [open] открыта
    [upcoming] ещё не открыта
   *[closed] закрыта
}
status-dates = Открытие: { $opens }; закрытие: { $closes }.
status-time-left = Осталось: { $left }.
status-questions = { $count ->
    [0] Вопросов пока нет.
    [one] { $count } вопрос.
    [few] { $count } вопроса.
    [many] { $count } вопросов.
   *[other] { $count } вопроса.
}
status-yours = Вы ответили на { $answered } из { $total }.
status-inputs = { $respondents ->
    [0] Ответов пока нет.
    [one] Ответов: { $count } от { $respondents } участника.
    [few] Ответов: { $count } от { $respondents } участников.
    [many] Ответов: { $count } от { $respondents } участников.
   *[other] Ответов: { $count } от { $respondents } участника.
}
status-per-question = { $id }: { $count }
status-by-group = По группам заинтересованных сторон:
status-by-country = По странам:
status-by-organisation = По организациям:
status-count-line = · { $name }: { $count }
status-group-rate = · { $name }: { $count } из { $invited } приглашённых ({ $rate })
status-count-more = · Другие ({ $count }): { $respondents }
status-respondents = Участники: { $names }
status-waiting = Ещё не ответили: { $count }{ $count ->
    [0] {""}
   *[other] {" "}— { $names }
}
export-ready = Ответы консультации { $id } экспортированы в формате { $format } ({ $count ->
    [0] ответов пока нет
    [one] { $count } ответ
    [few] { $count } ответа
    [many] { $count } ответов
   *[other] { $count } ответа
}): { $path }
export-col-question = Вопрос
export-col-question-text = Текст вопроса
export-col-respondent = Участник
export-col-organisation = Организация
export-col-country = Страна
export-col-group = Группа заинтересованных сторон
export-col-submitted = Отправлено (UTC)
export-col-version = Версия
export-col-answer = Ответ
export-md-period = Консультация открыта с { $opens } по { $closes }.
export-md-summary = Сводные данные
export-md-totals = { $respondents ->
    [0] Ответов пока нет.
   *[other] { $inputs ->
        [one] { $inputs } ответ
        [few] { $inputs } ответа
        [many] { $inputs } ответов
       *[other] { $inputs } ответа
    } от { $respondents ->
        [one] { $respondents } участника
        [few] { $respondents } участников
        [many] { $respondents } участников
       *[other] { $respondents } участника
    }.
}
export-md-by-group = По группам заинтересованных сторон
export-md-by-country = По странам
export-md-by-organisation = По организациям
round-closed = Консультация { $id } закрыта; ответы больше не принимаются.
round-closed-announcement = 🔒 Консультация { $id } «{ $title }» закрыта. { $respondents ->
    [0] Ответов не поступило.
    [one] Благодарим { $respondents } участника за ответы.
    [few] Благодарим { $respondents } участников за ответы.
    [many] Благодарим { $respondents } участников за ответы.
   *[other] Благодарим { $respondents } участника за ответы.
}
round-closed-announcement-organisations = 🔒 Консультация { $id } «{ $title }» закрыта. { $organisations ->
    [0] Ни одна организация не ответила.
    [one] Благодарим { $organisations } организацию за ответ.
    [few] Благодарим { $organisations } организации за ответы.
    [many] Благодарим { $organisations } организаций за ответы.
   *[other] Благодарим { $organisations } организации за ответы.
}
round-extended = Срок консультации { $id } продлён: теперь она закрывается { $when }.
round-extended-announcement = ⏳ Срок консультации { $id } «{ $title }» продлён: теперь она закрывается { $when }. Ответить: { $respond }.
reminders-header = Запланированные напоминания по { $id } ({ $offsets }): { $count }
reminder-kind = { $kind ->
    [round-open] открытие консультации
    [round-due] до истечения срока
    [rsvp-due] срок подтверждения участия
    [action-due] до срока
    [action-overdue] просрочено
   *[meeting-start] начало собрания
}
reminders-line-person = { $when } → { $user } ({ reminder-kind })
reminders-line-channel = { $when } → { $channel } ({ reminder-kind })
reminders-set = Напоминания по { $id } теперь отправляются за { $offsets } до срока.
reminder-round-open = 📣 Консультация { $id } «{ $title }» открыта до { $when }. Ответить: { $respond }.
reminder-round-due = ⏰ Напоминание: консультация { $id } «{ $title }» закрывается { $when } (осталось { $left }). Ответить: { $respond }.
error-missing-title = Укажите название в кавычках, например "Многоязычие в интернете".
error-missing-closes = Укажите, когда закрывается консультация: closes КОГДА.
error-missing-round = Укажите консультацию, например R1.
error-missing-question = Укажите вопрос, например Q1.
error-missing-text = Укажите текст в кавычках.
error-unknown-round = Консультации { $id } не существует.
error-unknown-question = В консультации { $round } нет вопроса { $id }.
error-round-closed = Консультация { $id } закрыта.
error-round-late = К сожалению, консультация { $id } закрылась { $when }; ответы, поступившие после истечения срока, не принимаются.
error-round-not-open = Консультация { $id } откроется только { $when }.
error-round-no-questions = В консультации { $id } пока нет вопросов.
error-too-many-questions = В консультации может быть не более { $max } { $max ->
    [one] вопроса
    [few] вопросов
    [many] вопросов
   *[other] вопроса
}.
error-opens-after-closes = Дата открытия консультации должна предшествовать дате её закрытия.
error-members-only-channel = { $channel } не является каналом только для членов; материалы только для членов объявляются лишь в таких каналах.
error-export-format = Укажите csv или md.
form-title = Ответы на { $id }
form-submit = Отправить
form-received = Спасибо, ваши ответы на консультацию { $id } сохранены.
error-extend-earlier = Консультация { $id } закрывается { $current }. { $when } — не позже этого срока, поэтому это не продление; ничего не изменено. Чтобы закрыть консультацию сейчас, используйте { $close }.

## Консультации по организациям.
round-per-organisation = (один ответ от организации: его может дать или изменить любой её делегат)
round-set-per-organisation = { $id }: { $value ->
    [on] один ответ от организации; его может дать или изменить любой её делегат.
   *[off] один ответ от каждого участника.
}
error-round-setting = Напишите «per-organisation on» или «per-organisation off» (настройки: { $keys }).
error-round-set-opened = { $id } уже открыта: { $setting } можно изменить только до открытия консультации.
error-round-no-organisation = { $id } принимает один ответ от организации, а ваша организация не указана. Укажите её командой { $setting } и затем ответьте.
answer-received-organisation = Подтверждение получения: ответ организации { $organisation } на { $round } { $id } сохранён (версия { $version }). Любой делегат организации { $organisation } может изменить его до { $when }.
status-organisations = { $invited ->
    [0] Ответившие организации: приглашённых пока нет.
    [one] Ответившие организации: { $count } из { $invited } приглашённой ({ $rate }).
    [few] Ответившие организации: { $count } из { $invited } приглашённых ({ $rate }).
    [many] Ответившие организации: { $count } из { $invited } приглашённых ({ $rate }).
   *[other] Ответившие организации: { $count } из { $invited } приглашённых ({ $rate }).
}
status-no-organisation = { $count ->
    [one] У { $count } приглашённого участника не указана организация, и он пока не может ответить.
    [few] У { $count } приглашённых участников не указана организация, и они пока не могут ответить.
    [many] У { $count } приглашённых участников не указана организация, и они пока не могут ответить.
   *[other] У { $count } приглашённого участника не указана организация, и они пока не могут ответить.
}
