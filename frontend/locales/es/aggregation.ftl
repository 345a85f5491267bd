agg-page-title = Resumen
agg-status = Estado:
agg-responses = Respuestas:
# "12 people, 87 answers": young people who answered and the answers they gave (also on the projector).
agg-people-answers = { $people ->
    [one] { $people } persona
   *[other] { $people } personas
  }, { $answers ->
    [one] { $answers } respuesta
   *[other] { $answers } respuestas
  }
agg-status-draft = borrador
agg-status-open = abierta
agg-status-live = en directo
agg-status-closed = cerrada
agg-status-published = publicada
agg-status-archived = archivada
agg-facilitator-note = Usted ve todas las cifras. Las cifras marcadas con * se basan en menos de { $count } jóvenes, o permitirían deducir una cifra así: los miembros del grupo y el público ven «menos de { $count }» en su lugar.
agg-member-note = Para proteger a las y los jóvenes, un recuento de menos de { $count } personas se muestra como «menos de { $count }», al igual que cualquier cifra que permitiría deducirlo.
agg-hidden-marker = (oculto para los miembros y el público)
agg-fewer-than = menos de { $count }
agg-hidden = oculto
agg-controls = Cruzar y filtrar
agg-by-label = Desglosar cada pregunta por
agg-by-hint = Muestra cada pregunta por grupo, en una tabla y en barras apiladas.
agg-by-none = Sin desglose
agg-filter-label = Mostrar solo a las y los jóvenes de un grupo
agg-filter-hint = Use un desglose o un filtro, no ambos a la vez.
agg-filter-none = Todo el mundo
agg-question-label = Pregunta
agg-question-all = Todas las preguntas
agg-apply = Mostrar
agg-reset = Empezar de nuevo
agg-error-one-view = Elija un desglose o un filtro, no ambos.
agg-view-filtered = Solo jóvenes cuyo valor de { $dimension } es: { $group }.
agg-view-by = Cada pregunta desglosada por { $dimension }.
agg-dim-age_band = Franja de edad
agg-dim-country = País
agg-dim-gender = Género
agg-dim-language = Idioma
agg-dim-phase = Fase
agg-not-stated = No indicado
agg-gender-girl = Chicas
agg-gender-boy = Chicos
agg-gender-self_described = Descrito con sus propias palabras
agg-gender-prefer_not_to_say = Prefiere no decirlo
agg-phase-before = Antes de la reunión
agg-phase-during = Durante la reunión
agg-who-answered = Quién respondió
agg-totals-by = Respuestas por { $dimension }
agg-young-people = Jóvenes
agg-representativeness = Representatividad
agg-no-targets = No se fijaron objetivos para esta consulta, así que no hay nada con qué comparar.
agg-targets-caption = Proporción de respuestas frente al objetivo
agg-target = Objetivo
agg-reached = Alcanzado
agg-heard = ¿Se le escuchó lo suficiente?
agg-under-heard-short = Poco escuchado
agg-heard-ok = Sí
agg-nobody-under-heard = Cada grupo con objetivo alcanzó al menos cuatro quintas partes de él.
agg-under-heard = Estos grupos están poco escuchados (por debajo de cuatro quintas partes de su objetivo); lea los resultados con cuidado y considere llegar a ellos:
agg-no-questions = Esta consulta aún no tiene preguntas que resumir.
agg-answered-skipped = { $answered } respondieron, { $skipped } no
agg-answered = Respondieron
agg-chart-desc = Respuestas de { $answered } jóvenes. Las mismas cifras están en la tabla bajo el gráfico.
agg-all = Todo el mundo
agg-option = Opción
agg-ranked-first = En primer lugar
agg-average-rank = Posición media (1 = primera)
agg-table-caption = Las cifras del gráfico
agg-bin = Intervalo
agg-mean = Media
agg-median = Mediana
agg-median-option = Respuesta central
agg-q1 = Primer cuartil
agg-q3 = Tercer cuartil
agg-min = Valor más pequeño
agg-max = Valor más grande
agg-crosstab = Tabla cruzada
agg-crosstab-title = { $question } por { $dimension }
agg-crosstab-desc = Una barra por grupo, dividida por respuesta, con los porcentajes de quienes respondieron en el grupo. Las mismas cifras están en la tabla de abajo.
agg-crosstab-caption = Cifras por { $dimension } (porcentajes de quienes respondieron en cada grupo)
agg-text-heading = Lo que escribieron las y los jóvenes
agg-text-answers = Respuestas analizadas:
agg-no-text = Aún no hay respuestas moderadas. El texto libre se muestra cuando una persona facilitadora lo ha moderado.
agg-no-terms = Ningún término se usa lo bastante para mostrarlo.
agg-key-terms = Términos clave (respuestas que los usan):
agg-phrases = Expresiones:
agg-cloud-title = Términos clave de «{ $question }» en { $language }
agg-cloud-desc = Una nube de palabras: cuantas más respuestas usan un término, más grande aparece. Los mismos términos se enumeran abajo.
agg-quotes = Citas aprobadas
agg-no-quotes = Aún no se ha aprobado ninguna cita.
agg-preview-heading = Vista previa para facilitación: incluye respuestas pendientes de moderación
agg-preview-note = Nadie más ve esta vista previa. Incluye respuestas que nadie ha revisado todavía.
agg-api-link = Estas cifras en JSON (API)
agg-kind-single_choice = Opción única
agg-kind-multiple_choice = Opción múltiple (los porcentajes pueden sumar más de 100)
agg-kind-scale = Escala de acuerdo
agg-kind-rating = Valoración
agg-kind-ranking = Clasificación
agg-kind-number = Número
agg-kind-short_text = Texto corto
agg-kind-long_text = Texto largo
agg-kind-info = Información
agg-contents = Las preguntas de un vistazo
agg-preview-show = Ver la vista previa con las respuestas pendientes de moderación
agg-key-heading = Cifras clave
agg-key-people = Jóvenes que respondieron
agg-key-completion = Respondieron a la última pregunta
agg-key-timeline = Respuestas por día
agg-key-busiest = Día con más respuestas: { $day } ({ $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
})
agg-key-timeline-label = Respuestas por día del { $first } al { $last }. { $busiest }
agg-answered-share = respondió el { $percent } % del total
