## Messages de validation (à côté du champ)
cn-v-required = Écrivez ce texte.
cn-v-too-long = { $max } caractères au plus (ce texte en a { $count }).
cn-v-too-many = { $max } au plus.
cn-v-key-format = Utilisez des lettres minuscules, des chiffres, « _ » ou « - », en commençant par une lettre (64 au plus).
cn-v-key-duplicate = « { $key } » est déjà utilisé ici. Chaque clé doit être différente.
cn-v-code-format = Utilisez des lettres, des chiffres, « _ », « - » ou « . » (64 au plus).
cn-v-option-code-duplicate = Le code « { $code } » est utilisé deux fois. Chaque option a besoin de son propre code.
cn-v-options-too-few = Donnez au moins deux options.
cn-v-options-not-used = Ce type de question n’a pas d’options.
cn-v-languages-empty = Choisissez au moins une langue.
cn-v-language-unknown = « { $code } » n’est pas une langue proposée par Consulta.
cn-v-language-duplicate = { $language } figure deux fois.
cn-v-default-language = La langue principale doit faire partie des langues choisies.
cn-v-range = Indiquez un nombre de { $min } à { $max }.
cn-v-number = Écrivez un nombre.
cn-v-threshold-min = Le seuil ne peut pas être inférieur à 5 : de plus petits groupes permettraient de repérer un jeune.
cn-v-retention-range = Conservez les réponses brutes entre 1 et 365 jours après la clôture.
cn-v-phases-empty = Choisissez au moins une phase.
cn-v-phases-duplicate = Une phase figure deux fois.
cn-v-access-code = Utilisez de 4 à 20 lettres ou chiffres.
cn-v-country = Utilisez un code pays à deux lettres (par exemple FR) ou * pour tous les autres pays.
cn-v-phone = Uniquement des chiffres, des espaces, +, - et des parenthèses (40 au plus).
cn-v-url = Écrivez une adresse web complète commençant par https://.
cn-v-helpline-contact = Donnez un numéro de téléphone ou une adresse web.
cn-v-percent = Les parts sont des pourcentages de 0 à 100.
cn-v-age-bands-empty = Proposez au moins une tranche d’âge.
cn-v-age-band-code = Le code d’une tranche d’âge se compose de chiffres, de lettres, de « + », « - » ou « _ ».
cn-v-age-band-range = La tranche { $band } doit aller d’un âge plus bas à un âge plus haut, entre 5 et 30 ans.
cn-v-age-band-order = La tranche { $band } chevauche la précédente ou n’est pas dans l’ordre.
cn-v-age-band-format = « { $band } » n’est pas une tranche d’âge : écrivez-la comme 13-15.
cn-v-easy-read-band = La tranche d’âge { $band } n’existe plus.
cn-v-info-required = Un texte d’information n’attend pas de réponse : il ne peut pas être obligatoire.
cn-v-pictorial-needs-pictures = Donnez une image à chaque point, ou désactivez les images.
cn-v-pictorial-scale-only = Seules les échelles d’accord ont une variante en images.
cn-v-same-as-kind = Seuls les choix uniques et multiples, les échelles et les notes sont comparés dans les rapports.
cn-v-same-as-here = Une autre question de cette consultation est déjà comparée sous « { $key } ».
cn-v-max-choices = Indiquez un nombre de 1 à { $count } (le nombre d’options).
cn-v-not-for-kind = Ce réglage ne s’applique pas à ce type de question.
cn-v-min-above-max = La plus petite valeur dépasse la plus grande.
cn-v-condition-forward = « { $question } » vient plus loin (ou est cette question) : une condition ne peut porter que sur une question précédente.
cn-v-condition-missing = Il n’y a pas de question « { $question } ».
cn-v-condition-info = Un texte d’information n’a pas de réponse dont dépendre.
cn-v-condition-nested = « { $question } » a sa propre condition : les conditions n’ont qu’un seul niveau.
cn-v-condition-operator = Cette comparaison ne convient pas à cette question : « est » pour le choix unique, les échelles et les notes, « comprend » pour le choix multiple.
cn-v-condition-value = Choisissez l’une des options de « { $question } ».
cn-v-no-question = Ajoutez au moins une question à laquelle les jeunes peuvent répondre.
cn-v-slug-format = Utilisez de 3 à 80 lettres minuscules, chiffres et tirets.
cn-v-slug-taken = L’adresse « { $slug } » est déjà utilisée par une autre consultation.
cn-v-slug-locked = L’adresse ne peut plus changer une fois que les jeunes ont le lien.
cn-v-meeting = Choisissez l’une des réunions de ce groupe.
cn-v-dates-order = La date de clôture doit suivre la date d’ouverture.
cn-v-closes-past = La date de clôture est déjà passée.
cn-v-date = Écrivez une date.
cn-v-datetime = Écrivez une date et une heure.
cn-v-meeting-dates = La date de fin précède la date de début.
cn-v-place-or-online = Indiquez où a lieu la réunion, ou cochez « En ligne ».
cn-v-kind = Choisissez un type de question.
cn-v-json = Ce n’est pas un document de consultation : { $detail }
cn-missing-text = { $language } : il manque { $what }.
cn-stale-version = Quelqu’un d’autre a modifié cette consultation pendant que vous l’éditiez (elle en est à la version { $version }). Rien n’a été enregistré. Rechargez-la, puis refaites votre modification.
cn-stale-version-form = Quelqu’un d’autre a enregistré une modification de cette consultation pendant que vous l’éditiez. Rien n’a été enregistré. Ce que vous avez saisi est ci-dessous : consultez la version actuelle (dans un nouvel onglet), puis enregistrez à nouveau pour la remplacer.
cn-locked-archived = Cette consultation est archivée : elle ne peut plus changer.
cn-locked-answers = Cette consultation a déjà { $count ->
    [one] une réponse
   *[other] { $count } réponses
  } : ses questions ne peuvent plus changer. Vous pouvez encore corriger la formulation et les traductions.
