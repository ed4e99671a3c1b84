## Consultations.

round-created = Consultation { $id } créée : « { $title } ».
round-opens = Ouverture : { $when }
round-closes = Clôture : { $when }
round-next-steps = Ajoutez ensuite des questions avec { $question }, puis annoncez la consultation.
question-added = Question { $id } ajoutée à { $round } : { $text }
question-line = { $id }. { $text }
round-announcement = 📣 Consultation ouverte { $id } : « { $title } »
round-members-only = (réservée aux membres)
round-deadline = Date limite : { $when } — il reste { $left }.
button-respond = Répondre
round-how-to-respond = Pour répondre : { $respond } (une question à la fois) ou { $answer }.
round-announced = { $id } annoncée dans { $channels }.
round-announce-scheduled = { $id } sera annoncée dans { $channels } à son ouverture : { $when }.
rounds-none = Aucune consultation n’est ouverte ou à venir.
rounds-header = { $count ->
    [one] { $count } consultation :
   *[other] { $count } consultations :
}
rounds-line-open = { $id } « { $title } » — ouverte, clôture le { $closes } (il reste { $left })
rounds-line-upcoming = { $id } « { $title } » — ouverture le { $opens }
respond-start = Réponse à { $id } : « { $title } ». Répondez à chaque question dans un message ; envoyez « - » pour conserver votre réponse précédente.
respond-ask = { $round } { $id } (sur { $total }) : { $text }{ $has_previous ->
    [yes] {" "}(Votre réponse précédente : « { $previous } »)
   *[no] {""}
}
respond-done = Merci, vos réponses à { $id } sont enregistrées. Vous pouvez les modifier jusqu’à la date limite.
answer-received = Accusé de réception : votre réponse à { $round } { $id } est enregistrée (version { $version }). Vous pouvez la modifier jusqu’au { $when }.
status-header = { $id } « { $title } » — { $state ->
    [open] ouverte
    [upcoming] pas encore ouverte
   *[closed] close
}
status-dates = Ouverture le { $opens } ; clôture le { $closes }.
status-time-left = Temps restant : { $left }.
status-questions = { $count ->
    [0] Aucune question pour l’instant.
    [one] { $count } question.
   *[other] { $count } questions.
}
status-yours = Questions auxquelles vous avez répondu : { $answered } sur { $total }.
status-inputs = { $respondents ->
    [0] Aucune contribution pour l’instant.
    [one] Contributions : { $count }, reçues de { $respondents } participant.
   *[other] Contributions : { $count }, reçues de { $respondents } participants.
}
status-per-question = { $id } : { $count }
status-by-group = Par groupe de parties prenantes :
status-by-country = Par pays :
status-by-organisation = Par organisation :
status-count-line = · { $name } : { $count }
status-group-rate = · { $name } : { $count } sur { $invited } invités ({ $rate })
status-count-more = · Autres ({ $count }) : { $respondents }
status-respondents = Participants : { $names }
status-waiting = Pas encore de réponse : { $count }{ $count ->
    [0] {""}
   *[other] {" "}— { $names }
}
export-ready = { $count ->
    [0] { $id } exportée au format { $format }, sans contribution pour l’instant : { $path }
    [one] { $count } contribution exportée pour { $id } au format { $format } : { $path }
   *[other] { $count } contributions exportées pour { $id } au format { $format } : { $path }
}
export-col-question = Question
export-col-question-text = Texte de la question
export-col-respondent = Participant
export-col-organisation = Organisation
export-col-country = Pays
export-col-group = Groupe de parties prenantes
export-col-submitted = Date d’envoi (UTC)
export-col-version = Version
export-col-answer = Réponse
export-md-period = Consultation ouverte du { $opens } au { $closes }.
export-md-summary = Résumé
export-md-totals = { $respondents ->
    [0] Aucune contribution pour l’instant.
   *[other] { $inputs ->
        [one] { $inputs } contribution
       *[other] { $inputs } contributions
    } de { $respondents ->
        [one] { $respondents } participant
       *[other] { $respondents } participants
    }.
}
export-md-by-group = Par groupe de parties prenantes
export-md-by-country = Par pays
export-md-by-organisation = Par organisation
round-closed = { $id } est close ; plus aucune contribution n’est acceptée.
round-closed-announcement = 🔒 La consultation { $id } « { $title } » est désormais close. { $respondents ->
    [0] Aucune contribution n’a été reçue.
    [one] Merci à la personne qui y a contribué.
   *[other] Merci aux { $respondents } participants qui y ont contribué.
}
round-closed-announcement-organisations = 🔒 La consultation { $id } « { $title } » est désormais close. { $organisations ->
    [0] Aucune organisation n’a contribué.
    [one] Merci à l’organisation qui y a contribué.
   *[other] Merci aux { $organisations } organisations qui y ont contribué.
}
round-extended = Nouvelle date de clôture de { $id } : { $when }.
round-extended-announcement = ⏳ La consultation { $id } « { $title } » est prolongée : elle sera close le { $when }. Répondez avec { $respond }.
reminders-header = Rappels prévus pour { $id } ({ $offsets }) : { $count }
reminder-kind = { $kind ->
    [round-open] ouverture de la consultation
    [round-due] avant la date limite
    [rsvp-due] date limite de réponse à l’invitation
    [action-due] avant l’échéance
    [action-overdue] en retard
   *[meeting-start] début de la réunion
}
reminders-line-person = { $when } → { $user } ({ reminder-kind })
reminders-line-channel = { $when } → { $channel } ({ reminder-kind })
reminders-set = Les rappels pour { $id } seront désormais envoyés { $offsets } avant l’échéance.
reminder-round-open = 📣 La consultation { $id } « { $title } » est ouverte jusqu’au { $when }. Répondez avec { $respond }.
reminder-round-due = ⏰ Rappel : la consultation { $id } « { $title } » sera close le { $when } (il reste { $left }). Répondez avec { $respond }.
error-missing-title = Indiquez un titre entre guillemets, par exemple "Multilinguisme sur l’Internet".
error-missing-closes = Indiquez la date de clôture de la consultation : closes QUAND.
error-missing-round = Indiquez la consultation, par exemple R1.
error-missing-question = Indiquez la question, par exemple Q1.
error-missing-text = Indiquez le texte entre guillemets.
error-unknown-round = La consultation { $id } n’existe pas.
error-unknown-question = { $round } ne comporte pas de question { $id }.
error-round-closed = { $id } est close.
error-round-late = Désolé, { $id } a été close le { $when } ; les contributions tardives ne sont pas acceptées.
error-round-not-open = { $id } ne sera ouverte que le { $when }.
error-round-no-questions = { $id } ne comporte encore aucune question.
error-too-many-questions = Une consultation peut comporter au maximum { $max } questions.
error-opens-after-closes = Une consultation doit s’ouvrir avant sa clôture.
error-members-only-channel = { $channel } n’est pas un canal réservé aux membres ; les éléments réservés aux membres ne sont annoncés que dans les canaux réservés aux membres.
error-export-format = Indiquez csv ou md.
form-title = Répondre à { $id }
form-submit = Envoyer
form-received = Merci : vos réponses à { $id } sont enregistrées.
error-extend-earlier = { $id } sera close le { $current }. { $when } n’est pas postérieur : ce ne peut pas être une prolongation ; rien n’a été modifié. Pour clore la consultation maintenant, utilisez { $close }.

