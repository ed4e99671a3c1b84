## Réunions et réponses aux invitations.

meeting-created = Réunion { $id } créée : « { $title } ».
meeting-when = Date : du { $starts } au { $ends }
meeting-place = Lieu : { $place }
meeting-link = Lien de connexion à distance : { $link }
meeting-rsvp-by = Merci de confirmer votre participation d’ici le { $when }
meeting-capacity = Nombre de places : { $capacity }
meeting-members-only = Réservée aux membres.
meeting-next-steps = Annoncez-la avec { $announce }.
meeting-announcement = 🗓 Réunion { $id } : « { $title } »
meeting-how-to-rsvp = Confirmez votre participation avec { $rsvp }.
meeting-counts = À ce jour : { $inperson } en présentiel, { $remote } à distance{ $waitlist ->
    [0] {""}
   *[other] , { $waitlist } sur liste d’attente
}.
button-rsvp = { $choice ->
    [in-person] En présentiel
    [remote] À distance
   *[no] Je ne participe pas
}
meeting-announced = { $id } annoncée dans { $channels }.
rsvp-recorded = Votre réponse pour { $id } « { $title } » : { $choice ->
    [in-person] participation en présentiel
    [remote] participation à distance
   *[no] pas de participation
}{ $waitlisted ->
    [yes] {" "}— la salle est complète, vous figurez donc sur la liste d’attente ; nous vous préviendrons si une place se libère.
   *[no] .
}
rsvp-night-warning = Remarque : la réunion commence le { $when }, en pleine nuit pour vous.
rsvp-promoted = Bonne nouvelle : une place s’est libérée et votre participation à { $id } « { $title } » le { $when } est confirmée.
meetings-none = Aucune réunion à venir.
meetings-header = { $count ->
    [one] { $count } réunion à venir :
   *[other] { $count } réunions à venir :
}
meetings-line = { $id } « { $title } » — { $when }{ $has_place ->
    [yes] , { $place }
   *[no] {""}
} — votre réponse : { $rsvp ->
    [in-person] en présentiel
    [remote] à distance
    [no] pas de participation
    [waitlist] liste d’attente
   *[none] pas encore de réponse
}
attendees-header = Participation à { $id } « { $title } » :
attendees-counts = En présentiel : { $inperson } · À distance : { $remote } · Ne participent pas : { $no } · Liste d’attente : { $waitlist }
attendees-group = { $choice ->
    [in-person] En présentiel
    [remote] À distance
    [no] Ne participent pas
   *[waitlist] Liste d’attente
} : { $names }
attendees-by-country = Par pays : { $counts }
attendees-by-organisation = Par organisation : { $counts }
attendees-count = { $name } : { $count }
ics-ready = Fichier de calendrier pour { $id } : { $path }
reminder-rsvp = ⏰ Merci de confirmer votre participation à { $id } « { $title } » d’ici le { $when } : { $rsvp }
reminder-meeting = ⏰ Rappel : { $id } « { $title } » commence le { $when }. { $place }
error-missing-meeting = Indiquez la réunion, par exemple M1.
error-unknown-meeting = La réunion { $id } n’existe pas.
error-missing-at = Indiquez l’heure de début de la réunion : at QUAND.
error-bad-link = « { $link } » n’est pas un lien web (https://…).
error-capacity = Le nombre de places doit être un nombre entier supérieur à zéro, et non « { $value } ».
error-ends-before-start = Une réunion doit se terminer après son début.
error-rsvp-after-start = La date limite de réponse doit précéder le début de la réunion.
error-rsvp-choice = Indiquez in-person, remote ou no.
error-rsvp-closed = Les réponses à l’invitation à { $id } sont closes depuis le { $when }.
error-meeting-past = { $id } a déjà commencé.

## Modifier et annuler une réunion.

meeting-updated = { $id } « { $title } » modifiée ; { $count ->
    [0] personne n’avait encore répondu, personne n’a donc été prévenu.
    [one] la personne inscrite ou en liste d’attente a été prévenue :
   *[other] les { $count } personnes inscrites ou en liste d’attente ont été prévenues :
}
meeting-changed = 🗓 { $id } « { $title } » a changé :
meeting-cancelled = { $id } « { $title } » annulée ; { $count ->
    [0] personne n’avait encore répondu, personne n’a donc été prévenu.
    [one] la personne inscrite ou en liste d’attente a été prévenue.
   *[other] les { $count } personnes inscrites ou en liste d’attente ont été prévenues.
}
meeting-cancelled-dm = ❌ { $id } « { $title } » du { $when } est annulée.
meeting-announcement-cancelled = ❌ Annulée : réunion { $id } « { $title } »
meeting-cancel-reason = Motif : { $reason }
meetings-line-cancelled = { $id } « { $title } » — { $when } — annulée
error-meeting-cancelled = { $id } a été annulée ; elle ne peut plus être modifiée ni recevoir de réponses.
error-nothing-to-change = Rien à modifier dans { $id } : indiquez at, until, place, link, capacity ou rsvp-by avec une nouvelle valeur.

## Procès-verbal pris dans un canal : /meeting start, les lignes #, /meeting end, /meeting minutes.

minutes-started = 📝 Le procès-verbal de { $id } « { $title } » est pris dans ce canal, présidé par { $chair }. Les lignes qui commencent par #topic, #info, #agreed, #action ou #link sont consignées ; #undo retire la dernière, #chair @quelqu’un passe la main, { $end } le termine.
minutes-recorded = ✓ #{ $kind } consigné.
minutes-action-recorded = ✓ Action { $id } consignée :
minutes-undone = ↶ Dernière ligne retirée : #{ $kind } { $text }
minutes-chair = { $user } préside désormais le procès-verbal de { $id }.
minutes-header = 📝 Procès-verbal de { $id } « { $title } », depuis { $started }, présidé par { $chair }
minutes-nothing = Rien n’a été consigné.
minutes-topic = { $has_number ->
    [yes] { $number } { $title }
   *[no] { $title }
}
minutes-info = Info : { $text } ({ $user })
minutes-agreed = Convenu : { $text }
minutes-action = Action { $id } : { $text } — { $owner }{ $has_due ->
    [yes] , échéance : { $due }
   *[no] {""}
}
minutes-link = Lien : { $url } { $text } ({ $user })
minutes-file-sent = Le procès-verbal de { $id } « { $title } », en fichier Markdown ({ $path }).
minutes-export-ready = Le procès-verbal de { $id } en { $format } : { $path }
error-minutes-no-channel = Un procès-verbal se prend dans un canal : commencez-le là-bas.
error-minutes-running = Le procès-verbal de { $id } est déjà pris dans ce canal ; terminez-le d’abord avec { $end }.
error-minutes-elsewhere = Le procès-verbal de { $id } est pris dans { $channel } ; terminez-le d’abord là-bas.
error-minutes-members-only = { $id } est réservée aux membres : prenez son procès-verbal dans un canal réservé aux membres.
error-minutes-not-running = Aucun procès-verbal de { $id } n’est en cours.
error-minutes-none-here = Aucun procès-verbal n’est pris dans ce canal ; commencez-en un avec { $start }.
error-minutes-control = Seuls { $chair }, qui préside le procès-verbal, ou le secrétariat peuvent utiliser { $what }.
error-minutes-empty = #{ $kind } doit être suivi de texte, par exemple : { $example }
error-minutes-link = #link doit d’abord donner une adresse web, par exemple : #link https://www.itu.int/cwg-internet Page de la consultation
error-minutes-owner = Commencez #action par son responsable, une personne (@nom) ou un organe entre guillemets, puis l’action, par exemple : #action "Secrétariat de l’UIT" Lancer la consultation ouverte due 1 octobre 2024
error-minutes-undo-nothing = Rien n’a encore été consigné : il n’y a rien à retirer.
error-minutes-chair = Dites qui préside ensuite le procès-verbal, par exemple : #chair @lena
error-minutes-chair-role = { $user } ne peut pas présider le procès-verbal : il faut le rôle membre, présidence ou secrétariat.
error-minutes-never-taken = Aucun procès-verbal n’a été pris pour { $id }.
error-minutes-format = Dites md ou html.
