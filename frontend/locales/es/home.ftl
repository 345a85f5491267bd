## La página de un grupo y las pestañas del ciclo de una consulta
cn-tab-live = Sesión en directo
cn-tab-moderation = Moderación
cn-tab-results = Resultados
cn-tab-downloads = Descargas
cn-tab-publish = Publicar
cn-tab-public = Página pública

gh-consultations = Consultas
gh-empty-intro = Este grupo aún no tiene ninguna consulta. Una consulta pasa por estos pasos, cada uno a un clic de aquí:
gh-empty-step-write = Escribir las preguntas en su idioma.
gh-empty-step-translate = Traducirlas a los idiomas que leen los jóvenes.
gh-empty-step-open = Abrirla (y llevar una sesión en directo en una reunión, si la hay).
gh-empty-step-publish = Cerrarla, moderar las respuestas escritas, publicar los resultados y contar qué se hizo con las opiniones.
gh-empty-create = Crear la primera consulta
gh-empty-member = Este grupo aún no tiene ninguna consulta. Las crean sus facilitadores; aquí encontrará sus resultados.
gh-opens = Apertura
gh-closes = Cierre
gh-date-none = sin fecha
gh-answered = Han respondido
gh-people = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
  }
gh-pending = Pendientes de moderación
gh-texts = { $count ->
    [one] { $count } texto
   *[other] { $count } textos
  }
gh-safeguarding = Alertas de protección abiertas
gh-deletion = Respuestas originales borradas el
gh-cycle-label = Páginas de
gh-link-editor = Preguntas y ajustes
gh-step-write = Escribir las preguntas
gh-step-translate = Traducir
gh-step-finish = Completarla antes de abrir
gh-step-open = Abrirla
gh-step-start-live = Iniciar la sesión en directo
gh-step-run-live = Llevar la sesión en directo
gh-step-close = Cerrarla
gh-step-safeguarding = { $count ->
    [one] Atender { $count } alerta de protección
   *[other] Atender { $count } alertas de protección
  }
gh-step-moderate = { $count ->
    [one] Moderar { $count } texto
   *[other] Moderar { $count } textos
  }
gh-step-publish = Publicar los resultados
gh-step-feedback = Escribir «qué hicimos con sus opiniones»
gh-downloads-intro = El resumen y el informe muestran todas las cifras a los facilitadores; las respuestas originales están anonimizadas y cada descarga queda en el registro de auditoría.
gh-downloads-intro-member = El resumen y el informe, sin los grupos pequeños, para que no se pueda identificar a ningún joven.
