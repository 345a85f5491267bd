# File de modération (animateurs)
mod-queue-title = Modération
mod-queue-link = Modération des réponses écrites
mod-privacy-notice-link = Notice de confidentialité pour les jeunes
mod-back-to-queue = Retour à la file de modération
mod-no-lead = Ce groupe n’a pas de référent protection de l’enfance. Tant qu’un administrateur n’en a pas désigné, les animateurs du groupe et les administrateurs sont alertés des signalements possibles de maltraitance, les voient en premier et consignent ce qui a été fait.
mod-sg-open = { $count ->
    [one] { $count } réponse pourrait décrire une maltraitance et doit être vue par le référent protection.
   *[other] { $count } réponses pourraient décrire une maltraitance et doivent être vues par le référent protection.
}
mod-sg-lead-first = En tant que référent protection, vous les voyez en premier. Indiquez ce qui a été fait sur la page de chaque réponse.
mod-sg-not-lead = Le référent protection a été prévenu. Ne les approuvez pas et ne les choisissez pas comme citations : le référent les examine d’abord.
mod-deletion-date = Les réponses brutes de cette consultation seront supprimées le { $date }. Les totaux et les citations choisies pour publication restent.
mod-filter-legend = Afficher les réponses
mod-filter-status = Statut
mod-filter-question = Question
mod-filter-language = Langue
mod-filter-flag = Signalement
mod-filter-any = Tous
mod-filter-search = Le texte contient
mod-filter-duplicates = Seulement les textes envoyés plusieurs fois
mod-filter-duplicates-hint = Aide à repérer un flot du même message.
mod-filter-apply = Afficher
mod-results = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
mod-empty = Aucune réponse ne correspond. Modifiez le filtre pour en voir d’autres.
mod-answer-n = Réponse { $count }
mod-language = Langue
mod-age-band = Tranche d’âge
mod-status = Statut
mod-question = Question
mod-flags = Signalements
mod-sg-label = Protection de l’enfance
mod-quoted-as = Choisie comme citation publique :
mod-select = Sélectionner cette réponse
mod-group-count = { $count ->
    [one] envoyé une fois
   *[other] le même texte envoyé { $count } fois : une décision s’applique aux { $count }
}
mod-group-members = Les autres réponses avec ce texte
mod-open-answer = Lire, choisir comme citation ou consigner le suivi
mod-bulk-legend = Décider pour plusieurs réponses
mod-bulk-hint = Approuver compte les réponses dans l’analyse ; cela n’en fait jamais des citations publiques (choisissez-les une par une, sur la page de chaque réponse). Les réponses signalées ne sont pas approuvées en lot, et les signalements possibles seulement après l’examen du référent protection.
mod-bulk-selected = Les réponses que vous cochez ci-dessous
mod-bulk-all = { $count ->
    [one] La réponse correspondant au filtre (sur toutes les pages)
   *[other] Les { $count } réponses correspondant au filtre (sur toutes les pages)
}
mod-action-approved = Approuver pour l’analyse
mod-action-unpublished = Garder non publiée
mod-action-hidden = Masquer
mod-action-pending = Remettre en attente
mod-pages = Pages
mod-previous = Page précédente
mod-next = Page suivante
mod-status-pending = En attente
mod-status-approved = Approuvée pour l’analyse
mod-status-unpublished = Non publiée (comptée, jamais citée)
mod-status-hidden = Masquée (écartée)
mod-status-all = Tous les statuts
mod-flag-personal_details = Données personnelles
mod-flag-profanity = Grossièretés ou insultes
mod-flag-spam = Spam
mod-flag-disclosure = Maltraitance possible
mod-sg-awaiting_review = En attente de l’examen du référent protection
mod-sg-in_progress = En cours de traitement
mod-sg-referred = Transmise selon la procédure de protection
mod-sg-no_further_action = Examinée : aucune autre action possible
mod-sg-not_a_concern = Pas un problème de protection
mod-done-pending = { $count ->
    [one] { $count } réponse est de nouveau en attente.
   *[other] { $count } réponses sont de nouveau en attente.
}
mod-done-approved = { $count ->
    [one] { $count } réponse approuvée.
   *[other] { $count } réponses approuvées.
}
mod-done-unpublished = { $count ->
    [one] { $count } réponse gardée non publiée.
   *[other] { $count } réponses gardées non publiées.
}
mod-done-hidden = { $count ->
    [one] { $count } réponse masquée.
   *[other] { $count } réponses masquées.
}
mod-done-skipped = { $count ->
    [one] { $count } réponse est restée inchangée : les réponses signalées sont approuvées une par une, et les maltraitances possibles seulement après l’examen du référent protection.
   *[other] { $count } réponses sont restées inchangées : les réponses signalées sont approuvées une par une, et les maltraitances possibles seulement après l’examen du référent protection.
}
mod-gender-description = Genre, avec ses propres mots

# Une réponse
mod-text-heading = Ce que la personne a écrit
mod-reasons = Pourquoi elle a été signalée
mod-quote-heading = Citation publique
mod-quote-label = Texte à citer
mod-quote-hint = Vous pouvez retirer ou masquer des mots (par exemple un prénom devient [prénom]) ; n’ajoutez pas les vôtres. La citation ne montre que la tranche d’âge.
mod-approve-quote = Utiliser comme citation publique
mod-other-decisions = Autres décisions
mod-sg-heading = Protection de l’enfance
mod-refer-hint = Si cette réponse laisse penser qu’un jeune est en danger, envoyez-la au référent protection. Elle ne sera pas citée avant son examen.
mod-refer = Envoyer au référent protection
mod-sg-record = Ce qui a été fait
mod-sg-when = Quand
mod-sg-who = Qui
mod-sg-status = Statut
mod-sg-note = Note
mod-sg-what-done = Qu’avez-vous fait ?
mod-sg-note-hint = Écrivez ce que vous avez fait et pourquoi, avec vos mots. Ne recopiez pas ce que le jeune a écrit.
mod-sg-save = Enregistrer
mod-refusal-awaiting_safeguarding = Cette réponse pourrait décrire une maltraitance. Elle ne peut être approuvée ou choisie comme citation qu’après que le référent protection a noté ce qui a été fait.
mod-refusal-flagged_needs_individual_review = Les réponses signalées sont approuvées une par une, après les avoir lues.
mod-refusal-never_quoted = Les réponses qui décrivent le jeune lui-même comptent dans l’analyse mais ne sont jamais citées.
mod-refusal-gone = Cette réponse n’existe plus.
mod-quote-empty = Saisissez le texte à citer.
mod-quote-too-long = La citation est bien plus longue que la réponse. Retirez ou masquez des mots ; n’ajoutez pas les vôtres.
mod-quote-only-approved = Un texte de citation n’est donné qu’au moment d’approuver.
mod-sg-status-missing = Choisissez ce qui a été fait.
mod-sg-note-missing = Écrivez une note qui dit ce qui a été fait.
mod-sg-note-too-long = La note est trop longue (2000 caractères au plus).
mod-bulk-ids-or-filter = Donnez soit les identifiants des réponses, soit un filtre, pas les deux.

# Message de protection sur la page de remerciement (jeunes)
sg-notice-heading = Tu n’as pas à affronter ça sans aide
sg-notice-message = Merci de nous l’avoir dit. On dirait que quelque chose de difficile t’arrive peut-être. Ce n’est pas de ta faute, et des personnes veulent t’aider.
sg-notice-helplines = Tu peux parler à quelqu’un dès maintenant. C’est gratuit et tu n’as pas besoin de donner ton nom :
sg-notice-no-helpline = Les lignes d’écoute pour les jeunes sont gratuites et tu n’as pas besoin de donner ton nom. Trouve celle de ton pays ici :
sg-notice-phone = Appeler :
sg-notice-website = Site :
sg-notice-more-help = D’autres endroits où trouver de l’aide
sg-notice-danger = Si tu es en danger maintenant, appelle le numéro d’urgence de ton pays ou va voir un adulte de confiance.
sg-notice-what-next = Un adulte formé à la protection des jeunes lira ta réponse avec attention. Nous ne savons pas qui tu es, alors nous ne pouvons pas te contacter : n’hésite pas à appeler une ligne d’écoute ou à parler à un adulte de confiance.

