# Days of action and their events (Spanish).

## Public pages
event-back-to-campaign = Volver a la campaña
events-count = { $count-n ->
    [one] { $count } evento
   *[other] { $count } eventos
}
events-by-country = Eventos por país
events-all-countries = Todos los países
events-none = Todavía no hay eventos.
events-feed = Suscripción de calendario con todos los eventos (iCalendar)
events-feed-country = Suscripción de calendario con los eventos de este país
event-kind-rally = Concentración
event-kind-vigil = Vigilia
event-kind-meeting = Reunión
event-kind-cultural = Evento cultural
event-kind-online = En línea
event-kind-other = Otro
event-status-unconfirmed = Sin confirmar
event-status-pending = Por revisar
event-status-changes = Cambios solicitados
event-status-approved = Aprobado
event-status-rejected = Rechazado
event-status-cancelled = Cancelado
event-when = Cuándo
event-where = Dónde
event-cancelled = Este evento está cancelado.
event-address-attendees = Quienes participan reciben la dirección exacta.
event-add-to-calendar = Añadir a mi calendario

## Submitting an event
event-submit-title = Organiza un evento
event-submit-intro = Cualquier persona puede organizar un evento para la jornada de acción, en cualquier idioma. Lo confirmas por correo electrónico y, después, la coordinación lo revisa antes de publicarlo.
event-about = El evento
event-field-title = Título
event-field-kind = Tipo de evento
event-choose-kind = Elige un tipo
event-field-description = Descripción (opcional)
    .hint = Qué va a pasar y qué hay que llevar. Markdown: **negrita**, *cursiva*, enlaces, listas.
event-field-languages = Idiomas que se hablarán
event-field-starts = Inicio
    .hint = Fecha y hora del lugar donde se celebra el evento.
event-field-ends = Fin
event-field-time_zone = Zona horaria (opcional)
    .hint = Se deduce de la ciudad. Para un evento en línea, o para cambiarla, escribe una como Europe/Berlin o Asia/Damascus.
event-field-country = País
event-field-city = Ciudad
    .hint = En cualquier idioma o alfabeto, por ejemplo Alepo o حلب.
event-choose-city = Hay varios lugares con este nombre: elige el tuyo.
event-field-address = Dirección
event-field-address_public = Mostrar la dirección en la página del evento (si no, solo la reciben quienes participan)
event-field-capacity = Cuántas personas pueden asistir (opcional)
    .hint = Déjalo vacío si no hay límite.
event-field-accessibility = Accesibilidad (opcional)
event-field-photo = Foto (opcional)
    .hint = PNG, JPEG, WebP o GIF, de 10 MB como máximo. Guardamos una copia limpia: se eliminan el lugar y la hora que registró la cámara.
event-about-organiser = Tú, como persona organizadora
event-organiser-hint = Tu nombre y tu correo electrónico nunca se publican y se guardan cifrados. Te enviamos por correo un enlace para confirmar el evento y gestionarlo.
event-field-organiser_name = Tu nombre
event-field-organiser_email = Tu correo electrónico
event-submit-button = Proponer el evento
event-submitted-title = Revisa tu correo
event-submitted-check-mail = Te enviamos un correo. Abre el enlace que contiene para confirmar el evento.
event-submitted-next = Después, la coordinación lo revisa y te responde por correo.
event-confirm-title = Confirma el evento
event-confirm-intro = Por favor, confirma este evento:
event-confirm-button = Confirmar el evento
event-confirm-done = Gracias: el evento está confirmado. La coordinación lo revisará y te responderá por correo.
event-manage-title = Tu evento
event-moderator-message = Mensaje de la coordinación
    .hint = Obligatorio al pedir cambios o rechazar: se envía por correo a la persona organizadora.
event-public-page = La página pública del evento
event-cancel-sure = Sí, quiero cancelar este evento
event-cancel = Cancelar el evento

## Errors
event-error-date = Escribe una fecha como AAAA-MM-DD, por ejemplo ⁨2026-03-15⁩.
event-error-last-before-first = El último día es anterior al primero.
event-error-too-many-days = { $count-n ->
    [one] Una jornada de acción dura como máximo { $count } día.
   *[other] Una jornada de acción dura como máximo { $count } días.
}
event-error-city-choose = Hay varios lugares con este nombre: elige el tuyo en la lista.
event-error-city = No encontramos esta ciudad en este país. Revisa cómo está escrita o escribe la ciudad más grande más cercana.
event-error-time-zone = No conocemos esta zona horaria. Escribe una como Europe/Berlin.
event-error-time = Escribe una fecha y una hora.
event-error-end-before-start = El final es anterior al inicio.
event-error-too-long = Un evento dura como máximo tres días.
event-error-outside-day = El evento debe empezar durante la jornada de acción.
event-error-capacity = Escribe un número entero de personas o deja el campo vacío.

