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
attendees-count = { $name }: { $count }
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

## Acta tomada en un canal: /meeting start, las líneas #, /meeting end, /meeting minutes.

minutes-started = 📝 El acta de { $id } «{ $title }» se está tomando en este canal, presidida por { $chair }. Se registran las líneas que empiezan por #topic, #info, #agreed, #action o #link; #undo quita la última, #chair @alguien cede la presidencia, { $end } la termina.
minutes-recorded = ✓ #{ $kind } registrado.
minutes-action-recorded = ✓ Acción { $id } registrada:
minutes-undone = ↶ Se quitó la última línea: #{ $kind } { $text }
minutes-chair = { $user } preside ahora el acta de { $id }.
minutes-header = 📝 Acta de { $id } «{ $title }», desde { $started }, presidida por { $chair }
minutes-nothing = No se registró nada.
minutes-topic = { $has_number ->
    [yes] { $number } { $title }
   *[no] { $title }
}
minutes-info = Información: { $text } ({ $user })
minutes-agreed = Acordado: { $text }
minutes-action = Acción { $id }: { $text } — { $owner }{ $has_due ->
    [yes] , vence { $due }
   *[no] {""}
}
minutes-link = Enlace: { $url } { $text } ({ $user })
minutes-file-sent = El acta de { $id } «{ $title }», como archivo Markdown ({ $path }).
minutes-export-ready = El acta de { $id } en { $format }: { $path }
error-minutes-no-channel = El acta se toma en un canal: empiécela allí.
error-minutes-running = El acta de { $id } ya se está tomando en este canal; termínela primero con { $end }.
error-minutes-elsewhere = El acta de { $id } se está tomando en { $channel }; termínela primero allí.
error-minutes-members-only = { $id } es solo para miembros: tome su acta en un canal solo para miembros.
error-minutes-not-running = No se está tomando ninguna acta de { $id }.
error-minutes-none-here = No se está tomando ninguna acta en este canal; empiece una con { $start }.
error-minutes-control = Solo { $chair }, que preside el acta, o la secretaría pueden usar { $what }.
error-minutes-empty = #{ $kind } necesita texto después, por ejemplo: { $example }
error-minutes-link = #link necesita primero una dirección web, por ejemplo: #link https://www.itu.int/cwg-internet Página de la consulta
error-minutes-owner = Empiece #action con su responsable, una persona (@nombre) o un órgano entre comillas, y luego la acción, por ejemplo: #action "Secretaría de la UIT" Lanzar la consulta abierta due 1 de octubre de 2024
error-minutes-undo-nothing = Aún no se ha registrado nada, así que no hay nada que quitar.
error-minutes-chair = Diga quién preside el acta a continuación, por ejemplo: #chair @lena
error-minutes-chair-role = { $user } no puede presidir el acta: hace falta el rol de miembro, presidencia o secretaría.
error-minutes-never-taken = No se tomó acta de { $id }.
error-minutes-format = Diga md o html.
