## Messages généraux, rôles, dates et erreurs.

when-in-zone = { $local } { $zone }
when-with-others = { $main } ({ $others })
when-read = « { $text } » est compris comme : { $when }.
when-end-of-day = Aucune heure n’a été indiquée : la fin de la journée (23:59) est retenue.
note-dst-overlap = Remarque : { $when } survient deux fois ce jour-là (les horloges reculent d’une heure) ; la première occurrence est retenue.

role-secretariat = secrétariat
role-chair = présidence
role-member = membre
role-stakeholder = partie prenante

time-left = { $days ->
    [0] { $hours } h { $minutes } min
    [one] 1 jour { $hours } h
   *[other] { $days } jours { $hours } h
}
unknown-value = non renseigné
list-more = … et { $count ->
    [one] { $count } autre.
   *[other] { $count } autres.
}

settings-show = Vos paramètres : fuseau horaire { $tz }, langue { $language }, heures de silence { $quiet }, rôle { $role }, organisation { $organisation }, pays { $country }, groupe de parties prenantes { $group }.
role-granted = { $user } a désormais le rôle : { $role }.
channel-settings = Canal { $channel } : langue { $language }, réservé aux membres (members-only) : { $membersonly ->
    [yes] oui
   *[no] non
}.

error-internal = Désolé, un problème est survenu de notre côté et rien n’a été modifié. Veuillez réessayer ; si le problème persiste, veuillez en informer le secrétariat.
error-busy = L’assistant est occupé et n’a pas pu faire cela ; rien n’a été modifié. Veuillez réessayer dans un instant.
error-empty = Saisissez une commande, par exemple { $help }.
error-unknown-command = Je ne connais pas la commande « { $command } ». Tapez { $help } pour voir ce que je peux faire.
error-unknown-verb = Sous-commandes de { $group } : { $verbs }.
error-unclosed-quote = Un guillemet n’est pas fermé. Placez tout texte de plusieurs mots entre "…".
error-unexpected = Je n’ai pas compris « { $text } » à la fin de la commande.
error-missing-value = « { $keyword } » doit être suivi d’une valeur.
error-too-long = Ce texte est trop long : { $max } caractères au maximum.
error-not-allowed = Désolé, votre rôle ({ $role }) ne le permet pas. Rien n’a été modifié. { $granted }
role-granted-by = Les rôles sont attribués par le secrétariat : { $people }.
role-granted-by-operator = Personne n’est encore secrétariat : la personne qui fait tourner l’assistant peut vous donner ce rôle avec « { $command } ».
error-bad-id = « { $id } » n’est pas un identifiant valide ; les identifiants se présentent sous la forme { $kind }1.
error-bad-channel = « { $channel } » n’est pas un canal ; les canaux se présentent sous la forme #nom.
error-unknown-user = Je ne connais pas encore { $user } : cette personne doit m’écrire une première fois, ou le secrétariat peut lui attribuer un rôle.
error-missing-user = Désignez la personne sous la forme @user.
error-missing-role = Indiquez le rôle : secretariat, chair, member ou stakeholder.
error-role = « { $value } » n’est pas un rôle ; choisissez parmi : { $roles }.
error-last-secretariat = Vous êtes la dernière personne à détenir le rôle de secrétariat ; attribuez d’abord ce rôle à quelqu’un d’autre.
error-language = « { $value } » n’est pas une langue prise en charge ; choisissez parmi : { $languages }.
error-setting-key = « { $key } » n’est pas un paramètre ; choisissez parmi : { $keys }.
error-quiet = Les heures de silence s’écrivent sous la forme 22:00-07:00, et non « { $value } ».
error-group = « { $value } » n’est pas un groupe de parties prenantes ; choisissez parmi : { $groups }.
error-channel-key = Indiquez « language LANGUE » ou « members-only on|off ».
error-on-off = Indiquez on ou off, et non « { $value } ».

