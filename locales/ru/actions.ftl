## Поручения и сводки.

action-added = Зарегистрировано поручение { $id }:
action-line = { $has_ref ->
    [yes] { $ref } ({ $id })
   *[no] { $id }
} { $text } — { $owner } — { $status ->
    [open] открыто
    [in-progress] в работе
    [blocked] заблокировано
    [done] выполнено
   *[cancelled] отменено
}{ $has_due ->
    [yes] , срок — { $due }{ $overdue ->
        [yes] {" "}⚠ просрочено
       *[no] {""}
    }
   *[no] {""}
}
actions-header = { $filter ->
    [mine] Ваши поручения
    [overdue] Просроченные поручения
    [week] Поручения со сроком на этой неделе
    [all] Все поручения
   *[open] Открытые поручения
} ({ $count }):
actions-none = { $filter ->
    [mine] У вас нет открытых поручений.
    [overdue] Просроченных поручений нет.
    [week] На этой неделе сроков выполнения поручений нет.
    [all] Поручения пока не зарегистрированы.
   *[open] Открытых поручений нет.
}
action-meeting = Согласовано на собрании { $id } «{ $title }».
action-history-header = История:
action-history-line = · { $when } { $user }: { $status ->
    [open] открыто
    [in-progress] в работе
    [blocked] заблокировано
    [done] выполнено
   *[cancelled] отменено
}{ $has_note ->
    [yes] {" "}— { $note }
   *[no] {""}
}
action-updated = Статус поручения { $id }: { $status ->
    [open] открыто
    [in-progress] в работе
    [blocked] заблокировано
    [done] выполнено
   *[cancelled] отменено
}.
error-missing-action = Укажите поручение: идентификатор (A1) или номер (7.3.1).
error-unknown-action = Поручения { $id } не существует.
error-missing-owner = Укажите ответственного: owner @user или owner "Название органа".
error-bad-ref = «{ $ref }» нельзя использовать в качестве номера; укажите номер вида 7.3.1.
error-ref-taken = Номер { $ref } уже присвоен другому поручению.
error-missing-status = Укажите: status open|in-progress|blocked|done|cancelled.
error-bad-status = «{ $value }» не является статусом; выберите open, in-progress, blocked, done или cancelled.
error-action-filter = «{ $value }» не является списком; выберите open, mine, overdue, week или all.
error-not-owner = Обновлять поручение { $id } могут только ответственный, председатель или секретариат.
action-edited = { $field ->
    [text] Изменён текст
    [owner] Изменён ответственный
    [due] Изменён срок
    [ref] Изменён номер
   *[meeting] Изменено собрание
} поручения { $id }:
action-unchanged = У поручения { $id } уже { $field ->
    [text] такой текст
    [owner] такой ответственный
    [due] такой срок
    [ref] такой номер
   *[meeting] это собрание
}. Ничего не изменено.
action-history-edit = · { $when } { $user }: { $field ->
    [text] текст изменён на «{ $value }»
    [owner] ответственный теперь { $value }
    [due] { $cleared ->
        [yes] срок снят
       *[no] срок изменён на { $value }
    }
    [ref] номер изменён на { $value }
   *[meeting] { $cleared ->
        [yes] больше не связано с собранием
       *[no] связано с собранием { $value }
    }
}
error-edit-field = Укажите, что изменить: text "ТЕКСТ", owner @пользователь|"ОРГАН", due СРОК|none, ref ПУНКТ или meeting M1|none.
error-edit-organisers = Изменить { $field ->
    [owner] ответственного
    [ref] номер
   *[meeting] собрание
} поручения { $id } могут только председатель или секретариат.

