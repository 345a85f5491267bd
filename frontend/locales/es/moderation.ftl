# Cola de moderación (facilitadores)
mod-queue-title = Moderación
mod-queue-link = Moderación de las respuestas escritas
mod-privacy-notice-link = Aviso de privacidad para jóvenes
mod-back-to-queue = Volver a la cola de moderación
mod-no-lead = Este grupo no tiene responsable de protección infantil. Hasta que un administrador nombre a uno, los facilitadores del grupo y los administradores reciben el aviso de las posibles revelaciones de daño, las ven primero y registran lo que se hizo.
mod-sg-open = { $count ->
    [one] { $count } respuesta podría describir un daño y necesita al responsable de protección.
   *[other] { $count } respuestas podrían describir un daño y necesitan al responsable de protección.
}
mod-sg-lead-first = Como responsable de protección, las ve primero. Anote lo que se hizo en la página de cada respuesta.
mod-sg-not-lead = Se ha avisado al responsable de protección. No las apruebe ni las elija como citas: el responsable las revisa primero.
mod-deletion-date = Las respuestas originales de esta consulta se eliminarán el { $date }. Se conservan los totales y las citas elegidas para publicar.
mod-filter-legend = Mostrar respuestas
mod-filter-status = Estado
mod-filter-question = Pregunta
mod-filter-language = Idioma
mod-filter-flag = Alerta
mod-filter-any = Cualquiera
mod-filter-search = El texto contiene
mod-filter-duplicates = Solo textos enviados más de una vez
mod-filter-duplicates-hint = Ayuda a encontrar una avalancha del mismo mensaje.
mod-filter-apply = Mostrar
mod-results = { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
}
mod-empty = Ninguna respuesta coincide. Cambie el filtro para ver otras.
mod-answer-n = Respuesta { $count }
mod-language = Idioma
mod-age-band = Grupo de edad
mod-status = Estado
mod-question = Pregunta
mod-flags = Alertas
mod-sg-label = Protección infantil
mod-quoted-as = Elegida como cita pública:
mod-select = Seleccionar esta respuesta
mod-group-count = { $count ->
    [one] enviado una vez
   *[other] el mismo texto enviado { $count } veces: una decisión se aplica a las { $count }
}
mod-group-members = Las demás respuestas con este texto
mod-open-answer = Leer, elegir como cita o registrar la protección
mod-bulk-legend = Decidir sobre varias respuestas
mod-bulk-hint = Aprobar cuenta las respuestas en el análisis; nunca las convierte en citas públicas (elíjalas una a una, en la página de cada respuesta). Las respuestas marcadas no se aprueban en bloque, y las posibles revelaciones solo tras la revisión del responsable de protección.
mod-bulk-selected = Las respuestas que marque abajo
mod-bulk-all = { $count ->
    [one] La respuesta que coincide con el filtro (en todas las páginas)
   *[other] Las { $count } respuestas que coinciden con el filtro (en todas las páginas)
}
mod-action-approved = Aprobar para el análisis
mod-action-unpublished = Mantener sin publicar
mod-action-hidden = Ocultar
mod-action-pending = Volver a pendiente
mod-pages = Páginas
mod-previous = Página anterior
mod-next = Página siguiente
mod-status-pending = Pendiente
mod-status-approved = Aprobada para el análisis
mod-status-unpublished = Sin publicar (cuenta, nunca se cita)
mod-status-hidden = Oculta (se deja fuera)
mod-status-all = Cualquier estado
mod-flag-personal_details = Datos personales
mod-flag-profanity = Groserías o insultos
mod-flag-spam = Spam
mod-flag-disclosure = Posible revelación de daño
mod-sg-awaiting_review = Pendiente de revisión por el responsable de protección
mod-sg-in_progress = En curso
mod-sg-referred = Derivada según el protocolo de protección
mod-sg-no_further_action = Revisada: no es posible hacer nada más
mod-sg-not_a_concern = No es un asunto de protección
mod-done-pending = { $count ->
    [one] { $count } respuesta vuelve a estar pendiente.
   *[other] { $count } respuestas vuelven a estar pendientes.
}
mod-done-approved = { $count ->
    [one] { $count } respuesta aprobada.
   *[other] { $count } respuestas aprobadas.
}
mod-done-unpublished = { $count ->
    [one] { $count } respuesta se mantiene sin publicar.
   *[other] { $count } respuestas se mantienen sin publicar.
}
mod-done-hidden = { $count ->
    [one] { $count } respuesta oculta.
   *[other] { $count } respuestas ocultas.
}
mod-done-skipped = { $count ->
    [one] { $count } respuesta quedó como estaba: las respuestas con alertas se aprueban una a una, y las posibles revelaciones de daño solo tras la revisión del responsable de protección.
   *[other] { $count } respuestas quedaron como estaban: las respuestas con alertas se aprueban una a una, y las posibles revelaciones de daño solo tras la revisión del responsable de protección.
}
mod-gender-description = Género, con sus propias palabras

