## Letters to decision-makers
letters-title = Briefe an Entscheidungstragende
letters-new = Neue Briefaktion
letters-none = Noch keine Briefaktionen.
letters-saved = Die Briefaktion ist gespeichert.
letter-form-title = Briefaktion
letters-delivery = Zustellung
letter-mode-spread = Über ihre Arbeitszeit verteilt
letter-mode-digest = Eine Sammelmail am Tag
letters-per-hour = Höchstens so viele Briefe pro Stunde an eine Person
letters-day-start = Arbeitstag beginnt um (Stunde, ihre Zeit)
letters-day-end = Arbeitstag endet um (Stunde, ihre Zeit)
letters-test-mode = Testmodus: Jeder Brief geht an die schreibende Person, nicht an die entscheidungstragende
letters-bounces = Vom empfangenden Server abgelehnt
letter-status-pending = Wartet auf Bestätigung
letter-status-queued = Wartet auf seinen Zeitpunkt
letter-status-sent = Zugestellt
letter-status-bounced = Abgelehnt
letter-status-stopped = Angehalten (Aktion beendet oder Entscheidungstragende entfernt)
letter-field-subject = Betreff
letter-field-body = Dein Brief
    .hint = Mach ihn zu deinem: Ändere, was du willst, aber behalte die Forderungen der Kampagne. Die empfangende Person liest ihn mit deinem Namen und deiner Stadt.
letter-field-city = Deine Stadt (freiwillig)
letters-to = An wen
letters-routing = Dein Brief geht an die Entscheidungstragenden deines Landes oder an die, die du unten auswählst.
letters-choose = Auswählen, an wen du schreibst (freiwillig)
letters-choose-hint = Wenn niemand aus deinem Land ist, wähle mindestens eine Person.
letters-write = Schreib deinen Brief
letters-privacy = Wir schicken dir per E-Mail einen Link zur Bestätigung. Dein Brief geht erst nach der Bestätigung raus, einer an jede Person, mit deinem Namen und deiner Stadt; deine E-Mail-Adresse sehen sie nie.
letters-send = Brief senden
letters-closed = Diese Briefaktion ist beendet. Danke an alle, die geschrieben haben.
letters-delivered = { $count-n ->
    [one] Bisher { $count } zugestellter Brief.
   *[other] Bisher { $count } zugestellte Briefe.
}
letters-delivered-short = { $count-n ->
    [one] { $count } Brief
   *[other] { $count } Briefe
}
letters-by-country = Briefe nach Land der Schreibenden:
letter-check-mail = Danke. Schau in dein Postfach: Dein Brief geht raus, sobald du ihn bestätigst.
letter-confirm-title = Brief bestätigen
letter-confirm-intro = { $count-n ->
    [one] Drück den Knopf, um deinen Brief zu senden.
   *[other] Drück den Knopf, um deine { $count } Briefe zu senden.
}
letter-confirmed = { $count-n ->
    [one] Bestätigt: Dein Brief kommt in der Arbeitszeit der empfangenden Person an.
   *[other] Bestätigt: Deine { $count } Briefe kommen in der Arbeitszeit der empfangenden Personen an.
}
letter-confirm-done = Diese Briefe sind schon bestätigt oder warten nicht mehr.
letter-confirm-replaced = Dieser Link sendet nichts mehr: Der Brief wurde seitdem neu geschrieben (der Link in der neuesten Mail sendet ihn), oder er hat zu lange auf die Bestätigung gewartet. Du kannst ihn auf der Seite der Kampagne neu schreiben.
letter-confirm-closed = Diese Briefaktion ist beendet, dein Brief wird also nicht gesendet. Danke fürs Schreiben.
letter-error-number = Schreib eine ganze Zahl bis { $count }.
letter-error-hours = Der Arbeitstag muss nach seinem Beginn enden.
letter-error-emptied = Behalte die Forderungen der Kampagne: Zu viel ihres Textes fehlt.
letter-error-choose = Keine empfangende Person dieses Briefs ist aus deinem Land: Wähle mindestens eine.
letter-mail-confirm-subject = Bestätige deinen Brief
letter-mail-confirm-intro = { $count-n ->
    [one] Du hast einen Brief an eine entscheidungstragende Person geschrieben. Er geht raus, sobald du ihn bestätigst.
   *[other] Du hast { $count } Briefe an Entscheidungstragende geschrieben. Sie gehen raus, sobald du sie bestätigst.
}
letter-mail-confirm-button = Brief senden
letter-mail-from = Brief von { $signed } ({ $country }), gesendet über die Kampagne „⁨{ $campaign }⁩“:
letter-mail-digest-subject = { $count-n ->
    [one] { $count } Brief der Kampagne „⁨{ $campaign }⁩“
   *[other] { $count } Briefe der Kampagne „⁨{ $campaign }⁩“
}
letter-mail-digest-intro = { $count-n ->
    [one] Sehr geehrte Damen und Herren, unten finden Sie { $count } Brief, der Ihnen heute über die Kampagne „⁨{ $campaign }⁩“ geschickt wurde.
   *[other] Sehr geehrte Damen und Herren, unten finden Sie { $count } Briefe, die Ihnen heute über die Kampagne „⁨{ $campaign }⁩“ geschickt wurden.
}
audit-letters-saved = Briefaktion gespeichert
job-kind-letter-confirm = E-Mail mit der Bitte, einen Brief zu bestätigen
job-kind-letter-send = Ein Brief an eine entscheidungstragende Person
job-kind-letter-digest = Die Briefe eines Tages an eine entscheidungstragende Person
letters-open-heading = Jetzt schreiben
letter-demo-subject = Öffnen Sie Ihre Grenzen für Geflüchtete aus Syrien
letter-demo-body =
    Sehr geehrte Frau Ministerin, sehr geehrter Herr Minister,

    das Assad-Regime und seine Verbündeten bombardieren Idlib, und Hunderttausende sind vor einer geschlossenen Grenze gestrandet. Ich bitte Sie, die Grenzen Ihres Landes für Geflüchtete aus Syrien zu öffnen, jede Abschiebung nach Syrien zu stoppen und jeden Schritt abzulehnen, der das Assad-Regime stützt oder rehabilitiert.

    Mit freundlichen Grüßen
