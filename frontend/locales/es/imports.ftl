# Importar formularios de otras herramientas (XLSForm, LimeSurvey) y exportar un XLSForm.
imp-file-heading = Importar un archivo de formulario
imp-file-intro = Un XLSForm (KoboToolbox, ODK, SurveyCTO, Ona: .xlsx, .csv o .md) o una exportación de encuesta de LimeSurvey (.lss) se convierte en un nuevo borrador de este grupo. Después, el editor muestra qué se importó y qué se dejó fuera, fila por fila.
imp-file-label = Archivo del formulario
imp-file-hint = .xlsx, .csv, .md o .lss, 10 MB como máximo. Las preguntas que identifican a una persona (teléfono, correo, ubicación, fotos, archivos) nunca se importan.
imp-file-submit = Importar el archivo
imp-paste-heading = O pegar un documento de Consulta
imp-export-xlsform = Descargar como XLSForm (.xlsx)
imp-report-heading = Importado de { $format } ({ $file })
imp-report-summary = Preguntas: { $questions } · secciones: { $sections } · condiciones traducidas: { $conditions } · notas a continuación: { $notes }
imp-report-languages = Idiomas
imp-report-items = Filas y elementos que no se importaron tal cual
imp-report-dismiss = He leído este informe
imp-lang-code = «{ $found }» → { $code } (por su código)
imp-lang-name = «{ $found }» → { $code } (por su nombre)
imp-lang-default = «{ $found }» (sin idioma) → { $code }, el idioma principal del formulario
imp-lang-unmatched = «{ $found }» no es un idioma de Consulta: sus textos se dejaron fuera
imp-at = { $place ->
    [survey] Fila { $at } de la hoja survey
    [choices] Fila { $at } de la hoja choices
    [settings] La hoja settings
    [question] Pregunta { $at }
    [group] Grupo { $at }
    [answer] Respuestas de la pregunta { $at }
    [quota] Cuota { $at }
    [assessment] Evaluación { $at }
    [language] Idioma { $at }
   *[other] { $place } { $at }
}
imp-why-identifying = se dejó fuera: «{ $detail }» identificaría a una persona joven, su dispositivo o dónde está
imp-why-metadata = se dejó fuera: metadatos del formulario («{ $detail }»), nada que preguntar
imp-why-repeat = se dejó fuera: los grupos repetidos no se admiten
imp-why-calculation = se dejó fuera: los cálculos no se admiten
imp-why-unsupported-type = se dejó fuera: el tipo «{ $detail }» no tiene equivalente en Consulta
imp-why-nested-group = un grupo dentro de otro se convirtió en una sección propia
imp-why-condition-unsupported = se muestra a todos: la condición «{ $detail }» no se puede expresar en Consulta (una comparación con una pregunta anterior)
imp-why-constraint-unsupported = la restricción «{ $detail }» no se importó
imp-why-constraint-strict = el límite estricto de «{ $detail }» se convirtió en un mínimo o máximo incluido
imp-why-language-unmatched = textos en «{ $detail }» dejados fuera: no es uno de los seis idiomas de Consulta
imp-why-key-changed = renombrada «{ $detail }» (las claves usan minúsculas, cifras, _ y -)
imp-why-markup-removed = formato (HTML) eliminado: importado como texto simple
imp-why-or-other = se añadió una opción «Otro»; la casilla para especificar no
imp-why-quota = se dejó fuera: las cuotas no se admiten
imp-why-assessment = se dejó fuera: las evaluaciones no se admiten
imp-why-script = se eliminó un script, que nunca se ejecuta
imp-why-custom-style = estilos personalizados (CSS) eliminados
imp-why-no-label = sin texto en { $detail }: se usó el texto de otro idioma o su nombre
imp-why-no-name = se dejó fuera: sin nombre
imp-why-too-many = solo se conservaron las primeras { $detail } opciones
imp-why-too-long = un texto se recortó a { $detail } caracteres
imp-why-too-few-options = se dejó fuera: menos de dos opciones
imp-why-subquestion = se convirtió en { $detail } preguntas, una por subpregunta
imp-why-unknown-element = se dejó fuera: elemento desconocido «{ $detail }»
imp-why-choice-filter = se muestran todas las opciones: el filtro «{ $detail }» no se importó
imp-why-column-ignored = no importado: { $detail }
imp-why-required-expression = pasó a ser opcional: «required» depende de «{ $detail }»
imp-why-range-as-number = pasó a ser una pregunta numérica: el rango { $detail } tiene demasiados puntos para una valoración
imp-why-comment-dropped = las casillas de comentario no se importaron
imp-why-second-scale-dropped = solo se importó la primera escala
imp-why-asked-by-consulta = se dejó fuera: Consulta hace esta pregunta por sí mismo (género), con «prefiero no decirlo»
imp-refuse-empty = El archivo está vacío.
imp-refuse-format = No es un XLSForm (.xlsx, .csv, .md) ni una exportación de LimeSurvey (.lss).
imp-refuse-too-large = El archivo supera { $detail }.
imp-refuse-too-big = El libro es demasiado grande una vez descomprimido ({ $detail }).
imp-refuse-too-many-rows = Una hoja tiene más de { $detail } filas.
imp-refuse-too-many-columns = Una hoja tiene más de { $detail } columnas.
imp-refuse-not-workbook = No es un libro que se pueda leer ({ $detail }).
imp-refuse-corrupt-zip = El archivo .xlsx está dañado: no es un archivo zip válido ({ $detail }).
imp-refuse-not-text = El archivo no es texto en UTF-8.
imp-refuse-not-csv = El archivo CSV no se puede leer ({ $detail }).
imp-refuse-no-survey = El formulario no tiene una hoja «survey» con una columna «type».
imp-refuse-formula = Una celda empieza por «=» (una fórmula): { $detail }. Escriba el texto sin él.
imp-refuse-duplicate-name = Dos preguntas tienen el mismo nombre: { $detail }.
imp-refuse-duplicate-choice = Una lista de opciones tiene el mismo nombre dos veces: { $detail }.
imp-refuse-no-choices = Una pregunta usa una lista de opciones que no está en la hoja «choices»: { $detail }.
imp-refuse-no-language = Ninguno de los idiomas del formulario es de Consulta (árabe, chino, español, francés, inglés, ruso).
imp-refuse-invalid = El formulario importado incumple una regla de Consulta en { $detail }.
imp-refuse-not-xml = El archivo .lss no es XML válido ({ $detail }).
imp-refuse-not-lss = Este XML no es una exportación de encuesta de LimeSurvey (se encontró «{ $detail }»).
imp-refuse-multipart = No se pudo leer el envío: elija un archivo y envíelo de nuevo.
imp-refuse-too-many-questions = El formulario tiene demasiadas preguntas para una consulta ({ $detail }).
imp-refuse-too-many-sections = El formulario tiene demasiados grupos para una consulta ({ $detail }).
# The fixed answers of LimeSurvey's yes/no, uncertain and increase/same/decrease types.
imp-lss-answer-y = Sí
imp-lss-answer-n = No
imp-lss-answer-u = No estoy seguro
imp-lss-answer-i = Aumentar
imp-lss-answer-s = Igual
imp-lss-answer-d = Disminuir
