## Mensajes de validación (junto al campo)
cn-v-required = Escriba este texto.
cn-v-too-long = Como máximo { $max } caracteres (este tiene { $count }).
cn-v-too-many = Como máximo { $max }.
cn-v-key-format = Use letras minúsculas, cifras, «_» o «-», empezando por una letra (64 como máximo).
cn-v-key-duplicate = «{ $key }» ya se usa aquí. Cada clave debe ser distinta.
cn-v-code-format = Use letras, cifras, «_», «-» o «.» (64 como máximo).
cn-v-option-code-duplicate = El código «{ $code }» se usa dos veces. Cada opción necesita su propio código.
cn-v-options-too-few = Dé al menos dos opciones.
cn-v-options-not-used = Este tipo de pregunta no tiene opciones.
cn-v-languages-empty = Elija al menos un idioma.
cn-v-language-unknown = «{ $code }» no es un idioma que ofrezca Consulta.
cn-v-language-duplicate = { $language } aparece dos veces.
cn-v-default-language = El idioma principal debe estar entre los idiomas elegidos.
cn-v-range = Indique un número de { $min } a { $max }.
cn-v-number = Escriba un número.
cn-v-threshold-min = El umbral no puede ser inferior a 5: con grupos más pequeños se podría identificar a un joven.
cn-v-retention-range = Conserve las respuestas originales entre 1 y 365 días después del cierre.
cn-v-phases-empty = Elija al menos una fase.
cn-v-phases-duplicate = Una fase aparece dos veces.
cn-v-access-code = Use de 4 a 20 letras o cifras.
cn-v-country = Use un código de país de dos letras (por ejemplo, ES) o * para los demás países.
cn-v-phone = Solo cifras, espacios, +, - y paréntesis (40 como máximo).
cn-v-url = Escriba una dirección web completa que empiece por https://.
cn-v-helpline-contact = Indique un número de teléfono o una dirección web.
cn-v-percent = Las proporciones son porcentajes de 0 a 100.
cn-v-age-bands-empty = Ofrezca al menos una franja de edad.
cn-v-age-band-code = El código de una franja de edad usa cifras, letras, «+», «-» o «_».
cn-v-age-band-range = La franja { $band } debe ir de una edad menor a una mayor, entre 5 y 30 años.
cn-v-age-band-order = La franja { $band } se solapa con la anterior o no está en orden.
cn-v-age-band-format = «{ $band }» no es una franja de edad: escríbala como 13-15.
cn-v-easy-read-band = La franja de edad { $band } ya no existe.
cn-v-info-required = Un texto informativo no tiene respuesta, así que no puede ser obligatorio.
cn-v-pictorial-needs-pictures = Dé una imagen a cada punto o desactive las imágenes.
cn-v-pictorial-scale-only = Solo las escalas de acuerdo tienen una variante con imágenes.
cn-v-same-as-kind = Solo las preguntas de opción única y múltiple, las escalas y las valoraciones se comparan en los informes.
cn-v-same-as-here = Otra pregunta de esta consulta ya se compara con la clave «{ $key }».
cn-v-max-choices = Indique un número de 1 a { $count } (el número de opciones).
cn-v-not-for-kind = Este ajuste no se aplica a este tipo de pregunta.
cn-v-min-above-max = El valor más pequeño supera al más grande.
cn-v-condition-forward = «{ $question }» viene después (o es esta misma pregunta): una condición solo puede usar una pregunta anterior.
cn-v-condition-missing = No hay ninguna pregunta «{ $question }».
cn-v-condition-info = Un texto informativo no tiene ninguna respuesta de la que depender.
cn-v-condition-nested = «{ $question }» tiene su propia condición: las condiciones solo tienen un nivel.
cn-v-condition-operator = Esta comparación no encaja con esa pregunta: «es» para elección única, escalas y valoraciones; «incluye» para elección múltiple.
cn-v-condition-value = Elija una de las opciones de «{ $question }».
cn-v-no-question = Añada al menos una pregunta que los jóvenes puedan responder.
cn-v-slug-format = Use de 3 a 80 letras minúsculas, cifras y guiones.
cn-v-slug-taken = La dirección «{ $slug }» ya la usa otra consulta.
cn-v-slug-locked = La dirección ya no puede cambiar una vez que los jóvenes tienen el enlace.
cn-v-meeting = Elija una de las reuniones de este grupo.
cn-v-dates-order = La fecha de cierre debe ser posterior a la de apertura.
cn-v-closes-past = La fecha de cierre ya ha pasado.
cn-v-date = Escriba una fecha.
cn-v-datetime = Escriba una fecha y una hora.
cn-v-meeting-dates = La fecha de fin es anterior a la de inicio.
cn-v-place-or-online = Indique dónde se celebra la reunión o marque «En línea».
cn-v-kind = Elija un tipo de pregunta.
cn-v-json = Esto no es un documento de consulta: { $detail }
cn-missing-text = { $language }: falta { $what }.
cn-stale-version = Otra persona modificó esta consulta mientras usted la editaba (ahora está en la versión { $version }). No se guardó nada. Vuelva a cargarla y repita su cambio.
cn-stale-version-form = Otra persona guardó un cambio en esta consulta mientras usted la editaba. No se guardó nada. Lo que escribió está abajo: revise la versión actual (se abre en una pestaña nueva) y vuelva a guardar para reemplazarla.
cn-locked-archived = Esta consulta está archivada: ya no puede cambiar.
cn-locked-answers = Esta consulta ya tiene { $count ->
    [one] una respuesta
   *[other] { $count } respuestas
  }, así que sus preguntas ya no pueden cambiar. Todavía puede corregir la redacción y las traducciones.
