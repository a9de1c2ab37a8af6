## Letters to decision-makers
letters-title = Letters to decision-makers
letters-new = New letter action
letters-none = No letter actions yet.
letters-saved = The letter action is saved.
letter-form-title = Letter action
letters-delivery = Delivery
letter-mode-spread = Spread over their working hours
letter-mode-digest = One digest a day
letters-per-hour = At most this many letters an hour to one decision-maker
letters-day-start = Working day starts at (hour, their time)
letters-day-end = Working day ends at (hour, their time)
letters-test-mode = Test mode: each letter goes to its writer, not to the decision-maker
letters-bounces = Refused by the receiving server
letter-status-pending = Waiting for the writer to confirm
letter-status-queued = Waiting for their slot
letter-status-sent = Delivered
letter-status-bounced = Refused
letter-status-stopped = Stopped (the action closed or the decision-maker left it)
letter-field-subject = Subject
letter-field-body = Your letter
    .hint = Make it yours: change what you like, but keep the campaign’s demands. The decision-maker reads it with your name and city.
letter-field-city = Your city (optional)
letters-to = To whom
letters-routing = Your letter goes to the decision-makers of your country, or to those you choose below.
letters-choose = Choose whom to write to (optional)
letters-choose-hint = If none is of your country, choose at least one.
letters-write = Write your letter
letters-privacy = We email you a link to confirm. Your letter goes only after you confirm, one letter to each decision-maker, with your name and city; your email address is never shown to them.
letters-send = Send my letter
letters-closed = This letter action has ended. Thank you to everyone who wrote.
letters-delivered = { $count-n ->
    [one] { $count } letter delivered so far.
   *[other] { $count } letters delivered so far.
}
letters-delivered-short = { $count-n ->
    [one] { $count } letter
   *[other] { $count } letters
}
letters-by-country = Letters by writers’ country:
letter-check-mail = Thank you. Check your mail: your letter goes once you confirm it.
letter-confirm-title = Confirm your letter
letter-confirm-intro = { $count-n ->
    [one] Press the button to send your letter.
   *[other] Press the button to send your { $count } letters.
}
letter-confirmed = { $count-n ->
    [one] Confirmed: your letter goes to its decision-maker in their working hours.
   *[other] Confirmed: your { $count } letters go to their decision-makers in their working hours.
}
letter-confirm-done = These letters are confirmed already, or no longer wait.
letter-confirm-replaced = This link no longer sends anything: the letter was written again since (the link in the newest mail sends it), or it waited too long to be confirmed. You can write it again from the campaign’s page.
letter-confirm-closed = This letter action has ended, so your letter will not be sent. Thank you for writing.
letter-error-number = Write a whole number up to { $count }.
letter-error-hours = The working day must end after it starts.
letter-error-emptied = Keep the campaign’s demands: too much of its text has gone.
letter-error-choose = No decision-maker of this letter is of your country: choose at least one.
letter-mail-confirm-subject = Confirm your letter
letter-mail-confirm-intro = { $count-n ->
    [one] You wrote a letter to a decision-maker. It goes once you confirm it.
   *[other] You wrote { $count } letters to decision-makers. They go once you confirm them.
}
letter-mail-confirm-button = Send my letter
letter-mail-from = Letter from { $signed } ({ $country }), sent through the campaign “⁨{ $campaign }⁩”:
letter-mail-digest-subject = { $count-n ->
    [one] { $count } letter from the campaign “⁨{ $campaign }⁩”
   *[other] { $count } letters from the campaign “⁨{ $campaign }⁩”
}
letter-mail-digest-intro = { $count-n ->
    [one] Dear Sir or Madam, please find below { $count } letter sent to you today through the campaign “⁨{ $campaign }⁩”.
   *[other] Dear Sir or Madam, please find below { $count } letters sent to you today through the campaign “⁨{ $campaign }⁩”.
}
audit-letters-saved = Letter action saved
job-kind-letter-confirm = Email asking a writer to confirm their letter
job-kind-letter-send = A letter to a decision-maker
job-kind-letter-digest = A day’s letters to a decision-maker
letters-open-heading = Write now
letter-demo-subject = Open your borders to refugees from Syria
letter-demo-body =
    Dear Minister,

    The Assad regime and its allies are bombing Idlib, and hundreds of thousands of people have fled towards a closed border. I ask you to open your country’s borders to refugees from Syria, to stop every deportation to Syria, and to refuse any step that supports or legitimises the Assad regime.

    Yours sincerely,
alert-letter-title = Raise a letter alert
alert-letter-intro = A letter action to the people responsible, filled in from the item in every language of the campaign. Check it, then raise it: it goes live at once.
watch-raise-letter-alert = Raise a letter alert from this item
alert-letter-subject = About “⁨{ $item }⁩”
alert-letter-body =
    Dear Sir or Madam,

    I am writing to you about “⁨{ $item }⁩”. I ask you to oppose it publicly and to refuse any step that supports or legitimises the Assad regime.

    Yours faithfully,
letter-error-links = Links are not allowed here: a decision-maker’s mail is no place for them.
letter-recipient-hidden = a decision-maker
letter-signed = Signed
letter-error-too-many = Choose at most { $count }.
letter-error-no-targets = Choose at least one decision-maker to write to.
letter-error-no-public-targets = An open letter action needs at least one decision-maker marked public: letters go only to decision-makers writers can see.

## The writer's own page
me-letters-heading = Letters you wrote to decision-makers
me-no-letters = You have not written any letter.
me-letter-to = To
me-letter-pending = Waiting for you to confirm it
me-letter-queued = Confirmed, waiting for its time to go
me-letter-sent = Delivered
me-letter-bounced = Refused by the decision-maker’s mail server
me-letter-stopped = Not sent: the action ended, or this decision-maker was taken off it
