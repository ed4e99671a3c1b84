## Собственные команды консоли.

console-welcome = Ассистент по консультациям — консоль. Вы — { $user } в { $channel }. Команды начинаются с /; попробуйте /assistant help. Только в консоли: /as @user, /in #channel{ $simulated ->
    [yes] , /clock +2d или /clock 2025-01-31T12:00Z (модельное время: { $now })
   *[no] {""}
}, /quit.
console-first-start = Секретариата пока нет. Чтобы стать секретариатом, выйдите (/quit) и выполните «{ $command }» или запустите с ASSISTANT_ADMINS={ $user }.
console-as = Теперь вы действуете от имени { $user }.
console-as-usage = Введите /as @user.
console-in = Теперь вы в { $channel }.
console-in-usage = Введите /in #channel.
console-clock = Часы: { $now }
console-clock-usage = Введите /clock +2d (w, d, h, m) или /clock 2025-01-31T12:00Z (не в прошлом).
console-clock-real = Используется реальное время; чтобы перемещаться во времени, запустите консоль с параметром --now 2024-10-07T08:00Z.
console-file-error = Не удалось записать { $path }: { $reason }
console-file-progress = Запись { $path }… пока записано { $kilobytes } КБ.

## Командная строка и демонстрация.

cli-adapter-unavailable = Адаптер «{ $adapter }» в этой версии недоступен; используйте console.
cli-database-ready = База данных в актуальном состоянии.
config-positive-number = Ошибка конфигурации: значение { $name } должно быть положительным числом.
config-log-level = Ошибка конфигурации: значение { $name } должно быть DEBUG, INFO, WARNING или ERROR.
demo-export-summary = Сводные данные экспорта ({ $file })
demo-explore = База данных демонстрации сохранена. Изучить её можно командой: { $command }
cli-bad-instant = «{ $text }» не является моментом времени в формате ISO 8601 с указанием часового пояса, например 2024-10-07T08:00Z.
cli-slack-http = Ожидание событий Slack на порту { $port } по адресу /slack/events.
cli-slack-socket = Установлено подключение к Slack в режиме Socket Mode.
config-missing = Ошибка конфигурации: параметр { $name } не задан.
cli-matrix-ready = Подключено к Matrix как { $user }.
console-file-outside = { $path } находится вне папки экспорта { $folder }, поэтому ничего не записано. Укажите путь внутри неё или не указывайте путь, чтобы увидеть файл здесь.
config-export-dir = Ошибка конфигурации: { $name } должна указывать на существующую папку.

## assistant status: запланированные сообщения со стороны.

cli-status-header = Запланированные сообщения на { $now }, по видам:
cli-status-kind = { $kind }: в очереди { $pending }, в работе { $claimed }, не доставлено { $failed }, отправлено { $sent }, просрочено { $dropped }, пропущено { $skipped }, отменено { $cancelled }
cli-status-empty = Запланированных сообщений нет.
cli-status-oldest = Самое давнее неотправленное: { $key } (срок: { $due }), взято в работу: { $attempts }, неудачных попыток: { $failures }
cli-status-next-try = Следующая попытка: { $at }
cli-status-last-error = Последняя ошибка: { $error }
cli-status-none-due = Среди ожидающих сообщений нет таких, срок которых наступил.

## Импорт и экспорт списка участников (командная строка)
roster-line-bad = Строка { $line }: { $reason }
roster-line-added = Строка { $line }: { $platform } { $user } — добавлен ({ $columns })
roster-line-changed = Строка { $line }: { $platform } { $user } — изменено: { $columns }
roster-summary = { $dryrun ->
    [yes] Пробный запуск, ничего не изменено. Будет добавлено: { $added } · изменено: { $changed } · без изменений: { $unchanged } · новых организаций: { $organisations }
   *[other] Импорт выполнен. Добавлено: { $added } · изменено: { $changed } · без изменений: { $unchanged } · новых организаций: { $organisations }
}
roster-unchanged = Менять нечего: каждая строка уже соответствует известным данным (участников: { $count }).
roster-refused = Ничего не импортировано; ошибочных строк: { $count }. Исправьте их и импортируйте файл снова.
roster-exported = Список записан в { $path } (участников: { $count }).
roster-error-file = Не удаётся прочитать или записать { $path }: { $reason }
roster-error-header = Первая строка должна быть в точности такой: { $header }
roster-error-cells = Ожидалось ячеек: { $expected }, найдено: { $count }.
roster-error-platform = «{ $value }» не является платформой; используйте одну из следующих: { $platforms }.
roster-error-user = Не указан user_id.
roster-error-no-organisation = Для страны или группы заинтересованных сторон нужна организация в той же строке.
roster-error-duplicate = Тот же участник, что и в строке { $other }.
roster-error-conflict = { $column ->
    [country] Страна
   *[other] Группа заинтересованных сторон
} организации { $organisation } указана иначе в строке { $other }.