cn-locked-question = Question « { $question } » : ceci ne peut plus changer une fois qu’il y a des réponses.
cn-locked-removed = La question « { $question } » ne peut plus être supprimée une fois qu’il y a des réponses.
cn-locked-added = La question « { $question } » ne peut plus être ajoutée une fois qu’il y a des réponses.
cn-locked-order = Les questions ne peuvent plus être déplacées une fois qu’il y a des réponses.
cn-locked-age-bands = Les tranches d’âge ne peuvent plus changer une fois qu’il y a des réponses.
cn-locked-open-incomplete = Des jeunes répondent en ce moment à cette consultation : chaque langue doit rester complète.
cn-locked-delete-answers = Cette consultation a { $count ->
    [one] une réponse
   *[other] { $count } réponses
  } : elle ne peut pas être supprimée. Archivez-la plutôt.
cn-locked-delete-open = Clôturez cette consultation avant de la supprimer.
cn-locked-has-answers = Elle a déjà { $count ->
    [one] une réponse
   *[other] { $count } réponses
  } : elle ne peut pas revenir à l’état de brouillon.
cn-transition-not-allowed = Une consultation ne peut pas passer de « { $from } » à « { $to } ».
cn-live-needs-phase = Pour passer en direct, ajoutez la phase « pendant la réunion » dans les réglages.
cn-status-moved = Quelqu’un d’autre a changé l’état entre-temps : cette consultation est maintenant « { $status } ».

