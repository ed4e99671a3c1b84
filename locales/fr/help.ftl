## Aide pour chaque commande, avec des exemples. Les commandes gardent leurs mots anglais sur toutes les plateformes.

help-intro = J’aide le secrétariat à gérer les consultations, les réunions et les actions. Commandes (tapez { $help } pour les détails et des exemples) :
help-group = — { $group } —

help-consult-new = { $p }consult new "TITRE" closes QUAND [opens QUAND] [zone FUSEAU] [members-only] — créer une consultation (secrétariat).
help-consult-new-example = Exemple : { $p }consult new "Le rôle des politiques publiques dans la promotion du multilinguisme sur l’Internet" opens 7 octobre 2024 closes 31 janvier 2025 zone Genève
help-consult-question = { $p }consult question R1 "TEXTE" — ajouter une question (Q1, Q2, …) à une consultation (secrétariat).
help-consult-question-example = Exemple : { $p }consult question R1 "Quels sont les avantages et les difficultés du multilinguisme sur l’Internet ?"
help-consult-announce = { $p }consult announce R1 [#canal …] — annoncer une consultation maintenant, ou à son ouverture si celle-ci est ultérieure (secrétariat).
help-consult-announce-example = Exemple : { $p }consult announce R1 #cwg-internet #general
help-consult-list = { $p }consult list — consultations ouvertes et à venir.
help-consult-list-example = Exemple : { $p }consult list
help-consult-respond = { $p }consult respond R1 — répondre aux questions d’une consultation, une à une.
help-consult-respond-example = Exemple : { $p }consult respond R1, puis envoyez un message par réponse.
help-consult-answer = { $p }consult answer R1 Q1 "TEXTE" — répondre directement à une question (répondez de nouveau pour modifier votre réponse ; chaque version est conservée).
help-consult-answer-example = Exemple : { $p }consult answer R1 Q1 "Soutenir l’acceptation universelle des IDN dans tous les services publics."
help-consult-status = { $p }consult status R1 — date limite et temps restant ; nombre de contributions et participants pour le secrétariat et la présidence.
help-consult-status-example = Exemple : { $p }consult status R1
help-consult-export = { $p }consult export R1 csv|md [CHEMIN] — toutes les contributions regroupées par question, avec un résumé (secrétariat, présidence).
help-consult-export-example = Exemple : { $p }consult export R1 md rapport.md
help-consult-close = { $p }consult close R1 — clôturer une consultation immédiatement (secrétariat).
help-consult-close-example = Exemple : { $p }consult close R1
help-consult-extend = { $p }consult extend R1 QUAND — rouvrir ou prolonger une consultation avec une nouvelle date limite (secrétariat).
help-consult-extend-example = Exemple : { $p }consult extend R1 14 février 2025 23:59 Genève
help-consult-reminders = { $p }consult reminders R1 — afficher les rappels prévus : qui, quand, dans quel fuseau horaire (secrétariat).
help-consult-reminders-example = Exemple : { $p }consult reminders R1
help-consult-remind = { $p }consult remind R1 7d,1d,2h — modifier le moment où les rappels sont envoyés avant la date limite (secrétariat).
help-consult-remind-example = Exemple : { $p }consult remind R1 14d,3d,1d

help-meeting-new = { $p }meeting new "TITRE" at QUAND [until QUAND] [zone FUSEAU] [place "LIEU"] [link URL] [members-only] [rsvp-by QUAND] [capacity N] — créer une réunion (secrétariat, présidence).
help-meeting-new-example = Exemple : { $p }meeting new "Consultation ouverte du GTC-Internet au FGI 2024" at 16 décembre 2024 10:00 until 11:30 zone Riyadh place "FGI, Riyad" link https://example.org/join rsvp-by 10 décembre 2024 capacity 60
help-meeting-announce = { $p }meeting announce M1 [#canal …] — publier la réunion avec les instructions pour confirmer sa participation (secrétariat, présidence).
help-meeting-announce-example = Exemple : { $p }meeting announce M1 #general
help-meeting-rsvp = { $p }meeting rsvp M1 in-person|remote|no — donner ou modifier votre réponse à l’invitation.
help-meeting-rsvp-example = Exemple : { $p }meeting rsvp M1 remote
help-meeting-list = { $p }meeting list — réunions à venir, dans votre fuseau horaire.
help-meeting-list-example = Exemple : { $p }meeting list
help-meeting-attendees = { $p }meeting attendees M1 — qui participe, sous quelle forme et d’où (secrétariat, présidence).
help-meeting-attendees-example = Exemple : { $p }meeting attendees M1
help-meeting-ics = { $p }meeting ics M1 [CHEMIN] — fichier de calendrier de la réunion.
help-meeting-ics-example = Exemple : { $p }meeting ics M1 session-fgi.ics
help-meeting-reminders = { $p }meeting reminders M1 — afficher les rappels prévus (secrétariat, présidence).
help-meeting-reminders-example = Exemple : { $p }meeting reminders M1
help-meeting-remind = { $p }meeting remind M1 1d,1h — modifier le moment où les participants reçoivent un rappel avant le début (secrétariat, présidence).
help-meeting-remind-example = Exemple : { $p }meeting remind M1 2d,2h

help-action-add = { $p }action add [ref RÉF] "TEXTE" owner @personne|"ENTITÉ" [due QUAND] [meeting M1] — enregistrer une action (secrétariat, présidence).
help-action-add-example = Exemple : { $p }action add ref 7.3.1 "Lancer la consultation ouverte sur le multilinguisme" owner "Secrétariat de l’UIT" due 7 octobre 2024
help-action-list = { $p }action list [open|mine|overdue|week|all] [owner @personne|"ENTITÉ"] — consulter les actions.
help-action-list-example = Exemple : { $p }action list overdue
help-action-show = { $p }action show A1|RÉF — une action et son historique.
help-action-show-example = Exemple : { $p }action show 7.3.1
help-action-update = { $p }action update A1|RÉF status open|in-progress|blocked|done|cancelled ["NOTE"] — mettre à jour une action (son ou sa responsable, la présidence, le secrétariat).
help-action-update-example = Exemple : { $p }action update 7.3.2 status in-progress "Résumé rédigé"
help-action-done = { $p }action done A1|RÉF ["NOTE"] — marquer une action comme terminée.
help-action-done-example = Exemple : { $p }action done 7.3.1 "Consultation lancée le 7 octobre"
help-action-edit = { $p }action edit A1|RÉF text "TEXTE" | owner @personne|"ENTITÉ" | due DATE|none | ref RÉF | meeting M1|none — modifier une action, inscrit dans son historique (présidence, secrétariat ; son ou sa responsable : texte et échéance).
help-action-edit-example = Exemple : { $p }action edit 7.3.2 due 22 octobre 2024

help-digest-now = { $p }digest now [#canal] — publier un récapitulatif : actions en retard, à échéance prochaine, terminées, consultations ouvertes, réunions (secrétariat, présidence).
help-digest-now-example = Exemple : { $p }digest now #cwg-internet
help-digest-schedule = { $p }digest schedule "lun 09:00" [zone FUSEAU] [#canal] — publier un récapitulatif selon un calendrier (secrétariat).
help-digest-schedule-example = Exemple : { $p }digest schedule "lun 09:00" zone Europe/Zurich #cwg-internet
help-digest-off = { $p }digest off [#canal] — arrêter le récapitulatif programmé (secrétariat).
help-digest-off-example = Exemple : { $p }digest off

help-assistant-settings = { $p }assistant settings [tz FUSEAU | language LANGUE | quiet HH:MM-HH:MM | organisation "ORGANISATION" | country PAYS | group GROUPE] — afficher ou modifier vos paramètres.
help-assistant-settings-example = Exemple : { $p }assistant settings tz America/Bogota
help-assistant-role = { $p }assistant role @personne secretariat|chair|member|stakeholder — attribuer un rôle (secrétariat).
help-assistant-role-example = Exemple : { $p }assistant role @wojciech chair
help-assistant-channel = { $p }assistant channel language LANGUE | members-only on|off — paramètres de ce canal (secrétariat).
help-assistant-channel-example = Exemple : { $p }assistant channel members-only on
help-assistant-when = { $p }assistant when QUAND — voir comment j’interprète une date, dans votre fuseau horaire et en UTC.
help-assistant-when-example = Exemple : { $p }assistant when 15 janvier 2025 18:00 AoE
help-assistant-help = { $p }assistant help [COMMANDE] — cette aide.
help-assistant-help-example = Exemple : { $p }assistant help consult new
