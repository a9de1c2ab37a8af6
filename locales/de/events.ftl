# Days of action and their events (German).

## Public pages
event-back-to-campaign = Zurück zur Kampagne
events-count = { $count-n ->
    [one] { $count } Veranstaltung
   *[other] { $count } Veranstaltungen
}
events-by-country = Veranstaltungen nach Land
events-all-countries = Alle Länder
events-none = Noch keine Veranstaltungen.
events-feed = Kalender-Abo mit allen Veranstaltungen (iCalendar)
events-feed-country = Kalender-Abo mit den Veranstaltungen dieses Landes
event-kind-rally = Kundgebung
event-kind-vigil = Mahnwache
event-kind-meeting = Treffen
event-kind-cultural = Kulturveranstaltung
event-kind-online = Online
event-kind-other = Sonstiges
event-status-unconfirmed = Noch nicht bestätigt
event-status-pending = Zu prüfen
event-status-changes = Änderungen angefragt
event-status-approved = Freigegeben
event-status-rejected = Abgelehnt
event-status-cancelled = Abgesagt
event-when = Wann
event-where = Wo
event-cancelled = Diese Veranstaltung ist abgesagt.
event-address-attendees = Die genaue Adresse bekommen die Teilnehmenden.
event-add-to-calendar = In meinen Kalender eintragen

## Submitting an event
event-submit-title = Veranstaltung organisieren
event-submit-intro = Alle können für den Aktionstag eine Veranstaltung organisieren, in jeder Sprache. Du bestätigst sie per E-Mail; danach prüft die Koordination sie, bevor sie veröffentlicht wird.
event-about = Die Veranstaltung
event-field-title = Titel
event-field-kind = Art der Veranstaltung
event-choose-kind = Wähle eine Art
event-field-description = Beschreibung (optional)
    .hint = Was passiert und was mitzubringen ist. Markdown: **fett**, *kursiv*, Links, Listen.
event-field-languages = Gesprochene Sprachen
event-field-starts = Beginn
    .hint = Datum und Uhrzeit am Ort der Veranstaltung.
event-field-ends = Ende
event-field-time_zone = Zeitzone (optional)
    .hint = Wird aus der Stadt ermittelt. Für eine Online-Veranstaltung oder um sie zu ändern, gib eine ein, etwa Europe/Berlin oder Asia/Damascus.
event-field-country = Land
event-field-city = Stadt
    .hint = In jeder Sprache und Schrift, zum Beispiel Aleppo oder حلب.
event-choose-city = Mehrere Orte haben diesen Namen: Wähle deinen aus.
event-field-address = Adresse
event-field-address_public = Adresse auf der Seite der Veranstaltung zeigen (sonst bekommen sie nur die Teilnehmenden)
event-field-capacity = Wie viele Menschen kommen können (optional)
    .hint = Leer lassen, wenn es keine Begrenzung gibt.
event-field-accessibility = Barrierefreiheit (optional)
event-field-photo = Foto (optional)
    .hint = PNG, JPEG, WebP oder GIF, höchstens 10 MB. Wir behalten eine bereinigte Kopie: Ort und Zeit, die die Kamera gespeichert hat, werden entfernt.
event-about-organiser = Deine Angaben als veranstaltende Person
event-organiser-hint = Dein Name und deine E-Mail-Adresse werden nie veröffentlicht und verschlüsselt gespeichert. Wir schicken dir per E-Mail einen Link, um die Veranstaltung zu bestätigen und zu verwalten.
event-field-organiser_name = Dein Name
event-field-organiser_email = Deine E-Mail-Adresse
event-submit-button = Veranstaltung einreichen
event-submitted-title = Schau in dein Postfach
event-submitted-check-mail = Wir haben dir eine E-Mail geschickt. Öffne den Link darin, um die Veranstaltung zu bestätigen.
event-submitted-next = Danach prüft die Koordination sie und antwortet dir per E-Mail.
event-confirm-title = Veranstaltung bestätigen
event-confirm-intro = Bitte bestätige diese Veranstaltung:
event-confirm-button = Veranstaltung bestätigen
event-confirm-done = Danke! Die Veranstaltung ist bestätigt. Die Koordination prüft sie und antwortet dir per E-Mail.
event-manage-title = Deine Veranstaltung
event-moderator-message = Nachricht der Koordination
    .hint = Pflichtfeld, wenn du Änderungen anfragst oder ablehnst: Die Nachricht geht per E-Mail an die Veranstaltenden.
