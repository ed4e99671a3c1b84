## Acciones y resúmenes.

action-added = Acción { $id } registrada:
action-line = { $has_ref ->
    [yes] { $ref } ({ $id })
   *[no] { $id }
} { $text } — { $owner } — { $status ->
    [open] abierta
    [in-progress] en curso
    [blocked] bloqueada
    [done] terminada
   *[cancelled] cancelada
}{ $has_due ->
    [yes] , vence el { $due }{ $overdue ->
        [yes] {" "}⚠ vencida
       *[no] {""}
    }
   *[no] {""}
}
actions-header = { $filter ->
    [mine] Sus acciones
    [overdue] Acciones vencidas
    [week] Acciones que vencen esta semana
    [all] Todas las acciones
   *[open] Acciones abiertas
} ({ $count }):
actions-none = { $filter ->
    [mine] No tiene acciones abiertas.
    [overdue] No hay nada vencido.
    [week] No vence nada esta semana.
    [all] No se ha registrado ninguna acción.
   *[open] No hay acciones abiertas.
}
action-meeting = Acordada en la reunión { $id } «{ $title }».
action-history-header = Historial:
action-history-line = · { $when } { $user }: { $status ->
    [open] abierta
    [in-progress] en curso
    [blocked] bloqueada
    [done] terminada
   *[cancelled] cancelada
}{ $has_note ->
    [yes] {" "}— { $note }
   *[no] {""}
}
action-updated = Nuevo estado de { $id }: { $status ->
    [open] abierta
    [in-progress] en curso
    [blocked] bloqueada
    [done] terminada
   *[cancelled] cancelada
}.
error-missing-action = Indique la acción, por su identificador (A1) o su referencia (7.3.1).
error-unknown-action = No existe la acción { $id }.
error-missing-owner = Indique quién es responsable de la acción: owner @user o owner "Nombre del órgano".
error-bad-ref = «{ $ref }» no es una referencia válida; use algo como 7.3.1.
error-ref-taken = La referencia { $ref } ya la utiliza otra acción.
error-missing-status = Indique: status open|in-progress|blocked|done|cancelled.
error-bad-status = «{ $value }» no es un estado; elija open, in-progress, blocked, done o cancelled.
error-action-filter = «{ $value }» no es una lista; elija open, mine, overdue, week o all.
error-not-owner = Solo la persona o entidad responsable de { $id }, la presidencia o la secretaría pueden actualizarla.
action-edited = { $field ->
    [text] Texto modificado
    [owner] Responsable modificado
    [due] Plazo modificado
    [ref] Referencia modificada
   *[meeting] Reunión modificada
} en { $id }:
action-unchanged = { $id } ya tiene { $field ->
    [text] ese texto
    [owner] ese responsable
    [due] ese plazo
    [ref] esa referencia
   *[meeting] esa reunión
}. No se ha cambiado nada.
action-history-edit = · { $when } { $user }: { $field ->
    [text] texto cambiado a «{ $value }»
    [owner] responsable cambiado a { $value }
    [due] { $cleared ->
        [yes] plazo eliminado
       *[no] plazo cambiado a { $value }
    }
    [ref] referencia cambiada a { $value }
   *[meeting] { $cleared ->
        [yes] ya no está vinculada a una reunión
       *[no] vinculada a la reunión { $value }
    }
}
error-edit-field = Indique qué cambiar: text "TEXTO", owner @usuario|"ENTIDAD", due FECHA|none, ref REF o meeting M1|none.
error-edit-organisers = Solo la presidencia o la secretaría pueden cambiar { $field ->
    [owner] el responsable
    [ref] la referencia
   *[meeting] la reunión
} de { $id }.

digest-header = 📋 Resumen para { $channel } — { $when }
digest-section-overdue = Vencidas ({ $count }):
digest-section-soon = Vencen en los próximos 7 días ({ $count }):
digest-section-done = Terminadas en los últimos 7 días ({ $count }):
digest-section-rounds = Consultas abiertas ({ $count }):
digest-round-line = { $id } «{ $title }» — { $inputs ->
    [0] ningún participante
    [one] 1 participante
   *[other] { $inputs } participantes
} hasta ahora, cierra el { $closes } (tiempo restante: { $left })
digest-section-meetings = Próximas reuniones ({ $count }):
digest-meeting-line = { $id } «{ $title }» — { $when } — en persona: { $inperson }, a distancia: { $remote }
digest-nothing = No hay nada vencido, próximo a vencer ni terminado recientemente; no hay consultas abiertas ni reuniones próximas.
digest-posted = Resumen publicado en { $channel }.
digest-scheduled = Resumen para { $channel } programado: { $schedule } ({ $zone }); próximo envío: { $next }.
digest-schedule = { $kind ->
    [daily] todos los días a las { $at }
    [weekdays] de { $first } a { $last } a las { $at }
   *[days] cada { $days } a las { $at }
}
digest-off = El resumen programado para { $channel } está desactivado.

## Resumen personal (pestaña Inicio de Slack).

home-header = Lo que tiene pendiente
home-inputs = { $count ->
    [0] Ninguna consulta espera su contribución.
    [one] Una consulta espera su contribución:
   *[other] { $count } consultas esperan su contribución:
}
home-rsvps = { $count ->
    [0] Ninguna reunión espera su respuesta.
    [one] Una reunión espera su respuesta:
   *[other] { $count } reuniones esperan su respuesta:
}
home-actions = { $count ->
    [0] No tiene acciones abiertas.
    [one] Tiene una acción abierta:
   *[other] Tiene { $count } acciones abiertas:
}
button-done = Marcar como terminada

## Recordatorios de las acciones y mensaje a la nueva persona responsable.

action-assigned = 📌 { $user } le ha asignado la acción { $id } «{ $text }»{ $has_due ->
    [yes] , con vencimiento el { $due }{ $overdue ->
        [yes] {" "}⚠ vencida
       *[no] {""}
    }
   *[no] {""}
}. Puede verla con { $show }; cuando esté terminada: { $done }.
reminder-action-due = ⏰ { $body ->
    [yes] Recordatorio para { $owner }:
   *[no] Recordatorio:
} la acción { $id } «{ $text }» vence el { $when } (tiempo restante: { $left }). Cuando esté terminada: { $done }.
reminder-action-overdue = ⚠ { $body ->
    [yes] Para { $owner }:
   *[no] Vencida:
} la acción { $id } «{ $text }» vencía el { $when } y aún no está terminada. Cuando esté terminada: { $done }.
action-reminders-default = Las acciones sin recordatorios propios se recordarán ahora { $offsets } antes del vencimiento, y una vez cuando estén vencidas.
action-reminders-none = { $reason ->
    [closed] { $id } ya no está abierta: no se envía ningún recordatorio.
    [no-due] { $id } no tiene fecha de vencimiento: no se envía ningún recordatorio.
    [no-meeting] { $id } corresponde a una entidad y no está vinculada a ninguna reunión: una entidad recibe los recordatorios en los canales de la reunión de la acción.
    [no-channel] { $id } corresponde a una entidad, y su reunión no se anunció en ningún canal donde pueda publicarse.
    [hidden] La persona responsable de { $id } no puede ver las acciones de una reunión reservada a los miembros: no se envía ningún recordatorio.
   *[past] No queda ningún recordatorio pendiente de { $id }.
}
error-action-default-secretariat = Solo la secretaría puede cambiar los recordatorios predeterminados de las acciones.
