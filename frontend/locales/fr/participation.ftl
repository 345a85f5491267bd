# Le parcours des jeunes. Des mots simples : certains lecteurs ont 9 ans.

p-start = Commencer
p-continue = Continuer
p-back = Retour
p-change = Modifier
p-send = Envoyer mes réponses
p-opens-new-tab = (s’ouvre dans un nouvel onglet)
p-questions-title = Ton avis
p-required-mark = (tu dois répondre à cette question)
p-no-answer = Je préfère ne pas répondre
p-not-answered = Pas de réponse
p-rank-none = Pas de place
p-hint-rank-moves = { $count ->
    [one] Choisis ce qui compte le plus pour toi : appuie sur « Ajouter ».
   *[other] Choisis jusqu’à { $count } éléments qui comptent le plus pour toi : appuie sur « Ajouter », puis range-les avec les flèches. Le premier est le plus important. Tu peux laisser les autres de côté.
}
p-rank-mine = Mon classement
p-rank-rest = Pas classés
p-rank-empty = Rien pour l’instant. Appuie sur « Ajouter » à côté d’un élément ci-dessous.
p-rank-up = Monter
p-rank-down = Descendre
p-rank-out = Enlever
p-rank-in = Ajouter
p-rank-said-place = { $item } : place { $place }.
p-rank-said-out = { $item } : pas classé.
p-rank-said-full = Ton classement est complet. Enlève d’abord un élément.
p-results-link = Voir les résultats de ce questionnaire
p-all-results-link = Voir les résultats publiés
p-withdraw-link = Retirer mes réponses
p-duration = { $count ->
    [one] Cela prend environ 1 minute.
   *[other] Cela prend environ { $count } minutes.
}
p-progress = Étape { $step } sur { $steps }

p-chars-left = Caractères restants :
p-chars-over = Caractères en trop :

# Page d’accueil
p-landing-asked-by = Question posée par : { $group }
p-landing-anonymous = Tes réponses sont anonymes. Nous ne demandons jamais ton nom, ton e-mail ni ton numéro de téléphone.
p-landing-skip-all = Tu peux passer n’importe quelle question.
p-landing-skip-most = Tu peux passer presque toutes les questions. Les quelques questions obligatoires sont indiquées.
p-landing-why-heading = Pourquoi nous te posons ces questions
p-landing-data-heading = Ce que deviennent tes réponses
p-landing-data-promise = Tes réponses sont mises avec celles d’autres jeunes. Personne ne pourra savoir lesquelles sont les tiennes. Avant que quelqu’un voie ce que tu as écrit, une personne le relit et enlève les informations personnelles.
p-landing-results-heading = Quand tu pourras voir les résultats
p-landing-results-default = Les résultats seront publiés sur ce site : tu pourras voir ce que le groupe a fait de ton avis.
p-landing-withdraw = Tu as changé d’avis après avoir répondu ? Retire tes réponses.

# Fermée ou pas encore ouverte
p-closed-title = Ce questionnaire est terminé
p-closed-text = On ne peut plus y répondre. Merci à toutes celles et ceux qui ont participé.
p-closed-not-yet-title = Ce questionnaire n’est pas encore ouvert
p-closed-not-yet = Tu ne peux pas encore répondre. Reviens un peu plus tard.
p-closed-opens-on = Elle ouvre le { $date }.
p-meeting-only-title = Ce questionnaire recueille les réponses pendant la réunion
p-meeting-only = Les réponses se donnent pendant la réunion, avec le code affiché à l’écran dans la salle ou en ligne.
p-meeting-only-join = Saisir le code pour entrer

# Code d’accès
p-access-title = Écris le code de ton groupe
p-access-hint = Ton enseignant ou la personne qui anime la séance l’a. Par exemple K7P-4MX.

