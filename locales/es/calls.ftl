## Calls to decision-makers
calls-title = Llamadas a responsables políticos
calls-none = Todavía no hay acciones de llamada.
call-new = Nueva acción de llamada
call-form-title = Acción de llamada
call-field-title = Título
call-field-script = Qué decir (Markdown)
call-whom = A quién llamar
call-whom-hint = Solo se muestran los responsables marcados como públicos, con sus números.
call-not-public = no público: no se muestra
call-save = Guardar
call-saved = La acción de llamada está guardada.
call-reports-col = Llamadas registradas
call-status-draft = Borrador
call-status-open = Abierta
call-status-closed = Cerrada
call-outcome-reached = Atendió
call-outcome-voicemail = Buzón de voz
call-outcome-no-answer = Sin respuesta
call-error-no-targets = Elige al menos una persona responsable a quien llamar.
call-error-target = Esta persona no forma parte de esta acción.
call-error-outcome = Di cómo fue la llamada.
call-closed = Esta acción de llamada terminó. Gracias a todas las personas que llamaron.
call-script = Qué decir
call-total = { $count-n ->
    [one] { $count } llamada registrada hasta ahora.
   *[other] { $count } llamadas registradas hasta ahora.
}
call-privacy = Cuando nos dices cómo fue una llamada, solo guardamos el resultado y, si lo indicas, tu país: nunca tu número, tu nombre ni tu dirección.
call-nobody = Todavía no hay a quién llamar.
call-speaks = habla
call-no-number = Todavía no hay número al que llamar.
call-how = ¿Cómo fue la llamada?
call-your-country = Tu país (opcional)
call-country-unsaid = Prefiero no decirlo
call-country-hint = Lo indicas una vez aquí y acompaña cada llamada que informes abajo: tu llamada cuenta en el recuento de tu país.
call-country-set = Usar este país
call-report = Enviar
call-reported = Gracias: tu llamada cuenta.
call-by-country = Llamadas por país de quienes llaman
target-calls-received = { $count-n ->
    [one] { $count } llamada registrada.
   *[other] { $count } llamadas registradas.
}
target-asked = Lo que se le pidió
target-watched = En la lista de seguimiento
calls-open-heading = Llama ahora
## Rapid response
alert-title = Lanzar una alerta
alert-intro = Una acción de llamada dirigida a las personas responsables, rellenada a partir del elemento en todos los idiomas de la campaña. Revísala y lánzala: queda en línea al instante.
alert-raise = Lanzar la alerta
alert-from-watch = Lanzar una alerta desde la lista de seguimiento
watch-raise-alert = Lanzar una alerta a partir de este elemento
alert-live = La alerta está en línea, { $seconds-n ->
    [one] { $seconds } segundo después de lanzarla.
   *[other] { $seconds } segundos después de lanzarla.
}
alert-live-col = Del lanzamiento a estar en línea
alert-seconds = { $count-n ->
    [one] { $count } segundo
   *[other] { $count } segundos
}
alert-call-title = Llama por «⁨{ $item }⁩»
alert-call-script = Buenos días. Llamo por «⁨{ $item }⁩». Le pido que se oponga públicamente y que rechace cualquier paso que apoye o rehabilite al régimen de Bachar al Asad. Muchas gracias.
audit-call-saved = Acción de llamada guardada
audit-alert-raised = Alerta lanzada
alert-mailing-legend = Envío a simpatizantes
alert-mailing-hint = Se guarda ya con la alerta; saldrá cuando la campaña envíe correos masivos.
alert-segment-none = Sin envío: solo la página de la campaña
alert-segment-consenting = Todas las personas que aceptaron recibir noticias de la organización impulsora
alert-segment-countries = De ellas, las de los países de los responsables
alert-message = Mensaje
alert-mailing-text = Actúa ahora: «⁨{ $title }⁩». Llama hoy a los responsables desde la página de la campaña.
