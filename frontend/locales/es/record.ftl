# The group's public record: meetings, documents (issue #25).
rec-title = Archivo público
rec-intro = Las reuniones del grupo, las consultas realizadas antes y durante ellas, y los documentos que ha publicado: contribuciones de los miembros, informes y resúmenes. Abierto a todo el mundo, sin contraseña.
rec-group-home = Volver a la página del grupo
rec-link = Reuniones y documentos
rec-records-heading = Reuniones y documentos de los grupos
rec-records-intro = Cada grupo de trabajo mantiene un archivo público de sus reuniones, contribuciones e informes.
rec-search-heading = Buscar en los documentos
rec-search-words = Palabras del título
rec-search-year = Año
rec-search-any = Todos
rec-search-button = Buscar
rec-results-heading = Documentos encontrados
rec-results-count = { $count ->
    [0] Ningún documento coincide con su búsqueda.
    [one] Un documento coincide con su búsqueda.
   *[other] { $count } documentos coinciden con su búsqueda.
  }
rec-meetings = Reuniones
rec-no-meetings = El grupo todavía no tiene reuniones.
rec-documents-count = { $count ->
    [0] ningún documento
    [one] un documento
   *[other] { $count } documentos
  }
rec-meeting-dates = Fechas
rec-meeting-place = Lugar
rec-manage-documents = Documentos de la reunión
rec-consultations = Consultas antes y durante la reunión
rec-no-consultations = Todavía no hay ninguna consulta vinculada a esta reunión.
rec-documents = Documentos
rec-no-documents = Todavía no se ha publicado ningún documento de esta reunión.
rec-field-type = Tipo
rec-field-author-org = Organización autora
rec-field-date = Fecha
rec-field-meeting = Reunión
rec-field-language = Idioma
rec-field-status = Estado
rec-field-title = Título
rec-field-file = Archivo
rec-file-hint = PDF, DOCX, XLSX, PPTX u ODT, de 25 MB como máximo.
rec-files = Descargar
rec-withdrawn = Retirado
rec-withdrawn-intro = Los facilitadores del grupo retiraron este documento por el siguiente motivo:
rec-kind-contribution = Contribución
rec-kind-report = Informe
rec-kind-summary = Resumen
rec-kind-other = Otro
rec-status-draft = Borrador (no público)
rec-status-published = Publicado
rec-status-withdrawn = Retirado
rec-public-page = Página pública de la reunión
rec-manage-intro = Los miembros y los facilitadores suben documentos; solo los facilitadores los publican. Un documento es público una vez publicado, y uno retirado muestra el motivo en su lugar.
rec-add-language = Añadir o sustituir una versión en otro idioma
rec-upload-button = Subir
rec-upload-heading = Subir un documento
rec-publish-button = Publicar
rec-withdraw-heading = Retirar este documento
rec-withdraw-reason = Motivo que verá el público
rec-withdraw-button = Retirar el documento
rec-v-query-long = El texto de búsqueda es demasiado largo: use 200 caracteres como máximo.
rec-v-year = Elija un año de la lista.
rec-v-type = Elija un tipo de la lista.
rec-v-language = Elija un idioma de la lista.
rec-v-title = Dé un título al documento (300 caracteres como máximo).
rec-v-author-org = Indique la organización que redactó el documento (200 caracteres como máximo).
rec-v-date = Escriba la fecha del documento, por ejemplo 2027-03-14.
rec-v-reason = Indique el motivo que el público leerá en lugar del documento (2000 caracteres como máximo).
rec-v-withdrawn = Este documento fue retirado: ya no se le pueden añadir archivos.
rec-v-file-missing = Elija el archivo que quiere subir.
rec-v-file-too-large = El archivo supera los 25 MB. Redúzcalo, por ejemplo guardando el PDF para la web, y vuelva a intentarlo.
rec-v-file-not-accepted = Este archivo no es un documento PDF, DOCX, XLSX, PPTX ni ODT. Elija un documento en uno de esos formatos.
rec-v-file-name-mismatch = El nombre del archivo no corresponde a su contenido (por ejemplo, un documento de Word llamado .pdf). Cámbiele la extensión o elija otro archivo.

# Breakdown dimensions worked out from the country (regions).
agg-dim-region = Región (M49 de la ONU)
agg-dim-itu_region = Región de la UIT
rec-document-page = Página del documento