# Âge
p-age-title = Quel âge as-tu ?
p-age-hint = Choisis ta tranche d’âge. Nous ne demandons jamais ta date de naissance.
p-age-band = De { $min } à { $max } ans
p-age-under = Moins de { $count } ans
p-too-young-title = Merci de vouloir participer
p-too-young-text = Ce questionnaire est pour les jeunes de { $count } ans ou plus. Nous sommes désolés, tu ne peux pas y répondre. Ton avis compte, et il y aura d’autres façons de le partager.
p-too-young-results = Tu pourras quand même voir ce que les autres jeunes ont dit quand les résultats seront publiés.
p-too-young-back = J’ai choisi le mauvais âge

# Accord d’un adulte
p-consent-title = Demande d’abord à un adulte
p-consent-intro = À ton âge, il faut qu’un parent, un tuteur ou un enseignant soit d’accord pour que tu participes. Montre-lui cette page.
p-consent-adult-heading = Pour l’adulte
p-consent-anonymous = Les réponses sont anonymes : nous ne demandons ni le nom du jeune, ni son e-mail, ni son numéro de téléphone, ni son adresse.
p-consent-skip = Le jeune peut passer n’importe quelle question et s’arrêter quand il veut.
p-consent-nothing-stored = Nous n’enregistrons rien vous concernant.
p-consent-check = Je suis parent, tuteur ou enseignant de ce jeune, et j’accepte qu’il ou elle participe.

# À propos de toi
p-about-title = À propos de toi
p-about-intro = Ces questions nous aident à voir si des jeunes très différents ont participé. Tu peux les passer.
p-about-country = Dans quel pays vis-tu ?
p-about-country-hint = Nous demandons seulement le pays, jamais ta ville ni ton adresse.
p-about-country-none = Je préfère ne pas le dire
p-about-gender = Comment te décris-tu ?
p-about-gender-hint = Choisis une réponse, ou passe cette question.
p-about-gender-description = Avec tes propres mots (si tu veux)
p-gender-girl = Fille ou jeune femme
p-gender-boy = Garçon ou jeune homme
p-gender-self_described = Je me décris autrement
p-gender-prefer_not_to_say = Je préfère ne pas le dire

# Indications sous les questions
p-hint-choose-any = Choisis toutes les réponses qui conviennent.
p-hint-choose-up-to = { $count ->
    [one] Choisis 1 réponse au maximum.
   *[other] Choisis jusqu’à { $count } réponses.
}
p-hint-ranking = { $count ->
    [one] Donne le numéro 1 à ton premier choix. Tu peux laisser les autres vides.
   *[other] Numérote tes choix préférés de 1 (le plus important) jusqu’à { $count }, chaque numéro une seule fois. Tu peux laisser les autres vides.
}
p-hint-number-range = Un nombre de { $min } à { $max }.
p-hint-number-min = Un nombre égal ou supérieur à { $min }.
p-hint-number-max = Un nombre égal ou inférieur à { $max }.
p-hint-characters = { $count ->
    [one] 1 caractère au maximum.
   *[other] { $count } caractères au maximum.
}
p-condition-equals = Réponds si tu as choisi « { $option } » pour « { $question } ».
p-condition-includes = Réponds si tu as coché « { $option } » pour « { $question } ».
p-condition-not-answered = Réponds si tu as passé « { $question } ».

# Vérifier
p-check-title = Vérifie tes réponses
p-check-intro = Relis-les avant de les envoyer. Tu peux modifier chaque réponse.
p-check-about = À propos de toi
p-check-age = Ta tranche d’âge
p-check-personal-details = Avant d’enregistrer ta réponse, nous retirons de ce que tu as écrit les adresses e-mail, les numéros de téléphone, les liens, les pseudos et les adresses postales. Les noms ne sont pas retirés : n’écris le nom de personne, même pas le tien.
p-check-send-heading = Tout est bon ?
p-check-send-text = Quand tu envoies tes réponses, tu reçois un code de réponses. Garde-le : c’est le seul moyen de retirer tes réponses.

