# Les rapports annuels et le rapport final du groupe
rep-title-yearly = Rapport annuel { $period }
rep-title-final = Rapport final { $period }
rep-reports = Rapports annuels et rapport final
rep-reports-intro = Rédigez le rapport du groupe au Conseil pour chaque année, ou un rapport final sur plusieurs années : une introduction et des conclusions dans chaque langue, et les principaux résultats de chaque consultation. Il n’est public qu’une fois que vous le publiez.
rep-no-years = Aucune consultation n’a encore eu lieu : un rapport en demande au moins une.
rep-state-published = Publié
rep-state-draft = Brouillon
rep-final-heading = Rapport final
rep-final-intro = Un rapport final couvre plusieurs années : choisissez la première et la dernière.
rep-field-from = Première année
rep-field-to = Dernière année
rep-final-open = Ouvrir le rapport final
rep-introduction = Introduction
rep-introduction-hint = Quelques paragraphes ; laissez une ligne vide entre deux paragraphes.
rep-conclusions = Conclusions
rep-consultations = Consultations
rep-consultations-count = { $count ->
    [one] { $count } consultation
   *[other] { $count } consultations
}
rep-no-consultations = Aucune consultation n’a eu lieu pendant cette période.
rep-who-took-part = Qui a participé
rep-findings = Principaux résultats
rep-findings-heading = Principaux résultats de chaque consultation
rep-findings-hint = Un texte court : ce que les jeunes ont dit, en mots simples.
rep-feedback = Ce que nous avons fait de vos avis
rep-top-figures = Chiffres clés
rep-quotes = Citations choisies par les animateurs
rep-trends = Questions posées à nouveau
rep-trends-intro = La même question posée dans plusieurs consultations : la part de chaque réponse, consultation par consultation.
rep-asked-again = Posée à nouveau : { $question }
rep-results-not-public = Les résultats de cette consultation ne sont pas publiés.
rep-published-note = Ce rapport est publié : tout le monde peut le lire.
rep-draft-note = Ceci est un brouillon : seuls les animateurs du groupe le voient tant qu’il n’est pas publié.
rep-edit = Modifier le rapport
rep-draft = Brouillon
rep-download-pdf = Le rapport (PDF)
rep-download-xlsx = Les chiffres (XLSX)
rep-download-json = Données ouvertes (JSON)
rep-not-published-title = Rapport pas encore publié
rep-not-published = Ce rapport n’a pas encore été publié. Les rapports publiés figurent dans les archives publiques du groupe.
rep-bad-period-title = Ce n’est pas une année
rep-back-to-record = Les archives publiques du groupe
rep-v-period-malformed = Écrivez une année en quatre chiffres, comme 2026, ou deux années reliées par un tiret, comme 2024-2026.
rep-v-period-range = Choisissez une année entre 2000 et 2100.
rep-v-period-backwards = La dernière année doit venir après la première.
rep-v-period-long = Un rapport couvre au plus 30 ans.
rep-v-too-long = { $count ->
    [one] Au plus { $count } caractère.
   *[other] Au plus { $count } caractères.
}
rep-v-no-consultations = Aucune consultation n’a eu lieu pendant cette période : il n’y a rien à rapporter.
rep-saved = Enregistré.
rep-preview = Voir le rapport
rep-language-nav = Langue des textes
rep-publish = Publier le rapport
rep-publish-hint = Tout le monde pourra le lire, dans chaque langue, sans mot de passe.
rep-unpublish = Remettre le rapport en brouillon
rep-texts = Introduction et conclusions
rep-col-title = Titre
rep-col-opens = Ouverture
rep-col-closes = Clôture
rep-col-phases = Phases
rep-col-status = État
rep-col-year = Année
rep-record-heading = Rapports
rep-record-none = Aucun rapport n’a encore été publié.
rep-group-link = Rapports annuels et rapport final
