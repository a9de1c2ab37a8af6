## Decision-makers (staff pages; "target" is the code's word only)
targets-title = Entscheidungstragende
targets-intro = Die Menschen, die entscheiden und die Briefe und Anrufe erreichen werden: jede Person in ihrer Sprache und nach der Uhr ihrer eigenen Zeitzone. Ihre Adressen und Nummern werden verschlüsselt gespeichert; gezeigt werden nur Name, Funktion, Institution und Telefonnummern derer, die als öffentlich markiert sind (die Nummern auf den Anrufseiten).
target-new-title = Entscheidungstragende Person hinzufügen
target-edit-title = Entscheidungstragende Person ändern
targets-search = Name, Funktion oder Institution
targets-all-countries = Alle Länder
targets-search-button = Suchen
targets-count = { $count-n ->
    [one] { $count } entscheidungstragende Person
   *[other] { $count } Entscheidungstragende
}
target-field-name = Name
target-field-role = Funktion
target-field-institution = Institution
target-field-area = Gebiet
    .hint = Ein Bundesland, ein Wahlkreis oder eine Stadt, wenn die Funktion eines umfasst.
target-field-lang = Sprache
    .hint = Die Sprache, in der Briefe ankommen.
target-field-time_zone = Zeitzone
    .hint = Briefe kommen in der Arbeitszeit nach dieser Uhr an. Leer lassen für die Hauptzeitzone des Landes, oder eine eintragen wie Europe/Berlin.
target-field-emails = E-Mail-Adressen
    .hint = Eine oder mehrere, eine pro Zeile. An der ersten wird die Person beim Import erkannt.
target-field-phones = Telefonnummern
    .hint = Im internationalen Format, etwa +49 30 18681 0; eine pro Zeile.
target-field-public = Öffentlich zeigen
    .hint = Name, Funktion und Institution dürfen auf öffentlichen Seiten erscheinen, Telefonnummern auf den Anrufseiten. E-Mail-Adressen nie.
target-public-col = Öffentlich
target-demo = Beispieldaten
target-choose-country = Land wählen
target-save = Speichern
target-delete = Diese entscheidungstragende Person löschen
target-saved = Gespeichert.
target-deleted = Gelöscht.
target-delete-history = Wer diese entscheidungstragende Person löscht, löscht endgültig auch:
target-delete-waiting = { $count-n ->
    [one] { $count } Brief, der noch auf den Versand wartet (wer ihn schrieb, erfährt es nicht)
   *[other] { $count } Briefe, die noch auf den Versand warten (wer sie schrieb, erfährt es nicht)
}
target-delete-delivered = { $count-n ->
    [one] { $count } zugestellten Brief, aus jedem Zwischenstand
   *[other] { $count } zugestellte Briefe, aus jedem Zwischenstand
}
target-delete-calls = { $count-n ->
    [one] { $count } gemeldeten Anruf, aus jedem Zwischenstand
   *[other] { $count } gemeldete Anrufe, aus jedem Zwischenstand
}
target-delete-sure = Verstanden: mit alldem löschen
target-delete-unsure = Setze das Häkchen, um sie mit ihren Briefen und Anrufen zu löschen, oder behalte sie und nimm das Häkchen bei „Öffentlich zeigen“ weg: Dann gehen keine Briefe mehr an sie.
targets-export = Alle Entscheidungstragenden als CSV herunterladen (der Download wird im Prüfprotokoll festgehalten)
target-groups-title = Gruppen
target-groups-none = Noch keine Gruppen.
target-group-new = Neue Gruppe
target-group-add = Gruppe hinzufügen
target-group-delete = Löschen
target-group-saved = Die Gruppen sind gespeichert.
targets-import-title = Aus einer CSV-Datei importieren
targets-import-label = CSV-Text
targets-import-hint = Spalten: name, role, institution, country (zwei Buchstaben), area, language (ar, en, fr, es, de), time_zone, emails und phones (durch Semikolon getrennt), public (yes oder no), groups (durch Semikolon getrennt). Wer mit derselben ersten Adresse schon da ist, wird aktualisiert. Eine einzige fehlerhafte Zeile, und nichts wird importiert.
targets-import-submit = Importieren
targets-import-refused = Nichts wurde importiert. Korrigiere diese Zeilen und importiere noch einmal:
targets-imported = Importiert: { $added } hinzugefügt, { $updated } aktualisiert, { $unchanged } unverändert.
target-error-phone = Schreib die Nummer im internationalen Format, mit + und der Ländervorwahl.
target-error-lang = Wähle eine der angebotenen Sprachen.
target-error-email = Eine dieser Adressen ist keine E-Mail-Adresse.
target-error-no-email = Gib mindestens eine E-Mail-Adresse an: Ein Brief braucht ein Ziel.
target-error-too-many = Höchstens { $count } hier.
target-error-exists = Eine Person mit dieser ersten Adresse ist schon gespeichert.
target-error-public = Schreib yes oder no.
target-error-group = Ein Gruppenname ist zu lang oder enthält Zeichen, die sich nicht anzeigen lassen.
target-error-group-semicolon = Ein Gruppenname darf kein Semikolon enthalten: Es trennt im CSV die Gruppen.
target-csv-too-many = Zu viele Zeilen: importiere höchstens { $count } auf einmal.
target-csv-duplicate = Diese erste Adresse steht schon in einer früheren Zeile.
audit-target-saved = Entscheidungstragende Person gespeichert
audit-target-deleted = Entscheidungstragende Person gelöscht
audit-targets-imported = Entscheidungstragende importiert
audit-targets-exported = Entscheidungstragende exportiert
target-error-cap = Eine Kampagne hält höchstens { $count } Entscheidungstragende.
