# Affirmations sur lesquelles les jeunes votent, et carte des opinions (issue 23).
cn-kind-statements = Affirmations à voter
cn-kind-statements-hint = Les jeunes sont d’accord, pas d’accord ou passent sur de courtes affirmations ; ils peuvent ajouter les leurs si vous le permettez.
agg-kind-statements = Affirmations
p-hint-statements = Pour chaque affirmation, choisis d’accord, pas d’accord ou je passe. Tu peux en laisser autant que tu veux.
p-vote-agree = D’accord
p-vote-disagree = Pas d’accord
p-vote-pass = Je passe
p-statement-add = Ajoute ta propre affirmation (facultatif)
p-statement-add-hint = Une phrase courte, 140 caractères au plus. N’écris pas ton nom ni rien qui dise qui tu es. Quelqu’un la relit avant que d’autres la voient.
p-err-statement-unknown = Il n’y a pas d’affirmation « { $code } » à voter ici.
p-err-vote = Choisis d’accord, pas d’accord ou je passe pour « { $code } ».
p-err-statements-closed = L’ajout d’affirmations ne t’est pas ouvert dans cette consultation.
p-err-statements-too-many = { $count ->
    [one] Ajoute une affirmation au plus.
   *[other] Ajoute { $count } affirmations au plus.
}
p-err-shape-votes = Envoie un objet avec « votes » (code de l’affirmation → agree, disagree ou pass) et, si besoin, « new_statements » (une liste de textes).
cn-slot-statement = affirmation { $code } de la question { $question }
cn-question-statements = Affirmations de départ
cn-question-statements-hint = De courtes affirmations sur lesquelles les jeunes votent, chacune avec un code stable (tiré du texte s’il reste vide) et son texte dans chaque langue. Les affirmations ajoutées par les jeunes apparaissent ici après modération.
cn-question-statements-shown = Affirmations montrées à chaque personne
cn-question-statements-shown-hint = Les affirmations de départ d’abord, puis les nouvelles les moins votées. Vide : 20.
cn-question-statements-allow = Les jeunes peuvent ajouter des affirmations
cn-question-statements-allow-hint = Ce qu’ils ajoutent est débarrassé des données personnelles et attend dans la file de modération avant que d’autres le voient.
cn-question-statements-age = Âge minimum pour ajouter des affirmations
cn-question-statements-age-hint = Les tranches d’âge qui commencent sous cet âge ne peuvent pas en ajouter. Vide : 13.
agg-opinion-heading = Carte des opinions
agg-opinion-summary = { $participants } jeunes ont donné { $votes } votes ; { $groups } groupes d’opinion.
agg-opinion-group = Groupe { $number }
agg-opinion-map = Carte des opinions
agg-opinion-map-desc = Chaque zone ombrée est un groupe d’opinion : les jeunes qui ont voté de façon semblable sont proches. Le tableau ci-dessous reprend les mêmes groupes.
agg-opinion-groups = Groupes d’opinion et ce qui distingue chacun
agg-opinion-group-col = Groupe
agg-opinion-size-col = Jeunes
agg-opinion-representative-col = Affirmations représentatives
agg-opinion-hidden = masqué aux membres
agg-opinion-consensus = Affirmations sur lesquelles tous les groupes sont d’accord
agg-opinion-divisive = Affirmations qui divisent les groupes
agg-opinion-consensus-by = Accord entre tranches d’âge, pays, genres et langues
agg-opinion-by-age_band = Entre tranches d’âge
agg-opinion-by-country = Entre pays
agg-opinion-by-gender = Entre genres
agg-opinion-by-language = Entre langues
agg-opinion-by-none = Pas assez de groupes de taille suffisante pour comparer.
agg-opinion-left-out = { $count ->
    [one] Un groupe est écarté : plus petit que le seuil.
   *[other] { $count } groupes sont écartés : plus petits que le seuil.
}
agg-opinion-none = Aucune pour l’instant.
agg-opinion-api = La carte des opinions en JSON

p-statement-progress = Affirmation { $step } sur { $steps }
p-statement-vote = Ton vote sur cette affirmation
p-statement-back = Affirmation précédente
p-statements-done = Tu as vu toutes les affirmations. Tu peux changer n’importe quel vote ci-dessous, puis continuer.

# The Pol.is import through the API: why a conversation was refused (file names stay as they are).
imp-polis-missing = { $file } manque : envoyez comments.csv et votes.csv comme deux parties d’un corps multipart/form-data.
imp-polis-column = { $file } n’a pas de colonne { $column }. Rien n’a été importé.
imp-polis-unreadable = { $file } n’a pas pu être lu comme CSV. Rien n’a été importé.
imp-polis-empty = Aucun commentaire n’a pu être lu dans comments.csv. Rien n’a été importé.
