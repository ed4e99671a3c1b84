## Consultas.

round-created = Consulta { $id } creada: «{ $title }».
round-opens = Apertura: { $when }
round-closes = Cierre: { $when }
round-next-steps = A continuación, añada preguntas con { $question } y luego anuncie la consulta.
question-added = Pregunta { $id } añadida a { $round }: { $text }
question-line = { $id }. { $text }
round-announcement = 📣 Consulta abierta { $id }: «{ $title }»
round-members-only = (solo para miembros)
round-deadline = Plazo: { $when }; tiempo restante: { $left }.
button-respond = Responder
round-how-to-respond = Para responder: { $respond } (una pregunta a la vez) o { $answer }.
round-announced = { $id } anunciada en { $channels }.
round-announce-scheduled = { $id } se anunciará en { $channels } cuando se abra: { $when }.
rounds-none = No hay consultas abiertas ni próximas.
rounds-header = { $count ->
    [one] Una consulta:
   *[other] { $count } consultas:
}
rounds-line-open = { $id } «{ $title }» — abierta, cierra el { $closes } (tiempo restante: { $left })
rounds-line-upcoming = { $id } «{ $title }» — se abre el { $opens }
respond-start = Respuesta a { $id }: «{ $title }». Responda a cada pregunta en un mensaje; envíe «-» para conservar su respuesta anterior.
respond-ask = { $round } { $id } (de { $total }): { $text }{ $has_previous ->
    [yes] {" "}(Su respuesta anterior: «{ $previous }»)
   *[no] {""}
}
respond-done = Gracias, sus respuestas a { $id } han quedado registradas. Puede modificarlas hasta que venza el plazo.
answer-received = Acuse de recibo: su respuesta a { $round } { $id } ha quedado registrada (versión { $version }). Puede modificarla hasta el { $when }.
status-header = { $id } «{ $title }» — { $state ->
    [open] abierta
    [upcoming] todavía no abierta
   *[closed] cerrada
}
status-dates = Apertura: { $opens }; cierre: { $closes }.
status-time-left = Tiempo restante: { $left }.
status-questions = { $count ->
    [0] Todavía no hay preguntas.
    [one] 1 pregunta.
   *[other] { $count } preguntas.
}
status-yours = Ha respondido a { $answered } de { $total }.
status-inputs = { $respondents ->
    [0] Todavía no hay contribuciones.
    [one] Contribuciones: { $count }, recibidas de 1 participante.
   *[other] Contribuciones: { $count }, recibidas de { $respondents } participantes.
}
status-per-question = { $id }: { $count }
status-by-group = Por grupo de partes interesadas:
status-by-country = Por país:
status-by-organisation = Por organización:
status-count-line = · { $name }: { $count }
status-group-rate = · { $name }: { $count } de { $invited } invitados ({ $rate })
status-count-more = · Otros ({ $count }): { $respondents }
status-respondents = Participantes: { $names }
status-waiting = Aún sin responder: { $count }{ $count ->
    [0] {""}
   *[other] {" "}— { $names }
}
export-ready = { $count ->
    [0] { $id } exportada en formato { $format }, todavía sin contribuciones: { $path }
    [one] 1 contribución exportada de { $id } en formato { $format }: { $path }
   *[other] { $count } contribuciones exportadas de { $id } en formato { $format }: { $path }
}
export-col-question = Pregunta
export-col-question-text = Texto de la pregunta
export-col-respondent = Participante
export-col-organisation = Organización
export-col-country = País
export-col-group = Grupo de partes interesadas
export-col-submitted = Fecha de envío (UTC)
export-col-version = Versión
export-col-answer = Respuesta
export-md-period = Consulta abierta del { $opens } al { $closes }.
export-md-summary = Resumen
export-md-totals = { $respondents ->
    [0] Todavía no hay contribuciones.
   *[other] { $inputs ->
        [one] 1 contribución
       *[other] { $inputs } contribuciones
    } de { $respondents ->
        [one] 1 participante
       *[other] { $respondents } participantes
    }.
}
export-md-by-group = Por grupo de partes interesadas
export-md-by-country = Por país
export-md-by-organisation = Por organización
round-closed = { $id } está cerrada; ya no se aceptan contribuciones.
round-closed-announcement = 🔒 La consulta { $id } «{ $title }» ha quedado cerrada. { $respondents ->
    [0] No se recibió ninguna contribución.
    [one] Gracias a la persona que ha participado.
   *[other] Gracias a las { $respondents } personas que han participado.
}
round-closed-announcement-organisations = 🔒 La consulta { $id } «{ $title }» ha quedado cerrada. { $organisations ->
    [0] Ninguna organización ha contribuido.
    [one] Gracias a la organización que ha participado.
   *[other] Gracias a las { $organisations } organizaciones que han participado.
}
round-extended = Nueva fecha de cierre de { $id }: { $when }.
round-extended-announcement = ⏳ Se ha prorrogado la consulta { $id } «{ $title }»: ahora cierra el { $when }. Responda con { $respond }.
reminders-header = Recordatorios previstos para { $id } ({ $offsets }): { $count }
reminder-kind = { $kind ->
    [round-open] apertura de la consulta
    [round-due] antes del vencimiento del plazo
    [rsvp-due] plazo para confirmar asistencia
    [action-due] antes del vencimiento
    [action-overdue] vencida
   *[meeting-start] inicio de la reunión
}
reminders-line-person = { $when } → { $user } ({ reminder-kind })
reminders-line-channel = { $when } → { $channel } ({ reminder-kind })
reminders-set = Los recordatorios de { $id } se enviarán ahora { $offsets } antes del vencimiento.
reminder-round-open = 📣 La consulta { $id } «{ $title }» está abierta hasta el { $when }. Responda con { $respond }.
reminder-round-due = ⏰ Recordatorio: la consulta { $id } «{ $title }» cierra el { $when } (tiempo restante: { $left }). Responda con { $respond }.
error-missing-title = Indique un título entre comillas, por ejemplo "Multilingüismo en Internet".
error-missing-closes = Indique cuándo cierra la consulta: closes CUÁNDO.
error-missing-round = Indique la consulta, por ejemplo R1.
error-missing-question = Indique la pregunta, por ejemplo Q1.
error-missing-text = Escriba el texto entre comillas.
error-unknown-round = No existe la consulta { $id }.
error-unknown-question = { $round } no tiene ninguna pregunta { $id }.
error-round-closed = { $id } está cerrada.
error-round-late = Lo sentimos, { $id } cerró el { $when }; no se aceptan contribuciones fuera de plazo.
error-round-not-open = { $id } no se abre hasta el { $when }.
error-round-no-questions = { $id } todavía no tiene preguntas.
error-too-many-questions = Una consulta puede tener como máximo { $max } preguntas.
error-opens-after-closes = Una consulta debe abrirse antes de cerrarse.
error-members-only-channel = { $channel } no es un canal solo para miembros; los elementos reservados a los miembros solo se anuncian en canales solo para miembros.
error-export-format = Indique csv o md.
form-title = Responder a { $id }
form-submit = Enviar
form-received = Gracias: sus respuestas a { $id } han quedado registradas.
error-extend-earlier = { $id } cierra el { $current }. { $when } no es posterior, así que no puede ser una prórroga; no se ha cambiado nada. Para cerrar la consulta ahora, use { $close }.

