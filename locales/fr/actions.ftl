## Actions et récapitulatifs.

action-added = Action { $id } enregistrée :
action-line = { $has_ref ->
    [yes] { $ref } ({ $id })
   *[no] { $id }
} { $text } — { $owner } — { $status ->
    [open] ouverte
    [in-progress] en cours
    [blocked] bloquée
    [done] terminée
   *[cancelled] annulée
}{ $has_due ->
    [yes] , échéance : { $due }{ $overdue ->
        [yes] {" "}⚠ en retard
       *[no] {""}
    }
   *[no] {""}
}
actions-header = { $filter ->
    [mine] Vos actions
    [overdue] Actions en retard
    [week] Actions arrivant à échéance cette semaine
    [all] Toutes les actions
   *[open] Actions ouvertes
} ({ $count }) :
actions-none = { $filter ->
    [mine] Vous n’avez aucune action ouverte.
    [overdue] Aucune action n’est en retard.
    [week] Aucune action n’arrive à échéance cette semaine.
    [all] Aucune action n’a été enregistrée.
   *[open] Aucune action n’est ouverte.
}
action-meeting = Convenue lors de la réunion { $id } « { $title } ».
action-history-header = Historique :
action-history-line = · { $when } { $user } : { $status ->
    [open] ouverte
    [in-progress] en cours
    [blocked] bloquée
    [done] terminée
   *[cancelled] annulée
}{ $has_note ->
    [yes] {" "}— { $note }
   *[no] {""}
}
action-updated = L’action { $id } est désormais { $status ->
    [open] ouverte
    [in-progress] en cours
    [blocked] bloquée
    [done] terminée
   *[cancelled] annulée
}.
error-missing-action = Indiquez l’action, par son identifiant (A1) ou sa référence (7.3.1).
error-unknown-action = L’action { $id } n’existe pas.
error-missing-owner = Indiquez qui est responsable de l’action : owner @user ou owner "Nom de l’organe".
error-bad-ref = « { $ref } » n’est pas une référence utilisable ; utilisez par exemple 7.3.1.
error-ref-taken = La référence { $ref } est déjà utilisée par une autre action.
error-missing-status = Indiquez : status open|in-progress|blocked|done|cancelled.
error-bad-status = « { $value } » n’est pas un statut ; choisissez open, in-progress, blocked, done ou cancelled.
error-action-filter = « { $value } » n’est pas une liste ; choisissez open, mine, overdue, week ou all.
error-not-owner = Seuls le ou la responsable de { $id }, la présidence ou le secrétariat peuvent mettre cette action à jour.
action-edited = { $field ->
    [text] Texte modifié
    [owner] Responsable modifié
    [due] Échéance modifiée
    [ref] Référence modifiée
   *[meeting] Réunion modifiée
} pour { $id } :
action-unchanged = { $id } a déjà { $field ->
    [text] ce texte
    [owner] ce ou cette responsable
    [due] cette échéance
    [ref] cette référence
   *[meeting] cette réunion
}. Rien n’a été modifié.
action-history-edit = · { $when } { $user } : { $field ->
    [text] texte modifié en « { $value } »
    [owner] responsable désormais { $value }
    [due] { $cleared ->
        [yes] échéance supprimée
       *[no] échéance fixée au { $value }
    }
    [ref] référence modifiée en { $value }
   *[meeting] { $cleared ->
        [yes] n’est plus rattachée à une réunion
       *[no] rattachée à la réunion { $value }
    }
}
error-edit-field = Dites quoi modifier : text "TEXTE", owner @personne|"ENTITÉ", due DATE|none, ref RÉF ou meeting M1|none.
error-edit-organisers = Seuls la présidence ou le secrétariat peuvent modifier { $field ->
    [owner] le ou la responsable
    [ref] la référence
   *[meeting] la réunion
} de { $id }.

