# The coalition: organisations endorse the call, partner pages, organisations' staff (Arabic).

## Endorsing (public)
endorse-title = التوقيع على النداء باسم منظمة
endorse-intro = يمكن للنقابات والمجموعات الأهلية والمنظمات غير الحكومية والأحزاب والهيئات الدينية التوقيع على النداء. بعد أن تؤكّدوا عبر البريد الإلكتروني يراجع المنسّقون توقيعكم، وعند قبوله تُدرج منظمتكم في القائمة وتحصل على صفحة الشريك الخاصة بها.
endorse-about-organisation = منظمتكم
endorse-about-contact = الشخص المسؤول عن التواصل
endorse-contact-hint = نراسل هذا الشخص لتأكيد التوقيع ولإبلاغه بقرارنا. لا يُنشر اسمه ولا بريده الإلكتروني أبدًا، ويُحفظان مشفَّرَين.
endorse-field-name = اسم المنظمة
endorse-field-kind = نوع المنظمة
endorse-choose-kind = اختاروا النوع
endorse-field-country = البلد
endorse-field-city = المدينة (اختياري)
endorse-field-website_url = الموقع الإلكتروني (اختياري)
endorse-field-logo = الشعار (اختياري)
    .hint = صورة بصيغة PNG أو JPEG أو WebP أو GIF، حجمها ٢ ميغابايت على الأكثر. نحفظ منها نسخة نظيفة لا يبقى فيها شيء غير الصورة.
endorse-field-statement = بيان قصير (اختياري)
    .hint = لماذا توقّع منظمتكم على النداء، في بضع جمل. يظهر في صفحة الشريك الخاصة بكم.
endorse-field-contact_name = الاسم
endorse-field-contact_email = البريد الإلكتروني
endorse-privacy = يُنشر اسم المنظمة ونوعها وبلدها ومدينتها وموقعها الإلكتروني وشعارها وبيانها بعد قبول التوقيع.
endorse-submit = وقّعوا على النداء
endorse-sent-title = تفقّدوا بريدكم
endorse-sent-check-mail = أرسلنا رسالة إلى الشخص المسؤول عن التواصل. افتحوا الرابط الذي فيها لتأكيد التوقيع.
endorse-sent-next = بعد ذلك يراجع المنسّقون التوقيع ويردّون بالبريد الإلكتروني.
endorse-confirm-title = أكّدوا توقيع منظمتكم
endorse-confirm-intro = أكّدوا من فضلكم أن هذه المنظمة توقّع على النداء:
endorse-confirm-button = نؤكّد توقيع منظمتنا
endorse-confirm-done = شكرًا لكم: تأكّد التوقيع. سيراجعه المنسّقون ويردّون بالبريد الإلكتروني.
endorse-confirm-invalid = هذا الرابط غير صالح. انسخوا الرابط كاملًا من الرسالة.

org-kind-union = النقابات
org-kind-community = المجموعات الأهلية
org-kind-ngo = المنظمات غير الحكومية
org-kind-party = الأحزاب
org-kind-faith = الهيئات الدينية
org-kind-other = منظمات أخرى
org-kind-union-one = نقابة
org-kind-community-one = مجموعة أهلية
org-kind-ngo-one = منظمة غير حكومية
org-kind-party-one = حزب
org-kind-faith-one = هيئة دينية
org-kind-other-one = أخرى

org-error-website = اكتبوا عنوانًا يبدأ بـ ⁨https://⁩ أو ⁨http://⁩، مثل ⁨https://example.org⁩.
org-error-age-key = هذا ليس مفتاحًا عامًّا من نوع ⁨age⁩. يبدأ المفتاح بـ ⁨age1⁩ ويُكتب في سطر واحد، مثل ⁨age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p⁩.
image-error-empty = الملف فارغ.
image-error-too-large = الملف كبير جدًا. اختاروا صورة لا يتجاوز حجمها { $count } ميغابايت.
image-error-not-image = هذا الملف ليس صورة نستطيع قراءتها. اختاروا ملفًا بصيغة PNG أو JPEG أو WebP أو GIF.
image-error-dimensions = أبعاد الصورة بالبكسل كبيرة جدًا. اختاروا صورة أصغر.
image-error-corrupt = الصورة تالفة أو ناقصة. اختاروا ملفًا آخر.

## The public list and partner pages
endorsers-title = المنظمات الموقّعة على النداء
endorsers-count = { $count-n ->
    [zero] لم توقّع أي منظمة على النداء بعد.
    [one] وقّعت منظمة واحدة على النداء.
    [two] وقّعت منظمتان على النداء.
    [few] وقّعت { $count } منظمات على النداء.
    [many] وقّعت { $count } منظمةً على النداء.
   *[other] وقّعت { $count } منظمة على النداء.
}
partner-act = تحرّكوا معنا
partner-nothing-open = لا يوجد تحرّك مفتوح الآن.
partner-tally = { $count-n ->
    [zero] لم يُتَّخذ أي تحرّك عبر هذه الصفحة بعد (توقيعات، رسائل، ردود على الفعاليات).
    [one] اتُّخذ تحرّك واحد عبر هذه الصفحة (توقيعات، رسائل، ردود على الفعاليات).
    [two] اتُّخذ تحرّكان عبر هذه الصفحة (توقيعات، رسائل، ردود على الفعاليات).
    [few] اتُّخذت { $count } تحرّكات عبر هذه الصفحة (توقيعات، رسائل، ردود على الفعاليات).
    [many] اتُّخذ { $count } تحرّكًا عبر هذه الصفحة (توقيعات، رسائل، ردود على الفعاليات).
   *[other] اتُّخذ { $count } تحرّك عبر هذه الصفحة (توقيعات، رسائل، ردود على الفعاليات).
}
sign-consent-partner-before = أوافق على أن يتواصل معي فريق
sign-consent-partner-after = { "" } بشأن هذه الحملة.