event-public-page = Öffentliche Seite der Veranstaltung
event-cancel-sure = Ja, diese Veranstaltung absagen
event-cancel = Veranstaltung absagen

## Errors
event-error-date = Gib ein Datum als JJJJ-MM-TT ein, zum Beispiel ⁨2026-03-15⁩.
event-error-last-before-first = Der letzte Tag liegt vor dem ersten.
event-error-too-many-days = { $count-n ->
    [one] Ein Aktionstag dauert höchstens { $count } Tag.
   *[other] Ein Aktionstag dauert höchstens { $count } Tage.
}
event-error-city-choose = Mehrere Orte haben diesen Namen: Wähle deinen in der Liste aus.
event-error-city = Wir finden diese Stadt in diesem Land nicht. Prüf die Schreibweise oder gib die nächste größere Stadt ein.
event-error-time-zone = Diese Zeitzone kennen wir nicht. Gib eine ein wie Europe/Berlin.
event-error-time = Gib ein Datum und eine Uhrzeit ein.
event-error-end-before-start = Das Ende liegt vor dem Beginn.
event-error-too-long = Eine Veranstaltung dauert höchstens drei Tage.
event-error-outside-day = Die Veranstaltung muss am Aktionstag beginnen.
event-error-capacity = Gib eine ganze Zahl von Menschen ein oder lass das Feld leer.

## Staff
days-title = Aktionstage
days-none = Noch kein Aktionstag.
day-declare = Aktionstag ausrufen
day-first = Erster Tag
day-last = Letzter Tag (optional)
day-last-hint = Für einen Aktionstag über mehrere Tage.
day-title-field = Titel
day-body-field = Text (optional)
events-moderation-title = Veranstaltungen
event-decided = Entscheidung gespeichert. Die Veranstaltenden bekommen eine E-Mail.
event-detail-title = Veranstaltung
event-ask-changes = Änderungen anfragen
event-awaiting-organiser = Die Veranstaltenden haben die Veranstaltung noch nicht bestätigt oder schon abgesagt.

## Mails to the organiser
event-mail-confirm-subject = Bitte bestätige deine Veranstaltung „⁨{ $event }⁩“
event-mail-confirm-intro = Jemand hat die Veranstaltung „⁨{ $event }⁩“ mit dieser E-Mail-Adresse eingereicht.
event-mail-ignore = Wenn du das nicht warst, ignoriere diese E-Mail: Ohne Bestätigung wird nichts veröffentlicht.
event-mail-manage = Um den Stand deiner Veranstaltung zu sehen oder sie abzusagen, heb diesen Link auf:
event-mail-confirm-button = Veranstaltung bestätigen
event-mail-approved-subject = Deine Veranstaltung „⁨{ $event }⁩“ ist veröffentlicht
event-mail-approved-intro = Danke! Die Koordination hat deine Veranstaltung „⁨{ $event }⁩“ freigegeben. Ihre Seite:
event-mail-manage-button = Meine Veranstaltung verwalten
event-mail-changes-subject = Zu deiner Veranstaltung „⁨{ $event }⁩“: Änderungen angefragt
event-mail-changes-intro = Die Koordination bittet um Änderungen an deiner Veranstaltung „⁨{ $event }⁩“:
event-mail-rejected-subject = Zu deiner Veranstaltung „⁨{ $event }⁩“
event-mail-rejected-intro = Die Koordination hat deine Veranstaltung „⁨{ $event }⁩“ nicht freigegeben. Die angegebene Begründung:

## Audit log and jobs
audit-day-declared = Aktionstag ausgerufen
audit-event-approved = Veranstaltung freigegeben
audit-event-changes = Änderungen an einer Veranstaltung angefragt
audit-event-rejected = Veranstaltung abgelehnt
job-kind-event-mail = E-Mail an die Veranstaltenden einer Veranstaltung
events-map = Karte der Veranstaltungen; jeder Punkt führt zur Veranstaltung oder zur Liste ihres Landes.

