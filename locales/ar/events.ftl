# Days of action and their events (Arabic).

## Public pages
event-back-to-campaign = العودة إلى الحملة
events-count = { $count-n ->
    [zero] لا توجد فعاليات
    [one] فعالية واحدة
    [two] فعاليتان
    [few] { $count } فعاليات
    [many] { $count } فعاليةً
   *[other] { $count } فعالية
}
events-by-country = الفعاليات حسب البلد
events-all-countries = كل البلدان
events-none = لا توجد فعاليات بعد.
events-feed = رابط تقويم بكل الفعاليات (⁨iCalendar⁩)
events-feed-country = رابط تقويم بفعاليات هذا البلد
event-kind-rally = تجمّع
event-kind-vigil = وقفة
event-kind-meeting = لقاء
event-kind-cultural = فعالية ثقافية
event-kind-online = عبر الإنترنت
event-kind-other = نوع آخر
event-status-unconfirmed = لم تُؤكَّد بعد
event-status-pending = بانتظار المراجعة
event-status-changes = طُلبت تعديلات
event-status-approved = مقبولة
event-status-rejected = مرفوضة
event-status-cancelled = ملغاة
event-when = الموعد
event-where = المكان
event-cancelled = أُلغيت هذه الفعالية.
event-address-attendees = يحصل المشاركون على العنوان الدقيق.
event-add-to-calendar = أضيفوا الفعالية إلى تقويمكم

## Submitting an event
event-submit-title = نظِّموا فعالية
event-submit-intro = يمكن لأي شخص أن ينظّم فعالية ضمن يوم التحرّك، وبأي لغة. تؤكّدون الفعالية بالبريد الإلكتروني، ثم يراجعها المنسّقون قبل نشرها.
event-about = الفعالية
event-field-title = عنوان الفعالية
event-field-kind = نوع الفعالية
event-choose-kind = اختاروا نوعًا
event-field-description = الوصف (اختياري)
    .hint = ما الذي سيجري، وما الذي يُحضره المشاركون معهم. بصيغة ⁨Markdown⁩: ⁨**غامق**⁩، ⁨*مائل*⁩، وروابط، وقوائم.
event-field-languages = لغات الفعالية
event-field-starts = البداية
    .hint = التاريخ والوقت بتوقيت مكان الفعالية.
event-field-ends = النهاية
event-field-time_zone = المنطقة الزمنية (اختياري)
    .hint = نستنتجها من المدينة. لفعالية عبر الإنترنت، أو لتغييرها، اكتبوا منطقة زمنية مثل ⁨Europe/Berlin⁩ أو ⁨Asia/Damascus⁩.
event-field-country = البلد
event-field-city = المدينة
    .hint = بأي لغة أو أبجدية، مثل حلب أو ⁨Aleppo⁩.
event-choose-city = يحمل هذا الاسمَ أكثرُ من مكان: اختاروا مكانكم.
event-field-address = عنوان المكان
event-field-address_public = عرض العنوان في صفحة الفعالية (وإلا فلا يحصل عليه إلا المشاركون)
event-field-capacity = عدد الأشخاص الذين يمكنهم الحضور (اختياري)
    .hint = اتركوا الحقل فارغًا إن لم يكن هناك حدّ.
event-field-accessibility = إمكانية الوصول للأشخاص ذوي الإعاقة (اختياري)
event-field-photo = صورة (اختياري)
    .hint = ⁨PNG⁩ أو ⁨JPEG⁩ أو ⁨WebP⁩ أو ⁨GIF⁩، بحجم ١٠ ميغابايت على الأكثر. نحتفظ بنسخة نظيفة: نحذف منها المكان والوقت اللذين سجّلتهما الكاميرا.
