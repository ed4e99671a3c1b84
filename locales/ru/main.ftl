## Общие сообщения, роли, даты и ошибки.

when-in-zone = { $local } { $zone }
when-with-others = { $main } ({ $others })
when-read = «{ $text }» распознано как { $when }.
when-end-of-day = Время не указано, поэтому принимается конец этого дня (23:59).
note-dst-overlap = Примечание: в этот день время { $when } наступает дважды (часы переводятся назад); используется первое из них.

role-secretariat = секретариат
role-chair = председатель
role-member = член
role-stakeholder = заинтересованная сторона

time-left = { $days ->
    [0] { $hours } ч { $minutes } мин
    [one] { $days } день { $hours } ч
    [few] { $days } дня { $hours } ч
    [many] { $days } дней { $hours } ч
   *[other] { $days } дня { $hours } ч
}
unknown-value = не указано
list-more = … и ещё { $count }.

settings-show = Ваши настройки: часовой пояс — { $tz }; язык — { $language }; время без уведомлений — { $quiet }; роль — { $role }; организация — { $organisation }; страна — { $country }; группа заинтересованных сторон — { $group }.
role-granted = { $user } теперь имеет роль «{ $role }».
channel-settings = Канал { $channel }: язык — { $language }; режим «только для членов» — { $membersonly ->
    [yes] включён
   *[no] выключен
}.

error-internal = К сожалению, на нашей стороне произошла ошибка; ничего не изменено. Повторите попытку; если ошибка повторится, сообщите об этом секретариату.
error-busy = Ассистент занят и не смог это сделать; ничего не изменено. Повторите попытку через минуту.
error-empty = Введите команду, например { $help }.
error-unknown-command = Команда «{ $command }» мне неизвестна. Введите { $help }, чтобы узнать, что я умею.
error-unknown-verb = Команда { $group } поддерживает: { $verbs }.
error-unclosed-quote = Не закрыты кавычки. Текст из нескольких слов заключайте в кавычки "…".
error-unexpected = Не удалось понять «{ $text }» в конце команды.
error-missing-value = После «{ $keyword }» нужно указать значение.
error-too-long = Текст слишком длинный: допускается не более { $max } { $max ->
    [one] символа
    [few] символов
    [many] символов
   *[other] символа
}.
error-not-allowed = К сожалению, ваша роль («{ $role }») не позволяет это сделать. Ничего не изменено. { $granted }
role-granted-by = Роли назначает секретариат: { $people }.
role-granted-by-operator = Секретариата пока нет: тот, кто запустил ассистента, может назначить вас секретариатом командой «{ $command }».
error-bad-id = «{ $id }» не является допустимым идентификатором; идентификаторы имеют вид { $kind }1.
error-bad-channel = «{ $channel }» не является каналом; каналы обозначаются как #name.
error-unknown-user = Пользователь { $user } мне пока неизвестен: ему нужно хотя бы раз написать мне, или секретариат может назначить ему роль.
error-missing-user = Укажите человека в виде @user.
error-missing-role = Укажите роль: secretariat, chair, member или stakeholder.
error-role = «{ $value }» не является ролью; выберите одну из следующих: { $roles }.
error-last-secretariat = Вы — последний пользователь с ролью секретариата; сначала назначьте эту роль кому-либо другому.
error-language = Язык «{ $value }» не поддерживается; выберите один из следующих: { $languages }.
error-setting-key = «{ $key }» не является настройкой; выберите одну из следующих: { $keys }.
error-quiet = Время без уведомлений указывается в виде 22:00-07:00, а не «{ $value }».
error-group = «{ $value }» не является группой заинтересованных сторон; выберите одну из следующих: { $groups }.
error-channel-key = Укажите «language ЯЗЫК» или «members-only on|off».
error-on-off = Укажите on или off, а не «{ $value }».

