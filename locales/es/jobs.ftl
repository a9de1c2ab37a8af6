# Background work (jobs) page (Spanish).

jobs-title = Correo y tareas en segundo plano
jobs-intro = Los correos y otras tareas se hacen en segundo plano y se vuelven a intentar cuando fallan. Aquí ves lo que está en espera y lo que falló.
jobs-troubled = Tareas fallidas
jobs-none-waiting = No hay nada en espera.
jobs-none-failed = No falló nada.
jobs-col-kind = Tipo
jobs-col-attempts = Intentos
jobs-retry = Reintentar ahora
jobs-retried = Se volverá a intentar en un momento.
jobs-next-try = próximo intento: { $date }
job-state-queued = en espera
job-state-running = en curso
job-state-dead = fallida definitivamente
job-kind-petition-confirm-mail = Correo de confirmación de una firma
jobs-col-error = Último error (técnico, en inglés)
