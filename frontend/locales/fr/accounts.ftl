form-has-problems = Il y a un problème
login-title = Se connecter
login-email = Adresse e-mail
login-password = Mot de passe
login-submit = Se connecter
login-wrong = L’adresse e-mail ou le mot de passe n’est pas correct.
groups-title = Vos groupes de travail
groups-none = Vous ne faites encore partie d’aucun groupe de travail. Un administrateur peut vous inviter.
nav-label = Menu principal
nav-groups = Groupes
nav-logout = Se déconnecter
password-too-short = Utilisez au moins 12 caractères.
password-too-long = Utilisez au plus 128 caractères.
password-too-common = Ce mot de passe est trop courant. Choisissez-en un autre.

## Shared words
save = Enregistrer
continue = Continuer
actions = Actions
yes = Oui
back-to-login = Retour à la connexion
form-expired = Ce formulaire avait expiré. Veuillez réessayer.
email-invalid = Saisissez une adresse e-mail comme nom@exemple.org.
nav-account = Votre compte
nav-admin = Administration
role-facilitator = animateur ou animatrice
role-member = membre du groupe
role-admin = administrateur ou administratrice
role-facilitator-hint = Crée et mène les consultations, modère les réponses et publie les résultats.
role-member-hint = Lit les synthèses et les télécharge.

## Sign in
login-forgot = Mot de passe oublié ?
login-email-missing = Saisissez votre adresse e-mail.
login-password-missing = Saisissez votre mot de passe.
login-wait = { $count ->
    [one] Trop de tentatives échouées. Attendez { $count } seconde, puis réessayez.
   *[other] Trop de tentatives échouées. Attendez { $count } secondes, puis réessayez.
}
login-locked = La connexion est bloquée pour un moment après trop de tentatives échouées. La personne titulaire du compte a reçu un e-mail ; réinitialiser le mot de passe la débloque immédiatement.
login-notice-reset = Votre mot de passe a été changé. Connectez-vous avec le nouveau mot de passe.
login-notice-welcome = Votre compte est prêt. Bienvenue !
login-notice-added = L’invitation est acceptée. Connectez-vous pour continuer.
login-notice-signed-out = Vous êtes déconnecté·e.
login-notice-ended = Vos sessions ont été fermées. Reconnectez-vous pour continuer.

## Second factor
totp-login-title = Saisissez votre code de sécurité
totp-login-submit = Continuer
totp-login-restart = Recommencer
totp-code = Code de sécurité
totp-code-hint = Le code à 6 chiffres de votre application d’authentification, ou l’un de vos codes de secours.
totp-code-hint-setup = Le code à 6 chiffres que votre application d’authentification affiche maintenant.
totp-code-missing = Saisissez le code de votre application d’authentification.
totp-code-wrong = Ce code n’est pas correct, ou il a déjà servi. Attendez un nouveau code et réessayez.
totp-enrol-title = Configurer un second facteur
totp-enrol-required = Votre administrateur exige un second facteur pour les animateurs et les administrateurs. Configurez-le maintenant pour continuer.
totp-title = Second facteur
totp-intro = Avec un second facteur, la connexion demande votre mot de passe et un code d’une application d’authentification sur votre téléphone (par exemple FreeOTP, Aegis, Google Authenticator ou Microsoft Authenticator).
totp-required-note = Votre administrateur exige un second facteur pour votre compte.
totp-is-on = Le second facteur est activé.
totp-is-off = Le second facteur est désactivé.
totp-start = Configurer un second facteur
totp-setup-heading = Configuration
totp-step-app = Installez une application d’authentification sur votre téléphone si vous n’en avez pas.
totp-step-scan = Dans l’application, ajoutez un compte et scannez ce code QR.
totp-step-type = Si vous ne pouvez pas le scanner, saisissez plutôt cette clé :
totp-step-confirm = Saisissez le code à 6 chiffres affiché par l’application.
totp-qr-label = Code QR pour ajouter Consulta à votre application d’authentification
totp-confirm = Activer le second facteur
totp-new-secret = Recommencer avec une nouvelle clé
totp-codes-title = Vos codes de secours
totp-codes-on = Le second facteur est activé.
totp-codes-intro = Si vous perdez votre téléphone, chacun de ces codes permet de vous connecter une fois à la place d’un code de l’application. Imprimez-les ou gardez-les dans un gestionnaire de mots de passe.
totp-codes-once = Ces codes ne sont affichés que maintenant.
totp-codes-left = { $count ->
    [one] Il vous reste { $count } code de secours inutilisé.
   *[other] Il vous reste { $count } codes de secours inutilisés.
}
totp-renew-heading = Nouveaux codes de secours
totp-renew-intro = Les nouveaux codes remplacent tous les anciens.
totp-renew-submit = Créer de nouveaux codes de secours
totp-disable-heading = Désactiver le second facteur
totp-disable-submit = Désactiver le second facteur
totp-required-cannot-disable = Votre administrateur exige un second facteur : il ne peut pas être désactivé.
totp-notice-off = Le second facteur est désactivé.

