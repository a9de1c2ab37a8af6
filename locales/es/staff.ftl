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
