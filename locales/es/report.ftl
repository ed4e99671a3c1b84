# /consult report: el resumen de una consulta, listo para el informe de la presidencia.
report-ready = El informe sobre { $id } en { $format }, idioma { $language }: { $path }
error-report-format = Indique md o docx.
error-report-language = «{ $value }» no es un idioma del informe; elija uno de: { $languages }.
report-title = { $title }
report-period = Período de consulta: del { $opens } al { $closes } ({ $zone }).
report-questions = Preguntas
report-question = { $id }. { $text } ({ $count ->
    [0] ninguna contribución
    [one] { $count } contribución
   *[other] { $count } contribuciones
})
report-contributions = Contribuciones
report-totals = { $respondents ->
    [0] No se recibió ninguna contribución
   *[other] { $respondents ->
        [one] { $respondents } contribución
       *[other] { $respondents } contribuciones
    } ({ $inputs ->
        [one] { $inputs } respuesta
       *[other] { $inputs } respuestas
    })
} de { $invited ->
    [0] ninguna persona invitada
    [one] { $invited } persona invitada
   *[other] { $invited } personas invitadas
}: una tasa de respuesta del { $rate }.
report-by-group = Por grupo de partes interesadas
report-by-country = Por país
report-col-group = Grupo de partes interesadas
report-col-country = País
report-col-contributions = Contribuciones
report-col-invited = Invitados
report-col-rate = Tasa de respuesta
report-group = { $group ->
    [government] Gobierno
    [private-sector] Sector privado
    [civil-society] Sociedad civil
    [technical-community] Comunidad técnica
    [academia] Mundo académico
    [intergovernmental] Organización intergubernamental
   *[other] No indicado
}
report-cell = { $text }
report-unknown = No indicado
report-number = { $value }
report-rate = { $rate }
report-total = Total
report-organisations = Organizaciones que contribuyeron
report-unaffiliated = { $count ->
    [0] Ninguna contribución de personas sin organización.
    [one] { $count } contribución de una persona sin organización.
   *[other] { $count } contribuciones de personas sin organización.
}
report-annex = Anexo: contribuciones por pregunta
report-question-heading = { $id }. { $text }
report-input-by = { $has_country ->
    [yes] { $who } ({ $country }), { $date }
   *[no] { $who }, { $date }
}
report-no-inputs = Ninguna contribución.
chart-over-time = Contribuciones a lo largo del tiempo
chart-deadline = Fecha límite
