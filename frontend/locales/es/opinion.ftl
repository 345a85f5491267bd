# Afirmaciones que votan los jóvenes y el mapa de opiniones (issue 23).
cn-kind-statements = Afirmaciones para votar
cn-kind-statements-hint = Los jóvenes están de acuerdo, en desacuerdo o pasan ante afirmaciones breves; pueden añadir las suyas si lo permites.
agg-kind-statements = Afirmaciones
p-hint-statements = Para cada afirmación elige de acuerdo, en desacuerdo o paso. Puedes dejar cualquiera sin responder.
p-vote-agree = De acuerdo
p-vote-disagree = En desacuerdo
p-vote-pass = Paso
p-statement-add = Añade tu propia afirmación (opcional)
p-statement-add-hint = Una frase corta, de hasta 140 caracteres. No escribas tu nombre ni nada sobre quién eres. Alguien la revisa antes de que otros la vean.
p-err-statement-unknown = Aquí no hay ninguna afirmación «{ $code }» para votar.
p-err-vote = Elige de acuerdo, en desacuerdo o paso para «{ $code }».
p-err-statements-closed = En esta consulta no puedes añadir afirmaciones.
p-err-statements-too-many = { $count ->
    [one] Añade como máximo una afirmación.
   *[other] Añade como máximo { $count } afirmaciones.
}
p-err-shape-votes = Envía un objeto con "votes" (código de la afirmación → agree, disagree o pass) y, si quieres, "new_statements" (una lista de textos).
cn-slot-statement = afirmación { $code } de la pregunta { $question }
cn-question-statements = Afirmaciones iniciales
cn-question-statements-hint = Afirmaciones breves que votan los jóvenes, cada una con un código estable (se crea a partir del texto si lo dejas vacío) y su texto en cada idioma. Las que añaden los jóvenes aparecen aquí tras la moderación.
cn-question-statements-shown = Afirmaciones que ve cada persona
cn-question-statements-shown-hint = Primero las iniciales, luego las nuevas menos votadas. Vacío: 20.
cn-question-statements-allow = Los jóvenes pueden añadir afirmaciones
cn-question-statements-allow-hint = Lo que añaden se limpia de datos personales y espera en la cola de moderación antes de que otros lo vean.
cn-question-statements-age = Edad mínima para añadir afirmaciones
cn-question-statements-age-hint = Los grupos de edad que empiezan por debajo de esta edad no pueden añadir. Vacío: 13.
agg-opinion-heading = Mapa de opiniones
agg-opinion-summary = { $participants } jóvenes emitieron { $votes } votos; { $groups } grupos de opinión.
agg-opinion-group = Grupo { $number }
agg-opinion-map = Mapa de opiniones
agg-opinion-map-desc = Cada zona sombreada es un grupo de opinión: los jóvenes que votaron de forma parecida están cerca. La tabla de abajo muestra los mismos grupos.
agg-opinion-groups = Grupos de opinión y lo que distingue a cada uno
agg-opinion-group-col = Grupo
agg-opinion-size-col = Jóvenes
agg-opinion-representative-col = Afirmaciones representativas
agg-opinion-hidden = oculto para los miembros
agg-opinion-consensus = Afirmaciones en las que todos los grupos están de acuerdo
agg-opinion-divisive = Afirmaciones que dividen a los grupos
agg-opinion-consensus-by = Acuerdo entre grupos de edad, países, géneros e idiomas
agg-opinion-by-age_band = Entre grupos de edad
agg-opinion-by-country = Entre países
agg-opinion-by-gender = Entre géneros
agg-opinion-by-language = Entre idiomas
agg-opinion-by-none = No hay suficientes grupos con el tamaño necesario para comparar.
agg-opinion-left-out = { $count ->
    [one] Se deja fuera un grupo: es menor que el umbral.
   *[other] Se dejan fuera { $count } grupos: son menores que el umbral.
}
agg-opinion-none = Todavía ninguna.
agg-opinion-api = El mapa de opiniones en JSON

p-statement-progress = Afirmación { $step } de { $steps }
p-statement-vote = Tu voto sobre esta afirmación
p-statement-back = Afirmación anterior
p-statements-done = Has visto todas las afirmaciones. Puedes cambiar cualquier voto abajo y luego seguir.

# The Pol.is import through the API: why a conversation was refused (file names stay as they are).
imp-polis-missing = Falta { $file }: envíe comments.csv y votes.csv como dos partes de un cuerpo multipart/form-data.
imp-polis-column = { $file } no tiene la columna { $column }. No se importó nada.
imp-polis-unreadable = { $file } no se pudo leer como CSV. No se importó nada.
imp-polis-empty = No se pudo leer ningún comentario de comments.csv. No se importó nada.
