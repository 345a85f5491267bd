# Importer des formulaires d’autres outils (XLSForm, LimeSurvey) et exporter un XLSForm.
imp-file-heading = Importer un fichier de formulaire
imp-file-intro = Un XLSForm (KoboToolbox, ODK, SurveyCTO, Ona : .xlsx, .csv ou .md) ou un export d’enquête LimeSurvey (.lss) devient un nouveau brouillon de ce groupe. L’éditeur montre ensuite ce qui a été importé et ce qui a été laissé de côté, ligne par ligne.
imp-file-label = Fichier du formulaire
imp-file-hint = .xlsx, .csv, .md ou .lss, 10 Mo au plus. Les questions qui identifient une personne (téléphone, e-mail, lieu, photos, fichiers) ne sont jamais importées.
imp-file-submit = Importer le fichier
imp-paste-heading = Ou coller un document Consulta
imp-export-xlsform = Télécharger en XLSForm (.xlsx)
imp-report-heading = Importé depuis { $format } ({ $file })
imp-report-summary = Questions : { $questions } · sections : { $sections } · conditions traduites : { $conditions } · remarques ci-dessous : { $notes }
imp-report-languages = Langues
imp-report-items = Lignes et éléments qui n’ont pas été importés tels quels
imp-report-dismiss = J’ai lu ce rapport
imp-lang-code = « { $found } » → { $code } (par son code)
imp-lang-name = « { $found } » → { $code } (par son nom)
imp-lang-default = « { $found } » (sans langue) → { $code }, la langue principale du formulaire
imp-lang-unmatched = « { $found } » n’est pas une langue de Consulta : ses textes ont été laissés de côté
imp-at = { $place ->
    [survey] Ligne { $at } de la feuille survey
    [choices] Ligne { $at } de la feuille choices
    [settings] La feuille settings
    [question] Question { $at }
    [group] Groupe { $at }
    [answer] Réponses de la question { $at }
    [quota] Quota { $at }
    [assessment] Évaluation { $at }
    [language] Langue { $at }
   *[other] { $place } { $at }
}
imp-why-identifying = laissée de côté : « { $detail } » permettrait d’identifier un jeune, son appareil ou l’endroit où il se trouve
imp-why-metadata = laissée de côté : métadonnée du formulaire (« { $detail } »), rien à demander
imp-why-repeat = laissée de côté : les groupes répétés ne sont pas pris en charge
imp-why-calculation = laissée de côté : les calculs ne sont pas pris en charge
imp-why-unsupported-type = laissée de côté : le type « { $detail } » n’a pas d’équivalent dans Consulta
imp-why-nested-group = un groupe dans un groupe est devenu une section à part
imp-why-condition-unsupported = montrée à tous : la condition « { $detail } » n’est pas exprimable dans Consulta (une comparaison avec une question précédente)
imp-why-constraint-unsupported = la contrainte « { $detail } » n’a pas été importée
imp-why-constraint-strict = la borne stricte de « { $detail } » est devenue un minimum ou un maximum inclus
imp-why-language-unmatched = textes en « { $detail } » laissés de côté : ce n’est pas une des six langues de Consulta
imp-why-key-changed = renommée « { $detail } » (les clés sont en minuscules, chiffres, _ et -)
imp-why-markup-removed = mise en forme (HTML) retirée : importé en texte simple
imp-why-or-other = une option « Autre » a été ajoutée ; la case pour préciser ne l’a pas été
imp-why-quota = laissé de côté : les quotas ne sont pas pris en charge
imp-why-assessment = laissée de côté : les évaluations ne sont pas prises en charge
imp-why-script = un script a été retiré et ne s’exécute jamais
imp-why-custom-style = styles personnalisés (CSS) retirés
imp-why-no-label = sans texte en { $detail } : le texte d’une autre langue ou son nom a été utilisé
imp-why-no-name = laissée de côté : pas de nom
imp-why-too-many = seules les { $detail } premières options ont été gardées
imp-why-too-long = un texte a été coupé à { $detail } caractères
imp-why-too-few-options = laissée de côté : moins de deux options
imp-why-subquestion = est devenue { $detail } questions, une par sous-question
imp-why-unknown-element = laissé de côté : élément inconnu « { $detail } »
imp-why-choice-filter = toutes les options sont montrées : le filtre « { $detail } » n’a pas été importé
imp-why-column-ignored = non importé : { $detail }
imp-why-required-expression = rendue facultative : « required » dépend de « { $detail } »
imp-why-range-as-number = devenue une question numérique : l’intervalle { $detail } a trop de points pour une note
imp-why-comment-dropped = les cases de commentaire n’ont pas été importées
imp-why-second-scale-dropped = seule la première échelle a été importée
imp-why-asked-by-consulta = laissée de côté : Consulta pose cette question lui-même (genre), avec « je préfère ne pas répondre »
imp-refuse-empty = Le fichier est vide.
imp-refuse-format = Ce n’est ni un XLSForm (.xlsx, .csv, .md) ni un export LimeSurvey (.lss).
imp-refuse-too-large = Le fichier dépasse { $detail }.
imp-refuse-too-big = Le classeur est trop grand une fois décompressé ({ $detail }).
imp-refuse-too-many-rows = Une feuille a plus de { $detail } lignes.
imp-refuse-too-many-columns = Une feuille a plus de { $detail } colonnes.
imp-refuse-not-workbook = Ce classeur ne peut pas être lu ({ $detail }).
imp-refuse-corrupt-zip = Le fichier .xlsx est endommagé : ce n’est pas une archive zip valide ({ $detail }).
imp-refuse-not-text = Le fichier n’est pas du texte en UTF-8.
imp-refuse-not-csv = Le fichier CSV ne peut pas être lu ({ $detail }).
imp-refuse-no-survey = Le formulaire n’a pas de feuille « survey » avec une colonne « type ».
imp-refuse-formula = Une cellule commence par « = » (une formule) : { $detail }. Tapez le texte sans.
imp-refuse-duplicate-name = Deux questions ont le même nom : { $detail }.
imp-refuse-duplicate-choice = Une liste de choix a deux fois le même nom : { $detail }.
imp-refuse-no-choices = Une question utilise une liste de choix absente de la feuille « choices » : { $detail }.
imp-refuse-no-language = Aucune langue du formulaire n’est une langue de Consulta (anglais, arabe, chinois, espagnol, français, russe).
imp-refuse-invalid = Le formulaire importé ne respecte pas une règle de Consulta en { $detail }.
imp-refuse-not-xml = Le fichier .lss n’est pas du XML valide ({ $detail }).
imp-refuse-not-lss = Ce XML n’est pas un export d’enquête LimeSurvey (trouvé « { $detail } »).
imp-refuse-multipart = L’envoi n’a pas pu être lu : choisissez un fichier et envoyez-le à nouveau.
imp-refuse-too-many-questions = Le formulaire a trop de questions pour une consultation ({ $detail }).
imp-refuse-too-many-sections = Le formulaire a trop de groupes pour une consultation ({ $detail }).
# The fixed answers of LimeSurvey's yes/no, uncertain and increase/same/decrease types.
imp-lss-answer-y = Oui
imp-lss-answer-n = Non
imp-lss-answer-u = Incertain
imp-lss-answer-i = Augmenter
imp-lss-answer-s = Pareil
imp-lss-answer-d = Diminuer