## Forgotten password
forgot-title = Réinitialiser votre mot de passe
forgot-intro = Saisissez l’adresse e-mail de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = Envoyer le lien
forgot-sent = Si un compte utilise cette adresse, nous lui avons envoyé un lien pour choisir un nouveau mot de passe.
forgot-sent-hint = Le lien fonctionne pendant 30 minutes et une seule fois. Vérifiez vos indésirables si rien n’arrive d’ici quelques minutes.
reset-title = Choisir un nouveau mot de passe
reset-submit = Enregistrer le nouveau mot de passe
reset-ask-again = Demander un nouveau lien

## Links that do not work
link-unknown-title = Ce lien ne fonctionne pas
link-unknown = Le lien est incomplet, ou un lien plus récent l’a remplacé. Copiez le lien entier depuis l’e-mail, ou demandez-en un nouveau.
link-used-title = Ce lien a déjà été utilisé
link-used = Chaque lien ne fonctionne qu’une fois. Si nécessaire, demandez-en un nouveau.
link-expired-title = Ce lien a expiré
link-expired = Pour votre sécurité, les liens ne fonctionnent que pendant une durée limitée. Veuillez en demander un nouveau.

## Passwords
password-title = Changer votre mot de passe
password-intro = Les autres sessions de votre compte seront fermées.
password-current = Mot de passe actuel
password-new = Nouveau mot de passe
password-choose = Choisissez un mot de passe
password-confirm = Saisissez à nouveau le mot de passe
password-rules = Au moins 12 caractères. Quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.
password-submit = Changer le mot de passe
password-missing = Saisissez un mot de passe.
password-mismatch = Les deux mots de passe ne sont pas identiques.
password-current-missing = Saisissez votre mot de passe actuel.
password-current-wrong = Votre mot de passe actuel n’est pas correct.
password-same = Choisissez un mot de passe différent de l’actuel.

## Your account
account-title = Votre compte
account-nav-label = Votre compte
account-nav-profile = Profil
account-nav-password = Mot de passe
account-nav-2fa = Second facteur
account-nav-sessions = Sessions
account-nav-tokens = Jetons d’API
account-email = Adresse e-mail
account-admin = Administrateur
account-display-name = Nom
account-display-name-hint = Le nom que voient les autres adultes de vos groupes. Les jeunes ne le voient jamais.
account-name-missing = Saisissez un nom.
account-name-too-long = Utilisez au plus 100 caractères.
account-locale = Langue de vos e-mails
account-locale-hint = Les e-mails que Consulta vous envoie sont rédigés dans cette langue.
account-locale-invalid = Choisissez l’une des langues de la liste.
account-notice-profile = Votre profil est enregistré.
account-notice-password = Votre mot de passe a été changé. Vos autres sessions ont été fermées.