# Merci
p-thanks-title = Merci ! Tes réponses sont envoyées
p-thanks-receipt-label = Ton code de réponses :
p-thanks-copy = Copier le code de réponses
p-thanks-copied = Copié
p-thanks-print = Imprimer ou enregistrer cette page
p-thanks-keep-code = Note ce code ou prends-le en photo. Nous ne le montrerons plus, et sans lui nous ne pouvons pas retrouver tes réponses.
p-thanks-repeated = Tu avais déjà envoyé ces réponses. Elles n’ont été enregistrées qu’une fois.
p-thanks-next-heading = Et ensuite ?
p-thanks-next = Le groupe lira ensemble les réponses de tous les jeunes et s’en servira dans son travail.
p-thanks-help-heading = Si quelque chose te fait du mal
p-thanks-help-text = Merci de nous l’avoir dit. Tu n’as pas à faire face à ça sans aide. Une ligne d’écoute pour les enfants peut t’écouter et t’aider, gratuitement, sans te demander ton nom. Si tu es en danger maintenant, appelle le numéro d’urgence de ton pays ou va voir un adulte de confiance.
p-thanks-help-link = Trouver de l’aide maintenant
p-thanks-withdraw-heading = Si tu changes d’avis
p-thanks-withdraw = Tu peux retirer tes réponses à tout moment, tant qu’elles ne sont pas effacées. Il te faudra ton code de réponses.

# Mêmes réponses envoyées deux fois, mais différentes
p-conflict-title = Ces réponses ont déjà été envoyées
p-conflict-text = Tes réponses avaient déjà été envoyées, puis quelque chose a été modifié. Nous n’avons pas enregistré les modifications : tes premières réponses sont gardées.
p-conflict-what-to-do = Si tu veux répondre autrement, retire d’abord tes premières réponses avec ton code de réponses, puis réponds de nouveau.

# Page modifiée ou cassée
p-start-again-title = Recommence, s’il te plaît
p-start-again-text = Nous n’avons pas pu lire tes réponses sur cette page. Cela arrive quand une page a été modifiée ou gardée trop longtemps. Rien n’a été envoyé. Désolés !
p-start-again-link = Recommencer

# Erreurs
p-error-label = Erreur :
p-error-prefix = Erreur :
p-error-title = Erreur : { $title }
p-error-about = « { $question } » — { $message }
p-err-submission-missing = L’identifiant d’envoi manque.
p-err-submission-malformed = L’identifiant d’envoi doit être un UUID.
p-err-language = Choisis une des langues de ce questionnaire.
p-err-access-code = Ce code n’est pas le bon. Vérifie-le avec la personne qui te l’a donné.
p-err-age-required = Choisis ta tranche d’âge.
p-err-age-band = Choisis une des tranches d’âge proposées.
p-err-too-young = Ce questionnaire n’est pas prévu pour ton âge.
p-err-guardian = Un parent, un tuteur ou un enseignant doit d’abord donner son accord.
p-err-guardian-required = Un adulte doit cocher la case avant que tu puisses continuer.
p-err-country = Choisis un pays dans la liste.
p-err-gender = Choisis une des réponses proposées.
p-err-gender-description-alone = Les mots pour te décrire vont avec « Je me décris autrement ».
p-err-required = Réponds à cette question pour continuer.
p-err-unknown-option = Choisis une des réponses proposées.
p-err-duplicate-option = Chaque réponse ne peut être choisie qu’une fois.
p-err-too-many = { $count ->
    [one] Choisis 1 réponse au maximum.
   *[other] Choisis { $count } réponses au maximum.
}
p-err-ranking = { $count ->
    [one] Donne le numéro 1 à un seul élément.
   *[other] Utilise chaque numéro de 1 à { $count } une seule fois au plus.
}
p-err-number = Écris un nombre, par exemple 12.
p-err-number-range = Écris un nombre de { $min } à { $max }.
p-err-number-min = Écris un nombre égal ou supérieur à { $min }.
p-err-number-max = Écris un nombre égal ou inférieur à { $max }.
p-err-text-too-long = Ta réponse fait { $count } caractères. Raccourcis-la à { $max } caractères au maximum.
p-err-hidden-question = Cette question n’est pas posée avec tes autres réponses.
p-err-info-answered = C’est une information, pas une question : elle n’attend pas de réponse.
p-err-unknown-question = Aucune question n’a cette clé.
p-err-shape-code = Donne un code d’option, sous forme de texte.
p-err-shape-codes = Donne une liste de codes d’option.
p-err-shape-ranking = Donne les codes des options que tu classes, la meilleure d’abord, sous forme de liste.
p-err-shape-number = Donne un nombre.
p-err-shape-text = Donne un texte.
p-err-shape-string = Donne une chaîne de caractères.
p-err-shape-bool = Donne true ou false.
p-err-shape-answers = Donne les réponses sous forme d’objet, par clé de question.