cn-locked-question = Pregunta «{ $question }»: esto ya no puede cambiar cuando hay respuestas.
cn-locked-removed = La pregunta «{ $question }» ya no puede eliminarse cuando hay respuestas.
cn-locked-added = La pregunta «{ $question }» ya no puede añadirse cuando hay respuestas.
cn-locked-order = Las preguntas ya no pueden moverse cuando hay respuestas.
cn-locked-age-bands = Las franjas de edad ya no pueden cambiar cuando hay respuestas.
cn-locked-open-incomplete = Hay jóvenes respondiendo esta consulta ahora mismo, así que cada idioma debe seguir completo:
cn-locked-delete-answers = Esta consulta tiene { $count ->
    [one] una respuesta
   *[other] { $count } respuestas
  }: no puede eliminarse. Archívela en su lugar.
cn-locked-delete-open = Cierre esta consulta antes de eliminarla.
cn-locked-has-answers = Ya tiene { $count ->
    [one] una respuesta
   *[other] { $count } respuestas
  }, así que no puede volver a borrador.
cn-transition-not-allowed = Una consulta no puede pasar de «{ $from }» a «{ $to }».
cn-live-needs-phase = Para pasar a directo, añada la fase «durante la reunión» en los ajustes.
cn-status-moved = Otra persona cambió el estado mientras tanto: esta consulta ahora está «{ $status }».

## Qué es un texto (en las listas de textos que faltan)
cn-slot-title = el título
cn-slot-introduction = la introducción
cn-slot-data-use = «qué pasa con tus respuestas»
cn-slot-closing = el mensaje final
cn-slot-feedback = «qué hicimos con tus opiniones»
cn-slot-results-note = la nota sobre los resultados
cn-slot-section-title = el título de la sección «{ $section }»
cn-slot-question-text = el texto de la pregunta «{ $question }»
cn-slot-question-help = la ayuda de la pregunta «{ $question }»
cn-slot-easy-read = la versión de lectura fácil de la pregunta «{ $question }» para { $band } años
cn-slot-option-label = la opción «{ $code }» de la pregunta «{ $question }»
cn-v-section-missing = No hay (o ya no hay) ninguna sección «{ $key }».
cn-v-question-missing = No hay (o ya no hay) ninguna pregunta «{ $key }».
cn-v-question-used = La pregunta «{ $dependent }» se muestra según «{ $question }»: cambie primero su condición.
cn-v-text-path = No hay ningún texto en esta ruta.
cn-v-version = Envíe la versión que modificó (la de la última respuesta).

## Estados
cn-status-draft = borrador
cn-status-open = abierta
cn-status-live = en directo
cn-status-closed = cerrada
cn-status-published = publicada
cn-status-archived = archivada

## Palabras comunes
cn-save = Guardar
cn-cancel = Cancelar
cn-back = Volver
cn-edit = Editar
cn-delete = Eliminar
cn-move-up = Subir
cn-move-down = Bajar
cn-required = Obligatoria
cn-section = sección
cn-language = Idioma
cn-main-language = idioma principal
cn-error-prefix = Error:
cn-no-meeting = Sin reunión
cn-conflict-open-current = Abrir la versión actual en una pestaña nueva
cn-stale-meeting = Otra persona modificó esta reunión mientras usted la editaba. No se guardó nada. Lo que escribió está abajo: vuelva a guardar para reemplazar sus cambios.
cn-stale-version-overview = Otra persona modificó esta consulta justo antes que usted. No se cambió nada: mire de nuevo la lista y repita lo que quería hacer.
cn-transition-refused = Todavía no puede estar { $to }:
cn-saved-version = Guardado (versión { $count }).
cn-editor-version = versión { $count }
cn-editor-tabs = Partes de esta consulta

## Fases
cn-phase-before = Antes de la reunión (abierta durante días o semanas)
cn-phase-during = Durante la reunión (en directo)

## Página de un grupo
cn-group-new-consultation = Nueva consulta
cn-group-new-meeting = Nueva reunión
cn-group-import = Importar una consulta
cn-group-meetings = Reuniones
cn-group-no-meetings = Todavía no hay reuniones.
cn-group-unattached = Consultas sin reunión
cn-group-no-consultations = Todavía no hay consultas.
cn-group-responses = { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
  }

## Reuniones
cn-meeting-title = Título de la reunión
cn-meeting-title-hint = Por ejemplo: Grupo de Trabajo del Consejo sobre la Protección de la Infancia en Línea, 12.ª reunión.
cn-meeting-starts-on = Primer día
cn-meeting-ends-on = Último día
cn-meeting-ends-on-hint = Déjelo vacío si la reunión dura un día.
cn-meeting-place = Lugar
cn-meeting-place-hint = Ciudad y sede. Déjelo vacío si la reunión es solo en línea.
cn-meeting-online = En línea (también o solo)
cn-meeting-online-short = en línea
cn-meeting-edit = Modificar la reunión
cn-meeting-delete-title = ¿Eliminar esta reunión?
cn-meeting-delete-message = Se eliminará la reunión «{ $title }». Sus consultas se mantienen, sin reunión.
cn-meeting-delete-button = Eliminar la reunión

## Crear e importar
cn-new-title = Título
cn-new-title-hint = En el idioma principal. Podrá cambiarlo y añadir los demás idiomas después.
cn-new-create = Crear el borrador
cn-field-slug = Dirección
cn-field-slug-hint = El final del enlace que abren los jóvenes (/c/…): letras minúsculas, cifras y guiones. Déjelo vacío para crearla a partir del título.
cn-field-meeting = Reunión
cn-field-languages = Idiomas
cn-field-languages-hint = Cada texto debe estar escrito en cada idioma elegido antes de abrir la consulta.
cn-field-default-language = Idioma principal
cn-field-default-language-hint = El idioma en el que escribe primero; los demás idiomas se traducen a partir de él.
cn-field-phases = Cuándo responden los jóvenes
cn-field-phases-hint = Elija una o las dos.
cn-field-key = Clave
cn-import-title = Importar una consulta
cn-import-intro = Pegue un documento de consulta exportado de Consulta (un archivo JSON). Se convierte en un nuevo borrador en este grupo.
cn-import-document = Documento de consulta (JSON)
cn-import-document-hint = Abra el archivo .json exportado con un editor de texto, copie todo y péguelo aquí.
cn-import-slug-hint = Déjelo vacío para conservar la dirección del documento (si está ocupada, se elige una libre).
cn-import-submit = Importar
cn-replace-title = Reemplazar a partir de un documento
cn-replace-intro = Pegue un documento de consulta (JSON): sus preguntas, textos y ajustes reemplazan los de esta consulta. Su dirección y sus respuestas se mantienen.

## Pestañas del editor
cn-tab-overview = Resumen
cn-tab-details = Detalles
cn-tab-texts = Textos
cn-tab-settings = Ajustes
cn-tab-translations = Traducciones
cn-tab-preview = Vista previa

## Resumen
cn-overview-address = Enlace para los jóvenes
cn-overview-join-code = Código para unirse
cn-overview-responses = Respuestas
cn-overview-publish-page = Abrir la página de publicación
cn-overview-locked = { $count ->
    [one] Un joven ya ha respondido,
   *[other] { $count } jóvenes ya han respondido,
  } así que las preguntas están fijadas: todavía puede corregir la redacción y las traducciones.