## Ce qu’est un texte (dans les listes de textes manquants)
cn-slot-title = le titre
cn-slot-introduction = l’introduction
cn-slot-data-use = « ce que deviennent tes réponses »
cn-slot-closing = le message de fin
cn-slot-feedback = « ce que nous avons fait de vos avis »
cn-slot-results-note = la note sur les résultats
cn-slot-section-title = le titre de la section « { $section } »
cn-slot-question-text = le texte de la question « { $question } »
cn-slot-question-help = l’aide de la question « { $question } »
cn-slot-easy-read = la version facile à lire de la question « { $question } » pour les { $band } ans
cn-slot-option-label = l’option « { $code } » de la question « { $question } »
cn-v-section-missing = Il n’y a pas (ou plus) de section « { $key } ».
cn-v-question-missing = Il n’y a pas (ou plus) de question « { $key } ».
cn-v-question-used = La question « { $dependent } » s’affiche selon « { $question } » : modifiez d’abord sa condition.
cn-v-text-path = Il n’y a pas de texte à cet emplacement.
cn-v-version = Envoyez la version que vous avez modifiée (celle de la dernière réponse).

## États
cn-status-draft = brouillon
cn-status-open = ouverte
cn-status-live = en direct
cn-status-closed = clôturée
cn-status-published = publiée
cn-status-archived = archivée

## Mots communs
cn-save = Enregistrer
cn-cancel = Annuler
cn-back = Retour
cn-edit = Modifier
cn-delete = Supprimer
cn-move-up = Monter
cn-move-down = Descendre
cn-required = Obligatoire
cn-section = section
cn-language = Langue
cn-main-language = langue principale
cn-error-prefix = Erreur :
cn-no-meeting = Aucune réunion
cn-conflict-open-current = Ouvrir la version actuelle dans un nouvel onglet
cn-stale-meeting = Quelqu’un d’autre a modifié cette réunion pendant que vous l’éditiez. Rien n’a été enregistré. Ce que vous avez saisi est ci-dessous : enregistrez à nouveau pour remplacer ses modifications.
cn-stale-version-overview = Quelqu’un d’autre a modifié cette consultation juste avant vous. Rien n’a changé : regardez de nouveau la liste et refaites ce que vous vouliez faire.
cn-transition-refused = Elle ne peut pas encore être { $to } :
cn-saved-version = Enregistré (version { $count }).
cn-editor-version = version { $count }
cn-editor-tabs = Parties de cette consultation

## Phases
cn-phase-before = Avant la réunion (ouverte pendant des jours ou des semaines)
cn-phase-during = Pendant la réunion (en direct)

## Page d’un groupe
cn-group-new-consultation = Nouvelle consultation
cn-group-new-meeting = Nouvelle réunion
cn-group-import = Importer une consultation
cn-group-meetings = Réunions
cn-group-no-meetings = Aucune réunion pour l’instant.
cn-group-unattached = Consultations sans réunion
cn-group-no-consultations = Aucune consultation pour l’instant.
cn-group-responses = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
  }

## Réunions
cn-meeting-title = Titre de la réunion
cn-meeting-title-hint = Par exemple : Groupe de travail du Conseil sur la protection en ligne des enfants, 12e réunion.
cn-meeting-starts-on = Premier jour
cn-meeting-ends-on = Dernier jour
cn-meeting-ends-on-hint = Laissez vide pour une réunion d’un jour.
cn-meeting-place = Lieu
cn-meeting-place-hint = Ville et lieu. Laissez vide si la réunion a lieu uniquement en ligne.
cn-meeting-online = En ligne (aussi ou uniquement)
cn-meeting-online-short = en ligne
cn-meeting-edit = Modifier la réunion
cn-meeting-delete-title = Supprimer cette réunion ?
cn-meeting-delete-message = La réunion « { $title } » sera supprimée. Ses consultations restent, sans réunion.
cn-meeting-delete-button = Supprimer la réunion

