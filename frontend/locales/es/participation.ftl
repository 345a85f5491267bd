# El recorrido de las y los jóvenes. Palabras sencillas: hay lectores de 9 años.

p-start = Empezar
p-continue = Continuar
p-back = Atrás
p-change = Cambiar
p-send = Enviar mis respuestas
p-opens-new-tab = (se abre en una pestaña nueva)
p-questions-title = Tu opinión
p-required-mark = (tienes que responder a esta pregunta)
p-no-answer = Prefiero no responder
p-not-answered = Sin respuesta
p-rank-none = Sin puesto
p-hint-rank-moves = { $count ->
    [one] Elige lo que más te importa: pulsa «Añadir».
   *[other] Elige hasta { $count } opciones que más te importan: pulsa «Añadir» y ordénalas con las flechas. La primera es la más importante. Puedes dejar las demás fuera.
}
p-rank-mine = Mi clasificación
p-rank-rest = Sin clasificar
p-rank-empty = Nada todavía. Pulsa «Añadir» junto a una opción de abajo.
p-rank-up = Subir
p-rank-down = Bajar
p-rank-out = Quitar
p-rank-in = Añadir
p-rank-said-place = { $item }: puesto { $place }.
p-rank-said-out = { $item }: sin clasificar.
p-rank-said-full = Tu clasificación está completa. Quita primero una opción.
p-results-link = Ver los resultados de esta encuesta
p-all-results-link = Ver los resultados publicados
p-withdraw-link = Retirar mis respuestas
p-duration = { $count ->
    [one] Se tarda más o menos 1 minuto.
   *[other] Se tarda más o menos { $count } minutos.
}
p-progress = Paso { $step } de { $steps }

p-chars-left = Caracteres restantes:
p-chars-over = Caracteres de más:

# Página de inicio
p-landing-asked-by = Pregunta: { $group }
p-landing-anonymous = Tus respuestas son anónimas. Nunca te pedimos tu nombre, tu correo electrónico ni tu número de teléfono.
p-landing-skip-all = Puedes saltarte cualquier pregunta.
p-landing-skip-most = Puedes saltarte casi todas las preguntas. Las pocas que tienes que responder están marcadas.
p-landing-why-heading = Por qué te preguntamos
p-landing-data-heading = Qué pasa con tus respuestas
p-landing-data-promise = Tus respuestas se juntan con las de otros jóvenes. Nadie podrá saber cuáles son las tuyas. Antes de que alguien vea lo que escribiste, una persona lo revisa y quita los datos personales.
p-landing-results-heading = Cuándo podrás ver los resultados
p-landing-results-default = Los resultados se publicarán en este sitio web, para que veas qué hizo el grupo con tu opinión.
p-landing-withdraw = ¿Cambiaste de idea después de responder? Retira tus respuestas.

# Cerrada o todavía no abierta
p-closed-title = Esta encuesta ha terminado
p-closed-text = Ya no acepta respuestas. Gracias a todas las personas que participaron.
p-closed-not-yet-title = Esta encuesta todavía no está abierta
p-closed-not-yet = Todavía no puedes responder. Vuelve más tarde.
p-closed-opens-on = Se abre el { $date }.
p-meeting-only-title = Esta encuesta recoge respuestas durante la reunión
p-meeting-only = Las respuestas se dan durante la reunión, con el código que aparece en la pantalla de la sala o en línea.
p-meeting-only-join = Escribir el código para entrar

# Código de acceso
p-access-title = Escribe el código de tu grupo
p-access-hint = Lo tiene tu profesora o profesor, o la persona que dirige la sesión. Por ejemplo K7P-4MX.

# Edad
p-age-title = ¿Cuántos años tienes?
p-age-hint = Elige tu grupo de edad. Nunca te pedimos tu fecha de nacimiento.
p-age-band = De { $min } a { $max } años
p-age-under = Menos de { $count } años
p-too-young-title = Gracias por querer participar
p-too-young-text = Esta encuesta es para jóvenes de { $count } años o más. Lo sentimos, no puedes responderla. Tu opinión importa, y habrá otras formas de compartirla.
p-too-young-results = Igualmente podrás ver lo que dijeron otros jóvenes cuando se publiquen los resultados.
p-too-young-back = Me equivoqué de edad

# Permiso de una persona adulta
p-consent-title = Primero pregunta a una persona adulta
p-consent-intro = Por tu edad, necesitamos que tu madre, tu padre, tu tutor o tu profesor diga que puedes participar. Enséñale esta página.
p-consent-adult-heading = Para la persona adulta
p-consent-anonymous = Las respuestas son anónimas: no pedimos el nombre de la persona joven, ni su correo, ni su teléfono, ni dónde vive.
p-consent-skip = Puede saltarse cualquier pregunta y parar cuando quiera.
p-consent-nothing-stored = No guardamos nada sobre usted.
p-consent-check = Soy madre, padre, tutor o docente de esta persona joven y estoy de acuerdo en que participe.

