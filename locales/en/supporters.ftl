# Supporters: mail to them and their own pages (English).

email-error = This does not look like an email address. Check it and try again.
country-error = Choose a country from the list.
confirm-mail-subject = Confirm your signature: ⁨{ $title }⁩
confirm-mail-greeting-anonymous = Hello,
confirm-mail-intro = You signed the petition “⁨{ $title }⁩”. To confirm your signature, open the link below and press the button on that page. Until then your signature does not count.
confirm-mail-button = Confirm my signature
confirm-mail-ignore = { $count-n ->
    [one] If you did not sign, ignore this email: the signature will be deleted after { $count } day.
   *[other] If you did not sign, ignore this email: the signature will be deleted after { $count } days.
}
mail-own-page = See, download or erase your data
mail-unsubscribe = Unsubscribe
link-invalid = This link is not valid, or the data it points to has been erased.
unsubscribe-title = Unsubscribe
unsubscribe-explain = Press the button to withdraw every consent you gave to hear from the campaign's organisations.
unsubscribe-button = Unsubscribe
unsubscribe-done = You are unsubscribed: you will not get news from the campaign's organisations.
me-title = Your data
me-data-heading = What we hold about you
me-since = Since
me-download = Download all your data (JSON)
me-consents-heading = Organisations you agreed to hear from
me-no-consents = You have not agreed to hear from any organisation.
me-consent-given = agreed
me-consent-withdrawn = withdrawn
me-withdraw = Withdraw
me-signatures-heading = Your signatures
me-no-signatures = No signatures.
me-confirmed = confirmed
me-pending = not yet confirmed
me-erase-heading = Erase your data
me-erase-explain = This deletes your name, email, signatures, event answers, letters and consents for good. Your signatures will no longer count, and letters still waiting will not be sent. A letter already delivered is with its decision-maker: it stays counted, but we keep nothing of it.
me-erase-sure = Yes, erase everything about me
me-erase-button = Erase my data
me-erase-not-sure = Tick the box to confirm that you want to erase your data; nothing was erased.
me-erased-title = Your data is erased
me-erased = Everything we held about you has been deleted.
unsubscribe-home = Go to the campaign's home page
me-links-heading = Links to this page
me-links-explain = The link to this page works for 90 days after the email that brought it. If an email from us reached someone else, end every link sent so far: the next email from us brings a new one.
me-links-button = End every link to this page
me-links-ended-title = Links ended
me-links-ended = Every link to your page that we sent is ended, this one too. The next email from us brings a new one.
