## Calls to decision-makers
calls-title = Anrufe bei Entscheidungstragenden
calls-none = Noch keine Anrufaktionen.
call-new = Neue Anrufaktion
call-form-title = Anrufaktion
call-field-title = Titel
call-field-script = Was man sagt (Markdown)
call-whom = Wen anrufen
call-whom-hint = Gezeigt werden nur Entscheidungstragende, die als öffentlich markiert sind, mit ihren Nummern.
call-not-public = nicht öffentlich: nicht gezeigt
call-save = Speichern
call-saved = Die Anrufaktion ist gespeichert.
call-reports-col = Gemeldete Anrufe
call-status-draft = Entwurf
call-status-open = Offen
call-status-closed = Beendet
call-outcome-reached = Erreicht
call-outcome-voicemail = Mailbox
call-outcome-no-answer = Keine Antwort
call-error-no-targets = Wähle mindestens eine entscheidungstragende Person zum Anrufen.
call-error-target = Diese Person gehört nicht zu dieser Aktion.
call-error-outcome = Sag, wie der Anruf gelaufen ist.
call-closed = Diese Anrufaktion ist beendet. Danke an alle, die angerufen haben.
call-script = Was du sagst
call-total = { $count-n ->
    [one] Bisher { $count } gemeldeter Anruf.
   *[other] Bisher { $count } gemeldete Anrufe.
}
call-privacy = Wenn du sagst, wie ein Anruf gelaufen ist, speichern wir nur das Ergebnis und, wenn du es angibst, dein Land: nie deine Nummer, deinen Namen oder deine Adresse.
call-nobody = Hier ist noch niemand anzurufen.
call-speaks = spricht
call-no-number = Noch keine Nummer zum Anrufen.
call-how = Wie ist der Anruf gelaufen?
call-your-country = Dein Land (freiwillig)
call-country-unsaid = Sage ich lieber nicht
call-country-hint = Einmal hier angegeben, geht es mit jedem Anruf mit, den du unten meldest: Dein Anruf zählt dann für dein Land.
call-country-set = Dieses Land verwenden
call-report = Senden
call-reported = Danke: Dein Anruf zählt.
call-by-country = Anrufe nach Land der Anrufenden
target-calls-received = { $count-n ->
    [one] { $count } gemeldeter Anruf.
   *[other] { $count } gemeldete Anrufe.
}
target-asked = Worum gebeten wurde
target-watched = Auf der Beobachtungsliste
calls-open-heading = Jetzt anrufen
## Rapid response
alert-title = Alarm auslösen
alert-intro = Eine Anrufaktion an die Verantwortlichen, aus dem Eintrag in allen Sprachen der Kampagne vorausgefüllt. Prüfe sie, dann löse sie aus: Sie ist sofort online.
alert-raise = Alarm auslösen
alert-from-watch = Alarm aus der Beobachtungsliste auslösen
watch-raise-alert = Aus diesem Eintrag einen Alarm auslösen
alert-live = Der Alarm ist online, { $seconds-n ->
    [one] { $seconds } Sekunde nach dem Auslösen.
   *[other] { $seconds } Sekunden nach dem Auslösen.
}
alert-live-col = Vom Auslösen bis online
alert-seconds = { $count-n ->
    [one] { $count } Sekunde
   *[other] { $count } Sekunden
}
alert-call-title = Anrufen wegen „⁨{ $item }⁩“
alert-call-script = Guten Tag. Ich rufe wegen „⁨{ $item }⁩“ an. Ich bitte Sie, sich öffentlich dagegen auszusprechen und jeden Schritt abzulehnen, der das Assad-Regime stützt oder rehabilitiert. Vielen Dank.
audit-call-saved = Anrufaktion gespeichert
audit-alert-raised = Alarm ausgelöst
alert-mailing-legend = Rundmail an Unterstützende
alert-mailing-hint = Wird jetzt mit dem Alarm gespeichert; sie geht raus, sobald die Kampagne Rundmails verschickt.
alert-segment-none = Keine Rundmail: nur die Kampagnenseite
alert-segment-consenting = Alle, die Nachrichten der federführenden Organisation bekommen wollen
alert-segment-countries = Davon die in den Ländern der Verantwortlichen
alert-message = Nachricht
alert-mailing-text = Jetzt handeln: „⁨{ $title }⁩“. Ruf heute die Verantwortlichen über die Kampagnenseite an.