## Staff
days-title = Jornadas de acción
days-none = Todavía no hay ninguna jornada de acción.
day-declare = Convocar una jornada de acción
day-first = Primer día
day-last = Último día (opcional)
day-last-hint = Para una jornada de acción de varios días.
day-title-field = Título
day-body-field = Texto (opcional)
events-moderation-title = Eventos
event-decided = Decisión guardada. La persona organizadora recibirá un correo.
event-detail-title = Evento
event-ask-changes = Pedir cambios
event-awaiting-organiser = La persona organizadora todavía no confirmó el evento o lo canceló.

## Mails to the organiser
event-mail-confirm-subject = Confirma tu evento «⁨{ $event }⁩»
event-mail-confirm-intro = Alguien propuso el evento «⁨{ $event }⁩» con esta dirección de correo electrónico.
event-mail-ignore = Si no fuiste tú, ignora este correo: no se publica nada sin confirmación.
event-mail-manage = Para ver el estado de tu evento o cancelarlo, guarda este enlace:
event-mail-confirm-button = Confirmar el evento
event-mail-approved-subject = Tu evento «⁨{ $event }⁩» está publicado
event-mail-approved-intro = Gracias: la coordinación aprobó tu evento «⁨{ $event }⁩». Esta es su página:
event-mail-manage-button = Gestionar mi evento
event-mail-changes-subject = Sobre tu evento «⁨{ $event }⁩»: cambios solicitados
event-mail-changes-intro = La coordinación pide cambios en tu evento «⁨{ $event }⁩»:
event-mail-rejected-subject = Sobre tu evento «⁨{ $event }⁩»
event-mail-rejected-intro = La coordinación no aprobó tu evento «⁨{ $event }⁩». El motivo indicado:

## Audit log and jobs
audit-day-declared = Jornada de acción convocada
audit-event-approved = Evento aprobado
audit-event-changes = Cambios solicitados para un evento
audit-event-rejected = Evento rechazado
job-kind-event-mail = Correo a la persona organizadora de un evento
events-map = Mapa de los eventos; cada punto lleva a su evento o a la lista de su país.

## Attending
rsvp-heading = Confirma tu asistencia
rsvp-count = { $count-n ->
    [one] Asistirá { $count } persona.
   *[other] Asistirán { $count } personas.
}
rsvp-places = { $count-n ->
    [one] { $count } plaza en total
   *[other] { $count } plazas en total
}
rsvp-privacy = Te enviamos por correo un enlace para confirmar. La persona organizadora de este evento ve el nombre que das aquí, nunca tu correo electrónico; ambos se guardan cifrados.
rsvp-submit = Confirmar asistencia
rsvp-check-mail = Revisa tu correo: abre el enlace que contiene para confirmar que asistirás.
rsvp-confirm-title = Confirma tu asistencia
rsvp-confirm-button = Sí, asistiré
rsvp-cancel-title = Tu plaza en el evento
rsvp-cancel-button = Ya no puedo asistir
rsvp-now-attending = Tienes plaza: ¡nos vemos allí!
rsvp-now-waiting = El evento está completo: estás en la lista de espera y te escribiremos si se libera una plaza.
rsvp-now-cancelled = Cancelamos tu asistencia. Gracias por avisarnos.
rsvp-attendees = Participantes
rsvp-none = Todavía nadie confirmó su asistencia.
rsvp-waiting = lista de espera
rsvp-mail-confirm-subject = Confirma tu asistencia a «⁨{ $event }⁩»
rsvp-mail-confirm-intro = Alguien indicó con esta dirección de correo electrónico que asistirá a «⁨{ $event }⁩»:
rsvp-mail-confirm-button = Sí, asistiré
rsvp-mail-attending-subject = Nos vemos en «⁨{ $event }⁩»
rsvp-mail-attending-intro = Tienes plaza en «⁨{ $event }⁩»:
rsvp-mail-waiting-subject = Lista de espera de «⁨{ $event }⁩»
rsvp-mail-waiting-intro = «⁨{ $event }⁩» está completo: estás en la lista de espera. Te escribiremos si se libera una plaza.
rsvp-mail-moved-up-subject = Tienes plaza en «⁨{ $event }⁩»
rsvp-mail-moved-up-intro = Alguien canceló su asistencia: ahora tienes plaza en «⁨{ $event }⁩»:
rsvp-mail-reminder-subject = Recordatorio: «⁨{ $event }⁩»
rsvp-mail-reminder-intro = Te recordamos que asistirás a «⁨{ $event }⁩»:
rsvp-mail-cancel = Si ya no puedes asistir, avísanos aquí (tu plaza pasará a la siguiente persona):
job-kind-rsvp-mail = Correo a una persona que asiste a un evento