## Sessions
sessions-title = Où vous êtes connecté·e
sessions-intro = Voici les navigateurs connectés à votre compte. Fermez toute session que vous ne reconnaissez pas, puis changez votre mot de passe.
sessions-device = Appareil
sessions-created = Connexion
sessions-last-seen = Dernière activité
sessions-this-one = ce navigateur
sessions-end = Fermer cette session
sessions-end-all = Se déconnecter partout, y compris ici
sessions-notice-ended = La session a été fermée.

## API tokens
tokens-title = Jetons d’API
tokens-intro = Un jeton d’API permet à un script ou à un autre outil d’utiliser l’API de Consulta avec vos droits. Donnez à chaque outil son propre jeton et révoquez-le quand il n’est plus utile.
tokens-none = Vous n’avez aucun jeton d’API.
tokens-name = Nom
tokens-name-hint = À quoi sert le jeton, par exemple « Export nocturne ».
tokens-name-missing = Saisissez un nom pour le jeton.
tokens-name-too-long = Utilisez au plus 100 caractères.
tokens-created-at = Créé le
tokens-last-used = Dernière utilisation
tokens-never-used = Jamais
tokens-revoke = Révoquer
tokens-new-heading = Nouveau jeton
tokens-create = Créer le jeton
tokens-created = Nouveau jeton créé :
tokens-secret = Votre nouveau jeton
tokens-secret-once = Copiez-le maintenant : il ne sera plus affiché.
tokens-usage = Envoyez-le dans l’en-tête
tokens-notice-revoked = Le jeton a été révoqué.
tokens-create-needs-role = Seuls les animateurs, animatrices et administrateurs peuvent créer des jetons d’API. Vous pouvez toujours voir et révoquer les vôtres.

## Invitations and first administrator
invitation-title = Rejoindre Consulta
invitation-offer-group = Vous êtes invité·e comme { $role } dans « { $group } ».
invitation-offer-admin = Vous êtes invité·e à devenir administrateur ou administratrice de Consulta.
invitation-has-account = Vous avez déjà un compte avec cette adresse. Acceptez pour y ajouter ce rôle.
invitation-accept = Accepter l’invitation
invitation-create = Créer mon compte
setup-title = Créer le premier administrateur
setup-intro = Ce Consulta n’a pas encore d’administrateur. Le compte créé ici pourra gérer les groupes de travail, inviter des personnes et lire le journal d’audit.
setup-email-hint = Vous vous connecterez avec cette adresse.
setup-email-taken = Un compte utilise déjà cette adresse.
setup-submit = Créer l’administrateur

