# Page chrome, errors and the form kit shared by every capability (Spanish).
# Numbers arrive already formatted ($count); plural selectors use the raw number ($count-n).

site-name = tadamun
skip-to-content = Saltar al contenido
language-switcher = Idioma
staff-nav = Equipo
footer-privacy = Este sitio no guarda tu dirección IP, no usa cookies de seguimiento y no carga nada desde otros sitios.
list-separator = {", "}
language-ar = árabe
language-en = inglés
language-fr = francés
language-es = español
language-de = alemán
error-code = Código de error
back-home = Ir a la página de inicio
error-not-found = No hay ninguna página en esta dirección. Revisa la dirección o vuelve a empezar desde la página de inicio.
    .title = Página no encontrada
error-forbidden = No se pudo aceptar este formulario: puede que haya estado abierto demasiado tiempo o que se haya enviado desde otro sitio. Vuelve atrás, recarga la página e inténtalo de nuevo.
    .title = No permitido
error-too-large = Lo que enviaste supera el tamaño que acepta este sitio. Acórtalo e inténtalo de nuevo.
    .title = Demasiado grande
error-bad-request = No se pudo entender la solicitud.
    .title = Solicitud incorrecta
error-method = Esta dirección no acepta ese tipo de solicitud.
    .title = No permitido aquí
error-internal = Algo falló por nuestra parte. Si vuelves atrás, no perderás nada de lo que escribiste; inténtalo de nuevo en un momento.
    .title = Algo falló
error-unavailable = Esto no se puede hacer ahora. No se pierde nada de lo que escribiste si vuelves atrás; inténtalo de nuevo en unos minutos.
    .title = No disponible en este momento
pager-label = Páginas
pager-previous = Página anterior
pager-next = Página siguiente
pager-position = Página { $page } de { $pages }
fallback-note = Parte de esta página aún no está traducida al { $target }, así que se muestra en { $language }.
save = Guardar
notice-saved = Cambios guardados.
form-has-errors = Corrige lo siguiente:
title-refused = Error: { $title }
chars-max = { $count-n ->
    [one] { $count } carácter como máximo.
   *[other] { $count } caracteres como máximo.
}
form-error-required = Este campo es obligatorio.
form-error-too-long = Es demasiado largo.
form-error-too-long-n = Es demasiado largo: { $count-n ->
    [one] { $count } carácter como máximo.
   *[other] { $count } caracteres como máximo.
}
form-error-bidi = Contiene caracteres invisibles de control de la dirección del texto, que pueden hacer que se lea otra cosa. Elimínalos y vuelve a escribir el texto.
form-error-marks = Este texto acumula demasiados acentos o signos sobre una sola letra. Elimínalos y vuelve a escribir el texto.
form-error-control = Contiene caracteres de control invisibles. Elimínalos y vuelve a escribir el texto.
form-error-single-line = Debe ocupar una sola línea.
form-error-language = Elige los idiomas de la lista.
form-error-conflict = Otra persona guardó este texto mientras lo editabas. Lo que escribiste está abajo, sin cambios; abre la vista previa en otra pestaña para ver su versión y luego vuelve a guardar para sustituirla por la tuya.
mail-test-subject = tadamun: correo de prueba
mail-test-body = Este es un correo de prueba de tadamun. Si puedes leerlo, el correo de la campaña llega a esta dirección.
form-token-bad = No se pudo verificar este formulario. Recarga la página y vuelve a enviarlo.
form-token-fast = Fue más rápido de lo que tarda una persona en completar este formulario. Revisa lo que escribiste y vuelve a enviarlo.
form-token-expired = Este formulario estuvo abierto demasiado tiempo. Revisa lo que escribiste y vuelve a enviarlo.
form-token-reused = Este formulario ya se envió.
error-stale-form = Este formulario se abrió antes de tu último inicio de sesión, así que no se pudo aceptar. No se guardó nada.
    .title = El formulario caducó
error-session-ended = Tu sesión terminó mientras este formulario estaba abierto, así que no se guardó nada. Vuelve a iniciar sesión, abre otra vez el formulario y pega lo que habías escrito.
    .title = Tu sesión terminó
recovered-heading = Lo que escribiste
recovered-intro = No se perdió nada: cópialo desde aquí al formulario.
draft-pending = Este texto tiene cambios sin publicar: el público sigue viendo el texto publicado. Revisa la vista previa y luego publícalos.
draft-publish = Publicar los cambios
draft-discard = Descartar los cambios
draft-explain = El público puede ver este texto: lo que guardes queda como cambios sin publicar hasta que los publiques.
notice-text-published = Los cambios están publicados.
notice-draft-discarded = Se descartaron los cambios sin publicar.
notice-not-published = No se publicó nada: estos cambios se modificaron o descartaron mientras tanto. Revísalos abajo y vuelve a publicar.
notice-not-discarded = No se descartó nada: estos cambios se modificaron mientras tanto (quizá otra persona). Revísalos abajo.