error-when-missing = Indiquez quand, par exemple « 15 janvier 2025 18:00 », « mardi 17:00 » ou « 2025-01-31T12:00Z ».
error-when-too-long = Une date ne peut pas dépasser { $max } caractères.
error-when-unreadable = Je n’ai pas pu interpréter « { $text } » comme une date. Essayez « 15 janvier 2025 18:00 », « mardi 17:00 Genève », « demain 9:30 » ou « 2025-01-31T12:00Z ».
error-when-needs-time = « { $text } » ne comporte pas d’heure ; veuillez en ajouter une, par exemple « { $text } 10:00 ».
error-when-past = { $when } est déjà passé. Veuillez indiquer une date future.
error-time-impossible = « { $text } » n’est pas une heure valide (les heures vont jusqu’à 23, les minutes jusqu’à 59).
error-time-nonexistent = « { $text } » n’existe pas dans le fuseau { $zone } : les horloges avancent d’une heure à ce moment-là. Veuillez choisir une autre heure.
error-zone-unknown = Je ne connais pas le fuseau horaire « { $zone } ». Utilisez un nom comme Europe/Zurich, une ville comme Genève, UTC+3 ou AoE.
error-zone-ambiguous = « { $zone } » désigne des fuseaux différents selon les personnes ; veuillez écrire l’un des suivants : { $choices }.
error-offsets = Les délais de rappel s’écrivent sous la forme 7d,1d,2h (w semaines, d jours, h heures, m minutes), et non « { $text } ».
error-schedule = Un calendrier de récapitulatif s’écrit sous la forme « lun 09:00 », « lun,jeu 17:30 », « en semaine 09:00 » ou « tous les jours 08:00 », et non « { $text } ».
error-missing-schedule = Indiquez quand le récapitulatif doit être envoyé, par exemple « lun 09:00 ».
error-platform-send = Le message n'a pas pu être remis ({ $reason }). L'assistant est-il membre de ce canal ?
list-more-names = { $count ->
    [one] { $count } autre
   *[other] { $count } autres
}
list-more-organisations = { $count ->
    [one] { $count } autre
   *[other] { $count } autres
}
reply-moved-to-direct = { $user }, ma réponse se trouve dans notre conversation privée.
error-direct-chat = { $user }, je n’ai pas pu ouvrir de conversation privée avec vous : ma réponse n’a donc pas été envoyée. Ouvrez une conversation privée avec moi et posez votre question là.

## Messages programmés abandonnés (pour le secrétariat).

delivery-failed = ⚠️ Un message programmé pour { $to } (prévu le { $when }) n’a pas pu être remis après { $tries ->
    [one] { $tries } tentative
    [many] { $tries } de tentatives
   *[other] { $tries } tentatives
} : { $reason }. Il ne sera plus réessayé. Clé : { $key }
delivery-reason-not-in-channel = l’assistant n’est pas dans { $channel }
delivery-reason-missing-scope = l’application n’a pas l’autorisation { $scope }
delivery-reason-other = la plateforme a répondu { $code }

# The console only: a line that is not a command, outside a guided answer.
hint-not-a-command = Les commandes commencent par /. Tapez { $help } pour la liste.

language-name = { $language ->
    [en] anglais
    [fr] français
    [es] espagnol
    [ru] russe
    [ar] arabe
    [zh] chinois
   *[other] { $language }
}
when-language = Langue reconnue : { $language }.
error-when-languages = « { $text } » désigne des dates différentes selon la langue : { $first } en { $first_language }, { $second } en { $second_language }. Veuillez écrire le mois en toutes lettres, ou la date sous la forme 2025-01-31 18:00.
error-date-impossible = « { $text } » n’est pas une date : { $month } compte { $days } jours.
error-offset-range = Un rappel se situe entre { $min } et { $max } avant l’échéance ou le début ; « { $text } » est hors de cette plage.

## Organisations et groupes de parties prenantes
stakeholder-group-government = Gouvernement
stakeholder-group-private-sector = Secteur privé
stakeholder-group-civil-society = Société civile
stakeholder-group-technical-community = Communauté technique
stakeholder-group-academia = Milieux universitaires
stakeholder-group-intergovernmental = Organisation intergouvernementale
error-country = Je ne connais pas le pays « { $value } » ; donnez son code ISO à deux lettres (DE, PY) ou son nom.
error-no-organisation = Un pays ou un groupe de parties prenantes appartient à votre organisation : nommez-la d’abord avec { $command }.
error-organisation-field-set = { $field ->
    [country] Le pays
   *[other] Le groupe de parties prenantes
} de { $organisation } est déjà { $value }, et non { $new } ; seul le secrétariat peut le modifier.
