# نصوص واجهة تضامن: العربية.
# تصل الأعداد منسّقة مسبقًا ($count)؛ وتستخدم صيغ الجمع العدد الخام ($count-n).

site-name = تضامن
skip-to-content = انتقل إلى المحتوى
language-switcher = اللغة
staff-nav = فريق العمل
footer-privacy = لا يحتفظ هذا الموقع بعنوان IP الخاص بك، ولا يضع ملفات تتبّع، ولا يحمّل شيئًا من مواقع أخرى.
list-separator = {"، "}
language-ar = العربية
language-en = الإنجليزية

## الأخطاء
error-code = رمز الخطأ
back-home = العودة إلى الصفحة الرئيسية
error-not-found = لا توجد صفحة على هذا العنوان. تحقّقوا من العنوان أو ابدؤوا من جديد من الصفحة الرئيسية.
    .title = الصفحة غير موجودة
error-forbidden = تعذّر قبول هذا النموذج: ربما بقي مفتوحًا وقتًا طويلًا أو أُرسل من موقع آخر. ارجعوا وأعيدوا تحميل الصفحة ثم حاولوا مجددًا.
    .title = غير مسموح
error-too-large = ما أرسلتموه أكبر مما يقبله هذا الموقع. اختصروه وحاولوا مجددًا.
    .title = حجم كبير جدًا
error-bad-request = تعذّر فهم الطلب.
    .title = طلب غير صالح
error-method = هذا العنوان لا يقبل هذا النوع من الطلبات.
    .title = غير مسموح هنا
error-internal = حدث خطأ من جهتنا. لن تفقدوا ما كتبتموه إن رجعتم إلى الصفحة السابقة؛ حاولوا مجددًا بعد قليل.
    .title = حدث خطأ

## الصفحات العامة
home-heading = الحملات
home-empty = لم تُنشر أي حملة بعد.
campaign-count = { $count-n ->
    [zero] لا توجد حملات
    [one] حملة واحدة
    [two] حملتان
    [few] { $count } حملات
    [many] { $count } حملةً
   *[other] { $count } حملة
}
pager-label = الصفحات
pager-previous = الصفحة السابقة
pager-next = الصفحة التالية
pager-position = الصفحة { $page } من { $pages }
fallback-note = لم تُترجم أجزاء من هذه الصفحة إلى العربية بعد، لذا تظهر باللغة { $language }.
share-heading = شاركوا هذا النداء

## الدخول وكلمة المرور
login-title = دخول فريق العمل
login-name = اسم الدخول
login-password = كلمة المرور
login-submit = دخول
login-error = اسم الدخول أو كلمة المرور غير صحيحة.
login-locked = محاولات فاشلة كثيرة. حاولوا مجددًا بعد { $minutes-n ->
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقةً
   *[other] { $minutes } دقيقة
}.
logout = خروج
password-title = تغيير كلمة المرور
password-intro = تغيير كلمة المرور يُخرجكم من جميع الجلسات على كل الأجهزة.
password-current = كلمة المرور الحالية
password-new = كلمة المرور الجديدة
password-hint = { $count-n ->
    [few] { $count } أحرف على الأقل. بضع كلمات لا رابط بينها تصنع كلمة مرور جيدة.
   *[other] { $count } حرفًا على الأقل. بضع كلمات لا رابط بينها تصنع كلمة مرور جيدة.
}
password-repeat = كلمة المرور الجديدة مرة أخرى
password-submit = تغيير كلمة المرور
password-mismatch = كلمتا المرور الجديدتان غير متطابقتين.
password-wrong = كلمة المرور الحالية غير صحيحة.
password-changed = تم تغيير كلمة المرور. ادخلوا بكلمة المرور الجديدة.

## المنسّقون
dashboard-title = الحملات
dashboard-empty = لا توجد حملات بعد.
new-campaign-title = حملة جديدة
col-campaign = الحملة
col-status = الحالة
col-languages = اللغات
col-language = اللغة
col-missing = النصوص الناقصة
col-updated = آخر تعديل
col-actions = الإجراءات
status-published = منشورة
status-draft = مسودة، غير منشورة
overview-title = الحملة
view-public = عرض الصفحة العامة
publish = نشر
unpublish = إلغاء النشر
publish-error-incomplete = قبل النشر، اكتبوا على الأقل العنوان والنداء باللغة { $language }، وهي اللغة الافتراضية للحملة.
texts-heading = النصوص حسب اللغة
default-tag = افتراضية
not-offered-tag = غير معروضة
text-complete = مكتملة
edit = تحرير
preview = معاينة
settings-heading = الإعدادات
save = حفظ
create = إنشاء الحملة
save-and-preview = حفظ ومعاينة
notice-saved = تم الحفظ.
form-has-errors = يرجى تصحيح ما يلي
field-slug = الاسم في عنوان الصفحة
    .hint = يظهر في العنوان: ‎/c/name. من ٣ إلى ٦٠ حرفًا لاتينيًا صغيرًا (a-z) وأرقامًا وشرطات.
field-languages = اللغات المعروضة
field-default-language = اللغة الافتراضية
    .hint = يراها القرّاء حيث تنقص الترجمة.
edit-title = تحرير النصوص
edit-heading = النصوص باللغة { $language }
field-title = العنوان
    .hint = عنوان قصير.
field-summary = الملخّص
    .hint = جملة أو جملتان تظهران تحت العنوان وفي القوائم.
field-call = النداء
    .hint = بصيغة Markdown: ‏# عنوان، ‏**غامق**، ‏*مائل*، ‏[رابط](https://…)، وقوائم بـ - أو 1.
field-share = نص المشاركة
    .hint = جملة ينسخها الناس حين يشاركون الحملة.
chars-max = { $count-n ->
    [few] { $count } أحرف على الأكثر.
   *[other] { $count } حرفًا على الأكثر.
}
source-heading = للمرجع: النص باللغة { $language }
preview-title = معاينة
preview-banner = معاينة.
preview-language = هكذا تبدو الصفحة باللغة { $language }؛ لن يراها القرّاء إلا بعد نشر الحملة.
preview-back = العودة إلى الحملة

## أخطاء النماذج
form-error-required = هذا الحقل مطلوب.
form-error-too-long = هذا أطول من المسموح.
form-error-too-long-n = هذا أطول من المسموح: { $count-n ->
    [few] { $count } أحرف على الأكثر.
   *[other] { $count } حرفًا على الأكثر.
}
form-error-bidi = يحتوي هذا على رموز خفية للتحكم في اتجاه الكتابة قد تجعل النص يُقرأ على غير حقيقته. احذفوها وأعيدوا كتابة النص.
form-error-control = يحتوي هذا على رموز تحكم خفية. احذفوها وأعيدوا كتابة النص.
form-error-single-line = يجب أن يكون هذا سطرًا واحدًا.
form-error-login = اسم الدخول من ٣ إلى ٦٤ حرفًا لاتينيًا صغيرًا (a-z) أو أرقامًا أو نقاطًا أو شرطات.
form-error-password-short = يجب ألا تقل كلمة المرور عن ١٢ حرفًا.
form-error-slug = استخدموا من ٣ إلى ٦٠ حرفًا لاتينيًا صغيرًا (a-z) وأرقامًا وشرطات مفردة، دون أن يبدأ الاسم أو ينتهي بشرطة.
form-error-slug-reserved = هذا الاسم محجوز؛ اختاروا اسمًا آخر.
form-error-slug-taken = حملة أخرى تستخدم هذا الاسم.
form-error-language = اختاروا اللغات من القائمة.
