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

## Roles
role-coordinator = Koordination
role-moderator = Moderation
role-org-admin = Verwaltung der Organisation
role-org-staff = Team der Organisation

## Second factor at sign-in
code-title = Zwei-Faktor-Anmeldung
code-intro = Gib den 6-stelligen Code ein, den deine Authenticator-App gerade anzeigt, oder einen deiner Wiederherstellungscodes.
code-label = Code
code-hint = Zum Beispiel 287082. Ein Wiederherstellungscode sieht so aus: k7qf-2mzp-9d.
code-error = Dieser Code stimmt nicht oder wurde schon benutzt. Gib den Code ein, den deine App gerade anzeigt.

## Security page
security-title = Anmeldung und Sicherheit
sessions-title = Wo du angemeldet bist
sessions-ended = Die Sitzung wurde beendet.
col-signed-in = Angemeldet am
col-last-seen = Zuletzt aktiv
session-this = Dieser Browser
session-end = Diese Sitzung beenden
sessions-end-others = Alle anderen Sitzungen beenden
two-factor-title = Zwei-Faktor-Anmeldung
two-factor-is-on = Die Zwei-Faktor-Anmeldung ist eingeschaltet.
two-factor-is-off = Die Zwei-Faktor-Anmeldung ist ausgeschaltet. Mit ihr reicht ein gestohlenes Passwort allein nicht aus, um dein Konto zu öffnen.
two-factor-set-up = Zwei-Faktor-Anmeldung einrichten
two-factor-step-app = Installiere eine Authenticator-App auf deinem Smartphone (zum Beispiel Aegis, FreeOTP oder Google Authenticator).
two-factor-step-scan = Scanne diesen Code mit der App:
two-factor-step-secret = Oder gib diesen Schlüssel in der App ein:
two-factor-step-code = Gib den Code ein, den die App anzeigt, um zu prüfen, ob alles funktioniert.
two-factor-qr-label = QR-Code für deine Authenticator-App
two-factor-turn-on = Zwei-Faktor-Anmeldung einschalten
two-factor-on = Die Zwei-Faktor-Anmeldung ist jetzt eingeschaltet.
two-factor-required-notice = Die Koordination verlangt die Zwei-Faktor-Anmeldung für alle Konten. Richte sie ein, um weiterzumachen.
recovery-codes-once = Bewahre diese Wiederherstellungscodes sicher auf. Wenn du dein Smartphone verlierst, ersetzt jeder von ihnen einmal einen Code. Sie werden nur jetzt angezeigt.
recovery-codes-left = { $count-n ->
    [one] Noch { $count } Wiederherstellungscode übrig.
   *[other] Noch { $count } Wiederherstellungscodes übrig.
}

## Accounts and invitations
accounts-title = Konten des Teams
col-role = Rolle
account-active = Aktiv
account-disabled = Deaktiviert
account-disable = Deaktivieren
account-enable = Wieder aktivieren
invite-title = Jemanden einladen
invite-field-email = E-Mail-Adresse der Person
    .hint = Wir schicken die Einladung an diese Adresse und speichern sie nicht.
invite-field-role = Rolle
invite-field-organisation = Organisation
    .hint = Pflichtfeld für die Verwaltung oder das Team einer Organisation.
invite-field-mail_lang = Sprache der Einladung
invite-submit = Einladung senden
invite-sent = Die Einladung wurde verschickt.
invite-error-mail = Die Einladung konnte nicht verschickt werden. Prüfe die Adresse und versuche es noch einmal.
invite-accept-intro = Du bist eingeladen, im Team mit der Rolle „{ $role }“ mitzumachen. Wähle einen Benutzernamen und ein Passwort.
invite-login-hint = 3 bis 64 Zeichen: a–z, 0–9, Punkt, Bindestrich, Unterstrich.
invite-accept = Mein Konto anlegen
invite-invalid = Diese Einladung ist ungültig: Sie wurde schon benutzt, ist abgelaufen, oder der Link ist unvollständig.
invite-error-login-taken = Dieser Benutzername ist schon vergeben. Wähle einen anderen.
invite-done = Dein Konto ist bereit. Melde dich an.
invite-mail-subject = Einladung ins Team der Kampagne
invite-mail-intro = Du bist eingeladen, im Team der Kampagne mit der Rolle „{ $role }“ mitzumachen. Öffne den Link, um deinen Benutzernamen und dein Passwort zu wählen.
invite-mail-expires = { $count-n ->
    [one] Der Link gilt { $count } Tag lang.
   *[other] Der Link gilt { $count } Tage lang.
}
invite-mail-button = Einladung annehmen
two-factor-required-on = Alle Konten müssen sich mit zwei Faktoren anmelden.
two-factor-required-off = Die Zwei-Faktor-Anmeldung ist freiwillig.
two-factor-require-on = Für alle Konten verlangen
two-factor-require-off = Freiwillig machen

## Audit log
audit-staff-invited = Einladung verschickt
audit-staff-role-changed = Rolle geändert
audit-staff-disabled = Konto deaktiviert
audit-staff-enabled = Konto wieder aktiviert
audit-staff-two-factor-on = Zwei-Faktor-Anmeldung eingeschaltet
audit-two-factor-required = Zwei-Faktor-Anmeldung für alle verlangt
audit-two-factor-optional = Zwei-Faktor-Anmeldung freiwillig gemacht
audit-staff-two-factor-reset = Zwei-Faktor-Anmeldung zurückgesetzt
two-factor-reset = Zurücksetzen
invite-context-site = Die Website: ⁨{ $site }⁩
invite-context-organisation = Die Organisation: ⁨{ $organisation }⁩
invite-page-organisation = Die Organisation:
