# Staff sign-in and password (English).

login-title = Staff sign-in
login-name = Sign-in name
login-password = Password
login-submit = Sign in
login-error = The sign-in name or password is not right.
login-error-rate = Too many sign-in attempts have come from your connection in the last minute. Wait a minute and try again.
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
form-error-login = A sign-in name is 3 to 64 letters a-z, digits, dots, hyphens or underscores.
form-error-password-short = A password must have at least { $count } characters.

## Roles
role-coordinator = Coordinator
role-moderator = Moderator
role-org-admin = Organisation admin
role-org-staff = Organisation staff

## Second factor at sign-in
code-title = Two-factor sign-in
code-intro = Type the 6-digit code your authenticator app shows now, or one of your recovery codes.
code-label = Code
code-hint = For example 287082. A recovery code looks like k7qf-2mzp-9d.
code-error = This code is not right, or it was used already. Type the code your app shows now.

## Security page
security-title = Sign-in and security
sessions-title = Where you are signed in
sessions-ended = The session has ended.
col-signed-in = Signed in
col-last-seen = Last active
session-this = This browser
session-end = End this session
sessions-end-others = End every other session
two-factor-title = Two-factor sign-in
two-factor-is-on = Two-factor sign-in is on.
two-factor-is-off = Two-factor sign-in is off. With it, a stolen password alone does not open your account.
two-factor-set-up = Set up two-factor sign-in
two-factor-step-app = Install an authenticator app on your phone (for example Aegis, FreeOTP or Google Authenticator).
two-factor-step-scan = Scan this code with the app:
two-factor-step-secret = Or type this key into the app:
two-factor-step-code = Type the code the app shows, to check that it works.
two-factor-qr-label = QR code for your authenticator app
two-factor-turn-on = Turn on two-factor sign-in
two-factor-on = Two-factor sign-in is now on.
two-factor-required-notice = The coordination requires two-factor sign-in for every account. Set it up to continue.
recovery-codes-once = Keep these recovery codes somewhere safe. Each works once, instead of a code, if you lose your phone. They are shown only now.
recovery-codes-left = { $count-n ->
    [one] { $count } recovery code left.
   *[other] { $count } recovery codes left.
}

## Accounts and invitations
accounts-title = Staff accounts
col-role = Role
account-active = Active
account-disabled = Disabled
account-disable = Disable
account-enable = Enable again
invite-title = Invite someone
invite-field-email = Their email
    .hint = We send the invitation to this address and do not keep it.
invite-field-role = Role
invite-field-organisation = Organisation
    .hint = Required for an organisation's admin or staff.
invite-field-mail_lang = Language of the invitation
invite-submit = Send the invitation
invite-sent = The invitation was sent.
invite-error-mail = The invitation could not be sent. Check the address and try again.
invite-accept-intro = You are invited to join as { $role }. Choose a sign-in name and a password.
invite-login-hint = 3 to 64 characters: a–z, 0–9, dot, dash, underscore.
invite-accept = Create my account
invite-invalid = This invitation is not valid: it was used already, it expired, or the link is incomplete.
invite-error-login-taken = This sign-in name is taken. Choose another.
invite-done = Your account is ready. Sign in.
invite-mail-subject = You are invited to join the campaign's team
invite-mail-intro = You are invited to join as { $role }. Open the link to choose your sign-in name and password.
invite-mail-expires = { $count-n ->
    [one] The link works for { $count } day.
   *[other] The link works for { $count } days.
}
invite-mail-button = Accept the invitation
two-factor-required-on = Every account must sign in with two factors.
two-factor-required-off = Two-factor sign-in is optional.
two-factor-require-on = Require it of every account
two-factor-require-off = Make it optional

## Audit log
audit-staff-invited = Invitation sent
audit-staff-role-changed = Role changed
audit-staff-disabled = Account disabled
audit-staff-enabled = Account enabled again
audit-staff-two-factor-on = Two-factor sign-in turned on
audit-two-factor-required = Two-factor sign-in required of everyone
audit-two-factor-optional = Two-factor sign-in made optional
audit-staff-two-factor-reset = Two-factor sign-in reset
two-factor-reset = Reset
invite-context-site = The site: { $site }
invite-context-organisation = The organisation: { $organisation }
invite-page-organisation = The organisation:
