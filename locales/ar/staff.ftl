# Staff sign-in and password (Arabic).

login-title = تسجيل دخول فريق العمل
login-name = اسم المستخدم
login-password = كلمة المرور
login-submit = تسجيل الدخول
login-error = اسم المستخدم أو كلمة المرور غير صحيحة.
login-error-rate = وصلت من اتصالكم محاولات دخول كثيرة جدًا في الدقيقة الأخيرة. انتظروا دقيقة ثم حاولوا من جديد.
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

## Roles
role-coordinator = المنسّقون
role-moderator = المشرفون
role-org-admin = مسؤولو المنظمة
role-org-staff = فريق عمل المنظمة

## Second factor at sign-in
code-title = التحقق بخطوتين
code-intro = اكتبوا الرمز المكوّن من ٦ أرقام الذي يعرضه تطبيق المصادقة الآن، أو أحد رموز الاسترداد.
code-label = الرمز
code-hint = مثلًا ⁨287082⁩. ويبدو رمز الاسترداد هكذا: ⁨k7qf-2mzp-9d⁩.
code-error = هذا الرمز غير صحيح، أو سبق استخدامه. اكتبوا الرمز الذي يعرضه التطبيق الآن.

## Security page
security-title = تسجيل الدخول والأمان
sessions-title = أين سجّلتم الدخول
sessions-ended = انتهت الجلسة.
col-signed-in = وقت تسجيل الدخول
col-last-seen = آخر نشاط
session-this = هذا المتصفح
session-end = إنهاء هذه الجلسة
sessions-end-others = إنهاء كل الجلسات الأخرى
two-factor-title = التحقق بخطوتين
two-factor-is-on = التحقق بخطوتين مفعّل.
two-factor-is-off = التحقق بخطوتين غير مفعّل. حين يكون مفعّلًا لا تكفي كلمة مرور مسروقة وحدها لفتح حسابكم.
two-factor-set-up = إعداد التحقق بخطوتين
two-factor-step-app = ثبّتوا تطبيق مصادقة على هواتفكم (مثل Aegis أو FreeOTP أو Google Authenticator).
two-factor-step-scan = امسحوا هذا الرمز بالتطبيق:
two-factor-step-secret = أو اكتبوا هذا المفتاح في التطبيق:
two-factor-step-code = اكتبوا الرمز الذي يعرضه التطبيق، للتأكد من أن كل شيء يعمل.
two-factor-qr-label = رمز QR لتطبيق المصادقة
two-factor-turn-on = تفعيل التحقق بخطوتين
two-factor-on = صار التحقق بخطوتين مفعّلًا.
two-factor-required-notice = يشترط المنسّقون التحقق بخطوتين في كل الحسابات. فعّلوه لتتمكّنوا من المتابعة.
recovery-codes-once = احفظوا رموز الاسترداد هذه في مكان آمن. إن فقدتم هاتفكم يصلح كل رمز منها مرة واحدة بدلًا من رمز التطبيق. لن تُعرض إلا الآن.
recovery-codes-left = { $count-n ->
    [zero] لم يبقَ أي رمز استرداد.
    [one] بقي رمز استرداد واحد.
    [two] بقي رمزا استرداد.
    [few] بقيت { $count } رموز استرداد.
    [many] بقي { $count } رمزَ استرداد.
   *[other] بقي { $count } رمز استرداد.
}

## Accounts and invitations
accounts-title = حسابات فريق العمل
col-role = الدور
account-active = نشط
account-disabled = معطَّل
account-disable = تعطيل
account-enable = إعادة التفعيل
invite-title = دعوة شخص
invite-field-email = البريد الإلكتروني للشخص المدعو
    .hint = نرسل الدعوة إلى هذا العنوان ولا نحتفظ به.
invite-field-role = الدور
invite-field-organisation = المنظمة
    .hint = مطلوبة لمسؤولي المنظمة أو فريق عملها.
invite-field-mail_lang = لغة الدعوة
invite-submit = إرسال الدعوة
invite-sent = أُرسلت الدعوة.
invite-error-mail = تعذّر إرسال الدعوة. تحقّقوا من العنوان وحاولوا مجددًا.
invite-accept-intro = دُعيتم إلى الانضمام إلى فريق العمل، ودوركم فيه: { $role }. اختاروا اسم مستخدم وكلمة مرور.
invite-login-hint = من ٣ إلى ٦٤ حرفًا، من الأحرف اللاتينية الصغيرة (⁨a–z⁩) والأرقام (⁨0–9⁩) والنقطة والشرطة والشرطة السفلية (⁨_⁩).
invite-accept = إنشاء حسابي
invite-invalid = هذه الدعوة غير صالحة: سبق استخدامها، أو انتهت صلاحيتها، أو أن الرابط ناقص.
invite-error-login-taken = اسم المستخدم هذا مأخوذ. اختاروا اسمًا آخر.
invite-done = حسابكم جاهز. سجّلوا الدخول.
invite-mail-subject = دعوة إلى الانضمام إلى فريق عمل الحملة
invite-mail-intro = دُعيتم إلى الانضمام إلى فريق عمل الحملة، ودوركم فيه: { $role }. افتحوا الرابط لاختيار اسم المستخدم وكلمة المرور.
invite-mail-expires = { $count-n ->
    [zero] يعمل الرابط مدة { $count } يوم.
    [one] يعمل الرابط مدة يوم واحد.
    [two] يعمل الرابط مدة يومين.
    [few] يعمل الرابط مدة { $count } أيام.
    [many] يعمل الرابط مدة { $count } يومًا.
   *[other] يعمل الرابط مدة { $count } يوم.
}
invite-mail-button = قبول الدعوة
two-factor-required-on = كل الحسابات ملزمة بالتحقق بخطوتين عند تسجيل الدخول.
two-factor-required-off = التحقق بخطوتين اختياري.
two-factor-require-on = فرضه على كل الحسابات
two-factor-require-off = جعله اختياريًا

## Audit log
audit-staff-invited = إرسال دعوة
audit-staff-role-changed = تغيير دور
audit-staff-disabled = تعطيل حساب
audit-staff-enabled = إعادة تفعيل حساب
audit-staff-two-factor-on = تفعيل التحقق بخطوتين
audit-two-factor-required = فرض التحقق بخطوتين على الجميع
audit-two-factor-optional = جعل التحقق بخطوتين اختياريًا
audit-staff-two-factor-reset = إعادة ضبط التحقق بخطوتين
two-factor-reset = إعادة الضبط
invite-context-site = الموقع: ⁨{ $site }⁩
invite-context-organisation = المنظمة: ⁨{ $organisation }⁩
invite-page-organisation = المنظمة:
