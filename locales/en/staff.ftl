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