event-about-organiser = بياناتكم بصفتكم المنظِّمين
event-organiser-hint = لا يُنشر اسمكم ولا بريدكم الإلكتروني أبدًا، ويُحفظان مشفَّرين. نرسل إليكم بالبريد الإلكتروني رابطًا لتأكيد الفعالية وإدارتها.
event-field-organiser_name = اسمكم
event-field-organiser_email = بريدكم الإلكتروني
event-submit-button = اقترحوا الفعالية
event-submitted-title = تفقّدوا بريدكم
event-submitted-check-mail = أرسلنا إليكم رسالة. افتحوا الرابط الذي فيها لتأكيد الفعالية.
event-submitted-next = بعد ذلك يراجعها المنسّقون ويردّون عليكم بالبريد الإلكتروني.
event-confirm-title = أكّدوا الفعالية
event-confirm-intro = أكّدوا من فضلكم هذه الفعالية:
event-confirm-button = أكّدوا الفعالية
event-confirm-done = شكرًا لكم: تأكّدت الفعالية. سيراجعها المنسّقون ويردّون عليكم بالبريد الإلكتروني.
event-manage-title = فعاليتكم
event-moderator-message = رسالة من المنسّقين
    .hint = مطلوبة عند طلب تعديلات أو الرفض: تُرسَل بالبريد الإلكتروني إلى المنظِّمين.
event-public-page = الصفحة العامة للفعالية
event-cancel-sure = نعم، أريد إلغاء هذه الفعالية
event-cancel = ألغوا الفعالية

## Errors
event-error-date = اكتبوا التاريخ بصيغة ⁨YYYY-MM-DD⁩، مثل ⁨2026-03-15⁩.
event-error-last-before-first = اليوم الأخير يسبق اليوم الأول.
event-error-too-many-days = { $count-n ->
    [zero] يستمر يوم التحرّك { $count } يوم على الأكثر.
    [one] يستمر يوم التحرّك يومًا واحدًا على الأكثر.
    [two] يستمر يوم التحرّك يومين على الأكثر.
    [few] يستمر يوم التحرّك { $count } أيام على الأكثر.
    [many] يستمر يوم التحرّك { $count } يومًا على الأكثر.
   *[other] يستمر يوم التحرّك { $count } يوم على الأكثر.
}
event-error-city-choose = يحمل هذا الاسمَ أكثرُ من مكان: اختاروا مكانكم من القائمة.
event-error-city = لم نجد هذه المدينة في هذا البلد. تحقّقوا من كتابتها، أو اكتبوا اسم أقرب مدينة أكبر منها.
event-error-time-zone = لا نعرف هذه المنطقة الزمنية. اكتبوا منطقة زمنية مثل ⁨Europe/Berlin⁩.
event-error-time = اكتبوا تاريخًا ووقتًا.
event-error-end-before-start = النهاية تسبق البداية.
event-error-too-long = لا تتجاوز مدة الفعالية ثلاثة أيام.
event-error-outside-day = يجب أن تبدأ الفعالية في يوم التحرّك.
event-error-capacity = اكتبوا عددًا صحيحًا من الأشخاص، أو اتركوا الحقل فارغًا.

## Staff
days-title = أيام التحرّك
days-none = لا يوجد يوم تحرّك بعد.
day-declare = إعلان يوم تحرّك
day-first = اليوم الأول
day-last = اليوم الأخير (اختياري)
day-last-hint = ليوم تحرّك يمتد على عدة أيام.
day-title-field = العنوان
day-body-field = النص (اختياري)
events-moderation-title = الفعاليات
event-decided = حُفظ القرار، وستصل رسالة إلى المنظِّمين.
event-detail-title = فعالية
event-ask-changes = طلب تعديلات
event-awaiting-organiser = لم يؤكّد المنظِّمون الفعالية بعد، أو ألغوها.

## Mails to the organiser
event-mail-confirm-subject = أكّدوا من فضلكم فعاليتكم «⁨{ $event }⁩»
event-mail-confirm-intro = اقترح أحدهم الفعالية «⁨{ $event }⁩» بعنوان البريد الإلكتروني هذا.
event-mail-ignore = إن لم تكونوا أنتم من فعل ذلك، فتجاهلوا هذه الرسالة: لا يُنشر شيء دون تأكيد.
event-mail-manage = لمتابعة حالة فعاليتكم أو إلغائها، احتفظوا بهذا الرابط:
event-mail-confirm-button = أكّدوا الفعالية
event-mail-approved-subject = نُشرت فعاليتكم «⁨{ $event }⁩»
event-mail-approved-intro = شكرًا لكم: قبِل المنسّقون فعاليتكم «⁨{ $event }⁩». هذه صفحتها:
event-mail-manage-button = أديروا فعاليتكم
event-mail-changes-subject = بشأن فعاليتكم «⁨{ $event }⁩»: طُلبت تعديلات
event-mail-changes-intro = يطلب المنسّقون تعديلات على فعاليتكم «⁨{ $event }⁩»:
event-mail-rejected-subject = بشأن فعاليتكم «⁨{ $event }⁩»
event-mail-rejected-intro = لم يقبل المنسّقون فعاليتكم «⁨{ $event }⁩». السبب المذكور:

## Audit log and jobs
audit-day-declared = إعلان يوم تحرّك
audit-event-approved = قبول فعالية
audit-event-changes = طلب تعديلات على فعالية
audit-event-rejected = رفض فعالية
job-kind-event-mail = رسالة إلى منظِّمي فعالية
events-map = خريطة الفعاليات؛ كل نقطة رابط إلى فعاليتها أو إلى قائمة فعاليات بلدها.

## Attending
rsvp-heading = سأشارك
rsvp-count = { $count-n ->
    [zero] لم يؤكّد أحد مشاركته بعد.
    [one] سيشارك شخص واحد.
    [two] سيشارك شخصان.
    [few] سيشارك { $count } أشخاص.
    [many] سيشارك { $count } شخصًا.
   *[other] سيشارك { $count } شخص.
}
rsvp-places = { $count-n ->
    [zero] لا توجد أماكن
    [one] مكان واحد إجمالًا
    [two] مكانان إجمالًا
    [few] { $count } أماكن إجمالًا
    [many] { $count } مكانًا إجمالًا
   *[other] { $count } مكان إجمالًا
}
rsvp-privacy = نرسل إليكم بالبريد الإلكتروني رابطًا للتأكيد. يرى منظِّمو هذه الفعالية الاسم الذي تكتبونه هنا، ولا يرون بريدكم الإلكتروني أبدًا؛ ويُحفظ كلاهما مشفَّرًا.
rsvp-submit = سأشارك
rsvp-check-mail = تفقّدوا بريدكم: افتحوا الرابط الذي في الرسالة لتأكيد مشاركتكم.
rsvp-confirm-title = أكّدوا مشاركتكم
rsvp-confirm-button = نعم، سأشارك
rsvp-cancel-title = مكانكم في الفعالية
rsvp-cancel-button = لم أعد أستطيع المشاركة
rsvp-now-attending = لكم مكان في الفعالية: نلقاكم هناك.
rsvp-now-waiting = اكتمل العدد في الفعالية: أنتم على قائمة الانتظار، وسنراسلكم إن شغر مكان.
rsvp-now-cancelled = أُلغيت مشاركتكم. شكرًا لأنكم أخبرتمونا.
rsvp-attendees = المشاركون
rsvp-none = لم يؤكّد أحد مشاركته بعد.
rsvp-waiting = على قائمة الانتظار
rsvp-mail-confirm-subject = أكّدوا من فضلكم مشاركتكم في «⁨{ $event }⁩»
rsvp-mail-confirm-intro = أخبرنا أحدهم بعنوان البريد الإلكتروني هذا أنه سيشارك في «⁨{ $event }⁩»:
rsvp-mail-confirm-button = نعم، سأشارك
rsvp-mail-attending-subject = نلقاكم في «⁨{ $event }⁩»
rsvp-mail-attending-intro = لكم مكان في «⁨{ $event }⁩»:
rsvp-mail-waiting-subject = أنتم على قائمة الانتظار: «⁨{ $event }⁩»
rsvp-mail-waiting-intro = اكتمل العدد في «⁨{ $event }⁩»: أنتم على قائمة الانتظار. سنراسلكم إن شغر مكان.
rsvp-mail-moved-up-subject = صار لكم مكان في «⁨{ $event }⁩»
rsvp-mail-moved-up-intro = ألغى أحدهم مشاركته: صار لكم الآن مكان في «⁨{ $event }⁩»:
rsvp-mail-reminder-subject = تذكير: «⁨{ $event }⁩»
rsvp-mail-reminder-intro = للتذكير: ستشاركون في «⁨{ $event }⁩»:
rsvp-mail-cancel = إن لم تعودوا تستطيعون المشاركة، فأخبرونا هنا (يذهب مكانكم إلى الشخص التالي):
job-kind-rsvp-mail = رسالة إلى أحد المشاركين في فعالية