cn-overview-status = Estado
cn-overview-problems = { $count ->
    [one] Una cosa por hacer antes de poder abrirla
   *[other] { $count } cosas por hacer antes de poder abrirla
  }
cn-overview-see-translations = Ver los textos que faltan en cada idioma
cn-overview-ready = Todo está listo: puede abrirse.
cn-overview-no-moves = Esta consulta está archivada: ya no puede pasarle nada más.
cn-overview-questions = Secciones y preguntas
cn-overview-no-sections = Todavía no hay secciones. Añada una y después añádale preguntas.
cn-overview-no-questions = Todavía no hay preguntas en esta sección.
cn-overview-add-question = Añadir una pregunta de este tipo
cn-overview-add = Añadir
cn-overview-add-section = Añadir una sección
cn-overview-more = Más
cn-overview-duplicate = Duplicar como nuevo borrador
cn-overview-export = Exportar como documento JSON
cn-overview-history = Historial
cn-history-when = Cuándo
cn-history-from = De
cn-history-to = A
cn-history-by-schedule = según el calendario
cn-move-to-draft = Volver a borrador
cn-move-to-draft-hint = Solo mientras nadie haya respondido.
cn-move-to-open = Abrir
cn-move-to-open-hint = Los jóvenes pueden responder con el enlace o el código.
cn-move-to-live = Pasar a directo
cn-move-to-live-hint = Para la sesión durante la reunión.
cn-move-to-closed = Cerrar
cn-move-to-closed-hint = Ya no se aceptan respuestas.
cn-move-to-published = Publicar los resultados
cn-move-to-published-hint = Los resultados se hacen públicos.
cn-move-to-archived = Archivar
cn-move-to-archived-hint = Se conserva como registro; ya no puede cambiar nada.
cn-consultation-delete-title = Eliminar esta consulta
cn-consultation-delete-message = «{ $title }» y todo su contenido se eliminarán definitivamente.
cn-section-delete-title = ¿Eliminar esta sección?
cn-section-delete-message = Se eliminarán la sección «{ $section }» y { $count ->
    [one] su pregunta
   *[other] sus { $count } preguntas
  }.
cn-question-delete-title = ¿Eliminar esta pregunta?
cn-question-delete-message = Se eliminará la pregunta «{ $question }».
cn-condition-summary-equals = Se muestra solo si la respuesta a «{ $question }» es «{ $value }».
cn-condition-summary-includes = Se muestra solo si las respuestas a «{ $question }» incluyen «{ $value }».
cn-condition-summary-not-answered = Se muestra solo si «{ $question }» quedó sin respuesta.

## Tipos de preguntas
cn-kind-single_choice = Elección única
cn-kind-single_choice-hint = Los jóvenes eligen una opción (botones redondos).
cn-kind-multiple_choice = Elección múltiple
cn-kind-multiple_choice-hint = Los jóvenes marcan todas las opciones que correspondan, hasta un máximo si lo fija.
cn-kind-scale = Escala de acuerdo
cn-kind-scale-hint = Cinco puntos, de «totalmente en desacuerdo» a «totalmente de acuerdo», con imágenes para los más pequeños si lo desea.
cn-kind-rating = Valoración
cn-kind-rating-hint = Una nota de 0 a 10 o de 1 a 5.
cn-kind-ranking = Clasificación
cn-kind-ranking-hint = Los jóvenes ordenan sus opciones favoritas (las 3 primeras cuando hay más de 4 opciones).
cn-kind-number = Número
cn-kind-number-hint = Un número, entre un valor mínimo y uno máximo.
cn-kind-short_text = Texto corto
cn-kind-short_text-hint = Unas pocas palabras (200 caracteres, salvo que fije otro límite).
cn-kind-long_text = Texto largo
cn-kind-long_text-hint = Varias frases (2000 caracteres, salvo que fije otro límite).
cn-kind-info = Texto informativo
cn-kind-info-hint = Un texto para leer, sin respuesta.

## Textos
cn-texts-intro = Lo que los jóvenes leen antes y después de las preguntas, en cada idioma.
cn-text-title = Título
cn-text-title-hint = Corto y claro, para jóvenes.
cn-text-introduction = Introducción
cn-text-introduction-hint = Quién pregunta y por qué, con palabras sencillas.
cn-text-data-use = Qué pasa con tus respuestas
cn-text-data-use-hint = Quién lee las respuestas, qué se publica, cuándo se borran las respuestas originales.
cn-text-closing = Mensaje final
cn-text-closing-hint = Se muestra cuando se envían las respuestas.
cn-text-feedback = Qué hicimos con tus opiniones
cn-text-feedback-hint = Se escribe después de la reunión, para contar a los jóvenes lo que se hizo. No hace falta para abrir.

