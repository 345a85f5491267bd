# SMS: lo que reciben las personas jóvenes. Menos de 160 caracteres simples por mensaje.
sms-consent = { $title }: una encuesta para jóvenes. Anónima; no guardamos tu número. Privacidad: { $url } STOP para terminar, AYUDA para ayuda.
sms-age = ¿Cuántos años tienes? Responde un número:
sms-guardian = Con menos de { $age } años, tu madre, padre, tutor o docente debe estar de acuerdo. ¿Está contigo y de acuerdo? 1 Sí 2 No
sms-guardian-no = Gracias. Pide ayuda a tu madre, padre, tutor o docente y envía { $keyword } otra vez. No se guardó nada.
sms-too-young = ¡Gracias por querer ayudar! Esta encuesta es para personas de { $age } años o más. No se guardó nada.
sms-reply-number = Responde de 1 a { $max }.
sms-reply-numbers = Responde uno o más números, como 1 3.
sms-reply-ranking = Responde los números en tu orden, el mejor primero, como 2 1 3.
sms-reply-range = Responde un número de { $min } a { $max }.
sms-reply-amount = Responde con un número.
sms-reply-words = Responde con tus palabras. No escribas nombres.
sms-skip-hint = O SALTAR.
sms-required = Esta pregunta necesita una respuesta.
sms-out-of-range = Por favor, responde de 1 a { $max }.
sms-text-cut = Tu texto se cortó a { $max } caracteres.
sms-stopped = Terminado. No se guardó nada de lo que enviaste. Envía { $keyword } para empezar de nuevo.
sms-help = ¿Necesitas hablar? { $name }: { $phone } (gratis). ATRAS repite la pregunta, STOP termina.
sms-help-none = ¿Necesitas hablar? Cuéntaselo a un adulto de confianza. Ayuda: { $url } ATRAS repite la pregunta, STOP termina.
sms-harm = Gracias por contárnoslo. Puedes hablar gratis con { $name }: { $phone }.
sms-harm-none = Gracias por contárnoslo. Cuéntaselo a un adulto de confianza. Ayuda: { $url }
sms-unknown = Envía { $keyword } para responder a «{ $title }».
sms-closed = Esta encuesta está cerrada. ¡Gracias! Resultados: { $url }
sms-thanks = ¡Gracias! Tus respuestas están guardadas. Código de recibo: { $receipt }
sms-failed = Lo sentimos, algo salió mal. Envía { $keyword } otra vez más tarde.
sms-word-stop = STOP
sms-word-help = AYUDA
sms-word-back = ATRAS
sms-word-skip = SALTAR

sms-overview-link = Mensajes de texto (SMS)
sms-page-title = Mensajes de texto
sms-intro = Las personas jóvenes sin datos ni teléfono inteligente pueden responder por SMS: envían la palabra clave al número de su pasarela SMS y reciben una pregunta cada vez. Su número nunca se guarda.
sms-off = Los mensajes de texto están desactivados para esta consulta.
sms-on = Los mensajes de texto están activados
sms-settings = Palabra clave y pasarela
sms-keyword = Palabra clave
sms-keyword-hint = Lo que envían para empezar, de 2 a 20 letras o cifras (p. ej., SAFE). Única en este sitio.
sms-twilio-token = Token de autenticación de Twilio
sms-token-hint = Déjelo vacío para conservar el guardado. No se vuelve a mostrar.
sms-rapidpro-url = URL de envío de RapidPro
sms-rapidpro-url-hint = Adonde se envían las respuestas (la dirección de su canal externo de RapidPro).
sms-rapidpro-token = Token de RapidPro
sms-enable = Activar los mensajes de texto
sms-save = Guardar
sms-disable = Desactivar los mensajes de texto (borra las conversaciones en curso)
sms-webhook-twilio = Webhook de Twilio («A message comes in», HTTP POST)
sms-webhook-rapidpro = Canal externo de RapidPro
sms-not-set = sin configurar
sms-in-progress = Conversaciones en curso
sms-privacy-hint = Solo un hash con clave de cada número guarda el punto de una conversación; se borra al guardar las respuestas o tras 24 horas de silencio.
sms-costs = Lo que cuesta cada pregunta
sms-costs-hint = Mensajes que ocupa cada pregunta, por idioma (160 caracteres por mensaje en GSM-7, 70 en UCS-2 para árabe, chino y ruso).
sms-col-question = Pregunta
sms-messages = { $count ->
    [one] 1 mensaje
   *[other] { $count } mensajes
}
sms-err-keyword = Escriba una palabra clave de 2 a 20 letras o cifras, distinta de STOP, HELP, BACK o SKIP.
sms-err-keyword-taken = Otra consulta ya usa esta palabra clave: elija otra.
sms-err-url = Escriba la URL de envío como una dirección web que empiece por https://.
sms-err-rapidpro-token = Escriba el token de RapidPro que corresponde a la URL de envío.

pn-never-sms = Si respondes por SMS, tu número no se guarda: solo una forma codificada guarda tu lugar, y se borra cuando se guardan tus respuestas, cuando envías STOP o tras 24 horas sin mensajes. Tu compañía móvil y el servicio de SMS llevan tus mensajes, como con cualquier SMS.
