# Days of action and their events.

## Public pages
event-back-to-campaign = Back to the campaign
events-count = { $count-n ->
    [one] { $count } event
   *[other] { $count } events
}
events-by-country = Events by country
events-all-countries = All countries
events-none = No events yet.
events-feed = Calendar feed of every event (iCalendar)
events-feed-country = Calendar feed of this country's events
event-kind-rally = Rally
event-kind-vigil = Vigil
event-kind-meeting = Meeting
event-kind-cultural = Cultural event
event-kind-online = Online
event-kind-other = Other
event-status-unconfirmed = Not yet confirmed
event-status-pending = To review
event-status-changes = Changes asked
event-status-approved = Approved
event-status-rejected = Rejected
event-status-cancelled = Cancelled
event-when = When
event-where = Where
event-cancelled = This event is cancelled.
event-address-attendees = The exact address is given to people who attend.
event-add-to-calendar = Add to my calendar

## Submitting an event
event-submit-title = Hold an event
event-submit-intro = Anyone can hold an event for the day of action, in any language. You confirm it by email; then the coordination reviews it before it is published.
event-about = The event
event-field-title = Title
event-field-kind = Kind of event
event-choose-kind = Choose a kind
event-field-description = Description (optional)
    .hint = What will happen, and what to bring. Markdown: **bold**, *italic*, links, lists.
event-field-languages = Languages spoken
event-field-starts = Starts
    .hint = Date and time where the event takes place.
event-field-ends = Ends
event-field-time_zone = Time zone (optional)
    .hint = Found from the city. For an online event, or to change it, type one such as Europe/Berlin or Asia/Damascus.
event-field-country = Country
event-field-city = City
    .hint = In any language or script, for example Aleppo or حلب.
event-choose-city = Several places have this name: choose yours.
event-field-address = Address
event-field-address_public = Show the address on the event's page (otherwise only people attending get it)
event-field-capacity = How many people can come (optional)
    .hint = Leave empty when there is no limit.
event-field-accessibility = Accessibility (optional)
event-field-photo = Photo (optional)
    .hint = PNG, JPEG, WebP or GIF, at most 10 MB. We keep a clean copy: the place and time the camera recorded are removed.
event-about-organiser = You, the organiser
event-organiser-hint = Your name and email are never published and are stored encrypted. We email you a link to confirm the event and to manage it.
event-field-organiser_name = Your name
event-field-organiser_email = Your email
event-submit-button = Send the event
event-submitted-title = Check your email
event-submitted-check-mail = We sent you an email. Open the link in it to confirm the event.
event-submitted-next = After that, the coordination reviews it and answers by email.
event-confirm-title = Confirm the event
event-confirm-intro = Please confirm this event:
event-confirm-button = Confirm the event
event-confirm-done = Thank you: the event is confirmed. The coordination will review it and answer by email.
event-manage-title = Your event
event-moderator-message = Message from the coordination
    .hint = Required when asking for changes or rejecting: it is emailed to the organiser.
event-public-page = The event's public page
event-cancel-sure = Yes, cancel this event
event-cancel = Cancel the event

## Errors
event-error-date = Enter a date as YYYY-MM-DD, such as ⁨2026-03-15⁩.
event-error-last-before-first = The last day comes before the first.
event-error-too-many-days = { $count-n ->
    [one] A day of action lasts at most { $count } day.
   *[other] A day of action lasts at most { $count } days.
}
event-error-city-choose = Several places have this name: choose yours in the list.
event-error-city = We cannot find this city in this country. Check the spelling, or type the nearest larger town.
event-error-time-zone = We do not know this time zone. Type one such as Europe/Berlin.
event-error-time = Enter a date and a time.
event-error-end-before-start = The end comes before the start.
event-error-too-long = An event lasts at most three days.
event-error-outside-day = The event must start on the day of action.
event-error-capacity = Enter a whole number of people, or leave it empty.