# Notice de confidentialité d’une consultation (jeunes)
pn-title = Ta vie privée : { $title }
pn-intro = Cette page t’explique, avec des mots simples, ce que deviennent tes réponses à « { $title } ». Les questions sont posées par { $group }.
pn-collect-heading = Ce que nous te demandons
pn-collect-answers = Tes réponses aux questions. Tu peux passer n’importe quelle question.
pn-collect-age = Ta tranche d’âge (par exemple 13 à 15 ans), jamais ta date de naissance.
pn-collect-country = Ton pays, si tu veux le dire.
pn-collect-gender = Ton genre, si tu veux le dire. Tu peux choisir « Je préfère ne pas le dire ».
pn-collect-language = La langue dans laquelle tu réponds, et si tu as répondu avant ou pendant la réunion.
pn-collect-time = L’heure à laquelle tu as envoyé tes réponses, arrondie à l’heure.
pn-collect-guardian = Si tu as moins de { $age } ans, un parent, un tuteur ou un enseignant confirme que tu peux participer. Nous ne demandons pas son nom.
pn-collect-access-code = Le code donné à ton groupe pour participer. C’est le même pour tout le groupe.
pn-never-heading = Ce que nous ne recueillons jamais
pn-never-identity = Ton nom, ton adresse e-mail, ton numéro de téléphone ou ton adresse.
pn-never-scrub = Si tu les écris par erreur, nous retirons les adresses e-mail, les numéros de téléphone, les liens et les pseudos avant d’enregistrer ta réponse.
pn-never-tracking = Ton adresse IP, l’endroit exact où tu es, ou quoi que ce soit qui te suit sur Internet. Il n’y a ni publicité ni cookie de suivi ; un seul cookie retient ta langue.
pn-who-heading = Qui voit tes réponses
pn-who-facilitators = Les organisateurs de { $group } lisent d’abord les réponses écrites, pour les vérifier. Rien de ce que tu écris n’est montré à quelqu’un d’autre avant qu’une personne l’ait vérifié.
pn-who-members = Les membres du groupe voient des totaux et des graphiques. Un groupe de moins de { $threshold } jeunes n’est jamais montré, pour que personne ne puisse être reconnu.
pn-who-public = Les autres ne voient que les résultats que le groupe décide de publier.
pn-who-quotes = Une phrase que tu as écrite peut être citée dans les résultats seulement si un organisateur la lit et la choisit comme citation. Une citation montre au plus ta tranche d’âge, rien d’autre sur toi.
pn-safety-heading = Si tu nous dis que tu n’es pas en sécurité
pn-safety-help = Si tu écris que quelqu’un te fait du mal, ou que tu pourrais te faire du mal, nous te montrons tout de suite où trouver de l’aide.
pn-safety-lead = Le référent protection du groupe, un adulte formé à la protection des jeunes, est prévenu qu’une réponse demande de l’attention. Le message ne contient pas tes mots.
pn-safety-anonymous = Nous ne savons pas qui tu es, donc personne ne peut te contacter. Si tu as besoin d’aide, appelle une ligne d’écoute ou parle à un adulte de confiance.
pn-kept-heading = Combien de temps nous gardons tes réponses
pn-kept-days = { $days ->
    [one] Tes réponses sont supprimées { $days } jour après la fin du questionnaire.
   *[other] Tes réponses sont supprimées { $days } jours après la fin du questionnaire.
}
pn-kept-until = Ce questionnaire s’est terminé le { $closed }. Les réponses seront supprimées le { $date }.
pn-kept-deleted = Ce questionnaire s’est terminé le { $closed }. Les réponses ont été supprimées le { $date }.
pn-kept-stays = Ce qui reste ensuite : les totaux (par exemple combien de personnes ont répondu oui) et les citations approuvées. Ils ne permettent pas de remonter jusqu’à toi.
pn-withdraw-heading = Si tu changes d’avis
pn-withdraw-receipt = Quand tu envoies tes réponses, tu reçois un code de reçu. Avec lui, tu peux retirer toutes tes réponses, tant qu’elles ne sont pas supprimées.
pn-withdraw-lost = Si tu perds le code, nous ne pouvons pas retrouver tes réponses, car nous ne savons pas lesquelles sont les tiennes. C’est ainsi que tes réponses restent anonymes.
pn-questions-heading = Des questions ?
pn-questions = Si tu as une question sur tes réponses ou sur cette page, pose-la à l’adulte qui t’a fait connaître le questionnaire. Il pourra la transmettre à { $group }.
pn-footer-link = Ta vie privée
pn-withdraw-link = Retirer mes réponses
pn-back = Retour au questionnaire

