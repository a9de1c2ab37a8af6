## Decision-makers (staff pages; "target" is the code's word only)
targets-title = Responsables políticos
targets-intro = Las personas que deciden, a quienes llegarán cartas y llamadas: cada una en su idioma y según la hora de su propia zona horaria. Sus direcciones y números se guardan cifrados; solo se muestran el nombre, el cargo, la institución y los teléfonos de quienes estén marcados como públicos (los teléfonos en las páginas de llamada).
target-new-title = Añadir responsable
target-edit-title = Cambiar responsable
targets-search = Nombre, cargo o institución
targets-all-countries = Todos los países
targets-search-button = Buscar
targets-count = { $count-n ->
    [one] { $count } responsable
   *[other] { $count } responsables
}
target-field-name = Nombre
target-field-role = Cargo
target-field-institution = Institución
target-field-area = Territorio
    .hint = Una región, una circunscripción o una ciudad, si su cargo abarca una.
target-field-lang = Idioma
    .hint = El idioma en que le llegan las cartas.
target-field-time_zone = Zona horaria
    .hint = Las cartas le llegan en su horario de trabajo, según esta hora. Déjalo vacío para la zona horaria principal del país, o escribe una como Europe/Madrid.
target-field-emails = Direcciones de correo electrónico
    .hint = Una o varias, una por línea. La primera sirve para reconocer a la persona al importar.
target-field-phones = Números de teléfono
    .hint = En formato internacional, como +34 915 37 10 00; uno por línea.
target-field-public = Mostrar públicamente
    .hint = Su nombre, cargo e institución pueden aparecer en las páginas públicas, y sus teléfonos en las páginas de llamada. Sus direcciones de correo, nunca.
target-public-col = Público
target-demo = datos de demostración
target-choose-country = Elegir un país
target-save = Guardar
target-delete = Eliminar a esta persona responsable
target-saved = Guardado.
target-deleted = Eliminado.
target-delete-history = Eliminar a esta persona responsable también elimina, para siempre:
target-delete-waiting = { $count-n ->
    [one] { $count } carta que aún espera enviarse (no se avisa a quien la escribió)
   *[other] { $count } cartas que aún esperan enviarse (no se avisa a quienes las escribieron)
}
target-delete-delivered = { $count-n ->
    [one] { $count } carta entregada, de todos los recuentos
   *[other] { $count } cartas entregadas, de todos los recuentos
}
target-delete-calls = { $count-n ->
    [one] { $count } llamada informada, de todos los recuentos
   *[other] { $count } llamadas informadas, de todos los recuentos
}
target-delete-sure = Entiendo: eliminar con todo esto
target-delete-unsure = Marca la casilla para eliminarla con sus cartas y llamadas, o consérvala y desmarca «Mostrar públicamente»: así dejan de enviársele cartas.
targets-export = Descargar a todas las personas responsables en CSV (la descarga queda en el registro de auditoría)
target-groups-title = Grupos
target-groups-none = Todavía no hay grupos.
target-group-new = Grupo nuevo
target-group-add = Añadir el grupo
target-group-delete = Eliminar
target-group-saved = Los grupos están guardados.
targets-import-title = Importar desde un archivo CSV
targets-import-label = Texto CSV
targets-import-hint = Columnas: name, role, institution, country (dos letras), area, language (ar, en, fr, es, de), time_zone, emails y phones (separados por punto y coma), public (yes o no), groups (separados por punto y coma). Si ya existe alguien con la misma primera dirección, se actualiza. Con una sola línea errónea no se importa nada.
targets-import-submit = Importar
targets-import-refused = No se importó nada. Corrige estas líneas e importa de nuevo:
targets-imported = Importación hecha: { $added } añadidas, { $updated } actualizadas, { $unchanged } sin cambios.
target-error-phone = Escribe el número en formato internacional, con + y el código del país.
target-error-lang = Elige uno de los idiomas ofrecidos.
target-error-email = Una de estas direcciones no es una dirección de correo electrónico.
target-error-no-email = Indica al menos una dirección de correo: una carta necesita adónde ir.
target-error-too-many = Como máximo { $count } aquí.
target-error-exists = Ya hay una persona responsable con esta primera dirección.
target-error-public = Escribe yes o no.
target-error-group = Un nombre de grupo es demasiado largo o tiene caracteres que no se pueden mostrar.
target-error-group-semicolon = El nombre de un grupo no puede llevar punto y coma: separa los grupos en el archivo CSV.
target-csv-too-many = Demasiadas líneas: importa como máximo { $count } cada vez.
target-csv-duplicate = Esta primera dirección ya está en una línea anterior.
audit-target-saved = Responsable guardado
audit-target-deleted = Responsable eliminado
audit-targets-imported = Responsables importados
audit-targets-exported = Responsables exportados
target-error-cap = Una campaña guarda como máximo { $count } responsables.