## Créer et importer
cn-new-title = Titre
cn-new-title-hint = Dans la langue principale. Vous pourrez le modifier et ajouter les autres langues ensuite.
cn-new-create = Créer le brouillon
cn-field-slug = Adresse
cn-field-slug-hint = La fin du lien que les jeunes ouvrent (/c/…) : lettres minuscules, chiffres et tirets. Laissez vide pour la créer à partir du titre.
cn-field-meeting = Réunion
cn-field-languages = Langues
cn-field-languages-hint = Chaque texte doit être écrit dans chaque langue choisie avant l’ouverture de la consultation.
cn-field-default-language = Langue principale
cn-field-default-language-hint = La langue dans laquelle vous écrivez d’abord ; les autres langues sont traduites à partir d’elle.
cn-field-phases = Quand les jeunes répondent
cn-field-phases-hint = Choisissez l’une ou les deux.
cn-field-key = Clé
cn-import-title = Importer une consultation
cn-import-intro = Collez un document de consultation exporté de Consulta (un fichier JSON). Il devient un nouveau brouillon dans ce groupe.
cn-import-document = Document de consultation (JSON)
cn-import-document-hint = Ouvrez le fichier .json exporté dans un éditeur de texte, copiez tout et collez-le ici.
cn-import-slug-hint = Laissez vide pour garder l’adresse du document (une adresse libre est choisie si elle est prise).
cn-import-submit = Importer
cn-replace-title = Remplacer à partir d’un document
cn-replace-intro = Collez un document de consultation (JSON) : ses questions, textes et réglages remplacent ceux de cette consultation. Son adresse et ses réponses restent.

## Onglets de l’éditeur
cn-tab-overview = Vue d’ensemble
cn-tab-details = Détails
cn-tab-texts = Textes
cn-tab-settings = Réglages
cn-tab-translations = Traductions
cn-tab-preview = Aperçu

## Vue d’ensemble
cn-overview-address = Lien pour les jeunes
cn-overview-join-code = Code pour rejoindre
cn-overview-responses = Réponses
cn-overview-publish-page = Ouvrir la page de publication
cn-overview-locked = { $count ->
    [one] Un jeune a déjà répondu,
   *[other] { $count } jeunes ont déjà répondu,
  } les questions sont donc figées : vous pouvez encore corriger la formulation et les traductions.
cn-overview-status = État
cn-overview-problems = { $count ->
    [one] Une chose à faire avant de pouvoir l’ouvrir
   *[other] { $count } choses à faire avant de pouvoir l’ouvrir
  }
cn-overview-see-translations = Voir les textes manquants de chaque langue
cn-overview-ready = Tout est prêt : elle peut ouvrir.
cn-overview-no-moves = Cette consultation est archivée : plus rien ne peut lui arriver.
cn-overview-questions = Sections et questions
cn-overview-no-sections = Aucune section pour l’instant. Ajoutez-en une, puis ajoutez-y des questions.
cn-overview-no-questions = Aucune question dans cette section pour l’instant.
cn-overview-add-question = Ajouter une question de ce type
cn-overview-add = Ajouter
cn-overview-add-section = Ajouter une section
cn-overview-more = Plus
cn-overview-duplicate = Dupliquer en un nouveau brouillon
cn-overview-export = Exporter en document JSON
cn-overview-history = Historique
cn-history-when = Quand
cn-history-from = De
cn-history-to = À
cn-history-by-schedule = selon le calendrier
cn-move-to-draft = Revenir au brouillon
cn-move-to-draft-hint = Seulement tant que personne n’a répondu.
cn-move-to-open = Ouvrir
cn-move-to-open-hint = Les jeunes peuvent répondre avec le lien ou le code.
cn-move-to-live = Passer en direct
cn-move-to-live-hint = Pour la séance pendant la réunion.
cn-move-to-closed = Clôturer
cn-move-to-closed-hint = Plus aucune réponse n’est acceptée.
cn-move-to-published = Publier les résultats
cn-move-to-published-hint = Les résultats deviennent publics.
cn-move-to-archived = Archiver
cn-move-to-archived-hint = La garde pour mémoire ; plus rien ne peut changer.
cn-consultation-delete-title = Supprimer cette consultation
cn-consultation-delete-message = « { $title } » et tout son contenu seront supprimés définitivement.
cn-section-delete-title = Supprimer cette section ?
cn-section-delete-message = La section « { $section } » et { $count ->
    [one] sa question seront supprimées
   *[other] ses { $count } questions seront supprimées
  }.