## Reports and the tally
report-title = بعد الفعالية
report-attended = كم شخصًا حضر
report-text = ماذا جرى (اختياري)
report-photos = صور (اختياري)
report-photos-hint = { $count-n ->
    [zero] لا يمكن إضافة صور أخرى.
    [one] صورة واحدة أخرى على الأكثر. نحفظ نسخة نظيفة: يُحذف المكان والوقت اللذان سجّلتهما الكاميرا.
    [two] صورتان أخريان على الأكثر. نحفظ نسخة نظيفة: يُحذف المكان والوقت اللذان سجّلتهما الكاميرا.
    [few] { $count } صور أخرى على الأكثر. نحفظ نسخة نظيفة: يُحذف المكان والوقت اللذان سجّلتهما الكاميرا.
    [many] { $count } صورة أخرى على الأكثر. نحفظ نسخة نظيفة: يُحذف المكان والوقت اللذان سجّلتهما الكاميرا.
   *[other] { $count } صورة أخرى على الأكثر. نحفظ نسخة نظيفة: يُحذف المكان والوقت اللذان سجّلتهما الكاميرا.
}
report-save = حفظ التقرير
report-saved = حُفظ التقرير.
report-people = { $count-n ->
    [zero] لم يشارك أحد.
    [one] شارك شخص واحد.
    [two] شارك شخصان.
    [few] شارك { $count } أشخاص.
    [many] شارك { $count } شخصًا.
   *[other] شارك { $count } شخص.
}
event-error-attended = اكتبوا عدد الأشخاص عددًا صحيحًا.
tally-events = { $count-n ->
    [zero] لا فعاليات بعد
    [one] فعالية واحدة أُقيمت
    [two] فعاليتان أُقيمتا
    [few] { $count } فعاليات أُقيمت
    [many] { $count } فعالية أُقيمت
   *[other] { $count } فعالية أُقيمت
}
tally-countries = { $count-n ->
    [zero] لا بلدان
    [one] بلد واحد
    [two] بلدان اثنان
    [few] { $count } بلدان
    [many] { $count } بلدًا
   *[other] { $count } بلد
}
tally-cities = { $count-n ->
    [zero] لا مدن
    [one] مدينة واحدة
    [two] مدينتان
    [few] { $count } مدن
    [many] { $count } مدينة
   *[other] { $count } مدينة
}
tally-people = { $count-n ->
    [zero] لا مشاركين بعد
    [one] مشارك واحد
    [two] مشاركان
    [few] { $count } مشاركين
    [many] { $count } مشاركًا
   *[other] { $count } مشارك
}
gallery-photo = صورة من الفعالية
event-edit-title = تعديل الفعالية
event-edit-details-only = الفعالية منشورة: يمكن تعديل وقتها وتفاصيلها العملية (عدد الأماكن، وإمكانية الوصول)، ونُعلم القادمين. لتغيير عنوانها أو نصّها أو مكانها ألغوها واقترحوها من جديد.
event-edited = حُفظ.
rsvp-mail-changed-subject = تغيير: «⁨{ $event }⁩»
rsvp-mail-changed-intro = تغيّر وقت «⁨{ $event }⁩» أو مكانها. الآن:
event-when-value = { $date }، من { $from } إلى { $to }
rsvp-mail-called-off-subject = أُلغيت: «⁨{ $event }⁩»
rsvp-mail-called-off-intro = لن تُقام «⁨{ $event }⁩» كما كان مقرّرًا. نأسف لذلك.
rsvp-mail-address = العنوان: ⁨{ $address }⁩
event-error-time-gap = هذا الوقت غير موجود هناك: تُقدَّم الساعة في تلك الليلة. اختاروا وقتًا آخر.
event-error-past = هذا الوقت قد مضى.
report-error-too-many-photos = { $count-n ->
    [zero] لا يمكن إضافة صور أخرى.
    [one] صورة واحدة أخرى على الأكثر.
    [two] صورتان أخريان على الأكثر.
    [few] { $count } صور أخرى على الأكثر.
    [many] { $count } صورة أخرى على الأكثر.
   *[other] { $count } صورة أخرى على الأكثر.
}