error-when-missing = Укажите дату и время, например «15 января 2025 18:00», «следующий вторник 17:00» или «2025-01-31T12:00Z».
error-when-too-long = Дата может содержать не более { $max } { $max ->
    [one] символа
    [few] символов
    [many] символов
   *[other] символа
}.
error-when-unreadable = Не удалось распознать дату «{ $text }». Попробуйте «15 января 2025 18:00», «следующий вторник 17:00 Женева», «завтра 9:30» или «2025-01-31T12:00Z».
error-when-needs-time = В «{ $text }» не указано время; добавьте его, например «{ $text } 10:00».
error-when-past = { $when } уже в прошлом. Укажите дату в будущем.
error-time-impossible = «{ $text }» — такого времени не бывает (часы — от 0 до 23, минуты — от 0 до 59).
error-time-nonexistent = Времени «{ $text }» в часовом поясе { $zone } не существует: в этот момент часы переводятся вперёд. Выберите другое время.
error-zone-unknown = Часовой пояс «{ $zone }» мне неизвестен. Укажите название вида Europe/Zurich, город (например, Женева), UTC+3 или AoE.
error-zone-ambiguous = «{ $zone }» может означать разные часовые пояса; укажите один из вариантов: { $choices }.
error-offsets = Время напоминаний указывается в виде 7d,1d,2h (недели — w, дни — d, часы — h, минуты — m), а не «{ $text }».
error-schedule = Расписание сводки указывается в виде «пн 09:00», «пн,чт 17:30», «будни 09:00» или «ежедневно 08:00», а не «{ $text }».
error-missing-schedule = Укажите, когда публиковать сводку, например «пн 09:00».
error-platform-send = Не удалось доставить сообщение ({ $reason }). Добавлен ли ассистент в этот канал?
list-more-names = { $count ->
    [one] ещё { $count }
    [few] ещё { $count }
    [many] ещё { $count }
   *[other] ещё { $count }
}
list-more-organisations = { $count ->
    [one] ещё { $count }
    [few] ещё { $count }
    [many] ещё { $count }
   *[other] ещё { $count }
}
reply-moved-to-direct = { $user }, мой ответ — в нашем личном чате.
error-direct-chat = { $user }, мне не удалось открыть с вами личный чат, поэтому ответ не отправлен. Откройте личный чат со мной и задайте вопрос там.

## Запланированные сообщения, от которых пришлось отказаться (для секретариата).

delivery-failed = ⚠️ Запланированное сообщение для { $to } (срок: { $when }) не удалось доставить после { $tries ->
    [one] { $tries } попытки
    [few] { $tries } попыток
    [many] { $tries } попыток
   *[other] { $tries } попытки
}: { $reason }. Больше попыток не будет. Ключ: { $key }
delivery-reason-not-in-channel = ассистент не добавлен в { $channel }
delivery-reason-missing-scope = у приложения нет разрешения { $scope }
delivery-reason-other = платформа ответила { $code }

# The console only: a line that is not a command, outside a guided answer.
hint-not-a-command = Команды начинаются с /. Введите { $help }, чтобы увидеть их список.

language-name = { $language ->
    [en] английский
    [fr] французский
    [es] испанский
    [ru] русский
    [ar] арабский
    [zh] китайский
   *[other] { $language }
}
when-language = Язык текста: { $language }.
error-when-languages = «{ $text }» на разных языках означает разные даты: { $first } (язык: { $first_language }) и { $second } (язык: { $second_language }). Напишите месяц полностью или дату в виде 2025-01-31 18:00.
error-date-impossible = «{ $text }» — такой даты нет: в месяце «{ $month }» { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}.
error-offset-range = Напоминание приходит не раньше чем за { $max } и не позже чем за { $min } до срока или начала; «{ $text }» вне этого диапазона.

## Организации и группы заинтересованных сторон
stakeholder-group-government = Правительство
stakeholder-group-private-sector = Частный сектор
stakeholder-group-civil-society = Гражданское общество
stakeholder-group-technical-community = Техническое сообщество
stakeholder-group-academia = Академические круги
stakeholder-group-intergovernmental = Межправительственная организация
error-country = Страна «{ $value }» мне неизвестна; укажите её двухбуквенный код ISO (DE, PY) или название.
error-no-organisation = Страна и группа заинтересованных сторон относятся к вашей организации: сначала укажите её командой { $command }.
error-organisation-field-set = { $field ->
    [country] Страна
   *[other] Группа заинтересованных сторон
} организации { $organisation } уже указана как { $value }, а не { $new }; изменить её может только секретариат.