## Administration
admin-title = Administration
admin-nav-label = Administration
admin-nav-overview = Vue d’ensemble
admin-nav-groups = Groupes de travail
admin-nav-accounts = Comptes
admin-nav-audit = Journal d’audit
admin-groups-count = { $count ->
    [one] { $count } groupe de travail
   *[other] { $count } groupes de travail
}
admin-accounts-count = { $count ->
    [one] { $count } compte
   *[other] { $count } comptes
}
admin-security-heading = Sécurité
admin-totp-legend = Second facteur
admin-totp-hint = Si cette option est activée, chaque animateur et administrateur doit utiliser une application d’authentification pour se connecter. Ceux qui n’en ont pas sont déconnectés et la configurent à leur prochaine connexion.
admin-totp-label = Exiger un second facteur pour les animateurs et les administrateurs
admin-totp-self-first = Configurez d’abord votre propre second facteur (Votre compte › Second facteur).
admin-groups-title = Groupes de travail
admin-groups-none = Il n’y a pas encore de groupe de travail.
admin-group-new = Nouveau groupe de travail
admin-group-create = Créer le groupe
admin-members = Membres
admin-members-none = Personne n’est encore dans ce groupe. Invitez des personnes ci-dessous.
admin-role-and-lead = Rôle
admin-role-of = Rôle de
admin-safeguarding-lead = Référent·e protection
admin-safeguarding-hint = La personne référente pour la protection (un animateur) est avertie lorsqu’une réponse laisse penser qu’un ou une jeune est en danger. Un groupe a un seul référent.
admin-remove = Retirer du groupe
admin-pending-invitations = Invitations pas encore acceptées
admin-expires = expire le
admin-revoke = Retirer
admin-invite-heading = Inviter quelqu’un
admin-invite-intro = La personne reçoit un e-mail avec un lien pour choisir son nom et son mot de passe (valable 7 jours). Une personne qui a déjà un compte reçoit le rôle immédiatement.
admin-invite-submit = Envoyer l’invitation
admin-accounts-title = Comptes
admin-status = Statut
admin-has-2fa = second facteur activé
admin-no-2fa = pas de second facteur
admin-locked = Bloqué après des connexions échouées
admin-unlock = Débloquer
admin-revoke-admin = Retirer l’administration
admin-invite-admin-heading = Inviter un administrateur
admin-invite-admin-intro = Les administrateurs gèrent tous les groupes de travail, tous les comptes et les réglages de sécurité.
admin-notice-group-created = Le groupe de travail est créé. Invitez maintenant ses membres.
admin-notice-invited = L’invitation a été envoyée.
admin-notice-added = Cette personne avait déjà un compte et a maintenant le rôle.
admin-notice-no-mail = La modification est enregistrée, mais l’e-mail n’a pas pu être envoyé. Vérifiez les réglages de messagerie, puis renvoyez l’invitation.
admin-notice-changed = La modification est enregistrée.
admin-notice-removed = La personne a été retirée du groupe.
admin-notice-revoked = L’invitation a été retirée.
admin-notice-unlocked = Le compte a été débloqué.
admin-notice-settings = Les réglages de sécurité sont enregistrés.
group-name = Nom
group-name-hint = Par exemple « Groupe de travail du Conseil sur la protection en ligne des enfants ».
group-name-missing = Saisissez le nom du groupe.
group-name-too-long = Utilisez au plus 200 caractères.
group-slug = Nom court pour les liens
group-slug-hint = Lettres minuscules a–z, chiffres et traits d’union. Laissez vide pour le former à partir du nom.
group-slug-invalid = Utilisez de 2 à 80 lettres minuscules a–z, chiffres et traits d’union, sans trait d’union au début ni à la fin.
group-slug-taken = Un autre groupe utilise déjà ce nom court.
invite-role = Rôle
invite-role-missing = Choisissez un rôle : animateur ou membre du groupe.
invite-email-missing = Saisissez l’adresse e-mail de la personne à inviter.
invite-locale = Langue de l’invitation
invite-locale-hint = L’e-mail et la page vers laquelle il mène sont dans cette langue.
invite-already-member = Cette personne a déjà un rôle dans ce groupe. Modifiez-le dans le tableau des membres.
invite-already-admin = Cette personne est déjà administrateur.
member-lead-needs-facilitator = Seul un animateur peut être référent pour la protection.

