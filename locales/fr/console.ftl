## Les commandes propres à l’adaptateur console.

console-welcome = Assistant de consultation — console. Vous êtes { $user } dans { $channel }. Les commandes commencent par « / » ; essayez /assistant help. Propres à la console : /as @user, /in #channel{ $simulated ->
    [yes] , /clock +2d ou /clock 2025-01-31T12:00Z (horloge simulée : { $now })
   *[no] {""}
}, /quit.
console-first-start = Personne n’est encore secrétariat. Pour le devenir, quittez (/quit) et lancez « { $command } », ou démarrez avec ASSISTANT_ADMINS={ $user }.
console-as = Vous parlez désormais en tant que { $user }.
console-as-usage = Tapez /as @user.
console-in = Vous êtes désormais dans { $channel }.
console-in-usage = Tapez /in #channel.
console-clock = Horloge : { $now }
console-clock-usage = Tapez /clock +2d (w, d, h, m) ou /clock 2025-01-31T12:00Z (pas dans le passé).
console-clock-real = L’horloge est réelle ; lancez la console avec --now 2024-10-07T08:00Z pour voyager dans le temps.
console-file-error = Impossible d’écrire { $path } : { $reason }
console-file-progress = Écriture de { $path }… { $kilobytes } Ko jusqu’ici.

## La ligne de commande et la démonstration.

cli-adapter-unavailable = L’adaptateur « { $adapter } » n’est pas disponible dans cette version ; utilisez console.
cli-database-ready = La base de données est à jour.
config-positive-number = Erreur de configuration : { $name } doit être un nombre positif.
config-log-level = Erreur de configuration : { $name } doit valoir DEBUG, INFO, WARNING ou ERROR.
demo-export-summary = Résumé de l’export ({ $file })
demo-explore = La base de données de démonstration est conservée. Explorez-la avec : { $command }
cli-bad-instant = « { $text } » n’est pas un instant ISO 8601 avec fuseau horaire, par exemple 2024-10-07T08:00Z.
cli-slack-http = À l'écoute de Slack sur le port { $port }, chemin /slack/events.
cli-slack-socket = Connecté à Slack en Socket Mode.
config-missing = Erreur de configuration : { $name } n'est pas défini.
cli-matrix-ready = Connecté à Matrix en tant que { $user }.
console-file-outside = { $path } se trouve hors du dossier d’export { $folder } : rien n’a été écrit. Indiquez un chemin à l’intérieur de ce dossier, ou aucun pour afficher le fichier ici.
config-export-dir = Erreur de configuration : { $name } doit désigner un dossier existant.

## assistant status : les messages programmés vus de l’extérieur.

cli-status-header = Messages programmés au { $now }, par type :
cli-status-kind = { $kind } : en attente { $pending }, pris { $claimed }, abandonnés { $failed }, envoyés { $sent }, expirés { $dropped }, sautés { $skipped }, annulés { $cancelled }
cli-status-empty = Aucun message programmé.
cli-status-oldest = Le plus ancien dû et non envoyé : { $key } (prévu le { $due }), prises { $attempts }, échecs { $failures }
cli-status-next-try = Prochain essai : { $at }
cli-status-last-error = Dernière erreur : { $error }
cli-status-none-due = Aucun message en attente n’est dû.

## Import et export de la liste des personnes (ligne de commande)
roster-line-bad = Ligne { $line } : { $reason }
roster-line-added = Ligne { $line } : { $platform } { $user } — ajouté ({ $columns })
roster-line-changed = Ligne { $line } : { $platform } { $user } — modifié : { $columns }
roster-summary = { $dryrun ->
    [yes] Essai à blanc, rien n’a été modifié. Ajouts : { $added } · modifications : { $changed } · inchangés : { $unchanged } · nouvelles organisations : { $organisations }
   *[other] Import terminé. Ajouts : { $added } · modifications : { $changed } · inchangés : { $unchanged } · nouvelles organisations : { $organisations }
}
roster-unchanged = Rien à modifier : chaque ligne correspond déjà à ce qui est connu (personnes : { $count }).
roster-refused = Rien n’a été importé ; lignes erronées : { $count }. Corrigez-les et importez à nouveau le fichier.
roster-exported = Liste écrite dans { $path } (personnes : { $count }).
roster-error-file = Impossible de lire ou d’écrire { $path } : { $reason }
roster-error-header = La première ligne doit être exactement : { $header }
roster-error-cells = { $expected } cellules attendues, { $count } trouvées.
roster-error-platform = « { $value } » n’est pas une plateforme ; choisissez parmi : { $platforms }.
roster-error-user = L’identifiant user_id manque.
roster-error-no-organisation = Un pays ou un groupe de parties prenantes exige une organisation sur la même ligne.
roster-error-duplicate = La même personne qu’à la ligne { $other }.
roster-error-conflict = { $column ->
    [country] Le pays
   *[other] Le groupe de parties prenantes
} de { $organisation } est indiqué autrement à la ligne { $other }.
