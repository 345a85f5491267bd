# SMS : ce que reçoivent les jeunes. Moins de 160 caractères simples par message.
sms-consent = { $title } : une enquête pour les jeunes. Anonyme ; votre numéro n'est pas gardé. Vie privée : { $url } STOP pour arrêter, AIDE pour de l'aide.
sms-age = Quel âge as-tu ? Réponds un numéro :
sms-guardian = Avant { $age } ans, un parent, tuteur ou enseignant doit être d'accord. Est-il avec toi et d'accord ? 1 Oui 2 Non
sms-guardian-no = Merci. Demande à un parent, tuteur ou enseignant de t'aider, puis envoie { $keyword } à nouveau. Rien n'a été gardé.
sms-too-young = Merci de vouloir aider ! Cette enquête est pour les jeunes de { $age } ans et plus. Rien n'a été gardé.
sms-reply-number = Réponds de 1 à { $max }.
sms-reply-numbers = Réponds un ou plusieurs numéros, comme 1 3.
sms-reply-ranking = Réponds les numéros dans ton ordre, le meilleur d'abord, comme 2 1 3.
sms-reply-range = Réponds un nombre de { $min } à { $max }.
sms-reply-amount = Réponds avec un nombre.
sms-reply-words = Réponds avec tes mots. N'écris aucun nom.
sms-skip-hint = Ou PASSER.
sms-required = Cette question demande une réponse.
sms-out-of-range = Merci de répondre de 1 à { $max }.
sms-text-cut = Ton texte a été coupé à { $max } caractères.
sms-stopped = Arrêté. Rien de ce que tu as envoyé n'a été gardé. Envoie { $keyword } pour recommencer.
sms-help = Besoin de parler ? { $name } : { $phone } (gratuit). RETOUR répète la question, STOP arrête.
sms-help-none = Besoin de parler ? Parles-en à un adulte de confiance. Aide : { $url } RETOUR répète la question, STOP arrête.
sms-harm = Merci de nous l'avoir dit. Tu peux parler gratuitement à { $name } : { $phone }.
sms-harm-none = Merci de nous l'avoir dit. Parles-en à un adulte de confiance. Aide : { $url }
sms-unknown = Envoie { $keyword } pour répondre à « { $title } ».
sms-closed = Cette enquête est fermée. Merci ! Résultats : { $url }
sms-thanks = Merci ! Tes réponses sont enregistrées. Code de reçu : { $receipt }
sms-failed = Désolé, un problème est survenu. Envoie { $keyword } à nouveau plus tard.
sms-word-stop = STOP
sms-word-help = AIDE
sms-word-back = RETOUR
sms-word-skip = PASSER

sms-overview-link = SMS (messages texte)
sms-page-title = Messages texte
sms-intro = Les jeunes sans données mobiles ni smartphone peuvent répondre par SMS : ils envoient le mot-clé au numéro de votre passerelle SMS et reçoivent une question à la fois. Leur numéro n'est jamais enregistré.
sms-off = Les SMS sont désactivés pour cette consultation.
sms-on = Les SMS sont activés
sms-settings = Mot-clé et passerelle
sms-keyword = Mot-clé
sms-keyword-hint = Ce que les jeunes envoient pour commencer, 2 à 20 lettres ou chiffres (p. ex. SAFE). Unique sur ce site.
sms-twilio-token = Jeton d'authentification Twilio
sms-token-hint = Laisser vide pour garder celui enregistré. Il n'est plus jamais affiché.
sms-rapidpro-url = URL d'envoi RapidPro
sms-rapidpro-url-hint = Où les réponses sont envoyées (l'adresse de votre canal externe RapidPro).
sms-rapidpro-token = Jeton RapidPro
sms-enable = Activer les SMS
sms-save = Enregistrer
sms-disable = Désactiver les SMS (supprime les conversations en cours)
sms-webhook-twilio = Webhook Twilio (« A message comes in », HTTP POST)
sms-webhook-rapidpro = Canal externe RapidPro
sms-not-set = non configuré
sms-in-progress = Conversations en cours
sms-privacy-hint = Seule une empreinte à clé de chaque numéro garde la place d'une conversation ; elle est supprimée quand les réponses sont enregistrées ou après 24 heures de silence.
sms-costs = Ce que coûte chaque question
sms-costs-hint = Nombre de SMS par question et par langue (160 caractères par message en GSM-7, 70 en UCS-2 pour l'arabe, le chinois et le russe).
sms-col-question = Question
sms-messages = { $count ->
    [one] { $count } message
   *[other] { $count } messages
}
sms-err-keyword = Saisissez un mot-clé de 2 à 20 lettres ou chiffres, autre que STOP, HELP, BACK ou SKIP.
sms-err-keyword-taken = Une autre consultation utilise déjà ce mot-clé : choisissez-en un autre.
sms-err-url = Saisissez l'URL d'envoi comme une adresse web commençant par https://.
sms-err-rapidpro-token = Saisissez le jeton RapidPro qui va avec l'URL d'envoi.

pn-never-sms = Si tu réponds par SMS, ton numéro n'est pas enregistré : seule une forme codée garde ta place, et elle est supprimée quand tes réponses sont enregistrées, quand tu envoies STOP, ou après 24 heures sans message. Ton opérateur mobile et le service SMS transportent tes messages, comme pour tout SMS.
