## Letters to decision-makers
letters-title = Cartas a responsables políticos
letters-new = Nueva acción de cartas
letters-none = Todavía no hay acciones de cartas.
letters-saved = La acción de cartas está guardada.
letter-form-title = Acción de cartas
letters-delivery = Entrega
letter-mode-spread = Repartidas en su horario de trabajo
letter-mode-digest = Un resumen al día
letters-per-hour = Como máximo estas cartas por hora a una misma persona responsable
letters-day-start = Inicio de la jornada (hora, la suya)
letters-day-end = Fin de la jornada (hora, la suya)
letters-test-mode = Modo de prueba: cada carta va a quien la escribió, no a la persona responsable
letters-bounces = Rechazadas por el servidor de destino
letter-status-pending = Esperando la confirmación
letter-status-queued = Esperando su turno
letter-status-sent = Entregadas
letter-status-bounced = Rechazadas
letter-status-stopped = Detenidas (la acción cerró o se quitó a la persona responsable)
letter-field-subject = Asunto
letter-field-body = Tu carta
    .hint = Hazla tuya: cambia lo que quieras, pero mantén las demandas de la campaña. La persona destinataria la lee con tu nombre y tu ciudad.
letter-field-city = Tu ciudad (opcional)
letters-to = A quién
letters-routing = Tu carta va a las personas responsables de tu país, o a las que elijas abajo.
letters-choose = Elegir a quién escribir (opcional)
letters-choose-hint = Si ninguna es de tu país, elige al menos una.
letters-write = Escribe tu carta
letters-privacy = Te enviamos por correo un enlace para confirmar. Tu carta solo sale cuando la confirmas, una carta por persona responsable, con tu nombre y tu ciudad; nunca ven tu dirección de correo.
letters-send = Enviar mi carta
letters-closed = Esta acción de cartas terminó. Gracias a todas las personas que escribieron.
letters-delivered = { $count-n ->
    [one] { $count } carta entregada hasta ahora.
   *[other] { $count } cartas entregadas hasta ahora.
}
letters-delivered-short = { $count-n ->
    [one] { $count } carta
   *[other] { $count } cartas
}
letters-by-country = Cartas por país de quienes escriben:
letter-check-mail = Gracias. Mira tu correo: tu carta sale en cuanto la confirmes.
letter-confirm-title = Confirma tu carta
letter-confirm-intro = { $count-n ->
    [one] Pulsa el botón para enviar tu carta.
   *[other] Pulsa el botón para enviar tus { $count } cartas.
}
letter-confirmed = { $count-n ->
    [one] Confirmado: tu carta llegará en el horario de trabajo de la persona destinataria.
   *[other] Confirmado: tus { $count } cartas llegarán en el horario de trabajo de las personas destinatarias.
}
letter-confirm-done = Estas cartas ya están confirmadas o ya no esperan.
letter-confirm-replaced = Este enlace ya no envía nada: la carta se escribió de nuevo después (la envía el enlace del correo más reciente) o esperó demasiado tiempo su confirmación. Puedes escribirla de nuevo desde la página de la campaña.
letter-confirm-closed = Esta acción de cartas terminó, así que tu carta no se enviará. Gracias por escribir.
letter-error-number = Escribe un número entero hasta { $count }.
letter-error-hours = La jornada debe terminar después de empezar.
letter-error-emptied = Mantén las demandas de la campaña: falta demasiado de su texto.
letter-error-choose = Ninguna persona destinataria de esta carta es de tu país: elige al menos una.
letter-mail-confirm-subject = Confirma tu carta
letter-mail-confirm-intro = { $count-n ->
    [one] Escribiste una carta a una persona responsable. Sale en cuanto la confirmes.
   *[other] Escribiste { $count } cartas a personas responsables. Salen en cuanto las confirmes.
}
letter-mail-confirm-button = Enviar mi carta
letter-mail-from = Carta de { $signed } ({ $country }), enviada a través de la campaña «⁨{ $campaign }⁩»:
letter-mail-digest-subject = { $count-n ->
    [one] { $count } carta de la campaña «⁨{ $campaign }⁩»
   *[other] { $count } cartas de la campaña «⁨{ $campaign }⁩»
}
letter-mail-digest-intro = { $count-n ->
    [one] Estimado señor, estimada señora: a continuación encontrará { $count } carta que se le envió hoy a través de la campaña «⁨{ $campaign }⁩».
   *[other] Estimado señor, estimada señora: a continuación encontrará { $count } cartas que se le enviaron hoy a través de la campaña «⁨{ $campaign }⁩».
}
audit-letters-saved = Acción de cartas guardada
job-kind-letter-confirm = Correo que pide confirmar una carta
job-kind-letter-send = Una carta a una persona responsable
job-kind-letter-digest = Las cartas del día a una persona responsable
letters-open-heading = Escribe ahora
letter-demo-subject = Abra sus fronteras a las personas refugiadas de Siria
letter-demo-body =
    Señora ministra, señor ministro:

    El régimen de Bachar al Asad y sus aliados bombardean Idlib, y cientos de miles de personas han huido hacia una frontera cerrada. Le pido que abra las fronteras de su país a las personas refugiadas de Siria, que detenga toda deportación a Siria y que rechace cualquier paso que apoye o rehabilite al régimen de Bachar al Asad.

    Atentamente,
alert-letter-title = Lanzar una alerta por cartas
alert-letter-intro = Una acción de cartas a las personas responsables, rellenada a partir del elemento en todos los idiomas de la campaña. Revísala y lánzala: queda en línea al instante.
watch-raise-letter-alert = Lanzar una alerta por cartas a partir de este elemento
alert-letter-subject = Sobre «⁨{ $item }⁩»
alert-letter-body =
    Estimado señor, estimada señora:

    Le escribo sobre «⁨{ $item }⁩». Le pido que se oponga públicamente y que rechace cualquier paso que apoye o rehabilite al régimen de Bachar al Asad.

    Atentamente,
letter-error-links = Aquí no se permiten enlaces: el correo de una persona responsable no es su lugar.
letter-recipient-hidden = una persona responsable
letter-signed = Firma
letter-error-too-many = Elige { $count } como máximo.
letter-error-no-targets = Elegir al menos una persona responsable a quien escribir.
letter-error-no-public-targets = Una acción de cartas abierta necesita al menos una persona responsable marcada como pública: las cartas solo van a responsables que quien escribe puede ver.

## La página personal de quien escribe
me-letters-heading = Cartas que escribiste a responsables políticos
me-no-letters = No has escrito ninguna carta.
me-letter-to = A
me-letter-pending = Espera tu confirmación
me-letter-queued = Confirmada, espera su hora de envío
me-letter-sent = Entregada
me-letter-bounced = Rechazada por el servidor de correo de la persona destinataria
me-letter-stopped = No enviada: la acción terminó o se quitó de ella a esta persona responsable
