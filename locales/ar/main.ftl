# Page chrome, errors and the form kit shared by every capability (Arabic).
# Numbers arrive already formatted ($count); plural selectors use the raw number ($count-n).

site-name = تضامن
skip-to-content = انتقلوا إلى المحتوى
language-switcher = اللغة
staff-nav = فريق العمل
footer-privacy = لا يحتفظ هذا الموقع بعنوان IP الخاص بكم، ولا يضع ملفات تعريف ارتباط للتتبّع، ولا يحمّل شيئًا من مواقع أخرى.
list-separator = {"، "}
language-ar = العربية
language-en = الإنجليزية
language-fr = الفرنسية
language-es = الإسبانية
language-de = الألمانية
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
pager-label = الصفحات
pager-previous = الصفحة السابقة
pager-next = الصفحة التالية
pager-position = الصفحة { $page } من { $pages }
fallback-note = لم تُترجم أجزاء من هذه الصفحة إلى { $target } بعد، لذا تظهر باللغة { $language }.
save = حفظ
notice-saved = تم الحفظ.
form-has-errors = يرجى تصحيح ما يلي:
title-refused = خطأ: { $title }
chars-max = { $count-n ->
    [zero] { $count } حرف على الأكثر.
    [one] حرف واحد على الأكثر.
    [two] حرفان على الأكثر.
    [few] { $count } أحرف على الأكثر.
    [many] { $count } حرفًا على الأكثر.
   *[other] { $count } حرف على الأكثر.
}
form-error-required = هذا الحقل مطلوب.
form-error-too-long = هذا أطول من المسموح.
form-error-too-long-n = هذا أطول من المسموح: { $count-n ->
    [zero] { $count } حرف على الأكثر.
    [one] حرف واحد على الأكثر.
    [two] حرفان على الأكثر.
    [few] { $count } أحرف على الأكثر.
    [many] { $count } حرفًا على الأكثر.
   *[other] { $count } حرف على الأكثر.
}
form-error-bidi = يحتوي هذا على رموز خفية للتحكم في اتجاه الكتابة قد تجعل النص يُقرأ على غير حقيقته. احذفوها وأعيدوا كتابة النص.
form-error-marks = في هذا النص علامات تشكيل كثيرة جدًا فوق حرف واحد. احذفوها واكتبوا النص من جديد.
form-error-control = يحتوي هذا على رموز تحكم خفية. احذفوها وأعيدوا كتابة النص.
form-error-single-line = يجب أن يكون هذا سطرًا واحدًا.
form-error-language = اختاروا اللغات من القائمة.
form-error-conflict = حفظ شخص آخر هذا النص أثناء تعديلكم له. ما كتبتموه موجود أدناه دون تغيير؛ افتحوا المعاينة في نافذة أخرى لرؤية نسختهم، ثم احفظوا مجددًا لاستبدالها بنسختكم.
mail-test-subject = تضامن: رسالة تجريبية
mail-test-body = هذه رسالة تجريبية من تضامن. إن استطعتم قراءتها فرسائل الحملة تصل إلى هذا العنوان.
form-token-bad = تعذّر التحقق من هذا النموذج. أعيدوا تحميل الصفحة وأرسلوه مجددًا.
form-token-fast = كان ذلك أسرع مما يستطيعه إنسان يملأ هذا النموذج. راجعوا ما أدخلتموه وأرسلوه مجددًا.
form-token-expired = بقي هذا النموذج مفتوحًا وقتًا طويلًا. راجعوا ما أدخلتموه وأرسلوه مجددًا.
form-token-reused = أُرسل هذا النموذج من قبل.
error-stale-form = فُتح هذا النموذج قبل آخر تسجيل دخول لكم، لذا تعذّر قبوله. لم يُحفظ شيء.
    .title = انتهت صلاحية النموذج
error-session-ended = انتهت جلستكم أثناء فتح هذا النموذج، لذا لم يُحفظ شيء. سجّلوا الدخول مجددًا، وافتحوا النموذج من جديد، والصقوا فيه ما كتبتموه.
    .title = انتهت جلستكم
recovered-heading = ما كتبتموه
recovered-intro = لم يضع شيء: انسخوه من هنا إلى النموذج.
draft-pending = في هذا النص تعديلات غير منشورة، ولا يزال القرّاء يرون النص المنشور. عاينوا التعديلات ثم انشروها.
draft-publish = نشر التعديلات
draft-discard = حذف التعديلات
draft-explain = يستطيع القرّاء رؤية هذا النص: ما تحفظونه هنا يبقى تعديلات غير منشورة إلى أن تنشروه.
notice-text-published = نُشرت التعديلات.
notice-draft-discarded = حُذفت التعديلات غير المنشورة.