cn-question-delete-title = Supprimer cette question ?
cn-question-delete-message = La question « { $question } » sera supprimée.
cn-condition-summary-equals = Affichée seulement si la réponse à « { $question } » est « { $value } ».
cn-condition-summary-includes = Affichée seulement si les réponses à « { $question } » comprennent « { $value } ».
cn-condition-summary-not-answered = Affichée seulement si « { $question } » est restée sans réponse.

## Types de questions
cn-kind-single_choice = Choix unique
cn-kind-single_choice-hint = Les jeunes choisissent une option (boutons ronds).
cn-kind-multiple_choice = Choix multiple
cn-kind-multiple_choice-hint = Les jeunes cochent toutes les options qui conviennent, jusqu’à un maximum si vous en fixez un.
cn-kind-scale = Échelle d’accord
cn-kind-scale-hint = Cinq points, de « pas du tout d’accord » à « tout à fait d’accord », avec des images pour les plus jeunes si vous le souhaitez.
cn-kind-rating = Note
cn-kind-rating-hint = Une note de 0 à 10 ou de 1 à 5.
cn-kind-ranking = Classement
cn-kind-ranking-hint = Les jeunes classent leurs choix préférés dans l’ordre (les 3 premiers quand il y a plus de 4 options).
cn-kind-number = Nombre
cn-kind-number-hint = Un nombre, entre une valeur minimale et une valeur maximale.
cn-kind-short_text = Texte court
cn-kind-short_text-hint = Quelques mots (200 caractères, sauf si vous fixez une autre limite).
cn-kind-long_text = Texte long
cn-kind-long_text-hint = Plusieurs phrases (2000 caractères, sauf si vous fixez une autre limite).
cn-kind-info = Texte d’information
cn-kind-info-hint = Un texte à lire, sans réponse.

## Textes
cn-texts-intro = Ce que les jeunes lisent avant et après les questions, dans chaque langue.
cn-text-title = Titre
cn-text-title-hint = Court et clair, pour des jeunes.
cn-text-introduction = Introduction
cn-text-introduction-hint = Qui pose les questions et pourquoi, avec des mots simples.
cn-text-data-use = Ce que deviennent tes réponses
cn-text-data-use-hint = Qui lit les réponses, ce qui est publié, quand les réponses brutes sont effacées.
cn-text-closing = Message de fin
cn-text-closing-hint = Affiché une fois les réponses envoyées.
cn-text-feedback = Ce que nous avons fait de vos avis
cn-text-feedback-hint = Écrit après la réunion, pour rendre compte aux jeunes. Pas nécessaire pour ouvrir.

