## The watch list
watch-title = Beobachtungsliste
watch-intro = Versuche, das Assad-Regime zu stützen oder zu rehabilitieren, sobald sie bekannt werden: Konferenzen, Handelsabkommen, Schritte der Normalisierung, Abschiebeabkommen. Jeder Eintrag ist belegt und nennt die verantwortlichen Entscheidungstragenden.
watch-back-to-campaign = Zurück zur Kampagne
watch-when-filter = Kommend oder vergangen
watch-upcoming = Kommend und laufend
watch-past = Vergangen
watch-none = Hier ist nichts.
watch-field-kind = Art
watch-field-when = Wann
watch-field-place = Ort
watch-people = Verantwortliche Entscheidungstragende
watch-sources = Quellen
watch-kind-conference = Konferenz
watch-kind-trade-deal = Handelsabkommen
watch-kind-normalisation = Schritt der Normalisierung
watch-kind-deportation = Abschiebeabkommen
watch-kind-other = Anderes
watch-new-title = Zur Beobachtungsliste hinzufügen
watch-edit-title = Eintrag der Beobachtungsliste ändern
watch-public-page = Die öffentliche Seite
watch-saved = Die Beobachtungsliste ist gespeichert.
watch-deleted = Der Eintrag ist gelöscht.
watch-choose-kind = Art wählen
watch-field-starts = Erster Tag
watch-field-ends = Letzter Tag
watch-date-hint = Als 2027-03-14 (Jahr, Monat, Tag).
watch-no-country = Kein Land, oder mehrere
watch-field-title = Titel
watch-field-description = Worum es geht (Markdown)
watch-sources-hint = Mindestens eine Quelle mit Link. Lass die Zeilen leer, die du nicht brauchst.
watch-source-n = Quelle { $count }
watch-source-title = Titel
watch-source-publisher = Herausgeber*in
watch-source-url = Link
watch-source-published = Veröffentlicht am (als 2027-03-14)
watch-no-targets = Noch keine Entscheidungstragenden: Füge sie zuerst hinzu.
watch-save = Speichern
watch-delete = Diesen Eintrag löschen
watch-error-ends-before = Der letzte Tag liegt vor dem ersten.
watch-error-no-source = Gib mindestens eine Quelle mit Link an.
audit-watch-saved = Eintrag der Beobachtungsliste gespeichert
audit-watch-deleted = Eintrag der Beobachtungsliste gelöscht
watch-upcoming-count = { $count-n ->
    [one] { $count } Versuch, das Regime zu rehabilitieren, steht bevor oder läuft.
   *[other] { $count } Versuche, das Regime zu rehabilitieren, stehen bevor oder laufen.
}
watch-see = Beobachtungsliste ansehen
