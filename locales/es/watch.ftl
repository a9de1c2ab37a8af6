## The watch list
watch-title = Lista de seguimiento
watch-intro = Los intentos de apoyar o rehabilitar al régimen de Bachar al Asad, a medida que llegan: conferencias, acuerdos comerciales, pasos de normalización, acuerdos de deportación. Cada uno con sus fuentes y con los responsables políticos.
watch-back-to-campaign = Volver a la campaña
watch-when-filter = Próximos o pasados
watch-upcoming = Próximos y en curso
watch-past = Pasados
watch-none = Nada por aquí.
watch-field-kind = Tipo
watch-field-when = Cuándo
watch-field-place = Lugar
watch-people = Responsables políticos
watch-sources = Fuentes
watch-kind-conference = Conferencia
watch-kind-trade-deal = Acuerdo comercial
watch-kind-normalisation = Paso de normalización
watch-kind-deportation = Acuerdo de deportación
watch-kind-other = Otro
watch-new-title = Añadir a la lista de seguimiento
watch-edit-title = Cambiar un elemento de la lista de seguimiento
watch-public-page = La página pública
watch-saved = La lista de seguimiento está guardada.
watch-deleted = El elemento está eliminado.
watch-choose-kind = Elegir un tipo
watch-field-starts = Primer día
watch-field-ends = Último día
watch-date-hint = Como 2027-03-14 (año, mes, día).
watch-no-country = Ningún país, o varios
watch-field-title = Título
watch-field-description = De qué se trata (Markdown)
watch-sources-hint = Al menos una fuente con su enlace. Deja vacías las filas que no necesites.
watch-source-n = Fuente { $count }
watch-source-title = Título
watch-source-publisher = Medio
watch-source-url = Enlace
watch-source-published = Publicada el (como 2027-03-14)
watch-no-targets = Todavía no hay responsables políticos: añádelos primero.
watch-save = Guardar
watch-delete = Eliminar este elemento
watch-error-ends-before = El último día es anterior al primero.
watch-error-no-source = Indica al menos una fuente, con su enlace.
audit-watch-saved = Elemento de la lista de seguimiento guardado
audit-watch-deleted = Elemento de la lista de seguimiento eliminado
watch-upcoming-count = { $count-n ->
    [one] { $count } intento de rehabilitar al régimen está por venir o en curso.
   *[other] { $count } intentos de rehabilitar al régimen están por venir o en curso.
}
watch-see = Ver la lista de seguimiento