## Réglages
cn-settings-audience = Les jeunes
cn-settings-age-bands = Tranches d’âge
cn-settings-age-bands-hint = Séparées par des virgules, par exemple 9-12, 13-15, 16-17, 18-24. Les jeunes choisissent une tranche, jamais une date de naissance.
cn-settings-min-age = Âge minimum
cn-settings-min-age-hint = Les enfants plus jeunes sont gentiment invités à ne pas répondre.
cn-settings-consent-age = Âge du consentement
cn-settings-consent-age-hint = En dessous de cet âge, un parent, un tuteur ou un enseignant confirme (13 ans dans la plupart des pays).
cn-settings-ask-country = Demander le pays
cn-settings-ask-gender = Demander le genre
cn-settings-ask-gender-hint = Toujours facultatif, avec « je préfère ne pas répondre » et une autodescription.
cn-settings-duration = Durée en minutes
cn-settings-duration-hint = { $count ->
    [one] Laissez vide pour l’estimer d’après les questions : environ 1 minute à présent.
   *[other] Laissez vide pour l’estimer d’après les questions : environ { $count } minutes à présent.
}
cn-settings-dates = Dates
cn-settings-opens-at = Ouverture (UTC)
cn-settings-closes-at = Clôture (UTC)
cn-settings-dates-hint = Facultatif. Les réponses s’arrêtent à l’heure de clôture.
cn-settings-privacy = Vie privée
cn-settings-threshold = Plus petit groupe affiché
cn-settings-threshold-hint = Les chiffres portant sur moins de jeunes sont masqués pour tous sauf les animateurs. Jamais moins de 5 ; 10 est conseillé.
cn-settings-retention = Jours de conservation des réponses brutes
cn-settings-retention-hint = Après la clôture, 365 jours au plus ; les synthèses restent.
cn-settings-access-code = Code d’accès
cn-settings-access-code-hint = Facultatif : les jeunes le tapent avant de répondre (une classe ou une salle). De 4 à 20 lettres ou chiffres.
cn-settings-results = Résultats
cn-settings-results-note = Quand et où les résultats seront publics ({ $language })
cn-settings-helplines = Lignes d’écoute
cn-settings-helplines-hint = Montrées aux jeunes qui pourraient avoir besoin d’aide, par pays. Utilisez * pour tous les autres pays. Videz une ligne pour la retirer.
cn-v-targets-format = Écrivez chaque groupe et sa part sous la forme « groupe : part », séparés par des virgules, par exemple 13-15: 40, 16-17: 60.
cn-v-target-group = « { $key } » n’est pas l’un des groupes de cette liste.
cn-settings-targets = Objectifs de représentativité
cn-settings-targets-hint = La part de jeunes, en pourcentage, que vous espérez entendre dans chaque groupe. La synthèse signale un groupe dont la part est inférieure de plus d’un cinquième à son objectif. Laissez un champ vide pour ne fixer aucun objectif.
cn-settings-target-age_band = Tranches d’âge
cn-settings-target-age_band-hint = Les codes des tranches d’âge ci-dessus, par exemple 13-15: 40, 16-17: 60.
cn-settings-target-country = Pays
cn-settings-target-country-hint = Codes de pays à deux lettres, par exemple FR: 50, SN: 50.
cn-settings-target-gender = Genre
cn-settings-target-gender-hint = girl, boy, self_described ou prefer_not_to_say, par exemple girl: 50, boy: 50.
cn-settings-target-language = Langues
cn-settings-target-language-hint = Codes des langues de cette consultation, par exemple en: 50, fr: 50.
cn-settings-target-phase = Phases
cn-settings-target-phase-hint = before (en ligne avant la réunion) ou during (en direct), par exemple before: 70, during: 30.
cn-helpline-number = Ligne d’écoute { $count }
cn-helpline-country = Code pays
cn-helpline-name = Nom
cn-helpline-phone = Téléphone
cn-helpline-url = Adresse web

## Sections
cn-section-edit = Modifier la section
cn-section-key-hint = Un nom court qui ne change jamais, par exemple you_online.
cn-section-titles = Titre
cn-section-titles-hint = Facultatif. Un intitulé au-dessus des questions de la section.
cn-section-title-in = Titre ({ $language })