# E-mail d’alerte de protection (au référent protection du groupe)
sg-mail-subject = Protection de l’enfance : une réponse attend votre examen
sg-mail-intro = { $count ->
    [one] Une réponse à la consultation « { $title } » pourrait décrire une maltraitance envers un jeune et attend votre examen en tant que référent protection.
   *[other] { $count } réponses à la consultation « { $title } » pourraient décrire une maltraitance envers des jeunes et attendent votre examen en tant que référent protection.
}
sg-mail-no-lead = Vous recevez ce message car le groupe « { $group } » n’a pas de référent protection : tant qu’un administrateur n’en a pas désigné, ses animateurs et les administrateurs examinent les signalements possibles et consignent ce qui a été fait. Les administrateurs peuvent désigner un référent depuis la page de modération.
sg-mail-what = Ouvrez la file de modération : les signalements possibles apparaissent en premier. Indiquez ce qui a été fait sur la page de chaque réponse.
sg-mail-action = Ouvrir la file de modération
sg-mail-privacy = Pour protéger le jeune, cet e-mail ne contient pas ce qu’il a écrit, et Consulta ne détient rien qui permette de l’identifier. On lui a montré où trouver de l’aide.

## Safeguarding without a lead
mod-sg-no-lead-first = Sans référent protection, vous les voyez en premier : ouvrez chacun et consignez ce qui a été fait sur sa page.
mod-sg-no-lead-record = Sans référent protection, c’est vous qui consignez ce qui a été fait. Le journal d’audit garde le nom de qui l’a consigné.
mod-name-lead-hint = En tant qu’administrateur, désignez l’un des animateurs du groupe comme référent protection :
mod-name-lead = Désigner comme référent protection
mod-name-lead-none = Ce groupe n’a pas encore d’animateur : invitez-en un sur la page d’administration du groupe, puis désignez-le référent.
mod-name-lead-not-facilitator = Seul un animateur de ce groupe peut en être désigné référent protection.
mod-lead-named = Le référent protection est désigné et a été prévenu des signalements possibles en attente.

## Signalements possibles conservés par la purge
sg-held-subject = Des signalements possibles attendent votre suivi
sg-held-intro = La durée de conservation de ces consultations est écoulée. Leurs réponses brutes ont été supprimées, sauf les signalements possibles de maltraitance dont personne n’a encore consigné le suivi : leur texte et leurs indicateurs sont gardés jusque-là.
sg-held-what = Ouvrez chacun et consignez ce qui a été fait. La suppression suivante les effacera aussi.
sg-held-waiting = { $count ->
    [one] un signalement possible attend un suivi
   *[other] { $count } signalements possibles attendent un suivi
}

## Approving and quoting are two decisions
mod-bulk-page = Toutes les réponses de cette page
mod-unquote = Ne plus utiliser comme citation publique
mod-quote-intro = Approuver compte une réponse dans l’analyse. L’utiliser comme citation publique est une décision à part, réponse par réponse : les résultats publics montrent, par question, au plus { $max } des citations choisies (les premières), chaque texte une fois et jamais un seul mot.
mod-refusal-one_word = Un seul mot n’est pas cité : choisissez une réponse plus longue.

# The e-mail 7 days before raw answers are deleted.
ret-mail-subject = Les réponses brutes seront supprimées dans 7 jours
ret-mail-intro = Les réponses brutes de « { $title } » seront supprimées le { $date } (UTC), à la fin de leur durée de conservation. Les totaux et les citations approuvées restent.
ret-mail-what = D’ici là, vous pouvez encore modérer les textes libres, approuver des citations et télécharger les réponses brutes.
ret-mail-action = Ouvrir la publication et les téléchargements