## Ajustes
cn-settings-audience = Los jóvenes
cn-settings-age-bands = Franjas de edad
cn-settings-age-bands-hint = Separadas por comas, por ejemplo 9-12, 13-15, 16-17, 18-24. Los jóvenes eligen una franja, nunca una fecha de nacimiento.
cn-settings-min-age = Edad mínima
cn-settings-min-age-hint = A los niños más pequeños se les explica amablemente que no pueden participar.
cn-settings-consent-age = Edad de consentimiento
cn-settings-consent-age-hint = Por debajo de esta edad, confirma una madre, un padre, un tutor o un docente (13 en la mayoría de los lugares).
cn-settings-ask-country = Preguntar el país
cn-settings-ask-gender = Preguntar el género
cn-settings-ask-gender-hint = Siempre opcional, con «prefiero no decirlo» y una autodescripción.
cn-settings-duration = Minutos que lleva
cn-settings-duration-hint = { $count ->
    [one] Déjelo vacío para calcularlo a partir de las preguntas: ahora, 1 minuto aproximadamente.
   *[other] Déjelo vacío para calcularlo a partir de las preguntas: ahora, unos { $count } minutos.
}
cn-settings-dates = Fechas
cn-settings-opens-at = Apertura (UTC)
cn-settings-closes-at = Cierre (UTC)
cn-settings-dates-hint = Opcional. Las respuestas se detienen a la hora de cierre.
cn-settings-privacy = Privacidad
cn-settings-threshold = Grupo más pequeño que se muestra
cn-settings-threshold-hint = Las cifras basadas en menos jóvenes se ocultan a todos salvo a los facilitadores. Nunca menos de 5; se recomienda 10.
cn-settings-retention = Días que se conservan las respuestas originales
cn-settings-retention-hint = Después del cierre, 365 días como máximo; los resúmenes se mantienen.
cn-settings-access-code = Código de acceso
cn-settings-access-code-hint = Opcional: los jóvenes lo escriben antes de responder (una clase o una sala). De 4 a 20 letras o cifras.
cn-settings-results = Resultados
cn-settings-results-note = Cuándo y dónde serán públicos los resultados ({ $language })
cn-settings-helplines = Líneas de ayuda
cn-settings-helplines-hint = Se muestran a los jóvenes que puedan necesitar ayuda, por país. Use * para los demás países. Vacíe una fila para quitarla.
cn-v-targets-format = Escriba cada grupo y su proporción como «grupo: proporción», separados por comas, por ejemplo 13-15: 40, 16-17: 60.
cn-v-target-group = «{ $key }» no es uno de los grupos de esta lista.
cn-settings-targets = Objetivos de representatividad
cn-settings-targets-hint = La proporción de jóvenes, en porcentaje, que espera escuchar en cada grupo. El resumen señala un grupo cuya proporción queda más de una quinta parte por debajo de su objetivo. Deje un campo vacío para no fijar objetivo.
cn-settings-target-age_band = Franjas de edad
cn-settings-target-age_band-hint = Los códigos de las franjas de edad de arriba, por ejemplo 13-15: 40, 16-17: 60.
cn-settings-target-country = Países
cn-settings-target-country-hint = Códigos de país de dos letras, por ejemplo FR: 50, SN: 50.
cn-settings-target-gender = Género
cn-settings-target-gender-hint = girl, boy, self_described o prefer_not_to_say, por ejemplo girl: 50, boy: 50.
cn-settings-target-language = Idiomas
cn-settings-target-language-hint = Códigos de los idiomas de esta consulta, por ejemplo en: 50, fr: 50.
cn-settings-target-phase = Fases
cn-settings-target-phase-hint = before (en línea antes de la reunión) o during (en directo), por ejemplo before: 70, during: 30.
cn-helpline-number = Línea de ayuda { $count }
cn-helpline-country = Código de país
cn-helpline-name = Nombre
cn-helpline-phone = Teléfono
cn-helpline-url = Dirección web