## Reports and the tally
report-title = Después del evento
report-attended = Cuántas personas vinieron
report-text = Qué pasó (opcional)
report-photos = Fotos (opcional)
report-photos-hint = { $count-n ->
    [one] Como máximo { $count } foto más. Guardamos una copia limpia: se eliminan el lugar y la hora que registró la cámara.
   *[other] Como máximo { $count } fotos más. Guardamos una copia limpia: se eliminan el lugar y la hora que registró la cámara.
}
report-save = Guardar el informe
report-saved = El informe está guardado.
report-people = { $count-n ->
    [one] Participó { $count } persona.
   *[other] Participaron { $count } personas.
}
event-error-attended = Escribe un número entero de personas.
tally-events = { $count-n ->
    [one] { $count } evento realizado
   *[other] { $count } eventos realizados
}
tally-countries = { $count-n ->
    [one] { $count } país
   *[other] { $count } países
}
tally-cities = { $count-n ->
    [one] { $count } ciudad
   *[other] { $count } ciudades
}
tally-people = { $count-n ->
    [one] { $count } participante
   *[other] { $count } participantes
}
gallery-photo = Una foto del evento
event-edit-title = Cambiar el evento
event-edit-details-only = El evento está publicado: su hora y sus detalles prácticos (plazas, accesibilidad) pueden cambiar, y avisamos a quienes vienen. Para cambiar su título, su texto o su lugar, cancélalo y vuelve a proponerlo.
event-edited = Guardado.
rsvp-mail-changed-subject = Cambio: «⁨{ $event }⁩»
rsvp-mail-changed-intro = Cambió la hora o el lugar de «⁨{ $event }⁩». Ahora:
event-when-value = { $date }, de { $from } a { $to }
rsvp-mail-called-off-subject = Cancelado: «⁨{ $event }⁩»
rsvp-mail-called-off-intro = «⁨{ $event }⁩» ya no se celebra como estaba previsto. Lo sentimos.
rsvp-mail-address = La dirección: ⁨{ $address }⁩
event-error-time-gap = Esa hora no existe allí: esa noche se adelantan los relojes. Elige otra hora.
event-error-past = Esa hora ya pasó.
report-error-too-many-photos = { $count-n ->
    [one] Como máximo { $count } foto más.
   *[other] Como máximo { $count } fotos más.
}

## The organiser writes to the people coming
event-message-title = Escribir a quienes participan
event-message-hint = { $count-n ->
    [one] Tu mensaje llega por correo electrónico a la persona que tiene plaza. No ve tu dirección de correo. Tres mensajes al día como máximo.
   *[other] Tu mensaje llega por correo electrónico a las { $count } personas que tienen plaza. No ven tu dirección de correo ni la de las demás. Tres mensajes al día como máximo.
}
event-message-field = Tu mensaje
event-message-send = Enviar el mensaje
event-message-sent = { $count-n ->
    [one] Tu mensaje va camino de { $count } persona.
   *[other] Tu mensaje va camino de { $count } personas.
}
event-message-error-limit = Hoy ya se enviaron tres mensajes. El siguiente podrá salir mañana.
event-message-error-nobody = Todavía nadie tiene plaza: no hay a quién escribir.
rsvp-mail-message-subject = Un mensaje sobre «⁨{ $event }⁩»
rsvp-mail-message-intro = Las personas organizadoras de «⁨{ $event }⁩» escriben a todas las personas que tienen plaza:
rsvp-mail-message-no-reply = Las personas organizadoras no ven las respuestas a este correo.

## Reports before the moderators
report-status-pending = Pendiente de moderación
report-status-published = Publicado
report-status-hidden = Retirado por la moderación
report-moderated-hint = La moderación revisa cada informe, y cada cambio, antes de que aparezca en la página del evento. Los de las organizaciones de la coalición aparecen enseguida.
report-photos-faces = No muestres a nadie que no haya aceptado aparecer: una cara en una foto puede poner en peligro a una persona, o a su familia en Siria.
reports-waiting = Informes pendientes
report-publish = Publicar el informe
report-hide = Retirar el informe
report-decided = Decisión sobre el informe guardada.
audit-report-published = Informe de evento publicado
audit-report-hidden = Informe de evento retirado
event-message-error-closed = Este evento ya no se celebra tal como se aprobó: no hay a quién escribir.
rsvp-no-name = Alguien (sin nombre)
rsvp-status-attending = Tienes plaza
rsvp-status-waiting = En la lista de espera
rsvp-status-cancelled = Cancelado
me-answers-heading = Eventos a los que dijiste que irías
me-no-answers = No respondiste a ningún evento.
me-answer-name = Nombre dado a la persona organizadora