# Sobre ti
p-about-title = Sobre ti
p-about-intro = Estas preguntas nos ayudan a ver si participaron jóvenes de todo tipo. Puedes saltártelas.
p-about-country = ¿En qué país vives?
p-about-country-hint = Solo preguntamos el país, nunca tu ciudad ni tu dirección.
p-about-country-none = Prefiero no decirlo
p-about-gender = ¿Cómo te describes?
p-about-gender-hint = Elige una respuesta o sáltate esta pregunta.
p-about-gender-description = Con tus propias palabras (si quieres)
p-gender-girl = Chica o mujer joven
p-gender-boy = Chico u hombre joven
p-gender-self_described = Me describo de otra manera
p-gender-prefer_not_to_say = Prefiero no decirlo

# Ayudas debajo de las preguntas
p-hint-choose-any = Elige todas las que correspondan.
p-hint-choose-up-to = { $count ->
    [one] Elige 1 como máximo.
   *[other] Elige hasta { $count }.
}
p-hint-ranking = { $count ->
    [one] Dale el número 1 a tu primera opción. Puedes dejar las demás vacías.
   *[other] Numera tus opciones favoritas del 1 (lo más importante) hasta el { $count }, cada número una sola vez. Puedes dejar las demás vacías.
}
p-hint-number-range = Un número del { $min } al { $max }.
p-hint-number-min = Un número igual o mayor que { $min }.
p-hint-number-max = Un número igual o menor que { $max }.
p-hint-characters = { $count ->
    [one] Hasta 1 carácter.
   *[other] Hasta { $count } caracteres.
}
p-condition-equals = Responde si elegiste «{ $option }» en «{ $question }».
p-condition-includes = Responde si marcaste «{ $option }» en «{ $question }».
p-condition-not-answered = Responde si te saltaste «{ $question }».

# Revisar
p-check-title = Revisa tus respuestas
p-check-intro = Échales un vistazo antes de enviarlas. Puedes cambiar cualquier respuesta.
p-check-about = Sobre ti
p-check-age = Tu grupo de edad
p-check-personal-details = Antes de guardar tu respuesta, quitamos de lo que escribiste los correos electrónicos, números de teléfono, enlaces, nombres de usuario y direcciones postales. Los nombres no se quitan: no escribas el nombre de nadie, ni siquiera el tuyo.
p-check-send-heading = ¿Todo listo?
p-check-send-text = Cuando envíes tus respuestas, recibirás un código de respuestas. Guárdalo: es la única forma de retirar tus respuestas.

# Gracias
p-thanks-title = ¡Gracias! Tus respuestas se enviaron
p-thanks-receipt-label = Tu código de respuestas:
p-thanks-copy = Copiar el código de respuestas
p-thanks-copied = Copiado
p-thanks-print = Imprimir o guardar esta página
p-thanks-keep-code = Apunta este código o hazle una foto. No lo volveremos a mostrar, y sin él no podemos encontrar tus respuestas.
p-thanks-repeated = Ya habías enviado estas respuestas. Se guardaron una sola vez.
p-thanks-next-heading = Qué pasa ahora
p-thanks-next = El grupo leerá juntas las respuestas de todas las personas jóvenes y las usará en su trabajo.
p-thanks-help-heading = Si algo te está haciendo daño
p-thanks-help-text = Gracias por contárnoslo. No tienes que enfrentarlo sin ayuda. Una línea de ayuda para niños puede escucharte y ayudarte, gratis y sin pedirte tu nombre. Si estás en peligro ahora mismo, llama al número de emergencias de tu país o ve con una persona adulta de confianza.
p-thanks-help-link = Buscar ayuda ahora
p-thanks-withdraw-heading = Si cambias de idea
p-thanks-withdraw = Puedes retirar tus respuestas en cualquier momento antes de que se borren. Necesitarás tu código de respuestas.

# Las mismas respuestas enviadas dos veces, pero distintas
p-conflict-title = Estas respuestas ya se enviaron
p-conflict-text = Tus respuestas ya se habían enviado y después se cambió algo. No guardamos los cambios, así que se mantienen tus primeras respuestas.
p-conflict-what-to-do = Si quieres responder de otra manera, primero retira tus primeras respuestas con tu código de respuestas y luego responde de nuevo.

# Página cambiada o rota
p-start-again-title = Por favor, empieza de nuevo
p-start-again-text = No pudimos leer tus respuestas en esta página. Puede pasar cuando una página se cambia o se guarda demasiado tiempo. No se envió nada. ¡Lo sentimos!
p-start-again-link = Empezar de nuevo

