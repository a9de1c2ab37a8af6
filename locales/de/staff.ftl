# Staff sign-in and password (German).

login-title = Anmeldung für das Team
login-name = Benutzername
login-password = Passwort
login-submit = Anmelden
login-error = Benutzername oder Passwort stimmt nicht.
login-error-rate = In der letzten Minute kamen zu viele Anmeldeversuche von deiner Verbindung. Warte eine Minute und versuche es dann noch einmal.
login-locked = Zu viele fehlgeschlagene Versuche. Versuche es in { $minutes-n ->
    [one] einer Minute
   *[other] { $minutes } Minuten
} noch einmal.
logout = Abmelden
password-title = Passwort ändern
password-intro = Wenn du dein Passwort änderst, wirst du überall abgemeldet, auf allen Geräten.
password-current = Aktuelles Passwort
password-new = Neues Passwort
password-hint = Mindestens { $count } Zeichen. Gut geeignet sind ein paar Wörter, die nichts miteinander zu tun haben.
password-repeat = Neues Passwort wiederholen
password-submit = Passwort ändern
password-mismatch = Die beiden neuen Passwörter stimmen nicht überein.
password-wrong = Das aktuelle Passwort stimmt nicht.
password-changed = Dein Passwort wurde geändert. Melde dich mit dem neuen Passwort an.
form-error-login = Ein Benutzername besteht aus 3 bis 64 Zeichen: Buchstaben a-z, Ziffern, Punkte, Bindestriche oder Unterstriche.
form-error-password-short = Ein Passwort muss mindestens { $count } Zeichen haben.
