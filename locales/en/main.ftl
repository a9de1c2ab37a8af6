# tadamun interface strings: English.
# Numbers arrive already formatted ($count); plural selectors use the raw number ($count-n).

site-name = tadamun
skip-to-content = Skip to content
language-switcher = Language
staff-nav = Staff
footer-privacy = This site keeps no record of your IP address, sets no tracking cookies and loads nothing from other sites.
list-separator = {", "}
language-ar = Arabic
language-en = English

## Errors
error-code = Error code
back-home = Go to the home page
error-not-found = There is no page at this address. Check the address, or start again from the home page.
    .title = Page not found
error-forbidden = This form could not be accepted: it may have been open too long, or sent from another site. Go back, reload the page and try again.
    .title = Not allowed
error-too-large = What you sent is larger than this site accepts. Shorten it and try again.
    .title = Too large
error-bad-request = The request could not be understood.
    .title = Bad request
error-method = This address does not accept that kind of request.
    .title = Not allowed here
error-internal = Something went wrong on our side. Nothing you typed is lost if you go back; please try again in a moment.
    .title = Something went wrong

## Public pages
home-heading = Campaigns
home-empty = No campaign has been published yet.
campaign-count = { $count-n ->
    [one] { $count } campaign
   *[other] { $count } campaigns
}
pager-label = Pages
pager-previous = Previous page
pager-next = Next page
pager-position = Page { $page } of { $pages }
fallback-note = Parts of this page are not yet translated into { $target }; they are shown in { $language }.
share-heading = Share this call

## Sign-in and password
login-title = Staff sign-in
login-name = Sign-in name
login-password = Password
login-submit = Sign in
login-error = The sign-in name or password is not right.
login-locked = Too many failed attempts. Try again in { $minutes-n ->
    [one] one minute
   *[other] { $minutes } minutes
}.
logout = Sign out
password-title = Change password
password-intro = Changing your password signs you out everywhere, on every device.
password-current = Current password
password-new = New password
password-hint = At least { $count } characters. A few unrelated words make a good one.
password-repeat = New password again
password-submit = Change password
password-mismatch = The two new passwords are not the same.
password-wrong = The current password is not right.
password-changed = Your password has been changed. Sign in with the new one.

## Coordinators
dashboard-title = Campaigns
dashboard-empty = There are no campaigns yet.
new-campaign-title = New campaign
col-campaign = Campaign
col-status = Status
col-languages = Languages
col-language = Language
col-missing = Missing text
col-updated = Last edited
col-actions = Actions
status-published = Published
status-draft = Draft, not public
overview-title = Campaign
view-public = View the public page
publish = Publish
unpublish = Unpublish
publish-error-incomplete = Before publishing, write at least the title and the call in { $language }, the campaign's default language.
texts-heading = Texts per language
default-tag = default
not-offered-tag = not offered
text-complete = Complete
edit = Edit
preview = Preview
settings-heading = Settings
save = Save
create = Create campaign
save-and-preview = Save and preview
notice-saved = Saved.
form-has-errors = Please correct the following
field-slug = Web address name
    .hint = Used in the address: /c/name. 3 to 60 lower-case letters a-z, digits and hyphens.
field-languages = Languages offered
field-default-language = Default language
    .hint = Readers see it where a translation is missing.
edit-title = Edit texts
edit-heading = Texts in { $language }
field-title = Title
    .hint = A short headline.
field-summary = Summary
    .hint = One or two sentences shown under the title and in lists.
field-call = The call
    .hint = Markdown: # heading, **bold**, *italic*, [link](https://…), lists with - or 1.
field-share = Share text
    .hint = A sentence people can copy when they share the campaign.
field-lead-org = Lead organisation
    .hint = The organisation that leads the campaign, as supporters should read its name: they consent to hear from it by this name.
chars-max = At most { $count } characters.
source-heading = For reference: the text in { $language }
preview-title = Preview
preview-banner = Preview.
preview-language = This is how the page looks in { $language }; readers see it only once the campaign is published.
preview-back = Back to the campaign