## Secciones
cn-section-edit = Modificar la sección
cn-section-key-hint = Un nombre corto que nunca cambia, por ejemplo you_online.
cn-section-titles = Título
cn-section-titles-hint = Opcional. Un encabezado sobre las preguntas de la sección.
cn-section-title-in = Título ({ $language })

## Preguntas
cn-question-new = Nueva pregunta
cn-question-edit = Modificar la pregunta
cn-question-kind = Tipo de pregunta
cn-question-change-kind = Cambiar el tipo
cn-question-key-hint = Un nombre corto que nunca cambia, por ejemplo feel_safe: las respuestas y los resultados se guardan con él.
cn-question-required = Obligatoria
cn-question-required-hint = Mejor opcional: los jóvenes pueden saltarse cualquier cosa. Haga obligatoria una pregunta solo si las respuestas no tienen sentido sin ella.
cn-question-text = Pregunta
cn-question-info-text = Texto para leer
cn-question-help = Ayuda
cn-question-help-hint = Opcional: una indicación debajo de la pregunta.
cn-question-easy-read = Versión de lectura fácil
cn-question-easy-read-hint = Opcional: palabras más sencillas para una franja de edad, que se muestran en lugar de la pregunta a esa franja.
cn-question-easy-read-band = Para { $band } años
cn-question-options = Opciones
cn-question-options-hint = Cada opción tiene un código que nunca cambia, para que los resultados sigan siendo comparables entre idiomas y redacciones. Las filas vacías se ignoran.
cn-option-number = Opción { $count }
cn-option-new = Nueva opción
cn-option-code = Código
cn-option-code-hint = Se crea a partir de la etiqueta si lo deja vacío.
cn-option-label-in = Etiqueta ({ $language })
cn-option-emoji = Imagen (un emoji)
cn-option-value = Puntos
cn-option-value-hint = Se usa para las medias; la posición si está vacío.
cn-option-remove = Quitar
cn-option-add-more = Más opciones vacías
cn-preset-agree = Usar los cinco puntos de acuerdo
cn-preset-rating-10 = Usar de 0 a 10
cn-preset-rating-5 = Usar de 1 a 5
cn-question-max-choices = Máximo de opciones que puede elegir un joven
cn-question-max-choices-hint = Déjelo vacío para no poner límite.
cn-question-rank-places-hint = Los jóvenes ordenan hasta este número de opciones y pueden dejar el resto. Déjelo vacío para el valor por defecto: las 3 primeras cuando hay más de 4 opciones; si no, todas.
cn-question-rank-places = Puestos a ordenar (los N primeros)
cn-question-min = Valor más pequeño
cn-question-max = Valor más grande
cn-question-max-length = Máximo de caracteres
cn-question-max-length-hint = Déjelo vacío para { $count }.
cn-question-pictorial = Mostrar imágenes con los puntos
cn-question-pictorial-hint = Para los más pequeños: cada punto necesita una imagen.
cn-question-condition = Mostrar esta pregunta solo si…
cn-question-condition-hint = Depende de la respuesta a una pregunta anterior (un solo nivel).
cn-condition-none = Mostrarla siempre
cn-condition-question = Pregunta anterior
cn-condition-operator = Comparación
cn-condition-op-equals = la respuesta es
cn-condition-op-includes = las respuestas incluyen
cn-condition-op-not_answered = quedó sin respuesta
cn-condition-value = Respuesta
cn-condition-value-hint = No hace falta para «quedó sin respuesta».
cn-question-save = Guardar la pregunta
cn-question-not-saved = Todavía no se ha guardado: revise la pregunta y pulse «Guardar la pregunta».
cn-question-locked = Ya han respondido jóvenes: puede corregir la redacción y las traducciones, pero no la clave, el tipo, las opciones ni la condición.

## Traducciones
cn-translations-intro = Cada texto debe estar escrito en cada idioma antes de abrir la consulta. Una traducción está desactualizada cuando el texto en el idioma principal cambió después de traducirse.
cn-translations-missing = Faltan
cn-translations-stale = Desactualizadas
cn-translations-complete = { $count ->
    [one] Completo: el texto está escrito.
   *[other] Completo: los { $count } textos están escritos.
  }
cn-translations-missing-count = { $count ->
    [one] Falta { $count } texto
   *[other] Faltan { $count } textos
  }
cn-translations-stale-count = { $count ->
    [one] { $count } traducción desactualizada
   *[other] { $count } traducciones desactualizadas
  }
