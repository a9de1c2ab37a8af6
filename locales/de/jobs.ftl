# Background work (jobs) page (German).

jobs-title = E-Mails und Hintergrundaufträge
jobs-intro = E-Mails und andere Aufträge werden im Hintergrund erledigt und erneut versucht, wenn sie fehlschlagen. Hier siehst du, was noch wartet und was fehlgeschlagen ist.
jobs-troubled = Fehlgeschlagene Aufträge
jobs-none-waiting = Es wartet nichts.
jobs-none-failed = Es ist nichts fehlgeschlagen.
jobs-col-kind = Art
jobs-col-attempts = Versuche
jobs-retry = Jetzt erneut versuchen
jobs-retried = Wird gleich erneut versucht.
jobs-next-try = nächster Versuch am { $date }
job-state-queued = wartet
job-state-running = läuft
job-state-dead = endgültig fehlgeschlagen
job-kind-petition-confirm-mail = Bestätigungs-E-Mail für eine Unterschrift
jobs-col-error = Letzter Fehler (technisch, auf Englisch)