## Staff
days-title = Days of action
days-none = No day of action yet.
day-declare = Declare a day of action
day-first = First day
day-last = Last day (optional)
day-last-hint = For a day of action over several days.
day-title-field = Title
day-body-field = Text (optional)
events-moderation-title = Events
event-decided = Decision saved. The organiser gets an email.
event-detail-title = Event
event-ask-changes = Ask for changes
event-awaiting-organiser = The organiser has not confirmed yet, or cancelled.

## Mails to the organiser
event-mail-confirm-subject = Please confirm your event “⁨{ $event }⁩”
event-mail-confirm-intro = Someone submitted the event “⁨{ $event }⁩” with this email address.
event-mail-ignore = If this was not you, ignore this email: nothing is published without confirmation.
event-mail-manage = To see your event's status or cancel it, keep this link:
event-mail-confirm-button = Confirm the event
event-mail-approved-subject = Your event “⁨{ $event }⁩” is published
event-mail-approved-intro = Thank you: the coordination approved your event “⁨{ $event }⁩”. Its page:
event-mail-manage-button = Manage my event
event-mail-changes-subject = About your event “⁨{ $event }⁩”: changes asked
event-mail-changes-intro = The coordination asks for changes to your event “⁨{ $event }⁩”:
event-mail-rejected-subject = About your event “⁨{ $event }⁩”
event-mail-rejected-intro = The coordination did not approve your event “⁨{ $event }⁩”. The reason given:

## Audit log and jobs
audit-day-declared = Day of action declared
audit-event-approved = Event approved
audit-event-changes = Changes asked for an event
audit-event-rejected = Event rejected
job-kind-event-mail = Email to an event's organiser
events-map = Map of the events; each point links to its event, or to its country's list.

## Attending
rsvp-heading = I'll be there
rsvp-count = { $count-n ->
    [one] { $count } person is coming.
   *[other] { $count } people are coming.
}
rsvp-places = { $count-n ->
    [one] { $count } place in all
   *[other] { $count } places in all
}
rsvp-privacy = We email you a link to confirm. The organiser of this event sees the name you give here, never your email; both are stored encrypted.
rsvp-submit = I'll be there
rsvp-check-mail = Check your email: open the link in it to confirm that you are coming.
rsvp-confirm-title = Confirm that you are coming
rsvp-confirm-button = Yes, I am coming
rsvp-cancel-title = Your place at the event
rsvp-cancel-button = I can no longer come
rsvp-now-attending = You have a place: see you there.
rsvp-now-waiting = The event is full: you are on the waiting list, and we email you if a place frees up.
rsvp-now-cancelled = You are no longer expected. Thank you for telling us.
rsvp-attendees = Who is coming
rsvp-none = Nobody has confirmed yet.
rsvp-waiting = waiting list
rsvp-mail-confirm-subject = Please confirm: you are coming to “⁨{ $event }⁩”
rsvp-mail-confirm-intro = Someone said with this email address that they are coming to “⁨{ $event }⁩”:
rsvp-mail-confirm-button = Yes, I am coming
rsvp-mail-attending-subject = See you at “⁨{ $event }⁩”
rsvp-mail-attending-intro = You have a place at “⁨{ $event }⁩”:
rsvp-mail-waiting-subject = Waiting list for “⁨{ $event }⁩”
rsvp-mail-waiting-intro = “⁨{ $event }⁩” is full: you are on the waiting list. We email you if a place frees up.
rsvp-mail-moved-up-subject = A place is yours at “⁨{ $event }⁩”
rsvp-mail-moved-up-intro = Someone cancelled: you now have a place at “⁨{ $event }⁩”:
rsvp-mail-reminder-subject = Reminder: “⁨{ $event }⁩”
rsvp-mail-reminder-intro = A reminder: you are coming to “⁨{ $event }⁩”:
rsvp-mail-cancel = If you can no longer come, tell us here (your place goes to the next person):
job-kind-rsvp-mail = Email to someone attending an event