## Form errors
form-error-required = This field is required.
form-error-too-long = This is too long.
form-error-too-long-n = This is too long: at most { $count } characters.
form-error-bidi = This contains invisible direction-control characters, which can make text read as something else. Remove them and type the text again.
form-error-control = This contains invisible control characters. Remove them and type the text again.
form-error-single-line = This must be a single line.
form-error-login = A sign-in name is 3 to 64 letters a-z, digits, dots, hyphens or underscores.
form-error-password-short = A password must have at least 12 characters.
form-error-slug = Use 3 to 60 lower-case letters a-z, digits and single hyphens, not starting or ending with a hyphen.
form-error-slug-reserved = This name is reserved; choose another.
form-error-slug-taken = Another campaign already uses this name.
form-error-language = Choose languages from the list.

## Facts
facts-title = Facts and figures
facts-heading = The facts
facts-all = All facts, with their history and sources
facts-intro = Each figure with the date it refers to and its source. The data is free to reuse:
facts-json = all series as JSON
facts-none = No facts have been recorded yet.
facts-table-caption = Every value, newest first
facts-csv = Download this series as CSV
facts-manage = Facts and figures
fact-as-of = as of { $date }
fact-source = Source:
col-date = Date
col-value = Value
col-source = Source
col-note = Note
col-points = Values
col-when = When
col-who = By
col-change = Change
col-before = Before
col-reason = Reason
yes = Yes
no = No
facts-new-title = New series
facts-series-title = Series
field-label = Label
field-place = Place it is about
field-unit = Unit
field-currency = Currency
    .hint = Three-letter code such as SYP, TRY or USD; for prices only.
field-headline = Show on the campaign page
field-position = Order on the page (0 comes first)
field-value = Value
    .hint = Digits, with a point for decimals: 30000 or 1.25.
field-qualifier = How exact
field-low = Lower value
    .hint = Only for a range: the smaller number.
field-date = Date
    .hint = YYYY-MM-DD, for example 2019-12-27.
field-day = Date it refers to
field-source_title = Source title
field-source_publisher = Publisher
field-source_url = Link to the source
field-source_published = Date the source was published
field-note = Note
field-reason = Reason for the change
points-heading = Values
points-none = No values yet.
point-withdrawn = withdrawn
point-correct = Correct
point-add-heading = Add a value
point-add = Add value
import-heading = Import from CSV
import-intro = Paste a CSV file with these columns (the first line names them; date, value and source_title are required). Every line is checked first: if one is wrong, nothing is imported.
import-label = CSV text
import-submit = Import
import-refused = Nothing was imported. Correct these lines and import again:
notice-imported = Imported.
history-heading = History of changes
history-none = No value has been corrected or withdrawn.
history-corrected = corrected
history-withdrawn = withdrawn
point-title = Correct or withdraw a value
point-current = Now:
point-correct-intro = The value as it is now stays in the history, with your name and your reason.
point-correct-submit = Save correction
point-withdraw = Withdraw
point-withdraw-intro = A withdrawn value is no longer shown or charted; it stays in the history.
point-withdraw-submit = Withdraw this value
chart-desc = { $count-n ->
    [one] One value, on { $first }: { $latest }.
   *[other] { $count } values from { $first } to { $last }; the latest is { $latest }.
}
csv-line = Line { $line }: { $message }
csv-line-column = Line { $line }, column { $column }: { $message }
unit-people = { $value-n ->
    [one] { $value } person
   *[other] { $value } people
}
unit-households = { $value-n ->
    [one] { $value } household
   *[other] { $value } households
}
unit-count = { $value }
unit-percent = { $value }%
unit-currency = { $value } { $currency }
unit-currency-per-litre = { $value } { $currency } per litre
unit-currency-per-kg = { $value } { $currency } per kg
unit-name-people = people
unit-name-households = households
unit-name-count = a number of things
unit-name-percent = percentage
unit-name-currency = an amount of money
unit-name-currency-per-litre = a price per litre
unit-name-currency-per-kg = a price per kilogram
qualifier-exact = { $value }
qualifier-about = about { $value }
qualifier-more-than = more than { $value }
qualifier-up-to = up to { $value }
qualifier-range = { $low } to { $value }
qualifier-name-exact = exactly
qualifier-name-about = about
qualifier-name-more-than = more than
qualifier-name-up-to = up to
qualifier-name-range = a range (lower value to value)
fact-error-value-required = Enter a value.
fact-error-value = Write the value with digits only, and a point for decimals (for example 30000 or 1.25).
fact-error-value-size = This number has too many digits.
fact-error-date-required = Enter the date.
fact-error-date = Write the date as YYYY-MM-DD, for example 2019-12-27.
fact-error-future = This date is in the future.
fact-error-negative = A count cannot be negative.
fact-error-range = The lower value must be smaller than the value.
fact-error-low-without-range = A lower value is only for ranges: choose "a range" or leave it empty.
fact-error-qualifier = Choose how exact the value is from the list.
fact-error-url = A source link must start with http:// or https:// and name a site.
fact-error-unit = Choose a unit from the list.
fact-error-currency = Give the currency as its three-letter code, such as SYP.
fact-error-position = The order is a whole number from 0 to 10000.
point-error-changed = Someone changed this value while you were editing it. Look at it again, then make your change.
point-error-unchanged = Nothing was changed.
point-error-already-withdrawn = This value has been withdrawn already.
csv-error-header = The first line must name the columns.
csv-error-unknown-column = The first line names a column this import does not know.
csv-error-missing-column = This required column is missing.
csv-error-too-many = Too many lines: import at most 5,000 at a time.
csv-error-row = This line has a different number of cells from the first line.
csv-error-empty = There are no lines to import.
form-error-conflict = Someone else saved this text while you were editing it. What you typed is below, unchanged; open the preview in another tab to see their version, then save again to replace it with yours.