digest-header = 📋 Récapitulatif pour { $channel } — { $when }
digest-section-overdue = En retard ({ $count }) :
digest-section-soon = À échéance dans les 7 prochains jours ({ $count }) :
digest-section-done = Terminées au cours des 7 derniers jours ({ $count }) :
digest-section-rounds = Consultations ouvertes ({ $count }) :
digest-round-line = { $id } « { $title } » — { $inputs ->
    [0] aucun participant
    [one] { $inputs } participant
   *[other] { $inputs } participants
} à ce jour, clôture le { $closes } (il reste { $left })
digest-section-meetings = Réunions à venir ({ $count }) :
digest-meeting-line = { $id } « { $title } » — { $when } — en présentiel : { $inperson }, à distance : { $remote }
digest-nothing = Aucune action en retard, arrivant bientôt à échéance ou récemment terminée ; aucune consultation ouverte ni réunion à venir.
digest-posted = Récapitulatif publié dans { $channel }.
digest-scheduled = Récapitulatif pour { $channel } programmé : { $schedule } ({ $zone }) ; prochain envoi : { $next }.
digest-schedule = { $kind ->
    [daily] tous les jours à { $at }
    [weekdays] du { $first } au { $last } à { $at }
   *[days] chaque { $days } à { $at }
}
digest-off = Le récapitulatif programmé pour { $channel } est désactivé.

## Vue d'ensemble personnelle (onglet Accueil de Slack).

home-header = Ce qui vous attend
home-inputs = { $count ->
    [0] Aucune consultation n'attend votre contribution.
    [one] Une consultation attend votre contribution :
   *[other] { $count } consultations attendent votre contribution :
}
home-rsvps = { $count ->
    [0] Aucune réunion n'attend votre réponse.
    [one] Une réunion attend votre réponse :
   *[other] { $count } réunions attendent votre réponse :
}
home-actions = { $count ->
    [0] Vous n'avez aucune action ouverte.
    [one] Vous avez une action ouverte :
   *[other] Vous avez { $count } actions ouvertes :
}
button-done = Marquer comme terminée

## Rappels des actions et message au nouveau ou à la nouvelle responsable.

action-assigned = 📌 { $user } vous a confié l’action { $id } « { $text } »{ $has_due ->
    [yes] , échéance le { $due }{ $overdue ->
        [yes] {" "}⚠ en retard
       *[no] {""}
    }
   *[no] {""}
}. Pour la consulter : { $show } ; une fois terminée : { $done }.
reminder-action-due = ⏰ { $body ->
    [yes] Rappel pour { $owner } :
   *[no] Rappel :
} l’action { $id } « { $text } » arrive à échéance le { $when } (il reste { $left }). Une fois terminée : { $done }.
reminder-action-overdue = ⚠ { $body ->
    [yes] Pour { $owner } :
   *[no] En retard :
} l’action { $id } « { $text } » était due le { $when } et n’est pas encore terminée. Une fois terminée : { $done }.
action-reminders-default = Les actions sans rappels propres font désormais l’objet d’un rappel { $offsets } avant l’échéance, et d’un rappel en cas de retard.
action-reminders-none = { $reason ->
    [closed] { $id } n’est plus ouverte : personne ne reçoit de rappel.
    [no-due] { $id } n’a pas d’échéance : personne ne reçoit de rappel.
    [no-meeting] { $id } relève d’un organe et n’est liée à aucune réunion : un organe reçoit ses rappels dans les canaux de la réunion de l’action.
    [no-channel] { $id } relève d’un organe, et sa réunion n’a été annoncée dans aucun canal où elle peut être publiée.
    [hidden] Le ou la responsable de { $id } ne peut pas voir les actions d’une réunion réservée aux membres : personne ne reçoit de rappel.
   *[past] Aucun rappel de { $id } n’est encore prévu.
}
error-action-default-secretariat = Seul le secrétariat peut modifier les rappels par défaut des actions.