# Una respuesta
mod-text-heading = Lo que escribió la persona joven
mod-reasons = Por qué se marcó
mod-quote-heading = Cita pública
mod-quote-label = Texto que se citará
mod-quote-hint = Puede quitar u ocultar palabras (por ejemplo, un nombre pasa a ser [nombre]); no añada las suyas. La cita solo muestra el grupo de edad.
mod-approve-quote = Usar como cita pública
mod-other-decisions = Otras decisiones
mod-sg-heading = Protección infantil
mod-refer-hint = Si esta respuesta sugiere que una persona joven puede estar en riesgo, envíela al responsable de protección. No se citará hasta que la haya revisado.
mod-refer = Enviar al responsable de protección
mod-sg-record = Lo que se hizo
mod-sg-when = Cuándo
mod-sg-who = Quién
mod-sg-status = Estado
mod-sg-note = Nota
mod-sg-what-done = ¿Qué ha hecho?
mod-sg-note-hint = Escriba lo que hizo y por qué, con sus propias palabras. No copie lo que escribió la persona joven.
mod-sg-save = Guardar
mod-refusal-awaiting_safeguarding = Esta respuesta podría describir un daño. Solo se puede aprobar o elegir como cita después de que el responsable de protección haya anotado lo que se hizo.
mod-refusal-flagged_needs_individual_review = Las respuestas con alertas se aprueban una a una, después de leerlas.
mod-refusal-never_quoted = Las respuestas sobre la propia persona joven cuentan en el análisis, pero nunca se citan.
mod-refusal-gone = Esta respuesta ya no existe.
mod-quote-empty = Escriba el texto que se citará.
mod-quote-too-long = La cita es mucho más larga que la respuesta. Quite u oculte palabras; no añada las suyas.
mod-quote-only-approved = Solo se da un texto de cita al aprobar.
mod-sg-status-missing = Elija lo que se hizo.
mod-sg-note-missing = Escriba una nota que diga lo que se hizo.
mod-sg-note-too-long = La nota es demasiado larga (2000 caracteres como máximo).
mod-bulk-ids-or-filter = Indique los identificadores de las respuestas o un filtro, no ambos.

# Aviso de protección en la página de agradecimiento (jóvenes)
sg-notice-heading = No tienes que enfrentarte a esto sin ayuda
sg-notice-message = Gracias por contárnoslo. Parece que puede que te esté pasando algo difícil. No es culpa tuya, y hay personas que quieren ayudarte.
sg-notice-helplines = Puedes hablar con alguien ahora mismo. Es gratis y no tienes que decir tu nombre:
sg-notice-no-helpline = Las líneas de ayuda para niños y jóvenes son gratuitas y no tienes que decir tu nombre. Encuentra la de tu país aquí:
sg-notice-phone = Llama al:
sg-notice-website = Web:
sg-notice-more-help = Más lugares donde pedir ayuda
sg-notice-danger = Si estás en peligro ahora mismo, llama al número de emergencias de tu país o acude a un adulto de confianza.
sg-notice-what-next = Un adulto formado para proteger a los jóvenes leerá tu respuesta con cuidado. No sabemos quién eres, así que no podemos contactarte: por favor, llama a una línea de ayuda o habla con un adulto de confianza.

