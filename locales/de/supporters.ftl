# Supporters: mail to them and their own pages (German).

email-error = Das sieht nicht nach einer E-Mail-Adresse aus. Prüfe sie und versuche es noch einmal.
country-error = Wähle ein Land aus der Liste.
confirm-mail-subject = Bestätige deine Unterschrift: ⁨{ $title }⁩
confirm-mail-greeting-anonymous = Hallo,
confirm-mail-intro = du hast die Petition „⁨{ $title }⁩“ unterschrieben. Um deine Unterschrift zu bestätigen, öffne den Link unten und klicke auf der Seite auf „Unterschrift bestätigen“. Bis dahin zählt deine Unterschrift nicht.
confirm-mail-button = Unterschrift bestätigen
confirm-mail-ignore = { $count-n ->
    [one] Wenn du nicht unterschrieben hast, ignoriere diese E-Mail: Die Unterschrift wird nach einem Tag gelöscht.
   *[other] Wenn du nicht unterschrieben hast, ignoriere diese E-Mail: Die Unterschrift wird nach { $count } Tagen gelöscht.
}
mail-own-page = Deine Daten ansehen, herunterladen oder löschen
mail-unsubscribe = Neuigkeiten abbestellen
link-invalid = Dieser Link ist ungültig, oder die Daten, auf die er verweist, wurden gelöscht.
unsubscribe-title = Neuigkeiten abbestellen
unsubscribe-explain = Mit dem Button unten widerrufst du jede Einwilligung, die du den Organisationen der Kampagne gegeben hast, dir Neuigkeiten zu schicken.
unsubscribe-button = Neuigkeiten abbestellen
unsubscribe-done = Du hast die Neuigkeiten abbestellt: Die Organisationen der Kampagne schicken dir keine Neuigkeiten mehr.
me-title = Deine Daten
me-data-heading = Was wir über dich gespeichert haben
me-since = Dabei seit
me-download = Alle deine Daten herunterladen (JSON)
me-consents-heading = Organisationen, denen du erlaubt hast, dir Neuigkeiten zu schicken
me-no-consents = Du hast keiner Organisation erlaubt, dir Neuigkeiten zu schicken.
me-consent-given = erteilt
me-consent-withdrawn = widerrufen
me-withdraw = Einwilligung widerrufen
me-signatures-heading = Deine Unterschriften
me-no-signatures = Keine Unterschriften.
me-confirmed = bestätigt
me-pending = unbestätigt
me-erase-heading = Deine Daten löschen
me-erase-explain = Damit werden dein Name, deine E-Mail-Adresse, deine Unterschriften, deine Antworten auf Veranstaltungen, deine Briefe und deine Einwilligungen endgültig gelöscht. Deine Unterschriften zählen dann nicht mehr, und noch wartende Briefe werden nicht gesendet. Ein schon zugestellter Brief ist bei der entscheidungstragenden Person: Er zählt weiter, aber wir behalten nichts davon.
me-erase-sure = Ja, alles über mich löschen
me-erase-button = Meine Daten löschen
me-erase-not-sure = Setze das Häkchen, um zu bestätigen, dass du deine Daten löschen willst; es wurde nichts gelöscht.
me-erased-title = Deine Daten sind gelöscht
me-erased = Alles, was wir über dich gespeichert hatten, wurde gelöscht.
unsubscribe-home = Zur Startseite der Kampagne
me-links-heading = Links zu dieser Seite
me-links-explain = Der Link zu dieser Seite funktioniert 90 Tage nach der E-Mail, mit der er kam. Wenn eine E-Mail von uns bei jemand anderem gelandet ist, beende alle bisher verschickten Links: Unsere nächste E-Mail bringt einen neuen.
me-links-button = Alle Links zu dieser Seite beenden
me-links-ended-title = Links beendet
me-links-ended = Alle Links zu deiner Seite, die wir verschickt haben, sind beendet, auch dieser. Unsere nächste E-Mail bringt einen neuen.