cn-translations-stale-hint = El texto en el idioma principal cambió después de estas traducciones: revíselas.
cn-translations-work-on = Escribir lo que falta o está desactualizado
cn-translations-all-texts = Ver todos los textos
cn-translate-title = Textos en { $language }
cn-translate-nothing = Nada que hacer aquí: cada texto está escrito y al día.
cn-translate-still-right = Esta traducción sigue siendo correcta
cn-text-state-missing = Falta
cn-text-state-stale = Desactualizada
cn-text-state-current = Al día

## Vista previa
cn-preview-intro = Esto es lo que ve un joven. Pruebe las respuestas: no se envía ni se guarda nada.
cn-preview-language = Idioma
cn-preview-band = Franja de edad
cn-preview-show = Mostrar
cn-preview-band-alone = Los jóvenes de esta edad responden por su cuenta.
cn-preview-band-guardian = Antes de los { $age } años, primero confirma una madre, un padre, un tutor o un docente.
cn-preview-band-too-young = Esta franja está por debajo de la edad mínima: a estos niños se les explica amablemente que no pueden participar.
cn-preview-easy-read-used = Versión de lectura fácil para { $band } años.
cn-preview-data-use = Qué pasa con tus respuestas
cn-preview-optional = opcional
cn-preview-choose-any = Elige todas las que correspondan.
cn-preview-choose-up-to = { $count ->
    [one] Elige una.
   *[other] Elige hasta { $count }.
  }
cn-preview-rank = { $count ->
    [one] Da el número 1 a la primera opción.
   *[other] Numera hasta { $count } opciones: 1 para la primera.
}
cn-preview-number-between = Un número de { $min } a { $max }.
cn-preview-max-length = { $count ->
    [one] Como máximo { $count } carácter.
   *[other] Como máximo { $count } caracteres.
  }
cn-preview-duration = { $count ->
    [one] Más o menos { $count } minuto.
   *[other] Más o menos { $count } minutos.
  }
cn-preview-thanks = Gracias
cn-v-live-threshold-min = El umbral en directo no puede ser inferior a 3: con grupos más pequeños se podría identificar a un joven.
cn-settings-live-threshold = Resultados en directo a partir de
cn-settings-live-threshold-hint = En el proyector en directo, una pregunta revelada muestra todas las opciones en cuanto al menos este número de personas la ha respondido (las preguntas sensibles mantienen el grupo más pequeño mostrado). Nunca menos de 3; se aconseja 5.
cn-settings-quotes-per-question = Citas mostradas por pregunta
cn-settings-quotes-per-question-hint = El número máximo de respuestas citadas en los resultados públicos de cada pregunta: las primeras que elija como citas. De 1 a 20; se aconseja 5.
cn-question-sensitive = Pregunta sensible
cn-question-sensitive-hint = En el proyector en directo, seguir ocultando cada opción elegida por menos jóvenes que el grupo más pequeño mostrado.
cn-question-same-as = Comparar en los informes del grupo con
cn-question-same-as-hint = Los informes anual y final del grupo muestran como tendencia una pregunta hecha de nuevo en varias consultas. Las preguntas con la misma clave ya se comparan; elija aquí si esta pregunta se hizo antes con otra clave.
cn-question-same-as-own = Solo las preguntas con esta clave

# A draft whose opening date has passed but which the calendar could not open.
cn-not-opened = Debía abrirse el { $date } pero no pudo: sigue siendo un borrador hasta que se haga lo que lo impide.
cn-confirm-move-title = Confirme, por favor
cn-confirm-move-closed = ¿Cerrar «{ $title }»? Los jóvenes ya no podrán responder. Puede volver a abrirla más tarde.
cn-confirm-move-archived = ¿Archivar «{ $title }»? Se conserva como registro y ya nada en ella podrá cambiar.
cn-confirm-move-draft = ¿Volver «{ $title }» a borrador? Los jóvenes no podrán responder hasta que la abra de nuevo.

# The journey step by step in a phone-sized frame (preview tab, question editor).
cn-preview-phone-heading = Paso a paso, como en un teléfono
cn-preview-phone-title = Las pantallas del joven, paso a paso (vista previa: no se guarda nada)
cn-preview-phone-restart = Empezar de nuevo la vista previa
cn-preview-all-heading = Todas las preguntas en una página
cn-preview-phone-link = Vista previa en una pantalla de teléfono
