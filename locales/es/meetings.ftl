## Reuniones y confirmaciones de asistencia.

meeting-created = Reunión { $id } creada: «{ $title }».
meeting-when = Fecha: del { $starts } al { $ends }
meeting-place = Lugar: { $place }
meeting-link = Enlace para participar a distancia: { $link }
meeting-rsvp-by = Se ruega confirmar la asistencia a más tardar el { $when }
meeting-capacity = Aforo: { $capacity }
meeting-members-only = Solo para miembros.
meeting-next-steps = Anúnciela con { $announce }.
meeting-announcement = 🗓 Reunión { $id }: «{ $title }»
meeting-how-to-rsvp = Confirme su asistencia con { $rsvp }.
meeting-counts = Hasta ahora: { $inperson } en persona, { $remote } a distancia{ $waitlist ->
    [0] {""}
   *[other] , { $waitlist } en lista de espera
}.
button-rsvp = { $choice ->
    [in-person] En persona
    [remote] A distancia
   *[no] No asistiré
}
meeting-announced = { $id } anunciada en { $channels }.
rsvp-recorded = Su respuesta a { $id } «{ $title }»: { $choice ->
    [in-person] asistirá en persona
    [remote] participará a distancia
   *[no] no asistirá
}{ $waitlisted ->
    [yes] {" "}— la sala está completa, por lo que queda en lista de espera; se le avisará si se libera una plaza.
   *[no] .
}
rsvp-night-warning = Nota: la reunión empieza el { $when }, en plena noche para usted.
rsvp-promoted = Buenas noticias: se ha liberado una plaza y su asistencia a { $id } «{ $title }» el { $when } queda confirmada.
meetings-none = No hay reuniones próximas.
meetings-header = { $count ->
    [one] Una reunión próxima:
   *[other] { $count } reuniones próximas:
}
meetings-line = { $id } «{ $title }» — { $when }{ $has_place ->
    [yes] , { $place }
   *[no] {""}
} — su respuesta: { $rsvp ->
    [in-person] en persona
    [remote] a distancia
    [no] no asistirá
    [waitlist] lista de espera
   *[none] todavía ninguna
}
attendees-header = Asistencia a { $id } «{ $title }»:
attendees-counts = En persona: { $inperson } · A distancia: { $remote } · No asistirán: { $no } · Lista de espera: { $waitlist }
attendees-group = { $choice ->
    [in-person] En persona
    [remote] A distancia
    [no] No asistirán
   *[waitlist] Lista de espera
}: { $names }
attendees-by-country = Por país: { $counts }
attendees-by-organisation = Por organización: { $counts }
ics-ready = Archivo de calendario para { $id }: { $path }
reminder-rsvp = ⏰ Confirme su asistencia a { $id } «{ $title }» a más tardar el { $when }: { $rsvp }
reminder-meeting = ⏰ Recordatorio: { $id } «{ $title }» empieza el { $when }. { $place }
error-missing-meeting = Indique la reunión, por ejemplo M1.
error-unknown-meeting = No existe la reunión { $id }.
error-missing-at = Indique cuándo empieza la reunión: at CUÁNDO.
error-bad-link = «{ $link }» no es un enlace web (https://…).
error-capacity = El aforo debe ser un número entero mayor que cero, no «{ $value }».
error-ends-before-start = Una reunión debe terminar después de empezar.
error-rsvp-after-start = El plazo para confirmar la asistencia debe vencer antes de que empiece la reunión.
error-rsvp-choice = Indique in-person, remote o no.
error-rsvp-closed = El plazo para confirmar la asistencia a { $id } venció el { $when }.
error-meeting-past = { $id } ya ha empezado.

## Modificar y cancelar una reunión.

meeting-updated = { $id } «{ $title }» modificada; { $count ->
    [0] nadie había respondido aún, así que no se avisó a nadie.
    [one] se avisó a la persona inscrita o en lista de espera:
   *[other] se avisó a las { $count } personas inscritas o en lista de espera:
}
meeting-changed = 🗓 { $id } «{ $title }» ha cambiado:
meeting-cancelled = { $id } «{ $title }» cancelada; { $count ->
    [0] nadie había respondido aún, así que no se avisó a nadie.
    [one] se avisó a la persona inscrita o en lista de espera.
   *[other] se avisó a las { $count } personas inscritas o en lista de espera.
}
meeting-cancelled-dm = ❌ { $id } «{ $title }» del { $when } queda cancelada.
meeting-announcement-cancelled = ❌ Cancelada: reunión { $id } «{ $title }»
meeting-cancel-reason = Motivo: { $reason }
meetings-line-cancelled = { $id } «{ $title }» — { $when } — cancelada
error-meeting-cancelled = { $id } ha sido cancelada; ya no se puede modificar ni responder.
error-nothing-to-change = Nada que cambiar en { $id }: indique at, until, place, link, capacity o rsvp-by con un nuevo valor.
