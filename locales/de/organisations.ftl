# The coalition: organisations endorse the call, partner pages, organisations' staff (German).

## Endorsing (public)
endorse-title = Den Aufruf als Organisation unterzeichnen
endorse-intro = Gewerkschaften, Vereine und Initiativen, NGOs, Parteien und Glaubensgemeinschaften können den Aufruf unterzeichnen. Nachdem du per E-Mail bestätigt hast, prüft die Koordination die Unterzeichnung; sobald sie freigegeben ist, erscheint deine Organisation in der Liste und bekommt eine eigene Partnerseite.
endorse-about-organisation = Deine Organisation
endorse-about-contact = Ansprechperson
endorse-contact-hint = Wir schreiben dieser Person, um die Unterzeichnung zu bestätigen und ihr unsere Entscheidung mitzuteilen. Name und E-Mail-Adresse werden nie veröffentlicht und verschlüsselt gespeichert.
endorse-field-name = Name der Organisation
endorse-field-kind = Art der Organisation
endorse-choose-kind = Art auswählen
endorse-field-country = Land
endorse-field-city = Ort (optional)
endorse-field-website_url = Website (optional)
endorse-field-logo = Logo (optional)
    .hint = PNG, JPEG, WebP oder GIF, höchstens 2 MB. Wir speichern eine bereinigte Kopie: Außer dem Bild selbst bleibt nichts erhalten.
endorse-field-statement = Kurzes Statement (optional)
    .hint = Warum deine Organisation den Aufruf unterzeichnet, in ein paar Sätzen. Erscheint auf ihrer Partnerseite.
endorse-field-contact_name = Name
endorse-field-contact_email = E-Mail-Adresse
endorse-privacy = Name, Art, Land, Ort, Website, Logo und Statement der Organisation werden nach der Freigabe veröffentlicht.
endorse-submit = Aufruf unterzeichnen
endorse-sent-title = Schau in dein Postfach
endorse-sent-check-mail = Wir haben der Ansprechperson eine E-Mail geschickt. Öffne den Link darin, um die Unterzeichnung zu bestätigen.
endorse-sent-next = Danach prüft die Koordination die Unterzeichnung und antwortet per E-Mail.
endorse-confirm-title = Bestätige die Unterzeichnung
endorse-confirm-intro = Bitte bestätige, dass diese Organisation den Aufruf unterzeichnet:
endorse-confirm-button = Unterzeichnung bestätigen
endorse-confirm-done = Danke! Die Unterzeichnung ist bestätigt. Die Koordination prüft sie und antwortet per E-Mail.
endorse-confirm-invalid = Dieser Link ist ungültig. Bitte kopiere den vollständigen Link aus der E-Mail.

org-kind-union = Gewerkschaften
org-kind-community = Vereine und Initiativen
org-kind-ngo = NGOs
org-kind-party = Parteien
org-kind-faith = Glaubensgemeinschaften
org-kind-other = Weitere Organisationen
org-kind-union-one = Gewerkschaft
org-kind-community-one = Verein oder Initiative
org-kind-ngo-one = NGO
org-kind-party-one = Partei
org-kind-faith-one = Glaubensgemeinschaft
org-kind-other-one = Sonstige

org-error-website = Gib eine Webadresse ein, die mit https:// oder http:// beginnt, zum Beispiel https://example.org.
org-error-age-key = Das ist kein öffentlicher age-Schlüssel. Er beginnt mit age1 und steht in einer einzigen Zeile, zum Beispiel age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p.
image-error-empty = Die Datei ist leer.
image-error-too-large = Die Datei ist zu groß. Wähle ein Bild mit höchstens { $count } MB.
image-error-not-image = Diese Datei ist kein Bild, das wir lesen können. Wähle eine PNG-, JPEG-, WebP- oder GIF-Datei.
image-error-dimensions = Das Bild hat zu viele Pixel. Wähle ein kleineres.
image-error-corrupt = Das Bild ist beschädigt oder unvollständig. Wähle eine andere Datei.

## The public list and partner pages
endorsers-title = Organisationen, die den Aufruf unterzeichnen
endorsers-count = { $count-n ->
    [one] { $count } Organisation unterzeichnet den Aufruf.
   *[other] { $count } Organisationen unterzeichnen den Aufruf.
}
partner-act = Mach mit
partner-nothing-open = Zurzeit gibt es keine offene Aktion.
partner-tally = { $count-n ->
    [one] { $count } Aktion kam über diese Seite (Unterschriften, Briefe, Antworten auf Veranstaltungen).
   *[other] { $count } Aktionen kamen über diese Seite (Unterschriften, Briefe, Antworten auf Veranstaltungen).
}
sign-consent-partner-before = Ich bin einverstanden, dass
sign-consent-partner-after = { "" } mich zu dieser Kampagne kontaktieren darf.

