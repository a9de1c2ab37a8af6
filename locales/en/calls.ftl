## Calls to decision-makers
calls-title = Calls to decision-makers
calls-none = No call actions yet.
call-new = New call action
call-form-title = Call action
call-field-title = Title
call-field-script = What to say (Markdown)
call-whom = Whom to call
call-whom-hint = Only decision-makers marked public are shown to supporters, with their numbers.
call-not-public = not public: not shown
call-save = Save
call-saved = The call action is saved.
call-reports-col = Calls reported
call-status-draft = Draft
call-status-open = Open
call-status-closed = Closed
call-outcome-reached = Reached
call-outcome-voicemail = Voicemail
call-outcome-no-answer = No answer
call-error-no-targets = Choose at least one decision-maker to call.
call-error-target = This decision-maker is not one of this action’s.
call-error-outcome = Say how the call went.
call-closed = This call action has ended. Thank you to everyone who called.
call-script = What to say
call-total = { $count-n ->
    [one] { $count } call reported so far.
   *[other] { $count } calls reported so far.
}
call-privacy = When you say how a call went, we keep only the outcome and, if you give it, your country: never your number, name or address.
call-nobody = Nobody to call here yet.
call-speaks = speaks
call-no-number = No number to call yet.
call-how = How did the call go?
call-your-country = Your country (optional)
call-country-unsaid = I’d rather not say
call-country-hint = Said once here, it goes with each call you report below: it counts your call in your country’s tally.
call-country-set = Use this country
call-report = Send
call-reported = Thank you: your call is counted.
call-by-country = Calls by callers’ country
target-calls-received = { $count-n ->
    [one] { $count } call reported to them.
   *[other] { $count } calls reported to them.
}
target-asked = What they were asked
target-watched = On the watch list
calls-open-heading = Call now
## Rapid response
alert-title = Raise an alert
alert-intro = A call action aimed at the people responsible, filled in from the item in every language of the campaign. Check it, then raise it: it goes live at once.
alert-raise = Raise the alert
alert-from-watch = Raise an alert from the watch list
watch-raise-alert = Raise an alert from this item
alert-live = The alert is live, { $seconds-n ->
    [one] { $seconds } second after it was raised.
   *[other] { $seconds } seconds after it was raised.
}
alert-live-col = From raise to live
alert-seconds = { $count-n ->
    [one] { $count } second
   *[other] { $count } seconds
}
alert-call-title = Call about “⁨{ $item }⁩”
alert-call-script = Good day. I am calling about “⁨{ $item }⁩”. I ask you to oppose it publicly and to refuse any step that supports or legitimises the Assad regime. Thank you.
audit-call-saved = Call action saved
audit-alert-raised = Alert raised
alert-mailing-legend = Mailing to supporters
alert-mailing-hint = Recorded with the alert now; it goes out once the campaign sends mailings.
alert-segment-none = No mailing: the campaign page only
alert-segment-consenting = Everyone who agreed to hear from the lead organisation
alert-segment-countries = Those of them in the countries of the people responsible
alert-message = Message
alert-mailing-text = Act now: “⁨{ $title }⁩”. Call the people responsible today from the campaign page.
