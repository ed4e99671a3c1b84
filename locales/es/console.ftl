## Los comandos propios del adaptador de consola.

console-welcome = Asistente de consultas — consola. Usted es { $user } en { $channel }. Los comandos empiezan por «/»; pruebe /assistant help. Solo en la consola: /as @user, /in #channel{ $simulated ->
    [yes] , /clock +2d o /clock 2025-01-31T12:00Z (reloj simulado: { $now })
   *[no] {""}
}, /quit.
console-first-start = Todavía nadie tiene el rol de secretaría. Para obtenerlo, salga (/quit) y ejecute «{ $command }», o inicie con ASSISTANT_ADMINS={ $user }.
console-as = Ahora habla como { $user }.
console-as-usage = Escriba /as @user.
console-in = Ahora está en { $channel }.
console-in-usage = Escriba /in #channel.
console-clock = Reloj: { $now }
console-clock-usage = Escriba /clock +2d (w, d, h, m) o /clock 2025-01-31T12:00Z (no en el pasado).
console-clock-real = El reloj es real; inicie la consola con --now 2024-10-07T08:00Z para viajar en el tiempo.
console-file-error = No se pudo escribir { $path }: { $reason }
console-file-progress = Escribiendo { $path }… { $kilobytes } KB hasta ahora.

## La línea de comandos y la demostración.

cli-adapter-unavailable = El adaptador «{ $adapter }» no está disponible en esta versión; utilice console.
cli-database-ready = La base de datos está actualizada.
config-positive-number = Error de configuración: { $name } debe ser un número positivo.
config-log-level = Error de configuración: { $name } debe ser DEBUG, INFO, WARNING o ERROR.
demo-export-summary = Resumen de la exportación ({ $file })
demo-explore = Se conserva la base de datos de demostración. Explórela con: { $command }
cli-bad-instant = «{ $text }» no es un instante ISO 8601 con zona horaria, como 2024-10-07T08:00Z.
cli-slack-http = Escuchando a Slack en el puerto { $port }, ruta /slack/events.
cli-slack-socket = Conectado a Slack mediante Socket Mode.
config-missing = Error de configuración: { $name } no está definido.
cli-matrix-ready = Conectado a Matrix como { $user }.
console-file-outside = { $path } está fuera de la carpeta de exportación { $folder }, así que no se escribió nada. Indique una ruta dentro de ella, o ninguna para ver el archivo aquí.
config-export-dir = Error de configuración: { $name } debe indicar una carpeta existente.

## assistant status: los mensajes programados vistos desde fuera.

cli-status-header = Mensajes programados a { $now }, por tipo:
cli-status-kind = { $kind }: pendientes { $pending }, tomados { $claimed }, abandonados { $failed }, enviados { $sent }, caducados { $dropped }, omitidos { $skipped }, cancelados { $cancelled }
cli-status-empty = No hay mensajes programados.
cli-status-oldest = El más antiguo vencido y no enviado: { $key } (previsto para { $due }), tomas { $attempts }, fallos { $failures }
cli-status-next-try = Próximo intento: { $at }
cli-status-last-error = Último error: { $error }
cli-status-none-due = Ningún mensaje pendiente ha vencido.

## Importación y exportación de la lista de personas (línea de comandos)
roster-line-bad = Línea { $line }: { $reason }
roster-line-added = Línea { $line }: { $platform } { $user } — añadido ({ $columns })
roster-line-changed = Línea { $line }: { $platform } { $user } — modificado: { $columns }
roster-summary = { $dryrun ->
    [yes] Prueba sin cambios: no se ha modificado nada. Se añadirían: { $added } · se modificarían: { $changed } · sin cambios: { $unchanged } · organizaciones nuevas: { $organisations }
   *[other] Importación hecha. Añadidos: { $added } · modificados: { $changed } · sin cambios: { $unchanged } · organizaciones nuevas: { $organisations }
}
roster-unchanged = Nada que cambiar: cada línea ya coincide con lo conocido (personas: { $count }).
roster-refused = No se ha importado nada; líneas erróneas: { $count }. Corríjalas e importe de nuevo el archivo.
roster-exported = Lista escrita en { $path } (personas: { $count }).
roster-error-file = No se puede leer ni escribir { $path }: { $reason }
roster-error-header = La primera línea debe ser exactamente: { $header }
roster-error-cells = Se esperaban { $expected } celdas y hay { $count }.
roster-error-platform = «{ $value }» no es una plataforma; use una de estas: { $platforms }.
roster-error-user = Falta el user_id.
roster-error-no-organisation = Un país o un grupo de partes interesadas requiere una organización en la misma línea.
roster-error-duplicate = La misma persona que en la línea { $other }.
roster-error-conflict = { $column ->
    [country] El país
   *[other] El grupo de partes interesadas
} de { $organisation } se indica de otra forma en la línea { $other }.