## Moderation (staff)
orgs-moderation-title = Unterzeichnungen
org-status-filter = Unterzeichnungen nach Status
org-status-unconfirmed = Noch nicht bestätigt
org-status-pending = Zu prüfen
org-status-approved = Freigegeben
org-status-rejected = Abgelehnt
orgs-none = Hier gibt es keine Unterzeichnungen.
col-organisation = Organisation
col-received = Eingegangen
org-decided = Entscheidung gespeichert. Die Ansprechperson bekommt eine E-Mail.
org-detail-title = Unterzeichnung
org-language = Sprache
org-logo = Logo
org-field-reason = Begründung
    .hint = Pflichtfeld bei einer Ablehnung: Sie wird der Ansprechperson per E-Mail geschickt.
org-approve = Freigeben
org-reject = Ablehnen
org-awaiting-contact = Die Ansprechperson hat noch nicht bestätigt.

## An organisation's own pages (staff)
org-home-title = Unsere Organisation
org-partner-page = Unsere Partnerseite
org-referral = Partnercode
org-supporters-title = Unsere Unterstützenden
org-supporters-count = { $count-n ->
    [one] { $count } Person hat eingewilligt, von uns zu hören.
   *[other] { $count } Personen haben eingewilligt, von uns zu hören.
}
org-supporters-open = Liste ansehen
org-supporters-monthly = Neue Unterstützende pro Monat
col-month = Monat
col-supporters = Unterstützende
col-consented = Eingewilligt am
org-search-found = Gefunden.
org-search-none = Niemand mit dieser E-Mail-Adresse hat eingewilligt, von uns zu hören.
org-export-sealed = Die Datei wird mit unserem öffentlichen Schlüssel verschlüsselt: Nur unser privater Schlüssel kann sie öffnen. Jeder Export wird im Prüfprotokoll festgehalten.
org-page-title = Partnerseite
org-field-statement = Kurzes Statement
org-field-page_md = Text der Seite
    .hint = Markdown: **fett**, *kursiv*, Links, Listen. Keine Bilder.
org-field-call_to_action = Aufforderung zum Mitmachen (eine Überschrift über den Aktionen der Kampagne)
org-field-age = Öffentlicher Schlüssel für Exporte
    .hint = Ein öffentlicher age-Schlüssel (age1…). Ist ein Schlüssel hinterlegt, werden Exporte damit verschlüsselt und liegen nie unverschlüsselt auf dem Server. Lass das Feld leer, um ihn zu entfernen.

## Mails to an organisation's contact
endorse-mail-subject = Bitte bestätigen: ⁨{ $organisation }⁩ unterzeichnet „⁨{ $campaign }⁩“
endorse-mail-intro = Jemand hat den Aufruf „⁨{ $campaign }⁩“ für ⁨{ $organisation }⁩ unterzeichnet und diese E-Mail-Adresse als Kontakt angegeben.
endorse-mail-button = Unterzeichnung bestätigen
endorse-mail-ignore = Wenn du das nicht warst, ignoriere diese E-Mail: Ohne Bestätigung wird nichts veröffentlicht.
org-approved-mail-subject = ⁨{ $organisation }⁩ unterzeichnet jetzt „⁨{ $campaign }⁩“
org-approved-mail-intro = Danke! Die Koordination hat die Unterzeichnung von ⁨{ $organisation }⁩ freigegeben. Die Organisation steht jetzt in der Liste der Unterzeichnenden des Aufrufs.
org-approved-mail-next = Die Partnerseite ist fertig: Aktionen, die über sie laufen, werden deiner Organisation zugerechnet.
org-approved-mail-link = Partnerseite öffnen
org-rejected-mail-subject = Zur Unterzeichnung von ⁨{ $organisation }⁩
org-rejected-mail-intro = Die Koordination von „⁨{ $campaign }⁩“ hat die Unterzeichnung von ⁨{ $organisation }⁩ nicht freigegeben.
org-rejected-mail-reason = Die angegebene Begründung:

## Audit log and jobs
audit-org-approved = Unterzeichnung freigegeben
audit-org-rejected = Unterzeichnung abgelehnt
audit-org-page-saved = Partnerseite gespeichert
audit-org-key-set = Export-Schlüssel hinterlegt
audit-org-key-removed = Export-Schlüssel entfernt
audit-org-supporters-read = Unterstützende gelesen (Seite)
audit-org-supporters-searched = Unterstützende nach E-Mail gesucht
audit-org-supporters-exported = Unterstützende exportiert
job-kind-organisation-mail = E-Mail an die Ansprechperson einer Organisation
endorsers-see = Liste ansehen
org-export-csv = Unsere Unterstützenden exportieren (CSV)
detail-consent-partner = Darf dich zu dieser Kampagne kontaktieren
form-error-rate = Von hier wurden gerade zu viele Formulare gesendet. Bitte warte eine Minute und versuch es noch einmal.
endorse-logo-again = Wenn du ein Logo gewählt hast, wähle es noch einmal: Dateien werden nicht aufbewahrt, wenn ein Formular abgelehnt wird.
org-decided-nothing = Nichts geändert: Die Unterzeichnung war schon in diesem Zustand oder ist noch nicht bestätigt.