## Attending
rsvp-heading = Ich bin dabei
rsvp-count = { $count-n ->
    [one] { $count } Person kommt.
   *[other] { $count } Personen kommen.
}
rsvp-places = { $count-n ->
    [one] { $count } Platz insgesamt
   *[other] { $count } Plätze insgesamt
}
rsvp-privacy = Wir schicken dir per E-Mail einen Link zur Bestätigung. Die Veranstaltenden sehen den Namen, den du hier angibst, nie deine E-Mail-Adresse; beides wird verschlüsselt gespeichert.
rsvp-submit = Ich bin dabei
rsvp-check-mail = Schau in dein Postfach: Öffne den Link in der E-Mail, um zu bestätigen, dass du kommst.
rsvp-confirm-title = Bestätige, dass du kommst
rsvp-confirm-button = Ja, ich komme
rsvp-cancel-title = Dein Platz bei der Veranstaltung
rsvp-cancel-button = Ich kann doch nicht kommen
rsvp-now-attending = Du hast einen Platz. Bis dann!
rsvp-now-waiting = Die Veranstaltung ist voll: Du stehst auf der Warteliste, und wir schreiben dir, sobald ein Platz frei wird.
rsvp-now-cancelled = Wir rechnen nicht mehr mit dir. Danke, dass du Bescheid gesagt hast.
rsvp-attendees = Teilnehmende
rsvp-none = Noch hat niemand bestätigt.
rsvp-waiting = Warteliste
rsvp-mail-confirm-subject = Bitte bestätige: Du kommst zu „⁨{ $event }⁩“
rsvp-mail-confirm-intro = Jemand hat mit dieser E-Mail-Adresse angegeben, zu „⁨{ $event }⁩“ zu kommen:
rsvp-mail-confirm-button = Ja, ich komme
rsvp-mail-attending-subject = Bis bald bei „⁨{ $event }⁩“
rsvp-mail-attending-intro = Du hast einen Platz bei „⁨{ $event }⁩“:
rsvp-mail-waiting-subject = Warteliste für „⁨{ $event }⁩“
rsvp-mail-waiting-intro = „⁨{ $event }⁩“ ist voll: Du stehst auf der Warteliste. Wir schreiben dir, sobald ein Platz frei wird.
rsvp-mail-moved-up-subject = Ein Platz für dich bei „⁨{ $event }⁩“
rsvp-mail-moved-up-intro = Jemand hat abgesagt: Du hast jetzt einen Platz bei „⁨{ $event }⁩“:
rsvp-mail-reminder-subject = Erinnerung: „⁨{ $event }⁩“
rsvp-mail-reminder-intro = Zur Erinnerung: Du kommst zu „⁨{ $event }⁩“:
rsvp-mail-cancel = Wenn du nicht kommen kannst, sag uns hier Bescheid (dein Platz geht dann an die nächste Person):
job-kind-rsvp-mail = E-Mail an Teilnehmende einer Veranstaltung