# Aviso de privacidad de una consulta (jóvenes)
pn-title = Tu privacidad: { $title }
pn-intro = Esta página te cuenta, con palabras sencillas, qué pasa con tus respuestas a «{ $title }». Las preguntas las hace { $group }.
pn-collect-heading = Lo que te preguntamos
pn-collect-answers = Tus respuestas a las preguntas. Puedes saltarte cualquier pregunta.
pn-collect-age = Tu grupo de edad (por ejemplo, de 13 a 15 años), nunca tu fecha de nacimiento.
pn-collect-country = Tu país, si quieres decirlo.
pn-collect-gender = Tu género, si quieres decirlo. Puedes elegir «Prefiero no decirlo».
pn-collect-language = El idioma en el que respondes, y si respondiste antes o durante la reunión.
pn-collect-time = La hora a la que enviaste tus respuestas, redondeada a la hora.
pn-collect-guardian = Si tienes menos de { $age } años, tu madre, padre, tutor o un docente confirma que puedes participar. No pedimos su nombre.
pn-collect-access-code = El código que recibió tu grupo para participar. Es el mismo para todo el grupo.
pn-never-heading = Lo que nunca recogemos
pn-never-identity = Tu nombre, tu correo electrónico, tu número de teléfono o tu dirección.
pn-never-scrub = Si los escribes por error, quitamos los correos electrónicos, números de teléfono, enlaces y nombres de usuario antes de guardar tu respuesta.
pn-never-tracking = Tu dirección IP, dónde estás exactamente, ni nada que te siga por internet. No hay publicidad ni cookies de seguimiento; una sola cookie recuerda tu idioma.
pn-who-heading = Quién ve tus respuestas
pn-who-facilitators = Los organizadores de { $group } leen primero las respuestas escritas, para revisarlas. Nada de lo que escribes se muestra a nadie más antes de que una persona lo haya revisado.
pn-who-members = Los miembros del grupo ven totales y gráficos. Un grupo de menos de { $threshold } jóvenes nunca se muestra, para que nadie pueda ser reconocido.
pn-who-public = Los demás solo ven los resultados que el grupo decide publicar.
pn-who-quotes = Una frase que escribiste solo puede citarse en los resultados si un organizador la lee y la elige como cita. Una cita muestra como mucho tu grupo de edad, nada más sobre ti.
pn-safety-heading = Si nos cuentas que no estás a salvo
pn-safety-help = Si escribes que alguien te hace daño, o que podrías hacerte daño, te mostramos enseguida dónde pedir ayuda.
pn-safety-lead = Se avisa al responsable de protección del grupo, un adulto formado para proteger a los jóvenes, de que una respuesta necesita atención. El aviso no contiene tus palabras.
pn-safety-anonymous = No sabemos quién eres, así que nadie puede contactarte. Si necesitas ayuda, llama a una línea de ayuda o habla con un adulto de confianza.
pn-kept-heading = Cuánto tiempo guardamos tus respuestas
pn-kept-days = { $days ->
    [one] Tus respuestas se eliminan { $days } día después de que se cierre la encuesta.
   *[other] Tus respuestas se eliminan { $days } días después de que se cierre la encuesta.
}
pn-kept-until = Esta encuesta se cerró el { $closed }. Las respuestas se eliminarán el { $date }.
pn-kept-deleted = Esta encuesta se cerró el { $closed }. Las respuestas se eliminaron el { $date }.
pn-kept-stays = Lo que queda después: los totales (por ejemplo, cuántas personas dijeron que sí) y las citas aprobadas. No permiten llegar hasta ti.
pn-withdraw-heading = Si cambias de opinión
pn-withdraw-receipt = Cuando envías tus respuestas, recibes un código de recibo. Con él puedes retirar todas tus respuestas, mientras no se hayan eliminado.
pn-withdraw-lost = Si pierdes el código, no podemos encontrar tus respuestas, porque no sabemos cuáles son las tuyas. Así es como tus respuestas siguen siendo anónimas.
pn-questions-heading = Preguntas
pn-questions = Si tienes una pregunta sobre tus respuestas o sobre esta página, pregúntale al adulto que te habló de la encuesta. Puede hacérsela llegar a { $group }.
pn-footer-link = Tu privacidad
pn-withdraw-link = Retirar mis respuestas
pn-back = Volver a la encuesta

