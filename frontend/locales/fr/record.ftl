# The group's public record: meetings, documents (issue #25).
rec-title = Archives publiques
rec-intro = Les réunions du groupe, les consultations menées avant et pendant celles-ci, et les documents qu'il a publiés : contributions des membres, rapports et synthèses. Ouvert à tous, sans mot de passe.
rec-group-home = Retour à l'accueil du groupe
rec-link = Réunions et documents
rec-records-heading = Réunions et documents des groupes
rec-records-intro = Chaque groupe de travail tient des archives publiques de ses réunions, contributions et rapports.
rec-search-heading = Rechercher dans les documents
rec-search-words = Mots du titre
rec-search-year = Année
rec-search-any = Toutes
rec-search-button = Rechercher
rec-results-heading = Documents trouvés
rec-results-count = { $count ->
    [0] Aucun document ne correspond à votre recherche.
    [one] Un document correspond à votre recherche.
   *[other] { $count } documents correspondent à votre recherche.
  }
rec-meetings = Réunions
rec-no-meetings = Le groupe n'a pas encore de réunion.
rec-documents-count = { $count ->
    [0] aucun document
    [one] un document
   *[other] { $count } documents
  }
rec-meeting-dates = Dates
rec-meeting-place = Lieu
rec-manage-documents = Documents de la réunion
rec-consultations = Consultations avant et pendant la réunion
rec-no-consultations = Aucune consultation n'est encore liée à cette réunion.
rec-documents = Documents
rec-no-documents = Aucun document n'a encore été publié pour cette réunion.
rec-field-type = Type
rec-field-author-org = Organisation auteure
rec-field-date = Date
rec-field-meeting = Réunion
rec-field-language = Langue
rec-field-status = Statut
rec-field-title = Titre
rec-field-file = Fichier
rec-file-hint = PDF, DOCX, XLSX, PPTX ou ODT, 25 Mo au plus.
rec-files = Télécharger
rec-withdrawn = Retiré
rec-withdrawn-intro = Les animateurs du groupe ont retiré ce document, pour la raison suivante :
rec-kind-contribution = Contribution
rec-kind-report = Rapport
rec-kind-summary = Synthèse
rec-kind-other = Autre
rec-status-draft = Brouillon (non public)
rec-status-published = Publié
rec-status-withdrawn = Retiré
rec-public-page = Page publique de la réunion
rec-manage-intro = Les membres et les animateurs déposent des documents ; seuls les animateurs les publient. Un document est public une fois publié ; un document retiré affiche la raison à sa place.
rec-add-language = Ajouter ou remplacer une version linguistique
rec-upload-button = Déposer
rec-upload-heading = Déposer un document
rec-publish-button = Publier
rec-withdraw-heading = Retirer ce document
rec-withdraw-reason = Raison affichée au public
rec-withdraw-button = Retirer le document
rec-v-query-long = Le texte recherché est trop long : 200 caractères au plus.
rec-v-year = Choisissez une année dans la liste.
rec-v-type = Choisissez un type dans la liste.
rec-v-language = Choisissez une langue dans la liste.
rec-v-title = Donnez un titre au document (300 caractères au plus).
rec-v-author-org = Indiquez l'organisation qui a rédigé le document (200 caractères au plus).
rec-v-date = Saisissez la date du document, par exemple 2027-03-14.
rec-v-reason = Indiquez la raison que le public lira à la place du document (2 000 caractères au plus).
rec-v-withdrawn = Ce document a été retiré : on ne peut plus y ajouter de fichier.
rec-v-file-missing = Choisissez le fichier à déposer.
rec-v-file-too-large = Le fichier dépasse 25 Mo. Réduisez-le, par exemple en enregistrant le PDF pour le web, puis réessayez.
rec-v-file-not-accepted = Ce fichier n'est pas un document PDF, DOCX, XLSX, PPTX ou ODT. Choisissez un document dans l'un de ces formats.
rec-v-file-name-mismatch = Le nom du fichier ne correspond pas à son contenu (par exemple un document Word nommé .pdf). Renommez-le avec la bonne extension ou choisissez un autre fichier.

# Breakdown dimensions worked out from the country (regions).
agg-dim-region = Région (M49 de l’ONU)
agg-dim-itu_region = Région de l’UIT
rec-document-page = Page du document