## Mail
mail-test-subject = tadamun: test mail
mail-test-body = This is a test mail from tadamun. If you can read it, mail from the campaign reaches this address.

## Supporters
email-error = This does not look like an email address. Check it and try again.
country-error = Choose a country from the list.

## Jobs
jobs-title = Mail and background work
jobs-intro = Mails and other work are done in the background and tried again when they fail. Here is what is waiting and what failed.
jobs-troubled = Failed work
jobs-none-waiting = Nothing is waiting.
jobs-none-failed = Nothing has failed.
jobs-col-kind = Kind
jobs-col-attempts = Attempts
jobs-col-error = Last error
jobs-retry = Try again now
jobs-retried = It will be tried again in a moment.
jobs-next-try = next try { $date }
job-state-queued = waiting
job-state-running = running
job-state-dead = failed for good
form-token-bad = This form could not be checked. Reload the page and send it again.
form-token-fast = That was quicker than a person can fill in this form. Check what you entered and send it again.
form-token-expired = This form was open too long. Check what you entered and send it again.
form-token-reused = This form has been sent already.
error-stale-form = This form was opened before your last sign-in, so it could not be accepted. Nothing was saved.
    .title = The form has expired
error-session-ended = Your session ended while this form was open, so nothing was saved. Sign in again, open the form again, and paste back what you typed.
    .title = Your session has ended
recovered-heading = What you typed
recovered-intro = Nothing is lost: copy it from here into the form.

## Petitions (public)
campaign-petitions = Petitions
petition-back-to-campaign = Back to the campaign
petition-to = To:
petition-signatures-heading = Signatures
petition-goal = of a goal of { $count }
petition-by-country = Signatures by country
col-country = Country
col-signatures = Signatures
petition-closed = This petition is closed: it no longer takes signatures.
petition-comments = What signers say
sign-heading = Sign this petition
sign-field-name = Your name
sign-field-email = Your email
    .hint = We send you a link to confirm your signature. Your email is never shown to anyone.
sign-field-country = Country
sign-choose-country = Choose your country
sign-field-city = City (optional)
sign-field-comment = A comment (optional, shown on this page without your name)
    .hint = At most 500 characters.
