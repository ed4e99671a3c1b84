## Mensajes generales, roles, fechas y errores.

when-in-zone = { $local } { $zone }
when-with-others = { $main } ({ $others })
when-read = «{ $text }» se interpreta como { $when }.
when-end-of-day = No se indicó ninguna hora, por lo que se toma el final de ese día (23:59).
note-dst-overlap = Nota: { $when } ocurre dos veces ese día (los relojes se atrasan una hora); se toma la primera.

role-secretariat = secretaría
role-chair = presidencia
role-member = miembro
role-stakeholder = parte interesada

time-left = { $days ->
    [0] { $hours } h { $minutes } min
    [one] 1 día { $hours } h
   *[other] { $days } días { $hours } h
}
unknown-value = sin indicar
list-more = … y { $count } más.

settings-show = Su configuración: zona horaria { $tz }, idioma { $language }, horas de silencio { $quiet }, rol { $role }, organización { $organisation }, país { $country }, grupo de partes interesadas { $group }.
role-granted = { $user } tiene ahora el rol de { $role }.
channel-settings = Canal { $channel }: idioma { $language }, solo para miembros (members-only): { $membersonly ->
    [yes] sí
   *[no] no
}.

error-internal = Lo sentimos, algo salió mal por nuestra parte y no se ha modificado nada. Vuelva a intentarlo; si el problema persiste, informe a la secretaría.
error-busy = El asistente está ocupado y no ha podido hacerlo; no se ha modificado nada. Vuelva a intentarlo en un momento.
error-empty = Escriba un comando, por ejemplo { $help }.
error-unknown-command = No conozco el comando «{ $command }». Escriba { $help } para ver lo que puedo hacer.
error-unknown-verb = Subcomandos de { $group }: { $verbs }.
error-unclosed-quote = Hay unas comillas sin cerrar. Ponga entre "…" todo texto de varias palabras.
error-unexpected = No he entendido «{ $text }» al final del comando.
error-missing-value = «{ $keyword }» debe ir seguido de un valor.
error-too-long = Ese texto es demasiado largo: como máximo { $max } caracteres.
error-not-allowed = Lo sentimos, su rol ({ $role }) no lo permite. No se ha modificado nada. { $granted }
role-granted-by = Los roles los asigna la secretaría: { $people }.
role-granted-by-operator = Todavía nadie tiene el rol de secretaría: quien ejecuta el asistente puede dárselo con «{ $command }».
error-bad-id = «{ $id }» no es un identificador válido; los identificadores tienen la forma { $kind }1.
error-bad-channel = «{ $channel }» no es un canal; los canales tienen la forma #nombre.
error-unknown-user = Todavía no conozco a { $user }; esa persona debe escribirme una primera vez, o la secretaría puede asignarle un rol.
error-missing-user = Indique la persona como @user.
error-missing-role = Indique el rol: secretariat, chair, member o stakeholder.
error-role = «{ $value }» no es un rol; elija uno de estos: { $roles }.
error-last-secretariat = Usted es la última persona con el rol de secretaría; asigne primero ese rol a otra persona.
error-language = «{ $value }» no es un idioma disponible; elija uno de estos: { $languages }.
error-setting-key = «{ $key }» no es un parámetro de configuración; elija uno de estos: { $keys }.
error-quiet = Las horas de silencio se escriben como 22:00-07:00, no «{ $value }».
error-group = «{ $value }» no es un grupo de partes interesadas; elija uno de estos: { $groups }.
error-channel-key = Indique «language IDIOMA» o «members-only on|off».
error-on-off = Indique on u off, no «{ $value }».

error-when-missing = Indique cuándo, por ejemplo «15 de enero de 2025 18:00», «martes 17:00» o «2025-01-31T12:00Z».
error-when-too-long = Una fecha puede tener como máximo { $max } caracteres.
error-when-unreadable = No he podido interpretar «{ $text }» como una fecha. Pruebe con «15 de enero de 2025 18:00», «martes 17:00 Ginebra», «mañana 9:30» o «2025-01-31T12:00Z».
error-when-needs-time = «{ $text }» no indica la hora; añádala, por ejemplo «{ $text } 10:00».
error-when-past = { $when } ya ha pasado. Indique una fecha futura.
error-time-impossible = «{ $text }» no es una hora válida (las horas llegan hasta 23 y los minutos hasta 59).
error-time-nonexistent = «{ $text }» no existe en { $zone }: los relojes se adelantan una hora en ese momento. Elija otra hora.
error-zone-unknown = No conozco la zona horaria «{ $zone }». Use un nombre como Europe/Zurich, una ciudad como Ginebra, UTC+3 o AoE.
error-zone-ambiguous = «{ $zone }» designa zonas distintas según la persona; escriba una de estas: { $choices }.
error-offsets = Los plazos de los recordatorios se escriben como 7d,1d,2h (w semanas, d días, h horas, m minutos), no «{ $text }».
error-schedule = La programación de un resumen se escribe como «lun 09:00», «lun,jue 17:30», «entre semana 09:00» o «todos los días 08:00», no «{ $text }».
error-missing-schedule = Indique cuándo se envía el resumen, por ejemplo «lun 09:00».
error-platform-send = No se pudo entregar el mensaje ({ $reason }). ¿Es el asistente miembro de ese canal?
list-more-names = { $count ->
    [one] { $count } más
   *[other] { $count } más
}
list-more-organisations = { $count ->
    [one] { $count } más
   *[other] { $count } más
}
reply-moved-to-direct = { $user }, mi respuesta está en nuestro chat privado.
error-direct-chat = { $user }, no pude abrir un chat privado con usted, así que mi respuesta no se envió. Abra un chat privado conmigo y pregunte allí.

## Mensajes programados abandonados (para la secretaría).

delivery-failed = ⚠️ No se pudo entregar un mensaje programado para { $to } (previsto para el { $when }) tras { $tries ->
    [one] { $tries } intento
    [many] { $tries } de intentos
   *[other] { $tries } intentos
}: { $reason }. No se volverá a intentar. Clave: { $key }
delivery-reason-not-in-channel = el asistente no está en { $channel }
delivery-reason-missing-scope = la aplicación no tiene el permiso { $scope }
delivery-reason-other = la plataforma respondió { $code }

# The console only: a line that is not a command, outside a guided answer.
hint-not-a-command = Los comandos empiezan por /. Escriba { $help } para ver la lista.

language-name = { $language ->
    [en] inglés
    [fr] francés
    [es] español
    [ru] ruso
    [ar] árabe
    [zh] chino
   *[other] { $language }
}
when-language = Idioma reconocido: { $language }.
error-when-languages = «{ $text }» designa fechas distintas según el idioma: { $first } en { $first_language }, { $second } en { $second_language }. Escriba el mes completo o la fecha como 2025-01-31 18:00.
error-date-impossible = «{ $text }» no es una fecha: { $month } tiene { $days } días.
error-offset-range = Un recordatorio llega entre { $min } y { $max } antes del plazo o del inicio; «{ $text }» queda fuera de ese intervalo.

## Organizaciones y grupos de partes interesadas
stakeholder-group-government = Gobierno
stakeholder-group-private-sector = Sector privado
stakeholder-group-civil-society = Sociedad civil
stakeholder-group-technical-community = Comunidad técnica
stakeholder-group-academia = Mundo académico
stakeholder-group-intergovernmental = Organización intergubernamental
error-country = No conozco el país «{ $value }»; indique su código ISO de dos letras (DE, PY) o su nombre.
error-no-organisation = Un país o un grupo de partes interesadas pertenece a su organización: indíquela primero con { $command }.
error-organisation-field-set = { $field ->
    [country] El país
   *[other] El grupo de partes interesadas
} de { $organisation } ya es { $value }, no { $new }; solo la secretaría puede cambiarlo.