## Reports and the tally
report-title = Nach der Veranstaltung
report-attended = Wie viele Menschen gekommen sind
report-text = Was passiert ist (optional)
report-photos = Fotos (optional)
report-photos-hint = { $count-n ->
    [one] Höchstens { $count } weiteres Foto. Wir behalten eine bereinigte Kopie: Ort und Zeit, die die Kamera aufgezeichnet hat, werden entfernt.
   *[other] Höchstens { $count } weitere Fotos. Wir behalten eine bereinigte Kopie: Ort und Zeit, die die Kamera aufgezeichnet hat, werden entfernt.
}
report-save = Bericht speichern
report-saved = Der Bericht ist gespeichert.
report-people = { $count-n ->
    [one] { $count } Person hat teilgenommen.
   *[other] { $count } Menschen haben teilgenommen.
}
event-error-attended = Gib eine ganze Zahl von Menschen an.
tally-events = { $count-n ->
    [one] { $count } Veranstaltung
   *[other] { $count } Veranstaltungen
}
tally-countries = { $count-n ->
    [one] { $count } Land
   *[other] { $count } Länder
}
tally-cities = { $count-n ->
    [one] { $count } Stadt
   *[other] { $count } Städte
}
tally-people = { $count-n ->
    [one] { $count } teilnehmende Person
   *[other] { $count } Teilnehmende
}
gallery-photo = Ein Foto von der Veranstaltung
event-edit-title = Veranstaltung ändern
event-edit-details-only = Die Veranstaltung ist veröffentlicht: Zeit und praktische Angaben (Plätze, Barrierefreiheit) können sich ändern, und wer kommt, wird benachrichtigt. Um Titel, Text oder Ort zu ändern, sag sie ab und reiche sie neu ein.
event-edited = Gespeichert.
rsvp-mail-changed-subject = Geändert: „⁨{ $event }⁩“
rsvp-mail-changed-intro = Zeit oder Ort von „⁨{ $event }⁩“ haben sich geändert. Jetzt:
event-when-value = { $date }, { $from } bis { $to }
rsvp-mail-called-off-subject = Abgesagt: „⁨{ $event }⁩“
rsvp-mail-called-off-intro = „⁨{ $event }⁩“ findet nicht wie geplant statt. Das tut uns leid.
rsvp-mail-address = Die Adresse: ⁨{ $address }⁩
event-error-time-gap = Diese Uhrzeit gibt es dort nicht: In dieser Nacht werden die Uhren vorgestellt. Wähle eine andere Zeit.
event-error-past = Diese Zeit ist vorbei.
report-error-too-many-photos = { $count-n ->
    [one] Höchstens { $count } weiteres Foto.
   *[other] Höchstens { $count } weitere Fotos.
}

## The organiser writes to the people coming
event-message-title = Den Teilnehmenden schreiben
event-message-hint = { $count-n ->
    [one] Deine Nachricht geht per E-Mail an die Person, die einen Platz hat. Sie sieht deine E-Mail-Adresse nicht. Höchstens drei Nachrichten am Tag.
   *[other] Deine Nachricht geht per E-Mail an die { $count } Personen, die einen Platz haben. Sie sehen weder deine E-Mail-Adresse noch die der anderen. Höchstens drei Nachrichten am Tag.
}
event-message-field = Deine Nachricht
event-message-send = Nachricht senden
event-message-sent = { $count-n ->
    [one] Deine Nachricht ist unterwegs zu { $count } Person.
   *[other] Deine Nachricht ist unterwegs zu { $count } Personen.
}
event-message-error-limit = Heute sind schon drei Nachrichten gegangen. Die nächste kann morgen gehen.
event-message-error-nobody = Noch hat niemand einen Platz: Es gibt niemanden, dem du schreiben kannst.
rsvp-mail-message-subject = Eine Nachricht zu „⁨{ $event }⁩“
rsvp-mail-message-intro = Die Veranstaltenden von „⁨{ $event }⁩“ schreiben allen, die einen Platz haben:
rsvp-mail-message-no-reply = Die Veranstaltenden sehen keine Antworten auf diese E-Mail.

## Reports before the moderators
report-status-pending = Wartet auf die Moderation
report-status-published = Veröffentlicht
report-status-hidden = Von der Moderation entfernt
report-moderated-hint = Die Moderation sieht sich jeden Bericht und jede Änderung an, bevor er auf der Seite der Veranstaltung erscheint. Berichte der Organisationen des Bündnisses erscheinen sofort.
report-photos-faces = Zeig niemanden, der nicht zugestimmt hat: Ein Gesicht auf einem Foto kann eine Person oder ihre Familie in Syrien in Gefahr bringen.
reports-waiting = Wartende Berichte
report-publish = Bericht veröffentlichen
report-hide = Bericht entfernen
report-decided = Entscheidung zum Bericht gespeichert.
audit-report-published = Veranstaltungsbericht veröffentlicht
audit-report-hidden = Veranstaltungsbericht entfernt
event-message-error-closed = Diese Veranstaltung findet nicht mehr wie freigegeben statt: Es gibt niemanden, dem du schreiben kannst.
rsvp-no-name = Jemand (ohne Namen)
rsvp-status-attending = Du hast einen Platz
rsvp-status-waiting = Auf der Warteliste
rsvp-status-cancelled = Abgesagt
me-answers-heading = Veranstaltungen, zu denen du kommen wolltest
me-no-answers = Du hast auf keine Veranstaltung geantwortet.
me-answer-name = Name für die Veranstaltenden
