## Собрания и подтверждение участия.

meeting-created = Создано собрание { $id }: «{ $title }».
meeting-when = Время: с { $starts } до { $ends }
meeting-place = Место: { $place }
meeting-link = Ссылка для дистанционного участия: { $link }
meeting-rsvp-by = Просьба подтвердить участие до { $when }
meeting-capacity = Число мест: { $capacity }
meeting-members-only = Только для членов.
meeting-next-steps = Объявите собрание командой { $announce }.
meeting-announcement = 🗓 Собрание { $id }: «{ $title }»
meeting-how-to-rsvp = Подтвердить участие: { $rsvp }.
meeting-counts = На данный момент: очно — { $inperson }, дистанционно — { $remote }{ $waitlist ->
    [0] {""}
   *[other] , в листе ожидания — { $waitlist }
}.
button-rsvp = { $choice ->
    [in-person] Очно
    [remote] Дистанционно
   *[no] Не участвую
}
meeting-announced = Собрание { $id } объявлено в { $channels }.
rsvp-recorded = Ваш ответ на приглашение на собрание { $id } «{ $title }»: { $choice ->
    [in-person] очное участие
    [remote] дистанционное участие
   *[no] не участвую
}{ $waitlisted ->
    [yes] {" "}— мест в зале нет, поэтому вы включены в лист ожидания; мы сообщим вам, если место освободится.
   *[no] .
}
rsvp-night-warning = Обратите внимание: собрание начинается { $when }, в ночное время по вашему часовому поясу.
rsvp-promoted = Хорошая новость: освободилось место, и ваше участие в собрании { $id } «{ $title }» { $when } подтверждено.
meetings-none = Предстоящих собраний нет.
meetings-header = { $count ->
    [one] { $count } предстоящее собрание:
    [few] { $count } предстоящих собрания:
    [many] { $count } предстоящих собраний:
   *[other] { $count } предстоящего собрания:
}
meetings-line = { $id } «{ $title }» — { $when }{ $has_place ->
    [yes] , { $place }
   *[no] {""}
} — ваш ответ: { $rsvp ->
    [in-person] очно
    [remote] дистанционно
    [no] не участвую
    [waitlist] лист ожидания
   *[none] пока нет
}
attendees-header = Участие в собрании { $id } «{ $title }»:
attendees-counts = Очно: { $inperson } · Дистанционно: { $remote } · Не участвуют: { $no } · Лист ожидания: { $waitlist }
attendees-group = { $choice ->
    [in-person] Очно
    [remote] Дистанционно
    [no] Не участвуют
   *[waitlist] Лист ожидания
}: { $names }
attendees-by-country = По странам: { $counts }
attendees-by-organisation = По организациям: { $counts }
attendees-count = { $name }: { $count }
ics-ready = Файл календаря для собрания { $id }: { $path }
reminder-rsvp = ⏰ Просьба до { $when } подтвердить участие в собрании { $id } «{ $title }»: { $rsvp }
reminder-meeting = ⏰ Напоминание: собрание { $id } «{ $title }» начинается { $when }. { $place }
error-missing-meeting = Укажите собрание, например M1.
error-unknown-meeting = Собрания { $id } не существует.
error-missing-at = Укажите, когда начинается собрание: at КОГДА.
error-bad-link = «{ $link }» не является веб-ссылкой (https://…).
error-capacity = Число мест должно быть целым числом больше нуля, а не «{ $value }».
error-ends-before-start = Собрание должно заканчиваться после своего начала.
error-rsvp-after-start = Срок подтверждения участия должен истекать до начала собрания.
error-rsvp-choice = Укажите in-person, remote или no.
error-rsvp-closed = Приём подтверждений участия в собрании { $id } завершился { $when }.
error-meeting-past = Собрание { $id } уже началось.

## Изменение и отмена собрания.

meeting-updated = Собрание { $id } «{ $title }» изменено; { $count ->
    [0] ещё никто не ответил, поэтому никто не уведомлён.
    [one] уведомлён { $count } участник или ожидающий:
    [few] уведомлены { $count } участника или ожидающих:
    [many] уведомлены { $count } участников или ожидающих:
   *[other] уведомлены { $count } участника или ожидающих:
}
meeting-changed = 🗓 Собрание { $id } «{ $title }» изменилось:
meeting-cancelled = Собрание { $id } «{ $title }» отменено; { $count ->
    [0] ещё никто не ответил, поэтому никто не уведомлён.
    [one] уведомлён { $count } участник или ожидающий.
    [few] уведомлены { $count } участника или ожидающих.
    [many] уведомлены { $count } участников или ожидающих.
   *[other] уведомлены { $count } участника или ожидающих.
}
meeting-cancelled-dm = ❌ Собрание { $id } «{ $title }» { $when } отменено.
meeting-announcement-cancelled = ❌ Отменено: собрание { $id } «{ $title }»
meeting-cancel-reason = Причина: { $reason }
meetings-line-cancelled = { $id } «{ $title }» — { $when } — отменено
error-meeting-cancelled = Собрание { $id } отменено; его больше нельзя изменить, и на него нельзя ответить.
error-nothing-to-change = В собрании { $id } нечего менять: укажите at, until, place, link, capacity или rsvp-by с новым значением.

## Протокол в канале: /meeting start, строки с #, /meeting end, /meeting minutes.

minutes-started = 📝 В этом канале ведётся протокол { $id } «{ $title }», председательствует { $chair }. Записываются строки, начинающиеся с #topic, #info, #agreed, #action или #link; #undo удаляет последнюю, #chair @кто-то передаёт ведение, { $end } завершает протокол.
minutes-recorded = ✓ #{ $kind } записано.
minutes-action-recorded = ✓ Поручение { $id } записано:
minutes-undone = ↶ Последняя строка удалена: #{ $kind } { $text }
minutes-chair = Теперь протокол { $id } ведёт { $user }.
minutes-header = 📝 Протокол { $id } «{ $title }», с { $started }, председательствует { $chair }
minutes-nothing = Ничего не записано.
minutes-topic = { $has_number ->
    [yes] { $number } { $title }
   *[no] { $title }
}
minutes-info = Информация: { $text } ({ $user })
minutes-agreed = Решено: { $text }
minutes-action = Поручение { $id }: { $text } — { $owner }{ $has_due ->
    [yes] , срок: { $due }
   *[no] {""}
}
minutes-link = Ссылка: { $url } { $text } ({ $user })
minutes-file-sent = Протокол { $id } «{ $title }» в виде файла Markdown ({ $path }).
minutes-export-ready = Протокол { $id } в формате { $format }: { $path }
error-minutes-no-channel = Протокол ведётся в канале: начните его там.
error-minutes-running = Протокол { $id } уже ведётся в этом канале; сначала завершите его командой { $end }.
error-minutes-elsewhere = Протокол { $id } ведётся в { $channel }; сначала завершите его там.
error-minutes-members-only = { $id } — только для членов: ведите её протокол в канале только для членов.
error-minutes-not-running = Протокол { $id } сейчас не ведётся.
error-minutes-none-here = В этом канале протокол не ведётся; начните его командой { $start }.
error-minutes-control = Использовать { $what } могут только { $chair }, ведущий протокол, или секретариат.
error-minutes-empty = После #{ $kind } нужен текст, например: { $example }
error-minutes-link = После #link сначала нужен веб-адрес, например: #link https://www.itu.int/cwg-internet Страница консультации
error-minutes-owner = Начните #action с ответственного — человека (@имя) или органа в кавычках, затем само поручение, например: #action "Секретариат МСЭ" Начать открытую консультацию due 1 октября 2024
error-minutes-undo-nothing = Пока ничего не записано, удалять нечего.
error-minutes-chair = Укажите, кто будет вести протокол дальше, например: #chair @lena
error-minutes-chair-role = { $user } не может вести протокол: для этого нужна роль члена, председателя или секретариата.
error-minutes-never-taken = Протокол { $id } не велся.
error-minutes-format = Укажите md или html.
