agg-page-title = Synthèse
agg-status = Statut :
agg-responses = Réponses :
# "12 people, 87 answers": young people who answered and the answers they gave (also on the projector).
agg-people-answers = { $people ->
    [one] { $people } personne
   *[other] { $people } personnes
  }, { $answers ->
    [one] { $answers } réponse
   *[other] { $answers } réponses
  }
agg-status-draft = brouillon
agg-status-open = ouverte
agg-status-live = en direct
agg-status-closed = close
agg-status-published = publiée
agg-status-archived = archivée
agg-facilitator-note = Vous voyez tous les chiffres. Les chiffres marqués * portent sur moins de { $count } jeunes, ou permettraient de retrouver un tel chiffre : les membres du groupe et le public voient « moins de { $count } » à la place.
agg-member-note = Pour protéger les jeunes, un effectif de moins de { $count } personnes est affiché « moins de { $count } », de même que tout chiffre qui permettrait de le retrouver.
agg-hidden-marker = (masqué aux membres et au public)
agg-fewer-than = moins de { $count }
agg-hidden = masqué
agg-controls = Croiser et filtrer
agg-by-label = Détailler chaque question par
agg-by-hint = Affiche chaque question par groupe, sous forme de tableau et de barres empilées.
agg-by-none = Sans détail
agg-filter-label = N’afficher que les jeunes d’un groupe
agg-filter-hint = Utilisez soit un détail, soit un filtre, pas les deux à la fois.
agg-filter-none = Tout le monde
agg-question-label = Question
agg-question-all = Toutes les questions
agg-apply = Afficher
agg-reset = Recommencer
agg-error-one-view = Choisissez soit un détail, soit un filtre, pas les deux.
agg-view-filtered = Seulement les jeunes dont { $dimension } est : { $group }.
agg-view-by = Chaque question détaillée par { $dimension }.
agg-dim-age_band = Tranche d’âge
agg-dim-country = Pays
agg-dim-gender = Genre
agg-dim-language = Langue
agg-dim-phase = Phase
agg-not-stated = Non précisé
agg-gender-girl = Filles
agg-gender-boy = Garçons
agg-gender-self_described = Décrit avec ses propres mots
agg-gender-prefer_not_to_say = Préfère ne pas le dire
agg-phase-before = Avant la réunion
agg-phase-during = Pendant la réunion
agg-who-answered = Qui a répondu
agg-totals-by = Réponses par { $dimension }
agg-young-people = Jeunes
agg-representativeness = Représentativité
agg-no-targets = Aucun objectif n’a été fixé pour cette consultation : il n’y a rien à comparer.
agg-targets-caption = Part des réponses par rapport à l’objectif
agg-target = Objectif
agg-reached = Atteint
agg-heard = Assez entendu ?
agg-under-heard-short = Sous-représenté
agg-heard-ok = Oui
agg-nobody-under-heard = Chaque groupe ayant un objectif en a atteint au moins les quatre cinquièmes.
agg-under-heard = Ces groupes sont sous-représentés (moins des quatre cinquièmes de leur objectif) : lisez les résultats avec prudence et pensez à aller vers eux :
agg-no-questions = Cette consultation n’a pas encore de question à synthétiser.
agg-answered-skipped = { $answered } ont répondu, { $skipped } non
agg-answered = Ont répondu
agg-chart-desc = Réponses de { $answered } jeunes. Les mêmes chiffres figurent dans le tableau sous le graphique.
agg-all = Tout le monde
agg-option = Option
agg-ranked-first = Classé premier
agg-average-rank = Rang moyen (1 = premier)
agg-table-caption = Les chiffres du graphique
agg-bin = Intervalle
agg-mean = Moyenne
agg-median = Médiane
agg-median-option = Réponse du milieu
agg-q1 = Premier quartile
agg-q3 = Troisième quartile
agg-min = Plus petite valeur
agg-max = Plus grande valeur
agg-crosstab = Tableau croisé
agg-crosstab-title = { $question } par { $dimension }
agg-crosstab-desc = Une barre par groupe, divisée par réponse, avec les pourcentages de celles et ceux qui ont répondu dans le groupe. Les mêmes chiffres figurent dans le tableau ci-dessous.
agg-crosstab-caption = Chiffres par { $dimension } (pourcentages de celles et ceux qui ont répondu dans chaque groupe)
agg-text-heading = Ce que les jeunes ont écrit
agg-text-answers = Réponses analysées :
agg-no-text = Pas encore de réponse modérée. Le texte libre s’affiche une fois modéré par une animatrice ou un animateur.
agg-no-terms = Aucun terme n’est assez fréquent pour être affiché.
agg-key-terms = Termes clés (réponses qui les emploient) :
agg-phrases = Expressions :
agg-cloud-title = Termes clés de « { $question } » en { $language }
agg-cloud-desc = Un nuage de mots : plus un terme est employé, plus il est écrit gros. Les mêmes termes sont listés ci-dessous.
agg-quotes = Citations approuvées
agg-no-quotes = Aucune citation n’a encore été approuvée.
agg-preview-heading = Aperçu pour l’animation : inclut les réponses en attente de modération
agg-preview-note = Personne d’autre ne voit cet aperçu. Il inclut des réponses que personne n’a encore vérifiées.
agg-api-link = Ces chiffres en JSON (API)
agg-kind-single_choice = Choix unique
agg-kind-multiple_choice = Choix multiple (les pourcentages peuvent dépasser 100 au total)
agg-kind-scale = Échelle d’accord
agg-kind-rating = Note
agg-kind-ranking = Classement
agg-kind-number = Nombre
agg-kind-short_text = Texte court
agg-kind-long_text = Texte long
agg-kind-info = Information
agg-contents = Les questions en un coup d’œil
agg-preview-show = Voir l’aperçu avec les réponses en attente de modération
agg-key-heading = Chiffres clés
agg-key-people = Jeunes qui ont répondu
agg-key-completion = Ont répondu à la dernière question
agg-key-timeline = Réponses par jour
agg-key-busiest = Jour le plus actif : { $day } ({ $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
})
agg-key-timeline-label = Réponses par jour du { $first } au { $last }. { $busiest }
agg-answered-share = { $percent } % de l’ensemble ont répondu
