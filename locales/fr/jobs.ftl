# Background work (jobs) page (French).

jobs-title = E-mails et tâches en arrière-plan
jobs-intro = Les e-mails et d’autres tâches sont traités en arrière-plan, et relancés en cas d’échec. Voici ce qui est en attente et ce qui a échoué.
jobs-troubled = Tâches en échec
jobs-none-waiting = Rien n’est en attente.
jobs-none-failed = Aucune tâche n’a échoué.
jobs-col-kind = Type
jobs-col-attempts = Tentatives
jobs-retry = Réessayer maintenant
jobs-retried = Une nouvelle tentative aura lieu dans un instant.
jobs-next-try = prochaine tentative le { $date }
job-state-queued = en attente
job-state-running = en cours
job-state-dead = échec définitif
job-kind-petition-confirm-mail = E-mail de confirmation d’une signature
jobs-col-error = Dernière erreur (technique, en anglais)