sign-consent-before = Send me news of the campaign from
sign-consent-after = .
sign-honeypot = Leave this field empty
sign-privacy = Your name, email, city and comment are stored encrypted; your address on the internet is never stored. From the mail we send you can see, download or erase your data at any time.
sign-submit = Sign
sign-error-rate = Too many signatures have come from your connection in the last minute. Wait a minute and send the form again; what you typed is still here.
thanks-title = Check your mail
thanks-check-mail = Thank you. We have sent you a mail with a link: open it and press the button to confirm your signature. Until then your signature does not count.
thanks-deleted-after = { $count ->
    [one] A signature that is not confirmed is deleted after { $count } day.
   *[other] A signature that is not confirmed is deleted after { $count } days.
}
thanks-no-mail = No mail after a few minutes? Look in your spam folder, or sign again with the same email to get a new one (at most three a day).
thanks-back = Back to the petition
confirm-title = Confirm your signature
confirm-explain = Press the button to confirm your signature on this petition. Only confirmed signatures count.
confirm-button = Confirm my signature
confirm-already = Your signature is confirmed and counts. Thank you.
confirm-invalid = This link is not valid, or it is too old: signatures that are not confirmed in time are deleted. You can sign the petition again.
confirm-done = Thank you: your signature is confirmed and counts.

## Mail to supporters
confirm-mail-subject = Confirm your signature: { $title }
confirm-mail-greeting = Hello { $name },
confirm-mail-greeting-anonymous = Hello,
confirm-mail-intro = you signed the petition “{ $title }”. To confirm your signature, open the link below and press the button on that page. Until then your signature does not count.
confirm-mail-button = Confirm my signature
confirm-mail-ignore = { $count ->
    [one] If you did not sign, ignore this mail: the signature will be deleted after { $count } day.
   *[other] If you did not sign, ignore this mail: the signature will be deleted after { $count } days.
}
mail-own-page = See, download or erase your data
mail-unsubscribe = Unsubscribe

## A supporter's own pages
link-invalid = This link is not valid, or the data it points to has been erased.
unsubscribe-title = Unsubscribe
unsubscribe-explain = Press the button to withdraw every consent you gave to hear from the campaign's organisations.
unsubscribe-button = Unsubscribe
unsubscribe-done = You are unsubscribed: you will not get news from the campaign's organisations.
me-title = Your data
me-data-heading = What we hold about you
me-since = Since
me-download = Download all your data (JSON)
me-consents-heading = Whom you agreed to hear from
me-no-consents = You have not agreed to hear from any organisation.
me-consent-given = agreed
me-consent-withdrawn = withdrawn
me-withdraw = Withdraw
me-signatures-heading = Your signatures
me-no-signatures = No signatures.
me-confirmed = confirmed
me-pending = not yet confirmed
me-erase-heading = Erase your data
me-erase-explain = This deletes your name, email, signatures and consents for good. Your signatures will no longer count.
me-erase-sure = Yes, erase everything about me
me-erase-button = Erase my data
me-erase-not-sure = Tick the box to confirm that you want to erase your data; nothing was erased.
me-erased-title = Your data is erased
me-erased = Everything we held about you has been deleted.

## Petitions (coordinators)
petitions-manage = Petitions
petitions-title = Petitions
petitions-none = No petitions yet.
col-title = Title
col-pending = Not yet confirmed
col-confirmed = Confirmed
col-signed = Signed
col-what = What
petition-new = New petition
field-goal = Goal (number of signatures)
petition-create = Create the petition
petition-overview-title = Petition
petition-status-draft = Draft: not public
petition-status-open = Open: taking signatures
petition-status-closed = Closed
petition-open = Open for signatures
petition-close = Close
petition-error-goal = Write a whole number from 1 to 1,000,000,000.
petition-error-incomplete = Before opening, write at least the title, addressee and text in { $language }, the campaign's default language.
petition-error-slug-taken = This campaign already has a petition with this name.
text-missing = not written yet
petition-text-title = Petition text
petition-field-title = Title
petition-field-addressee = Addressed to
    .hint = The people or body the petition asks to act.
petition-field-body = Text
signatures-title = Signatures
signatures-search = Find a signature by email
    .hint = The exact address; capitals and spaces do not matter.
signatures-search-button = Find
signatures-not-found = No signature of this petition has this email.
export-csv = Export all signatures (CSV)
export-recorded = Every export is recorded in the audit log, with your name.
audit-title = Audit log
audit-explain = Every export of supporters' data, with who made it and when.
audit-empty = Nothing has been exported yet.
audit-export-signatures = Signatures exported
