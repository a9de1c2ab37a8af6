# Supporters: mail to them and their own pages (Spanish).

email-error = Esto no parece una dirección de correo electrónico. Revísala y vuelve a intentarlo.
country-error = Elige un país de la lista.
confirm-mail-subject = Confirma tu firma: ⁨{ $title }⁩
confirm-mail-greeting-anonymous = Hola:
confirm-mail-intro = Acabas de firmar la petición «⁨{ $title }⁩». Para confirmar tu firma, abre el enlace de abajo y pulsa el botón de esa página. Hasta entonces, tu firma no cuenta.
confirm-mail-button = Confirmar mi firma
confirm-mail-ignore = { $count-n ->
    [one] Si no firmaste, ignora este correo: la firma se eliminará al cabo de un día.
   *[other] Si no firmaste, ignora este correo: la firma se eliminará al cabo de { $count } días.
}
mail-own-page = Ver, descargar o borrar tus datos
mail-unsubscribe = Darse de baja
link-invalid = Este enlace no es válido, o los datos a los que apunta se han borrado.
unsubscribe-title = Darse de baja
unsubscribe-explain = Pulsa el botón para retirar todos los consentimientos que diste para recibir noticias de las organizaciones de la campaña.
unsubscribe-button = Darme de baja
unsubscribe-done = Baja completada: ya no recibirás noticias de las organizaciones de la campaña.
me-title = Tus datos
me-data-heading = Lo que guardamos sobre ti
me-since = Fecha de alta
me-download = Descargar todos mis datos (JSON)
me-consents-heading = Organizaciones de las que aceptaste recibir noticias
me-no-consents = No aceptaste recibir noticias de ninguna organización.
me-consent-given = consentimiento dado
me-consent-withdrawn = consentimiento retirado
me-withdraw = Retirar mi consentimiento
me-signatures-heading = Tus firmas
me-no-signatures = No hay firmas.
me-confirmed = confirmada
me-pending = pendiente de confirmación
me-erase-heading = Borrar tus datos
me-erase-explain = Esto borra para siempre tu nombre, tu correo, tus firmas, tus respuestas a eventos, tus cartas y tus consentimientos. Tus firmas dejarán de contar y las cartas que aún esperan no se enviarán. Una carta ya entregada está con su responsable político: sigue contando, pero no guardamos nada de ella.
me-erase-sure = Sí, quiero borrar todos mis datos
me-erase-button = Borrar mis datos
me-erase-not-sure = Marca la casilla para confirmar que quieres borrar tus datos; no se borró nada.
me-erased-title = Tus datos se borraron
me-erased = Se borró todo lo que guardábamos sobre ti.
unsubscribe-home = Ir a la página principal de la campaña
me-links-heading = Enlaces a esta página
me-links-explain = El enlace a esta página funciona durante 90 días después del correo que lo trajo. Si un correo nuestro llegó a otra persona, anula todos los enlaces enviados hasta ahora: nuestro próximo correo traerá uno nuevo.
me-links-button = Anular todos los enlaces a esta página
me-links-ended-title = Enlaces anulados
me-links-ended = Todos los enlaces a tu página que enviamos están anulados, también este. Nuestro próximo correo traerá uno nuevo.