## Questions
cn-question-new = Nouvelle question
cn-question-edit = Modifier la question
cn-question-kind = Type de question
cn-question-change-kind = Changer le type
cn-question-key-hint = Un nom court qui ne change jamais, par exemple feel_safe : les réponses et les résultats sont classés sous ce nom.
cn-question-required = Obligatoire
cn-question-required-hint = Facultatif, c’est mieux : les jeunes peuvent tout passer. Rendez une question obligatoire seulement si les réponses n’ont pas de sens sans elle.
cn-question-text = Question
cn-question-info-text = Texte à lire
cn-question-help = Aide
cn-question-help-hint = Facultatif : une indication sous la question.
cn-question-easy-read = Version facile à lire
cn-question-easy-read-hint = Facultatif : des mots plus simples pour une tranche d’âge, affichés à sa place pour cette tranche.
cn-question-easy-read-band = Pour les { $band } ans
cn-question-options = Options
cn-question-options-hint = Chaque option a un code qui ne change jamais : les résultats restent comparables d’une langue et d’une formulation à l’autre. Les lignes vides sont ignorées.
cn-option-number = Option { $count }
cn-option-new = Nouvelle option
cn-option-code = Code
cn-option-code-hint = Créé à partir du libellé si vous le laissez vide.
cn-option-label-in = Libellé ({ $language })
cn-option-emoji = Image (un émoji)
cn-option-value = Points
cn-option-value-hint = Sert aux moyennes ; la position si vide.
cn-option-remove = Retirer
cn-option-add-more = Plus d’options vides
cn-preset-agree = Utiliser les cinq points d’accord
cn-preset-rating-10 = Utiliser 0 à 10
cn-preset-rating-5 = Utiliser 1 à 5
cn-question-max-choices = Nombre maximum d’options à choisir
cn-question-max-choices-hint = Laissez vide pour ne pas limiter.
cn-question-rank-places-hint = Les jeunes classent jusqu’à ce nombre d’options et peuvent laisser les autres. Laissez vide pour la valeur par défaut : les 3 premières quand il y a plus de 4 options, sinon toutes.
cn-question-rank-places = Places à classer (les N premiers)
cn-question-min = Plus petite valeur
cn-question-max = Plus grande valeur
cn-question-max-length = Nombre maximum de caractères
cn-question-max-length-hint = Laissez vide pour { $count }.
cn-question-pictorial = Afficher des images avec les points
cn-question-pictorial-hint = Pour les plus jeunes : chaque point a besoin d’une image.
cn-question-condition = N’afficher cette question que si…
cn-question-condition-hint = Dépend de la réponse à une question précédente (un seul niveau).
cn-condition-none = Toujours l’afficher
cn-condition-question = Question précédente
cn-condition-operator = Comparaison
cn-condition-op-equals = la réponse est
cn-condition-op-includes = les réponses comprennent
cn-condition-op-not_answered = elle est restée sans réponse
cn-condition-value = Réponse
cn-condition-value-hint = Inutile pour « elle est restée sans réponse ».
cn-question-save = Enregistrer la question
cn-question-not-saved = Pas encore enregistré : vérifiez la question, puis appuyez sur « Enregistrer la question ».
cn-question-locked = Des jeunes ont déjà répondu : vous pouvez corriger la formulation et les traductions, mais pas la clé, le type, les options ni la condition.

## Traductions
cn-translations-intro = Chaque texte doit être écrit dans chaque langue avant l’ouverture de la consultation. Une traduction est périmée quand le texte de la langue principale a changé après qu’elle a été faite.
cn-translations-missing = Manquants
cn-translations-stale = Périmées
cn-translations-complete = { $count ->
    [one] Complet : le texte est écrit.
   *[other] Complet : les { $count } textes sont écrits.
  }
cn-translations-missing-count = { $count ->
    [one] { $count } texte manquant
   *[other] { $count } textes manquants
  }
cn-translations-stale-count = { $count ->
    [one] { $count } traduction périmée
   *[other] { $count } traductions périmées
  }
cn-translations-stale-hint = Le texte de la langue principale a changé après ces traductions : vérifiez-les.
cn-translations-work-on = Écrire ce qui manque ou est périmé
cn-translations-all-texts = Voir tous les textes
cn-translate-title = Textes en { $language }
cn-translate-nothing = Rien à faire ici : chaque texte est écrit et à jour.
cn-translate-still-right = Cette traduction est toujours juste
cn-text-state-missing = Manquant
cn-text-state-stale = Périmé
cn-text-state-current = À jour

