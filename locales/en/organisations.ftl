# The coalition: organisations endorse the call, partner pages, organisations' staff.

## Endorsing (public)
endorse-title = Endorse the call as an organisation
endorse-intro = Unions, community groups, NGOs, parties and faith groups can endorse the call. After you confirm by email, the coordination reviews your endorsement; once approved, your organisation is listed and gets its own partner page.
endorse-about-organisation = Your organisation
endorse-about-contact = Contact person
endorse-contact-hint = We email this person to confirm the endorsement and to tell them our decision. Their name and email are never published and are stored encrypted.
endorse-field-name = Name of the organisation
endorse-field-kind = Kind of organisation
endorse-choose-kind = Choose a kind
endorse-field-country = Country
endorse-field-city = City (optional)
endorse-field-website_url = Website (optional)
endorse-field-logo = Logo (optional)
    .hint = PNG, JPEG, WebP or GIF, at most 2 MB. We store a clean copy: nothing but the picture is kept.
endorse-field-statement = Short statement (optional)
    .hint = Why your organisation endorses the call, in a few sentences. Shown on your partner page.
endorse-field-contact_name = Name
endorse-field-contact_email = Email
endorse-privacy = The organisation's name, kind, country, city, website, logo and statement are published once approved.
endorse-submit = Endorse the call
endorse-sent-title = Check your email
endorse-sent-check-mail = We sent an email to the contact person. Open the link in it to confirm the endorsement.
endorse-sent-next = After that, the coordination reviews the endorsement and answers by email.
endorse-confirm-title = Confirm the endorsement
endorse-confirm-intro = Please confirm that this organisation endorses the call:
endorse-confirm-button = Confirm the endorsement
endorse-confirm-done = Thank you: the endorsement is confirmed. The coordination will review it and answer by email.
endorse-confirm-invalid = This link is not valid. Please copy the whole link from the email.

org-kind-union = Unions
org-kind-community = Community groups
org-kind-ngo = NGOs
org-kind-party = Parties
org-kind-faith = Faith groups
org-kind-other = Other organisations
org-kind-union-one = Union
org-kind-community-one = Community group
org-kind-ngo-one = NGO
org-kind-party-one = Party
org-kind-faith-one = Faith group
org-kind-other-one = Other

org-error-website = Enter a web address starting with https:// or http://, such as https://example.org.
org-error-age-key = This is not an age public key. It starts with age1 and is one line, such as age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p.
image-error-empty = The file is empty.
image-error-too-large = The file is too large. Choose a picture of at most { $count } MB.
image-error-not-image = This file is not a picture we can read. Choose a PNG, JPEG, WebP or GIF file.
image-error-dimensions = The picture is too large in pixels. Choose a smaller one.
image-error-corrupt = The picture is damaged or incomplete. Choose another file.

## The public list and partner pages
endorsers-title = Organisations that endorse the call
endorsers-count = { $count-n ->
    [one] { $count } organisation endorses the call.
   *[other] { $count } organisations endorse the call.
}
partner-act = Act with us
partner-nothing-open = There is no open action right now.
partner-tally = { $count-n ->
    [one] { $count } action came through this page (signatures, letters, answers to events).
   *[other] { $count } actions came through this page (signatures, letters, answers to events).
}
sign-consent-partner-before = I agree that
sign-consent-partner-after = { "" } may contact me about this campaign.

## Moderation (staff)
orgs-moderation-title = Endorsements
org-status-filter = Endorsements by status
org-status-unconfirmed = Not yet confirmed
org-status-pending = To review
org-status-approved = Approved
org-status-rejected = Rejected
orgs-none = No endorsements here.
col-organisation = Organisation
col-received = Received
org-decided = Decision saved. The contact person gets an email.
org-detail-title = Endorsement
org-language = Language
org-logo = Logo
org-field-reason = Reason
    .hint = Required when rejecting: it is emailed to the contact person.
org-approve = Approve
org-reject = Reject
org-awaiting-contact = The contact person has not confirmed yet.

## An organisation's own pages (staff)
org-home-title = Our organisation
org-partner-page = Our partner page
org-referral = Referral code
org-supporters-title = Our supporters
org-supporters-count = { $count-n ->
    [one] { $count } supporter agreed to hear from us.
   *[other] { $count } supporters agreed to hear from us.
}
org-supporters-open = See the list
org-supporters-monthly = New supporters per month
col-month = Month
col-supporters = Supporters
col-consented = Agreed on
org-search-found = Found.
org-search-none = Nobody with this email agreed to hear from us.
org-export-sealed = The file is encrypted with our public key: only our private key opens it. Every export is recorded in the audit log.
org-page-title = Partner page
org-field-statement = Short statement
org-field-page_md = Text of the page
    .hint = Markdown: **bold**, *italic*, links, lists. No pictures.
org-field-call_to_action = Call to action (a heading above the campaign's actions)
org-field-age = Public key for exports
    .hint = An age public key (age1…). With a key, exports are encrypted to it and never exist in clear on the server. Leave empty to remove it.

## Mails to an organisation's contact
endorse-mail-subject = Please confirm: ⁨{ $organisation }⁩ endorses “⁨{ $campaign }⁩”
endorse-mail-intro = Someone endorsed the call “⁨{ $campaign }⁩” for ⁨{ $organisation }⁩ with this email address as contact.
endorse-mail-button = Confirm the endorsement
endorse-mail-ignore = If this was not you, ignore this email: nothing is published without confirmation.
org-approved-mail-subject = ⁨{ $organisation }⁩ now endorses “⁨{ $campaign }⁩”
org-approved-mail-intro = Thank you: the coordination approved the endorsement of ⁨{ $organisation }⁩. It is listed among the organisations that endorse the call.
org-approved-mail-next = Your partner page is ready: actions taken through it are credited to your organisation.
org-approved-mail-link = Open the partner page
org-rejected-mail-subject = About the endorsement of ⁨{ $organisation }⁩
org-rejected-mail-intro = The coordination of “⁨{ $campaign }⁩” did not approve the endorsement of ⁨{ $organisation }⁩.
org-rejected-mail-reason = The reason given:

## Audit log and jobs
audit-org-approved = Endorsement approved
audit-org-rejected = Endorsement rejected
audit-org-page-saved = Partner page saved
audit-org-key-set = Export key registered
audit-org-key-removed = Export key removed
audit-org-supporters-read = Supporters read (page)
audit-org-supporters-searched = Supporters searched by email
audit-org-supporters-exported = Supporters exported
job-kind-organisation-mail = Email to an organisation's contact
endorsers-see = See the list
org-export-csv = Export our supporters (CSV)
detail-consent-partner = May contact you about this campaign
form-error-rate = Too many forms were sent from here just now. Please wait a minute and try again.
endorse-logo-again = If you chose a logo, choose it again: files are not kept when a form is refused.
org-decided-nothing = Nothing changed: the endorsement was already in that state, or is not confirmed yet.