## Consultations par organisation.
round-per-organisation = (une contribution par organisation : chacun de ses délégués peut la donner ou la modifier)
round-set-per-organisation = { $id } : { $value ->
    [on] une contribution par organisation ; chacun de ses délégués peut la donner ou la modifier.
   *[off] une contribution par personne.
}
error-round-setting = Écrivez « per-organisation on » ou « per-organisation off » (réglages : { $keys }).
error-round-set-opened = { $id } est déjà ouverte : { $setting } ne peut être modifié qu’avant l’ouverture d’une consultation.
error-round-no-organisation = { $id } reçoit une contribution par organisation, et aucune organisation n’est indiquée pour vous. Indiquez la vôtre avec { $setting }, puis répondez.
answer-received-organisation = Accusé de réception : la réponse de { $organisation } à { $round } { $id } est enregistrée (version { $version }). Chaque délégué de { $organisation } peut la modifier jusqu’au { $when }.
status-organisations = { $invited ->
    [0] Organisations ayant répondu : aucune invitée pour l’instant.
    [one] Organisations ayant répondu : { $count } sur 1 invitée ({ $rate }).
   *[other] Organisations ayant répondu : { $count } sur { $invited } invitées ({ $rate }).
}
status-no-organisation = { $count ->
    [one] { $count } personne invitée n’a pas d’organisation indiquée et ne peut pas encore répondre.
   *[other] { $count } personnes invitées n’ont pas d’organisation indiquée et ne peuvent pas encore répondre.
}