# Aide
p-help-phone = Téléphone :

# Rejoindre avec un code
p-join-title = Écris ton code pour entrer
p-join-hint = Le code pour entrer qu’on t’a donné, par exemple K7P-4MX.
p-join-button = Rejoindre
p-join-empty = Écris le code pour entrer qu’on t’a donné.
p-join-unknown = Nous n’avons pas trouvé ce code. Vérifie les lettres et les chiffres, puis réessaie.

# Retirer ses réponses
p-withdraw-title = Retirer tes réponses
p-withdraw-intro = Si tu ne veux pas que tes réponses soient utilisées, écris le code de réponses donné quand tu les as envoyées. Tes réponses seront effacées.
p-withdraw-code = Ton code de réponses
p-withdraw-hint = Par exemple K7PM-4MX9-QATR. Minuscules ou majuscules, les deux marchent.
p-withdraw-empty = Écris ton code de réponses.
p-withdraw-not-found = Nous n’avons pas trouvé de réponses avec ce code. Vérifie-le et réessaie. Les réponses sont aussi effacées d’elles-mêmes quelque temps après la fin d’un questionnaire.
p-withdraw-lost = Tu as perdu ton code de réponses ? Sans lui, nous ne pouvons pas retrouver tes réponses, car nous ne savons pas qui tu es.
p-withdraw-confirm-title = Tu veux vraiment les effacer ?
p-withdraw-confirm-question = Effacer tes réponses à « { $title } » ?
p-withdraw-confirm-text = On ne pourra pas revenir en arrière.
p-withdraw-confirm-button = Oui, effacer mes réponses
p-withdraw-keep = Non, garder mes réponses
p-withdrawn-title = Tes réponses sont effacées
p-withdrawn-text = Merci de nous avoir prévenus. Tes réponses ne seront pas utilisées.
p-withdrawn-before-title = Ces réponses ont été reprises
p-withdrawn-before-text = Tu as retiré ces réponses avec ton code de réponses : elles n’ont donc pas été envoyées de nouveau. Si tu veux répondre encore, recommence avec de nouvelles réponses.

## Offline answering
off-shared = Ce téléphone ou cet ordinateur est partagé : ne rien garder dessus après l’envoi
off-saved = Enregistré sur ce téléphone. Tes réponses seront envoyées quand tu seras en ligne.
off-waiting = 1 réponse en attente d’envoi.
off-sending = Envoi de tes réponses…
off-sent = Tes réponses ont été envoyées. Ton code de réponses à garder :
off-closed = Le questionnaire s’est terminé avant que tes réponses puissent être envoyées : elles ont été effacées de ce téléphone.
off-refused = Tes réponses n’ont pas pu être envoyées et ont été effacées de ce téléphone. Tu peux répondre à nouveau depuis le début.
off-page-title = La suite des questions
off-page-heading = La suite des questions
off-page-intro = Pas de connexion pour l’instant. Réponds ici à la suite des questions : tes réponses seront gardées sur ce téléphone et envoyées quand tu seras en ligne.

# The facilitators' preview of the journey, in a phone-sized frame.
p-preview-banner = Aperçu — rien n’est enregistré
