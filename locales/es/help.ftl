## Ayuda de cada comando, con ejemplos. Los comandos conservan sus palabras en inglés en todas las plataformas.

help-intro = Ayudo a la secretaría a gestionar consultas, reuniones y acciones. Comandos (escriba { $help } para ver detalles y ejemplos):
help-group = — { $group } —

help-consult-new = { $p }consult new "TÍTULO" closes CUÁNDO [opens CUÁNDO] [zone ZONA] [members-only] — crear una consulta (secretaría).
help-consult-new-example = Ejemplo: { $p }consult new "El papel de las políticas públicas en la promoción del multilingüismo en Internet" opens 7 de octubre de 2024 closes 31 de enero de 2025 zone Ginebra
help-consult-question = { $p }consult question R1 "TEXTO" — añadir una pregunta (Q1, Q2, …) a una consulta (secretaría).
help-consult-question-example = Ejemplo: { $p }consult question R1 "¿Cuáles son las ventajas y los desafíos del multilingüismo en Internet?"
help-consult-announce = { $p }consult announce R1 [#canal …] — anunciar una consulta ahora, o en su apertura si esta es posterior (secretaría).
help-consult-announce-example = Ejemplo: { $p }consult announce R1 #cwg-internet #general
help-consult-list = { $p }consult list — consultas abiertas y próximas.
help-consult-list-example = Ejemplo: { $p }consult list
help-consult-respond = { $p }consult respond R1 — responder a las preguntas de una consulta, una por una.
help-consult-respond-example = Ejemplo: { $p }consult respond R1 y, a continuación, envíe un mensaje por respuesta.
help-consult-answer = { $p }consult answer R1 Q1 "TEXTO" — responder directamente a una pregunta (responda de nuevo para modificar su respuesta; se conservan todas las versiones).
help-consult-answer-example = Ejemplo: { $p }consult answer R1 Q1 "Apoyar la aceptación universal de los IDN en todos los servicios públicos."
help-consult-status = { $p }consult status R1 — plazo y tiempo restante; recuentos y participantes para la secretaría y la presidencia.
help-consult-status-example = Ejemplo: { $p }consult status R1
help-consult-export = { $p }consult export R1 csv|md [RUTA] — todas las contribuciones agrupadas por pregunta, con un resumen (secretaría, presidencia).
help-consult-export-example = Ejemplo: { $p }consult export R1 md informe.md
help-consult-close = { $p }consult close R1 — cerrar una consulta inmediatamente (secretaría).
help-consult-close-example = Ejemplo: { $p }consult close R1
help-consult-extend = { $p }consult extend R1 CUÁNDO — reabrir o prorrogar una consulta con un nuevo plazo (secretaría).
help-consult-extend-example = Ejemplo: { $p }consult extend R1 14 de febrero de 2025 23:59 Ginebra
help-consult-reminders = { $p }consult reminders R1 — ver los recordatorios previstos: a quién, cuándo y en qué zona horaria (secretaría).
help-consult-reminders-example = Ejemplo: { $p }consult reminders R1
help-consult-remind = { $p }consult remind R1 7d,1d,2h — cambiar cuándo se envían los recordatorios antes del vencimiento del plazo (secretaría).
help-consult-remind-example = Ejemplo: { $p }consult remind R1 14d,3d,1d

help-meeting-new = { $p }meeting new "TÍTULO" at CUÁNDO [until CUÁNDO] [zone ZONA] [place "LUGAR"] [link URL] [members-only] [rsvp-by CUÁNDO] [capacity N] — crear una reunión (secretaría, presidencia).
help-meeting-new-example = Ejemplo: { $p }meeting new "Consulta abierta del GTC-Internet en el FGI 2024" at 16 de diciembre de 2024 10:00 until 11:30 zone Riad place "FGI, Riad" link https://example.org/join rsvp-by 10 de diciembre de 2024 capacity 60
help-meeting-announce = { $p }meeting announce M1 [#canal …] — publicar la reunión con las instrucciones para confirmar la asistencia (secretaría, presidencia).
help-meeting-announce-example = Ejemplo: { $p }meeting announce M1 #general
help-meeting-rsvp = { $p }meeting rsvp M1 in-person|remote|no — confirmar o cambiar su asistencia.
help-meeting-rsvp-example = Ejemplo: { $p }meeting rsvp M1 remote
help-meeting-list = { $p }meeting list — próximas reuniones, en su zona horaria.
help-meeting-list-example = Ejemplo: { $p }meeting list
help-meeting-attendees = { $p }meeting attendees M1 — quién asiste, cómo y desde dónde (secretaría, presidencia).
help-meeting-attendees-example = Ejemplo: { $p }meeting attendees M1
help-meeting-ics = { $p }meeting ics M1 [RUTA] — un archivo de calendario para la reunión.
help-meeting-ics-example = Ejemplo: { $p }meeting ics M1 sesion-fgi.ics
help-meeting-reminders = { $p }meeting reminders M1 — ver los recordatorios previstos (secretaría, presidencia).
help-meeting-reminders-example = Ejemplo: { $p }meeting reminders M1
help-meeting-remind = { $p }meeting remind M1 1d,1h — cambiar cuándo se avisa a los asistentes antes del inicio (secretaría, presidencia).
help-meeting-remind-example = Ejemplo: { $p }meeting remind M1 2d,2h

help-action-add = { $p }action add [ref REF] "TEXTO" owner @persona|"ENTIDAD" [due CUÁNDO] [meeting M1] — registrar una acción (secretaría, presidencia).
help-action-add-example = Ejemplo: { $p }action add ref 7.3.1 "Iniciar la consulta abierta sobre el multilingüismo" owner "Secretaría de la UIT" due 7 de octubre de 2024
help-action-list = { $p }action list [open|mine|overdue|week|all] [owner @persona|"ENTIDAD"] — consultar las acciones.
help-action-list-example = Ejemplo: { $p }action list overdue
help-action-show = { $p }action show A1|REF — una acción con su historial.
help-action-show-example = Ejemplo: { $p }action show 7.3.1
help-action-update = { $p }action update A1|REF status open|in-progress|blocked|done|cancelled ["NOTA"] — actualizar una acción (su responsable, la presidencia, la secretaría).
help-action-update-example = Ejemplo: { $p }action update 7.3.2 status in-progress "Resumen redactado"
help-action-done = { $p }action done A1|REF ["NOTA"] — marcar una acción como terminada.
help-action-done-example = Ejemplo: { $p }action done 7.3.1 "Consulta iniciada el 7 de octubre"
help-action-edit = { $p }action edit A1|REF text "TEXTO" | owner @usuario|"ENTIDAD" | due FECHA|none | ref REF | meeting M1|none — cambiar una acción, queda en su historial (presidencia, secretaría; su responsable: texto y plazo).
help-action-edit-example = Ejemplo: { $p }action edit 7.3.2 due 22 octubre 2024

help-digest-now = { $p }digest now [#canal] — publicar un resumen: acciones vencidas, próximas a vencer y terminadas, consultas abiertas y reuniones (secretaría, presidencia).
help-digest-now-example = Ejemplo: { $p }digest now #cwg-internet
help-digest-schedule = { $p }digest schedule "lun 09:00" [zone ZONA] [#canal] — publicar un resumen de forma programada (secretaría).
help-digest-schedule-example = Ejemplo: { $p }digest schedule "lun 09:00" zone Europe/Zurich #cwg-internet
help-digest-off = { $p }digest off [#canal] — detener el resumen programado (secretaría).
help-digest-off-example = Ejemplo: { $p }digest off

help-assistant-settings = { $p }assistant settings [tz ZONA | language IDIOMA | quiet HH:MM-HH:MM | organisation "ORGANIZACIÓN" | country PAÍS | group GRUPO] — ver o cambiar su configuración.
help-assistant-settings-example = Ejemplo: { $p }assistant settings tz America/Bogota
help-assistant-role = { $p }assistant role @persona secretariat|chair|member|stakeholder — asignar un rol (secretaría).
help-assistant-role-example = Ejemplo: { $p }assistant role @wojciech chair
help-assistant-channel = { $p }assistant channel language IDIOMA | members-only on|off — configuración de este canal (secretaría).
help-assistant-channel-example = Ejemplo: { $p }assistant channel members-only on
help-assistant-when = { $p }assistant when CUÁNDO — ver cómo interpreto una fecha, en su zona horaria y en UTC.
help-assistant-when-example = Ejemplo: { $p }assistant when 15 de enero de 2025 18:00 AoE
help-assistant-help = { $p }assistant help [COMANDO] — esta ayuda.
help-assistant-help-example = Ejemplo: { $p }assistant help consult new