# Errores
p-error-label = Error:
p-error-prefix = Error:
p-error-title = Error: { $title }
p-error-about = «{ $question }» — { $message }
p-err-submission-missing = Falta el identificador de envío.
p-err-submission-malformed = El identificador de envío debe ser un UUID.
p-err-language = Elige uno de los idiomas de esta encuesta.
p-err-access-code = Este código no es correcto. Compruébalo con la persona que te lo dio.
p-err-age-required = Elige tu grupo de edad.
p-err-age-band = Elige uno de los grupos de edad que aparecen.
p-err-too-young = Esta encuesta es para jóvenes de más edad.
p-err-guardian = Primero tiene que confirmarlo tu madre, tu padre, tu tutor o tu profesor.
p-err-guardian-required = Una persona adulta tiene que marcar la casilla para que puedas continuar.
p-err-country = Elige un país de la lista.
p-err-gender = Elige una de las respuestas que aparecen.
p-err-gender-description-alone = Las palabras sobre ti van con «Me describo de otra manera».
p-err-required = Responde a esta pregunta para continuar.
p-err-unknown-option = Elige una de las respuestas que aparecen.
p-err-duplicate-option = Cada respuesta solo se puede elegir una vez.
p-err-too-many = { $count ->
    [one] Elige 1 respuesta como máximo.
   *[other] Elige { $count } respuestas como máximo.
}
p-err-ranking = { $count ->
    [one] Da el número 1 a un solo elemento.
   *[other] Usa cada número del 1 al { $count } una vez como máximo.
}
p-err-number = Escribe un número, por ejemplo 12.
p-err-number-range = Escribe un número del { $min } al { $max }.
p-err-number-min = Escribe un número igual o mayor que { $min }.
p-err-number-max = Escribe un número igual o menor que { $max }.
p-err-text-too-long = Tu respuesta tiene { $count } caracteres. Acórtala a { $max } caracteres como máximo.
p-err-hidden-question = Esta pregunta no se hace con tus otras respuestas.
p-err-info-answered = Esto es información, no una pregunta: no lleva respuesta.
p-err-unknown-question = No hay ninguna pregunta con esta clave.
p-err-shape-code = Indica un código de opción, como texto.
p-err-shape-codes = Indica una lista de códigos de opción.
p-err-shape-ranking = Indica los códigos de las opciones que ordenas, la mejor primero, como lista.
p-err-shape-number = Indica un número.
p-err-shape-text = Indica un texto.
p-err-shape-string = Indica una cadena de texto.
p-err-shape-bool = Indica true o false.
p-err-shape-answers = Indica las respuestas como un objeto con la clave de cada pregunta.

# Ayuda
p-help-phone = Teléfono:

# Unirse con un código
p-join-title = Escribe tu código para entrar
p-join-hint = El código para entrar que te dieron, por ejemplo K7P-4MX.
p-join-button = Unirme
p-join-empty = Escribe el código para entrar que te dieron.
p-join-unknown = No encontramos este código. Revisa las letras y los números e inténtalo de nuevo.

# Retirar las respuestas
p-withdraw-title = Retirar tus respuestas
p-withdraw-intro = Si no quieres que se usen tus respuestas, escribe el código de respuestas que recibiste al enviarlas. Tus respuestas se borrarán.
p-withdraw-code = Tu código de respuestas
p-withdraw-hint = Por ejemplo K7PM-4MX9-QATR. Sirven minúsculas o mayúsculas.
p-withdraw-empty = Escribe tu código de respuestas.
p-withdraw-not-found = No encontramos respuestas con este código. Revísalo e inténtalo de nuevo. Las respuestas también se borran solas un tiempo después de que termina una encuesta.
p-withdraw-lost = ¿Perdiste tu código de respuestas? Sin él no podemos encontrar tus respuestas, porque no sabemos quién eres.
p-withdraw-confirm-title = ¿De verdad quieres borrarlas?
p-withdraw-confirm-question = ¿Borrar tus respuestas a «{ $title }»?
p-withdraw-confirm-text = No se puede deshacer.
p-withdraw-confirm-button = Sí, borrar mis respuestas
p-withdraw-keep = No, mantener mis respuestas
p-withdrawn-title = Tus respuestas se borraron
p-withdrawn-text = Gracias por avisarnos. Tus respuestas no se usarán.
p-withdrawn-before-title = Estas respuestas se retiraron
p-withdrawn-before-text = Retiraste estas respuestas con tu código de respuestas, así que no se enviaron de nuevo. Si quieres responder otra vez, empieza unas respuestas nuevas.

## Offline answering
off-shared = Este teléfono u ordenador es compartido: no guardar nada en él después de enviar
off-saved = Guardado en este teléfono. Tus respuestas se enviarán cuando tengas conexión.
off-waiting = 1 respuesta pendiente de envío.
off-sending = Enviando tus respuestas…
off-sent = Tus respuestas se enviaron. Tu código de respuestas para guardar:
off-closed = La encuesta se cerró antes de que se pudieran enviar tus respuestas, así que se borraron de este teléfono.
off-refused = No se pudieron enviar tus respuestas y se borraron de este teléfono. Puedes responder de nuevo desde el principio.
off-page-title = El resto de las preguntas
off-page-heading = El resto de las preguntas
off-page-intro = No tienes conexión. Responde aquí el resto de las preguntas: tus respuestas se guardarán en este teléfono y se enviarán cuando tengas conexión.

# The facilitators' preview of the journey, in a phone-sized frame.
p-preview-banner = Vista previa: no se guarda nada