## Reports and the tally
report-title = After the event
report-attended = How many people came
report-text = What happened (optional)
report-photos = Photos (optional)
report-photos-hint = { $count-n ->
    [one] At most { $count } more photo. We keep a clean copy: the place and time the camera recorded are removed.
   *[other] At most { $count } more photos. We keep a clean copy: the place and time the camera recorded are removed.
}
report-save = Save the report
report-saved = The report is saved.
report-people = { $count-n ->
    [one] { $count } person took part.
   *[other] { $count } people took part.
}
event-error-attended = Enter a whole number of people.
tally-events = { $count-n ->
    [one] { $count } event held
   *[other] { $count } events held
}
tally-countries = { $count-n ->
    [one] { $count } country
   *[other] { $count } countries
}
tally-cities = { $count-n ->
    [one] { $count } city
   *[other] { $count } cities
}
tally-people = { $count-n ->
    [one] { $count } person taking part
   *[other] { $count } people taking part
}
gallery-photo = A photo from the event
event-edit-title = Change the event
event-edit-details-only = The event is published: its time and practical details (places, accessibility) can change, and people coming are told. To change its title, text or place, cancel it and propose it again.
event-edited = Saved.
rsvp-mail-changed-subject = Changed: “⁨{ $event }⁩”
rsvp-mail-changed-intro = The time or place of “⁨{ $event }⁩” changed. Now:
event-when-value = { $date }, { $from }–{ $to }
rsvp-mail-called-off-subject = Called off: “⁨{ $event }⁩”
rsvp-mail-called-off-intro = “⁨{ $event }⁩” no longer takes place as planned. We are sorry.
rsvp-mail-address = The address: ⁨{ $address }⁩
event-error-time-gap = This time does not exist there: the clocks go forward that night. Choose another time.
event-error-past = This time has passed.
report-error-too-many-photos = { $count-n ->
    [one] At most { $count } more photo.
   *[other] At most { $count } more photos.
}

## The organiser writes to the people coming
event-message-title = Write to the people coming
event-message-hint = { $count-n ->
    [one] Your message goes by email to the { $count } person who has a place. They do not see your email address. At most three messages a day.
   *[other] Your message goes by email to the { $count } people who have a place. They see neither your email address nor each other’s. At most three messages a day.
}
event-message-field = Your message
event-message-send = Send the message
event-message-sent = { $count-n ->
    [one] Your message is on its way to { $count } person.
   *[other] Your message is on its way to { $count } people.
}
event-message-error-limit = Three messages have gone today. The next one can go tomorrow.
event-message-error-nobody = Nobody has a place yet: there is no one to write to.
rsvp-mail-message-subject = A message about “⁨{ $event }⁩”
rsvp-mail-message-intro = The organisers of “⁨{ $event }⁩” write to everyone who has a place:
rsvp-mail-message-no-reply = The organisers do not see replies to this email.

## Reports before the moderators
report-status-pending = Waiting for a moderator
report-status-published = Published
report-status-hidden = Taken down by a moderator
report-moderated-hint = A moderator looks at each report, and at each change to it, before it shows on the event’s page. Reports of the coalition’s organisations show at once.
report-photos-faces = Show no one who has not agreed to be shown: a face in a photo can put a person, or their family in Syria, at risk.
reports-waiting = Reports waiting
report-publish = Publish the report
report-hide = Take the report down
report-decided = Decision on the report saved.
audit-report-published = Event report published
audit-report-hidden = Event report taken down
event-message-error-closed = This event no longer takes place as approved: there is no one to write to.
rsvp-no-name = Someone (no name given)
rsvp-status-attending = You have a place
rsvp-status-waiting = On the waiting list
rsvp-status-cancelled = Cancelled
me-answers-heading = Events you said you would attend
me-no-answers = You have not answered any event.
me-answer-name = Name given to the organiser