## Audit log
audit-title = Journal d’audit
audit-intro = Actions sensibles, les plus récentes d’abord. Le journal ne contient aucune donnée personnelle de jeunes.
audit-when = Quand (UTC)
audit-action = Action
audit-actor = Qui
audit-group = Groupe
audit-details = Détails
audit-from = Du
audit-to = Au
audit-any = Tous
audit-filter = Filtrer
audit-clear = Effacer les filtres
audit-none = Aucune entrée ne correspond.
audit-older = Entrées plus anciennes
audit-filter-invalid = Choisissez une valeur dans la liste.
audit-date-invalid = Saisissez une date comme 2027-03-31.
audit-dates-reversed = La date de fin est avant la date de début.
audit-action-login = Connexion
audit-action-login-failed = Connexion échouée
audit-action-login-locked = Compte bloqué
audit-action-login-2fa-failed = Code de sécurité erroné
audit-action-logout = Déconnexion
audit-action-sessions-ended = Déconnexion partout
audit-action-session-ended = Session fermée
audit-action-password-changed = Mot de passe changé
audit-action-password-reset-requested = Réinitialisation demandée
audit-action-password-reset = Mot de passe réinitialisé
audit-action-profile-changed = Profil modifié
audit-action-totp-enabled = Second facteur activé
audit-action-totp-disabled = Second facteur désactivé
audit-action-recovery-codes-renewed = Nouveaux codes de secours
audit-action-recovery-code-used = Code de secours utilisé
audit-action-api-token-created = Jeton d’API créé
audit-action-api-token-revoked = Jeton d’API révoqué
audit-action-group-created = Groupe de travail créé
audit-action-invitation-sent = Invitation envoyée
audit-action-invitation-revoked = Invitation retirée
audit-action-invitation-accepted = Invitation acceptée
audit-action-membership-added = Ajout à un groupe
audit-action-role-changed = Rôle modifié
audit-action-membership-removed = Retrait d’un groupe
audit-action-safeguarding-lead-set = Référent protection désigné
audit-action-safeguarding-lead-unset = Référent protection retiré
audit-action-admin-created = Administrateur créé
audit-action-admin-granted = Administration accordée
audit-action-admin-revoked = Administration retirée
audit-action-account-unlocked = Compte débloqué
audit-action-security-setting-changed = Réglage de sécurité modifié

## E-mails
email-greeting = Bonjour,
email-footer = Cet e-mail a été envoyé par Consulta ({ $site }). Si vous ne l’attendiez pas, vous pouvez l’ignorer.
email-link-fallback = Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :
email-invitation-subject = Vous êtes invité·e sur Consulta
email-invitation-group = Vous êtes invité·e à rejoindre le groupe de travail « { $group } » sur Consulta comme { $role }.
email-invitation-admin = Vous êtes invité·e à devenir administrateur ou administratrice de Consulta.
email-invitation-action = Choisir votre nom et votre mot de passe
email-invitation-expiry = Ce lien fonctionne une seule fois, pendant 7 jours.
email-added-subject = Vous avez un nouveau rôle sur Consulta
email-added-body = Vous êtes maintenant { $role } dans le groupe de travail « { $group } » sur Consulta. Connectez-vous avec votre adresse e-mail et votre mot de passe habituels.
email-added-action = Se connecter
email-reset-subject = Choisissez un nouveau mot de passe Consulta
email-reset-body = Quelqu’un, probablement vous, a demandé à réinitialiser le mot de passe de votre compte Consulta.
email-reset-action = Choisir un nouveau mot de passe
email-reset-expiry = Ce lien fonctionne une seule fois, pendant 30 minutes. Si vous ne l’avez pas demandé, ignorez cet e-mail : votre mot de passe reste le même.
email-reset-tokens = Choisir un nouveau mot de passe révoque aussi tous vos jetons d’API : les scripts et outils qui les utilisent en auront besoin de nouveaux.
email-locked-subject = Votre compte Consulta est bloqué
email-locked-body = Après { $attempts } tentatives de connexion échouées, votre compte est bloqué pendant { $minutes } minutes. Si ce n’était pas vous, quelqu’un essaie peut-être de deviner votre mot de passe.
email-locked-action = Réinitialiser votre mot de passe (cela débloque aussi le compte)
email-changed-subject = Votre mot de passe Consulta a été changé
email-changed-body = Le mot de passe de votre compte Consulta vient d’être changé, et vos autres sessions ont été fermées.
email-changed-warning = Si ce n’est pas vous, réinitialisez votre mot de passe maintenant :
email-changed-action = Réinitialiser votre mot de passe
