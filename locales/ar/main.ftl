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
fallback-note = لم تُترجم أجزاء من هذه الصفحة إلى { $target } بعد، لذا تظهر باللغة { $language }.
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
    [many] { $count } حرفًا على الأقل. بضع كلمات لا رابط بينها تصنع كلمة مرور جيدة.
   *[other] { $count } حرف على الأقل. بضع كلمات لا رابط بينها تصنع كلمة مرور جيدة.
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
field-lead-org = المنظمة القائدة
    .hint = المنظمة التي تقود الحملة، باسمها كما ينبغي أن يقرأه المؤيدون: فهم يوافقون على تلقي رسائلها بهذا الاسم.
chars-max = { $count-n ->
    [few] { $count } أحرف على الأكثر.
    [many] { $count } حرفًا على الأكثر.
   *[other] { $count } حرف على الأكثر.
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
    [many] { $count } حرفًا على الأكثر.
   *[other] { $count } حرف على الأكثر.
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

## الحقائق
facts-title = الحقائق والأرقام
facts-heading = الحقائق
facts-all = كل الحقائق مع تاريخها ومصادرها
facts-intro = كل رقم مع التاريخ الذي يخصّه ومصدره. البيانات متاحة لإعادة الاستخدام بحرية:
facts-json = كل السلاسل بصيغة JSON
facts-none = لم تُسجَّل أي حقائق بعد.
facts-table-caption = كل القيم، الأحدث أولًا
facts-csv = تنزيل هذه السلسلة بصيغة CSV
facts-manage = الحقائق والأرقام
fact-as-of = بتاريخ { $date }
fact-source = المصدر:
col-date = التاريخ
col-value = القيمة
col-source = المصدر
col-note = ملاحظة
col-points = القيم
col-when = متى
col-who = بواسطة
col-change = التغيير
col-before = القيمة السابقة
col-reason = السبب
yes = نعم
no = لا
facts-new-title = سلسلة جديدة
facts-series-title = السلسلة
field-label = التسمية
field-place = المكان الذي تخصّه
field-unit = الوحدة
field-currency = العملة
    .hint = رمز من ثلاثة أحرف مثل SYP أو TRY أو USD؛ للأسعار فقط.
field-headline = إظهارها في صفحة الحملة
field-position = الترتيب في الصفحة (٠ أولًا)
field-value = القيمة
    .hint = أرقام فقط، مع نقطة للكسور: 30000 أو 1.25.
field-qualifier = مدى الدقة
field-low = القيمة الدنيا
    .hint = للنطاق فقط: الرقم الأصغر.
field-date = التاريخ
    .hint = بصيغة YYYY-MM-DD، مثل 2019-12-27.
field-day = التاريخ الذي تخصّه
field-source_title = عنوان المصدر
field-source_publisher = الناشر
field-source_url = رابط المصدر
field-source_published = تاريخ نشر المصدر
field-note = ملاحظة
field-reason = سبب التغيير
points-heading = القيم
points-none = لا توجد قيم بعد.
point-withdrawn = مسحوبة
point-correct = تصحيح
point-add-heading = إضافة قيمة
point-add = إضافة القيمة
import-heading = استيراد من ملف CSV
import-intro = الصقوا ملف CSV بهذه الأعمدة (يسمّيها السطر الأول؛ date وvalue وsource_title مطلوبة). يُفحص كل سطر أولًا: إن كان أحدها خاطئًا فلن يُستورد شيء.
import-label = نص CSV
import-submit = استيراد
import-refused = لم يُستورد شيء. صحّحوا هذه الأسطر ثم أعيدوا الاستيراد:
notice-imported = تم الاستيراد.
history-heading = سجلّ التغييرات
history-none = لم تُصحَّح أي قيمة ولم تُسحب.
history-corrected = صُحّحت
history-withdrawn = سُحبت
point-title = تصحيح قيمة أو سحبها
point-current = الآن:
point-correct-intro = تبقى القيمة الحالية في السجلّ مع اسمكم وسببكم.
point-correct-submit = حفظ التصحيح
point-withdraw = سحب
point-withdraw-intro = القيمة المسحوبة لا تُعرض ولا تظهر في الرسم البياني، لكنها تبقى في السجلّ.
point-withdraw-submit = سحب هذه القيمة
chart-desc = { $count-n ->
    [one] قيمة واحدة بتاريخ { $first }: { $latest }.
    [two] قيمتان من { $first } إلى { $last }؛ آخرهما { $latest }.
    [few] { $count } قيم من { $first } إلى { $last }؛ آخرها { $latest }.
   *[other] { $count } قيمة من { $first } إلى { $last }؛ آخرها { $latest }.
}
csv-line = السطر { $line }: { $message }
csv-line-column = السطر { $line }، العمود { $column }: { $message }
unit-people = { $value-n ->
    [one] شخص واحد
    [two] شخصان
    [few] { $value } أشخاص
    [many] { $value } شخصًا
   *[other] { $value } شخص
}
unit-households = { $value-n ->
    [one] عائلة واحدة
    [two] عائلتان
    [few] { $value } عائلات
    [many] { $value } عائلةً
   *[other] { $value } عائلة
}
unit-count = { $value }
unit-percent = { $value }٪
unit-currency = { $value } { $currency }
unit-currency-per-litre = { $value } { $currency } لليتر
unit-currency-per-kg = { $value } { $currency } للكيلوغرام
unit-name-people = أشخاص
unit-name-households = عائلات
unit-name-count = عدد من الأشياء
unit-name-percent = نسبة مئوية
unit-name-currency = مبلغ من المال
unit-name-currency-per-litre = سعر لليتر
unit-name-currency-per-kg = سعر للكيلوغرام
qualifier-exact = { $value }
qualifier-about = نحو { $value }
qualifier-more-than = أكثر من { $value }
qualifier-up-to = ما يصل إلى { $value }
qualifier-range = من { $low } إلى { $value }
qualifier-name-exact = بالضبط
qualifier-name-about = نحو
qualifier-name-more-than = أكثر من
qualifier-name-up-to = ما يصل إلى
qualifier-name-range = نطاق (من القيمة الدنيا إلى القيمة)
fact-error-value-required = أدخلوا قيمة.
fact-error-value = اكتبوا القيمة بالأرقام فقط، مع نقطة للكسور (مثل 30000 أو 1.25).
fact-error-value-size = في هذا الرقم خانات أكثر من اللازم.
fact-error-date-required = أدخلوا التاريخ.
fact-error-date = اكتبوا التاريخ بصيغة YYYY-MM-DD، مثل 2019-12-27.
fact-error-future = هذا التاريخ في المستقبل.
fact-error-negative = لا يمكن أن يكون العدد سالبًا.
fact-error-range = يجب أن تكون القيمة الدنيا أصغر من القيمة.
fact-error-low-without-range = القيمة الدنيا للنطاقات فقط: اختاروا «نطاق» أو اتركوها فارغة.
fact-error-qualifier = اختاروا مدى الدقة من القائمة.
fact-error-url = يجب أن يبدأ رابط المصدر بـ http:// أو https:// وأن يسمّي موقعًا.
fact-error-unit = اختاروا وحدة من القائمة.
fact-error-currency = اكتبوا العملة برمزها المكوّن من ثلاثة أحرف، مثل SYP.
fact-error-position = الترتيب عدد صحيح من ٠ إلى ١٠٠٠٠.
point-error-changed = غيّر شخص آخر هذه القيمة أثناء تحريركم لها. انظروا إليها مجددًا ثم أجروا تغييركم.
point-error-unchanged = لم يتغيّر شيء.
point-error-already-withdrawn = سُحبت هذه القيمة من قبل.
csv-error-header = يجب أن يسمّي السطر الأول الأعمدة.
csv-error-unknown-column = يسمّي السطر الأول عمودًا لا يعرفه هذا الاستيراد.
csv-error-missing-column = هذا العمود المطلوب غير موجود.
csv-error-too-many = أسطر كثيرة جدًا: استوردوا ٥٬٠٠٠ سطر على الأكثر في كل مرة.
csv-error-row = في هذا السطر عدد خانات يختلف عن السطر الأول.
csv-error-empty = لا توجد أسطر للاستيراد.
form-error-conflict = حفظ شخص آخر هذا النص أثناء تحريركم له. ما كتبتموه موجود أدناه دون تغيير؛ افتحوا المعاينة في نافذة أخرى لرؤية نسختهم، ثم احفظوا مجددًا لاستبدالها بنسختكم.

## البريد
mail-test-subject = تضامن: رسالة تجريبية
mail-test-body = هذه رسالة تجريبية من تضامن. إن استطعتم قراءتها فرسائل الحملة تصل إلى هذا العنوان.

## المؤيدون
email-error = لا يبدو هذا عنوان بريد إلكتروني. تحقّقوا منه وحاولوا مجددًا.
country-error = اختاروا بلدًا من القائمة.

## المهام
jobs-title = البريد والأعمال في الخلفية
jobs-intro = تُرسل الرسائل وتُنجز أعمال أخرى في الخلفية، ويُعاد تنفيذها حين تفشل. هنا ما ينتظر وما فشل.
jobs-troubled = الأعمال الفاشلة
jobs-none-waiting = لا شيء ينتظر.
jobs-none-failed = لم يفشل شيء.
jobs-col-kind = النوع
jobs-col-attempts = المحاولات
jobs-col-error = آخر خطأ
jobs-retry = أعيدوا المحاولة الآن
jobs-retried = ستُعاد المحاولة بعد قليل.
jobs-next-try = المحاولة التالية { $date }
job-state-queued = في الانتظار
job-state-running = قيد التنفيذ
job-state-dead = فشلت نهائيًا
form-token-bad = تعذّر التحقق من هذا النموذج. أعيدوا تحميل الصفحة وأرسلوه مجددًا.
form-token-fast = كان ذلك أسرع مما يستطيعه إنسان يملأ هذا النموذج. راجعوا ما أدخلتموه وأرسلوه مجددًا.
form-token-expired = بقي هذا النموذج مفتوحًا وقتًا طويلًا. راجعوا ما أدخلتموه وأرسلوه مجددًا.
form-token-reused = أُرسل هذا النموذج من قبل.
error-stale-form = فُتح هذا النموذج قبل آخر دخول لكم، لذا تعذّر قبوله. لم يُحفظ شيء.
    .title = انتهت صلاحية النموذج
error-session-ended = انتهت جلستكم أثناء فتح هذا النموذج، لذا لم يُحفظ شيء. ادخلوا مجددًا، وافتحوا النموذج من جديد، والصقوا فيه ما كتبتموه.
    .title = انتهت جلستكم
recovered-heading = ما كتبتموه
recovered-intro = لم يضع شيء: انسخوه من هنا إلى النموذج.

## Petitions (public)
campaign-petitions = العرائض
petition-back-to-campaign = العودة إلى الحملة
petition-to = إلى:
petition-signatures-heading = التوقيعات
petition-goal = من هدف قدره { $count }
petition-by-country = التوقيعات حسب البلد
col-country = البلد
col-signatures = التوقيعات
petition-closed = هذه العريضة مغلقة: لم تعد تقبل توقيعات.
petition-comments = ماذا يقول الموقّعون
sign-heading = وقّعوا هذه العريضة
sign-field-name = الاسم
sign-field-email = البريد الإلكتروني
    .hint = نرسل إليكم رابطًا لتأكيد توقيعكم. لا يُعرض بريدكم على أحد أبدًا.
sign-field-country = البلد
sign-choose-country = اختاروا بلدكم
sign-field-city = المدينة (اختياري)
sign-field-comment = تعليق (اختياري، يظهر في هذه الصفحة دون اسمكم)
    .hint = ٥٠٠ حرف على الأكثر.
sign-consent-before = أرسلوا إليّ أخبار الحملة من
sign-consent-after = .
sign-honeypot = اتركوا هذا الحقل فارغًا
sign-privacy = يُحفظ اسمكم وبريدكم ومدينتكم وتعليقكم مشفّرة، ولا يُحفظ عنوانكم على الإنترنت أبدًا. ومن الرسالة التي نرسلها إليكم يمكنكم في أي وقت الاطلاع على بياناتكم أو تنزيلها أو محوها.
sign-submit = وقّعوا
sign-error-rate = وصلت توقيعات كثيرة من اتصالكم خلال الدقيقة الأخيرة. انتظروا دقيقة ثم أرسلوا النموذج من جديد؛ ما كتبتموه ما زال هنا.
thanks-title = تفقّدوا بريدكم
thanks-check-mail = شكرًا لكم. أرسلنا إليكم رسالة فيها رابط: افتحوه واضغطوا الزر لتأكيد توقيعكم. لا يُحتسب توقيعكم قبل ذلك.
thanks-deleted-after = { $count-n ->
    [zero] يُحذف التوقيع غير المؤكَّد بعد { $count } يوم.
    [one] يُحذف التوقيع غير المؤكَّد بعد يوم واحد.
    [two] يُحذف التوقيع غير المؤكَّد بعد يومين.
    [few] يُحذف التوقيع غير المؤكَّد بعد { $count } أيام.
    [many] يُحذف التوقيع غير المؤكَّد بعد { $count } يومًا.
   *[other] يُحذف التوقيع غير المؤكَّد بعد { $count } يوم.
}
thanks-no-mail = لم تصلكم رسالة بعد بضع دقائق؟ انظروا في مجلد الرسائل غير المرغوب فيها، أو وقّعوا مرة أخرى بالبريد نفسه لتصلكم رسالة جديدة (ثلاث رسائل في اليوم على الأكثر).
thanks-back = العودة إلى العريضة
confirm-title = أكّدوا توقيعكم
confirm-explain = اضغطوا الزر لتأكيد توقيعكم على هذه العريضة. لا تُحتسب إلا التوقيعات المؤكَّدة.
confirm-button = أؤكّد توقيعي
confirm-already = توقيعكم مؤكَّد ومحتسب. شكرًا لكم.
confirm-invalid = هذا الرابط غير صالح أو قديم جدًا: التوقيعات التي لا تُؤكَّد في وقتها تُحذف. يمكنكم التوقيع على العريضة من جديد.
confirm-done = شكرًا لكم: تأكّد توقيعكم وصار محتسبًا.

## Mail to supporters
confirm-mail-subject = أكّدوا توقيعكم: { $title }
confirm-mail-greeting = مرحبًا { $name }،
confirm-mail-greeting-anonymous = مرحبًا،
confirm-mail-intro = وقّعتم على العريضة «{ $title }». لتأكيد توقيعكم افتحوا الرابط أدناه واضغطوا الزر في تلك الصفحة. لا يُحتسب توقيعكم قبل ذلك.
confirm-mail-button = أؤكّد توقيعي
confirm-mail-ignore = { $count-n ->
    [zero] إن لم توقّعوا فتجاهلوا هذه الرسالة: سيُحذف التوقيع بعد { $count } يوم.
    [one] إن لم توقّعوا فتجاهلوا هذه الرسالة: سيُحذف التوقيع بعد يوم واحد.
    [two] إن لم توقّعوا فتجاهلوا هذه الرسالة: سيُحذف التوقيع بعد يومين.
    [few] إن لم توقّعوا فتجاهلوا هذه الرسالة: سيُحذف التوقيع بعد { $count } أيام.
    [many] إن لم توقّعوا فتجاهلوا هذه الرسالة: سيُحذف التوقيع بعد { $count } يومًا.
   *[other] إن لم توقّعوا فتجاهلوا هذه الرسالة: سيُحذف التوقيع بعد { $count } يوم.
}
mail-own-page = اطّلعوا على بياناتكم أو نزّلوها أو امحوها
mail-unsubscribe = إلغاء الاشتراك

## A supporter's own pages
link-invalid = هذا الرابط غير صالح، أو أن البيانات التي يشير إليها قد مُحيت.
unsubscribe-title = إلغاء الاشتراك
unsubscribe-explain = اضغطوا الزر لسحب كل موافقة أعطيتموها لتلقي أخبار منظمات الحملة.
unsubscribe-button = ألغوا اشتراكي
unsubscribe-done = أُلغي اشتراككم: لن تصلكم أخبار من منظمات الحملة.
me-title = بياناتكم
me-data-heading = ما نحفظه عنكم
me-since = منذ
me-download = نزّلوا كل بياناتكم (JSON)
me-consents-heading = من وافقتم على تلقي أخباره
me-no-consents = لم توافقوا على تلقي أخبار أي منظمة.
me-consent-given = موافقة
me-consent-withdrawn = مسحوبة
me-withdraw = اسحبوا الموافقة
me-signatures-heading = توقيعاتكم
me-no-signatures = لا توقيعات.
me-confirmed = مؤكَّد
me-pending = لم يُؤكَّد بعد
me-erase-heading = امحوا بياناتكم
me-erase-explain = يحذف هذا اسمكم وبريدكم وتوقيعاتكم وموافقاتكم نهائيًا، ولن تُحتسب توقيعاتكم بعد ذلك.
me-erase-sure = نعم، امحوا كل ما يخصّني
me-erase-button = امحوا بياناتي
me-erase-not-sure = علّموا المربع لتأكيد رغبتكم في محو بياناتكم؛ لم يُمحَ شيء.
me-erased-title = مُحيت بياناتكم
me-erased = حُذف كل ما كنا نحفظه عنكم.

## Petitions (coordinators)
petitions-manage = العرائض
petitions-title = العرائض
petitions-none = لا عرائض بعد.
col-title = العنوان
col-pending = لم يُؤكَّد بعد
col-confirmed = مؤكَّد
col-signed = تاريخ التوقيع
col-what = ماذا
petition-new = عريضة جديدة
field-goal = الهدف (عدد التوقيعات)
petition-create = أنشئوا العريضة
petition-overview-title = عريضة
petition-status-draft = مسودة: غير منشورة
petition-status-open = مفتوحة: تقبل التوقيعات
petition-status-closed = مغلقة
petition-open = افتحوها للتوقيع
petition-close = أغلقوها
petition-error-goal = اكتبوا عددًا صحيحًا من ١ إلى ١٬٠٠٠٬٠٠٠٬٠٠٠.
petition-error-incomplete = قبل فتح العريضة اكتبوا على الأقل العنوان والجهة المخاطَبة والنص باللغة { $language }، لغة الحملة الأساسية.
petition-error-slug-taken = في هذه الحملة عريضة أخرى بهذا الاسم.
text-missing = لم يُكتب بعد
petition-text-title = نص العريضة
petition-field-title = العنوان
petition-field-addressee = موجّهة إلى
    .hint = الأشخاص أو الجهة التي تطالبها العريضة بالتحرك.
petition-field-body = النص
signatures-title = التوقيعات
signatures-search = ابحثوا عن توقيع بالبريد الإلكتروني
    .hint = العنوان كاملًا؛ لا تهمّ الأحرف الكبيرة ولا المسافات.
signatures-search-button = ابحثوا
signatures-not-found = لا يوجد توقيع على هذه العريضة بهذا البريد.
export-csv = صدّروا كل التوقيعات (CSV)
export-recorded = يُسجَّل كل تصدير في سجل التدقيق باسمكم.
audit-title = سجل التدقيق
audit-explain = كل تصدير لبيانات المؤيدين، ومن قام به ومتى.
audit-empty = لم يُصدَّر شيء بعد.
audit-export-signatures = صُدِّرت التوقيعات
