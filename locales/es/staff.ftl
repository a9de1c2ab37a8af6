# Staff sign-in and password (Spanish).

login-title = Acceso del equipo
login-name = Usuario
login-password = Contraseña
login-submit = Iniciar sesión
login-error = El usuario o la contraseña no son correctos.
login-error-rate = Han llegado demasiados intentos de inicio de sesión desde tu conexión en el último minuto. Espera un minuto y vuelve a intentarlo.
login-locked = Demasiados intentos fallidos. Vuelve a intentarlo dentro de { $minutes-n ->
    [one] un minuto
   *[other] { $minutes } minutos
}.
logout = Cerrar sesión
password-title = Cambiar la contraseña
password-intro = Al cambiar tu contraseña se cierran todas tus sesiones, en todos tus dispositivos.
password-current = Contraseña actual
password-new = Contraseña nueva
password-hint = { $count-n ->
    [one] Al menos { $count } carácter. Unas cuantas palabras sin relación entre sí forman una buena contraseña.
   *[other] Al menos { $count } caracteres. Unas cuantas palabras sin relación entre sí forman una buena contraseña.
}
password-repeat = Repite la contraseña nueva
password-submit = Cambiar la contraseña
password-mismatch = Las dos contraseñas nuevas no coinciden.
password-wrong = La contraseña actual no es correcta.
password-changed = Tu contraseña se cambió. Inicia sesión con la nueva.
form-error-login = Un nombre de usuario tiene de 3 a 64 caracteres: letras minúsculas a-z, cifras, puntos, guiones o guiones bajos.
form-error-password-short = { $count-n ->
    [one] La contraseña debe tener al menos { $count } carácter.
   *[other] La contraseña debe tener al menos { $count } caracteres.
}

## Roles
role-coordinator = Coordinación
role-moderator = Moderación
role-org-admin = Administración de la organización
role-org-staff = Equipo de la organización

## Second factor at sign-in
code-title = Verificación en dos pasos
code-intro = Escribe el código de 6 cifras que muestra ahora tu aplicación de autenticación, o uno de tus códigos de recuperación.
code-label = Código
code-hint = Por ejemplo, 287082. Un código de recuperación tiene este aspecto: k7qf-2mzp-9d.
code-error = Este código no es correcto o ya se usó. Escribe el código que muestra ahora tu aplicación.

## Security page
security-title = Inicio de sesión y seguridad
sessions-title = Dónde tienes la sesión iniciada
sessions-ended = La sesión se cerró.
col-signed-in = Inicio de sesión
col-last-seen = Última actividad
session-this = Este navegador
session-end = Cerrar esta sesión
sessions-end-others = Cerrar todas las demás sesiones
two-factor-title = Verificación en dos pasos
two-factor-is-on = La verificación en dos pasos está activada.
two-factor-is-off = La verificación en dos pasos está desactivada. Con ella, una contraseña robada no basta por sí sola para entrar en tu cuenta.
two-factor-set-up = Configurar la verificación en dos pasos
two-factor-step-app = Instala una aplicación de autenticación en tu teléfono (por ejemplo Aegis, FreeOTP o Google Authenticator).
two-factor-step-scan = Escanea este código con la aplicación:
two-factor-step-secret = O escribe esta clave en la aplicación:
two-factor-step-code = Escribe el código que muestra la aplicación, para comprobar que funciona.
two-factor-qr-label = Código QR para tu aplicación de autenticación
two-factor-turn-on = Activar la verificación en dos pasos
two-factor-on = La verificación en dos pasos ya está activada.
two-factor-required-notice = La coordinación exige la verificación en dos pasos en todas las cuentas. Configúrala para continuar.
recovery-codes-once = Guarda estos códigos de recuperación en un lugar seguro. Si pierdes el teléfono, cada uno sirve una sola vez en lugar de un código. Solo se muestran ahora.
recovery-codes-left = { $count-n ->
    [one] Queda { $count } código de recuperación.
   *[other] Quedan { $count } códigos de recuperación.
}

## Accounts and invitations
accounts-title = Cuentas del equipo
col-role = Rol
account-active = Activa
account-disabled = Desactivada
account-disable = Desactivar
account-enable = Reactivar
invite-title = Invitar a una persona
invite-field-email = Su correo electrónico
    .hint = Enviamos la invitación a esta dirección y no la guardamos.
invite-field-role = Rol
invite-field-organisation = Organización
    .hint = Obligatorio para la administración o el equipo de una organización.
invite-field-mail_lang = Idioma de la invitación
invite-submit = Enviar la invitación
invite-sent = La invitación se envió.
invite-error-mail = No se pudo enviar la invitación. Revisa la dirección y vuelve a intentarlo.
invite-accept-intro = Te invitamos a unirte al equipo con el rol «{ $role }». Elige un nombre de usuario y una contraseña.
invite-login-hint = De 3 a 64 caracteres: a–z, 0–9, punto, guion, guion bajo.
invite-accept = Crear mi cuenta
invite-invalid = Esta invitación no es válida: ya se usó, caducó o el enlace está incompleto.
invite-error-login-taken = Este nombre de usuario ya está en uso. Elige otro.
invite-done = Tu cuenta está lista. Inicia sesión.
invite-mail-subject = Te invitamos a unirte al equipo de la campaña
invite-mail-intro = Te invitamos a unirte al equipo de la campaña con el rol «{ $role }». Abre el enlace para elegir tu nombre de usuario y tu contraseña.
invite-mail-expires = { $count-n ->
    [one] El enlace funciona durante { $count } día.
   *[other] El enlace funciona durante { $count } días.
}
invite-mail-button = Aceptar la invitación
two-factor-required-on = Todas las cuentas deben iniciar sesión con verificación en dos pasos.
two-factor-required-off = La verificación en dos pasos es opcional.
two-factor-require-on = Exigirla en todas las cuentas
two-factor-require-off = Hacerla opcional

## Audit log
audit-staff-invited = Invitación enviada
audit-staff-role-changed = Rol cambiado
audit-staff-disabled = Cuenta desactivada
audit-staff-enabled = Cuenta reactivada
audit-staff-two-factor-on = Verificación en dos pasos activada
audit-two-factor-required = Verificación en dos pasos exigida en todas las cuentas
audit-two-factor-optional = Verificación en dos pasos convertida en opcional
audit-staff-two-factor-reset = Verificación en dos pasos restablecida
two-factor-reset = Restablecer
invite-context-site = El sitio: ⁨{ $site }⁩
invite-context-organisation = La organización: ⁨{ $organisation }⁩
invite-page-organisation = La organización:
