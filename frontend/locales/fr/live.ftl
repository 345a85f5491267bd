# Mode réunion en direct : téléphones, projecteur et page de pilotage.

live-title = Questions en direct
live-session-code = Code pour entrer
live-join-button = Rejoindre
live-unknown-title = Nous n’avons pas trouvé cette réunion
live-unknown-text = Le code est peut-être mal tapé, ou la réunion est terminée. Vérifie le code à l’écran et réessaie.
live-unknown-again = Tape le code affiché à l’écran
live-setup-title = Avant de commencer
live-setup-language = Dans quelle langue veux-tu répondre ?
live-setup-age = Quel âge as-tu ?
live-setup-age-hint = Nous demandons seulement une tranche d’âge, jamais ta date de naissance.
live-age-under = Moins de { $age } ans
live-age-band = De { $min } à { $max } ans
live-guardian-label = Un parent, un tuteur ou un enseignant est d’accord pour que je participe
live-guardian-hint = Seulement si tu as moins de { $age } ans.
live-err-language = Choisis une langue.
live-err-age = Choisis ta tranche d’âge.
live-err-guardian = Demande à un parent, un tuteur ou un enseignant, puis coche la case.
live-err-empty = Choisis ou écris une réponse avant d’envoyer.
live-err-ranking = Donne une place à au moins une option avant d’envoyer.
live-waiting-title = Regarde le grand écran
live-waiting-text = La prochaine question apparaîtra ici toute seule.
live-too-young-title = Merci d’être venu
live-too-young-text = Ces questions sont pour des jeunes plus âgés. Tu peux quand même suivre le grand écran avec tout le monde.
live-answered-title = Ta réponse est enregistrée
live-answered-text = Merci ! Regarde le grand écran. La prochaine question apparaîtra ici toute seule.
live-receipt = Ton code de réponses (pour retirer cette réponse plus tard) :
live-question-title = La question
live-send = Envoyer ma réponse
live-refresh = Voir s’il y a une nouvelle question
live-refused-title = Cette question est fermée
live-refused-text = Ta réponse n’a pas été enregistrée, car la question est fermée. Regarde le grand écran pour la suivante.
live-present-title = Résultats en direct
live-present-join = Rejoins sur ton téléphone :
live-qr-label = Code QR pour rejoindre la réunion
live-no-question = La première question apparaîtra ici bientôt.
live-results-hidden = Les résultats seront bientôt affichés.
live-answers-count = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
live-too-few = Les résultats apparaîtront quand { $threshold } personnes auront répondu.
live-fewer-than = moins de { $threshold }
live-chart-desc = Combien de personnes ont choisi chaque réponse.
live-mean = Moyenne
live-median = Valeur du milieu
live-state-waiting = Pas encore posée
live-state-open = Ouverte
live-state-closed = Fermée
live-start-title = Session en direct
live-start-text = Lancez une session en direct pour poser les questions une par une pendant la réunion. Vous obtenez un code et un code QR pour la salle.
live-start-button = Lancer la session en direct
live-start-not-open = Ouvrez la consultation avant de lancer une session en direct.
live-start-no-phase = Activez d’abord la phase « pendant la réunion » dans les paramètres de la consultation.
live-start-no-question = La consultation n’a aucune question à poser.
live-api-unknown-action = Action inconnue : utilisez open, close, reveal ou hide.
live-control-title = Piloter la session en direct
live-open-presenter = Ouvrir la vue projecteur
live-control-questions = Les questions, une par une
live-col-question = Question
live-col-state = État
live-col-answers = Réponses
live-col-actions = Actions
live-current = à l’écran
live-revealed = résultats affichés
live-action-open = Ouvrir
live-action-close = Fermer
live-action-reveal = Afficher les résultats
live-action-hide = Masquer les résultats
live-moderation-status = Textes : { $shown } affichés, { $held } en attente de vérification, { $approved } approuvés, { $rejected } masqués
live-end-text = Terminer la session désactive le code. Les réponses restent dans la synthèse de la consultation.
live-end-button = Terminer la session en direct
live-people-answers = { $people ->
    [one] { $people } personne
   *[other] { $people } personnes
  }, { $answers ->
    [one] { $answers } réponse
   *[other] { $answers } réponses
  }
live-fullscreen = Plein écran
live-fullscreen-exit = Quitter le plein écran
live-new-question = Une nouvelle question est sur ton écran.
live-votes-count = { $count ->
    [one] { $count } vote
   *[other] { $count } votes
}
live-statements-top = Affirmations les plus votées
live-opinion-forming = La carte des opinions apparaît quand assez de personnes ont voté sur au moins { $votes } affirmations chacune. Les groupes de moins de { $threshold } personnes ne sont pas montrés.
