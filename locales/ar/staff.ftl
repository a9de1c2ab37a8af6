# Staff sign-in and password (Arabic).

login-title = تسجيل دخول فريق العمل
login-name = اسم المستخدم
login-password = كلمة المرور
login-submit = تسجيل الدخول
login-error = اسم المستخدم أو كلمة المرور غير صحيحة.
login-locked = محاولات فاشلة كثيرة. حاولوا مجددًا بعد { $minutes-n ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقةً
   *[other] { $minutes } دقيقة
}.
logout = تسجيل الخروج
password-title = تغيير كلمة المرور
password-intro = تغيير كلمة المرور يُخرجكم من جميع الجلسات على كل الأجهزة.
password-current = كلمة المرور الحالية
password-new = كلمة المرور الجديدة
password-hint = { $count-n ->
    [zero] { $count } حرف على الأقل، وأفضل كلمة مرور بضع كلمات لا رابط بينها.
    [one] حرف واحد على الأقل، وأفضل كلمة مرور بضع كلمات لا رابط بينها.
    [two] حرفان على الأقل، وأفضل كلمة مرور بضع كلمات لا رابط بينها.
    [few] { $count } أحرف على الأقل، وأفضل كلمة مرور بضع كلمات لا رابط بينها.
    [many] { $count } حرفًا على الأقل، وأفضل كلمة مرور بضع كلمات لا رابط بينها.
   *[other] { $count } حرف على الأقل، وأفضل كلمة مرور بضع كلمات لا رابط بينها.
}
password-repeat = كلمة المرور الجديدة مرة أخرى
password-submit = تغيير كلمة المرور
password-mismatch = كلمتا المرور الجديدتان غير متطابقتين.
password-wrong = كلمة المرور الحالية غير صحيحة.
password-changed = تم تغيير كلمة المرور. سجّلوا الدخول بكلمة المرور الجديدة.
form-error-login = اسم المستخدم من ٣ إلى ٦٤ حرفًا لاتينيًا صغيرًا (a-z) أو أرقامًا أو نقاطًا أو شرطات أو شرطات سفلية (_).
form-error-password-short = يجب ألا تقل كلمة المرور عن { $count-n ->
    [zero] { $count } حرف
    [one] حرف واحد
    [two] حرفين
    [few] { $count } أحرف
    [many] { $count } حرفًا
   *[other] { $count } حرف
}.