## The organiser writes to the people coming
event-message-title = راسلوا المشاركين
event-message-hint = { $count-n ->
    [zero] لا أحد له مكان بعد.
    [one] تصل رسالتكم بالبريد الإلكتروني إلى الشخص الذي له مكان. لا يرى بريدكم الإلكتروني. ثلاث رسائل في اليوم على الأكثر.
    [two] تصل رسالتكم بالبريد الإلكتروني إلى الشخصين اللذين لهما مكان. لا يرى أحد بريدكم الإلكتروني ولا بريد غيره. ثلاث رسائل في اليوم على الأكثر.
    [few] تصل رسالتكم بالبريد الإلكتروني إلى { $count } أشخاص لهم مكان. لا يرى أحد بريدكم الإلكتروني ولا بريد غيره. ثلاث رسائل في اليوم على الأكثر.
    [many] تصل رسالتكم بالبريد الإلكتروني إلى { $count } شخصًا لهم مكان. لا يرى أحد بريدكم الإلكتروني ولا بريد غيره. ثلاث رسائل في اليوم على الأكثر.
   *[other] تصل رسالتكم بالبريد الإلكتروني إلى { $count } شخص لهم مكان. لا يرى أحد بريدكم الإلكتروني ولا بريد غيره. ثلاث رسائل في اليوم على الأكثر.
}
event-message-field = رسالتكم
event-message-send = أرسلوا الرسالة
event-message-sent = { $count-n ->
    [zero] لم تُرسل الرسالة إلى أحد.
    [one] رسالتكم في طريقها إلى شخص واحد.
    [two] رسالتكم في طريقها إلى شخصين.
    [few] رسالتكم في طريقها إلى { $count } أشخاص.
    [many] رسالتكم في طريقها إلى { $count } شخصًا.
   *[other] رسالتكم في طريقها إلى { $count } شخص.
}
event-message-error-limit = أُرسلت ثلاث رسائل اليوم. يمكن إرسال الرسالة التالية غدًا.
event-message-error-nobody = لا أحد له مكان بعد: لا يوجد من تراسلونه.
rsvp-mail-message-subject = رسالة بشأن «⁨{ $event }⁩»
rsvp-mail-message-intro = يكتب منظِّمو «⁨{ $event }⁩» إلى كل من له مكان:
rsvp-mail-message-no-reply = لا يرى المنظِّمون الردود على هذه الرسالة.

## Reports before the moderators
report-status-pending = بانتظار المشرفين
report-status-published = منشور
report-status-hidden = أزاله المشرفون
report-moderated-hint = يراجع المشرفون كل تقرير، وكل تعديل عليه، قبل ظهوره في صفحة الفعالية. تظهر تقارير منظمات التحالف فورًا.
report-photos-faces = لا تُظهروا أحدًا لم يوافق على الظهور: قد يعرّض وجهٌ في صورة صاحبه، أو عائلته في سوريا، للخطر.
reports-waiting = تقارير بانتظار المراجعة
report-publish = انشروا التقرير
report-hide = أزيلوا التقرير
report-decided = حُفظ القرار بشأن التقرير.
audit-report-published = نُشر تقرير فعالية
audit-report-hidden = أُزيل تقرير فعالية
event-message-error-closed = لم تعد هذه الفعالية قائمة كما أُقرّت: لا يوجد من تراسلونه.
rsvp-no-name = شخص (دون اسم)
rsvp-status-attending = لكم مكان
rsvp-status-waiting = على قائمة الانتظار
rsvp-status-cancelled = أُلغي
me-answers-heading = الفعاليات التي قلتم إنكم ستحضرونها
me-no-answers = لم تردّوا على أي فعالية.
me-answer-name = الاسم المعطى للمنظِّمين