# Correo de alerta de protección (al responsable de protección del grupo)
sg-mail-subject = Protección infantil: una respuesta espera su revisión
sg-mail-intro = { $count ->
    [one] Una respuesta a la consulta «{ $title }» podría describir un daño a una persona joven y espera su revisión como responsable de protección.
   *[other] { $count } respuestas a la consulta «{ $title }» podrían describir daños a personas jóvenes y esperan su revisión como responsable de protección.
}
sg-mail-no-lead = Recibe este mensaje porque el grupo «{ $group }» no tiene responsable de protección: hasta que un administrador nombre a uno, sus facilitadores y los administradores revisan las posibles revelaciones y registran lo que se hizo. Los administradores pueden nombrar a un responsable desde la página de moderación.
sg-mail-what = Abra la cola de moderación: las posibles revelaciones aparecen primero. Anote lo que se hizo en la página de cada respuesta.
sg-mail-action = Abrir la cola de moderación
sg-mail-privacy = Para proteger a la persona joven, este correo no contiene lo que escribió, y Consulta no guarda nada que la identifique. Se le mostró dónde pedir ayuda.

## Safeguarding without a lead
mod-sg-no-lead-first = Sin responsable de protección, usted las ve primero: abra cada una y registre en su página lo que se hizo.
mod-sg-no-lead-record = Sin responsable de protección, usted registra lo que se hizo. El registro de auditoría guarda quién lo registró.
mod-name-lead-hint = Como administrador, nombre a uno de los facilitadores del grupo responsable de protección:
mod-name-lead = Nombrar responsable de protección
mod-name-lead-none = Este grupo aún no tiene facilitadores: invite a uno en la página de administración del grupo y luego nómbrelo responsable.
mod-name-lead-not-facilitator = Solo un facilitador de este grupo puede ser nombrado su responsable de protección.
mod-lead-named = Se ha nombrado al responsable de protección y se le ha avisado de las posibles revelaciones pendientes.

## Posibles revelaciones conservadas por la purga
sg-held-subject = Hay posibles revelaciones que esperan su registro
sg-held-intro = El plazo de conservación de estas consultas ha terminado. Sus respuestas se han eliminado, salvo las posibles revelaciones de daño de las que nadie ha registrado aún lo que se hizo: su texto y sus indicadores se guardan hasta entonces.
sg-held-what = Abra cada una y registre lo que se hizo. La siguiente eliminación las borrará también.
sg-held-waiting = { $count ->
    [one] una posible revelación espera un seguimiento
   *[other] { $count } posibles revelaciones esperan un seguimiento
}

## Approving and quoting are two decisions
mod-bulk-page = Todas las respuestas de esta página
mod-unquote = Dejar de usar como cita pública
mod-quote-intro = Aprobar cuenta una respuesta en el análisis. Usarla como cita pública es una decisión aparte, respuesta por respuesta: los resultados públicos muestran, por pregunta, como máximo { $max } de las citas elegidas (las primeras), cada texto una vez y nunca una sola palabra.
mod-refusal-one_word = Una sola palabra no se cita: elija una respuesta más larga.

# The e-mail 7 days before raw answers are deleted.
ret-mail-subject = Las respuestas originales se borrarán en 7 días
ret-mail-intro = Las respuestas originales de «{ $title }» se borrarán el { $date } (UTC), al terminar su plazo de conservación. Los totales y las citas aprobadas se conservan.
ret-mail-what = Hasta entonces aún puedes moderar los textos libres, aprobar citas y descargar las respuestas originales.
ret-mail-action = Abrir publicación y descargas
