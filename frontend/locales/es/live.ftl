# Modo reunión en directo: teléfonos, proyector y página de control.

live-title = Preguntas en directo
live-session-code = Código para entrar
live-join-button = Unirme
live-unknown-title = No encontramos esta reunión
live-unknown-text = Puede que el código esté mal escrito o que la reunión haya terminado. Revisa el código de la pantalla e inténtalo de nuevo.
live-unknown-again = Escribe el código de la pantalla
live-setup-title = Antes de empezar
live-setup-language = ¿En qué idioma quieres responder?
live-setup-age = ¿Cuántos años tienes?
live-setup-age-hint = Solo preguntamos un grupo de edad, nunca tu fecha de nacimiento.
live-age-under = Menos de { $age } años
live-age-band = De { $min } a { $max } años
live-guardian-label = Una madre, un padre, un tutor o un docente dice que puedo participar
live-guardian-hint = Solo si tienes menos de { $age } años.
live-err-language = Elige un idioma.
live-err-age = Elige tu grupo de edad.
live-err-guardian = Pregunta a una persona adulta responsable y marca la casilla.
live-err-empty = Elige o escribe una respuesta antes de enviar.
live-err-ranking = Da un puesto al menos a una opción antes de enviar.
live-waiting-title = Mira la pantalla grande
live-waiting-text = La siguiente pregunta aparecerá aquí sola.
live-too-young-title = Gracias por venir
live-too-young-text = Estas preguntas son para jóvenes mayores. Puedes seguir la pantalla grande con el grupo.
live-answered-title = Tu respuesta está guardada
live-answered-text = ¡Gracias! Mira la pantalla grande. La siguiente pregunta aparecerá aquí sola.
live-receipt = Tu código de respuestas (para retirar esta respuesta más tarde):
live-question-title = La pregunta
live-send = Enviar mi respuesta
live-refresh = Ver si hay una pregunta nueva
live-refused-title = Esta pregunta está cerrada
live-refused-text = Tu respuesta no se guardó porque la pregunta ya está cerrada. Mira la pantalla grande para la siguiente.
live-present-title = Resultados en directo
live-present-join = Únete con tu teléfono:
live-qr-label = Código QR para unirse a la reunión
live-no-question = La primera pregunta aparecerá aquí pronto.
live-results-hidden = Los resultados se mostrarán pronto.
live-answers-count = { $count ->
    [one] 1 respuesta
   *[other] { $count } respuestas
}
live-too-few = Los resultados aparecerán cuando hayan respondido { $threshold } personas.
live-fewer-than = menos de { $threshold }
live-chart-desc = Cuántas personas eligieron cada respuesta.
live-mean = Media
live-median = Valor central
live-state-waiting = Aún no preguntada
live-state-open = Abierta
live-state-closed = Cerrada
live-start-title = Sesión en directo
live-start-text = Inicie una sesión en directo para hacer las preguntas una a una durante la reunión. Recibirá un código y un código QR para la sala.
live-start-button = Iniciar la sesión en directo
live-start-not-open = Abra la consulta antes de iniciar una sesión en directo.
live-start-no-phase = Active primero la fase «durante la reunión» en la configuración de la consulta.
live-start-no-question = La consulta no tiene ninguna pregunta.
live-api-unknown-action = Acción desconocida: use open, close, reveal o hide.
live-control-title = Dirigir la sesión en directo
live-open-presenter = Abrir la vista del proyector
live-control-questions = Las preguntas, una a una
live-col-question = Pregunta
live-col-state = Estado
live-col-answers = Respuestas
live-col-actions = Acciones
live-current = en pantalla
live-revealed = resultados visibles
live-action-open = Abrir
live-action-close = Cerrar
live-action-reveal = Mostrar resultados
live-action-hide = Ocultar resultados
live-moderation-status = Textos: { $shown } visibles, { $held } retenidos para revisión, { $approved } aprobados, { $rejected } ocultos
live-end-text = Al terminar la sesión, el código deja de funcionar. Las respuestas quedan en el resumen de la consulta.
live-end-button = Terminar la sesión en directo
live-people-answers = { $people ->
    [one] { $people } persona
   *[other] { $people } personas
  }, { $answers ->
    [one] { $answers } respuesta
   *[other] { $answers } respuestas
  }
live-fullscreen = Pantalla completa
live-fullscreen-exit = Salir de pantalla completa
live-new-question = Hay una pregunta nueva en tu pantalla.
live-votes-count = { $count ->
    [one] 1 voto
   *[other] { $count } votos
}
live-statements-top = Afirmaciones más votadas
live-opinion-forming = El mapa de opiniones aparece cuando suficientes personas han votado al menos { $votes } afirmaciones cada una. No se muestran grupos de menos de { $threshold } personas.