## Consultas por organización.
round-per-organisation = (una contribución por organización: cualquiera de sus delegados puede darla o modificarla)
round-set-per-organisation = { $id }: { $value ->
    [on] una contribución por organización; cualquiera de sus delegados puede darla o modificarla.
   *[off] una contribución por persona.
}
error-round-setting = Escriba «per-organisation on» o «per-organisation off» (ajustes: { $keys }).
error-round-set-opened = { $id } ya está abierta: { $setting } solo puede cambiarse antes de que se abra una consulta.
error-round-no-organisation = { $id } recibe una contribución por organización, y usted no tiene ninguna organización indicada. Indique la suya con { $setting } y luego responda.
answer-received-organisation = Acuse de recibo: la respuesta de { $organisation } a { $round } { $id } está registrada (versión { $version }). Cualquier delegado de { $organisation } puede modificarla hasta el { $when }.
status-organisations = { $invited ->
    [0] Organizaciones que han respondido: ninguna invitada todavía.
    [one] Organizaciones que han respondido: { $count } de 1 invitada ({ $rate }).
   *[other] Organizaciones que han respondido: { $count } de { $invited } invitadas ({ $rate }).
}
status-no-organisation = { $count ->
    [one] { $count } persona invitada no tiene organización indicada y aún no puede responder.
   *[other] { $count } personas invitadas no tienen organización indicada y aún no pueden responder.
}
