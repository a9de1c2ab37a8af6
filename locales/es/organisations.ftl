# The coalition: organisations endorse the call, partner pages, organisations' staff (Spanish).

## Endorsing (public)
endorse-title = Adherirse al llamamiento como organización
endorse-intro = Sindicatos, asociaciones y colectivos, ONG, partidos y organizaciones religiosas pueden adherirse al llamamiento. Cuando confirmes por correo electrónico, la coordinación revisará tu adhesión; una vez aprobada, tu organización aparecerá en la lista y tendrá su propia página en la campaña.
endorse-about-organisation = Tu organización
endorse-about-contact = Persona de contacto
endorse-contact-hint = Escribimos a esta persona para confirmar la adhesión y comunicarle nuestra decisión. Su nombre y su correo electrónico nunca se publican y se guardan cifrados.
endorse-field-name = Nombre de la organización
endorse-field-kind = Tipo de organización
endorse-choose-kind = Elige un tipo
endorse-field-country = País
endorse-field-city = Ciudad (opcional)
endorse-field-website_url = Sitio web (opcional)
endorse-field-logo = Logotipo (opcional)
    .hint = PNG, JPEG, WebP o GIF, de 2 MB como máximo. Guardamos una copia limpia: solo se conserva la imagen.
endorse-field-statement = Declaración breve (opcional)
    .hint = Por qué tu organización se adhiere al llamamiento, en pocas frases. Se muestra en la página de tu organización.
endorse-field-contact_name = Nombre
endorse-field-contact_email = Correo electrónico
endorse-privacy = El nombre, el tipo, el país, la ciudad, el sitio web, el logotipo y la declaración de la organización se publican una vez aprobada la adhesión.
endorse-submit = Adherirse al llamamiento
endorse-sent-title = Revisa tu correo
endorse-sent-check-mail = Enviamos un correo a la persona de contacto. Abre el enlace que contiene para confirmar la adhesión.
endorse-sent-next = Después, la coordinación revisará la adhesión y responderá por correo electrónico.
endorse-confirm-title = Confirma la adhesión
endorse-confirm-intro = Confirma que esta organización se adhiere al llamamiento:
endorse-confirm-button = Confirmar la adhesión
endorse-confirm-done = Gracias: la adhesión está confirmada. La coordinación la revisará y responderá por correo electrónico.
endorse-confirm-invalid = Este enlace no es válido. Copia el enlace completo del correo.

org-kind-union = Sindicatos
org-kind-community = Asociaciones y colectivos
org-kind-ngo = ONG
org-kind-party = Partidos políticos
org-kind-faith = Organizaciones religiosas
org-kind-other = Otras organizaciones
org-kind-union-one = Sindicato
org-kind-community-one = Asociación o colectivo
org-kind-ngo-one = ONG
org-kind-party-one = Partido político
org-kind-faith-one = Organización religiosa
org-kind-other-one = Otra

org-error-website = Escribe una dirección web que empiece por https:// o http://, como https://example.org.
org-error-age-key = Esta no es una clave pública de age. Empieza por age1 y ocupa una sola línea, como age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p.
image-error-empty = El archivo está vacío.
image-error-too-large = El archivo es demasiado grande. Elige una imagen de { $count } MB como máximo.
image-error-not-image = No podemos leer este archivo como imagen. Elige un archivo PNG, JPEG, WebP o GIF.
image-error-dimensions = La imagen tiene demasiados píxeles. Elige una más pequeña.
image-error-corrupt = La imagen está dañada o incompleta. Elige otro archivo.

## The public list and partner pages
endorsers-title = Organizaciones adheridas al llamamiento
endorsers-count = { $count-n ->
    [one] { $count } organización se adhiere al llamamiento.
   *[other] { $count } organizaciones se adhieren al llamamiento.
}
partner-act = Súmate a la acción
partner-nothing-open = Ahora mismo no hay ninguna acción abierta.
partner-tally = { $count-n ->
    [one] { $count } acción llegó a través de esta página (firmas, cartas, respuestas a eventos).
   *[other] { $count } acciones llegaron a través de esta página (firmas, cartas, respuestas a eventos).
}
sign-consent-partner-before = Acepto que
sign-consent-partner-after = { "" } se ponga en contacto conmigo sobre esta campaña.

## Moderation (staff)
orgs-moderation-title = Adhesiones
org-status-filter = Adhesiones por estado
org-status-unconfirmed = Sin confirmar
org-status-pending = Por revisar
org-status-approved = Aprobada
org-status-rejected = Rechazada
orgs-none = No hay adhesiones aquí.
col-organisation = Organización
col-received = Recibida
org-decided = Decisión guardada. La persona de contacto recibirá un correo.
org-detail-title = Adhesión
org-language = Idioma
org-logo = Logotipo
org-field-reason = Motivo
    .hint = Obligatorio al rechazar: se envía por correo electrónico a la persona de contacto.
org-approve = Aprobar
org-reject = Rechazar
org-awaiting-contact = La persona de contacto todavía no confirmó.

## An organisation's own pages (staff)
org-home-title = Nuestra organización
org-partner-page = La página de nuestra organización
org-referral = Código de referencia
org-supporters-title = Nuestra base de simpatizantes
org-supporters-count = { $count-n ->
    [one] { $count } simpatizante aceptó recibir noticias nuestras.
   *[other] { $count } simpatizantes aceptaron recibir noticias nuestras.
}
org-supporters-open = Ver la lista
org-supporters-monthly = Altas de simpatizantes por mes
col-month = Mes
col-supporters = Simpatizantes
col-consented = Fecha del consentimiento
org-search-found = Dirección encontrada.
org-search-none = Nadie con este correo electrónico aceptó recibir noticias nuestras.
org-export-sealed = El archivo se cifra con nuestra clave pública: solo nuestra clave privada puede abrirlo. Cada exportación queda anotada en el registro de auditoría.
org-page-title = Página de la organización
org-field-statement = Declaración breve
org-field-page_md = Texto de la página
    .hint = Markdown: **negrita**, *cursiva*, enlaces, listas. Sin imágenes.
org-field-call_to_action = Invitación a actuar (un título sobre las acciones de la campaña)
org-field-age = Clave pública para las exportaciones
    .hint = Una clave pública de age (age1…). Con una clave, las exportaciones se cifran para ella y nunca existen sin cifrar en el servidor. Deja el campo vacío para quitarla.

## Mails to an organisation's contact
endorse-mail-subject = Confirma, por favor: ⁨{ $organisation }⁩ se adhiere a «⁨{ $campaign }⁩»
endorse-mail-intro = Alguien registró la adhesión de ⁨{ $organisation }⁩ al llamamiento «⁨{ $campaign }⁩» con esta dirección de correo electrónico como contacto.
endorse-mail-button = Confirmar la adhesión
endorse-mail-ignore = Si no fuiste tú, ignora este correo: no se publica nada sin confirmación.
org-approved-mail-subject = ⁨{ $organisation }⁩ ya se adhiere a «⁨{ $campaign }⁩»
org-approved-mail-intro = Gracias: la coordinación aprobó la adhesión de ⁨{ $organisation }⁩, que ya figura entre las organizaciones adheridas al llamamiento.
org-approved-mail-next = La página de tu organización está lista: las acciones que se hagan a través de ella se atribuyen a tu organización.
org-approved-mail-link = Abrir la página de la organización
org-rejected-mail-subject = Sobre la adhesión de ⁨{ $organisation }⁩
org-rejected-mail-intro = La coordinación de «⁨{ $campaign }⁩» no aprobó la adhesión de ⁨{ $organisation }⁩.
org-rejected-mail-reason = El motivo indicado:

## Audit log and jobs
audit-org-approved = Adhesión aprobada
audit-org-rejected = Adhesión rechazada
audit-org-page-saved = Página de la organización guardada
audit-org-key-set = Clave de exportación registrada
audit-org-key-removed = Clave de exportación eliminada
audit-org-supporters-read = Lectura de simpatizantes (página)
audit-org-supporters-searched = Búsqueda de simpatizantes por correo electrónico
audit-org-supporters-exported = Exportación de simpatizantes
job-kind-organisation-mail = Correo a la persona de contacto de una organización
endorsers-see = Ver la lista
org-export-csv = Exportar nuestra base de simpatizantes (CSV)
detail-consent-partner = Puede contactarte sobre esta campaña
form-error-rate = Se enviaron demasiados formularios desde aquí hace un momento. Espera un minuto y vuelve a intentarlo.
endorse-logo-again = Si elegiste un logotipo, vuelve a elegirlo: los archivos no se guardan cuando se rechaza un formulario.
org-decided-nothing = No cambió nada: la adhesión ya estaba en ese estado o aún no está confirmada.
