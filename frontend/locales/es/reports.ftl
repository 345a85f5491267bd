# Los informes anuales y el informe final del grupo
rep-title-yearly = Informe anual { $period }
rep-title-final = Informe final { $period }
rep-reports = Informes anuales e informe final
rep-reports-intro = Redacte el informe del grupo al Consejo de cada año, o un informe final de varios años: una introducción y unas conclusiones en cada idioma, y los resultados principales de cada consulta. Solo es público cuando usted lo publica.
rep-no-years = Todavía no se ha hecho ninguna consulta: un informe necesita al menos una.
rep-state-published = Publicado
rep-state-draft = Borrador
rep-final-heading = Informe final
rep-final-intro = Un informe final abarca varios años: elija el primero y el último.
rep-field-from = Primer año
rep-field-to = Último año
rep-final-open = Abrir el informe final
rep-introduction = Introducción
rep-introduction-hint = Unos párrafos; deje una línea en blanco entre párrafos.
rep-conclusions = Conclusiones
rep-consultations = Consultas
rep-consultations-count = { $count ->
    [one] { $count } consulta
   *[other] { $count } consultas
}
rep-no-consultations = No se hizo ninguna consulta en este periodo.
rep-who-took-part = Quién participó
rep-findings = Resultados principales
rep-findings-heading = Resultados principales de cada consulta
rep-findings-hint = Un texto breve: lo que dijeron los jóvenes, con palabras sencillas.
rep-feedback = Lo que hicimos con tus opiniones
rep-top-figures = Cifras destacadas
rep-quotes = Citas elegidas por los facilitadores
rep-trends = Preguntas repetidas
rep-trends-intro = La misma pregunta hecha en varias consultas: el porcentaje de cada respuesta, consulta por consulta.
rep-asked-again = Preguntada de nuevo: { $question }
rep-results-not-public = Los resultados de esta consulta no están publicados.
rep-published-note = Este informe está publicado: cualquiera puede leerlo.
rep-draft-note = Esto es un borrador: solo los facilitadores del grupo lo ven hasta que se publique.
rep-edit = Editar el informe
rep-draft = Borrador
rep-download-pdf = El informe (PDF)
rep-download-xlsx = Las cifras (XLSX)
rep-download-json = Datos abiertos (JSON)
rep-not-published-title = Informe aún no publicado
rep-not-published = Este informe todavía no se ha publicado. Los informes publicados aparecen en el archivo público del grupo.
rep-bad-period-title = No es un año
rep-back-to-record = El archivo público del grupo
rep-v-period-malformed = Escriba un año con cuatro cifras, como 2026, o dos años unidos por un guion, como 2024-2026.
rep-v-period-range = Elija un año entre 2000 y 2100.
rep-v-period-backwards = El último año debe ser posterior al primero.
rep-v-period-long = Un informe abarca como máximo 30 años.
rep-v-too-long = { $count ->
    [one] Como máximo { $count } carácter.
   *[other] Como máximo { $count } caracteres.
}
rep-v-no-consultations = No se hizo ninguna consulta en este periodo: no hay nada sobre lo que informar.
rep-saved = Guardado.
rep-preview = Ver el informe
rep-language-nav = Idioma de los textos
rep-publish = Publicar el informe
rep-publish-hint = Cualquiera podrá leerlo, en cada idioma, sin contraseña.
rep-unpublish = Devolver el informe a borrador
rep-texts = Introducción y conclusiones
rep-col-title = Título
rep-col-opens = Apertura
rep-col-closes = Cierre
rep-col-phases = Fases
rep-col-status = Estado
rep-col-year = Año
rep-record-heading = Informes
rep-record-none = Todavía no se ha publicado ningún informe.
rep-group-link = Informes anuales e informe final
