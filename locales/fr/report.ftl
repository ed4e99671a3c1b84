# /consult report : le résumé d’une consultation, prêt pour le rapport de la présidence.
report-ready = Le rapport sur { $id } en { $format }, langue { $language } : { $path }
error-report-format = Indiquez md ou docx.
error-report-language = « { $value } » n’est pas une langue du rapport ; choisissez parmi : { $languages }.
report-title = { $title }
report-period = Période de consultation : du { $opens } au { $closes } ({ $zone }).
report-questions = Questions
report-question = { $id }. { $text } ({ $count ->
    [0] aucune contribution
    [one] { $count } contribution
   *[other] { $count } contributions
})
report-contributions = Contributions
report-totals = { $respondents ->
    [0] Aucune contribution n’a été reçue
   *[other] { $respondents ->
        [one] { $respondents } contribution
       *[other] { $respondents } contributions
    } ({ $inputs ->
        [one] { $inputs } réponse
       *[other] { $inputs } réponses
    })
} sur { $invited ->
    [0] aucune personne invitée
    [one] { $invited } personne invitée
   *[other] { $invited } personnes invitées
} : un taux de réponse de { $rate }.
report-by-group = Par groupe de parties prenantes
report-by-country = Par pays
report-col-group = Groupe de parties prenantes
report-col-country = Pays
report-col-contributions = Contributions
report-col-invited = Invités
report-col-rate = Taux de réponse
report-group = { $group ->
    [government] Gouvernement
    [private-sector] Secteur privé
    [civil-society] Société civile
    [technical-community] Communauté technique
    [academia] Milieu universitaire
    [intergovernmental] Organisation intergouvernementale
   *[other] Non indiqué
}
report-cell = { $text }
report-unknown = Non indiqué
report-number = { $value }
report-rate = { $rate }
report-total = Total
report-organisations = Organisations ayant contribué
report-unaffiliated = { $count ->
    [0] Aucune contribution de personnes sans organisation.
    [one] { $count } contribution d’une personne sans organisation.
   *[other] { $count } contributions de personnes sans organisation.
}
report-annex = Annexe : contributions par question
report-question-heading = { $id }. { $text }
report-input-by = { $has_country ->
    [yes] { $who } ({ $country }), { $date }
   *[no] { $who }, { $date }
}
report-no-inputs = Aucune contribution.
chart-over-time = Contributions au fil du temps
chart-deadline = Date limite