## Aperçu
cn-preview-intro = Voici ce que voit un jeune. Essayez les réponses : rien n’est envoyé ni enregistré.
cn-preview-language = Langue
cn-preview-band = Tranche d’âge
cn-preview-show = Afficher
cn-preview-band-alone = Les jeunes de cet âge répondent seuls.
cn-preview-band-guardian = Avant { $age } ans, un parent, un tuteur ou un enseignant confirme d’abord.
cn-preview-band-too-young = Cette tranche est sous l’âge minimum : ces enfants sont gentiment invités à ne pas répondre.
cn-preview-easy-read-used = Version facile à lire pour les { $band } ans.
cn-preview-data-use = Ce que deviennent tes réponses
cn-preview-optional = facultatif
cn-preview-choose-any = Choisis tout ce qui correspond.
cn-preview-choose-up-to = { $count ->
    [one] Choisis une réponse.
   *[other] Choisis jusqu’à { $count } réponses.
  }
cn-preview-rank = { $count ->
    [one] Donne le numéro 1 au premier choix.
   *[other] Numérote jusqu’à { $count } choix : 1 pour le premier.
}
cn-preview-number-between = Un nombre de { $min } à { $max }.
cn-preview-max-length = { $count ->
    [one] { $count } caractère au plus.
   *[other] { $count } caractères au plus.
  }
cn-preview-duration = { $count ->
    [one] Environ { $count } minute.
   *[other] Environ { $count } minutes.
  }
cn-preview-thanks = Merci
cn-v-live-threshold-min = Le seuil du direct ne peut pas être inférieur à 3 : de plus petits groupes permettraient de repérer un jeune.
cn-settings-live-threshold = Résultats en direct affichés à partir de
cn-settings-live-threshold-hint = Sur le projecteur en direct, une question dévoilée montre toutes les options dès que ce nombre de personnes y a répondu (les questions sensibles gardent le plus petit groupe affiché). Jamais moins de 3 ; 5 est conseillé.
cn-settings-quotes-per-question = Citations affichées par question
cn-settings-quotes-per-question-hint = Le nombre maximal de réponses citées dans les résultats publics pour chaque question : les premières que vous choisissez comme citations. De 1 à 20 ; 5 est conseillé.
cn-question-sensitive = Question sensible
cn-question-sensitive-hint = Sur le projecteur en direct, continuer à masquer chaque option choisie par moins de jeunes que le plus petit groupe affiché.
cn-question-same-as = Comparer dans les rapports du groupe avec
cn-question-same-as-hint = Les rapports annuels et final du groupe montrent comme une tendance une question posée de nouveau dans plusieurs consultations. Les questions de même clé sont déjà comparées ; choisissez ici si cette question a déjà été posée sous une autre clé.
cn-question-same-as-own = Seulement les questions de cette clé

# A draft whose opening date has passed but which the calendar could not open.
cn-not-opened = Elle devait ouvrir le { $date } mais n’a pas pu : elle reste un brouillon jusqu’à ce que ce qui l’en empêche soit fait.
cn-confirm-move-title = Merci de confirmer
cn-confirm-move-closed = Fermer « { $title } » ? Les jeunes ne pourront plus répondre. Vous pourrez la rouvrir plus tard.
cn-confirm-move-archived = Archiver « { $title } » ? Elle est conservée pour mémoire et plus rien ne pourra y changer.
cn-confirm-move-draft = Remettre « { $title } » en brouillon ? Les jeunes ne pourront plus répondre tant que vous ne l’aurez pas rouverte.

# The journey step by step in a phone-sized frame (preview tab, question editor).
cn-preview-phone-heading = Étape par étape, comme sur un téléphone
cn-preview-phone-title = Les écrans du jeune, étape par étape (aperçu : rien n’est enregistré)
cn-preview-phone-restart = Recommencer l’aperçu
cn-preview-all-heading = Toutes les questions sur une page
cn-preview-phone-link = Aperçu sur un écran de téléphone