## Moderation (staff)
orgs-moderation-title = توقيعات المنظمات
org-status-filter = توقيعات المنظمات حسب الحالة
org-status-unconfirmed = لم يُؤكَّد بعد
org-status-pending = بانتظار المراجعة
org-status-approved = مقبول
org-status-rejected = مرفوض
orgs-none = لا توقيعات هنا.
col-organisation = المنظمة
col-received = تاريخ الاستلام
org-decided = حُفظ القرار، وستصل رسالة إلى الشخص المسؤول عن التواصل.
org-detail-title = توقيع منظمة
org-language = اللغة
org-logo = الشعار
org-field-reason = السبب
    .hint = مطلوب عند الرفض: يُرسل بالبريد الإلكتروني إلى الشخص المسؤول عن التواصل.
org-approve = قبول
org-reject = رفض
org-awaiting-contact = لم يؤكّد الشخص المسؤول عن التواصل التوقيع بعد.

## An organisation's own pages (staff)
org-home-title = منظمتنا
org-partner-page = صفحة الشريك الخاصة بنا
org-referral = رمز الإحالة
org-supporters-title = مناصرونا
org-supporters-count = { $count-n ->
    [zero] لم يوافق أحد بعد على تلقي أخبارنا.
    [one] وافق شخص واحد على تلقي أخبارنا.
    [two] وافق شخصان على تلقي أخبارنا.
    [few] وافق { $count } أشخاص على تلقي أخبارنا.
    [many] وافق { $count } شخصًا على تلقي أخبارنا.
   *[other] وافق { $count } شخص على تلقي أخبارنا.
}
org-supporters-open = عرض القائمة
org-supporters-monthly = المناصرون الجدد كل شهر
col-month = الشهر
col-supporters = المناصرون
col-consented = تاريخ الموافقة
org-search-found = وُجد هذا العنوان.
org-search-none = لم يوافق أحد بهذا البريد الإلكتروني على تلقي أخبارنا.
org-export-sealed = يُشفَّر الملف بمفتاحنا العام، فلا يفتحه إلا مفتاحنا الخاص. ويُسجَّل كل تصدير في سجلّ التدقيق.
org-page-title = صفحة الشريك
org-field-statement = بيان قصير
org-field-page_md = نص الصفحة
    .hint = بصيغة Markdown: ⁨**غامق**⁩، ⁨*مائل*⁩، وروابط، وقوائم. بلا صور.
org-field-call_to_action = عبارة تحثّ على التحرّك (عنوان فوق تحرّكات الحملة)
org-field-age = المفتاح العام للتصدير
    .hint = مفتاح عام من نوع ⁨age⁩ (⁨age1…⁩). حين يوجد مفتاح تُشفَّر به الملفات المصدَّرة، فلا توجد أبدًا غير مشفَّرة على الخادم. اتركوا الحقل فارغًا لإزالة المفتاح.

## Mails to an organisation's contact
endorse-mail-subject = أكّدوا من فضلكم توقيع ⁨{ $organisation }⁩ على نداء «⁨{ $campaign }⁩»
endorse-mail-intro = وقّع أحدهم على نداء «⁨{ $campaign }⁩» باسم ⁨{ $organisation }⁩، وذكر عنوان البريد الإلكتروني هذا للتواصل.
endorse-mail-button = نؤكّد توقيع منظمتنا
endorse-mail-ignore = إن لم تكونوا أنتم من فعل ذلك فتجاهلوا هذه الرسالة: لا يُنشر شيء دون تأكيد.
org-approved-mail-subject = قُبل توقيع ⁨{ $organisation }⁩ على نداء «⁨{ $campaign }⁩»
org-approved-mail-intro = شكرًا لكم: قبِل المنسّقون توقيع ⁨{ $organisation }⁩، وصار اسمها مدرجًا بين المنظمات الموقّعة على النداء.
org-approved-mail-next = صفحة الشريك الخاصة بكم جاهزة: كل تحرّك يجري عبرها يُحتسب لمنظمتكم.
org-approved-mail-link = افتحوا صفحة الشريك
org-rejected-mail-subject = بشأن توقيع ⁨{ $organisation }⁩
org-rejected-mail-intro = لم يقبل منسّقو حملة «⁨{ $campaign }⁩» توقيع ⁨{ $organisation }⁩.
org-rejected-mail-reason = السبب المذكور:

## Audit log and jobs
audit-org-approved = قبول توقيع منظمة
audit-org-rejected = رفض توقيع منظمة
audit-org-page-saved = حفظ صفحة الشريك
audit-org-key-set = تسجيل مفتاح التصدير
audit-org-key-removed = إزالة مفتاح التصدير
audit-org-supporters-read = قراءة المناصرين (صفحة)
audit-org-supporters-searched = البحث في المناصرين بالبريد الإلكتروني
audit-org-supporters-exported = تصدير المناصرين
job-kind-organisation-mail = رسالة إلى الشخص المسؤول عن التواصل في منظمة
endorsers-see = عرض القائمة
org-export-csv = تصدير مناصرينا (CSV)
detail-consent-partner = يمكنها التواصل معكم بشأن هذه الحملة
form-error-rate = أُرسلت نماذج كثيرة من هنا قبل قليل. يُرجى الانتظار دقيقة ثم المحاولة مجدّدًا.
endorse-logo-again = إن اخترتم شعارًا فاختاروه مرّة أخرى: لا تُحفظ الملفات حين يُرفض النموذج.
org-decided-nothing = لم يتغيّر شيء: التوقيع في هذه الحالة أصلًا، أو لم يُؤكَّد بعد.
