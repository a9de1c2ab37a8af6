# Petitions: public pages and coordinators' pages (Arabic).

campaign-petitions = العرائض
petition-back-to-campaign = العودة إلى الحملة
petition-to = إلى:
petition-signatures-heading = التوقيعات
petition-goal = من هدف قدره { $count }
petition-by-country = التوقيعات حسب البلد
col-country = البلد
col-signatures = التوقيعات
petition-closed = هذه العريضة مغلقة: لم تعد تقبل توقيعات.
petition-comments = ما يقوله الموقّعون
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
sign-privacy = نحفظ اسمكم وبريدكم ومدينتكم وتعليقكم مشفَّرةً، ولا نحفظ عنوانكم على الإنترنت أبدًا. ومن الرسالة التي نرسلها إليكم يمكنكم في أي وقت الاطلاع على بياناتكم أو تنزيلها أو محوها.
sign-submit = وقّعوا
sign-error-rate = وصلت توقيعات كثيرة من اتصالكم خلال الدقيقة الأخيرة. انتظروا دقيقة ثم أرسلوا النموذج من جديد؛ ما كتبتموه ما زال هنا.
thanks-title = تفقّدوا بريدكم
thanks-check-mail = شكرًا لكم. رسالة فيها رابط في طريقها إلى هذا العنوان (إلا إذا سبق أن أكّد هذا العنوان توقيعه على العريضة، أو وصلته ثلاث رسائل منّا اليوم): افتحوها واضغطوا الزر لتأكيد توقيعكم. لا يُحتسب توقيعكم قبل ذلك.
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
confirm-details = أنتم تؤكّدون هذا التوقيع:
confirm-superseded = وقّع أحدٌ على هذه العريضة مرةً أخرى بعنوان بريدكم الإلكتروني وببيانات أخرى بعد إرسال هذه الرسالة، فلم يعد هذا الرابط يؤكّد شيئًا. إن كنتم أنتم من فعل ذلك فاستعملوا الرابط في أحدث رسالة، وإن لم تكونوا أنتم فتجاهلوا تلك الرسالة ولن يُحتسب شيء.
confirm-closed = لم تعد هذه العريضة تقبل توقيعات، فلا يمكن احتساب هذا التوقيع. شكرًا لكم مع ذلك.
detail-name = الاسم
detail-city = المدينة
detail-comment = التعليق
detail-consent = أخبار الحملة
detail-consent-yes = نعم، بالبريد الإلكتروني
petitions-manage = العرائض
petitions-title = العرائض
petitions-none = لا عرائض بعد.
col-title = العنوان
col-pending = لم يُؤكَّد بعد
col-confirmed = مؤكَّد
col-signed = تاريخ التوقيع
col-what = الإجراء
petition-new = عريضة جديدة
field-goal = الهدف (عدد التوقيعات)
petition-create = إنشاء العريضة
petition-overview-title = عريضة
petition-status-draft = مسودة: غير منشورة
petition-status-open = مفتوحة: تقبل التوقيعات
petition-status-closed = مغلقة
petition-open = فتح العريضة للتوقيع
petition-close = إغلاق العريضة
petition-error-goal = اكتبوا عددًا صحيحًا من ١ إلى ١٬٠٠٠٬٠٠٠٬٠٠٠.
petition-error-incomplete = قبل فتح العريضة، اكتبوا على الأقل العنوان والجهة المخاطَبة والنص باللغة { $language }، وهي اللغة الافتراضية للحملة.
petition-error-slug-taken = في هذه الحملة عريضة أخرى بهذا الاسم.
text-missing = لم يُكتب بعد
petition-text-title = نص العريضة
petition-field-title = العنوان
petition-field-addressee = موجّهة إلى
    .hint = الأشخاص أو الجهة التي تطالبها العريضة بالتحرك.
petition-field-body = النص
signatures-title = التوقيعات
signatures-search = ابحثوا عن توقيع بالبريد الإلكتروني
    .hint = العنوان كاملًا؛ لا تهمّ الأحرف الكبيرة ولا المسافات الزائدة.
signatures-search-button = بحث
signatures-not-found = لا يوجد توقيع على هذه العريضة بهذا البريد.
export-csv = تصدير كل التوقيعات (CSV)
export-recorded = يُسجَّل كل تصدير في سجلّ التدقيق باسمكم.
audit-export-signatures = صُدِّرت التوقيعات
col-name = الاسم
col-email = البريد الإلكتروني
audit-read-signatures = قراءة التوقيعات (صفحة)
audit-search-signatures = البحث في التوقيعات بالبريد الإلكتروني
comment-hide = إخفاء من الصفحة
comment-hidden = مخفي من الصفحة
notice-comment-hidden = أُخفي التعليق من صفحة العريضة، ولا يزال التوقيع محتسبًا.
audit-hide-comment = إخفاء تعليق
