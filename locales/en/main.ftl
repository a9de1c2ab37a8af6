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
fallback-note = Parts of this page are not yet translated into English; they are shown in { $language }.
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
