# Petitions: public pages and coordinators' pages (German).

campaign-petitions = Petitionen
petition-back-to-campaign = Zurück zur Kampagne
petition-to = An:
petition-signatures-heading = Unterschriften
petition-goal = { $count-n ->
    [one] von { $count } benötigten Unterschrift
   *[other] von { $count } benötigten Unterschriften
}
petition-by-country = Unterschriften nach Land
col-country = Land
col-signatures = Unterschriften
petition-closed = Diese Petition ist beendet: Es können keine Unterschriften mehr abgegeben werden.
petition-comments = Was Unterzeichnende sagen
sign-heading = Unterschreibe diese Petition
sign-field-name = Dein Name
sign-field-email = Deine E-Mail-Adresse
    .hint = Wir schicken dir einen Link, mit dem du deine Unterschrift bestätigst. Deine E-Mail-Adresse wird niemandem angezeigt.
sign-field-country = Land
sign-choose-country = Wähle dein Land
sign-field-city = Wohnort (optional)
sign-field-comment = Kommentar (optional; erscheint auf dieser Seite ohne deinen Namen)
    .hint = Höchstens 500 Zeichen.
sign-consent-before = Ich bin einverstanden, dass mich diese Organisation über die Kampagne auf dem Laufenden hält:
sign-consent-after = .
sign-honeypot = Lass dieses Feld leer
sign-privacy = Dein Name, deine E-Mail-Adresse, dein Wohnort und dein Kommentar werden verschlüsselt gespeichert, deine IP-Adresse wird nie gespeichert. Über die E-Mail, die wir dir schicken, kannst du deine Daten jederzeit ansehen, herunterladen oder löschen.
sign-submit = Jetzt unterschreiben
sign-error-rate = In der letzten Minute kamen zu viele Unterschriften über deine Verbindung. Warte eine Minute und schicke das Formular dann noch einmal ab; deine Eingaben sind noch da.
thanks-title = Schau in dein Postfach
thanks-check-mail = Danke! Wir haben dir eine E-Mail mit einem Link geschickt: Öffne ihn und klicke dort auf „Unterschrift bestätigen“. Bis dahin zählt deine Unterschrift nicht.
thanks-deleted-after = { $count-n ->
    [one] Unbestätigte Unterschriften werden nach einem Tag gelöscht.
   *[other] Unbestätigte Unterschriften werden nach { $count } Tagen gelöscht.
}
thanks-no-mail = Nach ein paar Minuten noch keine E-Mail da? Schau in deinen Spam-Ordner oder unterschreibe noch einmal mit derselben E-Mail-Adresse, dann bekommst du eine neue (höchstens drei am Tag).
thanks-back = Zurück zur Petition
confirm-title = Bestätige deine Unterschrift
confirm-explain = Klicke auf „Unterschrift bestätigen“, um deine Unterschrift unter diese Petition zu bestätigen. Nur bestätigte Unterschriften zählen.
confirm-button = Unterschrift bestätigen
confirm-already = Deine Unterschrift ist bestätigt und zählt. Danke!
confirm-invalid = Dieser Link ist ungültig oder zu alt: Unterschriften, die nicht rechtzeitig bestätigt werden, werden gelöscht. Du kannst die Petition noch einmal unterschreiben.
confirm-done = Danke! Deine Unterschrift ist bestätigt und zählt.
confirm-details = Du bestätigst diese Unterschrift:
confirm-superseded = Nachdem diese E-Mail verschickt wurde, hat jemand diese Petition noch einmal mit deiner E-Mail-Adresse und anderen Angaben unterschrieben. Dieser Link bestätigt nichts mehr. Wenn du das warst, nimm den Link aus der neuesten E-Mail; wenn nicht, ignoriere diese E-Mail, dann zählt nichts.
confirm-closed = Diese Petition ist geschlossen: Unterschriften werden nicht mehr gezählt. Trotzdem danke!
detail-name = Name
detail-city = Ort
detail-comment = Kommentar
detail-consent = Neuigkeiten zur Kampagne
detail-consent-yes = ja, per E-Mail
petitions-manage = Petitionen
petitions-title = Petitionen
petitions-none = Noch keine Petitionen.
col-title = Titel
col-pending = Unbestätigt
col-confirmed = Bestätigt
col-signed = Unterschrieben am
col-what = Was
petition-new = Neue Petition
field-goal = Ziel (Anzahl der Unterschriften)
petition-create = Petition anlegen
petition-overview-title = Petition
petition-status-draft = Entwurf (nicht öffentlich)
petition-status-open = Offen: Unterschriften werden gesammelt
petition-status-closed = Beendet
petition-open = Für Unterschriften öffnen
petition-close = Petition beenden
petition-error-goal = Gib eine ganze Zahl von 1 bis 1.000.000.000 ein.
petition-error-incomplete = Bevor du die Petition öffnest, schreib mindestens Titel, Adressat*in und Text auf { $language }, der Standardsprache der Kampagne.
petition-error-slug-taken = Diese Kampagne hat schon eine Petition mit diesem Namen.
text-missing = noch nicht geschrieben
petition-text-title = Petitionstext
petition-field-title = Titel
petition-field-addressee = Gerichtet an
    .hint = Die Personen oder die Stelle, die die Petition zum Handeln auffordert.
petition-field-body = Text
signatures-title = Unterschriften
signatures-search = Unterschrift über die E-Mail-Adresse finden
    .hint = Die vollständige Adresse; Groß- und Kleinschreibung und zusätzliche Leerzeichen spielen keine Rolle.
signatures-search-button = Suchen
signatures-not-found = Unter dieser Petition gibt es keine Unterschrift mit dieser E-Mail-Adresse.
export-csv = Alle Unterschriften exportieren (CSV)
export-recorded = Jeder Export wird mit deinem Namen im Prüfprotokoll festgehalten.
audit-export-signatures = Unterschriften exportiert
