# /consult report: сводка по раунду консультаций для доклада председателя.
report-ready = Доклад по { $id } в формате { $format }, язык { $language }: { $path }
error-report-format = Укажите md или docx.
error-report-language = «{ $value }» — не язык доклада; выберите один из: { $languages }.
report-title = { $title }
report-period = Период консультаций: с { $opens } по { $closes } ({ $zone }).
report-questions = Вопросы
report-question = { $id }. { $text } ({ $count ->
    [0] ответов нет
    [one] { $count } ответ
    [few] { $count } ответа
    [many] { $count } ответов
   *[other] { $count } ответа
})
report-contributions = Вклады
report-totals = { $respondents ->
    [0] Вкладов не поступило
   *[other] { $respondents ->
        [one] { $respondents } вклад
        [few] { $respondents } вклада
        [many] { $respondents } вкладов
       *[other] { $respondents } вклада
    } ({ $inputs ->
        [one] { $inputs } ответ
        [few] { $inputs } ответа
        [many] { $inputs } ответов
       *[other] { $inputs } ответа
    })
} при { $invited ->
    [0] отсутствии приглашённых
    [one] { $invited } приглашённом
    [few] { $invited } приглашённых
    [many] { $invited } приглашённых
   *[other] { $invited } приглашённых
}: доля ответивших { $rate }.
report-by-group = По группам заинтересованных сторон
report-by-country = По странам
report-col-group = Группа заинтересованных сторон
report-col-country = Страна
report-col-contributions = Вклады
report-col-invited = Приглашены
report-col-rate = Доля ответивших
report-group = { $group ->
    [government] Правительство
    [private-sector] Частный сектор
    [civil-society] Гражданское общество
    [technical-community] Техническое сообщество
    [academia] Академические круги
    [intergovernmental] Межправительственная организация
   *[other] Не указано
}
report-cell = { $text }
report-unknown = Не указано
report-number = { $value }
report-rate = { $rate }
report-total = Итого
report-organisations = Организации, представившие вклады
report-unaffiliated = { $count ->
    [0] Вкладов от лиц без организации нет.
    [one] { $count } вклад от лица без организации.
    [few] { $count } вклада от лиц без организации.
    [many] { $count } вкладов от лиц без организации.
   *[other] { $count } вклада от лиц без организации.
}
report-annex = Приложение: ответы по вопросам
report-question-heading = { $id }. { $text }
report-input-by = { $has_country ->
    [yes] { $who } ({ $country }), { $date }
   *[no] { $who }, { $date }
}
report-no-inputs = Ответов нет.
chart-over-time = Поступление вкладов
chart-deadline = Срок