digest-header = 📋 Сводка для { $channel } — { $when }
digest-section-overdue = Просрочено ({ $count }):
digest-section-soon = Срок в ближайшие 7 дней ({ $count }):
digest-section-done = Выполнено за последние 7 дней ({ $count }):
digest-section-rounds = Открытые консультации ({ $count }):
digest-round-line = { $id } «{ $title }» — { $inputs ->
    [0] ответов пока нет
    [one] пока ответы от { $inputs } участника
    [few] пока ответы от { $inputs } участников
    [many] пока ответы от { $inputs } участников
   *[other] пока ответы от { $inputs } участника
}, закрывается { $closes } (осталось { $left })
digest-section-meetings = Предстоящие собрания ({ $count }):
digest-meeting-line = { $id } «{ $title }» — { $when } — очно: { $inperson }, дистанционно: { $remote }
digest-nothing = Просроченных, срочных и недавно выполненных поручений нет; открытых консультаций и предстоящих собраний нет.
digest-posted = Сводка опубликована в { $channel }.
digest-scheduled = Сводка для { $channel } публикуется { $schedule } ({ $zone }); следующая — { $next }.
digest-schedule = { $kind ->
    [daily] ежедневно в { $at }
    [weekdays] по будням ({ $first } — { $last }) в { $at }
   *[days] каждую неделю: { $days }, в { $at }
}
digest-off = Публикация сводки по расписанию для { $channel } отключена.

## Личный обзор (Slack App Home).

home-header = Требует вашего внимания
home-inputs = { $count ->
    [0] Консультаций, ожидающих вашего ответа, нет.
    [one] { $count } консультация ожидает вашего ответа:
    [few] { $count } консультации ожидают вашего ответа:
    [many] { $count } консультаций ожидают вашего ответа:
   *[other] { $count } консультации ожидают вашего ответа:
}
home-rsvps = { $count ->
    [0] Собраний, ожидающих подтверждения вашего участия, нет.
    [one] { $count } собрание ожидает подтверждения вашего участия:
    [few] { $count } собрания ожидают подтверждения вашего участия:
    [many] { $count } собраний ожидают подтверждения вашего участия:
   *[other] { $count } собрания ожидают подтверждения вашего участия:
}
home-actions = { $count ->
    [0] За вами нет открытых поручений.
    [one] За вами { $count } открытое поручение:
    [few] За вами { $count } открытых поручения:
    [many] За вами { $count } открытых поручений:
   *[other] За вами { $count } открытого поручения:
}
button-done = Отметить как выполненное

## Напоминания о поручениях и сообщение новому ответственному.

action-assigned = 📌 { $user } назначил(а) вас ответственным за поручение { $id } «{ $text }»{ $has_due ->
    [yes] , срок { $due }{ $overdue ->
        [yes] {" "}⚠ просрочено
       *[no] {""}
    }
   *[no] {""}
}. Посмотреть: { $show }; когда будет выполнено: { $done }.
reminder-action-due = ⏰ { $body ->
    [yes] Напоминание для { $owner }:
   *[no] Напоминание:
} срок поручения { $id } «{ $text }» — { $when } (осталось { $left }). Когда будет выполнено: { $done }.
reminder-action-overdue = ⚠ { $body ->
    [yes] Для { $owner }:
   *[no] Просрочено:
} срок поручения { $id } «{ $text }» истёк { $when }, а оно ещё не выполнено. Когда будет выполнено: { $done }.
action-reminders-default = О поручениях без собственных напоминаний теперь напоминается за { $offsets } до срока и один раз после его истечения.
action-reminders-none = { $reason ->
    [closed] Поручение { $id } больше не открыто: напоминаний нет.
    [no-due] У поручения { $id } нет срока: напоминаний нет.
    [no-meeting] Поручение { $id } возложено на орган и не связано ни с одним собранием: органу напоминают в каналах собрания поручения.
    [no-channel] Поручение { $id } возложено на орган, а его собрание не объявлено ни в одном канале, где его можно публиковать.
    [hidden] Ответственный за { $id } не может видеть поручения собрания только для членов: напоминаний нет.
   *[past] Запланированных напоминаний по { $id } больше нет.
}
error-action-default-secretariat = Изменить напоминания о поручениях по умолчанию может только секретариат.