alert-letter-title = Briefalarm auslösen
alert-letter-intro = Eine Briefaktion an die Verantwortlichen, aus dem Eintrag in allen Sprachen der Kampagne vorausgefüllt. Prüfe sie, dann löse sie aus: Sie ist sofort online.
watch-raise-letter-alert = Aus diesem Eintrag einen Briefalarm auslösen
alert-letter-subject = Betreff: „⁨{ $item }⁩“
alert-letter-body =
    Sehr geehrte Damen und Herren,

    ich schreibe Ihnen wegen „⁨{ $item }⁩“. Ich bitte Sie, sich öffentlich dagegen auszusprechen und jeden Schritt abzulehnen, der das Assad-Regime stützt oder rehabilitiert.

    Mit freundlichen Grüßen
letter-error-links = Links sind hier nicht erlaubt: Die Post einer entscheidungstragenden Person ist nicht der Ort dafür.
letter-recipient-hidden = eine entscheidungstragende Person
letter-signed = Unterschrift
letter-error-too-many = Wähle höchstens { $count }.
letter-error-no-targets = Mindestens eine entscheidungstragende Person auswählen, an die geschrieben wird.
letter-error-no-public-targets = Eine offene Briefaktion braucht mindestens eine öffentlich angezeigte entscheidungstragende Person: Briefe gehen nur an Entscheidungstragende, die die Schreibenden sehen können.

## Die eigene Seite der Schreibenden
me-letters-heading = Briefe, die du an Entscheidungstragende geschrieben hast
me-no-letters = Du hast noch keinen Brief geschrieben.
me-letter-to = An
me-letter-pending = Wartet auf deine Bestätigung
me-letter-queued = Bestätigt, wartet auf die Versandzeit
me-letter-sent = Zugestellt
me-letter-bounced = Vom Mailserver der empfangenden Stelle abgelehnt
me-letter-stopped = Nicht gesendet: Die Aktion ist beendet, oder diese entscheidungstragende Person wurde aus ihr entfernt
