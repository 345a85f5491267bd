## La page d’un groupe et les onglets du cycle d’une consultation
cn-tab-live = Séance en direct
cn-tab-moderation = Modération
cn-tab-results = Résultats
cn-tab-downloads = Téléchargements
cn-tab-publish = Publier
cn-tab-public = Page publique

gh-consultations = Consultations
gh-empty-intro = Ce groupe n’a pas encore de consultation. Une consultation passe par ces étapes, chacune à un clic d’ici :
gh-empty-step-write = Écrire les questions dans votre langue.
gh-empty-step-translate = Les traduire dans les langues que lisent les jeunes.
gh-empty-step-open = L’ouvrir (et mener une séance en direct pendant une réunion, s’il y en a une).
gh-empty-step-publish = La clôturer, modérer les réponses écrites, publier les résultats et dire ce que vous avez fait des avis.
gh-empty-create = Créer la première consultation
gh-empty-member = Ce groupe n’a pas encore de consultation. Ses animateurs les créent ; vous trouverez leurs résultats ici.
gh-opens = Ouverture
gh-closes = Clôture
gh-date-none = non fixée
gh-answered = Ont répondu
gh-people = { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
  }
gh-pending = En attente de modération
gh-texts = { $count ->
    [one] { $count } texte
   *[other] { $count } textes
  }
gh-safeguarding = Signalements de protection ouverts
gh-deletion = Réponses brutes supprimées le
gh-cycle-label = Pages de
gh-link-editor = Questions et réglages
gh-step-write = Écrire les questions
gh-step-translate = Traduire
gh-step-finish = La compléter avant l’ouverture
gh-step-open = L’ouvrir
gh-step-start-live = Lancer la séance en direct
gh-step-run-live = Mener la séance en direct
gh-step-close = La clôturer
gh-step-safeguarding = { $count ->
    [one] Traiter { $count } signalement de protection
   *[other] Traiter { $count } signalements de protection
  }
gh-step-moderate = { $count ->
    [one] Modérer { $count } texte
   *[other] Modérer { $count } textes
  }
gh-step-publish = Publier les résultats
gh-step-feedback = Écrire « ce que nous avons fait de vos avis »
gh-downloads-intro = La synthèse et le rapport montrent tous les chiffres aux animateurs ; les réponses brutes sont anonymisées et chacun de leurs téléchargements est inscrit au journal d’audit.
gh-downloads-intro-member = La synthèse et le rapport, sans les petits groupes, pour qu’aucun jeune ne puisse être identifié.
